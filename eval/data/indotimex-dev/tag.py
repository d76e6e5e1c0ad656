#!/usr/bin/env python3
"""Writes the annotated development files from annotations.txt.

usage: tag.py KOMPAS_DEVELOPMENT_DIR [OUT_DIR]

annotations.txt holds, per document, a header `# DOCID` and one line per
TIMEX3 in text order: `extent | TYPE VALUE`.  The extent is looked up in
the document's <TEXT> from the end of the previous one, so a repeated
phrase is the next occurrence.  The original bytes are kept (the files are
cp1252 or UTF-8) and the tags inserted around the extents; tids from t1.
"""
import os
import re
import sys

# the annotation format is read by the eval's own reader
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from timex import load_annotations  # noqa: E402


def main():
    src = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[2] if len(sys.argv) > 2 else here
    docs = load_annotations(os.path.join(here, "annotations.txt"))
    for doc, tags in docs.items():
        raw = open(os.path.join(src, doc + ".tml"), "rb").read()
        try:
            raw.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            enc = "cp1252"
        a = raw.index(b"<TEXT>") + len(b"<TEXT>")
        b = raw.index(b"</TEXT>")
        body, pos, parts = raw[a:b], 0, []
        for k, (ext, typ, val) in enumerate(tags, 1):
            e = ext.encode(enc)
            i = body.find(e, pos)
            if i < 0:
                sys.exit(f"{doc}: {ext!r} not found after byte {pos}")
            parts.append(body[pos:i])
            parts.append(f'<TIMEX3 tid="t{k}" type="{typ}" value="{val}">'.encode() + e + b"</TIMEX3>")
            pos = i + len(e)
        parts.append(body[pos:])
        with open(os.path.join(out, doc + ".tml"), "wb") as f:
            f.write(raw[:a] + b"".join(parts) + raw[b:])
    print(f"{len(docs)} documents, {sum(len(t) for t in docs.values())} TIMEX3")


if __name__ == "__main__":
    main()
