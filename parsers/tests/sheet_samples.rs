//! The sample workbooks (`samples/khanh-hoa-2024-appendices.{xlsx,xls,ods}`, one sheet
//! per appendix) must read back as the hand-checked grids in `samples/truth/`: same
//! shape, same spans, same text after NFC and white-space folding, same captions.
//! Plus: damaged files give a clear error, never a panic.

use ntm_parsers::text::collapse_ws;
use ntm_parsers::{Document, ErrorKind, Table, read_file};
mod common;

use common::{parse_csv, samples};

/// A truth cell: (row, col, row_span, col_span, text).
type TruthCell = (u32, u32, u32, u32, String);

fn truth(stem: &str) -> (Vec<TruthCell>, Vec<String>) {
    let dir = samples().join("truth");
    let csv = std::fs::read_to_string(dir.join(format!("{stem}.csv"))).unwrap();
    let rows = parse_csv(&csv);
    assert_eq!(rows[0], ["row", "col", "row_span", "col_span", "text"]);
    let cells = rows[1..]
        .iter()
        .map(|r| {
            let n = |i: usize| r[i].parse::<u32>().unwrap();
            (n(0), n(1), n(2), n(3), collapse_ws(&r[4]))
        })
        .collect();
    let caption = std::fs::read_to_string(dir.join(format!("{stem}.caption.txt")))
        .map(|s| {
            s.lines()
                .filter(|l| !l.trim().is_empty())
                .map(collapse_ws)
                .collect()
        })
        .unwrap_or_default();
    (cells, caption)
}

/// The truth grids the sample workbooks are made from: the Khánh Hòa appendices
/// (`samples/truth/pl0*.csv`, as `samples/make_workbooks.py` selects them).
fn stems() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(samples().join("truth"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".csv")
                .filter(|s| s.starts_with("pl0"))
                .map(str::to_string)
        })
        .collect();
    v.sort();
    v
}

fn grid_of(t: &Table) -> Vec<TruthCell> {
    t.cells
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .map(|c| (c.row, c.col, c.row_span, c.col_span, collapse_ws(&c.text)))
        .collect()
}

fn check_workbook(ext: &str) {
    let path = samples().join(format!("khanh-hoa-2024-appendices.{ext}"));
    let doc: Document = read_file(&path).unwrap_or_else(|e| panic!("{e}"));
    let stems = stems();
    assert_eq!(doc.pages as usize, stems.len(), "one sheet per truth grid");
    for stem in &stems {
        let tables: Vec<&Table> = doc
            .tables
            .iter()
            .filter(|t| t.sheet.as_deref() == Some(stem.as_str()))
            .collect();
        assert_eq!(
            tables.len(),
            1,
            "{ext} sheet {stem}: expected one table, got {}",
            tables.len()
        );
        let t = tables[0];
        let (cells, caption) = truth(stem);
        let n_rows = cells.iter().map(|c| c.0 + c.2).max().unwrap();
        let n_cols = cells.iter().map(|c| c.1 + c.3).max().unwrap();
        assert_eq!(
            (t.n_rows, t.n_cols),
            (n_rows, n_cols),
            "{ext} {stem}: shape"
        );
        let got = grid_of(t);
        for (g, w) in got.iter().zip(&cells) {
            assert_eq!(g, w, "{ext} {stem}: first differing cell");
        }
        assert_eq!(
            got.len(),
            cells.len(),
            "{ext} {stem}: number of non-empty cells"
        );
        let got_caption: Vec<String> = t.caption.iter().map(|l| collapse_ws(l)).collect();
        assert_eq!(got_caption, caption, "{ext} {stem}: caption");
        assert_eq!(t.header_rows, 1, "{ext} {stem}: one header row");
        let sheet_index = 1 + stems.iter().position(|s| s == stem).unwrap() as u32;
        assert!(
            t.cells.iter().all(|c| c.origin.page == sheet_index),
            "{ext} {stem}: origin.page"
        );
    }
    // Notes below tables and the signature block are prose, not rows.
    assert!(
        doc.prose.iter().any(|(_, p)| p.starts_with("* Cột thứ 02")),
        "{ext}: pl01 note in prose"
    );
    assert!(
        doc.prose.iter().any(|(_, p)| p == "KT. CHỦ TỊCH"),
        "{ext}: signature in prose"
    );
}

#[test]
fn xlsx_sample_reproduces_truth() {
    check_workbook("xlsx");
}

#[test]
fn xls_sample_reproduces_truth() {
    check_workbook("xls");
}

#[test]
fn ods_sample_reproduces_truth() {
    check_workbook("ods");
}

#[test]
fn numbers_keep_value_and_read_as_integers() {
    for ext in ["xlsx", "xls", "ods"] {
        let doc = read_file(&samples().join(format!("khanh-hoa-2024-appendices.{ext}"))).unwrap();
        let t = doc
            .tables
            .iter()
            .find(|t| t.sheet.as_deref() == Some("pl07-roadmap-ntm"))
            .unwrap();
        // TỔNG CỘNG row: 76 communes in total (printed "76").
        let total = t.cell(1, 2).unwrap();
        assert_eq!(total.text, "76", "{ext}");
        assert_eq!(total.value, ntm_parsers::CellValue::Number(76.0), "{ext}");
        // The percentage column is text in the samples, as printed.
        assert_eq!(t.text(4, 4), "29,8%", "{ext}");
    }
}

#[test]
fn damaged_workbooks_are_errors_not_panics() {
    let dir = std::env::temp_dir().join(format!("ntm-sheet-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = std::fs::read(samples().join("khanh-hoa-2024-appendices.xlsx")).unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("garbage.xlsx", b"not a workbook at all".to_vec()),
        ("garbage.xls", b"not a workbook at all".to_vec()),
        ("garbage.ods", b"not a workbook at all".to_vec()),
        ("truncated.xlsx", good[..good.len() / 2].to_vec()),
        ("empty.ods", Vec::new()),
    ];
    for (name, bytes) in cases {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        match read_file(&p) {
            Err(e) => {
                assert!(matches!(e.kind, ErrorKind::Corrupt { .. }), "{name}: {e}");
                assert!(e.to_string().contains(name), "error names the file: {e}");
            }
            Ok(_) => panic!("{name}: damaged file read without error"),
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
