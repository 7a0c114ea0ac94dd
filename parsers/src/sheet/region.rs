//! Finding tables inside a sheet's used range.
//!
//! A sheet of a plan usually holds, top to bottom: title lines, a "(Kèm theo …)"
//! line, the table, notes, a signature block; sometimes several tables. The finder:
//!
//! 1. treats every non-empty cell as a rectangle (its merged region, or 1×1);
//! 2. cuts the sheet recursively along fully blank rows and fully blank columns
//!    (an XY-cut), giving blocks separated by blank space;
//! 3. calls a block a *table* when some row of it starts two or more cells, and
//!    *text lines* otherwise (titles, notes, signatures: one cell per row);
//! 4. inside a table block, moves leading one-cell rows (a title merged across the
//!    table, written without a blank row before the header) to the caption, and
//!    trailing one-cell rows that look like notes (see [`is_note`]) out of the rows;
//! 5. gives each table, as caption, the text-line blocks just above it (at most
//!    [`CAPTION_MAX_GAP_ROWS`] blank rows apart, sharing a column with it).
//!
//! 6. joins a table block to the table block just below it when the blank rows
//!    between them are a gap inside one table, not the end of it (see [`joins`]):
//!    a body with one blank row in the middle, or the blank row pandas writes
//!    between a MultiIndex header and the body. The blank rows are left out of the
//!    table ([`TableSpan::gaps`]).
//!
//! Text lines used nowhere else become prose, so nothing is dropped. Limits: a
//! one-column list is text, not a table; two tables stacked with a blank row between
//! them and no header on the lower one read as one table.

use super::raw::{Merge, RawCell};
use crate::table::CellValue;

/// Most blank rows between a caption line and what it captions (rows, default 2).
/// Plans put at most one blank row between the "(Kèm theo …)" line, the unit line and
/// the header; two leaves room for a spacer without reaching a previous table's notes.
pub const CAPTION_MAX_GAP_ROWS: u32 = 2;

/// Fewest words for a lone trailing cell to count as a note when it is not merged
/// across columns (words, default 6): "Ghi chú: số liệu đến 31/12" is a note, a lone
/// "5" or "Quý II/2024" under the last row is data.
pub const NOTE_MIN_WORDS: usize = 6;

/// Most blank rows inside one table (rows, default 1). A table block and the block
/// below it are one table only when at most this many fully blank rows part them;
/// two blank rows or more always end a table (a spacer row inside a body is single).
pub const JOIN_MAX_GAP_ROWS: u32 = 1;

/// Least share of columns two blocks must have in common to be one table (fraction
/// of each block's width, default 0.75). The lower block of a split body spans the
/// same columns; pandas adds one index column on the left of the body (4 of 5).
pub const JOIN_MIN_COLUMN_OVERLAP: f64 = 0.75;

/// A rectangle of sheet cells, inclusive bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    /// First row.
    pub top: u32,
    /// First column.
    pub left: u32,
    /// Last row.
    pub bottom: u32,
    /// Last column.
    pub right: u32,
}

/// Where one table lies in the sheet, and the text that goes with it.
#[derive(Debug, Clone, PartialEq)]
pub struct TableSpan {
    /// The table's rows and columns (captions and notes excluded).
    pub rect: Rect,
    /// Caption lines, top to bottom.
    pub caption: Vec<String>,
    /// Fully blank sheet rows inside `rect` that are not rows of the table (a gap
    /// inside the body), ascending.
    pub gaps: Vec<u32>,
}

/// Everything found on one sheet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Tables in reading order (top to bottom, then left to right).
    pub tables: Vec<TableSpan>,
    /// Text outside tables (titles not used as captions, notes, signatures), one
    /// entry per line, top to bottom.
    pub prose: Vec<String>,
}

/// One non-empty cell seen as a rectangle.
struct Item<'a> {
    rect: Rect,
    cell: &'a RawCell,
}

