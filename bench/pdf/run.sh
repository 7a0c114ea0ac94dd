#!/bin/sh
# Side-by-side PDF table benchmark: ours vs pdfplumber, PyMuPDF, Camelot (lattice).
# Usage: bench/pdf/run.sh [RUNS]   (from the repository root or anywhere)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
VENV=${VENV:-$ROOT/target/venv-pdfbench}
RUNS=${1:-5}
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q pdfplumber pymupdf camelot-py opencv-python-headless ghostscript
fi
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
(cd "$ROOT" && cargo build -q --release -p ntm-parsers --example pdf_tables)
echo "versions: $("$VENV/bin/python" -c 'import pdfplumber, pymupdf, camelot; print("pdfplumber", pdfplumber.__version__, "| PyMuPDF", pymupdf.VersionBind, "| camelot-py", camelot.__version__)')"
exec "$VENV/bin/python" "$HERE/bench.py" --ours-bin "$CARGO_TARGET_DIR/release/examples/pdf_tables" --runs "$RUNS"
