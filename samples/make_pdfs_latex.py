"""LaTeX samples: truth grids typeset with longtable and multirow by pdflatex.

LaTeX is how some statistical offices and universities set their annexes. Its
PDFs differ from office suites' in ways a table reader must survive: rules are
filled rectangles (pdfTeX draws \\hline and | as \\vrule boxes), vertical rules
are broken at every row, a \\multirow's text sits in its first row with no rule
below until its last, a longtable repeats its header (\\endhead) and breaks
inside a spanned block, and Vietnamese is set in T5-encoded fonts (vntex) whose
glyphs reach text only through the ToUnicode maps pdfTeX writes when asked.

Usage: python3 make_pdfs_latex.py   (run by make_pdfs_latex.sh; needs pdflatex
with the vntex, longtable, multirow and array packages)
Writes pdf-src4/<stem>.latex.tex and <stem>.latex.pdf beside this script.
"""

import csv
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
SRC = os.path.join(HERE, "pdf-src4")

# stem -> (orientation, font size command, column widths in cm)
LAYOUTS = {
    "pl01-targets": ("portrait", r"\normalsize", [1.4, 6.6, 2.0, 2.0, 2.0, 2.0]),
    "pl07-roadmap-ntm": (
        "landscape",
        r"\footnotesize",
        [0.8, 1.1, 1.1, 1.1, 1.2] + [2.05] * 8,
    ),
    "pl06-agencies": ("portrait", r"\normalsize", [1.0, 5.2, 5.6, 5.0]),
}

# (stem, variant, ToUnicode maps): without them (pdfTeX's default) text comes
# only from the glyph names of the fonts' /Differences.
SAMPLES = [
    ("pl01-targets", "latex", True),
    ("pl07-roadmap-ntm", "latex", True),
    ("pl06-agencies", "latex-nounicode", False),
]

SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def tex(text):
    """Escapes `text` for LaTeX; a line break in a cell becomes \\newline."""
    out = "".join(SPECIAL.get(c, c) for c in text)
    return out.replace("\n", r"\newline ")


def read_truth(stem):
    with open(os.path.join(TRUTH, stem + ".csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    cells = {}
    for r in rows:
        cells[(int(r["row"]), int(r["col"]))] = (
            int(r["row_span"]),
            int(r["col_span"]),
            r["text"],
        )
    n_rows = max(r + s[0] for (r, _), s in cells.items())
    n_cols = max(c + s[1] for (_, c), s in cells.items())
    return cells, n_rows, n_cols


def header_rows(stem):
    path = os.path.join(TRUTH, stem + ".header-rows.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return int(f.read().strip())
    return 1


def caption(stem):
    with open(os.path.join(TRUTH, stem + ".caption.txt"), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip()]


def table_rows(cells, n_rows, n_cols, widths):
    """The longtable body: one line per row, \\cline under the columns whose
    cell ends on that row (a \\multirow block gets its rule only at its end)."""
    covered = {}
    for (r, c), (rs, cs, _) in cells.items():
        for dr in range(rs):
            for dc in range(cs):
                covered[(r + dr, c + dc)] = (r, c)
    lines = []
    for r in range(n_rows):
        parts = []
        c = 0
        while c < n_cols:
            origin = covered.get((r, c))
            if origin is None:
                parts.append("")
                c += 1
                continue
            rs, cs, text = cells[origin]
            width = sum(widths[origin[1] : origin[1] + cs])
            body = ""
            if origin == (r, c):
                body = tex(text)
                if rs > 1:
                    body = r"\multirow{%d}{=}{%s}" % (rs, body)
            if cs > 1:
                left = "|" if c == 0 else ""
                body = r"\multicolumn{%d}{%sp{%.2fcm}|}{%s}" % (cs, left, width, body)
            parts.append(body)
            c += cs
        ends = [
            c
            for c in range(n_cols)
            if (lambda o: o is None or o[0] + cells[o][0] - 1 == r)(covered.get((r, c)))
        ]
        rules = []
        for c in ends:
            if rules and rules[-1][1] == c - 1:
                rules[-1][1] = c
            else:
                rules.append([c, c])
        if len(ends) == n_cols:
            rule = r"\hline"
        else:
            rule = " ".join(r"\cline{%d-%d}" % (a + 1, b + 1) for a, b in rules)
        lines.append(" & ".join(parts) + r" \\ " + rule)
    return lines


def document(stem, to_unicode):
    orientation, size, widths = LAYOUTS[stem]
    cells, n_rows, n_cols = read_truth(stem)
    heads = header_rows(stem)
    label, *title = caption(stem)
    spec = "|" + "|".join(r">{\raggedright\arraybackslash}p{%.2fcm}" % w for w in widths) + "|"
    rows = table_rows(cells, n_rows, n_cols, widths)
    head = "\n".join(rows[:heads])
    body = "\n".join(rows[heads:])
    unicode = r"\input{glyphtounicode}\pdfgentounicode=1" if to_unicode else "% no ToUnicode maps"
    title_tex = r"\\".join(r"\textbf{%s}" % tex(t) if i == 0 else tex(t) for i, t in enumerate(title))
    return rf"""\documentclass[a4paper,{orientation}]{{article}}
\usepackage[T5]{{fontenc}}
\usepackage[utf8]{{inputenc}}
\usepackage[vietnamese]{{babel}}
\usepackage[margin=1.6cm]{{geometry}}
\usepackage{{longtable,multirow,array}}
{unicode}
\pagestyle{{plain}}
\setlength{{\parindent}}{{0pt}}
\renewcommand{{\arraystretch}}{{1.25}}
\begin{{document}}
{size}
\begin{{flushright}}\textbf{{{tex(label)}}}\end{{flushright}}
\begin{{center}}{title_tex}\end{{center}}
\begin{{longtable}}{{{spec}}}
\hline
{head}
\endfirsthead
\hline
{head}
\endhead
{body}
\end{{longtable}}
\end{{document}}
"""


def main():
    if not shutil.which("pdflatex"):
        sys.exit("make_pdfs_latex.py: pdflatex not found (Debian: texlive-latex-extra texlive-lang-other)")
    os.makedirs(SRC, exist_ok=True)
    for stem, variant, to_unicode in SAMPLES:
        name = f"{stem}.{variant}"
        src = os.path.join(SRC, name + ".tex")
        with open(src, "w", encoding="utf-8") as f:
            f.write(document(stem, to_unicode))
        with tempfile.TemporaryDirectory() as work:
            for _ in range(3):  # longtable settles its column widths over runs
                subprocess.run(
                    ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", work, src],
                    check=True,
                    stdout=subprocess.DEVNULL,
                    env=dict(os.environ, SOURCE_DATE_EPOCH="1709856000", FORCE_SOURCE_DATE="1"),
                )
            shutil.copy(os.path.join(work, name + ".pdf"), os.path.join(HERE, name + ".pdf"))
        print("wrote", name + ".pdf")


if __name__ == "__main__":
    main()
