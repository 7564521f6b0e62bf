#!/usr/bin/env bash
# CI: the shipped dictionaries (data/PETR_config.ini) load with no rejected
# line, lint clean against the CAMEO table, and load within issue 4's bar
# (<= 200 ms).  Fails on a rejected line, a lint problem, or a best-of-5 load
# time over 400 ms (twice the bar: the CI machine is shared); the bar itself
# is printed as met / not met.
set -uo pipefail
cd "$(dirname "$0")/../.."
make -s -j2 build/bench/bench_dict_load >/dev/null || exit 1
out=$(build/bench/bench_dict_load data 5) || exit 1
echo "$out"
best=$(echo "$out" | sed -n 's/^dict load: best \([0-9.]*\) ms.*/\1/p')
rejected=$(echo "$out" | sed -n 's/^dict rejected lines: //p')
problems=$(echo "$out" | sed -n 's/^dict lint problems: //p')
status=0
bar=$(awk -v v="$best" 'BEGIN{print (v <= 200) ? "met" : "NOT met"}')
echo "load time bar (<= 200 ms): $bar"
[ "$rejected" = 0 ] || { echo "REGRESSION: $rejected rejected dictionary lines"; status=1; }
[ "$problems" = 0 ] || { echo "REGRESSION: $problems lint problems"; status=1; }
awk -v v="$best" 'BEGIN{exit !(v <= 400)}' || { echo "REGRESSION: load $best ms > 400 ms"; status=1; }
exit $status