/// Finds the tables of a sheet. `cells` sorted by (row, col), no cell covered by a
/// merge (see [`super::merges::prepare`]); `merges` sorted and disjoint.
pub fn find(cells: &[RawCell], merges: &[Merge]) -> Layout {
    let items = items(cells, merges);
    let mut leaves = Vec::new();
    xy_cut((0..items.len()).collect(), &items, &mut leaves);
    let mut blocks: Vec<Block> = leaves
        .into_iter()
        .map(|ids| classify(ids, &items))
        .collect();
    blocks.sort_by_key(|b| (b.rect.top, b.rect.left));
    join_gaps(&mut blocks);

    let mut layout = Layout::default();
    let mut used = vec![false; blocks.len()];
    let mut spans: Vec<(usize, TableSpan)> = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        let Some(t) = &b.table else { continue };
        // Walk up through text blocks just above, nearest first.
        let mut above: Vec<usize> = Vec::new();
        let mut edge = t.rect.top;
        loop {
            let cand = blocks.iter().enumerate().rev().find(|(j, o)| {
                !used[*j]
                    && o.table.is_none()
                    && o.rect.bottom < edge
                    && edge - o.rect.bottom - 1 <= CAPTION_MAX_GAP_ROWS
                    && o.rect.left <= t.rect.right
                    && t.rect.left <= o.rect.right
            });
            match cand {
                Some((j, o)) => {
                    used[j] = true;
                    above.push(j);
                    edge = o.rect.top;
                }
                None => break,
            }
        }
        let mut caption: Vec<String> = Vec::new();
        for &j in above.iter().rev() {
            caption.extend(blocks[j].lines.iter().cloned());
        }
        caption.extend(t.caption.iter().cloned());
        used[bi] = true;
        spans.push((
            bi,
            TableSpan {
                rect: t.rect,
                caption,
                gaps: t.gaps.clone(),
            },
        ));
    }
    for (bi, b) in blocks.iter().enumerate() {
        if let Some(t) = &b.table {
            layout.prose.extend(t.notes.iter().cloned());
        } else if !used[bi] {
            layout.prose.extend(b.lines.iter().cloned());
        }
    }
    layout.tables = spans.into_iter().map(|(_, s)| s).collect();
    layout
}

fn items<'a>(cells: &'a [RawCell], merges: &[Merge]) -> Vec<Item<'a>> {
    cells
        .iter()
        .map(|c| {
            let rect = match merges.binary_search_by_key(&(c.row, c.col), |m| (m.top, m.left)) {
                Ok(i) => Rect {
                    top: merges[i].top,
                    left: merges[i].left,
                    bottom: merges[i].bottom,
                    right: merges[i].right,
                },
                Err(_) => Rect {
                    top: c.row,
                    left: c.col,
                    bottom: c.row,
                    right: c.col,
                },
            };
            Item { rect, cell: c }
        })
        .collect()
}

/// Splits `ids` into groups separated by fully blank rows (`by_row`) or columns.
fn bands(ids: &[usize], items: &[Item], by_row: bool) -> Vec<Vec<usize>> {
    let key = |i: usize| {
        let r = items[i].rect;
        if by_row {
            (r.top, r.bottom)
        } else {
            (r.left, r.right)
        }
    };
    let mut sorted = ids.to_vec();
    sorted.sort_by_key(|&i| key(i).0);
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut end = 0u32;
    for i in sorted {
        let (lo, hi) = key(i);
        match out.last_mut() {
            Some(band) if lo <= end.saturating_add(1) => {
                band.push(i);
                end = end.max(hi);
            }
            _ => {
                out.push(vec![i]);
                end = hi;
            }
        }
    }
    out
}

fn xy_cut(ids: Vec<usize>, items: &[Item], leaves: &mut Vec<Vec<usize>>) {
    let mut stack = vec![ids];
    while let Some(ids) = stack.pop() {
        let rows = bands(&ids, items, true);
        if rows.len() > 1 {
            stack.extend(rows);
            continue;
        }
        let cols = bands(&ids, items, false);
        if cols.len() > 1 {
            stack.extend(cols);
            continue;
        }
        leaves.push(ids);
    }
}

/// A block of the cut, classified.
struct Block {
    rect: Rect,
    /// The text lines of a text block.
    lines: Vec<String>,
    table: Option<TableBlock>,
}

struct TableBlock {
    rect: Rect,
    caption: Vec<String>,
    notes: Vec<String>,
    gaps: Vec<u32>,
    /// The first table row holds something other than text (a number, a date…):
    /// it is data, not a header.
    starts_with_data: bool,
}

