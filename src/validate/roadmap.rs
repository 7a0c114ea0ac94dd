//! `roadmap_arithmetic`: a roadmap appendix (Phụ lục 07/08/09 kind) must add
//! up. Per year row: the printed total is the number of communes named, the
//! cumulative is the running sum, and the percent is the cumulative over
//! the communes in the programme. Per district: the grand-total row's
//! figure is the number of communes named for that district. A commune
//! reaches a level once.

use std::collections::BTreeMap;

use super::finding::{Finding, Locator, Severity, fixed};
use super::place::entry_name;
use crate::Level;
use crate::records::{Extraction, RoadmapEntry, RoadmapTotal};

pub const RULE: super::Rule = super::Rule::RoadmapArithmetic;

/// Decimals of the first percent printed in a row's text ("10.6%" → 1);
/// one decimal, the roadmaps' own precision, when none is found.
fn percent_decimals(raw: &str) -> usize {
    let Some(i) = raw.find('%') else {
        return 1;
    };
    let num: String = raw[..i]
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    match num.rfind([',', '.']) {
        Some(p) => num.len() - p - 1,
        None => 0,
    }
}

/// The programme sizes a printed `percent` of `cumulative` communes allows,
/// given the percent was rounded to `decimals`: `(low, point, high)`.
pub fn implied_denominator(cumulative: i32, percent: f64, decimals: usize) -> (f64, f64, f64) {
    let half = 0.5 * 10f64.powi(-(decimals as i32));
    let c = 100.0 * cumulative as f64;
    let hi = if percent - half > 0.0 {
        c / (percent - half)
    } else {
        f64::INFINITY
    };
    (c / (percent + half), c / percent, hi)
}

/// Whether `printed` (with `decimals` decimals) is `exact` cut after its
/// last printed decimal instead of rounded: 53,26 printed as 53,2. The
/// tolerance (1e-9 points) only absorbs float noise.
fn truncated_to(exact: f64, decimals: usize, printed: f64) -> bool {
    let unit = 10f64.powi(-(decimals as i32));
    printed - 1e-9 <= exact && exact < printed + unit - 1e-9
}

/// Whole numbers in `[lo, hi]`.
fn whole_in(lo: f64, hi: f64) -> Option<(i64, i64)> {
    let a = lo.ceil() as i64;
    let b = if hi.is_finite() {
        hi.floor() as i64
    } else {
        i64::MAX
    };
    (a <= b).then_some((a, b))
}

/// Checks every level's roadmap. `programme` is the number of communes in
/// the province's programme (the denominator the percents should use).
pub(crate) fn check(
    loc: &Locator,
    ex: &Extraction,
    programme: Option<i32>,
    out: &mut Vec<Finding>,
) {
    let mut levels: Vec<Level> = ex
        .roadmap
        .iter()
        .map(|e| e.level)
        .chain(ex.roadmap_totals.iter().map(|t| t.level))
        .collect();
    levels.sort();
    levels.dedup();
    for level in levels {
        let entries: Vec<&RoadmapEntry> = ex.roadmap.iter().filter(|e| e.level == level).collect();
        let totals: Vec<&RoadmapTotal> = ex
            .roadmap_totals
            .iter()
            .filter(|t| t.level == level)
            .collect();
        year_rows(loc, level, &entries, &totals, programme, out);
        district_rows(loc, level, &entries, &totals, out);
        duplicates(loc, level, &entries, out);
    }
}

