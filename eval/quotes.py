#!/usr/bin/env python3
"""Quotes on Detik: quote marks not explained and speakers found.

usage: quotes.py ANALYZE_JSONL

A quote mark in `text` is explained when it lies at or next to the span of
an extracted quote (the marks enclose the quoted words), is an apostrophe
inside a word (Jum'at), or pairs with another mark around at most five words
on one line (a quoted term or title, which is not a quote without a
speaker; counted separately).  Prints the share of unexplained marks and the
share of direct quotes with a speaker.
"""
import json
import sys

MARKS = set('"\u201c\u201d\u00ab\u00bb\u2018\u2019\'')


def short_pair(b, pos):
    """Is the mark at pos one of a pair around at most five words on one
    line (a quoted term or title: not a quote unless a speaker is named)?"""
    marks = [b'"', '\u201c'.encode(), '\u201d'.encode(), "'".encode(),
             '\u2018'.encode(), '\u2019'.encode()]
    for lo, hi in ((max(0, pos - 80), pos), (pos + 1, pos + 80)):
        seg = b[lo:hi]
        for m in marks:
            i = seg.rfind(m) if hi == pos else seg.find(m)
            if i < 0:
                continue
            inner = seg[i + len(m):] if hi == pos else seg[:i]
            if b"\n" not in inner and len(inner.split()) <= 5:
                return True
    return False


def main():
    marks = unexplained = direct = with_spk = terms = 0
    examples = []
    for line in open(sys.argv[1], encoding="utf-8"):
        p = json.loads(line)
        t = p["text"]
        b = t.encode()
        spans = []
        for q in p["quotes"]:
            if q.get("direct", True):
                direct += 1
                with_spk += q.get("speaker") is not None
            spans.append((q["start"], q["end"]))
        spans.sort()
        # byte offsets of the marks
        pos = 0
        for ch in t:
            n = len(ch.encode())
            if ch in MARKS:
                prev = b[pos - 1:pos].decode("utf-8", "ignore") if pos else " "
                nxt = b[pos + n:pos + n + 1].decode("utf-8", "ignore")
                if ch in "'\u2019" and prev.isalnum() and nxt.isalnum():
                    pos += n
                    continue
                marks += 1
                ok = any(a - 8 <= pos <= e + 8 for a, e in spans)
                if not ok and short_pair(b, pos):
                    terms += 1
                    ok = True
                if not ok:
                    unexplained += 1
                    if len(examples) < 8:
                        examples.append(t[max(0, len(b[:pos].decode('utf-8', 'ignore')) - 40):][:90])
            pos += n
    print(f"quote marks in text: {marks}; not inside or next to an extracted quote: "
          f"{unexplained} ({100 * unexplained / max(marks, 1):.2f}%)")
    print(f"  of the explained, marks around a quoted term or title of at most five "
          f"words with no speaker (kept out of quotes by design): {terms}")
    print(f"direct quotes: {direct}; with a speaker: {with_spk} ({100 * with_spk / max(direct, 1):.2f}%)")
    for e in examples:
        print("  unexplained:", e.replace("\n", " "))


if __name__ == "__main__":
    main()
