"""Content of the two test plans of other provinces, written by hand in the
manner of a provincial office (see README.md beside this file).

Each plan is a list of blocks:
- ("p", text): a paragraph of prose;
- ("table", caption_lines, header_rows, body_rows): an appendix table; a cell
  may hold several lines (joined with "\n").

Unit names are real names of the national data (vietnamadminunits 1.0.4):
Bình Định's pre-July-2025 districts and communes, and the communes of the
Đắk Lắk province formed on 1 July 2025. The inconsistencies planted on
purpose are listed in tests/labels/<plan>/planted.csv.
"""

# ---------------------------------------------------------------------------
# Bình Định, 2024: a pre-reform plan of a province with districts.
# ---------------------------------------------------------------------------

BD_REF = "(Kèm theo Kế hoạch số 87/KH-UBND ngày 28 tháng 3 năm 2024 của UBND tỉnh Bình Định)"

BD_TARGET_ROWS = [
    # (TT, criterion cell, Xã NTM %, Xã NTM nâng cao %)
    ("1", "Quy hoạch", "100", "60"),
    ("2", "Giao thông", "95", "55"),
    ("3", "Thủy lợi và phòng chống thiên tai", "98", "60"),
    ("4", "Điện", "100", "70"),
    ("5", "5. Trường học", "85", ""),
    ("", "5. Giáo dục", "", "50"),
    ("6", "6. Cơ sở vật chất văn hóa", "90", ""),
    ("", "6. Văn hóa", "", "50"),
    ("7", "Cơ sở hạ tầng thương mại nông thôn", "95", "45"),
    ("8", "Thông tin và truyền thông", "100", "65"),
    ("9", "Nhà ở dân cư", "92", "55"),
    ("10", "Thu nhập", "80", "40"),
    ("11", "Nghèo đa chiều", "85", "45"),
    ("12", "Lao động", "96", "60"),
    ("13", "13. Tổ chức sản xuất và phát triển kinh tế nông thôn", "90", ""),
    ("", "13. Tổ chức sản xuất và phát triển kinh tế", "", "45"),
    ("14", "14. Giáo dục và đào tạo", "95", ""),
    ("15", "15. Y tế", "90", ""),
    ("", "14. Y tế", "", "55"),
    ("16", "16. Văn hóa", "92", ""),
    ("17", "17. Môi trường và an toàn thực phẩm", "80", ""),
    ("", "17. Môi trường", "", "40"),
    ("", "18. Chất lượng môi trường sống", "", "45"),
    ("18", "18. Hệ thống chính trị và tiếp cận pháp luật", "97", ""),
    ("", "15. Hành chính công", "", "60"),
    ("", "16. Tiếp cận pháp luật", "", "60"),
    ("19", "Quốc phòng và an ninh", "100", "70"),
]

