#!/usr/bin/env bash
# Builds a store of the Khánh Hòa plan and its amended revision, diffs them,
# and runs examples/store_analysis.py on it in a venv under target/.
# Usage: examples/run.sh [path/to/ntm]   (default: target/debug/ntm)
set -euo pipefail
cd "$(dirname "$0")/.."
NTM="${1:-target/debug/ntm}"
VENV=target/venv-examples
WORK=target/example-store
# The venv is (re)filled whenever examples/requirements.txt changes.
if [ ! -x "$VENV/bin/python" ] || ! cmp -s examples/requirements.txt "$VENV/requirements.txt"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r examples/requirements.txt
  cp examples/requirements.txt "$VENV/requirements.txt"
fi
rm -rf "$WORK"
"$NTM" ingest -q --into "$WORK/store" \
  samples/khanh-hoa-2024-ntm-plan.ocr.txt samples/khanh-hoa-2024-ntm-plan-dieu-chinh.ocr.txt
"$NTM" diff 355/KH-UBND 2150/KH-UBND --store "$WORK/store" --out "$WORK/diff" > /dev/null
"$VENV/bin/python" examples/store_analysis.py "$WORK/store" "$WORK/diff/changes.parquet"
