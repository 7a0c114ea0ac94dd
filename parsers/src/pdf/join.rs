//! Assembles logical tables from page tables, following the decisions of
//! [`segment`](super::segment) (which parts continue which), and collects the
//! captions and the prose.
//!
//! Repeated header rows are dropped. A row cut by the page break is joined back: text
//! found right below the last rule or right above the continuation (a fragment with
//! no rule of its own) goes into the cut row, and a continuation whose first row
//! leaves the row's key cell empty is merged into the previous row.

use super::extract::{PageCell, PageTable, PageText};
use super::segment::{Decision, Segmentation, segment};
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
    /// The page table it currently ends with (for its `below` lines).
    tail: PageTable,
    /// Why it starts, and the pages it continues on with why.
    reason: String,
    continued_on: Vec<(u32, String)>,
}

/// Joins page tables into logical tables; returns tables, prose paragraphs and warnings.
pub fn join(pages: &[PageText], s: &PdfSettings) -> (Vec<Table>, Vec<(u32, String)>, Vec<Warning>) {
    join_segmented(pages, &segment(pages, s), s)
}

/// As [`join`], with the segmentation already made (the debug drawing shows it too).
pub fn join_segmented(
    pages: &[PageText],
    seg: &Segmentation,
    s: &PdfSettings,
) -> (Vec<Table>, Vec<(u32, String)>, Vec<Warning>) {
    let mut used: HashSet<(u32, usize)> = seg.furniture.clone();
    let mut logicals: Vec<Logical> = Vec::new();
    let line_text = |p: u32, i: usize| -> &Line {
        &pages
            .iter()
            .find(|pt| pt.page == p)
            .expect("page exists")
            .lines[i]
    };
    for (pi, pt) in pages.iter().enumerate() {
        for (ti, t) in pt.tables.iter().enumerate() {
            let decision = &seg.decisions[pi][ti];
            if let Decision::Continue { repeated, reason } = decision
                && let Some(prev) = logicals.last_mut()
            {
                let k = *repeated;
                // Columns of merged cells that cross the break while the row itself
                // ended there, whatever its key cell shows: told by rules under the last
                // row's own cells (or over the first row's) where the merged cells have
                // none, or by a first-row cell's text drawn above it and clipped away.
                let crossing: Vec<u32> = prev
                    .tail
                    .crossing_bottom
                    .iter()
                    .chain(&t.crossing_top)
                    .copied()
                    .chain(
                        t.cells
                            .iter()
                            .filter(|c| c.row == k && c.continues_above)
                            .map(|c| c.col),
                    )
                    .collect();
                let mut open = crossing.is_empty() && (prev.tail.open_bottom || t.open_top);
                // Fragments with no rule of their own, on either side of the break.
                let frag_lines: Vec<(u32, usize)> = prev
                    .tail
                    .below
                    .iter()
                    .map(|&i| (prev.tail.page, i))
                    .chain(t.above.iter().map(|&i| (t.page, i)))
                    .filter(|l| !seg.furniture.contains(l))
                    .collect();
                if !frag_lines.is_empty() {
                    let lines: Vec<&Line> =
                        frag_lines.iter().map(|&(p, i)| line_text(p, i)).collect();
                    append_fragment(prev, &lines);
                    used.extend(frag_lines);
                    open = true;
                }
                append(prev, t, k, open, &crossing, s.cut_text_gap);
                prev.repeated_header = prev.repeated_header.max(k);
                prev.tail = t.clone();
                prev.continued_on.push((t.page, reason.clone()));
                // Lines taken as this part's caption repeat the first part's caption.
                used.extend(t.caption.iter().map(|&i| (pt.page, i)));
                continue;
            }
            let caption_lines: Vec<usize> = t
                .caption
                .iter()
                .copied()
                .filter(|&i| !seg.furniture.contains(&(pt.page, i)))
                .collect();
            let caption: Vec<String> = caption_lines.iter().map(|&i| pt.lines[i].text()).collect();
            used.extend(caption_lines.iter().map(|&i| (pt.page, i)));
            logicals.push(Logical {
                cells: t.cells.clone(),
                n_rows: t.n_rows,
                xs: t.xs.clone(),
                caption,
                method: t.method,
                repeated_header: 0,
                tail: t.clone(),
                reason: decision.reason().to_string(),
                continued_on: Vec::new(),
            });
        }
    }
    let mut tables = Vec::new();
    let mut warnings = Vec::new();
    for l in logicals {
        // Rows repeated on later pages are header rows; so are rows the structure
        // makes header rows where a producer repeats only the first of them.
        let header = l.repeated_header.max(header_rows(&l.cells, l.n_rows));
        let first_page = l.cells.first().map(|c| c.page);
        let mut b = TableBuilder::new(l.method)
            .caption(l.caption)
            .header_rows(header.min(l.n_rows.saturating_sub(1)))
            .segmentation(l.reason, l.continued_on);
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
            Err(e) => warnings.push(
                Warning::new(format!("table dropped: inconsistent grid: {e}")).page(first_page),
            ),
        }
    }
    let prose = prose(pages, &used, s);
    (tables, prose, warnings)
}

