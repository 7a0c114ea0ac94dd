//! Table segmentation: for every table found on a page, whether it starts a new
//! logical table or continues the one before it, and why.
//!
//! Headers alone cannot decide it: appendices of one plan often share their column
//! headers exactly (three roadmaps, one per level), and a producer repeats the header
//! on every page of one long table. What separates two tables is what a reader sees
//! between them. The evidence, in the order it is weighed:
//!
//! 1. Only the last table of a page can continue, and only onto the first table of
//!    the next page; two tables on one page are always separate.
//! 2. Text between the two parts that is neither page furniture (running headers
//!    and footers, page numbers: [`furniture`]) nor a fragment of a row cut by the
//!    break means a new table: a caption (a label such as "Phụ lục 08:" or
//!    "Biểu số 02", a title, "(Kèm theo …)") or prose. A caption that only repeats
//!    the first part's caption, or says "(tiếp theo)", is not such evidence.
//! 3. The parts must have been found the same way and have the same columns.
//! 4. Then the next part continues the table, whether it repeats the header rows
//!    (dropped when joining) or not.
//!
//! Each decision carries its reason, written to `tables.parquet` and drawn by
//! `--debug-svg`.

use super::extract::{PageCell, PageTable, PageText, is_page_number};
use super::settings::PdfSettings;
use super::words::Line;
use crate::Method;
use std::collections::HashSet;

/// What a page table is, relative to the table before it.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// It starts a new logical table.
    Start {
        /// Why it is not a continuation.
        reason: String,
    },
    /// It continues the logical table before it.
    Continue {
        /// Leading rows that repeat the logical table's header (dropped when joining).
        repeated: u32,
        /// Why it is a continuation.
        reason: String,
    },
}

impl Decision {
    /// The reason, whatever the decision.
    pub fn reason(&self) -> &str {
        match self {
            Decision::Start { reason } | Decision::Continue { reason, .. } => reason,
        }
    }
}

/// The decisions for a document, and the lines found to be page furniture.
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    /// Per page (as given), per table of that page: its decision.
    pub decisions: Vec<Vec<Decision>>,
    /// `(page, line index)` of running headers, footers and page numbers.
    pub furniture: HashSet<(u32, usize)>,
}

/// Decides which page tables continue which.
pub fn segment(pages: &[PageText], s: &PdfSettings) -> Segmentation {
    let furniture = furniture(pages, s);
    let mut decisions: Vec<Vec<Decision>> = Vec::with_capacity(pages.len());
    // The first part of the logical table being assembled, and its latest part.
    let mut head: Option<(usize, usize)> = None;
    let mut tail: Option<(usize, usize)> = None;
    for (pi, pt) in pages.iter().enumerate() {
        let mut here = Vec::with_capacity(pt.tables.len());
        for ti in 0..pt.tables.len() {
            let d = match (head, tail) {
                (Some((hp, ht)), Some((lp, lt))) => decide(
                    &pages[hp].tables[ht],
                    &pages[hp],
                    (&pages[lp], lt),
                    (pt, ti),
                    &furniture,
                    s,
                ),
                _ => Decision::Start {
                    reason: "first table of the document".into(),
                },
            };
            if matches!(d, Decision::Start { .. }) {
                head = Some((pi, ti));
            }
            tail = Some((pi, ti));
            here.push(d);
        }
        decisions.push(here);
    }
    Segmentation {
        decisions,
        furniture,
    }
}

