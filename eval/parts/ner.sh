#!/bin/sh
# Entity tagger (docs/ner.md): per-corpus models trained on each corpus's
# train split (early stopping on its dev split), scored on its test split,
# which nothing here trains or tunes on; then the shipped model
# (data/models/ner.model, PER/LOC/ORG) on every test split.
# $1 warta binary, $2 ../shared.
W=$1
D=$2/data/ner
G=$2/data/gazetteers/mdee
OUT=${EVAL_OUT:-build/eval}/ner
mkdir -p "$OUT"
CL=data/models/clusters.tsv
row() { # name train dev test published
  "$W" ner train --quiet --epochs 30 --seed 1 -o "$OUT/$1.model" --clusters "$CL" --gazetteer "$G" \
    --dev "$3" "$2" || return
  "$W" ner eval --json --model "$OUT/$1.model" "$4" >"$OUT/$1.json" || return
  /usr/bin/python3 - "$OUT/$1.json" "$1" "$5" <<'PY'
import json, sys
r = json.loads(open(sys.argv[1]).readline())
types = " ".join("%s %.1f" % (k, v["f1"]) for k, v in r.items()
                 if k not in ("file", "ALL"))
print("%-16s F1 %6.2f  P %6.2f  R %6.2f  (bar %s)  %s" % (
    sys.argv[2], r["ALL"]["f1"], r["ALL"]["p"], r["ALL"]["r"], sys.argv[3], types))
PY
}
echo "per-corpus models (all of each corpus's types), exact-span F1 on test:"
/usr/bin/python3 - "$D" <<'PY'
import sys
def sents(path):
    out, cur = [], []
    for l in open(path, encoding="utf-8", errors="replace"):
        l = l.rstrip("\r\n")
        if not l.strip():
            if cur: out.append(" ".join(cur).lower()); cur = []
            continue
        cur.append((l.split("\t") if "\t" in l else l.split(" "))[0])
    if cur: out.append(" ".join(cur).lower())
    return out
d = sys.argv[1]
pairs = [("NERP", "nerp/train_preprocess.txt", "nerp/test_preprocess.txt"),
         ("NER-UI", "nerui/train.01.tsv", "nerui/test.01.tsv"),
         ("NER-UGM", "nerugm/train.01.tsv", "nerugm/test.01.tsv")]
out = []
for name, tr, te in pairs:
    t = set(sents(d + "/" + tr))
    s = sents(d + "/" + te)
    out.append("%s %d of %d" % (name, sum(1 for x in s if x in t), len(s)))
print("  (test sentences also in the same corpus's train split, as distributed: %s)" % ", ".join(out))
PY
row nergrit "$D/nergrit/train_preprocess.txt" "$D/nergrit/valid_preprocess.txt" "$D/nergrit/test_preprocess.txt" 79.1
row nerp "$D/nerp/train_preprocess.txt" "$D/nerp/valid_preprocess.txt" "$D/nerp/test_preprocess.txt" 79.3
row nerui "$D/nerui/train.01.tsv" "$D/nerui/dev.01.tsv" "$D/nerui/test.01.tsv" 90.1
row nerugm "$D/nerugm/train.01.tsv" "$D/nerugm/dev.01.tsv" "$D/nerugm/test.01.tsv" 74.9
row idner-news-2k "$D/idner-news-2k/train.txt" "$D/idner-news-2k/dev.txt" "$D/idner-news-2k/test.txt" report
if [ -f data/models/ner.model ]; then
  echo "shipped model data/models/ner.model (PER, LOC, ORG; test spans of other types left out;"
  echo "trained without any sentence of these test splits, see mk/ner.mk):"
  for t in nergrit/test_preprocess.txt nerp/test_preprocess.txt nerui/test.01.tsv \
           nerugm/test.01.tsv idner-news-2k/test.txt; do
    "$W" ner eval --json --model data/models/ner.model "$D/$t" |
      /usr/bin/python3 -c '
import json, sys
r = json.loads(sys.stdin.readline())
print("  %-34s F1 %6.2f  P %6.2f  R %6.2f" % (sys.argv[1], r["ALL"]["f1"], r["ALL"]["p"], r["ALL"]["r"]))' "$t"
  done
  # Singgalang (Wikipedia) was never trained on: an outside check
  "$W" ner eval --json --model data/models/ner.model "$D/singgalang-gold-0811.txt" |
    /usr/bin/python3 -c '
import json, sys
r = json.loads(sys.stdin.readline())
print("  %-34s F1 %6.2f  P %6.2f  R %6.2f" % ("singgalang-gold-0811 (unseen)", r["ALL"]["f1"], r["ALL"]["p"], r["ALL"]["r"]))'
fi
