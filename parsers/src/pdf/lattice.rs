//! Tables from ruling lines, after pdfplumber's algorithm: rules are snapped and
//! joined into edges, edges meet at intersections, the smallest rectangles whose
//! corners are intersections joined by edges are cells, and cells sharing corners
//! form a table. A missing inner rule leaves no corner, so a merged cell falls out
//! as one larger cell, which the grid step turns into `row_span`/`col_span`.

use super::page::Segment;
use super::settings::PdfSettings;
use crate::geom::BBox;
use std::collections::{BTreeMap, HashMap, HashSet};

/// One edge after snapping and joining: horizontal (`pos` = y) or vertical (`pos` = x).
#[derive(Debug, Clone, Copy)]
struct Edge {
    pos: f32,
    start: f32,
    end: f32,
}

/// A cell of a grid, in grid coordinates and page space.
#[derive(Debug, Clone, PartialEq)]
pub struct GridCell {
    /// 0-based row of its top-left.
    pub row: u32,
    /// 0-based column of its top-left.
    pub col: u32,
    /// Rows covered.
    pub row_span: u32,
    /// Columns covered.
    pub col_span: u32,
    /// Box on the page.
    pub bbox: BBox,
}

/// A table's grid: row and column boundaries and its cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// Column boundaries, left to right (`n_cols + 1` values).
    pub xs: Vec<f32>,
    /// Row boundaries, top to bottom (`n_rows + 1` values).
    pub ys: Vec<f32>,
    /// Cells, row-major.
    pub cells: Vec<GridCell>,
    /// The bottom rule was missing (the table runs off the page): the last row is cut.
    pub open_bottom: bool,
    /// The top rule was missing (the table comes from the previous page): the first row is cut.
    pub open_top: bool,
    /// Columns of the cells along the bottom that have no rule under them while the
    /// others have one: the last row ends on this page and only these cells (merged
    /// down) cross the break. Empty when every cell or none is ruled.
    pub crossing_bottom: Vec<u32>,
    /// Likewise at the top: the first row starts on this page, under the cells of
    /// these columns that come from the previous one.
    pub crossing_top: Vec<u32>,
}

impl Grid {
    /// The table's box.
    pub fn bbox(&self) -> BBox {
        BBox::new(
            self.xs[0],
            self.ys[0],
            *self.xs.last().unwrap_or(&0.0),
            *self.ys.last().unwrap_or(&0.0),
        )
    }
}

/// What the ruled-table search found on a page at each step, for a debug drawing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stages {
    /// Edges after snapping and joining (with the rules closing cut rows), as
    /// segments: horizontal ones have `top == bottom`, vertical ones `x0 == x1`.
    pub edges: Vec<Segment>,
    /// Points `(x, y)` where a horizontal and a vertical edge meet.
    pub intersections: Vec<(f32, f32)>,
    /// The smallest rectangles with an intersection at each corner, before grouping.
    pub cells: Vec<BBox>,
    /// The tables' grids.
    pub grids: Vec<Grid>,
}

/// Finds the ruled tables among `segments`.
pub fn find_grids(segments: &[Segment], s: &PdfSettings) -> Vec<Grid> {
    search(segments, s, None)
}

/// As [`find_grids`], keeping every step's result.
pub fn find_grids_staged(segments: &[Segment], s: &PdfSettings) -> Stages {
    let mut st = Stages::default();
    st.grids = search(segments, s, Some(&mut st));
    st
}

