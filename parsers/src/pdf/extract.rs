//! Per page: ruled tables (or tables found from whitespace) with their cell text,
//! the lines just around each table, and the page's remaining text lines.

use super::lattice::{Grid, find_grids};
use super::page::{Glyph, Page};
use super::settings::PdfSettings;
use super::sheet_rows;
use super::stream::find_stream_grids;
use super::words::{Line, lines};
use crate::Method;
use crate::geom::BBox;
use crate::text::collapse_ws;

/// A cell of a table on one page.
#[derive(Debug, Clone)]
pub struct PageCell {
    /// Row of its top-left in the page table.
    pub row: u32,
    /// Column of its top-left.
    pub col: u32,
    /// Rows covered.
    pub row_span: u32,
    /// Columns covered.
    pub col_span: u32,
    /// Text, lines joined by single spaces.
    pub text: String,
    /// Box on the page.
    pub bbox: BBox,
    /// 1-based page the cell starts on.
    pub page: u32,
    /// Space between the cell's last text line and its bottom side, points
    /// (`f32::INFINITY` when empty): small when the text was cut by a page break.
    pub gap_below_text: f32,
    /// Largest font size in the cell (0 when empty).
    pub text_size: f32,
    /// Number of text lines.
    pub n_lines: usize,
    /// It has text, all of it in a bold face.
    pub bold: bool,
    /// Text drawn for it above its top was clipped away: the cell is the rest of a
    /// merged cell from the previous page (see [`Page::hidden`]).
    pub continues_above: bool,
}

/// A table as found on one page, before joining across pages.
#[derive(Debug, Clone)]
pub struct PageTable {
    /// 1-based page.
    pub page: u32,
    /// Column boundaries.
    pub xs: Vec<f32>,
    /// Rows in the grid.
    pub n_rows: u32,
    /// Cells, row-major.
    pub cells: Vec<PageCell>,
    /// Box on the page.
    pub bbox: BBox,
    /// How it was found.
    pub method: Method,
    /// Indices (into [`PageText::lines`]) of caption lines above the table.
    pub caption: Vec<usize>,
    /// The last row runs off the page (no rule under it).
    pub open_bottom: bool,
    /// The first row comes from the previous page (no rule above it).
    pub open_top: bool,
    /// Columns of merged cells crossing the break below the last row, which itself
    /// ends on this page (see [`Grid::crossing_bottom`]).
    pub crossing_bottom: Vec<u32>,
    /// Columns of merged cells coming from the page before, over a first row that
    /// starts on this page.
    pub crossing_top: Vec<u32>,
    /// Lines right below the table and inside its columns (a row cut by the page break).
    pub below: Vec<usize>,
    /// Lines right above the table and inside its columns (the rest of such a row).
    pub above: Vec<usize>,
}

/// A page's tables and the text lines outside them.
#[derive(Debug, Clone)]
pub struct PageText {
    /// 1-based page.
    pub page: u32,
    /// Page height, points (upright).
    pub height: f32,
    /// Tables top to bottom.
    pub tables: Vec<PageTable>,
    /// Lines outside every table, top to bottom.
    pub lines: Vec<Line>,
}

