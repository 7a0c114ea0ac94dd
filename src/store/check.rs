//! `ntm store check STORE [--repair]`: what an interrupted import left, and
//! documents whose partitions are incomplete.

use super::{commit, lock, read};
use crate::output::datasets::NAMES;
use std::collections::BTreeSet;
use std::path::Path;

/// Problems found in a store.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Interrupted imports (staging directories).
    pub leftovers: Vec<String>,
    /// `dataset/doc_id` partitions of documents that have no `documents` row.
    pub orphans: Vec<String>,
    /// Documents in the store.
    pub documents: usize,
}

impl Report {
    /// True when nothing needs repair.
    pub fn is_clean(&self) -> bool {
        self.leftovers.is_empty() && self.orphans.is_empty()
    }
}

/// Checks (and with `repair`, repairs) a store, holding its lock.
pub fn check(store: &Path, repair: bool) -> anyhow::Result<Report> {
    if !store.is_dir() {
        anyhow::bail!("{} is not a store directory", store.display());
    }
    let _lock = lock::acquire(store)?;
    let found = commit::leftovers(store)?;
    let mut report = Report {
        leftovers: found.iter().map(|l| l.to_string()).collect(),
        ..Default::default()
    };
    if repair {
        commit::repair(store, &found)?;
    }
    let docs: BTreeSet<String> = read::documents(store)?
        .into_iter()
        .map(|p| p.doc_id)
        .collect();
    report.documents = docs.len();
    for name in NAMES {
        for p in read::parts(store, name)? {
            if !docs.contains(&p.doc_id) {
                report.orphans.push(format!("{name}/doc_id={}", p.doc_id));
                if repair && let Some(dir) = p.file.parent() {
                    std::fs::remove_dir_all(dir)?;
                }
            }
        }
    }
    if repair {
        super::revisions::rebuild(store, &crate::run::metadata())?;
    }
    Ok(report)
}
