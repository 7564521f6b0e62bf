#!/bin/sh
# bench/bench_serve.sh -- load bar of `eventwatch serve`: wrk on loopback,
# 50 connections for 20 s each against /api/events and /api/series, on a
# synthetic store of 1,000,000 events (bench/gen_events; made once and
# kept in $EW_BENCH_DB, default $TMPDIR/eventwatch-bench-serve.db).
# Requests rotate over realistic URLs (newest events per country, dyad,
# code, date range, full-text, second pages; weekly and daily series of 24
# dyads and 12 countries).  The server caches answers for 60 s, so both
# runs are done twice: with the cache and with --no-cache.
# Prints requests/s, latency p50/p90/p99, errors (non-2xx, socket) and
# the server's RSS.  Bar: no errors, p99 < 50 ms.  Needs wrk
# (apt-get install -y wrk).
#   sh bench/bench_serve.sh [BUILD_DIR]     (DURATION=20 CONNS=50 THREADS=4)
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$ROOT/$BUILD/eventwatch
GEN=$ROOT/$BUILD/bench/gen_events
DB=${EW_BENCH_DB:-${TMPDIR:-/tmp}/eventwatch-bench-serve.db}
DURATION=${DURATION:-20}
CONNS=${CONNS:-50}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 77; }
[ -x "$BIN" ] && [ -x "$GEN" ] || { echo "build first (make)"; exit 1; }
if [ ! -f "$DB" ]; then
    echo "making $DB (1,000,000 synthetic events)..."
    "$GEN" --db "$DB" --events 1000000 || exit 1
fi
work=$(mktemp -d)
pid=""
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=""; }
trap 'stop; rm -rf "$work"' EXIT INT TERM

start() {
    "$BIN" serve --db "$DB" --port 0 --no-explain --threads "${THREADS:-4}" --create-indexes "$@" 2>"$work/serve.log" &
    pid=$!
    port=""
    for _ in $(seq 1 3000); do
        port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.log" 2>/dev/null)
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || { cat "$work/serve.log"; exit 1; }
}

# wrk Lua: each request takes the next path of the list
lua() {
    { echo "paths = {"; sed 's/.*/  "&",/'; echo "}"; cat <<'LUA'
i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
    } >"$work/$1.lua"
}

DYADS="ARM-AZE RUS-UKR RUS-USA GEO-RUS KAZ-RUS KGZ-TJK MDA-RUS SRB-XKX BLR-POL TUR-SYR CHN-USA IRN-ISR
ARM-TUR AZE-TUR KAZ-UZB TJK-UZB DEU-RUS FRA-RUS GBR-RUS LTU-RUS EST-RUS POL-UKR HUN-UKR ROU-MDA"
COUNTRIES="ARM AZE GEO KAZ KGZ TJK UZB TKM MDA UKR RUS SRB"
{
    for c in $COUNTRIES; do echo "/api/events?country=$c"; done
    for d in $DYADS; do echo "/api/events?dyad=$d&limit=20"; done
    echo "/api/events"; echo "/api/events?offset=50"; echo "/api/events?code=19&quad=4"
    echo "/api/events?country=UKR&from=2024-01-01&to=2024-03-31"; echo "/api/events?root=14&from=2025-01-01"
    echo "/api/events?q=ceasefire"; echo "/api/events?dimension=human&country=GEO"; echo "/api/events?actor=RUSMIL"
} | lua events
{
    for d in $DYADS; do echo "/api/series?by=dyad&key=$d"; echo "/api/series?by=dyad&key=$d&interval=day&from=2025-01-01"; done
    for c in $COUNTRIES; do echo "/api/series?by=country&key=$c&from=2024-01-01"; done
} | lua series

cpu() { awk '{print $14 + $15}' /proc/$pid/stat; }   # server CPU, clock ticks

run() {   # name script
    c0=$(cpu)
    wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -s "$work/$2.lua" "http://127.0.0.1:$port" >"$work/wrk.out" 2>&1
    # RssAnon is the server's own memory; RssFile is the store mapped
    # read-only (mmap_size), shared with the page cache
    anon=$(awk '/RssAnon/ {print $2}' /proc/$pid/status)
    file=$(awk '/RssFile/ {print $2}' /proc/$pid/status)
    ticks=$(( $(cpu) - c0 ))
    awk -v name="$1" -v anon="$anon" -v file="$file" -v ticks="$ticks" -v hz="$(getconf CLK_TCK)" '
        /Requests\/sec/ {rps = $2}
        /^ +50%/ {p50 = $2} /^ +90%/ {p90 = $2} /^ +99%/ {p99 = $2}
        /Non-2xx/ {non2xx = $NF}
        /Socket errors/ {sock = $0; sub(/.*Socket errors: /, "", sock)}
        / requests in / {n = $1}
        END {
            printf "%-22s %8s req/s  %7d requests  p50 %-8s p90 %-8s p99 %-8s non-2xx %s  socket errors: %s  server CPU %.2f ms/request  RSS %d MB own + %d MB mapped store\n",
                   name, rps, n, p50, p90, p99, non2xx + 0, sock == "" ? "none" : sock,
                   n ? 1000.0 * ticks / hz / n : 0, anon / 1024, file / 1024
        }' "$work/wrk.out"
}

echo "store: $DB ($(du -m "$DB" | cut -f1) MB); wrk -t2 -c$CONNS -d${DURATION}s; server threads ${THREADS:-4}; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
start
run "/api/events (cached)" events
run "/api/series (cached)" series
stop
start --no-cache
run "/api/events (no cache)" events
run "/api/series (no cache)" series
stop
