//! Rows of a ruled grid that belong to the sheet rather than to the table.
//!
//! A workbook printed with its gridlines on rules every cell of its print range, not
//! only the table's: the caption lines above the table ("Phụ lục 01:", the title merged
//! across, "Đơn vị tính: %"), the blank rows around them, and the blank rows and notes
//! after it come out as rows of the same grid. They are found here, from the grid and
//! the glyphs in its cells, so that [`extract`](super::extract) can take them out; their
//! text is then read as caption lines or prose.

use super::lattice::Grid;
use super::page::Glyph;
use super::settings::PdfSettings;
use super::words::lines;

/// How many leading rows of a ruled grid are title rows rather than table rows. A
/// spreadsheet printed with its gridlines rules every printed cell, so the title lines
/// above the table ("Phụ lục 01:", the title merged across, "Đơn vị tính: %") and the
/// blank rows around them come out as rows of the grid. Such a row has no cell reaching
/// into the next row, and at most one text in it: one cell, or one line running over
/// empty neighbours (text overflowing its cell, which a table row never does). The
/// leading run of such rows is a title block only when it holds a title spread across
/// the table (a cell merged over every column, or text overflowing cells) or a blank
/// row, has two rows or more or a blank one, and a row with texts in two or more cells
/// follows it: otherwise the first row is a table row with one filled cell (the rest
/// of a row cut by a page break, a section heading over the whole table).
pub fn title_rows(g: &Grid, glyphs: &[Vec<&Glyph>], s: &PdfSettings) -> usize {
    let n_rows = g.ys.len().saturating_sub(1);
    let n_cols = g.xs.len().saturating_sub(1) as u32;
    let mut k = 0;
    let mut spread = false;
    let mut blank = false;
    let mut table_row = false;
    while k + 2 <= n_rows {
        let cells: Vec<usize> = (0..g.cells.len())
            .filter(|&i| g.cells[i].row == k as u32)
            .collect();
        let filled: Vec<usize> = cells
            .iter()
            .copied()
            .filter(|&i| glyphs[i].iter().any(|gl| !gl.is_space()))
            .collect();
        if filled.len() >= 2 && !one_text(&filled, glyphs, s) {
            table_row = true;
            break;
        }
        if cells.iter().any(|&i| g.cells[i].row_span > 1) {
            return 0;
        }
        blank |= filled.is_empty();
        spread |= match filled.as_slice() {
            [] => true,
            [i] => g.cells[*i].col_span == n_cols,
            _ => true,
        };
        // A text in one cell that starts in lower case or with a digit goes on from
        // the row above it (a row cut by a page break): no title.
        if let [i] = filled.as_slice()
            && glyphs[*i]
                .iter()
                .find(|gl| !gl.is_space())
                .and_then(|gl| gl.text.chars().next())
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        {
            return 0;
        }
        k += 1;
    }
    // One full-width row alone over the table may be a section heading at the top of
    // a continued table ("II. XÃ NÂNG CAO"); a title block has several lines or a
    // blank row.
    if spread && table_row && (k >= 2 || blank) {
        k
    } else {
        0
    }
}

/// True when the glyphs of several cells of one row are one line of running text
/// (no gap wider than a column gap between its words): text overflowing its cell.
fn one_text(cells: &[usize], glyphs: &[Vec<&Glyph>], s: &PdfSettings) -> bool {
    let all: Vec<&Glyph> = cells
        .iter()
        .flat_map(|&i| glyphs[i].iter().copied())
        .collect();
    let ls = lines(&all, s);
    ls.len() == 1 && ls[0].fragments(s.stream_column_gap).len() == 1
}

/// How many rows at the bottom of a ruled grid are no table rows: blank, or holding one
/// text over several columns (one line overflowing its cell, or one cell over several
/// columns with nothing else in the row); no cell merged over them or from above. A
/// sheet printed with its gridlines rules every row of its print range, also the empty
/// ones and the notes after the table. At least two rows are kept.
pub fn blank_last_rows(g: &Grid, glyphs: &[Vec<&Glyph>], s: &PdfSettings) -> usize {
    let n_rows = g.ys.len().saturating_sub(1) as u32;
    let mut k = 0;
    let (mut blank, mut merged_note) = (false, false);
    while k + 2 < n_rows {
        let r = n_rows - 1 - k;
        let row: Vec<usize> = (0..g.cells.len())
            .filter(|&i| g.cells[i].row <= r && r < g.cells[i].row + g.cells[i].row_span)
            .collect();
        if row
            .iter()
            .any(|&i| g.cells[i].row != r || g.cells[i].row_span != 1)
        {
            break;
        }
        let filled: Vec<usize> = row
            .iter()
            .copied()
            .filter(|&i| glyphs[i].iter().any(|gl| !gl.is_space()))
            .collect();
        // Blank, or a note written in one cell and running over its empty neighbours
        // ("Ghi chú: …" under the table): a sheet's text, not a table row. Calc draws
        // no gridline through such text, so it may come out as one cell over several
        // columns, the others empty.
        let note = match filled.as_slice() {
            [] => {
                blank = true;
                true
            }
            [i] => {
                merged_note = true;
                g.cells[*i].col_span >= 2
            }
            _ => one_text(&filled, glyphs, s),
        };
        if !note {
            break;
        }
        k += 1;
    }
    // A cell over several columns could also be a table's own last row (a section
    // heading at the foot of a page): taken as a note only after a blank row.
    if merged_note && !blank { 0 } else { k as usize }
}

