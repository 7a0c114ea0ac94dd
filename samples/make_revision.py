#!/usr/bin/env python3
"""Builds the amended revision of the Khánh Hòa plan from the original OCR export.

    python3 samples/make_revision.py

reads  samples/khanh-hoa-2024-ntm-plan.ocr.txt and writes
samples/khanh-hoa-2024-ntm-plan-dieu-chinh.ocr.txt: a "điều chỉnh, bổ sung" plan
(Kế hoạch số 2150/KH-UBND ngày 15/8/2024) that re-issues the whole plan with the
edits listed in samples/khanh-hoa-2024-ntm-plan-dieu-chinh.edits.md. Every edit is
one exact text replacement that must match once, so the list of edits below is
the complete difference between the two files (the answer key of `ntm diff`).
"""

import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "khanh-hoa-2024-ntm-plan.ocr.txt"
DST = HERE / "khanh-hoa-2024-ntm-plan-dieu-chinh.ocr.txt"

HEADER = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA

Số: 2150/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Khánh Hòa, ngày 15 tháng 8 năm 2024

KẾ HOẠCH

Điều chỉnh, bổ sung Kế hoạch số 355/KH-UBND ngày 08/3/2024 của UBND tỉnh thực hiện Chương trình Mục tiêu quốc gia xây dựng nông thôn mới tỉnh Khánh Hòa đến năm 2025