/// Header rows of a table from its structure: the rows
/// the first row's cells span down over, and every row that a cell starting in the
/// header reaches into; and the row under a group heading (a header cell over several
/// columns) that splits it into sub-headings with their own text ("Năm 2024" over
/// "Kế hoạch" and "Thực hiện"), even when the producer did not merge the cells beside
/// it down. A body row is never under a group heading: body rows fill the table's
/// own columns.
fn header_rows(cells: &[PageCell], n_rows: u32) -> u32 {
    let filled = |c: &PageCell| !c.text.trim().is_empty();
    let mut h = cells
        .iter()
        .filter(|c| c.row == 0)
        .map(|c| c.row_span)
        .max()
        .unwrap_or(0);
    while h < n_rows {
        let reach = cells
            .iter()
            .filter(|c| c.row < h)
            .map(|c| c.row + c.row_span)
            .max()
            .unwrap_or(h);
        if reach > h {
            h = reach;
            continue;
        }
        let split = cells
            .iter()
            .filter(|g| g.row < h && g.row + g.row_span == h && g.col_span > 1 && filled(g))
            .any(|g| {
                let under: Vec<&PageCell> = cells
                    .iter()
                    .filter(|c| {
                        c.row == h && c.col >= g.col && c.col + c.col_span <= g.col + g.col_span
                    })
                    .collect();
                under.len() >= 2 && under.iter().filter(|c| filled(c)).count() >= 2
            });
        if !split {
            break;
        }
        h += 1;
    }
    h = h.min(n_rows);
    h + bold_heading_rows(cells, h, n_rows)
}

/// Rows after the `h` header rows found from spans that are headings too by their
/// text style: the header is set in bold and the body is not, and each such row is
/// bold throughout, with texts in two or more cells, none of them a bare number (a
/// bold total row "Tổng cộng | 23 | 19" is body) and no cell over half the table (a
/// bold section heading "A | XÃ ĐĂNG KÝ …" is body).
fn bold_heading_rows(cells: &[PageCell], h: u32, n_rows: u32) -> u32 {
    let filled = |c: &&PageCell| !c.text.trim().is_empty();
    let n_cols = cells.iter().map(|c| c.col + c.col_span).max().unwrap_or(0);
    let header_bold = h > 0
        && cells
            .iter()
            .filter(|c| c.row < h)
            .filter(filled)
            .all(|c| c.bold)
        && cells.iter().filter(|c| c.row < h).any(|c| filled(&c));
    if !header_bold {
        return 0;
    }
    let mut k = 0;
    while h + k + 1 < n_rows {
        let row: Vec<&PageCell> = cells.iter().filter(|c| c.row == h + k).collect();
        let texts: Vec<&PageCell> = row.iter().copied().filter(filled).collect();
        let heading = texts.len() >= 2
            && texts.iter().all(|c| c.bold && !is_bare_number(&c.text))
            && row.iter().all(|c| 2 * c.col_span <= n_cols);
        if !heading {
            break;
        }
        k += 1;
    }
    let body_plain = cells
        .iter()
        .filter(|c| c.row >= h + k)
        .filter(filled)
        .any(|c| !c.bold);
    if body_plain { k } else { 0 }
}

