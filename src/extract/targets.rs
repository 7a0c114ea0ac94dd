//! Targets appendix (Phụ lục 01 kind): target % of localities meeting each
//! criterion, one column per level.
//!
//! The criterion column names the criterion as numbered in each level's own set
//! ("5. Trường học" for xã NTM, "5. Giáo dục" for nâng cao), on sub-rows under
//! the province's row number. A cell may name several criteria with several
//! values ("15. Hành chính công 16. Tiếp cận pháp luật" | "50 50"): each pair
//! becomes a record.

use super::columns::column_titles;
use super::context::{DocCtx, row_text};
use crate::Level;
use crate::normalize::{NumberContext, Unit, fold_key, parse_number};
use crate::records::{Extraction, TargetRecord};
use ntm_parsers::Table;
use regex::Regex;
use std::sync::LazyLock;

/// Level of a targets column header ("Xã NTM nâng cao", "Huyện NTM").
pub fn level_of_header(h: &str) -> Option<Level> {
    let k = fold_key(h);
    let huyen = k.contains("huyen");
    let xa = k.contains("xa");
    let nc = k.contains("nang cao");
    let km = k.contains("kieu mau");
    match (xa, huyen) {
        (true, false) if km => Some(Level::XaNtmKieuMau),
        (true, false) if nc => Some(Level::XaNtmNangCao),
        (true, false) => Some(Level::XaNtm),
        (false, true) if nc => Some(Level::HuyenNtmNangCao),
        (false, true) => Some(Level::HuyenNtm),
        _ => None,
    }
}

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|\s)(\d{1,2})\.\s+").unwrap());

/// Splits "15. Hành chính công 16. Tiếp cận pháp luật" into numbered names.
/// A name without a number comes back with `None`.
pub fn numbered_names(text: &str) -> Vec<(Option<i32>, String)> {
    let starts: Vec<(usize, usize, i32)> = NUMBERED
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            Some((m.start(), m.end(), c[1].parse().ok()?))
        })
        .collect();
    if starts.is_empty() {
        let t = text.trim();
        return if t.is_empty() {
            vec![]
        } else {
            vec![(None, t.to_string())]
        };
    }
    let mut out = Vec::new();
    for (i, (_, end, no)) in starts.iter().enumerate() {
        let stop = starts.get(i + 1).map_or(text.len(), |s| s.0);
        out.push((Some(*no), text[*end..stop].trim().to_string()));
    }
    out
}

/// Reads a targets table into `out`.
pub fn extract(t: &Table, ctx: &DocCtx, out: &mut Extraction) {
    let titles = column_titles(t);
    let mut levels: Vec<(u32, Level)> = Vec::new();
    let mut name_col = None;
    let mut no_col = None;
    for (col, (leaf, joined)) in titles.leaf.iter().zip(&titles.joined).enumerate() {
        let col = col as u32;
        if let Some(l) = level_of_header(leaf).or_else(|| level_of_header(joined)) {
            levels.push((col, l));
        } else {
            let k = fold_key(leaf);
            if k.contains("tieu chi") && name_col.is_none() {
                name_col = Some(col);
            } else if k.starts_with("so") || matches!(k.as_str(), "stt" | "tt" | "s tt") {
                no_col = Some(col);
            }
        }
    }
    let Some(name_col) = name_col else { return };
    let pct = NumberContext {
        unit: Some(Unit::Percent),
        expected_range: Some((0.0, 100.0)),
    };
    let mut row_no: Option<i32> = None;
    for row in titles.body_start..t.n_rows {
        if let Some(n) = no_col.and_then(|c| t.text(row, c).trim().parse::<i32>().ok()) {
            row_no = Some(n);
        }
        let names = numbered_names(t.text(row, name_col));
        if names.is_empty() {
            continue;
        }
        for (col, level) in &levels {
            let text = t.text(row, *col);
            // A workbook's stored number first, unless a "%" format shows it
            // (that stores 0.95 for 95%, and the text says 95%).
            let values: Vec<f64> = match t.number(row, *col).filter(|_| !text.contains('%')) {
                Some(v) => vec![v],
                None => text
                    .split_whitespace()
                    .filter_map(|v| parse_number(v.trim_end_matches('%'), &pct).value)
                    .collect(),
            };
            for (i, v) in values.iter().enumerate() {
                let (no, name) = pick_name(&names, i, values.len(), *level, ctx);
                out.targets.push(TargetRecord {
                    prov: ctx.prov(t, row),
                    level: *level,
                    criterion_no: no.or(row_no),
                    criterion_name: name,
                    target_percent: Some(*v),
                    row_no,
                    raw_text: row_text(t, row),
                });
            }
        }
    }
}

/// Which of the names in the cell a value belongs to: the i-th when the cell has
/// as many names as values; else the one the catalog places at that number in
/// that level's set ("19. Quốc phòng và an ninh 9. An ninh trật tự - hành chính
/// công": 19 for communes, 9 for districts, whose set has nine criteria); else
/// one whose number exists in the level's set; else the first.
fn pick_name(
    names: &[(Option<i32>, String)],
    i: usize,
    n_values: usize,
    level: Level,
    ctx: &DocCtx,
) -> (Option<i32>, String) {
    if names.len() == n_values {
        return names[i].clone();
    }
    let number = |no: &Option<i32>| no.and_then(|n| u8::try_from(n).ok());
    let in_set =
        |no: &Option<i32>| number(no).is_some_and(|n| ctx.catalog.criterion(level, n).is_some());
    let matches = |(no, name): &&(Option<i32>, String)| {
        in_set(no) && ctx.catalog.match_criterion(level, name) == number(no)
    };
    names
        .iter()
        .find(matches)
        .or_else(|| names.iter().find(|(no, _)| in_set(no)))
        .unwrap_or(&names[0])
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbered_names() {
        assert_eq!(
            numbered_names("15. Hành chính công 16. Tiếp cận pháp luật"),
            vec![
                (Some(15), "Hành chính công".to_string()),
                (Some(16), "Tiếp cận pháp luật".to_string())
            ]
        );
        assert_eq!(
            numbered_names("Quy hoạch"),
            vec![(None, "Quy hoạch".to_string())]
        );
    }

    #[test]
    fn column_levels() {
        assert_eq!(level_of_header("Xã NTM"), Some(Level::XaNtm));
        assert_eq!(
            level_of_header("Xã NTM nâng cao"),
            Some(Level::XaNtmNangCao)
        );
        assert_eq!(level_of_header("Huyện NTM"), Some(Level::HuyenNtm));
        assert_eq!(
            level_of_header("Huyện NTM nâng cao"),
            Some(Level::HuyenNtmNangCao)
        );
        assert_eq!(level_of_header("Tiêu chí"), None);
    }
}
