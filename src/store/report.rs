//! `STORE/report.html`: the overview of the latest revision of every plan in
//! the store, and for each plan with several revisions, what changed from the
//! previous one. Rewritten after every import.

use super::read;
use super::revisions::Revision;
use crate::Level;
use crate::output::frame::strings;
use crate::report::overview::{Reached, Unmet, overview};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

fn overview_inputs(
    store: &Path,
    latest: &BTreeSet<String>,
) -> anyhow::Result<(Vec<Reached>, Vec<Unmet>)> {
    let keep = |p: &read::Part| latest.contains(&p.doc_id);
    let mut reached = Vec::new();
    if let Some(df) = read::dataset(store, "roadmap", keep)? {
        let c = |n: &str| strings(&df, n);
        let (level, code, raw, year, district) = (
            c("level")?,
            c("commune_code")?,
            c("raw_name")?,
            c("year")?,
            c("district_name")?,
        );
        for i in 0..df.height() {
            let (Some(l), Some(y)) = (
                level[i].as_deref().and_then(Level::parse),
                year[i].as_deref().and_then(|y| y.parse().ok()),
            ) else {
                continue;
            };
            reached.push(Reached {
                level: l,
                commune: code[i]
                    .clone()
                    .or_else(|| raw[i].clone())
                    .unwrap_or_default(),
                year: y,
                district: district[i].clone().unwrap_or_else(|| "—".into()),
            });
        }
    }
    let mut unmet = Vec::new();
    if let Some(df) = read::dataset(store, "indicators", keep)? {
        let c = |n: &str| strings(&df, n);
        let (level, status, matched, printed, code, name) = (
            c("level")?,
            c("status")?,
            c("matched_code")?,
            c("indicator_code")?,
            c("locality_code")?,
            c("locality_name")?,
        );
        for i in 0..df.height() {
            if status[i].as_deref() != Some("not_met") {
                continue;
            }
            let (Some(l), Some(ind)) = (
                level[i].as_deref().and_then(Level::parse),
                matched[i].clone().or_else(|| printed[i].clone()),
            ) else {
                continue;
            };
            unmet.push(Unmet {
                level: l,
                code: ind,
                locality: code[i]
                    .clone()
                    .or_else(|| name[i].clone())
                    .unwrap_or_default(),
            });
        }
    }
    Ok((reached, unmet))
}

/// Writes `STORE/report.html`.
pub fn write(store: &Path, revisions: &[Revision]) -> anyhow::Result<()> {
    let latest: BTreeSet<String> = revisions
        .iter()
        .filter(|r| r.is_latest != Some(false))
        .map(|r| r.doc_id.clone())
        .collect();
    let (reached, unmet) = overview_inputs(store, &latest)?;
    let mut sections = overview(&reached, &unmet);
    // Per plan: the first document of the previous revision against the first
    // of the latest.
    let mut plans: BTreeMap<&str, BTreeMap<i32, &Revision>> = BTreeMap::new();
    for r in revisions {
        if let (Some(k), Some(n)) = (r.plan_key.as_deref(), r.revision) {
            plans.entry(k).or_default().entry(n).or_insert(r);
        }
    }
    for (plan, revs) in &plans {
        let mut it = revs.values().rev();
        let (Some(new), Some(old)) = (it.next(), it.next()) else {
            continue;
        };
        let a = crate::diff::source::from_store(store, &old.doc_id)?;
        let b = crate::diff::source::from_store(store, &new.doc_id)?;
        let changes = crate::diff::diff(&a, &b)?;
        let _ = writeln!(
            sections,
            "<h2>{} → {} <span class=\"loc\">({})</span></h2>",
            crate::report::escape(old.plan_number.as_deref().unwrap_or(&old.doc_id)),
            crate::report::escape(new.plan_number.as_deref().unwrap_or(&new.doc_id)),
            crate::report::escape(plan)
        );
        sections.push_str(&crate::report::changes_section(&changes));
    }
    let html = crate::report::page("ntm-ingest: dataset store (latest revisions)", &sections);
    crate::output::parquet::write_bytes(store, "report.html", html.as_bytes())?;
    Ok(())
}
