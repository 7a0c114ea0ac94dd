#!/bin/sh
# Typesets the LaTeX samples (see make_pdfs_latex.py). Needs pdflatex with
# vntex, longtable and multirow (Debian: texlive-latex-extra texlive-lang-other);
# Python's standard library only.
set -eu
exec python3 "$(dirname "$0")/make_pdfs_latex.py"
