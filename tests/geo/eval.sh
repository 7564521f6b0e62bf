#!/bin/sh
# Geocoding accuracy bars on the project's evaluation sets (tests/geo/*.tsv):
# exact place >= 90%, country >= 98%, median error <= 25 km.  Also checks
# that `eventwatch geocode` prints a resolution for a known place and
# refuses a corrupt gazetteer with a message.
BUILD=${EW_BUILD:-build}
ROOT=${EW_ROOT:-.}
BIN=${EW_BIN:-$BUILD/eventwatch}
B="$BUILD/bench/bench_geo"
[ -x "$B" ] || { echo "bench_geo not built"; exit 77; }
for set in eval heldout; do
    "$B" --check "$ROOT/tests/geo/$set.tsv" >"${TMPDIR:-/tmp}/ew_geo_$$.out" 2>&1 ||
        { cat "${TMPDIR:-/tmp}/ew_geo_$$.out"; rm -f "${TMPDIR:-/tmp}/ew_geo_$$.out"; echo "FAIL: $set below the bars"; exit 1; }
    echo "$set: $(grep -E '^(exact|country|median)' "${TMPDIR:-/tmp}/ew_geo_$$.out" | tr -s ' ' | tr '\n' ';')"
done
rm -f "${TMPDIR:-/tmp}/ew_geo_$$.out"
out=$("$BIN" geocode --no-models "Shelling was reported near Kherson.") || { echo "FAIL: geocode exit"; exit 1; }
echo "$out" | grep -q "Kherson, Kherson, Ukraine" || { echo "FAIL: geocode output: $out"; exit 1; }
T=$(mktemp)
head -c 100000 "$ROOT/data/geo/gazetteer.bin" >"$T"
msg=$("$BIN" geocode --gazetteer "$T" "in Kherson" 2>&1)
rc=$?
rm -f "$T"
[ $rc -eq 1 ] || { echo "FAIL: truncated gazetteer accepted (rc $rc)"; exit 1; }
echo "$msg" | grep -q "gazetteer refused" || { echo "FAIL: no message: $msg"; exit 1; }
echo "corrupt gazetteer refused: $msg"
