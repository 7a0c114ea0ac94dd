#!/bin/sh
# Regenerates samples/scans/*.pdf: image-only "scans" of sample PDFs (see make_scans.py).
# Needs: pdftoppm (Debian package poppler-utils) and python3 with venv.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-$ROOT/target/venv-scan}
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV"; "$VENV/bin/pip" install -q pillow==13.0.0 numpy==2.4.6 img2pdf==0.6.3; }
exec "$VENV/bin/python" "$ROOT/samples/make_scans.py" "$@"
