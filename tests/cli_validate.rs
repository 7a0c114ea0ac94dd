//! `ntm validate` as CI uses it: exit codes, JSON output, files written.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sample(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn ntm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ntm"))
        .args(args)
        .output()
        .expect("run ntm")
}

#[test]
fn errors_in_the_plan_fail_the_run() {
    let o = ntm(&["validate", &sample("khanh-hoa-2024-ntm-plan.ocr.txt"), "-q"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("fraction_percent"), "{out}");
    assert!(out.contains("roadmap_arithmetic"), "{out}");
}

#[test]
fn a_consistent_table_passes_and_warnings_count_only_when_asked() {
    // Phụ lục 06 (agencies) printed by LibreOffice: nothing to flag.
    let o = ntm(&["validate", &sample("pl06-agencies.lo.pdf"), "-q"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    // The OCR plan has warnings as well as errors; with --fail-on warning it still fails.
    let o = ntm(&[
        "validate",
        &sample("khanh-hoa-2024-ntm-plan.ocr.txt"),
        "-q",
        "--fail-on",
        "warning",
    ]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn json_output_lists_every_finding_with_its_location() {
    let out_dir: PathBuf =
        std::env::temp_dir().join(format!("ntm-validate-{}", std::process::id()));
    let o = ntm(&[
        "validate",
        &sample("khanh-hoa-2024-ntm-plan.ocr.txt"),
        "-q",
        "--format",
        "json",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON on stdout");
    let findings = v.as_array().expect("an array of findings");
    assert!(findings.len() > 20);
    let frac = findings
        .iter()
        .find(|f| {
            f["rule"] == "fraction_percent"
                && f["evidence"].as_str().unwrap_or("").contains("1059/4532")
        })
        .expect("the 25,37% (1059/4532) finding");
    assert_eq!(frac["severity"], "error");
    assert!(frac["table_index"].is_number() && frac["row"].is_number());
    assert!(out_dir.join("findings.parquet").exists());
    assert!(out_dir.join("report.html").exists());
    std::fs::remove_dir_all(&out_dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    let o = ntm(&["validate", "--fail-on", "sometimes"]);
    assert_eq!(o.status.code(), Some(2));
}
