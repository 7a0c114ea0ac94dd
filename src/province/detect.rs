//! The province a document is about, from its own words.
//!
//! Evidence, strongest first:
//! - the title and issuer lines at the top ("UBND TỈNH KHÁNH HÒA",
//!   "… nông thôn mới tỉnh Khánh Hòa đến năm 2025");
//! - every other "tỉnh X" / "UBND tỉnh X" / "thành phố X" (X a centrally-run
//!   city) in prose and captions;
//! - failing both, the communes its tables name: the province whose units
//!   account for clearly more of the names than any other.
//!
//! A tie, or no evidence, gives `None`: the caller reads the document without
//! resolving localities rather than guess.

use std::collections::HashMap;

use serde::Serialize;

use crate::gazetteer::{National, Period, Province};
use crate::normalize::fold_key;

/// Lines at the top of a document that count as its title block.
const TITLE_LINES: usize = 12;
/// Weight of a mention in the title block, after "UBND"/"Ủy ban nhân dân",
/// and anywhere else.
const W_TITLE: u32 = 5;
const W_ISSUER: u32 = 3;
const W_MENTION: u32 = 1;
/// Communes fallback: the leader needs at least this many distinct names
/// and twice the runner-up's.
const MIN_COMMUNE_NAMES: usize = 5;

/// How a province was determined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DetectMethod {
    /// Named in the title block.
    Title,
    /// Named in "tỉnh X" phrases elsewhere.
    Mentions,
    /// Inferred from the commune names of the tables.
    Communes,
}

impl DetectMethod {
    pub fn as_str(&self) -> &'static str {
        match self {
            DetectMethod::Title => "title",
            DetectMethod::Mentions => "mentions",
            DetectMethod::Communes => "communes",
        }
    }
}

/// A detected province with what decided it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvinceMatch {
    pub province: Province,
    pub method: DetectMethod,
    /// Weighted count of the mentions (or distinct commune names) found.
    pub score: u32,
    /// The runner-up's score (0 if none).
    pub runner_up: u32,
    /// A line that named it.
    pub evidence: String,
}

