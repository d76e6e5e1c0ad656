#!/bin/sh
# Numeric claims on our annotation of 20 Detik articles
# (eval/data/detik-claims-dev, the set tuned on), then of 14 CLICK-ID
# articles of four other outlets (eval/data/clickid-claims-heldout: held
# out, never tuned on), scored with ../shared/eval/score.py's matching.
# $1 warta binary, $2 ../shared.
D="$2/data/corpora/detik-dev"
G=eval/data/detik-claims-dev/claims.json
if [ ! -d "$D" ]; then echo "claims: $D missing: skipped"; exit 0; fi
if [ -f "$G" ]; then /usr/bin/python3 eval/claims.py "$1" "$G" "$D" "$2" || exit 1; fi
H=eval/data/clickid-claims-heldout/claims.json
if [ -f "$H" ] && [ -d "$2/data/corpora/click-id" ]; then
	/usr/bin/python3 -c "import sys; sys.path.insert(0, 'bench'); import analyze; analyze.clickid_files('$2')" || exit 1
	/usr/bin/python3 eval/claims.py "$1" "$H" build/bench/click-id "$2"
fi
