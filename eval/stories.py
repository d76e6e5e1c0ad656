#!/usr/bin/env python3
"""Stories: the seed checks and clustering of the Detik dev articles.

usage: stories.py SEEDS_ONLY.jsonl SEEDS_PLUS_DETIK.jsonl DETIK_INDEX_JSON

Seeds: exactly one story holding all five; its timeline holds the dated
events the brief names, each with its sources; its claims show North
Korean soldiers killed, 600 (at least) against about 2,000, marked as a
conflict; deployed troops with their values and sources.
Seeds + Detik: the seed story still holds exactly the five seeds, and the
Detik articles' stories are compared with Detik's topic groups (index.json
`group`): purity, inverse purity and their F1 (a standard check of
clustering against classes; groups are topics, coarser than stories).
"""
import collections
import json
import os
import sys


def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def seeds_check(stories):
    seedish = [s for s in stories if any("/seeds/" in a["path"] for a in s["articles"])]
    ok = True
    def check(cond, what):
        nonlocal ok
        print(f"  [{'ok' if cond else 'FAIL'}] {what}")
        ok = ok and cond
    check(len(seedish) == 1 and len(seedish[0]["articles"]) == 5,
          f"one story holds all five seeds (stories with seeds: {len(seedish)}, "
          f"sizes {[len(s['articles']) for s in seedish]})")
    if not seedish:
        return False
    s = max(seedish, key=lambda s: len(s["articles"]))
    rows = s["timeline"]
    for date, action in [("2024-06-18", "sign"), ("2025-09-03", "meet"), ("2025-12-27", None),
                         ("2026-01-01", None), ("2026-01-09", None)]:
        hit = [r for r in rows if r["date"] == date and (action is None or r["action"] == action)]
        check(bool(hit) and all(r["sources"] for r in hit),
              f"timeline has {date} {action or 'letter/statement'} with sources "
              f"({len(hit[0]['sources']) if hit else 0} source(s))")
    killed = [c for c in s["claims"] if c["measure"] == "killed"]
    vals = [(v["value"], v["qualifier"], v["date"], v["source"]) for c in killed for v in c["values"]]
    has600 = any(v[0] == 600 and v[1] == "at_least" for v in vals)
    has2000 = any(v[0] == 2000 and v[1] == "about" for v in vals)
    conflict = any(c["conflict"] for c in killed
                   if any(v["value"] == 600 for v in c["values"]) and
                   any(v["value"] == 2000 for v in c["values"]))
    check(has600 and has2000 and conflict,
          f"killed: 600 at least vs about 2,000 marked as a conflict {sorted(set(vals))}")
    dep = [c for c in s["claims"] if c["measure"] == "deployed" and c["unit"] == "tentara"]
    dvals = sorted({(v["value"], v["qualifier"], v["date"]) for c in dep for v in c["values"]},
                   key=lambda x: x[2] or "")
    check(any(v[0] == 15000 for v in dvals) and all(v["source"] for c in dep for v in c["values"]
                                                    if v["value"] >= 1000),
          f"deployed troops from thousands to 15,000 with sources {dvals}")
    return ok


def detik_check(stories, index):
    group = {d["doc"]: d["group"] for d in index}
    seedish = [s for s in stories if any("/seeds/" in a["path"] for a in s["articles"])]
    pure = (len(seedish) == 1 and len(seedish[0]["articles"]) == 5 and
            all("/seeds/" in a["path"] for a in seedish[0]["articles"]))
    print(f"  [{'ok' if pure else 'FAIL'}] with the 801 Detik articles the seed story still "
          f"holds exactly the five seeds")
    clusters = []
    for s in stories:
        docs = [os.path.basename(a["path"]) for a in s["articles"] if os.path.basename(a["path"]) in group]
        if docs:
            clusters.append(docs)
    n = sum(len(c) for c in clusters)
    purity = sum(collections.Counter(group[d] for d in c).most_common(1)[0][1] for c in clusters) / n
    by_group = collections.defaultdict(list)
    for i, c in enumerate(clusters):
        for d in c:
            by_group[group[d]].append(i)
    inv = sum(collections.Counter(v).most_common(1)[0][1] for v in by_group.values()) / n
    f = 2 * purity * inv / (purity + inv)
    multi = sum(1 for c in clusters if len(c) > 1)
    print(f"  Detik: {n} articles in {len(clusters)} stories ({multi} with more than one "
          f"article); {len(by_group)} topic groups; purity {purity:.3f}, inverse purity "
          f"{inv:.3f}, F1 {f:.3f}")
    # how each story's members spread over the topic groups: a story over
    # several groups is either a story the topics cut across or a bug
    spread = []
    for s in stories:
        docs = [os.path.basename(a["path"]) for a in s["articles"]
                if os.path.basename(a["path"]) in group]
        g = collections.Counter(group[d] for d in docs)
        if len(g) > 1:
            spread.append((len(docs), s["title"], g.most_common()))
    spread.sort(key=lambda x: -x[0])
    print(f"  stories over more than one topic group: {len(spread)} of {multi}; largest:")
    for n_docs, title, groups in spread[:8]:
        print(f"    {n_docs:3d} {title[:60]!r}: " +
              ", ".join(f"{g} {k}" for g, k in groups[:4]))
    dups = sum(1 for s in stories for a in s["articles"] if a.get("duplicate_of"))
    print(f"  near-duplicates marked: {dups}")
    return pure


def main():
    seeds, both, index = sys.argv[1], sys.argv[2], sys.argv[3]
    print("seeds alone:")
    seeds_check(load(seeds))
    if os.path.exists(index):
        print("seeds + Detik dev:")
        detik_check(load(both), json.load(open(index, encoding="utf-8")))


if __name__ == "__main__":
    main()
