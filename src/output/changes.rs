//! `changes.parquet`: what `ntm diff` found, one row per difference.

use super::frame::{FrameBuilder, Values};
use crate::diff::{Change, ChangeKind};
use polars::prelude::*;

/// Columns: dataset, change (Enum added/removed/changed), key, field, before,
/// after, then the provenance of both sides (doc_id, source_file, page,
/// table_index, row, prefixed `old_` and `new_`).
pub fn changes(c: &[Change], old: (&str, &str), new: (&str, &str)) -> PolarsResult<DataFrame> {
    let n = c.len();
    let s = |f: fn(&Change) -> Option<String>| Values::OptStr(c.iter().map(f).collect());
    let same = |v: &str| Values::Str(vec![v.to_string(); n]);
    FrameBuilder::new(n)
        .col(
            "dataset",
            Values::Str(c.iter().map(|x| x.dataset.clone()).collect()),
        )?
        .col(
            "change",
            Values::Enum(
                c.iter()
                    .map(|x| Some(x.change.as_str().to_string()))
                    .collect(),
                ChangeKind::NAMES,
            ),
        )?
        .col(
            "key",
            Values::Str(c.iter().map(|x| x.key.clone()).collect()),
        )?
        .col("field", s(|x| x.field.clone()))?
        .col("before", s(|x| x.before.clone()))?
        .col("after", s(|x| x.after.clone()))?
        .col("old_doc_id", same(old.0))?
        .col("old_source_file", same(old.1))?
        .col(
            "old_page",
            Values::OptI32(c.iter().map(|x| x.old.and_then(|l| l.page)).collect()),
        )?
        .col(
            "old_table_index",
            Values::OptI32(
                c.iter()
                    .map(|x| x.old.and_then(|l| l.table_index))
                    .collect(),
            ),
        )?
        .col(
            "old_row",
            Values::OptI32(c.iter().map(|x| x.old.and_then(|l| l.row)).collect()),
        )?
        .col("new_doc_id", same(new.0))?
        .col("new_source_file", same(new.1))?
        .col(
            "new_page",
            Values::OptI32(c.iter().map(|x| x.new.and_then(|l| l.page)).collect()),
        )?
        .col(
            "new_table_index",
            Values::OptI32(
                c.iter()
                    .map(|x| x.new.and_then(|l| l.table_index))
                    .collect(),
            ),
        )?
        .col(
            "new_row",
            Values::OptI32(c.iter().map(|x| x.new.and_then(|l| l.row)).collect()),
        )?
        .finish()
}
