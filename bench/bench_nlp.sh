#!/bin/sh
# Tagger + lemmatizer: speed on one core over the wikinews politics
# sentences, model sizes and load times, and accuracy with gold tokens on
# EWT test and GUM news test documents (eval-parse; UAS/LAS too when
# models/parser.bin exists).
#   sh bench/bench_nlp.sh            (builds what it needs first)
# Needs ../shared (or EW_SHARED); exits 77 without it.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${EW_SHARED:-$ROOT/../shared}
CORPUS=$SHARED/corpora/wikinews-politics.jsonl
BUILD=${EW_BUILD:-$ROOT/build}
REL=${BUILD#"$ROOT"/}
[ -f "$CORPUS" ] || { echo "no $CORPUS: skipped"; exit 77; }
make -C "$ROOT" --no-print-directory BUILD="$REL" "$REL/bench/bench_nlp" "$REL/eventwatch" >/dev/null || exit 1
echo "model sizes: tagger $(du -b "$ROOT/models/tagger.bin" | cut -f1) bytes, lemmatizer $(du -b "$ROOT/models/lemmatizer.bin" | cut -f1) bytes"
taskset -c 0 "$BUILD/bench/bench_nlp" "$CORPUS" "$ROOT/models" "${ROUNDS:-3}" || exit 1
echo "EWT test (gold tokens):"
"$BUILD/eventwatch" eval-parse --models "$ROOT/models" --gold "$SHARED/ud/en_ewt/en_ewt-ud-test.conllu" || exit 1
echo "GUM news test documents (gold tokens):"
"$BUILD/eventwatch" eval-parse --models "$ROOT/models" --gold "$SHARED/ud/en_gum_cc_by/gum_news.conllu" \
    --docs "$SHARED/ud/en_gum_cc_by/files.test" || exit 1
