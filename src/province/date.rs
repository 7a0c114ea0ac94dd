//! The date of a plan, which decides the administrative map it speaks of.
//!
//! In order of trust:
//! 1. `caption`: the date most appendix captions cite ("Kèm theo Kế hoạch số
//!    355/KH-UBND ngày 08 tháng 3 năm 2024") — the plan's own number and date;
//! 2. `header`: the place-and-date line of the title block ("Khánh Hòa, ngày
//!    08 tháng 3 năm 2024");
//! 3. `latest_cited`: the latest date of a document the text cites ("Kết luận
//!    số 543/KL-TU, ngày 06/02/2024"). A plan is issued after everything it
//!    cites, so this is a lower bound: good enough to choose a period, and
//!    reported as such.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

/// Lines at the top searched for the header date.
const HEADER_LINES: usize = 15;

/// A plan date and how it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanDate {
    /// ISO `YYYY-MM-DD`.
    pub iso: String,
    /// `caption`, `header` or `latest_cited`.
    pub method: &'static str,
    /// The text it was read from.
    pub evidence: String,
}

static WORD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)ng[aàạ]y\s+(\d{1,2})\s*(?:th[aá]ng\s*|/|-|\.)\s*(\d{1,2})\s*(?:n[aăă]m\s*|/|-|\.)\s*(\d{4})")
        .unwrap()
});
/// The title block's place-and-date line: a short place name, a comma, then
/// the date ("Khánh Hòa, ngày 08 tháng 3 năm 2024"); a date inside a sentence
/// ("phấn đấu đến ngày 31/12/2025") is a deadline, not the plan's date.
static HEADER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*[^\d,;:]{2,40},\s*ng[aàạ]y\s+(\d{1,2})\s*(?:th[aá]ng\s*|/|-|\.)\s*(\d{1,2})\s*(?:n[aăă]m\s*|/|-|\.)\s*(\d{4})")
        .unwrap()
});
static CITED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)s[oố]\s*:?\s*\d+[^\n]{0,60}?ng[aàạ]y\s+(\d{1,2})\s*(?:th[aá]ng\s*|/|-|\.)\s*(\d{1,2})\s*(?:n[aăă]m\s*|/|-|\.)\s*(\d{4})")
        .unwrap()
});

fn iso(d: &str, m: &str, y: &str) -> Option<String> {
    let (d, m, y): (u32, u32, i32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    chrono::NaiveDate::from_ymd_opt(y, m, d)
        .filter(|_| (1990..=2100).contains(&y))
        .map(|x| x.format("%Y-%m-%d").to_string())
}

/// The plan's date from its appendix captions, title block and citations.
pub fn detect_plan_date(captions: &[&str], lines: &[&str]) -> Option<PlanDate> {
    // 1. The date the captions cite most often (ties: the earliest caption).
    let mut counts: HashMap<String, (usize, usize, String)> = HashMap::new();
    for (i, c) in captions.iter().enumerate() {
        let k = crate::normalize::fold_key(c);
        if !(k.contains("kem theo") || k.contains("ke hoach so")) {
            continue;
        }
        if let Some(m) = WORD_DATE.captures(c)
            && let Some(d) = iso(&m[1], &m[2], &m[3])
        {
            let e = counts.entry(d).or_insert((0, i, c.to_string()));
            e.0 += 1;
        }
    }
    if let Some((d, (_, _, ev))) = counts
        .into_iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
    {
        return Some(PlanDate {
            iso: d,
            method: "caption",
            evidence: ev,
        });
    }
    // 2. "…, ngày 08 tháng 3 năm 2024" alone in the title block.
    for l in lines.iter().take(HEADER_LINES) {
        if CITED_DATE.is_match(l) {
            continue;
        }
        if let Some(m) = HEADER_DATE.captures(l)
            && let Some(d) = iso(&m[1], &m[2], &m[3])
        {
            return Some(PlanDate {
                iso: d,
                method: "header",
                evidence: l.chars().take(200).collect(),
            });
        }
    }
    // 3. The latest date of a cited document.
    let mut best: Option<PlanDate> = None;
    for l in lines {
        for m in CITED_DATE.captures_iter(l) {
            if let Some(d) = iso(&m[1], &m[2], &m[3])
                && best.as_ref().is_none_or(|b| d > b.iso)
            {
                best = Some(PlanDate {
                    iso: d,
                    method: "latest_cited",
                    evidence: m[0].chars().take(200).collect(),
                });
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_win_by_majority() {
        let caps = [
            "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)",
            "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 08 tháng 9 năm 2024 của UBND tỉnh)",
            "(Kèm theo Kế hoạch số 355/KH-UBND ngày 08 tháng 3 năm 2024 của UBND tỉnh)",
        ];
        let d = detect_plan_date(&caps, &[]).unwrap();
        assert_eq!((d.iso.as_str(), d.method), ("2024-03-08", "caption"));
    }

    #[test]
    fn header_then_citations() {
        let lines = ["UBND TỈNH GIA LAI", "Gia Lai, ngày 15 tháng 01 năm 2026"];
        let d = detect_plan_date(&[], &lines).unwrap();
        assert_eq!((d.iso.as_str(), d.method), ("2026-01-15", "header"));
        let lines = [
            "KẾ HOẠCH",
            "Thực hiện Nghị quyết số 08-NQ/TU ngày 11/01/2021 của Tỉnh ủy; Kết luận số 543/KL-TU, ngày 06/02/2024 của Ban Thường vụ",
            "phấn đấu đến ngày 31/12/2025 hoàn thành",
        ];
        let d = detect_plan_date(&[], &lines).unwrap();
        assert_eq!((d.iso.as_str(), d.method), ("2024-02-06", "latest_cited"));
    }

    #[test]
    fn impossible_dates_are_ignored() {
        assert!(detect_plan_date(&[], &["Hà Nội, ngày 31 tháng 02 năm 2024"]).is_none());
    }
}
