//! Scores the records read from the Khánh Hòa plan against the hand-labelled
//! test set in `tests/labels/khanh-hoa-2024/` (see its README), and checks the
//! roadmap against the document's own printed district totals.

use ntm_ingest::extract::extract;
use ntm_ingest::ingest::read_one;
use ntm_ingest::normalize::fold_key;
use ntm_ingest::records::Extraction;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sample() -> (ntm_ingest::ingest::SourceDoc, Extraction) {
    let doc = read_one(&root().join("samples/khanh-hoa-2024-ntm-plan.ocr.txt")).unwrap();
    let ex = extract(&doc);
    (doc, ex)
}

/// Rows of a simple CSV without quoted commas (the label files have none).
fn csv(path: &Path) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap()
        .split(',')
        .map(str::to_string)
        .collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            header
                .iter()
                .cloned()
                .zip(l.split(',').map(str::to_string))
                .collect()
        })
        .collect()
}

/// Precision and recall of `got` against `want`, as multisets.
fn score<K: std::hash::Hash + Eq + Clone + std::fmt::Debug>(
    got: &[K],
    want: &[K],
) -> (f64, f64, Vec<K>, Vec<K>) {
    let mut pool: HashMap<K, usize> = HashMap::new();
    for w in want {
        *pool.entry(w.clone()).or_default() += 1;
    }
    let mut hits = 0;
    let mut extra = Vec::new();
    for g in got {
        match pool.get_mut(g) {
            Some(n) if *n > 0 => {
                *n -= 1;
                hits += 1;
            }
            _ => extra.push(g.clone()),
        }
    }
    let missing: Vec<K> = pool
        .into_iter()
        .flat_map(|(k, n)| std::iter::repeat_n(k, n))
        .collect();
    let p = if got.is_empty() {
        0.0
    } else {
        hits as f64 / got.len() as f64
    };
    let r = if want.is_empty() {
        0.0
    } else {
        hits as f64 / want.len() as f64
    };
    (p, r, extra, missing)
}

/// (district name, commune name) → commune code, read from the gazetteer data
/// file directly (not through the resolver under test): Khánh Hòa's units
/// as of the plan's date (those without a later start date).
fn unit_codes() -> HashMap<(String, String), String> {
    csv(&root().join("data/gazetteer/units_pre2025.csv"))
        .into_iter()
        .filter(|r| r["province_code"] == "56" && r["valid_from"].is_empty())
        .filter(|r| r["commune_type"] == "Xã")
        .map(|r| {
            (
                (r["district_name"].clone(), r["commune_name"].clone()),
                r["commune_code"].clone(),
            )
        })
        .collect()
}

#[test]
fn roadmap_rows_match_the_labels() {
    let (_, ex) = sample();
    let codes = unit_codes();
    let want: Vec<(String, i32, String)> =
        csv(&root().join("tests/labels/khanh-hoa-2024/roadmap.csv"))
            .into_iter()
            .map(|r| {
                let code = codes
                    .get(&(r["district_name"].clone(), r["commune_name"].clone()))
                    .unwrap_or_else(|| panic!("label names no unit: {r:?}"))
                    .clone();
                (r["level"].clone(), r["year"].parse().unwrap(), code)
            })
            .collect();
    let got: Vec<(String, i32, String)> = ex
        .roadmap
        .iter()
        .map(|e| {
            (
                e.level.as_str().to_string(),
                e.year,
                e.commune_code.clone().unwrap_or_default(),
            )
        })
        .collect();
    let (p, r, extra, missing) = score(&got, &want);
    println!(
        "roadmap: precision {p:.3} recall {r:.3} ({} labels, {} records)",
        want.len(),
        got.len()
    );
    assert!(
        p >= 0.95 && r >= 0.95,
        "extra {extra:?} missing {missing:?}"
    );
    // The district of every record is the gazetteer's, whatever column it was printed in.
    for e in &ex.roadmap {
        let code = e
            .commune_code
            .as_ref()
            .expect("every roadmap commune resolves");
        let district = e.district_name.clone().unwrap();
        assert_eq!(
            codes.get(&(district, e.commune_name.clone().unwrap())),
            Some(code)
        );
    }
}

