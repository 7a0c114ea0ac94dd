//! One cell of a per-commune plan ("Các tiêu chí NTM chưa đạt") → one
//! [`Statement`] per indicator it names, and one per criterion named without
//! an indicator.
//!
//! A cell reads like
//! `-Tiêu chí 2. Giao thông + Chỉ tiêu 2.2. Tỷ lệ đường …, xã đạt 74,32%
//! (11,323/15,236 km), yêu cầu 100% + Chỉ tiêu 2.3. …`.
//! Other offices write the bare form "TC 10 - Thu nhập: 43 triệu
//! đồng/người/năm (yêu cầu 47)" and "CT 12.1 - Tỷ lệ …: 71,4% (yêu cầu ≥ 75%)".
//! The cell is cut at criterion/indicator labels found in the *printed* text
//! (tolerating the OCR variants "Chi tiêu", "Chí tiêu", "Tính chi"; "TC"/"CT"
//! only in capitals), so every
//! statement keeps its exact printed slice in `raw`; each slice is then
//! OCR-repaired ([`super::ocr_fix`]) and read.

use std::sync::LazyLock;

use regex::Regex;

use super::number::{self, NumberContext, NumberReading, Unit, parse_number, parse_unit};
use super::ocr_fix::{self, OcrFix};
use super::text::collapse_whitespace;

/// How the requirement compares the commune's value with the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Comparator {
    /// At least (`≥`, "tối thiểu", "ít nhất", "từ"; the default for a rate).
    Ge,
    /// At most (`≤`, "tối đa", "không quá").
    Le,
    /// Below (`<`, "dưới"): lower-is-better indicators such as poverty.
    Lt,
    /// Above (`>`, "trên").
    Gt,
    /// Exactly (`=`).
    Eq,
}

impl Comparator {
    /// The symbol written to the `comparator` column (`>=`, `<=`, `<`, `>`, `=`).
    pub fn as_str(&self) -> &'static str {
        match self {
            Comparator::Ge => ">=",
            Comparator::Le => "<=",
            Comparator::Lt => "<",
            Comparator::Gt => ">",
            Comparator::Eq => "=",
        }
    }

    /// Whether `value` satisfies `self requirement`. Printed values carry at
    /// most a few decimals; the tolerance only absorbs float noise.
    pub fn holds(&self, value: f64, requirement: f64) -> bool {
        const EPS: f64 = 1e-9;
        match self {
            Comparator::Ge => value >= requirement - EPS,
            Comparator::Gt => value > requirement + EPS,
            Comparator::Le => value <= requirement + EPS,
            Comparator::Lt => value < requirement - EPS,
            Comparator::Eq => (value - requirement).abs() <= EPS,
        }
    }
}

impl std::fmt::Display for Comparator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the cell says the target is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Met,
    NotMet,
    Unknown,
}

/// One indicator (or criterion) statement read from a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Criterion number as printed ("Tiêu chí 2" → 2).
    pub criterion_no: Option<u8>,
    /// Criterion name as printed after its number ("Giao thông").
    pub criterion_name: Option<String>,
    /// Indicator code as printed ("2.2", "17.10").
    pub indicator_code: Option<String>,
    /// Indicator text up to the evaluation ("Tỷ lệ đường thôn …").
    pub indicator_name: Option<String>,
    /// The evaluation as printed (OCR-repaired): what the commune has reached,
    /// without the requirement clause ("xã đạt 74,32% (11,323/15,236 km)").
    pub actual_text: Option<String>,
    pub actual_value: Option<f64>,
    pub required_value: Option<f64>,
    /// Set whenever `required_value` is; `Ge` when no comparison word is printed.
    pub comparator: Option<Comparator>,
    /// Unit of the actual value, else of the requirement.
    pub unit: Option<Unit>,
    /// From a printed fraction such as "(11,323/15,236 km)".
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub status: Status,
    /// Raw text of numbers whose printed form has several readings ("36.750").
    pub ambiguous_numbers: Vec<String>,
    /// OCR repairs applied to this statement's text.
    pub ocr_fixes: Vec<OcrFix>,
    /// The statement's slice of the cell exactly as printed.
    pub raw: String,
}

