//! HTML tables inside OCR text exports (`<table><tr><td colspan="2">…`), which
//! some OCR engines emit instead of tab-separated lines. Cells are laid out as a
//! browser does: each cell takes the next free column of its row, and
//! `rowspan`/`colspan` reserve the positions below and to the right.

use super::settings::OcrSettings;

/// A table laid out on a grid.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    /// Per row: (offset of the row in the table's source text, cells by column;
    /// `None` where a spanning cell covers the position).
    pub rows: Vec<(usize, Vec<Option<String>>)>,
    /// (row, col, row_span, col_span) of every cell spanning more than one position.
    pub spans: Vec<(usize, usize, u32, u32)>,
    /// Row indices whose cells were all `<th>`.
    pub header_rows: Vec<usize>,
    /// Budgets passed and attributes clamped, lower-case, for the document's warnings.
    pub warnings: Vec<String>,
}

/// The tags the layout acts on; any other tag is part of a cell's text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tag {
    RowOpen,
    RowClose,
    CellOpen { th: bool },
    CellClose,
    TableClose,
}

/// Tag kind at byte `at` of `lower` (which holds a `<` there), if one we act on.
fn tag_at(lower: &str, at: usize) -> Option<Tag> {
    let rest = &lower.as_bytes()[at + 1..];
    let (close, name) = match rest.first() {
        Some(b'/') => (true, &rest[1..]),
        _ => (false, rest),
    };
    let is = |t: &[u8]| {
        name.starts_with(t)
            && matches!(
                name.get(t.len()),
                Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/') | None
            )
    };
    Some(match close {
        false if is(b"tr") => Tag::RowOpen,
        true if is(b"tr") => Tag::RowClose,
        false if is(b"td") => Tag::CellOpen { th: false },
        false if is(b"th") => Tag::CellOpen { th: true },
        true if is(b"td") || is(b"th") => Tag::CellClose,
        true if is(b"table") => Tag::TableClose,
        _ => return None,
    })
}

/// A cell whose text is still being read.
struct OpenCell {
    /// Byte where its text starts (after the opening tag's `>`).
    text_start: usize,
    /// Column it was placed in.
    col: usize,
}

/// Budgets already reported for this table (each is reported once).
#[derive(Default)]
struct Reported {
    span_clamped: bool,
    columns: bool,
}

/// Layout state of one table.
struct Layout<'s> {
    s: &'s OcrSettings,
    grid: Grid,
    /// Positions reserved by rowspans from rows above: (row, col).
    reserved: std::collections::HashSet<(usize, usize)>,
    /// The row being read: (offset of its `<tr`, cells, all `<th>` so far, any cell).
    row: Option<(usize, Vec<Option<String>>, bool, bool)>,
    cell: Option<OpenCell>,
    /// Set when a budget stopped the table.
    stopped: bool,
    reported: Reported,
}

