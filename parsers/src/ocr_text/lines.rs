//! Splitting an OCR text export into its pieces: tab-separated table blocks,
//! prose lines and blank lines, each with its 1-based source line number.

/// One piece of the source text.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'a> {
    /// A maximal run of consecutive lines that contain a tab.
    Block(Block<'a>),
    /// A non-blank line without tabs.
    Text {
        /// 1-based line number.
        line: u32,
        /// The line as printed.
        text: &'a str,
    },
}

/// Consecutive tab-separated lines: one table row per line.
#[derive(Debug, Clone, PartialEq)]
pub struct Block<'a> {
    /// Rows as (1-based line number, raw cells).
    pub rows: Vec<(u32, Vec<&'a str>)>,
}

/// Splits text into blocks and prose lines. Blank lines separate blocks and are dropped;
/// a line holding only a page number (up to 3 digits) is dropped too, since OCR exports
/// print it between the pages of a table.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i as u32 + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.contains('\t') {
            let cells = line.split('\t').collect();
            current
                .get_or_insert_with(|| Block { rows: Vec::new() })
                .rows
                .push((line_no, cells));
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
    out
}

fn is_page_number(t: &str) -> bool {
    t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

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
