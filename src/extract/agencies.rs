//! Agencies appendix (Phụ lục 06 kind): which agency appraises which criteria and
//! indicators, one column per level. Each code in a cell becomes one record.

use super::columns::{ColumnTitles, column_titles};
use super::context::DocCtx;
use super::targets::level_of_header;
use crate::Level;
use crate::agency::AgencyNames;
use crate::normalize::fold_key;
use crate::records::{AgencyAssignment, Extraction};
use ntm_parsers::Table;
use regex::Regex;
use std::sync::LazyLock;

static CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})(?:\.(\d{1,2}))?\b").unwrap());

/// Codes named in a cell: `("9", "criterion")`, `("17.5", "indicator")`; a cell
/// naming none ("Nợ đọng xây dựng cơ bản") gives its text as one `other` code.
/// Numbers outside 1–19 are not criterion numbers and are ignored.
pub fn codes(text: &str) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for c in CODE.captures_iter(text) {
        let Ok(major) = c[1].parse::<u32>() else {
            continue;
        };
        if !(1..=19).contains(&major) {
            continue;
        }
        let item = match c.get(2) {
            Some(minor) => (
                format!("{major}.{}", minor.as_str().trim_start_matches('0')),
                "indicator",
            ),
            None => (major.to_string(), "criterion"),
        };
        if !out.contains(&item) {
            out.push(item);
        }
    }
    if out.is_empty() && !text.trim().is_empty() {
        out.push((text.trim().to_string(), "other"));
    }
    out
}

/// Level of an agencies column ("Theo dõi, thẩm định các chỉ tiêu, tiêu chí NTM nâng cao").
fn column_level(h: &str) -> Option<Level> {
    let k = fold_key(h);
    if !(k.contains("ntm") || k.contains("nong thon moi")) {
        return None;
    }
    level_of_header(&format!("xã {h}")).or(Some(Level::XaNtm))
}

/// What a column of an agencies table holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Col {
    /// Agency names; the level when the title names one ("Cơ quan thẩm định xã
    /// NTM nâng cao").
    Agency(Option<Level>),
    /// Criteria and indicator codes; the level when the title names one.
    Codes(Option<Level>),
}

/// Share of a column's filled body cells that start like an agency's name,
/// and share that name a criterion or indicator code.
fn contents(t: &Table, titles: &ColumnTitles, col: u32) -> (f64, f64) {
    let names = AgencyNames::builtin();
    let cells: Vec<&str> = (titles.body_start..t.n_rows)
        .map(|r| t.text(r, col).trim())
        .filter(|x| !x.is_empty())
        .collect();
    if cells.is_empty() {
        return (0.0, 0.0);
    }
    let n = cells.len() as f64;
    let agencies = cells.iter().filter(|x| !names.split(x).is_empty()).count() as f64;
    let coded = cells
        .iter()
        .filter(|x| codes(x).iter().any(|(_, kind)| *kind != "other"))
        .count() as f64;
    (agencies / n, coded / n)
}

/// Roles of the columns, from the titles and checked on the cells: a column
/// titled for agencies ("Cơ quan, đơn vị", "Tên đơn vị") holds names, one titled
/// for criteria ("Tiêu chí, chỉ tiêu xã NTM", "Theo dõi, thẩm định … NTM") holds
/// codes; a title that says both, or neither, is decided by what its cells hold.
fn column_roles(t: &Table, titles: &ColumnTitles) -> Vec<Option<Col>> {
    titles
        .joined
        .iter()
        .enumerate()
        .map(|(col, title)| {
            let k = fold_key(title);
            let agency_words =
                k.contains("don vi") || k.contains("co quan") || k.contains("phu trach");
            let code_words = k.contains("tieu chi")
                || k.contains("chi tieu")
                || k.contains("tham dinh")
                || k.contains("theo doi");
            let level = column_level(title);
            if k.is_empty()
                || matches!(k.as_str(), "stt" | "tt" | "so" | "so tt")
                || k.starts_with("ghi chu")
            {
                return None;
            }
            let (agency_share, code_share) = contents(t, titles, col as u32);
            match (agency_words, code_words) {
                (true, false) => Some(Col::Agency(level)),
                (false, true) if code_share >= agency_share => Some(Col::Codes(level)),
                _ if agency_share > 0.5 && agency_share > code_share => Some(Col::Agency(level)),
                _ if code_share > 0.5 => Some(Col::Codes(level)),
                _ => None,
            }
        })
        .collect()
}

