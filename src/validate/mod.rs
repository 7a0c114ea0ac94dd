//! Validation: rules that check a plan's records against themselves, each
//! other and the criteria catalog, reported as [`Finding`]s.
//!
//! One module per rule; [`rules`] documents every rule id (also in
//! `docs/rules.md`). Rules read records only, never tables, so they work the
//! same for PDF, workbook and OCR input.

mod code_name;
mod criteria_count;
mod cross_table;
mod finding;
mod fraction;
mod place;
mod read_issues;
mod requirement;
mod roadmap;
mod rule;
mod rule_docs;
mod status;
#[cfg(test)]
mod testing;
mod wording;

pub use finding::{Finding, Severity};
pub use fraction::{SLACK_POINTS, tolerance as fraction_tolerance};
pub use roadmap::implied_denominator;
pub use rule::Rule;
pub use rule_docs::{RuleDoc, rules};
pub use status::meets;

use crate::catalog::{Catalog, REGION_KHANH_HOA};
use crate::gazetteer::Gazetteer;
use crate::records::Extraction;
use finding::Locator;

/// One document to validate.
pub struct DocInput<'a> {
    /// Hex SHA-256 of the source file.
    pub doc_id: &'a str,
    /// The path as given.
    pub source_file: &'a str,
    /// What extraction read from it.
    pub extraction: &'a Extraction,
    /// Prose paragraphs `(page, text)`; kept for rules that quote the text.
    pub prose: &'a [(u32, String)],
}

/// The catalog region every threshold is looked up for. The built-in
/// gazetteer is Khánh Hòa's, so its region (Duyên hải Nam Trung Bộ).
pub const REGION: &str = REGION_KHANH_HOA;

/// Runs every rule on every document. Order: by document (input order),
/// then table, row and rule id, so two runs give the same list.
pub fn validate(docs: &[DocInput]) -> Vec<Finding> {
    let cat = Catalog::builtin();
    let mut all = Vec::new();
    for (di, doc) in docs.iter().enumerate() {
        let ex = doc.extraction;
        let loc = Locator {
            doc_id: doc.doc_id,
            source_file: doc.source_file,
            labels: ex
                .appendices
                .iter()
                .map(|a| {
                    (
                        a.prov.table_index,
                        a.label
                            .clone()
                            .unwrap_or_else(|| a.kind.as_str().to_string()),
                    )
                })
                .collect(),
            kinds: ex
                .appendices
                .iter()
                .map(|a| (a.prov.table_index, a.kind))
                .collect(),
        };
        let mut out = Vec::new();
        for rec in &ex.indicators {
            fraction::check(&loc, rec, &mut out);
            status::check(&loc, rec, &mut out);
            requirement::check(&loc, cat, REGION, rec, &ex.indicators, &mut out);
            code_name::check(&loc, cat, rec, &mut out);
        }
        criteria_count::check(&loc, cat, ex, &mut out);
        roadmap::check(&loc, ex, programme_size(ex), &mut out);
        cross_table::check(&loc, ex, &mut out);
        for issue in &ex.issues {
            read_issues::check(&loc, issue, &mut out);
        }
        all.extend(out.into_iter().map(|f| (di, f)));
    }
    // Stable: findings of one rule at one row keep the order the rule gave them.
    all.sort_by(|(da, a), (db, b)| {
        da.cmp(db)
            .then(
                a.table_index
                    .unwrap_or(i32::MAX)
                    .cmp(&b.table_index.unwrap_or(i32::MAX)),
            )
            .then(a.row.unwrap_or(i32::MAX).cmp(&b.row.unwrap_or(i32::MAX)))
            .then(a.rule.as_str().cmp(b.rule.as_str()))
    });
    all.into_iter().map(|(_, f)| f).collect()
}

/// Communes in the province's programme: the sum the objectives text prints
/// per district ("Có 16/16 xã …") when it gives one for every district it
/// lists, else the gazetteer's programme communes.
fn programme_size(ex: &Extraction) -> Option<i32> {
    let per: Vec<Option<i32>> = ex
        .district_targets
        .iter()
        .map(|t| t.communes_in_program)
        .collect();
    if !per.is_empty() && per.iter().all(Option::is_some) {
        return Some(per.iter().flatten().sum());
    }
    let n = Gazetteer::builtin().program_units().len();
    (n > 0).then_some(n as i32)
}
