//! What a format loader hands to the table finder: the non-empty cells of one
//! sheet and its merged regions, in absolute (0-based) sheet coordinates.
//!
//! Sheets are kept sparse on purpose: a workbook may declare a used range of a
//! million rows (styles applied to whole columns, a stray value far below), and a
//! dense grid of that size would cost gigabytes. Only cells holding something are
//! stored, so memory follows the content, not the declared dimensions.

use crate::table::CellValue;

/// Most non-empty cells read from one sheet (count, default 5,000,000). Beyond it
/// the rest of the sheet is not read and a warning says so: about 100 bytes per
/// cell, so the cap bounds one sheet at roughly 0.5 GB.
pub const MAX_CELLS_PER_SHEET: usize = 5_000_000;

/// One non-empty cell.
#[derive(Debug, Clone, PartialEq)]
pub struct RawCell {
    /// 0-based sheet row.
    pub row: u32,
    /// 0-based sheet column.
    pub col: u32,
    /// What a person reads in the cell.
    pub text: String,
    /// The typed value.
    pub value: CellValue,
}

/// A merged region, inclusive bounds, 0-based sheet coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    /// First row.
    pub top: u32,
    /// First column.
    pub left: u32,
    /// Last row (inclusive).
    pub bottom: u32,
    /// Last column (inclusive).
    pub right: u32,
}

impl Merge {
    /// True when `(row, col)` lies inside the region.
    pub fn contains(&self, row: u32, col: u32) -> bool {
        row >= self.top && row <= self.bottom && col >= self.left && col <= self.right
    }

    /// True when the two regions share a cell.
    pub fn overlaps(&self, o: &Merge) -> bool {
        self.top <= o.bottom && o.top <= self.bottom && self.left <= o.right && o.left <= self.right
    }

    /// True for a 1×1 "merge", which is no merge at all.
    pub fn is_single(&self) -> bool {
        self.top == self.bottom && self.left == self.right
    }
}

/// One worksheet as read from the file.
#[derive(Debug, Clone, Default)]
pub struct RawSheet {
    /// 1-based position of the sheet in the workbook.
    pub index: u32,
    /// Sheet name.
    pub name: String,
    /// Non-empty cells, in any order.
    pub cells: Vec<RawCell>,
    /// Merged regions as the file declares them.
    pub merges: Vec<Merge>,
    /// Problems met while loading (already prefixed with nothing; the caller adds the sheet).
    pub warnings: Vec<String>,
}

impl RawSheet {
    /// Adds a cell unless the per-sheet cap is reached; returns false once it is.
    pub fn push(&mut self, cell: RawCell) -> bool {
        if self.cells.len() >= MAX_CELLS_PER_SHEET {
            return false;
        }
        self.cells.push(cell);
        true
    }

    /// The warning emitted when [`MAX_CELLS_PER_SHEET`] stopped reading.
    pub fn note_truncated(&mut self, row: u32) {
        self.warnings.push(format!(
            "more than {MAX_CELLS_PER_SHEET} non-empty cells; the sheet was read up to row {} only",
            row + 1
        ));
    }
}
