#!/bin/sh
# Regenerates the second set of sample PDFs (see make_pdfs2.py).
# Needs: apt-get install libreoffice-writer ghostscript mupdf-tools qpdf fonts-dejavu-core
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-$ROOT/target/venv-pdf2}
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV"; "$VENV/bin/pip" install -q reportlab weasyprint python-docx pypdf fonttools; }
exec "$VENV/bin/python" "$(dirname "$0")/make_pdfs2.py" "$@"
