#!/bin/sh
# The analysis commands end to end on invented pre-coded events: alerts
# finds the injected Kyrgyz-Tajik escalation week with its numbers and the
# events behind it, mediation shows the Armenian-Azerbaijani timeline with
# Kazakhstan as a third party, stats prints series per region.
command -v python3 >/dev/null 2>&1 || { echo "python3 absent"; exit 77; }
BIN=${EW_BIN:-build/eventwatch}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; cat "$T/out" 2>/dev/null; exit 1; }
python3 - >"$T/ev.jsonl" <<'PY'
import datetime, json
start = datetime.date(2025, 1, 6)
def ev(w, d, s, t, code, tag):
    date = (start + datetime.timedelta(days=7 * w + d)).isoformat()
    print(json.dumps({"doc_id": f"{tag}-{w}-{d}", "sent_id": "1", "date": date,
                      "source": {"code": s + "GOV", "country": s}, "target": {"code": t + "GOV", "country": t},
                      "code": code, "sentence": f"Invented sentence {tag} {w} {d}."}))
for w in range(20):
    if w % 5 == 1: ev(w, 2, "TJK", "KGZ", "112", "acc")
    ev(w, 1, "ARM", "AZE", "043", "meet")
    if w % 2: ev(w, 3, "KAZ", "ARM", "042", "kaz"); ev(w, 4, "KAZ", "AZE", "042", "kaz")
    if w < 4: ev(w, 5, "AZE", "ARM", "112", "acc")
    if w in (12, 16): ev(w, 2, "ARM", "AZE", "057", "sign")
for d, (a, b, c) in enumerate([("KGZ","TJK","190"), ("TJK","KGZ","195"), ("TJK","KGZ","112"), ("KGZ","TJK","111"),
                               ("TJK","KGZ","138"), ("KGZ","TJK","172"), ("TJK","KGZ","190")]):
    ev(15, d, a, b, c, "clash")
PY
"$BIN" ingest -q --db "$T/a.db" --events "$T/ev.jsonl" || fail "ingest"
"$BIN" alerts --db "$T/a.db" --show 2 >"$T/out" || fail "alerts exit"
grep -q "^alerts: 1 escalation" "$T/out" || fail "alert count"
grep -q "^ALERT KGZ-TJK week of 2025-04-21: 7 conflict events (baseline median 0.0" "$T/out" || fail "alert line"
[ "$(grep -c '^    2025-04-2' "$T/out")" -eq 2 ] || fail "evidence lines"
grep -q "Invented sentence clash" "$T/out" || fail "sentence shown"
grep -q "and 5 more" "$T/out" || fail "more pointer"
"$BIN" mediation --db "$T/a.db" --dyad AZE-ARM >"$T/out" || fail "mediation exit"
grep -q "^2025-01-06 .* 1 .* 0 .* 1 " "$T/out" || fail "first week"
grep -q "^  KAZ .*with AZE 10, with ARM 10" "$T/out" || fail "third party"
grep -q "improving" "$T/out" || fail "trend"
"$BIN" stats --db "$T/a.db" --by region >"$T/out" || fail "stats exit"
grep -q "^Central Asia	2025-04-21	9	2	0	3	4" "$T/out" || fail "region series"
echo "analysis commands: ok"