#[test]
fn roadmap_district_counts_equal_printed_totals_where_the_document_is_consistent() {
    let (_, ex) = sample();
    let mut mismatches = Vec::new();
    for t in ex.roadmap_totals.iter().filter(|t| t.year.is_none()) {
        let Some(d) = &t.district_name else { continue };
        let found = ex
            .roadmap
            .iter()
            .filter(|e| e.level == t.level && e.district_name.as_ref() == Some(d))
            .count() as i32;
        if Some(found) != t.printed_total {
            mismatches.push((t.level.as_str(), d.clone(), t.printed_total, found));
        }
    }
    // The one inconsistency of the document: Phụ lục 09 prints 2 kiểu mẫu communes
    // for Cam Lâm but names only Cam Hải Tây (Cam Thành Bắc, named for kiểu mẫu 2025
    // in the objectives text, is missing from the table).
    assert_eq!(
        mismatches,
        vec![("xa_ntm_kieu_mau", "Cam Lâm".to_string(), Some(2), 1)]
    );
}

fn parse_opt(s: &str) -> Option<i64> {
    if s.trim().is_empty() {
        None
    } else {
        Some((s.parse::<f64>().unwrap() * 100.0).round() as i64)
    }
}

#[test]
fn indicator_statements_match_the_labels() {
    let (p, r) = score_indicators("indicators.csv");
    assert!(p >= 0.90 && r >= 0.90, "precision {p:.3} recall {r:.3}");
}

/// Scores the indicator records against a label file of `tests/labels/khanh-hoa-2024/`,
/// on the lines the file labels; prints the differences.
fn score_indicators(file: &str) -> (f64, f64) {
    let (doc, ex) = sample();
    let labels = csv(&root().join("tests/labels/khanh-hoa-2024").join(file));
    let lines: std::collections::HashSet<u32> =
        labels.iter().map(|r| r["line"].parse().unwrap()).collect();
    // Source line of each (table, row), from the grid's provenance.
    let line_of = |table: i32, row: i32| -> Option<u32> {
        let t = doc.document.tables.get(table as usize)?;
        t.row_cells(row as u32).find_map(|c| c.origin.line)
    };
    type Key = (u32, String, String, String, Option<i64>, Option<i64>);
    let want: Vec<Key> = labels
        .iter()
        .map(|r| {
            (
                r["line"].parse().unwrap(),
                fold_key(&r["locality"]),
                r["level"].clone(),
                r["matched_code"].clone(),
                parse_opt(&r["actual_value"]),
                parse_opt(&r["required_value"]),
            )
        })
        .collect();
    let got: Vec<Key> = ex
        .indicators
        .iter()
        .filter_map(|i| {
            let line = line_of(i.prov.table_index, i.prov.row)?;
            lines.contains(&line).then(|| {
                (
                    line,
                    fold_key(&i.locality_name),
                    i.level.as_str().to_string(),
                    i.matched_code.clone().unwrap_or_default(),
                    i.actual_value.map(|v| (v * 100.0).round() as i64),
                    i.required_value.map(|v| (v * 100.0).round() as i64),
                )
            })
        })
        .collect();
    let (p, r, mut extra, mut missing) = score(&got, &want);
    println!(
        "{file}: precision {p:.3} recall {r:.3} ({} labels, {} records on labelled lines)",
        want.len(),
        got.len()
    );
    extra.sort();
    missing.sort();
    println!("extra: {extra:?}\nmissing: {missing:?}");
    (p, r)
}

#[test]
fn targets_match_the_labels() {
    let (_, ex) = sample();
    let want: Vec<(String, i32, i64)> =
        csv(&root().join("tests/labels/khanh-hoa-2024/targets.csv"))
            .into_iter()
            .map(|r| {
                (
                    r["level"].clone(),
                    r["criterion_no"].parse().unwrap(),
                    r["target_percent"].parse().unwrap(),
                )
            })
            .collect();
    let got: Vec<(String, i32, i64)> = ex
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
    let (p, r, extra, missing) = score(&got, &want);
    println!(
        "targets: precision {p:.3} recall {r:.3} ({} labels, {} records)",
        want.len(),
        got.len()
    );
    assert!(
        p >= 0.95 && r >= 0.95,
        "extra {extra:?} missing {missing:?}"
    );
}

#[test]
fn indicator_statements_match_the_blind_labels() {
    // Labelled by a second reader who saw neither the program nor its output
    // (tests/labels/khanh-hoa-2024/indicators-blind.md says how rows were read).
    // Nine of its statements (lines 394–396) carry a commune the OCR lost and the
    // second reader inferred; the program, reporting only what is printed, cannot
    // match those, so the floor is set below the 0.90 goal of the first set.
    let (p, r) = score_indicators("indicators-blind.csv");
    assert!(p >= 0.75 && r >= 0.75, "precision {p:.3} recall {r:.3}");
}
