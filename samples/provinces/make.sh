#!/bin/sh
# Renders the other-province test plans (see make.py). Sets up its own venv
# under the repository's target/ directory.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/../../target/venv-provinces"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q openpyxl==3.1.5
fi
cd "$here"
exec "$venv/bin/python" make.py
