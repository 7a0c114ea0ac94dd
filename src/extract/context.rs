//! What every table extractor needs: the document's identity, the reference data,
//! and a place to put provenance and read issues.

use crate::catalog::Catalog;
use crate::gazetteer::{Gazetteer, MatchMethod, Resolution};
use crate::normalize::same_text;
use crate::records::{AppendixKind, Provenance, ReadIssue};
use ntm_parsers::Table;

/// Per-document context shared by the table extractors.
pub struct DocCtx<'a> {
    /// Hex SHA-256 of the file.
    pub doc_id: &'a str,
    /// The path as given.
    pub source_file: &'a str,
    /// Locality reference.
    pub gazetteer: &'a Gazetteer,
    /// Criteria reference.
    pub catalog: &'a Catalog,
}

impl DocCtx<'_> {
    /// Provenance of row `row` of table `t` (page of the row's first cell).
    pub fn prov(&self, t: &Table, row: u32) -> Provenance {
        let page = t
            .row_cells(row)
            .map(|c| c.origin.page)
            .min()
            .unwrap_or_else(|| t.first_page());
        Provenance {
            doc_id: self.doc_id.to_string(),
            source_file: self.source_file.to_string(),
            page: page as i32,
            table_index: t.index as i32,
            row: row as i32,
            source_line: t
                .row_cells(row)
                .filter_map(|c| c.origin.line)
                .min()
                .map(|l| l as i32),
            ocr_confidence: t
                .row_cells(row)
                .filter_map(|c| c.ocr_confidence)
                .reduce(f32::min),
        }
    }

    /// A read issue when `r` resolved a name printed otherwise than its unit's
    /// name (tone marks, a letter, a space: what OCR gets wrong), saying printed →
    /// corrected. Tone placement ("Hoà"/"Hòa"), case and the type word are not
    /// corrections.
    pub fn correction(
        &self,
        r: &Resolution,
        t: &Table,
        row: u32,
        appendix: AppendixKind,
    ) -> Option<ReadIssue> {
        let u = r.unit.as_ref()?;
        if !matches!(r.method, MatchMethod::Fuzzy | MatchMethod::Folded) {
            return None;
        }
        let printed = r.raw.trim();
        let lower = printed.to_lowercase();
        let name = u.name.to_lowercase();
        let typed = format!("{} {name}", u.unit_type.as_vi().to_lowercase());
        if same_text(&lower, &name) || same_text(&lower, &typed) {
            return None;
        }
        Some(ReadIssue {
            locality_code: Some(u.code.clone()),
            ..self.issue(
                crate::validate::Rule::LocalityCorrected,
                t,
                row,
                appendix,
                Some(u.name.clone()),
                printed,
                u.name.clone(),
            )
        })
    }

    /// A read issue at row `row` of `t`.
    #[allow(clippy::too_many_arguments)]
    pub fn issue(
        &self,
        rule: crate::validate::Rule,
        t: &Table,
        row: u32,
        appendix: AppendixKind,
        locality: Option<String>,
        found: impl Into<String>,
        expected: impl Into<String>,
    ) -> ReadIssue {
        ReadIssue {
            rule,
            prov: self.prov(t, row),
            appendix,
            locality,
            locality_code: None,
            indicator_code: None,
            found: found.into(),
            expected: expected.into(),
        }
    }
}

/// The row's cells joined with " | " — the raw text kept beside parsed values.
pub fn row_text(t: &Table, row: u32) -> String {
    t.row_cells(row)
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}
