//! Atomic import of one document: stage, mark, move; and recovery of imports
//! that were interrupted.
//!
//! 1. Every dataset of the document is written under
//!    `.staging/<doc_id>.<pid>/<dataset>/province_code=…/doc_id=…/part-0.parquet`.
//! 2. `COMMIT` is written there, listing the partition directories to move.
//! 3. Each directory is renamed into the store, `documents` last; then the
//!    staging directory is removed.
//!
//! Killed during 1, the store is as it was and the staging directory is
//! removed by the next import. Killed during 3, the next import finds
//! `COMMIT` and finishes the moves, so the document ends up complete.
//! Renames stay on one file system because staging lives inside the store.

use super::{DOCUMENTS, PART, STAGING, partition};
use crate::output::parquet::write_parquet;
use anyhow::Context;
use polars::prelude::*;
use std::path::{Path, PathBuf};

const MARKER: &str = "COMMIT";

/// A document written to staging, ready to be committed.
pub struct Staged {
    dir: PathBuf,
    moves: Vec<PathBuf>,
}

/// Writes every frame of one document under a fresh staging directory. The
/// partition columns (`doc_id`, `province_code`) are dropped from the data:
/// Hive readers take them from the path.
pub fn stage(
    store: &Path,
    doc_id: &str,
    province_code: Option<&str>,
    frames: Vec<(&str, DataFrame)>,
    metadata: &[(&str, String)],
) -> anyhow::Result<Staged> {
    let dir = store
        .join(STAGING)
        .join(format!("{doc_id}.{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    let mut moves = Vec::new();
    for (name, df) in frames {
        let rel = partition(name, province_code, doc_id);
        let target = dir.join(&rel);
        std::fs::create_dir_all(&target)
            .with_context(|| format!("cannot create {}", target.display()))?;
        let keep: Vec<PlSmallStr> = df
            .get_column_names()
            .into_iter()
            .filter(|c| c.as_str() != "doc_id" && c.as_str() != "province_code")
            .cloned()
            .collect();
        let mut df = df.select(keep)?;
        write_parquet(&mut df, &target, PART, metadata)?;
        moves.push(rel);
    }
    // `documents` last: its arrival is what makes the document visible as present.
    moves.sort_by_key(|p| p.starts_with(DOCUMENTS));
    Ok(Staged { dir, moves })
}

/// Moves a staged document into the store.
pub fn commit(store: &Path, staged: Staged) -> anyhow::Result<()> {
    let list: String = staged
        .moves
        .iter()
        .map(|p| format!("{}\n", p.to_string_lossy()))
        .collect();
    crate::output::parquet::write_bytes(&staged.dir, MARKER, list.as_bytes())?;
    finish_moves(store, &staged.dir, &staged.moves)
}

fn finish_moves(store: &Path, dir: &Path, moves: &[PathBuf]) -> anyhow::Result<()> {
    for rel in moves {
        let from = dir.join(rel);
        if !from.exists() {
            continue; // moved before an interruption
        }
        let to = store.join(rel);
        if to.exists() {
            std::fs::remove_dir_all(&to)
                .with_context(|| format!("cannot replace {}", to.display()))?;
        }
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::rename(&from, &to)
            .with_context(|| format!("cannot move {} into the store", rel.display()))?;
    }
    std::fs::remove_dir_all(dir).with_context(|| format!("cannot remove {}", dir.display()))?;
    Ok(())
}

/// What was left by an interrupted import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Leftover {
    /// Staged but not committed: nothing reached the store.
    Uncommitted { staging: PathBuf },
    /// Committed part-way: some partitions moved, the rest still staged.
    HalfCommitted { staging: PathBuf, remaining: usize },
}

impl std::fmt::Display for Leftover {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Leftover::Uncommitted { staging } => write!(
                f,
                "{}: an import staged but not committed (the store never saw it)",
                staging.display()
            ),
            Leftover::HalfCommitted { staging, remaining } => write!(
                f,
                "{}: an import interrupted while committing ({remaining} partition(s) still to move)",
                staging.display()
            ),
        }
    }
}

/// Lists the leftovers of interrupted imports. Call with the lock held.
pub fn leftovers(store: &Path) -> anyhow::Result<Vec<Leftover>> {
    let dir = store.join(STAGING);
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(out);
    };
    for e in entries {
        let staging = e?.path();
        match read_marker(&staging) {
            Some(moves) => out.push(Leftover::HalfCommitted {
                remaining: moves.iter().filter(|m| staging.join(m).exists()).count(),
                staging,
            }),
            None => out.push(Leftover::Uncommitted { staging }),
        }
    }
    out.sort_by(|a, b| format!("{a}").cmp(&format!("{b}")));
    Ok(out)
}

fn read_marker(staging: &Path) -> Option<Vec<PathBuf>> {
    let text = std::fs::read_to_string(staging.join(MARKER)).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.is_empty())
            .map(PathBuf::from)
            .collect(),
    )
}

/// Repairs leftovers: removes uncommitted staging, finishes half-done
/// commits. Call with the lock held.
pub fn repair(store: &Path, found: &[Leftover]) -> anyhow::Result<()> {
    for l in found {
        match l {
            Leftover::Uncommitted { staging } => std::fs::remove_dir_all(staging)
                .with_context(|| format!("cannot remove {}", staging.display()))?,
            Leftover::HalfCommitted { staging, .. } => {
                let moves = read_marker(staging).unwrap_or_default();
                finish_moves(store, staging, &moves)?;
            }
        }
    }
    Ok(())
}
