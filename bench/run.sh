#!/bin/sh
# run.sh - `make bench`: speed and memory on the corpora in ../shared.
#
# usage: bench/run.sh WARTA_BINARY SHARED_DIR
# Prints analyze throughput (articles/s, MB/s) on Detik dev and CLICK-ID,
# on one core and on all cores, with peak memory; then every
# bench/parts/*.sh (one per module).
set -u
W=$1
S=$2
/usr/bin/python3 bench/analyze.py "$W" "$S"
for part in bench/parts/*.sh; do
  [ -f "$part" ] || continue
  echo
  echo "== $(basename "$part" .sh)"
  sh "$part" "$W" "$S" || echo "(bench part $part failed with status $?)"
done
