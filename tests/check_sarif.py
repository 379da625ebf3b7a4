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
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
