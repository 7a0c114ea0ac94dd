//! Every sample PDF against its ground truth in `samples/truth/<stem>.csv`
//! (the stem is the file name up to the first dot: `pl01-targets.lo.pdf` → `pl01-targets`).
//!
//! Per sample: the extracted table that best matches the truth must have exactly the
//! truth's shape, every span right, and every cell with the same text after NFC
//! and white-space collapsing. Cells are compared at their top-left positions; a
//! position counts when either side has a non-empty cell there. Its header rows are
//! those of the truth: `truth/<stem>.header-rows.txt` where the header has several
//! levels, one otherwise.

use ntm_parsers::text::{collapse_ws, nfc};
use ntm_parsers::{Table, pdf};
use std::collections::BTreeMap;
mod common;

use std::path::{Path, PathBuf};

type Grid = BTreeMap<(u32, u32), (u32, u32, String)>;

fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples")
}

/// Minimal RFC 4180 reader for the cells format.
fn read_truth(path: &Path) -> Grid {
    let text = std::fs::read_to_string(path).expect("truth file");
    let rows = common::parse_csv(&text);
    let mut g = Grid::new();
    for r in rows.iter().skip(1).filter(|r| r.len() == 5) {
        let n = |i: usize| r[i].parse::<u32>().expect("number");
        g.insert((n(0), n(1)), (n(2), n(3), collapse_ws(&nfc(&r[4]))));
    }
    g
}

fn grid_of(t: &Table) -> Grid {
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

/// (cells matched, positions compared, span errors)
fn score(truth: &Grid, got: &Grid) -> (usize, usize, usize) {
    let mut keys: Vec<_> = truth.keys().chain(got.keys()).copied().collect();
    keys.sort();
    keys.dedup();
    let (mut ok, mut n, mut span_err) = (0, 0, 0);
    for k in keys {
        let t = truth.get(&k);
        let g = got.get(&k);
        let (ts, tt) = t
            .map(|x| ((x.0, x.1), x.2.as_str()))
            .unwrap_or(((1, 1), ""));
        let (gs, gt) = g
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
        }
    }
    (ok, n, span_err)
}

fn shape(g: &Grid) -> (u32, u32) {
    g.iter().fold((0, 0), |(r, c), (k, v)| {
        (r.max(k.0 + v.0), c.max(k.1 + v.1))
    })
}

#[test]
fn every_sample_matches_its_truth() {
    let dir = samples_dir();
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("samples dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    assert!(!pdfs.is_empty(), "no sample PDFs in {}", dir.display());
    let mut failures = Vec::new();
    for pdf_path in &pdfs {
        let name = pdf_path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = name.split('.').next().unwrap();
        let truth_path = dir.join("truth").join(format!("{stem}.csv"));
        if !truth_path.exists() {
            continue;
        }
        let truth = read_truth(&truth_path);
        let doc = pdf::read(pdf_path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let best = doc
            .tables
            .iter()
            .map(|t| {
                let g = grid_of(t);
                let s = score(&truth, &g);
                (s, g, t)
            })
            .max_by_key(|(s, _, _)| s.0);
        let Some(((ok, n, span_err), got, table)) = best else {
            failures.push(format!("{name}: no table found"));
            continue;
        };
        let acc = ok as f64 / n.max(1) as f64;
        let (ts, gs) = (shape(&truth), (table.n_rows, table.n_cols));
        println!(
            "{name}: {ok}/{n} cells = {:.2}%, shape {gs:?} (truth {ts:?}), span errors {span_err}, tables {}",
            acc * 100.0,
            doc.tables.len()
        );
        if ok < n || ts != gs || span_err > 0 {
            failures.push(format!(
                "{name}: accuracy {:.2}%, shape {gs:?} vs {ts:?}, span errors {span_err}",
                acc * 100.0
            ));
            for (k, v) in &truth {
                if got.get(k) != Some(v) {
                    println!("   r{} c{} want {:?} got {:?}", k.0, k.1, v, got.get(k));
                }
            }
            for (k, v) in &got {
                if !truth.contains_key(k) {
                    println!("   r{} c{} extra {:?}", k.0, k.1, v);
                }
            }
        }
        let header_path = dir.join("truth").join(format!("{stem}.header-rows.txt"));
        let want_header: u32 = std::fs::read_to_string(&header_path)
            .map(|t| t.trim().parse().expect("header rows"))
            .unwrap_or(1);
        if table.header_rows != want_header {
            failures.push(format!(
                "{name}: header rows {} != {want_header}",
                table.header_rows
            ));
        }
        // The caption, where the truth has one, is found above the table.
        let cap = dir.join("truth").join(format!("{stem}.caption.txt"));
        if let Ok(c) = std::fs::read_to_string(&cap) {
            let want = collapse_ws(&nfc(&c));
            let have = collapse_ws(&table.caption.join(" "));
            if want != have {
                failures.push(format!("{name}: caption {have:?} != {want:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}
