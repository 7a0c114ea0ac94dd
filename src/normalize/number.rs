//! Numbers as printed in Vietnamese documents, with their units.
//!
//! Vietnamese writes `1.489.867` (dot = thousands) and `74,17` (comma =
//! decimal), but OCR and English-trained typists also produce `18.53%`. A lone
//! dot followed by exactly three digits (`36.750`) can be either; such a number
//! is flagged [`NumberReading::ambiguous`] and a value is chosen only when the
//! unit or the expected magnitude rules the other reading out.

use std::sync::LazyLock;

use regex::Regex;

/// What a number measures, read from the words printed after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// `%`.
    Percent,
    /// `triệu đồng/người/năm`, `triệu đồng/người` (income per head).
    MillionDongPerPersonYear,
    /// `triệu đồng` (an amount, not per head).
    MillionDong,
    /// `tỷ đồng`.
    BillionDong,
    /// `km`.
    Km,
    /// A count of things, with the noun as printed: `người`, `trường`, `vụ việc`.
    Count(String),
}

impl Unit {
    /// The range a value in this unit can take, used to choose between the
    /// readings of an ambiguous number. `None`: no constraint.
    ///
    /// Percent: 0–100 (a rate). Income per head: 1–1000 million đồng a year
    /// (Vietnam's rural income is tens of millions; 1000 leaves a wide margin).
    pub fn plausible_range(&self) -> Option<(f64, f64)> {
        match self {
            Unit::Percent => Some((0.0, 100.0)),
            Unit::MillionDongPerPersonYear => Some((1.0, 1000.0)),
            _ => None,
        }
    }

    /// Counts are whole numbers, so a decimal reading of `5.507 người` is impossible.
    pub fn is_count(&self) -> bool {
        matches!(self, Unit::Count(_))
    }
}

/// What the caller knows about the number being read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumberContext {
    /// The unit printed after the number, if any.
    pub unit: Option<Unit>,
    /// Inclusive range the value is expected in (e.g. around a requirement).
    pub expected_range: Option<(f64, f64)>,
}

/// The result of reading one printed number.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberReading {
    /// The chosen value; `None` when the text is not a number or when an
    /// ambiguous number could not be resolved from its context.
    pub value: Option<f64>,
    /// Other possible readings (not including `value`).
    pub alternatives: Vec<f64>,
    /// The printed form admits more than one reading (e.g. `36.750`), whether
    /// or not the context chose one.
    pub ambiguous: bool,
    /// The text as printed.
    pub raw: String,
}

/// Reads one number (`"1.489.867"`, `"74,17"`, `"18.53"`, `"36.750"`).
/// Surrounding spaces are ignored; anything else makes the value `None`.
pub fn parse_number(text: &str, ctx: &NumberContext) -> NumberReading {
    let raw = text.to_string();
    let candidates = readings(text.trim());
    let mut reading = NumberReading {
        value: None,
        alternatives: Vec::new(),
        ambiguous: candidates.len() > 1,
        raw,
    };
    match candidates.as_slice() {
        [] => {}
        [only] => reading.value = Some(*only),
        many => {
            // `readings` lists the decimal reading first; a count is never
            // printed with decimals, so "1.000 người" is one thousand people.
            let skip = usize::from(ctx.unit.as_ref().is_some_and(Unit::is_count));
            let fits: Vec<f64> = many[skip..]
                .iter()
                .copied()
                .filter(|v| fits(*v, ctx))
                .collect();
            if let [chosen] = fits.as_slice() {
                reading.value = Some(*chosen);
                reading.alternatives = many.iter().copied().filter(|v| v != chosen).collect();
            } else {
                reading.alternatives = many.to_vec();
            }
        }
    }
    reading
}

fn fits(v: f64, ctx: &NumberContext) -> bool {
    let in_range = |r: Option<(f64, f64)>| r.is_none_or(|(lo, hi)| (lo..=hi).contains(&v));
    match &ctx.unit {
        Some(u) => {
            in_range(u.plausible_range())
                && in_range(ctx.expected_range)
                && (!u.is_count() || v.fract() == 0.0)
        }
        None => in_range(ctx.expected_range),
    }
}