# Per-commune plan: (commune cell, [(NTM statement, NC statement, agency, solution, time)])
BD_PLAN_A = [
    ("Xã Cát Sơn (huyện Phù Cát): đạt 15/19 tiêu chí, 03 tiêu chí chưa đạt gồm: 10, 12, 17", [
        ("TC 10 - Thu nhập: 43 triệu đồng/người/năm (yêu cầu 50)", "",
         "Cục Thống kê tỉnh", "Hỗ trợ phát triển sản xuất, chuyển đổi cây trồng trên đất lúa kém hiệu quả", "Quý IV/2024"),
        ("CT 12.1 - Tỷ lệ lao động qua đào tạo: 71,4% (yêu cầu ≥ 75%)", "",
         "Sở Lao động - TB và XH; UBND huyện Phù Cát", "Mở các lớp đào tạo nghề nông nghiệp, may công nghiệp", "Quý III/2024"),
        ("CT 17.8 - Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh: 72,5% (yêu cầu ≥ 80%)", "",
         "Sở Tài nguyên và MT, Hội LHPN tỉnh", "Vận động hộ dân cải tạo nhà tiêu, nhà tắm; lồng ghép vốn vay chương trình nước sạch", "Quý III/2024"),
    ]),
    ("Xã An Tân (huyện An Lão): đạt 14/19 tiêu chí, 05 tiêu chí chưa đạt gồm: 2, 9, 10, 11, 15", [
        ("Tiêu chí 2. Giao thông: Chỉ tiêu 2.3 Tỷ lệ đường ngõ, xóm được cứng hóa: 58,6% (12,3/21,0 km), yêu cầu ≥ 70%", "",
         "Sở Giao thông vận tải", "Huy động nhân dân hiến đất, góp công bê tông hóa đường ngõ xóm", "Quý IV/2024"),
        ("Chỉ tiêu 9.2 Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố: 68,2% (1.023/1.600 hộ), yêu cầu ≥ 75%", "",
         "Sở Xây dựng", "Lồng ghép vốn Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS hỗ trợ làm nhà", "Quý IV/2024"),
        ("TC 10 - Thu nhập: 39,5 triệu đồng/người/năm (yêu cầu 50)", "",
         "Cục Thống kê tỉnh", "Phát triển trồng rừng gỗ lớn, chăn nuôi bò lai", "Quý IV/2024"),
        ("TC 11 - Nghèo đa chiều: 9,84% (yêu cầu ≤ 5%)", "",
         "Sở Lao động - TB và XH", "Thực hiện chính sách giảm nghèo bền vững, hỗ trợ sinh kế", "Quý IV/2024"),
        ("CT 15.4 - Tỷ lệ dân số có sổ khám chữa bệnh điện tử: 41% (yêu cầu ≥ 50%)", "",
         "Sở Y tế, Trung tâm Y tế huyện An Lão", "Trạm Y tế xã cập nhật hồ sơ sức khỏe điện tử", "Quý III/2024"),
    ]),
    ("Xã Canh Hiển (huyện Vân Canh): đạt 16/19 tiêu chí, 03 tiêu chí chưa đạt gồm: 5, 12, 14", [
        ("TC 5 - Trường học: 66,7% (2/3 trường), yêu cầu 100%", "",
         "Sở Giáo dục và Đào tạo", "Đầu tư phòng học, nhà vệ sinh Trường Tiểu học Canh Hiển", "Quý III/2024"),
        ("CT 12.1 - Tỷ lệ lao động qua đào tạo: 78% (yêu cầu ≥ 75%)", "",
         "Sở Lao động - TB và XH", "Rà soát, cập nhật số liệu lao động qua đào tạo", "Quý II/2024"),
        ("CT 12.2 - Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ: 21,3% (yêu cầu ≥ 25%)", "",
         "Sở Lao động - TB và XH", "Cấp chứng chỉ sơ cấp nghề cho lao động đã qua đào tạo", "Quý III/2024"),
        ("CT 14.2 - Tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học: 80,2% (yêu cầu ≥ 85%)", "",
         "Sở Giáo dục và Đào tạo", "Vận động học sinh tiếp tục học THPT, giáo dục thường xuyên, học nghề", "Quý III/2024"),
    ]),
]

BD_PLAN_B = [
    ("Xã Mỹ Thọ (huyện Phù Mỹ): NTM nâng cao đạt 15/19 tiêu chí, 04 tiêu chí chưa đạt gồm: 2, 10, 14, 17", [
        ("", "CT 2.3 - Tỷ lệ đường ngõ, xóm được cứng hóa, đảm bảo sáng - xanh - sạch - đẹp: 84,1% (yêu cầu ≥ 90%)",
         "Sở Giao thông vận tải", "Bê tông hóa 2,1 km đường ngõ xóm; trồng hoa hai bên đường", "Quý III/2024"),
        ("", "TC 10 - Thu nhập: 55,2 triệu đồng/người/năm (yêu cầu 60)",
         "Cục Thống kê tỉnh", "Phát triển nuôi trồng thủy sản, dịch vụ du lịch cộng đồng", "Quý IV/2024"),
        ("", "CT 14.4 - Tỷ lệ dân số có sổ khám chữa bệnh điện tử: 52% (yêu cầu ≥ 70%)",
         "Sở Y tế", "Triển khai hồ sơ sức khỏe điện tử tại Trạm Y tế xã", "Quý III/2024"),
        ("", "CT 17.11 - Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn: 21% (yêu cầu ≥ 30%)",
         "Sở Tài nguyên và Môi trường; Chi cục QLCL Nông lâm sản và Thủy sản", "Nhân rộng mô hình phân loại rác tại nguồn", "Quý IV/2024"),
    ]),
    ("Xã Nhơn Lộc (thị xã An Nhơn): NTM nâng cao đạt 16/19 tiêu chí, 03 tiêu chí chưa đạt gồm: 11, 12, 18", [
        ("", "CT 18.1 - Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung: 38,5% (yêu cầu ≥ 50%)",
         "Sở Nông nghiệp và PTNT", "Mở rộng mạng lưới cấp nước Nhà máy nước Nhơn Lộc", "Quý IV/2024"),
        ("", "CT 12.3 - Tỷ lệ lao động làm việc trong các ngành kinh tế chủ lực trên địa bàn: 29% (yêu cầu ≥ 34%)",
         "Sở Lao động - TB và XH", "Thu hút doanh nghiệp chế biến nông sản", "Quý IV/2024"),
        ("", "TC 11 - Nghèo đa chiều: 3,6% (yêu cầu ≤ 3%)",
         "Sở Lao động - TB và XH", "Hỗ trợ hộ cận nghèo vay vốn sản xuất", "Quý IV/2024"),
    ]),
]

