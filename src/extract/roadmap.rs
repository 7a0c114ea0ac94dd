//! Roadmap appendices (Phụ lục 07/08/09 kind): which communes reach a level in
//! which year, by district, with printed totals, cumulative counts and percents.
//!
//! Communes are placed in their district by the gazetteer, not by the column they
//! were printed under: OCR and layout shifts put names in neighbouring columns
//! (Phụ lục 07 prints Cam Ranh's Cam Thành Nam under Cam Lâm). The printed column
//! is kept in `printed_district` so validation can report the shift.

use super::context::{DocCtx, row_text};
use crate::Level;
use crate::gazetteer::{Hint, UnitType};
use crate::normalize::{NumberContext, Unit, fold_key, parse_number};
use crate::records::{AppendixKind, Extraction, RoadmapEntry, RoadmapTotal};
use ntm_parsers::Table;

/// Column layout of a roadmap table.
#[derive(Debug, Default)]
struct Layout {
    year: Option<u32>,
    total: Option<u32>,
    cumulative: Option<u32>,
    percent: Option<u32>,
    /// (column, printed district header, canonical district name).
    districts: Vec<(u32, String, Option<String>)>,
}

fn layout(t: &Table, ctx: &DocCtx) -> Layout {
    let mut l = Layout::default();
    for c in t.row_cells(0) {
        let k = fold_key(&c.text);
        match k.as_str() {
            "nam" => l.year = Some(c.col),
            "tong" | "tong so" => l.total = Some(c.col),
            "luy ke" => l.cumulative = Some(c.col),
            "%" | "ty le" | "ty le %" => l.percent = Some(c.col),
            "so" | "stt" | "so tt" | "" => {}
            _ => {
                let d = ctx.gazetteer.resolve_district(&c.text).map(|d| d.name);
                l.districts.push((c.col, c.text.clone(), d));
            }
        }
    }
    l
}

fn int_at(t: &Table, row: u32, col: Option<u32>) -> Option<i32> {
    let s = t.text(row, col?).trim();
    let r = parse_number(s, &NumberContext::default());
    r.value.filter(|v| v.fract() == 0.0).map(|v| v as i32)
}

fn percent_at(t: &Table, row: u32, col: Option<u32>) -> Option<f64> {
    let s = t.text(row, col?).trim().trim_end_matches('%').trim();
    let ctx = NumberContext {
        unit: Some(Unit::Percent),
        expected_range: None,
    };
    parse_number(s, &ctx).value
}

/// Reads a roadmap table of `level` into `out`.
pub fn extract(t: &Table, level: Level, ctx: &DocCtx, out: &mut Extraction) {
    let l = layout(t, ctx);
    let mut year: Option<i32> = None;
    for row in t.header_rows.max(1)..t.n_rows {
        let year_text = l.year.map(|c| t.text(row, c)).unwrap_or("");
        let is_grand_total = fold_key(year_text).contains("tong cong")
            || t.row_cells(row).any(|c| fold_key(&c.text) == "tong cong");
        if is_grand_total {
            for (col, printed, canonical) in &l.districts {
                out.roadmap_totals.push(RoadmapTotal {
                    prov: ctx.prov(t, row),
                    level,
                    year: None,
                    district_name: Some(canonical.clone().unwrap_or_else(|| printed.clone())),
                    printed_total: int_at(t, row, Some(*col)),
                    printed_cumulative: None,
                    printed_percent: None,
                    raw_text: row_text(t, row),
                });
            }
            out.roadmap_totals.push(RoadmapTotal {
                prov: ctx.prov(t, row),
                level,
                year: None,
                district_name: None,
                printed_total: int_at(t, row, l.total),
                printed_cumulative: int_at(t, row, l.cumulative),
                printed_percent: percent_at(t, row, l.percent),
                raw_text: row_text(t, row),
            });
            continue;
        }
        let row_year = year_text
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y));
        match row_year {
            Some(y) => {
                year = Some(y);
                out.roadmap_totals.push(RoadmapTotal {
                    prov: ctx.prov(t, row),
                    level,
                    year: Some(y),
                    district_name: None,
                    printed_total: int_at(t, row, l.total),
                    printed_cumulative: int_at(t, row, l.cumulative),
                    printed_percent: percent_at(t, row, l.percent),
                    raw_text: row_text(t, row),
                });
            }
            None if !year_text.trim().is_empty() => {
                out.issues.push(ctx.issue(
                    "unparsed_period",
                    t,
                    row,
                    AppendixKind::Roadmap,
                    None,
                    year_text,
                    "a year such as 2024 in the year column",
                ));
                continue;
            }
            // An empty year cell continues the previous year's row (names that
            // did not fit, printed on the next line).
            None => {}
        }
        let Some(y) = year else { continue };
        for (col, printed, canonical) in &l.districts {
            let text = t.text(row, *col);
            if text.trim().is_empty() {
                continue;
            }
            let hint = Hint {
                district: canonical.as_deref().or(Some(printed.as_str())),
                unit_type: Some(UnitType::Xa),
            };
            for r in ctx.gazetteer.segment(text, &hint) {
                let (code, name, dcode, dname) = match &r.unit {
                    Some(u) => (
                        Some(u.code.clone()),
                        Some(u.name.clone()),
                        Some(u.district_code.clone()),
                        Some(u.district_name.clone()),
                    ),
                    None => (None, None, None, canonical.clone()),
                };
                if r.unit.is_none() {
                    out.issues.push(ctx.issue(
                        "unresolved_locality",
                        t,
                        row,
                        AppendixKind::Roadmap,
                        Some(r.raw.clone()),
                        r.raw.clone(),
                        if r.candidates.is_empty() {
                            "a commune of the province".to_string()
                        } else {
                            format!(
                                "one commune; candidates: {}",
                                r.candidates
                                    .iter()
                                    .map(|c| format!("{} ({})", c.name, c.district_name))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )
                        },
                    ));
                }
                out.roadmap.push(RoadmapEntry {
                    prov: ctx.prov(t, row),
                    level,
                    year: y,
                    district_code: dcode,
                    district_name: dname,
                    commune_code: code,
                    commune_name: name,
                    raw_name: r.raw.clone(),
                    printed_district: Some(canonical.clone().unwrap_or_else(|| printed.clone())),
                    confidence: r.confidence,
                });
            }
        }
    }
}
