#!/usr/bin/env python3
"""Renders the test plans of plans.py as the files a data team receives.

    samples/provinces/make.sh        # sets up its venv under target/ and runs this

For each plan: `<plan>-ntm-plan.ocr.txt`, an OCR text export in the form of the
real Khánh Hòa export (tab-separated tables, HTML fragments in some cells, a
repeated header after a page break, a few OCR slips listed in DAMAGE). For the
Bình Định plan also `<plan>-appendices.xlsx` (one sheet per appendix, merged
commune cells, title rows) and `<plan>-appendices.pdf`, converted from that
workbook by LibreOffice (`soffice`, skipped with a message when absent).
"""
import os
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from plans import PLANS

HERE = os.path.dirname(os.path.abspath(__file__))

# OCR slips per plan: (printed text, as the OCR read it, how many times; 0 = all).
# They are the kinds of damage of the real export: a lost hook or tone mark, a
# misread letter in a heading.
DAMAGE = {
    "binh-dinh-2024": [
        ("Phụ lục II\n", "Phy lục II\n", 1),
        ("Giải pháp thực hiện", "Giai pháp thực hiện", 1),
        ("Chỉ tiêu 9.2 Tỷ lệ", "Chi tiêu 9.2 Tỷ lệ", 1),
        ("Tiêu chí, chỉ tiêu xã NTM nâng cao", "Tiêu chi, chỉ tiêu xã NTM nâng cao", 1),
        ("Vĩnh Thuận", "Vỉnh Thuận", 1),
    ],
    "dak-lak-2026": [
        ("Lũy kế", "Lũy kể", 1),
        ("Dliê Ya, Ea Riêng\n", "Dlie Ya, Ea Riêng\n", 1),
        ("Phụ lục 05", "Phu lục 05", 1),
    ],
}

# Cells whose line breaks the OCR export wrote as HTML (as in the real export's
# agency cells); others are joined with a space.
HTML_CELLS = {"Sở Lao động - TB và XH; UBND huyện Phù Cát", "Sở Y tế, Bảo hiểm xã hội tỉnh"}

# The per-commune table continues on a new page after this many body rows,
# with its header row repeated.
PAGE_BREAK_AFTER = 9


def ocr_cell(text):
    if text in HTML_CELLS:
        parts = [p.strip() for p in text.replace(";", ",").split(",")]
        return "".join(f"<p>{p}</p>" for p in parts)
    if "\n" in text:
        return "<br>".join(text.split("\n"))
    return text


def ocr_text(name, blocks):
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(b[1].replace("\n", " ") if "ỦY BAN" not in b[1] else b[1])
            out.append("")
            continue
        _, caption, header, body = b
        out.extend(caption)
        out.append("")
        for h in header:
            out.append("\t".join(h))
        for i, row in enumerate(body):
            if i == PAGE_BREAK_AFTER and len(body) > PAGE_BREAK_AFTER + 3:
                out.append("")
                out.append("\f")
                out.append("\t".join(header[-1]))
            out.append("\t".join(ocr_cell(c) for c in row))
        out.append("")
    text = "\n".join(out) + "\n"
    for printed, read, count in DAMAGE.get(name, []):
        assert printed in text, (name, printed)
        text = text.replace(printed, read, count if count else -1)
    return text


def xlsx(path, blocks):
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for b in blocks:
        if b[0] != "table":
            continue
        _, caption, header, body = b
        ws = wb.create_sheet(caption[0].replace("Phụ lục ", "PL "))
        ncols = len(header[0])
        r = 1
        for line in caption:
            ws.cell(r, 1, line).font = Font(bold=line == caption[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            r += 1
        r += 1
        first = r
        for h in header:
            for c, text in enumerate(h, 1):
                cell = ws.cell(r, c, text or None)
                cell.font = Font(bold=True)
                cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
                cell.border = border
            r += 1
        if len(header) == 2:  # a title over two sub-columns, blank cells under the others
            for c in range(1, ncols + 1):
                if not header[1][c - 1]:
                    ws.merge_cells(start_row=first, start_column=c, end_row=first + 1, end_column=c)
                elif not header[0][c - 1]:
                    pass
            tops = [c for c in range(1, ncols + 1) if header[0][c - 1] and header[1][c - 1]]
            if tops:
                ws.merge_cells(start_row=first, start_column=tops[0], end_row=first, end_column=ncols)
        body_start = r
        for row in body:
            if row[0] in ("A", "B") and not any(row[2:]):  # a section heading over the row
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncols)
            for c, text in enumerate(row, 1):
                value = text
                if text and text.isdigit() and c != 2:
                    value = int(text)
                cell = ws.cell(r, c, value if text else None)
                cell.alignment = wrap
                cell.border = border
            r += 1
        # The commune (or row number) printed once over its rows: merged.
        for c in (1, 2):
            start = None
            for rr in range(body_start, r + 1):
                v = ws.cell(rr, c).value if rr < r else "end"
                if v is not None:
                    if start is not None and rr - start > 1 and ws.cell(start, 3).value is not None:
                        ws.merge_cells(start_row=start, start_column=c, end_row=rr - 1, end_column=c)
                    start = rr
        widths = {1: 5, 2: 28}
        width = [widths.get(c, 24 if ncols > 6 else 30) for c in range(1, ncols + 1)]
        for c in range(1, ncols + 1):
            ws.column_dimensions[ws.cell(first, c).column_letter].width = width[c - 1]
        # LibreOffice does not grow rows for wrapped text on conversion: give
        # every row the height its longest cell needs.
        for rr in range(first, r):
            lines = 1
            for c in range(1, ncols + 1):
                v = ws.cell(rr, c).value
                if isinstance(v, str):
                    per_line = max(1, int(width[c - 1] * 1.1))
                    n = sum(1 + len(part) // per_line for part in v.split("\n"))
                    lines = max(lines, n)
            ws.row_dimensions[rr].height = 15 * lines + 3
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        # Printed as an office prints it: the plan's number above every page, the
        # page number under it.
        ws.oddFooter.center.text = "Trang &P/&N"
        ws.oddHeader.right.text = "Kế hoạch 87/KH-UBND"
    wb.save(path)


def pdf_from(xlsx_path, pdf_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(f"soffice not found: {pdf_path} not written", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, xlsx_path],
                       check=True, stdout=subprocess.DEVNULL)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(xlsx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)


def main():
    for name, build in PLANS.items():
        blocks = build()
        with open(os.path.join(HERE, f"{name}-ntm-plan.ocr.txt"), "w", encoding="utf-8") as f:
            f.write(ocr_text(name, blocks))
        if name == "binh-dinh-2024":
            x = os.path.join(HERE, f"{name}-appendices.xlsx")
            xlsx(x, blocks)
            pdf_from(x, os.path.join(HERE, f"{name}-appendices.pdf"))
        print("wrote", name)


if __name__ == "__main__":
    main()
