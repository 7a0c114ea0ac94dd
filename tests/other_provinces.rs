//! Scores extraction and validation on the test plans of other provinces
//! (`samples/provinces/`, answer keys typed by hand in `tests/labels/<plan>/`,
//! see their README): a 2024 plan of Bình Định (districts) and 2026 plans of
//! Đắk Lắk and Lâm Đồng as formed in the July 2025 reform (no districts).
//!
//! Per document it measures roadmap precision and recall on (level, year,
//! commune), the share of labelled roadmap communes given their official code,
//! recall of indicator statements, targets and agency assignments, the agencies
//! named in indicator rows (canonical), the planted inconsistencies found and
//! the error findings that are not planted; and asserts the goals.
//!
//! `cargo test --test other_provinces -- --nocapture` prints the numbers.

use ntm_ingest::extract::extract;
use ntm_ingest::ingest::read_one;
use ntm_ingest::normalize::fold_key;
use ntm_ingest::records::Extraction;
use ntm_ingest::validate::{DocInput, Finding, Severity, validate};
use std::collections::HashMap;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Rows of a CSV file (double-quoted fields may hold commas).
fn csv(path: &std::path::Path) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let split = |line: &str| -> Vec<String> {
        let mut out = vec![String::new()];
        let mut quoted = false;
        for ch in line.chars() {
            match ch {
                '"' => quoted = !quoted,
                ',' if !quoted => out.push(String::new()),
                c => out.last_mut().unwrap().push(c),
            }
        }
        out
    };
    let mut lines = text.lines();
    let header = split(lines.next().unwrap());
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| header.iter().cloned().zip(split(l)).collect())
        .collect()
}

/// Precision and recall of `got` against `want` as multisets, with the misses.
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
    let ratio = |n: usize| if n == 0 { 0.0 } else { hits as f64 / n as f64 };
    (ratio(got.len()), ratio(want.len()), extra, missing)
}

fn hundredths(s: &str) -> Option<i64> {
    let s = s.trim();
    (!s.is_empty()).then(|| (s.parse::<f64>().unwrap() * 100.0).round() as i64)
}

fn opt_hundredths(v: Option<f64>) -> Option<i64> {
    v.map(|v| (v * 100.0).round() as i64)
}

/// A commune's name without its unit word, folded: the key labels and records share.
fn name_key(s: &str) -> String {
    let k = fold_key(s);
    k.strip_prefix("xa ").map(str::to_string).unwrap_or(k)
}

/// What one document is scored on.
struct Scores {
    roadmap_precision: f64,
    roadmap_recall: f64,
    codes_correct: f64,
    indicators_recall: f64,
    targets_recall: f64,
    agencies_recall: f64,
    indicator_agencies_recall: f64,
    planted_found: usize,
    planted: usize,
    false_errors: Vec<String>,
}

fn run(file: &str) -> (Extraction, Vec<Finding>) {
    let doc = read_one(&root().join("samples/provinces").join(file)).expect("sample reads");
    let ex = extract(&doc);
    let findings = validate(&[DocInput {
        doc_id: &doc.doc_id,
        source_file: &doc.source_file,
        extraction: &ex,
        prose: &[],
    }]);
    (ex, findings)
}

