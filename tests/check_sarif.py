#!/usr/bin/env python3
"""Validates a SARIF file against the SARIF 2.1.0 JSON schema.

Usage: check_sarif.py SCHEMA SARIF
Exit codes: 0 valid, 1 invalid, 77 skipped (jsonschema or the schema missing).
"""
import json
import sys

SKIP = 77


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path, sarif_path = sys.argv[1], sys.argv[2]
    try:
        import jsonschema
    except ImportError:
        print("check_sarif: python3 jsonschema is not installed; skipping")
        return SKIP
    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
    except FileNotFoundError:
        print(f"check_sarif: no schema at {schema_path}; skipping")
        return SKIP
    with open(sarif_path, encoding="utf-8") as f:
        document = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors:
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"check_sarif: {sarif_path}: at /{where}: {error.message}")
    problems = uri_base_problems(document)
    for problem in problems:
        print(f"check_sarif: {sarif_path}: {problem}")
    return 1 if errors or problems else 0


def artifact_locations(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "artifactLocation":
                yield item
            else:
                yield from artifact_locations(item)
    elif isinstance(value, list):
        for item in value:
            yield from artifact_locations(item)


def uri_base_problems(document):
    """rolekit's own rule (docs/validate.md): files in the repository are
    relative to %SRCROOT%, which each run gives as an absolute file URI ending
    in '/' (SARIF 2.1.0 3.14.14); other files are absolute file URIs, or the
    built-in library's <builtin>/... names, or <stdin>."""
    problems = []
    for index, run in enumerate(document.get("runs", [])):
        base = run.get("originalUriBaseIds", {}).get("%SRCROOT%", {}).get("uri", "")
        if not (base.startswith("file:///") and base.endswith("/")):
            problems.append(f"run {index}: originalUriBaseIds/%SRCROOT% is {base!r}, "
                            "not an absolute file URI ending in '/'")
        for location in artifact_locations(run.get("results", [])):
            uri = location.get("uri", "")
            if uri.startswith("file:///") or uri.startswith("%3Cbuiltin%3E/") or uri == "%3Cstdin%3E":
                if "uriBaseId" in location:
                    problems.append(f"run {index}: {uri} has a uriBaseId")
            elif location.get("uriBaseId") != "%SRCROOT%" or uri.startswith(("/", "./", "../")):
                problems.append(f"run {index}: {uri} is not relative to %SRCROOT%")
    return problems


if __name__ == "__main__":
    sys.exit(main())
