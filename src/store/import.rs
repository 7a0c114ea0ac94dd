//! `ntm ingest INPUTS… --into STORE`: add documents to a store.

use super::{commit, lock, read, revisions};
use crate::identity::Overrides;
use crate::ingest::{Failure, SourceDoc};
use crate::output::datasets::{self, Inputs};
use crate::records::Extraction;
use crate::run::{EXIT_OK, EXIT_SOME_FAILED};
use anyhow::Context;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

/// What one import did, for the summary and for tests.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Documents added (doc ids).
    pub added: Vec<String>,
    /// Documents already in the store, left unchanged (doc ids).
    pub unchanged: Vec<String>,
    /// Leftovers of interrupted imports that were repaired first.
    pub repaired: Vec<String>,
}

/// Imports `docs` into `store` and prints what happened.
pub fn run(
    docs: &[SourceDoc],
    failures: &[Failure],
    flags: &Overrides,
    store: &Path,
) -> anyhow::Result<ExitCode> {
    let outcome = import(docs, flags, store)?;
    for f in failures {
        eprintln!("ntm: error: {f}");
    }
    let name = |id: &str| {
        docs.iter()
            .find(|d| d.doc_id == id)
            .map(|d| d.source_file.clone())
            .unwrap_or_default()
    };
    for r in &outcome.repaired {
        eprintln!("ntm: store: repaired {r}");
    }
    for id in &outcome.unchanged {
        eprintln!(
            "ntm: store: {}: already in the store (doc_id {}), unchanged",
            name(id),
            &id[..12.min(id.len())]
        );
    }
    eprintln!(
        "ntm: store: {} document(s) added, {} unchanged, {} failed → {}",
        outcome.added.len(),
        outcome.unchanged.len(),
        failures.len(),
        store.display()
    );
    Ok(ExitCode::from(if failures.is_empty() {
        EXIT_OK
    } else {
        EXIT_SOME_FAILED
    }))
}

/// Imports `docs` into `store`: repairs leftovers, skips documents already
/// present, commits each new document atomically, rebuilds `revisions`.
pub fn import(docs: &[SourceDoc], flags: &Overrides, store: &Path) -> anyhow::Result<Outcome> {
    std::fs::create_dir_all(store)
        .with_context(|| format!("cannot create the store {}", store.display()))?;
    let _lock = lock::acquire(store)?;
    let mut outcome = Outcome::default();
    let found = commit::leftovers(store)?;
    commit::repair(store, &found)?;
    outcome.repaired = found.iter().map(|l| l.to_string()).collect();

    let present: BTreeSet<String> = read::documents(store)?
        .into_iter()
        .map(|p| p.doc_id)
        .collect();
    let mut seen = BTreeSet::new();
    let mut new_docs: Vec<SourceDoc> = Vec::new();
    for d in docs {
        if present.contains(&d.doc_id) || !seen.insert(d.doc_id.clone()) {
            if !outcome.unchanged.contains(&d.doc_id) {
                outcome.unchanged.push(d.doc_id.clone());
            }
        } else {
            new_docs.push(d.clone());
        }
    }
    let extractions: Vec<Extraction> = new_docs.par_iter().map(crate::extract::extract).collect();
    let ids = crate::run::identities(&new_docs, Some(&extractions), flags);
    let findings = crate::run::run_rules(&new_docs, &extractions);
    let ingested_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let md = crate::run::metadata();
    for (i, d) in new_docs.iter().enumerate() {
        let mine: Vec<_> = findings
            .iter()
            .filter(|f| f.doc_id == d.doc_id)
            .cloned()
            .collect();
        let inputs = Inputs {
            docs: std::slice::from_ref(d),
            ids: std::slice::from_ref(&ids[i]),
            extractions: std::slice::from_ref(&extractions[i]),
            findings: &mine,
            ingested_at: &ingested_at,
        };
        let frames = datasets::NAMES
            .iter()
            .map(|n| Ok((*n, datasets::frame(n, &inputs)?)))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let staged = commit::stage(
            store,
            &d.doc_id,
            ids[i].province_code.as_deref(),
            frames,
            &md,
        )?;
        commit::commit(store, staged)?;
        outcome.added.push(d.doc_id.clone());
    }
    let revs = revisions::rebuild(store, &md)?;
    super::report::write(store, &revs)?;
    Ok(outcome)
}
