//! Problems met while reading tables into records (`Extraction.issues`),
//! passed through as findings so they are reported with everything else.

use super::finding::{Finding, Locator, Severity};
use crate::records::ReadIssue;

/// Severity of each read-issue rule. Unresolved localities, unknown
/// indicators and unparsed periods are warnings: a record lost its key or
/// its year, so other rules cannot check it. Ambiguous numbers and
/// unrecognised tables are info: the value or table is kept as printed.
pub fn severity(rule: &str) -> Severity {
    match rule {
        "ambiguous_number" | "unrecognised_table" | "gazetteer_split" => Severity::Info,
        _ => Severity::Warning,
    }
}

pub(crate) fn check(loc: &Locator, issue: &ReadIssue, out: &mut Vec<Finding>) {
    let what_vi = match issue.rule {
        "unresolved_locality" => "Không xác định được địa phương",
        "unknown_indicator" => "Không nhận ra chỉ tiêu trong danh mục",
        "unparsed_period" => "Không đọc được thời hạn",
        "ambiguous_number" => "Số có thể đọc theo nhiều cách",
        "unrecognised_table" => "Không nhận ra loại bảng",
        "gazetteer_split" => "Ô liệt kê nhiều tên không có dấu phân cách, đã tách theo danh mục địa danh",
        _ => "Vấn đề khi đọc",
    };
    let what_en = match issue.rule {
        "unresolved_locality" => "Locality not resolved",
        "unknown_indicator" => "Indicator not found in the catalog",
        "unparsed_period" => "Period not understood",
        "ambiguous_number" => "Number admits more than one reading",
        "unrecognised_table" => "Table kind not recognised",
        "gazetteer_split" => "Names without separators, split by the gazetteer",
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
