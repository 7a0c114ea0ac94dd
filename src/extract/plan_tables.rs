//! Per-locality plan tables — per-commune plans of criteria not yet met (02/03
//! kind), kiểu mẫu plans (04 kind) and district plans (05 kind) — into indicator
//! statements, one record per (locality, level, criterion or indicator).
//!
//! Columns are found by meaning ([`super::columns`]). The locality cell is
//! printed once and merged (or left empty) over the rows that follow, so the
//! current locality carries down until the next one; section rows ("B | XÃ ĐĂNG
//! KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO", "I. Các nội dung bắt buộc") are skipped.

use super::cell_kinds::{
    could_be_name, holds_criterion_content, is_section_row, is_section_text, looks_like_statement,
    name_in_row_no,
};
use super::columns::{Role, map_columns};
use super::context::DocCtx;
use super::statements::{
    drop_bare_headings, is_debris, match_heading, normalized_unit, plain_statement,
    target_not_state, unit_text, worded_for_other_set,
};
use super::summary::read_locality_cell;
use crate::Level;
use crate::gazetteer::{DistrictType, Hint, UnitType};
use crate::normalize::statement::{CellContext, Statement, Status as StStatus};
use crate::normalize::{Period, fold_key, parse_periods, parse_statements};
use crate::records::{AppendixKind, CriteriaSummary, Extraction, IndicatorRecord, Status};
use ntm_parsers::Table;

/// The locality rows are currently about.
#[derive(Debug, Clone, Default)]
struct Locality {
    code: Option<String>,
    name: String,
    district: Option<String>,
    district_code: Option<String>,
    /// For district plans: the level the district is planned for.
    level: Option<Level>,
}

/// The text of a statement after its leading label and code ("+ Chỉ tiêu 6.1 ",
/// "-Tiêu chí số 9. ", "chi tiêu 16.2 "), trimmed of the separators after it.
fn strip_label(raw: &str) -> String {
    static LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^[\s+\-–•]*(?:\p{L}+\s+\p{L}+\s*)?(?:số\s*)?\d{1,2}(?:\.\d{1,2})?\s*[.:,]?\s*",
        )
        .expect("valid regex")
    });
    LABEL.replace(raw.trim(), "").trim().to_string()
}

