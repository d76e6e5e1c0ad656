#!/usr/bin/env python3
"""Time expressions on IndoTimex (TimeML) and python3-dateparser beside us.

usage: timex.py [--mismatches] [--show] [--split-weekday] WARTA_BINARY DIR|ANNOTATIONS=TEXT_DIR...

  --mismatches  list, per document, every gold TIMEX3 we missed or matched
                with another span or value, and every prediction with no
                gold (annotated directories only; never for IndoTimex's
                Kompas_test_gold nor a *-heldout set, which are for
                figures only: tune on the development golds)
  --show        list our expressions with their context for a directory
                whose texts carry no TIMEX3 annotation (IndoTimex's
                kompas_development has none: only the DCT is tagged), to
                be read against the TimeML guidelines by hand

An argument ANNOTATIONS=TEXT_DIR is an annotation file of our own over
raw articles (eval/data/detik-timex-dev: `# FILE`, then `extent | TYPE
VALUE` in text order): each FILE in TEXT_DIR goes to `warta analyze`
as a whole article (cleaned, its own `published` date as the reference),
and the gold extents are looked up, in order, in the cleaned `text` it
returns (whole words only, each after the one before), so the offsets
are warta's own.  An extent not found is an error in the annotation file.

For every .tml file: the text inside <TEXT> with its TIMEX3 tags removed is
given to `warta analyze --raw --ref-date DCT` (no cleaning, so offsets
point into it), (the DCT zero-padded: some are written 2014-12-3), and to
dateparser.search.search_dates(languages=['id'],
RELATIVE_BASE=DCT).  Recognition: strict (same span) and relaxed (spans
overlap) precision, recall and F1.  Normalization: a relaxed match whose
value equals the gold value counts; F1 over all predictions and all gold
expressions (TempEval-3 "value F1"), and accuracy over the relaxed matches.
--split-weekday adds, for IndoTimex's TimeML files, a row `warta/split`
that scores warta's output with `Rabu (11/12/2013)` split into `Rabu` and
`11/12/2013` as IndoTimex's own recognizer writes it (same values): a
diagnostic of that one extent convention, not warta's output.
Values are compared as written, except that the spec's decade 200X equals
TimeML's 200 (the one convention where ARTICLE.md and TimeML differ in
form; said again in the output).  dateparser returns datetimes, so its values are compared as full dates,
except that a gold value of a year or month is matched by the same year or
month prefix (in its favour).
"""
import html
import unicodedata
import json
import os
import re
import subprocess
import sys

TAG = re.compile(r'<TIMEX3([^>]*)>(.*?)</TIMEX3>', re.S)


def parse(path):
    raw = open(path, "rb").read()
    try:
        src = raw.decode("utf-8")
    except UnicodeDecodeError:
        src = raw.decode("cp1252", errors="replace")
    # what warta reads: LF line ends, NFC
    src = unicodedata.normalize("NFC", src.replace("\r\n", "\n").replace("\r", "\n"))
    dct = re.search(r'<DCT><TIMEX3[^>]*value="([^"]+)"', src).group(1)
    # some DCTs are written 2014-12-3: zero-pad them, or --ref-date rejects
    # the date and every relative expression goes unresolved
    y, mo, da = re.match(r'(\d{4})-(\d{1,2})-(\d{1,2})', dct).groups()
    dct = f"{y}-{int(mo):02d}-{int(da):02d}"
    body = re.search(r'<TEXT>(.*?)</TEXT>', src, re.S).group(1)
    text, gold, pos = [], [], 0
    for m in TAG.finditer(body):
        pre = html.unescape(re.sub(r'<[^>]+>', '', body[pos:m.start()]))
        text.append(pre)
        start = len("".join(text).encode())
        inner = html.unescape(re.sub(r'<[^>]+>', '', m.group(2)))
        text.append(inner)
        end = len("".join(text).encode())
        val = re.search(r'value="([^"]*)"', m.group(1))
        typ = re.search(r'type="([^"]*)"', m.group(1))
        gold.append((start, end, val.group(1) if val else "", typ.group(1) if typ else ""))
        pos = m.end()
    text.append(html.unescape(re.sub(r'<[^>]+>', '', body[pos:])))
    return dct, "".join(text), gold


def ours(warta, text, dct):
    out = subprocess.run([warta, "analyze", "--raw", "--ref-date", dct, "-"],
                         input=text.encode(), capture_output=True, check=True).stdout
    obj = json.loads(out)
    return [(t["start"], t["end"], t["value"]) for t in obj["times"]]


def load_annotations(path, refs=None):
    """{FILE: [(extent, TYPE, VALUE)]} in file order.  A header may give
    the document's publication date after its name (`# FILE 2019-09-16`,
    known from the corpus's metadata, for texts with no dateline: passed
    as --published, over any date the cleaner would read off the body);
    those go into refs."""
    docs, cur = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("##"):
            continue
        if line.startswith("# "):
            head = line[2:].split()
            cur = head[0]
            docs[cur] = []
            if len(head) > 1 and refs is not None:
                refs[cur] = head[1]
            continue
        ext, _, rest = line.rpartition(" | ")
        typ, val = rest.split()
        docs[cur].append((ext.strip(), typ, val))
    return docs


