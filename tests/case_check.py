#!/usr/bin/env python3
"""`rolekit export` and `rolekit import case` as a user runs them.

usage: tests/case_check.py schema|cli ROLEKIT SOURCE_DIR

schema: every shipped document's export, and tests/case/case-1.1-package.json,
  validate against the official CASE 1.1 CFPackage schema
  (../shared/testdata/schemas/, draft 2019-09) with Debian's python3-jsonschema.
  Exits 77 (skipped) without the schema or jsonschema.
cli: exports are byte-identical run to run, SOURCE_DATE_EPOCH sets every
  timestamp, a competence map survives export -> import -> export byte for byte,
  bad packages exit 2 with a JSON pointer, kept parts are counted on stderr.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

failures = []


def check(ok, msg):
    if not ok:
        failures.append(msg)
        print("FAIL:", msg)


def run(rolekit, *args, env=None, stdin=None):
    return subprocess.run([rolekit, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env={**os.environ, **(env or {})}, input=stdin)


def library_ids(rolekit):
    out = run(rolekit, "list").stdout.decode().splitlines()[1:]
    return [line.split()[1] for line in out]


def schema_mode(rolekit, source):
    path = os.path.join(os.path.dirname(source), "shared", "testdata", "schemas",
                        "case-v1p1-cfpackage-jsonschema1.json")
    if not os.path.exists(path):
        print(f"skipped: no CASE schema at ../shared/testdata/schemas")
        sys.exit(77)
    try:
        import jsonschema
    except ImportError:
        print("skipped: no jsonschema (Debian: python3-jsonschema)")
        sys.exit(77)
    with open(path) as f:
        validator = jsonschema.Draft201909Validator(json.load(f), format_checker=jsonschema.FormatChecker())
    packages = {i: run(rolekit, "export", i, "--format", "case").stdout for i in library_ids(rolekit)}
    with open(os.path.join(source, "tests", "case", "case-1.1-package.json"), "rb") as f:
        packages["tests/case/case-1.1-package.json"] = f.read()
    # A local profile: the merged Wiltshire profile, with its local competence.
    with tempfile.TemporaryDirectory() as tmp:
        merged = os.path.join(tmp, "wiltshire.yaml")
        run(rolekit, "merge", "ld-peer-support-worker-l3", "wiltshire-ld-psw", "-o", merged)
        packages["merged wiltshire-ld-psw"] = run(rolekit, "export", merged).stdout
    local_items = [i for i in json.loads(packages["merged wiltshire-ld-psw"])["CFItems"]
                   if i.get("CFItemType") == "Local competence"]
    check(len(local_items) == 1, f"merged wiltshire-ld-psw: {len(local_items)} Local competence items, not 1")
    for name, text in packages.items():
        errors = list(validator.iter_errors(json.loads(text)))
        for e in errors[:5]:
            check(False, f"{name}: {'/'.join(map(str, e.path))}: {e.message}")
        print(f"{name}: {len(json.loads(text).get('CFItems', []))} items, {len(errors)} schema errors")
    check(len(packages) >= 12, f"only {len(packages)} packages checked")


def cli_mode(rolekit, source):
    ids = library_ids(rolekit)
    check(len(ids) >= 10, f"the library lists {len(ids)} documents")
    for i in ids:
        first, second = run(rolekit, "export", i), run(rolekit, "export", i)
        check(first.returncode == 0 and first.stdout == second.stdout, f"{i}: two exports differ")
    epoch = run(rolekit, "export", "health-functional-map", env={"SOURCE_DATE_EPOCH": "0"})
    stamps = {v for v in epoch.stdout.decode().split('"') if v.startswith("19")}
    check(stamps == {"1970-01-01T00:00:00Z"}, f"SOURCE_DATE_EPOCH=0 gave timestamps {stamps}")
    bad = run(rolekit, "export", "health-functional-map", env={"SOURCE_DATE_EPOCH": "soon"})
    check(bad.returncode == 2 and bad.stderr == b"rolekit: error: SOURCE_DATE_EPOCH is 'soon', not a number of seconds\n",
          f"bad SOURCE_DATE_EPOCH: {bad.returncode} {bad.stderr!r}")
    with tempfile.TemporaryDirectory() as tmp:
        package = os.path.join(tmp, "map.json")
        pinned = {"SOURCE_DATE_EPOCH": "1764547200"}
        check(run(rolekit, "export", "nccmh-psw-mental-health", "-o", package, env=pinned).returncode == 0, "export -o")
        imported = os.path.join(tmp, "map.yaml")
        imp = run(rolekit, "import", "case", package, "-o", imported)
        check(imp.returncode == 0 and imp.stderr == f"wrote {imported}\n".encode(), f"import: {imp.stderr!r}")
        with open(package, "rb") as f:
            first = f.read()
        again = run(rolekit, "export", imported, env=pinned)
        check(again.stdout == first, "export -> import -> export is not byte-identical")
        # Unpinned, each export stamps its file's modification time: only the
        # timestamps may differ.
        unpinned = run(rolekit, "export", imported).stdout.decode().splitlines()
        differ = [b for a, b in zip(first.decode().splitlines(), unpinned) if a != b]
        check(len(unpinned) == len(first.decode().splitlines()) and differ and
              all('"lastChangeDateTime"' in line for line in differ), f"unpinned round trip differs in {differ[:3]}")
        check(run(rolekit, "validate", imported).returncode == 0, "the imported map does not validate")
        v11 = os.path.join(source, "tests", "case", "case-1.1-package.json")
        kept = run(rolekit, "import", "case", v11)
        check(kept.returncode == 0 and kept.stderr.decode().startswith(
            f"{v11}: kept under x-case (the format has no place for them): 1 CFDocument.licenseURI, "),
            f"kept summary: {kept.stderr!r}")
        piped = run(rolekit, "import", "case", "-", stdin=b'{"CFDocument": []}')
        check(piped.returncode == 2 and piped.stderr == b"<stdin>: error: /CFDocument: must be a JSON object\n",
              f"bad package on stdin: {piped.returncode} {piped.stderr!r}")
        check(not os.path.exists(os.path.join(tmp, "none.yaml")), "a failed import wrote a file")
        empty = os.path.join(tmp, "empty-title.json")
        with open(empty, "w") as f:
            json.dump({"CFDocument": {"identifier": "d", "title": "", "creator": ""},
                       "CFItems": [{"identifier": "a", "fullStatement": "A"}],
                       "CFAssociations": [{"associationType": "isChildOf", "originNodeURI": "a",
                                           "destinationNodeURI": "d"}]}, f)
        out = os.path.join(tmp, "empty.yaml")
        got = run(rolekit, "import", "case", empty, "-o", out)
        check(got.returncode == 1 and os.path.exists(out) and
              f"{out}:5:8: error[schema-missing-field]: 'title' in CompetenceMap is empty".encode() in got.stderr,
              f"a map with an empty title: {got.returncode} {got.stderr!r}")
        over = run(rolekit, "import", "case", package, "-o", package)
        check(over.returncode == 2 and b"import does not write json" in over.stderr,
              f"import -o a .json file was not refused: {over.stderr!r}")
        bare = os.path.join(tmp, "package")
        shutil.copyfile(package, bare)
        over = run(rolekit, "import", "case", bare, "-o", bare)
        check(over.returncode == 2 and b"error[output-is-input]" in over.stderr,
              f"import -o over its own input was not refused: {over.stderr!r}")
    print(f"cli: {len(ids)} documents exported twice; round trip, errors and kept parts checked")


def main():
    mode, rolekit, source = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    (schema_mode if mode == "schema" else cli_mode)(rolekit, source)
    if failures:
        sys.exit(f"{len(failures)} failures")


if __name__ == "__main__":
    main()
