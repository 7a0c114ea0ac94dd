//! Whether the document's province and date were determined: without a
//! province no locality is resolved (rather than resolved in the wrong
//! province) and no requirement is checked against a region.

use super::finding::{Finding, Locator, Severity};
use crate::records::PlanPlace;

pub(crate) fn check(loc: &Locator, place: &PlanPlace, out: &mut Vec<Finding>) {
    if place.province_code.is_none() {
        out.push(
            loc.at(
                super::Rule::ProvinceUndetermined,
                Severity::Warning,
                None,
                &place.evidence,
            )
            .compare("a province", "none")
            .say(
                "Không xác định được tỉnh của văn bản: các địa phương không được đối chiếu mã, yêu cầu tiêu chí không được so theo vùng.".to_string(),
                format!(
                    "The document's province could not be determined ({}): localities are left unresolved and requirements are not checked against a region.",
                    place.evidence
                ),
            ),
        );
    }
    if place.plan_date.is_none() || place.date_method == "latest_cited" {
        let period = place.period.map(|p| p.as_str()).unwrap_or("?");
        let (vi, en) = match &place.plan_date {
            Some(d) => (
                format!(
                    "Không thấy ngày ban hành; dùng ngày muộn nhất được trích dẫn ({d}), bản đồ hành chính {period}."
                ),
                format!(
                    "The plan's date was not found; the latest date it cites ({d}) was used, administrative map {period}."
                ),
            ),
            None => (
                format!(
                    "Không thấy ngày ban hành; bản đồ hành chính {period} suy từ cách viết (có/không có huyện)."
                ),
                format!(
                    "The plan's date was not found; administrative map {period} inferred from its wording (districts or none)."
                ),
            ),
        };
        out.push(
            loc.at(
                super::Rule::PlanDateUndetermined,
                Severity::Info,
                None,
                &place.evidence,
            )
            .say(vi, en),
        );
    }
}
