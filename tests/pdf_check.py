#!/usr/bin/env python3
"""PDFs printed by a real engine, read back with poppler-utils.

usage: pdf_check.py ENGINE ROLEKIT SOURCE_DIR OUT_DIR
  ENGINE: chromium (chromium, chromium-browser or google-chrome on PATH) or weasyprint

Prints the Level 3 and Level 8 profiles, a merged local profile (the
Wiltshire overlay with a version) and a diff with `--pdf-engine`, then checks
with pdfinfo that every page is A4 and with pdftotext (-raw: the text in the order it is drawn, so that a table cell's
lines stay together), page by page, the
running head, "Page K of N", the version, and on the whole text the locality
and every NOS title of the profile. Page 1 of each is kept as a PNG
(pdftoppm -r 60) in OUT_DIR for a person to look at. Exit 77 (skipped) when
the engine, poppler-utils or python3-yaml is absent.
"""

import concurrent.futures
import os
import re
import shutil
import subprocess
import sys

A4 = (595.28, 841.89)
TOLERANCE = 1.5  # points: engines round the page size differently


def skip(why):
    print(f"skipped: {why}", file=sys.stderr)
    sys.exit(77)


def run(*args, **kwargs):
    r = subprocess.run(args, capture_output=True, timeout=120, **kwargs)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(map(str, args))}\n{r.stderr.decode(errors='replace')}")
    return r.stdout.decode()


def words(text):
    """White space as single spaces; none after a hyphen (a line may break there)."""
    return re.sub(r"- ", "-", " ".join(text.split()))


def nos_titles(node):
    """Every NOS title in a profile document (titles alone, or mappings with one)."""
    out = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "nos" and isinstance(value, list):
                for n in value:
                    out.append(n["title"] if isinstance(n, dict) else n)
            else:
                out += nos_titles(value)
    elif isinstance(node, list):
        for item in node:
            out += nos_titles(item)
    return out


def frame_of(html):
    """The running head and version the page's stylesheet prints in its margins."""
    head = re.search(r'@top-left \{ content: "([^"\\]*)";', html)
    version = re.search(r'@bottom-left \{ content: "([^"\\]*)";', html)
    assert head, "no running head in the page's stylesheet"
    return head.group(1), version.group(1) if version else None


def check_pdf(pdf, head, version, must_contain):
    info = run("pdfinfo", "-f", "1", "-l", "9999", pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert len(sizes) == pages, f"{pdf}: {len(sizes)} page sizes for {pages} pages"
    for w, h in sizes:
        assert abs(float(w) - A4[0]) <= TOLERANCE and abs(float(h) - A4[1]) <= TOLERANCE, \
            f"{pdf}: page of {w} x {h} pts, not A4"
    for k in range(1, pages + 1):
        text = words(run("pdftotext", "-raw", "-f", str(k), "-l", str(k), "-enc", "UTF-8", pdf, "-"))
        assert words(head) in text, f"{pdf} page {k}: no running head {head!r}"
        assert f"Page {k} of {pages}" in text, f"{pdf} page {k}: no 'Page {k} of {pages}'"
        if version:
            assert version in text, f"{pdf} page {k}: no version {version!r}"
    text = words(run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"))
    missing = [t for t in must_contain if words(t) not in text]
    assert not missing, f"{pdf}: missing from the text: {missing}"
    return pages


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    engine_kind, rolekit, source, out = sys.argv[1:]
    names = ["weasyprint"] if engine_kind == "weasyprint" else ["chromium", "chromium-browser", "google-chrome"]
    engine = next((shutil.which(n) for n in names if shutil.which(n)), None)
    if not engine:
        skip(f"no {engine_kind} on this machine ({', '.join(names)})")
    for tool in ("pdfinfo", "pdftotext", "pdftoppm"):
        if not shutil.which(tool):
            skip(f"no {tool} (Debian: poppler-utils) on this machine")
    try:
        import yaml
    except ImportError:
        skip("no python3-yaml")

    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    env = {k: v for k, v in os.environ.items() if k != "ROLEKIT_PATH"}
    overlay = run(rolekit, "show", "--source", "wiltshire-ld-psw", env=env)
    overlay += 'version: "1.2"\napproved_by: Head of Criminal Justice Services\napproved_on: 2026-03-03\n'
    with open(os.path.join(out, "overlay.yaml"), "w") as f:
        f.write(overlay)
    local = os.path.join(out, "local.yaml")
    run(rolekit, "merge", os.path.join(out, "overlay.yaml"), "-o", local, env=env)

    frameworks = os.path.join(source, "frameworks", "profiles")
    jobs = {  # name: (rolekit arguments, the profile file whose NOS it shows)
        "l3": (["render", "ld-peer-support-worker-l3"], os.path.join(frameworks, "ld-peer-support-worker-l3.yaml")),
        "l8": (["render", "ld-strategic-manager-l8"], os.path.join(frameworks, "ld-strategic-manager-l8.yaml")),
        "local": (["render", local], local),
        "diff": (["diff", "ld-peer-support-worker-l3", local], None),
    }

    def print_one(name):
        args, profile = jobs[name]
        html = run(rolekit, *args, "--format", "html", env=env)
        pdf = os.path.join(out, f"{name}.pdf")
        run(rolekit, *args, "-o", pdf, "--pdf-engine", engine, env=env)
        head, version = frame_of(html)
        must = []
        if profile:
            with open(profile) as f:
                must += nos_titles(yaml.safe_load(f))
        if name == "local":
            must += ["Wiltshire Liaison and Diversion Service", "Version 1.2"]
        if name == "diff":  # what the Wiltshire overlay added, only in b
            must += ["Lead your team", "Quality assure work in your team"]
        pages = check_pdf(pdf, head, version, must)
        png = os.path.join(out, f"{name}-page1")
        run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, png)
        return f"{name}: {pages} A4 pages, head {head!r}, version {version!r}, {len(must)} texts; page 1: {png}.png"

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for line in pool.map(print_one, jobs):
            print(line)
    print(f"ok: {engine}")


if __name__ == "__main__":
    main()