/// The search; records its steps into `record` when given (only then are the
/// intersections listed, so reading pays nothing for the drawing).
fn search(segments: &[Segment], s: &PdfSettings, record: Option<&mut Stages>) -> Vec<Grid> {
    let (mut hs, mut vs) = (Vec::new(), Vec::new());
    for seg in segments {
        if seg.height() <= s.axis_tolerance && seg.width() > 0.0 {
            hs.push(Edge {
                pos: (seg.top + seg.bottom) / 2.0,
                start: seg.x0,
                end: seg.x1,
            });
        } else if seg.width() <= s.axis_tolerance && seg.height() > 0.0 {
            vs.push(Edge {
                pos: (seg.x0 + seg.x1) / 2.0,
                start: seg.top,
                end: seg.bottom,
            });
        }
    }
    let hs = merge(hs, s.snap_tolerance, s.join_tolerance, s.edge_min_length);
    let vs = merge(vs, s.snap_tolerance, s.join_tolerance, s.edge_min_length);
    let mut all = hs.clone();
    all.extend(close_open_ends(&hs, &vs, s));
    let all = merge(all, s.snap_tolerance, s.join_tolerance, s.edge_min_length);
    let cells = cells(&all, &vs, s.intersection_tolerance);
    if let Some(st) = record {
        st.edges = all
            .iter()
            .map(|e| BBox::new(e.start, e.pos, e.end, e.pos))
            .chain(vs.iter().map(|e| BBox::new(e.pos, e.start, e.pos, e.end)))
            .collect();
        st.intersections = intersections(&all, &vs, s.intersection_tolerance);
        st.cells = cells.clone();
    }
    let mut grids: Vec<Grid> = group(cells)
        .into_iter()
        .filter_map(|cs| to_grid(&cs))
        .collect();
    let tol = s.snap_tolerance;
    let ruled = |y: f32, x0: f32, x1: f32| {
        hs.iter()
            .any(|h| (h.pos - y).abs() <= tol && h.start <= x0 + tol && h.end >= x1 - tol)
    };
    for g in &mut grids {
        let (top, bottom) = (g.ys[0], *g.ys.last().unwrap_or(&0.0));
        // Cut rows: a one-row cell on the first/last row whose outer side has no real
        // rule. When other cells along that side do have one, the row itself ended
        // there (a spreadsheet never cuts a row): the open cell is a merged cell
        // crossing the page break, and the row is not cut.
        let at_bottom: Vec<&GridCell> = g
            .cells
            .iter()
            .filter(|c| (c.bbox.bottom - bottom).abs() < 0.05)
            .collect();
        let at_top: Vec<&GridCell> = g.cells.iter().filter(|c| c.row == 0).collect();
        let unruled = |cs: &[&GridCell], y: f32| {
            let open = cs
                .iter()
                .filter(|c| !ruled(y, c.bbox.x0, c.bbox.x1))
                .collect::<Vec<_>>();
            let one_row_open = open.iter().any(|c| c.row_span == 1);
            let crossing: Vec<u32> = if open.len() < cs.len() {
                open.iter().map(|c| c.col).collect()
            } else {
                Vec::new()
            };
            (one_row_open && crossing.is_empty(), crossing)
        };
        (g.open_bottom, g.crossing_bottom) = unruled(&at_bottom, bottom);
        (g.open_top, g.crossing_top) = unruled(&at_top, top);
    }
    grids
}

/// A table cut by a page break often has no rule on the cut side: its vertical rules
/// run past the last (or first) horizontal one. Where vertical rules do so, a rule is
/// added across every vertical ending (or starting) at that height, so the cut row
/// still becomes cells.
fn close_open_ends(hs: &[Edge], vs: &[Edge], s: &PdfSettings) -> Vec<Edge> {
    let tol = s.intersection_tolerance;
    let reach = s.open_end_reach * s.snap_tolerance.max(tol);
    let mut ends: Vec<(f32, bool)> = Vec::new(); // (y, true = bottom end)
    for v in vs {
        let ys: Vec<f32> = hs
            .iter()
            .filter(|h| {
                h.start - tol <= v.pos
                    && v.pos <= h.end + tol
                    && v.start - tol <= h.pos
                    && h.pos <= v.end + tol
            })
            .map(|h| h.pos)
            .collect();
        if ys.is_empty() {
            continue;
        }
        let (lo, hi) = (
            ys.iter().copied().fold(f32::MIN, f32::max),
            ys.iter().copied().fold(f32::MAX, f32::min),
        );
        if v.end > lo + reach {
            ends.push((v.end, true));
        }
        if v.start < hi - reach {
            ends.push((v.start, false));
        }
    }
    let mut out: Vec<Edge> = Vec::new();
    for (y, bottom) in ends {
        if out.iter().any(|e| (e.pos - y).abs() <= s.snap_tolerance) {
            continue;
        }
        // Every vertical with an end at this height, open or not, takes part.
        let xs: Vec<f32> = vs
            .iter()
            .filter(|v| (if bottom { v.end } else { v.start } - y).abs() <= s.snap_tolerance)
            .map(|v| v.pos)
            .collect();
        if xs.len() >= 2 {
            let x0 = xs.iter().copied().fold(f32::MAX, f32::min);
            let x1 = xs.iter().copied().fold(f32::MIN, f32::max);
            out.push(Edge {
                pos: y,
                start: x0,
                end: x1,
            });
        }
    }
    out
}

