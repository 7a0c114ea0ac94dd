//! Reads PDFs and scores the table that best matches each one's truth grid
//! (`samples/truth/<stem>.csv`, the stem being the file name up to its first dot):
//! one line per file with cell accuracy, shape, seconds and seconds per page. Used by
//! `bench/scan/run.sh`.
//!
//! `cargo run --release --workspace --example scan_score -- [--ocr auto|never|always] [--diffs] FILE...`

#[path = "../tests/common/mod.rs"]
mod common;

use ntm_parsers::pdf::{self, PdfSettings};
use ntm_parsers::scan::OcrMode;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut settings = PdfSettings::default();
    let mut files = Vec::new();
    let mut diffs = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--ocr" => {
                settings.ocr = match args.next().as_deref() {
                    Some("never") => OcrMode::Never,
                    Some("always") => OcrMode::Always,
                    _ => OcrMode::Auto,
                }
            }
            "--diffs" => diffs = true,
            _ => files.push(PathBuf::from(a)),
        }
    }
    println!(
        "file\tpages\tseconds\ts_per_page\taccuracy\tcells_ok\tcells\tshape\ttruth_shape\tspan_errors"
    );
    for f in files {
        let name = f
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let stem = name.split('.').next().unwrap_or_default().to_string();
        let truth_path = common::samples().join("truth").join(format!("{stem}.csv"));
        let t0 = Instant::now();
        let doc = match pdf::read_with(&f, &settings) {
            Ok(d) => d,
            Err(e) => {
                println!("{name}\t-\t-\t-\terror: {e}");
                continue;
            }
        };
        let secs = t0.elapsed().as_secs_f64();
        let per_page = secs / doc.pages.max(1) as f64;
        let truth = common::truth::read_truth(&truth_path);
        match common::truth::best_match(&doc, &truth) {
            Some(s) => {
                println!(
                    "{name}\t{}\t{secs:.1}\t{per_page:.1}\t{:.3}\t{}\t{}\t{}x{}\t{}x{}\t{}",
                    doc.pages,
                    s.accuracy(),
                    s.ok,
                    s.n,
                    s.shape.0,
                    s.shape.1,
                    s.truth_shape.0,
                    s.truth_shape.1,
                    s.span_errors
                );
                if diffs {
                    for (k, want, got) in &s.diffs {
                        println!("    r{} c{}: want {want:?} got {got:?}", k.0, k.1);
                    }
                    for w in &doc.warnings {
                        println!("    warning: {w}");
                    }
                }
            }
            None => println!(
                "{name}\t{}\t{secs:.1}\t{per_page:.1}\t0.000\t0\t-\tno table",
                doc.pages
            ),
        }
    }
}
