#!/usr/bin/env python3
"""Page 1 of the Level 3 profile in each format render writes, as a person sees it.

usage: render_pictures.py ROLEKIT SOURCE_DIR OUT_DIR

  markdown  the Markdown as GitHub shows it (cmark-gfm with its table
            extension), printed by Chromium;
  html      the HTML page on screen in Chromium (an A4-shaped window);
  docx      the Word document printed by LibreOffice;
  pdf       the PDF rolekit prints (render -o FILE.pdf, Chromium).

Each is made from a file rolekit wrote, page 1 turned into a PNG by pdftoppm
(-r 50; the HTML a screenshot) in OUT_DIR, and checked: a PNG, A4 in proportion, not blank.
docs/render.md shows these pictures: each must be referenced there and be
committed in docs/images as a PNG of A4 proportions. ROLEKIT_UPDATE_DOCS=1
copies the new pictures into docs/images. Exit 77 (skipped) when Chromium,
LibreOffice, cmark-gfm or poppler-utils is absent.
"""

import os
import shutil
import struct
import subprocess
import sys
import tempfile

FORMATS = ("markdown", "html", "docx", "pdf")
DOC = "ld-peer-support-worker-l3"


def skip(why):
    print(f"skipped: {why}", file=sys.stderr)
    sys.exit(77)


def run(*args):
    r = subprocess.run(args, capture_output=True, timeout=180)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(map(str, args))}\n"
                 f"{r.stderr.decode(errors='replace')}")
    return r.stdout


def png_size(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None, 0
    return struct.unpack(">II", data[16:24]), len(data)


def check_picture(path):
    """Why `path` is not page 1 of an A4 document, or None."""
    size, length = png_size(path)
    if not size:
        return f"{path}: not a PNG"
    width, height = size
    if abs(height / width - 297 / 210) > 0.02:
        return f"{path}: {width}x{height} is not A4 in proportion"
    if length < 15_000:
        return f"{path}: only {length} bytes: a blank page?"
    return None


def screenshot_html(rolekit, chromium, out):
    """The HTML page on screen, an A4-shaped window (794x1123 CSS px) at half scale."""
    html = os.path.join(out, "page.html")
    run(rolekit, "render", DOC, "-o", html)
    picture = os.path.join(out, "render-l3-html.png")
    with tempfile.TemporaryDirectory(prefix="rolekit-pictures-") as profile:
        run(chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
            "--hide-scrollbars", "--window-size=794,1123", "--force-device-scale-factor=0.5",
            f"--screenshot={picture}", "file://" + html)
    return picture


def make_pdfs(rolekit, chromium, soffice, out):
    """format -> the PDF whose page 1 is that format's picture."""
    pdfs = {}
    md = run(rolekit, "render", DOC, "--format", "markdown")
    body = subprocess.run(["cmark-gfm", "--extension", "table", "--to", "html"], input=md,
                          capture_output=True, check=True).stdout.decode()
    # The Markdown as a Markdown viewer shows it (GitHub's table borders).
    page = os.path.join(out, "markdown.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><style>"
                "body{font:10.5pt/1.4 sans-serif;margin:0}table{border-collapse:collapse}"
                "th,td{border:1px solid #d0d7de;padding:3pt 6pt;text-align:left;vertical-align:top}"
                "@page{size:A4;margin:15mm 14mm}</style></head><body>" + body + "</body></html>")
    pdfs["markdown"] = os.path.join(out, "markdown.pdf")
    with tempfile.TemporaryDirectory(prefix="rolekit-pictures-") as profile:
        run(chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
            "--no-pdf-header-footer", f"--print-to-pdf={pdfs['markdown']}", "file://" + page)
    docx = os.path.join(out, "docx.docx")
    run(rolekit, "render", DOC, "-o", docx)
    with tempfile.TemporaryDirectory(prefix="rolekit-lo-") as profile:
        run(soffice, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
            "--outdir", out, docx)
    pdfs["docx"] = os.path.join(out, "docx.pdf")
    pdfs["pdf"] = os.path.join(out, "pdf.pdf")
    run(rolekit, "render", DOC, "--pdf-engine", chromium, "-o", pdfs["pdf"])
    return pdfs


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    rolekit, source, out = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    soffice = shutil.which("soffice")
    for tool, name in ((chromium, "chromium"), (soffice, "soffice (libreoffice-writer-nogui)"),
                       (shutil.which("cmark-gfm"), "cmark-gfm"),
                       (shutil.which("pdftoppm"), "pdftoppm (poppler-utils)")):
        if not tool:
            skip(f"no {name} on this machine")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    failures = []
    pdfs = make_pdfs(rolekit, chromium, soffice, out)
    with open(os.path.join(source, "docs/render.md"), encoding="utf-8") as f:
        page = f.read()
    update = os.environ.get("ROLEKIT_UPDATE_DOCS") == "1"
    for fmt in FORMATS:
        base = os.path.join(out, f"render-l3-{fmt}")
        if fmt == "html":
            picture = screenshot_html(rolekit, chromium, out)
        else:
            run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdfs[fmt], base)
            picture = base + ".png"
        committed = os.path.join(source, "docs/images", os.path.basename(picture))
        if update:
            shutil.copy(picture, committed)
        for problem in (check_picture(picture), check_picture(committed)
                        if os.path.exists(committed) else f"{committed} is missing"):
            if problem:
                failures.append(problem)
        if f"(images/{os.path.basename(picture)})" not in page:
            failures.append(f"docs/render.md does not show images/{os.path.basename(picture)}")
        print(f"{fmt}: page 1 in {picture}")
    for problem in failures:
        print("FAIL:", problem)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
