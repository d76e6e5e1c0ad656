#!/bin/sh
# Single-article summaries: ROUGE-1/2/L of `warta summarize` against the
# human summaries of the 801 Detik dev articles, next to lead-3.
# $1 warta binary, $2 ../shared.
S="$2"
OUT=${EVAL_OUT:-build/eval}
mkdir -p "$OUT"
D="$S/data/corpora/detik-dev"
[ -f "$D/index.json" ] || { echo "summaries: $D missing, skipped"; exit 0; }
"$1" summarize "$D" >"$OUT/summaries_detik.jsonl" &&
  /usr/bin/python3 eval/summary.py "$OUT/summaries_detik.jsonl" "$D/index.json"
