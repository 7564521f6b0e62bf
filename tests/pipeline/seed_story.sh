#!/bin/sh
# The seed story (issue 4): the Kazakh foreign minister attends the OSCE
# Council (KAZGOV -> IGOOSC, 04x), welcomes the Azerbaijan-Armenia peace
# declaration although the sentence's subject is "he" (KAZGOV -> AZE/ARM,
# 05x), engages with the Swiss Chairpersonship (-> CHEGOV, 03x), and the
# sentence listing "key challenges" yields nothing.  Reads ../shared in
# place; skips without it.
[ -n "${EW_SHARED:-}" ] && ls "$EW_SHARED"/seed/*.txt >/dev/null 2>&1 || exit 77
out=$("$EW_BIN" code --date 20251204 "$EW_SHARED"/seed/*.txt 2>/dev/null) || exit 1
fail=0
want() { # description, extended regex over one event line
    echo "$out" | grep -Eq "$2" || { echo "missing: $1"; fail=1; }
}
want "KAZGOV attends the OSCE" '"source":\{"code":"KAZGOV".*"target":\{"code":"IGOOSC".*"code":"04'
want "he (KAZGOV) welcomes, AZE" '"source":\{"code":"KAZGOV","text":"[Hh]e".*"target":\{"code":"AZE".*"code":"05'
want "he (KAZGOV) welcomes, ARM" '"source":\{"code":"KAZGOV","text":"[Hh]e".*"target":\{"code":"ARM".*"code":"05'
want "engagement with the Swiss Chairpersonship" '"target":\{"code":"CHEGOV".*"code":"03'
if echo "$out" | grep -q '"sentence":"Key challenges'; then
    echo "unexpected event from the key-challenges sentence"; fail=1
fi
exit $fail
