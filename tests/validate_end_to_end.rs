//! Extraction + validation of the real Khánh Hòa plan: the inconsistencies
//! confirmed by hand (docs/rules.md) are among the findings, and the report
//! renders. Set `NTM_REPORT_DIR` to keep `report.html` (scripts/check_report.sh does).

use std::path::Path;

use ntm_ingest::extract::extract;
use ntm_ingest::ingest::read_one;
use ntm_ingest::validate::{DocInput, Finding, validate};

fn findings() -> Vec<Finding> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/khanh-hoa-2024-ntm-plan.ocr.txt");
    let doc = read_one(&path).expect("sample reads");
    let ex = extract(&doc);
    validate(&[DocInput {
        doc_id: &doc.doc_id,
        source_file: &doc.source_file,
        extraction: &ex,
        prose: &[],
    }])
}

fn has(f: &[Finding], rule: &str, evidence: &str, message: &str) -> bool {
    f.iter()
        .any(|x| x.rule == rule && x.evidence.contains(evidence) && x.message_en.contains(message))
}

#[test]
fn confirmed_inconsistencies_are_found() {
    let f = findings();
    let missing: Vec<&str> = [
        ("fraction_percent", "25,37% (1059/4532)", "", "line 442"),
        (
            "fraction_percent",
            "94,77% (5.507/5.511",
            "",
            "line 431 (BHYT)",
        ),
        (
            "criteria_count",
            "đạt 14/15 tiêu chí",
            "not the stated total 15",
            "line 397 Sơn Bình",
        ),
        (
            "criteria_count",
            "07 TC chưa đạt",
            "lists 3",
            "line 450 Cam Hải Đông",
        ),
        (
            "code_name_mismatch",
            "Chi tiêu 15.6 Vùng nguyên liệu",
            "13.6",
            "line 431 (15.6)",
        ),
        (
            "roadmap_arithmetic",
            "2025 | 10 | 11",
            "printed total 10, but 9",
            "Phụ lục 09 2025 total",
        ),
        (
            "roadmap_arithmetic",
            "2025 | 10 | 11",
            "≈93,2",
            "Phụ lục 09 percent",
        ),
        (
            "roadmap_arithmetic",
            "2014 | 10 | 10",
            "≈94",
            "Phụ lục 07 percent",
        ),
        (
            "cross_table",
            "Cam Thành Bắc",
            "Cam Thành Bắc",
            "objectives vs Phụ lục 09",
        ),
        (
            "cross_table",
            "Huyện Cam Lâm",
            "kieu_mau",
            "Cam Lâm kiểu mẫu target",
        ),
        (
            "cross_table",
            "125-KH/UBND",
            "accompanies plan",
            "Phụ lục 02 plan number",
        ),
    ]
    .iter()
    .filter(|(rule, ev, msg, _)| !has(&f, rule, ev, msg))
    .map(|(_, _, _, what)| *what)
    .collect();
    assert!(
        missing.is_empty(),
        "missing: {missing:?}\n{}",
        ntm_ingest::report::terminal_summary(&f)
    );
}

#[test]
fn report_renders_every_finding() {
    let f = findings();
    let html = ntm_ingest::report::html_report(&f, "Khánh Hòa 2024 — kiểm tra / validation");
    assert_eq!(html.matches("<section class=\"finding").count(), f.len());
    assert!(!html.contains("http://") && !html.contains("https://"));
    let json: serde_json::Value = serde_json::from_str(&ntm_ingest::report::json(&f)).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(f.len()));
    let df = ntm_ingest::output::findings::findings(&f).unwrap();
    assert_eq!(df.height(), f.len());
    assert_eq!(df.width(), 17, "the findings columns of docs/schema.md");
    if let Ok(dir) = std::env::var("NTM_REPORT_DIR") {
        std::fs::write(Path::new(&dir).join("report.html"), &html).unwrap();
    }
}

#[test]
fn every_error_is_one_of_the_confirmed_inconsistencies() {
    // docs/findings-audit.md lists the 22 errors confirmed by reading the plan;
    // a new error on this document needs the same check before it is accepted.
    let f = findings();
    let errors: Vec<&Finding> = f
        .iter()
        .filter(|x| x.severity == ntm_ingest::validate::Severity::Error)
        .collect();
    assert_eq!(
        errors.len(),
        22,
        "{:#?}",
        errors
            .iter()
            .map(|e| (&e.rule, &e.found))
            .collect::<Vec<_>>()
    );
    // Line 428: nâng cao column "+ Chi tiêu 1.2. Tỷ lệ đường thôn …" is 2.2's wording.
    assert!(errors.iter().any(|e| e.rule == "code_name_mismatch"
        && e.found.as_deref() == Some("1.2")
        && e.message_en.contains("2.2")));
}
