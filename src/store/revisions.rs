//! `STORE/revisions/part-0.parquet`: which revision of its plan each document
//! is, and whether it is the latest.
//!
//! Derived from `documents` and rewritten (atomically) after every import, so
//! it can always be rebuilt and never disagrees with the documents for long.
//! Revisions of one plan share `plan_key` (an amendment takes the key of the
//! plan it amends); they are ordered by plan date, then number. Files holding
//! the same revision (a PDF and a workbook of one plan) share its number.

use super::{PART, REVISIONS, read};
use crate::output::frame::{FrameBuilder, Values, strings};
use crate::output::parquet::write_parquet;
use std::collections::BTreeMap;
use std::path::Path;

/// One row of the revisions table.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub doc_id: String,
    pub province_code: Option<String>,
    pub plan_key: Option<String>,
    pub plan_number: Option<String>,
    pub plan_date: Option<String>,
    pub kind: Option<String>,
    pub source_file: Option<String>,
    /// 1 for the first revision of the plan; null without a plan key.
    pub revision: Option<i32>,
    /// The newest revision of its plan; null without a plan key.
    pub is_latest: Option<bool>,
}

/// Computes the revisions of every document in the store.
pub fn compute(store: &Path) -> anyhow::Result<Vec<Revision>> {
    let Some(df) = read::dataset(store, super::DOCUMENTS, |_| true)? else {
        return Ok(Vec::new());
    };
    let col = |n: &str| strings(&df, n);
    let (ids, prov, key, num, date, kind, file) = (
        col("doc_id")?,
        col("province_code")?,
        col("plan_key")?,
        col("plan_number")?,
        col("plan_date")?,
        col("kind")?,
        col("source_file")?,
    );
    let mut rows: Vec<Revision> = (0..df.height())
        .map(|i| Revision {
            doc_id: ids[i].clone().unwrap_or_default(),
            province_code: prov[i].clone(),
            plan_key: key[i].clone(),
            plan_number: num[i].clone(),
            plan_date: date[i].clone(),
            kind: kind[i].clone(),
            source_file: file[i].clone(),
            revision: None,
            is_latest: None,
        })
        .collect();
    // Distinct (date, number) per plan, in order: the plan's revisions.
    let mut per_plan: BTreeMap<String, Vec<(Option<String>, String)>> = BTreeMap::new();
    for r in &rows {
        if let Some(k) = &r.plan_key {
            let number = r
                .plan_number
                .as_deref()
                .map(crate::identity::citations::citation_key)
                .unwrap_or_default();
            per_plan
                .entry(k.clone())
                .or_default()
                .push((r.plan_date.clone(), number));
        }
    }
    for v in per_plan.values_mut() {
        v.sort();
        v.dedup();
    }
    for r in &mut rows {
        let Some(k) = &r.plan_key else { continue };
        let revs = &per_plan[k];
        let me = (
            r.plan_date.clone(),
            r.plan_number
                .as_deref()
                .map(crate::identity::citations::citation_key)
                .unwrap_or_default(),
        );
        let pos = revs.iter().position(|x| *x == me).unwrap_or(0);
        r.revision = Some(pos as i32 + 1);
        r.is_latest = Some(pos + 1 == revs.len());
    }
    rows.sort_by(|a, b| {
        (&a.plan_key, a.revision, &a.doc_id).cmp(&(&b.plan_key, b.revision, &b.doc_id))
    });
    Ok(rows)
}

/// Rewrites `STORE/revisions/part-0.parquet`.
pub fn rebuild(store: &Path, metadata: &[(&str, String)]) -> anyhow::Result<Vec<Revision>> {
    let rows = compute(store)?;
    let mut df = frame(&rows)?;
    let dir = store.join(REVISIONS);
    std::fs::create_dir_all(&dir)?;
    write_parquet(&mut df, &dir, PART, metadata)?;
    Ok(rows)
}

/// The revisions table.
pub fn frame(rows: &[Revision]) -> polars::prelude::PolarsResult<polars::prelude::DataFrame> {
    let s = |f: fn(&Revision) -> Option<String>| Values::OptStr(rows.iter().map(f).collect());
    FrameBuilder::new(rows.len())
        .col(
            "doc_id",
            Values::Str(rows.iter().map(|r| r.doc_id.clone()).collect()),
        )?
        .col("province_code", s(|r| r.province_code.clone()))?
        .col("plan_key", s(|r| r.plan_key.clone()))?
        .col("plan_number", s(|r| r.plan_number.clone()))?
        .col(
            "plan_date",
            Values::OptDate(
                rows.iter()
                    .map(|r| {
                        r.plan_date
                            .as_deref()
                            .and_then(crate::identity::citations::iso_date)
                    })
                    .collect(),
            ),
        )?
        .col(
            "kind",
            Values::Enum(
                rows.iter().map(|r| r.kind.clone()).collect(),
                crate::identity::PlanKind::NAMES,
            ),
        )?
        .col("source_file", s(|r| r.source_file.clone()))?
        .col(
            "revision",
            Values::OptI32(rows.iter().map(|r| r.revision).collect()),
        )?
        .col(
            "is_latest",
            Values::OptBool(rows.iter().map(|r| r.is_latest).collect()),
        )?
        .finish()
}
