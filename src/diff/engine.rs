//! The comparison itself: two sides' frames in, [`Change`]s out.

use super::spec::{DOCUMENT_FIELDS, SPECS, Spec};
use crate::output::frame::strings;
use polars::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What happened to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Only in the new revision.
    Added,
    /// Only in the old revision.
    Removed,
    /// In both, a compared field differs.
    Changed,
}

impl ChangeKind {
    /// Contract names, the categories of `changes.change`.
    pub const NAMES: &'static [&'static str] = &["added", "removed", "changed"];

    /// Contract name.
    pub fn as_str(&self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// Where a record is in its document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    pub page: Option<i32>,
    pub table_index: Option<i32>,
    pub row: Option<i32>,
}

/// One difference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// `roadmap`, `targets`, … or `document` for the plan's own identity.
    pub dataset: String,
    pub change: ChangeKind,
    /// The record's key, readable ("xa_ntm | Sơn Hiệp").
    pub key: String,
    /// The field that changed (null for added and removed records).
    pub field: Option<String>,
    /// Old value (for a removed record: its compared fields).
    pub before: Option<String>,
    /// New value (for an added record: its compared fields).
    pub after: Option<String>,
    /// Where the old record is.
    pub old: Option<Location>,
    /// Where the new record is.
    pub new: Option<Location>,
}

/// One revision's datasets.
pub struct Side {
    /// Hex SHA-256 of the document.
    pub doc_id: String,
    /// The file it was read from.
    pub source_file: String,
    /// Frames by dataset name (`documents`, `tables`, and those of [`SPECS`]).
    pub frames: HashMap<String, DataFrame>,
}

struct Rows {
    keys: Vec<String>,
    shown: Vec<String>,
    fields: Vec<Vec<Option<String>>>,
    locs: Vec<Location>,
}

fn first_non_null(cols: &[Vec<Option<String>>], i: usize) -> Option<String> {
    cols.iter().find_map(|c| c[i].clone())
}

fn rows(df: Option<&DataFrame>, spec: &Spec) -> PolarsResult<Rows> {
    let Some(df) = df else {
        return Ok(Rows {
            keys: vec![],
            shown: vec![],
            fields: vec![],
            locs: vec![],
        });
    };
    let n = df.height();
    let load = |names: &[&str]| -> PolarsResult<Vec<Vec<Option<String>>>> {
        names.iter().map(|c| strings(df, c)).collect()
    };
    let mut keys = vec![Vec::new(); n];
    let mut shown = vec![Vec::new(); n];
    for part in spec.key {
        let m = load(part.matched)?;
        let s = load(part.shown)?;
        for i in 0..n {
            keys[i].push(first_non_null(&m, i).unwrap_or_default());
            shown[i].push(first_non_null(&s, i).unwrap_or_else(|| "—".into()));
        }
    }
    let f = load(spec.fields)?;
    let ints = |c: &str| -> PolarsResult<Vec<Option<i32>>> {
        Ok(strings(df, c)?
            .into_iter()
            .map(|v| v.and_then(|s| s.parse().ok()))
            .collect())
    };
    let (page, table, row) = (ints("page")?, ints("table_index")?, ints("row")?);
    Ok(Rows {
        keys: keys.into_iter().map(|k| k.join("\u{1f}")).collect(),
        shown: shown.into_iter().map(|k| k.join(" | ")).collect(),
        fields: (0..n)
            .map(|i| f.iter().map(|c| c[i].clone()).collect())
            .collect(),
        locs: (0..n)
            .map(|i| Location {
                page: page[i],
                table_index: table[i],
                row: row[i],
            })
            .collect(),
    })
}

fn render(spec: &Spec, values: &[Option<String>]) -> String {
    spec.fields
        .iter()
        .zip(values)
        .filter_map(|(f, v)| v.as_ref().map(|v| format!("{f}={v}")))
        .collect::<Vec<_>>()
        .join(", ")
}

