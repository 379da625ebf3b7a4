#!/usr/bin/env python3
"""Wall time of the single-file commands on the seed profiles.

usage: bench/bench_commands.py [--rolekit PATH] [--runs N]

Runs each command --runs times (default 30) after one warm-up run and prints
the median and the slowest run. Target: under 20 ms of wall time each.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rolekit", default=os.path.join(HERE, "..", "build", "rel", "cli", "rolekit"))
    p.add_argument("--runs", type=int, default=30)
    args = p.parse_args()
    if not os.access(args.rolekit, os.X_OK):
        sys.exit(f"no rolekit at {args.rolekit}: build it with "
                 "cmake -S . -B build/rel -DCMAKE_BUILD_TYPE=Release && cmake --build build/rel")
    out = tempfile.mkdtemp(prefix="rolekit-bench-")  # one small merged file; removed below
    commands = {
        "render (markdown)": ["render", "ld-peer-support-worker-l3", "--format", "markdown"],
        "render (html)": ["render", "ld-strategic-manager-l8", "--format", "html"],
        "diff (level 3 vs 8)": ["diff", "ld-peer-support-worker-l3", "ld-strategic-manager-l8"],
        "diff (json)": ["diff", "--format", "json", "ld-peer-support-worker-l3", "ld-strategic-manager-l8"],
        "merge (-o file)": ["merge", "ld-peer-support-worker-l3", "wiltshire-ld-psw", "-o",
                            os.path.join(out, "merged.yaml")],
        "validate (one profile)": ["validate", "frameworks/profiles/ld-strategic-manager-l8.yaml"],
    }
    print(f"{'command':<24} {'median':>9} {'max':>9}   ({args.runs} runs each)")
    for name, cmd in commands.items():
        full = [args.rolekit, *cmd]
        subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=os.path.join(HERE, ".."))
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=os.path.join(HERE, ".."))
            times.append((time.perf_counter() - start) * 1000)
        print(f"{name:<24} {statistics.median(times):7.1f} ms {max(times):7.1f} ms")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