/// Finds the tables of a page and sorts its text into cells and free lines.
pub fn extract(page: &Page, s: &PdfSettings) -> PageText {
    let mut grids: Vec<(Grid, Method)> = find_grids(&page.segments, s)
        .into_iter()
        .map(|g| (g, Method::Lattice))
        .collect();
    // Glyphs inside no ruled table may still form a table drawn without rules.
    let outside: Vec<&Glyph> = page
        .glyphs
        .iter()
        .filter(|g| !grids.iter().any(|(gr, _)| contains(&gr.bbox(), g)))
        .collect();
    for g in find_stream_grids(&outside, s) {
        grids.push((g, Method::Stream));
    }
    grids.sort_by(|a, b| a.0.ys[0].total_cmp(&b.0.ys[0]));
    let (mut per_cell, mut free) = assign(page, &grids);
    // Title rows above a table and blank rows and notes below it, inside a ruled area
    // (a workbook printed with its gridlines), leave the grid; their text becomes free
    // lines, found again as the table's caption or as prose.
    let mut trimmed = false;
    for (ti, (grid, method)) in grids.iter_mut().enumerate() {
        if *method != Method::Lattice || grid.open_top {
            continue;
        }
        let k = sheet_rows::title_rows(grid, &per_cell[ti], s);
        if k > 0 {
            sheet_rows::drop_leading_rows(grid, k);
            trimmed = true;
        }
        if !grid.open_bottom && grid.crossing_bottom.is_empty() {
            let blank = sheet_rows::blank_last_rows(grid, &per_cell[ti], s);
            if blank > 0 {
                sheet_rows::drop_last_rows(grid, blank);
                trimmed = true;
            }
        }
    }
    if trimmed {
        (per_cell, free) = assign(page, &grids);
    }
    let free_lines = lines(&free, s);
    // Tops of the clip boxes of hidden text: only cells starting there can be the rest
    // of a merged cell whose text was clipped away.
    let mut clip_tops: Vec<f32> = page.hidden.iter().map(|h| h.1.top).collect();
    clip_tops.sort_by(f32::total_cmp);
    clip_tops.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    let mut tables = Vec::new();
    for (ti, (grid, method)) in grids.iter().enumerate() {
        let cells = grid
            .cells
            .iter()
            .zip(&per_cell[ti])
            .map(|(c, gs)| {
                let ls = lines(gs, s);
                PageCell {
                    row: c.row,
                    col: c.col,
                    row_span: c.row_span,
                    col_span: c.col_span,
                    text: join_lines(&ls, &c.bbox, s),
                    bbox: c.bbox,
                    page: page.number,
                    gap_below_text: ls
                        .last()
                        .map(|l| c.bbox.bottom - l.bbox.bottom)
                        .unwrap_or(f32::INFINITY),
                    text_size: ls.iter().map(|l| l.size).fold(0.0, f32::max),
                    n_lines: ls.len(),
                    bold: gs.iter().any(|g| !g.is_space())
                        && gs.iter().all(|g| g.bold || g.is_space()),
                    continues_above: clip_tops
                        .iter()
                        .any(|t| (t - c.bbox.top).abs() <= s.snap_tolerance)
                        && page.hidden.iter().any(|&((x, y), clip)| {
                            c.bbox.x0 <= x
                                && x < c.bbox.x1
                                && y < c.bbox.top
                                && (clip.top - c.bbox.top).abs() <= s.snap_tolerance
                        }),
                }
            })
            .collect();
        let bbox = grid.bbox();
        let prev_bottom = if ti > 0 {
            grids[ti - 1].0.bbox().bottom
        } else {
            f32::MIN
        };
        let next_top = grids.get(ti + 1).map(|g| g.0.ys[0]).unwrap_or(f32::MAX);
        let (caption, above) = lines_above(&free_lines, &bbox, &grid.xs, prev_bottom, s);
        let below = lines_below(&free_lines, &bbox, &grid.xs, next_top, s);
        tables.push(PageTable {
            page: page.number,
            xs: grid.xs.clone(),
            n_rows: (grid.ys.len() - 1) as u32,
            cells,
            bbox,
            method: *method,
            caption,
            below,
            above,
            open_bottom: grid.open_bottom,
            open_top: grid.open_top,
            crossing_bottom: grid.crossing_bottom.clone(),
            crossing_top: grid.crossing_top.clone(),
        });
    }
    PageText {
        page: page.number,
        height: page.height,
        tables,
        lines: free_lines,
    }
}

/// Per grid, per cell: the glyphs inside it; and the glyphs inside no cell.
#[allow(clippy::type_complexity)]
fn assign<'p>(
    page: &'p Page,
    grids: &[(Grid, Method)],
) -> (Vec<Vec<Vec<&'p Glyph>>>, Vec<&'p Glyph>) {
    let mut per_cell: Vec<Vec<Vec<&Glyph>>> = grids
        .iter()
        .map(|(g, _)| vec![Vec::new(); g.cells.len()])
        .collect();
    let mut free: Vec<&Glyph> = Vec::new();
    let cover: Vec<Vec<Option<usize>>> = grids.iter().map(|(g, _)| coverage(g)).collect();
    'glyph: for g in &page.glyphs {
        for (ti, (grid, _)) in grids.iter().enumerate() {
            if !contains(&grid.bbox(), g) {
                continue;
            }
            let (cx, cy) = (g.cx(), g.cy());
            let c = grid.xs.windows(2).position(|w| w[0] <= cx && cx < w[1]);
            let r = grid.ys.windows(2).position(|w| w[0] <= cy && cy < w[1]);
            if let (Some(c), Some(r)) = (c, r)
                && let Some(ci) = cover[ti][r * (grid.xs.len() - 1) + c]
            {
                per_cell[ti][ci].push(g);
                continue 'glyph;
            }
        }
        free.push(g);
    }
    (per_cell, free)
}

