#!/usr/bin/env python3
"""Checks an HTML page rendered by rolekit: well-formed (every non-void element
closed in order), lang="en", self-contained (no script, no external asset),
links only http/https/mailto. Prints the problems; exit 1 if any."""
import sys
try:
    from html.parser import HTMLParser
except ImportError as e:  # a Python built without it: skipped, never passed
    print(f"check_html: {e}; skipping")
    sys.exit(77)

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.lang = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in ("script", "iframe", "object", "embed", "img", "link", "base", "form"):
            self.problems.append(f"forbidden element <{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name} on <{tag}>")
            if name in ("src", "srcset", "action", "formaction", "background"):
                self.problems.append(f"external asset attribute {name}={value!r} on <{tag}>")
        if tag == "a":
            href = (attrs.get("href") or "").lower()
            if not href.startswith(("http://", "https://", "mailto:")):
                self.problems.append(f"link with href {href!r}")
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.problems.append(f"</{tag}> at {self.getpos()} does not close {self.stack[-1] if self.stack else 'anything'}")
            return
        self.stack.pop()


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    c = Checker()
    c.feed(text)
    c.close()
    if not text.startswith("<!DOCTYPE html>"):
        c.problems.append("no <!DOCTYPE html>")
    if c.lang != "en":
        c.problems.append(f'<html lang="{c.lang}">, expected "en"')
    if c.stack:
        c.problems.append(f"unclosed elements: {c.stack}")
    for p in c.problems:
        print(p)
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main())
