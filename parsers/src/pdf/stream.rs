//! Tables drawn without rules ("stream" tables): columns from whitespace alignment,
//! rows from vertical spacing.
//!
//! A table starts at a line cut into at least three fragments by wide gaps
//! ([`PdfSettings::stream_column_gap`]) and runs down while lines stay close and do
//! not look like prose. Columns are the x ranges its fragments cover, separated by
//! whitespace channels that run through the whole block. Rows: where the
//! spacing between lines has two sizes (cell padding between rows), a larger gap starts
//! a row, so a multi-line cell stays one cell; where spacing is uniform, a line with
//! text in the first column starts a row. Title lines above are never taken: a table
//! starts at its first multi-column line.

use super::lattice::{Grid, GridCell};
use super::page::Glyph;
use super::settings::PdfSettings;
use super::words::{Line, Word, lines};
use crate::geom::BBox;

/// Finds tables without rules among `glyphs`.
pub fn find_stream_grids(glyphs: &[&Glyph], s: &PdfSettings) -> Vec<Grid> {
    let ls = lines(glyphs, s);
    let frags: Vec<Vec<Word>> = ls
        .iter()
        .map(|l| l.fragments(s.stream_column_gap))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ls.len() {
        if frags[i].len() < 3 {
            i += 1;
            continue;
        }
        let (end, cols) = grow(&ls, &frags, i, s);
        let block = i..end;
        i = end.max(i + 1);
        if cols.len() < 3 {
            continue;
        }
        if let Some(g) = to_grid(&ls[block.clone()], &frags[block], &cols, s) {
            out.push(g);
        }
    }
    out
}

/// Extends a block from line `start` while lines stay close and none looks like prose
/// (one fragment wider than half the block); returns its end (exclusive) and columns,
/// the x ranges covered by some fragment of the block (whitespace channels separate them).
fn grow(
    ls: &[Line],
    frags: &[Vec<Word>],
    start: usize,
    s: &PdfSettings,
) -> (usize, Vec<(f32, f32)>) {
    let (mut x0, mut x1) = (ls[start].bbox.x0, ls[start].bbox.x1);
    let mut end = start + 1;
    let mut multi = 1;
    while end < ls.len() {
        let (prev, l) = (&ls[end - 1], &ls[end]);
        let lh = prev.bbox.height().max(prev.size).max(1.0);
        if l.bbox.top - prev.bbox.bottom > 2.5 * lh {
            break;
        }
        let f = &frags[end];
        if f.len() == 1 && f[0].bbox.width() > 0.5 * (x1 - x0) {
            break;
        }
        if f.len() >= 2 {
            multi += 1;
        }
        x0 = x0.min(l.bbox.x0);
        x1 = x1.max(l.bbox.x1);
        end += 1;
    }
    if multi < s.stream_min_rows {
        return (start + 1, Vec::new());
    }
    let mut cols = Vec::new();
    for f in &frags[start..end] {
        add_fragments(&mut cols, f);
    }
    // A narrow channel between two columns that never hold text on the same line is
    // alignment, not a column break (a centred header above left-aligned numbers).
    let size = ls[start..end]
        .iter()
        .map(|l| l.size)
        .fold(0.0, f32::max)
        .max(1.0);
    let mut k = 0;
    while k + 1 < cols.len() {
        let narrow = cols[k + 1].0 - cols[k].1 < s.stream_column_gap * size;
        let (a, b) = (cols[k], cols[k + 1]);
        let touches = |w: &Word, c: (f32, f32)| w.bbox.x0 <= c.1 && w.bbox.x1 >= c.0;
        let together = frags[start..end]
            .iter()
            .any(|f| f.iter().any(|w| touches(w, a)) && f.iter().any(|w| touches(w, b)));
        if narrow && !together {
            cols[k].1 = b.1;
            cols.remove(k + 1);
        } else {
            k += 1;
        }
    }
    (end, cols)
}

