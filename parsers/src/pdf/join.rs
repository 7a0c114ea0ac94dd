//! Joins tables that continue across pages into logical tables, and collects the
//! captions and the prose.
//!
//! A table continues on the next page when it is the last table of its page, the
//! next page's first table has the same column widths, and that table either has no
//! caption of its own or repeats the first one's leading (header) rows. Repeated
//! header rows are dropped. A row cut by the page break is joined back: text found
//! right below the last rule or right above the continuation (a fragment with no rule
//! of its own) goes into the cut row, and a continuation whose first row leaves the
//! row's key cell empty is merged into the previous row.

use super::extract::{PageCell, PageTable, PageText};
use super::settings::PdfSettings;
use super::words::Line;
use crate::Warning;
use crate::table::{CellOrigin, Method, Table, TableBuilder};
use std::collections::HashSet;

/// A logical table being assembled.
struct Logical {
    cells: Vec<PageCell>,
    n_rows: u32,
    xs: Vec<f32>,
    caption: Vec<String>,
    method: Method,
    repeated_header: u32,
    last_page: u32,
    /// Index of the page table it ends with, and whether that was the page's last table.
    ends_page: bool,
    /// The page table it currently ends with (for its `below` lines).
    tail: PageTable,
}

/// Joins page tables into logical tables; returns tables, prose paragraphs and warnings.
pub fn join(pages: &[PageText], s: &PdfSettings) -> (Vec<Table>, Vec<(u32, String)>, Vec<Warning>) {
    let mut used: HashSet<(u32, usize)> = HashSet::new();
    let mut logicals: Vec<Logical> = Vec::new();
    let line_text = |p: u32, i: usize| -> &Line {
        &pages
            .iter()
            .find(|pt| pt.page == p)
            .expect("page exists")
            .lines[i]
    };
    for pt in pages {
        let n = pt.tables.len();
        for (ti, t) in pt.tables.iter().enumerate() {
            let last_here = ti + 1 == n;
            if ti == 0
                && let Some(prev) = logicals.last_mut()
                && prev.ends_page
                && prev.last_page + 1 == pt.page
                && prev.method == t.method
                && match t.method {
                    Method::Stream => same_stream_columns(&prev.xs, &t.xs),
                    _ => same_columns(&prev.xs, &t.xs, s.join_column_tolerance),
                }
            {
                let k = repeated_rows(prev, t);
                if t.caption.is_empty() || k > 0 {
                    let mut open = prev.tail.open_bottom || t.open_top;
                    // Fragments with no rule of their own, on either side of the break.
                    let frag_lines: Vec<(u32, usize)> = prev
                        .tail
                        .below
                        .iter()
                        .map(|&i| (prev.last_page, i))
                        .chain(t.above.iter().map(|&i| (t.page, i)))
                        .collect();
                    if !frag_lines.is_empty() {
                        let lines: Vec<&Line> =
                            frag_lines.iter().map(|&(p, i)| line_text(p, i)).collect();
                        append_fragment(prev, &lines);
                        used.extend(frag_lines);
                        open = true;
                    }
                    append(prev, t, k, open, s.cut_text_gap);
                    prev.repeated_header = prev.repeated_header.max(k);
                    prev.last_page = t.page;
                    prev.ends_page = last_here;
                    prev.tail = t.clone();
                    continue;
                }
            }
            let caption: Vec<String> = t.caption.iter().map(|&i| pt.lines[i].text()).collect();
            used.extend(t.caption.iter().map(|&i| (pt.page, i)));
            logicals.push(Logical {
                cells: t.cells.clone(),
                n_rows: t.n_rows,
                xs: t.xs.clone(),
                caption,
                method: t.method,
                repeated_header: 0,
                last_page: t.page,
                ends_page: last_here,
                tail: t.clone(),
            });
        }
    }
    let mut tables = Vec::new();
    let mut warnings = Vec::new();
    for l in logicals {
        let header = if l.repeated_header > 0 {
            l.repeated_header
        } else {
            l.cells
                .iter()
                .filter(|c| c.row == 0)
                .map(|c| c.row_span)
                .max()
                .unwrap_or(0)
        };
        let first_page = l.cells.first().map(|c| c.page);
        let mut b = TableBuilder::new(l.method)
            .caption(l.caption)
            .header_rows(header.min(l.n_rows.saturating_sub(1)));
        for c in &l.cells {
            b.cell(
                c.row,
                c.col,
                c.row_span,
                c.col_span,
                &crate::text::collapse_ws(&c.text),
                None,
                CellOrigin {
                    page: c.page,
                    bbox: Some(c.bbox),
                    line: None,
                },
            );
        }
        match b.build(tables.len() as u32) {
            Ok(t) => tables.push(t),
            Err(e) => warnings.push(Warning {
                page: first_page,
                message: format!("table dropped: inconsistent grid: {e}"),
            }),
        }
    }
    let prose = prose(pages, &used);
    (tables, prose, warnings)
}

