//! `ntm diff` on the Khánh Hòa plan and its amended revision lists exactly the
//! edits made to build the revision (samples/khanh-hoa-2024-ntm-plan-dieu-chinh.edits.md)
//! and nothing else.

use ntm_ingest::diff::source::from_file;
use ntm_ingest::diff::{ChangeKind, diff};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
}
const ORIGINAL: &str = "khanh-hoa-2024-ntm-plan.ocr.txt";
const AMENDED: &str = "khanh-hoa-2024-ntm-plan-dieu-chinh.ocr.txt";

type Row = (
    String,
    ChangeKind,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn changed(dataset: &str, key: &str, field: &str, before: &str, after: &str) -> Row {
    (
        dataset.into(),
        ChangeKind::Changed,
        key.into(),
        Some(field.into()),
        Some(before.into()),
        Some(after.into()),
    )
}

/// The answer key: one row per field of each edit in the edits list.
fn expected_records() -> BTreeSet<Row> {
    [
        changed("roadmap", "xa_ntm | Sơn Hiệp", "year", "2025", "2024"),
        changed(
            "roadmap",
            "xa_ntm_nang_cao | Ninh Thọ",
            "year",
            "2025",
            "2024",
        ),
        changed(
            "roadmap",
            "xa_ntm_kieu_mau | Vạn Phú",
            "year",
            "2025",
            "2024",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm | 2024 | —",
            "printed_total",
            "5",
            "6",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm | 2024 | —",
            "printed_cumulative",
            "70",
            "71",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm | 2024 | —",
            "printed_percent",
            "76.1",
            "77.2",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm | 2025 | —",
            "printed_total",
            "6",
            "5",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm_nang_cao | 2024 | —",
            "printed_total",
            "11",
            "12",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm_nang_cao | 2024 | —",
            "printed_cumulative",
            "30",
            "31",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm_nang_cao | 2024 | —",
            "printed_percent",
            "32.6",
            "33.7",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm_nang_cao | 2025 | —",
            "printed_total",
            "9",
            "8",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm_kieu_mau | 2024 | —",
            "printed_total",
            "1",
            "2",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm_kieu_mau | 2024 | —",
            "printed_cumulative",
            "1",
            "2",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm_kieu_mau | 2024 | —",
            "printed_percent",
            "1.1",
            "2.2",
        ),
        changed(
            "roadmap_totals",
            "xa_ntm_kieu_mau | 2025 | —",
            "printed_total",
            "10",
            "9",
        ),
        changed("targets", "xa_ntm | 9", "target_percent", "90.0", "95.0"),
        changed(
            "indicators",
            "Sơn Bình | xa_ntm | 9.2",
            "actual_value",
            "67.05",
            "71.3",
        ),
    ]
    .into_iter()
    .collect()
}

#[test]
fn diff_lists_exactly_the_edits() {
    let old = from_file(&sample(ORIGINAL)).unwrap();
    let new = from_file(&sample(AMENDED)).unwrap();
    let changes = diff(&old, &new).unwrap();

    let records: BTreeSet<Row> = changes
        .iter()
        .filter(|c| c.dataset != "document")
        .map(|c| {
            (
                c.dataset.clone(),
                c.change,
                c.key.clone(),
                c.field.clone(),
                c.before.clone(),
                c.after.clone(),
            )
        })
        .collect();
    let want = expected_records();
    let extra: Vec<_> = records.difference(&want).collect();
    let missing: Vec<_> = want.difference(&records).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "not in the edits: {extra:#?}\nedits not found: {missing:#?}"
    );
    assert_eq!(
        changes.iter().filter(|c| c.dataset != "document").count(),
        want.len(),
        "each edit reported once"
    );

    // Document-level differences: once each, not as record changes.
    let doc: Vec<(&str, Option<&str>, Option<&str>)> = changes
        .iter()
        .filter(|c| c.dataset == "document")
        .map(|c| {
            (
                c.field.as_deref().unwrap_or(""),
                c.before.as_deref(),
                c.after.as_deref(),
            )
        })
        .collect();
    let fields: Vec<&str> = doc.iter().map(|d| d.0).collect();
    assert_eq!(
        fields,
        [
            "plan_number",
            "plan_date",
            "title",
            "kind",
            "amends_plan_number",
            "amends_plan_date",
            "captions"
        ],
        "{doc:#?}"
    );
    assert!(doc.contains(&("plan_number", Some("355/KH-UBND"), Some("2150/KH-UBND"))));
    assert!(doc.contains(&("kind", Some("plan"), Some("amendment"))));
    assert!(doc.contains(&("amends_plan_date", None, Some("2024-03-08"))));
}

#[test]
fn a_revision_compared_with_itself_has_no_changes() {
    let a = from_file(&sample(AMENDED)).unwrap();
    let b = from_file(&sample(AMENDED)).unwrap();
    assert_eq!(diff(&a, &b).unwrap(), vec![]);
}

#[test]
fn the_command_writes_changes_and_a_report() {
    let out = std::env::temp_dir().join(format!("ntm-diff-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let o = Command::new(env!("CARGO_BIN_EXE_ntm"))
        .arg("diff")
        .arg(sample(ORIGINAL))
        .arg(sample(AMENDED))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("roadmap: 0 added, 0 removed, 3 changed"),
        "{stdout}"
    );
    assert!(
        stdout.contains("~ xa_ntm | Sơn Hiệp: year: 2025 → 2024"),
        "{stdout}"
    );
    let df = ntm_ingest::output::parquet::read_parquet(&out.join("changes.parquet")).unwrap();
    assert_eq!(df.height(), expected_records().len() + 7);
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains("Sơn Hiệp") && html.contains("id=\"changes\""));
    let _ = std::fs::remove_dir_all(&out);
}
