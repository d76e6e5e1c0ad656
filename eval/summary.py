#!/usr/bin/env python3
"""ROUGE of warta's single-article summaries against Detik's human summaries.

usage: summary.py SUMMARIZE.jsonl DETIK_INDEX_JSON

SUMMARIZE.jsonl is `warta summarize` over the 801 Detik dev articles: per
article our extractive summary (3 sentences, MMR) and the lead-3 baseline
(its first three sentences after cleaning).  Reference: index.json
`summary` (human, abstractive).  ROUGE-1, ROUGE-2 and ROUGE-L F1, macro
averaged over articles; tokens are lowercased runs of letters and digits,
no stemming, no stopword removal; ROUGE-L is the LCS of the whole
summary against the whole reference.  Written here (no ROUGE package in
Debian); the definitions follow Lin (2004).
"""
import collections
import json
import os
import re
import sys

TOKEN = re.compile(r"[0-9a-z]+")


def toks(text):
    return TOKEN.findall(text.lower())


def ngrams(t, n):
    return collections.Counter(tuple(t[i:i + n]) for i in range(len(t) - n + 1))


def f1(overlap, n_sys, n_ref):
    if not overlap or not n_sys or not n_ref:
        return 0.0
    p, r = overlap / n_sys, overlap / n_ref
    return 2 * p * r / (p + r)


def rouge_n(sys_t, ref_t, n):
    s, r = ngrams(sys_t, n), ngrams(ref_t, n)
    return f1(sum((s & r).values()), sum(s.values()), sum(r.values()))


def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(sys_t, ref_t):
    return f1(lcs(sys_t, ref_t), len(sys_t), len(ref_t))


def main():
    rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    ref = {d["doc"]: d["summary"] for d in json.load(open(sys.argv[2], encoding="utf-8"))
           if d.get("summary")}
    scores = {"warta (MMR, 3 sentences)": [], "lead-3": []}
    n = 0
    for r in rows:
        doc = os.path.basename(r["path"])
        if doc not in ref:
            continue
        n += 1
        rt = toks(ref[doc])
        for name, sents in (("warta (MMR, 3 sentences)", r["summary"]), ("lead-3", r["lead"])):
            st = toks(" ".join(sents))
            scores[name].append((rouge_n(st, rt, 1), rouge_n(st, rt, 2), rouge_l(st, rt)))
    print(f"summaries: ROUGE F1 x100 on {n} Detik dev articles with a human summary")
    print(f"  {'system':28s} {'R-1':>6s} {'R-2':>6s} {'R-L':>6s}")
    for name, v in scores.items():
        if v:
            m = [100 * sum(x[i] for x in v) / len(v) for i in range(3)]
            print(f"  {name:28s} {m[0]:6.2f} {m[1]:6.2f} {m[2]:6.2f}")
    print("  (published anchors on Liputan6, another corpus: Lead-2 R-1 36.68, BertExt 38.03)")


if __name__ == "__main__":
    main()
