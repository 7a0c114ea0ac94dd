#!/usr/bin/env python3
"""Sample PDFs of Word-style documents: python-docx writes the .docx, LibreOffice prints it.

A plan as an office writes it in Word: a portrait section of prose (the plan's text),
then a landscape section that starts on a new page with the appendix: its caption
lines, then the table ("Table Grid" borders, merged cells, the header rows marked to
repeat on every page, rows allowed to break across pages, as Word does by default).
Every page has a footer naming the plan and the page ("… - Trang 3/12", Word fields).

- `pl03-commune-plan.docx-lo.pdf`: the per-commune plan: tall rows of long wrapped
  text that break across pages, commune cells merged down over 8–13 rows.
- `pl11-commune-criteria.docx-lo.pdf`: the three-level header (truth written by
  `make_pdfs_calc.py`) repeated on every page, commune cells merged down from the first
  body row on.
- `pl13-commune-progress.docx-lo.pdf`: a two-level header over commune cells merged
  down from the first body row (truth written by `make_pdfs_calc.py`).

Run: samples/make_pdfs_docx.sh  (a venv with python-docx under target/; needs soffice
and the DejaVu fonts).
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pdf-src3")
sys.path.insert(0, HERE)
from make_pdfs import load  # noqa: E402

PROSE = [
    ("KẾ HOẠCH", True),
    ("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024", True),
    ("Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt "
     "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025, Ủy ban "
     "nhân dân huyện ban hành Kế hoạch thực hiện Chương trình năm 2024 như sau:", False),
    ("I. MỤC TIÊU", True),
    ("Tiếp tục huy động mọi nguồn lực để xây dựng nông thôn mới bền vững; phấn đấu các xã "
     "đăng ký đạt chuẩn hoàn thành các tiêu chí, chỉ tiêu còn thiếu theo lộ trình tại "
     "phụ lục kèm theo.", False),
    ("II. TỔ CHỨC THỰC HIỆN", True),
    ("Các phòng, ban chuyên môn và Ủy ban nhân dân các xã căn cứ nhiệm vụ được giao tại "
     "phụ lục kèm theo Kế hoạch này tổ chức thực hiện, báo cáo kết quả hằng quý./.", False),
]


def page_field(paragraph, instr):
    """Appends a Word field (`PAGE`, `NUMPAGES`) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def docx(stem, name, header_rows, font_pt=10):
    import docx as dx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    cells, caption = load(stem)
    # A table without a caption of its own in the truth still gets its label and title.
    caption = caption or ["Phụ lục", "CÁC TIÊU CHÍ, CHỈ TIÊU CHƯA ĐẠT CỦA CÁC XÃ"]
    n_rows = max(r + rs for r, c, rs, cs, t in cells)
    n_cols = max(c + cs for r, c, rs, cs, t in cells)
    d = dx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Serif"
    st.font.size = Pt(font_pt)
    first = d.sections[0]
    first.page_width, first.page_height = Mm(210), Mm(297)
    foot = first.footer.paragraphs[0]
    foot.alignment = 2
    foot.add_run("Kế hoạch số 12/KH-UBND - Trang ")
    page_field(foot, "PAGE")
    foot.add_run("/")
    page_field(foot, "NUMPAGES")
    for text, bold in PROSE:
        p = d.add_paragraph()
        p.alignment = 1 if bold else 3  # centred headings, justified text
        p.add_run(text).bold = bold
    # The appendix: a new landscape section on a new page.
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Mm(15))
    for i, line in enumerate(caption):
        p = d.add_paragraph()
        p.alignment = 2 if i == 0 else 1  # the label right-aligned, the title centred
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
        if r < header_rows:
            for p in cell.paragraphs:
                p.alignment = 1
                for run in p.runs:
                    run.bold = True
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


def main():
    for stem, name, header_rows in [("pl03-commune-plan", "pl03-commune-plan.docx-lo", 1),
                                    ("pl11-commune-criteria", "pl11-commune-criteria.docx-lo", 3),
                                    ("pl13-commune-progress", "pl13-commune-progress.docx-lo", 2)]:
        print(os.path.relpath(docx(stem, name, header_rows), HERE))


if __name__ == "__main__":
    sys.exit(main())
