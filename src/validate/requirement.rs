//! `requirement_vs_catalog`: the requirement a row prints ("yêu cầu 75%",
//! "chưa đạt 50 triệu đồng/người/năm theo yêu cầu năm 2024") must be the
//! catalog's threshold for the row's level, the province's region and the
//! target year. An error only where the catalog value is well sourced;
//! otherwise a warning that says the catalog value is unverified.

use super::finding::{Finding, Locator, Severity, num};
use crate::catalog::{Catalog, Comparator, ThresholdValue};
use crate::normalize::fold_key;
use crate::records::IndicatorRecord;

pub const RULE: super::Rule = super::Rule::RequirementVsCatalog;

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

/// Regions the catalog may give per-region values for (QĐ 318/2022 regions).
/// A printed value equal to another region's is likely that region's bar on
/// purpose: Khánh Hòa's mountain communes (Khánh Sơn, Khánh Vĩnh) print the
/// northern-mountain (TDMNPB) values.
pub const REGIONS: &[&str] = &["TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"];

/// Years of the 2021–2025 programme whose per-year values (income) a plan
/// may quote: a commune judged in late 2024 against the 2025 bar is not an
/// error of the document.
pub const PROGRAMME_YEARS: std::ops::RangeInclusive<i32> = 2021..=2025;

