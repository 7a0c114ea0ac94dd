//! `code_name_mismatch`: the printed indicator code is not the indicator the
//! printed words describe ("Chi tiêu 1.2. Tỷ lệ đường thôn, và đường liên
//! thôn …" is 2.2's wording), or the code's criterion is not the criterion
//! the row is listed under, or an NTM-column row describes a nâng cao indicator.

use super::finding::{Finding, Locator, Severity, fixed};
use super::wording::{fit, sibling};
use crate::Level;
use crate::catalog::Catalog;
use crate::records::IndicatorRecord;

pub const RULE: super::Rule = super::Rule::CodeNameMismatch;

/// Lowest Dice score (0–1) at which a nâng cao indicator's wording counts
/// as recognised in an NTM-column row. Default 0.6: well above the
/// catalog's own matching floor (0.4), so only a clear match is reported.
pub const NANG_CAO_MIN_SCORE: f32 = 0.6;

/// How much better (Dice points) the nâng cao match must be than the best
/// NTM match. Default 0.2: many NTM and nâng cao indicators share words.
pub const NANG_CAO_MARGIN: f32 = 0.2;

/// Lowest fit (Dice, 0–1) of the printed words to the indicator they are
/// said to describe before a code mismatch is an error. Default 0.5: half
/// the content words shared. Below it (OCR-garbled text) it is a warning.
pub const ERROR_MIN_FIT: f32 = 0.5;

/// How much better (Dice points) the described indicator's wording must fit
/// than the printed code's own wording, in either xã set, for an error.
/// Default 0.25: NTM and nâng cao wordings of one topic share many words,
/// and a narrower margin reported weak catalog matches as errors.
pub const ERROR_MARGIN: f32 = 0.25;

/// Fit (Dice, 0–1) from which the printed code's wording in the other xã
/// set (NTM ↔ nâng cao) counts as what the row says. Then code and words
/// agree, only the column is the other set's: a warning. Default 0.6, as
/// [`NANG_CAO_MIN_SCORE`].
pub const SIBLING_MIN_FIT: f32 = 0.6;

/// The criterion number an indicator code starts with ("17.2" → 17).
fn code_criterion(code: &str) -> Option<i32> {
    code.split('.').next()?.trim().parse().ok()
}

