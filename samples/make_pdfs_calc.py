#!/usr/bin/env python3
"""Sample PDFs printed from a spreadsheet by LibreOffice Calc: the most common source of
appendix PDFs in provincial offices.

The workbook is written with openpyxl from `truth/<stem>.csv` and its caption: the
label in the last column, right-aligned; title and "(Kèm theo …)" lines merged across
the table's width; a blank row; then the table, with borders set on every cell edge
(as Calc and Excel store them), wrapped text, merged cells, the header rows as print
titles (repeated on every page) and the page set to fit the table's width. Calc then
prints it to PDF.

- `pl01-targets.calc.pdf`: portrait, over two pages.
- `pl07-roadmap-ntm.calc.pdf`: landscape, 13 columns.

Run: samples/make_pdfs_calc.sh  (a venv with openpyxl under target/; needs soffice).
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
SRC = os.path.join(HERE, "pdf-src3")


def load(stem):
    cells = []
    with open(os.path.join(TRUTH, stem + ".csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            cells.append((int(r["row"]), int(r["col"]), int(r["row_span"]), int(r["col_span"]), r["text"]))
    with open(os.path.join(TRUTH, stem + ".caption.txt"), encoding="utf-8") as f:
        caption = f.read().splitlines()
    return cells, caption


def workbook(stem, landscape, header_rows, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    cells, caption = load(stem)
    n_rows = max(r + rs for r, c, rs, cs, t in cells)
    n_cols = max(c + cs for r, c, rs, cs, t in cells)
    wb = Workbook()
    ws = wb.active
    ws.title = stem[:31]
    font = Font(name="DejaVu Serif", size=10)
    bold = Font(name="DejaVu Serif", size=11, bold=True)
    # Caption: label right-aligned in the last column, the other lines merged and centred.
    for i, line in enumerate(caption):
        row = i + 1
        if i == 0:
            cell = ws.cell(row=row, column=n_cols, value=line)
            cell.alignment = Alignment(horizontal="right")
        else:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=n_cols)
            cell = ws.cell(row=row, column=1, value=line)
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
        cell.font = bold
    top = len(caption) + 2  # a blank row between caption and table
    thin = Side(style="thin", color="000000")
    edge = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [6.0] * n_cols
    for r, c, rs, cs, t in cells:
        longest = max((len(w) for w in t.split()), default=1)
        if cs == 1:
            widths[c] = max(widths[c], min(40.0, max(longest + 2, len(t) / 3)))
    for r in range(n_rows):
        for c in range(n_cols):
            cell = ws.cell(row=top + r, column=c + 1)
            cell.border = edge
            cell.font = font
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, c, rs, cs, t in cells:
        cell = ws.cell(row=top + r, column=c + 1, value=t)
        if rs > 1 or cs > 1:
            ws.merge_cells(start_row=top + r, start_column=c + 1, end_row=top + r + rs - 1, end_column=c + cs)
            for rr in range(rs):
                for cc in range(cs):
                    ws.cell(row=top + r + rr, column=c + 1 + cc).border = edge
    for c, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(c + 1)].width = w
    # Calc keeps stored row heights on import: set each row tall enough for its wrapped
    # text (about 1.4 characters per width unit, generously, 13 pt per line at 10 pt).
    def lines(text, width):
        per = max(1.0, width * 1.0)
        return sum(max(1, -(-int(len(part) * 1.4) // int(per))) for part in text.split("\n"))
    need = {}
    for r, c, rs, cs, t in cells:
        w = sum(widths[c:c + cs])
        need[r] = max(need.get(r, 1), -(-lines(t, w) // rs))
    for r in range(n_rows):
        ws.row_dimensions[top + r].height = 13.5 * need.get(r, 1) + 3
    for i, line in enumerate(caption[1:]):
        ws.row_dimensions[2 + i].height = 15 * lines(line, sum(widths) * 0.9) + 2
    ws.print_title_rows = f"{top}:{top + header_rows - 1}"
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    wb.save(path)


def calc_pdf(xlsx, name):
    with tempfile.TemporaryDirectory() as tmp:
        prof = "-env:UserInstallation=file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "pdf:calc_pdf_Export", "--outdir", tmp, xlsx],
                       check=True, capture_output=True)
        base = os.path.splitext(os.path.basename(xlsx))[0]
        pdf = os.path.join(HERE, name + ".pdf")
        shutil.copy(os.path.join(tmp, base + ".pdf"), pdf)
    return pdf


def main():
    os.makedirs(SRC, exist_ok=True)
    for stem, name, landscape in [("pl01-targets", "pl01-targets.calc", False),
                                  ("pl07-roadmap-ntm", "pl07-roadmap-ntm.calc", True)]:
        xlsx = os.path.join(SRC, name + ".xlsx")
        workbook(stem, landscape, 1, xlsx)
        print(os.path.relpath(calc_pdf(xlsx, name), HERE))


if __name__ == "__main__":
    sys.exit(main())
