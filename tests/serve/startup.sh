#!/bin/sh
# tests/serve/startup.sh -- `eventwatch serve` start-up errors (missing
# database, a file that is not a store, bad --bind, bad options), and the
# read-only promise: the store file is byte-identical after a session of
# requests, and no -wal/-journal file appears.
ROOT=${EW_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
BUILD=${EW_BUILD:-$ROOT/build}
BIN=${EW_BIN:-$BUILD/eventwatch}
GEN=$BUILD/bench/gen_events
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$BIN" serve --db "$work/missing.db" --no-explain 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && grep -q "does not exist" "$work/err" || fail "missing database: rc $rc, $(cat "$work/err")"
echo "just text" >"$work/text.db"
"$BIN" serve --db "$work/text.db" --no-explain 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && grep -q "not an eventwatch database" "$work/err" || fail "not a store: rc $rc, $(cat "$work/err")"
"$BIN" serve --db "$work/text.db" --port 99999 2>/dev/null; [ $? -eq 2 ] || fail "--port 99999 accepted"
"$BIN" serve 2>/dev/null; [ $? -eq 2 ] || fail "no --db accepted"

"$GEN" --db "$work/s.db" --events 3000 --sentences 3000 --from 20250101 --days 120 >/dev/null || fail "gen_events"
"$BIN" serve --db "$work/s.db" --bind 300.1.2.3 --no-explain 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && grep -q "not an IPv4 address" "$work/err" || fail "bad --bind: rc $rc"

before=$(sha256sum "$work/s.db" | cut -d' ' -f1)
"$BIN" serve --db "$work/s.db" --port 0 --no-explain 2>"$work/log" &
pid=$!
port=""
for _ in $(seq 1 300); do
    port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/log" 2>/dev/null); [ -n "$port" ] && break; sleep 0.1
done
[ -n "$port" ] || fail "server did not start: $(cat "$work/log")"
B="http://127.0.0.1:$port"
for u in "/api/events?q=border" "/api/events?country=ARM&limit=500" "/api/series?by=all" "/api/alerts" \
         "/api/actors" "/api/dyads" "/api/mediation?dyad=ARM-AZE" "/api/series?by=region&key=Caucasus" \
         "/api/events?q=x%22%29%3B+DROP+TABLE+events%3B--" "/api/events?actor=A%27%3BDELETE+FROM+events"; do
    curl -s -o /dev/null "$B$u" || fail "request $u"
done
curl -s -o /dev/null -X POST --data "DELETE FROM events" "$B/api/events"
kill -TERM "$pid"; wait "$pid"; rc=$?; pid=""
[ $rc -eq 0 ] || fail "SIGTERM exit $rc"
after=$(sha256sum "$work/s.db" | cut -d' ' -f1)
[ "$before" = "$after" ] || fail "the store changed while served"
ls "$work"/s.db-* >/dev/null 2>&1 && fail "serve left $(ls "$work"/s.db-*)"
echo "start-up errors and read-only store: ok"
