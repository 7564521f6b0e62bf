#!/bin/sh
# Tag + parse speed on one core over the wikinews politics sentences
# (bar: >= 10,000 sentences/s), plus model load times and sizes.
#   sh bench/bench_parse.sh            (builds build/bench/bench_parse first)
# Needs ../shared (or EW_SHARED); exits 77 without it.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${EW_SHARED:-$ROOT/../shared}
CORPUS=$SHARED/corpora/wikinews-politics.jsonl
BUILD=${EW_BUILD:-$ROOT/build}
[ -f "$CORPUS" ] || { echo "no $CORPUS: skipped"; exit 77; }
[ -f "$ROOT/models/parser.bin" ] && [ -f "$ROOT/models/tagger.bin" ] || { echo "models/tagger.bin or parser.bin missing: skipped"; exit 77; }
if [ ! -x "$BUILD/bench/bench_parse" ]; then
    make -C "$ROOT" --no-print-directory BUILD="${BUILD#"$ROOT"/}" "${BUILD#"$ROOT"/}/bench/bench_parse" >/dev/null || exit 1
fi
echo "model sizes: $(du -b "$ROOT/models/parser.bin" | cut -f1) bytes parser, $(du -cb "$ROOT"/models/*.bin | tail -1 | cut -f1) bytes all models"
exec taskset -c 0 "$BUILD/bench/bench_parse" "$CORPUS" "$ROOT/models" "${ROUNDS:-3}"
