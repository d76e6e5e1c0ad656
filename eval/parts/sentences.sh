#!/bin/sh
# Sentence splitting: UD Indonesian GSD and CSUI from raw text, and the
# Sastrawi scenarios.  $1 warta binary (unused), $2 ../shared.
/usr/bin/python3 eval/sentences.py build/eval_sentsplit "$2"
