//! The place columns every NTM dataset ends with: the province the record's
//! document was read for and, for locality records, the post-reform unit(s)
//! the locality belongs to, so plans of both periods line up.
//!
//! Added after a dataset's own columns from the document's
//! [`PlanPlace`](crate::records::PlanPlace), keyed by `doc_id`.

use std::collections::HashMap;
use std::sync::Arc;

use polars::prelude::*;

use crate::gazetteer::Gazetteer;
use crate::records::Extraction;

/// A document's province code and name, and its gazetteer.
type DocPlace = (Option<String>, Option<String>, Arc<Gazetteer>);

/// Per-document place data, built once per run.
pub struct Places {
    by_doc: HashMap<String, DocPlace>,
}

impl Places {
    /// The places of the documents of `ex`, keyed by their `doc_id`.
    pub fn of(ex: &[Extraction]) -> Places {
        let mut by_doc = HashMap::new();
        for e in ex {
            by_doc.entry(e.place.doc_id.clone()).or_insert_with(|| {
                (
                    e.place.province_code.clone(),
                    e.place.province_name.clone(),
                    crate::province::gazetteer_for(&e.place),
                )
            });
        }
        Places { by_doc }
    }

    /// Appends `province_code`, `province_name` and, when `code_column`
    /// names the dataset's locality code, `commune_code_2025` (codes joined
    /// by `;` when the unit was split).
    pub fn add_columns(&self, df: &mut DataFrame, code_column: Option<&str>) -> PolarsResult<()> {
        let n = df.height();
        let docs = crate::output::frame::strings(df, "doc_id")?;
        let get = |i: usize| docs[i].as_ref().and_then(|d| self.by_doc.get(d));
        let code: Vec<Option<String>> = (0..n).map(|i| get(i).and_then(|p| p.0.clone())).collect();
        let name: Vec<Option<String>> = (0..n).map(|i| get(i).and_then(|p| p.1.clone())).collect();
        df.with_column(Column::new("province_code".into(), code))?;
        df.with_column(Column::new("province_name".into(), name))?;
        if let Some(col) = code_column {
            let locality = crate::output::frame::strings(df, col)?;
            let new: Vec<Option<String>> = (0..n)
                .map(|i| {
                    let (_, _, g) = get(i)?;
                    let u = g.unit(locality[i].as_deref()?)?;
                    (!u.code_2025.is_empty()).then(|| u.code_2025.join(";"))
                })
                .collect();
            df.with_column(Column::new("commune_code_2025".into(), new))?;
        }
        Ok(())
    }
}
