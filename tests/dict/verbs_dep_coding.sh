#!/bin/sh
# The shipped verb dictionary codes the project's own sentences on frozen
# dependency trees (tests/dict/verbs_dep_cases.conllu) as expected, through
# the real coder (`eventwatch explain --conllu`).  Each sentence carries
# "# expect = SOURCE TARGET CODE" lines; "!" marks an event that must NOT
# come out (a wrong code the dictionary once produced on Wikinews).  These
# are the dependency-tree counterparts of verbs_cases.txt: several of the
# fixed patterns ("led by", "gathered outside") only misfire on UD trees.
root=${EW_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${EW_BIN:-$root/build/eventwatch}
[ -x "$bin" ] || { echo "no $bin"; exit 77; }
cases=$root/tests/dict/verbs_dep_cases.conllu
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
# one file per sentence: sentences end at a blank line
awk -v d="$tmp" 'BEGIN { n = 1 }
    /^# expect = / { print substr($0, 12) > (d "/" n ".want"); next }
    /^$/ { if (open) { close(d "/" n ".conllu"); n++; open = 0 } next }
    /^#/ && !/^# (sent_id|text) / { next }
    { print > (d "/" n ".conllu"); open = 1 }' "$cases"
fail=0 n=0
for f in "$tmp"/*.conllu; do
    got=$("$bin" explain --dict "$root/data" --date 20251205 --conllu "$f" 2>&1 |
          sed -n '/^events:/,$p' | sed 1d | tr -s ' ' | sed 's/^ //')
    while IFS= read -r want; do
        n=$((n + 1))
        case $want in
            '!'*) if printf '%s\n' "$got" | grep -qxF -- "${want#!}"; then
                      echo "unwanted \"${want#!}\" in $(sed -n 's/^# text = //p' "$f")"
                      fail=$((fail + 1))
                  fi ;;
            *)    if ! printf '%s\n' "$got" | grep -qxF -- "$want"; then
                      echo "missing \"$want\" in $(sed -n 's/^# text = //p' "$f"): $(printf '%s' "$got" | tr '\n' ';')"
                      fail=$((fail + 1))
                  fi ;;
        esac
    done < "${f%.conllu}.want"
done
echo "$((n - fail))/$n expectations met"
[ "$fail" -eq 0 ]
