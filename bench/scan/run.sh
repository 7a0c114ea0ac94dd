#!/bin/sh
# Scanned PDFs, side by side: our OCR path (ntm-parsers reads image-only pages with
# tesseract, cell by cell) against what a user can do today: ocrmypdf (Debian package)
# adds a text layer, then our vector path reads that. Per file: cell accuracy against
# samples/truth/ (best-matching table, exact shape) and seconds per page.
# Usage: bench/scan/run.sh [FILES...]   (default: samples/scans/*.pdf)
# Needs: tesseract-ocr tesseract-ocr-vie poppler-utils ocrmypdf (Debian packages).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
[ $# -gt 0 ] || set -- samples/scans/*.pdf
cargo build -q --release --workspace --example scan_score
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/examples/scan_score"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "tesseract $(tesseract --version 2>&1 | head -1 | cut -d' ' -f2), ocrmypdf $(ocrmypdf --version), $(nproc) cores"
echo
echo "== ours: image-only pages read by OCR (cells read one by one) =="
"$BIN" "$@"
echo
echo "== ocrmypdf -l vie, then our vector path on its text layer =="
printf 'file\tpages\tseconds\ts_per_page\taccuracy\tcells_ok\tcells\tshape\ttruth_shape\tspan_errors\tocrmypdf_s_per_page\n'
for f in "$@"; do
    name=$(basename "$f")
    pages=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
    start=$(date +%s.%N)
    ocrmypdf -q -l vie --jobs "$(nproc)" "$f" "$WORK/$name" 2>"$WORK/err.txt" || { echo "$name	ocrmypdf failed: $(tail -1 "$WORK/err.txt")"; continue; }
    end=$(date +%s.%N)
    ocr_s=$(echo "$start $end $pages" | awk '{printf "%.1f", ($2-$1)/$3}')
    # Our vector path on ocrmypdf's output; its time is added to ocrmypdf's.
    "$BIN" --ocr never "$WORK/$name" | tail -n +2 | awk -F'\t' -v o="$ocr_s" -v p="$pages" \
        'BEGIN {OFS="\t"} {$4 = sprintf("%.1f", $4 + o); $3 = sprintf("%.1f", $3 + o * p); print $0, o}'
done
