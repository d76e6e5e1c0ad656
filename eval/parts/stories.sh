#!/bin/sh
# Stories: the seed story checks, and the seeds among the 801 Detik dev
# articles (the seed story must stay exactly the five seeds; Detik stories
# against its topic groups); a report of the seeds rendered in headless
# Chromium, screenshot saved.  $1 warta binary, $2 ../shared.
S="$2"
OUT=${EVAL_OUT:-build/eval}
mkdir -p "$OUT"
"$1" stories "$S"/seeds/*.txt >"$OUT/stories_seeds.jsonl"
if [ -d "$S/data/corpora/detik-dev" ]; then
  "$1" stories "$S"/seeds/*.txt "$S/data/corpora/detik-dev" >"$OUT/stories_detik.jsonl"
else
  : >"$OUT/stories_detik.jsonl"
fi
/usr/bin/python3 eval/stories.py "$OUT/stories_seeds.jsonl" "$OUT/stories_detik.jsonl" \
  "$S/data/corpora/detik-dev/index.json"
"$1" report -o "$OUT/report_seeds.html" "$S"/seeds/*.txt &&
  sh test/render.sh "$OUT/report_seeds.html" "$OUT/report_seeds.png" &&
  echo "report of the seeds: $OUT/report_seeds.html, screenshot $OUT/report_seeds.png"
