#!/bin/sh
# `eventwatch tokenize`: raw text and JSON Lines in, CoNLL-U with
# TokenRange/SpaceAfter out; a broken JSON line is reported and skipped
# (exit 3) without losing the other documents.  Invented snippets.
set -u
BIN=${EW_BIN:-build/eventwatch}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf 'ASTANA (Kazinform) - The minister didn'"'"'t attend. Talks resume on Jan. 5.\n' > "$tmp/a.txt"
"$BIN" tokenize "$tmp/a.txt" > "$tmp/a.out" || fail "raw text exit $?"
grep -q '^# dateline = ASTANA$' "$tmp/a.out" || fail "dateline comment"
grep -q '^# sent_id = 2$' "$tmp/a.out" || fail "two sentences"
grep -q '^# text = The minister didn'"'"'t attend.$' "$tmp/a.out" || fail "text comment"
printf '3\tdid\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=34:37\n' > "$tmp/want"
grep -qF "$(cat "$tmp/want")" "$tmp/a.out" || fail "did + TokenRange"
grep -q "^4	n't	.*TokenRange=37:40$" "$tmp/a.out" || fail "n't split"
grep -q '^4	Jan\.	' "$tmp/a.out" || fail "Jan. kept"

printf '{"id":"d1","text":"Gen. Petrov arrived. He spoke."}\nnot json\n{"id":"d2","text":"WASHINGTON \\u2014 Votes were cast."}\n' > "$tmp/b.jsonl"
"$BIN" tokenize "$tmp/b.jsonl" > "$tmp/b.out" 2> "$tmp/b.err"
rc=$?
[ $rc -eq 3 ] || fail "bad line should give exit 3, got $rc"
grep -q 'b.jsonl:2' "$tmp/b.err" || fail "error names file and line"
grep -q '^# sent_id = d1-2$' "$tmp/b.out" || fail "d1 sentences"
grep -q '^# newdoc id = d2$' "$tmp/b.out" || fail "d2 kept after bad line"
grep -q '^# dateline = WASHINGTON$' "$tmp/b.out" || fail "d2 dateline"

printf '' | "$BIN" tokenize > "$tmp/c.out" || fail "empty input"
[ ! -s "$tmp/c.out" ] || fail "empty input gives no sentences"
echo ok
