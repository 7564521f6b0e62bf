#!/bin/sh
# The generated office-holder dictionary must be what its generator makes
# from scripts/dictgen/leaders.txt: a hand edit of the .txt (which the next
# regeneration would silently undo) fails here.  The countries file is not
# checked: it also depends on the installed iso-codes version.
ROOT=${EW_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v python3 >/dev/null 2>&1 || { echo "python3 not installed"; exit 77; }
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
PYTHONDONTWRITEBYTECODE=1 python3 "$ROOT/scripts/dictgen/gen_leaders.py" \
    "$ROOT/scripts/dictgen/leaders.txt" >"$out" || exit 1
if ! cmp -s "$out" "$ROOT/data/dict/eventwatch.leaders.actors.txt"; then
    echo "data/dict/eventwatch.leaders.actors.txt differs from its generator's output;"
    echo "edit scripts/dictgen/leaders.txt and regenerate (see data/README.md)"
    diff "$out" "$ROOT/data/dict/eventwatch.leaders.actors.txt" | head -20
    exit 1
fi
echo "leaders dictionary reproducible"
