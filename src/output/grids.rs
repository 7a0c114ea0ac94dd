//! The raw-grid datasets: `cells`, `tables` and `documents`.
//!
//! Column order and types are the contract documented in README.md; new columns
//! go after the contract columns.

use super::frame::{FrameBuilder, Values};
use crate::identity::{PlanIdentity, PlanKind};
use crate::ingest::SourceDoc;
use ntm_parsers::CellValue;
use polars::prelude::*;

/// Kinds of typed cell value, as written in `cells.value_kind`.
pub const VALUE_KINDS: &[&str] = &["empty", "text", "number", "bool", "datetime", "error"];

/// One row per cell of every table: position, spans, text and provenance.
pub fn cells(docs: &[SourceDoc]) -> PolarsResult<DataFrame> {
    let n: usize = docs
        .iter()
        .flat_map(|d| &d.document.tables)
        .map(|t| t.cells.len())
        .sum();
    let mut source_file = Vec::with_capacity(n);
    let mut page = Vec::with_capacity(n);
    let mut table_index = Vec::with_capacity(n);
    let (mut row, mut col, mut row_span, mut col_span) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut text = Vec::with_capacity(n);
    let mut doc_id = Vec::with_capacity(n);
    let mut is_header = Vec::with_capacity(n);
    let mut value_kind = Vec::with_capacity(n);
    let mut value_number = Vec::with_capacity(n);
    let mut source_line = Vec::with_capacity(n);
    let mut sheet = Vec::with_capacity(n);
    let (mut x0, mut top, mut x1, mut bottom) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut ocr_confidence = Vec::with_capacity(n);
    for d in docs {
        for t in &d.document.tables {
            for c in &t.cells {
                source_file.push(d.source_file.clone());
                page.push(c.origin.page as i32);
                table_index.push(t.index as i32);
                row.push(c.row as i32);
                col.push(c.col as i32);
                row_span.push(c.row_span as i32);
                col_span.push(c.col_span as i32);
                text.push(c.text.clone());
                doc_id.push(d.doc_id.clone());
                is_header.push(c.row < t.header_rows);
                let (kind, num) = match &c.value {
                    CellValue::Empty => ("empty", None),
                    CellValue::Text => ("text", None),
                    CellValue::Number(v) => ("number", Some(*v)),
                    CellValue::Bool(_) => ("bool", None),
                    CellValue::DateTime(_) => ("datetime", None),
                    CellValue::Error(_) => ("error", None),
                };
                value_kind.push(Some(kind.to_string()));
                value_number.push(num);
                source_line.push(c.origin.line.map(|l| l as i32));
                sheet.push(t.sheet.clone());
                let b = c.origin.bbox;
                x0.push(b.map(|b| b.x0));
                top.push(b.map(|b| b.top));
                x1.push(b.map(|b| b.x1));
                bottom.push(b.map(|b| b.bottom));
                ocr_confidence.push(c.ocr_confidence);
            }
        }
    }
    FrameBuilder::new(n)
        .col("source_file", Values::Str(source_file))?
        .col("page", Values::I32(page))?
        .col("table_index", Values::I32(table_index))?
        .col("row", Values::I32(row))?
        .col("col", Values::I32(col))?
        .col("row_span", Values::I32(row_span))?
        .col("col_span", Values::I32(col_span))?
        .col("text", Values::Str(text))?
        .col("doc_id", Values::Str(doc_id))?
        .col("is_header", Values::Bool(is_header))?
        .col("value_kind", Values::Enum(value_kind, VALUE_KINDS))?
        .col("value_number", Values::OptF64(value_number))?
        .col("source_line", Values::OptI32(source_line))?
        .col("sheet", Values::OptStr(sheet))?
        .col("bbox_x0", Values::OptF32(x0))?
        .col("bbox_top", Values::OptF32(top))?
        .col("bbox_x1", Values::OptF32(x1))?
        .col("bbox_bottom", Values::OptF32(bottom))?
        .col("ocr_confidence", Values::OptF32(ocr_confidence))?
        .finish()
}

/// One row per reader warning: where it is (page, sheet, table, line) as columns of
/// their own, and what happened. A file read without problems has no rows.
pub fn read_warnings(docs: &[SourceDoc]) -> PolarsResult<DataFrame> {
    let all: Vec<(&SourceDoc, &ntm_parsers::ReadWarning)> = docs
        .iter()
        .flat_map(|d| d.document.warnings.iter().map(move |w| (d, w)))
        .collect();
    FrameBuilder::new(all.len())
        .col(
            "doc_id",
            Values::Str(all.iter().map(|(d, _)| d.doc_id.clone()).collect()),
        )?
        .col(
            "source_file",
            Values::Str(all.iter().map(|(d, _)| d.source_file.clone()).collect()),
        )?
        .col(
            "page",
            Values::OptI32(all.iter().map(|(_, w)| w.page.map(|p| p as i32)).collect()),
        )?
        .col(
            "sheet",
            Values::OptStr(all.iter().map(|(_, w)| w.sheet.clone()).collect()),
        )?
        .col(
            "table_index",
            Values::OptI32(all.iter().map(|(_, w)| w.table.map(|t| t as i32)).collect()),
        )?
        .col(
            "source_line",
            Values::OptI32(all.iter().map(|(_, w)| w.line.map(|l| l as i32)).collect()),
        )?
        .col(
            "message",
            Values::Str(all.iter().map(|(_, w)| w.message.clone()).collect()),
        )?
        .finish()
}

