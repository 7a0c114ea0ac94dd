//! Target periods as printed in the plan's "Dự kiến thời gian đạt chuẩn"
//! column: "Quý II/2024", "Quý 2/2024", "Quý IV năm 2024", "tháng 3/2024",
//! "năm 2025". One cell may hold several ("Quý II/2024 Quý III/2024").

use std::sync::LazyLock;

use regex::Regex;

/// A year, optionally narrowed to a quarter or a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    /// 1–4.
    pub quarter: Option<u8>,
    /// 1–12.
    pub month: Option<u8>,
}

impl Period {
    /// Formats the Vietnamese way: `Quý II/2024`, `tháng 3/2024`, `năm 2025`.
    pub fn to_vietnamese(&self) -> String {
        match (self.quarter, self.month) {
            (Some(q), _) => format!("Quý {}/{}", roman(q), self.year),
            (None, Some(m)) => format!("tháng {m}/{}", self.year),
            (None, None) => format!("năm {}", self.year),
        }
    }
}

fn roman(q: u8) -> &'static str {
    match q {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    }
}

/// Years outside this range are not plan years (the programme runs 2021–2025;
/// the margin admits baselines such as "năm 2019" and later plans).
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:",
        // 1: quarter label (Quý, or OCR "Quy"), 2: quarter, 3: year
        r"(qu[yý])\s*(IV|III|II|I|[1-4])\s*(?:/|-|\s+năm\s+|\s+)\s*(\d{4})",
        // 4: month, 5: year
        r"|tháng\s*(\d{1,2})\s*(?:/|-|\s+năm\s+)\s*(\d{4})",
        // 6: year
        r"|năm\s+(\d{4})",
        r")\b"
    ))
    .expect("valid regex")
});

/// Every period in `text`, in order, each with the text it was read from.
/// Parts that do not form a valid period (month 13, year 1066) are skipped.
pub fn parse_periods(text: &str) -> Vec<(Period, String)> {
    let mut out = Vec::new();
    for c in PERIOD.captures_iter(text) {
        let raw = c[0].to_string();
        let year = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<i32>().ok());
        let period = if let Some(q) = c.get(2) {
            let quarter = match q.as_str().to_uppercase().as_str() {
                "I" | "1" => 1,
                "II" | "2" => 2,
                "III" | "3" => 3,
                _ => 4,
            };
            year(3).map(|year| Period {
                year,
                quarter: Some(quarter),
                month: None,
            })
        } else if let Some(m) = c.get(4) {
            let month = m
                .as_str()
                .parse::<u8>()
                .ok()
                .filter(|m| (1..=12).contains(m));
            month.and_then(|m| {
                year(5).map(|year| Period {
                    year,
                    quarter: None,
                    month: Some(m),
                })
            })
        } else {
            year(6).map(|year| Period {
                year,
                quarter: None,
                month: None,
            })
        };
        if let Some(p) = period.filter(|p| YEARS.contains(&p.year)) {
            out.push((p, raw));
        }
    }
    out
}

/// The single period in `text`, or `None` when there is none or several.
pub fn parse_period(text: &str) -> Option<Period> {
    match parse_periods(text).as_slice() {
        [(p, _)] => Some(*p),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(year: i32, quarter: u8) -> Period {
        Period {
            year,
            quarter: Some(quarter),
            month: None,
        }
    }

    #[test]
    fn quarter_forms_from_the_plan() {
        assert_eq!(parse_period("Quý II/2024"), Some(q(2024, 2)));
        assert_eq!(parse_period("Quý 2/2024"), Some(q(2024, 2)));
        assert_eq!(parse_period("Quý IV năm 2024"), Some(q(2024, 4)));
        assert_eq!(parse_period("Quý II năm 2025"), Some(q(2025, 2)));
        assert_eq!(parse_period("Quy III/2024"), Some(q(2024, 3)));
        assert_eq!(parse_period("Quý I/2025"), Some(q(2025, 1)));
    }

    #[test]
    fn months_and_years() {
        assert_eq!(
            parse_period("tháng 3/2024"),
            Some(Period {
                year: 2024,
                quarter: None,
                month: Some(3)
            })
        );
        assert_eq!(
            parse_period("năm 2025"),
            Some(Period {
                year: 2025,
                quarter: None,
                month: None
            })
        );
        assert_eq!(parse_period("tháng 13/2024"), None);
    }

    #[test]
    fn several_periods_in_one_cell_keep_their_raw_text() {
        let got = parse_periods("<p>Quý II/2024</p> <p>Quý III/2024</p>");
        assert_eq!(
            got,
            vec![
                (q(2024, 2), "Quý II/2024".to_string()),
                (q(2024, 3), "Quý III/2024".to_string())
            ]
        );
    }

    #[test]
    fn planning_word_quy_hoach_is_not_a_quarter() {
        assert!(parse_periods("-Tiêu chí 1. Quy hoạch, Xã chưa đạt").is_empty());
    }
}
