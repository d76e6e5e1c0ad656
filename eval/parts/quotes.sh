#!/bin/sh
# Quotes on the 801 Detik dev articles: unexplained quote marks and share of
# direct quotes with a speaker.  $1 warta binary, $2 ../shared.
D="$2/data/corpora/detik-dev"
if [ ! -d "$D" ]; then echo "quotes: $D missing: skipped"; exit 0; fi
OUT=${EVAL_OUT:-build/eval}
mkdir -p "$OUT"
[ -s "$OUT/detik.jsonl" ] || "$1" analyze "$D"/*.txt >"$OUT/detik.jsonl"
/usr/bin/python3 eval/quotes.py "$OUT/detik.jsonl"
