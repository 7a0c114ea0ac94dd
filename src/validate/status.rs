//! `status_contradiction`: a row listed as not met whose own printed value
//! already meets its own printed requirement, or a row stated as met whose
//! value misses it. Direction comes from the comparator: "dưới 5%" (poverty),
//! "dưới 24%" (stunting) are `<`: lower is better.

use super::finding::{Finding, Locator, Severity, num};
use crate::records::{IndicatorRecord, Status};

pub const RULE: super::Rule = super::Rule::StatusContradiction;

pub(crate) fn check(loc: &Locator, rec: &IndicatorRecord, out: &mut Vec<Finding>) {
    let (Some(value), Some(req), Some(cmp)) =
        (rec.actual_value, rec.required_value, rec.comparator)
    else {
        return;
    };
    let ok = cmp.holds(value, req);
    let unit = rec.unit.as_deref().unwrap_or("");
    let (vi, en) = match (rec.status, ok) {
        (Status::NotMet, true) => (
            format!(
                "Ghi là chưa đạt nhưng giá trị {}{unit} đã đạt yêu cầu {cmp} {}{unit} của chính dòng này.",
                num(value),
                num(req)
            ),
            format!(
                "Listed as not met, but the value {}{unit} already meets the row's own requirement {cmp} {}{unit}.",
                num(value),
                num(req)
            ),
        ),
        (Status::Met, false) => (
            format!(
                "Ghi là đạt nhưng giá trị {}{unit} chưa đạt yêu cầu {cmp} {}{unit} của chính dòng này.",
                num(value),
                num(req)
            ),
            format!(
                "Stated as met, but the value {}{unit} misses the row's own requirement {cmp} {}{unit}.",
                num(value),
                num(req)
            ),
        ),
        _ => return,
    };
    out.push(
        loc.at(RULE, Severity::Error, Some(&rec.prov), &rec.raw_text)
            .locality(Some(&rec.locality_name))
            .locality_code(rec.locality_code.as_deref())
            .code(rec.indicator_code.as_deref())
            .compare(
                format!(
                    "{} ({cmp} {}{unit})",
                    if ok {
                        "đạt / met"
                    } else {
                        "chưa đạt / not met"
                    },
                    num(req)
                ),
                format!(
                    "{} ({}{unit})",
                    rec.status.as_str(),
                    rec.actual_text.clone().unwrap_or_else(|| num(value))
                ),
            )
            .say(vi, en),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::testing::{indicator, locator};

    fn run(text: &str, value: f64, cmp: &str, req: f64, status: Status) -> Vec<Finding> {
        use crate::normalize::Comparator;
        let mut rec = indicator(text);
        rec.actual_value = Some(value);
        rec.required_value = Some(req);
        rec.comparator = [
            Comparator::Ge,
            Comparator::Gt,
            Comparator::Le,
            Comparator::Lt,
            Comparator::Eq,
        ]
        .into_iter()
        .find(|c| c.as_str() == cmp);
        rec.unit = Some("%".into());
        rec.status = status;
        let mut out = Vec::new();
        check(&locator(), &rec, &mut out);
        out
    }

    #[test]
    fn lower_is_better_respected() {
        // Plan: "Nghèo da chiu, xã đạt 3,23%, yêu cầu dưới 3%" listed as not met: consistent.
        assert!(
            run(
                "xã đạt 3,23%, yêu cầu dưới 3%",
                3.23,
                "<",
                3.0,
                Status::NotMet
            )
            .is_empty()
        );
        // Plan: "suy dinh dưỡng thấp còi … đạt 37,6%, yêu cầu dưới 24%": consistent.
        assert!(
            run(
                "đạt 37,6%, yêu cầu dưới 24%",
                37.6,
                "<",
                24.0,
                Status::NotMet
            )
            .is_empty()
        );
        // The same row with a value under the requirement contradicts "chưa đạt".
        let f = run(
            "xã đạt 2,5%, yêu cầu dưới 3%",
            2.5,
            "<",
            3.0,
            Status::NotMet,
        );
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn higher_is_better() {
        // Plan: "Tỷ lệ lao động qua đào tạo … xã đạt 74,17%, yêu cầu 75%", listed not met.
        assert!(
            run(
                "xã đạt 74,17%, yêu cầu 75%",
                74.17,
                ">=",
                75.0,
                Status::NotMet
            )
            .is_empty()
        );
        let f = run(
            "xã đạt 76,17%, yêu cầu 75%",
            76.17,
            ">=",
            75.0,
            Status::NotMet,
        );
        assert_eq!(f.len(), 1);
        let f = run("xã đạt 74,17%, yêu cầu 75%", 74.17, ">=", 75.0, Status::Met);
        assert_eq!(f.len(), 1);
        assert!(run("x", 75.0, ">=", 75.0, Status::Unknown).is_empty());
    }

    #[test]
    fn no_comparator_is_silent() {
        assert!(run("x", 1.0, "~", 2.0, Status::NotMet).is_empty());
    }
}