/// Snap (cluster by position, move to the mean), join collinear pieces, drop short ones.
fn merge(mut edges: Vec<Edge>, snap: f32, join: f32, min_len: f32) -> Vec<Edge> {
    edges.retain(|e| e.pos.is_finite() && e.start.is_finite() && e.end.is_finite());
    edges.sort_by(|a, b| a.pos.total_cmp(&b.pos));
    let mut clusters: Vec<Vec<Edge>> = Vec::new();
    for e in edges {
        match clusters.last_mut() {
            Some(c) if e.pos - c.last().map(|l| l.pos).unwrap_or(e.pos) <= snap => c.push(e),
            _ => clusters.push(vec![e]),
        }
    }
    let mut out = Vec::new();
    for mut c in clusters {
        let mean = c.iter().map(|e| e.pos).sum::<f32>() / c.len() as f32;
        c.sort_by(|a, b| a.start.total_cmp(&b.start));
        let mut cur: Option<Edge> = None;
        for e in c {
            cur = match cur {
                Some(mut k) if e.start <= k.end + join => {
                    k.end = k.end.max(e.end);
                    Some(k)
                }
                Some(k) => {
                    out.push(k);
                    Some(Edge { pos: mean, ..e })
                }
                None => Some(Edge { pos: mean, ..e }),
            };
        }
        out.extend(cur);
    }
    out.retain(|e| e.end - e.start >= min_len);
    out
}

/// Points `(x, y)` where a horizontal edge of `hs` and a vertical edge of `vs` meet
/// within `tol` (the corners [`cells`] looks for).
fn intersections(hs: &[Edge], vs: &[Edge], tol: f32) -> Vec<(f32, f32)> {
    let mut out = Vec::new();
    for v in vs {
        for h in hs {
            if v.start - tol <= h.pos
                && h.pos <= v.end + tol
                && h.start - tol <= v.pos
                && v.pos <= h.end + tol
            {
                out.push((v.pos, h.pos));
            }
        }
    }
    out
}

