#!/usr/bin/env python3
"""Third set of sample PDFs: documents holding several tables, for table boundaries.

- `multi-appendix.<producer>.pdf`: Phụ lục 07, 08 and 09 (three roadmaps with the
  very same column headers), each starting on a new landscape page under its own
  right-aligned label line, centred title and "(Kèm theo …)" line. The header row is
  repeated on every page of a table. Producers: Chromium and LibreOffice Writer.
- `mixed-document.chromium.pdf`: a portrait page of prose, then landscape pages:
  Phụ lục 07 over several pages, then Phụ lục 09 and the district summary on one page
  with a prose paragraph between them.

Every table comes from `truth/<stem>.csv` and `truth/<stem>.caption.txt`; the expected
sequence of tables of each document is written to `truth/<document>.tables.txt`
(one `<stem>` per line, in reading order), which `parsers/tests/pdf_documents.rs` reads.

Run: samples/make_pdfs3.sh  (needs soffice and chromium; standard library only).
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_pdfs import SRC, html_doc, landscape_odt, load  # noqa: E402

import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

ROADMAPS = ["pl07-roadmap-ntm", "pl08-roadmap-nc", "pl09-roadmap-km"]


def table_html(stem, lo, header_rows=1):
    """The <table> of a truth grid (header rows in <thead>, repeated on every page)."""
    doc = html_doc(stem, landscape=True, font_pt=10, lo=lo, header_rows=header_rows)
    return doc[doc.index("<table"): doc.index("</table>") + len("</table>")]


def caption_html(stem, page_break):
    """Label line right-aligned on its own line, then the centred title lines."""
    _, caption = load(stem)
    brk = " style='page-break-before: always; break-before: page'" if page_break else ""
    out = []
    for i, line in enumerate(caption):
        cls = "label" if i == 0 else "cap"
        out.append(f"<p class='{cls}'{brk if i == 0 else ''}>{html.escape(line)}</p>")
    return "\n".join(out)


CSS = """@page { size: A4 landscape; margin: 15mm; }
@page portrait { size: A4; margin: 20mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; }
p.label { text-align: right; margin: 0; font-weight: bold; }
p.cap { text-align: center; margin: 0; font-weight: bold; }
p.prose { text-align: justify; margin: 6pt 0; }
div.portrait { page: portrait; }
table { border-collapse: collapse; width: 100%; margin-top: 12pt; }
td, th { border: 0.75pt solid black; padding: 3pt 5pt; vertical-align: top; font-weight: normal; }
tr { break-inside: auto; }"""

PROSE = [
    "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025, "
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2024 với các mục tiêu, nhiệm vụ và "
    "giải pháp chủ yếu như sau.",
    "Các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ lộ trình tại các "
    "phụ lục kèm theo để tổ chức thực hiện, định kỳ báo cáo kết quả về Văn phòng Điều phối "
    "nông thôn mới tỉnh trước ngày 15 tháng 12 hằng năm.",
]


def page(body):
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head>"
            f"<body>{body}</body></html>")


def multi_appendix(lo):
    parts = []
    for i, stem in enumerate(ROADMAPS):
        parts.append(caption_html(stem, page_break=i > 0))
        parts.append(table_html(stem, lo))
    return page("\n".join(parts))


def mixed_document():
    prose = "".join(f"<p class='prose'>{html.escape(p)}</p>" for p in PROSE)
    parts = [f"<div class='portrait'><p class='cap'>KẾ HOẠCH</p>{prose}</div>",
             caption_html("pl07-roadmap-ntm", page_break=True), table_html("pl07-roadmap-ntm", False),
             caption_html("pl09-roadmap-km", page_break=True), table_html("pl09-roadmap-km", False),
             f"<p class='prose'>{html.escape(PROSE[1])}</p>",
             caption_html("pl10-district-summary", page_break=False),
             table_html("pl10-district-summary", False, header_rows=2)]
    return page("\n".join(parts))


def chromium(name, doc):
    src = os.path.join(SRC, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    pdf = os.path.join(HERE, name + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + src], check=True, capture_output=True)
    return pdf


def libreoffice(name, doc):
    """HTML -> ODT (Writer's HTML import, made landscape) -> PDF."""
    src = os.path.join(SRC, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    with tempfile.TemporaryDirectory() as tmp:
        prof = "-env:UserInstallation=file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                        "odt:writer8", "--outdir", tmp, src], check=True, capture_output=True)
        odt = os.path.join(tmp, name + ".odt")
        landscape_odt(odt)
        shutil.copy(odt, os.path.join(SRC, name + ".odt"))
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, odt],
                       check=True, capture_output=True)
        pdf = os.path.join(HERE, name + ".pdf")
        shutil.copy(os.path.join(tmp, name + ".pdf"), pdf)
    return pdf


def write_tables(doc, stems):
    with open(os.path.join(HERE, "truth", doc + ".tables.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(stems) + "\n")


def main():
    os.makedirs(SRC, exist_ok=True)
    made = [chromium("multi-appendix.chromium", multi_appendix(lo=False)),
            libreoffice("multi-appendix.lo", multi_appendix(lo=True)),
            chromium("mixed-document.chromium", mixed_document())]
    write_tables("multi-appendix", ROADMAPS)
    write_tables("mixed-document", ["pl07-roadmap-ntm", "pl09-roadmap-km", "pl10-district-summary"])
    for p in made:
        print(os.path.relpath(p, HERE))


if __name__ == "__main__":
    main()
