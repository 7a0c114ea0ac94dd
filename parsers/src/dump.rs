//! A stable text rendering of tables, for golden files and for eyes.
//!
//! One block per table: a header line with index, method, shape and first page,
//! the caption lines, then one line per cell:
//! `r<row> c<col> [<rows>x<cols>] p<page> | <text>` (span shown only when > 1×1).
//! Empty cells are omitted. Text is printed as is (NFC), newlines shown as `⏎`.

use crate::table::Table;
use std::fmt::Write;

/// Renders one table.
pub fn dump_table(t: &Table) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "== table {} · {:?} · {} rows × {} cols · header rows {} · page {}{}",
        t.index,
        t.method,
        t.n_rows,
        t.n_cols,
        t.header_rows,
        t.first_page(),
        t.sheet
            .as_ref()
            .map(|n| format!(" · sheet {n}"))
            .unwrap_or_default()
    );
    for line in &t.caption {
        let _ = writeln!(s, "caption | {line}");
    }
    for c in &t.cells {
        if c.text.is_empty() {
            continue;
        }
        let span = if c.row_span > 1 || c.col_span > 1 {
            format!(" [{}x{}]", c.row_span, c.col_span)
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "r{} c{}{} p{} | {}",
            c.row,
            c.col,
            span,
            c.origin.page,
            c.text.replace('\n', "⏎")
        );
    }
    s
}

/// Renders every table of a document, separated by blank lines.
pub fn dump_tables(tables: &[Table]) -> String {
    tables.iter().map(dump_table).collect::<Vec<_>>().join("\n")
}
