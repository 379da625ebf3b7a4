#!/usr/bin/env python3
"""rolekit's pre-commit hook, run by Debian's pre-commit on a throwaway repository.

usage: pre_commit_test.py ROLEKIT SOURCE_DIR WORK_DIR

Builds a git repository in WORK_DIR (emptied first): a local profile, an
overlay of it, a local NOS catalogue the overlay uses, a `.rolekit.yaml`
naming the catalogue (`catalogs`) and the profiles' folder (`paths`), a CI
workflow, and a `.pre-commit-config.yaml` whose repo is a clone of SOURCE_DIR
at its HEAD commit (so `.pre-commit-hooks.yaml` must be committed there).
pre-commit clones a local path, so nothing goes to the network
(GIT_ALLOW_PROTOCOL=file). `pre-commit install`, then each `git commit` runs
the hook with ROLEKIT first on PATH:

  (a) the first commit, every file, passes;
  (b) a commit of an overlay naming an unknown NOS fails with the finding;
  (c) a commit touching only the overlay, put right, passes: its NOS resolve
      through the config's `catalogs`, its base through `paths`;
  (d) a commit touching only other YAML (a workflow, a compose file) passes.

Exit 77 (skipped) when pre-commit or git is absent, or SOURCE_DIR is not a git
checkout.
"""

import os
import re
import shutil
import subprocess
import sys

OVERLAY = "templates/overlays/acme-north-psw.yaml"
BAD_NOS = "Support peers in custody suites"  # no catalogue has it
GOOD_NOS = "Support peers in custody"  # only the repository's catalogue has it

CATALOGUE = """\
kind: NosCatalog
format: 1
id: acme-nos
title: Acme's own standards
standards:
  - code: null
    title: Support peers in custody
    status: uncoded
"""

OVERLAY_TEXT = """\
kind: LocalityOverlay
format: 1
id: acme-north-psw
base: acme-peer-support-worker-l3
locality: {locality} Liaison and Diversion Service
competences:
  - area: H
    function: Provide leadership
    nos:
      - Lead your team
      - {nos}
"""

CONFIG = """\
catalogs:
  - catalogues/acme-nos.yaml
paths:
  - templates/profiles
"""

WORKFLOW = """\
name: ci
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo {word}
"""


def skip(why):
    print(f"skipped: {why}", file=sys.stderr)
    sys.exit(77)


def fail(why):
    print(f"FAIL: {why}", file=sys.stderr)
    sys.exit(1)


