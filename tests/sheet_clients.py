#!/usr/bin/env python3
"""rolekit's spreadsheets opened by real clients, not by rolekit's own reading.

usage: tests/sheet_clients.py openpyxl|calc ROLEKIT SOURCE_DIR OUT_DIR

Every XLSX rolekit writes: the Level 3 / Level 8 gap checklist, a revision
gap of the apprenticeship standard, the training-needs matrix of the
built-in profiles and a merged local profile, and a matrix of profiles
with hostile titles (a formula, @, +, -, tab, CR first). Each is written as
CSV too.
openpyxl: python3-openpyxl reads each workbook: the rows equal the CSV's,
  the statuses and counts are the diff's, the header row is frozen, the
  autofilter covers the table, every cell is a string (data_type 's'), the
  Documents sheet names the documents, the title property is set.
calc: LibreOffice Calc (headless, its own profile) converts each XLSX to CSV;
  its cells equal those of rolekit's CSV (both read with Python's csv
  module), hostile titles included.
Exits 77 (skipped) with the reason when a client is absent.
"""
import csv
import io
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


def skip(why):
    print("skipped:", why, file=sys.stderr)
    sys.exit(77)


def run(rolekit, *args, env=None):
    r = subprocess.run([rolekit, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=60, env=env)
    if r.returncode != 0:
        sys.exit(f"rolekit {' '.join(args)} failed ({r.returncode}): {r.stderr.decode()}")
    return r.stdout


HOSTILE = ['=HYPERLINK("http://x","y")', "@SUM(1+1)", "+1", "-1", "\tTab first", "\rCR first"]


def yaml_quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r") + '"'


def make_inputs(rolekit, source, out):
    """The documents the sheets are made from: a merged local profile, a
    revision of the standard, hostile-titled profiles."""
    local = os.path.join(out, "wiltshire-local.yaml")
    if os.path.exists(local):
        os.remove(local)
    run(rolekit, "merge", "ld-peer-support-worker-l3", "wiltshire-ld-psw", "-o", local)
    with open(os.path.join(source, "frameworks/standards/peer-worker-l3.yaml"), encoding="utf-8") as f:
        standard = f.read()
    revised = (standard.replace("the core values and principles of peer support",
                                "the core values, principles and limits of peer support")
               .replace("  - id: K2\n    text: legislation related to equality, diversity & inclusion\n", ""))
    check(revised != standard, "the standard's revision changed nothing")
    with open(os.path.join(source, "frameworks/profiles/ld-peer-support-worker-l3.yaml"), encoding="utf-8") as f:
        l3 = f.read()
    hostile = []
    for i, title in enumerate(HOSTILE):
        text = l3.replace("id: ld-peer-support-worker-l3", f"id: hostile-{i}", 1)
        lines = text.split("\n")
        at = next(n for n, line in enumerate(lines) if line.startswith("title:"))
        lines[at] = "title: " + yaml_quoted(title)
        path = os.path.join(out, f"hostile-{i}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        hostile.append(path)
    paths = {"standard-a.yaml": standard, "standard-b.yaml": revised}
    for name, text in paths.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
    return {
        "gap": ["diff", "ld-peer-support-worker-l3", "ld-strategic-manager-l8"],
        "revision": ["diff", os.path.join(out, "standard-a.yaml"), os.path.join(out, "standard-b.yaml")],
        "matrix": ["export", "ld-peer-support-worker-l3", "ld-strategic-manager-l8", local],
        "hostile": ["export", *hostile],
    }


def make_sheets(rolekit, source, out):
    """name -> (xlsx path, rows of rolekit's CSV)."""
    sheets = {}
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    for name, args in make_inputs(rolekit, source, out).items():
        xlsx = os.path.join(out, name + ".xlsx")
        if os.path.exists(xlsx):
            os.remove(xlsx)
        run(rolekit, *args, "-o", xlsx, env=env)
        text = run(rolekit, *args, "--format", "csv", env=env)
        check(text.count(b"\r\n") == text.count(b"\n"), f"{name}: CSV lines end in CRLF")
        rows = list(csv.reader(io.StringIO(text.decode("utf-8"), newline="")))
        sheets[name] = (xlsx, rows)
    return sheets


XSTRING = re.compile(r"_x([0-9A-Fa-f]{4})_")


def cell_text(value):
    """A cell as text. ECMA-376's ST_Xstring writes a control character as
    _xHHHH_ (libxlsxwriter writes CR so; Excel and Calc read it back as CR);
    this openpyxl leaves shared strings escaped, so the test undoes it."""
    if value is None:
        return ""
    return XSTRING.sub(lambda m: chr(int(m.group(1), 16)), value)


def openpyxl_mode(rolekit, source, out):
    try:
        import openpyxl
    except ImportError:
        skip("no openpyxl (Debian: python3-openpyxl)")
    sheets = make_sheets(rolekit, source, out)
    for name, (xlsx, rows) in sheets.items():
        book = openpyxl.load_workbook(xlsx)
        table = book.worksheets[0]
        got = [[cell_text(c.value) for c in row] for row in table.iter_rows()]
        check(got == rows, f"{name}: the workbook's cells equal the CSV's")
        check(table.freeze_panes == "A2", f"{name}: header row frozen ({table.freeze_panes})")
        last = openpyxl.utils.get_column_letter(len(rows[0]))
        check(table.auto_filter.ref == f"A1:{last}{len(rows)}",
              f"{name}: autofilter over the table ({table.auto_filter.ref})")
        kinds = {c.data_type for row in table.iter_rows() for c in row if c.value is not None}
        check(kinds == {"s"}, f"{name}: every cell a string ({kinds})")
        check(table.cell(2, 1).alignment.wrap_text, f"{name}: wrapped text")
        check(table.column_dimensions["D"].width >= 30, f"{name}: the text column is wide")
        check(book.sheetnames[1:] == ["Documents"], f"{name}: a Documents sheet ({book.sheetnames})")
        check(bool(book.properties.title), f"{name}: a title property")
    gap = sheets["gap"][1]
    statuses = [r[6] for r in gap[1:]]
    check(gap[0][4:] == ["In Peer Support Worker (Level 3)", "In Strategic Manager (Level 8)", "Status"],
          f"gap: headers name the roles ({gap[0]})")
    counts = {s: statuses.count(s) for s in set(statuses)}
    check(counts == {"only in first": 17, "only in second": 37, "in both": 14, "moved": 2},
          f"gap: statuses {counts}")
    revision = sheets["revision"][1]
    check(sorted(r[5] for r in revision[1:]) == ["removed", "reworded"],
          f"revision: statuses {[r[5] for r in revision[1:]]}")
    matrix = sheets["matrix"][1]
    check(len(matrix[0]) == 7, f"matrix: three profile columns ({matrix[0]})")
    check(any(r[6] == "local" for r in matrix[1:]), "matrix: the local profile's local competences")
    hostile = sheets["hostile"][1]
    check(hostile[0][4:] == ["'" + t + " (Level 3)" for t in HOSTILE],
          f"hostile: titles inert ({hostile[0][4:]})")
    book = openpyxl.load_workbook(sheets["hostile"][0])
    check([cell_text(c.value) for c in book.worksheets[0][1]][4:] == hostile[0][4:],
          "hostile: openpyxl reads the text")


def calc_mode(rolekit, source, out):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        skip("no soffice (Debian: libreoffice-calc-nogui)")
    sheets = make_sheets(rolekit, source, out)
    with tempfile.TemporaryDirectory(prefix="rolekit-calc-") as tmp:
        converted = os.path.join(tmp, "csv")
        # Comma, double quote, UTF-8 (76), from row 1; the first sheet.
        keep = os.path.join(out, "calc-csv")  # what Calc made, kept for a look
        r = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                            "--outdir", converted] + [x for x, _ in sheets.values()],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        check(r.returncode == 0, f"soffice exit {r.returncode}: {r.stderr}")
        for name, (_, rows) in sheets.items():
            path = os.path.join(converted, name + ".csv")
            if not os.path.exists(path):
                check(False, f"{name}: Calc wrote no CSV ({r.stdout} {r.stderr})")
                continue
            with open(path, encoding="utf-8", newline="") as f:
                got = list(csv.reader(f))
            os.makedirs(keep, exist_ok=True)
            shutil.copy(path, os.path.join(keep, name + ".csv"))
            check(got == rows, f"{name}: Calc's cells equal rolekit's CSV"
                  + ("" if got == rows else f"\n  first difference: {next((g, w) for g, w in zip(got, rows) if g != w) if len(got) == len(rows) else (len(got), len(rows))}"))


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("openpyxl", "calc"):
        sys.exit(__doc__)
    mode, rolekit, source, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    (openpyxl_mode if mode == "openpyxl" else calc_mode)(rolekit, source, out)
    if failures:
        sys.exit(f"{len(failures)} failure(s)")
    print("ok")


if __name__ == "__main__":
    main()
