//! Scanned samples (`samples/scans/`, made by `samples/make_scans.sh`: pages rendered
//! to JPEG at 150–300 dpi, turned slightly, with speckle noise, wrapped as image-only
//! PDFs) read by OCR against the truth grids. Needs `tesseract` with the Vietnamese
//! model and `pdftoppm`; without them the OCR tests print why and pass.

mod common;

use common::truth::{best_match, read_truth};
use ntm_parsers::pdf::{self, PdfSettings};
use ntm_parsers::scan::{OcrMode, tools};
use std::path::PathBuf;

fn scan(name: &str) -> PathBuf {
    common::samples().join("scans").join(name)
}

fn ocr_available() -> bool {
    match tools::check("vie") {
        Ok(()) => true,
        Err(why) => {
            println!("skipped: OCR not available: {why}");
            false
        }
    }
}

#[test]
fn a_scanned_roadmap_reads_like_its_truth() {
    if !ocr_available() {
        return;
    }
    let doc = pdf::read(&scan("pl07-roadmap-ntm.scan300.pdf")).expect("scan reads");
    let truth = read_truth(&common::samples().join("truth/pl07-roadmap-ntm.csv"));
    let s = best_match(&doc, &truth).expect("a table");
    println!(
        "accuracy {:.3} ({}/{}), shape {:?}, warnings {:?}",
        s.accuracy(),
        s.ok,
        s.n,
        s.shape,
        doc.warnings
    );
    for d in &s.diffs {
        println!("  {d:?}");
    }
    // The table continues over both pages: one logical table, header not repeated.
    assert_eq!(s.shape, s.truth_shape);
    assert_eq!(s.span_errors, 0);
    assert!(s.accuracy() >= 0.95, "accuracy {:.3}", s.accuracy());
    let t = doc
        .tables
        .iter()
        .find(|t| (t.n_rows, t.n_cols) == s.shape)
        .unwrap();
    // Every cell with text carries a confidence, and only those.
    for c in &t.cells {
        match c.ocr_confidence {
            Some(v) => assert!((0.0..=1.0).contains(&v) && !c.text.is_empty(), "{c:?}"),
            None => assert!(c.text.is_empty(), "{c:?}"),
        }
    }
    assert!(t.cells.iter().any(|c| c.origin.page == 2));
    assert!(
        !doc.warnings
            .iter()
            .any(|w| w.message.contains("no text layer"))
    );
}

#[test]
fn a_scanned_table_without_rules_is_read_from_word_positions() {
    if !ocr_available() {
        return;
    }
    // The lowest resolution: the words' lines are the least regular there.
    let doc = pdf::read(&scan("pl08-roadmap-nc.scan150.pdf")).expect("scan reads");
    let truth = read_truth(&common::samples().join("truth/pl08-roadmap-nc.csv"));
    let s = best_match(&doc, &truth).expect("a table");
    println!(
        "accuracy {:.3} ({}/{}), shape {:?}",
        s.accuracy(),
        s.ok,
        s.n,
        s.shape
    );
    for d in &s.diffs {
        println!("  {d:?}");
    }
    // Multi-line cells stay one cell: rows from the spacing of the lines.
    assert_eq!(s.shape, s.truth_shape);
    assert!(s.accuracy() >= 0.85, "accuracy {:.3}", s.accuracy());
}

#[test]
fn with_ocr_off_a_scan_gives_a_warning_per_page_and_no_tables() {
    let settings = PdfSettings {
        ocr: OcrMode::Never,
        ..Default::default()
    };
    let doc = pdf::read_with(&scan("pl08-roadmap-nc.scan150.pdf"), &settings).unwrap();
    assert!(doc.tables.is_empty());
    assert_eq!(doc.warnings.len(), 1, "{:?}", doc.warnings);
    let w = &doc.warnings[0];
    assert_eq!(w.page, Some(1));
    assert!(w.message.starts_with("no text layer"), "{w:?}");
    assert!(w.to_string().starts_with("page 1: no text layer"), "{w}");
}

#[test]
fn a_text_pdf_is_not_read_by_ocr_in_auto_mode() {
    let doc = pdf::read(&common::samples().join("pl07-roadmap-ntm.chromium.pdf")).unwrap();
    assert!(
        doc.tables
            .iter()
            .flat_map(|t| &t.cells)
            .all(|c| c.ocr_confidence.is_none())
    );
}
