//! A commune's summary as printed in the locality cell of a per-commune plan:
//! "Vạn Thắng NTM đạt 14/19 TC, 05 TC chưa đạt gồm: 1, 6, 13, 15, 17, NTM NC đạt
//! 11/19 TC, 8 TC chưa đạt gồm: 1, 2, 6, 7, 10, 13, 14, 17".

use crate::Level;
use regex::Regex;
use std::sync::LazyLock;

/// The name and the per-level counts read from a locality cell.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalityCell {
    /// The locality name as printed (before the first summary word).
    pub name: String,
    /// One summary per level stated.
    pub summaries: Vec<SummaryPart>,
}

/// Counts for one level.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryPart {
    /// Level; `None` when the cell does not say (the table section decides).
    pub level: Option<Level>,
    /// Criteria met.
    pub met: Option<i32>,
    /// Total criteria.
    pub total: Option<i32>,
    /// Criteria not met, as stated.
    pub unmet_count: Option<i32>,
    /// Criteria listed as not met.
    pub unmet_list: Vec<i32>,
    /// The part of the cell this was read from.
    pub raw: String,
}

static LEVEL_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bNTM\s*(NC|nâng cao)?\b").unwrap());
static NAME_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s(NTM|đạt|da|đã)\b|\s*\(").unwrap());
static MET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)đạt\s*(\d{1,2})\s*/\s*(\d{1,2})").unwrap());
static UNMET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,2})(?:\s*/\s*\d{1,2})?\s*(?:TC|tiêu chí)\s*chưa\s*đạt").unwrap()
});
/// "gồm" and its OCR forms seen in plans ("oùm", "gjm").
static LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:gồm|oùm|gjm|gom)\s*:?\s*((?:TC\s*)?\d{1,2}(?:\s*[,;]?\s*\d{1,2}\b)*)")
        .unwrap()
});
static NUM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,2}").unwrap());

/// Reads a locality cell. A cell with no summary gives just the name.
pub fn read_locality_cell(text: &str) -> LocalityCell {
    let text = text.trim();
    // A row number the OCR put in the locality column ("1 Ninh Giang").
    let body = text
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    let name_end = NAME_END.find(body).map_or(body.len(), |m| m.start());
    let name = body[..name_end]
        .trim()
        .trim_end_matches([',', ':'])
        .to_string();
    let rest = &body[name_end..];
    let marks: Vec<(usize, Option<Level>)> = LEVEL_MARK
        .captures_iter(rest)
        .map(|c| {
            let nc = c.get(1).is_some();
            (
                c.get(0).unwrap().start(),
                Some(if nc {
                    Level::XaNtmNangCao
                } else {
                    Level::XaNtm
                }),
            )
        })
        .collect();
    let parts: Vec<(usize, usize, Option<Level>)> = if marks.is_empty() {
        vec![(0, rest.len(), None)]
    } else {
        marks
            .iter()
            .enumerate()
            .map(|(i, (s, l))| (*s, marks.get(i + 1).map_or(rest.len(), |n| n.0), *l))
            .collect()
    };
    let mut summaries = Vec::new();
    for (s, e, level) in parts {
        let seg = &rest[s..e];
        let met = MET.captures(seg);
        let unmet = UNMET.captures(seg);
        let list = LIST.captures(seg);
        if met.is_none() && unmet.is_none() && list.is_none() {
            continue;
        }
        summaries.push(SummaryPart {
            level,
            met: met.as_ref().and_then(|c| c[1].parse().ok()),
            total: met.as_ref().and_then(|c| c[2].parse().ok()),
            unmet_count: unmet.as_ref().and_then(|c| c[1].parse().ok()),
            unmet_list: list
                .map(|c| {
                    NUM.find_iter(&c[1])
                        .filter_map(|m| m.as_str().parse().ok())
                        .collect()
                })
                .unwrap_or_default(),
            raw: seg.trim().trim_end_matches([',', ';']).to_string(),
        });
    }
    LocalityCell { name, summaries }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_levels_in_one_cell() {
        let c = read_locality_cell(
            "Vạn Thắng NTM đạt 14/19 TC, 05 TC chưa đạt gồm: 1, 6, 13, 15, 17, NTM NC đạt 11/19 TC, 8 TC chưa đạt gồm: 1, 2, 6, 7, 10, 13, 14, 17",
        );
        assert_eq!(c.name, "Vạn Thắng");
        assert_eq!(c.summaries.len(), 2);
        let ntm = &c.summaries[0];
        assert_eq!(ntm.level, Some(Level::XaNtm));
        assert_eq!(
            (ntm.met, ntm.total, ntm.unmet_count),
            (Some(14), Some(19), Some(5))
        );
        assert_eq!(ntm.unmet_list, vec![1, 6, 13, 15, 17]);
        let nc = &c.summaries[1];
        assert_eq!(nc.level, Some(Level::XaNtmNangCao));
        assert_eq!(
            (nc.met, nc.total, nc.unmet_count),
            (Some(11), Some(19), Some(8))
        );
        assert_eq!(nc.unmet_list, vec![1, 2, 6, 7, 10, 13, 14, 17]);
    }

    #[test]
    fn no_level_word_and_tc_prefix() {
        let c = read_locality_cell(
            "Sơn Bình đạt 14/15 tiêu chí, 05 tiêu chí chưa đạt gồm: TC 9, 10, 11, 15, 17",
        );
        assert_eq!(c.name, "Sơn Bình");
        let s = &c.summaries[0];
        assert_eq!(s.level, None);
        assert_eq!(
            (s.met, s.total, s.unmet_count),
            (Some(14), Some(15), Some(5))
        );
        assert_eq!(s.unmet_list, vec![9, 10, 11, 15, 17]);
    }

    #[test]
    fn ocr_damaged_list_word_and_plain_names() {
        let c = read_locality_cell(
            "Cam Hải Đông NTM đạt 16/19 TC, 03 TC chưa đạt gồm: 1, 10, 13; NTM NC đạt 12/19 TC, 07 TC chưa đạt oùm: 1, 6, 8",
        );
        assert_eq!(c.summaries[1].unmet_count, Some(7));
        assert_eq!(c.summaries[1].unmet_list, vec![1, 6, 8]);
        assert_eq!(read_locality_cell("Xã Vạn Phú").name, "Xã Vạn Phú");
        assert_eq!(read_locality_cell("1 Ninh Giang").name, "Ninh Giang");
        assert!(read_locality_cell("Huyện Vạn Ninh").summaries.is_empty());
    }
}
