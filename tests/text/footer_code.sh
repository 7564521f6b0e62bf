#!/bin/sh
# A Wikinews category trailer is cut into labels (src/text/footer.c), so
# `eventwatch code` codes no event from it: a run of country names with a
# verb-like label in it must not become "Russia attacked Ukraine".  The
# story sentence before it is still coded.  Invented text; uses the
# dictionaries and models shipped in the repository.
set -u
BIN=${EW_BIN:-build/eventwatch}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf 'Russian troops attacked Ukrainian positions near Kharkiv on Monday.\n\nCategories: March 3, 2025 Russia attacked Ukraine Published Europe Israel Iran Politics and conflicts Archived\n' > "$tmp/a.txt"
"$BIN" tokenize "$tmp/a.txt" > "$tmp/a.tok" || fail "tokenize exit $?"
grep -q '^# text = Categories:$' "$tmp/a.tok" || fail "header is its own segment"
grep -q '^# text = Politics and conflicts$' "$tmp/a.tok" || fail "topic label kept whole"
grep -q '^# text = Ukraine$' "$tmp/a.tok" || fail "country label alone"
"$BIN" code --date 20250303 "$tmp/a.txt" > "$tmp/a.json" 2> "$tmp/a.err" || fail "code exit $?"
n=$(grep -c '"sent_id":"1"' "$tmp/a.json")
[ "$n" -ge 1 ] || fail "the story sentence is no longer coded"
others=$(grep -vc '"sent_id":"1"' "$tmp/a.json")
[ "$others" -eq 0 ] || fail "$others event(s) coded from the trailer"
echo "ok: trailer cut into labels, no event from it"