/// Same number of columns and the same column widths within `tol` points.
fn same_columns(a: &[f32], b: &[f32], tol: f32) -> bool {
    a.len() == b.len()
        && a.windows(2)
            .zip(b.windows(2))
            .all(|(x, y)| ((x[1] - x[0]) - (y[1] - y[0])).abs() <= tol)
}

/// Columns of tables found from whitespace: their boundaries are the middles of the
/// gaps between text, so they move with the text of each page (a longer name widens
/// its column). They match when there are as many and each boundary stays within
/// half the narrower of its two neighbouring columns of where the other has it: no
/// boundary crosses into a different column.
fn same_stream_columns(a: &[f32], b: &[f32]) -> bool {
    if a.len() != b.len() || a.len() < 2 {
        return false;
    }
    let narrowest = |xs: &[f32], i: usize| {
        let left = if i > 0 { xs[i] - xs[i - 1] } else { f32::MAX };
        let right = xs.get(i + 1).map(|x| x - xs[i]).unwrap_or(f32::MAX);
        left.min(right)
    };
    (0..a.len()).all(|i| {
        let room = narrowest(a, i).min(narrowest(b, i)) / 2.0;
        (a[i] - b[i]).abs() <= room
    })
}

/// Cells starting on row `r`, as comparable tuples.
fn row_sig(cells: &[PageCell], r: u32) -> Vec<(u32, u32, u32, String)> {
    cells
        .iter()
        .filter(|c| c.row == r)
        .map(|c| {
            (
                c.col,
                c.row_span,
                c.col_span,
                // Loose: a header repeated on a scanned page may be read with slips.
                crate::text::loose_key(&c.text),
            )
        })
        .collect()
}

/// Two rows are the same when their cells have the same places and spans and their
/// text keys agree in at least 85 % of their characters (a header repeated on a
/// scanned page is read with a few slips: "STT" / "SIT").
fn same_row(a: &[(u32, u32, u32, String)], b: &[(u32, u32, u32, String)]) -> bool {
    if a.len() != b.len()
        || a.iter()
            .zip(b)
            .any(|(x, y)| (x.0, x.1, x.2) != (y.0, y.1, y.2))
    {
        return false;
    }
    let (ka, kb): (String, String) = (
        a.iter().map(|c| c.3.as_str()).collect(),
        b.iter().map(|c| c.3.as_str()).collect(),
    );
    let (ca, cb): (Vec<char>, Vec<char>) = (ka.chars().collect(), kb.chars().collect());
    let longest = ca.len().max(cb.len());
    longest == 0 || (longest - edit_distance(&ca, &cb)) as f32 >= 0.85 * longest as f32
}

/// Levenshtein distance.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// How many leading rows of `t` repeat the leading rows of `prev`.
fn repeated_rows(prev: &Logical, t: &PageTable) -> u32 {
    let mut k = 0;
    while k + 1 < t.n_rows && k < prev.n_rows {
        let a = row_sig(&prev.cells, k);
        if a.is_empty() || !same_row(&a, &row_sig(&t.cells, k)) || a.iter().all(|c| c.3.is_empty())
        {
            break;
        }
        k += 1;
    }
    k
}

/// Index of the cell of `cells` covering slot (`r`, `c`).
fn covering(cells: &[PageCell], r: u32, c: u32) -> Option<usize> {
    cells
        .iter()
        .position(|x| x.row <= r && r < x.row + x.row_span && x.col <= c && c < x.col + x.col_span)
}

fn push_text(dst: &mut String, add: &str) {
    if add.is_empty() {
        return;
    }
    if !dst.is_empty() {
        dst.push(' ');
    }
    dst.push_str(add);
}

/// Puts fragment lines into the last row, word by word into the column under each word.
fn append_fragment(prev: &mut Logical, lines: &[&Line]) {
    let last = prev.n_rows.saturating_sub(1);
    for l in lines {
        for w in &l.words {
            let cx = (w.bbox.x0 + w.bbox.x1) / 2.0;
            let Some(c) = prev.xs.windows(2).position(|p| p[0] <= cx && cx < p[1]) else {
                continue;
            };
            if let Some(i) = covering(&prev.cells, last, c as u32) {
                push_text(&mut prev.cells[i].text, &w.text);
            }
        }
    }
}

