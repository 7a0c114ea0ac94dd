#!/usr/bin/env python3
"""Generates the sample PDFs from the ground-truth grids in samples/truth/.

Producers: LibreOffice Writer (HTML -> ODT -> PDF, `soffice --headless`) and headless
Chromium (print to PDF). Variants made afterwards with pypdf: a page rotated by
/Rotate 90 with upright content, and content drawn rotated under /Rotate 90 so the
page displays upright. A TCVN3 sample is written directly (simple TrueType font whose
glyphs sit at TCVN3 byte codes, /WinAnsiEncoding, no /ToUnicode, like .VnTime).

Run: python3 samples/make_pdfs.py   (needs soffice, chromium, and pypdf + fonttools;
     samples/make_pdfs.sh sets up a venv with those two).
"""
import csv, html, os, shutil, subprocess, sys, tempfile, io

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
SRC = os.path.join(HERE, "pdf-src")


def load(stem):
    cells = []
    with open(os.path.join(TRUTH, stem + ".csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            cells.append((int(r["row"]), int(r["col"]), int(r["row_span"]), int(r["col_span"]), r["text"]))
    cap = os.path.join(TRUTH, stem + ".caption.txt")
    caption = open(cap, encoding="utf-8").read().splitlines() if os.path.exists(cap) else []
    return cells, caption


def html_doc(stem, landscape=False, rules=True, header_rows=1, font_pt=11, lo=False):
    cells, caption = load(stem)
    n_rows = max(r + rs for r, c, rs, cs, t in cells)
    by_row = {}
    for cell in cells:
        by_row.setdefault(cell[0], []).append(cell)
    size = "A4 landscape" if landscape else "A4"
    border = "1" if rules else "0"
    css = f"""@page {{ size: {size}; margin: 15mm; }}
body {{ font-family: 'DejaVu Serif', serif; font-size: {font_pt}pt; }}
p.cap {{ text-align: center; margin: 0; font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 12pt; }}
td, th {{ {'border: 0.75pt solid black;' if rules else 'border: none;'} padding: 3pt 5pt; vertical-align: top; font-weight: normal; }}
tr {{ break-inside: auto; }}"""
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{stem}</title><style>{css}</style></head><body>"]
    for line in caption:
        out.append(f"<p class='cap'>{html.escape(line)}</p>")
    attrs = f" border='{border}' cellspacing='0' cellpadding='4'" if lo else ""
    out.append(f"<table{attrs}>")
    for r in range(n_rows):
        if r == 0 and header_rows:
            out.append("<thead>")
        if r == header_rows:
            out.append("<tbody>")
        tag = "th" if r < header_rows else "td"
        out.append("<tr>")
        for (_, c, rs, cs, t) in sorted(by_row.get(r, []), key=lambda x: x[1]):
            pass
        # Emit every slot that starts a cell; empty slots (no truth line) become empty cells.
        covered = set()
        for (rr, c, rs, cs, t) in cells:
            for i in range(rr, rr + rs):
                for k in range(c, c + cs):
                    if (i, k) != (rr, c):
                        covered.add((i, k))
        starts = {(cell[0], cell[1]): cell for cell in cells}
        n_cols = max(c + cs for r0, c, rs, cs, t in cells)
        for k in range(n_cols):
            if (r, k) in covered:
                continue
            cell = starts.get((r, k))
            if cell:
                _, _, rs, cs, t = cell
                span = (f" rowspan='{rs}'" if rs > 1 else "") + (f" colspan='{cs}'" if cs > 1 else "")
                body = "<br>".join(html.escape(x) for x in t.split("\n"))
                out.append(f"<{tag}{span}>{body}</{tag}>")
            else:
                out.append(f"<{tag}></{tag}>")
        out.append("</tr>")
        if r == header_rows - 1:
            out.append("</thead>")
    if n_rows > header_rows:
        out.append("</tbody>")
    out.append("</table></body></html>")
    return "\n".join(out)


def chromium(stem, name, **kw):
    src = os.path.join(SRC, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_doc(stem, **kw))
    pdf = os.path.join(HERE, name + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + src], check=True, capture_output=True)
    return pdf


def libreoffice(stem, name, **kw):
    src = os.path.join(SRC, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_doc(stem, lo=True, **kw))
    with tempfile.TemporaryDirectory() as tmp:
        prof = "-env:UserInstallation=file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", prof, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "odt:writer8", "--outdir", tmp, src],
                       check=True, capture_output=True)
        odt = os.path.join(tmp, name + ".odt")
        if kw.get("landscape"):
            landscape_odt(odt)
        shutil.copy(odt, os.path.join(SRC, name + ".odt"))
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, odt],
                       check=True, capture_output=True)
        pdf = os.path.join(HERE, name + ".pdf")
        shutil.copy(os.path.join(tmp, name + ".pdf"), pdf)
    return pdf


