#!/bin/sh
# Numeric claims on our annotation of 20 Detik articles
# (eval/data/detik-claims-dev, the first set tuned on), of 20 other Detik
# articles and of 21 CLICK-ID articles of five outlets (detik2-claims-dev,
# detik3-, detik4-claims-dev, clickid-, clickid2-claims-dev: development
# sets annotated blind in session 10),
# then of 14 CLICK-ID articles of four other outlets
# (eval/data/clickid-claims-heldout: held out, never tuned on), scored
# with ../shared/eval/score.py's matching.
# $1 warta binary, $2 ../shared.
D="$2/data/corpora/detik-dev"
G=eval/data/detik-claims-dev/claims.json
if [ ! -d "$D" ]; then echo "claims: $D missing: skipped"; exit 0; fi
if [ -f "$G" ]; then /usr/bin/python3 eval/claims.py "$1" "$G" "$D" "$2" || exit 1; fi
# two more development sets, annotated blind in session 10: 20 other
# Detik articles, and 21 CLICK-ID articles of five outlets
for G2 in eval/data/detik2-claims-dev/claims.json eval/data/detik3-claims-dev/claims.json eval/data/detik5-claims-dev/claims.json \
	eval/data/detik4-claims-dev/claims.json; do
	if [ -f "$G2" ]; then /usr/bin/python3 eval/claims.py "$1" "$G2" "$D" "$2" || exit 1; fi
done
if [ -d "$2/data/corpora/click-id" ]; then
	/usr/bin/python3 -c "import sys; sys.path.insert(0, 'bench'); import analyze; analyze.clickid_files('$2')" || exit 1
	for G3 in eval/data/clickid-claims-dev/claims.json eval/data/clickid2-claims-dev/claims.json \
		eval/data/clickid3-claims-dev/claims.json eval/data/clickid-claims-heldout/claims.json; do
		[ -f "$G3" ] && /usr/bin/python3 eval/claims.py "$1" "$G3" build/bench/click-id "$2"
	done
fi
# number reading against an outside, human annotation: NER-UGM's QUANTITY
# spans (development: train.01 + dev.01; held out: test.01)
/usr/bin/python3 eval/nerugm_quantity.py "$1" "$2/data/ner/nerugm"