impl Layout<'_> {
    fn close_cell(&mut self, html: &str, end: usize) {
        let Some(c) = self.cell.take() else { return };
        let Some((_, cells, ..)) = self.row.as_mut() else {
            return;
        };
        cells[c.col] = Some(html[c.text_start..end.max(c.text_start)].to_string());
    }

    fn close_row(&mut self, html: &str, end: usize) {
        self.close_cell(html, end);
        if let Some((off, cells, all_th, any)) = self.row.take() {
            let r = self.grid.rows.len();
            if any && all_th {
                self.grid.header_rows.push(r);
            }
            self.grid.rows.push((off, cells));
        }
    }

    /// Places a cell opened by `attrs` in the current row; false when a budget
    /// stops the table.
    fn open_cell(&mut self, th: bool, attrs: &str, text_start: usize) -> bool {
        let r = self.grid.rows.len();
        let max_span = self.s.max_span;
        let (rs, cs) = (attr(attrs, "rowspan"), attr(attrs, "colspan"));
        if rs.max(cs) > max_span && !self.reported.span_clamped {
            self.reported.span_clamped = true;
            self.grid.warnings.push(format!(
                "row {}: span of {} clamped to {max_span} (settings max_span)",
                r + 1,
                rs.max(cs)
            ));
        }
        let (rs, cs) = (rs.clamp(1, max_span), cs.clamp(1, max_span));
        let Some((_, cells, all_th, any)) = self.row.as_mut() else {
            return true;
        };
        *any = true;
        *all_th &= th;
        let mut c = cells.len();
        while self.reserved.contains(&(r, c)) {
            c += 1;
        }
        if c + cs as usize > self.s.max_columns {
            if !self.reported.columns {
                self.reported.columns = true;
                self.grid.warnings.push(format!(
                    "row {}: more than {} columns (settings max_columns); rest of the row dropped",
                    r + 1,
                    self.s.max_columns
                ));
            }
            // Skip the rest of this row's cells: mark the row full.
            cells.resize(self.s.max_columns.max(cells.len()), None);
            return true;
        }
        let added = (rs as usize - 1) * cs as usize;
        if self.reserved.len() + added > self.s.max_span_positions {
            self.grid.warnings.push(format!(
                "row {}: row and column spans cover more than {} positions (settings \
                 max_span_positions); table stopped, {r} rows kept",
                r + 1,
                self.s.max_span_positions
            ));
            self.stopped = true;
            return false;
        }
        if cells.len() < c + cs as usize {
            cells.resize(c + cs as usize, None);
        }
        for dr in 1..rs as usize {
            for dc in 0..cs as usize {
                self.reserved.insert((r + dr, c + dc));
            }
        }
        if rs > 1 || cs > 1 {
            self.grid.spans.push((r, c, rs, cs));
        }
        self.cell = Some(OpenCell { text_start, col: c });
        true
    }
}

/// Lays out the table in `html` (from `<table` to `</table>`) in one pass over
/// its tags, so time is linear in the text whatever tags are left unclosed.
/// Cells outside a `<tr>` are ignored; a cell left open ends at the next cell or
/// row tag.
pub fn parse(html: &str, settings: &OcrSettings) -> Grid {
    let lower = html.to_ascii_lowercase();
    let mut l = Layout {
        s: settings,
        grid: Grid::default(),
        reserved: Default::default(),
        row: None,
        cell: None,
        stopped: false,
        reported: Reported::default(),
    };
    let bytes = lower.as_bytes();
    let mut pos = 0;
    while let Some(i) = lower[pos..].find('<') {
        let at = pos + i;
        pos = at + 1;
        let Some(tag) = tag_at(&lower, at) else {
            continue;
        };
        // The opening tag ends at its `>`, or, left open, where the next tag starts.
        let next_lt = lower[at + 1..]
            .find('<')
            .map_or(lower.len(), |k| at + 1 + k);
        let tag_end = bytes[at..next_lt]
            .iter()
            .position(|&b| b == b'>')
            .map_or(next_lt, |k| at + k + 1);
        match tag {
            Tag::RowOpen => {
                l.close_row(html, at);
                l.row = Some((at, Vec::new(), true, false));
            }
            Tag::RowClose => l.close_row(html, at),
            Tag::CellOpen { th } => {
                l.close_cell(html, at);
                let full = l
                    .row
                    .as_ref()
                    .is_some_and(|(_, cells, ..)| cells.len() >= settings.max_columns);
                if !full && !l.open_cell(th, &lower[at..tag_end], tag_end) {
                    l.row = None;
                    break;
                }
            }
            Tag::CellClose => l.close_cell(html, at),
            Tag::TableClose => {
                l.close_row(html, at);
                break;
            }
        }
        pos = pos.max(tag_end);
    }
    if !l.stopped {
        l.close_row(html, html.len());
    }
    l.grid
}

