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

    /// Recognises the format from the file's first bytes (magic numbers), whatever
    /// its name says: `%PDF-` (within the first 1 KiB, as readers allow), a zip
    /// package holding `xl/workbook.xml` or `xl/` parts (xlsx) or an OpenDocument
    /// spreadsheet `mimetype` (ods), an OLE2 compound file (xls), or UTF-8 text
    /// (OCR export). `None` for anything else (other zip packages, binary data).
    pub fn from_content(bytes: &[u8]) -> Option<Format> {
        let head = &bytes[..bytes.len().min(1024)];
        if head.windows(5).any(|w| w == b"%PDF-") {
            return Some(Format::Pdf);
        }
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return Some(Format::Xls);
        }
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            return zip_format(bytes);
        }
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        // A cut in the middle of a character at the end of the sample is still text.
        let sample = &text[..text.len().min(64 * 1024)];
        match std::str::from_utf8(sample) {
            Ok(_) => Some(Format::OcrText),
            Err(e) if e.error_len().is_none() => Some(Format::OcrText),
            Err(_) => None,
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

/// xlsx or ods from a zip package's entry names (and the ods `mimetype`).
fn zip_format(bytes: &[u8]) -> Option<Format> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    if let Ok(mut m) = zip.by_name("mimetype") {
        let mut s = String::new();
        use std::io::Read;
        let _ = m.by_ref().take(200).read_to_string(&mut s);
        if s.trim() == "application/vnd.oasis.opendocument.spreadsheet" {
            return Some(Format::Ods);
        }
    }
    let names: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    if names.iter().any(|n| n.starts_with("xl/")) {
        return Some(Format::Xlsx);
    }
    if names.iter().any(|n| n == "content.xml") {
        return Some(Format::Ods);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_recognised_from_their_bytes() {
        assert_eq!(Format::from_content(b"%PDF-1.7\n"), Some(Format::Pdf));
        assert_eq!(
            Format::from_content(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"),
            Some(Format::Xls)
        );
        assert_eq!(
            Format::from_content("STT\tTên xã\n".as_bytes()),
            Some(Format::OcrText)
        );
        assert_eq!(Format::from_content(b"\x00\xff\xfe binary"), None);
        let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples");
        for (file, f) in [
            ("khanh-hoa-2024-appendices.xlsx", Format::Xlsx),
            ("khanh-hoa-2024-appendices.ods", Format::Ods),
            ("khanh-hoa-2024-appendices.xls", Format::Xls),
        ] {
            let bytes = std::fs::read(samples.join(file)).unwrap();
            assert_eq!(Format::from_content(&bytes), Some(f), "{file}");
        }
    }
}
