#!/usr/bin/env python3
"""Runs every command example in README.md and docs/*.md and compares its output.

    docs_examples.py ROLEKIT_BINARY SOURCE_DIR [FILE.md...]

A fenced code block whose first line starts with "$ " is a session: each "$ "
line is a command (a line ending in a backslash goes on to the next), and the
lines after it are what it prints, standard output and standard error
together, as a terminal shows them. In the expected output:

  ...     a line of its own: any number of lines (none included)
  [N]     the last line: the command exits with N (without it: 0)

Before a fenced block, an HTML comment sets it up:

  <!-- file: PATH -->       the block's text is written to PATH first
  <!-- not run: REASON -->  the session is not run (printed, with the reason)
  <!-- yaml: SHAPE -->      the block must parse as YAML (python3-yaml) and have
                            SHAPE: github-workflow (`on`, `jobs`, a step that
                            uses github/codeql-action/upload-sarif) or
                            pre-commit-config (`repos`, each with `repo` and
                            `hooks`; a hook id from a URL repository is one
                            the source tree's .pre-commit-hooks.yaml defines)

Each Markdown file runs in a fresh directory of its own, blocks in order, so
a file written by one command is there for the next. That directory holds a
copy of the repository's frameworks/ and docs/examples/ (commands run as if
from the root of a clone), `rolekit` is the binary under test, ROLEKIT_PATH is
unset, NO_COLOR is set and the terminal is dumb. Exit status: 0 when every
session printed what its page shows, 1 otherwise. With DOCS_UPDATE=1 the
pages are rewritten with the output the commands print (blocks with "..."
are left alone), for reviewing with git diff.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import concurrent.futures

try:
    import yaml
except ImportError:  # only the marked YAML blocks need it; they fail without it
    yaml = None

FENCE = re.compile(r"^(\s*)```")
DIRECTIVE = re.compile(r"^<!--\s*(file|not run|yaml):\s*(.*?)\s*-->\s*$")
EXIT = re.compile(r"^\[(\d+)\]$")
TIMEOUT = 60


class Block:
    def __init__(self, path, start, end, lines, directive):
        self.path = path
        self.start = start  # index of the opening fence line
        self.end = end  # index of the closing fence line
        self.lines = lines
        self.directive = directive  # (kind, value) or None

    def is_session(self):
        return bool(self.lines) and self.lines[0].startswith("$ ")


def blocks_of(path, text_lines):
    out = []
    i = 0
    directive = None
    while i < len(text_lines):
        line = text_lines[i]
        m = DIRECTIVE.match(line)
        if m:
            directive = (m.group(1), m.group(2))
            i += 1
            continue
        fence = FENCE.match(line)
        if fence:
            indent = fence.group(1)
            j = i + 1
            while j < len(text_lines) and not text_lines[j].startswith(indent + "```"):
                j += 1
            body = [l[len(indent):] if l.startswith(indent) else l for l in text_lines[i + 1 : j]]
            out.append(Block(path, i, j, body, directive))
            directive = None
            i = j + 1
            continue
        if line.strip():
            directive = None
        i += 1
    return out


def commands_of(block):
    """[(command, expected_lines)] for a session block."""
    out = []
    lines = block.lines
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("$ "):
            raise ValueError(f"{block.path}:{block.start + 2 + i}: output before any command")
        command = line[2:]
        while command.endswith("\\") and i + 1 < len(lines):
            i += 1
            command = command + "\n" + lines[i]
        i += 1
        expected = []
        while i < len(lines) and not lines[i].startswith("$ "):
            expected.append(lines[i])
            i += 1
        out.append((command, expected))
    return out


def matches(expected, actual):
    """Line lists, where an expected "..." matches any run of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


