//! Errors loading gazetteer data.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A row of a data file is malformed; `line` is 1-based.
    #[error("{file}, line {line}: {message}")]
    Data {
        file: String,
        line: usize,
        message: String,
    },
}
