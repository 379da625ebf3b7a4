#!/usr/bin/env python3
"""Checks `rolekit schema` against the loader, with Debian's python3-jsonschema.

usage: tests/schema_check.py ROLEKIT SOURCE_DIR

- Every document in frameworks/ validates against `rolekit schema` (all kinds)
  and against the schema of its own kind.
- Every ```yaml example in docs/ that `rolekit validate` finds no error in
  validates too: an editor must never flag what rolekit accepts.
- Misspelt keys, wrong types, missing required keys, unknown kinds and areas are
  rejected, each with the message an editor would show.
- `rolekit schema config` accepts the .rolekit.yaml examples validate accepts.
Exits 77 (skipped) when jsonschema is not installed.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as e:
    print(f"skipped: {e} (Debian: python3-jsonschema python3-yaml)")
    sys.exit(77)


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 core schema, as editors' language servers read it: `yes` and
    `2023-02-01` are strings, not a boolean and a date."""


Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def schema(rolekit, *args):
    out = subprocess.run([rolekit, "schema", *args], check=True, stdout=subprocess.PIPE).stdout
    s = json.loads(out)
    jsonschema.Draft7Validator.check_schema(s)
    return jsonschema.Draft7Validator(s)


def errors(validator, doc):
    """Every message, those inside anyOf's alternatives included (an editor
    shows the one that fits best)."""
    def walk(errs):
        for e in errs:
            yield e.message
            yield from walk(e.context)
    return sorted(walk(validator.iter_errors(doc)))


def check_frameworks(rolekit, source, every):
    count = 0
    for path in sorted(glob.glob(os.path.join(source, "frameworks", "**", "*.yaml"), recursive=True)):
        with open(path) as f:
            doc = yaml.load(f, Loader=Yaml12Loader)
        for validator in (every, schema(rolekit, doc["kind"])):
            for e in errors(validator, doc):
                fail(f"{os.path.relpath(path, source)}: {e}")
        count += 1
    print(f"frameworks: {count} documents checked")


def yaml_examples(source):
    for page in sorted(glob.glob(os.path.join(source, "docs", "*.md"))):
        with open(page) as f:
            text = f.read()
        for m in re.finditer(r"^```yaml\n(.*?)^```", text, re.S | re.M):
            line = text.count("\n", 0, m.start()) + 1
            yield f"{os.path.relpath(page, source)}:{line}", m.group(1)


def check_examples(rolekit, source, every, config):
    checked = exempt = 0
    with tempfile.TemporaryDirectory() as tmp:
        for where, text in yaml_examples(source):
            try:
                doc = yaml.load(text, Loader=Yaml12Loader)
            except yaml.YAMLError:
                exempt += 1
                continue
            is_config = isinstance(doc, dict) and "kind" not in doc and (
                {"rules", "ignore", "fail-on"} & set(doc))
            if not isinstance(doc, dict) or ("kind" not in doc and not is_config):
                exempt += 1  # a fragment, not a document
                continue
            name = ".rolekit.yaml" if is_config else "example.yaml"
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(text)
            args = [rolekit, "validate", "--format", "json"]
            args += ["--config", path, os.path.join(source, "frameworks", "catalogs")] if is_config else [path]
            proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp)
            report = json.loads(proc.stdout or b"{}")
            if proc.returncode == 2 or any(f["severity"] == "error" for f in report.get("findings", [])):
                exempt += 1  # rolekit refuses it: an example of a mistake
                continue
            for e in errors(config if is_config else every, doc):
                fail(f"{where}: rolekit accepts this example but the schema says: {e}")
            checked += 1
    print(f"docs examples: {checked} accepted by rolekit and by the schema, {exempt} fragments or mistakes")


BASE = """kind: LocalityOverlay
format: 1
id: brum
base: ld-peer-support-worker-l3
locality: Birmingham
competences:
  - area: H
    function: Recruit, select and retain colleagues (and volunteers)
    nos: [Recruit and place volunteers]
"""

