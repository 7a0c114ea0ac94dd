#!/usr/bin/env python3
"""Builds the sample workbooks from the ground-truth grids in samples/truth/.

    /work/venvs/sheet/bin/python samples/make_workbooks.py   # needs openpyxl, soffice

Writes samples/khanh-hoa-2024-appendices.xlsx (one sheet per samples/truth/*.csv, in
file-name order), then converts it with LibreOffice to .xls and .ods beside it.
See samples/README-workbooks.md for what each sheet holds and why.
"""
import csv
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
STEM = "khanh-hoa-2024-appendices"

# Notes printed below some tables (real notes from the OCR text; others get a
# generated source line). They must not become table rows.
NOTES = {
    "pl01-targets": "* Cột thứ 02 là vị trí và tên các tiêu chí trong các bộ tiêu chí xã nông thôn mới, "
                    "nông thôn mới nâng cao, huyện đạt chuẩn huyện nông thôn mới, huyện đạt chuẩn huyện "
                    "nông thôn mới nâng cao",
    "pl07-roadmap-ntm": "Mục tiêu tại NQ 08: Đến cuối năm 2025 có 80% số xã (74/92 xã) đạt chuẩn NTM, "
                        "40% số xã (37/92 xã) đạt chuẩn nông thôn mới nâng cao, 10% số xã (10/92 xã) đạt chuẩn",
}
# Layout variations, so the reader is exercised on more than one arrangement:
# first column of the table (0 = A), blank row between caption and table,
# note directly under the table (no blank row), signature block, hidden data row.
LAYOUT = {
    "pl01-targets": dict(col0=0, gap_above=False, note_tight=True),
    "pl03-commune-plan": dict(col0=0, gap_above=True),
    "pl06-agencies": dict(col0=1, gap_above=True, signature=True, hide_row=5),
    "pl07-roadmap-ntm": dict(col0=0, gap_above=False),
    "pl08-roadmap-nc": dict(col0=0, gap_above=True),
    "pl09-roadmap-km": dict(col0=2, gap_above=False),
}
PLAIN_NUMBER = re.compile(r"^-?[0-9]+$")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def read_truth(stem):
    with open(os.path.join(TRUTH, stem + ".csv"), encoding="utf-8", newline="") as f:
        cells = [dict(row=int(r["row"]), col=int(r["col"]), rs=int(r["row_span"]),
                      cs=int(r["col_span"]), text=r["text"]) for r in csv.DictReader(f)]
    cap_path = os.path.join(TRUTH, stem + ".caption.txt")
    caption = []
    if os.path.exists(cap_path):
        with open(cap_path, encoding="utf-8") as f:
            caption = [line.rstrip("\n") for line in f if line.strip()]
    return cells, caption


def add_sheet(wb, stem):
    cells, caption = read_truth(stem)
    lay = dict(col0=0, gap_above=False, note_tight=False, signature=False, hide_row=None)
    lay.update(LAYOUT.get(stem, {}))
    ws = wb.create_sheet(title=stem[:31])
    n_cols = max(c["col"] + c["cs"] for c in cells)
    n_rows = max(c["row"] + c["rs"] for c in cells)
    c0 = lay["col0"] + 1  # openpyxl is 1-based
    r = 1
    for i, line in enumerate(caption):
        ws.cell(row=r, column=c0, value=line).font = Font(bold=(i < 2))
        ws.cell(row=r, column=c0).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + n_cols - 1)
        r += 1
    if lay["gap_above"] or not caption:
        r += 1
    top = r
    for c in cells:
        row, col = top + c["row"], c0 + c["col"]
        text = c["text"]
        value = int(text) if PLAIN_NUMBER.match(text) else text
        cell = ws.cell(row=row, column=col, value=value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if c["row"] == 0:
            cell.font = Font(bold=True)
        if c["rs"] > 1 or c["cs"] > 1:
            ws.merge_cells(start_row=row, start_column=col,
                           end_row=row + c["rs"] - 1, end_column=col + c["cs"] - 1)
    for i in range(n_rows):
        for j in range(n_cols):
            ws.cell(row=top + i, column=c0 + j).border = BOX
    if lay["hide_row"] is not None:
        ws.row_dimensions[top + lay["hide_row"]].hidden = True
    r = top + n_rows
    if not lay["note_tight"]:
        r += 1
    note = NOTES.get(stem, "Nguồn: bảng lập từ samples/truth/" + stem + ".csv")
    ws.cell(row=r, column=c0, value=note)
    ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + n_cols - 1)
    if lay["signature"]:
        r += 2
        for line in ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Hòa Nam"]:
            if line:
                ws.cell(row=r, column=c0 + n_cols - 1, value=line).font = Font(bold=True)
            r += 1
    for j in range(n_cols):
        ws.column_dimensions[get_column_letter(c0 + j)].width = 18
    ws.page_setup.orientation = "landscape"


def main():
    # The Khánh Hòa appendices; other truth grids (tables invented for PDF layout
    # samples) are not part of this workbook.
    stems = sorted(
        os.path.basename(p)[:-4]
        for p in glob.glob(os.path.join(TRUTH, "pl0*.csv"))
    )
    wb = Workbook()
    wb.remove(wb.active)
    for stem in stems:
        add_sheet(wb, stem)
    xlsx = os.path.join(HERE, STEM + ".xlsx")
    wb.save(xlsx)
    print("wrote", xlsx)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install -y libreoffice-calc")
    with tempfile.TemporaryDirectory() as profile:
        for ext, filt in [("xls", "xls:MS Excel 97"), ("ods", "ods")]:
            subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless",
                            "--convert-to", filt, "--outdir", HERE, xlsx],
                           check=True, stdout=subprocess.DEVNULL)
            print("wrote", os.path.join(HERE, STEM + "." + ext))


if __name__ == "__main__":
    main()
