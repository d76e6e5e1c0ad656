#!/bin/sh
# Time expressions: IndoTimex (Kompas development and test gold), ours and
# python3-dateparser side by side.  $1 warta binary, $2 ../shared.
D="$2/data/timex/indotimex"
if [ ! -d "$D" ]; then echo "timex: $D missing: skipped"; exit 0; fi
/usr/bin/python3 eval/timex.py "$1" "$D/Kompas_test_gold" 2>/dev/null
