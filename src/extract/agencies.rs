//! Agencies appendix (Phụ lục 06 kind): which agency appraises which criteria and
//! indicators, one column per level. Each code in a cell becomes one record.

use super::columns::column_titles;
use super::context::DocCtx;
use super::targets::level_of_header;
use crate::Level;
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

/// Reads an agencies table into `out`.
pub fn extract(t: &Table, ctx: &DocCtx, out: &mut Extraction) {
    let titles = column_titles(t);
    let mut agency_col = None;
    let mut levels = Vec::new();
    for (col, title) in titles.joined.iter().enumerate() {
        let col = col as u32;
        let k = fold_key(title);
        if let Some(l) =
            column_level(title).filter(|_| k.contains("tham dinh") || k.contains("theo doi"))
        {
            levels.push((col, l));
        } else if (k.contains("don vi") || k.contains("co quan")) && agency_col.is_none() {
            agency_col = Some(col);
        }
    }
    let Some(agency_col) = agency_col else { return };
    for row in titles.body_start..t.n_rows {
        let agency = t.text(row, agency_col).trim();
        if agency.is_empty() {
            continue;
        }
        for (col, level) in &levels {
            let text = t.text(row, *col);
            for (code, kind) in codes(text) {
                out.agencies.push(AgencyAssignment {
                    prov: ctx.prov(t, row),
                    agency: agency.to_string(),
                    level: *level,
                    code,
                    code_kind: kind.to_string(),
                    raw_text: text.to_string(),
                });
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
