#!/bin/sh
# data/dict/eventwatch.verbs.txt must be what scripts/dictgen/gen_verbs.py
# makes from the vocabulary in scripts/dictgen/ (a hand edit of the .txt
# would be undone by the next regeneration), and the generator's own checks
# (codes in the CAMEO table, synsets defined, no verb form twice) must pass.
ROOT=${EW_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v python3 >/dev/null 2>&1 || { echo "python3 not installed"; exit 77; }
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
PYTHONDONTWRITEBYTECODE=1 python3 "$ROOT/scripts/dictgen/gen_verbs.py" --out "$out" || exit 1
if ! cmp -s "$out" "$ROOT/data/dict/eventwatch.verbs.txt"; then
    echo "data/dict/eventwatch.verbs.txt differs from its generator's output;"
    echo "edit scripts/dictgen/blocks*.py (or synsets/themes) and regenerate (see data/README.md)"
    diff "$out" "$ROOT/data/dict/eventwatch.verbs.txt" | head -20
    exit 1
fi
echo "verb dictionary reproducible"
