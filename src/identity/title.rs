//! The title block at the top of a Vietnamese administrative document:
//!
//! ```text
//! ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
//! TỈNH KHÁNH HÒA                       Độc lập - Tự do - Hạnh phúc
//! Số: 2150/KH-UBND                     Khánh Hòa, ngày 15 tháng 8 năm 2024
//!                     KẾ HOẠCH
//!   Điều chỉnh, bổ sung Kế hoạch số 355/KH-UBND ngày 08/3/2024 …
//! ```
//!
//! OCR exports give it as separate lines in some order, often with the left
//! column lost; every part is looked for on its own and may be missing.

use super::citations::iso_date;
use super::{PlanKind, PlanRef};
use crate::extract::classify::plan_reference;
use crate::normalize::fold_key;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// How many prose lines from the top the title block may span.
const BLOCK_LINES: usize = 20;
/// How many lines after the kind heading may state what is amended.
const AMENDS_LINES: usize = 4;

/// What the title block says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TitleBlock {
    /// "Số: 2150/KH-UBND".
    pub number: Option<String>,
    /// "Khánh Hòa, ngày 15 tháng 8 năm 2024".
    pub date: Option<NaiveDate>,
    /// From the heading ("KẾ HOẠCH") and the title's wording.
    pub kind: PlanKind,
    /// The line under the heading (or the heading line's rest).
    pub title: Option<String>,
    /// "Điều chỉnh, bổ sung Kế hoạch số 355/KH-UBND ngày 08/3/2024".
    pub amends: Option<PlanRef>,
    /// Upper-case lines above the number naming the issuing body.
    pub issuer_lines: Vec<String>,
}

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*so\s*[:.]\s*(\d+\s*[-/]\s*[a-z]+(?:\s*[-/]\s*[a-z]+)*)").unwrap()
});
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[a-z .]{2,40},\s*ngay\s+(\d{1,2})\s*(?:thang\s*|/)(\d{1,2})\s*(?:nam\s*|/)(\d{4})",
    )
    .unwrap()
});

/// Headings and the kind they announce (folded).
const HEADINGS: &[(&str, PlanKind)] = &[
    ("ke hoach", PlanKind::Plan),
    ("bao cao", PlanKind::Report),
    ("quyet dinh", PlanKind::Decision),
];

/// Folded words that make a plan or decision an amendment.
const AMENDING: &[&str] = &["dieu chinh", "sua doi", "bo sung", "thay the"];

/// Reads the title block from the first prose lines.
pub fn read(prose: &[&str]) -> TitleBlock {
    let top: Vec<&str> = prose.iter().take(BLOCK_LINES).copied().collect();
    let mut b = TitleBlock::default();
    for (i, line) in top.iter().enumerate() {
        let k = fold_key(line);
        if b.number.is_none()
            && let Some(c) = NUMBER.captures(&k)
        {
            // The printed spelling, from the same span of the original line.
            let printed = line
                .split_once([':', '.'])
                .map(|(_, rest)| rest.trim())
                .unwrap_or(&c[1]);
            let n: String = printed
                .split_whitespace()
                .collect::<String>()
                .trim_end_matches([',', ';', '.'])
                .to_string();
            b.number = Some(n);
            b.issuer_lines = issuer_lines(&top[..i]);
        }
        if b.date.is_none()
            && let Some(c) = PLACE_DATE.captures(&k)
        {
            let (d, m, y) = (c[1].parse().ok(), c[2].parse().ok(), c[3].parse().ok());
            if let (Some(d), Some(m), Some(y)) = (d, m, y) {
                b.date = NaiveDate::from_ymd_opt(y, m, d);
            }
        }
        if b.kind == PlanKind::Unknown
            && let Some((kind, rest)) = heading(line)
        {
            b.kind = kind;
            let title = if rest.is_empty() {
                top.get(i + 1).map(|s| s.trim().to_string())
            } else {
                Some(rest)
            };
            b.title = title.filter(|t| !t.is_empty());
            let following: Vec<&str> = b
                .title
                .as_deref()
                .into_iter()
                .chain(top.iter().skip(i + 2).take(AMENDS_LINES).copied())
                .collect();
            b.amends = amended_plan(&following);
            if (b.amends.is_some() || b.title.as_deref().is_some_and(is_amending))
                && matches!(kind, PlanKind::Plan | PlanKind::Decision)
            {
                b.kind = PlanKind::Amendment;
            }
        }
    }
    if b.issuer_lines.is_empty() {
        b.issuer_lines = issuer_lines(&top[..top.len().min(3)]);
    }
    b
}

/// A kind heading: the line starts with an upper-case heading word pair.
fn heading(line: &str) -> Option<(PlanKind, String)> {
    let t = line.trim().trim_matches('*').trim();
    let k = fold_key(t);
    HEADINGS.iter().find_map(|(w, kind)| {
        if !k.starts_with(w) {
            return None;
        }
        // Body text cites "Kế hoạch số …"; a heading is printed in capitals.
        let n = w.chars().count();
        let head: String = t.chars().take(n).collect();
        if head.chars().any(|c| c.is_lowercase()) {
            return None;
        }
        let rest: String = t.chars().skip(n).collect();
        Some((*kind, rest.trim().to_string()))
    })
}

fn is_amending(text: &str) -> bool {
    let k = fold_key(text);
    AMENDING.iter().any(|w| k.contains(w))
}

/// The plan cited by an amending sentence among `lines`.
fn amended_plan(lines: &[&str]) -> Option<PlanRef> {
    lines.iter().filter(|l| is_amending(l)).find_map(|l| {
        let (n, d) = plan_reference(l);
        n.map(|number| PlanRef {
            number,
            date: d.as_deref().and_then(iso_date),
        })
    })
}

/// Upper-case lines naming the issuer ("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA"),
/// without the national motto lines.
fn issuer_lines(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.trim().trim_matches('*').trim())
        .filter(|l| !l.is_empty() && !l.chars().any(char::is_lowercase) && heading(l).is_none())
        .filter(|l| {
            let k = fold_key(l);
            !k.starts_with("cong hoa") && !k.starts_with("doc lap")
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_citing_a_plan_is_not_a_heading() {
        assert_eq!(heading("Kế hoạch số 355/KH-UBND ngày 8/3/2024"), None);
        assert_eq!(
            heading("KẾ HOẠCH Điều chỉnh"),
            Some((PlanKind::Plan, "Điều chỉnh".into()))
        );
        assert_eq!(
            heading("**BÁO CÁO**"),
            Some((PlanKind::Report, String::new()))
        );
    }

    #[test]
    fn number_and_date_lines() {
        let b = read(&["Số: 12 /KH-UBND", "Nha Trang, ngày 3 tháng 02 năm 2025"]);
        assert_eq!(b.number.as_deref(), Some("12/KH-UBND"));
        assert_eq!(b.date, NaiveDate::from_ymd_opt(2025, 2, 3));
        // A table header "Số thứ tự" or a date inside a sentence is neither.
        let b = read(&[
            "Số thứ tự",
            "Tính đến ngày 15 tháng 8 năm 2024, toàn tỉnh có",
        ]);
        assert_eq!((b.number, b.date), (None, None));
    }
}