/// A numeric attribute (`colspan="2"`, `rowspan=3`), 1 when absent or invalid.
fn attr(attrs: &str, name: &str) -> u32 {
    let Some(i) = attrs.find(name) else { return 1 };
    let rest = attrs[i + name.len()..].trim_start();
    let Some(rest) = rest.strip_prefix('=') else {
        return 1;
    };
    let digits: String = rest
        .trim_start()
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    // More digits than a u32 holds is an absurd span, not a missing one: it
    // saturates (and is then clamped to `max_span`) like any other large value.
    match digits.parse::<u32>() {
        Ok(v) => v,
        Err(_) if !digits.is_empty() => u32::MAX,
        Err(_) => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(g: &Grid) -> Vec<Vec<Option<&str>>> {
        g.rows
            .iter()
            .map(|(_, r)| r.iter().map(|c| c.as_deref()).collect())
            .collect()
    }

    #[test]
    fn spans_reserve_positions() {
        let g = parse(
            "<table><tr><th rowspan=\"2\">STT</th><th colspan=\"2\">Chỉ tiêu</th></tr>\
             <tr><th>Xã NTM</th><th>Nâng cao</th></tr>\
             <tr><td>1</td><td>98</td><td>50</td></tr></table>",
            &OcrSettings::default(),
        );
        assert_eq!(
            texts(&g),
            vec![
                vec![Some("STT"), Some("Chỉ tiêu"), None],
                vec![None, Some("Xã NTM"), Some("Nâng cao")],
                vec![Some("1"), Some("98"), Some("50")],
            ]
        );
        assert_eq!(g.spans, vec![(0, 0, 2, 1), (0, 1, 1, 2)]);
        assert_eq!(g.header_rows, vec![0, 1]);
    }

    #[test]
    fn unclosed_cells_and_absurd_spans_are_bounded() {
        let s = OcrSettings::default();
        let g = parse("<table><tr><td>a<td colspan=99999>b</tr></table>", &s);
        assert_eq!(g.rows[0].1[0].as_deref(), Some("a"));
        assert_eq!(g.rows[0].1.len(), 1 + s.max_span as usize);
        assert!(g.warnings[0].contains("clamped to 200"), "{:?}", g.warnings);
        let g = parse(
            "<table><tr><td colspan=99999999999999999999>b</tr></table>",
            &s,
        );
        assert_eq!(g.rows[0].1.len(), s.max_span as usize);
    }

    #[test]
    fn opening_tag_left_open_at_row_end_gives_an_empty_cell() {
        // `<td colspan=` has no `>` before `</tr>`: the `>` found later belongs
        // to `</tr>`, past the row's end; the cell must end with the row.
        let g = parse(
            "<table><tr><td>a</td><td colspan=</tr><tr><td>b</td></tr></table>",
            &OcrSettings::default(),
        );
        assert_eq!(g.rows.len(), 2);
        assert_eq!(g.rows[0].1[0].as_deref(), Some("a"));
        assert_eq!(g.rows[0].1[1].as_deref(), Some(""));
        assert_eq!(g.rows[1].1[0].as_deref(), Some("b"));
    }

    #[test]
    fn span_budget_stops_the_table_and_keeps_rows_above() {
        let s = OcrSettings {
            max_span_positions: 1_000,
            ..OcrSettings::default()
        };
        let mut html = String::from("<table>");
        for _ in 0..50 {
            html.push_str("<tr><td rowspan=10 colspan=10>x</td></tr>");
        }
        let g = parse(&html, &s);
        // Each row reserves 9 × 10 = 90 positions below it: 11 rows fit in 1,000.
        assert_eq!(g.rows.len(), 11);
        assert!(g.warnings.iter().any(|w| w.contains("max_span_positions")));
    }

    #[test]
    fn one_line_table_time_is_linear() {
        // 40,000 rows on one line with no `<th>` anywhere: the old search for the next
        // `<th` from every cell made this quadratic (tens of seconds).
        let mut html = String::from("<table>");
        for i in 0..40_000 {
            html.push_str(&format!("<tr><td>{i}</td><td>b</td></tr>"));
        }
        html.push_str("</table>");
        let t = std::time::Instant::now();
        let g = parse(&html, &OcrSettings::default());
        assert_eq!(g.rows.len(), 40_000);
        assert!(t.elapsed().as_secs_f64() < 5.0, "{:?}", t.elapsed());
    }
}
