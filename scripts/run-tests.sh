#!/bin/sh
# Runs every unit-test binary (build/tests/<component>/test_*) and every
# scripted test (tests/<component>/*.sh), then prints one summary line
# "N passed, N failed, N skipped".  cmocka binaries count their own cases;
# a script counts as one test: exit 0 pass, 77 skip, anything else fail.
#
# Environment handed to tests: EW_BIN (the eventwatch binary), EW_BUILD,
# EW_ROOT (source tree), EW_SHARED (../shared when present, else empty:
# tests that need it exit 77).  VALGRIND=1 runs binaries under valgrind.
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EW_ROOT=$ROOT
EW_BUILD=$ROOT/$BUILD
EW_BIN=$EW_BUILD/eventwatch
if [ -z "${EW_SHARED+x}" ]; then
    if [ -d "$ROOT/../shared" ]; then EW_SHARED=$(cd "$ROOT/../shared" && pwd); else EW_SHARED=""; fi
fi
export EW_ROOT EW_BUILD EW_BIN EW_SHARED
pass=0 fail=0 skip=0 failed_names=""
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cd "$ROOT" || exit 1
for t in $(find "$EW_BUILD/tests" -type f -name 'test_*' ! -name '*.d' 2>/dev/null | sort); do
    if [ -n "$VALGRIND" ]; then
        valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 "$t" >"$log" 2>&1
    else
        "$t" >"$log" 2>&1
    fi
    rc=$?
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    name=${t#"$EW_BUILD"/tests/}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
    if [ "$f" -ne 0 ]; then
        failed_names="$failed_names $name"; echo "FAIL $name"; cat "$log"
    else
        echo "ok   $name ($p passed${s:+, $s skipped})"
    fi
done
for t in $(find tests -name '*.sh' -type f 2>/dev/null | sort); do
    sh "$t" >"$log" 2>&1
    rc=$?
    if [ $rc -eq 0 ]; then pass=$((pass + 1)); echo "ok   $t"
    elif [ $rc -eq 77 ]; then skip=$((skip + 1)); echo "skip $t: $(tail -n 1 "$log")"
    else fail=$((fail + 1)); failed_names="$failed_names $t"; echo "FAIL $t"; cat "$log"; fi
done
[ -n "$failed_names" ] && echo "failed:$failed_names"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