def locate(name, text, tags):
    """The gold spans (byte offsets into text) of tags, each looked up as a
    whole word after the one before."""
    gold, pos = [], 0
    for ext, typ, val in tags:
        m = re.compile(r'(?<!\w)' + re.escape(ext) + r'(?!\w)').search(text, pos)
        if not m:
            sys.exit(f"{name}: {ext!r} not found after character {pos}")
        a = len(text[:m.start()].encode())
        gold.append((a, a + len(ext.encode()), val, typ))
        pos = m.end()
    return gold


def articles(warta, annotations, textdir):
    """(name, dct, text, gold, ours) per annotated article, warta run once
    over all of them (cleaned, each with its own published date)."""
    refs = {}
    docs = load_annotations(annotations, refs)
    names = list(docs)
    if refs:  # one run per text, each with its own reference date
        out = "".join(subprocess.run([warta, "analyze", "--published", refs[n],
                                      os.path.join(textdir, n)],
                                     capture_output=True, check=True).stdout.decode()
                      for n in names)
    else:
        out = subprocess.run([warta, "analyze"] + [os.path.join(textdir, n) for n in names],
                             capture_output=True, check=True).stdout.decode()
    res = []
    for name, line in zip(names, out.splitlines()):
        obj = json.loads(line)
        text = obj["text"]
        pred = [(t["start"], t["end"], t["value"]) for t in obj["times"]]
        res.append((name, obj["published"] or refs.get(name, ""), text,
                    locate(name, text, docs[name]), pred))
    return res


def ctx(data, a, b, w=40):
    """The bytes [a, b) in brackets with w bytes either side, one line."""
    pre = data[max(0, a - w):a].decode(errors="replace")
    post = data[b:b + w].decode(errors="replace")
    mid = data[a:b].decode(errors="replace")
    return (pre + "[" + mid + "]" + post).replace("\n", " ")


def mismatches(name, text, gold, pred):
    """Prints what score() counts against us in one document."""
    data = text.encode()
    out = []
    for g in gold:
        over = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
        if not over:
            out.append(f"  MISS   {g[3]:8} {g[2]:14} {ctx(data, g[0], g[1])}")
            continue
        p = over[0]
        if (p[0], p[1]) != (g[0], g[1]):
            out.append(f"  SPAN   gold {data[g[0]:g[1]].decode(errors='replace')!r} "
                       f"ours {data[p[0]:p[1]].decode(errors='replace')!r}")
        if not same_value(g[2], p[2], False):
            out.append(f"  VALUE  gold {g[2]:14} ours {p[2]:14} {ctx(data, g[0], g[1])}")
    for p in pred:
        if not any(p[0] < g[1] and g[0] < p[1] for g in gold):
            out.append(f"  EXTRA  {p[2]:23} {ctx(data, p[0], p[1])}")
    if out:
        print(name)
        print("\n".join(out))


def show(name, text, dct, pred):
    data = text.encode()
    print(f"{name} (DCT {dct})")
    for p in pred:
        print(f"  {p[2]:18} {ctx(data, p[0], p[1])}")


def theirs(text, dct):
    import datetime
    from dateparser.search import search_dates
    base = datetime.datetime.strptime(dct, "%Y-%m-%d")
    found = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base}) or []
    res, pos, data = [], 0, text.encode()
    for sub, dt in found:
        b = sub.encode()
        i = data.find(b, pos)
        if i < 0:
            i = data.find(b)
        if i < 0:
            continue
        pos = i + len(b)
        res.append((i, i + len(b), dt.strftime("%Y-%m-%d")))
    return res


def same_value(g, p, lenient):
    if g == p:
        return True
    # Convention map: ARTICLE.md writes a decade 200X, TimeML 200; the
    # article JSON keeps the spec's form and the eval counts both as one.
    if len(g) == 3 and g.isdigit() and p == g + "X":
        return True
    return lenient and len(g) in (4, 7) and p.startswith(g)


def score(gold, pred, lenient=False):
    strict = sum(1 for p in pred if any(p[0] == g[0] and p[1] == g[1] for g in gold))
    used, rel, val = set(), 0, 0
    for p in pred:
        for k, g in enumerate(gold):
            if k not in used and p[0] < g[1] and g[0] < p[1]:
                used.add(k)
                rel += 1
                val += same_value(g[2], p[2], lenient)
                break
    return strict, rel, val


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0
    r = tp / ng if ng else 0
    return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0)


