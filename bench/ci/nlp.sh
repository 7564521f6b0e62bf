#!/usr/bin/env bash
# CI: tagger, lemmatizer and parser accuracy with gold tokens on EWT test and the
# GUM news test documents, from the committed models (deterministic, so the
# floors are just under the figures in models/README.md), plus tagging speed
# (printed; the floor is loose for a shared CI machine).
set -uo pipefail
cd "$(dirname "$0")/../.."
S=${EW_SHARED:-../shared}
BIN=${EW_BIN:-build/eventwatch}
[ -d "$S/ud" ] || { echo "no $S/ud: skipped"; exit 77; }
make -s -j2 build/eventwatch >/dev/null || exit 1
status=0
check() { # name value floor
    local ok; ok=$(awk -v v="$2" -v f="$3" 'BEGIN{print (v >= f) ? 1 : 0}')
    echo "$1 = $2 (floor $3)"
    [ "$ok" = 1 ] || { echo "REGRESSION: $1 below $3"; status=1; }
}
field() { echo "$1" | sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p"; }
ewt=$("$BIN" eval-parse --json --gold "$S/ud/en_ewt/en_ewt-ud-test.conllu") || exit 1
gum=$("$BIN" eval-parse --json --gold "$S/ud/en_gum_cc_by/gum_news.conllu" \
      --docs "$S/ud/en_gum_cc_by/files.test") || exit 1
echo "EWT test: $ewt"
echo "GUM news test: $gum"
check "EWT test UPOS (bar 95.0)" "$(field "$ewt" upos)" 95.0
check "EWT test XPOS" "$(field "$ewt" xpos)" 94.9
check "EWT test lemma" "$(field "$ewt" lemma)" 96.8
check "GUM news UPOS" "$(field "$gum" upos)" 95.5
check "GUM news lemma" "$(field "$gum" lemma)" 96.2
# parser: floors just under the committed figures; the issue's bars
# (UAS 87 / LAS 84 with predicted tags) are printed, not enforced, while unmet
check "EWT test UAS (bar 87, not met)" "$(field "$ewt" uas)" 85.8
check "EWT test LAS (bar 84, not met)" "$(field "$ewt" las)" 82.7
check "GUM news UAS" "$(field "$gum" uas)" 84.4
check "GUM news LAS" "$(field "$gum" las)" 81.2
check "EWT tag+lemma sentences/s" "$(field "$ewt" tag_sentences_per_s)" 2000
exit $status
