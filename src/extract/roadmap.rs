//! Roadmap appendices (Phụ lục 07/08/09 kind): which communes reach a level in
//! which year, by district, with printed totals, cumulative counts and percents.
//!
//! Four layouts are read, told apart by what each column holds (its title, and
//! its cells: a column of small integers is a count, never a list of names):
//! - **by district** (the Khánh Hòa kind): one row per year with total, cumulative
//!   and percent columns, then one column per district listing its communes;
//! - **by year**: one row per district, one column per year;
//! - **list**: one row per commune, with a year (or period) column;
//! - **communes per year**: one row per year, its count, running count and the
//!   communes in one cell ("Năm | Số xã | Lũy kế | Tên xã"), for provinces
//!   without districts.
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

/// What a column of a roadmap table holds, decided from its title and checked
/// against its cells.
#[derive(Debug, Clone, PartialEq)]
enum Col {
    /// Row number, notes, units: nothing to read.
    Skip,
    /// The year of the row ("Năm", "Năm đạt chuẩn").
    Year,
    /// Communes reaching the level in the row's year ("Số xã", "Tổng").
    Total,
    /// Running count ("Lũy kế").
    Cumulative,
    /// Running percent of the programme ("%", "Tỷ lệ").
    Percent,
    /// The district the row is about ("Huyện", "Đơn vị cấp huyện").
    District,
    /// Lists communes. `printed` is the column title when it names their
    /// district ("Vạn Ninh"), `district` that district's canonical name.
    Communes {
        printed: Option<String>,
        district: Option<String>,
    },
    /// Lists the communes reaching the level in the title's year ("Năm 2024").
    YearCommunes(i32),
}

/// A year printed as a column title or cell ("2024", "Năm 2024", "Quý IV/2024").
/// Stray marks around it (".2020", "2021:", a speck read by OCR) are ignored.
fn year_in(text: &str) -> Option<i32> {
    let t = text.trim_matches(|c: char| !c.is_alphanumeric());
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
    matches!(k, "so" | "stt" | "tt" | "so tt" | "so thu tu" | "")
        || k.starts_with("ghi chu")
        || k.starts_with("don vi tinh")
}

/// Words of a title that only say "a district" or "a commune", not which one.
fn generic_place_title(k: &str) -> bool {
    const WORDS: &[&str] = &[
        "ten", "xa", "huyen", "thi", "thanh", "pho", "don", "vi", "cap", "thuoc", "dia", "phuong",
        "danh", "sach", "dat", "chuan", "cac",
    ];
    !k.is_empty()
        && k.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| WORDS.contains(&w))
}

/// The role a title gives its column, before the cells are looked at.
fn role_from_title(title: &str, ctx: &DocCtx) -> Option<Col> {
    let k = fold_key(title);
    if is_bookkeeping(&k) {
        return Some(Col::Skip);
    }
    if let Some(y) = year_in(title).filter(|_| k.chars().any(|c| c.is_ascii_digit())) {
        return Some(Col::YearCommunes(y));
    }
    if k == "nam"
        || k.starts_with("nam dat")
        || k.starts_with("nam thuc hien")
        || k.starts_with("nam hoan thanh")
        || k.starts_with("nam cong nhan")
        || k.contains("thoi gian")
        || k.contains("lo trinh")
    {
        return Some(Col::Year);
    }
    if k == "tong"
        || k == "tong so"
        || k.starts_with("tong so xa")
        || k == "so xa"
        || k.starts_with("so xa ")
        || k.starts_with("so luong")
    {
        return Some(Col::Total);
    }
    if k.starts_with("luy ke") {
        return Some(Col::Cumulative);
    }
    if k == "%" || k.starts_with("ty le") {
        return Some(Col::Percent);
    }
    if let Some(d) = ctx.gazetteer.resolve_district(title) {
        return Some(Col::Communes {
            printed: Some(title.trim().to_string()),
            district: Some(d.name),
        });
    }
    if generic_place_title(&k) {
        return Some(if k.contains("huyen") {
            Col::District
        } else {
            Col::Communes {
                printed: None,
                district: None,
            }
        });
    }
    None
}

