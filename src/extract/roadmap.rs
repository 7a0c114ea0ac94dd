//! Roadmap appendices (Phụ lục 07/08/09 kind): which communes reach a level in
//! which year, by district, with printed totals, cumulative counts and percents.
//!
//! Three layouts are read, told apart by their column titles:
//! - **by district** (the Khánh Hòa kind): one row per year with total, cumulative
//!   and percent columns, then one column per district listing its communes;
//! - **by year**: one row per district, one column per year;
//! - **list**: one row per commune, with a year (or period) column.
//!
//! Communes are placed in their district by the gazetteer, not by the column they
//! were printed under: OCR and layout shifts put names in neighbouring columns
//! (Phụ lục 07 prints Cam Ranh's Cam Thành Nam under Cam Lâm). The printed column
//! is kept in `printed_district` so validation can report the shift.

use super::columns::{ColumnTitles, column_titles};
use super::context::{DocCtx, row_text};
use crate::Level;
use crate::gazetteer::{Hint, UnitType};
use crate::normalize::{NumberContext, Unit, fold_key, parse_number, parse_periods};
use crate::records::{AppendixKind, Extraction, RoadmapEntry, RoadmapTotal};
use ntm_parsers::Table;

/// Column layout of a by-district roadmap table.
#[derive(Debug, Default)]
struct Layout {
    year: Option<u32>,
    total: Option<u32>,
    cumulative: Option<u32>,
    percent: Option<u32>,
    /// (column, printed district title, canonical district name).
    districts: Vec<(u32, String, Option<String>)>,
}

/// A year printed as a column title or cell ("2024", "Năm 2024", "Quý IV/2024").
fn year_in(text: &str) -> Option<i32> {
    let t = text.trim();
    if let Ok(y) = t.parse::<i32>() {
        return (1990..=2100).contains(&y).then_some(y);
    }
    let k = fold_key(t);
    if k.chars().count() > 24 {
        return None;
    }
    parse_periods(t).first().map(|(p, _)| p.year)
}

/// Column titles that carry no district: row number, notes, units.
fn is_bookkeeping(k: &str) -> bool {
    matches!(k, "so" | "stt" | "so tt" | "so thu tu" | "")
        || k.starts_with("ghi chu")
        || k.starts_with("don vi tinh")
}

fn layout(t: &Table, titles: &ColumnTitles, ctx: &DocCtx) -> Layout {
    let mut l = Layout::default();
    for (col, title) in titles.leaf.iter().enumerate() {
        let col = col as u32;
        let k = fold_key(title);
        if k == "nam" || k.starts_with("nam dat") || k == "nam thuc hien" {
            l.year = Some(col);
        } else if k == "tong" || k == "tong so" || k.starts_with("tong so xa") {
            l.total = Some(col);
        } else if k.starts_with("luy ke") {
            l.cumulative = Some(col);
        } else if k == "%" || k.starts_with("ty le") {
            l.percent = Some(col);
        } else if !is_bookkeeping(&k) {
            let d = ctx.gazetteer.resolve_district(title).map(|d| d.name);
            if d.is_some() || column_names_communes(t, titles, col, ctx) {
                l.districts.push((col, title.clone(), d));
            }
        }
    }
    // A province the gazetteer does not know: with a year column present, every
    // other titled column after it lists that column's communes, as printed.
    if l.districts.is_empty()
        && let Some(year_col) = l.year
    {
        let counted = [l.total, l.cumulative, l.percent];
        for (col, title) in titles.leaf.iter().enumerate().skip(year_col as usize + 1) {
            let col = col as u32;
            if !counted.contains(&Some(col)) && !is_bookkeeping(&fold_key(title)) {
                l.districts.push((col, title.clone(), None));
            }
        }
    }
    l
}