BD_AGENCIES = [
    ("1", "Sở Xây dựng", "Tiêu chí số 1, 9; chỉ tiêu 17.5", "Tiêu chí số 1, 9"),
    ("2", "Sở Giao thông vận tải", "Tiêu chí số 2", "Tiêu chí số 2"),
    ("3", "Sở Nông nghiệp và PTNT", "Tiêu chí số 3; chỉ tiêu 13.1, 13.2", "Tiêu chí số 3; chỉ tiêu 13.1, 13.2, 18.1"),
    ("4", "Sở Công Thương", "Tiêu chí số 4, 7", "Tiêu chí số 4, 7"),
    ("5", "Sở Giáo dục và Đào tạo", "Tiêu chí số 5, 14", "Tiêu chí số 5"),
    ("6", "Sở Văn hóa và Thể thao", "Tiêu chí số 6, 16", "Tiêu chí số 6"),
    ("7", "Sở Thông tin và TT", "Tiêu chí số 8", "Tiêu chí số 8"),
    ("8", "Cục Thống kê tỉnh", "Tiêu chí số 10", "Tiêu chí số 10"),
    ("9", "Sở Lao động - TB và XH", "Tiêu chí số 11, 12; chỉ tiêu 18.5", "Tiêu chí số 11, 12"),
    ("10", "Sở Y tế", "Tiêu chí số 15; chỉ tiêu 17.10", "Tiêu chí số 14"),
    ("11", "Sở Tài nguyên và Môi trường", "Chỉ tiêu 17.1, 17.2, 17.6, 17.8", "Tiêu chí số 17; chỉ tiêu 18.2"),
    ("12", "Chi cục QLCL Nông lâm sản và Thủy sản", "Chỉ tiêu 13.3", "Chỉ tiêu 13.4"),
    ("13", "Sở Nội vụ", "Chỉ tiêu 18.1, 18.2, 18.3", "Tiêu chí số 15"),
    ("14", "Sở Tư pháp", "Chỉ tiêu 18.4", "Tiêu chí số 16"),
    ("15", "Bộ Chỉ huy Quân sự tỉnh", "Chỉ tiêu 19.1", "Chỉ tiêu 19.1"),
    ("16", "Công an tỉnh", "Chỉ tiêu 19.2", "Chỉ tiêu 19.2"),
]

BD_DISTRICTS = ["An Lão", "Hoài Ân", "Phù Mỹ", "Vĩnh Thạnh", "Tây Sơn", "Phù Cát", "Tuy Phước", "Vân Canh"]
# year -> (printed count, {district: [communes]}); 2023 prints 5 but names 4 (planted).
BD_ROADMAP_NTM = [
    (2021, 5, {"Hoài Ân": ["Ân Phong", "Ân Tín"], "Phù Mỹ": ["Mỹ Chánh"], "Tây Sơn": ["Tây Xuân"], "Phù Cát": ["Cát Hiệp"]}),
    (2022, 4, {"Phù Mỹ": ["Mỹ Lộc", "Mỹ Thành"], "Tuy Phước": ["Phước Hưng"], "Vĩnh Thạnh": ["Vĩnh Hiệp"]}),
    (2023, 5, {"Hoài Ân": ["Ân Nghĩa"], "Tây Sơn": ["Bình Tân", "Tây Phú"], "Phù Cát": ["Cát Tài"]}),
    (2024, 5, {"An Lão": ["An Tân"], "Phù Cát": ["Cát Sơn"], "Vân Canh": ["Canh Hiển"], "Vĩnh Thạnh": ["Vĩnh Thuận"], "Hoài Ân": ["Ân Hảo Tây"]}),
    (2025, 4, {"An Lão": ["An Quang", "An Nghĩa"], "Vân Canh": ["Canh Liên"], "Vĩnh Thạnh": ["Vĩnh Sơn"]}),
]
BD_PROGRAMME = 115

