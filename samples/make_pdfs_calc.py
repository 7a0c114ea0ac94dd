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
- `pl01-targets.calc-gridlines.pdf`: the same workbook without any cell border,
  printed with "print gridlines" on: the gridlines rule every printed cell, so the
  caption rows and the blank row under them sit inside the ruled area; the header
  row is repeated on the later pages as a print title; the print range reaches four
  rows past the table, ruled too: blank, a note typed in the first column and running
  over the others, blank again.
- `pl11-commune-criteria.calc.pdf`: an invented per-commune table (truth written
  here) with a three-level header of merged cells (the top title over all result
  columns, two group titles, their sub-columns), each commune's number and name
  merged down over its rows from the first body row on, over three landscape pages
  with the three header rows repeated and a footer naming the page ("Trang 2/3").
- `pl11-commune-criteria.calc-gridlines.pdf`: the same printed with gridlines and no
  borders: the caption rows are ruled like the table, and a commune cell running on to
  the next page is closed by the page's last gridline; only the text Calc draws for it
  again on the next page, clipped away, tells that it goes on.
- `pl12-road-lengths.calc.pdf`: an invented one-page table (truth written here) whose
  units row under the header is bold like the header and like the total row under it,
  the body plain: no span tells the header's second row, only the type (and the
  total row's numbers tell it from the header).
- `pl13-commune-progress.calc.pdf`: an invented table (truth written here) with a
  two-level header ("Năm 2024" over "Kế hoạch" / "Thực hiện", the other header cells
  merged down) and each commune's number and name merged down over its rows from the
  first body row on.

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


# An invented per-commune table with a three-level header (merged cells at every
# level) and locality cells merged down over their rows. Written to truth/ here.
PL11 = "pl11-commune-criteria"
PL11_CAPTION = ["Biểu số 03",
                "KẾT QUẢ RÀ SOÁT TIÊU CHÍ CỦA CÁC XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI",
                "(Kèm theo Báo cáo số 45/BC-UBND ngày 15 tháng 4 năm 2024 của UBND huyện)"]
PL11_COMMUNES = [
    ("Xã Ninh Tây", [("2", "Giao thông", "58,6%", "2024"), ("9", "Nhà ở dân cư", "68,2%", "2024"),
                     ("10", "Thu nhập", "43 triệu đồng", "2025")]),
    ("Xã Ninh Sơn", [("5", "Trường học", "66,7%", "2024"), ("12", "Lao động", "71,4%", "2025")]),
    ("Xã Ninh Thượng", [("11", "Nghèo đa chiều", "9,84%", "2024"), ("15", "Y tế", "41%", "2024"),
                        ("17", "Môi trường và an toàn thực phẩm", "72,5%", "2025"),
                        ("18", "Hệ thống chính trị và tiếp cận pháp luật", "80%", "2025")]),
    ("Xã Ninh Phụng", [("7", "Cơ sở hạ tầng thương mại nông thôn", "Chưa có chợ", "2025")]),
    ("Xã Ninh Thân", [("3", "Thủy lợi và phòng chống thiên tai", "75%", "2024"),
                      ("14", "Giáo dục và đào tạo", "80,2%", "2024"), ("16", "Văn hóa", "60%", "2025")]),
    ("Xã Ninh Xuân", [("13", "Tổ chức sản xuất và phát triển kinh tế nông thôn", "Chưa có HTX", "2024"),
                      ("8", "Thông tin và truyền thông", "85%", "2024")]),
    ("Xã Ninh Quang", [("2", "Giao thông", "61%", "2025"), ("6", "Cơ sở vật chất văn hóa", "Chưa đạt", "2025"),
                       ("10", "Thu nhập", "45,1 triệu đồng", "2025")]),
    ("Xã Ninh Bình", [("4", "Điện", "97%", "2024"), ("17", "Môi trường và an toàn thực phẩm", "70%", "2025")]),
    ("Xã Ninh Trung", [("9", "Nhà ở dân cư", "70%", "2024"), ("12", "Lao động", "73%", "2024"),
                       ("19", "Quốc phòng và an ninh", "Chưa đạt", "2024")]),
    ("Xã Ninh Hưng", [("11", "Nghèo đa chiều", "6,2%", "2025"), ("15", "Y tế", "48%", "2025")]),
    ("Xã Ninh Lộc", [("2", "Giao thông", "66%", "2024"), ("3", "Thủy lợi và phòng chống thiên tai", "80%", "2024"),
                     ("18", "Hệ thống chính trị và tiếp cận pháp luật", "Chưa đạt", "2025")]),
]


