//! Appendix recognition: what kind of table this is, judged from its caption
//! and header by meaning (diacritic-free keywords), so OCR damage ("Dịa phương",
//! "Giai pháp", "Số lần tái đi nh") and other column orders still classify.

use super::columns::ColumnTitles;
use crate::Level;
use crate::normalize::fold_key;
use crate::records::AppendixKind;
use ntm_parsers::Table;
use regex::Regex;
use std::sync::LazyLock;

/// The outcome of recognising one table.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognised {
    /// Kind of appendix.
    pub kind: AppendixKind,
    /// Level, for tables about one level (roadmaps).
    pub level: Option<Level>,
    /// "Phụ lục 07" when a label is printed.
    pub label: Option<String>,
    /// Cited plan number ("1355/KH-UBND").
    pub plan_number: Option<String>,
    /// Cited plan date, ISO.
    pub plan_date: Option<String>,
}

/// Folded text of the column titles (all header rows, see
/// [`super::columns::column_titles`]), one title per column, joined with " | ".
pub fn header_key(t: &Table) -> String {
    header_key_of(&super::columns::column_titles(t))
}

/// [`header_key`] from titles already computed.
pub fn header_key_of(titles: &ColumnTitles) -> String {
    titles
        .joined
        .iter()
        .map(|x| fold_key(x))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Classifies a table.
pub fn recognise(t: &Table) -> Recognised {
    recognise_titled(t, &super::columns::column_titles(t))
}

/// What the columns of a table are about, from their folded titles: the
/// evidence the kinds are told apart by, whatever words and order an office uses.
#[derive(Debug, Default)]
struct ColumnMeanings {
    /// A criterion or indicator column ("Tiêu chí", "Tiêu chí, chỉ tiêu xã NTM").
    criterion: bool,
    /// An agency column ("Cơ quan, đơn vị", "Tên đơn vị", "Cơ quan phụ trách").
    agency: bool,
    /// A locality column ("Địa phương", "Tên xã", "Xã").
    locality: bool,
    /// A district column of a roadmap ("Huyện", "Đơn vị cấp huyện").
    district: bool,
    /// Columns of target percentages per level ("Xã NTM", "Xã đạt chuẩn NTM nâng cao").
    levels: usize,
    /// A year column ("Năm", "Năm đạt chuẩn") or several titled with years ("Năm 2024").
    years: usize,
    /// Unmet criteria ("… chưa đạt").
    unmet: bool,
}

fn meanings(titles: &ColumnTitles) -> ColumnMeanings {
    let mut m = ColumnMeanings::default();
    for (leaf, joined) in titles.leaf.iter().zip(&titles.joined) {
        let k = fold_key(joined);
        let leaf_k = fold_key(leaf);
        let has = |w: &str| k.contains(w);
        if has("chua dat") {
            m.unmet = true;
        }
        let agency = (has("co quan") || has("don vi") || has("phu trach"))
            && !has("cap huyen")
            && !has("don vi tinh");
        if agency {
            m.agency = true;
        } else if has("tieu chi") || has("chi tieu") {
            m.criterion = true;
        }
        if agency && (has("tieu chi") || has("chi tieu")) {
            m.criterion = true;
        }
        if has("dia phuong") || leaf_k == "xa" || leaf_k.starts_with("ten xa") {
            m.locality = true;
        }
        if leaf_k == "huyen" || has("cap huyen") || leaf_k.starts_with("thuoc huyen") {
            m.district = true;
        }
        if !agency
            && !has("chua dat")
            && (super::targets::level_of_header(leaf).is_some()
                || super::targets::level_of_header(joined).is_some())
        {
            m.levels += 1;
        }
        let year_title = leaf_k == "nam"
            || leaf_k.starts_with("nam dat")
            || leaf_k.starts_with("nam hoan thanh")
            || leaf_k.starts_with("nam cong nhan")
            || (leaf_k.starts_with("nam ")
                && leaf_k[4..]
                    .trim()
                    .parse::<u32>()
                    .is_ok_and(|y| (1990..=2100).contains(&y)));
        if year_title {
            m.years += 1;
        }
    }
    m
}

/// Classifies a table whose column titles are already computed.
pub fn recognise_titled(t: &Table, titles: &ColumnTitles) -> Recognised {
    let caption = fold_key(&t.caption.join(" "));
    let header = header_key_of(titles);
    let m = meanings(titles);
    let has = |s: &str, w: &str| s.contains(w);
    let level_from = |s: &str| {
        if has(s, "kieu mau") {
            Level::XaNtmKieuMau
        } else if has(s, "nang cao") {
            Level::XaNtmNangCao
        } else {
            Level::XaNtm
        }
    };
    // A list of communes (or districts) with the year each reaches the level,
    // about no criterion: a roadmap whatever its caption says.
    let roadmap_list =
        m.years > 0 && (m.locality || m.district) && !m.criterion && !m.unmet && !m.agency;
    let (kind, level) = if has(&caption, "lo trinh")
        || (has(&header, "nam") && has(&header, "luy ke") && has(&header, "tong"))
        || roadmap_list
    {
        (AppendixKind::Roadmap, Some(level_from(&caption)))
    } else if (has(&header, "xa ntm") && has(&header, "huyen ntm"))
        || has(&caption, "muc tieu ve so dia phuong")
        || (m.criterion && m.levels > 0 && !m.unmet && !m.agency && !m.locality)
    {
        (AppendixKind::Targets, None)
    } else if (has(&header, "tham dinh") && (has(&header, "don vi") || has(&caption, "co quan")))
        || (m.agency
            && m.criterion
            && !m.unmet
            && !m.locality
            && !has(&header, "giai phap")
            && !has(&header, "thoi gian"))
    {
        (AppendixKind::Agencies, None)
    } else if has(&header, "chua dat") {
        (AppendixKind::CommunePlan, None)
    } else if has(&header, "tieu chi") && has(&caption, "kieu mau") {
        (AppendixKind::KieuMauPlan, Some(Level::XaNtmKieuMau))
    } else if has(&header, "tieu chi")
        && (has(&caption, "cap huyen") || first_locality_is_district(t))
    {
        (AppendixKind::DistrictPlan, None)
    } else {
        (AppendixKind::Unknown, None)
    };
    let caption_raw = t.caption.join(" ");
    let (plan_number, plan_date) = plan_reference(&caption_raw);
    Recognised {
        kind,
        level,
        label: label(&t.caption),
        plan_number,
        plan_date,
    }
}

fn first_locality_is_district(t: &Table) -> bool {
    (t.header_rows..t.n_rows.min(t.header_rows + 3)).any(|r| {
        t.row_cells(r).any(|c| {
            let k = fold_key(&c.text);
            k.starts_with("huyen ") || k.starts_with("thanh pho ") || k.starts_with("thi xa ")
        })
    })
}

static LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*ph\w{0,2}\s+l\w{1,3}\s*(\d{1,2}|[IVX]+)\b").unwrap());

/// "Phụ lục 07" from a caption line such as "Phy lục 07:".
fn label(caption: &[String]) -> Option<String> {
    caption.iter().find_map(|l| {
        LABEL.captures(l).map(|c| {
            let n = &c[1];
            match n.parse::<u32>() {
                Ok(v) => format!("Phụ lục {v:02}"),
                Err(_) => format!("Phụ lục {n}"),
            }
        })
    })
}

static PLAN_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)k[eếể]\s*ho[aạ]ch\s+s[oố]\s*:?\s*(\d+\s*[-/]\s*[A-ZĐ]+(?:\s*[-/]\s*[A-ZĐ]+)*)")
        .unwrap()
});
static PLAN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)ng[aà]y\s+(\d{1,2})\s*(?:tháng\s*|/)(\d{1,2})\s*(?:năm\s*|/)(\d{4})").unwrap()
});

