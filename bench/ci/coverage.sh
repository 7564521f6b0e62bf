#!/usr/bin/env bash
# CI: coding coverage on the Wikinews politics corpus (about 40 s on 2
# threads).  Fails only below floors a little under what the shipped
# dictionaries reach (71.3% articles with an event, 90.4% events with both
# sides resolved, 8,437 events on 2026-11-28): 69% / 86% / 7,500 events.
# The issue-4 bars (70% / 80%) are printed as met / not met.
set -uo pipefail
cd "$(dirname "$0")/../.."
SHARED=${EW_SHARED-../shared}
CORPUS=$SHARED/corpora/wikinews-politics.jsonl
[ -f "$CORPUS" ] || { echo "coverage: no $CORPUS; skipped"; exit 0; }
make -s -j2 build/eventwatch >/dev/null || exit 1
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
build/eventwatch code -j 2 "$CORPUS" > "$TMP/ev.jsonl" 2>/dev/null
line=$(python3 scripts/dictgen/coverage_report.py "$CORPUS" "$TMP/ev.jsonl" | grep '^COVERAGE')
echo "$line"
art=$(echo "$line" | sed 's/.*articles_pct=\([0-9.]*\).*/\1/')
res=$(echo "$line" | sed 's/.*resolved_pct=\([0-9.]*\).*/\1/')
n=$(echo "$line" | sed 's/.*events=\([0-9]*\).*/\1/')
awk -v a="$art" -v r="$res" 'BEGIN{printf "bars: articles %s (>= 70%%), resolved %s (>= 80%%)\n", (a>=70)?"met":"NOT met", (r>=80)?"met":"NOT met"}'
status=0
awk -v v="$art" 'BEGIN{exit !(v >= 69)}' || { echo "REGRESSION: articles with an event $art% < 69%"; status=1; }
awk -v v="$res" 'BEGIN{exit !(v >= 86)}' || { echo "REGRESSION: resolved events $res% < 86%"; status=1; }
[ "$n" -ge 7500 ] || { echo "REGRESSION: $n events < 7500"; status=1; }
exit $status
