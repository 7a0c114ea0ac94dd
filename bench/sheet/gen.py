#!/usr/bin/env python3
"""Writes a large plan-like workbook: a title, a header and N data rows of 8 columns
(STT, commune, district, criterion text, two numbers, a percentage, a date).
    gen.py OUT.xlsx [N]"""
import datetime
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
wb = Workbook(write_only=True)
ws = wb.create_sheet("Bảng kê")
ws.append(["Phụ lục: danh sách xã và chỉ tiêu (dữ liệu sinh tự động)"])
ws.append([])
ws.append(["STT", "Xã", "Huyện", "Tiêu chí chưa đạt", "Số hộ", "Thu nhập (triệu đồng)", "Tỷ lệ", "Ngày"])
communes = ["Vạn Thắng", "Ninh Tân", "Cam Tân", "Diên Phước", "Sơn Bình", "Khánh Đông"]
districts = ["Vạn Ninh", "Ninh Hoà", "Cam Lâm", "Diên Khánh", "Khánh Sơn", "Khánh Vĩnh"]
d0 = datetime.date(2024, 3, 8)
for i in range(n):
    pct = WriteOnlyCell(ws, value=(i % 1000) / 1000)
    pct.number_format = "0.0%"
    ws.append([i + 1, communes[i % 6], districts[i % 6],
               f"Tiêu chí {i % 19 + 1}. Chỉ tiêu {i % 19 + 1}.{i % 5 + 1} xã chưa đạt, yêu cầu 100%",
               (i * 7) % 5000, round(40 + (i % 300) / 10, 1), pct, d0 + datetime.timedelta(days=i % 365)])
wb.save(out)
print("wrote", out, n, "rows")
