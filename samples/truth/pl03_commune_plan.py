"""Phụ lục 03 slice: "B. XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO" (Vạn Thắng,
Ninh Tân, Cam Tân), OCR lines 402-423 and 436-448. Corrections: see README.md."""

# Word-level OCR corrections applied to every cell of this table (each is certain:
# the corrected form is the term the criteria set uses, or the same text appears
# correctly elsewhere in the document).
FIXES = [
    ("Chí tiêu", "Chỉ tiêu"), ("chí tiêu", "chỉ tiêu"),
    ("Chi tiêu", "Chỉ tiêu"), ("chi tiêu", "chỉ tiêu"),
    ("Cố mô hình", "Có mô hình"), ("Cố triết khai", "Có triển khai"),
    ("sang - xanh", "sáng - xanh"), ("biên báo", "biển báo"),
    ("chiều sáng", "chiếu sáng"), ("gờ gián tốc", "gờ giảm tốc"),
    ("giàn tông", "gờ giảm tốc"), ("xây xanh", "cây xanh"),
    ("sở khám chữa bệnh", "sổ khám chữa bệnh"), ("mẫu thuẫn", "mâu thuẫn"),
    ("di lại", "đi lại"), ("thi xã", "thị xã"), ("hỗ trợ hổ trợ", "hỗ trợ"),
    ("BVTM", "BVTV"), ("chợ thi điểm", "chợ thí điểm"), ("công đồng", "cộng đồng"),
    ("Nghèo đói chiều", "Nghèo đa chiều"), ("diem du lịch", "điểm du lịch"),
    ("diễm du lịch", "điểm du lịch"), ("mang wifi", "mạng wifi"),
    ("điện hình", "điển hình"), ("hòa táng", "hỏa táng"), ("trực chính", "trục chính"),
    ("Bồi trì nguồn", "Bố trí nguồn"), ("Bảo trì nguồn", "Bố trí nguồn"),
    ("Lắp hồ sơ", "Lập hồ sơ"), ("27,02305 km", "27,023 km"), (" ,", ","), (" .", "."),
    ("92,4 %", "92,4%"), ("70,6 %", "70,6%"), ("VPNCĐ", "VPHC"),
    ("Ninh Thành và Ninh Thương", "Ninh Thân và Ninh Thượng"),
    ("THCS), hoặc", "THCS, hoặc"),
]


def fix(text):
    for a, b in FIXES:
        text = text.replace(a, b)
    return text


HEADER = ["Số", "Địa phương", "Các tiêu chí NTM chưa đạt", "Các tiêu chí NTM nâng cao chưa đạt",
          "Cơ quan phụ trách theo dõi, hướng dẫn, thẩm định", "Giải pháp", "Dự kiến thời gian đạt chuẩn"]