/// All values the printed form can mean, the Vietnamese reading first.
fn readings(s: &str) -> Vec<f64> {
    static SHAPE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d+(?:[.,]\d+)*$").expect("valid regex"));
    if !SHAPE.is_match(s) {
        return Vec::new();
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let grouped = |sep: char| {
        let mut parts = s.split(sep);
        let head = parts.next().unwrap_or("");
        (1..=3).contains(&head.len()) && parts.all(|p| p.len() == 3)
    };
    let num = |t: String| t.parse::<f64>().ok();
    let v = match (dots, commas) {
        (0, 0) => num(s.to_string()),
        // "1.489.867,5" (Vietnamese) or "1,489,867.5" (English).
        (_, _) if dots > 0 && commas > 0 => {
            let last_dot = s.rfind('.').unwrap_or(0);
            let last_comma = s.rfind(',').unwrap_or(0);
            let (thousands, decimal) = if last_comma > last_dot {
                ('.', ',')
            } else {
                (',', '.')
            };
            let (int, frac) = s.split_at(s.rfind(decimal).unwrap_or(0));
            if s.matches(decimal).count() != 1 || !group_ok(int, thousands) {
                return Vec::new();
            }
            num(format!("{}.{}", int.replace(thousands, ""), &frac[1..]))
        }
        // "74,17" decimal; "1,489,867" English thousands.
        (0, 1) => num(s.replace(',', ".")),
        (0, _) if grouped(',') => num(s.replace(',', "")),
        (1, 0) => {
            let (int, frac) = s.split_once('.').unwrap_or((s, ""));
            let decimal = num(s.to_string());
            if frac.len() == 3 && int.len() <= 3 {
                let thousands = num(format!("{int}{frac}"));
                return decimal.into_iter().chain(thousands).collect();
            }
            decimal
        }
        (_, 0) if grouped('.') => num(s.replace('.', "")),
        _ => None,
    };
    v.into_iter().collect()
}

fn group_ok(int: &str, sep: char) -> bool {
    let mut parts = int.split(sep);
    let head = parts.next().unwrap_or("");
    (1..=3).contains(&head.len()) && parts.all(|p| p.len() == 3)
}

/// Formats `value` the Vietnamese way with `decimals` digits after the comma:
/// `format_vietnamese(1489867.0, 0) == "1.489.867"`, `(74.17, 2) == "74,17"`.
pub fn format_vietnamese(value: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, value.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// Reads the unit at the start of `after` (the text right after a number):
/// `"% (11,323/15,236 km)"` → Percent, `" triệu đồng/người/năm"` → income.
pub fn parse_unit(after: &str) -> Option<Unit> {
    static UNIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*(?:(%)|(triệu đồng\s*/\s*người)|(triệu\s*(?:đồng|đ))|(tỷ\s*(?:đồng|đ))|(km)\b|(vụ việc|cơ sở|hồ sơ|sản phẩm|tiêu chí|mô hình|trường|người|nhà|hộ|thôn|xã|TC|lao động)\b)",
        )
        .expect("valid regex")
    });
    let c = UNIT.captures(after)?;
    Some(if c.get(1).is_some() {
        Unit::Percent
    } else if c.get(2).is_some() {
        Unit::MillionDongPerPersonYear
    } else if c.get(3).is_some() {
        Unit::MillionDong
    } else if c.get(4).is_some() {
        Unit::BillionDong
    } else if c.get(5).is_some() {
        Unit::Km
    } else {
        Unit::Count(c[6].to_string())
    })
}

/// A number found in running text, with the unit printed after it.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberSpan {
    /// Byte range of the digits in the scanned text.
    pub start: usize,
    pub end: usize,
    pub raw: String,
    pub unit: Option<Unit>,
}

static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d+(?:[.,]\d+)*").expect("valid regex"));

/// Every number in `text` that is not glued to letters (so "TC9" and "m2"
/// are skipped), with its unit.
pub fn find_numbers(text: &str) -> Vec<NumberSpan> {
    NUMBER
        .find_iter(text)
        .filter(|m| {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
        })
        .map(|m| NumberSpan {
            start: m.start(),
            end: m.end(),
            raw: m.as_str().to_string(),
            unit: parse_unit(&text[m.end()..]),
        })
        .collect()
}

/// `numerator/denominator` as printed: `11,323/15,236 km`, `5.507/5.511 người`,
/// `22,74 km/24,60 km`, `20/32 vụ việc`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fraction {
    pub numerator: NumberReading,
    pub denominator: NumberReading,
    pub unit: Option<Unit>,
}