def landscape_odt(odt):
    """Writer's HTML import ignores @page; turn the page styles landscape in styles.xml."""
    import re, zipfile
    with zipfile.ZipFile(odt) as z:
        items = {n: z.read(n) for n in z.namelist()}
    s = items["styles.xml"].decode("utf-8")

    def swap(m):
        tag = m.group(0)
        w = re.search(r'fo:page-width="([^"]+)"', tag)
        h = re.search(r'fo:page-height="([^"]+)"', tag)
        if not (w and h):
            return tag
        a, b = w.group(1), h.group(1)
        if float(a.rstrip("incmpt")) < float(b.rstrip("incmpt")):
            a, b = b, a
        tag = tag.replace(w.group(0), 'fo:page-width="%s"' % a).replace(h.group(0), 'fo:page-height="%s"' % b)
        tag = re.sub(r'style:print-orientation="[^"]*"', '', tag)
        return tag.replace("<style:page-layout-properties", '<style:page-layout-properties style:print-orientation="landscape"', 1)

    s = re.sub(r"<style:page-layout-properties[^>]*>", swap, s)
    items["styles.xml"] = s.encode("utf-8")
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), items.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for n, b in items.items():
            z.writestr(n, b, compress_type=zipfile.ZIP_DEFLATED)


def rotate_flag(src, dst):
    """/Rotate 90 on every page; the content stays upright in its own space (page shows sideways)."""
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=PdfReader(src))
    for p in w.pages:
        p.rotate(90)
    w.write(dst)


