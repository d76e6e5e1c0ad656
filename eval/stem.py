#!/usr/bin/env python3
"""Stemmer evaluation: warta vs Snowball (libstemmer) vs hunspell id_ID.

  stem.py STEMCMP SHARED

Sastrawi's 35 integration pairs and 166 functional pairs
(data/stem/*.tsv): exact agreement.  UD Indonesian GSD test and CSUI test
(data/ud): lemma accuracy, the stem equal to the lowercased lemma, over
NOUN, VERB and ADJ tokens (words as written in the sentence).  Then
words/s of each stemmer on one core over the Detik dev articles."""
import glob
import os
import subprocess
import sys
import tempfile

stemcmp, shared = sys.argv[1], sys.argv[2]
NAMES = ("warta", "snowball", "hunspell")


def run(words):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(words) + "\n")
        path = f.name
    try:
        out = subprocess.run([stemcmp, "words", path], capture_output=True,
                             text=True, check=True).stdout
    finally:
        os.unlink(path)
    rows = [l.split("\t") for l in out.splitlines()]
    assert len(rows) == len(words), (len(rows), len(words))
    return rows


def pairs(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) == 2 and c[0]:
                out.append((c[0], c[1]))
    return out


def ud(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 4 or "-" in c[0] or "." in c[0]:
                continue
            if c[3] in ("NOUN", "VERB", "ADJ"):
                out.append((c[1], c[2].lower()))
    return out


if os.environ.get("STEM_DEV"):
    # development sets, for design decisions (test sets stay unseen)
    TEST_GSD = "/data/ud/gsd/id_gsd-ud-dev.conllu"
    TEST_CSUI = "/data/ud/csui/id_csui-ud-train.conllu"
else:
    TEST_GSD = "/data/ud/gsd/id_gsd-ud-test.conllu"
    TEST_CSUI = "/data/ud/csui/id_csui-ud-test.conllu"
sets = [
    ("Sastrawi integration pairs", pairs(shared + "/data/stem/php_integration_test_pairs.tsv"), False),
    ("Sastrawi functional pairs", pairs(shared + "/data/stem/php_functional_test_pairs.tsv"), False),
    ("UD GSD test NOUN/VERB/ADJ", ud(shared + TEST_GSD), True),
    ("UD CSUI test NOUN/VERB/ADJ", ud(shared + TEST_CSUI), True),
]
print("%-30s %7s  %-16s %-16s %-16s" % ("set", "items", *NAMES))
ud_all = [0, 0, 0]
ud_n = 0
misses = []
for name, items, is_ud in sets:
    rows = run([w for w, _ in items])
    hits = [0, 0, 0]
    for (w, gold), row in zip(items, rows):
        g = gold.lower() if is_ud else gold
        for k in range(3):
            got = row[1 + k].lower() if is_ud else row[1 + k]
            if got == g:
                hits[k] += 1
        if row[1].lower() != g:
            misses.append((name, w, g, row[1]))
    n = len(items)
    if is_ud:
        ud_n += n
        ud_all = [a + b for a, b in zip(ud_all, hits)]
        cells = ["%.3f (%d)" % (h / n, h) for h in hits]
    else:
        cells = ["%d/%d" % (h, n) for h in hits]
    print("%-30s %7d  %-16s %-16s %-16s" % (name, n, *cells))
print("%-30s %7d  %-16s %-16s %-16s" % (
    "UD GSD+CSUI test", ud_n, *["%.3f" % (h / ud_n) for h in ud_all]))
print("reference (issue 6): UD Snowball 0.812, hunspell 0.917, PySastrawi 0.928")

if os.environ.get("STEM_MISSES"):
    for m in misses:
        print("MISS\t" + "\t".join(m))

texts = sorted(glob.glob(shared + "/data/corpora/detik-dev/*.txt"))
if texts:
    print()
    print("speed on the words of %d Detik dev articles, one core:" % len(texts))
    sys.stdout.flush()
    subprocess.run([stemcmp, "speed"] + texts, check=True)
