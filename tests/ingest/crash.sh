#!/bin/sh
# Crash safety: start ingesting the wikinews corpus, kill -9 at a random
# moment, run the same ingest again, and compare with an uninterrupted run:
# 0 events lost, 0 duplicated (identical tables).  Needs ../shared.
[ -n "$EW_SHARED" ] && [ -f "$EW_SHARED/corpora/wikinews-politics.jsonl" ] || { echo "EW_SHARED not set"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "python3 absent"; exit 77; }
BIN=${EW_BIN:-build/eventwatch}
IN="$EW_SHARED/corpora/wikinews-politics.jsonl"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=1700000000
CODE=""
"$BIN" ingest -q --db "$T/probe.db" /dev/null >/dev/null 2>&1
head -n 1 "$IN" >"$T/one.jsonl"
"$BIN" ingest -q --db "$T/probe.db" "$T/one.jsonl" >/dev/null 2>&1
[ $? -eq 1 ] && { CODE="--no-code"; echo "coder not loadable here: documents only"; }
start=$(date +%s)
"$BIN" ingest -q $CODE -j2 --db "$T/ref.db" "$IN" 2>/dev/null
full=$(( $(date +%s) - start ))
# kill somewhere in the first 90% of a full run's duration (at least 0.1 s)
ms=$(python3 -c "import random; print(max(100, int(random.random() * 900 * max($full, 1))))")
"$BIN" ingest -q $CODE -j2 --db "$T/crash.db" "$IN" 2>/dev/null &
pid=$!
sleep "$(python3 -c "print($ms / 1000)")"
kill -9 $pid 2>/dev/null && killed=yes || killed=no
wait $pid 2>/dev/null
before=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from documents').fetchone()[0])" "$T/crash.db" 2>/dev/null)
"$BIN" ingest -q $CODE -j2 --db "$T/crash.db" "$IN" 2>/dev/null
python3 "$(dirname "$0")/dbdump.py" "$T/ref.db" >"$T/a" || { echo "FAIL: dump"; exit 1; }
python3 "$(dirname "$0")/dbdump.py" "$T/crash.db" >"$T/b" || { echo "FAIL: dump"; exit 1; }
echo "full run ${full}s; killed after ${ms} ms: $killed, $before documents committed before the kill"
if ! cmp -s "$T/a" "$T/b"; then
    echo "FAIL: database differs from the uninterrupted run"
    echo "lost: $(comm -23 "$T/a" "$T/b" | wc -l) rows; extra/duplicated: $(comm -13 "$T/a" "$T/b" | wc -l) rows"
    exit 1
fi
echo "crash safety: $(grep -c '^events' "$T/a") events, $(grep -c '^documents' "$T/a") documents: 0 lost, 0 duplicated"
# Events too when the coder yields none here: 60,000 pre-coded events
# (synthetic, on the corpus' document ids) through --events, killed midway.
if [ "$(grep -c '^events' "$T/a")" -eq 0 ]; then
    python3 - "$T/ev.jsonl" <<'PY'
import json, random, sys
random.seed(7)
acts = ["AZEGOV", "ARMGOV", "RUSGOV", "USAGOV", "UKRGOV", "KAZGOV", "IGOUNO", "FRAGOV"]
codes = ["042", "043", "057", "111", "130", "190", "036", "045"]
with open(sys.argv[1], "w") as f:
    for i in range(60000):
        s, t = random.sample(acts, 2)
        f.write(json.dumps({"doc_id": f"wikinews-ID{random.randrange(4000)}", "sent_id": str(i % 30),
                            "date": f"2006-{1 + i % 12:02d}-{1 + i % 28:02d}", "source": {"code": s},
                            "target": {"code": t}, "code": random.choice(codes),
                            "spans": {"verb": [i % 5, i % 5 + 3]}, "sentence": f"sentence {i % 30}"}) + "\n")
PY
    "$BIN" ingest -q --db "$T/ref.db" --events "$T/ev.jsonl" 2>/dev/null
    "$BIN" ingest -q --db "$T/crash.db" --events "$T/ev.jsonl" 2>/dev/null &
    pid=$!
    sleep "$(python3 -c "import random; print(0.2 + random.random() * 1.5)")"
    kill -9 $pid 2>/dev/null && killed=yes || killed=no
    wait $pid 2>/dev/null
    "$BIN" ingest -q --db "$T/crash.db" --events "$T/ev.jsonl" 2>/dev/null
    python3 "$(dirname "$0")/dbdump.py" "$T/ref.db" >"$T/a" || { echo "FAIL: dump"; exit 1; }
    python3 "$(dirname "$0")/dbdump.py" "$T/crash.db" >"$T/b" || { echo "FAIL: dump"; exit 1; }
    if ! cmp -s "$T/a" "$T/b"; then
        echo "FAIL: events differ after kill -9 ($killed)"
        echo "lost: $(comm -23 "$T/a" "$T/b" | wc -l) rows; extra/duplicated: $(comm -13 "$T/a" "$T/b" | wc -l) rows"
        exit 1
    fi
    echo "crash safety (--events, killed: $killed): $(grep -c '^events' "$T/a") events, $(grep -c '^mentions' "$T/a") mentions: 0 lost, 0 duplicated"
fi
