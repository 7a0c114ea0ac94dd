//! What a rule reports: one [`Finding`] per problem, located in the document.

use serde::Serialize;

use crate::records::Provenance;

/// How bad a finding is. `ntm validate` exits non-zero on any `Error` (and,
/// with `--fail-on warning`, on any `Warning`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document contradicts itself or a well-sourced rule: a number is wrong somewhere.
    Error,
    /// Probably wrong, or wrong against a source we cannot fully trust; a person should look.
    Warning,
    /// Worth knowing when reading the data (OCR column shifts, ambiguous numbers).
    Info,
}

impl Severity {
    /// Contract name: `"error"`, `"warning"` or `"info"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Every severity, most severe first (also the categories of the
    /// `severity` column of `findings.parquet`).
    pub const NAMES: &'static [&'static str] = &["error", "warning", "info"];
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in one document, with where to look and what to compare.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Hex SHA-256 of the source file.
    pub doc_id: String,
    /// The path as given.
    pub source_file: String,
    /// The rule (see [`super::rules`]).
    pub rule: super::Rule,
    pub severity: Severity,
    /// The appendix label ("Phụ lục 07") or kind of the table, when the finding is in one.
    pub appendix: Option<String>,
    /// The appendix kind of the table (`roadmap`, `targets`, …), when the finding is in one.
    pub appendix_kind: Option<crate::records::AppendixKind>,
    /// Commune or district concerned, as the records name it.
    pub locality: Option<String>,
    /// Official code of that commune or district: the record's own code
    /// where it has one, else the name looked up in the document's
    /// gazetteer (null when unresolved or ambiguous).
    pub locality_code: Option<String>,
    /// Indicator code concerned (as printed).
    pub indicator_code: Option<String>,
    /// 1-based page.
    pub page: Option<i32>,
    /// 0-based table index (-1: prose).
    pub table_index: Option<i32>,
    /// 0-based row in the table (paragraph index for prose).
    pub row: Option<i32>,
    /// What is wrong, in Vietnamese.
    pub message_vi: String,
    /// What is wrong, in English.
    pub message_en: String,
    /// The value the rule expected.
    pub expected: Option<String>,
    /// The value the document prints.
    pub found: Option<String>,
    /// The source text the finding is about, exactly as printed.
    pub evidence: String,
}

/// Fills the fields every rule repeats: document, location, appendix label.
pub(crate) struct Locator<'a> {
    pub doc_id: &'a str,
    pub source_file: &'a str,
    /// `(table_index, label)` of the document's appendices.
    pub labels: Vec<(i32, String)>,
    /// `(table_index, kind)` of the document's appendices.
    pub kinds: Vec<(i32, crate::records::AppendixKind)>,
    /// The document's gazetteer (its province at its date), for comparing
    /// localities across tables (see `place.rs`).
    pub gazetteer: std::sync::Arc<crate::gazetteer::Gazetteer>,
}

impl<'a> Locator<'a> {
    /// A finding at `prov` (or at no particular place) with every optional field empty.
    pub fn at(
        &self,
        rule: super::Rule,
        severity: Severity,
        prov: Option<&Provenance>,
        evidence: &str,
    ) -> Finding {
        let appendix = prov.and_then(|p| {
            self.labels
                .iter()
                .find(|(t, _)| *t == p.table_index)
                .map(|(_, l)| l.clone())
        });
        Finding {
            doc_id: self.doc_id.to_string(),
            source_file: self.source_file.to_string(),
            rule,
            severity,
            appendix,
            appendix_kind: prov.and_then(|p| {
                self.kinds
                    .iter()
                    .find(|(t, _)| *t == p.table_index)
                    .map(|(_, k)| *k)
            }),
            locality: None,
            locality_code: None,
            indicator_code: None,
            page: prov.map(|p| p.page),
            table_index: prov.map(|p| p.table_index),
            row: prov.map(|p| p.row),
            message_vi: String::new(),
            message_en: String::new(),
            expected: None,
            found: None,
            evidence: evidence.to_string(),
        }
    }
}

impl Finding {
    /// Sets both messages.
    pub(crate) fn say(mut self, vi: impl Into<String>, en: impl Into<String>) -> Finding {
        self.message_vi = vi.into();
        self.message_en = en.into();
        self
    }

    /// Sets expected and found.
    pub(crate) fn compare(
        mut self,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) -> Finding {
        self.expected = Some(expected.into());
        self.found = Some(found.into());
        self
    }

    pub(crate) fn locality(mut self, l: Option<&str>) -> Finding {
        self.locality = l.filter(|s| !s.is_empty()).map(str::to_string);
        self
    }

    /// Sets the locality's official code, when the record carries one.
    pub(crate) fn locality_code(mut self, c: Option<&str>) -> Finding {
        self.locality_code = c.filter(|s| !s.is_empty()).map(str::to_string);
        self
    }

    pub(crate) fn code(mut self, c: Option<&str>) -> Finding {
        self.indicator_code = c.map(str::to_string);
        self
    }
}

/// Formats a number the way the plan prints it (decimal comma, no trailing zeros).
pub(crate) fn num(v: f64) -> String {
    let s = format!("{:.4}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.replace('.', ",")
}

/// `v` with exactly `decimals` decimals and a decimal comma.
pub(crate) fn fixed(v: f64, decimals: usize) -> String {
    format!("{:.*}", decimals, v).replace('.', ",")
}
