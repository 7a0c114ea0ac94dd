//! Per-locality plan tables — per-commune plans of criteria not yet met (02/03
//! kind), kiểu mẫu plans (04 kind) and district plans (05 kind) — into indicator
//! statements, one record per (locality, level, criterion or indicator).
//!
//! Columns are found by meaning ([`super::columns`]). The locality cell is
//! printed once and merged (or left empty) over the rows that follow, so the
//! current locality carries down until the next one; section rows ("B | XÃ ĐĂNG
//! KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO", "I. Các nội dung bắt buộc") are skipped.

use super::columns::{Role, map_columns};
use super::context::DocCtx;
use super::summary::read_locality_cell;
use crate::Level;
use crate::gazetteer::{DistrictType, Hint, UnitType};
use crate::normalize::statement::{CellContext, Comparator, Statement, Status as StStatus};
use crate::normalize::{Period, Unit, fold_key, parse_periods, parse_statements};
use crate::records::{AppendixKind, CriteriaSummary, Extraction, IndicatorRecord, Status};
use ntm_parsers::Table;

/// The locality rows are currently about.
#[derive(Debug, Clone, Default)]
struct Locality {
    code: Option<String>,
    name: String,
    district: Option<String>,
    /// For district plans: the level the district is planned for.
    level: Option<Level>,
}

/// Reads a plan table of `kind` into `out`.
pub fn extract(t: &Table, kind: AppendixKind, ctx: &DocCtx, out: &mut Extraction) {
    let roles = map_columns(t);
    let col = |r: Role| roles.iter().position(|x| *x == Some(r)).map(|c| c as u32);
    let (loc_col, no_col) = (col(Role::Locality), col(Role::RowNo));
    let statement_cols: Vec<(u32, Option<Level>, bool)> = match kind {
        AppendixKind::CommunePlan => [
            (col(Role::UnmetNtm), Some(Level::XaNtm)),
            (col(Role::UnmetNangCao), Some(Level::XaNtmNangCao)),
        ]
        .into_iter()
        .filter_map(|(c, l)| c.map(|c| (c, l, true)))
        .collect(),
        AppendixKind::KieuMauPlan => col(Role::Criterion)
            .map(|c| vec![(c, Some(Level::XaNtmKieuMau), false)])
            .unwrap_or_default(),
        _ => col(Role::Criterion)
            .map(|c| vec![(c, None, false)])
            .unwrap_or_default(),
    };
    let first_record = out.indicators.len();
    let mut current = Locality::default();
    for row in super::columns::column_titles(t).body_start..t.n_rows {
        let no_text = no_col.map(|c| t.text(row, c).trim()).unwrap_or("");
        let loc_raw = loc_col.map(|c| t.text(row, c).trim()).unwrap_or("");
        // A row whose locality cell holds a statement was shifted one column to
        // the left (the OCR dropped the empty locality cell): read every column
        // after the row number one place to the left.
        let shift = u32::from(kind == AppendixKind::CommunePlan && looks_like_statement(loc_raw));
        let at = |c: u32| c.checked_sub(shift).unwrap_or(c);
        let loc_text = if shift == 1 { "" } else { loc_raw };
        let col = |r: Role| col(r).map(at);
        let statement_cols: Vec<(u32, Option<Level>, bool)> = statement_cols
            .iter()
            .map(|(c, l, u)| (at(*c), *l, *u))
            .collect();
        if is_section_row(no_text, loc_text) {
            current = Locality::default();
            continue;
        }
        // The OCR sometimes merges the row number and the name into the number
        // column ("1 Ninh Giang") and leaves the locality column to other text.
        let named_no = name_in_row_no(no_text).filter(|_| !could_be_name(loc_text));
        if let Some(name) = named_no {
            current = locality(name, kind, t, row, ctx, out);
        } else if !loc_text.is_empty() && could_be_name(&read_locality_cell(loc_text).name) {
            current = locality(loc_text, kind, t, row, ctx, out);
        }
        // Otherwise the locality cell holds no name: the rest of a locality's
        // summary carried onto the next row, or another column's text moved here
        // by the OCR. The rows stay with the locality above.

        let agency = col(Role::Agency).map(|c| t.text(row, c).trim().to_string());
        let solution = col(Role::Solution).map(|c| t.text(row, c).trim().to_string());
        let time_text = col(Role::TargetTime).map(|c| t.text(row, c)).unwrap_or("");
        let periods: Vec<Period> = parse_periods(time_text)
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        if periods.is_empty() && !time_text.trim().is_empty() {
            out.issues.push(ctx.issue(
                "unparsed_period",
                t,
                row,
                kind,
                Some(current.name.clone()),
                time_text,
                "a period such as \"Quý II/2024\" or \"Quý IV năm 2024\"",
            ));
        }
        let mut row_records = Vec::new();
        for (c, level, unmet) in &statement_cols {
            let text = t.text(row, *c);
            if text.trim().is_empty() || is_section_text(text) {
                continue;
            }
            let Some(level) = level.or(current.level) else {
                continue;
            };
            let cctx = CellContext {
                listed_as_unmet: *unmet,
            };
            let mut stmts = drop_bare_headings(parse_statements(text, &cctx));
            stmts.dedup_by(|a, b| {
                a.indicator_code == b.indicator_code
                    && a.criterion_no == b.criterion_no
                    && fold_key(&a.raw) == fold_key(&b.raw)
            });
            if stmts.is_empty() && holds_criterion_content(text) {
                stmts.push(plain_statement(text));
            }
            for s in stmts {
                row_records.push(record(&s, level, &current, kind, t, row, ctx, out));
            }
        }
        let n = row_records.len();
        for (i, mut r) in row_records.into_iter().enumerate() {
            if kind == AppendixKind::CommunePlan {
                continue_criterion(&mut r, &out.indicators[first_record..], ctx);
            }
            r.agency = agency.clone().filter(|a| !a.is_empty());
            r.solution = solution.clone().filter(|s| !s.is_empty());
            // One period per statement when the cell lists as many; otherwise the
            // latest, which is when the row as a whole is planned to be met.
            let p = if periods.len() == n {
                periods.get(i).copied()
            } else {
                periods.iter().max().copied()
            };
            r.target_year = p.map(|p| p.year);
            r.target_quarter = p.and_then(|p| p.quarter.map(i32::from));
            out.indicators.push(r);
        }
    }
    drop_headings_followed_by_indicators(&mut out.indicators, first_record);
}

