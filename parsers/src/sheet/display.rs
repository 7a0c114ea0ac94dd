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
}