/// The decision for table `ti` of page `pt`, given the first part of the logical table
/// before it (`head`, on page `head_page`) and that table's latest part (`lt` of `lp`).
fn decide(
    head: &PageTable,
    head_page: &PageText,
    (lp, lt): (&PageText, usize),
    (pt, ti): (&PageText, usize),
    furniture: &HashSet<(u32, usize)>,
    s: &PdfSettings,
) -> Decision {
    let start = |reason: String| Decision::Start { reason };
    let prev = &lp.tables[lt];
    let t = &pt.tables[ti];
    if prev.page == t.page {
        return start(if between_on_page(pt, prev, t, furniture, s).is_empty() {
            "a second grid on the same page".into()
        } else {
            "text between it and the table above on the same page".into()
        });
    }
    if prev.page + 1 != t.page {
        return start(format!(
            "the table before ends on page {}, not the page before",
            prev.page
        ));
    }
    if lt + 1 != lp.tables.len() || ti != 0 {
        return start("not the first table after the previous page's last table".into());
    }
    // Text after the previous part on its page, and before this part on this page.
    let after: Vec<&Line> = (0..lp.lines.len())
        .filter(|&i| {
            let l = &lp.lines[i];
            l.bbox.top >= prev.bbox.bottom - s.table_edge_slack
                && !prev.below.contains(&i)
                && !furniture.contains(&(lp.page, i))
                && !is_page_number(l)
        })
        .map(|i| &lp.lines[i])
        .collect();
    if let Some(l) = after.first() {
        return start(format!("text after the previous part: «{}»", short(l)));
    }
    let head_caption: HashSet<String> = head
        .caption
        .iter()
        .map(|&i| key(&head_page.lines[i].text()))
        .collect();
    let before: Vec<usize> = (0..pt.lines.len())
        .filter(|&i| {
            let l = &pt.lines[i];
            l.bbox.bottom <= t.bbox.top + s.table_edge_slack
                && !furniture.contains(&(pt.page, i))
                && !is_page_number(l)
                && (!t.above.contains(&i) || is_label(&l.text()))
        })
        .collect();
    let news: Vec<&Line> = before
        .iter()
        .map(|&i| &pt.lines[i])
        .filter(|l| !head_caption.contains(&key(&l.text())) && !says_continued(&l.text()))
        .collect();
    let said_continued = before.iter().any(|&i| says_continued(&pt.lines[i].text()));
    if !news.is_empty() && !said_continued {
        let label = news.iter().find(|l| is_label(&l.text()));
        return start(match label {
            Some(l) => format!("its own label above: «{}»", short(l)),
            None if before.iter().any(|i| t.caption.contains(i)) => {
                format!("its own caption above: «{}»", short(news[0]))
            }
            None => format!("text between the parts: «{}»", short(news[0])),
        });
    }
    if prev.method != t.method {
        return start("found differently (ruled / unruled) from the previous part".into());
    }
    let same = match t.method {
        Method::Stream => same_stream_columns(&prev.xs, &t.xs),
        _ => same_columns(&prev.xs, &t.xs, s.join_column_tolerance),
    };
    if !same {
        return start(format!(
            "different columns from the previous part ({} vs {})",
            t.xs.len().saturating_sub(1),
            prev.xs.len().saturating_sub(1)
        ));
    }
    let repeated = repeated_rows(&head.cells, head.n_rows, t, s);
    let reason = match (repeated, said_continued) {
        (_, true) => "next page, same columns, marked as continued".to_string(),
        (0, false) => "top of the next page, same columns, header not repeated".into(),
        (k, false) => format!("next page, same columns, header repeated ({k} rows), no caption"),
    };
    Decision::Continue { repeated, reason }
}

/// Non-furniture lines between two tables of one page.
fn between_on_page<'a>(
    pt: &'a PageText,
    upper: &PageTable,
    lower: &PageTable,
    furniture: &HashSet<(u32, usize)>,
    s: &PdfSettings,
) -> Vec<&'a Line> {
    (0..pt.lines.len())
        .filter(|&i| {
            let l = &pt.lines[i];
            l.bbox.top >= upper.bbox.bottom - s.table_edge_slack
                && l.bbox.bottom <= lower.bbox.top + s.table_edge_slack
                && !furniture.contains(&(pt.page, i))
        })
        .map(|i| &pt.lines[i])
        .collect()
}

/// At most 60 characters of a line, for reasons.
fn short(l: &Line) -> String {
    let t = l.text();
    if t.chars().count() <= 60 {
        t
    } else {
        t.chars().take(59).chain(['…']).collect()
    }
}

