//! The format-neutral table model every reader produces.
//!
//! A [`Document`](crate::Document) yields [`Table`]s; a table is a grid of
//! [`Cell`]s addressed by 0-based `row`/`col`, where a merged cell appears once,
//! at its top-left position, with `row_span`/`col_span` > 1, and the positions it
//! covers do not appear at all. Tables are built through [`TableBuilder`], which
//! checks those invariants, so a `Table` value is always complete and consistent.

use crate::geom::BBox;
use crate::text::nfc;

/// A typed value beside the display text, where the format stores one.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub enum CellValue {
    /// Nothing in the cell.
    Empty,
    /// Text (the display text is the value).
    Text,
    /// A number stored as a number (spreadsheets); the text is what a person reads.
    Number(f64),
    /// A boolean stored as such.
    Bool(bool),
    /// A date or date-time, as ISO 8601 text (`2024-03-08` or `2024-03-08T10:00:00`).
    DateTime(String),
    /// A spreadsheet error value such as `#DIV/0!`.
    Error(String),
}

/// Where a cell starts in its source: the page (PDF, OCR text) or sheet (workbook).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CellOrigin {
    /// 1-based page the cell starts on; for workbooks the 1-based sheet index.
    pub page: u32,
    /// Bounding box in upright page space, where the format has geometry (PDF).
    pub bbox: Option<BBox>,
    /// 1-based line in the source text, where the format is line-based (OCR text).
    pub line: Option<u32>,
}

impl CellOrigin {
    /// An origin with only a page (or sheet) number.
    pub fn page(page: u32) -> Self {
        CellOrigin {
            page,
            bbox: None,
            line: None,
        }
    }
}

/// One cell of a table grid.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Cell {
    /// 0-based row in the logical table.
    pub row: u32,
    /// 0-based column in the logical table.
    pub col: u32,
    /// Rows covered, at least 1.
    pub row_span: u32,
    /// Columns covered, at least 1.
    pub col_span: u32,
    /// Display text, Unicode NFC; empty string for an empty cell.
    pub text: String,
    /// Typed value where the format has one.
    pub value: CellValue,
    /// Where the cell starts in the source.
    pub origin: CellOrigin,
    /// For text read by OCR, the recogniser's confidence in it (0–1, words weighted
    /// by their characters); `None` for text the file itself holds.
    pub ocr_confidence: Option<f32>,
}

/// How a table was found; tells a reader of the output how much to trust its geometry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Method {
    /// Tab-separated blocks of an OCR text export.
    TextBlock,
    /// Ruling lines (PDF lattice).
    Lattice,
    /// Whitespace alignment (PDF without rules).
    Stream,
    /// A region of a worksheet.
    Sheet,
}

/// A logical table: one grid, possibly joined from several pages.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Table {
    /// 0-based index of the table in its document, in reading order.
    pub index: u32,
    /// Title and caption lines found just above the table (appendix heading,
    /// "(Kèm theo ...)" lines, units), NFC, in reading order.
    pub caption: Vec<String>,
    /// Number of leading rows recognised as the header (0 when unknown).
    pub header_rows: u32,
    /// How the table was found.
    pub method: Method,
    /// Sheet name for workbooks.
    pub sheet: Option<String>,
    /// Number of rows in the grid.
    pub n_rows: u32,
    /// Number of columns in the grid.
    pub n_cols: u32,
    /// Cells in row-major order of their top-left position.
    pub cells: Vec<Cell>,
    /// Why the table starts where it does rather than continuing the table before it
    /// (PDF segmentation: "its own label above: «Phụ lục 08:»"); empty where the
    /// format itself delimits tables (sheets, OCR text blocks).
    pub segment_reason: String,
    /// The later pages this table was continued on, each with why that page's part
    /// was judged a continuation; empty for a table on one page.
    pub continued_on: Vec<(u32, String)>,
}

impl Table {
    /// 1-based page (or sheet) the table starts on.
    pub fn first_page(&self) -> u32 {
        self.cells.iter().map(|c| c.origin.page).min().unwrap_or(1)
    }

    /// The cell whose top-left is at `(row, col)`, if any.
    pub fn cell(&self, row: u32, col: u32) -> Option<&Cell> {
        self.cells
            .binary_search_by(|c| (c.row, c.col).cmp(&(row, col)))
            .ok()
            .map(|i| &self.cells[i])
    }

