#!/bin/sh
# badinput.sh - hostile and broken inputs to `warta analyze`.
#
# usage: badinput.sh WARTA_BINARY
# Each case must give either a correct result or a one-line error naming the
# file, keep analyzing the other files of the call, and set the exit status
# to say whether any input failed.  Every case runs under a time bound.
set -u
W=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
pass=0
ok()  { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
run() { timeout 60 "$W" analyze "$@" >"$T/out" 2>"$T/err"; echo $? >"$T/rc"; }
lines() { wc -l <"$1" | tr -d ' '; }
# field KEY: the KEY of the first JSON line of the last run's output
field() { /usr/bin/python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())[sys.argv[2]])' "$T/out" "$1"; }

good="$T/good.txt"
printf 'Judul Berita Uji Coba\nJAKARTA - Presiden mengunjungi pasar pada Senin (6/1/2025). Warga menyambutnya.\n' >"$good"

# empty file: a result with empty text
: >"$T/empty.txt"
run "$T/empty.txt"
[ "$(cat "$T/rc")" = 0 ] && [ "$(lines "$T/out")" = 1 ] && [ -z "$(field text)" ] && ok || bad "empty file"

# a directory among good files: one error line naming it, the rest analyzed, exit 1
mkdir "$T/dir"
run "$good" "$T/dir" "$good"
[ "$(cat "$T/rc")" = 1 ] && [ "$(lines "$T/out")" = 2 ] && [ "$(lines "$T/err")" = 1 ] &&
  grep -q "$T/dir" "$T/err" && ok || bad "directory"

# a missing file
run "$T/nope.txt" "$good"
[ "$(cat "$T/rc")" = 1 ] && [ "$(lines "$T/out")" = 1 ] && grep -q 'nope.txt' "$T/err" &&
  [ "$(lines "$T/err")" = 1 ] && ok || bad "missing file"

# an unreadable file (skipped when running as root, who can read anything)
if [ "$(id -u)" != 0 ]; then
  cp "$good" "$T/noperm.txt"; chmod 000 "$T/noperm.txt"
  run "$T/noperm.txt" "$good"
  [ "$(cat "$T/rc")" = 1 ] && [ "$(lines "$T/out")" = 1 ] && ok || bad "unreadable file"
fi

# invalid UTF-8: repaired, counted in warnings, exit 0
printf 'Kalimat pertama \377\376 rusak.\nKalimat kedua \300\200 juga.\n' >"$T/bad.txt"
run "$T/bad.txt"
[ "$(cat "$T/rc")" = 0 ] && grep -q 'invalid UTF-8: 4 sequences' "$T/out" &&
  grep -q "$(printf '\357\277\275')" "$T/out" && ok || bad "invalid UTF-8"

# NUL bytes
printf 'Satu\000dua\000tiga adalah kalimat.\n' >"$T/nul.txt"
run "$T/nul.txt"
[ "$(cat "$T/rc")" = 0 ] && grep -q 'Satu' "$T/out" && grep -q 'tiga' "$T/out" && ok || bad "NUL bytes"

# Windows line endings: no CR left in the text
printf 'Judul Berita\r\nSenin, 6 Jan 2025 10:00 WIB\r\n\r\nIni paragraf pertama yang cukup panjang untuk menjadi isi berita.\r\nBaca juga: Berita lain\r\n' >"$T/crlf.txt"
run "$T/crlf.txt"
[ "$(cat "$T/rc")" = 0 ] && ! grep -q '\\r' "$T/out" && [ "$(field published)" = 2025-01-06 ] &&
  ! field text | grep -q 'Baca juga' && field text | grep -q 'paragraf pertama' && ok || bad "CRLF"

# only boilerplate: empty text, every line in removed
printf 'SCROLL TO CONTINUE WITH CONTENT\nADVERTISEMENT\nBaca juga: Sesuatu\n' >"$T/boiler.txt"
run "$T/boiler.txt"
[ "$(cat "$T/rc")" = 0 ] && [ -z "$(field text)" ] && ok || bad "only boilerplate"

# a single 1 MB line
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "kata%d ", i % 97; printf ".\n" }' >"$T/line.txt"
run "$T/line.txt"
[ "$(cat "$T/rc")" = 0 ] && [ "$(lines "$T/out")" = 1 ] && ok || bad "1 MB line"

# a 50 MB file: analyzed (it is under the 64 MiB default bound)
awk 'BEGIN { for (i = 0; i < 720000; i++) printf "Presiden Prabowo mengatakan %d orang hadir di Jakarta pada Senin.\n", i }' >"$T/big.txt"
run "$T/big.txt" "$good"
[ "$(cat "$T/rc")" = 0 ] && [ "$(lines "$T/out")" = 2 ] && ok || bad "50 MB file"

# over the bound: a clear error, the other file still analyzed
run --max-size 1000000 "$T/big.txt" "$good"
[ "$(cat "$T/rc")" = 1 ] && [ "$(lines "$T/out")" = 1 ] && grep -q 'big.txt: file too large' "$T/err" && ok || bad "too large"

# 10,000 quote marks
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "\"a "; printf "\n" }' >"$T/quotes.txt"
run "$T/quotes.txt"
[ "$(cat "$T/rc")" = 0 ] && ok || bad "10,000 quote marks"

# standard input
timeout 20 "$W" analyze - <"$good" >"$T/out" 2>"$T/err"
[ $? = 0 ] && grep -q '"path":"-"' "$T/out" && ok || bad "stdin"

echo "badinput: $((pass + fail)) cases, $pass passed, $fail failed"
[ $fail = 0 ]
