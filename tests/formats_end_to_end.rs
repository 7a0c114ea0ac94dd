//! The same appendices read from PDF (LibreOffice, Chromium) and workbook
//! (xlsx, xls, ods) samples give the same roadmap records as the hand labels of
//! the Khánh Hòa plan: the domain layer does not depend on the input format.

use ntm_ingest::extract::extract;
use ntm_ingest::ingest::read_one;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// (level, year, commune name) from the roadmap labels.
fn labels() -> BTreeSet<(String, i32, String)> {
    let text =
        std::fs::read_to_string(root().join("tests/labels/khanh-hoa-2024/roadmap.csv")).unwrap();
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].to_string(), f[1].parse().unwrap(), f[3].to_string())
        })
        .collect()
}

fn roadmap_of(file: &str) -> BTreeSet<(String, i32, String)> {
    let doc = read_one(&root().join("samples").join(file)).unwrap_or_else(|e| panic!("{e}"));
    extract(&doc)
        .roadmap
        .into_iter()
        .map(|e| {
            (
                e.level.as_str().to_string(),
                e.year,
                e.commune_name.unwrap_or(e.raw_name),
            )
        })
        .collect()
}

fn check(file: &str, levels: &[&str]) {
    let want: BTreeSet<_> = labels()
        .into_iter()
        .filter(|(l, _, _)| levels.contains(&l.as_str()))
        .collect();
    let got = roadmap_of(file);
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{file}: missing {missing:?}, extra {extra:?}"
    );
}

#[test]
fn roadmaps_from_every_pdf_producer_match_the_labels() {
    let level_of = |file: &str| match &file[..4] {
        "pl07" => "xa_ntm",
        "pl08" => "xa_ntm_nang_cao",
        _ => "xa_ntm_kieu_mau",
    };
    let pdfs: Vec<String> = std::fs::read_dir(root().join("samples"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".pdf") && ["pl07", "pl08", "pl09"].contains(&&n[..4]))
        .collect();
    assert!(pdfs.len() >= 8, "roadmap PDF samples: {pdfs:?}");
    for f in &pdfs {
        check(f, &[level_of(f)]);
    }
}

#[test]
fn roadmaps_from_a_document_holding_all_three_appendices_match_the_labels() {
    // Phụ lục 07, 08 and 09 share their column headers; each must stay its own table
    // so that every commune keeps its level.
    let all = ["xa_ntm", "xa_ntm_nang_cao", "xa_ntm_kieu_mau"];
    for f in ["multi-appendix.chromium.pdf", "multi-appendix.lo.pdf"] {
        check(f, &all);
    }
}

#[test]
fn roadmaps_from_every_workbook_format_match_the_labels() {
    let all = ["xa_ntm", "xa_ntm_nang_cao", "xa_ntm_kieu_mau"];
    for ext in ["xlsx", "xls", "ods"] {
        check(&format!("khanh-hoa-2024-appendices.{ext}"), &all);
    }
}

/// (level, criterion number, target percent) from the Phụ lục 01 labels.
fn target_labels() -> Vec<(String, i32, i64)> {
    let text =
        std::fs::read_to_string(root().join("tests/labels/khanh-hoa-2024/targets.csv")).unwrap();
    let mut v: Vec<_> = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (
                f[0].to_string(),
                f[1].parse().unwrap(),
                f[2].parse().unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn targets_from_every_format_match_the_labels() {
    let want = target_labels();
    let mut files: Vec<String> = std::fs::read_dir(root().join("samples"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("pl01") && n.ends_with(".pdf"))
        .collect();
    files.extend(["xlsx", "xls", "ods"].map(|e| format!("khanh-hoa-2024-appendices.{e}")));
    for f in &files {
        let doc = read_one(&root().join("samples").join(f)).unwrap();
        let mut got: Vec<(String, i32, i64)> = extract(&doc)
            .targets
            .iter()
            .map(|t| {
                (
                    t.level.as_str().to_string(),
                    t.criterion_no.unwrap_or(-1),
                    t.target_percent.map_or(-1, |v| v.round() as i64),
                )
            })
            .collect();
        got.sort();
        assert_eq!(got, want, "{f}");
    }
}
