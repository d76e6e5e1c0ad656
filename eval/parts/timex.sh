#!/bin/sh
# Time expressions: IndoTimex (Kompas development and test gold), ours and
# python3-dateparser side by side.  $1 warta binary, $2 ../shared.
# The development set carries no TIMEX3 in its texts (only the DCT), so it
# gives no figures; `eval/timex.py --show` lists our output on it for
# reading, `--mismatches` lists what the score counts against us.
D="$2/data/timex/indotimex"
if [ ! -d "$D" ]; then echo "timex: $D missing: skipped"; exit 0; fi
/usr/bin/python3 eval/timex.py "$1" "$D/kompas_development" "$D/Kompas_test_gold" 2>/dev/null
