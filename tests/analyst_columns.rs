//! The columns analysts join and filter on, checked on the Khánh Hòa plan as
//! `ntm ingest` writes it: dates are dates, district and locality codes are
//! filled wherever the name resolves, units are one per indicator, and
//! repeated statements are ranked rather than silently doubled.

use polars::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The output directory of one `ntm ingest` of the Khánh Hòa OCR text.
fn output() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = std::env::temp_dir().join(format!("ntm-analyst-{}", std::process::id()));
        let input = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join("khanh-hoa-2024-ntm-plan.ocr.txt");
        let o = Command::new(env!("CARGO_BIN_EXE_ntm"))
            .args(["ingest", "-q", "--out"])
            .arg(&out)
            .arg(&input)
            .output()
            .expect("runs ntm");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        out
    })
}

fn read(dataset: &str) -> DataFrame {
    let f = std::fs::File::open(output().join(format!("{dataset}.parquet"))).unwrap();
    ParquetReader::new(f).finish().unwrap()
}

fn strings(df: &DataFrame, col: &str) -> Vec<Option<String>> {
    let s = df.column(col).unwrap().cast(&DataType::String).unwrap();
    let ca = s.str().unwrap();
    (0..ca.len()).map(|i| ca.get(i).map(String::from)).collect()
}

fn ints(df: &DataFrame, col: &str) -> Vec<i32> {
    let s = df.column(col).unwrap();
    let ca = s.i32().unwrap();
    (0..ca.len()).map(|i| ca.get(i).unwrap()).collect()
}

#[test]
fn plan_dates_are_dates() {
    let docs = read("documents");
    assert_eq!(docs.column("plan_date").unwrap().dtype(), &DataType::Date);
    assert_eq!(
        strings(&docs, "plan_date")[0].as_deref(),
        Some("2024-03-08")
    );
    let apps = read("appendices");
    assert_eq!(apps.column("plan_date").unwrap().dtype(), &DataType::Date);
}

#[test]
fn finding_localities_carry_codes_unless_unresolved() {
    let f = read("findings");
    let (rule, loc, code) = (
        strings(&f, "rule"),
        strings(&f, "locality"),
        strings(&f, "locality_code"),
    );
    let named = (0..f.height()).filter(|&i| loc[i].is_some()).count();
    assert!(named > 20, "{named} findings name a locality");
    let without: Vec<String> = (0..f.height())
        .filter(|&i| loc[i].is_some() && code[i].is_none())
        .filter(|&i| rule[i].as_deref() != Some("unresolved_locality"))
        .map(|i| format!("{:?} {:?}", rule[i], loc[i]))
        .collect();
    assert!(without.is_empty(), "resolvable but uncoded: {without:?}");
}

#[test]
fn district_codes_follow_district_names() {
    for dataset in ["roadmap_totals", "indicators"] {
        let df = read(dataset);
        let (name, code) = (strings(&df, "district_name"), strings(&df, "district_code"));
        let named = name.iter().filter(|n| n.is_some()).count();
        let coded = code.iter().filter(|c| c.is_some()).count();
        assert!(named > 0, "{dataset}");
        assert_eq!(named, coded, "{dataset}: every known district has its code");
    }
}

#[test]
fn units_are_the_catalogs_where_the_print_agrees_or_is_silent() {
    let df = read("indicators");
    let (unit, printed) = (strings(&df, "unit"), strings(&df, "unit_printed"));
    let missing = unit.iter().filter(|u| u.is_none()).count();
    let missing_printed = printed.iter().filter(|u| u.is_none()).count();
    assert!(
        missing * 2 < missing_printed,
        "{missing} rows without a unit, {missing_printed} without a printed one"
    );
    for (u, p) in unit.iter().zip(&printed) {
        if let Some(p) = p {
            let u = u.as_deref().expect("a printed unit is never dropped");
            assert!(u == p || u.starts_with(&format!("{p}/")), "{p} became {u}");
        }
    }
}

#[test]
fn repeated_statements_are_ranked() {
    let df = read("indicators");
    let (loc, level, code) = (
        strings(&df, "locality_code"),
        strings(&df, "level"),
        strings(&df, "matched_code"),
    );
    let (occ, of) = (ints(&df, "occurrence"), ints(&df, "occurrences"));
    let mut groups: HashMap<(String, String, String), Vec<i32>> = HashMap::new();
    for i in 0..df.height() {
        assert!(
            1 <= occ[i] && occ[i] <= of[i],
            "row {i}: {} of {}",
            occ[i],
            of[i]
        );
        if let (Some(l), Some(c)) = (&loc[i], &code[i]) {
            groups
                .entry((l.clone(), level[i].clone().unwrap(), c.clone()))
                .or_default()
                .push(occ[i]);
        }
    }
    let mut repeated = 0;
    for ranks in groups.values() {
        let mut r = ranks.clone();
        r.sort();
        assert_eq!(r, (1..=r.len() as i32).collect::<Vec<_>>());
        repeated += usize::from(r.len() > 1);
    }
    // The plan lists Ninh Phước's 13.6 twice (once misnumbered 15.6), among others.
    assert!(repeated >= 1);
}
