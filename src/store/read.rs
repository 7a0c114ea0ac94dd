//! Reading a store back: which documents it holds, and a dataset's rows for
//! some documents with the partition columns restored.

use super::{DOCUMENTS, PART, partition_value};
use crate::output::parquet::read_parquet;
use polars::prelude::*;
use std::path::{Path, PathBuf};

/// One document partition of a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// `province_code=` value (None for the null partition).
    pub province_code: Option<String>,
    /// `doc_id=` value.
    pub doc_id: String,
    /// The partition's data file.
    pub file: PathBuf,
}

/// Every document partition of `dataset`, sorted by province then document.
pub fn parts(store: &Path, dataset: &str) -> anyhow::Result<Vec<Part>> {
    let mut out = Vec::new();
    let Ok(provinces) = std::fs::read_dir(store.join(dataset)) else {
        return Ok(out);
    };
    for p in provinces {
        let p = p?;
        let pname = p.file_name().to_string_lossy().into_owned();
        if !pname.starts_with("province_code=") || !p.path().is_dir() {
            continue;
        }
        let province_code = partition_value(&pname, "province_code").map(str::to_string);
        for d in std::fs::read_dir(p.path())? {
            let d = d?;
            let dname = d.file_name().to_string_lossy().into_owned();
            let Some(doc_id) = partition_value(&dname, "doc_id") else {
                continue;
            };
            let file = d.path().join(PART);
            if file.is_file() {
                out.push(Part {
                    province_code: province_code.clone(),
                    doc_id: doc_id.to_string(),
                    file,
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.province_code, &a.doc_id).cmp(&(&b.province_code, &b.doc_id)));
    Ok(out)
}

/// The documents in the store (those whose `documents` partition exists).
pub fn documents(store: &Path) -> anyhow::Result<Vec<Part>> {
    parts(store, DOCUMENTS)
}

/// Rows of `dataset` for the documents `keep` accepts, with `province_code`
/// and `doc_id` columns restored from the partition path. None when no
/// partition matched.
pub fn dataset(
    store: &Path,
    dataset: &str,
    keep: impl Fn(&Part) -> bool,
) -> anyhow::Result<Option<DataFrame>> {
    let mut all: Option<DataFrame> = None;
    for part in parts(store, dataset)?.into_iter().filter(|p| keep(p)) {
        let mut df = read_parquet(&part.file)?;
        let h = df.height();
        df.with_column(Column::new(
            "province_code".into(),
            vec![part.province_code.clone(); h],
        ))?;
        df.with_column(Column::new("doc_id".into(), vec![part.doc_id.clone(); h]))?;
        match &mut all {
            None => all = Some(df),
            Some(a) => {
                a.vstack_mut(&df)?;
            }
        }
    }
    Ok(all)
}