/// True when the text is a count or percent, not names ("5", "12,2", "4,3%").
fn is_count(text: &str) -> bool {
    let t = text.trim().trim_end_matches('%').trim();
    !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '))
        && t.chars().any(|c| c.is_ascii_digit())
}

/// A grand-total or sum row ("TỔNG CỘNG", "Cộng", "Tổng số").
fn is_total_row(t: &Table, row: u32) -> bool {
    t.row_cells(row).any(|c| {
        let k = fold_key(&c.text);
        k.contains("tong cong") || matches!(k.as_str(), "cong" | "tong" | "tong so" | "toan tinh")
    })
}

/// Roles of every column: from the titles, then checked against the cells — a
/// column of small integers is a count, never a list of names; a column with
/// an unknown title lists communes when it holds names after the year column.
fn column_roles(t: &Table, titles: &ColumnTitles, ctx: &DocCtx) -> Vec<Col> {
    let mut roles: Vec<Option<Col>> = titles
        .leaf
        .iter()
        .map(|x| role_from_title(x, ctx))
        .collect();
    let body: Vec<u32> = (titles.body_start..t.n_rows)
        .filter(|r| !is_total_row(t, *r))
        .collect();
    let cells = |col: usize| -> Vec<&str> {
        body.iter()
            .map(|r| t.text(*r, col as u32).trim())
            .filter(|x| !x.is_empty())
            .collect()
    };
    let has = |roles: &[Option<Col>], want: &Col| roles.iter().any(|r| r.as_ref() == Some(want));
    for col in 0..roles.len() {
        let texts = cells(col);
        let counts = !texts.is_empty() && texts.iter().all(|x| is_count(x));
        let years = counts && texts.iter().all(|x| year_in(x).is_some());
        let names_role = matches!(
            roles[col],
            Some(Col::Communes { .. }) | Some(Col::YearCommunes(_)) | None
        );
        if counts && names_role {
            roles[col] = Some(if years && !has(&roles, &Col::Year) {
                Col::Year
            } else if !has(&roles, &Col::Total) && roles[col].is_none() {
                Col::Total
            } else {
                Col::Skip
            });
        }
    }
    // Unknown titles after the year column (a district the gazetteer does not
    // know): their cells are that column's communes, as printed.
    let year_col = roles.iter().position(|r| r == &Some(Col::Year));
    roles
        .into_iter()
        .enumerate()
        .map(|(col, r)| match r {
            Some(r) => r,
            None if year_col.is_some_and(|y| col > y)
                && !cells(col).is_empty()
                && !titles.leaf[col].trim().is_empty() =>
            {
                Col::Communes {
                    printed: Some(titles.leaf[col].trim().to_string()),
                    district: None,
                }
            }
            None => Col::Skip,
        })
        .collect()
}

/// A count: the workbook's stored number where there is one, else the text read
/// with Vietnamese conventions.
fn int_at(t: &Table, row: u32, col: Option<u32>) -> Option<i32> {
    let col = col?;
    let v = match t.number(row, col) {
        Some(v) => Some(v),
        None => parse_number(t.text(row, col).trim(), &NumberContext::default()).value,
    };
    v.filter(|v| v.fract() == 0.0 && v.abs() < 1e9)
        .map(|v| v as i32)
}

/// A percent. A stored number is taken as it is only when the cell does not
/// display it as a percent (a "%" format stores 0.35 for 35%, and the display
/// text says which it is).
fn percent_at(t: &Table, row: u32, col: Option<u32>) -> Option<f64> {
    let col = col?;
    let text = t.text(row, col).trim();
    if let Some(v) = t.number(row, col).filter(|_| !text.contains('%')) {
        return Some(v);
    }
    let s = text.trim_end_matches('%').trim();
    let ctx = NumberContext {
        unit: Some(Unit::Percent),
        expected_range: None,
    };
    parse_number(s, &ctx).value
}

