#!/usr/bin/env python3
"""Wall time of the Level 3 / Level 8 diff in every format diff writes, and of
the training-needs matrix of 50 profiles.

usage: bench/bench_diff_formats.py [--rolekit PATH] [--runs N]

Runs `rolekit diff ld-peer-support-worker-l3 ld-strategic-manager-l8` in
text, markdown, html, json, docx, csv and xlsx (binary ones with -o FILE)
--runs times each (default 20) after one warm-up run; pdf is left out: its
time is the PDF engine's (Chromium starts in about a second), not rolekit's —
`--format html` is what rolekit does for it. Then `rolekit export --format
csv|xlsx` of 50 role profiles, made in a temporary folder from the built-in
Level 3 and Level 8 profiles with new ids (bench-01 ... bench-50). Prints the
median and slowest wall time and the median CPU time (user + system, which
varies less while other processes run) of each against the 100 ms target.
Python standard library only; the temporary folder is removed.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..")
TARGET_MS = 100.0
PROFILES = ["ld-peer-support-worker-l3", "ld-strategic-manager-l8"]


def timed(cmd, runs):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        wall.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return statistics.median(wall), max(wall), statistics.median(cpu)


def fifty_profiles(out):
    """50 role profile files: the built-in two, each id made new."""
    texts = []
    for pid in PROFILES:
        with open(os.path.join(SOURCE, "frameworks", "profiles", pid + ".yaml"), encoding="utf-8") as f:
            texts.append((pid, f.read()))
    paths = []
    for i in range(50):
        pid, text = texts[i % 2]
        path = os.path.join(out, f"bench-{i + 1:02}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(f"id: {pid}", f"id: bench-{i + 1:02}", 1))
        paths.append(path)
    return paths


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rolekit", default=os.path.join(SOURCE, "build", "rel", "cli", "rolekit"))
    p.add_argument("--runs", type=int, default=20)
    args = p.parse_args()
    if not os.access(args.rolekit, os.X_OK):
        sys.exit(f"no rolekit at {args.rolekit}: build it with "
                 "cmake -S . -B build/rel -DCMAKE_BUILD_TYPE=Release && cmake --build build/rel")
    out = tempfile.mkdtemp(prefix="rolekit-bench-sheets-")
    try:
        diff = [args.rolekit, "diff", *PROFILES]
        cases = []
        for fmt in ("text", "markdown", "html", "json", "docx", "csv", "xlsx"):
            cmd = diff + ["--format", fmt]
            if fmt in ("docx", "xlsx"):
                cmd += ["-o", os.path.join(out, "gap." + fmt)]  # replaced on each run
            cases.append((f"diff --format {fmt}", cmd))
        profiles = fifty_profiles(out)
        for fmt in ("csv", "xlsx"):
            cases.append((f"export --format {fmt} (50)",
                          [args.rolekit, "export", "--format", fmt, *profiles,
                           "-o", os.path.join(out, "matrix." + fmt)]))
        print("diff --format pdf: left out, its time is the PDF engine's (see docs/performance.md)")
        print(f"{'command':<28} {'median':>9} {'max':>9} {'cpu':>9}   ({args.runs} runs each, "
              f"target {TARGET_MS:.0f} ms)")
        over = 0
        for name, cmd in cases:
            median, slowest, cpu = timed(cmd, args.runs)
            flag = "" if median < TARGET_MS else "  OVER TARGET"
            over += median >= TARGET_MS
            print(f"{name:<28} {median:7.1f} ms {slowest:7.1f} ms {cpu:7.1f} ms{flag}")
        return 1 if over else 0
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