/// Joins table blocks across blank rows that are gaps inside one table, until no
/// more join (a body may have several gaps). `blocks` sorted by (top, left).
fn join_gaps(blocks: &mut Vec<Block>) {
    'again: loop {
        for i in 0..blocks.len() {
            for j in 0..blocks.len() {
                if i != j && joins(blocks, i, j) {
                    let lower = blocks.remove(j);
                    let i = if j < i { i - 1 } else { i };
                    let (Some(a), Some(b)) = (blocks[i].table.as_mut(), lower.table) else {
                        unreachable!("joins() accepts table blocks only");
                    };
                    a.gaps.extend(a.rect.bottom + 1..b.rect.top);
                    a.gaps.extend(b.gaps);
                    a.rect = union(a.rect, b.rect);
                    a.notes = b.notes;
                    blocks[i].rect = union(blocks[i].rect, lower.rect);
                    continue 'again;
                }
            }
        }
        break;
    }
}

/// True when table block `j` continues table block `i` below a gap. The rule, in
/// the order checked:
/// * both are tables, `i` has no notes below it and `j` no caption above it (a note
///   or a title line ends a table and starts another);
/// * 1 to [`JOIN_MAX_GAP_ROWS`] fully blank rows part them;
/// * `j` starts with data, not a header: its first row holds a non-text value (a
///   table that restarts with a header row is a new table);
/// * they share at least [`JOIN_MIN_COLUMN_OVERLAP`] of each one's columns;
/// * no other block lies in the rectangle they would form.
fn joins(blocks: &[Block], i: usize, j: usize) -> bool {
    let (Some(a), Some(b)) = (&blocks[i].table, &blocks[j].table) else {
        return false;
    };
    if !a.notes.is_empty() || !b.caption.is_empty() {
        return false;
    }
    if b.rect.top <= a.rect.bottom + 1 || b.rect.top - a.rect.bottom - 1 > JOIN_MAX_GAP_ROWS {
        return false;
    }
    if !b.starts_with_data {
        return false;
    }
    let common = a.rect.right.min(b.rect.right) as i64 - a.rect.left.max(b.rect.left) as i64 + 1;
    let width = |r: Rect| (r.right - r.left + 1) as f64;
    if common <= 0
        || (common as f64) < JOIN_MIN_COLUMN_OVERLAP * width(a.rect)
        || (common as f64) < JOIN_MIN_COLUMN_OVERLAP * width(b.rect)
    {
        return false;
    }
    let joined = union(a.rect, b.rect);
    !blocks
        .iter()
        .enumerate()
        .any(|(k, o)| k != i && k != j && intersects(o.rect, joined))
}

fn union(a: Rect, b: Rect) -> Rect {
    Rect {
        top: a.top.min(b.top),
        left: a.left.min(b.left),
        bottom: a.bottom.max(b.bottom),
        right: a.right.max(b.right),
    }
}

fn intersects(a: Rect, b: Rect) -> bool {
    a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right
}

fn bbox(ids: &[usize], items: &[Item]) -> Rect {
    let mut r = items[ids[0]].rect;
    for &i in ids {
        let o = items[i].rect;
        r.top = r.top.min(o.top);
        r.left = r.left.min(o.left);
        r.bottom = r.bottom.max(o.bottom);
        r.right = r.right.max(o.right);
    }
    r
}

/// Rows of a block: the items starting on each row, rows in order, items by column.
fn rows_of(ids: &[usize], items: &[Item]) -> Vec<(u32, Vec<usize>)> {
    let mut sorted = ids.to_vec();
    sorted.sort_by_key(|&i| (items[i].rect.top, items[i].rect.left));
    let mut rows: Vec<(u32, Vec<usize>)> = Vec::new();
    for i in sorted {
        let top = items[i].rect.top;
        match rows.last_mut() {
            Some((r, v)) if *r == top => v.push(i),
            _ => rows.push((top, vec![i])),
        }
    }
    rows
}

