//! `cross_table`: the plan's parts must agree with each other.
//! - The communes the objectives text names for a level and year are the
//!   roadmap's communes for that level and year.
//! - Each district's targets in the objectives text equal the roadmap's
//!   communes of that district and level.
//! - A commune planned for nâng cao (kiểu mẫu) has reached NTM (nâng cao) by then.
//! - Every appendix header cites the document's plan number and date.

use std::collections::{BTreeMap, BTreeSet};

use super::finding::{Finding, Locator, Severity};
use super::place::entry_name;
use crate::Level;
use crate::identity::citations::{citation_key, majority};
use crate::normalize::fold_key;
use crate::records::{Extraction, RoadmapEntry};

pub const RULE: super::Rule = super::Rule::CrossTable;

pub(crate) fn check(loc: &Locator, ex: &Extraction, out: &mut Vec<Finding>) {
    objectives_vs_roadmap(loc, ex, out);
    district_targets(loc, ex, out);
    level_order(loc, ex, out);
    plan_citations(loc, ex, out);
}

fn objectives_vs_roadmap(loc: &Locator, ex: &Extraction, out: &mut Vec<Finding>) {
    for o in &ex.objective_communes {
        let base = |sev| loc.at(RULE, sev, Some(&o.prov), &o.raw_text);
        let lv = o.level.as_str();
        let y = o.year;
        if let Some(n) = o.printed_count
            && !o.raw_names.is_empty()
            && n != o.raw_names.len() as i32
        {
            out.push(
                base(Severity::Error)
                    .compare(n.to_string(), o.raw_names.len().to_string())
                    .say(
                        format!(
                            "Mục tiêu {lv} năm {y}: ghi {n} xã nhưng nêu tên {}.",
                            o.raw_names.len()
                        ),
                        format!(
                            "Objective {lv} {y}: states {n} communes but names {}.",
                            o.raw_names.len()
                        ),
                    ),
            );
        }
        let road: Vec<&RoadmapEntry> = ex.roadmap.iter().filter(|e| e.level == o.level).collect();
        if road.is_empty() || o.raw_names.is_empty() {
            continue;
        }
        let text: BTreeMap<String, &str> = o
            .raw_names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let code = o.commune_codes.get(i).and_then(|c| c.as_deref());
                (loc.commune_key(code, n), n.as_str())
            })
            .collect();
        let in_year: BTreeMap<String, &str> = road
            .iter()
            .filter(|e| e.year == y)
            .map(|e| (loc.entry_key(e), entry_name(e)))
            .collect();
        let missing: Vec<&str> = text
            .iter()
            .filter(|(k, _)| !in_year.contains_key(*k))
            .map(|(_, n)| *n)
            .collect();
        let extra: Vec<&str> = in_year
            .iter()
            .filter(|(k, _)| !text.contains_key(*k))
            .map(|(_, n)| *n)
            .collect();
        for name in &missing {
            let other_year = road
                .iter()
                .find(|e| {
                    loc.entry_key(e) == loc.commune_key(None, name)
                        || fold_key(entry_name(e)) == fold_key(name)
                })
                .map(|e| e.year);
            let (vi_where, en_where) = match other_year {
                Some(oy) => (
                    format!("lộ trình ghi năm {oy}"),
                    format!("the roadmap has it in {oy}"),
                ),
                None => (
                    "lộ trình không có xã này".to_string(),
                    "the roadmap does not name it".to_string(),
                ),
            };
            out.push(
                base(Severity::Error)
                    .locality(Some(name))
                    .compare(
                        format!("{name}: {y}"),
                        other_year.map_or("—".to_string(), |oy| oy.to_string()),
                    )
                    .say(
                        format!("Mục tiêu nêu {name} đạt chuẩn {lv} năm {y}, nhưng {vi_where}."),
                        format!("The objectives name {name} for {lv} in {y}, but {en_where}."),
                    ),
            );
        }
        if !extra.is_empty() {
            out.push(
                base(Severity::Error)
                    .compare(String::new(), extra.join(", "))
                    .say(
                        format!(
                            "Lộ trình {lv} năm {y} có {} mà phần mục tiêu không nêu.",
                            extra.join(", ")
                        ),
                        format!(
                            "The {lv} roadmap for {y} has {} which the objectives do not name.",
                            extra.join(", ")
                        ),
                    ),
            );
        }
    }
}

