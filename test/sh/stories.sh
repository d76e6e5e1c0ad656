#!/bin/sh
# Stories from the database: the same as from the files; kept in the
# database and refreshed when articles were stored since; `warta story ID`;
# an unknown story is an error; `warta report --db`.
set -u
W=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "stories: $*"; exit 1; }
DB="$T/w.db"

"$W" stories examples/*.txt > "$T/files.jsonl" || fail "stories from files failed"
"$W" ingest --db "$DB" --no-stories examples/ > /dev/null || fail "ingest failed"
[ "$(sqlite3 "$DB" 'select count(*) from stories')" = 0 ] || fail "--no-stories stored stories"
"$W" stories --db "$DB" > "$T/db.jsonl" || fail "stories --db failed"
cmp -s "$T/files.jsonl" "$T/db.jsonl" || fail "stories from the database differ from stories from the files"
n=$(wc -l < "$T/db.jsonl")
[ "$(sqlite3 "$DB" 'select count(*) from stories')" = "$n" ] || fail "stories not stored"
[ "$(sqlite3 "$DB" 'select count(*) from story_members')" = 3 ] || fail "members not stored"

id=$(head -n 1 "$T/db.jsonl" | sed 's/^{"id":"\([^"]*\)".*/\1/')
"$W" story "$id" --db "$DB" > "$T/one.jsonl" || fail "story $id failed"
head -n 1 "$T/db.jsonl" | cmp -s - "$T/one.jsonl" || fail "story $id differs from its line in stories"
"$W" story "$id" --db "$DB" --format text | grep -q "^STORY $id" || fail "story --format text"
"$W" story no-such-story --db "$DB" > /dev/null 2>&1
[ $? -eq 1 ] || fail "an unknown story must exit 1"

# a new article makes the stored stories stale; ingest refreshes them
mkdir "$T/more"
sed 's/gempa/banjir/g' examples/01_kabarsatu.txt > "$T/more/x.txt"
"$W" ingest --db "$DB" "$T/more" > "$T/o" || fail "second ingest failed"
grep -q "^stories: " "$T/o" || fail "ingest did not refresh the stories: $(cat "$T/o")"
[ "$(sqlite3 "$DB" 'select count(*) from story_members')" = 4 ] || fail "new member not stored"

"$W" report --db "$DB" -o "$T/r.html" || fail "report --db failed"
grep -q '<svg class="tl"' "$T/r.html" || fail "report --db has no timeline"

# summarize: three sentences of the article, in reading order
"$W" summarize examples/01_kabarsatu.txt > "$T/sum.json" || fail "summarize failed"
/usr/bin/python3 - "$T/sum.json" examples/01_kabarsatu.txt <<'PY' || fail "summarize output"
import json, sys
r = json.loads(open(sys.argv[1]).read())
text = open(sys.argv[2]).read()
pos = [text.find(s) for s in r["summary"]]
assert len(r["summary"]) == 3 and len(r["lead"]) == 3, r
assert all(p >= 0 for p in pos) and pos == sorted(pos), pos
PY
exit 0
