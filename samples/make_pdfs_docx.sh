#!/bin/sh
# Regenerates the Word-style samples (see make_pdfs_docx.py).
# Needs: soffice (libreoffice-writer) and fonts-dejavu-core; sets up a venv with python-docx.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-$ROOT/target/venv-docx}
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV"; "$VENV/bin/pip" install -q python-docx==1.2.0; }
exec "$VENV/bin/python" "$(dirname "$0")/make_pdfs_docx.py" "$@"