fn district_targets(loc: &Locator, ex: &Extraction, out: &mut Vec<Finding>) {
    for t in &ex.district_targets {
        let key = loc.district_key(&t.district_name);
        for (level, target) in [
            (Level::XaNtm, t.target_xa_ntm),
            (Level::XaNtmNangCao, t.target_xa_ntm_nang_cao),
            (Level::XaNtmKieuMau, t.target_xa_ntm_kieu_mau),
        ] {
            let road: Vec<&RoadmapEntry> = ex.roadmap.iter().filter(|e| e.level == level).collect();
            if road.is_empty() {
                continue;
            }
            // No figure printed for a level means none planned ("Huyện Khánh Sơn: Có 02/07 xã đạt chuẩn nông thôn mới.").
            let target = target.unwrap_or(0);
            let named: Vec<&str> = road
                .iter()
                .filter(|e| {
                    e.district_name
                        .as_deref()
                        .is_some_and(|d| loc.district_key(d) == key)
                })
                .map(|e| entry_name(e))
                .collect();
            if named.len() as i32 != target {
                let lv = level.as_str();
                let d = &t.district_name;
                out.push(
                    loc.at(RULE, Severity::Error, Some(&t.prov), &t.raw_text)
                        .locality(Some(d))
                        .locality_code(t.district_code.as_deref())
                        .compare(target.to_string(), format!("{} ({})", named.len(), named.join(", ")))
                        .say(
                            format!("Mục tiêu của {d}: {target} xã đạt {lv} đến 2025, lộ trình nêu tên {} xã.", named.len()),
                            format!("{d}'s objective is {target} communes at {lv} by 2025; the roadmap names {}.", named.len()),
                        ),
                );
            }
        }
    }
}

fn level_order(loc: &Locator, ex: &Extraction, out: &mut Vec<Finding>) {
    for (upper, lower) in [
        (Level::XaNtmNangCao, Level::XaNtm),
        (Level::XaNtmKieuMau, Level::XaNtmNangCao),
    ] {
        let lower_year: BTreeMap<String, i32> = ex
            .roadmap
            .iter()
            .filter(|e| e.level == lower)
            .map(|e| (loc.entry_key(e), e.year))
            .collect();
        if lower_year.is_empty() {
            continue;
        }
        for e in ex.roadmap.iter().filter(|e| e.level == upper) {
            let name = entry_name(e);
            let (u, l) = (upper.as_str(), lower.as_str());
            let f = match lower_year.get(&loc.entry_key(e)) {
                Some(&ly) if ly <= e.year => continue,
                Some(&ly) => loc
                    .at(RULE, Severity::Error, Some(&e.prov), &e.raw_name)
                    .compare(format!("{l} ≤ {}", e.year), ly.to_string())
                    .say(
                        format!(
                            "{name} đạt {u} năm {} nhưng lộ trình {l} ghi năm {ly}, muộn hơn.",
                            e.year
                        ),
                        format!(
                            "{name} reaches {u} in {} but the {l} roadmap has it only in {ly}.",
                            e.year
                        ),
                    ),
                None => loc
                    .at(RULE, Severity::Warning, Some(&e.prov), &e.raw_name)
                    .compare(format!("{l} ≤ {}", e.year), "—")
                    .say(
                        format!(
                            "{name} đạt {u} năm {} nhưng không có trong lộ trình {l}.",
                            e.year
                        ),
                        format!(
                            "{name} reaches {u} in {} but is not in the {l} roadmap.",
                            e.year
                        ),
                    ),
            };
            out.push(f.locality(Some(name)));
        }
    }
}

fn plan_citations(loc: &Locator, ex: &Extraction, out: &mut Vec<Finding>) {
    let numbers = ex
        .appendices
        .iter()
        .filter_map(|a| a.plan_number.as_deref());
    let doc_number = majority(numbers, ex.plan_number.as_deref()).map(|s| citation_key(&s));
    let dates = ex.appendices.iter().filter_map(|a| a.plan_date.as_deref());
    let doc_date = majority(dates, None);
    let shown_number = |key: &str| {
        ex.appendices
            .iter()
            .filter_map(|a| a.plan_number.as_deref())
            .chain(ex.plan_number.as_deref())
            .find(|n| citation_key(n) == key)
            .unwrap_or(key)
            .to_string()
    };
    let mut seen = BTreeSet::new();
    for a in &ex.appendices {
        let label = a
            .label
            .clone()
            .unwrap_or_else(|| a.kind.as_str().to_string());
        if let (Some(n), Some(doc)) = (a.plan_number.as_deref(), doc_number.as_deref())
            && citation_key(n) != doc
            && seen.insert((a.prov.table_index, "n"))
        {
            let want = shown_number(doc);
            out.push(
                loc.at(RULE, Severity::Warning, Some(&a.prov), &a.caption)
                    .compare(want.clone(), n)
                    .say(
                        format!("{label} ghi kèm theo Kế hoạch số {n}, trong khi văn bản là Kế hoạch số {want}."),
                        format!("{label} says it accompanies plan {n}; the document's plan is {want}."),
                    ),
            );
        }
        if let (Some(d), Some(doc)) = (a.plan_date.as_deref(), doc_date.as_deref())
            && d != doc
            && seen.insert((a.prov.table_index, "d"))
        {
            out.push(
                loc.at(RULE, Severity::Warning, Some(&a.prov), &a.caption)
                    .compare(doc, d)
                    .say(
                        format!(
                            "{label} ghi ngày kế hoạch {d}, trong khi các phụ lục khác ghi {doc}."
                        ),
                        format!(
                            "{label} cites the plan date {d}; the other appendices cite {doc}."
                        ),
                    ),
            );
        }
    }
}
