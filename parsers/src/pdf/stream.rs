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
    let mut floor = 0;
    while i < ls.len() {
        if frags[i].len() < s.stream_min_columns {
            i += 1;
            continue;
        }
        let (end, cols) = grow(&ls, &frags, i, s);
        let block = i..end;
        i = end.max(i + 1);
        if end - block.start < s.stream_min_rows {
            continue;
        }
        let (cols, block_frags) = match channel_columns(&ls[block.clone()], s) {
            Some(ch) if ch.len() > cols.len() => {
                let f = split_at_channels(&ls[block.clone()], &ch, s);
                (ch, f)
            }
            _ => (cols, frags[block.clone()].to_vec()),
        };
        if cols.len() < s.stream_min_columns {
            continue;
        }
        // Header lines above the first line of three columns (a header cell
        // "TT" set close to the next, a header wrapped over two lines).
        let top = header_start(&ls, block.start, floor, &cols, s);
        let mut block_frags = block_frags;
        if top < block.start {
            let mut head = split_at_channels(&ls[top..block.start], &cols, s);
            head.append(&mut block_frags);
            block_frags = head;
        }
        floor = block.end;
        if let Some(g) = to_grid(&ls[top..block.end], &block_frags, &cols, s) {
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
        if l.bbox.top - prev.bbox.bottom > s.stream_max_line_gap * lh {
            break;
        }
        let f = &frags[end];
        if f.len() == 1 && f[0].bbox.width() > s.stream_prose_width * (x1 - x0) {
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

/// Columns of a block from the whitespace channels through its words: x ranges
/// at least half an em wide where no line has ink, or (in a block of six lines
/// or more) one line only. Fragment columns ([`grow`]) merge wherever a single
/// line's fragment bridges two columns — a wrapped cell whose text runs up to
/// the next column, a number column set close to the text after it — and one
/// such line then hides a boundary every other line shows. `None` when the
/// block has no channel.
fn channel_columns(ls: &[Line], s: &PdfSettings) -> Option<Vec<(f32, f32)>> {
    let size = ls.iter().map(|l| l.size).fold(0.0, f32::max).max(1.0);
    let allowed = usize::from(ls.len() >= 6);
    // Ink per line: its words' x ranges.
    let mut events: Vec<(f32, i32)> = Vec::new();
    for l in ls {
        let mut spans: Vec<(f32, f32)> = Vec::new();
        add_fragments(&mut spans, &l.words);
        for (a, b) in spans {
            events.push((a, 1));
            events.push((b, -1));
        }
    }
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    let (left, right) = (events.first()?.0, events.last()?.0);
    // A channel is clear (at most `allowed` lines with ink) over its whole
    // width and empty (no ink at all) over a core: word gaps of two lines that
    // happen to meet are clear but never empty.
    let mut channels: Vec<(f32, f32)> = Vec::new();
    let mut depth = 0i32;
    let mut open: Option<f32> = None;
    let mut empty_from: Option<f32> = None;
    let mut core = 0.0f32;
    for (x, d) in events {
        if let Some(e) = empty_from.take() {
            core = core.max(x - e);
        }
        depth += d;
        if depth == 0 {
            empty_from = Some(x);
        }
        let clear = depth <= allowed as i32;
        match (clear, open) {
            (true, None) => {
                open = Some(x);
                core = 0.0;
            }
            (false, Some(a)) => {
                if x - a >= s.stream_channel_width * size
                    && core >= s.stream_channel_core * s.stream_channel_width * size
                    && a > left
                    && x < right
                {
                    channels.push((a, x));
                }
                open = None;
            }
            _ => {}
        }
    }
    if channels.is_empty() {
        return None;
    }
    let mut cols = Vec::new();
    let mut x0 = left;
    for &(a, b) in &channels {
        cols.push((x0, a));
        x0 = b;
    }
    cols.push((x0, right));
    Some(cols)
}

/// The first line of a block's header: going up from `start` (not past
/// `floor`) over at most [`PdfSettings::stream_max_header_lines`] close lines
/// none of which bridges a channel between `cols` (a title, a caption or
/// prose across the columns ends the search), the highest one that falls into
/// two columns or more. `start` when there is none.
fn header_start(
    ls: &[Line],
    start: usize,
    floor: usize,
    cols: &[(f32, f32)],
    s: &PdfSettings,
) -> usize {
    let channels: Vec<(f32, f32)> = cols.windows(2).map(|w| (w[0].1, w[1].0)).collect();
    let column = |x: f32| {
        channels
            .iter()
            .filter(|c| c.1 <= x + s.stream_column_slack)
            .count()
    };
    let mut top = start;
    let mut j = start;
    while j > floor && start - j < s.stream_max_header_lines {
        let (l, below) = (&ls[j - 1], &ls[j]);
        let lh = l.bbox.height().max(l.size).max(1.0);
        if below.bbox.top - l.bbox.bottom > s.stream_max_line_gap * lh
            || l.bbox.x0 < cols[0].0 - s.stream_channel_width * l.size
        {
            break;
        }
        let f = split_at_channels(std::slice::from_ref(l), cols, s).remove(0);
        let bridges = f.iter().any(|w| {
            channels
                .iter()
                .any(|&(a, b)| w.bbox.x0 < a && w.bbox.x1 > b)
        });
        if bridges {
            break;
        }
        let mut in_cols: Vec<usize> = f.iter().map(|w| column(w.bbox.x0)).collect();
        in_cols.dedup();
        if in_cols.len() >= 2 {
            top = j - 1;
        }
        j -= 1;
    }
    top
}

/// The lines' words regrouped into fragments that never cross a channel
/// between `cols`: a word gap of at least [`PdfSettings::stream_split_gap`]
/// that reaches into a channel starts a new fragment, as does a gap wide
/// enough to separate columns anywhere.
fn split_at_channels(ls: &[Line], cols: &[(f32, f32)], s: &PdfSettings) -> Vec<Vec<Word>> {
    let channels: Vec<(f32, f32)> = cols.windows(2).map(|w| (w[0].1, w[1].0)).collect();
    ls.iter()
        .map(|l| {
            let mut out: Vec<Word> = Vec::new();
            for w in &l.words {
                match out.last_mut() {
                    Some(f) => {
                        let em = f.size.max(w.size);
                        let (a, b) = (f.bbox.x1, w.bbox.x0);
                        let crosses = b - a >= s.stream_split_gap * em
                            && channels.iter().any(|&(c0, c1)| c0 < b && c1 > a);
                        if crosses || b - a >= s.stream_column_gap * em {
                            out.push(w.clone());
                        } else {
                            f.text.push(' ');
                            f.text.push_str(&w.text);
                            f.bbox = f.bbox.union(&w.bbox);
                        }
                    }
                    None => out.push(w.clone()),
                }
            }
            out
        })
        .collect()
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
    let slack = s.stream_column_slack;
    let col_of = |x: f32| {
        cols.iter()
            .position(|&(a, b)| x >= a - slack && x <= b + slack)
    };
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
        if d - inner > s.stream_row_gap_step * size {
            break;
        }
        inner = d;
    }
    let spaced = !deltas.is_empty() && max_d - inner > s.stream_row_gap_step * size;
    let threshold = inner + s.stream_row_gap_step * size;
    // A column whose text on two consecutive lines is set as one paragraph
    // (no more than a line's leading apart) is one cell: no row boundary runs
    // between them, whatever the lines' overall spacing says. Cells centred
    // vertically put the first line of a tall cell above its row's other cells,
    // and those lines' boxes then mislead the spacing.
    let column_words = |k: usize, c: usize| {
        ls[k]
            .words
            .iter()
            .filter(move |w| col_of(w.bbox.x0 + 0.1) == Some(c))
    };
    // The gap between a column's text on lines k-1 and k, where it has text on both.
    let column_gap = |k: usize, c: usize| {
        let above = column_words(k - 1, c)
            .map(|w| w.bbox.bottom)
            .fold(f32::MIN, f32::max);
        let below = column_words(k, c)
            .map(|w| w.bbox.top)
            .fold(f32::MAX, f32::min);
        (above > f32::MIN && below < f32::MAX).then_some(below - above)
    };
    // A paragraph's leading is the narrowest such gap in the block; a gap within
    // `stream_paragraph_gap` of it continues the paragraph.
    // Only where the gaps have two sizes: with no cell of several lines, the
    // narrowest gap is the rows' own.
    let gaps: Vec<f32> = (1..ls.len())
        .flat_map(|k| (0..cols.len()).filter_map(move |c| column_gap(k, c)))
        .collect();
    let leading = gaps.iter().copied().fold(f32::MAX, f32::min);
    let widest = gaps.iter().copied().fold(f32::MIN, f32::max);
    let paragraphs = widest - leading > s.stream_paragraph_gap * size;
    let splits_paragraph = |k: usize| {
        paragraphs
            && (0..cols.len()).any(|c| {
                column_gap(k, c).is_some_and(|g| g < leading + s.stream_paragraph_gap * size)
            })
    };
    let mut starts = vec![0usize];
    for k in 1..ls.len() {
        let new_row = if spaced {
            deltas[k - 1] > threshold && !splits_paragraph(k)
        } else {
            frags[k].iter().any(|w| col_of(w.bbox.x0) == Some(0))
        };
        if new_row {
            starts.push(k);
        }
    }
    let n = cols.len();
    let margin = s.stream_cell_margin;
    let mut xs = vec![cols[0].0 - margin];
    for k in 1..n {
        xs.push((cols[k - 1].1 + cols[k].0) / 2.0);
    }
    xs.push(cols[n - 1].1 + margin);
    let mut ys = vec![ls[0].bbox.top - margin];
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
    ys.push(row_bottom(starts.len() - 1) + margin);
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
        crossing_bottom: Vec::new(),
        crossing_top: Vec::new(),
    })
}