def main():
    args = sys.argv[1:]
    want_mis = "--mismatches" in args
    want_show = "--show" in args
    want_split = "--split-weekday" in args
    args = [a for a in args if a not in ("--mismatches", "--show", "--split-weekday")]
    warta = args[0]
    try:
        import dateparser  # noqa: F401
        have_dp = True
    except ImportError:
        have_dp = False
    for d in args[1:]:
        if "=" in d:
            annotations, textdir = d.split("=", 1)
            label = os.path.basename(os.path.dirname(os.path.abspath(annotations)))
            if not os.path.isfile(annotations) or not os.path.isdir(textdir):
                print(f"{label}: {annotations} or {textdir} missing, skipped")
                continue
            docs = articles(warta, annotations, textdir)
            held = label.endswith("-heldout")  # scored, never read to tune
            if want_mis and held:
                print(f"{label}: held out: figures only, no mismatches")
            report(label, docs, want_mis and not held, have_dp)
            continue
        if not os.path.isdir(d):
            print(f"{d}: missing, skipped")
            continue
        files = sorted(f for f in os.listdir(d) if f.endswith(".tml"))
        if not any("<TIMEX3" in open(os.path.join(d, f), "rb").read().decode("latin-1").split("<TEXT>", 1)[-1]
                   for f in files):
            print(f"{os.path.basename(d.rstrip('/'))}: no TIMEX3 annotations in the text: "
                  f"no figures{' (our expressions below)' if want_show else ''}")
            if want_show:
                for f in files:
                    dct, text, _ = parse(os.path.join(d, f))
                    show(f, text, dct, ours(warta, text, dct))
            continue
        test_gold = os.path.basename(os.path.abspath(d)) == "Kompas_test_gold"
        if want_mis and test_gold:
            print(f"{os.path.basename(d.rstrip('/'))}: test gold: figures only, no mismatches")
        docs = []
        for f in files:
            dct, text, gold = parse(os.path.join(d, f))
            docs.append((f, dct, text, gold, ours(warta, text, dct)))
        report(os.path.basename(d.rstrip('/')), docs, want_mis and not test_gold, have_dp,
               split=want_split)


WEEKDAY_DATE = re.compile(r'((?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) )\((\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)$')


def split_weekday(text, pred):
    """warta's expressions with `Rabu (11/12/2013)` written as IndoTimex's
    recognizer writes it, two expressions `Rabu` and `11/12/2013` with one
    value: a diagnostic of how much of the strict gap on IndoTimex is that
    extent convention (ARTICLE.md and the seeds keep one expression, and
    warta's output does)."""
    data, out = text.encode(), []
    for a, b, v in pred:
        m = WEEKDAY_DATE.match(data[a:b].decode(errors="replace"))
        if not m:
            out.append((a, b, v))
            continue
        day = len(m.group(1).rstrip().encode())
        d0 = a + len(m.group(1).encode()) + 1
        out.append((a, a + day, v))
        out.append((d0, d0 + len(m.group(2).encode()), v))
    return out


def report(label, docs, want_mis, have_dp, split=False):
    """Prints the figures of one gold set: docs are (name, dct, text, gold,
    ours); mismatches per document when asked."""
    tot = {"warta": [0, 0, 0, 0], "dateparser": [0, 0, 0, 0], "warta/split": [0, 0, 0, 0]}
    ng = 0
    for f, dct, text, gold, mine in docs:
        ng += len(gold)
        if want_mis:
            mismatches(f, text, gold, mine)
        systems = [("warta", mine, False)]
        if split:
            systems.append(("warta/split", split_weekday(text, mine), False))
        if have_dp:
            systems.append(("dateparser", theirs(text, dct), True))
        for name, pred, lenient in systems:
            s, r, v = score(gold, pred, lenient)
            t = tot[name]
            t[0] += s; t[1] += r; t[2] += v; t[3] += len(pred)
    print(f"{label}: {len(docs)} documents, {ng} gold TIMEX3 "
          f"(values: a decade 200X, ARTICLE.md's form, counts as TimeML's 200)")
    print(f"  {'system':12} {'strict F1':>9} {'relaxed P':>9} {'R':>6} {'F1':>6} "
          f"{'value P':>8} {'R':>6} {'F1':>6} {'value acc':>9}")
    for name in ("warta", "dateparser") + (("warta/split",) if split else ()):
        if name == "dateparser" and not have_dp:
            print("  dateparser   not installed (Debian python3-dateparser): skipped")
            continue
        s, r, v, npred = tot[name]
        sf = prf(s, npred, ng)[2]
        rp, rr, rf = prf(r, npred, ng)
        vp, vr, vf = prf(v, npred, ng)
        acc = 100 * v / r if r else 0
        print(f"  {name:12} {sf:9.2f} {rp:9.2f} {rr:6.2f} {rf:6.2f} "
              f"{vp:8.2f} {vr:6.2f} {vf:6.2f} {acc:9.2f}")


if __name__ == "__main__":
    main()
