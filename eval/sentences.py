#!/usr/bin/env python3
"""Sentence splitting on UD Indonesian and the Sastrawi scenarios.

usage: sentences.py SPLITTER SHARED_DIR

UD: the raw text of a treebank is its sentences' `# text` lines joined by one
space (GSD and CSUI mark no documents or paragraphs, so the whole file is one
running text, as in raw-text evaluation); a predicted sentence counts when
its span, trimmed of white space, equals a gold sentence's.  Precision,
recall and F1 over sentences, as the CoNLL 2018 shared task scores them.
Sastrawi: each scenario of ../data/sentences/*.feature passes when the
sentences equal the expected ones.
"""
import os
import re
import subprocess
import sys


def split(splitter, text):
    data = text.encode("utf-8")
    out = subprocess.run([splitter], input=data, capture_output=True, check=True).stdout
    spans = []
    for line in out.decode().split("\n"):
        if line:
            a, b = line.split("\t")
            spans.append((int(a), int(b)))
    return data, spans


def ud(splitter, path):
    sents = [l[len("# text = "):].strip() for l in open(path, encoding="utf-8")
             if l.startswith("# text = ")]
    text = " ".join(sents)
    data, pred = split(splitter, text)
    gold, pos = set(), 0
    for s in sents:
        b = len(s.encode("utf-8"))
        gold.add((pos, pos + b))
        pos += b + 1
    tp = len(gold & set(pred))
    p = tp / len(pred) if pred else 0
    r = tp / len(gold) if gold else 0
    f = 2 * p * r / (p + r) if p + r else 0
    # gold items that the splitter ends inside, after . ! or ? (and any
    # closing quote or bracket) followed by a space and a capital letter:
    # two orthographic sentences that the treebank keeps as one item
    ends = sorted(b for _, b in pred)
    joined = 0
    for a, b in gold:
        for e in ends:
            if a < e < b and _orthographic_end(data, e):
                joined += 1
                break
    # items with no final mark (headlines): in raw text they run into the
    # next item, and no punctuation says where one ends
    bare = sum(1 for t in sents if not re.search(r'[.!?]["\u201d\u2019\')\]]*$', t))
    return len(gold), len(pred), p, r, f, joined, bare


def _orthographic_end(data, e):
    """Does the predicted end e follow . ! or ? (closers allowed) and come
    before a space and a capital letter?"""
    before = data[max(0, e - 12):e].decode("utf-8", "ignore").rstrip("\"')\u201d\u2019")
    after = data[e:e + 8].decode("utf-8", "ignore")
    return (before[-1:] in (".", "!", "?") and after[:1] == " "
            and after[1:2].isupper())


def scenarios(splitter, d):
    ok = n = 0
    failed = []
    for name in sorted(os.listdir(d)):
        if not name.endswith(".feature"):
            continue
        txt = open(os.path.join(d, name), encoding="utf-8").read()
        for sc in re.split(r"\n\s*Scenario:", txt)[1:]:
            title = sc.split("\n", 1)[0].strip()
            blocks = re.findall(r'"""\n(.*?)\n\s*"""', sc, re.S)
            if len(blocks) < 2:
                continue
            inp = "\n".join(l.strip() for l in blocks[0].split("\n"))
            want = [l.strip() for l in blocks[1].split("\n") if l.strip()]
            data, spans = split(splitter, inp)
            got = [data[a:b].decode("utf-8").strip() for a, b in spans]
            n += 1
            if got == want:
                ok += 1
            else:
                failed.append(title)
    return ok, n, failed


def main():
    splitter, shared = sys.argv[1], sys.argv[2]
    print(f"{'treebank':28} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}   (published UDPipe 2 F1)")
    notes = []
    for name, path, ref in [("UD Indonesian-GSD dev", "ud/gsd/id_gsd-ud-dev.conllu", ""),
                            ("UD Indonesian-GSD test", "ud/gsd/id_gsd-ud-test.conllu", "93.04"),
                            ("UD Indonesian-CSUI train", "ud/csui/id_csui-ud-train.conllu", ""),
                            ("UD Indonesian-CSUI test", "ud/csui/id_csui-ud-test.conllu", "91.01")]:
        full = os.path.join(shared, "data", path)
        if not os.path.exists(full):
            print(f"{name:28} missing: skipped")
            continue
        g, pr, p, r, f, joined, bare = ud(splitter, full)
        print(f"{name:28} {g:6d} {pr:6d} {100*p:6.2f} {100*r:6.2f} {100*f:6.2f}   {ref}")
        notes.append(f"  {name}: {joined} of {g} gold items hold two orthographic sentences "
                     f"that warta splits (. ! ? then a space and a capital); {bare} end "
                     f"with no mark (headlines, run into the next item in raw text)")
    for line in notes:
        print(line)
    d = os.path.join(shared, "data", "sentences")
    if os.path.isdir(d):
        ok, n, failed = scenarios(splitter, d)
        print(f"Sastrawi sentence scenarios: {ok}/{n} pass")
        for t in failed:
            print(f"  failed: {t}")


if __name__ == "__main__":
    main()
