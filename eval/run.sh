#!/bin/sh
# run.sh - `make eval`: accuracy figures on the data in ../shared.
#
# usage: eval/run.sh WARTA_BINARY SHARED_DIR
# Runs `warta analyze` over the seeds and prints ../shared/eval/score.py's
# figures, then the Detik cleaning check, then every eval/parts/*.sh (one per
# module: sentences, stemmer, tagger, times, quotes, search, ...).
set -u
W=$1
S=$2
OUT=${EVAL_OUT:-build/eval}
mkdir -p "$OUT"
PY=/usr/bin/python3

echo "== seeds: $W analyze $S/seeds/*.txt | score.py $S/gold/seeds.json"
"$W" analyze "$S"/seeds/*.txt >"$OUT/seeds.jsonl"
$PY "$S/eval/score.py" "$S/gold/seeds.json" "$OUT/seeds.jsonl"

echo
echo "== detik-dev cleaning: $S/data/corpora/detik-dev (801 articles)"
"$W" analyze "$S"/data/corpora/detik-dev/*.txt >"$OUT/detik.jsonl"
$PY eval/detik_clean.py "$S/data/corpora/detik-dev" "$OUT/detik.jsonl"

for part in eval/parts/*.sh; do
  [ -f "$part" ] || continue
  echo
  echo "== $(basename "$part" .sh)"
  sh "$part" "$W" "$S" || echo "(eval part $part failed with status $?)"
done