/// Scores `file` against the answer key `tests/labels/<plan>/`; `with_prose`
/// false for the workbook and PDF copies, which hold the appendices only (a
/// planted inconsistency between objectives text and roadmap is not in them).
fn evaluate(plan: &str, file: &str, with_prose: bool) -> Scores {
    let labels = root().join("tests/labels").join(plan);
    let (ex, findings) = run(file);

    // Roadmap: (level, year, commune) with the commune as its official code.
    let roadmap = csv(&labels.join("roadmap.csv"));
    let want: Vec<(String, i32, String)> = roadmap
        .iter()
        .map(|r| {
            (
                r["level"].clone(),
                r["year"].parse().unwrap(),
                r["commune_code"].clone(),
            )
        })
        .collect();
    let got: Vec<(String, i32, String)> = ex
        .roadmap
        .iter()
        .map(|e| {
            (
                e.level.as_str().to_string(),
                e.year,
                e.commune_code.clone().unwrap_or_else(|| {
                    format!(
                        "unresolved:{}",
                        e.commune_name.as_ref().unwrap_or(&e.raw_name)
                    )
                }),
            )
        })
        .collect();
    let (roadmap_precision, roadmap_recall, extra, missing) = score(&got, &want);
    if !extra.is_empty() || !missing.is_empty() {
        println!("{file}: roadmap extra {extra:?}\n{file}: roadmap missing {missing:?}");
    }
    // Codes: of the labelled communes found by name at their level and year,
    // the share given the label's official code.
    let mut correct = 0;
    for r in &roadmap {
        let year: i32 = r["year"].parse().unwrap();
        let found = ex.roadmap.iter().any(|e| {
            e.level.as_str() == r["level"]
                && e.year == year
                && e.commune_code.as_deref() == Some(r["commune_code"].as_str())
                && e.commune_name.as_deref().map(name_key) == Some(name_key(&r["commune_name"]))
        });
        if found {
            correct += 1;
        }
    }
    let codes_correct = correct as f64 / roadmap.len() as f64;

    // Indicators: (commune, level, catalog code, current, required).
    type IndKey = (String, String, String, Option<i64>, Option<i64>);
    let want: Vec<IndKey> = csv(&labels.join("indicators.csv"))
        .iter()
        .map(|r| {
            (
                name_key(&r["locality"]),
                r["level"].clone(),
                r["matched_code"].clone(),
                hundredths(&r["actual_value"]),
                hundredths(&r["required_value"]),
            )
        })
        .collect();
    let got: Vec<IndKey> = ex
        .indicators
        .iter()
        .map(|i| {
            (
                name_key(&i.locality_name),
                i.level.as_str().to_string(),
                i.matched_code.clone().unwrap_or_default(),
                opt_hundredths(i.actual_value),
                opt_hundredths(i.required_value),
            )
        })
        .collect();
    let (_, indicators_recall, _, missing) = score(&got, &want);
    if !missing.is_empty() {
        println!("{file}: indicators missing {missing:?}");
    }

    // Agencies named in indicator rows, canonical: (commune, level, code, agency).
    let want: Vec<(String, String, String, String)> = csv(&labels.join("indicator_agencies.csv"))
        .iter()
        .map(|r| {
            (
                name_key(&r["locality"]),
                r["level"].clone(),
                r["matched_code"].clone(),
                fold_key(&r["agency"]),
            )
        })
        .collect();
    let got: Vec<(String, String, String, String)> = ex
        .indicators
        .iter()
        .flat_map(|i| {
            i.agencies.iter().map(|a| {
                (
                    name_key(&i.locality_name),
                    i.level.as_str().to_string(),
                    i.matched_code.clone().unwrap_or_default(),
                    fold_key(a),
                )
            })
        })
        .collect();
    let (_, indicator_agencies_recall, _, missing) = score(&got, &want);
    if !missing.is_empty() {
        println!("{file}: indicator agencies missing {missing:?}");
    }

    // Targets: (level, criterion number in that level's set, percent).
    let want: Vec<(String, i32, Option<i64>)> = csv(&labels.join("targets.csv"))
        .iter()
        .map(|r| {
            (
                r["level"].clone(),
                r["criterion_no"].parse().unwrap(),
                hundredths(&r["target_percent"]),
            )
        })
        .collect();
    let got: Vec<(String, i32, Option<i64>)> = ex
        .targets
        .iter()
        .map(|t| {
            (
                t.level.as_str().to_string(),
                t.criterion_no.unwrap_or(-1),
                opt_hundredths(t.target_percent),
            )
        })
        .collect();
    let (_, targets_recall, _, missing) = score(&got, &want);
    if !missing.is_empty() {
        println!("{file}: targets missing {missing:?}");
    }

    // Agencies appendix: (canonical agency, level, code).
    let want: Vec<(String, String, String)> = csv(&labels.join("agencies.csv"))
        .iter()
        .map(|r| {
            (
                fold_key(&r["agency_canonical"]),
                r["level"].clone(),
                r["code"].clone(),
            )
        })
        .collect();
    let got: Vec<(String, String, String)> = ex
        .agencies
        .iter()
        .map(|a| {
            (
                fold_key(&a.agency_canonical),
                a.level.as_str().to_string(),
                a.code.clone(),
            )
        })
        .collect();
    let (_, agencies_recall, _, missing) = score(&got, &want);
    if !missing.is_empty() {
        println!("{file}: agencies missing {missing:?}");
    }

    // Planted inconsistencies: an error finding of the rule whose text names the key.
    let planted: Vec<HashMap<String, String>> = csv(&labels.join("planted.csv"))
        .into_iter()
        .filter(|p| with_prose || p["rule"] != "cross_table")
        .collect();
    let text_of = |f: &Finding| {
        format!(
            "{} | {} | {} | {} | {} | {}",
            f.evidence,
            f.message_en,
            f.message_vi,
            f.locality.as_deref().unwrap_or(""),
            f.found.as_deref().unwrap_or(""),
            f.expected.as_deref().unwrap_or("")
        )
    };
    let is_planted = |f: &Finding, p: &HashMap<String, String>| {
        f.rule.as_str() == p["rule"] && text_of(f).contains(p["key"].as_str())
    };
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let planted_found = planted
        .iter()
        .filter(|p| errors.iter().any(|f| is_planted(f, p)))
        .count();
    let false_errors: Vec<String> = errors
        .iter()
        .filter(|f| !planted.iter().any(|p| is_planted(f, p)))
        .map(|f| format!("{}: {}", f.rule, f.message_en))
        .collect();
    for p in &planted {
        if !errors.iter().any(|f| is_planted(f, p)) {
            println!("{file}: planted not found: {} {}", p["rule"], p["key"]);
        }
    }
    for f in &false_errors {
        println!("{file}: false error: {f}");
    }
    let s = Scores {
        roadmap_precision,
        roadmap_recall,
        codes_correct,
        indicators_recall,
        targets_recall,
        agencies_recall,
        indicator_agencies_recall,
        planted_found,
        planted: planted.len(),
        false_errors,
    };
    println!(
        "{file}: roadmap P {:.3} R {:.3} | codes {:.3} | indicators R {:.3} | targets R {:.3} | agencies R {:.3} | indicator agencies R {:.3} | planted {}/{} | false errors {}",
        s.roadmap_precision,
        s.roadmap_recall,
        s.codes_correct,
        s.indicators_recall,
        s.targets_recall,
        s.agencies_recall,
        s.indicator_agencies_recall,
        s.planted_found,
        s.planted,
        s.false_errors.len()
    );
    s
}

