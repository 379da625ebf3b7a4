#!/usr/bin/env python3
"""The L3-vs-L8 comparison page as a trainer sees it, in Chromium.

usage: diff_pictures.py ROLEKIT SOURCE_DIR OUT_DIR

rolekit diff ld-peer-support-worker-l3 ld-strategic-manager-l8 -o OUT_DIR/diff-l3-l8.html,
then a Chromium screenshot of the page's top (title, summary, the chart) kept
in OUT_DIR/diff-l3-l8.png and checked: a PNG, not blank, and the chart drawn
(the pixels of its three bar colours are there). The same page printed to PDF
by rolekit (-o .pdf, Chromium) must carry the chart's legend as text, and
pdftoppm -gray keeps page 1 as grey print (OUT_DIR/diff-l3-l8-gray.png) for a
person to look at. docs/diff.md shows the screenshot: it must reference
images/diff-l3-l8.png and that file must be a committed PNG;
ROLEKIT_UPDATE_DOCS=1 copies the new screenshot there. Exit 77 (skipped) when
Chromium or poppler-utils is absent.
"""

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

PICTURE = "diff-l3-l8.png"
# The chart's three parts (render/svg_chart.cpp): only in the first (hatched:
# its two colours), in both, only in the second.
BAR_COLOURS = {"only in the first (hatch)": (0xf3, 0xb4, 0xae),
               "only in the first (hatch lines)": (0xa8, 0x26, 0x1a),
               "in both": (0xd8, 0xdd, 0xe0),
               "only in the second": (0x00, 0x70, 0x3c)}
LEGEND = ["\u2212 Only in Peer Support Worker (Level 3)", "= In both",
          "+ Only in Strategic Manager (Level 8)"]


def skip(why):
    print(f"skipped: {why}", file=sys.stderr)
    sys.exit(77)


def run(*args):
    r = subprocess.run(args, capture_output=True, timeout=120)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(map(str, args))}\n"
                 f"{r.stderr.decode(errors='replace')}")
    return r.stdout


def png_pixels(path):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit RGB or RGBA PNG, or None."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        return None
    step = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * step, [], bytearray(width * step)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - step] if i >= step else 0
            b, c = prev[i], prev[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, step)])
        prev = line
    return width, height, rows


def check_screenshot(path):
    """What is wrong with the screenshot at `path`: a list of problems."""
    pixels = png_pixels(path)
    if not pixels:
        return [f"{path}: not an 8-bit RGB(A) PNG"]
    width, height, rows = pixels
    counts = {}
    for row in rows:
        for p in row:
            counts[p] = counts.get(p, 0) + 1
    problems = []
    if max(counts.values()) > 0.97 * width * height:
        problems.append(f"{path}: one colour covers the page: blank?")
    for name, colour in BAR_COLOURS.items():
        if counts.get(colour, 0) < 100:
            problems.append(f"{path}: {counts.get(colour, 0)} pixels of the bars' {name} colour "
                            f"#{bytes(colour).hex()}: the chart is not drawn")
    return problems


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    rolekit, source, out = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        skip("no chromium on this machine")
    for tool in ("pdftotext", "pdftoppm"):
        if not shutil.which(tool):
            skip(f"no {tool} (Debian: poppler-utils)")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    html = os.path.join(out, "diff-l3-l8.html")
    run(rolekit, "diff", "ld-peer-support-worker-l3", "ld-strategic-manager-l8", "-o", html)
    picture = os.path.join(out, PICTURE)
    with tempfile.TemporaryDirectory(prefix="rolekit-pictures-") as profile:
        run(chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
            "--hide-scrollbars", "--window-size=900,1250", "--force-device-scale-factor=1",
            f"--screenshot={picture}", "file://" + html)
    failures = check_screenshot(picture)
    pdf = os.path.join(out, "diff-l3-l8.pdf")
    run(rolekit, "diff", "ld-peer-support-worker-l3", "ld-strategic-manager-l8", "--pdf-engine", chromium,
        "-o", pdf)
    text = " ".join(run("pdftotext", "-f", "1", "-l", "1", pdf, "-").decode().split())
    for words in LEGEND:
        if words not in text:
            failures.append(f"{pdf}: page 1 does not show the legend's {words!r}")
    run("pdftoppm", "-gray", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf,
        os.path.join(out, "diff-l3-l8-gray"))
    committed = os.path.join(source, "docs", "images", PICTURE)
    if os.environ.get("ROLEKIT_UPDATE_DOCS") == "1":
        shutil.copy(picture, committed)
    if not os.path.exists(committed):
        failures.append(f"{committed} is missing")
    else:
        failures += check_screenshot(committed)
    with open(os.path.join(source, "docs", "diff.md"), encoding="utf-8") as f:
        if f"(images/{PICTURE})" not in f.read():
            failures.append(f"docs/diff.md does not show images/{PICTURE}")
    print(f"screenshot: {picture}; grey print of page 1: {os.path.join(out, 'diff-l3-l8-gray.png')}")
    for problem in failures:
        print("FAIL:", problem)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
