#!/bin/sh
# Regenerates the samples printed from a LibreOffice Calc workbook (see make_pdfs_calc.py).
# Needs: soffice (libreoffice-calc) and fonts-dejavu-core; sets up a venv with openpyxl.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-$ROOT/target/venv-calc}
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV"; "$VENV/bin/pip" install -q openpyxl==3.1.5; }
exec "$VENV/bin/python" "$(dirname "$0")/make_pdfs_calc.py" "$@"
