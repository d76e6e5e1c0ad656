#!/usr/bin/env python3
"""Golden tests for `warta analyze`.

usage: golden.py WARTA_BINARY CORPUS_DIR

For every CORPUS_DIR/NAME.txt with a NAME.expected.json beside it, runs
`warta analyze NAME.txt` (plus the options in NAME.args, if present) and
checks that every key of the expected object equals the output's.  Expected
lists of objects are compared item by item on the keys each expected item
has, so a golden file states only what it is about and later stages can add
fields.  A key "absent" lists values that must NOT appear: {"absent":
{"text": ["Baca juga"]}} fails when the output's text contains "Baca juga".
"""
import json
import os
import subprocess
import sys


def sub_match(want, got, path):
    """Returns a list of differences between want and got (want ⊆ got)."""
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return [f"{path}: want object, got {json.dumps(got)[:80]}"]
        out = []
        for k, v in want.items():
            if k not in got:
                out.append(f"{path}.{k}: missing")
            else:
                out.extend(sub_match(v, got[k], f"{path}.{k}"))
        return out
    if isinstance(want, list):
        if not isinstance(got, list) or len(want) != len(got):
            return [f"{path}: want {json.dumps(want, ensure_ascii=False)[:300]}, "
                    f"got {json.dumps(got, ensure_ascii=False)[:300]}"]
        out = []
        for i, (w, g) in enumerate(zip(want, got)):
            out.extend(sub_match(w, g, f"{path}[{i}]"))
        return out
    if want != got:
        return [f"{path}: want {json.dumps(want, ensure_ascii=False)}, "
                f"got {json.dumps(got, ensure_ascii=False)}"]
    return []


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    names = sorted(f[:-4] for f in os.listdir(corpus)
                   if f.endswith(".txt") and
                   os.path.exists(os.path.join(corpus, f[:-4] + ".expected.json")))
    failed = 0
    for name in names:
        txt = os.path.join(corpus, name + ".txt")
        args = []
        argf = os.path.join(corpus, name + ".args")
        if os.path.exists(argf):
            args = open(argf, encoding="utf-8").read().split()
        want = json.load(open(os.path.join(corpus, name + ".expected.json"),
                              encoding="utf-8"))
        absent = want.pop("absent", {})
        p = subprocess.run([binary, "analyze"] + args + [txt],
                           capture_output=True, timeout=60)
        errs = []
        if p.returncode != 0:
            errs.append(f"exit {p.returncode}: {p.stderr.decode(errors='replace')[:300]}")
        else:
            got = json.loads(p.stdout.decode("utf-8").splitlines()[0])
            errs = sub_match(want, got, name)
            for k, vals in absent.items():
                hay = json.dumps(got.get(k), ensure_ascii=False) if not isinstance(got.get(k), str) else got.get(k)
                for v in vals:
                    if v in hay:
                        errs.append(f"{name}.{k}: must not contain {v!r}")
        if errs:
            failed += 1
            print(f"FAIL {name}")
            for e in errs[:20]:
                print("   ", e)
    print(f"golden: {len(names)} files, {len(names) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
