#!/usr/bin/env python3
"""rolekit's DOCX pages opened by real clients, not by rolekit's own reading.

usage: tests/docx_clients.py docx|office ROLEKIT SOURCE_DIR OUT_DIR

docx: python-docx (Debian python3-docx) opens the DOCX of every built-in
  profile, the merged Wiltshire local profile, the competence map, the
  standard and both diffs; headings have Word's Heading styles, headings and
  tables come in the order of the Markdown render of the same page with the
  same header cells and number of rows, every NOS of a profile is in a table
  cell, the page is A4 and the header and properties are filled in.
office: LibreOffice (headless, its own profile in a temporary folder) converts the
  Level 3, Level 8, local-profile and diff DOCX to PDF without error;
  pdfinfo shows only A4 pages, pdftotext the title, locality, version and
  NOS titles. Page 1 of each is kept as a PNG (pdftoppm, 60 dpi) in OUT_DIR.
Exits 77 (skipped) with the reason when a client is absent.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []


def check(ok, msg):
    if not ok:
        failures.append(msg)
        print("FAIL:", msg)


def run(rolekit, *args):
    r = subprocess.run([rolekit, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    if r.returncode != 0:
        sys.exit(f"rolekit {' '.join(args)} failed ({r.returncode}): {r.stderr.decode()}")
    return r.stdout.decode()


def skip(why):
    print("skipped:", why, file=sys.stderr)
    sys.exit(77)


def make_documents(rolekit, out):
    """name -> (docx path, Markdown text of the same page, YAML file or None)."""
    # The Wiltshire overlay with a version and an approval, as a locality
    # issues it: its local profile's footer shows the version.
    overlay = os.path.join(out, "wiltshire-overlay.yaml")
    with open(overlay, "w", encoding="utf-8") as f:
        f.write(run(rolekit, "show", "--source", "wiltshire-ld-psw"))
        f.write('version: "1.2"\napproved_by: Head of Criminal Justice Services\napproved_on: 2026-03-03\n')
    merged = os.path.join(out, "wiltshire-merged.yaml")
    if os.path.exists(merged):
        os.remove(merged)
    run(rolekit, "merge", "ld-peer-support-worker-l3", overlay, "-o", merged)
    sources = {
        "l3": ["render", "ld-peer-support-worker-l3"],
        "l8": ["render", "ld-strategic-manager-l8"],
        "local": ["render", merged],
        "map": ["render", "nccmh-psw-mental-health"],
        "standard": ["render", "peer-worker-l3"],
        "diff": ["diff", "ld-peer-support-worker-l3", merged],
    }
    docs = {}
    for name, args in sources.items():
        path = os.path.join(out, name + ".docx")
        if os.path.exists(path):
            os.remove(path)
        run(rolekit, *args, "--format", "docx", "-o", path)
        docs[name] = (path, run(rolekit, *args, "--format", "markdown"), args)
    return docs, merged


def nos_titles(profile_yaml):
    import yaml
    with open(profile_yaml, encoding="utf-8") as f:
        p = yaml.safe_load(f)
    titles = []
    for section in ("core", "role_specific", "locality"):
        for group in (p.get("competences") or {}).get(section) or []:
            for n in group.get("nos") or []:
                titles.append(n if isinstance(n, str) else n.get("title", ""))
    return [t for t in titles if t]


def unescape_md(text):
    text = re.sub(r"\\(.)", r"\1", text)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&#124;", "|"), ("&#58;", ":"), ("&#46;", "."),
                         ("&amp;", "&")):
        text = text.replace(entity, char)
    return text


def markdown_outline(md):
    """The page's headings and tables in order: ("h", level, text) and
    ("t", header cells, number of body rows), from the Markdown render."""
    lines = md.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^(#{2,4}) (.*)$", line)
        if m:
            out.append(("h", len(m.group(1)) - 1, unescape_md(m.group(2))))
        elif line.startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("| ---"):
            header = [unescape_md(c.strip()) for c in line.strip().strip("|").split(" | ")]
            rows = 0
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                rows += 1
                i += 1
            out.append(("t", header, rows))
            continue
        i += 1
    return out


def docx_outline(document):
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    out = []
    for el in document.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(el, document)
            m = re.match(r"^Heading (\d)$", p.style.name)
            if m:
                out.append(("h", int(m.group(1)), p.text))
        elif tag == "tbl":
            t = Table(el, document)
            out.append(("t", [c.text for c in t.rows[0].cells], len(t.rows) - 1))
    return out


def docx_mode(rolekit, source, out):
    try:
        import docx
        from docx.shared import Mm
        import yaml  # noqa: F401 (python3-yaml: the profiles' NOS)
    except ImportError as e:
        skip(f"python-docx or PyYAML missing ({e}); Debian: python3-docx python3-yaml")
    docs, merged = make_documents(rolekit, out)
    profiles = {"l3": os.path.join(source, "frameworks/profiles/ld-peer-support-worker-l3.yaml"),
                "l8": os.path.join(source, "frameworks/profiles/ld-strategic-manager-l8.yaml"),
                "local": merged}
    for name, (path, md, _) in docs.items():
        d = docx.Document(path)
        title = d.paragraphs[0]
        check(title.style.name == "Title", f"{name}: first paragraph style {title.style.name}")
        check("# " + title.text == unescape_md(md.split("\n")[0]), f"{name}: title {title.text!r}")
        expected, got = markdown_outline(md), docx_outline(d)
        check(expected == got, f"{name}: headings and tables differ from the Markdown page:\n"
                               f"  markdown {expected}\n  docx     {got}")
        check(sum(1 for e in got if e[0] == "h") >= 1, f"{name}: no Heading-styled paragraph")
        s = d.sections[0]
        check((s.page_width.twips, s.page_height.twips) == (11906, 16838),
              f"{name}: page {s.page_width.twips} x {s.page_height.twips} twips, not A4 portrait")
        check(s.left_margin > Mm(15) and s.top_margin > Mm(15), f"{name}: margins")
        check(s.header.paragraphs[0].text != "", f"{name}: empty page header")
        check("Page" in s.footer.paragraphs[0].text, f"{name}: footer {s.footer.paragraphs[0].text!r}")
        check(d.core_properties.title == title.text, f"{name}: title property {d.core_properties.title!r}")
        check(d.core_properties.subject != "", f"{name}: no subject property")
        check(d.core_properties.author == "rolekit", f"{name}: author {d.core_properties.author!r}")
        if name in profiles:
            cells = {p.text for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs}
            for nos in nos_titles(profiles[name]):
                check(any(c == nos or c.endswith(" " + nos) for c in cells), f"{name}: NOS {nos!r} missing")
        print(f"{name}: {len(got)} headings and tables as on the Markdown page, "
              f"{len(d.tables)} tables")
    local = docx.Document(docs["local"][0])
    check("Wiltshire Liaison and Diversion Service" in local.sections[0].header.paragraphs[0].text,
          "local: the header does not name the locality")
    # python-docx leaves the PAGE and NUMPAGES fields out of the text.
    check(local.sections[0].footer.paragraphs[0].text.startswith("Version 1.2\tPage "),
          f"local: footer {local.sections[0].footer.paragraphs[0].text!r}")


def pdf_page_sizes(pdf):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", pdf], stdout=subprocess.PIPE,
                          text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", info)]


def html_print_pages(rolekit, args, out, name):
    """Pages of the same page's HTML printed by Chromium, or None (said) without it."""
    if not shutil.which("chromium"):
        print(f"{name}: no chromium: the page count of the HTML's print is not compared")
        return None
    pdf = os.path.join(out, name + "-html.pdf")
    if os.path.exists(pdf):
        os.remove(pdf)
    run(rolekit, *args, "--pdf-engine", shutil.which("chromium"), "-o", pdf)
    return len(pdf_page_sizes(pdf))


