//! Turning a table region of a sheet into a [`Table`]: cells with spans, header rows.

use super::raw::{Merge, RawCell};
use super::region::{Rect, TableSpan};
use crate::table::{CellOrigin, CellValue, GridError, Method, Table, TableBuilder};

/// Builds the table found at `span` on sheet `sheet_index` (1-based) named `sheet_name`.
/// `cells` sorted by (row, col), `merges` sorted by (top, left) and disjoint.
pub fn table(
    span: &TableSpan,
    cells: &[RawCell],
    merges: &[Merge],
    sheet_index: u32,
    sheet_name: &str,
    index: u32,
) -> Result<Table, GridError> {
    let r = span.rect;
    let mut b = TableBuilder::new(Method::Sheet)
        .caption(span.caption.clone())
        .sheet(sheet_name);
    let origin = CellOrigin::page(sheet_index);
    let lo = cells.partition_point(|c| c.row < r.top);
    let hi = cells.partition_point(|c| c.row <= r.bottom);
    let mut anchors = std::collections::HashSet::new();
    // Table row of a sheet row: gap rows inside the region are not table rows.
    let gaps = &span.gaps;
    let table_row = |row: u32| row - r.top - gaps.partition_point(|&g| g < row) as u32;
    let spans = |row: u32, col: u32| {
        let (rs, cs) = spans(row, col, merges, &r);
        let skipped = gaps.iter().filter(|&&g| g > row && g < row + rs).count() as u32;
        (rs - skipped, cs)
    };
    for c in &cells[lo..hi] {
        if c.col < r.left || c.col > r.right || gaps.binary_search(&c.row).is_ok() {
            continue;
        }
        let (rs, cs) = spans(c.row, c.col);
        anchors.insert((c.row, c.col));
        b.cell(
            table_row(c.row),
            c.col - r.left,
            rs,
            cs,
            &c.text,
            Some(c.value.clone()),
            origin.clone(),
        );
    }
    // Merged regions with an empty anchor still shape the grid.
    for m in merges {
        if m.top > r.bottom {
            break;
        }
        let inside = m.top >= r.top && m.left >= r.left && m.left <= r.right;
        let in_gap = gaps.binary_search(&m.top).is_ok();
        if inside && !in_gap && !anchors.contains(&(m.top, m.left)) {
            let (rs, cs) = spans(m.top, m.left);
            b.cell(
                table_row(m.top),
                m.left - r.left,
                rs,
                cs,
                "",
                Some(CellValue::Empty),
                origin.clone(),
            );
        }
    }
    let t = b.build(index)?;
    let h = header_rows(&t);
    Ok(Table {
        header_rows: h,
        ..t
    })
}

/// Row and column span of the cell at `(row, col)`, clipped to the table region.
fn spans(row: u32, col: u32, merges: &[Merge], r: &Rect) -> (u32, u32) {
    match merges.binary_search_by_key(&(row, col), |m| (m.top, m.left)) {
        Ok(i) => {
            let m = merges[i];
            (
                m.bottom.min(r.bottom) - row + 1,
                m.right.min(r.right) - col + 1,
            )
        }
        Err(_) => (1, 1),
    }
}

/// Number of header rows: the first row when it holds only text, extended down
/// (a) over the rows its vertically merged cells cover, (b) by one row when it has a
/// horizontally merged group title and the row below is all text (sub-titles), and
/// (c) by a column-numbering row ("1 2 3 …" or "(1) (2) (3) …", 3+ columns) right
/// under it. 0 when the first row holds a number (no header).
pub fn header_rows(t: &Table) -> u32 {
    if t.n_rows < 2 {
        return 0;
    }
    let first: Vec<_> = t.row_cells(0).filter(|c| !c.text.is_empty()).collect();
    if first.is_empty() || first.iter().any(|c| !matches!(c.value, CellValue::Text)) {
        return 0;
    }
    let mut h = first.iter().map(|c| c.row_span).max().unwrap_or(1);
    let grouped = t.row_cells(0).any(|c| c.col_span > 1);
    if grouped && h == 1 && h < t.n_rows {
        let below: Vec<_> = t.row_cells(1).filter(|c| !c.text.is_empty()).collect();
        if !below.is_empty() && below.iter().all(|c| matches!(c.value, CellValue::Text)) {
            h = 2;
        }
    }
    if h < t.n_rows && is_numbering_row(t, h) {
        h += 1;
    }
    h.min(t.n_rows)
}