/// One row per logical table: shape, method, caption.
pub fn tables(docs: &[SourceDoc]) -> PolarsResult<DataFrame> {
    let all: Vec<(&SourceDoc, &ntm_parsers::Table)> = docs
        .iter()
        .flat_map(|d| d.document.tables.iter().map(move |t| (d, t)))
        .collect();
    let n = all.len();
    FrameBuilder::new(n)
        .col(
            "doc_id",
            Values::Str(all.iter().map(|(d, _)| d.doc_id.clone()).collect()),
        )?
        .col(
            "source_file",
            Values::Str(all.iter().map(|(d, _)| d.source_file.clone()).collect()),
        )?
        .col(
            "table_index",
            Values::I32(all.iter().map(|(_, t)| t.index as i32).collect()),
        )?
        .col(
            "page",
            Values::I32(all.iter().map(|(_, t)| t.first_page() as i32).collect()),
        )?
        .col(
            "n_rows",
            Values::I32(all.iter().map(|(_, t)| t.n_rows as i32).collect()),
        )?
        .col(
            "n_cols",
            Values::I32(all.iter().map(|(_, t)| t.n_cols as i32).collect()),
        )?
        .col(
            "header_rows",
            Values::I32(all.iter().map(|(_, t)| t.header_rows as i32).collect()),
        )?
        .col(
            "method",
            Values::Str(
                all.iter()
                    .map(|(_, t)| format!("{:?}", t.method).to_lowercase())
                    .collect(),
            ),
        )?
        .col(
            "sheet",
            Values::OptStr(all.iter().map(|(_, t)| t.sheet.clone()).collect()),
        )?
        .col(
            "caption",
            Values::Str(all.iter().map(|(_, t)| t.caption.join("\n")).collect()),
        )?
        .col(
            "parts",
            Values::I32(
                all.iter()
                    .map(|(_, t)| 1 + t.continued_on.len() as i32)
                    .collect(),
            ),
        )?
        .col(
            "segment_reason",
            Values::Str(all.iter().map(|(_, t)| t.segment_reason.clone()).collect()),
        )?
        .col(
            "continued_on",
            Values::Str(
                all.iter()
                    .map(|(_, t)| {
                        t.continued_on
                            .iter()
                            .map(|(p, r)| format!("page {p}: {r}"))
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect(),
            ),
        )?
        .finish()
}

/// One row per input document: the file, what was read, and which plan it is
/// (`ids[i]` is the identity of `docs[i]`).
pub fn documents(
    docs: &[SourceDoc],
    ids: &[PlanIdentity],
    ingested_at: &str,
) -> PolarsResult<DataFrame> {
    let n = docs.len();
    if ids.len() != n {
        polars_bail!(ShapeMismatch: "{} identities for {} documents", ids.len(), n);
    }
    let id_str =
        |f: fn(&PlanIdentity) -> Option<String>| Values::OptStr(ids.iter().map(f).collect());
    let b = FrameBuilder::new(n)
        .col(
            "doc_id",
            Values::Str(docs.iter().map(|d| d.doc_id.clone()).collect()),
        )?
        .col(
            "source_file",
            Values::Str(docs.iter().map(|d| d.source_file.clone()).collect()),
        )?
        .col(
            "format",
            Values::Str(
                docs.iter()
                    .map(|d| d.document.format.name().to_string())
                    .collect(),
            ),
        )?
        .col(
            "bytes",
            Values::I64(docs.iter().map(|d| d.bytes as i64).collect()),
        )?
        .col(
            "pages",
            Values::I32(docs.iter().map(|d| d.document.pages as i32).collect()),
        )?
        .col(
            "tables",
            Values::I32(
                docs.iter()
                    .map(|d| d.document.tables.len() as i32)
                    .collect(),
            ),
        )?
        .col("ingested_at", Values::Str(vec![ingested_at.to_string(); n]))?
        .col(
            "tool_version",
            Values::Str(vec![crate::TOOL_VERSION.to_string(); n]),
        )?
        .col(
            "warnings",
            Values::Str(
                docs.iter()
                    .map(|d| {
                        d.document
                            .warnings
                            .iter()
                            .map(|w| w.to_string())
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect(),
            ),
        )?;
    b.col("province_code", id_str(|i| i.province_code.clone()))?
        .col("province_name", id_str(|i| i.province_name.clone()))?
        .col("issuer", id_str(|i| i.issuer.clone()))?
        .col("plan_number", id_str(|i| i.plan_number.clone()))?
        .col(
            "plan_date",
            Values::OptDate(ids.iter().map(|i| i.plan_date).collect()),
        )?
        .col("title", id_str(|i| i.title.clone()))?
        .col(
            "kind",
            Values::Enum(
                ids.iter()
                    .map(|i| Some(i.kind.as_str().to_string()))
                    .collect(),
                PlanKind::NAMES,
            ),
        )?
        .col(
            "amends_plan_number",
            id_str(|i| i.amends.as_ref().map(|a| a.number.clone())),
        )?
        .col(
            "amends_plan_date",
            Values::OptDate(
                ids.iter()
                    .map(|i| i.amends.as_ref().and_then(|a| a.date))
                    .collect(),
            ),
        )?
        .col("plan_key", id_str(|i| i.plan_key()))?
        .col(
            "identity_evidence",
            Values::Str(ids.iter().map(|i| i.evidence.join("; ")).collect()),
        )?
        .finish()
}
