#!/usr/bin/env bash
# Side-by-side read benchmark of one large generated workbook:
# ntm-parsers sheet reader (release) vs pandas.read_excel (openpyxl) vs python-calamine.
# Usage: bench/sheet/run.sh [ROWS]   (default 100000)
# Needs: /work/venvs/sheet with openpyxl, pandas, python-calamine; /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-100000}
PY=${PY:-/work/venvs/sheet/bin/python}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target-sheet}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$PY" bench/sheet/gen.py "$WORK/big.xlsx" "$ROWS" >/dev/null
ls -l "$WORK/big.xlsx" | awk '{printf "workbook: %s rows, %.1f MB\n", '"$ROWS"', $5/1e6}'
cargo build --release -q -p ntm-parsers --example sheet_bench
BIN="$CARGO_TARGET_DIR/release/examples/sheet_bench"
run() { # name, command...
  local name=$1; shift
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/out.txt"
  local rss wall
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")
  printf "%-16s %s  process_wall=%s  peak_rss_mb=%s\n" "$name" "$(cat "$WORK/out.txt")" "$wall" "$rss"
}
run ntm-sheet "$BIN" "$WORK/big.xlsx"
run python-calamine "$PY" bench/sheet/py_read.py calamine "$WORK/big.xlsx"
run pandas-openpyxl "$PY" bench/sheet/py_read.py pandas "$WORK/big.xlsx"
