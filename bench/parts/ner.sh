#!/bin/sh
# Entity tagger speed: tokens/s on one core over the running text of the
# Detik dev articles, and the model's load time.  $1 warta, $2 ../shared.
build/bench_ner data/models/ner.model "$2"/data/corpora/detik-dev/*.txt
