#!/usr/bin/env python3
"""Checks that a file is well-formed XML 1.0.

Usage: check_xml.py FILE
Exit codes: 0 well-formed, 1 not.
"""
import sys
try:
    import xml.etree.ElementTree as ET
except ImportError as e:  # a Python built without it: skipped, never passed
    print(f"check_xml: {e}; skipping")
    sys.exit(77)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        ET.parse(sys.argv[1])
    except ET.ParseError as e:
        print(f"check_xml: {sys.argv[1]}: {e}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