/// Comparison key of a line: lower case, single spaces.
fn key(t: &str) -> String {
    crate::text::collapse_ws(&t.to_lowercase())
}

/// A label line naming a table of the document: "Phụ lục 08:", "PHỤ LỤC VIII",
/// "Biểu số 02", "Bảng 3", "Mẫu số 01" (possibly followed by its title).
pub fn is_label(text: &str) -> bool {
    let k = crate::text::fold_marks(text);
    let words: Vec<&str> = k
        .split(|c: char| c.is_whitespace() || c == ':' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    let numbered = |w: Option<&&str>| {
        w.is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit()) || w.chars().all(|c| "ivxlc".contains(c))
        })
    };
    match words.as_slice() {
        ["phu", "luc", rest @ ..] => rest.is_empty() || numbered(rest.first()),
        ["bieu" | "bang" | "mau", "so" | "mau", rest @ ..] => numbered(rest.first()),
        ["bieu" | "bang" | "appendix" | "annex" | "table", rest @ ..] => numbered(rest.first()),
        _ => false,
    }
}

/// A caption line saying the table goes on from a previous page.
fn says_continued(text: &str) -> bool {
    let k = crate::text::fold_marks(text);
    k.contains("tiep theo") || k.contains("(tiep)") || k.contains("continued")
}

/// Lines that belong to the page rather than its content: page numbers, and the
/// outermost lines of a page (up to two above everything else, two below) whose exact
/// text is also an outermost line of another page at about the same height. Lines
/// between the top of the page and its first table count as outermost only while
/// they are the first two: an appendix's title block sits there too, and its lines
/// recur on every appendix page ("(Kèm theo Kế hoạch …)") without being furniture.
pub fn furniture(pages: &[PageText], s: &PdfSettings) -> HashSet<(u32, usize)> {
    let mut out = HashSet::new();
    // (page, line index, key, top, size) of the outermost lines of every page.
    let mut outer: Vec<(u32, usize, String, f32, f32)> = Vec::new();
    for pt in pages {
        let top_of_tables = pt
            .tables
            .iter()
            .map(|t| t.bbox.top)
            .fold(f32::MAX, f32::min);
        let bottom_of_tables = pt
            .tables
            .iter()
            .map(|t| t.bbox.bottom)
            .fold(f32::MIN, f32::max);
        let mut idx: Vec<usize> = (0..pt.lines.len())
            .filter(|&i| pt.lines[i].bbox.bottom <= top_of_tables + s.table_edge_slack)
            .take(2)
            .collect();
        let below: Vec<usize> = (0..pt.lines.len())
            .filter(|&i| pt.lines[i].bbox.top >= bottom_of_tables - s.table_edge_slack)
            .collect();
        let bottom: Vec<usize> = below
            .iter()
            .rev()
            .take(2)
            .copied()
            .filter(|i| !idx.contains(i))
            .collect();
        idx.extend(bottom);
        for i in idx {
            let l = &pt.lines[i];
            outer.push((
                pt.page,
                i,
                furniture_key(&l.text()),
                l.bbox.top,
                l.size.max(1.0),
            ));
        }
        for (i, l) in pt.lines.iter().enumerate() {
            if is_page_number(l) {
                out.insert((pt.page, i));
            }
        }
    }
    for a in &outer {
        let repeated = outer.iter().any(|b| {
            b.0 != a.0
                && b.2 == a.2
                && (b.3 - a.3).abs() <= s.furniture_height_tolerance * a.4.max(b.4)
        });
        if repeated {
            out.insert((a.0, a.1));
        }
    }
    out
}

/// What must recur for an outermost line to be furniture: its exact text, except that
/// a line naming a page ("Kế hoạch 355/KH-UBND - Trang 3", "Page 3") recurs with other
/// numbers. Numbers are kept otherwise: "Phụ lục 07" and "Phụ lục 08" at the top of
/// their pages are labels, not a running header.
fn furniture_key(text: &str) -> String {
    let k = key(text);
    let names_page = crate::text::fold_marks(&k)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "trang" | "page" | "tr"));
    if !names_page {
        return k;
    }
    let mut out = String::with_capacity(k.len());
    for c in k.chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Same number of columns and the same column widths within `tol` points.
