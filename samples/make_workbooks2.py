"""Second sample generator: workbooks from other producers and other layouts.

Writes, next to this script:

* ``wb-variants.openpyxl.xlsx`` (openpyxl) and, converted by LibreOffice,
  ``wb-variants.lo.xlsx``, ``wb-variants.lo.xls``, ``wb-variants.lo.ods``;
* ``wb-richtext.xlsxwriter.xlsx`` (xlsxwriter: rich-text cells of several runs,
  a two-row header with a merged parent);
* ``wb-multiindex.pandas.xlsx`` (pandas ``to_excel`` with a two-level column index).

Every sheet is one scenario; the truth grids of its tables are in
``samples/truth/wb-<sheet>.csv`` (written by hand from the contents below, not by
the reader). Run with the venv of ``samples/README-workbooks.md`` plus xlsxwriter
and pandas:

    /work/venvs/sheet/bin/pip install xlsxwriter pandas
    /work/venvs/sheet/bin/python samples/make_workbooks2.py
"""

import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))


def merged(ws, rng, value):
    ws[rng.split(":")[0]] = value
    ws.merge_cells(rng)


def sheet_values(wb):
    """Values: text numbers with Vietnamese separators, percent format, floats that
    are integers, a date, formulas, an error, a boolean."""
    ws = wb.create_sheet("values")
    ws.append(["STT", "Chỉ tiêu", "Giá trị"])
    ws.append([1, "Dân số (văn bản)", "1.489.867"])
    ws.append([2, "Tỷ lệ (văn bản)", "74,17"])
    ws.append([3, "Tỷ lệ % (văn bản)", "29,8%"])
    ws.append([4, "Tỷ lệ (định dạng %)", 0.298])
    ws["C5"].number_format = "0.0%"
    ws.append([5, "Số xã", 100.0])
    ws.append([6, "Ngày ban hành", datetime.date(2024, 3, 8)])
    ws["C7"].number_format = "dd/mm/yyyy"
    ws.append([7, "Tổng (công thức)", "=C6+20"])
    ws.append([8, "Lỗi chia", "=1/0"])
    ws.append([9, "Đạt", True])
    ws.append([10, "Kinh phí", 1234567.5])
    ws["C11"].number_format = "#,##0.00"


def sheet_layout(wb):
    """Title merged across the table, caption and unit lines, a two-row header with
    a merged parent over sub-columns, data from column C, a blank row inside the
    body, notes and a signature block below."""
    ws = wb.create_sheet("layout")
    merged(ws, "C1:F1", "Phụ lục 11")
    ws["C1"].font = Font(bold=True)
    merged(ws, "C2:F2", "KẾT QUẢ THỰC HIỆN TIÊU CHÍ NĂM 2024")
    merged(ws, "C3:F3", "Đơn vị tính: %")
    merged(ws, "C5:C6", "STT")
    merged(ws, "D5:D6", "Huyện")
    merged(ws, "E5:F5", "Tỷ lệ đạt")
    ws["E6"] = "Năm 2023"
    ws["F6"] = "Năm 2024"
    rows = [
        (1, "Cam Lâm", "62,5", "75"),
        (2, "Diên Khánh", "80", "90,9"),
        None,
        (3, "Khánh Sơn", "20", "37,5"),
        (4, "Khánh Vĩnh", "12,5", "25"),
    ]
    r = 7
    for row in rows:
        if row is not None:
            for j, v in enumerate(row):
                ws.cell(row=r, column=3 + j, value=v)
        r += 1
    # r == 12: notes and signature
    merged(ws, "C13:F13", "Ghi chú: số liệu tính đến ngày 31/12/2024")
    ws["E15"] = "TM. ỦY BAN NHÂN DÂN"
    ws["E16"] = "KT. CHỦ TỊCH"
    ws["E17"] = "PHÓ CHỦ TỊCH"
    ws["E20"] = "Trần Hòa Nam"


