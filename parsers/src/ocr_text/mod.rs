//! Reader for OCR text exports of plan documents.
//!
//! Such exports hold prose paragraphs and tables written as tab-separated lines,
//! with markup left in the cells. The reader:
//! 1. splits the text into tab-separated blocks and prose lines ([`lines`]);
//! 2. cleans cell markup ([`markup`]);
//! 3. joins a block that continues the previous table (only blank lines between,
//!    and either a repeated header row — dropped — or no header at all) into one
//!    logical table ([`header`]);
//! 4. attaches the title lines above each table as its caption ([`caption`]).
//!
//! It is faithful to the text: rows whose cells the OCR dropped or shifted stay as
//! they are; putting values back in their true columns is a domain concern.
//! The text carries no page marks, so every cell is on page 1; each cell keeps its
//! source line in [`CellOrigin::line`].

pub mod caption;
pub mod header;
pub mod html_table;
pub mod lines;
pub mod markup;
pub mod settings;

pub use settings::OcrSettings;

use crate::table::{CellOrigin, Method, TableBuilder};
use crate::{Document, ErrorKind, Format, Warning};
use lines::{Block, Piece};

/// Reads an OCR text export from bytes (must be UTF-8; a BOM is skipped).
pub fn read_bytes(bytes: &[u8]) -> Result<Document, ErrorKind> {
    read_bytes_with(bytes, &OcrSettings::default())
}

/// As [`read_bytes`], with explicit budgets.
pub fn read_bytes_with(bytes: &[u8], settings: &OcrSettings) -> Result<Document, ErrorKind> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let s = std::str::from_utf8(bytes).map_err(|e| ErrorKind::NotUtf8(e.valid_up_to()))?;
    read_str_with(s, settings)
}

/// One logical table being assembled from blocks.
struct Pending {
    caption: Vec<String>,
    header: Option<Vec<String>>,
    /// Number of leading header rows (HTML tables can have several `<th>` rows).
    header_rows: u32,
    /// Rows as (source line, cleaned cells).
    rows: Vec<(u32, Vec<String>)>,
    /// Cells spanning several positions: (row, col, row_span, col_span).
    spans: Vec<(usize, u32, u32, u32)>,
    /// Widest row (up to its last non-empty cell), kept up to date as rows are
    /// appended so joining many blocks stays linear.
    width: usize,
}

impl Pending {
    /// Grid positions it will cost: its rows × width plus the positions its
    /// spans cover.
    fn positions(&self) -> usize {
        let spans: usize = self
            .spans
            .iter()
            .map(|&(_, _, rs, cs)| rs as usize * cs as usize)
            .sum();
        self.rows
            .len()
            .saturating_mul(self.width.max(1))
            .saturating_add(spans)
    }
}

/// Columns up to the last non-empty cell.
fn text_width(r: &[String]) -> usize {
    r.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1)
}

/// Reads an OCR text export.
pub fn read_str(text: &str) -> Result<Document, ErrorKind> {
    read_str_with(text, &OcrSettings::default())
}

