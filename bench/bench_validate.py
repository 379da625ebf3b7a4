#!/usr/bin/env python3
"""Times `rolekit validate` against ../shared/bench/baseline_validate.py in one run.

usage: bench/bench_validate.py [--rolekit PATH] [--shared DIR] [--scale N]... [--runs N]

For each scale (default: 1 and 4) it generates the benchmark corpus with
gen_corpus.py (--profiles/--nos/--overlays multiplied by N), runs the baseline
and rolekit alternately --runs times, and prints the median wall time, peak
memory (max RSS, via GNU time), the ratio, and whether rolekit found exactly the seeded
defects (expected-defects.txt) with no other error. Needs a Python whose PyYAML
has libyaml (Debian's python3-yaml) for the baseline.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
RULE_OF = {"bad-area": "unknown-area", "unknown-nos": "nos-unknown",
           "title-mismatch": "nos-title-mismatch", "duplicate-nos": "nos-duplicate"}
DEFAULTS = {"profiles": 2000, "nos": 5000, "overlays": 500}


def run(cmd):
    """Wall time, peak RSS (KiB, from GNU time) and stdout of one command."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.decode()[:500]}")
    peak = int(proc.stderr.decode().strip().splitlines()[-1])
    return elapsed, peak, proc.stdout


def check_defects(corpus, report):
    expected = set()
    with open(os.path.join(corpus, "expected-defects.txt")) as f:
        for line in f:
            doc_id, kind = line.split()[:2]
            expected.add((doc_id, RULE_OF[kind]))
    found, other_errors = set(), []
    for f in json.loads(report)["findings"]:
        doc_id = os.path.splitext(os.path.basename(f["file"]))[0]
        if (doc_id, f["rule"]) in expected:
            found.add((doc_id, f["rule"]))
        elif f["severity"] == "error":
            other_errors.append(f)
    return expected - found, other_errors


def bench(args, scale):
    with tempfile.TemporaryDirectory(prefix=f"rolekit-bench-{scale}x-") as corpus:
        return bench_on(args, scale, corpus)


def bench_on(args, scale, corpus):
    sizes = [f"--{k}={v * scale}" for k, v in DEFAULTS.items()]
    subprocess.run([sys.executable, os.path.join(args.shared, "bench/gen_corpus.py"), corpus, *sizes],
                   check=True, stdout=subprocess.DEVNULL)
    baseline = ["/usr/bin/python3", os.path.join(args.shared, "bench/baseline_validate.py"), corpus]
    rolekit = [args.rolekit, "validate", "--no-builtin", "--format", "json", corpus]
    times = {"baseline": [], "rolekit": []}
    peaks = {"baseline": 0, "rolekit": 0}
    report = b""
    for _ in range(args.runs):
        for name, cmd in (("baseline", baseline), ("rolekit", rolekit)):
            elapsed, peak, out = run(cmd)
            times[name].append(elapsed)
            peaks[name] = max(peaks[name], peak)
            if name == "rolekit":
                report = out
    missing, other = check_defects(corpus, report)
    size_mb = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(corpus) for f in fs) / 1e6
    result = {name: statistics.median(t) for name, t in times.items()}
    print(f"corpus {scale}x: {size_mb:.1f} MB")
    for name in ("baseline", "rolekit"):
        print(f"  {name:<8} median {result[name]:.3f} s over {args.runs} runs "
              f"(min {min(times[name]):.3f} s), peak RSS {peaks[name] / 1024:.0f} MiB")
    print(f"  ratio    baseline / rolekit = {result['baseline'] / result['rolekit']:.2f}x")
    print(f"  defects  {'all seeded defects found' if not missing else f'MISSING {sorted(missing)}'}; "
          f"{len(other)} other errors")
    return result["rolekit"]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rolekit", default=os.path.join(HERE, "..", "build", "rel", "cli", "rolekit"))
    p.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    p.add_argument("--scale", type=int, action="append")
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    if not os.access(args.rolekit, os.X_OK):
        sys.exit(f"no rolekit at {args.rolekit}: build it with "
                 "cmake -S . -B build/rel -DCMAKE_BUILD_TYPE=Release && cmake --build build/rel")
    print(f"machine: {os.cpu_count()} cores; rolekit: {args.rolekit}")
    scales = args.scale or [1, 4]
    times = {s: bench(args, s) for s in scales}
    if 1 in times and 4 in times:
        print(f"scaling 1x -> 4x: rolekit time x{times[4] / times[1]:.2f}")


if __name__ == "__main__":
    main()