/// A number alone in a cell: `23`, `10,6%`, `1.023`, `12/21`.
fn is_bare_number(t: &str) -> bool {
    let t = t.trim();
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || ".,%/-".contains(c))
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
/// body row into `prev`'s last row when that row was cut by the page break (`open`:
/// known to be). `crossing`: columns of merged cells left open by the break while the
/// row's other cells are closed: the row is not cut, and those cells go on into the
/// first body row.
fn append(prev: &mut Logical, t: &PageTable, k: u32, open: bool, crossing: &[u32], cut_gap: f32) {
    if k >= t.n_rows {
        return;
    }
    let last = prev.n_rows.saturating_sub(1);
    let first: Vec<&PageCell> = t.cells.iter().filter(|c| c.row == k).collect();
    let split = open || (crossing.is_empty() && is_cut_row(prev, &first, last, cut_gap));
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
                || (u.row_span > 1 && !prev.cells[pi].text.trim().is_empty())
                || crossing.contains(&u.col))
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
/// lines, or the continuation starts with a lower-case letter) while the key cell is
/// not filled again (a row with its own number is a new row, whatever the heights of
/// the cells above it); an empty key cell counts only where some continued text ran to
/// its cell's bottom. A row with no text at all is the empty remainder of a cut row.
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
    // A row whose key cell has text again is a new row, however tight the cells above
    // were: a row cut by the page break never repeats its number.
    let key_restarted = key.is_some_and(|kc| {
        is_row_number(&kc.text)
            && first.iter().any(|u| {
                u.col == kc.col
                    && u.col_span == kc.col_span
                    && is_row_number(&u.text)
                    && u.text.trim() != kc.text.trim()
            })
    });
    // Likewise any cell holding a number alone above the break and a number alone
    // under it ("11" / "15" in a criterion column): a number is never the rest of a
    // cut text, so the row under the break is a row of its own.
    let numbers_again = texts
        .iter()
        .any(|u| is_row_number(&u.text) && prev_cell(u).is_some_and(|p| is_row_number(&p.text)));
    if key_restarted || numbers_again {
        return false;
    }
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
    // An empty key cell alone may be a merged cell (the row's number and name printed
    // once over its rows) running on under the break, with nothing ruled to show it
    // (a sheet printed with gridlines closes every page): the row was cut only if
    // some text it continues ran to the bottom of its cell.
    let some_reach_bottom = texts
        .iter()
        .any(|u| prev_cell(u).is_some_and(|p| p.gap_below_text <= cut_gap * p.text_size.max(1.0)));
    (key_empty && some_reach_bottom) || ran_out
}

/// A row number as printed in a key column: `7`, `12.`, `2.1`, `IV`, `a)`.
fn is_row_number(t: &str) -> bool {
    let t = t.trim().trim_end_matches(['.', ')']);
    !t.is_empty()
        && t.chars().count() <= 6
        && (t.chars().all(|c| c.is_ascii_digit() || c == '.')
            || t.chars().all(|c| "IVXLC".contains(c))
            || (t.chars().count() == 1 && t.chars().all(|c| c.is_ascii_lowercase())))
}

