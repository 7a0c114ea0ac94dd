//! Roadmap records from scanned roadmaps (`samples/scans/pl07-roadmap-ntm.scan*.pdf`,
//! ruled, and `pl08-roadmap-nc.scan*.pdf`, drawn without rules: image-only pages at
//! 150, 200 and 300 dpi, turned and speckled) against the records of the vector PDF
//! they were made from: the domain layer reads an OCR'd table as it
//! reads a text layer. Needs `tesseract` with the Vietnamese model and `pdftoppm`;
//! without them the test prints why and passes.

use ntm_ingest::extract::extract;
use ntm_ingest::ingest::read_one;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// (level, year, district, commune): codes when resolved, else the printed names.
type Key = (String, i32, String, String);

/// The roadmap records of `path`, and the lowest OCR confidence among them.
fn roadmap_of(path: &Path) -> (BTreeSet<Key>, Vec<Option<f32>>) {
    let doc = read_one(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let ex = extract(&doc);
    let conf = ex.roadmap.iter().map(|e| e.prov.ocr_confidence).collect();
    let keys = ex
        .roadmap
        .into_iter()
        .map(|e| {
            (
                e.level.as_str().to_string(),
                e.year,
                e.district_code
                    .or(e.district_name)
                    .or(e.printed_district)
                    .unwrap_or_default(),
                e.commune_code.unwrap_or(e.raw_name),
            )
        })
        .collect();
    (keys, conf)
}

/// Precision and recall of the roadmap records of `stem`'s scans against those of
/// its vector original `vector`; failures as text.
fn compare(vector: &str, stem: &str) -> Vec<String> {
    let (want, conf) = roadmap_of(&samples().join(vector));
    assert!(want.len() >= 30, "{vector}: {} records", want.len());
    assert!(conf.iter().all(Option::is_none), "no OCR on a text layer");
    let mut failures = Vec::new();
    for dpi in [150, 200, 300] {
        let path = samples().join(format!("scans/{stem}.scan{dpi}.pdf"));
        let (got, conf) = roadmap_of(&path);
        let hits = got.intersection(&want).count();
        let precision = hits as f64 / got.len().max(1) as f64;
        let recall = hits as f64 / want.len() as f64;
        println!(
            "{stem} {dpi} dpi: precision {precision:.3}, recall {recall:.3} ({hits} of {} read, {} expected)",
            got.len(),
            want.len()
        );
        for k in got.difference(&want) {
            println!("    extra   {k:?}");
        }
        for k in want.difference(&got) {
            println!("    missing {k:?}");
        }
        // Every record read from the scan carries the confidence of its cells.
        assert!(
            conf.iter()
                .all(|c| c.is_some_and(|v| (0.0..=1.0).contains(&v))),
            "{stem} {dpi} dpi: a record without an OCR confidence"
        );
        if precision < 0.95 || recall < 0.95 {
            failures.push(format!("{stem} {dpi} dpi: P {precision:.3} R {recall:.3}"));
        }
    }
    failures
}

#[test]
fn scanned_roadmap_records_match_the_vector_original() {
    if let Err(why) = ntm_parsers::scan::tools::check("vie") {
        println!("skipped: OCR not available: {why}");
        return;
    }
    let mut failures = compare("pl07-roadmap-ntm.chromium.pdf", "pl07-roadmap-ntm");
    failures.extend(compare(
        "pl08-roadmap-nc.chromium-norules.pdf",
        "pl08-roadmap-nc",
    ));
    assert!(failures.is_empty(), "{failures:?}");
}
