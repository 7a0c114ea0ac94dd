//! The same appendix read from its PDF sample and from its workbook sample must
//! yield the same grid: same shape, same spans, same text after NFC and
//! white-space folding (PDF cells join their lines with spaces; workbook cells keep
//! line breaks, so white space is folded before comparing).

use ntm_parsers::text::collapse_ws;
use ntm_parsers::{Table, read_file};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples")
}

/// (row, col) → (row_span, col_span, folded text), empty cells left out.
fn grid(t: &Table) -> BTreeMap<(u32, u32), (u32, u32, String)> {
    t.cells
        .iter()
        .filter(|c| !c.text.trim().is_empty() || c.row_span > 1 || c.col_span > 1)
        .map(|c| {
            (
                (c.row, c.col),
                (c.row_span, c.col_span, collapse_ws(&c.text)),
            )
        })
        .collect()
}

fn sheet_table<'a>(tables: &'a [Table], stem: &str) -> &'a Table {
    tables
        .iter()
        .find(|t| t.sheet.as_deref() == Some(stem))
        .unwrap_or_else(|| panic!("no sheet {stem} in the workbook"))
}

#[test]
fn pdf_and_workbook_give_the_same_grid() {
    let book = read_file(&samples().join("khanh-hoa-2024-appendices.xlsx")).unwrap();
    let stems = [
        "pl01-targets",
        "pl03-commune-plan",
        "pl06-agencies",
        "pl07-roadmap-ntm",
    ];
    for stem in stems {
        for producer in ["lo", "chromium"] {
            let path = samples().join(format!("{stem}.{producer}.pdf"));
            if !path.exists() {
                continue;
            }
            let pdf = read_file(&path).unwrap();
            assert_eq!(pdf.tables.len(), 1, "{stem}.{producer}: one logical table");
            let p = &pdf.tables[0];
            let s = sheet_table(&book.tables, stem);
            assert_eq!(
                (p.n_rows, p.n_cols),
                (s.n_rows, s.n_cols),
                "{stem}.{producer}: shape"
            );
            let (gp, gs) = (grid(p), grid(s));
            let diff: Vec<_> = gs
                .iter()
                .filter(|(k, v)| gp.get(k) != Some(v))
                .map(|(k, v)| (k, v, gp.get(k)))
                .take(5)
                .collect();
            assert!(
                diff.is_empty(),
                "{stem}.{producer}: cells differ (sheet, pdf): {diff:?}"
            );
            assert_eq!(
                gp.len(),
                gs.len(),
                "{stem}.{producer}: extra cells in the PDF"
            );
        }
    }
}