/// A criterion heading on its own row ("Tiêu chí 2. Giao thông") whose
/// indicators are listed on the rows that follow, for the same locality and
/// level, groups them rather than stating anything itself; it is dropped.
fn drop_headings_followed_by_indicators(records: &mut Vec<IndicatorRecord>, from: usize) {
    let keep: Vec<bool> = (from..records.len())
        .map(|i| {
            let r = &records[i];
            let bare = r.indicator_code.is_none()
                && r.actual_value.is_none()
                && r.required_value.is_none();
            let Some(no) = r.criterion_no.filter(|_| bare) else {
                return true;
            };
            let followed = records[i + 1..]
                .iter()
                .filter(|n| n.level == r.level && n.locality_name == r.locality_name)
                .take_while(|n| n.criterion_no == Some(no))
                .any(|n| n.indicator_code.is_some() && n.prov.row > r.prov.row);
            !followed
        })
        .collect();
    let mut i = 0;
    records.retain(|_| {
        let k = i < from || keep[i - from];
        i += 1;
        k
    });
}

/// True when a cell opens with a criterion or indicator label ("-Tiêu chí 13.",
/// "+ Chi tiêu 10."), i.e. it holds statements, not a locality name.
fn looks_like_statement(text: &str) -> bool {
    let k = fold_key(text);
    let k = k.trim_start_matches(['-', '+', ' ', '*', '•']);
    k.starts_with("tieu chi")
        || k.starts_with("chi tieu")
        || k.starts_with("yeu cau")
        || k.contains("xa dat ")
}

/// A statement printed without any label on the row after a criterion of the
/// same locality and level ("-Tiêu chí 5. Trường học. Xã chưa đạt" then "Yêu cầu
/// 100% đạt tiêu chuẩn CSVC …, xã đạt 0% (0/2 trường)") continues that criterion:
/// it takes its number and is matched among that criterion's indicators.
fn continue_criterion(r: &mut IndicatorRecord, before: &[IndicatorRecord], ctx: &DocCtx) {
    if r.criterion_no.is_some() || r.indicator_code.is_some() {
        return;
    }
    let Some(prev) = before
        .iter()
        .rev()
        .find(|p| p.level == r.level && p.locality_name == r.locality_name)
    else {
        return;
    };
    let Some(no) = prev
        .criterion_no
        .filter(|_| prev.prov.row + 1 >= r.prov.row)
    else {
        return;
    };
    r.criterion_no = Some(no);
    let hint = u8::try_from(no).ok();
    r.matched_code = r
        .indicator_name
        .as_deref()
        .and_then(|n| ctx.catalog.match_indicator(r.level, n, hint))
        .filter(|m| hint.is_some_and(|h| m.code.split('.').next() == Some(&h.to_string())))
        .map(|m| m.code)
        .or_else(|| Some(no.to_string()));
}

