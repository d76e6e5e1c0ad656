#!/bin/sh
# demo.sh - `make demo`: the main job on the bundled examples.
#
# Analyzes every article in examples/ and shows, for each, what the cleaner
# and the analysis found; the full JSON is left in build/demo/analysis.jsonl.
set -eu
W=${1:-build/warta}
mkdir -p build/demo
"$W" analyze examples/*.txt >build/demo/analysis.jsonl
/usr/bin/python3 - build/demo/analysis.jsonl <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    print("=" * 78)
    print(f"{a['path']}  id {a['id']}")
    print(f"  outlet {a['outlet']}  published {a['published']}  byline {a['byline']}")
    print(f"  title  {a['title']}")
    if a.get("deck"):
        print(f"  deck   {a['deck']}")
    if a.get("headings"):
        print(f"  headings: {'; '.join(a['headings'])}")
    kinds = {}
    for r in a["removed"]:
        if r["kind"] != "empty":
            kinds.setdefault(r["kind"], []).append(r["text"])
    for k, v in kinds.items():
        print(f"  removed {k:9} {len(v)}: {v[0][:60]!r}{' ...' if len(v) > 1 else ''}")
    print(f"  text: {len(a['text'])} bytes, {len(a['sentences'])} sentences")
    for s, e in a["sentences"][:2]:
        print(f"    | {a['text'].encode()[s:e].decode()[:110]}")
    for k in ("entities", "times", "quotes", "claims", "events"):
        items = a.get(k) or []
        if not items:
            continue
        print(f"  {k}: {len(items)}")
        for it in items[:6]:
            if k == "entities":
                print(f"    {it['type']} {it['name']}  aliases {it['aliases']}")
            elif k == "times":
                print(f"    {it['text']!r} -> {it['value']}")
            elif k == "quotes":
                print(f"    {it['speaker']}: {it['text'][:70]!r}")
            elif k == "claims":
                print(f"    {it['value']} {it['unit']} {it['measure']} ({it['qualifier']}, source {it['source']})")
            else:
                print(f"    {it['date']} {it['action']} {it['actors']}")
print("=" * 78)
print("full analysis: build/demo/analysis.jsonl")
PY

# the stories across the examples, for a person to read, and the report
"$W" stories --format text examples/*.txt
"$W" report -o build/demo/report.html examples/*.txt
echo "report: build/demo/report.html (open it in a browser)"