def office_mode(rolekit, source, out):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        skip("no soffice (Debian: libreoffice-writer-nogui)")
    for tool in ("pdfinfo", "pdftotext", "pdftoppm"):
        if not shutil.which(tool):
            skip(f"no {tool} (Debian: poppler-utils)")
    docs, merged = make_documents(rolekit, out)
    chosen = ["l3", "l8", "local", "diff"]
    pdf_dir = os.path.join(out, "pdf")
    shutil.rmtree(pdf_dir, ignore_errors=True)
    os.makedirs(pdf_dir)
    # One LibreOffice run for all four (it is slow to start), with a profile of
    # its own in a private temporary folder: never the user's, never shared.
    with tempfile.TemporaryDirectory(prefix="rolekit-lo-") as profile:
        r = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{profile}",
                            "--convert-to", "pdf", "--outdir", pdf_dir] + [docs[n][0] for n in chosen],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=180)
    check(r.returncode == 0, f"soffice exit {r.returncode}: {r.stderr}")
    titles = {"l3": nos_titles(os.path.join(source, "frameworks/profiles/ld-peer-support-worker-l3.yaml")),
              "l8": nos_titles(os.path.join(source, "frameworks/profiles/ld-strategic-manager-l8.yaml")),
              "local": nos_titles(merged), "diff": []}
    expected = {"l3": ["Peer Support Worker", "Revised February 2023"],
                "l8": ["Strategic Manager", "Final February 2023"],
                "local": ["Peer Support Worker", "Wiltshire Liaison and Diversion Service", "Version 1.2"],
                # The diff page's title, and a NOS only the Wiltshire profile has.
                "diff": ["Peer Support Worker (Level 3, ld-peer-support-worker-l3) compared with "
                         "Peer Support Worker (Level 3, wiltshire-ld-psw)",
                         "Quality assure work in your team"]}
    for name in chosen:
        pdf = os.path.join(pdf_dir, name + ".pdf")
        if not os.path.exists(pdf):
            check(False, f"{name}: LibreOffice wrote no PDF ({r.stdout} {r.stderr})")
            continue
        sizes = pdf_page_sizes(pdf)
        check(sizes and all(abs(w - 595.28) < 1 and abs(h - 841.89) < 1 for w, h in sizes),
              f"{name}: pages not all A4: {sizes}")
        text = subprocess.run(["pdftotext", pdf, "-"], stdout=subprocess.PIPE, text=True, check=True).stdout
        flat = " ".join(text.split())
        for phrase in expected[name] + titles[name]:
            check(" ".join(phrase.split()) in flat, f"{name}: {phrase!r} not in the PDF's text")
        check(f"Page 1 of {len(sizes)}" in flat, f"{name}: no 'Page 1 of {len(sizes)}' footer")
        html_pages = html_print_pages(rolekit, docs[name][2], out, name)
        if html_pages is not None:
            check(abs(html_pages - len(sizes)) <= 1,
                  f"{name}: {len(sizes)} pages in Word, {html_pages} in the HTML's print")
        png = os.path.join(out, name + "-page1")
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, png],
                       check=True)
        print(f"{name}: {len(sizes)} A4 page(s), the HTML's print {html_pages}; page 1: {png}.png")


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("docx", "office"):
        sys.exit(__doc__)
    mode, rolekit, source, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    (docx_mode if mode == "docx" else office_mode)(rolekit, source, os.path.abspath(out))
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
