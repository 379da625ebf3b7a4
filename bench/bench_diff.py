#!/usr/bin/env python3
"""Time of `rolekit diff` on two revisions of a large standard.

usage: bench/bench_diff.py ROLEKIT [--runs N] [--sizes 1000,2000,4000]
                           [--against OTHER_ROLEKIT]

For each size N it writes two OccupationalStandards of N knowledge items into
a temporary directory: revision b renumbers every item (K1..KN become
K(N+1)..K(2N)), rewords one item in ten (a word replaced, a word added) and
maps the duties to the new ids. It runs `ROLEKIT diff a.yaml b.yaml` --runs
times (default 3) after one warm-up run and prints the median wall time and
CPU time (user + system, which varies less while other processes run), each
with its ratio to the smallest size's. Target: 4x the items within 6x the time.
With --against it also times OTHER_ROLEKIT on the same files and says whether
both pair and map the items alike (the `items` and `mappings` of their JSON
reports). Python standard library only; the directory is removed at the end.
"""
import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

SYLLABLES = ["ka", "lo", "mi", "ne", "po", "ru", "sa", "ti", "vu", "we", "xo", "yi", "za", "be", "cu"]
COMMON = ["the", "and", "of", "to", "with", "for", "how", "in", "people", "support", "their", "own"]


def vocabulary(rng, size):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def sentence(rng, vocab):
    words = [rng.choice(COMMON) if rng.random() < 0.4 else rng.choice(vocab)
             for _ in range(rng.randint(8, 16))]
    return " ".join(words)


def reword(rng, text, vocab):
    words = text.split()
    words[rng.randrange(len(words))] = rng.choice(vocab)
    words.insert(rng.randrange(len(words) + 1), rng.choice(vocab))
    return " ".join(words)


def standard(doc_id, texts, first_id, duties):
    lines = ["kind: OccupationalStandard", "format: 1", f"id: {doc_id}",
             "title: Benchmark standard", "level: 3", "duration_months: 18", 'reference: ""',
             "duties:"]
    for d, items in enumerate(duties, start=1):
        ids = ", ".join(f"K{first_id + i}" for i in items)
        lines += [f"  - id: D{d}", f"    text: Duty {d} of the benchmark standard",
                  f"    knowledge: [{ids}]", "    skills: []", "    behaviours: []"]
    lines.append("knowledge:")
    for i, text in enumerate(texts):
        lines += [f"  - id: K{first_id + i}", f"    text: {text}"]
    lines += ["skills:", "  - id: S1", "    text: one skill", "behaviours:", "  - {id: B1, name: Kind}"]
    return "\n".join(lines) + "\n"


def write_pair(directory, n, seed=11):
    rng = random.Random(seed + n)
    vocab = vocabulary(rng, 3000)
    texts = [sentence(rng, vocab) for _ in range(n)]
    revised = [reword(rng, t, vocab) if i % 10 == 3 else t for i, t in enumerate(texts)]
    duties = [list(range(start, min(start + 25, n))) for start in range(0, n, 25)]
    a = os.path.join(directory, f"a{n}.yaml")
    b = os.path.join(directory, f"b{n}.yaml")
    with open(a, "w", encoding="utf-8") as f:
        f.write(standard("bench-standard-a", texts, 1, duties))
    with open(b, "w", encoding="utf-8") as f:
        f.write(standard("bench-standard-b", revised, n + 1, duties))
    return a, b


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(binary, a, b, *options):
    """Wall time, CPU time (user + system) and standard output of one run."""
    cpu = cpu_seconds()
    start = time.perf_counter()
    r = subprocess.run([binary, "diff", *options, a, b], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(f"{binary} diff {a} {b} exited {r.returncode}: {r.stderr.decode(errors='replace')}")
    return elapsed, cpu_seconds() - cpu, r.stdout


def median_times(binary, a, b, runs):
    """Median wall and CPU time: CPU time varies less on a busy machine."""
    run(binary, a, b)  # warm-up
    results = [run(binary, a, b) for _ in range(runs)]
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results))


def pairing(binary, a, b):
    """The items and mappings of the JSON report: what the pairing decided."""
    report = json.loads(run(binary, a, b, "--format", "json")[2])
    return report["items"], report["mappings"]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("rolekit", help="a built rolekit binary")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--sizes", default="1000,2000,4000")
    p.add_argument("--against", help="another rolekit binary to compare time and output with")
    args = p.parse_args()
    for binary in filter(None, [args.rolekit, args.against]):
        if not os.access(binary, os.X_OK):
            sys.exit(f"not an executable: {binary}")
    sizes = [int(s) for s in args.sizes.split(",")]
    header = f"{'items':>6} {'wall':>9} {'ratio':>7} {'cpu':>9} {'ratio':>7}"
    if args.against:
        header += f" {'other wall':>11} {'other cpu':>10} {'same items':>11}"
    print(header + f"   (median of {args.runs} runs; all items renumbered, 1 in 10 reworded)")
    with tempfile.TemporaryDirectory(prefix="rolekit-bench-diff-") as directory:
        first = None
        for n in sizes:
            a, b = write_pair(directory, n)
            wall, cpu = median_times(args.rolekit, a, b, args.runs)
            first = first or (wall, cpu)
            line = (f"{n:>6} {wall:>7.3f} s {wall / first[0]:>6.2f}x"
                    f" {cpu:>7.3f} s {cpu / first[1]:>6.2f}x")
            if args.against:
                other_wall, other_cpu = median_times(args.against, a, b, args.runs)
                same = pairing(args.rolekit, a, b) == pairing(args.against, a, b)
                line += f" {other_wall:>9.3f} s {other_cpu:>8.3f} s {'yes' if same else 'NO':>11}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
