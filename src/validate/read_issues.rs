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
    if issue.rule == Rule::LocalityCorrected {
        out.push(
            loc.at(
                issue.rule,
                severity(issue.rule),
                Some(&issue.prov),
                &issue.found,
            )
            .locality(issue.locality.as_deref())
            .locality_code(issue.locality_code.as_deref())
            .compare(issue.expected.clone(), issue.found.clone())
            .say(
                format!(
                    "Tên địa phương in \"{}\" được đọc là \"{}\" (gần nhất trong danh mục địa danh).",
                    issue.found, issue.expected
                ),
                format!(
                    "Locality printed \"{}\" read as \"{}\" (the one close name in the gazetteer).",
                    issue.found, issue.expected
                ),
            ),
        );
        return;
    }
    let what_vi = match issue.rule {
        Rule::UnresolvedLocality => "Không xác định được địa phương",
        Rule::UnknownIndicator => "Không nhận ra chỉ tiêu trong danh mục",
        Rule::UnparsedPeriod => "Không đọc được thời hạn",
        Rule::AmbiguousNumber => "Số có thể đọc theo nhiều cách",
        Rule::UnrecognisedTable => "Không nhận ra loại bảng",
        Rule::GazetteerSplit => {
            "Ô liệt kê nhiều tên không có dấu phân cách, đã tách theo danh mục địa danh"
        }
        _ => "Vấn đề khi đọc",
    };
    let what_en = match issue.rule {
        Rule::UnresolvedLocality => "Locality not resolved",
        Rule::UnknownIndicator => "Indicator not found in the catalog",
        Rule::UnparsedPeriod => "Period not understood",
        Rule::AmbiguousNumber => "Number admits more than one reading",
        Rule::UnrecognisedTable => "Table kind not recognised",
        Rule::GazetteerSplit => "Names without separators, split by the gazetteer",
        _ => "Reading problem",
    };
    out.push(
        loc.at(
            issue.rule,
            severity(issue.rule),
            Some(&issue.prov),
            &issue.found,
        )
        .locality(issue.locality.as_deref())
        .code(issue.indicator_code.as_deref())
        .compare(issue.expected.clone(), issue.found.clone())
        .say(
            format!(
                "{what_vi}: \"{}\" (mong đợi: {}).",
                issue.found, issue.expected
            ),
            format!(
                "{what_en}: \"{}\" (expected: {}).",
                issue.found, issue.expected
            ),
        ),
    );
}