    /// Text of the cell at `(row, col)`, or `""` where no cell starts there.
    pub fn text(&self, row: u32, col: u32) -> &str {
        self.cell(row, col).map(|c| c.text.as_str()).unwrap_or("")
    }

    /// The number a workbook stored in the cell at `(row, col)`, when it
    /// stored one (formats without typed values give `None`): read this
    /// before parsing the display text, which a number format may have
    /// rounded or decorated.
    pub fn number(&self, row: u32, col: u32) -> Option<f64> {
        match self.cell(row, col)?.value {
            CellValue::Number(v) if v.is_finite() => Some(v),
            _ => None,
        }
    }

    /// The cells starting on row `row`, in column order. Found by binary search
    /// (cells are in row-major order), so visiting every row stays linear in the
    /// table's size rather than quadratic.
    pub fn row_cells(&self, row: u32) -> impl Iterator<Item = &Cell> {
        let start = self.cells.partition_point(|c| c.row < row);
        let end = start + self.cells[start..].partition_point(|c| c.row == row);
        self.cells[start..end].iter()
    }
}

/// Why a grid could not become a [`Table`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GridError {
    /// A span of zero rows or columns.
    #[error("cell at row {row}, col {col} has an empty span")]
    EmptySpan {
        /// Row of the offending cell.
        row: u32,
        /// Column of the offending cell.
        col: u32,
    },
    /// A cell's span reaches past the largest addressable row or column.
    #[error("cell at row {row}, col {col} spans past the largest grid position")]
    TooLarge {
        /// Row of the offending cell.
        row: u32,
        /// Column of the offending cell.
        col: u32,
    },
    /// Two cells claim the same grid position.
    #[error("cell at row {row}, col {col} overlaps another cell")]
    Overlap {
        /// Row of the offending cell.
        row: u32,
        /// Column of the offending cell.
        col: u32,
    },
}

/// Collects cells and checks the grid invariants before yielding a [`Table`].
#[derive(Debug)]
pub struct TableBuilder {
    method: Method,
    caption: Vec<String>,
    header_rows: u32,
    sheet: Option<String>,
    cells: Vec<Cell>,
    segment_reason: String,
    continued_on: Vec<(u32, String)>,
}

impl TableBuilder {
    /// An empty table found by `method`.
    pub fn new(method: Method) -> Self {
        TableBuilder {
            method,
            caption: Vec::new(),
            header_rows: 0,
            sheet: None,
            cells: Vec::new(),
            segment_reason: String::new(),
            continued_on: Vec::new(),
        }
    }

    /// Sets the caption lines (NFC-normalised here).
    pub fn caption(mut self, lines: Vec<String>) -> Self {
        self.caption = lines.into_iter().map(|l| nfc(&l)).collect();
        self
    }

    /// Sets the number of header rows.
    pub fn header_rows(mut self, n: u32) -> Self {
        self.header_rows = n;
        self
    }

    /// Records why the table starts where it does, and the pages it was continued on
    /// with the reason for each (see [`Table::segment_reason`]).
    pub fn segmentation(
        mut self,
        reason: impl Into<String>,
        continued_on: Vec<(u32, String)>,
    ) -> Self {
        self.segment_reason = reason.into();
        self.continued_on = continued_on;
        self
    }

    /// Sets the sheet name (workbooks).
    pub fn sheet(mut self, name: impl Into<String>) -> Self {
        self.sheet = Some(name.into());
        self
    }

    /// Adds a 1×1 text cell.
    pub fn text_cell(&mut self, row: u32, col: u32, text: &str, origin: CellOrigin) {
        self.cell(row, col, 1, 1, text, None, origin);
    }

    /// Adds a cell; `value` `None` means "text, or empty when the text is empty".
    #[allow(clippy::too_many_arguments)]
    pub fn cell(
        &mut self,
        row: u32,
        col: u32,
        row_span: u32,
        col_span: u32,
        text: &str,
        value: Option<CellValue>,
        origin: CellOrigin,
    ) {
        let text = nfc(text);
        let value = value.unwrap_or(if text.is_empty() {
            CellValue::Empty
        } else {
            CellValue::Text
        });
        self.cells.push(Cell {
            row,
            col,
            row_span,
            col_span,
            text,
            value,
            origin,
            ocr_confidence: None,
        });
    }