# (what is wrong, the document, a pattern of the message the schema gives; Debian's
# jsonschema 4.10 and newer ones word some differently)
REJECTED = [
    ("misspelt key", BASE.replace("locality:", "localty:"),
     "'localty' does not match any of the regexes: '\\^x-'"),
    ("misspelt nested key", BASE.replace("function:", "fuction:"), "'fuction' does not match any of the regexes"),
    ("wrong type", BASE.replace("base: ld-peer-support-worker-l3", "base: [a, b]"), "is not of type 'string', 'number', 'boolean'"),
    ("missing required key", BASE.replace("locality: Birmingham\n", ""), "'locality' is a required property"),
    ("empty required text", BASE.replace("locality: Birmingham", "locality: ''"), "is too short|should be non-empty"),
    ("unknown area", BASE.replace("area: H", "area: Z"), "'Z' is not one of"),
    ("unknown kind", BASE.replace("LocalityOverlay", "LocalOverlay"), "'LocalOverlay' is not one of"),
    ("bad id", BASE.replace("id: brum", "id: Brum"), "does not match"),
    ("wrong format", BASE.replace("format: 1", "format: 2"), "1 was expected"),
    ("group without nos", BASE.replace("    nos: [Recruit and place volunteers]\n", ""), "'nos' is a required property"),
    ("approved_on month 13", BASE + "approved_on: 2026-13-01\n", "'2026-13-01' does not match"),
    ("approved_on day 32", BASE + "approved_on: 2026-01-32\n", "'2026-01-32' does not match"),
    ("approved_on not YYYY-MM-DD", BASE + "approved_on: 1 March 2026\n", "'1 March 2026' does not match"),
    ("local competence without statement", BASE + "local_competences:\n  - area: H\n    function: Manage demands for services\n",
     "'statement' is a required property"),
]

# A local profile's own identity and a local competence, as an overlay gives them.
LOCAL = BASE + """version: "1.2"
approved_by: Head of Criminal Justice Services
approved_on: 2026-03-01
organisation: Birmingham and Solihull Mental Health NHS Foundation Trust
contact: ld.team@example.org
local_competences:
  - area: H
    function: Manage demands for services
    statement: See the more complex, higher risk cases
    evidence: The service specification
"""


def check_local_profiles(rolekit, every):
    """The built-in Wiltshire overlay merged (local_competences with source and
    locality), and an overlay giving every local key, validate."""
    merged = subprocess.run([rolekit, "merge", "ld-peer-support-worker-l3", "wiltshire-ld-psw"],
                            stdout=subprocess.PIPE, check=True).stdout.decode()
    doc = yaml.load(merged, Loader=Yaml12Loader)
    if not doc.get("local_competences") or "source" not in doc["local_competences"][0]:
        fail(f"the merged Wiltshire profile has no merged local competence: {doc.get('local_competences')}")
    for validator in (every, schema(rolekit, "RoleProfile")):
        for e in errors(validator, doc):
            fail(f"merged wiltshire-ld-psw: {e}")
    for validator in (every, schema(rolekit, "LocalityOverlay")):
        for e in errors(validator, yaml.load(LOCAL, Loader=Yaml12Loader)):
            fail(f"an overlay with a local identity: {e}")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "local.yaml")
        with open(path, "w") as f:
            f.write(LOCAL)
        proc = subprocess.run([rolekit, "validate", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            fail(f"rolekit validate refuses the local overlay the schema accepts: {proc.stdout.decode()}")
    print("local profiles: merged wiltshire-ld-psw and an overlay with a local identity accepted")


def check_rejections(rolekit, every):
    accepted = yaml.load(BASE, Loader=Yaml12Loader)
    for e in errors(every, accepted):
        fail(f"the base overlay of the rejection tests is rejected: {e}")
    with tempfile.TemporaryDirectory() as tmp:
        for what, text, expected in REJECTED:
            got = errors(every, yaml.load(text, Loader=Yaml12Loader))
            if not any(re.search(expected, e) for e in got):
                fail(f"{what}: expected an error with {expected!r}, got {got}")
            path = os.path.join(tmp, "overlay.yaml")
            with open(path, "w") as f:
                f.write(text)
            proc = subprocess.run([rolekit, "validate", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if proc.returncode == 0:
                fail(f"{what}: the schema rejects it but rolekit validate accepts it")
    print(f"rejections: {len(REJECTED)} mistakes rejected by the schema and by rolekit")


def main():
    rolekit, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    every = schema(rolekit)
    check_frameworks(rolekit, source, every)
    check_examples(rolekit, source, every, schema(rolekit, "config"))
    check_rejections(rolekit, every)
    check_local_profiles(rolekit, every)
    starter = subprocess.run([rolekit, "init", "overlay", "--base", "ld-peer-support-worker-l3", "--locality", "X"],
                             stdout=subprocess.PIPE, check=True).stdout.decode()
    if not starter.startswith("# yaml-language-server: $schema=rolekit.schema.json\n"):
        fail(f"init overlay's starter does not name the schema: {starter.splitlines()[0]!r}")
    if failures:
        sys.exit(f"{len(failures)} failures")


if __name__ == "__main__":
    main()
