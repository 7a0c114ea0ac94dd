//! `fraction_percent`: a percent printed together with its own fraction
//! ("xã đạt 25,37% (1059/4532)") must equal that fraction within rounding.

use super::finding::{Finding, Locator, Severity, fixed, num};
use crate::records::IndicatorRecord;

pub const RULE: super::Rule = super::Rule::FractionPercent;

/// Extra tolerance on top of half a unit of the last printed decimal, in
/// percentage points (default 0.05). It absorbs fractions whose own parts
/// were rounded before printing ("11,323/15,236 km"); a real disagreement in
/// the plan is whole points (25,37% printed, 23,37% computed).
pub const SLACK_POINTS: f64 = 0.05;

/// Decimals printed in the first number of `text` ("25,37%" → 2, "76%" → 0).
/// A dot followed by exactly three digits is a thousands separator, not decimals.
pub(crate) fn printed_decimals(text: &str) -> Option<usize> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let run: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let run = run.trim_end_matches(['.', ',']);
    match run.rfind([',', '.']) {
        None => Some(0),
        Some(i) => {
            let after = run.len() - i - 1;
            if run.as_bytes()[i] == b'.' && after == 3 {
                Some(0)
            } else {
                Some(after)
            }
        }
    }
}

/// Whether the first `%` of `text` is followed (after spaces and an opening
/// parenthesis) by a number and a slash: "94,77% (5.507/5.511 người)".
pub(crate) fn fraction_follows_percent(text: &str) -> bool {
    let Some(i) = text.find('%') else {
        return false;
    };
    let rest = text[i + 1..].trim_start();
    let rest = rest.strip_prefix('(').unwrap_or(rest).trim_start();
    let digits = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    digits > 0 && rest[digits..].trim_start().starts_with(['/', 'k'])
}

/// Half a unit of the last printed decimal plus [`SLACK_POINTS`].
pub fn tolerance(decimals: usize) -> f64 {
    0.5 * 10f64.powi(-(decimals as i32)) + SLACK_POINTS
}

pub(crate) fn check(loc: &Locator, rec: &IndicatorRecord, out: &mut Vec<Finding>) {
    let (Some(value), Some(n), Some(d)) = (rec.actual_value, rec.numerator, rec.denominator) else {
        return;
    };
    let is_percent = rec.unit.as_deref().is_none_or(|u| u.trim() == "%")
        && rec.actual_text.as_deref().is_none_or(|t| t.contains('%'));
    if !is_percent || d <= 0.0 {
        return;
    }
    // The fraction must be printed right after the percent ("25,37% (1059/4532)"):
    // a fraction elsewhere in the cell ("50%/1/2 thôn gồm (t/ 6, 9/10 …)") is
    // not the percent's own, and comparing them would report a false error.
    let text = rec.actual_text.as_deref().unwrap_or(&rec.raw_text);
    if !fraction_follows_percent(text) {
        return;
    }
    let computed = 100.0 * n / d;
    // Two decimals when the printed form is not known: the plan's usual precision.
    let decimals = rec
        .actual_text
        .as_deref()
        .and_then(printed_decimals)
        .unwrap_or(2);
    let tol = tolerance(decimals);
    if (computed - value).abs() <= tol {
        return;
    }
    let printed = rec
        .actual_text
        .clone()
        .unwrap_or_else(|| format!("{}%", num(value)));
    let fraction = format!("{}/{}", num(n), num(d));
    out.push(
        loc.at(RULE, Severity::Error, Some(&rec.prov), &rec.raw_text)
            .locality(Some(&rec.locality_name))
            .locality_code(rec.locality_code.as_deref())
            .code(rec.indicator_code.as_deref())
            .compare(
                format!("{}% ({fraction})", fixed(computed, decimals.max(2))),
                printed.clone(),
            )
            .say(
                format!(
                    "Tỷ lệ in {printed} không khớp với phân số in kèm {fraction} = {}% (chênh {} điểm %, cho phép {}).",
                    fixed(computed, 2),
                    fixed((computed - value).abs(), 2),
                    fixed(tol, 3)
                ),
                format!(
                    "Printed percent {printed} disagrees with its own fraction {fraction} = {:.2}% (off by {:.2} points, tolerance {:.3}).",
                    computed,
                    (computed - value).abs(),
                    tol
                ),
            ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::testing::{indicator, locator};

    fn run(text: &str, value: f64, n: f64, d: f64) -> Vec<Finding> {
        let mut rec = indicator(text);
        rec.actual_value = Some(value);
        rec.actual_text = Some(text.to_string());
        rec.numerator = Some(n);
        rec.denominator = Some(d);
        rec.unit = Some("%".into());
        let mut out = Vec::new();
        check(&locator(), &rec, &mut out);
        out
    }

    #[test]
    fn decimals_as_printed() {
        assert_eq!(printed_decimals("25,37%"), Some(2));
        assert_eq!(printed_decimals("76%"), Some(0));
        assert_eq!(printed_decimals("66,7 %"), Some(1));
        assert_eq!(printed_decimals("18.53%"), Some(2));
        assert_eq!(printed_decimals("5.507"), Some(0));
        assert_eq!(printed_decimals("không"), None);
    }

    #[test]
    fn plan_line_442_fails() {
        // "xã đạt 25,37% (1059/4532)": 1059/4532 = 23,37%.
        let f = run("25,37% (1059/4532)", 25.37, 1059.0, 4532.0);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].expected.as_deref(), Some("23,37% (1059/4532)"));
    }

    #[test]
    fn plan_passes() {
        assert!(run("74,32% (11,323/15,236 km)", 74.32, 11.323, 15.236).is_empty());
        assert!(run("62,5% (20/32 vụ việc)", 62.5, 20.0, 32.0).is_empty());
        // Whole percent: 143/189 = 75,66% prints as 76%.
        assert!(run("76% (143/189 cơ sở)", 76.0, 143.0, 189.0).is_empty());
    }

    #[test]
    fn fraction_must_follow_the_percent() {
        assert!(fraction_follows_percent(
            "xã đạt 94,77% (5.507/5.511 người)"
        ));
        assert!(fraction_follows_percent("70,6 % (12 km/17 km)"));
        // Plan line 391: the fraction 9/10 in the list of villages is not the percent's.
        assert!(!fraction_follows_percent(
            "xã đạt 50%/1/2 thôn gồm (t/ 6, 9/10, t/ 1, 15/17)"
        ));
        assert!(
            run(
                "50%/1/2 thôn gồm (t/ 6, 9/10, t/ 1, 15/17)",
                50.0,
                9.0,
                10.0
            )
            .is_empty()
        );
    }

    #[test]
    fn zero_denominator_is_not_a_finding() {
        assert!(run("0% (0/0)", 0.0, 0.0, 0.0).is_empty());
    }
}
