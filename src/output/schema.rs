//! The output schema as a contract: its version (written into every Parquet
//! file's key-value metadata beside the tool version), and what each column
//! means. `docs/schema.md` is generated from this module and the frames the
//! code actually builds ([`markdown`]); a test fails when they disagree, and
//! when a column has no description here or a description names no column.
//!
//! Changing a column (name, type, meaning) bumps [`SCHEMA_VERSION`] and gets a
//! line in `CHANGELOG.md`.

use super::datasets::{self, Inputs};
use polars::prelude::*;
use std::fmt::Write;

/// Version of the datasets' columns. Minor: columns added; major: a column
/// renamed, retyped or removed.
pub const SCHEMA_VERSION: &str = "2.1";
/// Key of the schema version in Parquet key-value metadata.
pub const SCHEMA_VERSION_KEY: &str = "ntm_schema_version";
/// Key of the tool version in Parquet key-value metadata.
pub const TOOL_VERSION_KEY: &str = "ntm_ingest_version";

/// The key-value metadata every Parquet file carries.
pub fn metadata() -> Vec<(&'static str, String)> {
    vec![
        (TOOL_VERSION_KEY, crate::TOOL_VERSION.to_string()),
        (SCHEMA_VERSION_KEY, SCHEMA_VERSION.to_string()),
    ]
}

const PROV: &[(&str, &str)] = &[
    ("doc_id", "hex SHA-256 of the source file"),
    ("source_file", "the path as given"),
    (
        "page",
        "1-based page (sheet index for workbooks) the row starts on",
    ),
    (
        "table_index",
        "0-based logical table; -1 for records read from prose",
    ),
    (
        "row",
        "0-based row in the table; for prose, the paragraph index",
    ),
    (
        "source_line",
        "1-based line of an OCR text export the row starts on; null for other formats",
    ),
    (
        "ocr_confidence",
        "0-1, the lowest OCR confidence of the cells the row was read from on a scanned page; null for text layers and files",
    ),
];