pub fn same_columns(a: &[f32], b: &[f32], tol: f32) -> bool {
    a.len() == b.len()
        && a.windows(2)
            .zip(b.windows(2))
            .all(|(x, y)| ((x[1] - x[0]) - (y[1] - y[0])).abs() <= tol)
}

/// Columns of tables found from whitespace: their boundaries are the middles of the
/// gaps between text, so they move with the text of each page (a longer name widens
/// its column). They match when there are as many and each boundary stays within
/// half the narrower of its two neighbouring columns of where the other has it: no
/// boundary crosses into a different column.
pub fn same_stream_columns(a: &[f32], b: &[f32]) -> bool {
    if a.len() != b.len() || a.len() < 2 {
        return false;
    }
    let narrowest = |xs: &[f32], i: usize| {
        let left = if i > 0 { xs[i] - xs[i - 1] } else { f32::MAX };
        let right = xs.get(i + 1).map(|x| x - xs[i]).unwrap_or(f32::MAX);
        left.min(right)
    };
    (0..a.len()).all(|i| {
        let room = narrowest(a, i).min(narrowest(b, i)) / 2.0;
        (a[i] - b[i]).abs() <= room
    })
}

/// Cells starting on row `r`, as comparable tuples.
fn row_sig(cells: &[PageCell], r: u32) -> Vec<(u32, u32, u32, String)> {
    cells
        .iter()
        .filter(|c| c.row == r)
        .map(|c| {
            (
                c.col,
                c.row_span,
                c.col_span,
                // Loose: a header repeated on a scanned page may be read with slips.
                crate::text::loose_key(&c.text),
            )
        })
        .collect()
}

/// How many leading rows of `t` repeat the leading rows (of `n_rows`) of `cells`.
pub fn repeated_rows(cells: &[PageCell], n_rows: u32, t: &PageTable, s: &PdfSettings) -> u32 {
    let mut k = 0;
    while k + 1 < t.n_rows && k < n_rows {
        let a = row_sig(cells, k);
        if a.is_empty()
            || !same_row(&a, &row_sig(&t.cells, k), s.header_repeat_similarity)
            || a.iter().all(|c| c.3.is_empty())
        {
            break;
        }
        k += 1;
    }
    k
}

/// Two rows are the same when their cells have the same places and spans and their
/// text keys agree in at least `similarity` of their characters (a header repeated on
/// a scanned page is read with a few slips: "STT" / "SIT").
fn same_row(a: &[(u32, u32, u32, String)], b: &[(u32, u32, u32, String)], similarity: f32) -> bool {
    if a.len() != b.len()
        || a.iter()
            .zip(b)
            .any(|(x, y)| (x.0, x.1, x.2) != (y.0, y.1, y.2))
    {
        return false;
    }
    let (ka, kb): (String, String) = (
        a.iter().map(|c| c.3.as_str()).collect(),
        b.iter().map(|c| c.3.as_str()).collect(),
    );
    let (ca, cb): (Vec<char>, Vec<char>) = (ka.chars().collect(), kb.chars().collect());
    let longest = ca.len().max(cb.len());
    longest == 0 || (longest - edit_distance(&ca, &cb)) as f32 >= similarity * longest as f32
}

