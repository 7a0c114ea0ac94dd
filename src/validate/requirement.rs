//! `requirement_vs_catalog`: the requirement a row prints ("yêu cầu 75%",
//! "chưa đạt 50 triệu đồng/người/năm theo yêu cầu năm 2024") must be the
//! catalog's threshold for the row's level, the province's region and the
//! target year. An error only where the catalog value is well sourced;
//! otherwise a warning that says the catalog value is unverified.

use super::finding::{Finding, Locator, Severity, num};
use crate::catalog::{Catalog, Comparator, ThresholdValue};
use crate::records::IndicatorRecord;

pub const RULE: &str = "requirement_vs_catalog";

/// Printed and catalog values closer than this are equal (same unit; both
/// are printed numbers, so only float noise is absorbed).
pub const EQUAL_WITHIN: f64 = 1e-6;

/// The catalog code a record's requirement belongs to: what the text
/// describes (`matched_code`) first, else the printed code, else the
/// criterion number when the criterion has a single indicator ("10", "11").
pub(crate) fn code_for(cat: &Catalog, rec: &IndicatorRecord) -> Option<String> {
    rec.matched_code
        .clone()
        .or_else(|| rec.indicator_code.clone())
        .filter(|c| cat.indicator(rec.level, c).is_some())
        .or_else(|| {
            let no = rec.criterion_no?.to_string();
            cat.indicator(rec.level, &no).map(|_| no)
        })
}

pub(crate) fn check(
    loc: &Locator,
    cat: &Catalog,
    region: &str,
    rec: &IndicatorRecord,
    out: &mut Vec<Finding>,
) {
    let Some(printed) = rec.required_value else {
        return;
    };
    let Some(code) = code_for(cat, rec) else {
        return;
    };
    // A year the catalog does not list for a per-year threshold gives nothing;
    // without a target year only fixed and per-region values are compared.
    let year = rec.target_year.unwrap_or(0);
    let Some(th) = cat.threshold(rec.level, &code, region, year) else {
        return;
    };
    let ThresholdValue::Number(expected) = th.value else {
        return;
    };
    if (expected - printed).abs() <= EQUAL_WITHIN {
        return;
    }
    let cmp = match th.comparator {
        Comparator::Ge => ">=",
        Comparator::Le => "<=",
        Comparator::Eq => "=",
        Comparator::Bool => "",
    };
    let unit = rec.unit.clone().unwrap_or_else(|| th.unit.clone());
    let year_vi = rec
        .target_year
        .map(|y| format!(", năm {y}"))
        .unwrap_or_default();
    let year_en = rec
        .target_year
        .map(|y| format!(", year {y}"))
        .unwrap_or_default();
    let (severity, trust_vi, trust_en) = if th.well_sourced {
        (
            Severity::Error,
            "giá trị danh mục có nguồn đã kiểm chứng".to_string(),
            "the catalog value is well sourced".to_string(),
        )
    } else {
        (
            Severity::Warning,
            format!("giá trị danh mục chưa kiểm chứng (basis: {})", th.basis),
            format!(
                "the catalog value is not verified (basis: {}), so this is a warning",
                th.basis
            ),
        )
    };
    let level = rec.level.as_str();
    out.push(
        loc.at(RULE, severity, Some(&rec.prov), &rec.raw_text)
            .locality(Some(&rec.locality_name))
            .code(Some(rec.indicator_code.as_deref().unwrap_or(&code)))
            .compare(
                format!("{cmp} {} {} ({level} {code}, {region}{year_en})", num(expected), th.unit),
                format!(
                    "{} {} {}",
                    rec.comparator.as_deref().unwrap_or(""),
                    num(printed),
                    unit
                )
                .trim()
                .to_string(),
            )
            .say(
                format!(
                    "Yêu cầu in {} {unit} khác ngưỡng danh mục {cmp} {} {} cho {level} chỉ tiêu {code}, vùng {region}{year_vi}; {trust_vi}.",
                    num(printed),
                    num(expected),
                    th.unit
                ),
                format!(
                    "Printed requirement {} {unit} differs from the catalog threshold {cmp} {} {} for {level} indicator {code}, region {region}{year_en}; {trust_en}.",
                    num(printed),
                    num(expected),
                    th.unit
                ),
            ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Level;
    use crate::catalog::REGION_KHANH_HOA;
    use crate::validate::testing::{indicator, locator};

    fn run(level: Level, code: &str, req: f64, year: Option<i32>) -> Vec<Finding> {
        let mut rec = indicator("yêu cầu");
        rec.level = level;
        rec.indicator_code = Some(code.into());
        rec.matched_code = Some(code.into());
        rec.required_value = Some(req);
        rec.target_year = year;
        let mut out = Vec::new();
        check(
            &locator(),
            Catalog::builtin(),
            REGION_KHANH_HOA,
            &rec,
            &mut out,
        );
        out
    }

    #[test]
    fn plan_requirements_that_agree() {
        // "Tỷ lệ lao động qua đào tạo …, xã đạt 74,17%, yêu cầu 75%"
        assert!(run(Level::XaNtm, "12.1", 75.0, Some(2024)).is_empty());
        // "xã đạt 47 triệu đồng/người/năm, chưa đạt 50 triệu … theo yêu cầu năm 2024"
        assert!(run(Level::XaNtm, "10", 50.0, Some(2024)).is_empty());
        // NTM nâng cao income 2024: "yêu cầu 60 triệu đồng/người/năm"
        assert!(run(Level::XaNtmNangCao, "10", 60.0, Some(2024)).is_empty());
    }

    #[test]
    fn plan_requirements_that_differ() {
        // Sơn Bình: "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thấp còi … yêu cầu dưới 24%";
        // the catalog's DHNTB value is 22 (24 is the northern-mountain region's).
        let f = run(Level::XaNtm, "15.3", 24.0, Some(2024));
        assert_eq!(f.len(), 1);
        let th = Catalog::builtin()
            .threshold(Level::XaNtm, "15.3", REGION_KHANH_HOA, 2024)
            .unwrap();
        let want = if th.well_sourced {
            Severity::Error
        } else {
            Severity::Warning
        };
        assert_eq!(f[0].severity, want);
        // Sơn Bình: "Nghèo da chiều … yêu cầu dưới 13%"; DHNTB is 5.
        assert_eq!(run(Level::XaNtm, "11", 13.0, Some(2024)).len(), 1);
    }

    #[test]
    fn unverified_catalog_value_is_only_a_warning() {
        // xa_ntm_nang_cao 12.3 (34%) is not usable_for_validation in the catalog.
        let f = run(Level::XaNtmNangCao, "12.3", 30.0, Some(2024));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].message_en.contains("not verified"));
    }

    #[test]
    fn unknown_year_of_a_per_year_threshold_is_silent() {
        assert!(run(Level::XaNtm, "10", 45.0, None).is_empty());
    }
}