fn add_fragments(cols: &mut Vec<(f32, f32)>, f: &[Word]) {
    for w in f {
        cols.push((w.bbox.x0, w.bbox.x1));
    }
    cols.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut merged: Vec<(f32, f32)> = Vec::new();
    for &(a, b) in cols.iter() {
        match merged.last_mut() {
            Some(m) if a <= m.1 => m.1 = m.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    *cols = merged;
}

/// Rows and cells of a block.
fn to_grid(ls: &[Line], frags: &[Vec<Word>], cols: &[(f32, f32)], s: &PdfSettings) -> Option<Grid> {
    let col_of = |x: f32| cols.iter().position(|&(a, b)| x >= a - 0.5 && x <= b + 0.5);
    // Row starts.
    let deltas: Vec<f32> = ls
        .windows(2)
        .map(|w| w[1].bbox.top - w[0].bbox.bottom)
        .collect();
    let max_d = deltas.iter().copied().fold(f32::MIN, f32::max);
    let size = ls.iter().map(|l| l.size).fold(0.0, f32::max).max(1.0);
    // The spacing of lines inside a cell: the smallest gaps, and those within a
    // quarter line of the next smaller one (lines read by OCR vary a little).
    let mut sorted = deltas.clone();
    sorted.sort_by(f32::total_cmp);
    let mut inner = sorted.first().copied().unwrap_or(0.0);
    for &d in sorted.iter().skip(1) {
        if d - inner > 0.25 * size {
            break;
        }
        inner = d;
    }
    let spaced = !deltas.is_empty() && max_d - inner > 0.25 * size;
    let threshold = inner + 0.25 * size;
    let mut starts = vec![0usize];
    for k in 1..ls.len() {
        let new_row = if spaced {
            deltas[k - 1] > threshold
        } else {
            frags[k].iter().any(|w| col_of(w.bbox.x0) == Some(0))
        };
        if new_row {
            starts.push(k);
        }
    }
    let _ = s;
    let n = cols.len();
    let mut xs = vec![cols[0].0 - 1.0];
    for k in 1..n {
        xs.push((cols[k - 1].1 + cols[k].0) / 2.0);
    }
    xs.push(cols[n - 1].1 + 1.0);
    let mut ys = vec![ls[0].bbox.top - 1.0];
    let row_bottom = |r: usize| {
        let end = starts.get(r + 1).copied().unwrap_or(ls.len());
        ls[starts[r]..end]
            .iter()
            .map(|l| l.bbox.bottom)
            .fold(f32::MIN, f32::max)
    };
    for r in 1..starts.len() {
        ys.push((row_bottom(r - 1) + ls[starts[r]].bbox.top) / 2.0);
    }
    ys.push(row_bottom(starts.len() - 1) + 1.0);
    // Cells: one per column, widened over the columns a fragment spans.
    let mut cells = Vec::new();
    for r in 0..starts.len() {
        let end = starts.get(r + 1).copied().unwrap_or(ls.len());
        let mut spans: Vec<(usize, usize)> = (0..n).map(|c| (c, c)).collect();
        for f in frags[starts[r]..end].iter().flatten() {
            let (Some(a), Some(b)) = (col_of(f.bbox.x0 + 0.1), col_of(f.bbox.x1 - 0.1)) else {
                continue;
            };
            if b > a {
                spans.retain(|&(x, y)| y < a || x > b);
                spans.push((a, b));
            }
        }
        spans.sort();
        for (a, b) in spans {
            cells.push(GridCell {
                row: r as u32,
                col: a as u32,
                row_span: 1,
                col_span: (b - a + 1) as u32,
                bbox: BBox::new(xs[a], ys[r], xs[b + 1], ys[r + 1]),
            });
        }
    }
    if starts.len() < 2 {
        return None;
    }
    Some(Grid {
        xs,
        ys,
        cells,
        open_bottom: false,
        open_top: false,
    })
}
