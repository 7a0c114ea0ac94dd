//! ntm-ingest: Vietnamese New Rural Development (NTM) plan documents → validated Parquet.
//!
//! Pipeline: `ntm_parsers` reads files into table grids; this crate recognises
//! appendices, normalizes Vietnamese text, numbers and periods, resolves localities
//! and indicators, validates, and writes Parquet and a report.

pub mod catalog;
pub mod gazetteer;
pub mod level;
pub mod normalize;

pub use level::Level;