/// Intersections and cells: for each corner, the smallest rectangle whose four
/// corners exist and whose sides each lie on one edge.
fn cells(hs: &[Edge], vs: &[Edge], tol: f32) -> Vec<BBox> {
    // Key positions as integers (1/100 pt) so points can be looked up exactly.
    let key = |v: f32| (v * 100.0).round() as i64;
    let mut pts: BTreeMap<(i64, i64), (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (vi, v) in vs.iter().enumerate() {
        for (hi, h) in hs.iter().enumerate() {
            if v.start - tol <= h.pos
                && h.pos <= v.end + tol
                && h.start - tol <= v.pos
                && v.pos <= h.end + tol
            {
                let p = pts.entry((key(h.pos), key(v.pos))).or_default();
                p.0.push(vi);
                p.1.push(hi);
            }
        }
    }
    let shares = |a: &[usize], b: &[usize]| a.iter().any(|x| b.contains(x));
    let keys: Vec<(i64, i64)> = pts.keys().copied().collect();
    let mut by_x: HashMap<i64, Vec<i64>> = HashMap::new();
    let mut by_y: HashMap<i64, Vec<i64>> = HashMap::new();
    for &(y, x) in &keys {
        by_x.entry(x).or_default().push(y);
        by_y.entry(y).or_default().push(x);
    }
    for v in by_x.values_mut().chain(by_y.values_mut()) {
        v.sort();
    }
    let mut out = Vec::new();
    for &(y, x) in &keys {
        let p = &pts[&(y, x)];
        let below: Vec<i64> = by_x[&x].iter().copied().filter(|&yy| yy > y).collect();
        let right: Vec<i64> = by_y[&y].iter().copied().filter(|&xx| xx > x).collect();
        'found: for &yb in &below {
            let pb = &pts[&(yb, x)];
            if !shares(&p.0, &pb.0) {
                continue;
            }
            for &xr in &right {
                let pr = &pts[&(y, xr)];
                if !shares(&p.1, &pr.1) {
                    continue;
                }
                if let Some(pbr) = pts.get(&(yb, xr))
                    && shares(&pb.1, &pbr.1)
                    && shares(&pr.0, &pbr.0)
                {
                    out.push(BBox::new(
                        x as f32 / 100.0,
                        y as f32 / 100.0,
                        xr as f32 / 100.0,
                        yb as f32 / 100.0,
                    ));
                    break 'found;
                }
            }
        }
    }
    out
}

