//! The dataset store: a directory that accumulates plan revisions.
//!
//! ```text
//! STORE/
//!   roadmap/province_code=56/doc_id=<sha256>/part-0.parquet
//!   indicators/province_code=56/doc_id=<sha256>/part-0.parquet
//!   …                                   (every dataset of `output::datasets::NAMES`)
//!   documents/province_code=56/doc_id=<sha256>/part-0.parquet
//!   revisions/part-0.parquet            (derived: revision order and `is_latest`)
//!   .staging/                           (imports in progress)
//!   .lock                               (held while an import writes)
//! ```
//!
//! Every dataset is Hive-partitioned by province and document, so DuckDB's
//! `read_parquet('STORE/roadmap/**/*.parquet', hive_partitioning = true)` and
//! polars' `scan_parquet(…, hive_partitioning=True)` read all plans at once.
//! The partition columns (`province_code`, `doc_id`) live in the path only, as
//! Hive readers expect; a document of unknown province goes under
//! `province_code=__HIVE_DEFAULT_PARTITION__`, which both read as null.
//!
//! A document is imported atomically: all its datasets are written under
//! `.staging/`, a commit marker is written, then each partition directory is
//! renamed into place, `documents` last. A document is in the store once its
//! `documents` partition is; an import killed before the marker leaves only
//! `.staging/` (which no reader globs), one killed after it is completed by
//! the next import or by `ntm store check --repair` ([`commit`]).

pub mod check;
pub mod commit;
pub mod import;
pub mod lock;
pub mod read;
pub mod report;
pub mod revisions;

use std::path::{Path, PathBuf};

/// Hive's name for a null partition value.
pub const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";
/// The dataset that marks a document as present.
pub const DOCUMENTS: &str = "documents";
/// The derived revisions table.
pub const REVISIONS: &str = "revisions";
/// File name of every partition's data.
pub const PART: &str = "part-0.parquet";
/// Directory of imports in progress.
pub const STAGING: &str = ".staging";

/// The partition path of one document in one dataset, relative to the store.
pub fn partition(dataset: &str, province_code: Option<&str>, doc_id: &str) -> PathBuf {
    Path::new(dataset)
        .join(format!(
            "province_code={}",
            province_code
                .filter(|p| is_safe_value(p))
                .unwrap_or(NULL_PARTITION)
        ))
        .join(format!("doc_id={doc_id}"))
}

/// Partition values go into directory names: no separators, no `=`, no dots
/// leading (a province code is digits; anything else is treated as unknown).
fn is_safe_value(v: &str) -> bool {
    !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// `key=value` → value (None for Hive's null).
pub fn partition_value<'a>(dir_name: &'a str, key: &str) -> Option<&'a str> {
    dir_name
        .strip_prefix(key)
        .and_then(|r| r.strip_prefix('='))
        .filter(|v| *v != NULL_PARTITION)
}
