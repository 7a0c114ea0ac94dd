//! `code_name_mismatch`: the printed indicator code is not the indicator the
//! printed words describe ("Chi tiêu 1.2. Tỷ lệ đường thôn, và đường liên
//! thôn …" is 2.2's wording), or the code's criterion is not the criterion
//! the row is listed under, or an NTM-column row describes a nâng cao indicator.

use super::finding::{Finding, Locator, Severity};
use crate::Level;
use crate::catalog::Catalog;
use crate::records::IndicatorRecord;

pub const RULE: &str = "code_name_mismatch";

/// Lowest Dice score (0–1) at which a nâng cao indicator's wording counts
/// as recognised in an NTM-column row. Default 0.6: well above the
/// catalog's own matching floor (0.4), so only a clear match is reported.
pub const NANG_CAO_MIN_SCORE: f32 = 0.6;

/// How much better (Dice points) the nâng cao match must be than the best
/// NTM match. Default 0.2: many NTM and nâng cao indicators share words.
pub const NANG_CAO_MARGIN: f32 = 0.2;

/// The criterion number an indicator code starts with ("17.2" → 17).
fn code_criterion(code: &str) -> Option<i32> {
    code.split('.').next()?.trim().parse().ok()
}

pub(crate) fn check(loc: &Locator, cat: &Catalog, rec: &IndicatorRecord, out: &mut Vec<Finding>) {
    let printed = rec.indicator_code.as_deref();
    let base = |sev| {
        loc.at(RULE, sev, Some(&rec.prov), &rec.raw_text)
            .locality(Some(&rec.locality_name))
            .code(printed)
    };
    let level = rec.level.as_str();
    if let (Some(p), Some(m)) = (printed, rec.matched_code.as_deref())
        && p != m
    {
        let name = cat
            .indicator(rec.level, m)
            .map(|i| i.name_vi.clone())
            .unwrap_or_default();
        out.push(
            base(Severity::Error)
                .compare(format!("{m} ({name})"), p)
                .say(
                    format!(
                        "Mã chỉ tiêu in là {p} nhưng nội dung là chỉ tiêu {m} của bộ tiêu chí {level} (\"{name}\")."
                    ),
                    format!(
                        "Printed indicator code {p}, but the words describe indicator {m} of the {level} set (\"{name}\")."
                    ),
                ),
        );
        return;
    }
    if let (Some(p), Some(no)) = (printed, rec.criterion_no)
        && rec.matched_code.is_none()
        && let Some(pc) = code_criterion(p)
        && pc != no
        && p.contains('.')
    {
        out.push(base(Severity::Warning).compare(format!("{no}.x"), p).say(
            format!("Mã chỉ tiêu {p} thuộc tiêu chí {pc} nhưng được liệt kê dưới tiêu chí {no}."),
            format!(
                "Indicator code {p} belongs to criterion {pc} but is listed under criterion {no}."
            ),
        ));
        return;
    }
    if rec.level == Level::XaNtm
        && let Some(name) = rec.indicator_name.as_deref()
    {
        let hint = rec.criterion_no.and_then(|n| u8::try_from(n).ok());
        let nc = cat.match_indicator(Level::XaNtmNangCao, name, hint);
        let ntm = cat.match_indicator(Level::XaNtm, name, hint);
        if let Some(nc) = nc
            && nc.score >= NANG_CAO_MIN_SCORE
            && nc.score - ntm.as_ref().map_or(0.0, |m| m.score) >= NANG_CAO_MARGIN
        {
            let nc_name = cat
                .indicator(Level::XaNtmNangCao, &nc.code)
                .map(|i| i.name_vi.clone())
                .unwrap_or_default();
            out.push(
                base(Severity::Warning)
                    .compare(
                        "xa_ntm indicator".to_string(),
                        format!("xa_ntm_nang_cao {} ({nc_name})", nc.code),
                    )
                    .say(
                        format!(
                            "Dòng ở cột NTM nhưng nội dung là chỉ tiêu {} của bộ tiêu chí NTM nâng cao (\"{nc_name}\").",
                            nc.code
                        ),
                        format!(
                            "Row in the NTM column, but its words describe nâng cao indicator {} (\"{nc_name}\").",
                            nc.code
                        ),
                    ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::testing::{indicator, locator};

    fn run(level: Level, crit: Option<i32>, code: &str, name: &str) -> Vec<Finding> {
        let cat = Catalog::builtin();
        let mut rec = indicator(name);
        rec.level = level;
        rec.criterion_no = crit;
        rec.indicator_code = Some(code.into());
        rec.indicator_name = Some(name.into());
        rec.matched_code = cat
            .match_indicator(level, name, crit.and_then(|n| u8::try_from(n).ok()))
            .map(|m| m.code);
        let mut out = Vec::new();
        check(&locator(), cat, &rec, &mut out);
        out
    }

    #[test]
    fn plan_line_428_road_wording_under_code_1_2() {
        let f = run(
            Level::XaNtm,
            Some(2),
            "1.2",
            "Tỷ lệ đường thôn, và đường liên thôn ít nhất được cứng hóa, đầm bao ô tô dài 1 km",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].found.as_deref(), Some("1.2"));
    }

    #[test]
    fn plan_line_431_raw_material_wording_under_15_6() {
        let f = run(
            Level::XaNtmNangCao,
            Some(15),
            "15.6",
            "Vùng nguyên liệu tập trung đổi mới nông sản chủ lực của xã được cấp mã vùng",
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn plan_correct_codes_pass() {
        assert!(
            run(
                Level::XaNtm,
                Some(12),
                "12.1",
                "Tỷ lệ lao động qua đào tạo (áp dụng đạt cho cả nam và nữ)"
            )
            .is_empty()
        );
        assert!(
            run(
                Level::XaNtmNangCao,
                Some(13),
                "13.6",
                "Vùng nguyên liệu tập trung đối với nông sản chủ lực của xã được cấp mã vùng"
            )
            .is_empty()
        );
    }
}
