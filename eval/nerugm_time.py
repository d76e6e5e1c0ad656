#!/usr/bin/env python3
"""Time-expression recognition against NER-UGM's TIME spans.

usage: nerugm_time.py WARTA_BINARY NERUGM_DIR [--misses]

NER-UGM (IndoLEM's NER-UGM, fold 1; ../shared/data/ner/nerugm) is Indonesian
news of about 2007 to 2015, tagged by people with named-entity labels; one
of them is TIME.  It is an outside, human judgement of where dates are,
written for NER and not for TimeML: it tags dates, weekdays, months and
years (`Minggu ( 24/8 )`, `2014`, `Mei lalu`) and leaves durations and
deictic words (`dua tahun`, `saat ini`, `kemarin`) untagged.  So only
recall says something here: the share of its TIME spans that a warta time
expression overlaps.  warta's extra expressions are not errors, and no
precision is printed.

Each sentence of a split becomes one paragraph of one text, analyzed with
`--raw --stages times --ref-date 2014-12-31` (the texts carry no date; the
reference date only gives relative expressions a value, which is not
scored).  train.01 and dev.01 are the development part; test.01 is held
out: its figure is printed, and its misses are never listed or tuned on.
--misses lists the development part's misses.
"""
import json
import os
import subprocess
import sys
import tempfile

NO_SPACE_BEFORE = {",", ".", ")", ";", ":", "!", "?", "%"}


def sentences(path):
    out, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur:
                out.append(cur)
                cur = []
            continue
        word, tag = line.split("\t")[:2]
        cur.append((word, tag))
    if cur:
        out.append(cur)
    return out


def detokenize(sent):
    """The sentence as text, and each token's character span in it."""
    text, offs = "", []
    for word, _ in sent:
        if text and word not in NO_SPACE_BEFORE and not text.endswith("("):
            text += " "
        a = len(text)
        text += word
        offs.append((a, len(text)))
    return text, offs


def label_spans(sent, offs, label="TIME"):
    """Character spans of the B-/I-label runs of a sentence."""
    spans, i = [], 0
    while i < len(sent):
        if sent[i][1] == "B-" + label:
            j = i + 1
            while j < len(sent) and sent[j][1] == "I-" + label:
                j += 1
            spans.append((offs[i][0], offs[j - 1][1]))
            i = j
        else:
            i += 1
    return spans


def recall(binary, paths, misses=None, label="TIME", stages="times", key="times",
           keep=lambda span: True):
    """(hits, total): the label's spans (those keep() takes) that one of
    warta's `key` items overlaps; misses, when a list, gets the others."""
    paras, golds = [], []
    for p in paths:
        for s in sentences(p):
            text, offs = detokenize(s)
            paras.append(text)
            golds.append([(a, e) for a, e in label_spans(s, offs, label) if keep(text[a:e])])
    body = "\n".join(paras) + "\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(body)
        name = f.name
    try:
        out = subprocess.run([binary, "analyze", "--raw", "--stages", stages,
                              "--ref-date", "2014-12-31", name],
                             capture_output=True, check=True).stdout.decode("utf-8")
    finally:
        os.unlink(name)
    doc = json.loads(out.split("\n")[0])
    raw = body.encode("utf-8")
    # byte offsets to character offsets
    pred = sorted((len(raw[:t["start"]].decode("utf-8")), len(raw[:t["end"]].decode("utf-8")))
                  for t in doc[key])
    hit = total = 0
    base = 0
    for text, gold in zip(paras, golds):
        for a, e in gold:
            total += 1
            if any(x < base + e and base + a < y for x, y in pred):
                hit += 1
            elif misses is not None:
                misses.append(text[max(0, a - 60):e + 30])
        base += len(text) + 1
    return hit, total


def report(argv, title, recall_fn):
    """Prints the development and held-out recall; argv: WARTA DIR [--misses]."""
    binary, d = argv[1], argv[2]
    if not os.path.isdir(d):
        print(f"nerugm: {d} missing: skipped")
        return 0
    misses = [] if "--misses" in argv[3:] else None
    print(title)
    h, n = recall_fn(binary, [os.path.join(d, "train.01.tsv"), os.path.join(d, "dev.01.tsv")], misses)
    print(f"  development (train.01 + dev.01): {h}/{n} = {100 * h / n:.2f}%")
    h, n = recall_fn(binary, [os.path.join(d, "test.01.tsv")])
    print(f"  held out (test.01, never tuned on): {h}/{n} = {100 * h / n:.2f}%")
    for m in misses or []:
        print("  miss:", m)
    return 0


if __name__ == "__main__":
    sys.exit(report(sys.argv, "NER-UGM TIME spans overlapped by a warta time expression "
                    "(recall only, see eval/nerugm_time.py):", recall))
