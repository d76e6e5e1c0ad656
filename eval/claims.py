#!/usr/bin/env python3
"""Numeric claims on our annotation of Detik articles, scored as the seeds.

usage: claims.py [--mismatches] WARTA_BINARY GOLD_JSON TEXT_DIR [SHARED_DIR]

GOLD_JSON is eval/data/detik-claims-dev/claims.json: the format of
../shared/gold/seeds.json restricted to `claims` (and `optional.claims`).
Each gold document is run through `warta analyze` (with its gold
`published` as --published: CLICK-ID's texts have no date line), and the
claims are
matched with ../shared/eval/score.py's own rules (same value and measure,
one to one, optional items neither counted nor missed), so the figures
read as the seeds' `claims`, `claim_qualifier` and `claim_source`.  Beside
them, on the matched pairs: the share with the same unit, subject and date
(the fields score.py does not check), and the same without the measure
(value alone), to tell a missed number from a wrong measure.

--mismatches lists per document the gold claims missed and the
predictions with no gold, for reading (a development set; refused for a
*-heldout set, which is scored and never read to tune).
"""
import json
import os
import subprocess
import sys


def load_score(shared):
    sys.path.insert(0, os.path.join(shared, "eval"))
    import score  # noqa: E402  (../shared/eval/score.py)
    return score


def main(argv):
    show = "--mismatches" in argv
    # a *-heldout set is scored, never read to tune: no mismatches for it
    held = any(os.path.basename(os.path.dirname(os.path.abspath(a))).endswith("-heldout")
               for a in argv if a.endswith(".json"))
    if show and held:
        print("held out: figures only, no mismatches")
        show = False
    args = [a for a in argv if not a.startswith("--")]
    if len(args) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    warta, gold_path, textdir = args[:3]
    shared = args[3] if len(args) == 4 else os.path.normpath(os.path.join(textdir, "..", "..", ".."))
    sc = load_score(shared)
    gold = json.load(open(gold_path, encoding="utf-8"))
    preds = []
    for g in gold:
        pub = ["--published", g["published"]] if g.get("published") else []
        out = subprocess.run([warta, "analyze"] + pub + [os.path.join(textdir, g["doc"])],
                             capture_output=True, check=True)
        preds.append(json.loads(out.stdout.decode("utf-8").splitlines()[0]))
    tp = fp = fn = 0
    vtp = vfp = vfn = 0
    acc = {k: [0, 0] for k in ("qualifier", "source", "unit", "subject", "date")}

    def value_only(g, p):
        gv, pv = sc.num(g.get("value")), sc.num(p.get("value"))
        return gv is not None and pv is not None and abs(gv - pv) <= 1e-6 * max(1.0, abs(gv))

    for g, p in zip(gold, preds):
        gc = g.get("claims", [])
        oc = (g.get("optional") or {}).get("claims", [])
        pc = p.get("claims") or []
        a, b, c, pairs = sc.match(gc, oc, pc, sc.same_claim)
        tp, fp, fn = tp + a, fp + b, fn + c
        a, b, c, _ = sc.match(gc, oc, pc, value_only)
        vtp, vfp, vfn = vtp + a, vfp + b, vfn + c
        for gg, pp in pairs:
            acc["qualifier"][0] += sc.norm(gg.get("qualifier")) == sc.norm(pp.get("qualifier"))
            acc["qualifier"][1] += 1
            ok = sc.source_ok(gg.get("source"), pp.get("source"))
            if ok is not None:
                acc["source"][0] += ok
                acc["source"][1] += 1
            for k in ("unit", "subject"):
                acc[k][0] += sc.norm(gg.get(k)) == sc.norm(pp.get(k))
                acc[k][1] += 1
            gd, pd = str(gg.get("date") or ""), str(pp.get("date") or "")
            acc["date"][0] += bool(gd) and pd[:len(gd)] == gd
            acc["date"][1] += 1
        if show:
            used = {id(pp) for _, pp in pairs}
            got = {id(gg) for gg, _ in pairs}
            lines = []
            for gg in gc:
                if id(gg) not in got:
                    lines.append(f"  MISS  {gg.get('value')!s:>12} {gg.get('measure'):<9} {gg.get('text')}")
            for pp in pc:
                if id(pp) not in used and not any(sc.same_claim(o, pp) for o in oc):
                    lines.append(f"  EXTRA {pp.get('value')!s:>12} {pp.get('measure'):<9} {pp.get('text')}")
            for gg, pp in pairs:
                for k in ("qualifier", "unit"):
                    if sc.norm(gg.get(k)) != sc.norm(pp.get(k)):
                        lines.append(f"  {k.upper():<5} {gg.get('text')}: gold {gg.get(k)} ours {pp.get(k)}")
                if sc.source_ok(gg.get("source"), pp.get("source")) is False:
                    lines.append(f"  SOURCE {gg.get('text')}: gold {gg.get('source')} ours {pp.get('source')}")
            if lines:
                print(g["doc"])
                print("\n".join(lines))

    def prf(t, f, n):
        p = t / (t + f) if t + f else 0.0
        r = t / (t + n) if t + n else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    ng = sum(len(g.get("claims", [])) for g in gold)
    name = os.path.basename(os.path.dirname(os.path.abspath(gold_path)))
    print(f"{name}: {len(gold)} documents, {ng} gold claims")
    print(f"  {'part':<22}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn")
    for name, (t, f, n) in (("claims (value+measure)", (tp, fp, fn)),
                            ("value alone", (vtp, vfp, vfn))):
        p, r, f1 = prf(t, f, n)
        print(f"  {name:<22}{p:7.3f}{r:7.3f}{f1:7.3f}   {t}/{f}/{n}")
    print(f"  {'on matched claims':<22}{'acc':>7}{'n':>7}")
    for k, (a, n) in acc.items():
        print(f"  claim_{k:<16}{(a / n if n else 0):7.3f}{n:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
