//! Typed NTM records read from recognised appendix tables.
//!
//! Each record type is one dataset of the output (see README.md for the columns).
//! Every record carries [`Provenance`] so an analyst can go back to the document.

pub mod place;
pub mod types;

pub use place::PlanPlace;
pub use types::*;
