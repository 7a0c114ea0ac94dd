//! The province a document is about and the body that issued it.
//!
//! The name is read from the text ("UBND TỈNH KHÁNH HÒA" in the title block,
//! "… nông thôn mới tỉnh Khánh Hòa đến năm 2025" in the title). The official
//! code comes from [`province_code`], the single place that maps a name to a
//! code: it knows the provinces whose gazetteer is built in, and is the place
//! to consult a national directory of provinces.

use crate::normalize::fold_key;
use regex::Regex;
use std::sync::LazyLock;

/// Provinces known without a national directory: (folded name, code, name).
/// Codes are the General Statistics Office codes of the units in force in 2024.
/// The official code of a province, by name (any spelling that folds the
/// same), in the administrative map of `plan_date` (before or from 1 July
/// 2025: the same name can carry another code, and merged provinces have
/// none after). Without a date, the code both maps agree on, or the only one.
pub fn province_code(name: &str, plan_date: Option<chrono::NaiveDate>) -> Option<String> {
    use crate::gazetteer::{National, Period};
    let national = National::get();
    let code_in = |p: Period| national.province_by_name(name, p).map(|x| x.code.clone());
    let reform = chrono::NaiveDate::from_ymd_opt(2025, 7, 1)?;
    match plan_date {
        Some(d) if d >= reform => code_in(Period::PostReform),
        Some(_) => code_in(Period::PreReform),
        None => match (code_in(Period::PreReform), code_in(Period::PostReform)) {
            (Some(a), Some(b)) => (a == b).then_some(a),
            (a, b) => a.or(b),
        },
    }
}

static MIXED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[Tt]ỉnh\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})").unwrap());
static UPPER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bTỈNH\s+(\p{Lu}+(?:\s+\p{Lu}+){0,2})\b").unwrap());

/// The province named most often in `texts` (the title block first), as
/// "Khánh Hòa" whether printed in capitals or not.
pub fn province_name(texts: &[&str]) -> Option<String> {
    let mut counts: Vec<(String, String, usize)> = Vec::new();
    for t in texts {
        let found = UPPER
            .captures_iter(t)
            .map(|c| title_case(&c[1]))
            .chain(MIXED.captures_iter(t).map(|c| c[1].to_string()));
        for name in found {
            let k = fold_key(&name);
            match counts.iter_mut().find(|(f, _, _)| *f == k) {
                Some((_, _, n)) => *n += 1,
                None => counts.push((k, name, 1)),
            }
        }
    }
    let best = counts.iter().map(|(_, _, n)| *n).max()?;
    let (_, name, _) = counts.into_iter().find(|(_, _, n)| *n == best)?;
    // The spelling of the national directory when the province is known there.
    let national = crate::gazetteer::National::get();
    Some(
        [
            crate::gazetteer::Period::PreReform,
            crate::gazetteer::Period::PostReform,
        ]
        .into_iter()
        .find_map(|p| national.province_by_name(&name, p))
        .map(|p| p.name.clone())
        .unwrap_or(name),
    )
}

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut c = lower.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The issuing body: the People's Committee ("UBND tỉnh Khánh Hòa") when the
/// title block, a caption ("của UBND tỉnh") or the signature ("TM. ỦY BAN NHÂN
/// DÂN") says so; the People's Council likewise.
pub fn issuer(
    issuer_lines: &[String],
    captions: &[String],
    prose: &[&str],
    province: Option<&str>,
) -> Option<String> {
    let body = |k: &str| {
        if k.contains("uy ban nhan dan") || k.contains("ubnd") {
            Some("UBND")
        } else if k.contains("hoi dong nhan dan") || k.contains("hdnd") {
            Some("HĐND")
        } else {
            None
        }
    };
    let header = fold_key(&issuer_lines.join(" "));
    let found = body(&header).or_else(|| {
        captions
            .iter()
            .map(|c| fold_key(c))
            .chain(
                prose
                    .iter()
                    .map(|p| fold_key(p))
                    .filter(|k| k.starts_with("tm.") || k.starts_with("tm ")),
            )
            .find_map(|k| {
                let after = k.split_once("cua ").map(|(_, r)| r).unwrap_or(&k);
                body(after).filter(|_| k.contains("tinh") || k.starts_with("tm"))
            })
    })?;
    Some(match province {
        Some(p) => format!("{found} tỉnh {p}"),
        None => found.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_capitals_and_in_text() {
        assert_eq!(
            province_name(&["TỈNH KHÁNH HÒA"]).as_deref(),
            Some("Khánh Hòa")
        );
        assert_eq!(
            province_name(&["nông thôn mới tỉnh Khánh Hoà đến năm 2025"]).as_deref(),
            Some("Khánh Hòa")
        );
        assert_eq!(province_name(&["Nghị quyết của Tỉnh ủy; UBND tỉnh)"]), None);
        assert_eq!(
            province_name(&["tỉnh Ninh Thuận đến năm 2025"]).as_deref(),
            Some("Ninh Thuận")
        );
        assert_eq!(province_code("Khánh Hoà", None).as_deref(), Some("56"));
        assert_eq!(province_code("tỉnh Khánh Hòa", None).as_deref(), Some("56"));
        // Ninh Thuận was merged into Khánh Hòa on 1 July 2025.
        let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(
            province_code("Ninh Thuận", d(2024, 3, 8)).as_deref(),
            Some("58")
        );
        assert_eq!(province_code("Ninh Thuận", d(2026, 1, 20)), None);
    }
}