/// What the caller knows about the cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CellContext {
    /// The cell is in a column of unmet criteria ("Các tiêu chí … chưa đạt"),
    /// so a statement that does not say "Đạt" is not met.
    pub listed_as_unmet: bool,
}

/// Parses every statement in one cell.
pub fn parse_statements(cell: &str, ctx: &CellContext) -> Vec<Statement> {
    let markers = find_markers(cell);
    let mut out = Vec::new();
    let mut criterion: Option<(u8, Option<String>)> = None;
    if markers.is_empty() {
        let s = read_segment(cell, None, ctx);
        if s.actual_value.is_some() || s.required_value.is_some() || s.status != Status::Unknown {
            out.push(s);
        }
        return out;
    }
    for (i, m) in markers.iter().enumerate() {
        let end = markers.get(i + 1).map_or(cell.len(), |n| n.start);
        let raw = &cell[m.start..end];
        match &m.kind {
            MarkerKind::Criterion(no) => {
                let s = read_segment(raw, Some(m), ctx);
                criterion = Some((*no, s.criterion_name.clone()));
                let has_body = s.actual_text.is_some() || s.status != Status::Unknown;
                let indicator_follows = markers
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.kind, MarkerKind::Indicator(_)));
                if has_body || !indicator_follows {
                    out.push(s);
                }
            }
            MarkerKind::Indicator(code) => {
                let mut s = read_segment(raw, Some(m), ctx);
                let major = code.split('.').next().and_then(|c| c.parse::<u8>().ok());
                match &criterion {
                    Some((no, name)) => {
                        s.criterion_no = Some(*no);
                        s.criterion_name = name.clone();
                    }
                    None => s.criterion_no = major,
                }
                out.push(s);
            }
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
enum MarkerKind {
    Criterion(u8),
    /// The code as printed, "2.2".
    Indicator(String),
}

/// A label in the printed cell: where it starts (including a leading "-"/"+")
/// and what it names.
#[derive(Debug, Clone)]
struct Marker {
    start: usize,
    kind: MarkerKind,
}

static CRITERION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:[-+•–]\s*)?\b(?:tiêu ch[íỉi]|tính chi|(?-i:TC))\s*(?:số\s*)?(\d{1,2})(?:\.(\d{1,2}))?\b",
    )
    .expect("valid regex")
});
static INDICATOR_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:[-+•–]\s*)?\b(?:ch[iíỉ] tiêu|(?-i:CT))\s*(?:số\s*)?(\d{1,2})(?:\.(\d{1,2}))?\b",
    )
    .expect("valid regex")
});
/// "+ 15.3 Tỷ lệ …", or a cell starting with "2.1. Hệ thống …": a code
/// without its label, recognised only before a capital letter.
static BARE_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^\s*|[+•]\s*)(\d{1,2})\.(\d{1,2})\b\.?:?\s+\p{Lu}").expect("valid regex")
});

fn find_markers(cell: &str) -> Vec<Marker> {
    let mut markers = Vec::new();
    for re in [&*CRITERION_LABEL, &*INDICATOR_LABEL, &*BARE_CODE] {
        for c in re.captures_iter(cell) {
            let (Some(whole), Some(major)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let minor = c.get(2);
            let kind = match minor {
                Some(minor) => {
                    MarkerKind::Indicator(format!("{}.{}", major.as_str(), minor.as_str()))
                }
                None => match major.as_str().parse::<u8>() {
                    Ok(n) => MarkerKind::Criterion(n),
                    Err(_) => continue,
                },
            };
            markers.push(Marker {
                start: whole.start(),
                kind,
            });
        }
    }
    markers.sort_by_key(|m| m.start);
    markers.dedup_by_key(|m| m.start);
    markers
}

/// The label and code at the start of a repaired statement.
static LABEL_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s\-+•–]*(?:(?:tiêu ch[íỉi]|tính chi|ch[iíỉ] tiêu|(?-i:TC|CT))\s*(?:số\s*)?)?\d{1,2}(?:\.\d{1,2})?")
        .expect("valid regex")
});

