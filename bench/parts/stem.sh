#!/bin/sh
# Stemmer speed: words/s on one core over the running text of the Detik dev
# articles, warta vs Snowball (libstemmer C) vs hunspell id_ID.
# $1 warta binary (unused), $2 ../shared.
build/eval_stemcmp speed "$2"/data/corpora/detik-dev/*.txt
