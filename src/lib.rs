//! ntm-ingest: Vietnamese New Rural Development (NTM) plan documents → validated Parquet.
//!
//! Pipeline: `ntm_parsers` reads files into table grids; this crate recognises
//! appendices, normalizes Vietnamese text, numbers and periods, resolves localities
//! and indicators, validates, and writes Parquet and a report.

pub mod agency;
pub mod catalog;
pub mod cli;
pub mod diff;
pub mod discover;
pub mod extract;
pub mod gazetteer;
pub mod identity;
pub mod ingest;
pub mod level;
pub mod normalize;
pub mod output;
pub mod progress;
pub mod province;
pub mod records;
pub mod report;
pub mod run;
pub mod store;
pub mod validate;

pub use level::Level;

/// Version written into every output file.
pub const TOOL_VERSION: &str = concat!("ntm-ingest ", env!("CARGO_PKG_VERSION"));
