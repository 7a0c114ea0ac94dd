//! Turning parsed statements into what a record holds: which statements of a
//! cell count, how units and comparators are written, whether a lone value is a
//! requirement or a current figure, and how short kiểu mẫu / district headings
//! are matched to the catalog.

use super::context::DocCtx;
use crate::Level;
use crate::normalize::statement::{Comparator, Statement, Status as StStatus};
use crate::normalize::{Unit, fold_key};

/// Drops a criterion heading that carries nothing of its own ("-Tiêu chí 2.
/// Giao thông") when indicators of that criterion follow in the same cell: the
/// indicators are the statements. A heading with a value or a status word of its
/// own ("Tiêu chí 1. Quy hoạch. Xã chưa đạt" alone) stays.
pub fn drop_bare_headings(stmts: Vec<Statement>) -> Vec<Statement> {
    let with_indicators: Vec<u8> = stmts
        .iter()
        .filter(|s| s.indicator_code.is_some())
        .filter_map(|s| s.criterion_no)
        .collect();
    stmts
        .into_iter()
        .filter(|s| {
            let bare = s.indicator_code.is_none()
                && s.actual_value.is_none()
                && s.required_value.is_none();
            !(bare && s.criterion_no.is_some_and(|n| with_indicators.contains(&n)))
        })
        .collect()
}

/// A statement for a cell the statement grammar does not cover (a kiểu mẫu
/// content line, a district condition): the whole cell as the indicator text.
pub fn plain_statement(text: &str) -> Statement {
    let k = fold_key(text);
    let status = if k.contains("chua dat") || k.contains("khong dat") {
        StStatus::NotMet
    } else if k.ends_with(" dat") || k.ends_with(". dat") {
        StStatus::Met
    } else {
        StStatus::Unknown
    };
    Statement {
        criterion_no: None,
        criterion_name: None,
        indicator_code: None,
        indicator_name: Some(text.trim().to_string()),
        actual_text: None,
        actual_value: None,
        required_value: None,
        comparator: None,
        unit: None,
        numerator: None,
        denominator: None,
        status,
        ambiguous_numbers: Vec::new(),
        ocr_fixes: Vec::new(),
        raw: text.to_string(),
    }
}

/// The unit a statement is in, one per indicator: the catalog's unit of the
/// matched indicator where the printed unit is missing or a shorter form of
/// it ("triệu đồng" for "triệu đồng/người/năm"), else the printed unit. A
/// pass/fail indicator ("đạt/không đạt") lends its unit only to statements
/// that carry no number, since a printed number is measured in something else.
pub fn normalized_unit(
    printed: Option<&str>,
    catalog_unit: Option<&str>,
    has_number: bool,
) -> Option<String> {
    const PASS_FAIL: &str = "đạt/không đạt";
    let Some(cat) = catalog_unit.filter(|u| !u.is_empty()) else {
        return printed.map(str::to_string);
    };
    if cat == PASS_FAIL && has_number {
        return printed.map(str::to_string);
    }
    match printed {
        None => Some(cat.to_string()),
        Some(p) if p == cat || cat.starts_with(&format!("{p}/")) => Some(cat.to_string()),
        Some(p) => Some(p.to_string()),
    }
}

/// Text of a unit for the `unit` column.
pub fn unit_text(u: &Unit) -> String {
    match u {
        Unit::Percent => "%".into(),
        Unit::MillionDongPerPersonYear => "triệu đồng/người/năm".into(),
        Unit::MillionDong => "triệu đồng".into(),
        Unit::BillionDong => "tỷ đồng".into(),
        Unit::Km => "km".into(),
        Unit::Count(n) => n.clone(),
    }
}

/// Words that introduce a current figure ("xã đạt 40", "huyện đạt 2,5", "hiện có
/// 01 sản phẩm", "năm 2022 đạt 36.750"), on diacritic-free keys.
pub static CURRENT_STATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\b(xa|huyen|hien|da|nam \d{4}) (dat|co)( duoc)? \d").expect("valid regex")
});

/// The heading of a kiểu mẫu or district line ("1. Thu nhập: …" → "Thu nhập",
/// "2. Lĩnh vực Giáo dục" → "Lĩnh vực Giáo dục"), for matching by containment.
pub fn heading(text: &str) -> &str {
    let t = text.trim();
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let t = t
        .trim_start_matches(['I', 'V', 'X'])
        .trim_start_matches(['.', ' ']);
    t.split([':', '(']).next().unwrap_or(t).trim()
}

