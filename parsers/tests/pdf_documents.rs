//! Sample PDFs holding several tables (`samples/<doc>.<producer>.pdf` with
//! `samples/truth/<doc>.tables.txt` listing the truth stem of each table in reading
//! order): the reader must find exactly those tables, with their boundaries right
//! (no table joined into another, none split), each with exactly its truth's shape,
//! every cell and span, and its caption.

use ntm_parsers::pdf;
use ntm_parsers::text::{collapse_ws, nfc};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
mod common;

type Grid = BTreeMap<(u32, u32), (u32, u32, String)>;

fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples")
}

fn read_truth(path: &Path) -> Grid {
    let text = std::fs::read_to_string(path).expect("truth file");
    let mut g = Grid::new();
    for r in common::parse_csv(&text)
        .iter()
        .skip(1)
        .filter(|r| r.len() == 5)
    {
        let n = |i: usize| r[i].parse::<u32>().expect("number");
        g.insert((n(0), n(1)), (n(2), n(3), collapse_ws(&nfc(&r[4]))));
    }
    g
}

fn grid_of(t: &ntm_parsers::Table) -> Grid {
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

fn check(pdf_path: &Path, stems: &[String]) -> Vec<String> {
    let dir = samples_dir();
    let name = pdf_path.file_name().unwrap().to_string_lossy().into_owned();
    let doc = pdf::read(pdf_path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut failures = Vec::new();
    for t in &doc.tables {
        println!(
            "{name}: table {} page {} {}x{} «{}» — {}; continued on {:?}",
            t.index,
            t.first_page(),
            t.n_rows,
            t.n_cols,
            t.caption.first().map(String::as_str).unwrap_or(""),
            t.segment_reason,
            t.continued_on
        );
    }
    if doc.tables.len() != stems.len() {
        failures.push(format!(
            "{name}: {} tables, want {} ({stems:?})",
            doc.tables.len(),
            stems.len()
        ));
        return failures;
    }
    for (t, stem) in doc.tables.iter().zip(stems) {
        let truth = read_truth(&dir.join("truth").join(format!("{stem}.csv")));
        let got = grid_of(t);
        if got != truth {
            let wrong: Vec<String> = truth
                .iter()
                .filter(|(k, v)| got.get(k) != Some(v))
                .map(|(k, v)| format!("r{} c{} want {v:?} got {:?}", k.0, k.1, got.get(k)))
                .chain(
                    got.iter()
                        .filter(|(k, _)| !truth.contains_key(k))
                        .map(|(k, v)| format!("r{} c{} extra {v:?}", k.0, k.1)),
                )
                .take(8)
                .collect();
            failures.push(format!(
                "{name}: table {} ({stem}): {} cells differ: {wrong:#?}",
                t.index,
                wrong.len()
            ));
        }
        let want_shape = truth.iter().fold((0, 0), |(r, c), (k, v)| {
            (r.max(k.0 + v.0), c.max(k.1 + v.1))
        });
        if (t.n_rows, t.n_cols) != want_shape {
            failures.push(format!(
                "{name}: table {} ({stem}): shape {:?}, want {want_shape:?}",
                t.index,
                (t.n_rows, t.n_cols)
            ));
        }
        let cap = std::fs::read_to_string(dir.join("truth").join(format!("{stem}.caption.txt")))
            .expect("caption truth");
        let want: Vec<String> = cap.lines().map(|l| collapse_ws(&nfc(l))).collect();
        let have: Vec<String> = t.caption.iter().map(|l| collapse_ws(l)).collect();
        if have != want {
            failures.push(format!(
                "{name}: table {} ({stem}): caption {have:?}, want {want:?}",
                t.index
            ));
        }
        if t.segment_reason.is_empty() {
            failures.push(format!("{name}: table {}: no segmentation reason", t.index));
        }
    }
    failures
}

#[test]
fn multi_table_documents_have_their_tables_bounded_right() {
    let dir = samples_dir();
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir.join("truth"))
        .expect("truth dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".tables.txt"))
        .collect();
    entries.sort();
    for list in entries {
        let doc = list
            .file_name()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".tables.txt")
            .to_string();
        let stems: Vec<String> = std::fs::read_to_string(&list)
            .expect("table list")
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.trim().to_string())
            .collect();
        let mut pdfs: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("samples dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let n = p.file_name().unwrap().to_string_lossy().into_owned();
                n.starts_with(&format!("{doc}.")) && n.ends_with(".pdf")
            })
            .collect();
        pdfs.sort();
        assert!(!pdfs.is_empty(), "no PDF for {doc}");
        for p in pdfs {
            failures.extend(check(&p, &stems));
            checked += 1;
        }
    }
    assert!(checked >= 3, "only {checked} multi-table documents found");
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}