def sheet_side(wb):
    """Two tables side by side, separated by one empty column."""
    ws = wb.create_sheet("side")
    left = [("STT", "Xã"), (1, "Cam Hải Tây"), (2, "Suối Tân")]
    right = [("Năm", "Số xã"), (2024, 3), (2025, 5)]
    for i, (a, b) in enumerate(left):
        ws.cell(row=1 + i, column=1, value=a)
        ws.cell(row=1 + i, column=2, value=b)
    for i, (a, b) in enumerate(right):
        ws.cell(row=1 + i, column=4, value=a)
        ws.cell(row=1 + i, column=5, value=b)


def sheet_hidden(wb):
    """A hidden row and a hidden column: their data stays in the table."""
    ws = wb.create_sheet("hidden")
    ws.append(["STT", "Xã", "Mã", "Kết quả"])
    ws.append([1, "Ninh Phụng", "X01", "Đạt"])
    ws.append([2, "Ninh Hà", "X02", "Chưa đạt"])
    ws.append([3, "Ninh Tân", "X03", "Đạt"])
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["C"].hidden = True


def sheet_bigrange(wb):
    """A small table, and formatting on the sheet's last row: the used range
    claims 1,048,576 rows."""
    ws = wb.create_sheet("bigrange")
    ws.append(["STT", "Xã"])
    ws.append([1, "Vạn Thắng"])
    ws.append([2, "Vạn Phước"])
    ws.cell(row=1048576, column=1).font = Font(bold=True)
    ws.cell(row=1048576, column=16384).font = Font(italic=True)


def openpyxl_book(path):
    wb = Workbook()
    wb.remove(wb.active)
    sheet_values(wb)
    sheet_layout(wb)
    sheet_side(wb)
    sheet_hidden(wb)
    sheet_bigrange(wb)
    wb.save(path)


def convert(src, ext, filt, dest):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", f"{ext}:{filt}", "--outdir", tmp, src],
            check=True, capture_output=True)
        base = os.path.splitext(os.path.basename(src))[0]
        shutil.move(os.path.join(tmp, f"{base}.{ext}"), dest)


def xlsxwriter_book(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("richtext")
    bold = wb.add_format({"bold": True})
    red = wb.add_format({"font_color": "red"})
    pct = wb.add_format({"num_format": "0.0%"})
    ws.write("A1", "Phụ lục 12: Danh sách xã")
    ws.merge_range("A3:A4", "STT")
    ws.merge_range("B3:B4", "Xã")
    ws.merge_range("C3:D3", "Kết quả")
    ws.write("C4", "Số tiêu chí")
    ws.write("D4", "Tỷ lệ")
    ws.write("A5", 1)
    ws.write_rich_string("B5", bold, "Xã ", red, "Ninh Ích", " (huyện Ninh Hòa)")
    ws.write("C5", 19)
    ws.write("D5", 1.0, pct)
    ws.write("A6", 2)
    ws.write_rich_string("B6", "Xã ", bold, "Ninh Lộc")
    ws.write("C6", 17)
    ws.write("D6", 17 / 19, pct)
    wb.close()


def pandas_book(path):
    import pandas as pd

    cols = pd.MultiIndex.from_tuples([
        ("Xã", ""), ("Năm 2024", "Kế hoạch"), ("Năm 2024", "Thực hiện"),
        ("Năm 2025", "Kế hoạch"),
    ])
    df = pd.DataFrame(
        [["Cam Thành Bắc", 15, 16, 19], ["Cam Phước Tây", 17, 17, 19]], columns=cols)
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="multiindex")


def main():
    src = os.path.join(HERE, "wb-variants.openpyxl.xlsx")
    openpyxl_book(src)
    convert(src, "xlsx", "Calc MS Excel 2007 XML", os.path.join(HERE, "wb-variants.lo.xlsx"))
    convert(src, "xls", "MS Excel 97", os.path.join(HERE, "wb-variants.lo.xls"))
    convert(src, "ods", "calc8", os.path.join(HERE, "wb-variants.lo.ods"))
    xlsxwriter_book(os.path.join(HERE, "wb-richtext.xlsxwriter.xlsx"))
    pandas_book(os.path.join(HERE, "wb-multiindex.pandas.xlsx"))


if __name__ == "__main__":
    main()
