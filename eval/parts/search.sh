#!/bin/sh
# Search relevance: P@10 and MAP on the Detik dev topic groups, warta's
# tokenizer vs FTS5 unicode61.  $1 warta binary, $2 ../shared.
/usr/bin/python3 eval/search.py "$1" "$2"