# (stt, địa phương, rows of [NTM chưa đạt, NTM NC chưa đạt, cơ quan, giải pháp, thời gian]);
# "\n" separates the lines of a multi-line cell.
COMMUNES = [
    ("1", "Vạn Thắng\nNTM đạt 14/19 TC, 05 TC chưa đạt gồm: 1, 6, 13, 15, 17, NTM NC đạt 11/19 TC, 8 TC chưa đạt gồm: 1, 2, 6, 7, 10, 13, 14, 17", [
        ["-Tiêu chí 1. Quy hoạch. Xã Chưa đạt", "-Tiêu chí 1. Quy hoạch. Xã chưa đạt", "Sở Xây dựng",
         "Triển khai lập các quy hoạch xây dựng nông thôn, quy hoạch chi tiết các điểm dân cư nông thôn trên địa bàn xã phù hợp với các quy hoạch cấp trên đã được cấp có thẩm quyền phê duyệt", "Quý IV/2024"],
        ["-Tiêu chí 6. Cơ sở vật chất văn hóa:\n+ Chỉ tiêu 6.1 Xã chưa có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã\n+ Chỉ tiêu 6.2. Xã chưa có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định, xã chưa đạt",
         "-Tiêu chí 2 về Giao thông\n+ Chỉ tiêu 2.1. Tỷ lệ đường xã được bảo trì hàng năm đảm bảo sang - xanh - sạch - đẹp, có các hạng mục cần thiết (biên báo, biển chỉ dẫn, chiều sáng, gờ gián tốc, xây xanh,...)\n+ Chỉ tiêu 2.2. Tỷ lệ đường thôn và đường liên thôn được bảo trì hàng năm đảm bảo sáng - xanh - sạch - đẹp, có các hạng mục cần thiết (biên báo, biển chỉ dẫn, chiều sáng, gờ gián tốc, xây xanh,...)",
         "Sở Giao thông vận tải", "UBND xã Vạn Thắng rà soát, triển khai các giải pháp để các tuyến đường giao thông thôn, liên thôn sáng - xanh - sạch - đẹp", "Quý III/2024"],
        ["-Tiêu chí 6. Văn hóa:\n+ Chỉ tiêu 6.1 Xã chưa lắp đặt các dụng cụ thể dục thể thao ngoài trời ở điểm công cộng, các loại hình hoạt động văn hóa, văn nghệ, thể dục, thể thao được tổ chức hoạt động thường xuyên",
         "", "Sở Văn hóa và Thể thao", "- Đầu tư Trung tâm thể dục - thể thao xã, lắp đặt dụng cụ thể thao cho các điểm công cộng để phục vụ nhu cầu thể dục, thể thao của người dân trên địa bàn xã", "Quý IV/2024"],
        ["",
         "+ Chí tiêu 13.3. Cố mô hình kinh tế ứng dụng công nghệ cao, hoặc mô hình nông nghiệp áp dụng cơ giới hóa các khâu, liên kết theo chuỗi giá trị gắn với đảm bảo an toàn thực phẩm, chưa đạt\n+ Chí tiêu 13.4. Ứng dụng chuyển đổi số để thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã, 0 sản phẩm\n+ Chí tiêu 13.5. Tỷ lệ sản phẩm chủ lực của xã được bán qua kênh thương mại điện tử, 0%\n+ Chí tiêu 13.6. Vùng nguyên liệu tập trung đối với nông sản chủ lực của xã được cấp mã vùng, 0 sản phẩm\n+ Chí tiêu 13.8. Cố mô hình phát triển kinh tế nông thôn hiệu quả theo hướng tích hợp đa giá trị (kinh tế, văn hóa, môi trường), chưa đạt.",
         "Chi cục Phát triển nông thôn\nChi cục QLCL\nChi cục Phát triển nông thôn\nChi cục BVTM\nChi cục Phát triển nông thôn",
         "Rà soát các mô hình sản xuất tại địa phương theo yêu cầu của tiêu chí\nRà soát và đề nghị cấp kinh phí thực hiện từ nguồn ngân sách thi xã\nTập huấn, hỗ trợ hổ trợ sản xuất đưa sản phẩm lên sân thương mại điện tử như Postmart\nLập hồ sơ đề nghị cấp mã vùng trồng\nTiếp tục triển khai các chính sách hỗ trợ phát triển sản xuất\nRà soát các mô hình sản xuất tại địa phương theo yêu cầu của tiêu chí",
         "Quý II/2024\nQuý III/2024\nQuý II/2024\nQuý III/2024\nQuý II/2024"],
        ["-Tiêu chí 15. Y tế\n+ Chí tiêu 15.4. Tỷ lệ dân số có sở khám chữa bệnh điện tử, xã đạt 0%, yêu cầu 50%",
         "-Tiêu chí 14. Y tế, chí tiêu 14.4. Tỷ lệ dân số có sở khám chữa bệnh điện tử, yêu cầu 70%, xã đạt 0%",
         "Sở Y tế", "Trung tâm y tế thị xã, Trạm Y tế triển khai hệ thống Hồ sơ sức khỏe điện tử", "Quý II/2024"],
        ["-Tiêu chí 16. Tiếp cận pháp luật, chí tiêu 16.2 Tỷ lệ mẫu thuẫn, tranh chấp, vi phạm thuộc phạm vi hòa giải được hòa giải thành, yêu cầu 100%, xã đạt 62,5% (20/32 vụ việc)",
         "-Tiêu chí 17. Môi trường và an toàn thực phẩm.\n+ Chí tiêu 17.2. Tỷ lệ cơ sở sản xuất kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường, xã đạt 0/1 cơ sở, yêu cầu 95%",
         "Sở Tư pháp", "Tăng cường chỉ đạo, hướng dẫn và phát huy vai trò của Tổ hòa giải tại địa phương trong công tác hòa giải mẫu thuẫn, tranh chấp; kết hợp với công tác tuyên truyền, vận động thông qua nhiều hình thức hiệu quả", "Quý II/2024"],
        ["-Tiêu chí 17. Môi trường\n+ Chí tiêu 17.1. Khu kinh doanh, dịch vụ, chăn nuôi, giết mổ (gia súc, gia cầm), nuôi trồng thủy sản có hạ tầng kỹ thuật về bảo vệ môi trường. Chưa đạt 01 cơ sở chưa đạt yêu cầu về bảo vệ môi trường\n+ Chí tiêu 17.2. Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường, 0% (0/1 cơ sở)",
         "", "Sở Tài nguyên và Môi trường",
         "01 cơ sở chưa đạt là cơ sở chăn nuôi heo của ông Lê Văn Dũng có vị trí nằm trên địa bàn 2 xã Ninh Thành và Ninh Thương. Hiện đã có QĐ số 3210/QĐ-XPVPHC ngày 22/12/2023 của UBND tỉnh về xử phạt VPNCĐ đối với ông Lê Văn Dũng, buộc phải di dời cơ sở đến địa điểm phù hợp quy hoạch và các quy định về môi trường. Trong thời gian tới, địa phương tiếp tục theo dõi và thực hiện theo hướng dẫn của các cơ quan cấp trên.",
         "Quý II/2024"],
        ["-Tiêu chí 19. Quốc phòng và an ninh. Chí tiêu 19.2 Chưa đạt nội dung: có một trong các mô hình về phòng chống tội phạm, tệ nạn xã hội; bảo đảm trật tự, an toàn giao thông; PCCC và cứu nạn cứu hộ gắn với phòng trào toàn dân bảo vệ ANTQ hoạt động thường xuyên, hiệu quả",
         "-Tiêu chí 19. Quốc phòng và an ninh, chí tiêu 19.2 Chưa đạt nội dung: có một trong các mô hình về phòng chống tội phạm, tệ nạn xã hội, bảo đảm trật tự, an toàn giao thông; PCCC và cứu nạn cứu hộ gắn với phòng trào toàn dân bảo vệ ANTQ hoạt động thường xuyên, hiệu quả",
         "Công an tỉnh", "Thành lập mô hình câu lạc bộ phòng chống tội phạm", "Quý II/2024"],
    ]),
    ("3", "Ninh Tân\nNTM đạt 12/19 TC, 07 TC chưa đạt gồm: 1, 2, 5, 13, 14, 15, 17; NTM nâng cao đạt 08/19 TC, 11/19 TC chưa đạt gồm: 1, 2, 3, 5, 6, 7, 10, 13, 14, 17, 18", [
        ["-Tiêu chí 1. Quy hoạch. Xã Chưa đạt\n-Tiêu chí 2. Giao thông", "-Tiêu chí 1. Quy hoạch. Xã Chưa đạt\n-Tiêu chí 2. Giao thông",
         "Sở Xây dựng\nSở Giao thông vận tải", "", "Quý II/2024"],
        ["+ Chí tiêu 2.2. Tỷ lệ đường thôn và đường liên thôn ít nhất được cứng hóa, đảm bảo ô tô di lại thuận tiện quanh năm, xã đạt 74,32% (11,323/15,236 km), yêu cầu 100%",
         "+ Chí tiêu 2.1 Tỷ lệ đường xã có các hạng mục cần thiết (biển báo, biển chỉ dẫn, chiều sáng, giàn tông, cây xanh...) theo quy định, xã chưa đạt", "", "", ""],
        ["+ Chí tiêu 2.3. Tỷ lệ đường ngõ, xóm sạch được cứng hóa và đảm bảo di lại thuận tiện quanh năm, xã đạt 66,21% (2,191/3,309 km), yêu cầu 70%",
         "+ Chí tiêu 2.2. Tỷ lệ đường thôn, và đường liên thôn được cứng hóa và bảo trì hàng năm, yêu cầu 100%, xã đạt 74,32% (11,323/15,236 km). Có các hạng mục cần thiết theo quy định (biển báo, biển chỉ dẫn, chiều sáng, giàn tông, cây xanh...) và đảm bảo sáng - xanh - sạch - đẹp, xã chưa đạt.", "", "", ""],
        ["+ Chí tiêu 2.4. Tỷ lệ đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm, xã đạt 59,06% (15,96/27,02305 km), yêu cầu 70%",
         "+ Chí tiêu 2.3. Tỷ lệ đường ngõ, xóm sạch được cứng hóa, đảm bảo sáng - xanh - sạch - đẹp, xã đạt 66,21% (2,191/3,309 km), yêu cầu 90%\n+ Chí tiêu 2.4. Tỷ lệ đường trục chính nội đồng được cứng hóa đáp ứng yêu cầu sản xuất và vận chuyển hàng hóa, xã đạt 59,06% (15,96/27,023 km), yêu cầu 80%",
         "", "-Triển khai đầu tư và đề xuất bổ sung thêm các công trình giao thông để đảm bảo đạt chuẩn\n- Bồi trì nguồn kinh phí theo quy định để bảo trì hàng năm. Lắp đặt các hạng mục cần thiết", "Quý III/2024"],
        ["-Tiêu chí 5. Trường học. Xã chưa đạt", "-Tiêu chí 5. Trường học", "Sở Giáo dục và Đào tạo",
         "Đề xuất bổ sung các công trình trường học để đảm bảo đạt chuẩn\nTriển khai thực hiện tốt công tác phổ cập giáo dục trong năm học 2023-2024", "Quý III/2024\nQuý III/2024"],
        ["Yêu cầu 100% đạt tiêu chuẩn CSVC tối thiểu, trong đó ≥50% đạt tiêu chuẩn CSVC mức độ 1, xã đạt 0% (0/2 trường)",
         "+ Chí tiêu 5.1. Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS), hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất mức độ 1 và có ít nhất 01 trường đạt tiêu chuẩn cơ sở vật chất mức độ 2, yêu cầu 100%, xã đạt 0%, 0/2 trường\n+ Chí tiêu 5.3. Đạt chuẩn và duy trì đạt chuẩn phổ cập giáo dục tiểu học và THCS mức độ 3, xã chưa đạt", "", "", ""],
        ["-Tiêu chí 6. Văn hóa", "-Tiêu chí 6. Văn hóa", "Sở Văn hóa và Thể thao", "Lắp đặt dụng cụ thể dục thể thao tại Nhà văn hóa - Khu thể thao các thôn", "Quý III/2024"],
        ["+ Chí tiêu 6.1. Có lắp đặt các dụng cụ thể dục thể thao ngoài trời ở điểm công cộng, các loại hình hoạt động văn hóa, văn nghệ, thể dục, thể thao được tổ chức hoạt động thường xuyên, xã chưa đạt",
         "+ Chí tiêu 6.3. Tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa theo quy định và đạt chuẩn nông thôn mới, xã đạt 0%", "", "Lắp hồ sơ đề nghị xét tặng Giấy khen theo quy định", "Quý III/2024"],
        ["-Tiêu chí 7. Cơ sở hạ tầng thương mại nông thôn, có mô hình chợ thi điểm bảo đảm an toàn thực phẩm, hoặc chợ đáp ứng yêu cầu chung theo tiêu chuẩn cho kinh doanh thực phẩm, xã chưa đạt",
         "-Tiêu chí 7. Cơ sở hạ tầng thương mại nông thôn, có mô hình chợ thi điểm bảo đảm an toàn thực phẩm, hoặc chợ đáp ứng yêu cầu chung theo tiêu chuẩn cho kinh doanh thực phẩm, xã chưa đạt",
         "Sở Công Thương", "Rà soát, hướng dẫn xây dựng các mô hình chợ đảm bảo tiêu chuẩn", "Quý III/2024"],
        ["-Tiêu chí 10. Thu nhập, xã đạt 56 triệu đồng/người/năm, chưa đạt 60 triệu đồng/người/năm theo yêu cầu năm 2024",
         "-Tiêu chí 10. Thu nhập, xã đạt 56 triệu đồng/người/năm, chưa đạt 60 triệu đồng/người/năm theo yêu cầu năm 2024",
         "Cục Thống kê", "Triển khai các chính sách hỗ trợ phát triển sản xuất, tăng cường công tác đào tạo nghề. Phối hợp trong công tác tuyển dụng việc làm. Thực hiện điều tra thu nhập trong năm 2024", "Quý II/2024"],
        ["-Tiêu chí 13. Tổ chức sản xuất và phát triển kinh tế nông thôn", "-Tiêu chí 13. Tổ chức sản xuất và phát triển kinh tế nông thôn",
         "Sở Khoa học và Công nghệ, Chi cục QLCL, BVTM, Chi cục Phát triển nông thôn",
         "Xã đã được cấp kinh phí và đang triển khai thực hiện về chứng nhận VietGAP và truy xuất nguồn gốc", "Quý II/2024\nQuý II/2024\nQuý II/2024"],
    ]),
    ("10", "Cam Tân\nNTM đạt 14/19 TC, 05/19 TC chưa đạt gồm: 1, 10, 11, 13, 17; NTM NC đạt 07/19 TC, 12/19 TC chưa đạt gồm: 1, 2, 5, 6, 8, 10, 11, 12, 13, 16, 17, 18", [
        ["-Tiêu chí 1. Quy hoạch, Xã Chưa đạt",
         "-Tiêu chí 1. Quy hoạch, Xã chưa đạt\n-Tiêu chí 2. Giao thông\n+ Chi tiêu 2.1. Tỷ lệ đường xã có các hạng mục cần thiết (biển báo, biển chỉ dẫn, chiếu sáng, gờ giảm tốc, cây xanh...) theo quy định, xã chưa đạt.\n+ Chi tiêu 2.2. Tỷ lệ đường thôn, và đường liên thôn được cứng hóa và bảo trì hàng năm, yêu cầu 100%, xã đạt 92,4 % (22,74 km/24,60 km). Có các hạng mục cần thiết theo quy định (biển báo, biển chỉ dẫn, chiếu sáng, gờ giảm tốc, cây xanh...) và đảm bảo sáng - xanh - sạch - đẹp, xã chưa đạt.\n+ Chi tiêu 2.4. Tỷ lệ đường trực chính nội đồng được cứng hóa đáp ứng yêu cầu sản xuất và vận chuyển hàng hóa, xã đạt 70,6 % (12 km/17 km), yêu cầu 80%",
         "Sở Xây dựng\nSở Giao thông vận tải",
         "-Triển khai đầu tư và đề xuất bổ sung thêm các công trình giao thông để đảm bảo đạt chuẩn.\n-Bảo trì nguồn kinh phí theo quy định để bảo trì hàng năm. Lắp đặt các hạng mục cần thiết",
         "Quý II/2024\nQuý IV/2024"],
        ["", "-Tiêu chí 5. Giáo dục , chi tiêu 5.1. Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS, hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất mức độ 1 và có ít nhất 01 trường đạt tiêu chuẩn cơ sở vật chất mức độ 2, yêu cầu 100%, xã đạt 66,7 % (2/3 trường)",
         "Sở Giáo dục và Đào tạo", "Xây dựng trường mẫu giáo Sơn Ca", "Quý III/2024"],
        ["", "-Tiêu chí 6. Văn hóa , chi tiêu 6.1. Có lắp đặt các dụng cụ thể dục thể thao ngoài trời ở điểm công cộng, các loại hình hoạt động văn hóa, văn nghệ, thể dục, thể thao được tổ chức hoạt động thường xuyên, xã chưa đạt",
         "Sở Văn hóa và Thể thao", "Sử dụng nguồn NSNN hoặc xã hội hóa để lắp đặt các dụng cụ thể dục, thể thao", "Quý II/2024\nQuý II/2024"],
        ["", "-Tiêu chí 8. Thông tin và truyền thông , + Chi tiêu 8.5. Có mang wifi miễn phí ở các điểm công cộng (khu vực Trung tâm xã, nơi sinh hoạt cộng đồng, diem du lịch công đồng,...) Xã chưa đạt",
         "Sở Thông tin và Truyền thông", "Lắp đặt mới, duy trì hoạt động hệ thống wifi nơi công cộng", "Quý III/2024"],
        ["-Tiêu chí 10. Thu nhập , xã đạt 40 triệu đồng/người/năm, yêu cầu 50 triệu đồng/người/năm",
         "-Tiêu chí 10. Thu nhập , xã đạt 40 triệu đồng/người/năm, yêu cầu 60 triệu đồng/người/năm",
         "Cục Thống kê", "Giải quyết việc làm cho người lao động, nâng cao năng suất lao động, vật nuôi.", "Quý IV/2024"],
        ["-Tiêu chí 11. Nghèo đói chiều . Xã hiện đạt 5,56%, chưa đạt dưới 5% theo yêu cầu",
         "-Tiêu chí 11. Nghèo đói chiều . Xã hiện đạt 5,56%, chưa đạt dưới 3% theo yêu cầu",
         "Sở Lao động Thương binh và Xã hội", "Rà soát đánh giá; hỗ trợ nâng cao thu nhập cho người dân", "Quý III/2024"],
        ["", "-Tiêu chí 12. Lao động , chi tiêu 12.3. Tỷ lệ lao động làm việc trong các ngành kinh tế chủ lực trên địa bàn, xã đạt 25,37% (1059/4532), yêu cầu 34%",
         "Sở Lao động Thương binh và Xã hội", "Giới thiệu, hỗ trợ người lao động có việc làm ổn định", "Quý IV/2024"],
        ["-Tiêu chí 13. Tổ chức sản xuất và phát triển kinh tế nông thôn\n+ Chi tiêu 13.2. Xã có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực đảm bảo bền vững, chưa đạt\n+ Chi tiêu 13.5. Có tổ khuyến nông công đồng hoạt động hiệu quả, xã chưa đạt.",
         "-Tiêu chí 13. Tổ chức sản xuất và phát triển kinh tế nông thôn\n+ Chi tiêu 13.3. Có mô hình kinh tế ứng dụng công nghệ cao, hoặc mô hình nông nghiệp áp dụng công nghệ cao các khâu, liên kết theo chuỗi giá trị gắn với đảm bảo an toàn thực phẩm, chưa đạt\n+ Chi tiêu 13.4. Ứng dụng chuyển đổi số để thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã, 0 sản phẩm\n+ Chi tiêu 13.5. Tỷ lệ sản phẩm chủ lực của xã được bán qua kênh thương mại điện tử, 0%\n+ Chi tiêu 13.7. Cố triết khai quảng bá hình ảnh diễm du lịch của xã thông qua ứng dụng Internet, mạng xã hội, chưa đạt\n+ Chi tiêu 13.8. Có mô hình phát triển kinh tế nông thôn hiệu quả theo hướng tích hợp đa giá trị (kinh tế, văn hóa, môi trường), chưa đạt",
         "Chi cục Phát triển nông thôn\nTrung tâm Khuyến nông, Chi cục QLCL",
         "Xây dựng mô hình liên kết tiêu thụ nông sản địa phương\nThành lập tổ khuyến nông công đồng. Và thực hiện truy xuất nguồn gốc sản phẩm", "Quý II/2024\nQuý II/2024"],
        ["", "+ Chi tiêu 13.9. Có mô hình kinh doanh dịch vụ, chăn nuôi, giết mổ (gia súc, gia cầm), nuôi trồng thủy sản có hạ tầng kỹ thuật và bảo vệ môi trường. Chưa đạt\n+ Chi tiêu 17.10. Tỷ lệ sử dụng hình thức hòa táng, xã đạt 0%, yêu cầu 5%",
         "Chi cục Phát triển nông thôn\nSở Du lịch",
         "Vận động người dân tham gia kênh thương mại điện tử\nRà soát, lựa chọn diem du lịch của xã, hướng dẫn quảng bá qua mạng internet", "Quý II/2024\nQuý II/2024"],
        ["", "-Tiêu chí 16. Tiếp cận pháp luật , chi tiêu 16.1. Có mô hình điện hình về pháp luật, giáo dục pháp luật, hòa giải ở cơ sở hoạt động hiệu quả được công nhận, xã chưa đạt",
         "Sở Tư pháp", "Rà soát hoàn thiện xây dựng 01 mô hình giáo dục pháp luật được công nhận", "Quý II/2024"],
        ["-Tiêu chí 17. Môi trường và an toàn thực phẩm .",
         "-Tiêu chí 17. Môi trường\n+ Chi tiêu 17.1 Tỷ lệ hộ được sử dụng nước sạch theo quy định (> 25% từ hệ thống cấp nước tập trung), xã chưa đạt.",
         "Chi cục Thủy lợi", "Rà soát hệ thống cấp nước sạch tại địa phương để có phương án đầu tư xây mới/nâng cấp/bảo dưỡng phù hợp; vận động người dân đăng ký sử dụng nước sạch.", "Quý III/2024"],
        ["", "+ Chi tiêu 17.3. Cảnh quan, không gian xanh - sạch - đẹp, an toàn, không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung, xã chưa đạt",
         "Sở Tài nguyên và Môi trường", "Vận động người dân tuân thủ, thực hiện theo quy định và sử dụng hình thức hòa táng", "Quý IV/2024"],
        ["", "+ Chi tiêu 17.11. Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn, xã đạt 15%, yêu cầu 30%",
         "Sở Tài nguyên và Môi trường", "", ""],
    ]),
]


def write(Grid):
    g = Grid()
    for j, t in enumerate(HEADER):
        g.add(0, j, t)
    g.add(1, 0, "B")
    g.add(1, 1, "XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO", cs=6)
    r = 2
    for stt, place, rows in COMMUNES:
        g.add(r, 0, stt, rs=len(rows))
        g.add(r, 1, place, rs=len(rows))
        for i, row in enumerate(rows):
            for j, t in enumerate(row):
                g.add(r + i, 2 + j, fix(t))
        r += len(rows)
    g.write("pl03-commune-plan")