pub(crate) fn check(loc: &Locator, cat: &Catalog, rec: &IndicatorRecord, out: &mut Vec<Finding>) {
    let printed = rec.indicator_code.as_deref();
    let base = |sev| {
        loc.at(RULE, sev, Some(&rec.prov), &rec.raw_text)
            .locality(Some(&rec.locality_name))
            .locality_code(rec.locality_code.as_deref())
            .code(printed)
    };
    if let (Some(p), Some(m)) = (printed, rec.matched_code.as_deref())
        && p != m
    {
        mismatch(cat, rec, p, m, base, out);
        return;
    }
    // No code at the column's level: the words may be the other xã set's
    // indicator (extraction leaves such rows unmatched). A printed code whose
    // own wording (in either set) fits the words clearly worse than that other
    // indicator does is the same misprint as above.
    if let (Some(p), None, Some(name)) = (
        printed,
        rec.matched_code.as_deref(),
        rec.indicator_name.as_deref(),
    ) && let Some(other) = sibling(rec.level)
        && let Some(m) = cat.match_indicator(other, name, None)
        && m.score >= SIBLING_MIN_FIT
        && m.code != p
        && fit(cat, rec.level, p, name).max(fit(cat, other, p, name)) + ERROR_MARGIN <= m.score
    {
        out.push(
            base(Severity::Error)
                .compare(format!("{other} {}", m.code), p)
                .say(
                    format!(
                        "Mã chỉ tiêu {p} không ứng với nội dung; nội dung là chỉ tiêu {} của bộ {other}.",
                        m.code
                    ),
                    format!(
                        "Printed indicator code {p} does not fit the words, which describe indicator {} of the {other} set.",
                        m.code
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

/// Printed code `p` differs from the catalog's match `m`. An error only when
/// the words clearly describe another indicator; a warning when the code and
/// words are one indicator of the other xã set (a nâng cao statement in the
/// NTM column, or the NTM code kept in the nâng cao column), or when the
/// evidence is weak.
fn mismatch(
    cat: &Catalog,
    rec: &IndicatorRecord,
    p: &str,
    m: &str,
    base: impl Fn(Severity) -> Finding,
    out: &mut Vec<Finding>,
) {
    let level = rec.level;
    let words = rec.indicator_name.as_deref().unwrap_or(&rec.raw_text);
    let fit_m = fit(cat, level, m, words);
    let fit_p = fit(cat, level, p, words);
    let sib = sibling(level);
    let fit_sib_p = sib.map_or(0.0, |s| fit(cat, s, p, words));
    let lv = level.as_str();
    if let Some(s) = sib
        && fit_sib_p >= SIBLING_MIN_FIT
        && fit_sib_p + ERROR_MARGIN >= fit_m
    {
        let name = cat
            .indicator(s, p)
            .map(|i| i.name_vi.clone())
            .unwrap_or_default();
        let sl = s.as_str();
        out.push(
            base(Severity::Warning)
                .compare(format!("{lv} indicator"), format!("{sl} {p} ({name})"))
                .say(
                    format!("Mã {p} và nội dung là chỉ tiêu {p} của bộ tiêu chí {sl} (\"{name}\"), nhưng dòng ở cột {lv}."),
                    format!("Code {p} and its words are indicator {p} of the {sl} set (\"{name}\"), but the row is in the {lv} column."),
                ),
        );
        return;
    }
    // The words may fit the other set's indicator better than this level's match.
    let hint = rec.criterion_no.and_then(|n| u8::try_from(n).ok());
    let (dl, dm, fit_d) = sib
        .and_then(|s| cat.match_indicator(s, words, hint).map(|x| (s, x.code)))
        .map(|(s, c)| {
            let f = fit(cat, s, &c, words);
            (s, c, f)
        })
        .filter(|(_, _, f)| *f > fit_m)
        .unwrap_or((level, m.to_string(), fit_m));
    let name = cat
        .indicator(dl, &dm)
        .map(|i| i.name_vi.clone())
        .unwrap_or_default();
    let dls = dl.as_str();
    let clear = fit_d >= ERROR_MIN_FIT && fit_d - fit_p.max(fit_sib_p) >= ERROR_MARGIN;
    let (sev, note_vi, note_en) = if clear {
        (Severity::Error, String::new(), String::new())
    } else {
        (
            Severity::Warning,
            format!(
                " Bằng chứng yếu: độ khớp {} so với {}.",
                fixed(f64::from(fit_d), 2),
                fixed(f64::from(fit_p.max(fit_sib_p)), 2)
            ),
            format!(
                " Weak evidence: word fit {} against {} for the printed code.",
                fixed(f64::from(fit_d), 2),
                fixed(f64::from(fit_p.max(fit_sib_p)), 2)
            ),
        )
    };
    out.push(
        base(sev).compare(format!("{dm} ({name})"), p).say(
            format!("Mã chỉ tiêu in là {p} nhưng nội dung là chỉ tiêu {dm} của bộ tiêu chí {dls} (\"{name}\").{note_vi}"),
            format!("Printed indicator code {p}, but the words describe indicator {dm} of the {dls} set (\"{name}\").{note_en}"),
        ),
    );
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

    #[test]
    fn plan_line_411_nang_cao_code_and_words_in_the_ntm_column_is_a_warning() {
        // Vạn Thắng, NTM column: "+ Chí tiêu 17.1. Khu kinh doanh, dịch vụ, …" is
        // nâng cao 17.1 word for word; code and words agree, only the column differs.
        let f = run(
            Level::XaNtm,
            Some(17),
            "17.1",
            "Khu kinh doanh, dịch vụ, chăn nuôi, giết mổ (gia súc, gia cầm), nuôi trồng thủy sản có hạ tầng kỹ thuật về bảo vệ môi trường",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].message_en.contains("xa_ntm_nang_cao set"), "{f:?}");
    }

    #[test]
    fn plan_line_446_ntm_wording_under_its_ntm_code_in_the_nang_cao_column_is_a_warning() {
        // Cam Tân, nâng cao column: "+ Chi tiêu 17.1 Tỷ lệ hộ được sử dụng nước sạch theo
        // quy định (> 25% …)" is NTM 17.1; the catalog's weak best nâng cao match
        // ("Tỷ lệ sử dụng hình thức hỏa táng", 17.10) is no evidence of a wrong code.
        let f = run(
            Level::XaNtmNangCao,
            Some(17),
            "17.1",
            "Tỷ lệ hộ được sử dụng nước sạch theo quy định (>",
        );
        assert!(f.iter().all(|x| x.severity != Severity::Error), "{f:?}");
    }

    #[test]
    fn plan_line_494_garbled_words_are_weak_evidence() {
        // OCR-garbled: "- Chi tiêu 13.1 Xác minh hành kinh kêt san xuất gắn với thu sán phẩm …"
        let f = run(
            Level::XaNtm,
            Some(13),
            "13.1",
            "Xác minh hành kinh kêt san xuất gắn với thu sán phẩm chum lục cua và giàn ván và dùng vang nguyên liệu và dược",
        );
        assert!(f.iter().all(|x| x.severity != Severity::Error), "{f:?}");
    }

    #[test]
    fn plan_line_457_truy_xuat_wording_under_13_1_names_the_ntm_indicator() {
        // Cam Hải Đông, nâng cao column: "+ Chi tiêu 13.1. Thực hiện truy xuất nguồn gốc …
        // VietGAP hoặc tương đương" is NTM 13.3's wording; 13.1 is neither set's.
        let f = run(
            Level::XaNtmNangCao,
            Some(13),
            "13.1",
            "Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với tiêu thu sản phẩm chủ lực đảm bảo vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Error);
        assert!(f[0].message_en.contains("13.3 of the xa_ntm set"), "{f:?}");
    }
}