fn assert_goals(s: &Scores, file: &str) {
    assert!(
        s.roadmap_precision >= 0.98 && s.roadmap_recall >= 0.98,
        "{file}: roadmap P {:.3} R {:.3}",
        s.roadmap_precision,
        s.roadmap_recall
    );
    assert!(
        s.codes_correct >= 0.98,
        "{file}: codes {:.3}",
        s.codes_correct
    );
    assert!(
        s.indicators_recall >= 0.95,
        "{file}: indicators {:.3}",
        s.indicators_recall
    );
    assert!(
        s.targets_recall >= 0.95,
        "{file}: targets {:.3}",
        s.targets_recall
    );
    assert!(
        s.agencies_recall >= 0.95,
        "{file}: agencies {:.3}",
        s.agencies_recall
    );
    assert!(
        s.indicator_agencies_recall >= 0.95,
        "{file}: indicator agencies {:.3}",
        s.indicator_agencies_recall
    );
    assert_eq!(s.planted_found, s.planted, "{file}: planted found");
    assert!(
        s.false_errors.len() <= 1,
        "{file}: false errors {:?}",
        s.false_errors
    );
}

#[test]
fn binh_dinh_2024_ocr_text() {
    let f = "binh-dinh-2024-ntm-plan.ocr.txt";
    assert_goals(&evaluate("binh-dinh-2024", f, true), f);
}

#[test]
fn binh_dinh_2024_workbook() {
    let f = "binh-dinh-2024-appendices.xlsx";
    assert_goals(&evaluate("binh-dinh-2024", f, false), f);
}

#[test]
fn binh_dinh_2024_pdf() {
    let f = "binh-dinh-2024-appendices.pdf";
    assert_goals(&evaluate("binh-dinh-2024", f, false), f);
}

#[test]
fn lam_dong_2026_ocr_text() {
    let f = "lam-dong-2026-ntm-plan.ocr.txt";
    assert_goals(&evaluate("lam-dong-2026", f, true), f);
}

#[test]
fn lam_dong_2026_writer_pdf() {
    let f = "lam-dong-2026-ntm-plan.pdf";
    assert_goals(&evaluate("lam-dong-2026", f, true), f);
}

#[test]
fn lam_dong_2026_writer_pdf_without_rules() {
    let f = "lam-dong-2026-ntm-plan.norules.pdf";
    assert_goals(&evaluate("lam-dong-2026", f, true), f);
}

#[test]
fn dak_lak_2026_ocr_text() {
    let f = "dak-lak-2026-ntm-plan.ocr.txt";
    assert_goals(&evaluate("dak-lak-2026", f, true), f);
}
