#!/bin/sh
# Negative control for `eventwatch validate`: a copy of the PETRARCH suite
# with one expected event code changed must fail exactly that record, and
# nothing else may change.  Skips without ../shared (EW_SHARED empty).
set -u
[ -n "${EW_SHARED:-}" ] && [ -f "$EW_SHARED/petrarch2/unit-tests.jsonl" ] || exit 77
BIN=${EW_BIN:?}
SUITE=$EW_SHARED/petrarch2/unit-tests.jsonl
DICT=$EW_SHARED/petrarch2/validate
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
"$BIN" validate --dict "$DICT" --parse ptb "$SUITE" > "$TMP/base.txt" 2>/dev/null
grep '^FAIL ' "$TMP/base.txt" | cut -d: -f1 | sort > "$TMP/base.fail"
# the first record that passes and expects at least one event
ID=$(python3 - "$SUITE" "$TMP/base.fail" <<'PY'
import json, sys
failed = {l.split()[1] for l in open(sys.argv[2])}
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["id"] not in failed and r.get("expected") and r["expected"][0].get("eventcode"):
        print(r["id"]); break
PY
)
[ -n "$ID" ] || { echo "no passing record to alter"; exit 1; }
python3 - "$SUITE" "$ID" > "$TMP/altered.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["id"] == sys.argv[2]:
        r["expected"][0]["eventcode"] = "999"
    sys.stdout.write(json.dumps(r) + "\n")
PY
"$BIN" validate --dict "$DICT" --parse ptb --config-from "$EW_SHARED/petrarch2/PETR.UnitTest.records.xml" "$TMP/altered.jsonl" > "$TMP/alt.txt" 2>/dev/null
grep '^FAIL ' "$TMP/alt.txt" | cut -d: -f1 | sort > "$TMP/alt.fail"
NEW=$(comm -13 "$TMP/base.fail" "$TMP/alt.fail")
GONE=$(comm -23 "$TMP/base.fail" "$TMP/alt.fail")
if [ "$NEW" = "FAIL $ID" ] && [ -z "$GONE" ]; then
    echo "negative control: only $ID newly fails"
    exit 0
fi
echo "negative control FAILED: altered $ID; new failures: [$NEW]; no longer failing: [$GONE]"
exit 1