/// As [`read_str`], with explicit budgets.
pub fn read_str_with(text: &str, settings: &OcrSettings) -> Result<Document, ErrorKind> {
    let mut tables: Vec<Pending> = Vec::new();
    let mut prose: Vec<(u32, String)> = Vec::new();
    let mut warnings = Vec::new();
    // Prose lines seen since the last block; the tail may be the next table's caption.
    let mut above: Vec<(u32, &str)> = Vec::new();
    // Grid positions the tables read so far will cost, against the document's
    // budget; the first lines of tables left unread once it is spent.
    let mut used = 0usize;
    let mut skipped: Vec<u32> = Vec::new();
    for piece in lines::pieces_with(text, settings.max_columns) {
        match piece {
            Piece::Text { line, text } => above.push((line, text)),
            Piece::Html { line, text } => {
                let caption = take_caption(&mut above, &mut prose);
                let left = settings.max_positions_per_document.saturating_sub(used);
                if left == 0 {
                    skipped.push(line);
                    continue;
                }
                // The table's span budget is what the document has left.
                let mut budget = settings.clone();
                budget.max_span_positions = budget.max_span_positions.min(left);
                let (p, w) = html_pending(line, &text, caption, &budget);
                used = used.saturating_add(p.positions());
                warnings.extend(
                    w.into_iter()
                        .map(|m| Warning::on_page(1, format!("html table: {m}")).line(line)),
                );
                tables.push(p);
            }
            Piece::Block(block) => {
                if let Some(&first) = block.cut_lines.first() {
                    warnings.push(
                        Warning::on_page(
                            1,
                            format!(
                                "more than {} cells (settings max_columns); \
                                 extra cells dropped on {} line(s)",
                                settings.max_columns,
                                block.cut_lines.len()
                            ),
                        )
                        .line(first),
                    );
                }
                if used >= settings.max_positions_per_document {
                    skipped.extend(block.rows.first().map(|r| r.0));
                    above.clear();
                    continue;
                }
                let rows = clean_rows(&block);
                used = used.saturating_add(
                    rows.len()
                        .saturating_mul(rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0)),
                );
                let continues =
                    above.is_empty() && tables.last().is_some_and(|t| continues_table(t, &rows));
                if continues {
                    let last = tables.last_mut().expect("checked above");
                    append_continuation(last, rows);
                } else {
                    let caption = take_caption(&mut above, &mut prose);
                    let header = rows
                        .first()
                        .filter(|(_, r)| header::looks_like_header(r))
                        .map(|(_, r)| r.clone());
                    tables.push(Pending {
                        caption,
                        header_rows: u32::from(header.is_some()),
                        header,
                        width: rows.iter().map(|(_, r)| text_width(r)).max().unwrap_or(0),
                        rows,
                        spans: Vec::new(),
                    });
                }
                above.clear();
            }
        }
    }
    if let Some(&first) = skipped.first() {
        warnings.push(
            Warning::on_page(
                1,
                format!(
                    "the document's tables pass the budget of {} grid positions \
                     (settings max_positions_per_document); {} table block(s) from here on not read",
                    settings.max_positions_per_document,
                    skipped.len()
                ),
            )
            .line(first),
        );
    }
    for (line, t) in above {
        prose.push((line, markup::clean_line(t)));
    }
    prose.retain(|(_, t)| !t.is_empty());

    let mut built = Vec::new();
    for p in tables {
        let first_line = p.rows.first().map(|r| r.0).unwrap_or(0);
        match build_table(&p, built.len() as u32, settings, &mut warnings) {
            Ok(t) => built.push(t),
            Err(e) => {
                warnings.push(Warning::on_page(1, format!("table dropped: {e}")).line(first_line))
            }
        }
    }
    let mut doc = Document {
        format: Format::OcrText,
        pages: 1,
        tables: built,
        warnings,
        prose: prose.into_iter().map(|(_, t)| (1, t)).collect(),
    };
    crate::repair::legacy_text(&mut doc);
    Ok(doc)
}

/// Splits the prose lines seen since the last table into prose and the next
/// table's caption (the title-like lines just above it); clears `above`.
fn take_caption(above: &mut Vec<(u32, &str)>, prose: &mut Vec<(u32, String)>) -> Vec<String> {
    let texts: Vec<&str> = above.iter().map(|(_, t)| *t).collect();
    let n = caption::caption_len(&texts);
    let split = above.len() - n;
    for (line, t) in &above[..split] {
        prose.push((*line, markup::clean_line(t)));
    }
    let caption = above[split..]
        .iter()
        .map(|(_, t)| markup::clean_line(t))
        .filter(|t| !t.is_empty())
        .collect();
    above.clear();
    caption
}

