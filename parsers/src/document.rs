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
/// image-only page, a table whose grid was inconsistent and was dropped), with where
/// it is as fields of their own, so output can show the location as columns and the
/// message never repeats it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ReadWarning {
    /// 1-based page the warning is about (the sheet's 1-based index for workbooks), if any.
    pub page: Option<u32>,
    /// Name of the sheet it is about (workbooks), if any.
    pub sheet: Option<String>,
    /// 0-based logical table of the document it is about, if any.
    pub table: Option<usize>,
    /// 1-based line of an OCR text export it is about, if any.
    pub line: Option<u32>,
    /// What happened, lower-case, without the location.
    pub message: String,
}

/// The former name of [`ReadWarning`].
pub type Warning = ReadWarning;

impl ReadWarning {
    /// A warning about the whole file.
    pub fn new(message: impl Into<String>) -> Self {
        ReadWarning {
            message: message.into(),
            ..Default::default()
        }
    }

    /// A warning about 1-based page `page`.
    pub fn on_page(page: u32, message: impl Into<String>) -> Self {
        ReadWarning::new(message).page(Some(page))
    }

    /// A warning about the sheet `name`, 1-based `index` in its workbook.
    pub fn on_sheet(index: u32, name: &str, message: impl Into<String>) -> Self {
        ReadWarning {
            sheet: Some(name.to_string()),
            ..ReadWarning::on_page(index, message)
        }
    }

    /// The same warning about page `page` (or none).
    pub fn page(mut self, page: Option<u32>) -> Self {
        self.page = page;
        self
    }

    /// The same warning about 0-based logical table `table`.
    pub fn table(mut self, table: usize) -> Self {
        self.table = Some(table);
        self
    }

    /// The same warning about 1-based source line `line`.
    pub fn line(mut self, line: u32) -> Self {
        self.line = Some(line);
        self
    }

    /// The location alone (`sheet 2 'Xã'`, `page 3, table 1`, `line 40`); empty for
    /// the whole file.
    pub fn location(&self) -> String {
        let mut parts = Vec::new();
        match (&self.sheet, self.page) {
            (Some(name), Some(i)) => parts.push(format!("sheet {i} '{name}'")),
            (Some(name), None) => parts.push(format!("sheet '{name}'")),
            (None, Some(p)) => parts.push(format!("page {p}")),
            (None, None) => {}
        }
        if let Some(t) = self.table {
            parts.push(format!("table {t}"));
        }
        if let Some(l) = self.line {
            parts.push(format!("line {l}"));
        }
        parts.join(", ")
    }
}

/// The location once, then the message: `page 1: no text layer`.
impl std::fmt::Display for ReadWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = self.location();
        if at.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{at}: {}", self.message)
        }
    }
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
    pub warnings: Vec<ReadWarning>,
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

    #[test]
    fn a_warning_says_its_location_once() {
        let w = ReadWarning::on_page(1, "no text layer");
        assert_eq!(w.to_string(), "page 1: no text layer");
        let w = ReadWarning::on_sheet(2, "Xã", "empty sheet, skipped");
        assert_eq!(w.to_string(), "sheet 2 'Xã': empty sheet, skipped");
        let w = ReadWarning::on_page(3, "table dropped").table(4).line(12);
        assert_eq!(w.to_string(), "page 3, table 4, line 12: table dropped");
        assert_eq!(ReadWarning::new("damaged").to_string(), "damaged");
    }
}