fn year_rows(
    loc: &Locator,
    level: Level,
    entries: &[&RoadmapEntry],
    totals: &[&RoadmapTotal],
    programme: Option<i32>,
    out: &mut Vec<Finding>,
) {
    let mut rows: Vec<&RoadmapTotal> = totals
        .iter()
        .copied()
        .filter(|t| t.year.is_some() && t.district_name.is_none())
        .collect();
    rows.sort_by_key(|t| t.year);
    let lv = level.as_str();
    let mut running = 0;
    let mut prev_range: Option<((i64, i64), i32)> = None;
    for t in rows {
        let year = t.year.unwrap_or_default();
        let base = |sev| loc.at(RULE, sev, Some(&t.prov), &t.raw_text);
        let named: Vec<&str> = entries
            .iter()
            .filter(|e| e.year == year)
            .map(|e| entry_name(e))
            .collect();
        if let Some(total) = t.printed_total {
            if total != named.len() as i32 {
                out.push(
                    base(Severity::Error)
                        .compare(named.len().to_string(), total.to_string())
                        .say(
                            format!("Năm {year} ({lv}): tổng in là {total} nhưng bảng nêu tên {} xã: {}.", named.len(), named.join(", ")),
                            format!("Year {year} ({lv}): printed total {total}, but {} communes are named: {}.", named.len(), named.join(", ")),
                        ),
                );
            }
            running += total;
        }
        if let Some(cum) = t.printed_cumulative
            && cum != running
        {
            out.push(
                base(Severity::Error)
                    .compare(running.to_string(), cum.to_string())
                    .say(
                        format!("Năm {year} ({lv}): lũy kế in là {cum}, cộng dồn các năm là {running}."),
                        format!("Year {year} ({lv}): printed cumulative {cum}, running sum of the year totals is {running}."),
                    ),
            );
        }
        let (Some(cum), Some(pct)) = (t.printed_cumulative, t.printed_percent) else {
            continue;
        };
        if pct <= 0.0 {
            continue;
        }
        let dec = percent_decimals(&t.raw_text);
        let (lo, point, hi) = implied_denominator(cum, pct, dec);
        let range = whole_in(lo, hi);
        let implied = format!(
            "≈{} ({}–{})",
            fixed(point, 1),
            fixed(lo, 1),
            if hi.is_finite() {
                fixed(hi, 1)
            } else {
                "∞".into()
            }
        );
        if let Some(n) = programme
            && !(lo <= n as f64 && n as f64 <= hi)
        {
            let exact = 100.0 * cum as f64 / n as f64;
            if truncated_to(exact, dec, pct) {
                out.push(
                    base(Severity::Warning)
                        .compare(format!("{}% ({cum}/{n})", fixed(exact, dec)), format!("{}%", fixed(pct, dec)))
                        .say(
                            format!("Năm {year} ({lv}): {cum}/{n} = {}%, in {}% (cắt bớt chữ số thay vì làm tròn).", fixed(exact, dec + 2), fixed(pct, dec)),
                            format!("Year {year} ({lv}): {cum}/{n} = {}%, printed {}% (truncated rather than rounded).", fixed(exact, dec + 2), fixed(pct, dec)),
                        ),
                );
                continue;
            }
            out.push(
                base(Severity::Error)
                    .compare(
                        format!("{}% ({cum}/{n})", fixed(100.0 * cum as f64 / n as f64, dec)),
                        format!("{}%", fixed(pct, dec)),
                    )
                    .say(
                        format!("Năm {year} ({lv}): {cum} xã = {}% ngụ ý mẫu số {implied}, không phải {n} xã trong Chương trình.", fixed(pct, dec)),
                        format!("Year {year} ({lv}): {cum} communes = {}% implies a denominator of {implied}, not the programme's {n} communes.", fixed(pct, dec)),
                    ),
            );
        }
        if let (Some(r), Some((p, py))) = (range, prev_range)
            && (r.1 < p.0 || r.0 > p.1)
        {
            out.push(
                base(Severity::Warning)
                    .compare(format!("{}–{}", p.0, p.1), format!("{}–{}", r.0, r.1))
                    .say(
                        format!("Mẫu số của tỷ lệ đổi giữa năm {py} ({}–{}) và năm {year} ({}–{}) trong lộ trình {lv}.", p.0, p.1, r.0, r.1),
                        format!("The percent's denominator changes between {py} ({}–{}) and {year} ({}–{}) in the {lv} roadmap.", p.0, p.1, r.0, r.1),
                    ),
            );
        }
        if let Some(r) = range {
            prev_range = Some((r, year));
        }
    }
    // Grand total (no year, no district): all communes named, and the last cumulative.
    for t in totals
        .iter()
        .filter(|t| t.year.is_none() && t.district_name.is_none())
    {
        if let Some(total) = t.printed_total
            && total != entries.len() as i32
        {
            out.push(
                loc.at(RULE, Severity::Error, Some(&t.prov), &t.raw_text)
                    .compare(entries.len().to_string(), total.to_string())
                    .say(
                        format!(
                            "Dòng tổng cộng ({lv}) in {total}, bảng nêu tên {} xã.",
                            entries.len()
                        ),
                        format!(
                            "Grand-total row ({lv}) prints {total}; the table names {} communes.",
                            entries.len()
                        ),
                    ),
            );
        }
    }
}

