#!/usr/bin/env bash
# CI: sentence-splitting F1 on EWT test and GUM news test (documents as
# rebuilt, and EWT test also with paragraphs one line break apart and with
# hard-wrapped lines), and segmentation speed.  Fails only on a regression
# below floors just under the figures of 2026-11-28 08:05 (F1 0.9541 /
# 0.9770, lines 0.9417, wrap 0.9494; 41 MB/s CPU time, floor 30 for a
# loaded machine); the issue's bar (F1 >= 0.98 on both) is printed as
# met/not met.
set -uo pipefail
cd "$(dirname "$0")/../.."
S=${EW_SHARED:-../shared}
BIN=${EW_BIN:-build/eventwatch}
make -s -j2 build/eventwatch build/bench/bench_segment >/dev/null || exit 1
status=0
check() { # name value floor bar
    local ok; ok=$(awk -v v="$2" -v f="$3" 'BEGIN{print (v >= f) ? 1 : 0}')
    local bar; bar=$(awk -v v="$2" -v b="$4" 'BEGIN{print (v >= b) ? "met" : "NOT met"}')
    echo "$1 = $2 (floor $3, bar $4: $bar)"
    [ "$ok" = 1 ] || { echo "REGRESSION: $1 below $3"; status=1; }
}
ewt=$("$BIN" eval-split --gold "$S/ud/en_ewt/en_ewt-ud-test.conllu") || exit 1
gum=$("$BIN" eval-split --gold "$S/ud/en_gum_cc_by/gum_news.conllu" --docs-from "$S/ud/en_gum_cc_by/files.test") || exit 1
lines=$("$BIN" eval-split --layout lines --gold "$S/ud/en_ewt/en_ewt-ud-test.conllu") || exit 1
wrap=$("$BIN" eval-split --layout wrap --gold "$S/ud/en_ewt/en_ewt-ud-test.conllu") || exit 1
echo "$ewt"; echo "$gum"
f1() { echo "$1" | sed -n 's/.*F1 \([0-9.]*\).*/\1/p'; }
check "EWT test split F1" "$(f1 "$ewt")" 0.952 0.98
check "GUM news split F1" "$(f1 "$gum")" 0.97 0.98
check "EWT test split F1, paragraphs one line break apart" "$(f1 "$lines")" 0.938 0.98
check "EWT test split F1, lines hard-wrapped at 65" "$(f1 "$wrap")" 0.947 0.98
speed=$(build/bench/bench_segment "$S/corpora/wikinews-politics.jsonl" 3) || exit 1
echo "$speed"
check "segment MB/s" "$(echo "$speed" | sed -n 's/^segment: \([0-9.]*\) MB.*/\1/p')" 30 20
exit $status