/// Cells sharing a corner belong to one table (union-find over corners).
fn group(cells: Vec<BBox>) -> Vec<Vec<BBox>> {
    let n = cells.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let corner = |b: &BBox| {
        let k = |v: f32| (v * 100.0).round() as i64;
        [
            (k(b.x0), k(b.top)),
            (k(b.x1), k(b.top)),
            (k(b.x0), k(b.bottom)),
            (k(b.x1), k(b.bottom)),
        ]
    };
    let mut owner: HashMap<(i64, i64), usize> = HashMap::new();
    for (i, c) in cells.iter().enumerate() {
        for k in corner(c) {
            match owner.get(&k) {
                Some(&j) => {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    parent[a] = b;
                }
                None => {
                    owner.insert(k, i);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<BBox>> = BTreeMap::new();
    for (i, c) in cells.into_iter().enumerate() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(c);
    }
    let mut out: Vec<Vec<BBox>> = groups.into_values().filter(|g| g.len() > 1).collect();
    out.sort_by(|a, b| {
        let ta = a.iter().map(|c| c.top).fold(f32::MAX, f32::min);
        let tb = b.iter().map(|c| c.top).fold(f32::MAX, f32::min);
        ta.total_cmp(&tb)
    });
    out
}

/// Row and column boundaries from the cells' sides; each cell gets its grid position and spans.
fn to_grid(cells: &[BBox]) -> Option<Grid> {
    let mut xs: Vec<f32> = cells.iter().flat_map(|c| [c.x0, c.x1]).collect();
    let mut ys: Vec<f32> = cells.iter().flat_map(|c| [c.top, c.bottom]).collect();
    for v in [&mut xs, &mut ys] {
        v.sort_by(f32::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    }
    let idx = |v: &[f32], x: f32| v.iter().position(|&p| (p - x).abs() < 0.01);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for c in cells {
        let (r0, r1, c0, c1) = (
            idx(&ys, c.top)?,
            idx(&ys, c.bottom)?,
            idx(&xs, c.x0)?,
            idx(&xs, c.x1)?,
        );
        if !seen.insert((r0, c0)) || r1 <= r0 || c1 <= c0 {
            continue;
        }
        out.push(GridCell {
            row: r0 as u32,
            col: c0 as u32,
            row_span: (r1 - r0) as u32,
            col_span: (c1 - c0) as u32,
            bbox: *c,
        });
    }
    out.sort_by_key(|c| (c.row, c.col));
    Some(Grid {
        xs,
        ys,
        cells: out,
        open_bottom: false,
        open_top: false,
        crossing_bottom: Vec::new(),
        crossing_top: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(y: f32, x0: f32, x1: f32) -> Segment {
        BBox::new(x0, y, x1, y)
    }
    fn v(x: f32, t: f32, b: f32) -> Segment {
        BBox::new(x, t, x, b)
    }

    #[test]
    fn four_edges_make_one_cell_but_no_table() {
        // A lone framed box is one cell, and a one-cell "table" is dropped, as pdfplumber does.
        let segs = [
            h(10.0, 10.0, 100.0),
            h(50.0, 10.0, 100.0),
            v(10.0, 10.0, 50.0),
            v(100.0, 10.0, 50.0),
        ];
        let hs = merge(
            segs.iter()
                .filter(|s| s.height() == 0.0)
                .map(|s| Edge {
                    pos: s.top,
                    start: s.x0,
                    end: s.x1,
                })
                .collect(),
            3.0,
            3.0,
            3.0,
        );
        let vs = merge(
            segs.iter()
                .filter(|s| s.width() == 0.0)
                .map(|s| Edge {
                    pos: s.x0,
                    start: s.top,
                    end: s.bottom,
                })
                .collect(),
            3.0,
            3.0,
            3.0,
        );
        assert_eq!(
            cells(&hs, &vs, 3.0),
            vec![BBox::new(10.0, 10.0, 100.0, 50.0)]
        );
        assert!(find_grids(&segs, &PdfSettings::default()).is_empty());
    }

    #[test]
    fn a_merged_cell_crossing_the_page_end_does_not_cut_the_row() {
        // 3 columns × 2 rows at the bottom of a page; the left column's cell runs on
        // to the next page (no rule under it), the row's other cells are closed.
        let segs = [
            h(0.0, 0.0, 150.0),
            h(10.0, 0.0, 150.0),
            h(20.0, 50.0, 150.0),
            v(0.0, 0.0, 20.0),
            v(50.0, 0.0, 20.0),
            v(100.0, 0.0, 20.0),
            v(150.0, 0.0, 20.0),
        ];
        let g = &find_grids(&segs, &PdfSettings::default())[0];
        assert!(!g.open_bottom);
        assert_eq!(g.crossing_bottom, vec![0]);
        // No rule under any cell: the row itself is cut.
        let cut = [
            h(0.0, 0.0, 150.0),
            h(10.0, 0.0, 150.0),
            v(0.0, 0.0, 20.0),
            v(50.0, 0.0, 20.0),
            v(100.0, 0.0, 20.0),
            v(150.0, 0.0, 20.0),
        ];
        let g = &find_grids(&cut, &PdfSettings::default())[0];
        assert!(g.open_bottom);
        assert!(g.crossing_bottom.is_empty());
    }

    #[test]
    fn missing_inner_rule_makes_a_row_span() {
        // 2 columns × 3 rows; the rules between rows 0–1 and 1–2 stop at x = 50, so
        // the left column is one cell spanning 3 rows.
        let segs = [
            h(0.0, 0.0, 100.0),
            h(10.0, 50.0, 100.0),
            h(20.0, 50.0, 100.0),
            h(30.0, 0.0, 100.0),
            v(0.0, 0.0, 30.0),
            v(50.0, 0.0, 30.0),
            v(100.0, 0.0, 30.0),
        ];
        let g = find_grids(&segs, &PdfSettings::default());
        assert_eq!(g.len(), 1);
        let g = &g[0];
        assert_eq!((g.xs.len() - 1, g.ys.len() - 1), (2, 3));
        assert_eq!((g.cells[0].row_span, g.cells[0].col_span), (3, 1));
        assert_eq!(g.cells.len(), 4);
    }

    #[test]
    fn thin_rect_sides_snap_into_one_rule() {
        // Two sides of a 0.75 pt filled rectangle, drawn as separate segments, snap into one.
        let e = merge(
            vec![
                Edge {
                    pos: 10.0,
                    start: 0.0,
                    end: 50.0,
                },
                Edge {
                    pos: 10.75,
                    start: 0.0,
                    end: 50.0,
                },
            ],
            3.0,
            3.0,
            3.0,
        );
        assert_eq!(e.len(), 1);
        assert!((e[0].pos - 10.375).abs() < 1e-4);
    }
}
