//! Plan numbers cited in appendix captions ("(Kèm theo Kế hoạch số 355/KH-UBND
//! ngày 8 tháng 3 năm 2024 …)"): which one is the document's own.
//!
//! OCR damages numbers (the Khánh Hòa plan's captions cite 355 three times,
//! 1355 twice, 255, 2355 and 125-KH/UBND once), so the number is chosen by
//! evidence: the one cited most often, ties going to the first cited. The
//! captions citing another number stay in `appendices.parquet` and are
//! reported by the `cross_table` rule.

use crate::extract::classify::plan_reference;
use crate::normalize::fold_key;
use chrono::NaiveDate;

/// The number chosen among the captions, with the votes it had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    /// Number as printed (first spelling cited).
    pub number: String,
    /// The date cited most often with that number.
    pub date: Option<NaiveDate>,
    /// Captions citing this number.
    pub votes: usize,
    /// Captions citing any number.
    pub cited: usize,
}

/// Plan numbers compare without spaces and case ("355/KH-UBND" = "355 / kh-ubnd").
pub fn citation_key(s: &str) -> String {
    fold_key(s).chars().filter(|c| !c.is_whitespace()).collect()
}

/// The most cited value by [`citation_key`] (ties: the first cited), as first
/// printed; `own` wins when the document states its own.
pub fn majority<'a>(values: impl Iterator<Item = &'a str>, own: Option<&'a str>) -> Option<String> {
    if let Some(o) = own {
        return Some(o.to_string());
    }
    let mut counts: Vec<(String, &str, usize)> = Vec::new();
    for v in values {
        let k = citation_key(v);
        match counts.iter_mut().find(|(c, _, _)| *c == k) {
            Some((_, _, n)) => *n += 1,
            None => counts.push((k, v, 1)),
        }
    }
    let best = counts.iter().map(|(_, _, n)| *n).max()?;
    counts
        .into_iter()
        .find(|(_, _, n)| *n == best)
        .map(|(_, v, _)| v.to_string())
}

/// A date as ISO `YYYY-MM-DD` (what [`plan_reference`] gives) → a date.
pub fn iso_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Chooses the document's plan number among the captions' citations.
pub fn choose<'a>(captions: impl Iterator<Item = &'a str>) -> Option<Chosen> {
    let refs: Vec<(String, Option<String>)> = captions
        .filter_map(|c| {
            let (n, d) = plan_reference(c);
            n.map(|n| (n, d))
        })
        .collect();
    let number = majority(refs.iter().map(|(n, _)| n.as_str()), None)?;
    let key = citation_key(&number);
    let mine: Vec<&(String, Option<String>)> = refs
        .iter()
        .filter(|(n, _)| citation_key(n) == key)
        .collect();
    let date = majority(mine.iter().filter_map(|(_, d)| d.as_deref()), None)
        .as_deref()
        .and_then(iso_date);
    Some(Chosen {
        number,
        date,
        votes: mine.len(),
        cited: refs.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_cited_number_and_its_own_date() {
        let c = [
            "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 8 tháng 3 năm 2024)",
            "(Kèm theo Kế hoạch số 355/KH-UBND ngày 8 tháng 3 năm 2024)",
            "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 08 tháng 9 năm 2024)",
            "(Kèm theo Kế hoạch số 355 /KH-UBND ngày 8 tháng 3 năm 2024)",
            "(Kèm theo Kế hoạch số 355/KH-UBND ngày 08 tháng 3 năm 2024)",
            "Phụ lục 01",
        ];
        let got = choose(c.into_iter()).unwrap();
        assert_eq!(got.number, "355/KH-UBND");
        assert_eq!(got.date, NaiveDate::from_ymd_opt(2024, 3, 8));
        assert_eq!((got.votes, got.cited), (3, 5));
        assert_eq!(choose(["no citation"].into_iter()), None);
    }
}
