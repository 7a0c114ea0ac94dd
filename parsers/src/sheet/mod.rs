//! Workbook reader (placeholder until the calamine-based reader lands).
use crate::{Document, ErrorKind, Format};
use std::path::Path;

/// Reads every table of every sheet of a workbook.
pub fn read(_path: &Path, format: Format) -> Result<Document, ErrorKind> {
    Err(ErrorKind::Corrupt {
        format: format.name(),
        detail: "workbook reader not built yet".into(),
    })
}
