#!/bin/sh
# Regenerates the multi-table sample documents (see make_pdfs3.py).
# Needs: soffice and chromium (libreoffice-writer, chromium, fonts-dejavu-core);
# make_pdfs3.py uses the standard library only.
set -e
exec python3 "$(dirname "$0")/make_pdfs3.py" "$@"
