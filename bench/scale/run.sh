#!/usr/bin/env bash
# Scaling of `ntm ingest` (and `ntm tables` beside it) with the number of pages:
# one copy of the plan's appendices (the LibreOffice/Word PDF exports in samples/)
# is concatenated into PDFs of 100 and 1,000 pages, and each is read once.
# Prints wall time and peak RSS per run and the 1,000/100 time ratio.
# Goal: ratio <= 12 for 10x the pages, peak RSS < 300 MB at 1,000 pages.
# Usage: bench/scale/run.sh [SMALL [LARGE]]   (default 100 1000)
# Needs: qpdf, GNU time (/usr/bin/time), cargo. PROFILE=debug times the debug build
# instead (no release build of polars needed; absolute times are then slower).
set -euo pipefail
cd "$(dirname "$0")/../.."
SMALL=${1:-100}
LARGE=${2:-1000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROFILE=${PROFILE:-release}
if [ "$PROFILE" = release ]; then cargo build --release -q --bin ntm; else cargo build -q --bin ntm; fi
BIN=${CARGO_TARGET_DIR:-target}/$PROFILE/ntm

# One copy of the appendices, then N pages of copies of it.
qpdf --empty --pages \
  samples/pl01-targets.lo.pdf samples/pl03-commune-plan.lo.pdf \
  samples/pl06-agencies.lo.pdf samples/pl07-roadmap-ntm.docx-lo.pdf \
  samples/pl10-district-summary.docx-lo.pdf -- "$WORK/set.pdf"
per_set=$(qpdf --show-npages "$WORK/set.pdf")
make_pages() { # N -> $WORK/pN.pdf
  local n=$1 copies args=()
  copies=$(( (n + per_set - 1) / per_set ))
  for _ in $(seq "$copies"); do args+=("$WORK/set.pdf" 1-z); done
  qpdf --empty --pages "${args[@]}" -- "$WORK/cat.pdf"
  qpdf --empty --pages "$WORK/cat.pdf" "1-$n" -- "$WORK/p$n.pdf"
}

declare -A WALL
run() { # command pages
  local cmd=$1 n=$2 wall rss
  /usr/bin/time -v -o "$WORK/time.txt" "$BIN" "$cmd" "$WORK/p$n.pdf" --out "$WORK/out-$cmd-$n" -q \
    >/dev/null 2>"$WORK/err.txt" || true
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
  WALL[$cmd-$n]=$wall
  printf "%-7s %5s pages  wall_s=%-7s peak_rss_mb=%s  (%s)\n" "$cmd" "$n" "$wall" "$rss" \
    "$(grep -o '[0-9]* table(s)' "$WORK/err.txt" | tail -1)"
}

make_pages "$SMALL"
make_pages "$LARGE"
echo "one copy of the appendices: $per_set pages"
for cmd in tables ingest; do
  run "$cmd" "$SMALL"
  run "$cmd" "$LARGE"
  awk -v a="${WALL[$cmd-$SMALL]}" -v b="${WALL[$cmd-$LARGE]}" -v c="$cmd" \
    'BEGIN { printf "%-7s time ratio %s/%s pages: %.1f\n", c, "'"$LARGE"'", "'"$SMALL"'", (a > 0 ? b / a : 0) }'
done
