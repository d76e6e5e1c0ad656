#!/bin/sh
# Ingest all CLICK-ID CSVs (22,136 rows) into a fresh database on all
# cores: articles/s and database size; the stories of the whole store
# (time, memory, near-duplicates); then query latency over that
# database (Detik topic keywords and CLICK-ID headline words).
# $1 warta binary, $2 ../shared.
set -u
W=$1
S=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
C="$S/data/corpora/click-id"
echo "ingest CLICK-ID ($(ls "$C"/*.csv | wc -l) CSV files, $(du -sh "$C" | cut -f1)) on $(nproc) cores:"
"$W" ingest --quiet --no-stories --db "$T/click.db" --field body=content --field outlet=source "$C" 2>"$T/err"
echo "(records without a body, reported and skipped: $(grep -c 'has no content' "$T/err"))"
echo "database: $(du -h "$T/click.db" | cut -f1) ($(sqlite3 "$T/click.db" 'select count(*) from articles') articles)"
# stories over the whole store: read back, near-duplicates, clustering,
# timelines, claims, summaries, stored (wall time and peak memory)
/usr/bin/time -f "%e %M" -o "$T/time" "$W" stories --db "$T/click.db" > "$T/stories.jsonl"
read -r secs kb < "$T/time"
/usr/bin/python3 - "$T/stories.jsonl" "$secs" "$kb" <<'PY'
import json, sys
S = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
n = sum(len(s["articles"]) for s in S)
dups = sum(1 for s in S for a in s["articles"] if a.get("duplicate_of"))
multi = sum(1 for s in S if len(s["articles"]) > 1)
print(f"stories of CLICK-ID: {n} articles in {len(S)} stories ({multi} with more than one "
      f"article, largest {max(len(s['articles']) for s in S)}); near-duplicates (syndicated "
      f"copies) found: {dups}; {float(sys.argv[2]):.1f} s, peak memory "
      f"{int(sys.argv[3]) / 1024:.0f} MB (bar: 60 s, 2 GB)")
PY
/usr/bin/python3 - "$S" > "$T/queries" <<'PY'
import collections, csv, glob, json, re, sys
s = sys.argv[1]
qs = sorted({r["group"] for r in json.load(open(s + "/data/corpora/detik-dev/index.json"))})
csv.field_size_limit(1 << 30)
words = collections.Counter()
for f in sorted(glob.glob(s + "/data/corpora/click-id/*.csv")):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", r["title"]))
qs += [w for w, _ in words.most_common(60)]
qs += ["%s %s" % (a, b) for (a, _), (b, _) in zip(words.most_common(20), words.most_common(40)[20:])]
print("\n".join(qs))
PY
echo "search latency, $(wc -l < "$T/queries") queries, top 10 with snippets:"
build/bench_search "$T/click.db" "$T/queries" 4
