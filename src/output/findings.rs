//! The `findings` dataset: one row per validation finding.

use super::frame::{FrameBuilder, Values};
use crate::validate::{Finding, Severity};
use polars::prelude::*;

/// Columns, in contract order: doc_id, source_file, rule, severity (Enum
/// error/warning/info), appendix, appendix_label, locality, locality_code, indicator_code, page, table_index,
/// row (Int32), message_vi, message_en, expected, found, evidence.
pub fn findings(f: &[Finding]) -> PolarsResult<DataFrame> {
    let s = |g: fn(&Finding) -> String| Values::Str(f.iter().map(g).collect());
    let o = |g: fn(&Finding) -> Option<String>| Values::OptStr(f.iter().map(g).collect());
    let i = |g: fn(&Finding) -> Option<i32>| Values::OptI32(f.iter().map(g).collect());
    FrameBuilder::new(f.len())
        .col("doc_id", s(|x| x.doc_id.clone()))?
        .col("source_file", s(|x| x.source_file.clone()))?
        .col(
            "rule",
            Values::Enum(
                f.iter()
                    .map(|x| Some(x.rule.as_str().to_string()))
                    .collect(),
                crate::validate::Rule::NAMES,
            ),
        )?
        .col(
            "severity",
            Values::Enum(
                f.iter()
                    .map(|x| Some(x.severity.as_str().to_string()))
                    .collect(),
                Severity::NAMES,
            ),
        )?
        .col(
            "appendix",
            Values::Enum(
                f.iter()
                    .map(|x| x.appendix_kind.map(|k| k.as_str().to_string()))
                    .collect(),
                super::domain::APPENDIX_KINDS,
            ),
        )?
        .col("appendix_label", o(|x| x.appendix.clone()))?
        .col("locality", o(|x| x.locality.clone()))?
        .col("locality_code", o(|x| x.locality_code.clone()))?
        .col("indicator_code", o(|x| x.indicator_code.clone()))?
        .col("page", i(|x| x.page))?
        .col("table_index", i(|x| x.table_index))?
        .col("row", i(|x| x.row))?
        .col("message_vi", s(|x| x.message_vi.clone()))?
        .col("message_en", s(|x| x.message_en.clone()))?
        .col("expected", o(|x| x.expected.clone()))?
        .col("found", o(|x| x.found.clone()))?
        .col("evidence", s(|x| x.evidence.clone()))?
        .finish()
}
