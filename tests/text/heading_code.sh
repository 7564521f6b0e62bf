#!/bin/sh
# A wiki heading run into the next sentence ("===Chile and Peru=== The
# French foreign minister called on ...") is a segment of its own
# (src/text/heading.c), so `eventwatch code` does not take the heading's
# countries for the callers: the sentence's own speaker is the source.
# Invented text; uses the dictionaries and models shipped in the repository.
set -u
BIN=${EW_BIN:-build/eventwatch}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf 'Talks went on late into the night. ===Chile and Peru=== The French foreign minister called on the United States to work for peace in the region.\n' > "$tmp/a.txt"
"$BIN" tokenize "$tmp/a.txt" > "$tmp/a.tok" || fail "tokenize exit $?"
grep -q '^# text = ===Chile and Peru===$' "$tmp/a.tok" || fail "heading is not its own segment"
"$BIN" code --date 20250303 "$tmp/a.txt" > "$tmp/a.json" 2> "$tmp/a.err" || fail "code exit $?"
grep -q '"source":{"code":"FRAGOV"' "$tmp/a.json" || fail "the minister is not the caller"
if grep -q '"source":{"code":"\(CHL\|PER\)"' "$tmp/a.json"; then
    fail "the heading's countries are coded as callers"
fi
echo "ok: heading cut off, the sentence's speaker is the caller"
