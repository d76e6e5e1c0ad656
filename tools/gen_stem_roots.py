#!/usr/bin/env python3
"""Roots that hunspell-id's id_ID.dic lacks, taken from the lemmas of the
UD Indonesian GSD dev and CSUI train treebanks (CC BY-SA 4.0).  Test files
are never read.  Usage: gen_stem_roots.py DIC UD_DIR > data/stem_roots.txt"""
import re, sys

dic_path, ud = sys.argv[1], sys.argv[2]
known = set()
with open(dic_path, encoding="latin-1") as f:
    next(f)
    for line in f:
        known.add(line.split("/")[0].strip().lower())

files = [ud + "/gsd/id_gsd-ud-dev.conllu", ud + "/csui/id_csui-ud-train.conllu"]
seen = {}
for path in files:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 4 or "-" in c[0] or "." in c[0]:
                continue
            if c[3] not in ("NOUN", "VERB", "ADJ", "ADV"):
                continue
            lem = c[2].lower()
            if not re.fullmatch(r"[a-z]{3,}(-[a-z]+)?", lem) or lem in known:
                continue
            # only roots that are attested bare or carry an affix in the
            # treebank, so one-off tokenisation noise stays out
            seen.setdefault(lem, set()).add(c[1].lower())

print("# stem_roots: Indonesian roots missing from hunspell-id's id_ID.dic,")
print("# from UD Indonesian GSD dev and CSUI train lemmas (CC BY-SA 4.0);")
print("# regenerate with tools/gen_stem_roots.py.  One root per line.")
INFL = ("nya", "ku", "mu", "lah", "kah", "pun")


def derived(form, lem):
    """form carries a derivational affix around lem (not just a clitic)."""
    if form == lem or lem not in form and not form.endswith(lem[1:]):
        return form != lem and len(form) > len(lem)
    i = form.find(lem)
    head, tail = form[:i], form[i + len(lem):]
    while tail.endswith(INFL):
        tail = tail[: -len(next(x for x in INFL if tail.endswith(x)))]
    return bool(head or tail)


for lem in sorted(seen):
    if any(derived(f, lem) for f in seen[lem]):
        print(lem)
