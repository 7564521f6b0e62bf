#!/bin/sh
# bench_coding.sh -- coding speed on GigaWord.sample.PETR.xml replicated
# x100 (about 7,500 sentences) with the Phoenix dictionaries and the
# supplied Penn Treebank parses.  Prints sentences/s for -j 1 (the bar:
# >= 50,000 on one core, measured inside the coder: Penn tree reading and
# conversion plus coding, not file reading or dictionary loading) with
# --no-enrich (the coder's output alone, as PETRARCH writes it), and the
# same with the default enrichment (CAMEO table, issues, dimension,
# provenance, geocoding: what the raw-text path adds), and checks that
# the enriched output is byte-identical across runs and -j 1/2.
#
#   sh bench/bench_coding.sh [BUILD_DIR]       (EW_SHARED defaults to ../shared)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-${EW_BUILD:-$ROOT/build}}
SHARED=${EW_SHARED-$ROOT/../shared}
BIN=$BUILD/eventwatch
SRC=$SHARED/petrarch2/GigaWord.sample.PETR.xml
[ -n "$SHARED" ] && [ -f "$SRC" ] || { echo "bench_coding: no $SRC; skipped"; exit 77; }
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# replicate the <Sentence> records 100 times, ids made unique per copy
awk 'BEGIN{n=0} /<Sentences>/{print; inb=1; next} /<\/Sentences>/{ for(k=0;k<100;k++){ gsub(/id *= *"/, "id=\"", body); b=body; gsub(/id="/, "id=\"r" k "_", b); printf "%s", b } print; next} inb{body = body $0 "\n"; next} {print}' "$SRC" > "$TMP/x100.xml"
DICT=$SHARED/petrarch2/phoenix
"$BIN" code --dict "$DICT" --stats --no-enrich "$TMP/x100.xml" > "$TMP/bare.jsonl" 2> "$TMP/bare.err" || [ $? -eq 3 ]
t0=$(date +%s.%N)
"$BIN" code --dict "$DICT" --stats "$TMP/x100.xml" > "$TMP/j1a.jsonl" 2> "$TMP/j1a.err" || [ $? -eq 3 ]
t1=$(date +%s.%N)
"$BIN" code --dict "$DICT" --stats "$TMP/x100.xml" > "$TMP/j1b.jsonl" 2> "$TMP/j1b.err" || [ $? -eq 3 ]
"$BIN" code --dict "$DICT" -j 2 --stats "$TMP/x100.xml" > "$TMP/j2.jsonl" 2> "$TMP/j2.err" || [ $? -eq 3 ]
echo "input: $(grep -c '<Sentence ' "$TMP/x100.xml") sentences (GigaWord sample x100), dictionaries: phoenix"
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (2 cores are shared: figures vary with load)"
echo "-j 1 --no-enrich (coder alone): $(grep '^sentences' "$TMP/bare.err")"
echo "      $(grep '^cpu time' "$TMP/bare.err")"
echo "enriched (default; CAMEO table, issues, dimension, provenance, places):"
echo "-j 1: $(grep '^sentences' "$TMP/j1a.err")"
echo "      $(grep '^cpu time' "$TMP/j1a.err")"
echo "-j 1: $(grep '^sentences' "$TMP/j1b.err")  (second run)"
echo "      $(grep '^cpu time' "$TMP/j1b.err")"
echo "-j 2: $(grep '^sentences' "$TMP/j2.err")"
echo "wall time of a whole -j 1 run (dictionary load + XML read + coding + output): $(echo "$t1 - $t0" | bc) s"
echo "events written: $(wc -l < "$TMP/j1a.jsonl") ($(grep -c '"location"' "$TMP/j1a.jsonl") with an ActionGeo; --no-enrich: $(wc -l < "$TMP/bare.jsonl"))"
ok=0
cmp -s "$TMP/j1a.jsonl" "$TMP/j1b.jsonl" && echo "byte-identical across runs: yes" || { echo "byte-identical across runs: NO"; ok=1; }
cmp -s "$TMP/j1a.jsonl" "$TMP/j2.jsonl" && echo "byte-identical -j 1 vs -j 2: yes" || { echo "byte-identical -j 1 vs -j 2: NO"; ok=1; }
exit $ok
