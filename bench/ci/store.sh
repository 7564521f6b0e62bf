#!/bin/sh
# CI: store speed, ingest overhead and alert precision/recall.  Reports the
# figures against the bars; fails only on clear regressions (an order of
# magnitude below the bars), since the CI machine is shared and loaded.
set -e
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
[ -x "$BUILD/bench/bench_store" ] || make -s -j2 all
echo "--- bench_store (bar: >= 200,000 events/s)"
out=$("$BUILD/bench/bench_store" 200000 "${TMPDIR:-/tmp}/ew-ci-store.db")
echo "$out"
rm -f "${TMPDIR:-/tmp}"/ew-ci-store.db*
cpu_rate=$(echo "$out" | sed -n 's/.*insert .* \([0-9]*\) events\/s per CPU second.*/\1/p')
echo "--- bench_alerts"
"$BUILD/bench/bench_alerts" 200 30
echo "--- ingest vs bare coding"
sh bench/bench_store_ingest.sh "$BUILD" 2 || true
if [ -n "$cpu_rate" ] && [ "$cpu_rate" -lt 20000 ]; then
    echo "REGRESSION: store speed $cpu_rate events per CPU second"; exit 1
fi