/// Lines outside tables, captions and fragments, grouped into paragraphs by vertical gaps.
fn prose(pages: &[PageText], used: &HashSet<(u32, usize)>, s: &PdfSettings) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for pt in pages {
        let mut para = String::new();
        let mut prev_bottom: Option<(f32, f32)> = None;
        for (i, l) in pt.lines.iter().enumerate() {
            if used.contains(&(pt.page, i)) {
                continue;
            }
            let gap_break = match prev_bottom {
                Some((b, size)) => l.bbox.top - b > s.prose_paragraph_gap * size.max(l.size),
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
    use crate::geom::BBox;

    /// Cells from `(row, col, row_span, col_span, text)`.
    fn cells(spec: &[(u32, u32, u32, u32, &str)]) -> Vec<PageCell> {
        spec.iter()
            .map(|&(row, col, row_span, col_span, text)| PageCell {
                row,
                col,
                row_span,
                col_span,
                text: text.into(),
                bbox: BBox::new(0.0, 0.0, 1.0, 1.0),
                page: 1,
                gap_below_text: 5.0,
                text_size: 10.0,
                n_lines: 1,
                bold: false,
                continues_above: false,
            })
            .collect()
    }

    /// A logical table of `cells` (one page), ending with them.
    fn logical(cells: Vec<PageCell>) -> Logical {
        let n_rows = cells.iter().map(|c| c.row + c.row_span).max().unwrap_or(0);
        let tail = PageTable {
            page: 1,
            xs: vec![0.0, 1.0],
            n_rows,
            cells: cells.clone(),
            bbox: BBox::new(0.0, 0.0, 1.0, 1.0),
            method: Method::Lattice,
            caption: Vec::new(),
            open_bottom: false,
            open_top: false,
            crossing_bottom: Vec::new(),
            crossing_top: Vec::new(),
            below: Vec::new(),
            above: Vec::new(),
        };
        Logical {
            cells,
            n_rows,
            xs: vec![0.0, 1.0],
            caption: Vec::new(),
            method: Method::Lattice,
            repeated_header: 0,
            tail,
            reason: String::new(),
            continued_on: Vec::new(),
        }
    }

    #[test]
    fn an_empty_key_cell_under_the_break_is_a_cut_row_only_where_text_ran_out() {
        // Last row above the break: commune 10, criterion 11. Under it: criterion 15,
        // the commune's number and name left empty (a merged cell running on).
        let mut above = cells(&[
            (0, 0, 1, 1, "10"),
            (0, 1, 1, 1, "Xã Ninh Hưng"),
            (0, 2, 1, 1, "11"),
            (0, 3, 1, 1, "Nghèo đa chiều"),
        ]);
        let under = cells(&[
            (0, 0, 1, 1, ""),
            (0, 1, 1, 1, ""),
            (0, 2, 1, 1, "15"),
            (0, 3, 1, 1, "Y tế"),
        ]);
        let first: Vec<&PageCell> = under.iter().collect();
        // Criterion numbers on both sides: a row of its own, however tight the cells.
        for c in &mut above {
            c.gap_below_text = 1.0;
        }
        assert!(!is_cut_row(&logical(above.clone()), &first, 0, 2.0));
        // Without numbers: text that ran to its cell's bottom was cut …
        let mut above_text = above.clone();
        above_text[2].text = "Tỷ lệ hộ nghèo đa chiều".into();
        let mut under_text = under.clone();
        under_text[2].text = "giảm 1,5%".into();
        let first_text: Vec<&PageCell> = under_text.iter().collect();
        assert!(is_cut_row(
            &logical(above_text.clone()),
            &first_text,
            0,
            2.0
        ));
        // … text with room left under it was not.
        for c in &mut above_text {
            c.gap_below_text = 40.0;
        }
        assert!(!is_cut_row(&logical(above_text), &first_text, 0, 2.0));
    }

    #[test]
    fn header_rows_follow_spans_and_group_headings() {
        // Two levels, the cells beside the group merged down.
        let merged = cells(&[
            (0, 0, 2, 1, "TT"),
            (0, 1, 2, 1, "Tên xã"),
            (0, 2, 1, 2, "Năm 2024"),
            (1, 2, 1, 1, "Kế hoạch"),
            (1, 3, 1, 1, "Thực hiện"),
            (2, 0, 2, 1, "1"),
            (2, 1, 2, 1, "Xã Ninh Tây"),
            (2, 2, 1, 1, "5"),
            (2, 3, 1, 1, "4"),
            (3, 2, 1, 1, "6"),
            (3, 3, 1, 1, "6"),
        ]);
        assert_eq!(header_rows(&merged, 4), 2);
        // The same without the cells beside the group merged down: the group heading
        // split into sub-headings still makes the second row a header row, and the
        // locality merged over the first body rows does not.
        let unmerged = cells(&[
            (0, 0, 1, 1, "TT"),
            (0, 1, 1, 1, "Tên xã"),
            (0, 2, 1, 2, "Năm 2024"),
            (1, 2, 1, 1, "Kế hoạch"),
            (1, 3, 1, 1, "Thực hiện"),
            (2, 0, 2, 1, "1"),
            (2, 1, 2, 1, "Xã Ninh Tây"),
            (2, 2, 1, 1, "5"),
            (2, 3, 1, 1, "4"),
            (3, 2, 1, 1, "6"),
            (3, 3, 1, 1, "6"),
        ]);
        assert_eq!(header_rows(&unmerged, 4), 2);
        // Three levels: a title over two groups.
        let three = cells(&[
            (0, 0, 3, 1, "TT"),
            (0, 1, 1, 4, "Kết quả"),
            (1, 1, 1, 2, "Tiêu chí"),
            (1, 3, 1, 2, "Lộ trình"),
            (2, 1, 1, 1, "Số"),
            (2, 2, 1, 1, "Tên"),
            (2, 3, 1, 1, "Hiện trạng"),
            (2, 4, 1, 1, "Năm"),
            (3, 0, 1, 1, "1"),
            (3, 1, 1, 1, "2"),
            (3, 2, 1, 1, "Giao thông"),
            (3, 3, 1, 1, "58%"),
            (3, 4, 1, 1, "2024"),
        ]);
        assert_eq!(header_rows(&three, 4), 3);
        // One header row over a section heading spanning the body's columns.
        let plain = cells(&[
            (0, 0, 1, 1, "TT"),
            (0, 1, 1, 1, "Tên xã"),
            (0, 2, 1, 1, "Kế hoạch"),
            (1, 0, 1, 1, "A"),
            (1, 1, 1, 2, "XÃ ĐĂNG KÝ"),
            (2, 0, 1, 1, "1"),
            (2, 1, 1, 1, "Ninh Tây"),
            (2, 2, 1, 1, "5"),
        ]);
        assert_eq!(header_rows(&plain, 3), 1);
    }

    #[test]
    fn bold_rows_under_a_bold_header_are_header_rows() {
        let mut c = cells(&[
            (0, 0, 1, 1, "TT"),
            (0, 1, 1, 1, "Chỉ tiêu"),
            (0, 2, 1, 1, "Kế hoạch"),
            (0, 3, 1, 1, "Thực hiện"),
            (1, 1, 1, 1, "(đơn vị)"),
            (1, 2, 1, 1, "(km)"),
            (1, 3, 1, 1, "(km)"),
            (2, 1, 1, 1, "Tổng cộng"),
            (2, 2, 1, 1, "21"),
            (2, 3, 1, 1, "12"),
            (3, 0, 1, 1, "1"),
            (3, 1, 1, 1, "Đường ngõ xóm"),
            (3, 2, 1, 1, "21"),
            (3, 3, 1, 1, "12"),
        ]);
        // Nothing but style tells the units row from the body.
        assert_eq!(header_rows(&c, 4), 1);
        for x in c.iter_mut().filter(|x| x.row <= 2) {
            x.bold = true;
        }
        // The bold total row under it has numbers: body.
        assert_eq!(header_rows(&c, 4), 2);
        // A table all in bold says nothing by style.
        for x in c.iter_mut() {
            x.bold = true;
        }
        assert_eq!(header_rows(&c, 4), 1);
    }
}