fn district_rows<'a>(
    loc: &Locator,
    level: Level,
    entries: &[&'a RoadmapEntry],
    totals: &[&'a RoadmapTotal],
    out: &mut Vec<Finding>,
) {
    let lv = level.as_str();
    // District keys resolved once per distinct name: resolving them per
    // (total, entry) pair made this quadratic in the roadmap's length.
    let mut keys: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
    let mut key_of = |n: &'a str| keys.entry(n).or_insert_with(|| loc.district_key(n)).clone();
    let entry_keys: Vec<(Option<String>, Option<String>)> = entries
        .iter()
        .map(|e| {
            (
                e.district_name.as_deref().map(&mut key_of),
                e.printed_district.as_deref().map(&mut key_of),
            )
        })
        .collect();
    for t in totals.iter().filter(|t| t.year.is_none()) {
        let (Some(d), Some(total)) = (t.district_name.as_deref(), t.printed_total) else {
            continue;
        };
        let key = key_of(d);
        let placed: Vec<&str> = entries
            .iter()
            .zip(&entry_keys)
            .filter(|(_, (k, _))| k.as_ref() == Some(&key))
            .map(|(e, _)| entry_name(e))
            .collect();
        let printed = entry_keys
            .iter()
            .filter(|(_, k)| k.as_ref() == Some(&key))
            .count();
        if placed.len() as i32 != total {
            out.push(
                loc.at(RULE, Severity::Error, Some(&t.prov), &t.raw_text)
                    .locality(Some(&loc.district_name(d)))
                    .locality_code(loc.district_code(d).as_deref())
                    .compare(format!("{} ({})", placed.len(), placed.join(", ")), total.to_string())
                    .say(
                        format!(
                            "Tổng cộng của {} ({lv}) in là {total}, nhưng lộ trình nêu tên {} xã thuộc địa bàn này (theo cột in: {printed}).",
                            loc.district_name(d), placed.len()
                        ),
                        format!(
                            "Grand total for {} ({lv}) prints {total}, but the roadmap names {} communes of that district ({printed} by the printed column).",
                            loc.district_name(d), placed.len()
                        ),
                    ),
            );
        }
    }
    for e in entries {
        let (Some(real), Some(col)) = (e.district_name.as_deref(), e.printed_district.as_deref())
        else {
            continue;
        };
        if loc.district_key(real) != loc.district_key(col) {
            out.push(
                loc.at(RULE, Severity::Info, Some(&e.prov), &e.raw_name)
                    .locality(Some(entry_name(e)))
                    .locality_code(e.commune_code.as_deref())
                    .compare(loc.district_name(real), col.to_string())
                    .say(
                        format!(
                            "{} ({}) được in dưới cột {col} nhưng thuộc {}.",
                            entry_name(e),
                            e.year,
                            loc.district_name(real)
                        ),
                        format!(
                            "{} ({}) is printed under the {col} column but belongs to {}.",
                            entry_name(e),
                            e.year,
                            loc.district_name(real)
                        ),
                    ),
            );
        }
    }
}

fn duplicates(loc: &Locator, level: Level, entries: &[&RoadmapEntry], out: &mut Vec<Finding>) {
    let mut seen: BTreeMap<String, &RoadmapEntry> = BTreeMap::new();
    for e in entries {
        match seen.get(&loc.entry_key(e)) {
            Some(first) => out.push(
                loc.at(RULE, Severity::Error, Some(&e.prov), &e.raw_name)
                    .locality(Some(entry_name(e)))
                    .locality_code(e.commune_code.as_deref())
                    .compare(
                        format!("{} (một lần / once)", first.year),
                        e.year.to_string(),
                    )
                    .say(
                        format!(
                            "{} đạt chuẩn {} hai lần: năm {} và năm {}.",
                            entry_name(e),
                            level.as_str(),
                            first.year,
                            e.year
                        ),
                        format!(
                            "{} reaches {} twice: in {} and in {}.",
                            entry_name(e),
                            level.as_str(),
                            first.year,
                            e.year
                        ),
                    ),
            ),
            None => {
                seen.insert(loc.entry_key(e), e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn implied_denominators_of_the_plan() {
        // Phụ lục 07, 2014: 10 communes = 10.6% → about 94.
        let (lo, p, hi) = implied_denominator(10, 10.6, 1);
        assert!(lo < 94.0 && 94.0 < hi && lo > 92.0, "{lo} {p} {hi}");
        // Phụ lục 07, 2024: 70 = 76,1% → 92.
        let (lo, _, hi) = implied_denominator(70, 76.1, 1);
        assert!(lo <= 92.0 && 92.0 <= hi);
        // Phụ lục 09, 2025: 11 = 11,8% → 93.2, and 92 is outside.
        let (lo, p, _) = implied_denominator(11, 11.8, 1);
        assert!((p - 93.22).abs() < 0.01 && lo > 92.0);
    }

    #[test]
    fn plan_line_646_2019_percent_is_truncated_not_a_denominator() {
        // Phụ lục 07, 2019: "49 | 53.2%"; 49/92 = 53,26 % rounds to 53,3 but cuts to 53,2.
        assert!(truncated_to(100.0 * 49.0 / 92.0, 1, 53.2));
        // 2014: "10 | 10.6%"; 10/92 = 10,87 % cuts to 10,8, not 10,6.
        assert!(!truncated_to(100.0 * 10.0 / 92.0, 1, 10.6));
    }

    #[test]
    fn decimals_from_row_text() {
        assert_eq!(percent_decimals("2014 | 10 | 10 | 10.6% | N Quang"), 1);
        assert_eq!(percent_decimals("2025 | 6 | 76 | 82,60 %"), 2);
        assert_eq!(percent_decimals("no percent"), 1);
    }
}