/// The indicator of `level` whose name contains most of the heading's words
/// (at least two words and 40 % of them): a short heading such as "Thu nhập" or
/// "Mô hình thôn thông minh" names its indicator without sharing enough words
/// with the full catalog wording for a symmetric match.
pub fn match_heading(level: Level, text: &str, ctx: &DocCtx) -> Option<String> {
    let words = |s: &str| -> Vec<String> {
        fold_key(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    // Words that say nothing about which indicator is meant.
    const FILLER: [&str; 9] = ["co", "duoc", "cac", "va", "cua", "tren", "dia", "ban", "it"];
    let head: Vec<String> = words(heading(text))
        .into_iter()
        .filter(|w| !FILLER.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    if head.is_empty() {
        return None;
    }
    let set = ctx.catalog.level(level)?;
    set.criteria
        .iter()
        .flat_map(|c| c.indicators.iter())
        .filter_map(|i| {
            let name = words(&i.name_vi);
            let inter = head.iter().filter(|w| name.contains(w)).count();
            let share = inter as f64 / head.len() as f64;
            // Ties go to the shorter catalog name: "số xã đạt chuẩn" is the plain
            // NTM condition, not the nâng cao one that adds words.
            (inter >= 2 && share >= 0.4).then_some((share, -(name.len() as i64), i.code.clone()))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
        .map(|(_, _, code)| code)
}

/// In kiểu mẫu and district plans the criterion column states what must be
/// reached ("Có 100% số xã …", "… ≥ 60%", "đạt từ 90% trở lên"): a lone value
/// there is the requirement, unless the text says it is the current state
/// ("xã đạt", "hiện đạt", "hiện có", "năm 2022 đạt").
pub fn target_not_state(s: &Statement) -> (Option<f64>, Option<f64>, Option<Comparator>) {
    if s.required_value.is_some() || s.actual_value.is_none() {
        return (s.actual_value, s.required_value, s.comparator);
    }
    let k = fold_key(&s.raw);
    // "xã đạt 56 triệu", "hiện có 1 sản phẩm": a current figure follows the
    // words; "số xã đạt chuẩn" states no figure.
    let states_current = CURRENT_STATE.is_match(&k);
    if states_current {
        return (s.actual_value, None, s.comparator);
    }
    let cmp = if s.raw.contains('≤') || k.contains("toi da") || k.contains("khong qua") {
        Comparator::Le
    } else {
        Comparator::Ge
    };
    (None, s.actual_value, Some(cmp))
}

/// True when `name` is worded as an indicator of the other commune set (NTM ↔
/// nâng cao) rather than of `level`: a nâng cao indicator copied into the NTM
/// column names no NTM indicator, and matching it to the nearest NTM wording
/// would invent one. The other set must fit well (≥ 0.5) and clearly better
/// (by 0.25) than the best match in `level`.
///
/// A printed code of `level` whose own wording shares the topic (word overlap
/// ≥ [`SAME_TOPIC`]) keeps the row at that code: "19.2" in the NTM column with
/// nâng cao 19.2's words about crime-prevention models is still security.
pub fn worded_for_other_set(level: Level, name: &str, printed: Option<&str>, ctx: &DocCtx) -> bool {
    let other = match level {
        Level::XaNtm => Level::XaNtmNangCao,
        Level::XaNtmNangCao => Level::XaNtm,
        _ => return false,
    };
    if let Some(own) = printed.and_then(|c| ctx.catalog.indicator(level, c))
        && dice(name, &own.name_vi) >= SAME_TOPIC
    {
        return false;
    }
    let score = |l: Level| {
        ctx.catalog
            .match_indicator(l, name, None)
            .map_or(0.0, |m| m.score)
    };
    let (own, theirs) = (score(level), score(other));
    theirs >= 0.5 && theirs >= own + 0.25
}

/// Word overlap (Dice, 0–1) from which a printed code's own wording counts as
/// the same topic as the statement's words. Measured on the Khánh Hòa plan:
/// NTM 19.2 ("an ninh, trật tự xã hội") vs the nâng cao 19.2 wording printed in
/// the NTM column (line 412): 0.39; NTM 6.1 (cultural house) vs nâng cao 6.1's
/// outdoor sports equipment printed in the NTM column (lines 405, 420): 0.26–0.27.
pub const SAME_TOPIC: f64 = 0.33;

/// Dice coefficient of the two texts' diacritic-free word sets (words of two
/// letters or more).
fn dice(a: &str, b: &str) -> f64 {
    let set = |s: &str| -> std::collections::HashSet<String> {
        fold_key(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_string)
            .collect()
    };
    let (x, y) = (set(a), set(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    2.0 * x.intersection(&y).count() as f64 / (x.len() + y.len()) as f64
}

/// True when a statement is OCR debris rather than an indicator: its printed
/// code names nothing in the catalog and its text has fewer than two real words
/// ("+ Chi tiêu 12.19 TC, 7.19 TC chua dat", "+ Chi tiêu 1.2, 5, 8, 10").
pub fn is_debris(s: &Statement, level: Level, ctx: &DocCtx) -> bool {
    let Some(code) = &s.indicator_code else {
        return false;
    };
    if ctx.catalog.indicator(level, code).is_some() {
        return false;
    }
    let name = s.indicator_name.as_deref().unwrap_or("");
    const FILLER: [&str; 7] = ["ntm", "nc", "tc", "chua", "dat", "xa", "va"];
    let words = fold_key(name)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 2 && !FILLER.contains(w))
        .count();
    words < 2
}

#[cfg(test)]
mod unit_tests {
    use super::normalized_unit;

    #[test]
    fn units_follow_the_catalog_where_the_print_agrees_or_is_silent() {
        let income = Some("triệu đồng/người/năm");
        assert_eq!(
            normalized_unit(Some("triệu đồng"), income, true).as_deref(),
            income
        );
        assert_eq!(normalized_unit(None, income, true).as_deref(), income);
        // A contradicting print is kept: validation sees what the plan says.
        assert_eq!(
            normalized_unit(Some("%"), income, true).as_deref(),
            Some("%")
        );
        // No catalog entry: the print as it is.
        assert_eq!(
            normalized_unit(Some("km"), None, true).as_deref(),
            Some("km")
        );
        // Pass/fail indicators lend their unit only to statements without a number.
        let pf = Some("đạt/không đạt");
        assert_eq!(normalized_unit(None, pf, false).as_deref(), pf);
        assert_eq!(normalized_unit(None, pf, true), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_current_figures() {
        assert_eq!(
            heading("1. Thu nhập: Thu nhập đạt từ 70,4 triệu đồng/người/năm"),
            "Thu nhập"
        );
        assert_eq!(
            heading("II. Nội dung tự chọn: xã chọn 02 lĩnh vực"),
            "Nội dung tự chọn"
        );
        assert_eq!(heading("2. Lĩnh vực Giáo dục"), "Lĩnh vực Giáo dục");
        let k = |s: &str| CURRENT_STATE.is_match(&fold_key(s));
        assert!(k("Tiêu chí 10. Thu nhập, xã đạt 56 triệu đồng/người/năm"));
        assert!(k("Năm 2022 đạt 36.750 triệu đồng"));
        assert!(!k("Có ít nhất 10% số xã đạt chuẩn nông thôn mới nâng cao"));
        assert!(!k(
            "Có 100% số xã tham gia đạt chuẩn nông thôn mới (12/12) xã đạt chuẩn NTM"
        ));
    }

    #[test]
    fn other_set_wording_by_topic_of_the_printed_code() {
        let ctx = DocCtx {
            doc_id: "d",
            source_file: "f",
            gazetteer: crate::gazetteer::Gazetteer::builtin(),
            catalog: crate::catalog::Catalog::builtin(),
        };
        // Line 405: nâng cao 6.1's words (outdoor sports equipment) in the NTM column;
        // NTM 6.1 is the cultural house.
        let t405 = "Xã chưa lắp đặt các dụng cụ thể dục thể thao ngoài trời ở điểm công cộng, \
                    các loại hình hoạt động văn hóa, văn nghệ, thể dục, thể thao được tổ chức hoạt động thường xuyên";
        assert!(worded_for_other_set(Level::XaNtm, t405, Some("6.1"), &ctx));
        // Line 412: nâng cao 19.2's words in the NTM column; NTM 19.2 is security too.
        let t412 = "Chưa đạt nội dung: có một trong các mô hình về phòng chống tội phạm, tệ nạn xã hội; \
                    bảo đảm trật tự, an toàn giao thông; PCCC và cứu nạn cứu hộ gắn với phong trào toàn dân \
                    bảo vệ ANTQ hoạt động thường xuyên, hiệu quả";
        assert!(!worded_for_other_set(
            Level::XaNtm,
            t412,
            Some("19.2"),
            &ctx
        ));
    }
}
