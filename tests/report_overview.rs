//! The report opens with an overview of the latest revision of each plan:
//! two revisions given together are not counted twice.

use ntm_ingest::Level;
use ntm_ingest::extract::extract;
use ntm_ingest::ingest::read_one;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
}

/// Communes reaching xã NTM by `year` in a document's roadmap.
fn reached_by(file: &Path, year: i32) -> usize {
    let ex = extract(&read_one(file).unwrap());
    ex.roadmap
        .iter()
        .filter(|e| e.level == Level::XaNtm && e.year <= year)
        .map(|e| e.commune_code.clone().unwrap_or_else(|| e.raw_name.clone()))
        .collect::<BTreeSet<_>>()
        .len()
}

#[test]
fn overview_shows_the_latest_revision_only() {
    let (old, new) = (
        sample("khanh-hoa-2024-ntm-plan.ocr.txt"),
        sample("khanh-hoa-2024-ntm-plan-dieu-chinh.ocr.txt"),
    );
    let out = std::env::temp_dir().join(format!("ntm-overview-{}", std::process::id()));
    let o = Command::new(env!("CARGO_BIN_EXE_ntm"))
        .args(["ingest", "-q", "--out"])
        .arg(&out)
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    assert!(
        o.status.code().is_some_and(|c| c <= 1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    let start = html.find("id=\"overview\"").expect("overview section");
    let end = start + html[start..].find("</section>").unwrap();
    let overview = &html[start..end];
    assert!(overview.contains("<svg") && !overview.contains("<script"));
    // The first chart is xa_ntm, cumulative by year: its 2024 bar carries the
    // amendment's count, which differs from the original's by the commune moved.
    let (n_new, n_old) = (reached_by(&new, 2024), reached_by(&old, 2024));
    assert_eq!(n_new, n_old + 1);
    let chart = &overview[..overview.find("</svg>").unwrap()];
    let at = chart.find(">2024</text>").expect("2024 bar");
    let next = &chart[at..];
    let shown: usize = next
        .split("font-size=\"11\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .and_then(|s| s.parse().ok())
        .expect("a value after the 2024 bar");
    assert_eq!(shown, n_new, "{next}");
    let _ = std::fs::remove_dir_all(&out);
}
