//! Merged regions: cleaned, and with anything hidden under them made visible.
//!
//! Files declare merges as rectangles; the value sits in the top-left (anchor)
//! cell and the covered cells are normally empty. Two things can go wrong and are
//! repaired here rather than passed on: overlapping declarations (a damaged or
//! hand-edited file; the later one is dropped, with a warning) and covered cells
//! that still hold text (LibreOffice can keep "hidden" contents of merged cells):
//! that text is appended to the anchor's text on a new line, with a warning, so no
//! value disappears silently.

use super::raw::{Merge, RawCell, RawSheet};
use crate::table::CellValue;

/// Rows of the largest sheet any format we read allows (xlsx and LibreOffice
/// ods: 1,048,576; xls: 65,536). Positions beyond come only from damaged files.
pub const MAX_ROWS: u32 = 1 << 20;
/// Columns of the largest sheet any format we read allows (xlsx: 16,384, "XFD").
pub const MAX_COLS: u32 = 1 << 14;

/// Cleans `sheet.merges` and folds covered cells into their anchors.
/// Afterwards no cell of `sheet.cells` lies strictly inside a merge, cells are sorted
/// by (row, col), merges are sorted by (top, left) and pairwise disjoint, and
/// every cell and merge lies within [`MAX_ROWS`] × [`MAX_COLS`] (so that the
/// table finder's `bottom + 1` and `row + row_span` cannot overflow).
pub fn prepare(sheet: &mut RawSheet) {
    clip_to_sheet_limits(sheet);
    let mut merges: Vec<Merge> = sheet.merges.drain(..).filter(|m| !m.is_single()).collect();
    merges.sort_by_key(|m| (m.top, m.left));
    merges.dedup();
    // Drop overlapping declarations; `active` holds kept merges that may still overlap
    // later ones (their bottom is at or below the current top).
    let mut kept: Vec<Merge> = Vec::with_capacity(merges.len());
    let mut active: Vec<usize> = Vec::new();
    for m in merges {
        active.retain(|&i| kept[i].bottom >= m.top);
        if let Some(&i) = active.iter().find(|&&i| kept[i].overlaps(&m)) {
            let k = kept[i];
            sheet.warnings.push(format!(
                "merged range {} overlaps merged range {}; the second is ignored",
                a1(&k),
                a1(&m)
            ));
            continue;
        }
        active.push(kept.len());
        kept.push(m);
    }
    sheet.cells.sort_by_key(|c| (c.row, c.col));
    let mut covered = vec![false; sheet.cells.len()];
    let mut additions: Vec<RawCell> = Vec::new();
    for m in &kept {
        let lo = sheet.cells.partition_point(|c| c.row < m.top);
        let hi = sheet.cells.partition_point(|c| c.row <= m.bottom);
        let mut anchor: Option<usize> = None;
        let mut hidden: Vec<usize> = Vec::new();
        for i in lo..hi {
            let c = &sheet.cells[i];
            if c.col < m.left || c.col > m.right {
                continue;
            }
            if c.row == m.top && c.col == m.left {
                anchor = Some(i);
            } else {
                hidden.push(i);
            }
        }
        if hidden.is_empty() {
            continue;
        }
        let extra: Vec<String> = hidden
            .iter()
            .map(|&i| sheet.cells[i].text.clone())
            .collect();
        sheet.warnings.push(format!(
            "merged range {} hides {} non-empty cell(s) ({}); their text is kept with the merged cell",
            a1(m),
            hidden.len(),
            hidden
                .iter()
                .map(|&i| cell_name(sheet.cells[i].row, sheet.cells[i].col))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        for &i in &hidden {
            covered[i] = true;
        }
        match anchor {
            Some(a) => {
                let cell = &mut sheet.cells[a];
                for t in extra {
                    cell.text.push('\n');
                    cell.text.push_str(&t);
                }
                cell.value = CellValue::Text;
            }
            None => additions.push(RawCell {
                row: m.top,
                col: m.left,
                text: extra.join("\n"),
                value: CellValue::Text,
            }),
        }
    }
    if covered.iter().any(|&c| c) || !additions.is_empty() {
        let mut i = 0;
        sheet.cells.retain(|_| {
            let keep = !covered[i];
            i += 1;
            keep
        });
        sheet.cells.extend(additions);
        sheet.cells.sort_by_key(|c| (c.row, c.col));
    }
    sheet.merges = kept;
}

/// Drops cells and merges that start beyond the largest possible sheet and cuts
/// merges that reach beyond it, with a warning for each kind of repair (a
/// damaged file can declare `number-rows-spanned="4294967295"` or a cell at row
/// four billion).
fn clip_to_sheet_limits(sheet: &mut RawSheet) {
    let inside = |row: u32, col: u32| row < MAX_ROWS && col < MAX_COLS;
    let before = sheet.cells.len();
    sheet.cells.retain(|c| inside(c.row, c.col));
    let dropped = before - sheet.cells.len();
    if dropped > 0 {
        sheet.warnings.push(format!(
            "{dropped} non-empty cell(s) lie beyond row {MAX_ROWS} or column {MAX_COLS}, \
             outside any sheet a workbook can hold; they are not read"
        ));
    }
    let before = sheet.merges.len();
    sheet.merges.retain(|m| inside(m.top, m.left));
    let mut cut = 0;
    for m in &mut sheet.merges {
        if m.bottom >= MAX_ROWS || m.right >= MAX_COLS {
            m.bottom = m.bottom.min(MAX_ROWS - 1);
            m.right = m.right.min(MAX_COLS - 1);
            cut += 1;
        }
    }
    if before > sheet.merges.len() || cut > 0 {
        sheet.warnings.push(format!(
            "{} merged range(s) start and {cut} end beyond row {MAX_ROWS} or column {MAX_COLS}; \
             the first are ignored, the others end at the sheet's edge",
            before - sheet.merges.len()
        ));
    }
}

/// Spreadsheet name of a 0-based cell position ("B3").
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = col as u64 + 1;
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        letters.push((b'A' + r) as char);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!(
        "{}{}",
        letters.into_iter().collect::<String>(),
        row as u64 + 1
    )
}

fn a1(m: &Merge) -> String {
    format!(
        "{}:{}",
        cell_name(m.top, m.left),
        cell_name(m.bottom, m.right)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(row: u32, col: u32, t: &str) -> RawCell {
        RawCell {
            row,
            col,
            text: t.into(),
            value: CellValue::Text,
        }
    }

    #[test]
    fn names_cells_like_a_spreadsheet() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(9, 27), "AB10");
    }

    #[test]
    fn covered_text_joins_the_anchor_and_overlaps_are_dropped() {
        let mut s = RawSheet {
            cells: vec![text(0, 0, "a"), text(1, 0, "hidden"), text(0, 2, "c")],
            merges: vec![
                Merge {
                    top: 0,
                    left: 0,
                    bottom: 1,
                    right: 1,
                },
                Merge {
                    top: 1,
                    left: 1,
                    bottom: 2,
                    right: 2,
                },
                Merge {
                    top: 5,
                    left: 5,
                    bottom: 5,
                    right: 5,
                },
            ],
            ..Default::default()
        };
        prepare(&mut s);
        assert_eq!(
            s.merges,
            vec![Merge {
                top: 0,
                left: 0,
                bottom: 1,
                right: 1
            }]
        );
        assert_eq!(s.cells.len(), 2);
        assert_eq!(s.cells[0].text, "a\nhidden");
        assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
    }

    #[test]
    fn positions_beyond_any_sheet_are_clipped_with_warnings() {
        let m = |top, left, bottom, right| Merge {
            top,
            left,
            bottom,
            right,
        };
        let mut s = RawSheet {
            cells: vec![text(1, 0, "a"), text(u32::MAX, 0, "far")],
            merges: vec![m(1, 0, u32::MAX, 3), m(u32::MAX - 1, 0, u32::MAX, 0)],
            ..Default::default()
        };
        prepare(&mut s);
        assert_eq!(s.merges, vec![m(1, 0, MAX_ROWS - 1, 3)]);
        assert_eq!(s.cells, vec![text(1, 0, "a")]);
        assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
        assert!(s.warnings[0].starts_with("1 non-empty cell(s)"));
        assert!(s.warnings[1].starts_with("1 merged range(s) start and 1 end"));
    }
}
