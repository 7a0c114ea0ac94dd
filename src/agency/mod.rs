//! Agency names: the printed name of an agency kept, a canonical one added.
//!
//! Plans abbreviate agencies ("Sở Lao động - TB và XH", "Chi cục QLCL Nông lâm
//! sản và Thủy sản", "Sở NN&MT"), misspell them in OCR, and put several in one
//! cell of a per-commune plan ("Sở Tài nguyên và MT, Hội LHPN tỉnh"). The
//! canonical name expands the short forms of `data/agencies/abbreviations.tsv`
//! and, when the result matches a name or variant of `data/agencies/agencies.tsv`
//! (on diacritic-free keys), takes that name's spelling; so agency records of
//! different tables and plans join on it.

use crate::normalize::fold_key;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

const ABBREVIATIONS: &str = include_str!("../../data/agencies/abbreviations.tsv");
const AGENCIES: &str = include_str!("../../data/agencies/agencies.tsv");

/// The agency directory: short forms and canonical names.
pub struct AgencyNames {
    /// (pattern matching the short form as whole words, expansion), longest first.
    abbreviations: Vec<(Regex, String)>,
    /// Folded canonical name or variant → canonical name.
    canonical: HashMap<String, String>,
}

/// Data lines of a tab-separated file (the header line skipped).
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// A pattern for a short form: whole words, any spacing around "&" and "-"
/// ("TN &MT", "LĐ - TB&XH").
fn short_form_pattern(abbr: &str) -> Regex {
    let mut p = String::new();
    for ch in abbr.chars() {
        match ch {
            '&' | '-' => p.push_str(&format!(r"\s*{}\s*", regex::escape(&ch.to_string()))),
            ' ' => p.push_str(r"\s+"),
            c => p.push_str(&regex::escape(&c.to_string())),
        }
    }
    Regex::new(&format!(r"\b{p}\b")).expect("short form pattern")
}

impl AgencyNames {
    /// Builds the directory from the two data files' text.
    pub fn from_data(abbreviations: &str, agencies: &str) -> Self {
        let mut abbr: Vec<(String, String)> = rows(abbreviations)
            .filter(|r| r.len() >= 2 && !r[0].trim().is_empty())
            .map(|r| (r[0].trim().to_string(), r[1].trim().to_string()))
            .collect();
        abbr.sort_by_key(|(a, _)| std::cmp::Reverse(a.chars().count()));
        let mut canonical = HashMap::new();
        for r in rows(agencies) {
            let name = r[0].trim();
            if name.is_empty() {
                continue;
            }
            canonical.insert(fold_key(name), name.to_string());
            for alias in r.get(1).into_iter().flat_map(|a| a.split('|')) {
                if !alias.trim().is_empty() {
                    canonical.insert(fold_key(alias), name.to_string());
                }
            }
        }
        AgencyNames {
            abbreviations: abbr
                .into_iter()
                .map(|(a, e)| (short_form_pattern(&a), e))
                .collect(),
            canonical,
        }
    }

    /// The directory built into the binary.
    pub fn builtin() -> &'static AgencyNames {
        static NAMES: LazyLock<AgencyNames> =
            LazyLock::new(|| AgencyNames::from_data(ABBREVIATIONS, AGENCIES));
        &NAMES
    }

    /// Canonical name of one printed agency: short forms expanded, then the
    /// directory's spelling when it knows the name.
    pub fn canonical(&self, printed: &str) -> String {
        let mut text = collapse(printed);
        for (re, expansion) in &self.abbreviations {
            if re.is_match(&text) {
                text = re
                    .replace_all(&text, regex::NoExpand(expansion))
                    .into_owned();
            }
        }
        let text = collapse(&text);
        self.canonical
            .get(&fold_key(&text))
            .cloned()
            .unwrap_or(text)
    }

    /// The agencies a cell names, each as (printed, canonical), in order and
    /// without repeats. Parts are cut at ";", ",", "+" and line breaks outside
    /// parentheses; a part that does not begin like an agency name continues
    /// the one before ("Sở Văn hóa, Thể thao và Du lịch"); text that names no
    /// agency (a solution, a period) is left out.
    pub fn split(&self, cell: &str) -> Vec<(String, String)> {
        let mut parts: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut depth = 0usize;
        let mut seps: Vec<char> = Vec::new();
        for ch in cell.chars() {
            match ch {
                '(' => {
                    depth += 1;
                    current.push(ch);
                }
                ')' => {
                    depth = depth.saturating_sub(1);
                    current.push(ch);
                }
                ';' | ',' | '+' | '\n' if depth == 0 => {
                    parts.push(std::mem::take(&mut current));
                    seps.push(ch);
                }
                c => current.push(c),
            }
            // A second agency run on without a separator, as OCR joins lines:
            // "Chi cục Thủy lợi Sở Tài nguyên và Môi trường".
            if depth == 0
                && let Some(head) = MID_HEAD.find(&current)
                && head.start() > 0
            {
                let rest = current.split_off(head.start());
                parts.push(std::mem::take(&mut current));
                seps.push('\n');
                current = rest;
            }
        }
        parts.push(current);
        let mut agencies: Vec<String> = Vec::new();
        let mut joinable = false;
        for (i, part) in parts.iter().enumerate() {
            let part = part.trim().trim_start_matches(['-', '–', '•']).trim();
            if part.is_empty() {
                joinable = false;
                continue;
            }
            if starts_like_agency(part) {
                agencies.push(part.to_string());
                joinable = true;
            } else if joinable
                && i > 0
                && seps[i - 1] == ','
                && let Some(last) = agencies.last_mut()
            {
                last.push_str(", ");
                last.push_str(part);
            } else {
                joinable = false;
            }
        }
        let mut out: Vec<(String, String)> = Vec::new();
        for a in agencies {
            if a.chars().count() > 90 {
                continue;
            }
            let canonical = self.canonical(&a);
            if !out.iter().any(|(_, c)| fold_key(c) == fold_key(&canonical)) {
                out.push((collapse(&a), canonical));
            }
        }
        out
    }
}

