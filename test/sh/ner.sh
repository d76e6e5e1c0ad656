#!/bin/sh
# `warta ner`: train and eval on a hand-written sample, tag's output form
# (token TAB tag, blank lines kept, extra columns ignored), the shipped
# model on a plain sentence, and clear errors.
set -u
W=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$W" ner train --quiet --epochs 3 --bits 16 -o "$T/m" test/data/ner_mini.txt ||
  { echo "ner: train failed"; exit 1; }
"$W" ner eval --json --model "$T/m" test/data/ner_mini.txt > "$T/e" ||
  { echo "ner: eval failed"; exit 1; }
grep -q '"ALL":{"p":100.00,"r":100.00,"f1":100.00,"gold":40}' "$T/e" ||
  { echo "ner: eval on its own training sample: $(cat "$T/e")"; exit 1; }
printf 'Gubernur\tx\tO\nAndi\nSaputra\ntiba\n\n\ndi\nKendari\n.\n' > "$T/in"
"$W" ner tag --model "$T/m" "$T/in" > "$T/out" || { echo "ner: tag failed"; exit 1; }
printf 'Gubernur\tO\nAndi\tB-PER\nSaputra\tI-PER\ntiba\tO\n\n\ndi\tO\nKendari\tB-LOC\n.\tO\n' > "$T/want"
cmp -s "$T/out" "$T/want" || { echo "ner: tag output"; diff "$T/want" "$T/out"; exit 1; }
# the shipped model
if [ -f data/models/ner.model ]; then
  printf 'Presiden\nPrabowo\nSubianto\nbertemu\nGubernur\nJawa\nTimur\ndi\nSurabaya\n.\n' |
    "$W" ner tag | cut -f2 | tr '\n' ' ' > "$T/s"
  [ "$(cat "$T/s")" = "O B-PER I-PER O O B-LOC I-LOC O B-LOC O " ] ||
    { echo "ner: shipped model: $(cat "$T/s")"; exit 1; }
fi
# a run of tokens with no blank line is tagged in bounded pieces
/usr/bin/python3 -c 'import sys; sys.stdout.write("kata\n" * 70000)' |
  "$W" ner tag --model "$T/m" | wc -l | grep -qx 70000 || { echo "ner: long input"; exit 1; }
# errors name the file and line
printf 'Andi\tB-PER\nSaputra\n' > "$T/bad"
if "$W" ner train --quiet -o "$T/m2" "$T/bad" 2> "$T/err"; then
  echo "ner: a line without a tag must fail"; exit 1
fi
grep -q "bad:2:" "$T/err" || { echo "ner: unclear error: $(cat "$T/err")"; exit 1; }
if "$W" ner tag --model "$T/none" < /dev/null 2> "$T/err"; then
  echo "ner: a missing model must fail"; exit 1
fi
grep -q "none" "$T/err" || { echo "ner: unclear error: $(cat "$T/err")"; exit 1; }
exit 0