def write_pl11_truth():
    cells = [(0, 0, 3, 1, "TT"), (0, 1, 3, 1, "Tên xã"), (0, 2, 1, 4, "Kết quả rà soát"),
             (0, 6, 3, 1, "Ghi chú"), (1, 2, 1, 2, "Tiêu chí chưa đạt"), (1, 4, 1, 2, "Hiện trạng và lộ trình"),
             (2, 2, 1, 1, "Số"), (2, 3, 1, 1, "Tên tiêu chí"), (2, 4, 1, 1, "Hiện trạng"),
             (2, 5, 1, 1, "Năm đạt")]
    r = 3
    for i, (commune, rows) in enumerate(PL11_COMMUNES):
        cells += [(r, 0, len(rows), 1, str(i + 1)), (r, 1, len(rows), 1, commune)]
        for j, row in enumerate(rows):
            cells += [(r + j, 2 + k, 1, 1, t) for k, t in enumerate(row)]
        r += len(rows)
    with open(os.path.join(TRUTH, PL11 + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "col", "row_span", "col_span", "text"])
        for c in sorted(cells):
            w.writerow(c)
    with open(os.path.join(TRUTH, PL11 + ".caption.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(PL11_CAPTION) + "\n")
    with open(os.path.join(TRUTH, PL11 + ".header-rows.txt"), "w", encoding="utf-8") as f:
        f.write("3\n")


# An invented table whose second header row (units) is told from the body only by
# its bold type: no merged cell, no group heading over it, printed on one page. A
# bold total row with numbers follows it and belongs to the body.
PL12 = "pl12-road-lengths"
PL12_CAPTION = ["Biểu số 05", "KẾT QUẢ CỨNG HÓA ĐƯỜNG GIAO THÔNG NÔNG THÔN NĂM 2024"]
PL12_ROWS = [
    ("1", "Xã Ninh Tây", "21,0", "12,3", "58,6"),
    ("2", "Xã Ninh Sơn", "18,4", "15,1", "82,1"),
    ("3", "Xã Ninh Thượng", "25,2", "19,8", "78,6"),
    ("4", "Xã Ninh Phụng", "12,6", "11,9", "94,4"),
    ("5", "Xã Ninh Thân", "16,0", "13,2", "82,5"),
]


def write_pl12_truth():
    cells = [(0, 0, 1, 1, "TT"), (0, 1, 1, 1, "Đơn vị"), (0, 2, 1, 1, "Tổng chiều dài"),
             (0, 3, 1, 1, "Đã cứng hóa"), (0, 4, 1, 1, "Tỷ lệ"),
             (1, 1, 1, 1, "(xã)"), (1, 2, 1, 1, "(km)"), (1, 3, 1, 1, "(km)"), (1, 4, 1, 1, "(%)"),
             (2, 1, 1, 1, "Tổng cộng"), (2, 2, 1, 1, "93,2"), (2, 3, 1, 1, "72,3"), (2, 4, 1, 1, "77,6")]
    for i, row in enumerate(PL12_ROWS):
        cells += [(3 + i, c, 1, 1, t) for c, t in enumerate(row)]
    with open(os.path.join(TRUTH, PL12 + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "col", "row_span", "col_span", "text"])
        for c in sorted(cells):
            w.writerow(c)
    with open(os.path.join(TRUTH, PL12 + ".caption.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(PL12_CAPTION) + "\n")
    with open(os.path.join(TRUTH, PL12 + ".header-rows.txt"), "w", encoding="utf-8") as f:
        f.write("2\n")


# An invented two-level header over a per-commune table: "Năm 2024" and "Năm 2025"
# each over "Kế hoạch" / "Thực hiện", the other header cells merged down over both
# header rows; each commune's number and name merged down over its criteria rows,
# from the first body row on. Written to truth/ here.
PL13 = "pl13-commune-progress"
PL13_CAPTION = ["Biểu số 06", "TIẾN ĐỘ THỰC HIỆN TIÊU CHÍ CỦA CÁC XÃ NĂM 2024 - 2025"]
PL13_COMMUNES = [
    ("Xã Cam Hiệp Bắc", [("Giao thông", "3,5 km", "2,1 km", "2,0 km", ""),
                         ("Thủy lợi và phòng chống thiên tai", "2 công trình", "1 công trình", "1 công trình", "")]),
    ("Xã Cam Hòa", [("Trường học", "1 trường", "1 trường", "", "Hoàn thành"),
                    ("Văn hóa", "3 nhà văn hóa", "2 nhà văn hóa", "1 nhà văn hóa", ""),
                    ("Môi trường", "85%", "80%", "90%", "")]),
    ("Xã Sơn Tân", [("Thu nhập", "45 triệu đồng", "41 triệu đồng", "50 triệu đồng", "")]),
    ("Xã Cam Phước Tây", [("Nghèo đa chiều", "4%", "5,2%", "3%", ""),
                          ("Y tế", "90%", "86%", "95%", "")]),
]


def write_pl13_truth():
    cells = [(0, 0, 2, 1, "TT"), (0, 1, 2, 1, "Tên xã"), (0, 2, 2, 1, "Tiêu chí"),
             (0, 3, 1, 2, "Năm 2024"), (0, 5, 1, 1, "Năm 2025"), (0, 6, 2, 1, "Ghi chú"),
             (1, 3, 1, 1, "Kế hoạch"), (1, 4, 1, 1, "Thực hiện"), (1, 5, 1, 1, "Kế hoạch")]
    r = 2
    for i, (commune, rows) in enumerate(PL13_COMMUNES):
        cells += [(r, 0, len(rows), 1, str(i + 1)), (r, 1, len(rows), 1, commune)]
        for j, row in enumerate(rows):
            cells += [(r + j, 2 + k, 1, 1, t) for k, t in enumerate(row) if t]
        r += len(rows)
    with open(os.path.join(TRUTH, PL13 + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "col", "row_span", "col_span", "text"])
        for c in sorted(cells):
            w.writerow(c)
    with open(os.path.join(TRUTH, PL13 + ".caption.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(PL13_CAPTION) + "\n")
    with open(os.path.join(TRUTH, PL13 + ".header-rows.txt"), "w", encoding="utf-8") as f:
        f.write("2\n")


def load(stem):
    cells = []
    with open(os.path.join(TRUTH, stem + ".csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            cells.append((int(r["row"]), int(r["col"]), int(r["row_span"]), int(r["col_span"]), r["text"]))
    with open(os.path.join(TRUTH, stem + ".caption.txt"), encoding="utf-8") as f:
        caption = f.read().splitlines()
    return cells, caption


def workbook(stem, landscape, header_rows, path, gridlines=False, row_pt=13.5, bold_header=False,
             min_width=6.0, footer=None, print_area_extra=0, bold_rows=0, note=None):
    """`gridlines`: no cell borders; the sheet is printed with its gridlines instead.
    `bold_header`: header rows bold and centred (the only text style telling them)."""
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
    widths = [min_width] * n_cols
    for r, c, rs, cs, t in cells:
        longest = max((len(w) for w in t.split()), default=1)
        if cs == 1:
            widths[c] = max(widths[c], min(40.0, max(longest + 2, len(t) / 3)))
    if gridlines:
        edge = Border()
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
        ws.row_dimensions[top + r].height = row_pt * need.get(r, 1) + 3
    for i, line in enumerate(caption[1:]):
        ws.row_dimensions[2 + i].height = 15 * lines(line, sum(widths) * 0.9) + 2
    ws.print_title_rows = f"{top}:{top + header_rows - 1}"
    if note:  # a note under the table, typed in its first column and running over the others
        ws.cell(row=top + n_rows + 1, column=1, value=note).font = font
    if print_area_extra:  # a print range reaching past the table: blank ruled rows under it
        ws.print_area = f"A1:{get_column_letter(n_cols)}{top + n_rows - 1 + print_area_extra}"
    for r in range(max(header_rows if bold_header else 0, bold_rows)):
        for c in range(n_cols):
            ws.cell(row=top + r, column=c + 1).font = Font(name="DejaVu Serif", size=10, bold=True)
            ws.cell(row=top + r, column=c + 1).alignment = Alignment(
                wrap_text=True, vertical="center", horizontal="center")
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = gridlines
    if footer:  # printed under every page ("&P" the page, "&N" the page count)
        ws.oddFooter.right.text = footer
        ws.oddFooter.right.size = 9
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
    write_pl11_truth()
    write_pl12_truth()
    write_pl13_truth()
    for stem, name, landscape, header_rows, kw in [
            ("pl01-targets", "pl01-targets.calc", False, 1, {}),
            ("pl07-roadmap-ntm", "pl07-roadmap-ntm.calc", True, 1, {}),
            ("pl01-targets", "pl01-targets.calc-gridlines", False, 1,
             {"gridlines": True, "print_area_extra": 4,
              "note": "Ghi chú: số liệu đến ngày 31/12/2023."}),
            (PL11, PL11 + ".calc", True, 3, {"row_pt": 15, "bold_header": True, "min_width": 16,
                                               "footer": "Báo cáo 45/BC-UBND - Trang &P/&N"}),
            (PL11, PL11 + ".calc-gridlines", True, 3, {"row_pt": 15, "bold_header": True, "min_width": 16,
                                                         "gridlines": True}),
            (PL12, PL12 + ".calc", False, 2, {"bold_rows": 3, "min_width": 14}),
            (PL13, PL13 + ".calc", True, 2, {"bold_header": True, "min_width": 12})]:
        xlsx = os.path.join(SRC, name + ".xlsx")
        workbook(stem, landscape, header_rows, xlsx, **kw)
        print(os.path.relpath(calc_pdf(xlsx, name), HERE))


if __name__ == "__main__":
    sys.exit(main())