/// A table from HTML markup starting on `line`: rows keep the source line of
/// their `<tr>`, spans come from `rowspan`/`colspan`. Also returns the layout's
/// warnings (budgets passed).
fn html_pending(
    line: u32,
    text: &str,
    caption: Vec<String>,
    settings: &OcrSettings,
) -> (Pending, Vec<String>) {
    let grid = html_table::parse(text, settings);
    // Offsets of the line breaks, so a row's line is a binary search, not a count.
    let breaks: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let line_of = |offset: usize| line + breaks.partition_point(|&b| b < offset) as u32;
    let rows: Vec<(u32, Vec<String>)> = grid
        .rows
        .iter()
        .map(|(off, cells)| {
            (
                line_of(*off),
                cells
                    .iter()
                    .map(|c| c.as_deref().map(markup::clean_cell).unwrap_or_default())
                    .collect(),
            )
        })
        .collect();
    // Header: the leading run of all-<th> rows, else a first row shaped like titles.
    let th_rows = (0..rows.len())
        .take_while(|r| grid.header_rows.contains(r))
        .count() as u32;
    let header_rows = if th_rows > 0 {
        th_rows
    } else {
        u32::from(
            rows.first()
                .is_some_and(|(_, r)| header::looks_like_header(r)),
        )
    };
    let pending = Pending {
        caption,
        header: (header_rows > 0).then(|| rows[0].1.clone()),
        header_rows,
        spans: grid
            .spans
            .iter()
            .map(|&(r, c, rs, cs)| (r, c as u32, rs, cs))
            .collect(),
        width: rows.iter().map(|(_, r)| text_width(r)).max().unwrap_or(0),
        rows,
    };
    (pending, grid.warnings)
}

fn clean_rows(block: &Block) -> Vec<(u32, Vec<String>)> {
    block
        .rows
        .iter()
        .map(|(line, cells)| (*line, cells.iter().map(|c| markup::clean_cell(c)).collect()))
        .collect()
}

/// A block continues `t` when its first row repeats `t`'s header, or when it has no
/// header of its own and about the same number of columns.
fn continues_table(t: &Pending, rows: &[(u32, Vec<String>)]) -> bool {
    let Some((_, first)) = rows.first() else {
        return false;
    };
    if header::looks_like_header(first) {
        return repeats_header(t, first);
    }
    let t_width = t.width;
    let b_width = rows.iter().map(|(_, r)| text_width(r)).max().unwrap_or(0);
    b_width <= t_width + 1 && b_width + 2 >= t_width.min(b_width + 2)
}

/// True when `row` repeats a header row of `t`: its first row, or the row under
/// it when that row is a lower header level (its first cell empty under a
/// merged title, e.g. "| | Xã NTM | Xã NTM nâng cao" under "STT | Tiêu chí |
/// Mục tiêu năm 2026 (%)"). A page break may repeat only that lower row.
fn repeats_header(t: &Pending, row: &[String]) -> bool {
    let Some(h) = &t.header else {
        return false;
    };
    let lower =
        t.rows.get(1).map(|(_, r)| r).filter(|r| {
            r.first().is_some_and(|c| c.trim().is_empty()) && header::looks_like_header(r)
        });
    std::iter::once(h)
        .chain(lower)
        .any(|h| header::similarity(h, row) >= header::REPEAT_SIMILARITY)
}

fn append_continuation(t: &mut Pending, mut rows: Vec<(u32, Vec<String>)>) {
    if let Some((_, first)) = rows.first()
        && header::looks_like_header(first)
        && repeats_header(t, first)
    {
        rows.remove(0);
    }
    let w = rows.iter().map(|(_, r)| text_width(r)).max().unwrap_or(0);
    t.width = t.width.max(w);
    t.rows.extend(rows);
}