/// The current value of a rate printed only as its fraction ("Tỷ lệ cơ sở …
/// đảm bảo quy định, (0/1 cơ sở)", "xã đạt 0/2 trường"): the fraction as a
/// percent, when the indicator is a rate ("Tỷ lệ …") or its requirement is a percent.
fn rate_from_fraction(s: &Statement, name: Option<&str>) -> Option<f64> {
    let (n, d) = (s.numerator?, s.denominator?);
    let is_rate = name.is_some_and(|n| fold_key(n).starts_with("ty le"))
        || matches!(s.unit, Some(crate::normalize::Unit::Percent));
    (is_rate && d > 0.0).then(|| (n / d * 10_000.0).round() / 100.0)
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
        let agencies: Vec<String> = agency
            .as_deref()
            .map(|a| {
                crate::agency::AgencyNames::builtin()
                    .split(a)
                    .into_iter()
                    .map(|(_, canonical)| canonical)
                    .collect()
            })
            .unwrap_or_default();
        let solution = col(Role::Solution).map(|c| t.text(row, c).trim().to_string());
        let time_text = col(Role::TargetTime).map(|c| t.text(row, c)).unwrap_or("");
        let periods: Vec<Period> = parse_periods(time_text)
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        if periods.is_empty() && !time_text.trim().is_empty() {
            out.issues.push(ctx.issue(
                crate::validate::Rule::UnparsedPeriod,
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
            // Another column's text moved here by the OCR (an agency, a
            // solution) states nothing, even in a column of unmet criteria.
            if !holds_criterion_content(text) {
                continue;
            }
            let mut stmts = drop_bare_headings(parse_statements(text, &cctx));
            stmts.dedup_by(|a, b| {
                a.indicator_code == b.indicator_code
                    && a.criterion_no == b.criterion_no
                    && fold_key(&a.raw) == fold_key(&b.raw)
            });
            if stmts.is_empty() && holds_criterion_content(text) {
                stmts.push(plain_statement(text));
            }
            for s in stmts.iter().filter(|s| !is_debris(s, level, ctx)) {
                row_records.push(record(s, level, &current, kind, t, row, ctx, out));
            }
        }
        let n = row_records.len();
        for (i, mut r) in row_records.into_iter().enumerate() {
            if kind == AppendixKind::CommunePlan {
                continue_criterion(&mut r, &out.indicators[first_record..], ctx);
            }
            r.agency = agency.clone().filter(|a| !a.is_empty());
            r.agencies = agencies.clone();
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
                district_code: Some(d.code),
                level: Some(level),
            };
        }
        out.issues.push(ctx.issue(
            crate::validate::Rule::UnresolvedLocality,
            t,
            row,
            kind,
            Some(cell.name.clone()),
            cell.name.clone(),
            "a district, town or city of the province",
        ));
        // Unknown to the gazetteer: the printed type still tells the standard
        // (a huyện is recognised as huyện NTM; a thị xã or thành phố as having
        // completed the programme's tasks, QĐ 320/QĐ-TTg Phụ lục II).
        let k = fold_key(&cell.name);
        let level = if k.starts_with("huyen ") {
            Some(Level::HuyenNtm)
        } else if k.starts_with("thi xa ") || k.starts_with("thanh pho ") {
            Some(Level::HuyenHoanThanhNhiemVu)
        } else {
            None
        };
        return Locality {
            name: cell.name,
            level,
            ..Locality::default()
        };
    }
    let hint = Hint {
        district: None,
        unit_type: Some(UnitType::Xa),
    };
    let r = ctx.gazetteer.resolve(&cell.name, &hint);
    out.issues.extend(ctx.correction(&r, t, row, kind));
    let loc = match &r.unit {
        Some(u) => Locality {
            code: Some(u.code.clone()),
            name: u.name.clone(),
            district: u.district_name.clone(),
            district_code: u.district_code.clone(),
            level: None,
        },
        None => {
            out.issues.push(ctx.issue(
                crate::validate::Rule::UnresolvedLocality,
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
    //
    // An indicator whose printed text starts with its evaluation ("+ Chỉ tiêu 6.1
    // Xã chưa lắp đặt các dụng cụ thể dục thể thao …") may come back from the
    // parser without a name, or with the criterion's; its own text after the
    // label then names it.
    let indicator_name = match (&s.indicator_name, &s.indicator_code) {
        (Some(n), _) if n.split_whitespace().count() >= 3 => Some(n.clone()),
        (_, Some(_)) => Some(strip_label(&s.raw))
            .filter(|t| t.split_whitespace().count() >= 3)
            .or_else(|| s.indicator_name.clone()),
        (n, None) => n.clone(),
    };
    let name = indicator_name
        .clone()
        .or_else(|| s.criterion_name.clone())
        .or_else(|| Some(s.raw.trim().to_string()).filter(|t| !t.is_empty()));
    let matched_code = match (&indicator_name, &s.indicator_code) {
        (Some(name), printed) if worded_for_other_set(level, name, printed.as_deref(), ctx) => None,
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
    let actual_value = actual_value.or_else(|| rate_from_fraction(s, name.as_deref()));
    // Words of the other xã set's indicator are known, only not at this level;
    // validation reports the column (code_name_mismatch), not an unknown indicator.
    let other_set = indicator_name
        .as_deref()
        .is_some_and(|n| worded_for_other_set(level, n, s.indicator_code.as_deref(), ctx));
    if s.indicator_code.is_some() && matched_code.is_none() && !other_set {
        out.issues.push(crate::records::ReadIssue {
            indicator_code: s.indicator_code.clone(),
            ..ctx.issue(
                crate::validate::Rule::UnknownIndicator,
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
                crate::validate::Rule::AmbiguousNumber,
                t,
                row,
                kind,
                Some(loc.name.clone()),
                a.clone(),
                "a number whose reading the unit or magnitude decides",
            )
        });
    }
    let matched_code_for_unit = matched_code.clone();
    IndicatorRecord {
        prov: ctx.prov(t, row),
        appendix: kind,
        locality_code: loc.code.clone(),
        locality_name: loc.name.clone(),
        district_code: loc.district_code.clone(),
        district_name: loc.district.clone(),
        level,
        criterion_no: s.criterion_no.map(i32::from).or(hint.map(i32::from)),
        indicator_code: s.indicator_code.clone(),
        matched_code,
        indicator_name: name,
        actual_value,
        actual_text: s.actual_text.clone(),
        required_value,
        comparator,
        unit: normalized_unit(
            s.unit.as_ref().map(unit_text).as_deref(),
            matched_code_for_unit
                .as_deref()
                .and_then(|c| ctx.catalog.indicator(level, c))
                .map(|i| i.unit.as_str()),
            actual_value.is_some() || required_value.is_some(),
        ),
        unit_printed: s.unit.as_ref().map(unit_text),
        numerator: s.numerator,
        denominator: s.denominator,
        status: match s.status {
            StStatus::Met => Status::Met,
            StStatus::NotMet => Status::NotMet,
            StStatus::Unknown => Status::Unknown,
        },
        agency: None,
        agencies: Vec::new(),
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
    fn labels_are_stripped_from_statement_text() {
        assert_eq!(
            strip_label("+ Chỉ tiêu 6.1 Xã chưa lắp đặt các dụng cụ thể dục"),
            "Xã chưa lắp đặt các dụng cụ thể dục"
        );
        assert_eq!(strip_label("-Tiêu chí số 9. Nhà ở dân cư"), "Nhà ở dân cư");
        assert_eq!(strip_label("+ 15.3 Tỷ lệ trẻ em"), "Tỷ lệ trẻ em");
    }
}
