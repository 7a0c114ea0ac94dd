//! Splitting an OCR text export into its pieces: table blocks (tab-separated
//! lines, or markdown pipe rows `| a | b |`), HTML tables, prose lines and
//! blank lines, each with its 1-based source line number.

/// One piece of the source text.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'a> {
    /// A maximal run of consecutive lines that contain a tab.
    Block(Block<'a>),
    /// An HTML table (`<table>` … `</table>`, possibly over several lines).
    Html {
        /// 1-based line the table starts on.
        line: u32,
        /// The markup from `<table` to `</table>`.
        text: String,
    },
    /// A non-blank line without tabs.
    Text {
        /// 1-based line number.
        line: u32,
        /// The line as printed.
        text: &'a str,
    },
}

/// Consecutive tab-separated lines: one table row per line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Block<'a> {
    /// Rows as (1-based line number, raw cells).
    pub rows: Vec<(u32, Vec<&'a str>)>,
    /// Lines that had more cells than the column budget; their extra cells were dropped.
    pub cut_lines: Vec<u32>,
}

/// Splits text into blocks and prose lines. Blank lines separate blocks and are dropped;
/// a line holding only a page number (up to 3 digits) is dropped too, since OCR exports
/// print it between the pages of a table.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    pieces_with(text, usize::MAX)
}

/// As [`pieces`], keeping at most `max_columns` cells of a row: a line of ten
/// million cells costs no more than a line of `max_columns`.
pub fn pieces_with(text: &str, max_columns: usize) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    let mut html: Option<(u32, String)> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i as u32 + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if html.is_some() || line.to_ascii_lowercase().contains("<table") {
            if let Some(b) = current.take() {
                out.push(Piece::Block(b));
            }
            let (start, buf) = html.get_or_insert_with(|| (line_no, String::new()));
            buf.push_str(line);
            buf.push('\n');
            // Only the new line is searched (the table may span thousands of lines).
            if line.to_ascii_lowercase().contains("</table>") {
                let (line, text) = (*start, std::mem::take(buf));
                html = None;
                out.push(Piece::Html { line, text });
            }
            continue;
        }
        let cells: Option<Vec<&str>> = if line.contains('\t') {
            Some(
                line.split('\t')
                    .take(max_columns.saturating_add(1))
                    .collect(),
            )
        } else {
            pipe_cells(line, max_columns)
        };
        if let Some(mut cells) = cells {
            if !is_pipe_separator(&cells) {
                let block = current.get_or_insert_with(Block::default);
                if cells.len() > max_columns {
                    cells.truncate(max_columns);
                    block.cut_lines.push(line_no);
                }
                block.rows.push((line_no, cells));
            }
            continue;
        }
        if let Some(b) = current.take() {
            out.push(Piece::Block(b));
        }
        let t = line.trim();
        if t.is_empty() || is_page_number(t) {
            continue;
        }
        out.push(Piece::Text {
            line: line_no,
            text: line,
        });
    }
    if let Some(b) = current.take() {
        out.push(Piece::Block(b));
    }
    if let Some((line, text)) = html {
        // An unclosed table still yields what it holds.
        out.push(Piece::Html { line, text });
    }
    out
}

/// Cells of a markdown pipe row (`| STT | Tên |`), `None` for other lines.
fn pipe_cells(line: &str, max_columns: usize) -> Option<Vec<&str>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    (inner.contains('|') || !inner.trim().is_empty()).then(|| {
        inner
            .split('|')
            .take(max_columns.saturating_add(1))
            .collect()
    })
}

/// The `|---|:---:|` line under a markdown header.
fn is_pipe_separator(cells: &[&str]) -> bool {
    cells.iter().all(|c| {
        let c = c.trim();
        !c.is_empty() && c.trim_matches(':').chars().all(|ch| ch == '-') && c.contains('-')
    })
}

fn is_page_number(t: &str) -> bool {
    t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_pipe_tables_and_html_tables() {
        let p = pieces(
            "| STT | Tên |\n|---|:---:|\n| 1 | Hà Nội |\n\n<table><tr>\n<td>a</td></tr></table>\nx",
        );
        match &p[0] {
            Piece::Block(b) => {
                assert_eq!(b.rows.len(), 2, "separator line dropped");
                assert_eq!(b.rows[1].1, vec![" 1 ", " Hà Nội "]);
            }
            other => panic!("expected a block, got {other:?}"),
        }
        assert!(matches!(&p[1], Piece::Html { line: 5, text } if text.contains("<td>a</td>")));
        assert!(matches!(&p[2], Piece::Text { line: 7, .. }));
    }

    #[test]
    fn splits_blocks_on_blank_lines() {
        let p = pieces("Title\n\na\tb\nc\td\n\n12\n\ne\tf\nprose");
        assert_eq!(p.len(), 4);
        assert!(matches!(
            &p[0],
            Piece::Text {
                line: 1,
                text: "Title"
            }
        ));
        match &p[1] {
            Piece::Block(b) => {
                assert_eq!(b.rows.len(), 2);
                assert_eq!(b.rows[1], (4, vec!["c", "d"]));
            }
            _ => panic!("expected a block"),
        }
        assert!(matches!(&p[2], Piece::Block(b) if b.rows[0].0 == 8));
        assert!(matches!(&p[3], Piece::Text { line: 9, .. }));
    }
}