/// "1 Ninh Giang" → "Ninh Giang": a name the OCR put in the row-number column.
fn name_in_row_no(no: &str) -> Option<&str> {
    let rest = no
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    (rest.len() < no.len() && could_be_name(rest) && rest.chars().next()?.is_uppercase())
        .then_some(rest)
}

/// True when a cell without any criterion or indicator label still reads as
/// criterion content (a kiểu mẫu line "1. Thu nhập: …", a district condition
/// "Có 100% số xã …"), not as another column's text that the OCR moved here (an
/// agency "Sở Giao thông vận tải", a solution "UBND xã …").
fn holds_criterion_content(text: &str) -> bool {
    let k = fold_key(text);
    const AGENCY_OR_ACTOR: [&str; 12] = [
        "so ",
        "ubnd",
        "uy ban",
        "chi cuc",
        "cuc ",
        "trung tam",
        "phong ",
        "van phong",
        "cong an",
        "hoi ",
        "ban ",
        "bo ",
    ];
    if AGENCY_OR_ACTOR.iter().any(|p| k.starts_with(p)) {
        return false;
    }
    k.contains("tieu chi")
        || k.contains("chi tieu")
        || k.contains("dat")
        || k.contains('%')
        || k.contains("ty le")
        || k.starts_with(|c: char| c.is_ascii_digit())
}

/// True when a locality cell can be a place name: a few words, no figures.
/// Cells that fail this hold another column's text that the OCR moved here.
fn could_be_name(name: &str) -> bool {
    !name.is_empty()
        && !name.contains('\n')
        && name.split_whitespace().count() <= 6
        && !name.contains(|c: char| c.is_ascii_digit() || c == '%' || c == '/')
}

/// Drops a criterion heading that carries nothing of its own ("-Tiêu chí 2.
/// Giao thông") when indicators of that criterion follow in the same cell: the
/// indicators are the statements. A heading with a value or a status word of its
/// own ("Tiêu chí 1. Quy hoạch. Xã chưa đạt" alone) stays.
fn drop_bare_headings(stmts: Vec<Statement>) -> Vec<Statement> {
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

/// Section rows: a letter or roman numeral as row number with an upper-case
/// title ("B | XÃ ĐĂNG KÝ ĐẠT CHUẨN …").
fn is_section_row(no: &str, loc: &str) -> bool {
    let letter_no = !no.is_empty() && no.chars().all(|c| c.is_ascii_uppercase());
    let letters: Vec<char> = loc.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    letter_no && letters.len() > 8 && upper * 10 >= letters.len() * 8
}

/// Section headings inside the criterion column ("I. Các nội dung bắt buộc",
/// "II. Nội dung tự chọn", "A. CÁC NỘI DUNG", "B. BỘ TIÊU CHÍ").
fn is_section_text(text: &str) -> bool {
    let t = text.trim();
    let head: String = t.chars().take_while(|c| *c != '.').collect();
    let roman = !head.is_empty() && head.len() <= 4 && head.chars().all(|c| "IVX".contains(c));
    let letter = head.len() == 1 && head.chars().all(|c| c.is_ascii_uppercase());
    (roman || letter) && t.len() < 80 && !t.contains(|c: char| c.is_ascii_digit())
}

fn locality(
    text: &str,
    kind: AppendixKind,
    t: &Table,
    row: u32,
    ctx: &DocCtx,
    out: &mut Extraction,
) -> Locality {
    let cell = read_locality_cell(text);
    if kind == AppendixKind::DistrictPlan {
        if let Some(d) = ctx.gazetteer.resolve_district(&cell.name) {
            let level = match d.district_type {
                DistrictType::Huyen => Level::HuyenNtm,
                _ => Level::HuyenHoanThanhNhiemVu,
            };
            return Locality {
                code: Some(d.code.clone()),
                name: d.name.clone(),
                district: Some(d.name),
                level: Some(level),
            };
        }
        out.issues.push(ctx.issue(
            "unresolved_locality",
            t,
            row,
            kind,
            Some(cell.name.clone()),
            cell.name.clone(),
            "a district, town or city of the province",
        ));
        return Locality {
            name: cell.name,
            ..Locality::default()
        };
    }
    let hint = Hint {
        district: None,
        unit_type: Some(UnitType::Xa),
    };
    let r = ctx.gazetteer.resolve(&cell.name, &hint);
    let loc = match &r.unit {
        Some(u) => Locality {
            code: Some(u.code.clone()),
            name: u.name.clone(),
            district: Some(u.district_name.clone()),
            level: None,
        },
        None => {
            out.issues.push(ctx.issue(
                "unresolved_locality",
                t,
                row,
                kind,
                Some(cell.name.clone()),
                text,
                "a commune name of the province",
            ));
            // A cell of several lines or many words is not a name (the OCR put
            // another column's text here); the rows get no locality rather than
            // a made-up one.
            Locality {
                name: if could_be_name(&cell.name) {
                    cell.name.clone()
                } else {
                    String::new()
                },
                ..Locality::default()
            }
        }
    };
    for s in &cell.summaries {
        out.summaries.push(CriteriaSummary {
            prov: ctx.prov(t, row),
            locality_code: loc.code.clone(),
            locality_name: loc.name.clone(),
            level: s.level.unwrap_or(Level::XaNtm),
            met: s.met,
            total: s.total,
            unmet_count: s.unmet_count,
            unmet_list: s.unmet_list.clone(),
            raw_text: s.raw.clone(),
        });
    }
    loc
}

/// A statement for a cell the statement grammar does not cover (a kiểu mẫu
/// content line, a district condition): the whole cell as the indicator text.
fn plain_statement(text: &str) -> Statement {
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

/// Text of a comparator for the `comparator` column.
pub fn comparator_text(c: Comparator) -> &'static str {
    match c {
        Comparator::Ge => ">=",
        Comparator::Le => "<=",
        Comparator::Lt => "<",
        Comparator::Gt => ">",
        Comparator::Eq => "=",
    }
}

/// Words that introduce a current figure ("xã đạt 40", "huyện đạt 2,5", "hiện có
/// 01 sản phẩm", "năm 2022 đạt 36.750"), on diacritic-free keys.
static CURRENT_STATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\b(xa|huyen|hien|da|nam \d{4}) (dat|co)( duoc)? \d").expect("valid regex")
});

