//! Problems met while reading tables into records (`Extraction.issues`),
//! passed through as findings so they are reported with everything else.

use super::Rule;
use super::finding::{Finding, Locator, Severity};
use crate::records::ReadIssue;

/// Severity of each read-issue rule. Unresolved localities, unknown
/// indicators and unparsed periods are warnings: a record lost its key or
/// its year, so other rules cannot check it. Ambiguous numbers and
/// unrecognised tables are info: the value or table is kept as printed.
pub fn severity(rule: Rule) -> Severity {
    match rule {
        Rule::AmbiguousNumber
        | Rule::UnrecognisedTable
        | Rule::GazetteerSplit
        | Rule::LocalityCorrected => Severity::Info,
        _ => Severity::Warning,
    }
}

pub(crate) fn check(loc: &Locator, issue: &ReadIssue, out: &mut Vec<Finding>) {
    let (vi, en) = match issue.rule {
        Rule::LocalityCorrected => (
            format!(
                "Tên địa phương in \"{}\" được đọc là \"{}\" (gần nhất trong danh mục địa danh).",
                issue.found, issue.expected
            ),
            format!(
                "Locality printed \"{}\" read as \"{}\" (the one close name in the gazetteer).",
                issue.found, issue.expected
            ),
        ),
        rule => {
            let (what_vi, what_en) = what(rule);
            (
                format!(
                    "{what_vi}: \"{}\" (mong đợi: {}).",
                    issue.found, issue.expected
                ),
                format!(
                    "{what_en}: \"{}\" (expected: {}).",
                    issue.found, issue.expected
                ),
            )
        }
    };
    out.push(
        loc.at(
            issue.rule,
            severity(issue.rule),
            Some(&issue.prov),
            &issue.found,
        )
        .locality(issue.locality.as_deref())
        .locality_code(issue.locality_code.as_deref())
        .code(issue.indicator_code.as_deref())
        .compare(issue.expected.clone(), issue.found.clone())
        .say(vi, en),
    );
}

/// What a reading problem is, in Vietnamese and English.
fn what(rule: Rule) -> (&'static str, &'static str) {
    match rule {
        Rule::UnresolvedLocality => ("Không xác định được địa phương", "Locality not resolved"),
        Rule::UnknownIndicator => (
            "Không nhận ra chỉ tiêu trong danh mục",
            "Indicator not found in the catalog",
        ),
        Rule::UnparsedPeriod => ("Không đọc được thời hạn", "Period not understood"),
        Rule::AmbiguousNumber => (
            "Số có thể đọc theo nhiều cách",
            "Number admits more than one reading",
        ),
        Rule::UnrecognisedTable => ("Không nhận ra loại bảng", "Table kind not recognised"),
        Rule::GazetteerSplit => (
            "Ô liệt kê nhiều tên không có dấu phân cách, đã tách theo danh mục địa danh",
            "Names without separators, split by the gazetteer",
        ),
        _ => ("Vấn đề khi đọc", "Reading problem"),
    }
}