def rotate_content(src, dst):
    """Content drawn turned a quarter counter-clockwise in a swapped box, with /Rotate 90,
    so the page displays upright as before."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject
    w = PdfWriter(clone_from=PdfReader(src))
    for p in w.pages:
        x0, y0, x1, y1 = [float(v) for v in p.mediabox]
        wd, ht = x1 - x0, y1 - y0
        p.add_transformation(Transformation((1, 0, 0, 1, -x0, -y0)))
        p.add_transformation(Transformation((0, 1, -1, 0, ht, 0)))
        box = RectangleObject([0, 0, ht, wd])
        p.mediabox = box
        p.cropbox = box
        p.rotate(90)
    w.write(dst)


# --- TCVN3 (.VnTime) sample, written directly -------------------------------------

def tcvn3_table():
    """byte -> Unicode for TCVN3, from glibc iconv (TCVN5712-1), one byte per line."""
    bs = list(range(0x20, 0x7F)) + list(range(0xA0, 0x100))
    raw = b"".join(bytes([b]) + b"\n" for b in bs)
    out = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=raw, capture_output=True, check=True).stdout
    lines = out.decode("utf-8").split("\n")
    return {b: t for b, t in zip(bs, lines) if len(t) == 1}


def remapped_font(byte_to_char, name):
    """DejaVu Serif subset whose cmap puts each wanted letter at its byte code under WinAnsi
    (the (3,1) entry is the WinAnsi code point of the byte, as viewers look it up)."""
    from fontTools.ttLib import TTFont, newTable
    from fontTools.ttLib.tables._c_m_a_p import cmap_format_4, cmap_format_0
    from fontTools import subset
    path = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    font = TTFont(path)
    best = font.getBestCmap()
    chars = {b: ch for b, ch in byte_to_char.items() if ord(ch) in best}
    opts = subset.Options()
    opts.glyph_names = True
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in chars.values()])
    sub.subset(font)
    best = font.getBestCmap()
    glyph_of = {b: best[ord(ch)] for b, ch in chars.items() if ord(ch) in best}
    win = {}
    for b in glyph_of:
        try:
            win[b] = ord(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            win[b] = b
    t4 = cmap_format_4(4); t4.platformID, t4.platEncID, t4.language = 3, 1, 0
    t4.cmap = {win[b]: g for b, g in glyph_of.items()}
    t0 = cmap_format_0(0); t0.platformID, t0.platEncID, t0.language = 1, 0, 0
    t0.cmap = {b: g for b, g in glyph_of.items()}
    cm = newTable("cmap"); cm.tableVersion = 0; cm.tables = [t4, t0]
    font["cmap"] = cm
    buf = io.BytesIO(); font.save(buf)
    upm = font["head"].unitsPerEm
    widths = {b: round(font["hmtx"][g][0] * 1000 / upm) for b, g in glyph_of.items()}
    return buf.getvalue(), widths


def make_tcvn3(stem, dst, lower_name=".VnTime"):
    import zlib
    cells, caption = load(stem)
    table = tcvn3_table()
    enc = {ch: b for b, ch in table.items()}
    lower_font = {b: ch for b, ch in table.items()}
    # .VnTimeH: the same codes, capital letters.
    upper_font = {b: ch.upper() for b, ch in table.items()}
    f1, w1 = remapped_font(lower_font, "VnTime")
    f2, w2 = remapped_font(upper_font, "VnTimeH")

    def runs(text):
        out = []
        for ch in text:
            if ch in enc and not (ch.isupper() and ch.lower() in enc and ch not in "ABCDEFGHIJKLMNOPQRSTUVWXYZĂÂÊÔƠƯĐ"):
                key, b = 1, enc[ch]
            elif ch.lower() in enc:
                key, b = 2, enc[ch.lower()]
            else:
                key, b = 1, enc.get("?", 0x3F)
            if out and out[-1][0] == key:
                out[-1][1].append(b)
            else:
                out.append((key, [b]))
        return out

    def width(text, size):
        return sum((w1 if k == 1 else w2).get(b, 500) for k, bs in runs(text) for b in bs) * size / 1000

    W, H, M = 842, 595, 36
    size = 9
    n_rows = max(r + rs for r, c, rs, cs, t in cells)
    n_cols = max(c + cs for r, c, rs, cs, t in cells)
    need = [30.0] * n_cols
    for r, c, rs, cs, t in cells:
        if cs == 1:
            need[c] = max([need[c]] + [width(x, size) + 8 for x in t.split("\n")])
    scale = min(1.0, (W - 2 * M) / sum(need))
    xs = [M]
    for w in need:
        xs.append(xs[-1] + w * scale)
    ops = []

    def show(text, x, y, sz):
        for k, bs in runs(text):
            s = "".join("\\%03o" % b for b in bs)
            ops.append(f"BT /F{k} {sz} Tf {x:.2f} {y:.2f} Td ({s}) Tj ET")
            x += sum((w1 if k == 1 else w2).get(b, 500) for b in bs) * sz / 1000

    y = H - M
    for line in caption:
        y -= 14
        show(line, (W - width(line, 11) * 11 / size) / 2, y, 11)
    y -= 16
    lead = size * 1.25
    heights = [0.0] * n_rows
    for r, c, rs, cs, t in cells:
        if rs == 1:
            heights[r] = max(heights[r], len(t.split("\n")) * lead + 6)
    heights = [max(h, 18.0) for h in heights]
    ys = [y]
    for h in heights:
        ys.append(ys[-1] - h)
    for r, c, rs, cs, t in cells:
        for k, line in enumerate(t.split("\n")):
            show(line, xs[c] + 4, ys[r] - 12 - k * lead, size)
    covered = {}
    for r, c, rs, cs, t in cells:
        covered[(r, c)] = (rs, cs)
    # Rules: every cell border; a merged cell's inner borders are not drawn.
    spans = [(r, c, rs, cs) for r, c, rs, cs, t in cells]
    inner = set()
    for r, c, rs, cs in spans:
        for i in range(r, r + rs):
            for k in range(c, c + cs):
                if i > r: inner.add(("h", i, k))
                if k > c: inner.add(("v", i, k))
    ops.append("0.5 w 0 0 0 RG")
    for i in range(n_rows + 1):
        for k in range(n_cols):
            if ("h", i, k) not in inner:
                ops.append(f"{xs[k]:.2f} {ys[i]:.2f} m {xs[k+1]:.2f} {ys[i]:.2f} l S")
    for k in range(n_cols + 1):
        for i in range(n_rows):
            if ("v", i, k) not in inner:
                ops.append(f"{xs[k]:.2f} {ys[i]:.2f} m {xs[k]:.2f} {ys[i+1]:.2f} l S")
    content = zlib.compress("\n".join(ops).encode("latin-1"))
    objs = []

    def font_objs(base, data, widths, first_id):
        fc, lc = 32, 255
        ws = " ".join(str(widths.get(b, 0)) for b in range(fc, lc + 1))
        ff = zlib.compress(data)
        return [
            f"<< /Type /Font /Subtype /TrueType /BaseFont /{base} /FirstChar {fc} /LastChar {lc} /Widths [{ws}] /Encoding /WinAnsiEncoding /FontDescriptor {first_id+1} 0 R >>".encode(),
            f"<< /Type /FontDescriptor /FontName /{base} /Flags 32 /FontBBox [-200 -250 1100 950] /ItalicAngle 0 /Ascent 900 /Descent -230 /CapHeight 700 /StemV 80 /FontFile2 {first_id+2} 0 R >>".encode(),
            b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ff), len(data)) + ff + b"\nendstream",
        ]

    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] /Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> /Contents 4 0 R >>".encode())
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
    objs += font_objs(lower_name, f1, w1, 5)
    objs += font_objs(".VnTimeH", f2, w2, 8)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    with open(dst, "wb") as f:
        f.write(out.getvalue())
    return dst


def main():
    os.makedirs(SRC, exist_ok=True)
    made = []
    # Ruled tables from both producers.
    made.append(libreoffice("pl01-targets", "pl01-targets.lo"))
    made.append(chromium("pl01-targets", "pl01-targets.chromium"))
    # Landscape, several pages, header repeated, tall multi-line rows split by page breaks.
    made.append(chromium("pl03-commune-plan", "pl03-commune-plan.chromium", landscape=True))
    made.append(libreoffice("pl03-commune-plan", "pl03-commune-plan.lo", landscape=True))
    made.append(libreoffice("pl06-agencies", "pl06-agencies.lo"))
    # /Rotate 90 with upright content (displays sideways).
    tmp = chromium("pl06-agencies", "pl06-agencies.tmp")
    rotate_flag(tmp, os.path.join(HERE, "pl06-agencies.chromium-rotate90.pdf"))
    os.remove(tmp)
    os.remove(os.path.join(SRC, "pl06-agencies.tmp.html"))
    made.append(os.path.join(HERE, "pl06-agencies.chromium-rotate90.pdf"))
    # Landscape roadmap; and its content drawn rotated under /Rotate 90 (displays upright).
    made.append(chromium("pl07-roadmap-ntm", "pl07-roadmap-ntm.chromium", landscape=True, font_pt=10))
    tmp = libreoffice("pl07-roadmap-ntm", "pl07-roadmap-ntm.tmp", landscape=True, font_pt=10)
    rotate_content(tmp, os.path.join(HERE, "pl07-roadmap-ntm.lo-rotated-content.pdf"))
    os.remove(tmp)
    for ext in (".html", ".odt"):
        os.rename(os.path.join(SRC, "pl07-roadmap-ntm.tmp" + ext), os.path.join(SRC, "pl07-roadmap-ntm.lo" + ext))
    made.append(os.path.join(HERE, "pl07-roadmap-ntm.lo-rotated-content.pdf"))
    # No ruling lines.
    made.append(chromium("pl08-roadmap-nc", "pl08-roadmap-nc.chromium-norules", landscape=True, rules=False, font_pt=10))
    # Writer's HTML import: no borders, wrapped cells centred vertically.
    made.append(libreoffice("pl06-agencies", "pl06-agencies.lo-norules", rules=False))
    # Legacy TCVN3 font.
    made.append(make_tcvn3("pl09-roadmap-km", os.path.join(HERE, "pl09-roadmap-km.tcvn3.pdf")))
    # The same with the body font renamed, so only its code statistics reveal TCVN3.
    made.append(make_tcvn3("pl09-roadmap-km", os.path.join(HERE, "pl09-roadmap-km.tcvn3-unnamed.pdf"), "BodyFont"))
    # Hard inputs: AES-256 with an empty user password (must be read), and a real user
    # password (must be reported; no truth file, so the accuracy test skips it).
    enc = os.path.join(HERE, "pl06-agencies.lo-aes256.pdf")
    subprocess.run(["qpdf", "--encrypt", "", "owner-secret", "256", "--", os.path.join(HERE, "pl06-agencies.lo.pdf"), enc], check=True)
    made.append(enc)
    os.makedirs(os.path.join(HERE, "hard"), exist_ok=True)
    locked = os.path.join(HERE, "hard", "user-password.pdf")
    subprocess.run(["qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--", os.path.join(HERE, "pl09-roadmap-km.tcvn3.pdf"), locked], check=True)
    made.append(locked)
    for m in made:
        print(os.path.relpath(m, HERE))


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