/// Plan number and ISO date cited in "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 8
/// tháng 3 năm 2024 …)".
pub fn plan_reference(text: &str) -> (Option<String>, Option<String>) {
    let number = PLAN_NO
        .captures(text)
        .map(|c| c[1].split_whitespace().collect::<String>());
    let date = PLAN_DATE.captures(text).and_then(|c| {
        let d: u32 = c[1].parse().ok()?;
        let m: u32 = c[2].parse().ok()?;
        let y: i32 = c[3].parse().ok()?;
        ((1..=31).contains(&d) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}-{d:02}"))
    });
    (number, date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_references_from_real_captions() {
        assert_eq!(
            plan_reference(
                "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)"
            ),
            (Some("1355/KH-UBND".into()), Some("2024-03-08".into()))
        );
        assert_eq!(
            plan_reference(
                "(Kết hợp theo Kế hoạch số 125-KH/UBND ngày 25 tháng 5 năm 2024 của UBND tỉnh)"
            ),
            (Some("125-KH/UBND".into()), Some("2024-05-25".into()))
        );
    }

    #[test]
    fn labels_survive_ocr() {
        assert_eq!(
            label(&["Phy lục 02: KẾ HOẠCH".into()]),
            Some("Phụ lục 02".into())
        );
        assert_eq!(label(&["Phụ lục 7:".into()]), Some("Phụ lục 07".into()));
        assert_eq!(label(&["KẾ HOẠCH THỰC HIỆN".into()]), None);
    }
}