/// Reads an agencies table into `out`.
pub fn extract(t: &Table, ctx: &DocCtx, out: &mut Extraction) {
    extract_titled(t, &column_titles(t), ctx, out)
}

/// Reads an agencies table, in either orientation: one agency per row with a
/// column of codes per level (Khánh Hòa's Phụ lục 06), or one criterion per row
/// with the agency (or one agency column per level). Every agency a cell names
/// gets the codes of its row, with its printed and canonical name.
pub fn extract_titled(t: &Table, titles: &ColumnTitles, ctx: &DocCtx, out: &mut Extraction) {
    let roles = column_roles(t, titles);
    let agency_cols: Vec<(u32, Option<Level>)> = roles
        .iter()
        .enumerate()
        .filter_map(|(c, r)| match r {
            Some(Col::Agency(l)) => Some((c as u32, *l)),
            _ => None,
        })
        .collect();
    let code_cols: Vec<(u32, Option<Level>)> = roles
        .iter()
        .enumerate()
        .filter_map(|(c, r)| match r {
            Some(Col::Codes(l)) => Some((c as u32, *l)),
            _ => None,
        })
        .collect();
    let caption_level = column_level(&t.caption.join(" ")).unwrap_or(Level::XaNtm);
    // Pairs of (agency column, codes column, level): with one agency column, each
    // codes column at its own level; with one codes column, each agency column
    // at its level (or the codes column's).
    let mut pairs: Vec<(u32, u32, Level)> = Vec::new();
    if agency_cols.len() == 1 {
        let (a, al) = agency_cols[0];
        for (c, cl) in &code_cols {
            pairs.push((a, *c, cl.or(al).unwrap_or(caption_level)));
        }
    } else if code_cols.len() == 1 {
        let (c, cl) = code_cols[0];
        for (a, al) in &agency_cols {
            pairs.push((*a, c, al.or(cl).unwrap_or(caption_level)));
        }
    }
    let names = AgencyNames::builtin();
    for row in titles.body_start..t.n_rows {
        for (agency_col, code_col, level) in &pairs {
            let cell = t.text(row, *agency_col).trim();
            let text = t.text(row, *code_col);
            if cell.is_empty() || text.trim().is_empty() {
                continue;
            }
            let mut agencies = names.split(cell);
            if agencies.is_empty() {
                // Not recognisably an agency's name: kept whole, never dropped.
                agencies.push((cell.to_string(), names.canonical(cell)));
            }
            for (printed, canonical) in &agencies {
                for (code, kind) in codes(text) {
                    out.agencies.push(AgencyAssignment {
                        prov: ctx.prov(t, row),
                        agency: printed.clone(),
                        agency_canonical: canonical.clone(),
                        level: *level,
                        code,
                        code_kind: kind.to_string(),
                        raw_text: text.to_string(),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_from_real_cells() {
        assert_eq!(
            codes("Các tiêu chí số 1, 9; chỉ tiêu số 17.5"),
            vec![
                ("1".into(), "criterion"),
                ("9".into(), "criterion"),
                ("17.5".into(), "indicator")
            ]
        );
        assert_eq!(
            codes("Các chỉ tiêu số 17.7 mảng chăn nuôi, 17.8"),
            vec![("17.7".into(), "indicator"), ("17.8".into(), "indicator")]
        );
        assert_eq!(
            codes("Nợ đọng xây dựng cơ bản"),
            vec![("Nợ đọng xây dựng cơ bản".into(), "other")]
        );
        assert_eq!(codes(""), vec![]);
    }

    #[test]
    fn column_levels() {
        assert_eq!(
            column_level("Theo dõi, thẩm định các chỉ tiêu, tiêu chí NTM nâng cao"),
            Some(Level::XaNtmNangCao)
        );
        assert_eq!(
            column_level("Theo dõi, thẩm định các chỉ tiêu, tiêu chí NTM"),
            Some(Level::XaNtm)
        );
    }
}