/// A dataset's documentation: name, one-line description, (column, meaning).
pub type DatasetDoc = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// Every dataset's documentation. Provenance columns (`doc_id`,
/// `source_file`, `page`, `table_index`, `row`, `source_line`, `ocr_confidence`) are described
/// once in [`PROV`] and apply wherever they appear.
pub const DATASETS: &[DatasetDoc] = &[
    (
        "cells",
        "one row per table cell; a merged cell once, at its top-left position",
        &[
            ("col", "0-based column in the logical table"),
            ("row_span", "rows covered, ≥ 1"),
            ("col_span", "columns covered, ≥ 1"),
            (
                "text",
                "NFC text as printed; empty string for an empty cell",
            ),
            ("is_header", "the cell is in the table's header rows"),
            ("value_kind", "kind of the stored value"),
            (
                "value_number",
                "the stored number of a workbook number cell",
            ),
            ("source_line", "1-based line of an OCR text export"),
            ("sheet", "sheet name (workbooks)"),
            (
                "bbox_x0",
                "cell box, PDF points, upright page, top-left origin",
            ),
            ("bbox_top", "cell box top"),
            ("bbox_x1", "cell box right"),
            ("bbox_bottom", "cell box bottom"),
            (
                "ocr_confidence",
                "0-1 OCR confidence of a cell read from a scanned page; null otherwise",
            ),
        ],
    ),
    (
        "tables",
        "one row per logical table",
        &[
            ("n_rows", "rows"),
            ("n_cols", "columns"),
            ("header_rows", "header rows at the top"),
            (
                "method",
                "how the table was found: textblock, lattice, stream, sheet",
            ),
            ("sheet", "sheet name (workbooks)"),
            ("caption", "title lines above the table, newline-separated"),
            ("parts", "page-level parts joined into this table"),
            (
                "segment_reason",
                "why the table starts here (its own label, text above it, first table)",
            ),
            (
                "continued_on",
                "pages it continues on, each with the reason it was joined",
            ),
        ],
    ),
    (
        "documents",
        "one row per input file, with the plan it is",
        &[
            ("format", "ocr_text, pdf, xlsx, xls, ods"),
            ("bytes", "file size"),
            (
                "pages",
                "pages (sheets for workbooks; 1 for text without page marks)",
            ),
            ("tables", "logical tables found"),
            ("ingested_at", "UTC time of the run, RFC 3339"),
            ("tool_version", "ntm-ingest X.Y.Z"),
            (
                "warnings",
                "non-fatal reader warnings, one per line, each its location then its message (the same as read_warnings)",
            ),
            (
                "province_code",
                "official province code (\"56\"); in a store, the partition key",
            ),
            ("province_name", "province (\"Khánh Hòa\")"),
            ("issuer", "issuing body (\"UBND tỉnh Khánh Hòa\")"),
            (
                "plan_number",
                "the plan's number as printed (\"355/KH-UBND\"): the title block's, else the one most captions cite",
            ),
            ("plan_date", "date of issue (a Date)"),
            ("title", "title as printed under the kind heading"),
            (
                "kind",
                "plan, amendment (\"điều chỉnh, bổ sung\"), report, decision, unknown",
            ),
            (
                "amends_plan_number",
                "number of the plan an amendment revises",
            ),
            (
                "amends_plan_date",
                "date of the plan an amendment revises (a Date)",
            ),
            (
                "plan_key",
                "the plan this revision belongs to (province:number:date of the original plan); revisions of a plan share it",
            ),
            (
                "identity_evidence",
                "where each identity field came from (title block, captions, command line)",
            ),
        ],
    ),
    (
        "indicators",
        "one row per (locality, level, criterion or indicator) statement of the commune, kiểu mẫu and district plans",
        &[
            (
                "locality_code",
                "official code of the commune (district for district plans)",
            ),
            (
                "locality_name",
                "canonical name when resolved, else as printed; null when the row names none",
            ),
            (
                "district_code",
                "official code of the locality's district (null after the 2025 reform and when unresolved)",
            ),
            ("district_name", "district of the locality"),
            (
                "level",
                "the level of the column (or plan) the statement is printed in",
            ),
            ("criterion_no", "criterion number in that level's set"),
            (
                "indicator_code",
                "code as printed (\"12.1\"); null when only the criterion is named",
            ),
            (
                "matched_code",
                "the catalog code the printed wording describes at that level",
            ),
            ("indicator_name", "indicator (or criterion) name as printed"),
            ("actual_value", "current value"),
            ("actual_text", "the clause the current value was read from"),
            ("required_value", "requirement"),
            ("comparator", ">=, <=, <, >, ="),
            (
                "unit",
                "one unit per indicator: the catalog's unit of `matched_code` where the print agrees or is silent, else as printed (%, triệu đồng/người/năm, km, or the counted noun)",
            ),
            ("unit_printed", "the unit as printed; null when none was"),
            ("numerator", "numerator of a printed fraction"),
            ("denominator", "denominator of a printed fraction"),
            ("status", "met, not_met, unknown, as the document states it"),
            ("agency", "responsible agency, as printed"),
            (
                "agencies",
                "the agencies the agency cell names, canonical (abbreviations expanded), to join agencies.parquet",
            ),
            ("solution", "solution, as printed"),
            ("target_year", "target year (\"Quý II/2024\" → 2024)"),
            ("target_quarter", "target quarter (\"Quý II/2024\" → 2)"),
            ("raw_text", "the statement exactly as printed"),
            (
                "occurrence",
                "1-based rank of this row among the document's rows about the same (locality, level, indicator), in document order; `occurrence = 1` keeps one per key",
            ),
            (
                "occurrences",
                "how many rows the document has about that (locality, level, indicator)",
            ),
            ("appendix", "appendix kind of the table"),
            (
                "ambiguous_numbers",
                "numbers whose reading was ambiguous, as printed",
            ),
        ],
    ),
    (
        "roadmap",
        "one row per commune a roadmap names for a level and year",
        &[
            ("level", "level reached"),
            ("year", "year reached"),
            ("district_code", "district code, from the gazetteer"),
            (
                "district_name",
                "district, from the gazetteer (the printed column when unresolved)",
            ),
            ("commune_code", "commune code, when resolved"),
            ("commune_name", "canonical commune name, when resolved"),
            ("raw_name", "the name as printed"),
            (
                "printed_district",
                "the district column it was printed under",
            ),
            ("confidence", "resolution confidence, 0–1"),
        ],
    ),
    (
        "roadmap_totals",
        "the printed totals of a roadmap: year rows and the grand-total row",
        &[
            ("level", "level of the roadmap"),
            ("year", "year; null for the grand-total row"),
            (
                "district_code",
                "official code of the district, when the gazetteer knows it",
            ),
            (
                "district_name",
                "district; null for a year row's overall figures",
            ),
            ("printed_total", "printed total"),
            ("printed_cumulative", "printed cumulative count"),
            ("printed_percent", "printed percent"),
            ("raw_text", "the row as printed, cells joined with \" | \""),
        ],
    ),
    (
        "targets",
        "target percentage of localities per criterion and level (Phụ lục 01 kind)",
        &[
            ("level", "level"),
            (
                "criterion_no",
                "the criterion's number in that level's own set",
            ),
            ("criterion_name", "criterion name as printed"),
            ("target_percent", "target percent of localities"),
            ("row_no", "the STT printed, carried over sub-rows"),
            ("raw_text", "the row as printed"),
        ],
    ),
    (
        "agencies",
        "what each agency appraises (Phụ lục 06 kind), one row per code",
        &[
            ("agency", "agency as printed"),
            (
                "agency_canonical",
                "the agency's canonical name (abbreviations expanded, data/agencies/)",
            ),
            ("level", "level of the column"),
            (
                "code",
                "criterion (\"9\") or indicator (\"17.5\") code, or the duty's text",
            ),
            ("code_kind", "criterion, indicator or other"),
            ("raw_text", "the cell as printed"),
        ],
    ),
    (
        "district_targets",
        "per-district targets from the objectives text",
        &[
            ("district_name", "district (canonical when resolved)"),
            (
                "communes_in_program",
                "communes in the programme in that district",
            ),
            ("target_xa_ntm", "communes targeted to reach xã NTM"),
            (
                "target_xa_ntm_nang_cao",
                "communes targeted to reach xã NTM nâng cao",
            ),
            (
                "target_xa_ntm_kieu_mau",
                "communes targeted to reach xã NTM kiểu mẫu",
            ),
            ("district_code", "district code, when resolved"),
            ("raw_text", "the paragraph as printed"),
        ],
    ),
    (
        "criteria_summaries",
        "a commune's summary line (\"đạt 14/19 TC, 05 TC chưa đạt gồm: 1, 6, …\")",
        &[
            ("locality_code", "commune code, when resolved"),
            ("locality_name", "commune name"),
            ("level", "level the counts are about"),
            ("met", "criteria met, as printed"),
            ("total", "total criteria, as printed"),
            ("unmet_count", "criteria not met, as printed"),
            ("unmet_list", "the criteria listed as not met"),
            ("raw_text", "the summary as printed"),
        ],
    ),
    (
        "appendices",
        "every table with its recognised appendix kind",
        &[
            ("kind", "appendix kind"),
            ("level", "the level a roadmap is about"),
            ("label", "printed label (\"Phụ lục 07\")"),
            ("plan_number", "plan number the caption cites"),
            ("plan_date", "plan date the caption cites (a Date)"),
            ("caption", "caption lines, newline-separated"),
            (
                "column_roles",
                "how each column was mapped, as \"index:role\"",
            ),
        ],
    ),
    (
        "findings",
        "one row per validation finding (rules in docs/rules.md)",
        &[
            ("rule", "rule id"),
            ("severity", "error, warning, info"),
            (
                "appendix",
                "appendix kind of the table (the vocabulary of appendices.kind)",
            ),
            (
                "appendix_label",
                "the printed label (\"Phụ lục 07\"), else the kind",
            ),
            ("locality", "commune or district concerned"),
            (
                "locality_code",
                "its official code (the record's, else the name looked up in the document's gazetteer; null when unresolved)",
            ),
            ("indicator_code", "indicator concerned, as printed"),
            ("message_vi", "what is wrong, in Vietnamese"),
            ("message_en", "what is wrong, in English"),
            ("expected", "the value the rule expected"),
            ("found", "the value the document prints"),
            ("evidence", "the source text, exactly as printed"),
        ],
    ),
    (
        "read_warnings",
        "one row per non-fatal reader warning (a skipped sheet, a page without text layer, a dropped table), with its location as columns",
        &[
            (
                "page",
                "1-based page (sheet index for workbooks) the warning is about; null for the whole file",
            ),
            (
                "sheet",
                "sheet name the warning is about (workbooks; `page` is then the sheet's index)",
            ),
            (
                "table_index",
                "0-based logical table the warning is about; null when it is about no kept table",
            ),
            (
                "source_line",
                "1-based line of an OCR text export the warning is about; null otherwise",
            ),
            ("message", "what happened, without the location"),
        ],
    ),
    (
        "changes",
        "`ntm diff`: one row per difference between two revisions",
        &[
            (
                "dataset",
                "roadmap, roadmap_totals, targets, indicators, agencies, or document for the plan's identity and captions",
            ),
            ("change", "added, removed, changed"),
            ("key", "the record's key, readable (\"xa_ntm | Sơn Hiệp\")"),
            (
                "field",
                "the field that changed; null for added and removed records",
            ),
            (
                "before",
                "old value; for a removed record its compared fields",
            ),
            (
                "after",
                "new value; for an added record its compared fields",
            ),
            ("old_doc_id", "doc_id of the old revision"),
            ("old_source_file", "file of the old revision"),
            ("old_page", "page of the old record"),
            ("old_table_index", "table of the old record"),
            ("old_row", "row of the old record"),
            ("new_doc_id", "doc_id of the new revision"),
            ("new_source_file", "file of the new revision"),
            ("new_page", "page of the new record"),
            ("new_table_index", "table of the new record"),
            ("new_row", "row of the new record"),
        ],
    ),
    (
        "revisions",
        "store only (`STORE/revisions/part-0.parquet`): each document's revision of its plan",
        &[
            ("province_code", "province code"),
            ("plan_key", "the plan (as in documents)"),
            ("plan_number", "this revision's number"),
            ("plan_date", "this revision's date (a Date)"),
            ("kind", "plan, amendment, …"),
            (
                "revision",
                "1 for the plan's first revision, by date; files of one revision share it",
            ),
            ("is_latest", "this is the newest revision of its plan"),
        ],
    ),
];

