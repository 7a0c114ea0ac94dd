//! Round-trip properties of the number and period parsers: format a value the
//! way the plan prints it, parse it back, get the value.

use ntm_ingest::normalize::number::{NumberContext, Unit, format_vietnamese, parse_number};
use ntm_ingest::normalize::period::{Period, parse_periods};
use proptest::prelude::*;

fn ctx(unit: Option<Unit>) -> NumberContext {
    NumberContext {
        unit,
        expected_range: None,
    }
}

proptest! {
    /// "74,17": a decimal comma is never ambiguous.
    #[test]
    fn decimals_round_trip(cents in 0u64..10_000_000_000, decimals in 1usize..4) {
        let scale = 10f64.powi(decimals as i32);
        let value = (cents as f64 / 100.0 * scale).round() / scale;
        let printed = format_vietnamese(value, decimals);
        let r = parse_number(&printed, &ctx(None));
        prop_assert!(!r.ambiguous, "{printed}");
        let got = r.value.expect("a value");
        prop_assert!((got - value).abs() < 1e-6, "{printed} -> {got}, want {value}");
    }

    /// "1.489.867": whole counts with thousands dots read back exactly, because
    /// a count cannot be a decimal.
    #[test]
    fn counts_round_trip(n in 0u64..10_000_000_000) {
        let printed = format_vietnamese(n as f64, 0);
        let r = parse_number(&printed, &ctx(Some(Unit::Count("người".into()))));
        prop_assert_eq!(r.value, Some(n as f64), "{}", printed);
    }

    /// Without a unit, "36.750" has two readings and no value is guessed;
    /// with more than one dot it is not ambiguous.
    #[test]
    fn one_thousands_dot_without_context_is_flagged(n in 1000u64..1_000_000) {
        let printed = format_vietnamese(n as f64, 0);
        let r = parse_number(&printed, &ctx(None));
        prop_assert!(r.ambiguous);
        prop_assert_eq!(r.value, None);
        prop_assert!(r.alternatives.contains(&(n as f64)));
    }

    /// Percentages printed with an English dot and 1–2 decimals ("18.53%").
    #[test]
    fn dot_percent_round_trip(hundredths in 0u32..10_000, decimals in 1usize..3) {
        let value = hundredths as f64 / 100.0;
        let printed = format!("{:.*}", decimals, value);
        let r = parse_number(&printed, &ctx(Some(Unit::Percent)));
        let want: f64 = printed.parse().unwrap();
        prop_assert_eq!(r.value, Some(want));
    }

    /// Any mix of quarters, months and years, in the printed forms of the plan.
    #[test]
    fn periods_round_trip(
        items in prop::collection::vec((2000i32..2100, 0u8..5, 0u8..13, any::<bool>()), 1..4)
    ) {
        let mut want = Vec::new();
        let mut printed = Vec::new();
        for (year, quarter, month, long_form) in items {
            let p = match (quarter, month) {
                (1..=4, _) => Period { year, quarter: Some(quarter), month: None },
                (0, 1..=12) => Period { year, quarter: None, month: Some(month) },
                _ => Period { year, quarter: None, month: None },
            };
            let mut s = p.to_vietnamese();
            if long_form && p.quarter.is_some() {
                s = s.replace('/', " năm ");
            }
            want.push(p);
            printed.push(s);
        }
        let got: Vec<Period> = parse_periods(&printed.join(" ")).into_iter().map(|(p, _)| p).collect();
        prop_assert_eq!(got, want, "{}", printed.join(" "));
    }
}