fn diff_dataset(spec: &Spec, old: &Side, new: &Side, out: &mut Vec<Change>) -> PolarsResult<()> {
    let a = rows(old.frames.get(spec.dataset), spec)?;
    let b = rows(new.frames.get(spec.dataset), spec)?;
    let mut groups: BTreeMap<&str, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, k) in a.keys.iter().enumerate() {
        groups.entry(k).or_default().0.push(i);
    }
    for (i, k) in b.keys.iter().enumerate() {
        groups.entry(k).or_default().1.push(i);
    }
    let mut found = Vec::new();
    for (olds, news) in groups.values() {
        let several = olds.len().max(news.len()) > 1;
        for n in 0..olds.len().max(news.len()) {
            let name = |shown: &str| {
                if several {
                    format!("{shown} #{}", n + 1)
                } else {
                    shown.to_string()
                }
            };
            match (olds.get(n), news.get(n)) {
                (Some(&i), Some(&j)) => {
                    for (f, field) in spec.fields.iter().enumerate() {
                        if a.fields[i][f] != b.fields[j][f] {
                            found.push(Change {
                                dataset: spec.dataset.to_string(),
                                change: ChangeKind::Changed,
                                key: name(&b.shown[j]),
                                field: Some(field.to_string()),
                                before: a.fields[i][f].clone(),
                                after: b.fields[j][f].clone(),
                                old: Some(a.locs[i]),
                                new: Some(b.locs[j]),
                            });
                        }
                    }
                }
                (Some(&i), None) => found.push(Change {
                    dataset: spec.dataset.to_string(),
                    change: ChangeKind::Removed,
                    key: name(&a.shown[i]),
                    field: None,
                    before: Some(render(spec, &a.fields[i])),
                    after: None,
                    old: Some(a.locs[i]),
                    new: None,
                }),
                (None, Some(&j)) => found.push(Change {
                    dataset: spec.dataset.to_string(),
                    change: ChangeKind::Added,
                    key: name(&b.shown[j]),
                    field: None,
                    before: None,
                    after: Some(render(spec, &b.fields[j])),
                    old: None,
                    new: Some(b.locs[j]),
                }),
                (None, None) => {}
            }
        }
    }
    found.sort_by(|x, y| (&x.key, x.change, &x.field).cmp(&(&y.key, y.change, &y.field)));
    out.extend(found);
    Ok(())
}

fn diff_document(old: &Side, new: &Side, out: &mut Vec<Change>) -> PolarsResult<()> {
    let one = |s: &Side, c: &str| -> PolarsResult<Option<String>> {
        Ok(match s.frames.get("documents") {
            Some(df) => strings(df, c)?.into_iter().next().flatten(),
            None => None,
        })
    };
    let key = |s: &Side| -> PolarsResult<String> {
        Ok(one(s, "plan_number")?.unwrap_or_else(|| s.source_file.clone()))
    };
    let shown = format!("{} → {}", key(old)?, key(new)?);
    let change = |field: &str, before, after| Change {
        dataset: "document".into(),
        change: ChangeKind::Changed,
        key: shown.clone(),
        field: Some(field.to_string()),
        before,
        after,
        old: None,
        new: None,
    };
    for f in DOCUMENT_FIELDS {
        let (x, y) = (one(old, f)?, one(new, f)?);
        if x != y {
            out.push(change(f, x, y));
        }
    }
    let captions = |s: &Side| -> PolarsResult<BTreeSet<String>> {
        Ok(match s.frames.get("tables") {
            Some(df) => strings(df, "caption")?
                .into_iter()
                .flatten()
                .map(|c| c.replace('\n', " "))
                .filter(|c| !c.trim().is_empty())
                .collect(),
            None => BTreeSet::new(),
        })
    };
    let (x, y) = (captions(old)?, captions(new)?);
    if x != y {
        let only = |p: &BTreeSet<String>, q: &BTreeSet<String>| {
            let v: Vec<&str> = p.difference(q).map(String::as_str).collect();
            (!v.is_empty()).then(|| v.join("\n"))
        };
        out.push(change("captions", only(&x, &y), only(&y, &x)));
    }
    Ok(())
}

/// Every difference between two revisions: document first, then each dataset
/// of [`SPECS`] in order, records by key.
pub fn diff(old: &Side, new: &Side) -> PolarsResult<Vec<Change>> {
    let mut out = Vec::new();
    diff_document(old, new, &mut out)?;
    for spec in SPECS {
        diff_dataset(spec, old, new, &mut out)?;
    }
    Ok(out)
}