fn contains(b: &BBox, g: &Glyph) -> bool {
    let (x, y) = (g.cx(), g.cy());
    b.x0 <= x && x <= b.x1 && b.top <= y && y <= b.bottom
}

/// Grid slot (row-major) → index of the cell covering it.
fn coverage(g: &Grid) -> Vec<Option<usize>> {
    let nc = g.xs.len() - 1;
    let nr = g.ys.len() - 1;
    let mut m = vec![None; nc * nr];
    for (i, c) in g.cells.iter().enumerate() {
        for r in c.row..(c.row + c.row_span).min(nr as u32) {
            for k in c.col..(c.col + c.col_span).min(nc as u32) {
                m[r as usize * nc + k as usize] = Some(i);
            }
        }
    }
    m
}

/// True when every word of `l` lies inside one column of `xs` (within `slack` pt).
fn fits_columns(l: &Line, xs: &[f32], slack: f32) -> bool {
    let (left, right) = (xs[0], *xs.last().unwrap_or(&xs[0]));
    l.words.iter().all(|w| {
        w.bbox.x0 >= left - slack
            && w.bbox.x1 <= right + slack
            && xs
                .windows(2)
                .any(|c| w.bbox.x0 >= c[0] - slack && w.bbox.x1 <= c[1] + slack)
    })
}

/// Lines just above a table: a short run touching its top and inside its columns
/// (`above`, candidates for a row cut by the page break), and the caption block
/// above that (lines separated by small gaps, nearest block only).
fn lines_above(
    ls: &[Line],
    t: &BBox,
    xs: &[f32],
    floor: f32,
    s: &PdfSettings,
) -> (Vec<usize>, Vec<usize>) {
    let mut idx: Vec<usize> = (0..ls.len())
        .filter(|&i| ls[i].bbox.bottom <= t.top + s.table_edge_slack && ls[i].bbox.top >= floor)
        .collect();
    idx.sort_by(|&a, &b| ls[b].bbox.top.total_cmp(&ls[a].bbox.top)); // nearest first
    let mut above = Vec::new();
    let mut edge = t.top;
    let mut k = 0;
    while k < idx.len() {
        let l = &ls[idx[k]];
        let lh = l.bbox.height().max(l.size).max(1.0);
        if edge - l.bbox.bottom <= s.fragment_max_gap * lh * 0.5
            && fits_columns(l, xs, s.column_fit_slack)
            && !is_page_number(l)
        {
            above.push(idx[k]);
            edge = l.bbox.top;
            k += 1;
            continue;
        }
        break;
    }
    let mut caption = Vec::new();
    let mut edge = t.top;
    let mut block_spacing: Option<f32> = None; // widest gap between caption lines so far, pt
    let mut label_taken = false;
    for (j, &i) in idx.iter().enumerate() {
        let l = &ls[i];
        if is_page_number(l) || label_taken {
            break;
        }
        // A label line ("Phụ lục 08:", "Biểu số 02") heads the caption of the table below
        // it wherever it stands (right-aligned, on its own line, set apart by a wider
        // gap), as long as it is within a caption's reach; nothing above it belongs.
        if !caption.is_empty()
            && super::segment::is_label(&l.text())
            && l.bbox.top - floor > edge - l.bbox.bottom
            && edge - l.bbox.bottom <= s.caption_max_gap * l.bbox.height().max(l.size).max(1.0)
        {
            caption.push(i);
            break;
        }
        label_taken = super::segment::is_label(&l.text());
        if let Some(&up) = idx.get(j + 1)
            && is_paragraph_tail(l, &ls[up], edge - l.bbox.bottom, t.width(), s)
        {
            break;
        }
        // A line at least as close to the table above as to what follows it is that
        // table's note ("Ghi chú: …"), not this table's caption.
        if l.bbox.top - floor <= edge - l.bbox.bottom {
            break;
        }
        let lh = l.bbox.height().max(l.size).max(1.0);
        let gap = edge - l.bbox.bottom;
        let limit = if caption.is_empty() {
            s.caption_max_gap
        } else {
            s.caption_line_gap
        };
        if gap > limit * lh || caption.len() >= s.caption_max_lines {
            break;
        }
        // Once two caption lines set the block's spacing, a markedly wider gap above a
        // line that is not centred on the table ends the block: that line is a separate
        // paragraph (prose, another table's note). Centred lines stay: titles are
        // centred, and Word puts paragraph spacing between the caption's own lines.
        let margins = (l.bbox.x0 - t.x0, t.x1 - l.bbox.x1);
        let centred = (margins.0 - margins.1).abs() <= s.caption_centre_tolerance * t.width();
        if let Some(spacing) = block_spacing
            && gap > spacing + s.caption_block_gap * lh
            && !centred
        {
            break;
        }
        if !caption.is_empty() {
            block_spacing = Some(block_spacing.unwrap_or(f32::MIN).max(gap));
        }
        caption.push(i);
        edge = l.bbox.top;
    }
    caption.reverse();
    (caption, above)
}

