#!/bin/sh
# Determinism and idempotency: ingesting the same documents with -j1 and
# -j2 gives identical database content (ids are content hashes, writes are
# in input order), and ingesting again changes nothing.  Codes with the
# pipeline when it loads (dictionaries and models present), else stores
# documents only and says so.
command -v python3 >/dev/null 2>&1 || { echo "python3 absent"; exit 77; }
BIN=${EW_BIN:-build/eventwatch}
ROOT=${EW_ROOT:-.}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
IN="$ROOT/data/sample/news.jsonl"
if [ ! -f "$IN" ]; then
    python3 - "$T/in.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(300):
        f.write(json.dumps({"id": f"s{i}", "date": f"2025-0{1 + i % 9}-1{i % 10}", "source": f"Wire {i % 3}",
                            "text": f"Item {i}. Azerbaijan accused Armenia of shelling border posts. "
                                    f"Russia urged both sides to resume talks."}) + "\n")
PY
    IN="$T/in.jsonl"
fi
CODE=""
"$BIN" ingest -q --db "$T/probe.db" "$IN" >/dev/null 2>&1
[ $? -eq 1 ] && { CODE="--no-code"; echo "coder not loadable here: comparing documents only"; }
export SOURCE_DATE_EPOCH=1700000000
"$BIN" ingest -q $CODE -j1 --batch 64 --db "$T/j1.db" "$IN" 2>"$T/e1"
"$BIN" ingest -q $CODE -j2 --batch 64 --db "$T/j2.db" "$IN" 2>"$T/e2"
cat "$T/e1"
python3 "$(dirname "$0")/dbdump.py" "$T/j1.db" >"$T/d1" || { echo "FAIL: dump"; exit 1; }
python3 "$(dirname "$0")/dbdump.py" "$T/j2.db" >"$T/d2" || { echo "FAIL: dump"; exit 1; }
cmp -s "$T/d1" "$T/d2" || { echo "FAIL: -j1 and -j2 differ"; diff "$T/d1" "$T/d2" | head; exit 1; }
"$BIN" ingest -q $CODE -j2 --db "$T/j2.db" "$IN" 2>"$T/e3"
python3 "$(dirname "$0")/dbdump.py" "$T/j2.db" >"$T/d3" || { echo "FAIL: dump"; exit 1; }
cmp -s "$T/d1" "$T/d3" || { echo "FAIL: re-ingest changed the database"; diff "$T/d1" "$T/d3" | head; exit 1; }
grep -q " 0 stored" "$T/e3" || { cat "$T/e3"; echo "FAIL: re-ingest stored documents"; exit 1; }
echo "determinism: $(grep -c '^events' "$T/d1") events, $(grep -c '^documents' "$T/d1") documents identical for -j1, -j2 and re-ingest"
