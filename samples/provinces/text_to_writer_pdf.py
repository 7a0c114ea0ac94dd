"""Typesets a plan written as OCR text (paragraphs, tab-separated tables) as a
Writer document and prints it to PDF with LibreOffice: the shape of a plan an
office writes in Word/Writer, with prose pages before landscape-free portrait
appendices, each table ruled and its header row repeated.

With --no-borders the tables are printed without any rule, as a Writer table
whose borders were switched off: columns then show only as aligned text.

Usage: python3 text_to_writer_pdf.py [--no-borders] PLAN.ocr.txt OUT.pdf   (needs soffice)
"""

import html
import os
import shutil
import subprocess
import sys
import tempfile


def blocks(text):
    """Paragraph lines and tables (runs of tab-separated lines)."""
    out, table = [], []
    for line in text.splitlines():
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        if table:
            out.append(("table", table))
            table = []
        if line.strip():
            out.append(("p", line.strip()))
    if table:
        out.append(("table", table))
    return out


def to_html(text, borders=True):
    parts = [
        "<html><head><meta charset='utf-8'><style>",
        "body{font-family:'DejaVu Serif';font-size:11pt}",
        "table{border-collapse:collapse;width:100%}",
        "td,th{border:1px solid black;padding:2pt;vertical-align:top;font-size:10pt}",
        ".label{text-align:right;font-weight:bold}.title{text-align:center;font-weight:bold}",
        "</style></head><body>",
    ]
    bs = blocks(text)
    for i, (kind, body) in enumerate(bs):
        if kind == "p":
            label = body.upper().startswith("PHỤ LỤC")
            if label and i > 0:
                parts.append("<p style='page-break-before:always' class='label'>%s</p>" % html.escape(body))
            elif label:
                parts.append("<p class='label'>%s</p>" % html.escape(body))
            elif body.isupper() or body.startswith("(Kèm theo"):
                parts.append("<p class='title'>%s</p>" % html.escape(body))
            else:
                parts.append("<p>%s</p>" % html.escape(body))
            continue
        width = max(len(r) for r in body)
        # The OCR copy repeats the header on a new page; in Writer it is one table.
        header = body[0]
        rows = [header] + [r for r in body[1:] if r != header]
        parts.append(
            "<table border=\"%d\" cellspacing=\"0\" cellpadding=\"3\"><thead>" % (1 if borders else 0)
        )
        for j, r in enumerate(rows):
            cells = "".join("<td>%s</td>" % html.escape(c) for c in r + [""] * (width - len(r)))
            parts.append("<tr>%s</tr>" % cells)
            if j == 0:
                parts.append("</thead><tbody>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def main():
    args = sys.argv[1:]
    borders = "--no-borders" not in args
    src, out = [a for a in args if a != "--no-borders"]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found")
    with open(src, encoding="utf-8") as f:
        text = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "plan.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(to_html(text, borders))
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, page],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        shutil.copy(os.path.join(tmp, "plan.pdf"), out)


if __name__ == "__main__":
    main()
