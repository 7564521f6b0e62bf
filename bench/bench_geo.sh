#!/bin/sh
# Geocoding figures: accuracy and confusions on the project's evaluation
# sets, speed of the place matcher, and the cost of geocoding inside the
# end-to-end pipeline (throughput and resident memory).
#   sh bench/bench_geo.sh [BUILD]        (default build/; run `make` first)
B=${1:-build}
cd "$(dirname "$0")/.." || exit 1
[ -x "$B/bench/bench_geo" ] || { echo "build first: make"; exit 1; }
echo "== tests/geo/eval.tsv (development set: the rules were tuned on it)"
"$B/bench/bench_geo" tests/geo/eval.tsv
echo
echo "== tests/geo/heldout.tsv (held out: written after tuning)"
"$B/bench/bench_geo" tests/geo/heldout.tsv
echo
echo "== tests/geo/traps.tsv (place names inside person/team/company names: precision)"
"$B/bench/bench_geo" tests/geo/traps.tsv | grep -E "false place|non-places"
echo
echo "== untagged text (no models: surface cues only)"
"$B/bench/bench_geo" --no-models tests/geo/eval.tsv | tail -9
echo
echo "== cost in the pipeline (data/sample/news.jsonl, 1 thread)"
"$B/bench/bench_geo_cost" data/sample/news.jsonl 5