/// Finds the first fraction in `text`. The unit after the denominator (or
/// the numerator) applies to both, so `5.507/5.511 người` reads as counts.
pub fn find_fraction(text: &str) -> Option<Fraction> {
    static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\d+(?:[.,]\d+)*)\s*(km)?\s*/\s*(\d+(?:[.,]\d+)*)").expect("valid regex")
    });
    for c in FRACTION.captures_iter(text) {
        let whole = c.get(0)?;
        let before = text[..whole.start()].chars().next_back();
        if before.is_some_and(|ch| ch.is_alphanumeric() || ch == '/') {
            continue;
        }
        let rest = &text[whole.end()..];
        // "Quý II/2024" and "05/8/2022" are dates, not fractions.
        let word_before = text[..whole.start()]
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or("");
        let is_date =
            ["quý", "quy", "tháng", "ngày"].contains(&word_before.to_lowercase().as_str());
        if rest.starts_with('/') || is_date {
            continue;
        }
        let unit = parse_unit(rest).or_else(|| c.get(2).map(|_| Unit::Km));
        let ctx = NumberContext {
            unit: unit.clone(),
            expected_range: None,
        };
        return Some(Fraction {
            numerator: parse_number(&c[1], &ctx),
            denominator: parse_number(&c[3], &ctx),
            unit,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str, unit: Option<Unit>) -> NumberReading {
        parse_number(
            s,
            &NumberContext {
                unit,
                expected_range: None,
            },
        )
    }

    #[test]
    fn vietnamese_thousands_and_decimals() {
        assert_eq!(read("1.489.867", None).value, Some(1_489_867.0));
        assert_eq!(read("74,17", None).value, Some(74.17));
        assert_eq!(read("1.489.867,5", None).value, Some(1_489_867.5));
        assert!(!read("74,17", None).ambiguous);
    }

    #[test]
    fn dot_decimal_percent_is_decimal() {
        // "Xã hiện đạt 18.53% chưa đạt theo yêu cầu."
        let r = read("18.53", Some(Unit::Percent));
        assert_eq!(r.value, Some(18.53));
        assert!(!r.ambiguous);
        assert_eq!(read("10.6", Some(Unit::Percent)).value, Some(10.6));
    }

    #[test]
    fn three_digits_after_dot_is_ambiguous_until_context_decides() {
        // "Năm 2022 đạt 36.750 triệu đồng" — unit alone does not decide.
        let r = read("36.750", Some(Unit::MillionDong));
        assert!(r.ambiguous);
        assert_eq!(r.value, None);
        assert_eq!(r.alternatives, vec![36.75, 36750.0]);
        // With the requirement "45 triệu đồng/người/năm" as the magnitude.
        let r = parse_number(
            "36.750",
            &NumberContext {
                unit: Some(Unit::MillionDong),
                expected_range: Some((4.5, 450.0)),
            },
        );
        assert!(r.ambiguous);
        assert_eq!(r.value, Some(36.75));
        assert_eq!(r.alternatives, vec![36750.0]);
        // Counts are whole: "5.507/5.511 người".
        assert_eq!(
            read("5.507", Some(Unit::Count("người".into()))).value,
            Some(5507.0)
        );
        // A percentage cannot exceed 100.
        assert_eq!(read("12.500", Some(Unit::Percent)).value, Some(12.5));
    }

    #[test]
    fn garbage_is_not_a_number() {
        for s in ["", "abc", "1..2", "1.2.34", "12,3.4,5"] {
            assert_eq!(read(s, None).value, None, "{s}");
        }
    }

    #[test]
    fn units_after_numbers() {
        assert_eq!(parse_unit("% (11,323/15,236 km)"), Some(Unit::Percent));
        assert_eq!(parse_unit(" %"), Some(Unit::Percent));
        assert_eq!(
            parse_unit(" triệu đồng/người/năm, chưa đạt"),
            Some(Unit::MillionDongPerPersonYear)
        );
        assert_eq!(parse_unit(" triệu đồng, chưa đạt"), Some(Unit::MillionDong));
        assert_eq!(parse_unit(" km)"), Some(Unit::Km));
        assert_eq!(parse_unit(" vụ việc)"), Some(Unit::Count("vụ việc".into())));
        assert_eq!(parse_unit(" khi"), None);
    }

    #[test]
    fn fractions_from_the_plan() {
        let f = find_fraction("xã đạt 74,32% (11,323/15,236 km), yêu cầu 100%").unwrap();
        assert_eq!(f.numerator.value, Some(11.323));
        assert_eq!(f.denominator.value, Some(15.236));
        assert_eq!(f.unit, Some(Unit::Km));
        let f = find_fraction("xã đạt 94,77% (5.507/5.511 người)").unwrap();
        assert_eq!(f.numerator.value, Some(5507.0));
        assert_eq!(f.denominator.value, Some(5511.0));
        let f = find_fraction("xã đạt 92,4 % (22,74 km/24,60 km)").unwrap();
        assert_eq!(
            (f.numerator.value, f.denominator.value),
            (Some(22.74), Some(24.6))
        );
        assert!(find_fraction("Quý 2/2024").is_none());
        assert!(find_fraction("tháng 3/2024").is_none());
        assert!(find_fraction("ngày 05/8/2022").is_none());
    }

    #[test]
    fn numbers_glued_to_letters_are_skipped() {
        let found: Vec<_> = find_numbers("TC9, 5m2/người, đạt 62,5% (20/32 vụ việc)")
            .into_iter()
            .map(|n| n.raw)
            .collect();
        assert_eq!(found, ["62,5", "20", "32"]);
    }

    #[test]
    fn formats_the_vietnamese_way() {
        assert_eq!(format_vietnamese(1_489_867.0, 0), "1.489.867");
        assert_eq!(format_vietnamese(74.17, 2), "74,17");
        assert_eq!(format_vietnamese(999.0, 1), "999,0");
    }
}
