#!/bin/sh
# A locked database: while another process holds the write lock, ingest
# stops with a clear "database is locked" error (exit 1) after the 5 s busy
# timeout, readers (stats) still work, and the earlier content is intact;
# once the lock is gone the same ingest succeeds.
command -v python3 >/dev/null 2>&1 || { echo "python3 absent"; exit 77; }
BIN=${EW_BIN:-build/eventwatch}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf '%s\n' '{"id":"a","date":"2025-05-02","text":"The council met in the capital."}' >"$T/a.jsonl"
printf '%s\n' '{"id":"b","date":"2025-05-03","text":"The council met again on Saturday."}' >"$T/b.jsonl"
"$BIN" ingest -q --no-code --db "$T/l.db" "$T/a.jsonl" || { echo "first ingest failed"; exit 1; }
python3 - "$BIN" "$T" <<'PY'
import sqlite3, subprocess, sys
bin, t = sys.argv[1], sys.argv[2]
db = sqlite3.connect(f"{t}/l.db", isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO meta VALUES('holder', 'test')")
r = subprocess.run([bin, "ingest", "-q", "--no-code", "--db", f"{t}/l.db", f"{t}/b.jsonl"], capture_output=True, text=True)
print(r.stderr)
assert r.returncode == 1, r.returncode
assert "database is locked" in r.stderr and "another process" in r.stderr
s = subprocess.run([bin, "stats", "--db", f"{t}/l.db"], capture_output=True, text=True)
assert s.returncode == 0 and ": 1 documents" in s.stdout, (s.stdout, s.stderr)
db.execute("ROLLBACK")
r = subprocess.run([bin, "ingest", "-q", "--no-code", "--db", f"{t}/l.db", f"{t}/b.jsonl"], capture_output=True, text=True)
assert r.returncode == 0, r.stderr
s = subprocess.run([bin, "stats", "--db", f"{t}/l.db"], capture_output=True, text=True)
assert ": 2 documents" in s.stdout, s.stdout
print("locked: ok")
PY
