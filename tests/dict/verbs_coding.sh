#!/bin/sh
# The shipped verb dictionary codes the project's own diplomacy and security
# sentences (tests/dict/verbs_cases.txt) as expected, through the real coder
# (`eventwatch explain --ptb`).  Fails listing every sentence whose expected
# event is missing; a line whose expectation starts with '!' lists an event
# that must NOT come out (a wrong code the dictionary once produced).
root=${EW_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${EW_BIN:-$root/build/eventwatch}
[ -x "$bin" ] || { echo "no $bin"; exit 77; }
cases=$root/tests/dict/verbs_cases.txt
fail=0 n=0
while IFS='|' read -r want tree; do
    case $want in ''|'#'*) continue ;; esac
    n=$((n + 1))
    got=$("$bin" explain --dict "$root/data" --date 20251205 --ptb "$tree" 2>&1 |
          sed -n '/^events:/,$p' | sed 1d | tr -s ' ' | sed 's/^ //')
    case $want in
        '!'*) bad=${want#!}
              if printf '%s\n' "$got" | grep -qxF -- "$bad"; then
                  echo "unwanted \"$bad\" in: $(printf '%s' "$got" | tr '\n' ';')"
                  echo "  tree: $tree"
                  fail=$((fail + 1))
              fi
              continue ;;
    esac
    if ! printf '%s\n' "$got" | grep -qxF -- "$want"; then
        echo "missing \"$want\" in: $(printf '%s' "$got" | tr '\n' ';')"
        echo "  tree: $tree"
        fail=$((fail + 1))
    fi
done < "$cases"
echo "$((n - fail))/$n sentences coded as expected"
[ "$fail" -eq 0 ]
