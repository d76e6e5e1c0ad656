#!/usr/bin/env python3
"""Throughput of `warta analyze` on Detik dev and CLICK-ID, by stage set.

usage: analyze.py WARTA_BINARY SHARED_DIR

Three stage sets, each against the bar its issue set: `--stages clean`
(the foundation: repair, NFC, cleaning and metadata, tokens, sentences,
JSON out; bar 20 MB/s on one core), `--stages times,claims` (the foundation
with time expressions and numeric claims; bar 10 MB/s) and the
whole analysis with the tagger (bar 5 MB/s).

CLICK-ID's CSVs are first written out as one text file per article (title
line, then the content with its ", " paragraph joins turned back into line
breaks) under build/bench/click-id/, once.  Each measurement runs the binary
over every file: one process for one core, one process per core over equal
shares for all cores.  Times are wall clock, best of BENCH_RUNS (default 3);
peak memory is the largest resident set of any analyze process (getrusage).
"""
import csv
import glob
import os
import subprocess
import sys
import time

RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def clickid_files(shared):
    out = "build/bench/click-id"
    stamp = os.path.join(out, ".done")
    if os.path.exists(stamp):
        return sorted(glob.glob(os.path.join(out, "*.txt")))
    os.makedirs(out, exist_ok=True)
    csv.field_size_limit(1 << 30)
    n = 0
    for path in sorted(glob.glob(os.path.join(shared, "data/corpora/click-id/*.csv"))):
        with open(path, encoding="utf-8", errors="replace", newline="") as f:
            for row in csv.DictReader(f):
                body = (row.get("content") or "").replace(".,", ".\n")
                with open(os.path.join(out, f"{n:05d}.txt"), "w", encoding="utf-8") as g:
                    g.write((row.get("title") or "") + "\n" + body + "\n")
                n += 1
    open(stamp, "w").close()
    return sorted(glob.glob(os.path.join(out, "*.txt")))


STAGES = [("clean", ["--stages", "clean"], 20),
          ("times,claims", ["--stages", "times,claims"], 10),
          ("all", [], 5)]


def run(binary, files, procs, runs=RUNS, opts=()):
    """Best wall time over `runs`, and the largest resident set (MB) of any
    one analyze process."""
    shares = [files[i::procs] for i in range(procs)]
    best, peak = None, 0.0
    for _ in range(runs):
        t0 = time.perf_counter()
        ps = [subprocess.Popen([binary, "analyze"] + list(opts) + ["--"] + s,
                               stdout=subprocess.DEVNULL)
              for s in shares if s]
        rcs = []
        for p in ps:
            _, status, ru = os.wait4(p.pid, 0)
            p.returncode = os.waitstatus_to_exitcode(status)
            rcs.append(p.returncode)
            peak = max(peak, ru.ru_maxrss / 1024)
        dt = time.perf_counter() - t0
        if any(rcs):
            print(f"  warning: analyze exited with {rcs}")
        best = dt if best is None else min(best, dt)
    return best, peak


def main():
    binary, shared = sys.argv[1], sys.argv[2]
    cores = os.cpu_count() or 1
    sets = [("detik-dev", sorted(glob.glob(os.path.join(shared, "data/corpora/detik-dev/*.txt")))),
            ("click-id", clickid_files(shared))]
    print(f"analyze throughput, best of {RUNS} runs, wall clock ({cores} cores)")
    print(f"{'corpus':10} {'stages':13} {'articles':>8} {'MB':>7} {'procs':>5} {'seconds':>8} "
          f"{'art/s':>8} {'MB/s':>7} {'peak MB':>8}  bar (one core)")
    for name, files in sets:
        if not files:
            print(f"{name:10} no files: skipped")
            continue
        mb = sum(os.path.getsize(f) for f in files) / 1e6
        for label, opts, bar in STAGES:
            for procs in sorted({1, cores}):
                dt, peak = run(binary, files, procs, opts=opts)
                note = f"  {bar} MB/s: {'met' if mb / dt >= bar else 'NOT met'}" if procs == 1 else ""
                print(f"{name:10} {label:13} {len(files):8d} {mb:7.1f} {procs:5d} {dt:8.2f} "
                      f"{len(files) / dt:8.0f} {mb / dt:7.1f} {peak:8.1f}{note}")
    # memory must stay flat in the number of inputs: one process over the
    # first 100 articles against one over all of them
    files = sets[-1][1] or sets[0][1]
    if files:
        _, small = run(binary, files[:100], 1, 1)
        _, large = run(binary, files, 1, 1)
        print(f"peak memory, one process: {small:.1f} MB over 100 articles, "
              f"{large:.1f} MB over {len(files)}")


if __name__ == "__main__":
    main()
