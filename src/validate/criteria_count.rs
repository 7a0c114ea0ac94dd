//! `criteria_count`: a commune's summary line ("Sơn Bình đạt 14/19 tiêu chí,
//! 05 tiêu chí chưa đạt gồm: TC 9, 10, 11, 15, 17") must add up, list as many
//! criteria as it says, and name the criteria the rows below it detail.

use std::collections::BTreeSet;

use super::finding::{Finding, Locator, Severity};
use crate::catalog::Catalog;
use crate::normalize::fold_key;
use crate::records::{CriteriaSummary, Extraction, IndicatorRecord};

pub const RULE: super::Rule = super::Rule::CriteriaCount;

fn list(v: &BTreeSet<i32>) -> String {
    v.iter().map(i32::to_string).collect::<Vec<_>>().join(", ")
}

/// Same commune: both codes when both are resolved, else the folded names.
fn same_commune(s: &CriteriaSummary, r: &IndicatorRecord) -> bool {
    match (&s.locality_code, &r.locality_code) {
        (Some(a), Some(b)) => a == b,
        _ => fold_key(&s.locality_name) == fold_key(&r.locality_name),
    }
}

pub(crate) fn check(loc: &Locator, cat: &Catalog, ex: &Extraction, out: &mut Vec<Finding>) {
    for s in &ex.summaries {
        let base = |sev| {
            loc.at(RULE, sev, Some(&s.prov), &s.raw_text)
                .locality(Some(&s.locality_name))
                .locality_code(s.locality_code.as_deref())
        };
        let level = s.level.as_str();
        if let (Some(met), Some(unmet), Some(total)) = (s.met, s.unmet_count, s.total)
            && met + unmet != total
        {
            out.push(
                base(Severity::Error)
                    .compare(format!("{met} + {unmet} = {total}"), format!("{met} + {unmet} = {}", met + unmet))
                    .say(
                        format!("Số tiêu chí đạt ({met}) cộng số chưa đạt ({unmet}) bằng {}, không bằng tổng {total} ({level}).", met + unmet),
                        format!("Criteria met ({met}) plus not met ({unmet}) make {}, not the stated total {total} ({level}).", met + unmet),
                    ),
            );
        }
        // The level's criteria set (criterion 0 holds general conditions, not a criterion).
        let set_size = cat
            .level(s.level)
            .map(|l| l.criteria.iter().filter(|c| c.no > 0).count() as i32);
        if let (Some(total), Some(n)) = (s.total, set_size)
            && n > 1
            && total != n
        {
            out.push(
                base(Severity::Warning)
                    .compare(n.to_string(), total.to_string())
                    .say(
                        format!(
                            "Tổng số tiêu chí in là {total}, bộ tiêu chí {level} có {n} tiêu chí."
                        ),
                        format!("Stated total {total} criteria; the {level} set has {n}."),
                    ),
            );
        }
        let listed: BTreeSet<i32> = s.unmet_list.iter().copied().collect();
        let detailed: BTreeSet<i32> = ex
            .indicators
            .iter()
            .filter(|r| {
                r.level == s.level && r.prov.table_index == s.prov.table_index && same_commune(s, r)
            })
            .filter_map(|r| r.criterion_no)
            .collect();
        if let Some(unmet) = s.unmet_count
            && !s.unmet_list.is_empty()
            && s.unmet_list.len() as i32 != unmet
        {
            // A list shorter than stated whose rows detail exactly the stated
            // number of criteria, every listed one among them, was most
            // likely cut by a page break (the rest printed on the next page):
            // only a warning.
            let cut = (s.unmet_list.len() as i32) < unmet
                && listed.is_subset(&detailed)
                && detailed.len() as i32 == unmet;
            let (sev, vi, en) = if cut {
                (
                    Severity::Warning,
                    format!(
                        " Các dòng chi tiết nêu đúng {unmet} tiêu chí ({}): danh sách có thể bị ngắt trang.",
                        list(&detailed)
                    ),
                    format!(
                        " The rows below detail exactly {unmet} criteria ({}): the list was probably cut by a page break.",
                        list(&detailed)
                    ),
                )
            } else {
                (Severity::Error, String::new(), String::new())
            };
            out.push(
                base(sev)
                    .compare(
                        format!("{unmet} tiêu chí / criteria"),
                        format!("{} ({})", s.unmet_list.len(), list(&listed)),
                    )
                    .say(
                        format!(
                            "Ghi {unmet} tiêu chí chưa đạt nhưng chỉ liệt kê {}: {}.{vi}",
                            s.unmet_list.len(),
                            list(&listed)
                        ),
                        format!(
                            "States {unmet} criteria not met but lists {}: {}.{en}",
                            s.unmet_list.len(),
                            list(&listed)
                        ),
                    ),
            );
        }
        if listed.is_empty() {
            continue;
        }
        if detailed.is_empty() {
            continue;
        }
        let not_detailed: BTreeSet<i32> = listed.difference(&detailed).copied().collect();
        let not_listed: BTreeSet<i32> = detailed.difference(&listed).copied().collect();
        if !not_detailed.is_empty() || !not_listed.is_empty() {
            out.push(
                base(Severity::Warning)
                    .compare(list(&listed), list(&detailed))
                    .say(
                        format!(
                            "Danh sách tiêu chí chưa đạt ({}) khác các tiêu chí được trình bày chi tiết bên dưới ({}); liệt kê mà không chi tiết: [{}], chi tiết mà không liệt kê: [{}].",
                            list(&listed), list(&detailed), list(&not_detailed), list(&not_listed)
                        ),
                        format!(
                            "The criteria listed as not met ({}) differ from those detailed in the rows below ({}); listed but not detailed: [{}], detailed but not listed: [{}].",
                            list(&listed), list(&detailed), list(&not_detailed), list(&not_listed)
                        ),
                    ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Level;
    use crate::validate::testing::{indicator, locator, summary};

    fn run(ex: &Extraction) -> Vec<Finding> {
        let mut out = Vec::new();
        check(&locator(), Catalog::builtin(), ex, &mut out);
        out
    }

    #[test]
    fn son_binh_14_of_15_plus_5() {
        let s = summary(
            "Sơn Bình",
            Level::XaNtm,
            "Sơn Bình đạt 14/15 tiêu chí, 05 tiêu chí chưa đạt gồm: TC 9, 10, 11, 15, 17",
            (14, 15, 5),
            &[9, 10, 11, 15, 17],
        );
        let ex = Extraction {
            summaries: vec![s.clone()],
            ..Default::default()
        };
        let f = run(&ex);
        assert!(f.iter().any(|f| f.severity == Severity::Error && f.found.as_deref() == Some("14 + 5 = 19")), "{f:?}");
        // The same line as it should read passes.
        let mut ok = s;
        ok.total = Some(19);
        let ex = Extraction {
            summaries: vec![ok],
            ..Default::default()
        };
        assert!(run(&ex).is_empty());
    }

    #[test]
    fn detailed_rows_compared_with_the_list() {
        let s = summary(
            "Vạn Thắng",
            Level::XaNtm,
            "Vạn Thắng NTM đạt 14/19 TC, 05 TC chưa đạt gồm: 1, 6, 13, 15, 17",
            (14, 19, 5),
            &[1, 6, 13, 15, 17],
        );
        let rows: Vec<IndicatorRecord> = [1, 6, 13, 15]
            .iter()
            .map(|&no| {
                let mut r = indicator("-Tiêu chí …");
                r.locality_name = "Vạn Thắng".into();
                r.criterion_no = Some(no);
                r
            })
            .collect();
        let ex = Extraction {
            summaries: vec![s],
            indicators: rows.clone(),
            ..Default::default()
        };
        let f = run(&ex);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message_en.contains("listed but not detailed: [17]"));
        let mut all = rows;
        let mut r17 = all[0].clone();
        r17.criterion_no = Some(17);
        all.push(r17);
        let ex = Extraction {
            summaries: ex.summaries,
            indicators: all,
            ..Default::default()
        };
        assert!(run(&ex).is_empty());
    }

    #[test]
    fn plan_line_450_list_cut_by_the_page_break_is_a_warning() {
        // "NTM NC đạt 12/19 TC, 07 TC chưa đạt oùm: 1, 6, 8" ends the page; the next
        // page's rows detail nâng cao criteria 1, 6, 8, 10, 11, 13, 16 (lines 449–466).
        let s = summary(
            "Cam Hải Đông",
            Level::XaNtmNangCao,
            "NTM NC đạt 12/19 TC, 07 TC chưa đạt oùm: 1, 6, 8",
            (12, 19, 7),
            &[1, 6, 8],
        );
        let rows = |nos: &[i32]| -> Vec<IndicatorRecord> {
            nos.iter()
                .map(|&no| {
                    let mut r = indicator("-Tiêu chí …");
                    r.level = Level::XaNtmNangCao;
                    r.locality_name = "Cam Hải Đông".into();
                    r.criterion_no = Some(no);
                    r
                })
                .collect()
        };
        let ex = Extraction {
            summaries: vec![s.clone()],
            indicators: rows(&[1, 6, 8, 10, 11, 13, 16]),
            ..Default::default()
        };
        let f = run(&ex);
        let short: Vec<_> = f
            .iter()
            .filter(|x| x.message_en.contains("lists 3"))
            .collect();
        assert_eq!(short.len(), 1, "{f:?}");
        assert_eq!(short[0].severity, Severity::Warning);
        // Rows detailing only 5 criteria do not explain the 7: an error.
        let ex = Extraction {
            summaries: vec![s],
            indicators: rows(&[1, 6, 8, 10, 11]),
            ..Default::default()
        };
        let f = run(&ex);
        assert!(
            f.iter()
                .any(|x| x.message_en.contains("lists 3") && x.severity == Severity::Error)
        );
    }
}