fn line_text(row: &[usize], items: &[Item]) -> String {
    row.iter()
        .map(|&i| items[i].cell.text.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

fn classify(ids: Vec<usize>, items: &[Item]) -> Block {
    let rect = bbox(&ids, items);
    let rows = rows_of(&ids, items);
    let is_table = rows.iter().any(|(_, v)| v.len() >= 2);
    if !is_table {
        return Block {
            rect,
            lines: rows.iter().map(|(_, v)| line_text(v, items)).collect(),
            table: None,
        };
    }
    let first_multi = rows.iter().position(|(_, v)| v.len() >= 2).unwrap_or(0);
    let last_multi = rows.iter().rposition(|(_, v)| v.len() >= 2).unwrap_or(0);
    // Lowest row any item of the multi-cell rows reaches (merges may hang below them).
    let reach = rows[first_multi..=last_multi]
        .iter()
        .flat_map(|(_, v)| v.iter().map(|&i| items[i].rect.bottom))
        .max()
        .unwrap_or(0);
    let mut caption = Vec::new();
    let mut start = 0;
    for (k, (_, v)) in rows[..first_multi].iter().enumerate() {
        let it = &items[v[0]];
        let fits_above = it.rect.bottom < rows[first_multi].0;
        if matches!(it.cell.value, CellValue::Text) && fits_above {
            caption.push(it.cell.text.trim().to_string());
            start = k + 1;
        } else {
            break;
        }
    }
    let mut end = rows.len();
    let mut notes = Vec::new();
    for k in (last_multi + 1..rows.len()).rev() {
        let (top, v) = &rows[k];
        if *top > reach && is_note(&items[v[0]]) && end == k + 1 {
            notes.push(items[v[0]].cell.text.trim().to_string());
            end = k;
        } else {
            break;
        }
    }
    notes.reverse();
    let kept: Vec<usize> = rows[start..end]
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .collect();
    let trect = bbox(&kept, items);
    let starts_with_data = rows[start]
        .1
        .iter()
        .any(|&i| !matches!(items[i].cell.value, CellValue::Text));
    Block {
        rect,
        lines: Vec::new(),
        table: Some(TableBlock {
            rect: trect,
            caption,
            notes,
            gaps: Vec::new(),
            starts_with_data,
        }),
    }
}

/// A lone cell below a table's last full row is a note when it is text and either
/// merged across columns or at least [`NOTE_MIN_WORDS`] words long.
fn is_note(it: &Item) -> bool {
    matches!(it.cell.value, CellValue::Text)
        && (it.rect.right > it.rect.left
            || it.cell.text.split_whitespace().count() >= NOTE_MIN_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(row: u32, col: u32, s: &str) -> RawCell {
        RawCell {
            row,
            col,
            text: s.into(),
            value: CellValue::Text,
        }
    }
    fn n(row: u32, col: u32, v: f64) -> RawCell {
        RawCell {
            row,
            col,
            text: v.to_string(),
            value: CellValue::Number(v),
        }
    }
    fn m(top: u32, left: u32, bottom: u32, right: u32) -> Merge {
        Merge {
            top,
            left,
            bottom,
            right,
        }
    }
    fn rect(top: u32, left: u32, bottom: u32, right: u32) -> Rect {
        Rect {
            top,
            left,
            bottom,
            right,
        }
    }

    #[test]
    fn title_above_header_is_caption_and_notes_below_are_prose() {
        // Row 0 title merged A1:C1, row 1 "(Kèm theo …)" merged, header row 2,
        // data rows 3-4, blank row 5, note row 6, signature row 8 in column C.
        let cells = vec![
            t(0, 0, "Phụ lục 06:"),
            t(1, 0, "(Kèm theo Kế hoạch)"),
            t(2, 0, "STT"),
            t(2, 1, "Tên"),
            t(2, 2, "Ghi chú"),
            n(3, 0, 1.0),
            t(3, 1, "Sở Xây dựng"),
            n(4, 0, 2.0),
            t(4, 1, "Sở Y tế"),
            t(6, 0, "Ghi chú: danh sách theo quyết định"),
            t(8, 2, "KT. CHỦ TỊCH"),
        ];
        let merges = vec![m(0, 0, 0, 2), m(1, 0, 1, 2), m(6, 0, 6, 2)];
        let l = find(&cells, &merges);
        assert_eq!(l.tables.len(), 1);
        assert_eq!(l.tables[0].rect, rect(2, 0, 4, 2));
        assert_eq!(
            l.tables[0].caption,
            vec!["Phụ lục 06:", "(Kèm theo Kế hoạch)"]
        );
        assert_eq!(
            l.prose,
            vec!["Ghi chú: danh sách theo quyết định", "KT. CHỦ TỊCH"]
        );
    }

    #[test]
    fn caption_separated_by_blank_rows_and_tight_note() {
        let cells = vec![
            t(0, 1, "Phụ lục 01:"),
            t(1, 1, "Đơn vị tính: %"),
            t(3, 1, "STT"),
            t(3, 2, "Tiêu chí"),
            n(4, 1, 1.0),
            t(4, 2, "Quy hoạch"),
            t(5, 1, "* Cột thứ 02 là vị trí và tên các tiêu chí"),
        ];
        let merges = vec![m(5, 1, 5, 2)];
        let l = find(&cells, &merges);
        assert_eq!(l.tables.len(), 1);
        assert_eq!(l.tables[0].rect, rect(3, 1, 4, 2));
        assert_eq!(l.tables[0].caption, vec!["Phụ lục 01:", "Đơn vị tính: %"]);
        assert_eq!(l.prose, vec!["* Cột thứ 02 là vị trí và tên các tiêu chí"]);
    }

    #[test]
    fn tables_apart_by_blank_row_or_column_are_separate() {
        let mut cells = Vec::new();
        for r in 0..3 {
            cells.push(t(r, 0, "a"));
            cells.push(t(r, 1, "b"));
            // Second table to the right, after blank column C.
            cells.push(t(r, 3, "c"));
            cells.push(t(r, 4, "d"));
        }
        // Third table below, after blank row 3.
        cells.push(t(4, 0, "e"));
        cells.push(t(4, 1, "f"));
        cells.sort_by_key(|c| (c.row, c.col));
        let l = find(&cells, &[]);
        let rects: Vec<Rect> = l.tables.iter().map(|s| s.rect).collect();
        assert_eq!(
            rects,
            vec![rect(0, 0, 2, 1), rect(0, 3, 2, 4), rect(4, 0, 4, 1)]
        );
    }

    #[test]
    fn lone_data_under_a_vertical_merge_stays_a_row() {
        // STT merged down A2:A4; row 3 has only column C filled: still table data.
        let cells = vec![
            t(0, 0, "STT"),
            t(0, 1, "Tiêu chí"),
            t(0, 2, "Xã"),
            t(1, 0, "5"),
            t(1, 1, "Trường học"),
            t(
                2,
                2,
                "Giáo dục và đào tạo của xã và huyện theo quy định mới",
            ),
            t(3, 2, "Quý II/2024"),
        ];
        let merges = vec![m(1, 0, 3, 0)];
        let l = find(&cells, &merges);
        assert_eq!(l.tables[0].rect, rect(0, 0, 3, 2));
        assert!(l.prose.is_empty());
    }

    #[test]
    fn text_only_sheet_has_no_table() {
        let cells = vec![t(0, 0, "Báo cáo"), t(2, 0, "Nội dung")];
        let l = find(&cells, &[]);
        assert!(l.tables.is_empty());
        assert_eq!(l.prose, vec!["Báo cáo", "Nội dung"]);
    }

    #[test]
    fn one_blank_row_inside_a_body_is_a_gap_not_a_table_end() {
        let mut cells = vec![t(0, 2, "STT"), t(0, 3, "Huyện")];
        for (r, k) in [(1, 1.0), (2, 2.0), (4, 3.0), (5, 4.0)] {
            cells.push(n(r, 2, k));
            cells.push(t(r, 3, "x"));
        }
        // Restarting with a header after a blank row is a new table.
        cells.extend([
            t(7, 2, "Năm"),
            t(7, 3, "Số xã"),
            n(8, 2, 2024.0),
            t(8, 3, "y"),
        ]);
        // Two blank rows always end a table.
        cells.extend([n(11, 2, 5.0), t(11, 3, "z")]);
        let l = find(&cells, &[]);
        let got: Vec<(Rect, Vec<u32>)> =
            l.tables.iter().map(|s| (s.rect, s.gaps.clone())).collect();
        assert_eq!(
            got,
            vec![
                (rect(0, 2, 5, 3), vec![3]),
                (rect(7, 2, 8, 3), vec![]),
                (rect(11, 2, 11, 3), vec![])
            ]
        );
    }
}