    /// Number of cells added so far.
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    /// True when no cell was added.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// Checks spans and overlaps, sorts the cells and yields the table.
    /// `index` is the table's position in its document.
    pub fn build(mut self, index: u32) -> Result<Table, GridError> {
        self.cells.sort_by_key(|c| (c.row, c.col));
        let mut n_rows = 0;
        let mut n_cols = 0;
        for c in &self.cells {
            if c.row_span == 0 || c.col_span == 0 {
                return Err(GridError::EmptySpan {
                    row: c.row,
                    col: c.col,
                });
            }
            let (Some(bottom), Some(right)) =
                (c.row.checked_add(c.row_span), c.col.checked_add(c.col_span))
            else {
                return Err(GridError::TooLarge {
                    row: c.row,
                    col: c.col,
                });
            };
            n_rows = n_rows.max(bottom);
            n_cols = n_cols.max(right);
        }
        // Occupancy check; grids are small (thousands of cells), so a dense bitmap is fine,
        // but guard against absurd spans by using a set when the area is huge.
        let area = n_rows as u64 * n_cols as u64;
        if area <= 50_000_000 {
            let mut taken = vec![false; area as usize];
            for c in &self.cells {
                for r in c.row..c.row + c.row_span {
                    for k in c.col..c.col + c.col_span {
                        let i = r as usize * n_cols as usize + k as usize;
                        if taken[i] {
                            return Err(GridError::Overlap {
                                row: c.row,
                                col: c.col,
                            });
                        }
                        taken[i] = true;
                    }
                }
            }
        } else {
            let mut seen = std::collections::HashSet::new();
            for c in &self.cells {
                if !seen.insert((c.row, c.col)) {
                    return Err(GridError::Overlap {
                        row: c.row,
                        col: c.col,
                    });
                }
            }
        }
        Ok(Table {
            index,
            caption: self.caption,
            header_rows: self.header_rows.min(n_rows),
            method: self.method,
            sheet: self.sheet,
            n_rows,
            n_cols,
            cells: self.cells,
            segment_reason: self.segment_reason,
            continued_on: self.continued_on,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_sorted_grid_with_spans() {
        let mut b = TableBuilder::new(Method::Sheet);
        b.cell(0, 0, 1, 2, "Title", None, CellOrigin::page(1));
        b.text_cell(1, 1, "b", CellOrigin::page(1));
        b.text_cell(1, 0, "a", CellOrigin::page(1));
        let t = b.build(0).unwrap();
        assert_eq!((t.n_rows, t.n_cols), (2, 2));
        assert_eq!(t.text(1, 0), "a");
        assert_eq!(t.text(0, 1), "");
        assert_eq!(t.cells[0].col_span, 2);
        let row1: Vec<&str> = t.row_cells(1).map(|c| c.text.as_str()).collect();
        assert_eq!(row1, ["a", "b"]);
        assert_eq!(t.row_cells(0).count(), 1);
        assert_eq!(t.row_cells(7).count(), 0);
    }

    #[test]
    fn rejects_overlap_and_empty_span() {
        let mut b = TableBuilder::new(Method::Sheet);
        b.cell(0, 0, 2, 1, "x", None, CellOrigin::page(1));
        b.text_cell(1, 0, "y", CellOrigin::page(1));
        assert_eq!(b.build(0), Err(GridError::Overlap { row: 1, col: 0 }));
        let mut b = TableBuilder::new(Method::Sheet);
        b.cell(0, 0, 0, 1, "x", None, CellOrigin::page(1));
        assert!(matches!(b.build(0), Err(GridError::EmptySpan { .. })));
    }

    #[test]
    fn spans_past_the_largest_position_are_an_error() {
        let mut b = TableBuilder::new(Method::Sheet);
        b.cell(u32::MAX - 1, 0, 5, 1, "x", None, CellOrigin::page(1));
        assert!(matches!(b.build(0), Err(GridError::TooLarge { .. })));
    }

    #[test]
    fn text_is_nfc() {
        let mut b = TableBuilder::new(Method::TextBlock);
        // "Hòa" written with a combining grave accent.
        b.text_cell(0, 0, "Ho\u{0300}a", CellOrigin::page(1));
        let t = b.build(0).unwrap();
        assert_eq!(t.text(0, 0), "Hòa");
    }
}
