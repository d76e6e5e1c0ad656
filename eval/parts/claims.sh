#!/bin/sh
# Numeric claims on our annotation of 20 Detik articles
# (eval/data/detik-claims-dev), scored with ../shared/eval/score.py's
# matching.  $1 warta binary, $2 ../shared.
D="$2/data/corpora/detik-dev"
G=eval/data/detik-claims-dev/claims.json
if [ ! -d "$D" ]; then echo "claims: $D missing: skipped"; exit 0; fi
if [ ! -f "$G" ]; then echo "claims: $G missing: skipped"; exit 0; fi
/usr/bin/python3 eval/claims.py "$1" "$G" "$D"
