//! Scoring a read table against its truth grid (`samples/truth/<stem>.csv`): cells are
//! compared at their top-left positions after NFC and white-space collapsing; a
//! position counts when either side has a non-empty cell there.

use ntm_parsers::text::{collapse_ws, nfc};
use ntm_parsers::{Document, Table};
use std::collections::BTreeMap;
use std::path::Path;

/// (row, col) → (row_span, col_span, text).
pub type Grid = BTreeMap<(u32, u32), (u32, u32, String)>;

/// The truth grid in `path`.
pub fn read_truth(path: &Path) -> Grid {
    let text = std::fs::read_to_string(path).expect("truth file");
    let rows = super::parse_csv(&text);
    let mut g = Grid::new();
    for r in rows.iter().skip(1).filter(|r| r.len() == 5) {
        let n = |i: usize| r[i].parse::<u32>().expect("number");
        g.insert((n(0), n(1)), (n(2), n(3), collapse_ws(&nfc(&r[4]))));
    }
    g
}

/// A table as a grid of non-empty or merged cells.
pub fn grid_of(t: &Table) -> Grid {
    t.cells
        .iter()
        .filter(|c| !c.text.is_empty() || c.row_span > 1 || c.col_span > 1)
        .map(|c| {
            (
                (c.row, c.col),
                (c.row_span, c.col_span, collapse_ws(&nfc(&c.text))),
            )
        })
        .collect()
}

/// A cell that differs: position, truth text, text read.
pub type Diff = ((u32, u32), String, String);

/// How well a table matches its truth.
#[derive(Debug, Clone)]
pub struct Score {
    /// Cells with the same text.
    pub ok: usize,
    /// Positions compared.
    pub n: usize,
    /// Positions whose spans differ.
    pub span_errors: usize,
    /// (rows, cols) read.
    pub shape: (u32, u32),
    /// (rows, cols) of the truth.
    pub truth_shape: (u32, u32),
    /// Cells that differ: position, truth, read.
    pub diffs: Vec<Diff>,
}

impl Score {
    /// Share of compared positions with the same text.
    pub fn accuracy(&self) -> f64 {
        self.ok as f64 / self.n.max(1) as f64
    }
}

/// Compares `got` with `truth`.
pub fn score(truth: &Grid, got: &Grid) -> (usize, usize, usize, Vec<Diff>) {
    let mut keys: Vec<_> = truth.keys().chain(got.keys()).copied().collect();
    keys.sort();
    keys.dedup();
    let (mut ok, mut n, mut span_err) = (0, 0, 0);
    let mut diffs = Vec::new();
    for k in keys {
        let (ts, tt) = truth
            .get(&k)
            .map(|x| ((x.0, x.1), x.2.as_str()))
            .unwrap_or(((1, 1), ""));
        let (gs, gt) = got
            .get(&k)
            .map(|x| ((x.0, x.1), x.2.as_str()))
            .unwrap_or(((1, 1), ""));
        if ts != gs {
            span_err += 1;
        }
        if tt.is_empty() && gt.is_empty() {
            continue;
        }
        n += 1;
        if tt == gt {
            ok += 1;
        } else {
            diffs.push((k, tt.to_string(), gt.to_string()));
        }
    }
    (ok, n, span_err, diffs)
}

/// Rows and columns a grid covers.
pub fn shape(g: &Grid) -> (u32, u32) {
    g.iter().fold((0, 0), |(r, c), (k, v)| {
        (r.max(k.0 + v.0), c.max(k.1 + v.1))
    })
}

/// The table of `doc` that best matches `truth`, scored.
pub fn best_match(doc: &Document, truth: &Grid) -> Option<Score> {
    doc.tables
        .iter()
        .map(|t| {
            let (ok, n, span_errors, diffs) = score(truth, &grid_of(t));
            Score {
                ok,
                n,
                span_errors,
                shape: (t.n_rows, t.n_cols),
                truth_shape: shape(truth),
                diffs,
            }
        })
        .max_by_key(|s| s.ok)
}
