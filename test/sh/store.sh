#!/bin/sh
# `warta ingest` and `warta search`: idempotent ingest, versions, CSV and
# JSON Lines with a field mapping, bad records reported without losing the
# rest, stem matching, phrases and filters.
set -u
W=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "store: $*"; exit 1; }
DB="$T/w.db"

# text files, twice: stored once
"$W" ingest --db "$DB" examples/ > "$T/o1" || fail "ingest failed"
grep -q "3 added" "$T/o1" || fail "first ingest: $(cat "$T/o1")"
"$W" ingest --db "$DB" examples/ > "$T/o2" || fail "second ingest failed"
grep -q "0 added, 0 new versions, 3 unchanged" "$T/o2" || fail "not idempotent: $(cat "$T/o2")"

# the same text under another path: stored once, the copy recorded
mkdir "$T/cp" && cp examples/01_*.txt "$T/cp/syndicated.txt"
"$W" ingest --db "$DB" "$T/cp" > "$T/o2b" || fail "copy ingest failed"
grep -q "0 added, 0 new versions, 1 unchanged" "$T/o2b" || fail "copy stored again: $(cat "$T/o2b")"
[ "$(sqlite3 "$DB" "select count(*) from copies where key like '%syndicated.txt'")" = 1 ] ||
  fail "copy not recorded"
"$W" ingest --db "$DB" "$T/cp" > /dev/null || fail "copy ingest again failed"
[ "$(sqlite3 "$DB" "select count(*) from copies")" = 1 ] || fail "copy recorded twice"

# stem matching: "pencarian" (search) finds "dilanjutkan pencarian"/"mencari"
"$W" search --db "$DB" --json "mengungsi" > "$T/s1" || fail "search failed"
[ "$(wc -l < "$T/s1")" -ge 1 ] || fail "no hit for mengungsi"
"$W" search --db "$DB" --json "pengungsian" | grep -q 02_warta_sulteng || fail "pengungsian does not find mengungsi"
"$W" search --db "$DB" --json '"gempa susulan"' | grep -q 01_kabarsatu || fail "phrase"
[ "$("$W" search --db "$DB" --json --outlet kabarsatu gempa | wc -l)" -eq 1 ] || fail "outlet filter"
[ "$("$W" search --db "$DB" --json --from 2025-03-12 --to 2025-03-12 gempa | wc -l)" -eq 2 ] || fail "date filter"
"$W" search --db "$DB" --json --entity "Hendra Wijaya" gempa | grep -q 02_warta_sulteng || fail "entity filter"
"$W" search --db "$DB" "Jong-un AND (gempa OR \"x\"" > /dev/null 2>&1
[ $? -eq 2 ] || fail "a malformed query must be a usage error"

# an edited article is a new version; only the latest is searched
mkdir "$T/ed"
sed 's/tertimpa bangunan/tertimpa atap/' examples/01_kabarsatu.txt > "$T/ed/a.txt"
"$W" ingest --db "$DB" "$T/ed" > /dev/null || fail "ingest copy"
sed 's/tertimpa bangunan/tertimpa tembok/' examples/01_kabarsatu.txt > "$T/ed/a.txt"
"$W" ingest --db "$DB" "$T/ed" > "$T/o3" || fail "ingest edit"
grep -q "1 new versions" "$T/o3" || fail "edit is not a version: $(cat "$T/o3")"
[ "$(sqlite3 "$DB" "select count(*) from articles where key='$T/ed/a.txt'")" = 2 ] || fail "versions kept"
[ "$("$W" search --db "$DB" --json tembok | wc -l)" -eq 1 ] || fail "latest version searchable"
[ "$("$W" search --db "$DB" --json atap | wc -l)" -eq 0 ] || fail "old version still searched"

# CSV: header mapping, quoted commas and newlines, Excel serial dates,
# a row without a body reported, the rest stored
cat > "$T/a.csv" <<'CSV'
judul,isi,tgl,jam,media,tautan
"Harga Beras Naik, Pedagang Mengeluh","Harga beras di Pasar Induk naik 10 persen.
""Pembeli berkurang,"" kata Siti, pedagang.",43718,21:48 WIB,Kompas.com,https://x.id/1
Tanpa Isi,,43719,-,Kompas.com,https://x.id/2
Banjir Rendam Bekasi,Banjir merendam ratusan rumah di Bekasi.,43720,-,Tempo.co,https://x.id/3
Longsor di Bogor,"Longsor menimbun 12 rumah di Desa Sukajaya, Bogor.
Warga mengungsi ke balai desa.
Petugas masih membersihkan material longsor.",43721,-,Tempo.co,https://x.id/4
CSV
"$W" ingest --db "$T/c.db" --field title=judul --field body=isi --field date=tgl \
  --field time=jam --field outlet=media --field key=tautan "$T/a.csv" > "$T/o4" 2> "$T/e4"
[ $? -eq 1 ] || fail "a bad CSV row must give status 1"
grep -q "record 3 has no isi" "$T/e4" || fail "bad row not reported: $(cat "$T/e4")"
grep -q "3 added" "$T/o4" || fail "csv rows: $(cat "$T/o4")"
# a record's body is all body: its one-sentence lede is no deck
[ "$(sqlite3 "$T/c.db" "select count(*) from claims c join articles a on a.id = c.article_id where a.key='https://x.id/4' and c.value = 12")" = 1 ] ||
  fail "a record's lede was taken for a deck"
[ "$(sqlite3 "$T/c.db" "select published||'|'||outlet||'|'||title from articles where key='https://x.id/1'")" = \
  "2019-09-10T21:48|Kompas.com|Harga Beras Naik, Pedagang Mengeluh" ] || fail "csv fields: $(sqlite3 "$T/c.db" 'select published, outlet, title from articles')"
"$W" search --db "$T/c.db" --json pembelian | grep -q "x.id/1" || fail "csv body not searchable"

# JSON Lines: a broken line is reported, the others stored
printf '%s\n' '{"title":"Gempa Cianjur","text":"Gempa mengguncang Cianjur pagi ini.","date":"2022-11-21"}' \
  '{"title": broken' '{"title":"Kabut Asap","text":"Kabut asap menyelimuti Pekanbaru.","date":"2019-09-15"}' > "$T/a.jsonl"
"$W" ingest --db "$T/j.db" --field body=text "$T/a.jsonl" "$T/missing.txt" > "$T/o5" 2> "$T/e5"
[ $? -eq 1 ] || fail "bad JSON line must give status 1"
grep -q "a.jsonl:2" "$T/e5" || fail "bad line not reported"
grep -q "missing.txt" "$T/e5" || fail "unreadable file not reported"
grep -q "2 added" "$T/o5" || fail "jsonl: $(cat "$T/o5")"

# the schema version is recorded; a newer database is refused
[ "$(sqlite3 "$DB" 'pragma user_version')" -ge 1 ] || fail "schema version"
sqlite3 "$T/c.db" 'pragma user_version = 999'
"$W" search --db "$T/c.db" beras > /dev/null 2> "$T/e6" && fail "newer schema accepted"
grep -q "newer\|not a warta" "$T/e6" || fail "unclear schema error: $(cat "$T/e6")"
exit 0
