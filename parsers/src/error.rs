//! Per-file errors: the file could not be read at all.

use std::path::PathBuf;

/// Why a file could not be read. Displayed as `FILE: what: why`.
#[derive(Debug, thiserror::Error)]
#[error("{}: {kind}", path.display())]
pub struct Error {
    /// The file, as given.
    pub path: PathBuf,
    /// What went wrong.
    pub kind: ErrorKind,
}

/// The kinds of per-file failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be opened or read.
    #[error("cannot read file: {0}")]
    Io(#[from] std::io::Error),
    /// The extension names no format we read.
    #[error("unsupported file type (expected .txt, .pdf, .xlsx, .xls or .ods)")]
    UnsupportedFormat,
    /// The text is not valid UTF-8.
    #[error("not UTF-8 text at byte {0}")]
    NotUtf8(usize),
    /// The file is damaged or not what its extension says.
    #[error("corrupt or unreadable {format} file: {detail}")]
    Corrupt {
        /// Format that was expected.
        format: &'static str,
        /// What the underlying reader said.
        detail: String,
    },
    /// The file needs a password we do not have.
    #[error("encrypted with a password; cannot read")]
    Encrypted,
    /// The reader's settings make no sense (see [`crate::pdf::PdfSettings::validate`]).
    #[error("invalid reader settings: {0}")]
    Settings(String),
}

impl Error {
    /// Builds an error for `path`.
    pub fn new(path: impl Into<PathBuf>, kind: ErrorKind) -> Self {
        Error {
            path: path.into(),
            kind,
        }
    }
}
