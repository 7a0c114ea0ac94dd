//! HTML tables inside OCR text exports (`<table><tr><td colspan="2">…`), which
//! some OCR engines emit instead of tab-separated lines. Cells are laid out as a
//! browser does: each cell takes the next free column of its row, and
//! `rowspan`/`colspan` reserve the positions below and to the right.

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
}

/// Largest span honoured; larger values (malformed markup) are clamped so a
/// bad attribute cannot allocate a huge grid.
const MAX_SPAN: u32 = 200;

/// Lays out the table in `html` (from `<table` to `</table>`).
pub fn parse(html: &str) -> Grid {
    let mut grid = Grid::default();
    // Positions reserved by rowspans from rows above: (row, col).
    let mut reserved: std::collections::HashSet<(usize, usize)> = Default::default();
    let lower = html.to_ascii_lowercase();
    let mut pos = 0;
    while let Some(tr) = find_tag(&lower, "tr", pos) {
        let end = find_close(&lower, "tr", tr).unwrap_or(lower.len());
        let r = grid.rows.len();
        let mut cells: Vec<Option<String>> = Vec::new();
        let mut all_th = true;
        let mut any = false;
        let mut p = tr;
        loop {
            let td = find_tag(&lower, "td", p).filter(|&x| x < end);
            let th = find_tag(&lower, "th", p).filter(|&x| x < end);
            let (start, tag) = match (td, th) {
                (Some(a), Some(b)) if b < a => (b, "th"),
                (Some(a), _) => (a, "td"),
                (None, Some(b)) => (b, "th"),
                (None, None) => break,
            };
            any = true;
            all_th &= tag == "th";
            // The opening tag ends at its `>` within this row; a tag left open
            // (`<td colspan=` with no `>` before `</tr>`) ends with the row, so
            // that `open_end <= end` and the cell text below is never reversed.
            let open_end = lower[start..end].find('>').map_or(end, |i| start + i + 1);
            let attrs = &lower[start..open_end];
            let close = find_close(&lower, tag, open_end)
                .filter(|&c| c <= end)
                .unwrap_or_else(|| next_cell_start(&lower, open_end, end));
            let text = html[open_end..close].to_string();
            let rs = attr(attrs, "rowspan").clamp(1, MAX_SPAN);
            let cs = attr(attrs, "colspan").clamp(1, MAX_SPAN);
            let mut c = cells.len();
            while reserved.contains(&(r, c)) {
                if cells.len() <= c {
                    cells.resize(c + 1, None);
                }
                c += 1;
            }
            if cells.len() < c + cs as usize {
                cells.resize(c + cs as usize, None);
            }
            cells[c] = Some(text);
            for dr in 0..rs as usize {
                for dc in 0..cs as usize {
                    if dr > 0 {
                        reserved.insert((r + dr, c + dc));
                    }
                }
            }
            if rs > 1 || cs > 1 {
                grid.spans.push((r, c, rs, cs));
            }
            p = close;
        }
        if any && all_th {
            grid.header_rows.push(r);
        }
        grid.rows.push((tr, cells));
        pos = end;
    }
    grid
}

/// Offset of the next `<tag` (followed by `>` or white space) at or after `from`.
fn find_tag(lower: &str, tag: &str, from: usize) -> Option<usize> {
    let pat = format!("<{tag}");
    let mut at = from;
    while let Some(i) = lower.get(at..)?.find(&pat) {
        let s = at + i;
        let next = lower[s + pat.len()..].chars().next();
        if matches!(
            next,
            Some('>') | Some(' ') | Some('\t') | Some('\n') | Some('/')
        ) {
            return Some(s);
        }
        at = s + pat.len();
    }
    None
}

fn find_close(lower: &str, tag: &str, from: usize) -> Option<usize> {
    lower
        .get(from..)?
        .find(&format!("</{tag}"))
        .map(|i| from + i)
}

/// Where an unclosed cell ends: at the next cell or at the row's end.
fn next_cell_start(lower: &str, from: usize, end: usize) -> usize {
    [find_tag(lower, "td", from), find_tag(lower, "th", from)]
        .into_iter()
        .flatten()
        .filter(|&x| x < end)
        .min()
        .unwrap_or(end)
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
    // saturates (and is then clamped to [`MAX_SPAN`]) like any other large value.
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
        let g = parse("<table><tr><td>a<td colspan=99999>b</tr></table>");
        assert_eq!(g.rows[0].1[0].as_deref(), Some("a"));
        assert_eq!(g.rows[0].1.len(), 1 + MAX_SPAN as usize);
        let g = parse("<table><tr><td colspan=99999999999999999999>b</tr></table>");
        assert_eq!(g.rows[0].1.len(), MAX_SPAN as usize);
    }

    #[test]
    fn opening_tag_left_open_at_row_end_gives_an_empty_cell() {
        // `<td colspan=` has no `>` before `</tr>`: the `>` found later belongs
        // to `</tr>`, past the row's end; the cell must end with the row.
        let g = parse("<table><tr><td>a</td><td colspan=</tr><tr><td>b</td></tr></table>");
        assert_eq!(g.rows.len(), 2);
        assert_eq!(g.rows[0].1[0].as_deref(), Some("a"));
        assert_eq!(g.rows[0].1[1].as_deref(), Some(""));
        assert_eq!(g.rows[1].1[0].as_deref(), Some("b"));
    }
}