/// True when `l` ends a paragraph of running text rather than belonging to a caption:
/// the line above it starts at the same left edge and runs across most of the table's
/// width (a filled prose line: captions are centred or short), and the gap under `l`
/// (`gap_below`, pt) is wider than the line spacing inside the paragraph, so `l` is
/// set apart from what follows.
fn is_paragraph_tail(
    l: &Line,
    above: &Line,
    gap_below: f32,
    table_width: f32,
    s: &PdfSettings,
) -> bool {
    let same_left = (l.bbox.x0 - above.bbox.x0).abs() <= s.align_tolerance;
    let filled = above.bbox.width() >= s.paragraph_fill * table_width;
    let spacing = l.bbox.top - above.bbox.bottom;
    same_left && filled && gap_below > spacing + s.paragraph_gap * l.size.max(1.0)
}

/// Lines just below a table and inside its columns.
fn lines_below(ls: &[Line], t: &BBox, xs: &[f32], ceiling: f32, s: &PdfSettings) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..ls.len())
        .filter(|&i| {
            ls[i].bbox.top >= t.bottom - s.table_edge_slack && ls[i].bbox.bottom <= ceiling
        })
        .collect();
    idx.sort_by(|&a, &b| ls[a].bbox.top.total_cmp(&ls[b].bbox.top));
    let mut out = Vec::new();
    let mut edge = t.bottom;
    for i in idx {
        let l = &ls[i];
        let lh = l.bbox.height().max(l.size).max(1.0);
        if l.bbox.top - edge > s.fragment_max_gap * lh * 0.5
            || !fits_columns(l, xs, s.column_fit_slack)
            || is_page_number(l)
        {
            break;
        }
        out.push(i);
        edge = l.bbox.bottom;
    }
    out
}

/// A cell's lines in reading order, joined by single spaces, except after a line that
/// is one word so wide that not even the next line's first character would have fitted
/// after it: the producer broke a word too long for the
/// column (an "emergency" break, e.g. `III/202` + `4`), so the pieces join directly
/// (unless the next line starts with a capital, which starts a new word); likewise
/// after a hyphen attached to a word.
pub fn join_lines(ls: &[Line], cell: &BBox, s: &PdfSettings) -> String {
    // Padding taken as equal on both sides: the text's right limit mirrors its left start.
    // Only left-aligned text tells where its lines end; centred text says nothing.
    let left = ls.iter().map(|l| l.bbox.x0).fold(f32::MAX, f32::min);
    let right_limit = cell.x1 - (left - cell.x0).max(0.0);
    let left_aligned = ls
        .iter()
        .all(|l| (l.bbox.x0 - left).abs() <= s.align_tolerance);
    let mut out = String::new();
    for (i, l) in ls.iter().enumerate() {
        let t = l.text();
        if i > 0 {
            let prev = &ls[i - 1];
            // Width of the next line's first character (mean glyph width of its first word).
            let first_char_w = l
                .words
                .first()
                .map(|w| w.bbox.width() / w.text.chars().count().max(1) as f32)
                .unwrap_or(0.0);
            let tail = prev.words.last().map(|w| w.text.as_str()).unwrap_or("");
            let word_break = left_aligned
                && (prev.words.len() == 1 || broken_word(tail, &t))
                && prev.bbox.x1 + first_char_w > right_limit + s.word_break_slack * prev.size
                && prev.words[0]
                    .text
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric())
                && t.chars().next().is_some_and(continues_word)
                && !two_syllables(&prev.words[0].text, &t)
                && !starts_whole_syllable(tail, &t);
            // A line broken after a hyphen inside a word ("2023-" / "2024") joins unspaced.
            let hyphen_break = prev.words.last().is_some_and(|w| {
                w.text.chars().count() >= 2 && w.text.ends_with(['-', '\u{2010}'])
            }) && t.chars().next().is_some_and(|c| c.is_alphanumeric());
            if !word_break && !hyphen_break {
                out.push(' ');
            }
        }
        out.push_str(&t);
    }
    collapse_ws(&out)
}

