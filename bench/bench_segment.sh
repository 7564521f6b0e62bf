#!/bin/sh
# Text segmentation benchmark, one command:
#   sh bench/bench_segment.sh [BUILD]
# Prints speed (MB/s, sentences/s, tokens/s, one core, best of 5 rounds) on
# ../shared/corpora/wikinews-politics.jsonl, and sentence-splitting
# precision/recall/F1 on UD English EWT test and GUM news test documents,
# as rebuilt and in the other layouts of src/text/split_layout.h.
# Needs ../shared (or EW_SHARED); exits 77 without it.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
SHARED=${EW_SHARED:-$ROOT/../shared}
[ -d "$SHARED/ud" ] || { echo "no shared data at $SHARED"; exit 77; }
cd "$ROOT" || exit 1
make -s -j2 "$BUILD/eventwatch" "$BUILD/bench/bench_segment" >/dev/null || exit 1
echo "== speed: ew_text_segment on wikinews-politics.jsonl"
"$BUILD/bench/bench_segment" "$SHARED/corpora/wikinews-politics.jsonl" 5 || exit 1
echo "== sentence splitting: UD English EWT test"
"$BUILD/eventwatch" eval-split --tokens --gold "$SHARED/ud/en_ewt/en_ewt-ud-test.conllu" || exit 1
echo "== sentence splitting: GUM news test documents (files.test)"
"$BUILD/eventwatch" eval-split --tokens --gold "$SHARED/ud/en_gum_cc_by/gum_news.conllu" \
    --docs-from "$SHARED/ud/en_gum_cc_by/files.test" || exit 1
for layout in lines wrap; do
    echo "== sentence splitting, layout '$layout': EWT test / GUM news test"
    "$BUILD/eventwatch" eval-split --layout "$layout" --gold "$SHARED/ud/en_ewt/en_ewt-ud-test.conllu" | sed -n 2p || exit 1
    "$BUILD/eventwatch" eval-split --layout "$layout" --gold "$SHARED/ud/en_gum_cc_by/gum_news.conllu" \
        --docs-from "$SHARED/ud/en_gum_cc_by/files.test" | sed -n 2p || exit 1
done
