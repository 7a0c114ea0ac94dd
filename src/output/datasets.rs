//! Every dataset of one run, by name: the single list of what `ntm` writes,
//! used by the dataset store (one document at a time) and by `ntm diff`.

use super::{domain, grids};
use crate::identity::PlanIdentity;
use crate::ingest::SourceDoc;
use crate::records::Extraction;
use crate::validate::Finding;
use polars::prelude::*;

/// Dataset names, in the order they are written. A store holds each under
/// `STORE/<name>/`; the output directory as `<name>.parquet`.
pub const NAMES: &[&str] = &[
    "cells",
    "tables",
    "indicators",
    "roadmap",
    "roadmap_totals",
    "targets",
    "agencies",
    "district_targets",
    "criteria_summaries",
    "appendices",
    "findings",
    "read_warnings",
    // Last: in a store, a document is present once its `documents` row is.
    "documents",
];

/// What a set of documents produced, ready to be written.
pub struct Inputs<'a> {
    /// The documents read.
    pub docs: &'a [SourceDoc],
    /// Their identities, in the same order.
    pub ids: &'a [PlanIdentity],
    /// Their records, in the same order.
    pub extractions: &'a [Extraction],
    /// Findings of all of them.
    pub findings: &'a [Finding],
    /// Time of the run, RFC 3339.
    pub ingested_at: &'a str,
}

fn all<T: Clone>(ex: &[Extraction], f: impl Fn(&Extraction) -> &Vec<T>) -> Vec<T> {
    ex.iter().flat_map(|e| f(e).iter().cloned()).collect()
}

/// Builds the frame of dataset `name` (one of [`NAMES`]).
pub fn frame(name: &str, i: &Inputs) -> PolarsResult<DataFrame> {
    let ex = i.extractions;
    match name {
        "cells" => grids::cells(i.docs),
        "tables" => grids::tables(i.docs),
        "documents" => grids::documents(i.docs, i.ids, i.ingested_at),
        "indicators" => domain::indicators(&all(ex, |e| &e.indicators)),
        "roadmap" => domain::roadmap(&all(ex, |e| &e.roadmap)),
        "roadmap_totals" => domain::roadmap_totals(&all(ex, |e| &e.roadmap_totals)),
        "targets" => domain::targets(&all(ex, |e| &e.targets)),
        "agencies" => domain::agencies(&all(ex, |e| &e.agencies)),
        "district_targets" => domain::district_targets(&all(ex, |e| &e.district_targets)),
        "criteria_summaries" => domain::summaries(&all(ex, |e| &e.summaries)),
        "appendices" => domain::appendices(&all(ex, |e| &e.appendices)),
        "findings" => super::findings::findings(i.findings),
        "read_warnings" => grids::read_warnings(i.docs),
        other => polars_bail!(ComputeError: "unknown dataset {other}"),
    }
}