/// On a line of several words that fills its column, whether its last word (`tail`)
/// and the next line's start (`next`) are one word broken by the producer: digits on
/// both sides (`III/20` + `24`), or letters where the piece after the break is no
/// syllable on its own but the two together are one (`chuẩ` + `n`). Two whole
/// syllables (`chuẩn` + `nông`) were broken at a space.
fn broken_word(tail: &str, next: &str) -> bool {
    let head: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    if head.is_empty() {
        return false;
    }
    if tail.ends_with(|c: char| c.is_ascii_digit()) && head.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let letters: Vec<char> = tail
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let end: String = letters.into_iter().rev().collect();
    !end.is_empty()
        && head.chars().all(char::is_alphabetic)
        && !crate::legacy_vn::is_syllable(&head)
        && crate::legacy_vn::is_syllable(&format!("{end}{head}"))
}

/// True when the next line starts with a whole syllable that the letters ending the
/// line above do not extend into one (`QĐ-XPVPHC` / `ngày`): the line broke at a space
/// after a word too long for the column, not inside a word (`chuẩ` / `n` stays joined:
/// `n` is no syllable).
fn starts_whole_syllable(tail: &str, next: &str) -> bool {
    let head: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    let end: String = {
        let letters: Vec<char> = tail
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect();
        letters.into_iter().rev().collect()
    };
    !head.is_empty()
        && !end.is_empty()
        && crate::legacy_vn::is_syllable(&head)
        && !crate::legacy_vn::is_syllable(&format!("{end}{head}"))
}

