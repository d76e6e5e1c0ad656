#!/bin/sh
# Time expressions: IndoTimex, ours and python3-dateparser side by side.
# $1 warta binary, $2 ../shared.  First the development texts with our own
# TIMEX3 annotation (eval/data/indotimex-dev: IndoTimex ships them with the
# DCT only), the set to tune on (`eval/timex.py --mismatches`); then
# our TIMEX3 annotation of 40 Detik articles (eval/data/detik-timex-dev, a
# second development set: another outlet, 2025), scored on warta's cleaned
# text; then our annotation of 13 Kompas articles of 2019 (CLICK-ID), the
# test gold's outlet; then the blind development sets of sessions 10 and
# 11 (detik2-6, kompas2-8, clickid2-7: each README says how it was drawn);
# then our annotation of 16 CLICK-ID articles of four other outlets (held
# out: scored, never tuned on); then IndoTimex's Kompas test gold, for
# figures only; then NER-UGM's TIME spans (recall only).
D="$2/data/timex/indotimex"
if [ ! -d "$D" ]; then echo "timex: $D missing: skipped"; exit 0; fi
# the annotated development files are made from annotations.txt and the
# texts in ../shared (the articles themselves stay there)
DEV=${EVAL_OUT:-build/eval}/indotimex-dev
mkdir -p "$DEV"
/usr/bin/python3 eval/data/indotimex-dev/tag.py "$D/kompas_development" "$DEV" || exit 1
DETIK="$2/data/corpora/detik-dev"
# the third: 13 Kompas articles of 2019 from CLICK-ID (the test gold's
# outlet), texts made from the CSVs as `make bench` makes them
CLICK=build/bench/click-id
if [ -d "$2/data/corpora/click-id" ]; then
	/usr/bin/python3 -c "import sys; sys.path.insert(0, 'bench'); import analyze; analyze.clickid_files('$2')" || exit 1
fi
/usr/bin/python3 eval/timex.py "$1" "$DEV" \
	"eval/data/detik-timex-dev/annotations.txt=$DETIK" \
	"eval/data/detik2-timex-dev/annotations.txt=$DETIK" \
	"eval/data/detik3-timex-dev/annotations.txt=$DETIK" \
	"eval/data/detik4-timex-dev/annotations.txt=$DETIK" \
	"eval/data/kompas-timex-dev/annotations.txt=$CLICK" \
	"eval/data/clickid-timex-dev/annotations.txt=$CLICK" \
	"eval/data/kompas2-timex-dev/annotations.txt=$CLICK" \
	"eval/data/clickid2-timex-dev/annotations.txt=$CLICK" \
	"eval/data/kompas3-timex-dev/annotations.txt=$CLICK" \
	"eval/data/clickid3-timex-dev/annotations.txt=$CLICK" \
	"eval/data/kompas4-timex-dev/annotations.txt=$CLICK" \
	"eval/data/kompas5-timex-dev/annotations.txt=$CLICK" \
	"eval/data/kompas6-timex-dev/annotations.txt=$CLICK" \
	"eval/data/clickid4-timex-dev/annotations.txt=$CLICK" \
	"eval/data/clickid5-timex-dev/annotations.txt=$CLICK" \
	"eval/data/kompas7-timex-dev/annotations.txt=$CLICK" \
	"eval/data/clickid6-timex-dev/annotations.txt=$CLICK" \
	"eval/data/detik5-timex-dev/annotations.txt=$DETIK" \
	"eval/data/kompas8-timex-dev/annotations.txt=$CLICK" \
	"eval/data/clickid7-timex-dev/annotations.txt=$CLICK" \
	"eval/data/detik6-timex-dev/annotations.txt=$DETIK" \
	"eval/data/clickid-timex-heldout/annotations.txt=$CLICK" \
	"$D/Kompas_test_gold" 2>/dev/null
# recognition recall against an outside, human annotation: NER-UGM's TIME
# spans (development: train.01 + dev.01; held out: test.01)
/usr/bin/python3 eval/nerugm_time.py "$1" "$2/data/ner/nerugm"