/// The heading of a kiểu mẫu or district line ("1. Thu nhập: …" → "Thu nhập",
/// "2. Lĩnh vực Giáo dục" → "Lĩnh vực Giáo dục"), for matching by containment.
fn heading(text: &str) -> &str {
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
fn match_heading(level: Level, text: &str, ctx: &DocCtx) -> Option<String> {
    let words = |s: &str| -> Vec<String> {
        fold_key(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let head = words(heading(text));
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
            (inter >= 2 && share >= 0.4).then_some((share, i.code.clone()))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, code)| code)
}

/// In kiểu mẫu and district plans the criterion column states what must be
/// reached ("Có 100% số xã …", "… ≥ 60%", "đạt từ 90% trở lên"): a lone value
/// there is the requirement, unless the text says it is the current state
/// ("xã đạt", "hiện đạt", "hiện có", "năm 2022 đạt").
fn target_not_state(s: &Statement) -> (Option<f64>, Option<f64>, Option<Comparator>) {
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

#[allow(clippy::too_many_arguments)]
fn record(
    s: &Statement,
    level: Level,
    loc: &Locality,
    kind: AppendixKind,
    t: &Table,
    row: u32,
    ctx: &DocCtx,
    out: &mut Extraction,
) -> IndicatorRecord {
    let hint = s.criterion_no.or_else(|| {
        s.indicator_code
            .as_deref()
            .and_then(|c| c.split('.').next())
            .and_then(|n| n.parse().ok())
    });
    // A statement without any label (a district condition, a kiểu mẫu content
    // line) is named by its own text.
    let name = s
        .indicator_name
        .clone()
        .or_else(|| s.criterion_name.clone())
        .or_else(|| Some(s.raw.trim().to_string()).filter(|t| !t.is_empty()));
    let matched_code = match (&s.indicator_name, &s.indicator_code) {
        (Some(name), _) if !name.trim().is_empty() => ctx
            .catalog
            .match_indicator(level, name, hint)
            .map(|m| m.code)
            .or_else(|| {
                s.indicator_code
                    .clone()
                    .filter(|c| ctx.catalog.indicator(level, c).is_some())
            }),
        (_, Some(code)) => ctx.catalog.indicator(level, code).map(|_| code.clone()),
        _ => s
            .criterion_name
            .as_deref()
            .and_then(|n| ctx.catalog.match_criterion(level, n))
            .or(s.criterion_no)
            .map(|n| n.to_string())
            .or_else(|| {
                name.as_deref()
                    .and_then(|n| ctx.catalog.match_indicator(level, n, None))
                    .map(|m| m.code)
            }),
    };
    // Kiểu mẫu and district lines are short headings ("2. Mô hình thông minh: Hạ
    // tầng số"): matched by containment when the symmetric match found nothing.
    let matched_code = matched_code.or_else(|| {
        (kind != AppendixKind::CommunePlan)
            .then(|| name.as_deref().and_then(|n| match_heading(level, n, ctx)))
            .flatten()
    });
    let (actual_value, required_value, comparator) = if kind == AppendixKind::CommunePlan {
        (s.actual_value, s.required_value, s.comparator)
    } else {
        target_not_state(s)
    };
    if s.indicator_code.is_some() && matched_code.is_none() {
        out.issues.push(crate::records::ReadIssue {
            indicator_code: s.indicator_code.clone(),
            ..ctx.issue(
                "unknown_indicator",
                t,
                row,
                kind,
                Some(loc.name.clone()),
                s.raw.trim(),
                format!("an indicator of the {level} criteria set"),
            )
        });
    }
    for a in &s.ambiguous_numbers {
        out.issues.push(crate::records::ReadIssue {
            indicator_code: s.indicator_code.clone(),
            ..ctx.issue(
                "ambiguous_number",
                t,
                row,
                kind,
                Some(loc.name.clone()),
                a.clone(),
                "a number whose reading the unit or magnitude decides",
            )
        });
    }
    IndicatorRecord {
        prov: ctx.prov(t, row),
        appendix: kind,
        locality_code: loc.code.clone(),
        locality_name: loc.name.clone(),
        district_name: loc.district.clone(),
        level,
        criterion_no: s.criterion_no.map(i32::from).or(hint.map(i32::from)),
        indicator_code: s.indicator_code.clone(),
        matched_code,
        indicator_name: name,
        actual_value,
        actual_text: s.actual_text.clone(),
        required_value,
        comparator: comparator.map(|c| comparator_text(c).to_string()),
        unit: s.unit.as_ref().map(unit_text),
        numerator: s.numerator,
        denominator: s.denominator,
        status: match s.status {
            StStatus::Met => Status::Met,
            StStatus::NotMet => Status::NotMet,
            StStatus::Unknown => Status::Unknown,
        },
        agency: None,
        solution: None,
        target_year: None,
        target_quarter: None,
        raw_text: s.raw.trim().to_string(),
        ambiguous_numbers: s.ambiguous_numbers.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_rows_are_told_by_their_locality_cell() {
        assert!(looks_like_statement(
            "+ Chi tiêu 10. Thu nhập, xã đạt 42 triệu đồng/người/năm"
        ));
        assert!(looks_like_statement("-Tiêu chí 13. Tổ chức sản xuất"));
        assert!(looks_like_statement(
            "Yêu cầu 100% đạt tiêu chuẩn CSVC tối thiểu, trong đó ≥50% đạt tiêu chuẩn CSVC mức độ 1, xã đạt 33,3% (1/3 trong)"
        ));
        assert!(!looks_like_statement("Cam Tân NTM đạt 14/19 TC"));
        assert!(could_be_name("Ninh Giang"));
        assert_eq!(name_in_row_no("1 Ninh Giang"), Some("Ninh Giang"));
        assert_eq!(name_in_row_no("12"), None);
        assert!(!holds_criterion_content("Sở Giao thông vận tải"));
        assert!(!holds_criterion_content(
            "UBND huyện Cам Lanh chỉ đạo các phòng/ ban nghiên cứu các chính sách"
        ));
        assert!(holds_criterion_content(
            "Có 100% số xã tham gia Chương trình được công nhận đạt chuẩn"
        ));
        assert!(holds_criterion_content(
            "2. Mô hình thôn thông minh: Hạ tầng số"
        ));
        assert!(!could_be_name("/19 TC, 07 TC chưa"));
    }

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
    fn sections() {
        assert!(is_section_row(
            "B",
            "XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO"
        ));
        assert!(!is_section_row("1", "Vạn Thắng"));
        assert!(is_section_text("I. Các nội dung bắt buộc"));
        assert!(is_section_text("B. BỘ TIÊU CHÍ"));
        assert!(!is_section_text(
            "1. Thu nhập: Thu nhập đạt từ 70,4 triệu đồng/người/năm"
        ));
    }
}