/// The columns the code builds for `dataset`, with their types.
pub fn columns(dataset: &str) -> PolarsResult<Vec<(String, DataType)>> {
    let df = match dataset {
        "changes" => super::changes::changes(&[], ("", ""), ("", ""))?,
        "revisions" => crate::store::revisions::frame(&[])?,
        _ => datasets::frame(
            dataset,
            &Inputs {
                docs: &[],
                ids: &[],
                extractions: &[],
                findings: &[],
                ingested_at: "",
            },
        )?,
    };
    Ok(df
        .columns()
        .iter()
        .map(|c| (c.name().to_string(), c.dtype().clone()))
        .collect())
}

/// A type as the data dictionary writes it.
pub fn type_name(t: &DataType) -> String {
    match t {
        DataType::String => "Utf8".into(),
        DataType::Enum(cats, _) => format!(
            "Enum({})",
            cats.categories()
                .values_iter()
                .collect::<Vec<_>>()
                .join(", ")
        ),
        DataType::List(inner) => format!("List({})", type_name(inner)),
        other => format!("{other:?}"),
    }
}

/// Meaning of `column` in `dataset`, if documented.
pub fn meaning(dataset: &str, column: &str) -> Option<&'static str> {
    DATASETS
        .iter()
        .find(|(d, _, _)| *d == dataset)
        .and_then(|(_, _, cols)| cols.iter().find(|(c, _)| *c == column))
        .or_else(|| PROV.iter().find(|(c, _)| *c == column))
        .map(|(_, m)| *m)
}

