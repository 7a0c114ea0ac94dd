//! Work and memory budgets of the OCR text reader.
//!
//! An OCR export is untrusted text: one line can hold ten million tab-separated
//! cells, and a few hundred `<td rowspan=200 colspan=200>` describe a grid of
//! billions of positions. Every budget below bounds what one table may cost; past
//! it the reader stops that table (keeping the rows read so far) with a warning
//! naming the table's first line and the budget, and goes on with the rest.

/// Budgets for [`read_str_with`](super::read_str_with).
#[derive(Debug, Clone, PartialEq)]
pub struct OcrSettings {
    /// Columns, default 1,000. Cells of one row past this are dropped with a
    /// warning (plan tables have under 50 columns).
    pub max_columns: usize,
    /// Grid positions (rows × columns), default 2,000,000, per table. Rows past the
    /// budget are dropped with a warning; at about 300 bytes per cell this bounds
    /// one table near 600 MB.
    pub max_cells_per_table: usize,
    /// Grid positions covered by `rowspan`/`colspan` per HTML table, default
    /// 1,000,000. The table stops at the row whose spans would pass it.
    pub max_span_positions: usize,
    /// Grid positions (cells and positions covered by spans) of all the
    /// document's tables together, default 3,000,000: the per-table budgets
    /// alone let a document of many tables grow without bound. Tables past it
    /// are not read, with a warning.
    pub max_positions_per_document: usize,
    /// Largest `rowspan`/`colspan` honoured (count, default 200); larger values are
    /// clamped to it with a warning.
    pub max_span: u32,
}

impl Default for OcrSettings {
    fn default() -> Self {
        OcrSettings {
            max_columns: 1_000,
            max_cells_per_table: 2_000_000,
            max_span_positions: 1_000_000,
            max_positions_per_document: 3_000_000,
            max_span: 200,
        }
    }
}