/// Whitespace runs as one space, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// First words of an agency's name (diacritic-free): the kinds of body that
/// appraise, follow or carry out NTM criteria.
static AGENCY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(so|chi cuc|chu cuc|cuc|ban|bo chi huy|bch|cong an|ubnd|uy ban|hoi|trung tam|phong|van phong|bao hiem|bhxh|thong ke|doan|tinh doan|huyen doan|lien minh|mat tran|mttq|kho bac|dien luc|cong ty|dai|tram|ngan hang|vien|truong)\b",
    )
    .expect("agency head pattern")
});

/// The start of another agency's name inside a run of text: a capitalised
/// head word after a space (case matters: "văn phòng" is part of a name).
static MID_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r" (Sở|Chi cục|Hội|Công an|Bộ Chỉ huy) \S$").expect("mid head pattern")
});

fn starts_like_agency(part: &str) -> bool {
    AGENCY_HEAD.is_match(&fold_key(part))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> &'static AgencyNames {
        AgencyNames::builtin()
    }

    #[test]
    fn abbreviations_are_expanded() {
        let n = names();
        assert_eq!(
            n.canonical("Sở Lao động - TB và XH"),
            "Sở Lao động - Thương binh và Xã hội"
        );
        assert_eq!(
            n.canonical("Chi cục QLCL Nông lâm sản và Thủy sản"),
            "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản"
        );
        // The Khánh Hòa plan's lower-case spelling takes the directory's.
        assert_eq!(
            n.canonical("Chi cục QLCL Nông lâm sản và thủy sản"),
            "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản"
        );
        assert_eq!(n.canonical("Sở NN&MT"), "Sở Nông nghiệp và Môi trường");
        assert_eq!(n.canonical("Sở TN &MT"), "Sở Tài nguyên và Môi trường");
        assert_eq!(
            n.canonical("Sở Nông nghiệp và PTNT"),
            "Sở Nông nghiệp và Phát triển nông thôn"
        );
        assert_eq!(
            n.canonical("Sở Thông tin và TT"),
            "Sở Thông tin và Truyền thông"
        );
        assert_eq!(n.canonical("Hội LHPN tỉnh"), "Hội Liên hiệp Phụ nữ tỉnh");
        // OCR variant listed in the directory.
        assert_eq!(
            n.canonical("Sở Giao dục và Đào tạo"),
            "Sở Giáo dục và Đào tạo"
        );
        // Unknown names keep their own spelling; "TT" alone is not expanded.
        assert_eq!(n.canonical("UBND huyện Phù Cát"), "UBND huyện Phù Cát");
        assert_eq!(n.canonical("Trung tâm TT huyện"), "Trung tâm TT huyện");
    }

    #[test]
    fn cells_are_split_into_agencies() {
        let n = names();
        let canon =
            |cell: &str| -> Vec<String> { n.split(cell).into_iter().map(|(_, c)| c).collect() };
        assert_eq!(
            canon("Sở Tài nguyên và MT, Hội LHPN tỉnh"),
            vec!["Sở Tài nguyên và Môi trường", "Hội Liên hiệp Phụ nữ tỉnh"]
        );
        assert_eq!(
            canon("Sở Lao động - TB và XH\nUBND huyện Phù Cát"),
            vec!["Sở Lao động - Thương binh và Xã hội", "UBND huyện Phù Cát"]
        );
        // A comma inside a name does not cut it.
        assert_eq!(
            canon("Sở Văn hóa, Thể thao và Du lịch; Sở Y tế"),
            vec!["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]
        );
        // Nor one inside parentheses.
        assert_eq!(
            canon("Sở NN&MT (Chi cục Thủy lợi, Chi cục PTNT)"),
            vec!["Sở Nông nghiệp và Môi trường (Chi cục Thủy lợi, Chi cục Phát triển nông thôn)"]
        );
        // Real cell of the Khánh Hòa plan: OCR "Chu cục", repeats dropped.
        assert_eq!(
            canon("Sở Công Thương, Sở Y tế, Chu cục QLCL"),
            vec!["Sở Công Thương", "Sở Y tế", "Chu cục Quản lý chất lượng"]
        );
        // Text that names no agency is left out.
        assert_eq!(canon("Quyết định 15/2022/QĐ-TTg"), Vec::<String>::new());
        assert_eq!(
            canon("Chi cục Thủy lợi Sở Tài nguyên và Môi trường, Hội phu nữ"),
            vec![
                "Chi cục Thủy lợi",
                "Sở Tài nguyên và Môi trường",
                "Hội phu nữ"
            ]
        );
    }

    #[test]
    fn printed_text_is_kept_beside_the_canonical_name() {
        let got = names().split("Sở Lao động - TB  và XH");
        assert_eq!(
            got,
            vec![(
                "Sở Lao động - TB và XH".to_string(),
                "Sở Lao động - Thương binh và Xã hội".to_string()
            )]
        );
    }
}
