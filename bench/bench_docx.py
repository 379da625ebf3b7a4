#!/usr/bin/env python3
"""Wall time of writing the Level 8 profile as a Word document.

usage: bench/bench_docx.py [--rolekit PATH] [--runs N]

Runs `rolekit render ld-strategic-manager-l8 --format docx -o FILE` --runs
times (default 30) after one warm-up run, and the same page as Markdown for
comparison (what is left is the DOCX writer's own cost: blocks to XML, the
zip). Prints the median and the slowest run of each, the DOCX's size, and
whether every run wrote the same bytes. Target: the DOCX under 50 ms of wall
time. Python standard library only; the temporary folder is removed.
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


def timed(cmd, runs):
    """Median and slowest wall time, and median CPU time (user + system, which
    varies less while other processes run), in ms."""
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


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rolekit", default=os.path.join(HERE, "..", "build", "rel", "cli", "rolekit"))
    p.add_argument("--runs", type=int, default=30)
    args = p.parse_args()
    if not os.access(args.rolekit, os.X_OK):
        sys.exit(f"no rolekit at {args.rolekit}: build it with "
                 "cmake -S . -B build/rel -DCMAKE_BUILD_TYPE=Release && cmake --build build/rel")
    out = tempfile.mkdtemp(prefix="rolekit-bench-docx-")
    try:
        docx = os.path.join(out, "l8.docx")
        render = [args.rolekit, "render", "ld-strategic-manager-l8"]
        docx_cmd = render + ["--format", "docx", "-o", docx]  # replaces the file each run
        first = None
        same = True
        print(f"{'command':<28} {'median':>9} {'max':>9} {'cpu':>9}   ({args.runs} runs each)")
        for name, cmd in (("render --format markdown", render + ["--format", "markdown"]),
                          ("render --format docx -o F", docx_cmd)):
            median, slowest, cpu = timed(cmd, args.runs)
            print(f"{name:<28} {median:7.1f} ms {slowest:7.1f} ms {cpu:7.1f} ms")
        for _ in range(3):
            subprocess.run(docx_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            with open(docx, "rb") as f:
                data = f.read()
            same = same and (first is None or data == first)
            first = first or data
        print(f"DOCX: {len(first):,} bytes; {'the same bytes on every run' if same else 'BYTES DIFFER between runs'}")
        return 0 if same else 1
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
