//! Display text of numbers: what a person reads in the cell.
//!
//! A workbook stores a number and, separately, a format code such as `0.0%` or
//! `#,##0`. The code is locale-neutral (`.` means "the decimal separator"); the
//! separators a reader sees come from the locale of whoever opens the file. The
//! plans this crate reads are Vietnamese and printed with Vietnamese separators
//! ("29,8%", "1.234.567"), so those are the separators used here
//! ([`DECIMAL_SEPARATOR`], [`GROUP_SEPARATOR`]). The typed value beside the text
//! keeps the exact number whatever the separators.

/// Decimal separator written in display text (default `,`, Vietnamese print).
pub const DECIMAL_SEPARATOR: char = ',';
/// Thousands separator written when the format code asks for grouping (default `.`).
pub const GROUP_SEPARATOR: char = '.';
/// Significant digits shown for a number in the General format (default 10, as
/// spreadsheet applications show in a default-width column), so `0.1 + 0.2` reads
/// `0,3`, not `0,30000000000000004`.
pub const GENERAL_SIGNIFICANT_DIGITS: i32 = 10;

/// The part of a number format code that decides the display text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumFmt {
    /// No format (or `General`, `@`): integers as integers, others to
    /// [`GENERAL_SIGNIFICANT_DIGITS`] significant digits.
    General,
    /// A fixed number of decimals, optionally with thousands grouping (`0.00`, `#,##0`).
    Fixed {
        /// Digits after the decimal separator.
        decimals: u32,
        /// Thousands grouping requested.
        grouping: bool,
    },
    /// A percentage: the value × 100 with this many decimals, then `%` (`0.0%`).
    Percent {
        /// Digits after the decimal separator.
        decimals: u32,
    },
}

/// Reads the first section of an Excel/ODF number format code. Codes this reader does
/// not model (fractions, scientific, currency with text) fall back to `General`,
/// which never loses the value.
pub fn parse_format(code: &str) -> NumFmt {
    let first = code.split(';').next().unwrap_or("");
    // Drop quoted literals, bracketed colours/locales and escaped characters.
    let mut plain = String::new();
    let mut chars = first.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                for d in chars.by_ref() {
                    if d == '"' {
                        break;
                    }
                }
            }
            '[' => {
                for d in chars.by_ref() {
                    if d == ']' {
                        break;
                    }
                }
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            _ => plain.push(c),
        }
    }
    let t = plain.trim();
    if t.is_empty()
        || t.eq_ignore_ascii_case("general")
        || t == "@"
        || t.contains(['E', 'e', '?', '/'])
    {
        return NumFmt::General;
    }
    if !t.contains(['0', '#']) {
        return NumFmt::General;
    }
    let decimals = match t.find('.') {
        Some(i) => t[i + 1..]
            .chars()
            .take_while(|c| *c == '0' || *c == '#')
            .count() as u32,
        None => 0,
    };
    if t.contains('%') {
        NumFmt::Percent { decimals }
    } else {
        NumFmt::Fixed {
            decimals,
            grouping: t.contains(','),
        }
    }
}

/// The format code of Excel's built-in number formats that change the display of a
/// plain number (ids from ECMA-376 §18.8.30); `None` for the others.
pub fn builtin_format(id: u32) -> Option<&'static str> {
    match id {
        1 => Some("0"),
        2 => Some("0.00"),
        3 => Some("#,##0"),
        4 => Some("#,##0.00"),
        9 => Some("0%"),
        10 => Some("0.00%"),
        _ => None,
    }
}

/// Display text of `v` in format `fmt`.
pub fn number_text(v: f64, fmt: NumFmt) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    match fmt {
        NumFmt::General => general(v),
        NumFmt::Fixed { decimals, grouping } => fixed(v, decimals, grouping),
        NumFmt::Percent { decimals } => {
            let mut s = fixed(v * 100.0, decimals, false);
            s.push('%');
            s
        }
    }
}

fn general(v: f64) -> String {
    if v == v.trunc() && v.abs() < 1e15 {
        return format!("{}", v as i64);
    }
    let magnitude = v.abs().log10().floor() as i32;
    let decimals = (GENERAL_SIGNIFICANT_DIGITS - 1 - magnitude).clamp(0, 17) as usize;
    let mut s = format!("{v:.decimals$}");
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" {
        s = "0".into();
    }
    s.replace('.', &DECIMAL_SEPARATOR.to_string())
}

fn fixed(v: f64, decimals: u32, grouping: bool) -> String {
    let s = format!("{:.*}", decimals as usize, v);
    let (sign, s) = match s.strip_prefix('-') {
        Some(rest) if rest.chars().any(|c| c.is_ascii_digit() && c != '0') => ("-", rest),
        Some(rest) => ("", rest),
        None => ("", s.as_str()),
    };
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut out = String::from(sign);
    if grouping {
        let n = int.len();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (n - i) % 3 == 0 {
                out.push(GROUP_SEPARATOR);
            }
            out.push(c);
        }
    } else {
        out.push_str(int);
    }
    if let Some(f) = frac {
        out.push(DECIMAL_SEPARATOR);
        out.push_str(f);
    }
    out
}