def run(command, cwd, env):
    try:
        p = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, ["(timed out)"]
    text = p.stdout.decode("utf-8", errors="backslashreplace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return p.returncode, lines


def environment(bindir, home):
    env = {k: v for k, v in os.environ.items() if k not in ("ROLEKIT_PATH", "ROLEKIT_CACHE_DIR", "XDG_CACHE_HOME")}
    env.update({"PATH": bindir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
                "NO_COLOR": "1", "TERM": "dumb", "HOME": home, "LC_ALL": "C.UTF-8",
                "COLUMNS": "100"})
    return env


def workflow_problem(doc):
    # YAML 1.1 (PyYAML, as GitHub's parser once did) reads the key `on` as true.
    if "on" not in doc and True not in doc:
        return "the workflow has no `on`"
    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        return "the workflow has no `jobs`"
    steps = [s for job in jobs.values() if isinstance(job, dict) for s in job.get("steps") or []]
    if not any(isinstance(s, dict) and str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@")
               for s in steps):
        return "no step uses github/codeql-action/upload-sarif"
    return None


def pre_commit_problem(doc, source_dir):
    repos = doc.get("repos")
    if not isinstance(repos, list) or not repos:
        return "the pre-commit config has no `repos`"
    for repo in repos:
        if not isinstance(repo, dict) or "repo" not in repo or not isinstance(repo.get("hooks"), list):
            return "a pre-commit repo without `repo` and a list of `hooks`"
        if repo["repo"] in ("local", "meta"):
            continue
        with open(os.path.join(source_dir, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
            shipped = {h["id"] for h in yaml.safe_load(f)}
        for hook in repo["hooks"]:
            if hook.get("id") not in shipped:
                return f"hook '{hook.get('id')}' is not in .pre-commit-hooks.yaml"
    return None


def yaml_problem(block, source_dir):
    """Why a block marked <!-- yaml: SHAPE --> is not a valid SHAPE, or None."""
    if yaml is None:
        return "python3-yaml is needed to check this block (scripts/install-deps.sh)"
    try:
        doc = yaml.safe_load("\n".join(block.lines))
    except yaml.YAMLError as e:
        return f"not valid YAML: {e}"
    if not isinstance(doc, dict):
        return "not a YAML mapping"
    shape = block.directive[1]
    if shape == "github-workflow":
        return workflow_problem(doc)
    if shape == "pre-commit-config":
        return pre_commit_problem(doc, source_dir)
    return f"unknown shape '{shape}'"


def check_page(page, binary, source_dir, update):
    with open(page, encoding="utf-8") as f:
        text_lines = f.read().split("\n")
    rel = os.path.relpath(page, source_dir)
    failures, ran, skipped = 0, 0, []
    report = []  # what to print, kept until the page is done (pages run at once)
    replacements = []  # (start, end, new_body_lines)
    with tempfile.TemporaryDirectory(prefix="rolekit-docs-") as sandbox:
        bindir = os.path.join(sandbox, ".bin")
        os.makedirs(bindir)
        os.symlink(binary, os.path.join(bindir, "rolekit"))
        # As in a clone of the repository: its frameworks/ and docs/examples/.
        for part in (("frameworks",), ("docs", "examples")):
            if os.path.isdir(os.path.join(source_dir, *part)):
                shutil.copytree(os.path.join(source_dir, *part), os.path.join(sandbox, *part))
        env = environment(bindir, sandbox)
        for block in blocks_of(rel, text_lines):
            if block.directive and block.directive[0] == "file":
                target = os.path.join(sandbox, block.directive[1])
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "w", encoding="utf-8") as out:
                    out.write("\n".join(block.lines) + "\n")
                continue
            if block.directive and block.directive[0] == "yaml":
                ran += 1
                problem = yaml_problem(block, source_dir)
                if problem:
                    failures += 1
                    report.append(f"{rel}:{block.start + 1}: {problem}\n")
                continue
            if not block.is_session():
                continue
            if block.directive and block.directive[0] == "not run":
                skipped.append(f"{rel}:{block.start + 1}: not run: {block.directive[1]}")
                continue
            new_body = []
            for command, expected in commands_of(block):
                ran += 1
                want_code = 0
                if expected and EXIT.match(expected[-1]):
                    want_code = int(EXIT.match(expected[-1]).group(1))
                    expected = expected[:-1]
                code, actual = run(command, sandbox, env)
                new_body += ["$ " + command] + actual + ([f"[{code}]"] if code else [])
                if code == want_code and matches(expected, actual):
                    continue
                failures += 1
                report.append(f"{rel}:{block.start + 1}: $ {command}\n")
                if code != want_code:
                    report.append(f"  exit code {code}, the page says {want_code}\n")
                if not matches(expected, actual):
                    report.append("  the page shows:\n")
                    report.append("".join(f"    | {l}\n" for l in expected))
                    report.append("  rolekit printed:\n")
                    report.append("".join(f"    | {l}\n" for l in actual))
            if "..." not in block.lines:
                replacements.append((block.start, block.end, new_body))
    if update and replacements:
        for start, end, body in reversed(replacements):
            indent = FENCE.match(text_lines[start]).group(1)
            text_lines[start + 1 : end] = [indent + l if l else l for l in body]
        with open(page, "w", encoding="utf-8") as f:
            f.write("\n".join(text_lines))
    return failures, ran, skipped, "".join(report)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    binary, source_dir = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    pages = argv[3:] or [os.path.join(source_dir, "README.md")] + sorted(
        os.path.join(source_dir, "docs", n) for n in os.listdir(os.path.join(source_dir, "docs"))
        if n.endswith(".md"))
    update = os.environ.get("DOCS_UPDATE") == "1"
    total_failures, total_ran = 0, 0
    # Pages are independent (each has its own sandbox): four at once, reported
    # in page order. A command mostly waits (process start, and the sanitizers'
    # set-up in the ASan build).
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(
            lambda page: check_page(os.path.abspath(page), binary, source_dir, update), pages))
    for failures, ran, skipped, report in results:
        print(report, end="")
        total_failures += failures
        total_ran += ran
        for s in skipped:
            print(s)
    print(f"{total_ran} commands run from {len(pages)} pages, {total_failures} differ")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