/// Problems between the documented and the built columns (empty when they agree).
pub fn disagreements() -> PolarsResult<Vec<String>> {
    let mut out = Vec::new();
    for (d, _, cols) in DATASETS {
        let built = columns(d)?;
        for (c, _) in &built {
            if meaning(d, c).is_none() {
                out.push(format!("{d}.{c}: built but not described"));
            }
        }
        for (c, _) in cols.iter() {
            if !built.iter().any(|(b, _)| b == c) {
                out.push(format!("{d}.{c}: described but not built"));
            }
        }
    }
    Ok(out)
}

/// The data dictionary, `docs/schema.md`.
pub fn markdown() -> PolarsResult<String> {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Data dictionary\n\n<!-- Generated from src/output/schema.rs and the frames the code builds: \
         UPDATE_SCHEMA=1 cargo test --test schema_doc. Do not edit by hand. -->\n\n\
         Schema version **{SCHEMA_VERSION}**. Every Parquet file carries it in its key-value \
         metadata as `{SCHEMA_VERSION_KEY}`, beside the tool version (`{TOOL_VERSION_KEY}`). \
         Changes are listed in `CHANGELOG.md`.\n\n\
         Provenance columns, wherever they appear: {}.\n\n\
         In a store (`ntm ingest --into STORE`), `doc_id` and `province_code` are Hive \
         partition keys: they are in the path (`STORE/<dataset>/province_code=56/doc_id=…/part-0.parquet`), \
         not in the files, and readers add them back with `hive_partitioning`.",
        PROV.iter()
            .map(|(c, m)| format!("`{c}` ({m})"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for (d, what, _) in DATASETS {
        let _ = writeln!(
            s,
            "\n## `{d}`\n\n{what}.\n\n| column | type | meaning |\n| --- | --- | --- |"
        );
        for (c, t) in columns(d)? {
            let _ = writeln!(
                s,
                "| `{c}` | {} | {} |",
                type_name(&t),
                meaning(d, &c)
                    .unwrap_or("**undocumented**")
                    .replace('|', "\\|")
            );
        }
    }
    Ok(s)
}