static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").expect("valid regex"));

/// Reads one statement from its printed slice.
fn read_segment(raw: &str, marker: Option<&Marker>, ctx: &CellContext) -> Statement {
    // Repair the whole slice (the "Cố" rule needs the code before it), then
    // drop the label from the repaired text.
    let repaired = ocr_fix::repair(&collapse_whitespace(&TAG.replace_all(raw, " ")));
    let rest = match marker {
        Some(_) => LABEL_PREFIX
            .find(&repaired.text)
            .map_or(&repaired.text[..], |m| &repaired.text[m.end()..]),
        None => &repaired.text[..],
    };
    // "Tiêu chí 2. Giao thông", "TC 10 - Thu nhập: …": the separator after the code.
    let rest = rest.trim_start_matches(|c: char| ".:-–".contains(c) || c.is_whitespace());
    let rest = rest.strip_prefix("về ").unwrap_or(rest);
    let rest =
        rest.trim_end_matches(|c: char| c == '+' || c == '-' || c == ',' || c.is_whitespace());

    let (name, eval) = match marker {
        Some(m) => split_name(rest, matches!(m.kind, MarkerKind::Criterion(_))),
        None => ("", rest),
    };
    let name = Some(name.trim_end_matches(|c: char| ".,:;".contains(c) || c.is_whitespace()))
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    let eval = eval.trim_start_matches(|c: char| ".,:;".contains(c) || c.is_whitespace());
    let values = read_values(eval);

    let mut status = status_of(rest, eval);
    if status == Status::Unknown && ctx.listed_as_unmet {
        status = Status::NotMet;
    }
    let mut s = Statement {
        criterion_no: None,
        criterion_name: None,
        indicator_code: None,
        indicator_name: None,
        actual_text: values.actual_text,
        actual_value: values.actual.as_ref().and_then(|r| r.value),
        required_value: values.required.as_ref().and_then(|r| r.value),
        comparator: None,
        unit: values.unit,
        numerator: values.fraction.as_ref().and_then(|f| f.numerator.value),
        denominator: values.fraction.as_ref().and_then(|f| f.denominator.value),
        status,
        ambiguous_numbers: Vec::new(),
        ocr_fixes: repaired.fixes.clone(),
        raw: raw.trim().to_string(),
    };
    if s.required_value.is_some() {
        s.comparator = Some(values.comparator.unwrap_or(Comparator::Ge));
    }
    let fraction_parts = values
        .fraction
        .iter()
        .flat_map(|f| [&f.numerator, &f.denominator]);
    for r in values
        .actual
        .iter()
        .chain(values.required.iter())
        .chain(fraction_parts)
    {
        if r.ambiguous && !s.ambiguous_numbers.contains(&r.raw) {
            s.ambiguous_numbers.push(r.raw.clone());
        }
    }
    match marker.map(|m| &m.kind) {
        Some(MarkerKind::Criterion(no)) => {
            s.criterion_no = Some(*no);
            s.criterion_name = name;
        }
        Some(MarkerKind::Indicator(code)) => {
            s.indicator_code = Some(code.clone());
            s.indicator_name = name;
        }
        None => {}
    }
    s
}

/// Where the name ends and the evaluation starts: the first phrase that
/// reports a value or a verdict ("xã đạt", "yêu cầu 100%", ", 0%", "chưa đạt").
static EVAL_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:^|[\s,.;:(])(?:",
        r"xã\s+(?:hiện\s+)?(?:đạt|chưa|không|còn)",
        r"|(?:chưa|không)\s+đạt",
        r"|yêu cầu\s*(?:đạt\s*|là\s*)?(?:[≥≤<>=]+|dưới|trên|tối thiểu|ít nhất|từ)?\s*\d",
        r"|(?:hiện\s+)?(?:đạt|là|còn)\s*,?\s*[≥≤<>]?\s*\d",
        r"|\d+(?:[.,]\d+)*\s*%",
        r"|\(\s*\d+(?:[.,]\d+)*\s*/",
        r"|năm\s+\d{4}\s+(?:đạt|là)",
        r"|đến cuối năm",
        r"|(?-i:Đạt)\s*\.?$",
        r")"
    ))
    .expect("valid regex")
});
static COMMA_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s*(\d+(?:[.,]\d+)*)").expect("valid regex"));