/// Reads a roadmap table of `level` into `out`, in whichever layout it has:
/// by district (a column per district), by year (a column per year), a list
/// (a row per commune) or a list of communes per year ("Năm | Số xã | Lũy kế |
/// Tên xã").
pub fn extract(t: &Table, level: Level, ctx: &DocCtx, out: &mut Extraction) {
    extract_titled(t, &column_titles(t), level, ctx, out)
}

/// [`extract`] with the table's column titles already computed.
pub fn extract_titled(
    t: &Table,
    titles: &ColumnTitles,
    level: Level,
    ctx: &DocCtx,
    out: &mut Extraction,
) {
    let roles = column_roles(t, titles, ctx);
    let find = |want: &Col| roles.iter().position(|r| r == want).map(|c| c as u32);
    let year_col = find(&Col::Year);
    let total_col = find(&Col::Total);
    let cumulative_col = find(&Col::Cumulative);
    let percent_col = find(&Col::Percent);
    let district_col = find(&Col::District);
    let name_cols: Vec<(u32, &Col)> = roles
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r, Col::Communes { .. } | Col::YearCommunes(_)))
        .map(|(c, r)| (c as u32, r))
        .collect();
    let mut year: Option<i32> = None;
    for row in titles.body_start..t.n_rows {
        if is_total_row(t, row) {
            totals_row(
                t,
                row,
                level,
                &name_cols,
                (total_col, cumulative_col, percent_col),
                year_col.is_some(),
                ctx,
                out,
            );
            continue;
        }
        if let Some(yc) = year_col {
            let year_text = t.text(row, yc);
            match year_in(year_text) {
                Some(y) => {
                    year = Some(y);
                    if total_col.is_some() || cumulative_col.is_some() || percent_col.is_some() {
                        out.roadmap_totals.push(RoadmapTotal {
                            prov: ctx.prov(t, row),
                            level,
                            year: Some(y),
                            district_code: None,
                            district_name: None,
                            printed_total: int_at(t, row, total_col),
                            printed_cumulative: int_at(t, row, cumulative_col),
                            printed_percent: percent_at(t, row, percent_col),
                            raw_text: row_text(t, row),
                        });
                    }
                }
                None if !year_text.trim().is_empty() => {
                    out.issues.push(ctx.issue(
                        crate::validate::Rule::UnparsedPeriod,
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
        }
        let row_district = district_col.and_then(|c| {
            let text = t.text(row, c).trim();
            (!text.is_empty()).then(|| {
                ctx.gazetteer
                    .resolve_district(text)
                    .map_or_else(|| text.to_string(), |d| d.name)
            })
        });
        for (col, role) in &name_cols {
            let (y, printed) = match role {
                Col::YearCommunes(y) => (Some(*y), row_district.clone()),
                Col::Communes { printed, district } => (
                    year,
                    district
                        .clone()
                        .or(printed.clone())
                        .or(row_district.clone()),
                ),
                _ => continue,
            };
            let Some(y) = y else { continue };
            place_communes(t, row, *col, y, level, printed, ctx, out);
        }
    }
}

/// A grand-total row: per district column (by-district layout) its printed
/// total and the overall figures; per year column (by-year layout) that year's
/// total.
#[allow(clippy::too_many_arguments)]
fn totals_row(
    t: &Table,
    row: u32,
    level: Level,
    name_cols: &[(u32, &Col)],
    (total, cumulative, percent): (Option<u32>, Option<u32>, Option<u32>),
    has_year_col: bool,
    ctx: &DocCtx,
    out: &mut Extraction,
) {
    let mut total_of = |year: Option<i32>, district: Option<String>, col: Option<u32>| {
        out.roadmap_totals.push(RoadmapTotal {
            prov: ctx.prov(t, row),
            level,
            year,
            district_code: district
                .as_deref()
                .and_then(|d| ctx.gazetteer.resolve_district(d))
                .map(|d| d.code),
            district_name: district,
            printed_total: int_at(t, row, col),
            printed_cumulative: None,
            printed_percent: None,
            raw_text: row_text(t, row),
        });
    };
    for (col, role) in name_cols {
        match role {
            Col::Communes {
                printed: Some(p),
                district,
            } => total_of(
                None,
                Some(district.clone().unwrap_or_else(|| p.clone())),
                Some(*col),
            ),
            Col::YearCommunes(y) if is_count(t.text(row, *col)) => {
                total_of(Some(*y), None, Some(*col))
            }
            _ => {}
        }
    }
    if has_year_col && (total.is_some() || cumulative.is_some() || percent.is_some()) {
        out.roadmap_totals.push(RoadmapTotal {
            prov: ctx.prov(t, row),
            level,
            year: None,
            district_code: None,
            district_name: None,
            printed_total: int_at(t, row, total),
            printed_cumulative: int_at(t, row, cumulative),
            printed_percent: percent_at(t, row, percent),
            raw_text: row_text(t, row),
        });
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
    if text.trim().is_empty() || is_count(text) {
        return;
    }
    let hint = Hint {
        district: printed_district.as_deref(),
        unit_type: Some(UnitType::Xa),
    };
    let resolutions = ctx.gazetteer.segment(text, &hint);
    if resolutions.iter().any(|r| r.split_by_gazetteer) {
        out.issues.push(
            ctx.issue(
                crate::validate::Rule::GazetteerSplit,
                t,
                row,
                AppendixKind::Roadmap,
                None,
                resolutions
                    .iter()
                    .map(|r| r.raw.as_str())
                    .collect::<Vec<_>>()
                    .join(" | "),
                format!(
                    "names separated by commas or line breaks in \"{}\"",
                    text.trim()
                ),
            ),
        );
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
                crate::validate::Rule::UnresolvedLocality,
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
        out.issues
            .extend(ctx.correction(&r, t, row, AppendixKind::Roadmap));
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

    #[test]
    fn stored_numbers_come_before_display_text() {
        use ntm_parsers::CellValue;
        let mut b = TableBuilder::new(Method::Sheet).header_rows(1);
        let o = || CellOrigin::page(1);
        b.text_cell(0, 0, "Số xã", o());
        b.text_cell(0, 1, "Tỷ lệ", o());
        b.text_cell(0, 2, "Tỷ lệ (định dạng %)", o());
        // A count displayed with a thousands dot, a percent with a decimal
        // comma rounded by its format, and a "%" format storing a fraction.
        b.cell(1, 0, 1, 1, "1.234", Some(CellValue::Number(1234.0)), o());
        b.cell(1, 1, 1, 1, "10,9", Some(CellValue::Number(10.869_565)), o());
        b.cell(1, 2, 1, 1, "35%", Some(CellValue::Number(0.35)), o());
        let t = b.build(0).unwrap();
        assert_eq!(int_at(&t, 1, Some(0)), Some(1234));
        assert_eq!(percent_at(&t, 1, Some(1)), Some(10.869_565));
        assert_eq!(percent_at(&t, 1, Some(2)), Some(35.0));
        // Text-only formats are read from the text as before.
        let t = table(&[&["Số xã", "Tỷ lệ"], &["12", "10,87"]]);
        assert_eq!(int_at(&t, 1, Some(0)), Some(12));
        assert_eq!(percent_at(&t, 1, Some(1)), Some(10.87));
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
    fn names_read_by_their_close_unit_say_so() {
        let t = table(&[
            &["STT", "Tên xã", "Huyện", "Năm đạt chuẩn"],
            &["1", "Cam Hlệp Nam", "Cam Lâm", "2024"],
            &["2", "Cam Lox", "Cam Ranh", "2025"],
            &["3", "Ninh An", "Ninh Hoà", "2025"],
        ]);
        let ex = run(&t);
        assert_eq!(ex.roadmap[0].commune_code.as_deref(), Some("22456"));
        assert!(ex.roadmap[1].commune_code.is_none());
        let fixed: Vec<(&str, &str)> = ex
            .issues
            .iter()
            .filter(|i| i.rule == crate::validate::Rule::LocalityCorrected)
            .map(|i| (i.found.as_str(), i.expected.as_str()))
            .collect();
        assert_eq!(fixed, vec![("Cam Hlệp Nam", "Cam Hiệp Nam")]);
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
                .filter(|i| i.rule == crate::validate::Rule::UnresolvedLocality)
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
