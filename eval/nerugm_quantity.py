#!/usr/bin/env python3
"""Number reading for claims against NER-UGM's QUANTITY spans.

usage: nerugm_quantity.py WARTA_BINARY NERUGM_DIR [--misses]

NER-UGM (see eval/nerugm_time.py) tags QUANTITY: counts, money, shares, but
also durations, ages in brackets and measures (`40 tahun`, `15 kilometer
per jam`, `24 volt`), which are no claims in ARTICLE.md's sense.  Spans
holding a unit of time or of measure are left out; of the rest, the share
that a warta claim overlaps is printed (recall only: NER-UGM tags no
source, measure or subject, and warta's other claims are not errors).
Ages such as `(30)` and `satu` ("a", "one": warta reads no claim from
`satu` in words) stay in and count as misses.  Texts are run with `--raw
--stages times,claims`; train.01 + dev.01 are the development part,
test.01 is held out (its misses are never listed).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nerugm_time as ugm  # noqa: E402  (sentences, detokenize)

TIME_UNIT = re.compile(r"\b(tahun|bulan|hari|minggu|pekan|jam|menit|detik|abad|dekade)\b", re.I)
MEASURE_UNIT = re.compile(r"\b(kilometer|km|meter|kilogram|kg|ton|volt|derajat|lantai|liter|KL|"
                          r"hektare|ha|mil|inci|cm|mm|gram|watt)\b", re.I)


def no_claim_unit(span):
    return not TIME_UNIT.search(span) and not MEASURE_UNIT.search(span)


def recall(binary, paths, misses=None):
    return ugm.recall(binary, paths, misses, label="QUANTITY", stages="times,claims",
                      key="claims", keep=no_claim_unit)


if __name__ == "__main__":
    sys.exit(ugm.report(sys.argv, "NER-UGM QUANTITY spans (no time or measure unit) overlapped "
                        "by a warta claim (recall only, see eval/nerugm_quantity.py):", recall))