/// The format a producer used, read back from its own rendering of `v` (ods files
/// store both the value and the text the producer showed, in the producer's locale:
/// "1,234,567.50" from an en-US LibreOffice). The number of decimals is the one for
/// which the rendering's digits equal `v` rounded to it; grouping is on when the
/// rendering has more separators than that decimal one. `None` when the rendering is
/// not a plain number (scientific, currency words, "TRUE" for a boolean format).
pub fn format_from_rendering(v: f64, rendered: &str) -> Option<NumFmt> {
    let r = rendered.trim();
    let (body, percent) = match r.strip_suffix('%') {
        Some(b) => (b.trim_end(), true),
        None => (r, false),
    };
    let body = body.trim_start_matches(['-', '\u{2212}']);
    let is_sep = |c: char| matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\'');
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || is_sep(c)) {
        return None;
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    let seps = body.chars().filter(|c| is_sep(*c)).count();
    let shown = if percent { v * 100.0 } else { v }.abs();
    for decimals in 0..=15u32 {
        let s = format!("{:.*}", decimals as usize, shown);
        let d: String = s.chars().filter(char::is_ascii_digit).collect();
        if d == digits {
            let grouping = seps > usize::from(decimals > 0);
            return Some(if percent {
                NumFmt::Percent { decimals }
            } else {
                NumFmt::Fixed { decimals, grouping }
            });
        }
    }
    None
}

/// Display text of a date or date-time given as ISO 8601 (`2024-03-08`,
/// `2024-03-08T10:30:00`): day/month/year as Vietnamese documents print dates
/// ("08/03/2024"), then the time when it is not midnight ("08/03/2024 10:30:00").
/// Format codes are not followed here: the built-in short-date format is
/// locale-dependent, and a Vietnamese reader reads day first. Text that is not ISO is
/// returned unchanged.
pub fn date_text(iso: &str) -> String {
    let (date, time) = match iso.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (iso, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let ok = parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
    if !ok {
        return iso.to_string();
    }
    let mut s = format!("{}/{}/{}", parts[2], parts[1], parts[0]);
    if let Some(t) = time.filter(|t| !t.trim_start_matches(['0', ':', '.']).is_empty()) {
        s.push(' ');
        s.push_str(t);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_read_without_decimals() {
        assert_eq!(number_text(100.0, NumFmt::General), "100");
        assert_eq!(number_text(-7.0, NumFmt::General), "-7");
    }

    #[test]
    fn general_rounds_float_noise_and_uses_decimal_comma() {
        assert_eq!(number_text(0.1 + 0.2, NumFmt::General), "0,3");
        assert_eq!(number_text(74.32, NumFmt::General), "74,32");
    }

    #[test]
    fn percent_format_reads_as_printed() {
        let f = parse_format("0.0%");
        assert_eq!(f, NumFmt::Percent { decimals: 1 });
        // 28/94 as stored by a spreadsheet.
        assert_eq!(number_text(28.0 / 94.0, f), "29,8%");
        assert_eq!(number_text(0.5, parse_format("0%")), "50%");
    }

    #[test]
    fn grouping_and_fixed_decimals() {
        assert_eq!(
            number_text(1234567.891, parse_format("#,##0.00")),
            "1.234.567,89"
        );
        assert_eq!(number_text(2.5, parse_format("0.000")), "2,500");
        assert_eq!(number_text(-0.0001, parse_format("0.00")), "0,00");
    }

    #[test]
    fn unknown_codes_fall_back_to_general() {
        assert_eq!(parse_format("General"), NumFmt::General);
        assert_eq!(parse_format("0.00E+00"), NumFmt::General);
        assert_eq!(parse_format("# ?/?"), NumFmt::General);
        assert_eq!(
            parse_format("[Red]\"x\"0.0%;-0.0%"),
            NumFmt::Percent { decimals: 1 }
        );
    }

    #[test]
    fn rendering_gives_decimals_and_grouping_whatever_the_locale() {
        let f = |v, r| format_from_rendering(v, r);
        assert_eq!(
            f(1234567.5, "1,234,567.50"),
            Some(NumFmt::Fixed {
                decimals: 2,
                grouping: true
            })
        );
        assert_eq!(
            f(1234.0, "1.234"),
            Some(NumFmt::Fixed {
                decimals: 0,
                grouping: true
            })
        );
        assert_eq!(
            f(1.234, "1,234"),
            Some(NumFmt::Fixed {
                decimals: 3,
                grouping: false
            })
        );
        assert_eq!(f(0.298, "29.8%"), Some(NumFmt::Percent { decimals: 1 }));
        assert_eq!(f(1.0, "TRUE"), None);
        assert_eq!(f(1.5e20, "1.5E+20"), None);
        let g = f(-2.5, "-2.50").unwrap();
        assert_eq!(number_text(-2.5, g), "-2,50");
    }

    #[test]
    fn dates_read_day_first() {
        assert_eq!(date_text("2024-03-08"), "08/03/2024");
        assert_eq!(date_text("2024-03-08T00:00:00"), "08/03/2024");
        assert_eq!(date_text("2024-03-08T10:30:00"), "08/03/2024 10:30:00");
        assert_eq!(date_text("Quý II"), "Quý II");
    }
}
