#!/usr/bin/env bash
# Renders the validation report of the Khánh Hòa sample in headless Chromium
# and checks that the findings are visible after the page's JavaScript ran:
# rule ids and evidence text in the DOM, and the filter controls populated.
# Leaves report.html, dom.html and report.png in the printed directory.
#
# Usage: scripts/check_report.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-$(mktemp -d)}"
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y chromium
fi

# The end-to-end test extracts and validates the sample and writes report.html.
NTM_REPORT_DIR="$out" cargo test -q --test validate_end_to_end report_renders_every_finding

report="$out/report.html"
[ -s "$report" ] || { echo "FAIL: $report not written" >&2; exit 1; }

flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
       --disable-component-update --disable-sync --no-first-run)
chromium "${flags[@]}" --user-data-dir="$(mktemp -d)" --dump-dom "file://$report" \
    > "$out/dom.html" 2>/dev/null
chromium "${flags[@]}" --user-data-dir="$(mktemp -d)" --window-size=1280,2000 \
    --screenshot="$out/report.png" "file://$report" >/dev/null 2>&1

fail=0
expect() {
    if grep -qF -- "$1" "$out/dom.html"; then
        echo "ok: $2"
    else
        echo "FAIL: $2 ($1 not in the rendered DOM)" >&2
        fail=1
    fi
}
for rule in fraction_percent criteria_count code_name_mismatch roadmap_arithmetic cross_table; do
    expect "data-rule=\"$rule\"" "finding of rule $rule rendered"
done
expect "25,37% (1059/4532)" "evidence text of plan line 442"
expect "đạt 14/15 tiêu chí, 05 tiêu chí chưa đạt" "evidence text of plan line 397 (Sơn Bình)"
# Only the script fills this counter, so its text proves the JavaScript ran.
if grep -qE 'id="shown">[0-9]+ / [0-9]+ shown' "$out/dom.html"; then
    echo "ok: filter script ran ($(grep -oE '[0-9]+ / [0-9]+ shown' "$out/dom.html"))"
else
    echo "FAIL: filter script did not run" >&2
    fail=1
fi
expect '<option value="Cam Lâm">' "locality filter lists Cam Lâm"
[ -s "$out/report.png" ] && echo "screenshot: $out/report.png"
exit $fail
