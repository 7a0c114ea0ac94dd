#!/usr/bin/env bash
# Rebuilds the national gazetteer CSVs in data/gazetteer/ from the PyPI wheel
# vietnamadminunits==1.0.4 (MIT). Needs python3 with venv and pip; downloads
# only that wheel (no dependencies: the data files are read directly).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/venv-gazetteer
wheels=target/gazetteer-wheel
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if [ ! -f "$wheels/vietnamadminunits-1.0.4-py3-none-any.whl" ]; then
    "$venv/bin/pip" download --quiet --no-deps vietnamadminunits==1.0.4 -d "$wheels"
fi
unpacked="$wheels/unpacked"
rm -rf "$unpacked"
"$venv/bin/python" -m zipfile -e "$wheels/vietnamadminunits-1.0.4-py3-none-any.whl" "$unpacked"
"$venv/bin/python" scripts/build_gazetteer.py "$unpacked" data/gazetteer
