#!/bin/sh
# Ingest throughput against bare coding on the same input:
#   sh bench/bench_store_ingest.sh [BUILD] [JOBS]
# Runs bare `eventwatch code -j JOBS` (JSON Lines events to /dev/null),
# `eventwatch ingest --dry-run` (same reader and threads as ingest, nothing
# stored) and a real `eventwatch ingest` into a fresh database, on
# ../shared/corpora/wikinews-politics.jsonl, and prints the rates and the
# ratio ingest / code (bar: >= 0.80).  Prints CPU time too: on a shared
# machine wall time mostly measures the other jobs.
BUILD=${1:-build}
JOBS=${2:-2}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/$BUILD/eventwatch"
SHARED=${EW_SHARED:-$ROOT/../shared}
IN="$SHARED/corpora/wikinews-politics.jsonl"
[ -f "$IN" ] || { echo "needs $IN"; exit 77; }
[ -x "$BIN" ] || { echo "build $BIN first (make)"; exit 1; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
run() { # label, command args...
    label=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e %U %S" -o "$T/time" "$BIN" "$@" "$IN" >/dev/null 2>"$T/err"
    else  # no GNU time: wall clock only, CPU reported as wall
        t0=$(date +%s.%N)
        "$BIN" "$@" "$IN" >/dev/null 2>"$T/err"
        w=$(awk "BEGIN { print $(date +%s.%N) - $t0 }")
        echo "$w $w 0" >"$T/time"
    fi
    read -r wall user sys <<EOF3
$(tail -n 1 "$T/time")
EOF3
    summary=$(grep -v 'error:' "$T/err" | tail -n 1)
    cpu=$(awk "BEGIN { print $user + $sys }")
    echo "$label: wall ${wall}s, cpu ${cpu}s -- $summary"
    echo "$wall $cpu" >"$T/$label"
}
run code code -j "$JOBS" --stats
run dryrun ingest -q -j "$JOBS" --dry-run --db "$T/dry.db"
run ingest ingest -q -j "$JOBS" --db "$T/real.db"
read -r bw bc_ <"$T/code"
read -r iw ic <"$T/ingest"
mb=$(du -m "$IN" | cut -f1)
echo "input: $(wc -l <"$IN") documents, ${mb} MB; -j $JOBS"
echo "ingest throughput / bare eventwatch code throughput: wall $(awk "BEGIN { printf \"%.3f\", $bw / $iw }"), cpu $(awk "BEGIN { printf \"%.3f\", $bc_ / $ic }") (bar >= 0.80)"
