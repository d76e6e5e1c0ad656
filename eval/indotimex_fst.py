#!/usr/bin/env python3
"""IndoTimex's own recognizer (Mirza 2015) scored by eval/timex.py.

usage: indotimex_fst.py INDOTIMEX_CHECKOUT GOLD_DIR

Optional, not part of `make eval`: it needs a checkout of
github.com/paramitamirza/IndoTimex (not in ../shared).  Its
TimexExtraction.py is Python 2 and calls a Java normalizer whose jar is a
large file; this runs only its recognition (the FST in lib/fst/timex.fst
with the token classes of lib/timex_regex.txt), through a copy of the
script made in a temporary directory with the prints made Python 3 and the
normalizer call replaced by a pass-through.  Its extents are found again
in the gold text (its tokenizer rewrites spacing) and scored with the same
strict / relaxed spans as warta; values are not scored (no normalizer).
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import timex  # noqa: E402  (eval/timex.py: parse, score, prf)

TAG = re.compile(r'<TIMEX3[^>]*>(.*?)</TIMEX3>', re.S)


def run_fst(src, gold_dir, work):
    for sub in ("lib/fst", "in", "out"):
        os.makedirs(os.path.join(work, sub), exist_ok=True)
    for f in ("lib/timex_regex.txt", "lib/fst/timex.fst"):
        shutil.copy(os.path.join(src, f), os.path.join(work, f))
    code = open(os.path.join(src, "TimexExtraction.py"), encoding="utf-8").read()
    code = re.sub(r'print (".*)$', r'print(\1)', code, flags=re.M)
    code = code.replace('open(filepath, "r").read()',
                        'open(filepath, "r", encoding="cp1252", errors="replace").read()')
    code = code.replace('"java -jar lib/timenorm-id-0.9.2-jar-with-dependencies.jar lib/id.grammar temp"',
                        '"cp temp temp_normalized"')
    code = code.replace('normalized[int(cols[0])] = cols[3]',
                        'normalized[int(cols[0])] = "X"')
    open(os.path.join(work, "TimexExtraction.py"), "w", encoding="utf-8").write(code)
    # its input: the gold files with the TIMEX3 tags of the text removed
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".tml"):
            continue
        raw = open(os.path.join(gold_dir, f), "rb").read().decode("cp1252", errors="replace")
        head, _, rest = raw.partition("<TEXT>")
        body, _, tail = rest.partition("</TEXT>")
        body = re.sub(r'</?TIMEX3[^>]*>', '', body)
        open(os.path.join(work, "in", f), "w", encoding="cp1252", errors="replace").write(
            head + "<TEXT>" + body + "</TEXT>" + tail)
    subprocess.run([sys.executable, "TimexExtraction.py", "in/", "-o", "out/"], cwd=work,
                   check=True, capture_output=True)


def spans(text, extents):
    """Byte spans of extents found in text in order, spacing ignored."""
    out, pos = [], 0
    for e in extents:
        parts = [re.escape(p) for p in re.split(r'\s+', e.strip()) if p]
        pat = r'\s*'.join(parts).replace(r'\ ', r'\s*')
        m = re.compile(pat).search(text, pos)
        if not m:
            continue
        a = len(text[:m.start()].encode())
        out.append((a, a + len(m.group(0).encode()), "X"))
        pos = m.end()
    return out


def main():
    src, gold_dir = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="indotimex-")
    try:
        run_fst(src, gold_dir, work)
        s = r = npred = ng = 0
        for f in sorted(os.listdir(os.path.join(work, "out"))):
            dct, text, gold = timex.parse(os.path.join(gold_dir, f))
            body = open(os.path.join(work, "out", f), encoding="utf-8",
                        errors="replace").read().partition("<TEXT>")[2]
            ext = [html.unescape(re.sub(r'\s+([,.;:!?)])', r'\1', m.group(1)))
                   for m in TAG.finditer(body)]
            pred = spans(text, ext)
            a, b, _ = timex.score(gold, pred)
            s += a; r += b; npred += len(pred); ng += len(gold)
        print(f"IndoTimex FST (recognition only), {os.path.basename(gold_dir.rstrip('/'))}: "
              f"{ng} gold, {npred} predicted; strict F1 {timex.prf(s, npred, ng)[2]:.2f}, "
              f"relaxed P {timex.prf(r, npred, ng)[0]:.2f} R {timex.prf(r, npred, ng)[1]:.2f} "
              f"F1 {timex.prf(r, npred, ng)[2]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
