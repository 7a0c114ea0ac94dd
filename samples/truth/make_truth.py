#!/usr/bin/env python3
"""Writes the ground-truth grids in samples/truth/ (cells format, see README.md).

The content is transcribed from samples/khanh-hoa-2024-ntm-plan.ocr.txt and
cleaned by hand; every correction is listed in README.md. Run from anywhere:
    python3 samples/truth/make_truth.py
"""
import csv
import sys

sys.dont_write_bytecode = True
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


class Grid:
    def __init__(self):
        self.cells = []  # (row, col, row_span, col_span, text)
        self.row = 0

    def add(self, r, c, text, rs=1, cs=1):
        if text is None or text == "":
            return
        self.cells.append((r, c, rs, cs, unicodedata.normalize("NFC", text)))

    def write(self, stem, caption=None):
        self.cells.sort(key=lambda x: (x[0], x[1]))
        taken = set()
        for r, c, rs, cs, _ in self.cells:
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    assert (i, j) not in taken, (stem, i, j)
                    taken.add((i, j))
        with open(os.path.join(HERE, stem + ".csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["row", "col", "row_span", "col_span", "text"])
            for cell in self.cells:
                w.writerow(cell)
        if caption:
            with open(os.path.join(HERE, stem + ".caption.txt"), "w", encoding="utf-8") as f:
                for line in caption:
                    f.write(unicodedata.normalize("NFC", line) + "\n")


def simple_rows(g, start, rows):
    for i, row in enumerate(rows):
        for j, t in enumerate(row):
            g.add(start + i, j, t)


# ---------------------------------------------------------------- Phụ lục 01
def pl01():
    g = Grid()
    simple_rows(g, 0, [["Số thứ tự", "Tiêu chí", "Xã NTM", "Xã NTM nâng cao", "Huyện NTM", "Huyện NTM nâng cao"]])
    crit = [
        ("1", [("Quy hoạch", "100", "50", "60", "25")]),
        ("2", [("Giao thông", "98", "50", "60", "25")]),
        ("3", [("Thủy lợi và phòng chống thiên tai", "98", "50", "60", "25")]),
        ("4", [("Điện", "98", "50", "60", "25")]),
        ("5", [("5. Trường học", "90", "", "", ""),
               ("5. Giáo dục", "", "50", "", ""),
               ("5. Y tế - văn hóa - giáo dục", "", "", "60", "25")]),
        ("6", [("6. Cơ sở vật chất văn hóa", "90", "", "", ""),
               ("6. Văn hóa", "", "50", "", ""),
               ("5. Y tế - văn hóa - giáo dục", "", "", "60", "25")]),
        ("7", [("7. Cơ sở hạ tầng thương mại nông thôn", "100", "70", "", ""),
               ("6. Kinh tế", "", "", "60", "25")]),
        ("8", [("8. Thông tin và truyền thông", "97", "50", "", ""),
               ("18. Tiếp cận pháp luật", "95", "", "", ""),
               ("15. Hành chính công", "", "50", "", ""),
               ("16. Tiếp cận pháp luật", "", "50", "", ""),
               ("9. An ninh trật tự - hành chính công", "", "", "60", "25")]),
        ("9", [("9. Nhà ở dân cư", "90", "50", "", "")]),
        ("10", [("10. Thu nhập", "90", "50", "", ""),
                ("6. Kinh tế", "", "", "60", "25")]),
        ("11", [("11. Nghèo đa chiều", "90", "50", "", "")]),
        ("12", [("12. Lao động", "95", "50", "", "")]),
        ("13", [("13. Tổ chức sản xuất và phát triển kinh tế nông thôn", "100", "50", "", "")]),
        ("14", [("14. Giáo dục và đào tạo", "90", "", "", ""),
                ("5. Giáo dục", "", "60", "", ""),
                ("5. Y tế - văn hóa - giáo dục", "", "", "60", "25")]),
        ("15", [("15. Y tế", "100", "", "", ""),
                ("14. Y tế", "", "50", "", ""),
                ("5. Y tế - văn hóa - giáo dục", "", "", "60", "")]),
        ("16", [("16. Văn hóa", "80", "", "", ""),
                ("6. Văn hóa", "", "50", "", ""),
                ("5. Y tế - văn hóa - giáo dục", "", "", "", "25")]),
        ("17", [("17. Môi trường và an toàn thực phẩm", "90", "", "", ""),
                ("17. Môi trường", "", "50", "", ""),
                ("18. Chất lượng môi trường sống", "", "50", "", ""),
                ("7. Môi trường", "", "", "60", "25"),
                ("8. Chất lượng môi trường sống", "", "", "70", "40")]),
        ("18", [("18. Hệ thống chính trị và tiếp cận pháp luật", "100", "", "", ""),
                ("15. Hành chính công", "", "50", "", ""),
                ("16. Tiếp cận pháp luật", "", "50", "", "")]),
        ("19", [("19. Quốc phòng và an ninh", "99", "50", "", ""),
                ("9. An ninh trật tự - hành chính công", "", "", "60", "25")]),
    ]
    r = 1
    for stt, rows in crit:
        g.add(r, 0, stt, rs=len(rows))
        for i, row in enumerate(rows):
            for j, t in enumerate(row):
                g.add(r + i, 1 + j, t)
        r += len(rows)
    g.write("pl01-targets", [
        "Phụ lục 01:",
        "MỤC TIÊU VỀ SỐ ĐỊA PHƯƠNG ĐẠT CHUẨN TỪNG CHỈ TIÊU, TIÊU CHÍ TRONG CÁC BỘ TIÊU CHÍ NÔNG THÔN MỚI GIAI ĐOẠN 2021-2025",
        "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)",
        "Đơn vị tính: %",
    ])


# ---------------------------------------------------------------- Phụ lục 06
def pl06():
    g = Grid()
    rows = [
        ["STT", "Tên đơn vị", "Theo dõi, thẩm định các chỉ tiêu, tiêu chí NTM", "Theo dõi, thẩm định các chỉ tiêu, tiêu chí NTM nâng cao"],
        ["1", "Sở Kế hoạch và Đầu tư", "Nợ đọng xây dựng cơ bản", ""],
        ["2", "Sở Xây dựng", "Các tiêu chí số 1, 9; chỉ tiêu số 17.5", "Các tiêu chí số 1, 9; chỉ tiêu số 17.9"],
        ["3", "Sở Giao thông vận tải", "Tiêu chí số 2", "Tiêu chí số 2"],
        ["4", "Chi cục Thủy lợi", "Tiêu chí số 3, chỉ tiêu 17.1", "Tiêu chí số 3; Các chỉ tiêu số 18.1, 18.2, 18.3"],
        ["5", "Sở Công Thương", "Các tiêu chí số 4, 7; các chỉ tiêu số 17.10", "Các tiêu chí số 4, 7; các chỉ tiêu số 18.4, 18.5"],
        ["6", "Sở Giáo dục và Đào tạo", "Tiêu chí số 5; Chỉ tiêu 14", "Tiêu chí số 5"],
        ["7", "Sở Văn hóa và Thể thao", "Các tiêu chí số 6, 16", "Tiêu chí số 6"],
        ["8", "Sở Thông tin và Truyền thông", "Tiêu chí số 8", "Tiêu chí số 8; các chỉ tiêu số 15.1, 15.2"],
        ["9", "Cục Thống kê", "Tiêu chí số 10", "Tiêu chí số 10"],
        ["10", "Sở Lao động - TB và XH", "Các tiêu chí số 11; 12; chỉ tiêu số 18.5", "Các tiêu chí số 11; các chỉ tiêu số 12.1, 12.2, 12.3"],
        ["11", "Chi cục Phát triển nông thôn", "Các chỉ tiêu số 13.1, 13.2, 13.4", "Các chỉ tiêu số 13.1, 13.2, 13.3, 13.5, 13.8"],
        ["12", "Chi cục QLCL Nông lâm sản và thủy sản", "Các chỉ tiêu số 13.3 về nội dung chứng nhận Vietgap hoặc tương đương, Chỉ tiêu 17.10", "Các chỉ tiêu số 18.4, 18.5, 18.6, 13.4"],
        ["13", "Chi cục Trồng trọt và BVTV", "Chỉ tiêu 13.3 về nội dung thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã", "Chỉ tiêu số 13.6, 17.7 mảng trồng trọt"],
        ["14", "Trung tâm Khuyến nông", "Chỉ tiêu 13.5", ""],
        ["15", "Sở Y tế", "Tiêu chí số 15; chỉ tiêu số 17.10", "Tiêu chí số 14; các chỉ tiêu số 18.4, 18.5"],
        ["16", "Văn phòng UBND tỉnh", "", "Chỉ tiêu số 15.3"],
        ["17", "Sở Tài nguyên và Môi trường", "Các chỉ tiêu số 17.2, 17.3, 17.6, 17.7, 17.8, 17.11, 17.12", "Các chỉ tiêu số 17.11, 17.6, 17.10, 17.12; 18.7, 18.8"],
        ["18", "Hội Liên hiệp phụ nữ tỉnh", "Phối hợp với Sở TN&MT chỉ tiêu số 17.8", ""],
        ["19", "Chi cục Kiểm Lâm", "Chỉ tiêu số 17.4", "Chỉ tiêu số 17.11"],
        ["20", "Chi cục Thú y", "Chỉ tiêu số 17.9", "Các chỉ tiêu số 17.7 mảng chăn nuôi, 17.8"],
        ["21", "Sở Nội vụ", "Các chỉ tiêu số 18.1, 18.2, 18.3", ""],
        ["22", "Sở Tư pháp", "Chỉ tiêu số 18.4", "Tiêu chí số 16"],
        ["23", "Văn phòng Điều phối nông thôn mới tỉnh", "Chỉ tiêu 18.6", ""],
        ["24", "Bộ Chỉ huy quân sự tỉnh", "Tiêu chí số 19.1", "Tiêu chí số 19.1"],
        ["25", "Công an tỉnh", "Tiêu chí số 19.2", "Tiêu chí số 19.2"],
    ]
    simple_rows(g, 0, rows)
    g.write("pl06-agencies", [
        "Phụ lục 06:",
        "DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ PHỤ TRÁCH THẨM ĐỊNH",
        "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 08 tháng 3 năm 2024 của UBND tỉnh)",
    ])


# ------------------------------------------------------- Phụ lục 07, 08, 09
ROADMAP_HEADER = ["Số", "Năm", "Tổng", "Lũy kế", "%", "Vạn Ninh", "Ninh Hoà", "Nha Trang",
                  "Diên Khánh", "Cam Lâm", "Cam Ranh", "Khánh Vĩnh", "Khánh Sơn"]
DISTRICTS = ROADMAP_HEADER[5:]


def roadmap(stem, title, totals, years, plan_no):
    g = Grid()
    simple_rows(g, 0, [ROADMAP_HEADER])
    g.add(1, 1, "TỔNG CỘNG")
    g.add(1, 2, totals[0])
    for j, t in enumerate(totals[1:]):
        g.add(1, 5 + j, t)
    for i, (stt, year, tong, luyke, pct, by_district) in enumerate(years):
        r = 2 + i
        for j, t in enumerate([stt, year, tong, luyke, pct]):
            g.add(r, j, t)
        for d, names in by_district.items():
            g.add(r, 5 + DISTRICTS.index(d), "\n".join(names))
    g.write(stem, [
        title.split(":")[0] + ":",
        title.split(":")[1].strip(),
        f"(Kèm theo Kế hoạch số {plan_no}/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)",
    ])


def pl07():
    V, N, T, D, C, R, KV, KS = DISTRICTS
    years = [
        ("1", "2014", "10", "10", "10,6%", {N: ["N.Quang"], T: ["Vĩnh Ngọc", "Vĩnh Hiệp"],
                                           D: ["D.Phước", "D.Lạc", "D.Phú", "D.An"], C: ["Cam Hải Tây"],
                                           R: ["Cam Thành Nam", "Cam Bình"]}),
        ("2", "2015", "12", "22", "23,4%", {V: ["V.Lương", "V.Hưng"], N: ["N.Phụng"], T: ["Vĩnh Trung", "Vĩnh Thạnh"],
                                           D: ["D.Sơn", "D.Lâm", "D.Thọ"], C: ["Cam Tân", "Cam Hiệp Nam"],
                                           R: ["Cam Thịnh Đông", "Cam Lập"]}),
        ("3", "2016", "6", "28", "29,8%", {V: ["V.Thắng"], N: ["N.Thọ"], T: ["Vĩnh Phương", "Phước Đồng"],
                                          D: ["D.Điền"], C: ["Cam Hải Đông"]}),
        ("4", "2017", "7", "35", "37,2%", {N: ["N.Bình", "N.Hưng", "N.Đông"], D: ["D.Hoà", "D.Toàn"],
                                          C: ["Cam Hiệp Bắc", "Cam Hoà"]}),
        ("5", "2018", "7", "42", "44,7%", {V: ["Xuân Sơn", "Vạn Phú", "Vạn Bình"], N: ["Ninh Thân", "Ninh Vân"],
                                          D: ["Diên Thạnh"], C: ["Cam An Bắc"]}),
        ("6", "2019", "7", "49", "53,2%", {V: ["Vạn Thọ"], N: ["Ninh Tân", "Ninh Phú"], T: ["Vĩnh Lương"],
                                          D: ["Suối Tiên"], C: ["Cam Thành Bắc"], KV: ["Sông Cầu"]}),
        ("7", "2020", "7", "56", "60,9%", {V: ["Vạn Phước"], N: ["Ninh Trung", "Ninh Sơn", "Ninh Ích", "Ninh Sim"],
                                          D: ["Bình Lộc"], C: ["Cam An Nam"]}),
        ("8", "2021", "5", "61", "66,3%", {V: ["V.Khánh"], N: ["Ninh Lộc", "Ninh Xuân"], D: ["Diên Tân"],
                                          C: ["Suối Cát"]}),
        ("9", "2022", "2", "63", "68,5%", {V: ["V.Long"], D: ["Diên Đồng"]}),
        ("10", "2023", "2", "65", "70,7%", {D: ["Diên Xuân"], C: ["Cam Phước Tây"]}),
        ("11", "2024", "5", "70", "76,1%", {V: ["Vạn Thạnh"], N: ["Ninh Tây", "Ninh Thượng"], C: ["Sơn Tân"],
                                           KS: ["Sơn Bình"]}),
        ("12", "2025", "6", "76", "82,6%", {N: ["Ninh An"], R: ["Cam Phước Đông", "Cam Thịnh Tây"],
                                           KV: ["Khánh Đông", "Khánh Bình"], KS: ["Sơn Hiệp"]}),
    ]
    roadmap("pl07-roadmap-ntm", "Phụ lục 07: LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI",
            ["76", "11", "19", "7", "16", "12", "6", "3", "2"], years, "355")


def pl08():
    V, N, T, D, C, R, KV, KS = DISTRICTS
    years = [
        ("1", "2020", "2", "2", "2,2%", {N: ["N.Quang"], T: ["Vĩnh Phương"]}),
        ("2", "2021", "4", "6", "6,5%", {D: ["Diên Điền", "Diên An"], C: ["Cam Thành Bắc", "Cam Hải Tây"]}),
        ("3", "2022", "4", "10", "10,9%", {V: ["Vạn Phú"], T: ["Vĩnh Hiệp"], D: ["Diên Phước", "Diên Lạc"]}),
        ("4", "2023", "9", "19", "20,7%", {V: ["Vạn Hưng"], N: ["Ninh Phụng", "Ninh Bình", "Ninh Hưng", "Ninh Đông"],
                                          T: ["Vĩnh Thạnh"], D: ["Diên Sơn", "Diên Phú"], R: ["Cam Thịnh Đông"]}),
        ("5", "2024", "11", "30", "32,6%", {V: ["Vạn Thắng"], N: ["Ninh Thân", "Ninh Tân", "Ninh Phú", "Ninh Sơn"],
                                           T: ["Vĩnh Trung"], D: ["Diên Hòa", "Diên Thọ"], C: ["Cam Tân", "Cam Hải Đông"],
                                           R: ["Cam Lập"]}),
        ("6", "2025", "9", "39", "42,4%", {V: ["Vạn Bình"], N: ["Ninh Thọ", "Ninh Lộc"],
                                          C: ["Cam Hiệp Nam", "Cam Hòa", "Suối Cát"], R: ["Cam Bình", "Cam Thành Nam"],
                                          KV: ["Sông Cầu"]}),
    ]
    roadmap("pl08-roadmap-nc", "Phụ lục 08: LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO",
            ["39", "4", "11", "4", "8", "7", "4", "1", "0"], years, "355")


def pl09():
    V, N, T, D, C, R, KV, KS = DISTRICTS
    years = [
        ("1", "2024", "1", "1", "1,1%", {N: ["Ninh Quang"]}),
        ("2", "2025", "10", "11", "11,8%", {V: ["Vạn Phú"], N: ["Ninh Đông"], T: ["Vĩnh Phương"],
                                           D: ["Diên Điền", "Diên An", "Diên Phước", "Diên Lạc"],
                                           C: ["Cam Hải Tây"], R: ["Cam Thịnh Đông"]}),
    ]
    roadmap("pl09-roadmap-km", "Phụ lục 09: LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU MẪU",
            ["11", "1", "2", "1", "4", "2", "1", "0", "0"], years, "355")


if __name__ == "__main__":
    pl01()
    pl06()
    pl07()
    pl08()
    pl09()
    import pl03_commune_plan  # noqa: E402  (kept in its own file: long texts)
    pl03_commune_plan.write(Grid)