def run(args, cwd, env, check=True):
    r = subprocess.run(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=120)
    out = r.stdout.decode("utf-8", errors="replace")
    if check and r.returncode != 0:
        fail(f"{' '.join(args)} exited {r.returncode}:\n{out}")
    return r.returncode, out


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def environment(work, rolekit):
    bindir = os.path.join(work, "bin")
    os.makedirs(bindir)
    os.symlink(os.path.abspath(rolekit), os.path.join(bindir, "rolekit"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GIT_", "PRE_COMMIT", "ROLEKIT_")) and k != "XDG_CACHE_HOME"}
    env.update({
        "PATH": bindir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": work,  # no user's git or pre-commit settings
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_ALLOW_PROTOCOL": "file",  # no network: pre-commit clones a local path
        "PRE_COMMIT_HOME": os.path.join(work, "pre-commit-home"),
        "ROLEKIT_CACHE_DIR": os.path.join(work, "rolekit-cache"),
        "NO_COLOR": "1", "TERM": "dumb", "LC_ALL": "C.UTF-8",
    })
    return env


def hooks_clone(source, work, env):
    """A clone of the source tree and its HEAD commit, for `repo:` and `rev:`."""
    _, head = run(["git", "-C", source, "rev-parse", "HEAD"], source, env)
    head = head.strip()
    code, _ = run(["git", "-C", source, "cat-file", "-e", f"{head}:.pre-commit-hooks.yaml"], source, env,
                  check=False)
    if code != 0:
        fail(f".pre-commit-hooks.yaml is not committed at {head}: pre-commit reads the hooks from a commit")
    clone = os.path.join(work, "rolekit-clone")
    run(["git", "clone", "--quiet", "--no-checkout", source, clone], work, env)
    return clone, head


def make_repository(work, source, env):
    repo = os.path.join(work, "templates-repo")
    os.makedirs(repo)
    run(["git", "init", "--quiet", "--initial-branch=main", repo], work, env)
    # CI machines have no user name or e-mail: a commit needs both.
    for key, value in (("user.name", "Template Maintainer"), ("user.email", "maintainer@example.org"),
                       ("commit.gpgsign", "false")):
        run(["git", "config", key, value], repo, env)
    clone, head = hooks_clone(source, work, env)
    write(repo, ".pre-commit-config.yaml",
          f"repos:\n  - repo: {clone}\n    rev: {head}\n    hooks:\n"
          "      - id: rolekit-validate\n        verbose: true  # rolekit's summary, on success too\n")
    write(repo, ".rolekit.yaml", CONFIG)
    write(repo, "catalogues/acme-nos.yaml", CATALOGUE)
    with open(os.path.join(source, "frameworks", "profiles", "ld-peer-support-worker-l3.yaml"),
              encoding="utf-8") as f:
        profile = f.read()
    profile, n = re.subn(r"(?m)^id: ld-peer-support-worker-l3$", "id: acme-peer-support-worker-l3", profile)
    if n != 1:
        fail("the Level 3 profile has no line 'id: ld-peer-support-worker-l3'")
    write(repo, "templates/profiles/acme-peer-support-worker-l3.yaml", profile)
    write(repo, OVERLAY, OVERLAY_TEXT.format(nos=GOOD_NOS, locality="Acme North"))
    write(repo, ".github/workflows/ci.yaml", WORKFLOW.format(word="one"))
    run(["pre-commit", "install"], repo, env)
    return repo


def commit(repo, env, message, paths):
    run(["git", "add", "--"] + paths, repo, env)
    return run(["git", "commit", "--quiet", "-m", message], repo, env, check=False)


def expect(case, code, out, passed, *texts):
    if (code == 0) != passed:
        fail(f"({case}) the commit {'failed' if code else 'passed'}, it should have "
             f"{'passed' if passed else 'failed'}:\n{out}")
    for text in texts:
        if not re.search(text, out):
            fail(f"({case}) the output lacks /{text}/:\n{out}")
    print(f"ok ({case})\n" + "".join(f"    | {l}\n" for l in out.splitlines()), end="")


def finding_position(repo, path, text):
    with open(os.path.join(repo, path), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if text in line:
                return number, line.index(text) + 1
    fail(f"{path} has no '{text}'")


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    rolekit, source, work = argv[1], os.path.abspath(argv[2]), os.path.abspath(argv[3])
    for tool in ("git", "pre-commit"):
        if shutil.which(tool) is None:
            skip(f"{tool} is not installed (scripts/install-deps.sh --test)")
    probe = subprocess.run(["git", "-C", source, "rev-parse", "--git-dir"], capture_output=True, text=True)
    if probe.returncode != 0:  # git says why: not a checkout, or one owned by another user
        skip(f"{source} is not a git checkout git can use ({probe.stderr.strip()}): "
             "pre-commit needs the hooks file in a commit")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    env = environment(work, rolekit)
    repo = make_repository(work, source, env)

    code, out = commit(repo, env, "templates", ["."])
    expect("a", code, out, True, r"rolekit validate\.+Passed", r"2 other YAML files skipped\n3 files checked: 0 errors")

    write(repo, OVERLAY, OVERLAY_TEXT.format(nos=BAD_NOS, locality="Acme North"))
    code, out = commit(repo, env, "a NOS no catalogue has", [OVERLAY])
    line, column = finding_position(repo, OVERLAY, BAD_NOS)
    expect("b", code, out, False, r"rolekit validate\.+Failed",
           re.escape(f"{OVERLAY}:{line}:{column}: error[nos-unknown]: "))

    # Without the config, the overlay's NOS and base are not found: the
    # commit below passes because the hook reads .rolekit.yaml.
    write(repo, OVERLAY, OVERLAY_TEXT.format(nos=GOOD_NOS, locality="Acme North and East"))
    code, out = run(["rolekit", "validate", "--no-config", OVERLAY], repo, env, check=False)
    if code == 0:
        fail(f"the overlay passes without .rolekit.yaml: the test proves nothing\n{out}")
    code, out = commit(repo, env, "the overlay put right", [OVERLAY])
    expect("c", code, out, True, r"rolekit validate\.+Passed", r"\n1 file checked: 0 errors")

    write(repo, ".github/workflows/ci.yaml", WORKFLOW.format(word="two"))
    write(repo, "compose.yaml", "services:\n  web:\n    image: nginx\n")
    code, out = commit(repo, env, "only other YAML", [".github/workflows/ci.yaml", "compose.yaml"])
    expect("d", code, out, True, r"rolekit validate\.+Passed", r"2 other YAML files skipped\n0 files checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
