//! PDF reader (placeholder until the lopdf-based reader lands).
use crate::{Document, ErrorKind};
use std::path::Path;

/// Reads every table of a PDF file.
pub fn read(_path: &Path) -> Result<Document, ErrorKind> {
    Err(ErrorKind::Corrupt {
        format: "pdf",
        detail: "PDF reader not built yet".into(),
    })
}
