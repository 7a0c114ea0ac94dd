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
mod province;
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

use crate::catalog::Catalog;
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

/// Runs every rule on every document. Order: by document (input order),
/// then table, row and rule id, so two runs give the same list.
pub fn validate(docs: &[DocInput]) -> Vec<Finding> {
    let cat = Catalog::builtin();
    let mut all = Vec::new();
    for (di, doc) in docs.iter().enumerate() {
        let ex = doc.extraction;
        let gazetteer = crate::province::gazetteer_for(&ex.place);
        let loc = Locator {
            gazetteer: std::sync::Arc::clone(&gazetteer),
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
        province::check(&loc, &ex.place, &mut out);
        // Requirements are checked against the province's region; without a
        // province there is no region to check against (reported above).
        for rec in &ex.indicators {
            fraction::check(&loc, rec, &mut out);
            status::check(&loc, rec, &mut out);
            // The commune's own region where its province spans two.
            let region = rec
                .locality_code
                .as_deref()
                .and_then(|c| gazetteer.region_of(c))
                .or(ex.place.region.as_deref());
            if let Some(region) = region {
                requirement::check(&loc, cat, region, rec, &ex.indicators, &mut out);
            }
            code_name::check(&loc, cat, rec, &mut out);
        }
        criteria_count::check(&loc, cat, ex, &mut out);
        roadmap::check(
            &loc,
            ex,
            programme_size(ex, doc.prose, &gazetteer),
            &mut out,
        );
        cross_table::check(&loc, ex, &mut out);
        for issue in &ex.issues {
            read_issues::check(&loc, issue, &mut out);
        }
        fill_locality_codes(&gazetteer, &mut out);
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

/// Gives a finding that names a locality but not its code the code the
/// document's gazetteer finds for the name: a commune, else a district. A
/// name that is unresolved or ambiguous keeps a null code, never a guess.
fn fill_locality_codes(gazetteer: &Gazetteer, findings: &mut [Finding]) {
    let mut known: std::collections::HashMap<String, Option<String>> = Default::default();
    for f in findings.iter_mut() {
        let Some(name) = f.locality.as_deref() else {
            continue;
        };
        if f.locality_code.is_some() {
            continue;
        }
        let code = known.entry(name.to_string()).or_insert_with(|| {
            let r = gazetteer.resolve(name, &Default::default());
            match (&r.unit, r.is_ambiguous()) {
                (Some(u), false) => Some(u.code.clone()),
                _ => gazetteer.resolve_district(name).map(|d| d.code),
            }
        });
        f.locality_code = code.clone();
    }
}

/// Communes in the province's programme: the sum the objectives text prints
/// per district ("Có 16/16 xã …") when it gives one for every district it
/// lists, else the programme communes of the province's data
/// (`data/gazetteer/provinces/<slug>/program.csv`), else unknown — the
/// roadmap rules then infer it from the document's own totals.
fn programme_size(ex: &Extraction, prose: &[(u32, String)], gazetteer: &Gazetteer) -> Option<i32> {
    let per: Vec<Option<i32>> = ex
        .district_targets
        .iter()
        .map(|t| t.communes_in_program)
        .collect();
    if !per.is_empty() && per.iter().all(Option::is_some) {
        return Some(per.iter().flatten().sum());
    }
    if let Some(n) = programme_from_prose(prose) {
        return Some(n);
    }
    let n = gazetteer.program_units().len();
    (n > 0).then_some(n as i32)
}

/// The province-wide commune count the prose states: the most frequent
/// denominator of "N/M xã" in paragraphs about the whole province ("toàn
/// tỉnh đã có 64/92 xã …"). `None` when no such phrase appears.
fn programme_from_prose(prose: &[(u32, String)]) -> Option<i32> {
    static FRACTION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b\d{1,3}\s*/\s*(\d{2,4})\s+xa\b").unwrap()
    });
    let mut counts: std::collections::BTreeMap<i32, usize> = Default::default();
    for (_, p) in prose {
        let k = crate::normalize::fold_key(p);
        if !k.contains("toan tinh") {
            continue;
        }
        for c in FRACTION.captures_iter(&k) {
            if let Ok(n) = c[1].parse::<i32>() {
                *counts.entry(n).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(n, _)| n)
}
