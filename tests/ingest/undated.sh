#!/bin/sh
# Undated input is kept, never lost: a document whose date is "NA" is coded
# (warning, events with "date": null), and those events -- and an event line
# whose date does not parse -- are stored by `ingest --events` with date
# unknown instead of rejected.  Fixtures are invented.
BIN=${EW_BIN:-build/eventwatch}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
printf '%s\n' '{"id":"u1","date":"NA","text":"Kazakhstan hosted talks with Armenia on water."}' > "$T/docs.jsonl"
"$BIN" code "$T/docs.jsonl" > "$T/ev.jsonl" 2> "$T/err" || fail "code exit $?"
grep -q "docs.jsonl:1: \[u1\] warning: bad date 'NA': document kept, date unknown" "$T/err" || { cat "$T/err"; fail "warning"; }
[ -s "$T/ev.jsonl" ] || fail "no events from the undated document"
grep -q '"date":null' "$T/ev.jsonl" || fail "events not flagged with date null"
n=$(wc -l < "$T/ev.jsonl")
# one more line: a date that does not parse
sed -n 1p "$T/ev.jsonl" | sed 's/"date":null/"date":"NA"/; s/"sent_id":"1"/"sent_id":"9"/' >> "$T/ev.jsonl"
"$BIN" ingest --no-code --db "$T/u.db" --events "$T/ev.jsonl" 2> "$T/err2"
rc=$?
[ $rc -eq 0 ] || { cat "$T/err2"; fail "ingest exit $rc, want 0"; }
grep -q "ev.jsonl:$((n + 1)): \[u1\] warning: bad date: event kept with date unknown" "$T/err2" || { cat "$T/err2"; fail "bad event date not warned"; }
grep -q "error" "$T/err2" && { cat "$T/err2"; fail "an event was rejected"; }
"$BIN" stats --db "$T/u.db" | grep -q " $((n + 1)) mentions, 0 rejected records" || { "$BIN" stats --db "$T/u.db" | head -1; fail "events not all stored"; }
# exports say "unknown", not 0000-00-00
"$BIN" export --db "$T/u.db" --format jsonl | grep -q '"date":null' || fail "jsonl export date"
"$BIN" export --db "$T/u.db" --format csv | sed -n 2p | grep -q '^[0-9]*,,' || fail "csv export date"
"$BIN" export --db "$T/u.db" --format csv | grep -q '0000-00-00' && fail "csv export 0000-00-00"
echo "undated: kept with warnings, events stored with date unknown"
exit 0
