//! The report's opening overview: per level, the communes reaching it per
//! year (cumulative) and per district, and the indicators most often listed
//! as not met, drawn as inline SVG (no script, prints as it shows).
//!
//! Several files of one plan (a PDF and a workbook of the same appendix) and
//! several revisions of it must not be counted twice: only the latest
//! revision of each plan is shown ([`latest_documents`]), and a commune is
//! counted once per level however many of those files name it.

use super::html::esc;
use crate::Level;
use crate::identity::PlanIdentity;
use crate::records::{Extraction, Status};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Indexes of the documents that are the latest revision of their plan (all
/// files of that revision); documents without a plan key stand alone.
pub fn latest_documents(ids: &[PlanIdentity]) -> Vec<usize> {
    let mut newest: BTreeMap<String, Option<chrono::NaiveDate>> = BTreeMap::new();
    for id in ids {
        if let Some(k) = id.plan_key() {
            let e = newest.entry(k).or_insert(id.plan_date);
            if id.plan_date > *e {
                *e = id.plan_date;
            }
        }
    }
    (0..ids.len())
        .filter(|&i| match ids[i].plan_key() {
            Some(k) => newest.get(&k) == Some(&ids[i].plan_date),
            None => true,
        })
        .collect()
}

const BAR: &str = "#1565c0";
const TOP_UNMET: usize = 10;

/// A horizontal bar chart of labelled counts.
fn bars(title: &str, rows: &[(String, usize)]) -> String {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let (label_w, bar_w, row_h) = (210.0, 320.0, 18.0);
    let h = 26.0 + row_h * rows.len() as f64;
    let mut s = format!(
        "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{t}\"><text x=\"0\" y=\"14\" font-size=\"13\" font-weight=\"600\">{t}</text>",
        w = label_w + bar_w + 50.0,
        t = esc(title)
    );
    for (i, (label, n)) in rows.iter().enumerate() {
        let y = 24.0 + row_h * i as f64;
        let len = bar_w * *n as f64 / max as f64;
        let _ = write!(
            s,
            "<text x=\"{lx}\" y=\"{ty}\" font-size=\"11\" text-anchor=\"end\">{l}</text><rect x=\"{label_w}\" y=\"{y}\" width=\"{len:.1}\" height=\"{bh}\" fill=\"{BAR}\"/><text x=\"{nx:.1}\" y=\"{ty}\" font-size=\"11\">{n}</text>",
            lx = label_w - 6.0,
            ty = y + 12.0,
            l = esc(label),
            bh = row_h - 4.0,
            nx = label_w + len + 4.0,
        );
    }
    s.push_str("</svg></figure>\n");
    s
}

/// A commune named in a roadmap (what the overview counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reached {
    pub level: Level,
    /// Commune code, or the name as printed when unresolved.
    pub commune: String,
    pub year: i32,
    pub district: String,
}

/// An indicator listed as not met for a locality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmet {
    pub level: Level,
    /// Catalog code, else the printed code.
    pub code: String,
    /// Locality code, else the name.
    pub locality: String,
}

/// What the overview needs from records.
pub fn from_records(docs: &[&Extraction]) -> (Vec<Reached>, Vec<Unmet>) {
    let reached = docs
        .iter()
        .flat_map(|ex| &ex.roadmap)
        .map(|e| Reached {
            level: e.level,
            commune: e.commune_code.clone().unwrap_or_else(|| e.raw_name.clone()),
            year: e.year,
            district: e.district_name.clone().unwrap_or_else(|| "—".into()),
        })
        .collect();
    let unmet = docs
        .iter()
        .flat_map(|ex| &ex.indicators)
        .filter(|r| r.status == Status::NotMet)
        .filter_map(|r| {
            Some(Unmet {
                level: r.level,
                code: r
                    .matched_code
                    .clone()
                    .or_else(|| r.indicator_code.clone())?,
                locality: r
                    .locality_code
                    .clone()
                    .unwrap_or_else(|| r.locality_name.clone()),
            })
        })
        .collect();
    (reached, unmet)
}

/// The overview section for the documents `docs` (already restricted to the
/// latest revisions).
pub fn overview_section(docs: &[&Extraction]) -> String {
    let (reached, unmet) = from_records(docs);
    overview(&reached, &unmet)
}

/// The overview section from what it counts.
pub fn overview(roadmap: &[Reached], indicators: &[Unmet]) -> String {
    // level → commune → (year, district): the earliest year a commune is named.
    let mut reached: BTreeMap<Level, BTreeMap<&str, (i32, &str)>> = BTreeMap::new();
    for e in roadmap {
        let slot = reached
            .entry(e.level)
            .or_default()
            .entry(&e.commune)
            .or_insert((e.year, &e.district));
        if e.year < slot.0 {
            *slot = (e.year, &e.district);
        }
    }
    let mut h = String::from(
        "<section id=\"overview\"><h2>Tổng quan / Overview</h2>\n<div class=\"charts\">\n",
    );
    if reached.is_empty() {
        h.push_str("<p>Không có lộ trình. / No roadmap in these documents.</p>\n");
    }
    for (level, communes) in &reached {
        let mut per_year: BTreeMap<i32, usize> = BTreeMap::new();
        let mut per_district: BTreeMap<&str, usize> = BTreeMap::new();
        for (year, district) in communes.values() {
            *per_year.entry(*year).or_default() += 1;
            *per_district.entry(*district).or_default() += 1;
        }
        let mut total = 0;
        let cumulative: Vec<(String, usize)> = per_year
            .iter()
            .map(|(y, n)| {
                total += n;
                (y.to_string(), total)
            })
            .collect();
        h.push_str(&bars(
            &format!("{level}: xã đạt chuẩn, lũy kế theo năm / cumulative by year"),
            &cumulative,
        ));
        let districts: Vec<(String, usize)> = per_district
            .iter()
            .map(|(d, n)| (d.to_string(), *n))
            .collect();
        h.push_str(&bars(
            &format!("{level}: theo huyện / by district"),
            &districts,
        ));
    }
    // Indicators most often listed as not met: distinct localities per (level, code).
    let mut unmet: BTreeMap<(Level, &str), BTreeSet<&str>> = BTreeMap::new();
    for r in indicators {
        unmet
            .entry((r.level, &r.code))
            .or_default()
            .insert(&r.locality);
    }
    let mut top: Vec<(String, usize)> = unmet
        .iter()
        .map(|((l, c), who)| (format!("{l} · {c}"), who.len()))
        .collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    top.truncate(TOP_UNMET);
    if !top.is_empty() {
        h.push_str(&bars(
            "Chỉ tiêu chưa đạt nhiều nhất / indicators most often not met (localities)",
            &top,
        ));
    }
    h.push_str("</div></section>\n");
    h
}
