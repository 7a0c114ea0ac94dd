//! The summary printed after `ntm validate`: one block per (rule, severity)
//! with its count and the first few examples.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::validate::{Finding, Severity};

/// Examples shown per group (default 3): enough to see the pattern, short
/// enough that a run with hundreds of findings fits on a screen.
pub const EXAMPLES_PER_GROUP: usize = 3;

/// Grouped by severity (errors first) and rule, with counts and examples.
pub fn terminal_summary(f: &[Finding]) -> String {
    let mut groups: BTreeMap<(Severity, &str), Vec<&Finding>> = BTreeMap::new();
    for x in f {
        groups
            .entry((x.severity, x.rule.as_str()))
            .or_default()
            .push(x);
    }
    let count = |s: Severity| f.iter().filter(|x| x.severity == s).count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} findings: {} error(s), {} warning(s), {} info",
        f.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    );
    for ((sev, rule), items) in &groups {
        let _ = writeln!(
            out,
            "\n{:<7} {rule} ({})",
            sev.as_str().to_uppercase(),
            items.len()
        );
        for x in items.iter().take(EXAMPLES_PER_GROUP) {
            let _ = writeln!(out, "  - {}: {}", location(x), x.message_en);
            if !x.evidence.is_empty() {
                let _ = writeln!(out, "      \"{}\"", shorten(&x.evidence, 160));
            }
        }
        if items.len() > EXAMPLES_PER_GROUP {
            let _ = writeln!(out, "  … and {} more", items.len() - EXAMPLES_PER_GROUP);
        }
    }
    out
}

/// "plan.txt p.12 Phụ lục 07 table 3 row 5".
pub(crate) fn location(x: &Finding) -> String {
    let mut s = x.source_file.clone();
    if let Some(p) = x.page {
        let _ = write!(s, " p.{p}");
    }
    if let Some(a) = &x.appendix {
        let _ = write!(s, " {a}");
    }
    if let Some(t) = x.table_index {
        if t < 0 {
            s.push_str(" text");
        } else {
            let _ = write!(s, " table {t}");
        }
    }
    if let Some(r) = x.row {
        let _ = write!(s, " row {r}");
    }
    s
}

/// At most `max` characters, with an ellipsis when cut.
fn shorten(s: &str, max: usize) -> String {
    let s = s.replace(['\n', '\t'], " ");
    if s.chars().count() <= max {
        s
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}