/// Builds the grid of `p`. Past `max_cells_per_table` positions, the rows that
/// fit are kept and a warning says how many were dropped.
fn build_table(
    p: &Pending,
    index: u32,
    settings: &OcrSettings,
    warnings: &mut Vec<Warning>,
) -> Result<crate::Table, crate::table::GridError> {
    // Width: the header's width, or the widest row; trailing empty cells beyond it
    // carry no text and are trimmed.
    let header_width = p.header.as_ref().map_or(0, |h| h.len());
    let span_width = p
        .spans
        .iter()
        .map(|s| (s.1 + s.3) as usize)
        .max()
        .unwrap_or(0);
    let n_cols = p
        .width
        .max(header_width)
        .max(span_width)
        .clamp(1, settings.max_columns.max(1));
    let fit = (settings.max_cells_per_table / n_cols).max(1);
    let n_rows = p.rows.len().min(fit);
    if n_rows < p.rows.len() {
        let first_line = p.rows.first().map_or(0, |r| r.0);
        warnings.push(
            Warning::on_page(
                1,
                format!(
                    "{} rows × {n_cols} columns pass the budget of {} cells \
                     (settings max_cells_per_table); first {n_rows} rows kept, {} dropped",
                    p.rows.len(),
                    settings.max_cells_per_table,
                    p.rows.len() - n_rows
                ),
            )
            .table(index as usize)
            .line(first_line),
        );
    }
    let mut b = TableBuilder::new(Method::TextBlock)
        .caption(p.caption.clone())
        .header_rows(p.header_rows);
    // Spans by their top-left, cut at the table's last row and column; the
    // positions they cover (other than their own top-left) get no cell.
    let mut spans = std::collections::HashMap::new();
    let mut covered = std::collections::HashSet::new();
    for &(r, c, rs, cs) in &p.spans {
        if r >= n_rows || c as usize >= n_cols {
            continue;
        }
        let rs = rs.min((n_rows - r) as u32).max(1);
        let cs = cs.min((n_cols - c as usize) as u32).max(1);
        spans.insert((r, c), (rs, cs));
        for dr in 0..rs as usize {
            for dc in 0..cs {
                if (dr, dc) != (0, 0) {
                    covered.insert((r + dr, c + dc));
                }
            }
        }
    }
    for (r, (line, cells)) in p.rows.iter().take(n_rows).enumerate() {
        for c in 0..n_cols {
            if covered.contains(&(r, c as u32)) {
                continue;
            }
            let text = cells.get(c).map(String::as_str).unwrap_or("");
            let origin = CellOrigin {
                page: 1,
                bbox: None,
                line: Some(*line),
            };
            let (rs, cs) = spans.get(&(r, c as u32)).copied().unwrap_or((1, 1));
            b.cell(r as u32, c as u32, rs, cs, text, None, origin);
        }
    }
    b.build(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "Số\tĐịa phương\tTiêu chí chưa đạt\tGiải pháp";

    #[test]
    fn budget_warnings_carry_their_table_and_line_as_fields() {
        let text = format!(
            "Phụ lục 02:\n\n{HEAD}\n1\tVạn Thắng\tTiêu chí 1\tLập quy hoạch\n\
             2\tVạn Long\tTiêu chí 2\tĐầu tư\n3\tVạn Phước\tTiêu chí 3\tĐầu tư\textra\n"
        );
        let settings = OcrSettings {
            max_columns: 4,
            max_cells_per_table: 8,
            ..Default::default()
        };
        let doc = read_str_with(&text, &settings).unwrap();
        let cut = doc
            .warnings
            .iter()
            .find(|w| w.message.contains("max_columns"))
            .expect("cells past max_columns reported");
        assert_eq!((cut.page, cut.line, cut.table), (Some(1), Some(6), None));
        assert!(!cut.message.contains("line 6"), "{cut}");
        let budget = doc
            .warnings
            .iter()
            .find(|w| w.message.contains("max_cells_per_table"))
            .expect("rows past the budget reported");
        assert_eq!(
            (budget.page, budget.table, budget.line),
            (Some(1), Some(0), Some(3))
        );
        assert!(
            budget
                .to_string()
                .starts_with("page 1, table 0, line 3: 4 rows × 4 columns"),
            "{budget}"
        );
    }

    #[test]
    fn continuation_with_repeated_header_is_joined() {
        let text = format!(
            "Phụ lục 02:\n(Kèm theo Kế hoạch số 1)\n\n{HEAD}\n1\tVạn Thắng\tTiêu chí 1\tLập quy hoạch\n\n\
             Số\tDịa phương\tTiêu chí chưa đạt\tGiai pháp\n\t\tTiêu chí 6\tĐầu tư\n"
        );
        let doc = read_str(&text).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let t = &doc.tables[0];
        assert_eq!(t.n_rows, 3, "repeated header dropped");
        assert_eq!(t.text(2, 2), "Tiêu chí 6");
        assert_eq!(t.cell(2, 2).unwrap().origin.line, Some(8));
        assert_eq!(t.caption, vec!["Phụ lục 02:", "(Kèm theo Kế hoạch số 1)"]);
        assert_eq!(t.header_rows, 1);
    }

    #[test]
    fn continuation_repeating_only_the_lower_header_row_is_joined() {
        let text = "STT\tTiêu chí\tMục tiêu năm 2026 (%)\t\n\t\tXã NTM\tXã NTM nâng cao\n                    1\tQuy hoạch\t100\t65\n2\tGiao thông\t96\t55\n\n\n                    \t\tXã NTM\tXã NTM nâng cao\n10\tThu nhập\t78\t35\n";
        let doc = read_str(text).unwrap();
        assert_eq!(doc.tables.len(), 1);
        let t = &doc.tables[0];
        assert_eq!(t.n_rows, 5, "the repeated lower header row is dropped");
        assert_eq!(t.text(4, 1), "Thu nhập");
    }

    #[test]
    fn continuation_without_header_is_joined() {
        let text = format!("{HEAD}\n1\tA\tx\ty\n\n2\tB\tz\tw\n");
        let doc = read_str(&text).unwrap();
        assert_eq!(doc.tables.len(), 1);
        assert_eq!(doc.tables[0].n_rows, 3);
        assert_eq!(doc.tables[0].text(2, 1), "B");
    }

    #[test]
    fn a_title_between_blocks_starts_a_new_table() {
        let text = format!("{HEAD}\n1\tA\tx\ty\n\nPhụ lục 06:\n{HEAD}\n1\tB\tz\tw\n");
        let doc = read_str(&text).unwrap();
        assert_eq!(doc.tables.len(), 2);
        assert_eq!(doc.tables[1].index, 1);
        assert_eq!(doc.tables[1].caption, vec!["Phụ lục 06:"]);
    }

    #[test]
    fn a_different_header_starts_a_new_table() {
        let text = format!("{HEAD}\n1\tA\tx\ty\n\nSTT\tTên đơn vị\tTheo dõi\n1\tSở Y tế\t15\n");
        let doc = read_str(&text).unwrap();
        assert_eq!(doc.tables.len(), 2);
    }

    #[test]
    fn prose_is_kept_and_rows_are_padded() {
        let doc = read_str("Mở đầu văn bản.\n\na\tb\tc\n1\n").unwrap();
        assert_eq!(doc.prose, vec![(1, "Mở đầu văn bản.".to_string())]);
        let t = &doc.tables[0];
        assert_eq!(t.n_cols, 3);
        assert_eq!(t.cells.len(), 3);
    }

    #[test]
    fn html_tables_keep_their_spans_and_caption() {
        let text = "Phụ lục 07:\n<table>\n<tr><th rowspan=\"2\">Năm</th><th colspan=\"2\">Chia ra</th></tr>\n\
                    <tr><th>Vạn Ninh</th><th>Ninh Hòa</th></tr>\n<tr><td>2024</td><td>Vạn Thạnh</td><td>Ninh Tây</td></tr>\n</table>\n";
        let doc = read_str(text).unwrap();
        let t = &doc.tables[0];
        assert_eq!(t.caption, vec!["Phụ lục 07:"]);
        assert_eq!((t.n_rows, t.n_cols, t.header_rows), (3, 3, 2));
        assert_eq!(t.cell(0, 0).unwrap().row_span, 2);
        assert_eq!(t.cell(0, 1).unwrap().col_span, 2);
        assert!(t.cell(1, 0).is_none(), "covered by the rowspan");
        assert_eq!(t.text(2, 2), "Ninh Tây");
        assert_eq!(t.cell(2, 2).unwrap().origin.line, Some(5));
    }

    #[test]
    fn markdown_tables_are_read_like_tab_blocks() {
        let doc = read_str("| STT | Tên xã |\n|---|---|\n| 1 | Vạn Thạnh |\n").unwrap();
        let t = &doc.tables[0];
        assert_eq!((t.n_rows, t.n_cols, t.header_rows), (2, 2, 1));
        assert_eq!(t.text(1, 1), "Vạn Thạnh");
    }

    #[test]
    fn invalid_utf8_is_an_error_not_a_panic() {
        assert!(matches!(
            read_bytes(b"ok\t\xff\xfe"),
            Err(ErrorKind::NotUtf8(3))
        ));
    }
}
