#!/bin/sh
# Bad input: a broken JSON line, empty text and an oversize document are
# each reported with file and line, logged in ingest_log and skipped; a bad
# date is reported as a warning and the document kept with date unknown;
# the good documents are stored; the summary names every reason;
# the exit status is 3 (done, some skipped).  Then a file-size limit
# (standing in for a full disk) gives a clear error and keeps what was
# committed before it.
BIN=${EW_BIN:-build/eventwatch}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
{
    printf '%s\n' '{"id":"ok1","date":"2025-05-02","source":"Lake Courier","text":"Water ministers of the two states met at the reservoir."}'
    printf '%s\n' '{"id":"broken","date":"2025-05-02","text":"unterminated'
    printf '%s\n' '{"id":"baddate","date":"2025-02-30","text":"A day that does not exist."}'
    printf '%s\n' '{"id":"empty","date":"2025-05-03","text":"  \n "}'
    printf '{"id":"big","date":"2025-05-03","text":"'; head -c 3000 /dev/zero | tr '\0' 'x'; echo '"}'
    echo ''
    printf '%s\n' '{"id":"ok2","date":"2025-05-04","source":"Lake Courier","text":"The commission agreed to publish flow data every week."}'
} >"$T/in.jsonl"
"$BIN" ingest --no-code --max-bytes 2000 --db "$T/a.db" "$T/in.jsonl" 2>"$T/err"
rc=$?
cat "$T/err"
fail() { echo "FAIL: $*"; exit 1; }
[ $rc -eq 3 ] || fail "exit status $rc, want 3"
grep -q "in.jsonl:2: \[broken\]\|in.jsonl:2: .*broken JSON" "$T/err" || fail "broken JSON not reported with line"
grep -q "in.jsonl:3: \[baddate\] warning: bad date '2025-02-30': document kept, date unknown" "$T/err" || fail "bad date not reported"
grep -q "in.jsonl:4: \[empty\] error: empty text" "$T/err" || fail "empty text not reported"
grep -q "in.jsonl:5: .*over 2000 bytes" "$T/err" || fail "oversize not reported"
grep -q "read 3 documents: 3 stored" "$T/err" || fail "summary counts"
grep -q "skipped 3: broken record 1, empty text 1, over size limit 1; bad dates repaired 0, left unknown 1" "$T/err" || fail "summary reasons"
"$BIN" stats --db "$T/a.db" | grep -q "3 documents, .* 3 rejected records" || fail "store contents"

# Full disk, simulated by a file-size limit: clear error, exit 1, the
# batches committed before it stay readable.
if command -v python3 >/dev/null 2>&1; then
    python3 - "$T/many.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(3000):
        f.write(json.dumps({"id": f"d{i}", "date": "2025-06-01", "source": "Wire",
                            "text": f"Story {i}: " + "the delegations met again and talked. " * 20}) + "\n")
PY
    ( trap '' XFSZ; ulimit -f 2048; "$BIN" ingest --no-code --batch 100 --db "$T/full.db" "$T/many.jsonl" ) 2>"$T/err2"
    rc=$?
    tail -n 3 "$T/err2"
    [ $rc -eq 1 ] || fail "full disk: exit $rc, want 1"
    grep -qi "database or disk is full\|disk I/O error\|file too large\|stopped on a database error" "$T/err2" || fail "full disk: no clear message"
    n=$("$BIN" stats --db "$T/full.db" | sed -n 's/.*: \([0-9]*\) documents.*/\1/p')
    echo "committed before the disk filled: $n documents"
    [ -n "$n" ] && [ "$n" -gt 0 ] && [ $((n % 100)) -eq 0 ] || fail "committed batches lost ($n)"
fi
echo "bad input: ok"