/// Splits "Tỷ lệ …, xã đạt 74,32%" into name and evaluation. For a criterion
/// the name also ends at the first sentence punctuation ("Quy hoạch. Xã …").
fn split_name(text: &str, is_criterion: bool) -> (&str, &str) {
    let mut end = EVAL_START.find(text).map_or(text.len(), |m| {
        // Keep the leading separator out of the evaluation, but not the word.
        let s = m.as_str();
        m.start() + s.len()
            - s.trim_start_matches(|c: char| c.is_whitespace() || ",.;:".contains(c))
                .len()
    });
    // ", 0 sản phẩm": a number with a unit right after a comma.
    if let Some(c) = COMMA_NUMBER
        .captures_iter(text)
        .find(|c| parse_unit(&text[c.get(1).map_or(0, |n| n.end())..]).is_some())
        && let Some(m) = c.get(0)
        && m.start() < end
    {
        end = m.start();
    }
    if is_criterion
        && let Some(p) = text.find([',', ':', ';', '.'])
        && p < end
    {
        end = p;
    }
    (text[..end].trim(), &text[end..])
}

/// Verdict words: NotMet for "chưa đạt"/"không đạt", Met for "Đạt" standing
/// alone as the verdict, Unknown otherwise.
fn status_of(statement: &str, eval: &str) -> Status {
    static NOT_MET: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:chưa|không)\s+đạt\b").expect("valid regex"));
    static MET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[.:;,]\s*)(?:xã\s+)?(?:đã\s+)?đạt\s*[.;]?$").expect("valid regex")
    });
    if NOT_MET.is_match(statement) {
        Status::NotMet
    } else if MET.is_match(eval.trim()) {
        Status::Met
    } else {
        Status::Unknown
    }
}

/// What the evaluation text says in numbers.
#[derive(Default)]
struct Values {
    actual_text: Option<String>,
    actual: Option<NumberReading>,
    required: Option<NumberReading>,
    comparator: Option<Comparator>,
    unit: Option<Unit>,
    fraction: Option<number::Fraction>,
}

const NUM: &str = r"(\d+(?:[.,]\d+)*)";
const CMP: &str = r"(≥|>=|≤|<=|<|>|=|dưới|trên|tối thiểu|ít nhất|từ|tối đa|không quá)?";

static REQUIRED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\byêu cầu\s*(?:đạt\s*|là\s*)?{CMP}\s*{NUM}")).expect("valid regex")
});
/// "chưa đạt 50 triệu đồng/người/năm", "chưa đạt dưới 5% theo yêu cầu".
static NOT_REACHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:chưa|không)\s+đạt\s*{CMP}\s*{NUM}")).expect("valid regex")
});
/// "đạt từ 70,4 triệu đồng/người/năm" and "≥ 66 triệu đồng/người": a target.
static TARGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?:\bđạt\s+(từ)|(≥|>=|≤|<=))\s*{NUM}")).expect("valid regex")
});
static ACTUAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(\S+\s+)?\b(?:đạt|là|còn)\s*,?\s*{NUM}")).expect("valid regex")
});

fn comparator(word: &str) -> Option<Comparator> {
    Some(match word.to_lowercase().as_str() {
        "≥" | ">=" | "tối thiểu" | "ít nhất" | "từ" => Comparator::Ge,
        "≤" | "<=" | "tối đa" | "không quá" => Comparator::Le,
        "<" | "dưới" => Comparator::Lt,
        ">" | "trên" => Comparator::Gt,
        "=" => Comparator::Eq,
        _ => return None,
    })
}

/// Reads a number at `start..end` of `text` with the unit printed after it.
fn read_at(
    text: &str,
    start: usize,
    end: usize,
    expected: Option<(f64, f64)>,
) -> (NumberReading, Option<Unit>) {
    let unit = parse_unit(&text[end..]);
    let reading = parse_number(
        &text[start..end],
        &NumberContext {
            unit: unit.clone(),
            expected_range: expected,
        },
    );
    (reading, unit)
}