/// True when some body cell of the column names a commune: keeps a district
/// column whose title the gazetteer does not know, drops a notes column.
fn column_names_communes(t: &Table, titles: &ColumnTitles, col: u32, ctx: &DocCtx) -> bool {
    let hint = Hint {
        district: None,
        unit_type: Some(UnitType::Xa),
    };
    (titles.body_start..t.n_rows).any(|r| {
        let text = t.text(r, col);
        !text.trim().is_empty()
            && ctx
                .gazetteer
                .segment(text, &hint)
                .iter()
                .any(|x| x.is_resolved() && x.confidence >= 0.9)
    })
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

/// Reads a roadmap table of `level` into `out`, in whichever layout it has.
pub fn extract(t: &Table, level: Level, ctx: &DocCtx, out: &mut Extraction) {
    let titles = column_titles(t);
    let year_cols: Vec<(u32, i32)> = titles
        .leaf
        .iter()
        .enumerate()
        .filter_map(|(c, x)| year_in(x).map(|y| (c as u32, y)))
        .collect();
    if year_cols.len() >= 2 {
        return by_year(t, &titles, &year_cols, level, ctx, out);
    }
    let l = layout(t, &titles, ctx);
    if l.districts.is_empty() {
        return list(t, &titles, level, ctx, out);
    }
    by_district(t, &titles, &l, level, ctx, out)
}

fn by_district(
    t: &Table,
    titles: &ColumnTitles,
    l: &Layout,
    level: Level,
    ctx: &DocCtx,
    out: &mut Extraction,
) {
    let mut year: Option<i32> = None;
    for row in titles.body_start..t.n_rows {
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
        match year_in(year_text) {
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
            let column = canonical.clone().unwrap_or_else(|| printed.clone());
            place_communes(t, row, *col, y, level, Some(column), ctx, out);
        }
    }
}

/// One row per district, one column per year.
fn by_year(
    t: &Table,
    titles: &ColumnTitles,
    year_cols: &[(u32, i32)],
    level: Level,
    ctx: &DocCtx,
    out: &mut Extraction,
) {
    let first_year_col = year_cols.iter().map(|(c, _)| *c).min().unwrap_or(0);
    for row in titles.body_start..t.n_rows {
        // The district is named in a column before the years.
        let district = (0..first_year_col)
            .find_map(|c| ctx.gazetteer.resolve_district(t.text(row, c)))
            .map(|d| d.name);
        let is_total = t
            .row_cells(row)
            .any(|c| fold_key(&c.text).contains("tong cong"));
        if is_total {
            continue;
        }
        for (col, year) in year_cols {
            place_communes(t, row, *col, *year, level, district.clone(), ctx, out);
        }
    }
}

/// One row per commune with its year: "STT | Xã | Huyện | Năm đạt chuẩn".
fn list(t: &Table, titles: &ColumnTitles, level: Level, ctx: &DocCtx, out: &mut Extraction) {
    let find = |pred: &dyn Fn(&str) -> bool| {
        titles
            .leaf
            .iter()
            .position(|x| pred(&fold_key(x)))
            .map(|c| c as u32)
    };
    let year_col =
        find(&|k| k.starts_with("nam") || k.contains("thoi gian") || k.contains("lo trinh"));
    let commune_col = find(&|k| {
        k == "xa" || k.starts_with("ten xa") || k.contains("dia phuong") || k.starts_with("xa ")
    });
    let district_col = find(&|k| k.starts_with("huyen") || k.contains("cap huyen"));
    let (Some(year_col), Some(commune_col)) = (year_col, commune_col) else {
        return;
    };
    for row in titles.body_start..t.n_rows {
        let Some(year) = year_in(t.text(row, year_col)) else {
            if !t.text(row, year_col).trim().is_empty() {
                out.issues.push(ctx.issue(
                    "unparsed_period",
                    t,
                    row,
                    AppendixKind::Roadmap,
                    None,
                    t.text(row, year_col),
                    "a year such as 2024 in the year column",
                ));
            }
            continue;
        };
        let district = district_col
            .and_then(|c| ctx.gazetteer.resolve_district(t.text(row, c)))
            .map(|d| d.name);
        place_communes(t, row, commune_col, year, level, district, ctx, out);
    }
}

/// Resolves the communes named in one cell and records them for `year`.
#[allow(clippy::too_many_arguments)]
fn place_communes(
    t: &Table,
    row: u32,
    col: u32,
    year: i32,
    level: Level,
    printed_district: Option<String>,
    ctx: &DocCtx,
    out: &mut Extraction,
) {
    let text = t.text(row, col);
    if text.trim().is_empty() {
        return;
    }
    let hint = Hint {
        district: printed_district.as_deref(),
        unit_type: Some(UnitType::Xa),
    };
    let resolutions = ctx.gazetteer.segment(text, &hint);
    if resolutions.iter().any(|r| r.split_by_gazetteer) {
        out.issues.push(ctx.issue(
            "gazetteer_split",
            t,
            row,
            AppendixKind::Roadmap,
            None,
            resolutions
                .iter()
                .map(|r| r.raw.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
            format!("names separated by commas or line breaks in \"{}\"", text.trim()),
        ));
    }
    for r in resolutions {
        let (code, name, dcode, dname) = match &r.unit {
            Some(u) => (
                Some(u.code.clone()),
                Some(u.name.clone()),
                u.district_code.clone(),
                u.district_name.clone().or_else(|| printed_district.clone()),
            ),
            None => (None, None, None, printed_district.clone()),
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
                            .map(|c| match &c.district_name {
                                Some(d) => format!("{} ({d})", c.name),
                                None => format!("{} ({})", c.name, c.code),
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                },
            ));
        }
        out.roadmap.push(RoadmapEntry {
            prov: ctx.prov(t, row),
            level,
            year,
            district_code: dcode,
            district_name: dname,
            commune_code: code,
            commune_name: name,
            raw_name: r.raw.clone(),
            printed_district: printed_district.clone(),
            confidence: r.confidence,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::gazetteer::Gazetteer;
    use ntm_parsers::{CellOrigin, Method, TableBuilder};

    fn table(rows: &[&[&str]]) -> Table {
        let mut b = TableBuilder::new(Method::Sheet).header_rows(1);
        for (r, cells) in rows.iter().enumerate() {
            for (c, text) in cells.iter().enumerate() {
                b.text_cell(r as u32, c as u32, text, CellOrigin::page(1));
            }
        }
        b.build(0).unwrap()
    }

    fn run(t: &Table) -> Extraction {
        let ctx = DocCtx {
            doc_id: "d",
            source_file: "f",
            gazetteer: Gazetteer::builtin(),
            catalog: Catalog::builtin(),
        };
        let mut out = Extraction::default();
        extract(t, Level::XaNtm, &ctx, &mut out);
        out
    }

    fn codes(ex: &Extraction) -> Vec<(i32, String)> {
        ex.roadmap
            .iter()
            .map(|e| (e.year, e.commune_name.clone().unwrap_or_default()))
            .collect()
    }

    #[test]
    fn by_year_layout() {
        let t = table(&[
            &["STT", "Huyện", "Năm 2024", "Năm 2025"],
            &["1", "Vạn Ninh", "Vạn Thạnh", ""],
            &["2", "Khánh Vĩnh", "", "Khánh Đông, Khánh Bình"],
        ]);
        let ex = run(&t);
        assert_eq!(
            codes(&ex),
            vec![
                (2024, "Vạn Thạnh".into()),
                (2025, "Khánh Đông".into()),
                (2025, "Khánh Bình".into())
            ]
        );
        assert_eq!(ex.roadmap[1].district_name.as_deref(), Some("Khánh Vĩnh"));
    }

    #[test]
    fn list_layout() {
        let t = table(&[
            &["STT", "Tên xã", "Huyện", "Năm đạt chuẩn"],
            &["1", "Sơn Bình", "Khánh Sơn", "2024"],
            &["2", "Ninh An", "Ninh Hòa", "Quý IV/2025"],
        ]);
        let ex = run(&t);
        assert_eq!(
            codes(&ex),
            vec![(2024, "Sơn Bình".into()), (2025, "Ninh An".into())]
        );
    }

    #[test]
    fn districts_the_gazetteer_does_not_know_are_kept_as_printed() {
        let t = table(&[
            &["Số", "Năm", "Tổng", "Huyện Alpha", "Huyện Beta"],
            &["1", "2024", "2", "Xã Một", "Xã Hai"],
        ]);
        let ex = run(&t);
        let got: Vec<_> = ex
            .roadmap
            .iter()
            .map(|e| {
                (
                    e.raw_name.as_str(),
                    e.printed_district.as_deref(),
                    e.commune_code.is_none(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("Xã Một", Some("Huyện Alpha"), true),
                ("Xã Hai", Some("Huyện Beta"), true)
            ]
        );
        // Unknown names are reported, never invented.
        assert_eq!(
            ex.issues
                .iter()
                .filter(|i| i.rule == "unresolved_locality")
                .count(),
            2
        );
    }

    #[test]
    fn notes_column_is_not_a_district() {
        let t = table(&[
            &["Số", "Năm", "Tổng", "Vạn Ninh", "Ghi chú"],
            &["1", "2024", "1", "Vạn Thạnh", "Đã trình hồ sơ"],
        ]);
        let ex = run(&t);
        assert_eq!(codes(&ex), vec![(2024, "Vạn Thạnh".into())]);
        assert!(ex.issues.is_empty(), "{:?}", ex.issues);
    }
}
