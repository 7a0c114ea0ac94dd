//! Reader for OCR text exports of plan documents (work in progress).
use crate::{Document, ErrorKind, Format};

/// Reads an OCR text export from bytes (must be UTF-8).
pub fn read_bytes(bytes: &[u8]) -> Result<Document, ErrorKind> {
    let s = std::str::from_utf8(bytes).map_err(|e| ErrorKind::NotUtf8(e.valid_up_to()))?;
    read_str(s)
}

/// Reads an OCR text export.
pub fn read_str(_s: &str) -> Result<Document, ErrorKind> {
    Ok(Document {
        format: Format::OcrText,
        pages: 1,
        tables: vec![],
        warnings: vec![],
        prose: vec![],
    })
}
