#!/bin/sh
# coding_speed.sh -- bench/bench_coding.sh under CI: prints the coding
# figures; fails only if the output stops being byte-identical across runs
# or thread counts (speed depends on the shared machine and is reported,
# not enforced).
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
exec sh "$ROOT/bench/bench_coding.sh" "${EW_BUILD:-$ROOT/build}"