/// `ex_row` holds the records of the extraction (the row of `rec` is looked
/// up in it); pass an empty slice when only `rec` is known.
pub(crate) fn check(
    loc: &Locator,
    cat: &Catalog,
    region: &str,
    rec: &IndicatorRecord,
    ex_row: &[IndicatorRecord],
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
    // A requirement in another unit measures something else (a kiểu mẫu line's
    // "≥ 50%" of households beside a threshold counted in models): no comparison.
    if let Some(u) = rec.unit.as_deref()
        && !same_unit(u, &th.unit)
    {
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
    let why = alternative(cat, rec, &code, region, year, printed, ex_row);
    let (severity, trust_vi, trust_en) = if let Some((vi, en)) = why {
        (Severity::Warning, vi, format!("{en}, so this is a warning"))
    } else if th.well_sourced {
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
            .locality_code(rec.locality_code.as_deref())
            .code(Some(rec.indicator_code.as_deref().unwrap_or(&code)))
            .compare(
                format!("{cmp} {} {} ({level} {code}, {region}{year_en})", num(expected), th.unit),
                format!(
                    "{} {} {}",
                    rec.comparator.map_or("", |c| c.as_str()),
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

/// Same number within [`EQUAL_WITHIN`], for a numeric catalog value.
fn same(v: Option<crate::catalog::Threshold>, printed: f64) -> bool {
    matches!(v.map(|t| t.value), Some(ThresholdValue::Number(x)) if (x - printed).abs() <= EQUAL_WITHIN)
}

/// A reading of the printed value that makes it legitimate or explains it
/// by the layout, `(vi, en)`: another region's value, another programme
/// year's value of this region, or the other xã set's value when the row
/// has no statement of that set for the indicator (the statement's column
/// may then be misread).
fn alternative(
    cat: &Catalog,
    rec: &IndicatorRecord,
    code: &str,
    region: &str,
    year: i32,
    printed: f64,
    ex_row: &[IndicatorRecord],
) -> Option<(String, String)> {
    let years = || std::iter::once(year).chain(PROGRAMME_YEARS.filter(move |y| *y != year));
    for r in REGIONS.iter().filter(|r| **r != region) {
        if years().any(|y| same(cat.threshold(rec.level, code, r, y), printed)) {
            return Some((
                format!("giá trị in bằng ngưỡng vùng {r} (xã miền núi có thể áp dụng)"),
                format!(
                    "the printed value is the {r} region's threshold (mountain communes may apply it)"
                ),
            ));
        }
    }
    if let Some(y) = PROGRAMME_YEARS
        .filter(|y| *y != year)
        .find(|y| same(cat.threshold(rec.level, code, region, *y), printed))
    {
        return Some((
            format!("giá trị in bằng ngưỡng năm {y} của vùng {region}"),
            format!("the printed value is the {region} threshold for {y}"),
        ));
    }
    let sib = super::wording::sibling(rec.level)?;
    let has_sibling_statement = ex_row.iter().any(|r| {
        r.level == sib
            && r.prov.table_index == rec.prov.table_index
            && r.prov.row == rec.prov.row
            && code_for(cat, r).as_deref() == Some(code)
    });
    if !has_sibling_statement && years().any(|y| same(cat.threshold(sib, code, region, y), printed))
    {
        let sl = sib.as_str();
        return Some((
            format!(
                "giá trị in bằng ngưỡng {sl} và dòng không có nội dung {sl} cho chỉ tiêu này (có thể đọc sai cột)"
            ),
            format!(
                "the printed value is the {sl} threshold and the row has no {sl} statement for this indicator (the column may be misread)"
            ),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Level;
    /// Khánh Hòa's region in the catalog (Duyên hải Nam Trung Bộ).
    const REGION_KHANH_HOA: &str = "DHNTB";
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
            &[],
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
        // A mountain commune may apply that value: reported, as a warning.
        let f = run(Level::XaNtm, "15.3", 24.0, Some(2024));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].message_en.contains("TDMNPB"), "{f:?}");
        // Sơn Bình: "Nghèo da chiều … yêu cầu dưới 13%"; DHNTB is 5, TDMNPB 13.
        let f = run(Level::XaNtm, "11", 13.0, Some(2024));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        // No region has 30: a plain error (well-sourced 15.3).
        let f = run(Level::XaNtm, "15.3", 30.0, Some(2024));
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn plan_line_454_cam_hai_dong_income_is_the_2025_value() {
        // "+ Chi tiêu 10. Thu nhập, xã đạt 42 triệu đồng/người/năm, chưa đạt 53 triệu …"
        // (NTM column, Quý IV/2024): 53 is DHNTB's 2025 value, 50 the 2024 one.
        let f = run(Level::XaNtm, "10", 53.0, Some(2024));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].message_en.contains("for 2025"), "{f:?}");
    }

    #[test]
    fn plan_line_422_ntm_column_with_the_nang_cao_income_stays_an_error() {
        // Ninh Tân, both columns: "chưa đạt 60 triệu đồng/người/năm theo yêu cầu năm 2024".
        // 60 is the nâng cao value; the row has its own nâng cao statement, so the
        // NTM column really prints the wrong bar (the plan itself prints 50 for NTM 2024).
        let mut ntm = indicator(
            "-Tiêu chí 10. Thu nhập, xã đạt 56 triệu đồng/người/năm, chưa đạt 60 triệu đồng/người/năm theo yêu cầu năm 2024",
        );
        ntm.matched_code = Some("10".into());
        ntm.required_value = Some(60.0);
        ntm.target_year = Some(2024);
        let mut nc = ntm.clone();
        nc.level = Level::XaNtmNangCao;
        let row = vec![ntm.clone(), nc];
        let mut out = Vec::new();
        let cat = Catalog::builtin();
        check(&locator(), cat, REGION_KHANH_HOA, &ntm, &row, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Error);
        // Alone in its row (the other column not read), the same value is only a warning.
        let mut out = Vec::new();
        check(
            &locator(),
            cat,
            REGION_KHANH_HOA,
            &ntm,
            &[ntm.clone()],
            &mut out,
        );
        assert_eq!(out[0].severity, Severity::Warning);
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

/// True when a printed unit and a catalog unit measure the same kind of thing:
/// both percentages, both money (triệu đồng), or the same words.
pub fn same_unit(printed: &str, catalog: &str) -> bool {
    let (a, b) = (fold_key(printed), fold_key(catalog));
    if a.is_empty() || b.is_empty() || a == b {
        return true;
    }
    let percent = |u: &str| u.contains('%');
    let money = |u: &str| u.contains("trieu") || u.contains("dong");
    (percent(&a) && percent(&b)) || (money(&a) && money(&b))
}

#[cfg(test)]
mod unit_tests {
    use super::same_unit;

    #[test]
    fn units_compare_by_kind() {
        assert!(same_unit("%", "%"));
        assert!(same_unit("triệu đồng/người/năm", "triệu đồng/người/năm"));
        assert!(same_unit("triệu đồng", "triệu đồng/người/năm"));
        // Kiểu mẫu (line 503): "≥ 50%" of a sub-content vs a threshold in models.
        assert!(!same_unit("%", "số mô hình"));
        assert!(!same_unit("sản phẩm", "số lĩnh vực"));
    }
}
