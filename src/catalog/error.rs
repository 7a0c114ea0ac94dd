//! Errors loading the criteria catalog.

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{file}: not valid catalog JSON: {source}")]
    Json {
        file: String,
        source: serde_json::Error,
    },
    /// Valid JSON that does not say what the catalog needs.
    #[error("{file}: {path}: {message}")]
    Content {
        file: String,
        /// Where in the document, e.g. `levels.xa_ntm.criteria[9].indicators[0].threshold`.
        path: String,
        message: String,
    },
    #[error("cannot read {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}
