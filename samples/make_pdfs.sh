#!/bin/sh
# Regenerates samples/*.pdf from samples/truth/ (see make_pdfs.py).
# Needs: apt-get install libreoffice-writer chromium fonts-dejavu-core
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-$ROOT/target/venv-pdftools}
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV"; "$VENV/bin/pip" install -q pypdf==7.1.1 fonttools==4.68.0; }
exec "$VENV/bin/python" "$(dirname "$0")/make_pdfs.py" "$@"
