#!/bin/sh
# Every article of the Wikinews politics corpus goes through
# `eventwatch tokenize` without a crash or a rejected document (under
# `make asan` this also runs with ASan+UBSan).  Skips without ../shared.
set -u
corpus=${EW_SHARED:-}/corpora/wikinews-politics.jsonl
if [ -z "${EW_SHARED:-}" ] || [ ! -r "$corpus" ]; then
    echo "EW_SHARED not set or corpus missing"; exit 77
fi
BIN=${EW_BIN:-build/eventwatch}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$BIN" tokenize "$corpus" > "$tmp"
rc=$?
out=$(awk '/^# newdoc/{d++} /^# sent_id/{s++} END{print d+0, s+0}' "$tmp")
docs=$(grep -c . "$corpus")
set -- $out
echo "documents $1 of $docs, sentences $2"
[ "$1" -eq "$docs" ] || { echo "FAIL: not every document came out"; exit 1; }
[ "$2" -gt "$1" ] || { echo "FAIL: too few sentences"; exit 1; }
exit $rc
