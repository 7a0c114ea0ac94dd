//! What reading one file yields: its tables, page count and per-file warnings.

use crate::table::Table;

/// The kind of file a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Format {
    /// An OCR text export (tab-separated table blocks between prose).
    OcrText,
    /// A PDF file.
    Pdf,
    /// Office Open XML workbook.
    Xlsx,
    /// Legacy Excel 97-2003 workbook.
    Xls,
    /// OpenDocument spreadsheet.
    Ods,
}

impl Format {
    /// Guesses the format from the file extension (case-insensitive).
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(Format::OcrText),
            "pdf" => Some(Format::Pdf),
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            "xls" => Some(Format::Xls),
            "ods" => Some(Format::Ods),
            _ => None,
        }
    }

    /// Lower-case name used in output files (`ocr_text`, `pdf`, `xlsx`, `xls`, `ods`).
    pub fn name(&self) -> &'static str {
        match self {
            Format::OcrText => "ocr_text",
            Format::Pdf => "pdf",
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
            Format::Ods => "ods",
        }
    }
}

/// A problem that did not stop the file from being read (a skipped sheet, an
/// image-only page, a table whose grid was inconsistent and was dropped).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Warning {
    /// 1-based page or sheet the warning is about, if any.
    pub page: Option<u32>,
    /// What happened, lower-case, location first where useful.
    pub message: String,
}

/// Everything read from one file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Document {
    /// Format the file was read as.
    pub format: Format,
    /// Number of pages (PDF, OCR text page marks; 1 when the text has none) or sheets.
    pub pages: u32,
    /// Logical tables in reading order; `tables[i].index == i`.
    pub tables: Vec<Table>,
    /// Non-fatal problems.
    pub warnings: Vec<Warning>,
    /// Text outside tables (prose), one entry per paragraph, with its 1-based page.
    /// Domain code reads objectives and plan numbers from it; empty where a format has none.
    pub prose: Vec<(u32, String)>,
}
