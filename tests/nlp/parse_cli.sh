#!/bin/sh
# eventwatch parse: raw text -> valid CoNLL-U (10 columns, one root, heads in
# range) with the shipped models; a missing input file is a fatal error.
set -e
EW=${EW_BIN:-build/eventwatch}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'The envoy met the minister in Tbilisi on Monday. Talks will resume in May.\n' > "$tmp/doc.txt"
"$EW" parse "$tmp/doc.txt" > "$tmp/out.conllu"
grep -q '^# sent_id = doc.txt-2$' "$tmp/out.conllu"
awk -F'\t' '
  /^#/ || /^$/ { if (/^$/ && n) { if (roots != 1) bad = 1; n = 0; roots = 0 } next }
  { n++; if (NF != 10) bad = 1; if ($7 == 0) roots++; if ($7 < 0 || $7 > 40) bad = 1 }
  END { exit bad }' "$tmp/out.conllu"
if "$EW" parse "$tmp/missing.txt" > /dev/null 2>&1; then exit 1; fi
echo ok