/// A value is compared with a requirement of the same kind; an ambiguous
/// actual value is read within this factor of the requirement (10: "36.750"
/// next to "45 triệu" reads 36,75, not 36 750).
const MAGNITUDE_FACTOR: f64 = 10.0;

fn read_values(eval: &str) -> Values {
    let mut v = Values::default();
    let mut used: Vec<(usize, usize)> = Vec::new();
    let mut required_unit = None;
    let mut req_clause: Option<(usize, usize)> = None;

    // 1. The requirement.
    let req = REQUIRED
        .captures(eval)
        .or_else(|| NOT_REACHED.captures(eval))
        .or_else(|| TARGET.captures(eval));
    if let Some(c) = req {
        let n = c.get(c.len() - 1).expect("number group");
        let word = (1..c.len() - 1).find_map(|i| c.get(i)).map(|m| m.as_str());
        let (reading, unit) = read_at(eval, n.start(), n.end(), None);
        // "chưa đạt 01 cơ sở chưa đạt yêu cầu" reports a count, not a target:
        // a requirement after "chưa đạt" must be a rate or an income.
        let is_target = !c[0].to_lowercase().starts_with("chưa")
            && !c[0].to_lowercase().starts_with("không")
            || matches!(unit, Some(Unit::Percent | Unit::MillionDongPerPersonYear));
        if is_target {
            v.comparator = word.and_then(comparator);
            required_unit = unit;
            used.push((n.start(), n.end()));
            req_clause = Some((c.get(0).expect("match").start(), n.end()));
            v.required = Some(reading);
        }
    }
    let expected = v
        .required
        .as_ref()
        .and_then(|r| r.value)
        .filter(|r| *r > 0.0)
        .map(|r| (r / MAGNITUDE_FACTOR, r * MAGNITUDE_FACTOR));

    // 2. The fraction, e.g. "(11,323/15,236 km)".
    v.fraction = number::find_fraction(eval);

    // 3. The actual value: after "đạt"/"là"/"còn" (not "chưa đạt"), else the
    //    first unused number with a unit that is not inside the fraction.
    let mut actual_unit = None;
    for c in ACTUAL.captures_iter(eval) {
        let prev = c.get(1).map_or("", |m| m.as_str()).trim().to_lowercase();
        let n = c.get(2).expect("number group");
        if ["chưa", "không", "cầu"].contains(&prev.as_str())
            || used.iter().any(|u| u.0 == n.start())
        {
            continue;
        }
        let (reading, unit) = read_at(eval, n.start(), n.end(), expected);
        if is_year(eval, n.start(), &reading) {
            continue;
        }
        used.push((n.start(), n.end()));
        v.actual = Some(reading);
        actual_unit = unit;
        break;
    }
    if v.actual.is_none() {
        for n in number::find_numbers(eval) {
            let in_parens = eval[..n.start]
                .rfind('(')
                .is_some_and(|o| !eval[o..n.start].contains(')'));
            if n.unit.is_none() || in_parens || used.iter().any(|u| u.0 == n.start) {
                continue;
            }
            let (reading, unit) = read_at(eval, n.start, n.end, expected);
            if is_year(eval, n.start, &reading) {
                continue;
            }
            v.actual = Some(reading);
            actual_unit = unit;
            break;
        }
    }
    v.unit = actual_unit.or(required_unit);

    // 4. The evaluation text without the requirement clause.
    let mut text = eval.to_string();
    if let Some((s, e)) = req_clause {
        let mut end = e;
        end += eval[e..].len()
            - eval[e..]
                .trim_start_matches(|c: char| c != ',' && c != ';')
                .len();
        text = format!("{}{}", &eval[..s], &eval[end..]);
    }
    let text = text
        .trim_matches(|c: char| ".,;: ".contains(c) || c.is_whitespace())
        .replace(" ,", ",")
        .replace(",,", ",");
    v.actual_text = Some(collapse_whitespace(&text)).filter(|t| !t.is_empty());
    v
}

