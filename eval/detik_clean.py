#!/usr/bin/env python3
"""Cleaning figures on the Detik dev articles.

usage: detik_clean.py DETIK_DIR ANALYZE.jsonl

- boilerplate left: input lines that are known Detik boilerplate (the
  patterns below, written independently of data/boilerplate.txt) and still
  appear as a line of `text`;
- body lines lost: input lines that are neither that boilerplate, nor the
  title (index.json) nor the date line, yet are absent from `text` and from
  `headings` (a heading is kept as a heading, not lost);
- published: output `published` equal to index.json's date.
"""
import json
import os
import re
import sys
import unicodedata


def clean(s):
    return unicodedata.normalize("NFC", s.replace("\u00a0", " ")).strip()

KNOWN = [
    re.compile(r"^SCROLL TO CONTINUE WITH CONTENT$"),
    re.compile(r"^ADVERTISEMENT$"),
    re.compile(r"^Tonton juga .* di sini:?$", re.I),
    re.compile(r"^(Simak|Tonton|Lihat) juga [Vv]ideo"),
    re.compile(r"^Saksikan Live ?Detik", re.I),
    re.compile(r"^\[Gambas:"),
    re.compile(r"^Baca juga:", re.I),
    re.compile(r"^Lihat [Vv]ideo"),
    re.compile(r"^(Editor|Penulis|Reporter) ?:"),
]
DATE = re.compile(r"^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w+ \d{4} \d{2}:\d{2} WIB$")


def main():
    d, pred = sys.argv[1], sys.argv[2]
    index = {x["doc"]: x for x in json.load(open(os.path.join(d, "index.json"), encoding="utf-8"))}
    out = {}
    for line in open(pred, encoding="utf-8"):
        o = json.loads(line)
        out[os.path.basename(o["path"])] = o
    left = lost = body = known = pub_ok = n = title_ok = 0
    examples_left, examples_lost = [], []
    for doc, meta in sorted(index.items()):
        o = out.get(doc)
        if o is None:
            continue
        n += 1
        pub_ok += o.get("published") == meta.get("published")
        title_ok += (o.get("title") or "").strip() == meta.get("title", "").strip()
        text_lines = set(clean(l) for l in o["text"].split("\n"))
        heads = set(h.strip() for h in o.get("headings") or [])
        heads |= set(h + ":" for h in heads)
        raw = open(os.path.join(d, doc), encoding="utf-8", errors="replace").read().split("\n")
        for l in raw:
            s = clean(l)
            if not s:
                continue
            if any(p.search(s) for p in KNOWN):
                known += 1
                if s in text_lines:
                    left += 1
                    examples_left.append((doc, s))
                continue
            if s == meta.get("title", "").strip() or DATE.match(s):
                continue
            body += 1
            if s not in text_lines and s not in heads and not any(s in t for t in text_lines):
                lost += 1
                examples_lost.append((doc, s))
    print(f"articles {n}; published matches index.json: {pub_ok}/{n}; title matches: {title_ok}/{n}")
    print(f"known boilerplate lines: {known}, left in text: {left}")
    print(f"body lines: {body}, lost (not in text or headings): {lost} ({100.0 * lost / max(body, 1):.2f}%)")
    for doc, s in examples_left[:5]:
        print(f"  left  {doc}: {s[:100]}")
    for doc, s in examples_lost[:10]:
        print(f"  lost  {doc}: {s[:100]}")


if __name__ == "__main__":
    main()