fn is_numbering_row(t: &Table, row: u32) -> bool {
    let texts: Vec<&str> = t
        .row_cells(row)
        .map(|c| c.text.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if texts.len() < 3 {
        return false;
    }
    texts.iter().enumerate().all(|(i, s)| {
        let s = s.trim_start_matches('(').trim_end_matches(')');
        s.parse::<usize>().ok() == Some(i + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(row: u32, col: u32, s: &str) -> RawCell {
        let value = match s.parse::<f64>() {
            Ok(v) => CellValue::Number(v),
            Err(_) => CellValue::Text,
        };
        RawCell {
            row,
            col,
            text: s.into(),
            value,
        }
    }

    fn build(cells: Vec<RawCell>, merges: Vec<Merge>, rect: Rect) -> Table {
        let span = TableSpan {
            rect,
            caption: vec![],
            gaps: vec![],
        };
        table(&span, &cells, &merges, 1, "S", 0).unwrap()
    }

    #[test]
    fn spans_are_relative_and_header_follows_vertical_merges() {
        // Two-row header: "STT" merged B2:B3, "Kết quả" merged C2:D2 over "Xã", "Huyện".
        let cells = vec![
            cell(1, 1, "STT"),
            cell(1, 2, "Kết quả"),
            cell(2, 2, "Xã"),
            cell(2, 3, "Huyện"),
            cell(3, 1, "1"),
            cell(3, 2, "90"),
            cell(3, 3, "60"),
        ];
        let merges = vec![
            Merge {
                top: 1,
                left: 1,
                bottom: 2,
                right: 1,
            },
            Merge {
                top: 1,
                left: 2,
                bottom: 1,
                right: 3,
            },
        ];
        let t = build(
            cells,
            merges,
            Rect {
                top: 1,
                left: 1,
                bottom: 3,
                right: 3,
            },
        );
        assert_eq!((t.n_rows, t.n_cols), (3, 3));
        let stt = t.cell(0, 0).unwrap();
        assert_eq!((stt.row_span, stt.col_span), (2, 1));
        assert_eq!(t.cell(0, 1).unwrap().col_span, 2);
        assert_eq!(t.header_rows, 2);
        assert_eq!(t.cell(2, 1).unwrap().value, CellValue::Number(90.0));
    }

    #[test]
    fn numbering_row_belongs_to_the_header_and_numbers_mean_no_header() {
        let mut cells = vec![cell(0, 0, "A"), cell(0, 1, "B"), cell(0, 2, "C")];
        cells.extend([cell(1, 0, "(1)"), cell(1, 1, "(2)"), cell(1, 2, "(3)")]);
        cells.extend([cell(2, 0, "x"), cell(2, 1, "y"), cell(2, 2, "z")]);
        let t = build(
            cells,
            vec![],
            Rect {
                top: 0,
                left: 0,
                bottom: 2,
                right: 2,
            },
        );
        assert_eq!(t.header_rows, 2);
        let cells = vec![
            cell(0, 0, "1"),
            cell(0, 1, "x"),
            cell(1, 0, "2"),
            cell(1, 1, "y"),
        ];
        let t = build(
            cells,
            vec![],
            Rect {
                top: 0,
                left: 0,
                bottom: 1,
                right: 1,
            },
        );
        assert_eq!(t.header_rows, 0);
    }
}