/// Removes the last `k` rows of a grid (no cell reaches into them from above).
pub fn drop_last_rows(g: &mut Grid, k: usize) {
    let n_rows = g.ys.len() - 1 - k;
    g.ys.truncate(n_rows + 1);
    g.cells.retain(|c| (c.row as usize) < n_rows);
}

/// Removes the first `k` rows of a grid (none of its cells reaches below them).
pub fn drop_leading_rows(g: &mut Grid, k: usize) {
    g.ys.drain(..k);
    g.cells.retain(|c| c.row as usize >= k);
    for c in &mut g.cells {
        c.row -= k as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geom::BBox;

    /// A ruled grid of 4 columns × `rows.len()` rows, 100 × 20 pt cells; a row given
    /// as one text is one cell over all columns, as several texts one cell each
    /// ("" for an empty cell). Returns the grid and the glyphs of each cell.
    fn sheet(rows: &[&[&str]]) -> (Grid, Vec<Vec<Glyph>>) {
        use crate::pdf::lattice::GridCell;
        let xs: Vec<f32> = (0..=4).map(|i| 100.0 * i as f32).collect();
        let ys: Vec<f32> = (0..=rows.len()).map(|i| 20.0 * i as f32).collect();
        let (mut cells, mut glyphs) = (Vec::new(), Vec::new());
        for (r, row) in rows.iter().enumerate() {
            let span = if row.len() == 1 { 4 } else { 1 };
            for (c, text) in row.iter().enumerate() {
                let (x0, y0) = (xs[c] + 2.0, ys[r] + 5.0);
                cells.push(GridCell {
                    row: r as u32,
                    col: c as u32,
                    row_span: 1,
                    col_span: span,
                    bbox: BBox::new(xs[c], ys[r], xs[c + span as usize], ys[r + 1]),
                });
                glyphs.push(
                    text.chars()
                        .enumerate()
                        .map(|(i, ch)| Glyph {
                            text: ch.to_string(),
                            bbox: BBox::new(
                                x0 + 5.0 * i as f32,
                                y0,
                                x0 + 5.0 * (i + 1) as f32,
                                y0 + 10.0,
                            ),
                            size: 10.0,
                            dir: 0,
                            bold: false,
                        })
                        .collect(),
                );
            }
        }
        let g = Grid {
            xs,
            ys,
            cells,
            open_bottom: false,
            open_top: false,
            crossing_bottom: Vec::new(),
            crossing_top: Vec::new(),
        };
        (g, glyphs)
    }

    fn refs(glyphs: &[Vec<Glyph>]) -> Vec<Vec<&Glyph>> {
        glyphs.iter().map(|v| v.iter().collect()).collect()
    }

    #[test]
    fn title_rows_and_notes_of_a_sheet_printed_with_gridlines_leave_the_grid() {
        let s = PdfSettings::default();
        let (g, gl) = sheet(&[
            &["PHỤ LỤC 01"],
            &["MỤC TIÊU NĂM 2024"],
            &["", "", "", ""],
            &["TT", "Xã", "Năm", "Ghi chú"],
            &["1", "Ninh Tây", "2024", ""],
            &["", "", "", ""],
            &["Ghi chú: số liệu năm 2023"],
            &["", "", "", ""],
        ]);
        assert_eq!(title_rows(&g, &refs(&gl), &s), 3);
        assert_eq!(blank_last_rows(&g, &refs(&gl), &s), 3);
        // A lone full-width row over the table is its section heading; so is one at
        // its foot with no blank row between.
        let (g, gl) = sheet(&[
            &["B. XÃ ĐẠT CHUẨN NÂNG CAO"],
            &["1", "Ninh Tây", "2024", ""],
            &["2", "Ninh Sơn", "2025", ""],
            &["C. XÃ ĐẠT CHUẨN KIỂU MẪU"],
        ]);
        assert_eq!(title_rows(&g, &refs(&gl), &s), 0);
        assert_eq!(blank_last_rows(&g, &refs(&gl), &s), 0);
        // The rest of a row cut by a page break, in one cell: a table row.
        let (g, gl) = sheet(&[
            &["", "thôn mới", "", ""],
            &["", "", "", ""],
            &["3", "Ninh Thân", "2025", ""],
            &["4", "Ninh Sơn", "2025", ""],
        ]);
        assert_eq!(title_rows(&g, &refs(&gl), &s), 0);
    }
}
