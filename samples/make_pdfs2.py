#!/usr/bin/env python3
"""Second set of sample PDFs: other producers and layouts than make_pdfs.py.

Producers: ReportLab (its own Table flowable: rules as strokes, cell padding),
WeasyPrint (HTML/CSS), LibreOffice from a Word document written with python-docx
(merged cells, repeated header row, Word borders), Ghostscript re-distilling and
mutool/qpdf rewrites of existing samples. Layouts: two-row header with a merged
parent cell, shaded rows (filled rectangles that are not rules), dashed rules,
booktabs-style tables (only horizontal rules), a table mid-page after prose and
followed by a signature block, page header/footer lines with a page number.

Run: samples/make_pdfs2.sh  (a venv with reportlab, weasyprint, python-docx, pypdf;
needs soffice, gs, mutool, qpdf and the DejaVu fonts).
"""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pdf-src2")
sys.path.insert(0, HERE)
from make_pdfs import load, html_doc  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ---------------------------------------------------------------- an invented table

# A district summary with a two-row header: "Trong đó" is the parent of two
# sub-columns. Invented for layout tests (not in the plan); written to truth/ here.
PL10 = "pl10-district-summary"
PL10_CAPTION = ["Biểu 01:", "TỔNG HỢP SỐ XÃ ĐẠT CHUẨN NÔNG THÔN MỚI THEO ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN"]
PL10_ROWS = [
    ("1", "Huyện Vạn Ninh", "12", "9", "2", ""),
    ("2", "Thị xã Ninh Hòa", "25", "20", "5", ""),
    ("3", "Thành phố Nha Trang", "8", "8", "3", "Đã hoàn thành nhiệm vụ xây dựng nông thôn mới"),
    ("4", "Huyện Diên Khánh", "17", "17", "6", "Huyện đạt chuẩn nông thôn mới năm 2020"),
    ("5", "Huyện Cam Lâm", "13", "11", "2", ""),
    ("6", "Thành phố Cam Ranh", "6", "5", "1", ""),
    ("7", "Huyện Khánh Vĩnh", "13", "3", "0", "Huyện miền núi"),
    ("8", "Huyện Khánh Sơn", "7", "2", "0", "Huyện miền núi"),
]


