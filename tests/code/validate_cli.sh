#!/bin/sh
# `eventwatch validate` and `eventwatch explain` on an invented suite in the
# PETRARCH validation XML format: per-category counts, the failing record
# shown as expected vs coded, the closing "N passed, N failed" line, <Config>
# options applied, --json, exit statuses.  Needs no ../shared.
set -u
BIN=${EW_BIN:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/dict"
printf -- '--- ATTACK [190] ---\nATTACK\nATTACKED\n\n--- MEET [036] ---\nMEET\nMET\n- * WITH + [040]\n' > "$T/dict/v.txt"
printf 'VELMORA [VLM]\nKASTRIA [KST]\n' > "$T/dict/a.txt"
printf 'POLICE [~COP]\n' > "$T/dict/g.txt"
printf 'FOOTBALL\n' > "$T/dict/d.txt"
printf '[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\nagentfile_name = g.txt\ndiscardfile_name = d.txt\n' > "$T/dict/PETR_config.ini"
cat > "$T/suite.xml" <<'X'
<Sentences>
<Sentence date="20050101" id="ALPHA-01" category="ALPHA" sentence="true">
<EventCoding sourcecode="VLMCOP" targetcode="KST" eventcode="190"></EventCoding>
<Text>Velmora police attacked Kastria.</Text>
<Parse>(ROOT (S (NP (NNP Velmora) (NN police)) (VP (VBD attacked) (NP (NNP Kastria))) (. .)))</Parse>
</Sentence>
<Sentence date="20050101" id="ALPHA-02" category="ALPHA" sentence="true">
<EventCoding sourcecode="VLM" targetcode="KST" eventcode="041"></EventCoding>
<Text>Velmora met with Kastria.</Text>
<Parse>(ROOT (S (NP (NNP Velmora)) (VP (VBD met) (PP (IN with) (NP (NNP Kastria)))) (. .)))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20050101" id="BETA-01" category="BETA" sentence="true">
<EventCoding sourcecode="---" targetcode="KST" eventcode="190"></EventCoding>
<Text>Rebels attacked Kastria.</Text>
<Parse>(ROOT (S (NP (NNS Rebels)) (VP (VBD attacked) (NP (NNP Kastria))) (. .)))</Parse>
</Sentence>
</Sentences>
X
"$BIN" validate --dict "$T/dict" "$T/suite.xml" > "$T/out" 2> "$T/err"
rc=$?
[ $rc -eq 0 ] || { echo "validate exit $rc"; cat "$T/out" "$T/err"; exit 1; }
tail -1 "$T/out" | grep -qx '2 passed, 1 failed' || { echo "bad summary"; cat "$T/out"; exit 1; }
grep -q '^FAIL ALPHA-02' "$T/out" || { echo "failing record not shown"; cat "$T/out"; exit 1; }
grep -A2 '^FAIL ALPHA-02' "$T/out" | grep -q 'expected: VLM KST 041' || { echo "expected not shown"; exit 1; }
grep -A2 '^FAIL ALPHA-02' "$T/out" | grep -q 'coded: *VLM KST 040' || { echo "coded not shown"; exit 1; }
grep -q '^ALPHA *1/2$' "$T/out" && grep -q '^BETA *1/1$' "$T/out" || { echo "category counts"; cat "$T/out"; exit 1; }
[ "$(grep -c '^FAIL' "$T/out")" -eq 1 ] || { echo "only ALPHA-02 may fail"; exit 1; }
"$BIN" validate --json --dict "$T/dict" "$T/suite.xml" > "$T/json" 2>/dev/null
python3 - "$T/json" <<'PY' || exit 1
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["id"] for r in rows] == ["ALPHA-01", "ALPHA-02", "BETA-01"], rows
assert [r["pass"] for r in rows] == [True, False, True], rows
assert rows[1]["coded"] == [["VLM", "KST", "040"]], rows[1]
PY
"$BIN" explain --dict "$T/dict" "$T/suite.xml" ALPHA-02 > "$T/x" 2>&1 || { echo "explain failed"; cat "$T/x"; exit 1; }
for want in 'tokens' 'tree:' 'actor' 'verb "MET"' 'pattern matched' 'events:' 'expected:'; do
    grep -q "$want" "$T/x" || { echo "explain lacks: $want"; cat "$T/x"; exit 1; }
done
"$BIN" explain --dict "$T/dict" "$T/suite.xml" NO-SUCH > /dev/null 2>&1 && { echo "unknown record must fail"; exit 1; }
"$BIN" validate --dict "$T/nowhere" "$T/suite.xml" > /dev/null 2>&1
[ $? -eq 1 ] || { echo "missing dictionaries must exit 1"; exit 1; }
"$BIN" validate > /dev/null 2>&1
[ $? -eq 2 ] || { echo "usage error must exit 2"; exit 1; }
echo "validate/explain CLI: counts, failures, options, json, exit statuses"
exit 0
