#!/bin/sh
# `warta stem`: one stem per input line in order, --explain columns, a
# clear error for a missing lexicon.
set -u
W=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf 'berikan\nBekasi\n\nmenangis\r\npembersihan\n' > "$T/in"
"$W" stem --dic test/data/mini_id.dic "$T/in" > "$T/out" || { echo "stem: failed"; exit 1; }
printf 'beri\nBekasi\n\ntangis\nbersih\n' > "$T/want"
cmp -s "$T/out" "$T/want" || { echo "stem: wrong output"; diff "$T/want" "$T/out"; exit 1; }
printf 'mengirimkan\n' | "$W" stem --explain --dic test/data/mini_id.dic > "$T/x"
[ "$(cat "$T/x")" = "$(printf 'mengirimkan\tkirim\tmeN-\t-kan\tstemmed')" ] ||
  { echo "stem: bad --explain: $(cat "$T/x")"; exit 1; }
if printf 'x\n' | "$W" stem --dic "$T/none.dic" > /dev/null 2> "$T/err"; then
  echo "stem: a missing lexicon must fail"; exit 1
fi
grep -q "root lexicon" "$T/err" || { echo "stem: unclear error"; exit 1; }
