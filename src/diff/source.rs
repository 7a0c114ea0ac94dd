//! The two sides of a diff: a document read from a file, or one already in a
//! store (named by doc_id, a unique doc_id prefix, or its plan number).

use super::engine::Side;
use super::spec::SPECS;
use crate::identity::citations::citation_key;
use crate::output::datasets::{self, Inputs};
use crate::output::frame::strings;
use crate::store::read;
use anyhow::Context;
use std::collections::HashMap;
use std::path::Path;

/// Datasets a side needs.
fn needed() -> Vec<&'static str> {
    let mut v = vec!["documents", "tables"];
    v.extend(SPECS.iter().map(|s| s.dataset));
    v
}

/// Reads and extracts one file.
pub fn from_file(path: &Path) -> anyhow::Result<Side> {
    let doc = crate::ingest::read_one(path).map_err(|f| anyhow::anyhow!("{f}"))?;
    let ex = vec![crate::extract::extract(&doc)];
    let ids = vec![crate::identity::detect_with_records(&doc, &ex[0])];
    let docs = vec![doc];
    let inputs = Inputs {
        docs: &docs,
        ids: &ids,
        extractions: &ex,
        findings: &[],
        ingested_at: "",
    };
    let mut frames = HashMap::new();
    for n in needed() {
        frames.insert(n.to_string(), datasets::frame(n, &inputs)?);
    }
    Ok(Side {
        doc_id: docs[0].doc_id.clone(),
        source_file: docs[0].source_file.clone(),
        frames,
    })
}

/// The doc_id `which` names in the store: a doc_id, a unique prefix of one,
/// or a plan number held by exactly one revision.
pub fn resolve(store: &Path, which: &str) -> anyhow::Result<String> {
    let docs = read::documents(store)?;
    if docs.is_empty() {
        anyhow::bail!("{} holds no documents", store.display());
    }
    let by_prefix: Vec<&str> = docs
        .iter()
        .map(|p| p.doc_id.as_str())
        .filter(|d| d.starts_with(&which.to_lowercase()))
        .collect();
    if which.len() >= 6 && by_prefix.len() == 1 {
        return Ok(by_prefix[0].to_string());
    }
    let frame = read::dataset(store, "documents", |_| true)?
        .context("the store's documents dataset is empty")?;
    let ids = strings(&frame, "doc_id")?;
    let numbers = strings(&frame, "plan_number")?;
    let files = strings(&frame, "source_file")?;
    let want = citation_key(which);
    let hits: Vec<usize> = (0..frame.height())
        .filter(|&i| numbers[i].as_deref().map(citation_key) == Some(want.clone()))
        .collect();
    match hits.as_slice() {
        [i] => Ok(ids[*i].clone().unwrap_or_default()),
        [] => anyhow::bail!(
            "no document in {} has doc_id or plan number {which}",
            store.display()
        ),
        many => anyhow::bail!(
            "plan number {which} is held by {} documents in the store; name one by doc_id:\n{}",
            many.len(),
            many.iter()
                .map(|&i| format!(
                    "  {}  {}",
                    ids[i].as_deref().unwrap_or(""),
                    files[i].as_deref().unwrap_or("")
                ))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// One document of a store.
pub fn from_store(store: &Path, which: &str) -> anyhow::Result<Side> {
    let doc_id = resolve(store, which)?;
    let mut frames = HashMap::new();
    for n in needed() {
        if let Some(df) = read::dataset(store, n, |p| p.doc_id == doc_id)? {
            frames.insert(n.to_string(), df);
        }
    }
    let source_file = frames
        .get("documents")
        .map(|df| strings(df, "source_file"))
        .transpose()?
        .and_then(|v| v.into_iter().next().flatten())
        .unwrap_or_default();
    Ok(Side {
        doc_id,
        source_file,
        frames,
    })
}
