#!/usr/bin/env python3
"""Search relevance on the Detik dev articles.

  search.py WARTA SHARED

Each topic group's keyword (index.json field `group`) is the query and the
group's articles the relevant set.  The articles are ingested twice, into a
database indexed with warta's tokenizer and into one with FTS5's built-in
unicode61 (no stemming, no stopwords), and the same queries run on both:
P@10 and MAP (average precision over the whole ranking) per tokenizer."""
import collections
import json
import os
import subprocess
import sys
import tempfile

warta, shared = sys.argv[1], sys.argv[2]
det = shared + "/data/corpora/detik-dev"
index = json.load(open(det + "/index.json", encoding="utf-8"))
groups = collections.defaultdict(set)
for r in index:
    groups[r["group"]].add(r["doc"])

tmp = tempfile.mkdtemp()
TOKENIZERS = [("warta", "warta"), ("warta nostem", "warta, no stemming"),
              ("unicode61", "FTS5 unicode61")]
results = {}
for tok, label in TOKENIZERS:
    db = os.path.join(tmp, tok.replace(" ", "_") + ".db")
    subprocess.run([warta, "ingest", "--quiet", "--no-stories", "--db", db, "--tokenizer", tok, det],
                   check=True, stdout=subprocess.DEVNULL)
    p10s, aps = [], []
    for g, rel in sorted(groups.items()):
        out = subprocess.run([warta, "search", "--db", db, "--json", "--limit", "1000", g],
                             capture_output=True, text=True).stdout
        ranked = [os.path.basename(json.loads(l)["key"]) for l in out.splitlines() if l.strip()]
        hits = 0
        prec_sum = 0.0
        for k, doc in enumerate(ranked, 1):
            if doc in rel:
                hits += 1
                prec_sum += hits / k
        p10s.append(sum(1 for d in ranked[:10] if d in rel) / 10)
        aps.append(prec_sum / len(rel))
    results[label] = (sum(p10s) / len(p10s), sum(aps) / len(aps))

print("Detik dev: %d articles, %d topic groups as queries" % (len(index), len(groups)))
print("%-22s %6s %6s" % ("tokenizer", "P@10", "MAP"))
for label, (p10, mapv) in results.items():
    print("%-22s %6.3f %6.3f" % (label, p10, mapv))
for f in os.listdir(tmp):
    os.unlink(os.path.join(tmp, f))
os.rmdir(tmp)