/// Appends the body of continuation `t` (rows from `k`) to `prev`; merges its first
/// body row into `prev`'s last row when that row was cut by the page break.
fn append(prev: &mut Logical, t: &PageTable, k: u32, open: bool, cut_gap: f32) {
    if k >= t.n_rows {
        return;
    }
    let last = prev.n_rows.saturating_sub(1);
    let first: Vec<&PageCell> = t.cells.iter().filter(|c| c.row == k).collect();
    let split = open || is_cut_row(prev, &first, last, cut_gap);
    let mut skip_first: Vec<bool> = vec![false; t.cells.len()];
    let mut extra_rows = 0u32;
    for (ui, u) in t.cells.iter().enumerate() {
        if u.row != k {
            continue;
        }
        let Some(pi) = covering(&prev.cells, last, u.col) else {
            continue;
        };
        let p_ends_here = prev.cells[pi].row + prev.cells[pi].row_span - 1 == last;
        let same_cols = prev.cells[pi].col == u.col && prev.cells[pi].col_span == u.col_span;
        if split {
            let text = u.text.clone();
            push_text(&mut prev.cells[pi].text, &text);
            if u.row_span > 1 && p_ends_here && same_cols {
                prev.cells[pi].row_span += u.row_span - 1;
                extra_rows = extra_rows.max(u.row_span - 1);
            }
            skip_first[ui] = true;
        } else if p_ends_here
            && same_cols
            && u.text.trim().is_empty()
            && (prev.cells[pi].row_span > 1
                || (u.row_span > 1 && !prev.cells[pi].text.trim().is_empty()))
        {
            // A merged cell that continues across the break.
            prev.cells[pi].row_span += u.row_span;
            skip_first[ui] = true;
        }
    }
    let offset = if split {
        prev.n_rows - 1 - k
    } else {
        prev.n_rows - k
    };
    for (ui, u) in t.cells.iter().enumerate() {
        if u.row < k || skip_first[ui] {
            continue;
        }
        if split && u.row == k {
            continue;
        }
        let mut c = u.clone();
        c.row += offset;
        prev.cells.push(c);
    }
    let _ = extra_rows;
    prev.n_rows = t.n_rows + offset;
    prev.cells.sort_by_key(|c| (c.row, c.col));
}

/// Whether the first body row of a continuation (`first`) is the rest of `prev`'s
/// last row, cut by the page break. It is when its cells only add text to cells of
/// that row that have text (a cut row starts nothing new), and either the row's key
/// cell (its leftmost one-row cell, typically a number) is left empty, or every cell
/// it continues ran to the bottom of its cell and the text is visibly cut (several
/// lines, or the continuation starts with a lower-case letter). A row with
/// no text at all is the empty remainder of a cut row.
fn is_cut_row(prev: &Logical, first: &[&PageCell], last: u32, cut_gap: f32) -> bool {
    let texts: Vec<&&PageCell> = first.iter().filter(|u| !u.text.trim().is_empty()).collect();
    if texts.is_empty() {
        return !first.is_empty();
    }
    let prev_cell = |u: &PageCell| covering(&prev.cells, last, u.col).map(|i| &prev.cells[i]);
    let only_continues = texts
        .iter()
        .all(|u| prev_cell(u).is_some_and(|p| !p.text.trim().is_empty()));
    if !only_continues {
        return false;
    }
    let key = prev
        .cells
        .iter()
        .filter(|c| c.row == last && c.row_span == 1)
        .min_by_key(|c| c.col);
    let key_empty = key.is_some_and(|kc| {
        !kc.text.trim().is_empty()
            && first
                .iter()
                .any(|u| u.col == kc.col && u.col_span == kc.col_span && u.text.trim().is_empty())
    });
    // Text that ran out of room: every continued cell's text reaches its cell's bottom,
    // and the row is clearly mid-text (a continued cell held several lines, or the
    // continuation starts in the middle of a sentence, with a lower-case letter).
    let reaches_bottom = texts
        .iter()
        .all(|u| prev_cell(u).is_some_and(|p| p.gap_below_text <= cut_gap * p.text_size.max(1.0)));
    let mid_text = texts.iter().any(|u| {
        prev_cell(u).is_some_and(|p| p.n_lines >= 2)
            || u.text
                .trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase())
    });
    let ran_out = reaches_bottom && mid_text;
    key_empty || ran_out
}

/// Lines outside tables, captions and fragments, grouped into paragraphs by vertical gaps.
fn prose(pages: &[PageText], used: &HashSet<(u32, usize)>) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for pt in pages {
        let mut para = String::new();
        let mut prev_bottom: Option<(f32, f32)> = None;
        for (i, l) in pt.lines.iter().enumerate() {
            if used.contains(&(pt.page, i)) {
                continue;
            }
            let gap_break = match prev_bottom {
                Some((b, size)) => l.bbox.top - b > 0.7 * size.max(l.size),
                None => false,
            };
            if gap_break && !para.is_empty() {
                out.push((pt.page, std::mem::take(&mut para)));
            }
            push_text(&mut para, &l.text());
            prev_bottom = Some((l.bbox.bottom, l.size));
        }
        if !para.is_empty() {
            out.push((pt.page, para));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_columns_match_when_no_boundary_crosses_a_column() {
        let a = [47.5, 69.7, 120.4, 164.8, 743.1, 782.7];
        // Boundaries moved by a few points with the text of the next page.
        let b = [47.5, 69.7, 117.2, 164.8, 735.7, 782.7];
        assert!(same_stream_columns(&a, &b));
        assert!(!same_columns(&a, &b, 4.0));
        // A boundary past the middle of a neighbouring column: a different layout.
        let c = [47.5, 69.7, 150.0, 164.8, 743.1, 782.7];
        assert!(!same_stream_columns(&a, &c));
        assert!(!same_stream_columns(&a, &a[..5]));
    }
}