/// The province of `period` that `lines` (prose paragraphs and captions, in
/// reading order) speak of. A mention of a province of the other period
/// counts for its counterpart (a 2026 plan recalling "tỉnh Ninh Thuận (cũ)"
/// speaks of the new Khánh Hòa).
pub fn detect_province(lines: &[&str], period: Period) -> Option<ProvinceMatch> {
    let national = National::get();
    let names = national.name_keys();
    let mut scores: HashMap<String, (u32, String, bool)> = HashMap::new();
    for (i, line) in lines.iter().enumerate() {
        let key = fold_key(line);
        for (pos, _) in key
            .match_indices("tinh ")
            .chain(key.match_indices("thanh pho "))
        {
            if pos > 0 && !key[..pos].ends_with(' ') {
                continue;
            }
            let word = if key[pos..].starts_with("tinh ") {
                "tinh "
            } else {
                "thanh pho "
            };
            let rest = &key[pos + word.len()..];
            let Some((_, p)) = names.iter().find(|(k, p)| {
                rest.starts_with(k)
                    && rest[k.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
                    && (word == "tinh " || p.province_type == "Thành phố")
            }) else {
                continue;
            };
            let Some(target) = in_period(national, p, period) else {
                continue;
            };
            let before = &key[..pos];
            let w = if i < TITLE_LINES {
                W_TITLE
            } else if before.ends_with("ubnd ") || before.ends_with("uy ban nhan dan ") {
                W_ISSUER
            } else {
                W_MENTION
            };
            let e = scores
                .entry(target.code.clone())
                .or_insert((0, line.to_string(), false));
            e.0 += w;
            e.2 |= i < TITLE_LINES;
        }
    }
    let mut ranked: Vec<(String, (u32, String, bool))> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
    let runner_up = ranked.get(1).map_or(0, |r| r.1.0);
    let (code, (score, evidence, in_title)) = ranked.into_iter().next()?;
    if score == runner_up {
        return None;
    }
    Some(ProvinceMatch {
        province: national.province(&code, period)?.clone(),
        method: if in_title {
            DetectMethod::Title
        } else {
            DetectMethod::Mentions
        },
        score,
        runner_up,
        evidence: evidence.chars().take(200).collect(),
    })
}

/// `p` itself if it belongs to `period`; else the province of `period` it
/// became (pre → post) or, going back, the one pre-reform province of that
/// name (post → pre).
fn in_period<'a>(n: &'a National, p: &'a Province, period: Period) -> Option<&'a Province> {
    if p.period == period {
        return Some(p);
    }
    match period {
        Period::PostReform => p
            .related_codes
            .first()
            .and_then(|c| n.province(c, Period::PostReform)),
        Period::PreReform => n.province_by_name(&p.name, Period::PreReform),
    }
}

/// The province whose units the commune names of `cells` belong to, when
/// one clearly dominates (see [`MIN_COMMUNE_NAMES`]). Only names of two or
/// more syllables count: one-syllable names are too common to tell.
pub fn detect_by_communes(cells: &[&str], period: Period) -> Option<ProvinceMatch> {
    let national = National::get();
    let index = crate::gazetteer::commune_name_index(period);
    let mut found: HashMap<&str, std::collections::HashSet<&str>> = HashMap::new();
    for cell in cells {
        let key = fold_key(cell);
        let words: Vec<&str> = key
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for n in 2..=4 {
            for w in words.windows(n) {
                let name = w.join(" ");
                if let Some((stored, provinces)) = index.get_key_value(name.as_str()) {
                    for p in provinces {
                        found.entry(p.as_str()).or_default().insert(stored.as_str());
                    }
                }
            }
        }
    }
    let mut ranked: Vec<(&str, usize)> = found.iter().map(|(p, s)| (*p, s.len())).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (code, score) = *ranked.first()?;
    let runner_up = ranked.get(1).map_or(0, |r| r.1);
    if score < MIN_COMMUNE_NAMES || score < 2 * runner_up {
        return None;
    }
    let mut sample: Vec<&str> = found[code].iter().copied().collect();
    sample.sort();
    sample.truncate(8);
    Some(ProvinceMatch {
        province: national.province(code, period)?.clone(),
        method: DetectMethod::Communes,
        score: score as u32,
        runner_up: runner_up as u32,
        evidence: format!(
            "{score} commune names of the province, e.g. {}",
            sample.join(", ")
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_decides_over_mentions() {
        let lines = [
            "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
            "KẾ HOẠCH",
            "Thực hiện Chương trình ... nông thôn mới tỉnh Ninh Thuận",
            "học tập kinh nghiệm của tỉnh Khánh Hòa và tỉnh Lâm Đồng",
        ];
        let m = detect_province(&lines, Period::PreReform).unwrap();
        assert_eq!(m.province.name, "Ninh Thuận");
        assert_eq!(m.method, DetectMethod::Title);
    }

    #[test]
    fn old_province_counts_for_its_successor_after_the_reform() {
        let lines = ["UBND TỈNH KHÁNH HÒA", "các xã thuộc tỉnh Ninh Thuận (cũ)"];
        let m = detect_province(&lines, Period::PostReform).unwrap();
        assert_eq!(
            (m.province.code.as_str(), m.province.name.as_str()),
            ("56", "Khánh Hòa")
        );
    }

    #[test]
    fn words_that_only_look_like_a_province_do_not_count() {
        // "tính" folds to "tinh"; "thành phố Nha Trang" is not a province.
        let lines = ["Tính đến tháng 02/2024", "thành phố Nha Trang", "tỉnh lộ 8"];
        assert!(detect_province(&lines, Period::PreReform).is_none());
    }

    #[test]
    fn tie_is_undetermined() {
        let lines = [
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "tỉnh Phú Yên",
            "tỉnh Bình Định",
        ];
        assert!(detect_province(&lines, Period::PreReform).is_none());
    }
}