/// Levenshtein distance.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geom::BBox;
    use crate::pdf::words::Word;

    /// A line of text at `top`, from `x0`, 10 pt high, 5 pt per character.
    fn line(text: &str, x0: f32, top: f32) -> Line {
        let mut words = Vec::new();
        let mut x = x0;
        for w in text.split_whitespace() {
            let wd = 5.0 * w.chars().count() as f32;
            words.push(Word {
                text: w.into(),
                bbox: BBox::new(x, top, x + wd, top + 10.0),
                size: 10.0,
            });
            x += wd + 3.0;
        }
        let bbox = words.iter().fold(words[0].bbox, |b, w| b.union(&w.bbox));
        Line {
            words,
            bbox,
            size: 10.0,
        }
    }

    /// A ruled table at `top` with columns at `xs`, one row per entry of `rows`.
    fn table(page: u32, top: f32, xs: &[f32], rows: &[&[&str]]) -> PageTable {
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                let y = top + 20.0 * r as f32;
                cells.push(PageCell {
                    row: r as u32,
                    col: c as u32,
                    row_span: 1,
                    col_span: 1,
                    text: (*text).into(),
                    bbox: BBox::new(xs[c], y, xs[c + 1], y + 20.0),
                    page,
                    gap_below_text: 5.0,
                    text_size: 10.0,
                    n_lines: 1,
                    bold: false,
                    continues_above: false,
                });
            }
        }
        PageTable {
            page,
            xs: xs.to_vec(),
            n_rows: rows.len() as u32,
            cells,
            bbox: BBox::new(
                xs[0],
                top,
                *xs.last().unwrap(),
                top + 20.0 * rows.len() as f32,
            ),
            method: Method::Lattice,
            caption: Vec::new(),
            open_bottom: false,
            open_top: false,
            crossing_bottom: Vec::new(),
            crossing_top: Vec::new(),
            below: Vec::new(),
            above: Vec::new(),
        }
    }

    /// A page holding `lines` and `tables`; each table's caption is the lines listed
    /// in `captions` (indices into `lines`).
    fn page(n: u32, lines: Vec<Line>, tables: Vec<(PageTable, Vec<usize>)>) -> PageText {
        PageText {
            page: n,
            height: 842.0,
            tables: tables
                .into_iter()
                .map(|(mut t, c)| {
                    t.caption = c;
                    t
                })
                .collect(),
            lines,
        }
    }

    const XS: [f32; 4] = [50.0, 100.0, 300.0, 500.0];
    const HEADER: [&str; 3] = ["TT", "Huyện", "Xã đạt chuẩn"];

    fn body(n: usize) -> Vec<[String; 3]> {
        (1..=n)
            .map(|i| [i.to_string(), format!("Huyện {i}"), format!("Xã {i}")])
            .collect()
    }

    fn rows(header: bool, b: &[[String; 3]]) -> Vec<Vec<&str>> {
        let mut out: Vec<Vec<&str>> = Vec::new();
        if header {
            out.push(HEADER.to_vec());
        }
        out.extend(b.iter().map(|r| r.iter().map(String::as_str).collect()));
        out
    }

    fn tbl(page: u32, top: f32, header: bool, b: &[[String; 3]]) -> PageTable {
        let r = rows(header, b);
        let refs: Vec<&[&str]> = r.iter().map(|v| v.as_slice()).collect();
        table(page, top, &XS, &refs)
    }

    fn kinds(s: &Segmentation) -> Vec<Vec<bool>> {
        s.decisions
            .iter()
            .map(|p| {
                p.iter()
                    .map(|d| matches!(d, Decision::Continue { .. }))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn same_header_under_a_new_label_is_a_new_table() {
        let b = body(30);
        let p1 = page(
            1,
            vec![
                line("Phụ lục 07:", 400.0, 40.0),
                line("LỘ TRÌNH XÃ NTM", 200.0, 55.0),
            ],
            vec![(tbl(1, 80.0, true, &b), vec![0, 1])],
        );
        let p2 = page(
            2,
            vec![
                line("Phụ lục 08:", 400.0, 40.0),
                line("LỘ TRÌNH XÃ NTM NÂNG CAO", 180.0, 55.0),
            ],
            vec![(tbl(2, 80.0, true, &b), vec![0, 1])],
        );
        let s = segment(&[p1, p2], &PdfSettings::default());
        assert_eq!(kinds(&s), vec![vec![false], vec![false]]);
        assert!(
            s.decisions[1][0].reason().contains("Phụ lục 08"),
            "{:?}",
            s.decisions[1][0]
        );
    }

    #[test]
    fn same_header_without_caption_on_the_next_page_continues() {
        let b = body(30);
        let p1 = page(
            1,
            vec![line("Phụ lục 07:", 400.0, 40.0)],
            vec![(tbl(1, 80.0, true, &b), vec![0])],
        );
        let p2 = page(2, vec![], vec![(tbl(2, 40.0, true, &b[10..]), vec![])]);
        let s = segment(&[p1, p2], &PdfSettings::default());
        assert_eq!(kinds(&s), vec![vec![false], vec![true]]);
        assert!(
            matches!(s.decisions[1][0], Decision::Continue { repeated: 1, .. }),
            "{:?}",
            s.decisions[1][0]
        );
    }

    #[test]
    fn same_columns_at_the_top_of_the_next_page_continue_without_a_header() {
        let b = body(30);
        let p1 = page(
            1,
            vec![line("Phụ lục 07:", 400.0, 40.0)],
            vec![(tbl(1, 80.0, true, &b), vec![0])],
        );
        let p2 = page(2, vec![], vec![(tbl(2, 40.0, false, &body(5)), vec![])]);
        let s = segment(&[p1, p2], &PdfSettings::default());
        assert_eq!(
            s.decisions[1][0],
            Decision::Continue {
                repeated: 0,
                reason: "top of the next page, same columns, header not repeated".into()
            }
        );
        // Other columns at the top of the next page: another table.
        let mut other = tbl(2, 40.0, false, &body(5));
        other.xs = vec![50.0, 150.0, 300.0, 500.0];
        let p1 = page(1, vec![], vec![(tbl(1, 80.0, true, &b), vec![])]);
        let s = segment(
            &[p1, page(2, vec![], vec![(other, vec![])])],
            &PdfSettings::default(),
        );
        assert_eq!(kinds(&s), vec![vec![false], vec![false]]);
    }

    #[test]
    fn two_tables_on_one_page_with_prose_between_are_separate() {
        let b = body(5);
        let p1 = page(
            1,
            vec![line("Ghi chú: số liệu năm 2024.", 50.0, 200.0)],
            vec![
                (tbl(1, 60.0, true, &b), vec![]),
                (tbl(1, 230.0, true, &b), vec![]),
            ],
        );
        let s = segment(&[p1], &PdfSettings::default());
        assert_eq!(kinds(&s), vec![vec![false, false]]);
        assert!(s.decisions[0][1].reason().contains("text between"));
    }

    #[test]
    fn a_table_ending_at_the_page_end_then_a_new_titled_table_are_separate() {
        // The first table fills page 1; page 2 starts with a title and no label.
        let b = body(36);
        let p1 = page(1, vec![], vec![(tbl(1, 40.0, true, &b), vec![])]);
        let p2 = page(
            2,
            vec![
                line("DANH SÁCH XÃ ĐẠT CHUẨN NĂM 2025", 150.0, 40.0),
                line("(Kèm theo Kế hoạch số 12/KH-UBND)", 160.0, 55.0),
            ],
            vec![(tbl(2, 80.0, true, &body(3)), vec![0, 1])],
        );
        let s = segment(&[p1, p2], &PdfSettings::default());
        assert_eq!(kinds(&s), vec![vec![false], vec![false]]);
        assert!(s.decisions[1][0].reason().contains("caption"));
    }

    #[test]
    fn running_headers_and_page_numbers_are_not_evidence() {
        let b = body(30);
        let header = |top| line("Kế hoạch số 12/KH-UBND", 50.0, top);
        let p1 = page(
            1,
            vec![
                header(20.0),
                line("Phụ lục 07:", 400.0, 40.0),
                line("Trang 1/2", 250.0, 800.0),
            ],
            vec![(tbl(1, 80.0, true, &b), vec![1])],
        );
        let p2 = page(
            2,
            vec![header(20.0), line("Trang 2/2", 250.0, 800.0)],
            vec![(tbl(2, 40.0, true, &b), vec![0])],
        );
        let s = segment(&[p1, p2], &PdfSettings::default());
        assert_eq!(kinds(&s), vec![vec![false], vec![true]]);
        assert!(s.furniture.contains(&(2, 0)) && s.furniture.contains(&(1, 2)));
        // A footer naming its page, with other text: furniture whatever the number.
        let footer = |n: u32| line(&format!("Kế hoạch 355/KH-UBND - Trang {n}"), 50.0, 800.0);
        let p1 = page(
            1,
            vec![line("Phụ lục 07:", 400.0, 40.0), footer(1)],
            vec![(tbl(1, 80.0, true, &b), vec![0])],
        );
        let p2 = page(
            2,
            vec![footer(2)],
            vec![(tbl(2, 40.0, true, &b[5..]), vec![])],
        );
        let s = segment(&[p1, p2], &PdfSettings::default());
        assert_eq!(kinds(&s), vec![vec![false], vec![true]]);
    }

    #[test]
    fn a_caption_saying_continued_or_repeating_the_first_one_continues() {
        let b = body(30);
        let p1 = page(
            1,
            vec![line("Phụ lục 07:", 400.0, 40.0)],
            vec![(tbl(1, 80.0, true, &b), vec![0])],
        );
        let p2 = page(
            2,
            vec![line("Phụ lục 07 (tiếp theo)", 380.0, 40.0)],
            vec![(tbl(2, 80.0, true, &b), vec![0])],
        );
        let s = segment(&[p1.clone(), p2], &PdfSettings::default());
        assert_eq!(kinds(&s), vec![vec![false], vec![true]]);
        let p2 = page(
            2,
            vec![line("Phụ lục 07:", 400.0, 60.0)],
            vec![(tbl(2, 80.0, true, &b), vec![0])],
        );
        let s = segment(&[p1, p2], &PdfSettings::default());
        assert_eq!(kinds(&s), vec![vec![false], vec![true]]);
    }

    #[test]
    fn a_title_line_recurring_above_every_appendix_is_not_furniture() {
        let b = body(3);
        let mk = |n: u32, label: &str, title: &str| {
            page(
                n,
                vec![
                    line(label, 400.0, 40.0),
                    line(title, 200.0, 55.0),
                    line("(Kèm theo Kế hoạch số 12/KH-UBND)", 150.0, 70.0),
                ],
                vec![(tbl(n, 90.0, true, &b), vec![0, 1, 2])],
            )
        };
        let s = segment(
            &[
                mk(1, "Phụ lục 07:", "LỘ TRÌNH XÃ NTM"),
                mk(2, "Phụ lục 08:", "LỘ TRÌNH XÃ NTM NÂNG CAO"),
            ],
            &PdfSettings::default(),
        );
        assert!(s.furniture.is_empty(), "{:?}", s.furniture);
        assert_eq!(kinds(&s), vec![vec![false], vec![false]]);
    }

    #[test]
    fn labels_are_recognised() {
        for t in [
            "Phụ lục 08:",
            "PHỤ LỤC 8",
            "Phụ lục VIII",
            "Biểu số 02",
            "Biểu mẫu 3",
            "Mẫu số 01/KH",
            "Bảng 3. Danh sách",
            "Phụ lục",
        ] {
            assert!(is_label(t), "{t}");
        }
        for t in [
            "Phục vụ nhân dân",
            "Bảng tổng hợp",
            "Lộ trình",
            "(Kèm theo Kế hoạch)",
        ] {
            assert!(!is_label(t), "{t}");
        }
    }

    #[test]
    fn stream_columns_match_when_no_boundary_crosses_a_column() {
        let a = [47.5, 69.7, 120.4, 164.8, 743.1, 782.7];
        // Boundaries moved by a few points with the text of the next page.
        let b = [47.5, 69.7, 117.2, 164.8, 735.7, 782.7];
        assert!(same_stream_columns(&a, &b));
        assert!(!same_columns(&a, &b, 4.0));
        // A boundary past the middle of a neighbouring column: a different layout.
        let c = [47.5, 69.7, 150.0, 164.8, 743.1, 782.7];
        assert!(!same_stream_columns(&a, &c));
        assert!(!same_stream_columns(&a, &a[..5]));
    }
}