# Nâng cao roadmap by year: district -> (2024 names, 2025 names)
BD_ROADMAP_NC = [
    ("Thị xã Hoài Nhơn", ["Hoài Châu Bắc"], []),
    ("Huyện Phù Mỹ", ["Mỹ Thọ"], ["Mỹ Hiệp", "Mỹ Tài"]),
    ("Huyện Tây Sơn", ["Tây Bình"], ["Bình Nghi"]),
    ("Huyện Phù Cát", [], ["Cát Hanh", "Cát Nhơn"]),
    ("Thị xã An Nhơn", ["Nhơn Lộc"], ["Nhơn Hậu"]),
    ("Huyện Tuy Phước", ["Phước Thuận"], ["Phước Nghĩa", "Phước Hòa"]),
]

BD_ROADMAP_KM = [
    ("1", "Mỹ Thọ", "Phù Mỹ", "2025"),
    ("2", "Nhơn Lộc", "An Nhơn", "2025"),
    ("3", "Phước Thuận", "Tuy Phước", "2025"),
]


def binh_dinh():
    blocks = [
        ("p", "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH"),
        ("p", "Số: 87/KH-UBND"),
        ("p", "Bình Định, ngày 28 tháng 3 năm 2024"),
        ("p", "KẾ HOẠCH"),
        ("p", "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Bình Định năm 2024"),
        ("p", "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025; Nghị quyết số 42/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh Bình Định; UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình năm 2024 như sau:"),
        ("p", "I. MỤC TIÊU"),
        ("p", "1. Mục tiêu chung"),
        ("p", "Tiếp tục huy động mọi nguồn lực để xây dựng nông thôn mới bền vững, gắn với cơ cấu lại ngành nông nghiệp và phát triển kinh tế nông thôn; nâng cao đời sống vật chất, tinh thần của người dân nông thôn."),
        ("p", "2. Mục tiêu cụ thể"),
        ("p", "a) Toàn tỉnh có 115 xã tham gia Chương trình; phấn đấu đến hết năm 2025 có thêm 23 xã đạt chuẩn nông thôn mới so với năm 2020."),
        ("p", "b) Mục tiêu năm 2024"),
        ("p", "Phấn đấu có thêm 05 xã đạt chuẩn nông thôn mới (An Tân, Cát Sơn, Canh Hiển, Vĩnh Thuận, Ân Hảo Tây); 05 xã đạt chuẩn nông thôn mới nâng cao (Hoài Châu Bắc, Mỹ Thọ, Tây Bình, Nhơn Lộc, Phước Thuận)."),
        ("p", "c) Mục tiêu năm 2025"),
        ("p", "Phấn đấu có thêm 05 xã đạt chuẩn nông thôn mới (An Quang, An Nghĩa, Canh Liên, Vĩnh Sơn, Canh Vinh); 08 xã đạt chuẩn nông thôn mới nâng cao (Mỹ Hiệp, Mỹ Tài, Bình Nghi, Cát Hanh, Cát Nhơn, Nhơn Hậu, Phước Nghĩa, Phước Hòa); 03 xã đạt chuẩn nông thôn mới kiểu mẫu (Mỹ Thọ, Nhơn Lộc, Phước Thuận)."),
        ("p", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("p", "Các sở, ban, ngành theo chức năng, nhiệm vụ được giao tại Phụ lục III chủ trì theo dõi, hướng dẫn, thẩm định các tiêu chí, chỉ tiêu; UBND các huyện, thị xã, thành phố chỉ đạo UBND các xã triển khai các giải pháp tại Phụ lục II, bảo đảm tiến độ đạt chuẩn theo lộ trình tại các Phụ lục IV, V, VI."),
        ("p", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "Sở Nông nghiệp và Phát triển nông thôn (Văn phòng Điều phối nông thôn mới tỉnh) chủ trì, theo dõi, tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch hằng quý./."),
        ("p", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
    ]
    blocks.append(("table",
                   ["Phụ lục I", "MỤC TIÊU TỶ LỆ XÃ ĐẠT CHUẨN TỪNG TIÊU CHÍ NĂM 2024", BD_REF, "Đơn vị tính: %"],
                   [["TT", "Tên tiêu chí", "Xã đạt chuẩn NTM", "Xã đạt chuẩn NTM nâng cao"]],
                   [list(r) for r in BD_TARGET_ROWS]))
    header = ["TT", "Tên xã", "Tiêu chí, chỉ tiêu NTM chưa đạt (hiện trạng, yêu cầu)",
              "Tiêu chí, chỉ tiêu NTM nâng cao chưa đạt", "Cơ quan chủ trì, phối hợp", "Giải pháp thực hiện", "Thời gian hoàn thành"]
    body = [["A", "XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2024", "", "", "", "", ""]]
    for section, start in ((BD_PLAN_A, 1), (BD_PLAN_B, 1)):
        if section is BD_PLAN_B:
            body.append(["B", "XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO NĂM 2024", "", "", "", "", ""])
        for i, (commune, rows) in enumerate(section):
            for j, (ntm, nc, agency, solution, time) in enumerate(rows):
                body.append([str(start + i) if j == 0 else "", commune if j == 0 else "", ntm, nc, agency, solution, time])
    blocks.append(("table",
                   ["Phụ lục II", "CÁC TIÊU CHÍ, CHỈ TIÊU CHƯA ĐẠT CỦA CÁC XÃ ĐĂNG KÝ ĐẠT CHUẨN NĂM 2024", BD_REF],
                   [header], body))
    blocks.append(("table",
                   ["Phụ lục III", "PHÂN CÔNG CƠ QUAN, ĐƠN VỊ THEO DÕI, HƯỚNG DẪN, THẨM ĐỊNH TIÊU CHÍ", BD_REF],
                   [["TT", "Cơ quan, đơn vị", "Tiêu chí, chỉ tiêu xã NTM", "Tiêu chí, chỉ tiêu xã NTM nâng cao"]],
                   [list(r) for r in BD_AGENCIES]))
    header = ["TT", "Năm", "Số xã đạt chuẩn", "Lũy kế", "Tỷ lệ (%)"] + BD_DISTRICTS
    total_row = ["", "TỔNG CỘNG", str(sum(n for _, n, _ in BD_ROADMAP_NTM)), "", ""]
    for d in BD_DISTRICTS:
        total_row.append(str(sum(len(m.get(d, [])) for _, _, m in BD_ROADMAP_NTM)))
    body = [total_row]
    cum = 0
    for i, (year, n, m) in enumerate(BD_ROADMAP_NTM):
        cum += n
        pct = f"{cum / BD_PROGRAMME * 100:.1f}".replace(".", ",")
        body.append([str(i + 1), str(year), str(n), str(cum), pct] + ["\n".join(m.get(d, [])) for d in BD_DISTRICTS])
    blocks.append(("table",
                   ["Phụ lục IV", "LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI GIAI ĐOẠN 2021-2025", BD_REF],
                   [header], body))
    body = []
    for i, (d, y24, y25) in enumerate(BD_ROADMAP_NC):
        body.append([str(i + 1), d, ", ".join(y24), ", ".join(y25), ""])
    body.append(["", "Cộng", str(sum(len(r[1]) for r in BD_ROADMAP_NC)), str(sum(len(r[2]) for r in BD_ROADMAP_NC)), ""])
    blocks.append(("table",
                   ["Phụ lục V", "LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO NĂM 2024-2025", BD_REF],
                   [["TT", "Đơn vị cấp huyện", "Năm 2024", "Năm 2025", "Ghi chú"]], body))
    blocks.append(("table",
                   ["Phụ lục VI", "DANH SÁCH XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU MẪU", BD_REF],
                   [["TT", "Tên xã", "Thuộc huyện, thị xã", "Năm đạt chuẩn"]],
                   [list(r) for r in BD_ROADMAP_KM]))
    return blocks


# ---------------------------------------------------------------------------
# Đắk Lắk, 2026: a plan of a province formed in the July 2025 reform (no districts).
# ---------------------------------------------------------------------------

DL_REF = "(Kèm theo Kế hoạch số 15/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh)"

DL_TARGET_ROWS = [
    ("1", "Quy hoạch", "100", "65"),
    ("2", "Giao thông", "96", "55"),
    ("3", "Thủy lợi và phòng chống thiên tai", "95", "50"),
    ("4", "Điện", "100", "75"),
    ("5", "Trường học / Giáo dục", "88", "48"),
    ("6", "Cơ sở vật chất văn hóa / Văn hóa", "92", "52"),
    ("7", "Cơ sở hạ tầng thương mại nông thôn", "90", "40"),
    ("8", "Thông tin và truyền thông", "98", "60"),
    ("9", "Nhà ở dân cư", "90", "50"),
    ("10", "Thu nhập", "78", "35"),
    ("11", "Nghèo đa chiều", "80", "40"),
    ("12", "Lao động", "95", "55"),
    ("13", "Tổ chức sản xuất và phát triển kinh tế nông thôn", "85", "42"),
    ("19", "Quốc phòng và an ninh", "100", "72"),
]

# (commune, summary, [(statement, agency, solution, time)])
DL_PLAN = [
    ("Ea Wy", "đạt 16/19 tiêu chí; 03 tiêu chí chưa đạt gồm: 10, 11, 17", [
        ("TC 10 - Thu nhập: 43 triệu đồng/người/năm (yêu cầu 47)", "Thống kê tỉnh", "Phát triển cà phê, sầu riêng theo chuỗi liên kết", "Quý IV/2026"),
        ("TC 11 - Nghèo đa chiều: 7,2% (yêu cầu ≤ 5%)", "Sở Nội vụ", "Hỗ trợ sinh kế cho hộ nghèo đồng bào DTTS", "Quý IV/2026"),
        ("CT 17.1 - Tỷ lệ hộ được sử dụng nước sạch theo quy định: 46,3% (yêu cầu ≥ 60%)", "Sở NN&MT; UBND xã Ea Wy", "Nâng cấp công trình cấp nước tập trung buôn Sek", "Quý III/2026"),
    ]),
    ("Cư Pơng", "đạt 15/19 tiêu chí; 04 tiêu chí chưa đạt gồm: 2, 5, 9, 15", [
        ("CT 2.2 - Tỷ lệ đường thôn và đường liên thôn được cứng hóa: 81,7% (24,5/30,0 km), yêu cầu 100%", "Sở Xây dựng", "Bê tông hóa 5,5 km đường liên thôn", "Quý IV/2026"),
        ("TC 5 - Trường học: 50% (2/4 trường), yêu cầu 100%", "Sở GD&ĐT", "Xây dựng bổ sung phòng học Trường Mầm non Hoa Sen", "Quý III/2026"),
        ("CT 9.2 - Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố: 71,0% (yêu cầu ≥ 75%)", "Sở Xây dựng", "Hỗ trợ xóa nhà tạm, nhà dột nát", "Quý IV/2026"),
        ("CT 15.1 - Tỷ lệ người dân tham gia bảo hiểm y tế: 79,4% (6.352/8.000 người), yêu cầu ≥ 85%", "Sở Y tế, Bảo hiểm xã hội tỉnh", "Vận động người dân tham gia BHYT hộ gia đình", "Quý II/2026"),
    ]),
    ("Dliê Ya", "đạt 14/19 tiêu chí; 04 tiêu chí chưa đạt gồm: 8, 10, 13, 18", [
        ("TC 8 - Thông tin và truyền thông: Chỉ tiêu 8.4 Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành: chưa đạt", "Sở KH&CN", "Triển khai phần mềm quản lý văn bản, hồ sơ công việc", "Quý II/2026"),
        ("TC 10 - Thu nhập: 41,2 triệu đồng/người/năm (yêu cầu 47)", "Thống kê tỉnh", "Chuyển đổi cơ cấu cây trồng, phát triển chăn nuôi", "Quý IV/2026"),
        ("CT 13.1 - Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã: chưa đạt", "Chi cục Phát triển nông thôn", "Củng cố HTX nông nghiệp Dliê Ya", "Quý III/2026"),
        ("CT 18.4 - Xã đạt chuẩn tiếp cận pháp luật theo quy định: chưa đạt", "Sở Tư pháp", "Kiện toàn tổ hòa giải, tủ sách pháp luật", "Quý III/2026"),
    ]),
    ("Ea Riêng", "đạt 17/19 tiêu chí; 02 tiêu chí chưa đạt gồm: 12, 17", [
        ("CT 12.1 - Tỷ lệ lao động qua đào tạo: 70,5% (yêu cầu ≥ 75%)", "Sở Nội vụ", "Đào tạo nghề cho lao động nông thôn", "Quý III/2026"),
        ("CT 17.8 - Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh: 64,8% (1.296/1.850 hộ), yêu cầu ≥ 80%", "Sở NN&MT, Hội LHPN tỉnh", "Vận động hộ dân xây dựng nhà tiêu hợp vệ sinh", "Quý IV/2026"),
    ]),
]

DL_AGENCIES = [
    ("1", "Tiêu chí số 1 - Quy hoạch", "Sở Xây dựng"),
    ("2", "Tiêu chí số 2 - Giao thông", "Sở Xây dựng"),
    ("3", "Tiêu chí số 3 - Thủy lợi và phòng chống thiên tai", "Sở Nông nghiệp và Môi trường"),
    ("4", "Tiêu chí số 4 - Điện; Tiêu chí số 7 - Cơ sở hạ tầng thương mại nông thôn", "Sở Công Thương"),
    ("5", "Tiêu chí số 5 - Trường học; Tiêu chí số 14 - Giáo dục và đào tạo", "Sở Giáo dục và Đào tạo"),
    ("6", "Tiêu chí số 6 - Cơ sở vật chất văn hóa; Tiêu chí số 16 - Văn hóa", "Sở Văn hóa, Thể thao và Du lịch"),
    ("7", "Tiêu chí số 8 - Thông tin và truyền thông", "Sở Khoa học và Công nghệ"),
    ("8", "Tiêu chí số 9 - Nhà ở dân cư", "Sở Xây dựng"),
    ("9", "Tiêu chí số 10 - Thu nhập", "Thống kê tỉnh"),
    ("10", "Tiêu chí số 11 - Nghèo đa chiều; Tiêu chí số 12 - Lao động", "Sở Nội vụ"),
    ("11", "Chỉ tiêu 13.1, 13.2 - Tổ chức sản xuất", "Chi cục Phát triển nông thôn"),
    ("12", "Tiêu chí số 15 - Y tế", "Sở Y tế"),
    ("13", "Tiêu chí số 17 - Môi trường và an toàn thực phẩm", "Sở Nông nghiệp và Môi trường; Sở Y tế"),
    ("14", "Chỉ tiêu 18.4 - Tiếp cận pháp luật", "Sở Tư pháp"),
    ("15", "Chỉ tiêu 19.1 - Quốc phòng", "Bộ Chỉ huy Quân sự tỉnh"),
    ("16", "Chỉ tiêu 19.2 - An ninh, trật tự", "Công an tỉnh"),
]

# year -> (printed count, printed cumulative, names); 2030's cumulative is
# printed 16 for 15 (planted).
DL_ROADMAP_NTM = [
    (2026, 4, 4, ["Ea Wy", "Cư Pơng", "Dliê Ya", "Ea Riêng"]),
    (2027, 4, 8, ["Krông Á", "Ea Trang", "Yang Mao", "Phú Hòa 2"]),
    (2028, 3, 11, ["Ia Lốp", "Ea Rốk", "Nam Ka"]),
    (2029, 2, 13, ["Dang Kang", "Cư Pui"]),
    (2030, 2, 16, ["Xuân Lãnh", "Phú Mỡ"]),
]

DL_ROADMAP_NC = [
    ("1", "Tuy An Bắc", "2026"),
    ("2", "Hòa Thịnh", "2027"),
    ("3", "Sơn Thành", "2027"),
    ("4", "Ea Kar", "2028"),
    ("5", "Krông Búk", "2028"),
    ("6", "Tây Sơn", "2029"),
    ("7", "Xuân Cảnh", "2029"),
    ("8", "Phú Hòa 1", "2030"),
]


def dak_lak():
    blocks = [
        ("p", "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK"),
        ("p", "Số: 15/KH-UBND"),
        ("p", "Đắk Lắk, ngày 20 tháng 01 năm 2026"),
        ("p", "KẾ HOẠCH"),
        ("p", "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Đắk Lắk năm 2026 và lộ trình đến năm 2030"),
        ("p", "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, tỉnh Đắk Lắk (mới) được thành lập trên cơ sở nhập tỉnh Đắk Lắk và tỉnh Phú Yên; chính quyền địa phương hai cấp đi vào hoạt động từ ngày 01/7/2025. Toàn tỉnh có 88 xã tham gia Chương trình. UBND tỉnh ban hành Kế hoạch như sau:"),
        ("p", "I. MỤC TIÊU"),
        ("p", "Phấn đấu đến năm 2030 có thêm 15 xã đạt chuẩn nông thôn mới, 08 xã đạt chuẩn nông thôn mới nâng cao."),
        ("p", "Mục tiêu năm 2026"),
        ("p", "Có thêm 04 xã đạt chuẩn nông thôn mới (Ea Wy, Cư Pơng, Dliê Ya, Ea Riêng); 01 xã đạt chuẩn nông thôn mới nâng cao (Tuy An Bắc)."),
        ("p", "II. TỔ CHỨC THỰC HIỆN"),
        ("p", "Sở Nông nghiệp và Môi trường là cơ quan thường trực, tham mưu UBND tỉnh theo dõi, đôn đốc các sở, ngành và UBND các xã thực hiện Kế hoạch./."),
        ("p", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
    ]
    blocks.append(("table",
                   ["Phụ lục 01", "CHỈ TIÊU TỶ LỆ XÃ ĐẠT CHUẨN THEO TỪNG TIÊU CHÍ NĂM 2026", DL_REF],
                   [["STT", "Tiêu chí", "Mục tiêu năm 2026 (%)", ""], ["", "", "Xã NTM", "Xã NTM nâng cao"]],
                   [list(r) for r in DL_TARGET_ROWS]))
    body = []
    for i, (commune, summary, rows) in enumerate(DL_PLAN):
        for j, (st, agency, solution, time) in enumerate(rows):
            body.append([str(i + 1) if j == 0 else "", f"Xã {commune}: {summary}" if j == 0 else "", st, agency, solution, time])
    blocks.append(("table",
                   ["Phụ lục 02", "KẾ HOẠCH HOÀN THIỆN TIÊU CHÍ CỦA CÁC XÃ PHẤN ĐẤU ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2026", DL_REF],
                   [["STT", "Xã", "Tiêu chí, chỉ tiêu chưa đạt", "Đơn vị phụ trách", "Giải pháp", "Thời gian"]], body))
    blocks.append(("table",
                   ["Phụ lục 03", "CƠ QUAN, ĐƠN VỊ THEO DÕI, THẨM ĐỊNH TIÊU CHÍ XÃ NÔNG THÔN MỚI", DL_REF],
                   [["TT", "Tiêu chí, chỉ tiêu xã NTM", "Cơ quan, đơn vị thẩm định"]],
                   [list(r) for r in DL_AGENCIES]))
    body = []
    for i, (year, n, cum, names) in enumerate(DL_ROADMAP_NTM):
        body.append([str(i + 1), str(year), str(n), str(cum), ", ".join(names)])
    blocks.append(("table",
                   ["Phụ lục 04", "LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030", DL_REF],
                   [["STT", "Năm", "Số xã", "Lũy kế", "Tên xã"]], body))
    blocks.append(("table",
                   ["Phụ lục 05", "LỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO GIAI ĐOẠN 2026-2030", DL_REF],
                   [["STT", "Tên xã", "Năm đạt chuẩn"]], [list(r) for r in DL_ROADMAP_NC]))
    return blocks


PLANS = {
    "binh-dinh-2024": binh_dinh,
    "dak-lak-2026": dak_lak,
}