Căn cứ kết quả rà soát tiến độ thực hiện 6 tháng đầu năm 2024, UBND tỉnh điều chỉnh, bổ sung Kế hoạch số 355/KH-UBND ngày 08/3/2024 của UBND tỉnh; nội dung Kế hoạch sau điều chỉnh, bổ sung như sau:
"""

# (what, old, new): each `old` must occur exactly once in the original.
EDITS = [
    (
        "title block: number, date, kind and the plan amended",
        "\n\nKẾ HOẠCH\n\nThực hiện Chương trình Mục tiêu quốc gia xây dựng nông thôn mới tỉnh Khánh Hòa đến năm 2025\n",
        HEADER,
    ),
    (
        "objectives 2024: Sơn Hiệp, Ninh Thọ, Vạn Phú brought forward",
        "có thêm 05 xã đạt chuẩn nông thôn mới (*Vạn Thạnh, Ninh Tây, Ninh Thuợng, Sơn Tân, Sơn Bình*), nâng số xã được công nhận đạt chuẩn lên 70/92 xã (76,1% số xã); 11 xã đạt chuẩn nông thôn mới nâng cao (*Vạn Thắng, Ninh Thành, Ninh Tân, Ninh Phú, Ninh Sơn, Vĩnh Trung, Diên Hòa, Diên Thọ, Cam Tân, Cam Hải Đông, Cam Lập*), nâng số xã được công nhận đạt chuẩn nông thôn mới nâng cao lên 30/92 xã (32,6% số xã); 01 xã đạt chuẩn nông thôn mới kiểu mẫu (*Ninh Quang*)",
        "có thêm 06 xã đạt chuẩn nông thôn mới (*Vạn Thạnh, Ninh Tây, Ninh Thuợng, Sơn Tân, Sơn Bình, Sơn Hiệp*), nâng số xã được công nhận đạt chuẩn lên 71/92 xã (77,2% số xã); 12 xã đạt chuẩn nông thôn mới nâng cao (*Vạn Thắng, Ninh Thành, Ninh Tân, Ninh Phú, Ninh Sơn, Ninh Thọ, Vĩnh Trung, Diên Hòa, Diên Thọ, Cam Tân, Cam Hải Đông, Cam Lập*), nâng số xã được công nhận đạt chuẩn nông thôn mới nâng cao lên 31/92 xã (33,7% số xã); 02 xã đạt chuẩn nông thôn mới kiểu mẫu (*Ninh Quang, Vạn Phú*)",
    ),
    (
        "objectives 2025: the same three communes no longer listed for 2025",
        "có thêm 06 xã đạt chuẩn nông thôn mới (*Ninh An, Cam Phước Đông, Cam Thịnh Tây, Khánh Đông, Khánh Bình, Sơn Hiệp*); 09 xã đạt chuẩn nông thôn mới nâng cao (*Vạn Bình, Ninh Thọ, Ninh Lộc,",
        "có thêm 05 xã đạt chuẩn nông thôn mới (*Ninh An, Cam Phước Đông, Cam Thịnh Tây, Khánh Đông, Khánh Bình*); 08 xã đạt chuẩn nông thôn mới nâng cao (*Vạn Bình, Ninh Lộc,",
    ),
    (
        "objectives 2025: kiểu mẫu count",
        "10 xã đạt chuẩn nông thôn mới kiểu mẫu (*Vạn Phú, Ninh Đông,",
        "09 xã đạt chuẩn nông thôn mới kiểu mẫu (*Ninh Đông,",
    ),
    (
        "Phụ lục 01: target of criterion 9 (Nhà ở dân cư) for xã NTM 90% → 95%",
        "9\t9. Nhà ở dân cư\t90\t50",
        "9\t9. Nhà ở dân cư\t95\t50",
    ),
    (
        "Phụ lục 02: Sơn Bình, indicator 9.2 updated 67,05% → 71,30%",
        "kiên cố hoặc bán kiên cố 67,05% chưa đạt 75%",
        "kiên cố hoặc bán kiên cố 71,30% chưa đạt 75%",
    ),
    (
        "Phụ lục 07: Sơn Hiệp 2025 → 2024; 2024 row 5/70/76,1% → 6/71/77,2%",
        "11\t2024\t5\t70\t76,1%\tVạn Thanh\tNinh Tây Ninh Thượng\t\t\tSơn Tân\t\tSơn Bình\t",
        "11\t2024\t6\t71\t77,2%\tVạn Thanh\tNinh Tây Ninh Thượng\t\t\tSơn Tân\t\tSơn Bình Sơn Hiệp\t",
    ),
    (
        "Phụ lục 07: 2025 row total 6 → 5 (cumulative 76 unchanged)",
        "12\t2025\t6\t76\t82,6%",
        "12\t2025\t5\t76\t82,6%",
    ),
    (
        "Phụ lục 07: Sơn Hiệp removed from the 2025 continuation row",
        "\t\t\t\t\t\t\t\t\tCam Thịnh Tây\tKhánh Bình\tSơn Hiệp\t",
        "\t\t\t\t\t\t\t\t\tCam Thịnh Tây\tKhánh Bình\t\t",
    ),
    (
        "Phụ lục 08: Ninh Thọ 2025 → 2024; 2024 row 11/30/32.6% → 12/31/33.7%",
        "5\t2024\t11\t30\t32.6%\tVạn Thắng\tNinh Thành Ninh Tân Ninh Phú Ninh Sơn\t",
        "5\t2024\t12\t31\t33.7%\tVạn Thắng\tNinh Thành Ninh Tân Ninh Phú Ninh Sơn Ninh Tho\t",
    ),
    (
        "Phụ lục 08: 2025 row total 9 → 8 (cumulative 39 unchanged)",
        "6\t2025\t9\t39\t42.4%\tVạn Bình\tNinh Tho Ninh Lộc\t",
        "6\t2025\t8\t39\t42.4%\tVạn Bình\tNinh Lộc\t",
    ),
    (
        "Phụ lục 09: Vạn Phú 2025 → 2024; 2024 row 1/1/1.1% → 2/2/2.2% (Ninh Quang now under Ninh Hoà)",
        "1\t2024\t1\t1\t1.1%\tNinh Quang\t",
        "1\t2024\t2\t2\t2.2%\tVạn Phú\tNinh Quang\t",
    ),
    (
        "Phụ lục 09: 2025 row total 10 → 9 (cumulative 11 unchanged)",
        "2\t2025\t10\t11\t11.8%\tVạn Phú\tNinh Đông\t",
        "2\t2025\t9\t11\t11.8%\t\tNinh Đông\t",
    ),
]

# Every appendix caption cites the new plan.
CAPTION = re.compile(r"\((?:Kèm|Kết hợp) theo Kế hoạch số [^)]*\)")
NEW_CAPTION = "(Kèm theo Kế hoạch số 2150/KH-UBND ngày 15 tháng 8 năm 2024 của UBND tỉnh)"


def main() -> int:
    text = SRC.read_text(encoding="utf-8")
    for what, old, new in EDITS:
        n = text.count(old)
        if n != 1:
            print(f"edit '{what}': expected 1 match, found {n}", file=sys.stderr)
            return 1
        text = text.replace(old, new)
    text, n = CAPTION.subn(NEW_CAPTION, text)
    if n != 8:
        print(f"captions: expected 8, found {n}", file=sys.stderr)
        return 1
    DST.write_text(text, encoding="utf-8")
    print(f"wrote {DST.name}: {len(EDITS)} edits, {n} captions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
