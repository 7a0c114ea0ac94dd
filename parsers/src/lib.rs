//! Format readers that turn plan documents into a format-neutral table model.
//!
//! This crate knows about files (OCR text exports, PDF, xlsx/xls/ods), not about
//! what the tables mean. Every reader yields a [`Document`]: logical tables of
//! [`Cell`]s with row/column spans and provenance (page or sheet, bounding box
//! where the format has geometry, source line for text), plus caption lines found
//! above each table.
//!
//! ```
//! let text = "Phụ lục 01:\n\nSTT\tTên\n1\tHà Nội\n";
//! let doc = ntm_parsers::ocr_text::read_str(text).unwrap();
//! assert_eq!(doc.tables.len(), 1);
//! assert_eq!(doc.tables[0].text(1, 1), "Hà Nội");
//! ```
#![deny(missing_docs)]

pub mod document;
pub mod dump;
pub mod error;
pub mod geom;
pub mod legacy_vn;
pub mod ocr_text;
pub mod pdf;
pub mod repair;
pub mod scan;
pub mod sheet;
pub mod table;
pub mod text;

pub use document::{Document, Format, ReadWarning, Warning};
pub use error::{Error, ErrorKind};
pub use table::{Cell, CellOrigin, CellValue, Method, Table, TableBuilder};

use std::path::Path;

/// Reads a file in the format its extension names.
pub fn read_file(path: &Path) -> Result<Document, Error> {
    let format =
        Format::from_path(path).ok_or_else(|| Error::new(path, ErrorKind::UnsupportedFormat))?;
    read_as(path, format)
}

/// Reads a file as `format`.
pub fn read_as(path: &Path, format: Format) -> Result<Document, Error> {
    match format {
        Format::OcrText => {
            let bytes = std::fs::read(path).map_err(|e| Error::new(path, e.into()))?;
            ocr_text::read_bytes(&bytes).map_err(|k| Error::new(path, k))
        }
        Format::Pdf => pdf::read(path).map_err(|k| Error::new(path, k)),
        Format::Xlsx | Format::Xls | Format::Ods => {
            let mut doc = sheet::read(path, format).map_err(|k| Error::new(path, k))?;
            repair::legacy_text(&mut doc);
            Ok(doc)
        }
    }
}
