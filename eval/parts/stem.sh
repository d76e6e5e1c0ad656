#!/bin/sh
# Stemmer: Sastrawi pairs and UD lemma accuracy, warta vs Snowball vs
# hunspell, and words/s.  $1 warta binary (unused), $2 ../shared.
/usr/bin/python3 eval/stem.py build/eval_stemcmp "$2"
