//! Reports of validation findings: a terminal summary, a self-contained
//! HTML page and JSON for machines.

mod changes;
mod html;
pub mod overview;
mod terminal;

pub use changes::{changes_page, changes_section};
pub use html::{esc as escape, html_report, html_report_with, page};
pub use terminal::{EXAMPLES_PER_GROUP, terminal_summary};

use crate::validate::Finding;

/// Findings as a JSON array (the fields of [`Finding`], severity as
/// `"error"`/`"warning"`/`"info"`), for `ntm validate --format json`.
pub fn json(f: &[Finding]) -> String {
    // Serialising plain strings and numbers cannot fail; an empty array is
    // still valid JSON should it ever do so.
    serde_json::to_string_pretty(f).unwrap_or_else(|_| "[]".to_string())
}
