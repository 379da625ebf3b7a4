#!/usr/bin/env python3
"""Times `rolekit validate` against ../shared/bench/baseline_validate.py in one run.

usage: bench/bench_validate.py [--rolekit PATH] [--shared DIR] [--scale N]... [--runs N]
                               [--cache-parent DIR]

For each scale (default: 1 and 4) it generates the benchmark corpus with
gen_corpus.py (--profiles/--nos/--overlays multiplied by N), then runs, in turn
within each of --runs rounds: the baseline; rolekit --no-cache; rolekit with an
empty cache (cold); rolekit again with nothing changed (warm); rolekit after
one profile changed; and rolekit after one locality overlay changed (a comment
added to each, so its bytes differ each round).
It prints each one's median wall time, peak memory (max RSS, via GNU time), the
baseline's time over each, and whether each found exactly the seeded defects
(expected-defects.txt) with no other error. Each round has a new, empty cache
(ROLEKIT_CACHE_DIR) in a temporary directory (--cache-parent), never the user's.
Needs a Python whose PyYAML has libyaml (Debian's python3-yaml) for the baseline.
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


MODES = ("baseline", "no-cache", "cold", "warm", "one-changed", "overlay-changed")


def run(cmd, env=None):
    """Wall time, peak RSS (KiB, from GNU time) and stdout of one command."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env)
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


def unreferenced_profile(corpus):
    """The first profile no overlay builds on: the commonest edit (a base
    profile's change re-checks its overlays too; docs/cache.md)."""
    bases = set()
    overlays = os.path.join(corpus, "overlays")
    for name in os.listdir(overlays):
        with open(os.path.join(overlays, name)) as f:
            bases.update(line.split(":", 1)[1].strip() for line in f if line.startswith("base:"))
    return next(n for n in sorted(os.listdir(os.path.join(corpus, "profiles")))
                if os.path.splitext(n)[0] not in bases)


def bench(args, scale):
    with tempfile.TemporaryDirectory(prefix=f"rolekit-bench-{scale}x-") as corpus, \
            tempfile.TemporaryDirectory(prefix="rolekit-bench-caches-", dir=args.cache_parent) as caches:
        return bench_on(args, scale, corpus, caches)


def bench_on(args, scale, corpus, caches):
    sizes = [f"--{k}={v * scale}" for k, v in DEFAULTS.items()]
    subprocess.run([sys.executable, os.path.join(args.shared, "bench/gen_corpus.py"), corpus, *sizes],
                   check=True, stdout=subprocess.DEVNULL)
    size_mb = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(corpus) for f in fs) / 1e6
    baseline = ["/usr/bin/python3", os.path.join(args.shared, "bench/baseline_validate.py"), corpus]
    rolekit = [args.rolekit, "validate", "--no-builtin", "--format", "json", corpus]
    profiles = os.path.join(corpus, "profiles")
    changed = os.path.join(profiles, unreferenced_profile(corpus))
    overlays = os.path.join(corpus, "overlays")
    changed_overlay = os.path.join(overlays, sorted(os.listdir(overlays))[0])
    times = {m: [] for m in MODES}
    peaks = {m: 0 for m in MODES}
    problems = {}
    for round_ in range(args.runs):
        # A new empty cache each round (cold is its first run), all removed at
        # the end: ext4 creates files slowly right after thousands were
        # deleted nearby (docs/performance.md), which a cold run rarely follows.
        env = dict(os.environ, ROLEKIT_CACHE_DIR=os.path.join(caches, f"cache-{round_}"))
        for mode in MODES:
            if mode in ("one-changed", "overlay-changed"):
                with open(changed if mode == "one-changed" else changed_overlay, "a") as f:
                    f.write(f"# changed in round {round_}\n")
            cmd = baseline if mode == "baseline" else rolekit + (["--no-cache"] if mode == "no-cache" else [])
            elapsed, peak, out = run(cmd, env if mode != "baseline" else None)
            times[mode].append(elapsed)
            peaks[mode] = max(peaks[mode], peak)
            if mode != "baseline":
                missing, other = check_defects(corpus, out)
                if missing or other:
                    problems[mode] = (missing, other)
    result = {m: statistics.median(t) for m, t in times.items()}
    print(f"corpus {scale}x: {size_mb:.1f} MB")
    for mode in MODES:
        ratio = "" if mode == "baseline" else f", baseline / this = {result['baseline'] / result[mode]:.1f}x"
        print(f"  {mode:<15} median {result[mode]:.3f} s over {args.runs} runs "
              f"(min {min(times[mode]):.3f} s), peak RSS {peaks[mode] / 1024:.0f} MiB{ratio}")
    print(f"  cold / no-cache = {result['cold'] / result['no-cache']:.3f}")
    for mode in ("one-changed", "overlay-changed"):
        print(f"  {mode} / warm = {result[mode] / result['warm']:.2f}")
    for mode, (missing, other) in sorted(problems.items()):
        print(f"  defects  {mode}: {f'MISSING {sorted(missing)}' if missing else ''}; {len(other)} other errors")
    if not problems:
        print("  defects  every rolekit run found all seeded defects and no other error")
    return result


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rolekit", default=os.path.join(HERE, "..", "build", "rel", "cli", "rolekit"))
    p.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    p.add_argument("--scale", type=int, action="append")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--cache-parent", help="where the runs' caches go (default: the temporary directory)")
    args = p.parse_args()
    if not os.access(args.rolekit, os.X_OK):
        sys.exit(f"no rolekit at {args.rolekit}: build it with "
                 "cmake -S . -B build/rel -DCMAKE_BUILD_TYPE=Release && cmake --build build/rel")
    print(f"machine: {os.cpu_count()} cores; rolekit: {args.rolekit}")
    scales = args.scale or [1, 4]
    times = {s: bench(args, s) for s in scales}
    if 1 in times and 4 in times:
        for mode in ("no-cache", "cold"):
            print(f"scaling 1x -> 4x, {mode}: rolekit time x{times[4][mode] / times[1][mode]:.2f}")


if __name__ == "__main__":
    main()
