#!/bin/sh
# Stories, through `warta ingest` and `warta stories --db`: the seed story
# checks, and the seeds among the 801 Detik dev articles (the seed story must stay exactly the five seeds; Detik stories
# against its topic groups); a report of the seeds rendered in headless
# Chromium, screenshot saved.  $1 warta binary, $2 ../shared.
S="$2"
OUT=${EVAL_OUT:-build/eval}
mkdir -p "$OUT"
# as a user would: ingest into a database, then ask for the stories
rm -f "$OUT"/seeds.db* "$OUT"/seeds_detik.db*
"$1" ingest --quiet --db "$OUT/seeds.db" "$S"/seeds/*.txt >/dev/null &&
  "$1" stories --db "$OUT/seeds.db" >"$OUT/stories_seeds.jsonl"
if [ -d "$S/data/corpora/detik-dev" ]; then
  "$1" ingest --quiet --db "$OUT/seeds_detik.db" "$S"/seeds/*.txt "$S/data/corpora/detik-dev" >/dev/null &&
    "$1" stories --db "$OUT/seeds_detik.db" >"$OUT/stories_detik.jsonl"
else
  : >"$OUT/stories_detik.jsonl"
fi
/usr/bin/python3 eval/stories.py "$OUT/stories_seeds.jsonl" "$OUT/stories_detik.jsonl" \
  "$S/data/corpora/detik-dev/index.json"
"$1" report -o "$OUT/report_seeds.html" --db "$OUT/seeds.db" &&
  sh test/render.sh "$OUT/report_seeds.html" "$OUT/report_seeds.png" &&
  echo "report of the seeds: $OUT/report_seeds.html, screenshot $OUT/report_seeds.png"
