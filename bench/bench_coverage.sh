#!/bin/sh
# bench_coverage.sh -- coding coverage of the shipped dictionaries and the
# raw-text pipeline on the Wikinews politics corpus (3,957 articles), and
# the seed story's events.  Prints Markdown (bench/coverage.md is its
# output): articles with >= 1 event (bar >= 70%), events with source and
# target resolved (bar >= 80%: no "---" side), top 30 actors and codes.
#
#   sh bench/bench_coverage.sh [BUILD_DIR] > bench/coverage.md
#   EW_EVENTS=FILE keeps the Wikinews events (for scripts/dictgen/sample_events.py)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-${EW_BUILD:-$ROOT/build}}
SHARED=${EW_SHARED-$ROOT/../shared}
BIN=$BUILD/eventwatch
CORPUS=$SHARED/corpora/wikinews-politics.jsonl
[ -n "$SHARED" ] && [ -f "$CORPUS" ] || { echo "bench_coverage: no $CORPUS; skipped"; exit 77; }
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
EV=${EW_EVENTS:-$TMP/wikinews.jsonl}
"$BIN" code -j 2 --stats "$CORPUS" > "$EV" 2> "$TMP/err" || [ $? -eq 3 ]
echo "# Coding coverage"
echo
echo "Produced by \`sh bench/bench_coverage.sh > bench/coverage.md\` at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')."
echo
echo "## Wikinews politics ($CORPUS)"
echo
echo "Run: \`eventwatch code -j 2 --stats\` (shipped dictionaries and models): $(grep '^documents' "$TMP/err")"
echo "(documents the reader rejects -- broken, empty or oversize records -- count as articles without events; a bad date such as \"NA\" is no longer a rejection: redated from the text or left unknown)"
echo
python3 "$ROOT/scripts/dictgen/coverage_report.py" "$CORPUS" "$EV" --top 30
echo
echo "## Seed story"
echo
SEED=$(ls "$SHARED"/seed/*.txt 2>/dev/null | head -1)
if [ -n "$SEED" ]; then
    echo 'Codes only: the seed text stays in ../shared (run the command for the full JSON Lines,'
    echo 'sentence and spans included).  `eventwatch code --date 20251204 ../shared/seed/*.txt`:'
    echo
    echo '```'
    "$BIN" code --date 20251204 "$SHARED"/seed/*.txt > "$TMP/seed.jsonl" 2>/dev/null || true
    python3 -c '
import json, sys
print("sent  source     target     code  pattern")
for l in open(sys.argv[1], encoding="utf-8", errors="replace"):
    e = json.loads(l)
    print("s%-4s %-10s %-10s %-5s %s" % (e["sent_id"], e["source"]["code"], e["target"]["code"], e["code"], e["pattern"]))
' "$TMP/seed.jsonl"
    echo '```'
fi