/// True when the letters ending `before` and those starting `after` each carry a
/// Vietnamese tone mark: a syllable has at most one, so the two are separate
/// syllables and the line broke at a space (`Lũy` / `kế` in a column exactly one
/// syllable wide), not inside a word too long for the column.
fn two_syllables(before: &str, after: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let toned = |letters: &mut dyn Iterator<Item = char>| {
        letters
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .nfd()
            .any(|c| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'))
    };
    toned(&mut before.chars().rev()) && toned(&mut after.chars())
}

/// A character that can go on a word broken at a line end: a lower-case letter, a
/// digit, or closing punctuation (`10,6` + `%`); a capital or a list mark (`-`, `+`)
/// starts something new.
fn continues_word(c: char) -> bool {
    (c.is_alphanumeric() && !c.is_uppercase()) || "%)]}.,;:/".contains(c)
}

/// A running page number (`7`, `- 7 -`, `Trang 7`, `Trang 1/9`, `Page 3 of 9`): never a
/// caption, never a fragment of a cut row, whatever its distance to a table.
pub fn is_page_number(l: &Line) -> bool {
    let t = l.text().to_lowercase();
    let t = t
        .trim()
        .trim_start_matches("trang")
        .trim_start_matches("page")
        .replace(" of ", "/")
        .replace(" trên ", "/");
    let core: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let core = core.trim_matches(|c| matches!(c, '-' | '–' | '—'));
    !core.is_empty()
        && core.len() <= 9
        && core.chars().all(|c| c.is_ascii_digit() || c == '/')
        && core.chars().next().is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::words::Word;

    fn line(words: &[&str]) -> Line {
        let b = BBox::new(0.0, 0.0, 10.0, 10.0);
        Line {
            words: words
                .iter()
                .map(|w| Word {
                    text: w.to_string(),
                    bbox: b,
                    size: 10.0,
                })
                .collect(),
            bbox: b,
            size: 10.0,
        }
    }

    fn line_at(x0: f32, top: f32, x1: f32) -> Line {
        let mut l = line(&["w"]);
        l.bbox = BBox::new(x0, top, x1, top + 9.0);
        l
    }

    #[test]
    fn a_prose_paragraph_ends_above_a_caption() {
        // Prose at 2.25 pt line spacing, its last line 10.7 pt above a caption line.
        let (full, tail) = (line_at(48.5, 62.0, 535.0), line_at(48.5, 73.2, 489.6));
        let s = PdfSettings::default();
        assert!(is_paragraph_tail(&tail, &full, 10.7, 510.0, &s));
        // The same gap under a centred caption line is not a paragraph's end.
        let centred = line_at(103.0, 73.2, 492.0);
        assert!(!is_paragraph_tail(&centred, &full, 10.7, 510.0, &s));
        // Evenly spaced lines: one block, whatever their alignment.
        assert!(!is_paragraph_tail(&tail, &full, 2.25, 510.0, &s));
    }

    #[test]
    fn words_broken_inside_a_filled_line_rejoin_without_a_space() {
        // A cell 0..50 pt, text from x = 2: lines end by 48 pt.
        let cell = BBox::new(0.0, 0.0, 50.0, 40.0);
        let mk = |words: &[(&str, f32, f32)], top: f32| {
            let ws: Vec<Word> = words
                .iter()
                .map(|(t, x0, x1)| Word {
                    text: t.to_string(),
                    bbox: BBox::new(*x0, top, *x1, top + 9.0),
                    size: 10.0,
                })
                .collect();
            let bbox = ws.iter().fold(ws[0].bbox, |b, w| b.union(&w.bbox));
            Line {
                words: ws,
                bbox,
                size: 10.0,
            }
        };
        let s = PdfSettings::default();
        let a = mk(&[("đạt", 2.0, 16.0), ("chuẩ", 19.0, 47.5)], 0.0);
        let b = mk(&[("n", 2.0, 7.0)], 10.0);
        assert_eq!(join_lines(&[a.clone(), b], &cell, &s), "đạt chuẩn");
        let q = mk(&[("Quý", 2.0, 18.0), ("III/20", 21.0, 47.5)], 0.0);
        let d = mk(&[("24", 2.0, 12.0)], 10.0);
        assert_eq!(join_lines(&[q, d], &cell, &s), "Quý III/2024");
        // Two whole syllables: a break at a space.
        let w = mk(&[("đạt", 2.0, 16.0), ("chuẩn", 19.0, 47.5)], 0.0);
        let n = mk(&[("nông", 2.0, 22.0), ("thôn", 25.0, 45.0)], 10.0);
        assert_eq!(join_lines(&[w, n], &cell, &s), "đạt chuẩn nông thôn");
        // A line that does not fill the column was not broken inside a word.
        let short = mk(&[("đạt", 2.0, 16.0), ("chuẩ", 19.0, 30.0)], 0.0);
        let b = mk(&[("n", 2.0, 7.0)], 10.0);
        assert_eq!(join_lines(&[short, b], &cell, &s), "đạt chuẩ n");
        // A code too long for the column, then a whole syllable: a break at a space.
        let code = mk(&[("3210/QĐ-XPVPHC", 2.0, 47.5)], 0.0);
        let next = mk(&[("ngày", 2.0, 22.0), ("22/12", 25.0, 45.0)], 10.0);
        assert_eq!(
            join_lines(&[code, next], &cell, &s),
            "3210/QĐ-XPVPHC ngày 22/12"
        );
    }

    #[test]
    fn two_toned_syllables_are_not_one_broken_word() {
        assert!(two_syllables("Lũy", "kế"));
        assert!(two_syllables("(Thượng", "Hải)"));
        // One tone mark in all: the word may have been broken inside.
        assert!(!two_syllables("Trườ", "ng"));
        assert!(!two_syllables("III/202", "4"));
        assert!(!two_syllables("Nguyễn", "van"));
    }

    #[test]
    fn page_numbers_are_recognised() {
        for t in [
            &["7"][..],
            &["-", "7", "-"],
            &["Trang", "12"],
            &["3/12"],
            &["Trang", "1/9"],
            &["Page", "3", "of", "9"],
        ] {
            assert!(is_page_number(&line(t)), "{t:?}");
        }
        for t in [
            &["Phụ", "lục", "01"][..],
            &["1."],
            &["(1)"],
            &["Đơn", "vị:", "%"],
        ] {
            assert!(!is_page_number(&line(t)), "{t:?}");
        }
    }
}