/// "năm 2022", "năm 2023 là": a year, not a value.
fn is_year(text: &str, start: usize, r: &NumberReading) -> bool {
    let before = text[..start].trim_end().to_lowercase();
    r.value
        .is_some_and(|y| (1990.0..=2100.0).contains(&y) && y.fract() == 0.0)
        && (before.ends_with("năm") || r.raw.len() == 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(cell: &str) -> Statement {
        let mut all = parse_statements(cell, &CellContext::default());
        assert_eq!(all.len(), 1, "{all:#?}");
        all.remove(0)
    }

    #[test]
    fn criterion_with_two_indicators() {
        let cell = "-Tiêu chí 2. Giao thông + Chỉ tiêu 2.2. Tỷ lệ đường thôn và đường liên thôn ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm, xã đạt 74,32% (11,323/15,236 km), yêu cầu 100% + Chỉ tiêu 2.3. Tỷ lệ đường ngõ, xóm sạch được cứng hóa, xã đạt 66,21% (2,191/3,309 km), yêu cầu 70%";
        let s = parse_statements(cell, &CellContext::default());
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].criterion_no, Some(2));
        assert_eq!(s[0].criterion_name.as_deref(), Some("Giao thông"));
        assert_eq!(s[0].indicator_code.as_deref(), Some("2.2"));
        assert_eq!(s[0].actual_value, Some(74.32));
        assert_eq!(s[0].required_value, Some(100.0));
        assert_eq!(s[0].numerator, Some(11.323));
        assert_eq!(s[0].denominator, Some(15.236));
        assert_eq!(s[0].unit, Some(Unit::Percent));
        assert_eq!(s[1].indicator_code.as_deref(), Some("2.3"));
        assert_eq!(
            s[1].indicator_name.as_deref(),
            Some("Tỷ lệ đường ngõ, xóm sạch được cứng hóa")
        );
        assert!(s[1].raw.starts_with("+ Chỉ tiêu 2.3."));
    }

    #[test]
    fn bare_criterion_form() {
        let s = one("TC 10 - Thu nhập: 43 triệu đồng/người/năm (yêu cầu 47)");
        assert_eq!(s.criterion_no, Some(10));
        assert_eq!(s.indicator_code, None);
        assert_eq!(s.criterion_name.as_deref(), Some("Thu nhập"));
        assert_eq!(s.actual_value, Some(43.0));
        assert_eq!(s.required_value, Some(47.0));
        assert_eq!(s.comparator, Some(Comparator::Ge));
        assert_eq!(s.unit, Some(Unit::MillionDongPerPersonYear));

        let s = one("TC 11 - Nghèo đa chiều: 9,84% (yêu cầu ≤ 5%)");
        assert_eq!(s.criterion_no, Some(11));
        assert_eq!((s.actual_value, s.required_value), (Some(9.84), Some(5.0)));
        assert_eq!(s.comparator, Some(Comparator::Le));
    }

    #[test]
    fn bare_indicator_form() {
        let s = one("CT 12.1 - Tỷ lệ lao động qua đào tạo: 71,4% (yêu cầu ≥ 75%)");
        assert_eq!(s.indicator_code.as_deref(), Some("12.1"));
        assert_eq!(s.criterion_no, Some(12));
        assert_eq!(
            s.indicator_name.as_deref(),
            Some("Tỷ lệ lao động qua đào tạo")
        );
        assert_eq!((s.actual_value, s.required_value), (Some(71.4), Some(75.0)));

        let s = one("CT 13.1 - Xã có hợp tác xã hoạt động hiệu quả: chưa đạt");
        assert_eq!(s.indicator_code.as_deref(), Some("13.1"));
        assert_eq!(s.status, Status::NotMet);
        // Lower-case "ct"/"tc" inside words is never a label.
        assert!(parse_statements("dự án đầu tư ct mới", &CellContext::default()).is_empty());
    }

    #[test]
    fn met_alone() {
        let s = one("2. Mô hình thông minh: Xã lựa chọn mô hình Hạ tầng số. Đạt");
        assert_eq!(s.status, Status::Met);
    }
}