def write_pl10_truth():
    cells = [(0, 0, 2, 1, "STT"), (0, 1, 2, 1, "Đơn vị hành chính cấp huyện"), (0, 2, 2, 1, "Tổng số xã"),
             (0, 3, 1, 2, "Trong đó"), (0, 5, 2, 1, "Ghi chú"), (1, 3, 1, 1, "Xã NTM"),
             (1, 4, 1, 1, "Xã NTM nâng cao")]
    for i, row in enumerate(PL10_ROWS):
        cells += [(2 + i, c, 1, 1, t) for c, t in enumerate(row) if t]
    total = [sum(int(r[k]) for r in PL10_ROWS) for k in (2, 3, 4)]
    r = 2 + len(PL10_ROWS)
    cells += [(r, 1, 1, 1, "Tổng cộng")] + [(r, 2 + k, 1, 1, str(v)) for k, v in enumerate(total)]
    import csv
    with open(os.path.join(HERE, "truth", PL10 + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "col", "row_span", "col_span", "text"])
        for c in sorted(cells):
            w.writerow(c)
    with open(os.path.join(HERE, "truth", PL10 + ".caption.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(PL10_CAPTION) + "\n")


# ---------------------------------------------------------------- ReportLab

def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVuSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSerif", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))


def _grid(cells):
    n_rows = max(r + rs for r, c, rs, cs, t in cells)
    n_cols = max(c + cs for r, c, rs, cs, t in cells)
    return n_rows, n_cols


def reportlab(stem, name, style="grid", landscape=False, header_rows=1, font_pt=9,
              prose=False, right_numbers=False):
    """style: grid | booktabs (top, under-header and bottom rules only) |
    shaded (grid + header fill + alternate row fill) | zebra (no rules, alternate row fill)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape as land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    _rl_fonts()
    cells, caption = load(stem)
    n_rows, n_cols = _grid(cells)
    body = ParagraphStyle("b", fontName="DejaVuSerif", fontSize=font_pt, leading=font_pt * 1.25)
    num = ParagraphStyle("n", parent=body, alignment=TA_RIGHT)
    cap = ParagraphStyle("c", parent=body, fontName="DejaVuSerif-Bold", fontSize=11, leading=14,
                         alignment=TA_CENTER)
    data = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    spans = []
    longest = [1] * n_cols
    for r, c, rs, cs, t in cells:
        is_num = right_numbers and r >= header_rows and t.replace(",", "").replace(".", "").isdigit()
        data[r][c] = Paragraph("<br/>".join(x.replace("&", "&amp;").replace("<", "&lt;")
                                            for x in t.split("\n")), num if is_num else body)
        if rs > 1 or cs > 1:
            spans.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
        if cs == 1:
            longest[c] = max(longest[c], min(len(t), 60))
    page = land(A4) if landscape else A4
    width = page[0] - 30 * mm
    # Every column is at least as wide as its longest word (ReportLab would otherwise
    # break words letter by letter); the rest of the width goes by text length.
    from reportlab.pdfbase.pdfmetrics import stringWidth
    need = [12.0] * n_cols
    for r, c, rs, cs, t in cells:
        if cs == 1:
            for word in t.split():
                need[c] = max(need[c], stringWidth(word, "DejaVuSerif", font_pt) + 14)
    spare = max(width - sum(need), 0)
    weights = [max(w, 4) ** 0.8 for w in longest]
    col_w = [n + spare * w / sum(weights) for n, w in zip(need, weights)]
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP")] + spans
    if style in ("grid", "shaded"):
        ts.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if style == "booktabs":
        ts += [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
               ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.5, colors.black),
               ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black)]
    if style in ("shaded", "zebra"):
        ts += [("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#c8d7ea")),
               ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#eeeeee")])]
    table = Table(data, colWidths=col_w, repeatRows=header_rows, style=TableStyle(ts))
    story = [Paragraph(line, cap) for line in caption]
    if prose:
        story = [Paragraph(PROSE, body), Spacer(1, 8)] + story
    story += [Spacer(1, 8), table]
    if prose:
        story += [Spacer(1, 16), Paragraph(SIGNATURE, ParagraphStyle("s", parent=body, leftIndent=width * 0.6))]
    pdf = os.path.join(HERE, name + ".pdf")

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSerif", 8)
        top = page[1] - 10 * mm
        canvas.drawString(15 * mm, top + 2, "UBND TỈNH KHÁNH HÒA")
        canvas.setLineWidth(0.5)
        canvas.line(15 * mm, top, page[0] - 15 * mm, top)
        canvas.line(15 * mm, 12 * mm, page[0] - 15 * mm, 12 * mm)
        canvas.drawCentredString(page[0] / 2, 8 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(pdf, pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=stem)
    hf = header_footer if prose else (lambda c, d: None)
    doc.build(story, onFirstPage=hf, onLaterPages=hf)
    return pdf


PROSE = ("Căn cứ Quyết định số 318/QĐ-TTg ngày 08 tháng 3 năm 2022 của Thủ tướng Chính phủ "
         "ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới "
         "nâng cao giai đoạn 2021 - 2025, Ủy ban nhân dân tỉnh giao các cơ quan, đơn vị theo dõi, thẩm "
         "định các chỉ tiêu, tiêu chí như sau.")
SIGNATURE = "TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH"


# ---------------------------------------------------------------- WeasyPrint

def weasyprint(stem, name, css_extra="", second=None, **kw):
    """`second`: the stem of a table printed after this one on the same page."""
    from weasyprint import HTML
    doc = html_doc(stem, **kw)
    if second:
        other = html_doc(second, landscape=kw.get("landscape", False), font_pt=kw.get("font_pt", 11))
        body = other[other.index("<body>") + 6:other.index("</body>")]
        doc = doc.replace("</body>", "<p>Ghi chú: số liệu tính đến ngày 31/12/2023.</p>" + body + "</body>")
    if css_extra:
        doc = doc.replace("</style>", css_extra + "</style>")
    os.makedirs(SRC, exist_ok=True)
    src = os.path.join(SRC, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    pdf = os.path.join(HERE, name + ".pdf")
    HTML(src).write_pdf(pdf)
    return pdf


# ---------------------------------------------------------------- Word (.docx) via LibreOffice

def docx(stem, name, header_rows=1, landscape=False, font_pt=10):
    import docx as dx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    cells, caption = load(stem)
    n_rows, n_cols = _grid(cells)
    d = dx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Serif"
    st.font.size = Pt(font_pt)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for line in caption:
        p = d.add_paragraph()
        p.alignment = 1
        p.add_run(line).bold = True
    t = d.add_table(rows=n_rows, cols=n_cols)
    t.style = "Table Grid"
    for r in range(header_rows):
        tr_pr = t.rows[r]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        tr_pr.append(h)
    for r, c, rs, cs, text in cells:
        cell = t.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(t.cell(r + rs - 1, c + cs - 1))
        lines = text.split("\n")
        cell.paragraphs[0].text = lines[0]
        for extra in lines[1:]:
            cell.add_paragraph(extra)
    os.makedirs(SRC, exist_ok=True)
    src = os.path.join(SRC, name + ".docx")
    d.save(src)
    with tempfile.TemporaryDirectory() as tmp:
        prof = "-env:UserInstallation=file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, capture_output=True)
        pdf = os.path.join(HERE, name + ".pdf")
        shutil.copy(os.path.join(tmp, name + ".pdf"), pdf)
    return pdf


# ---------------------------------------------------------------- rewrites of existing samples

def ghostscript(src_name, name):
    pdf = os.path.join(HERE, name + ".pdf")
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    f"-sOutputFile={pdf}", os.path.join(HERE, src_name + ".pdf")], check=True)
    return pdf


def mutool_clean(src_name, name):
    pdf = os.path.join(HERE, name + ".pdf")
    subprocess.run(["mutool", "clean", "-d", os.path.join(HERE, src_name + ".pdf"), pdf], check=True)
    return pdf


def qpdf_objstreams(src_name, name):
    pdf = os.path.join(HERE, name + ".pdf")
    subprocess.run(["qpdf", "--object-streams=generate", "--compress-streams=y",
                    os.path.join(HERE, src_name + ".pdf"), pdf], check=True)
    return pdf


def main():
    write_pl10_truth()
    only = set(sys.argv[1:])
    jobs = {
        "pl10-district-summary.reportlab-prose": lambda n: reportlab(PL10, n, header_rows=2, prose=True, right_numbers=True),
        "pl10-district-summary.docx-lo": lambda n: docx(PL10, n, header_rows=2),
        "pl10-district-summary.weasyprint-two-tables": lambda n: weasyprint(
            PL10, n, header_rows=2, landscape=True, font_pt=10, second="pl09-roadmap-km",
            css_extra="td { text-align: left; } td:nth-child(n+3) { text-align: right; }"),
        "pl06-agencies.reportlab": lambda n: reportlab("pl06-agencies", n),
        "pl01-targets.reportlab-shaded": lambda n: reportlab("pl01-targets", n, style="shaded", right_numbers=True),
        "pl07-roadmap-ntm.reportlab-booktabs": lambda n: reportlab("pl07-roadmap-ntm", n, style="booktabs", landscape=True),
        "pl08-roadmap-nc.reportlab-zebra": lambda n: reportlab("pl08-roadmap-nc", n, style="zebra", landscape=True),
        "pl06-agencies.reportlab-prose": lambda n: reportlab("pl06-agencies", n, prose=True),
        "pl01-targets.weasyprint": lambda n: weasyprint("pl01-targets", n),
        "pl07-roadmap-ntm.weasyprint-dashed": lambda n: weasyprint(
            "pl07-roadmap-ntm", n, landscape=True, font_pt=10,
            css_extra="td, th { border: 0.75pt dashed black; }"),
        "pl06-agencies.docx-lo": lambda n: docx("pl06-agencies", n),
        "pl07-roadmap-ntm.docx-lo": lambda n: docx("pl07-roadmap-ntm", n, landscape=True, font_pt=9),
        "pl01-targets.gs": lambda n: ghostscript("pl01-targets.lo", n),
        "pl07-roadmap-ntm.gs": lambda n: ghostscript("pl07-roadmap-ntm.chromium", n),
        "pl06-agencies.mutool-clean": lambda n: mutool_clean("pl06-agencies.lo", n),
        "pl08-roadmap-nc.qpdf-objstreams": lambda n: qpdf_objstreams("pl08-roadmap-nc.chromium-norules", n),
    }
    for name, make in jobs.items():
        if only and name not in only:
            continue
        pdf = make(name)
        print(f"{pdf}: {os.path.getsize(pdf) // 1024} KB")


if __name__ == "__main__":
    main()
