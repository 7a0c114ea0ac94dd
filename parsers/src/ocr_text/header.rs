//! Recognising header rows and repeated headers in tab-separated blocks.
//!
//! The OCR text has no markup for headers, so a row is judged by its shape: a
//! header names columns (short, non-numeric cells filling most of the row), and a
//! page that continues a table repeats that row, often with different OCR damage
//! ("Địa phương" / "Dịa phương", "Giải pháp" / "Giai pháp"). Repeats are matched
//! by word overlap on diacritic-free keys, which survives such damage.

use std::collections::HashSet;

/// Longest cell (in characters) a header row may have. Header cells in plan
/// appendices are column titles ("Cơ quan phụ trách theo dõi, hướng dẫn, thẩm định"
/// is 48); body cells of a continuation are sentences, well over this.
const MAX_HEADER_CELL_CHARS: usize = 90;

/// Word-overlap (Jaccard) above which a row is taken as a repeat of the header.
/// Measured on the Khánh Hòa plan: true repeats score 0.45–1.0 (the most damaged,
/// "Số lần tái đi nh 10. 11. …", 0.45); the nearest non-repeat first row scores 0.08.
pub const REPEAT_SIMILARITY: f64 = 0.4;

/// True when the raw cells look like a row of column titles.
pub fn looks_like_header(cells: &[String]) -> bool {
    let filled: Vec<&String> = cells.iter().filter(|c| !c.trim().is_empty()).collect();
    if filled.len() < 2 || filled.len() * 2 < cells.len() {
        return false;
    }
    // Column titles are words; a lone symbol title such as "%" is allowed as long
    // as most titles are words.
    let wordy = filled
        .iter()
        .filter(|c| c.chars().any(|ch| ch.is_alphabetic()))
        .count();
    wordy * 3 >= filled.len() * 2
        && filled
            .iter()
            .all(|c| c.chars().count() <= MAX_HEADER_CELL_CHARS && !is_numeric(c))
}

/// True for cells like "12", "10,6%", "1.489", "76".
pub fn is_numeric(s: &str) -> bool {
    let t = s.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '-' | ' '))
}

/// Jaccard similarity of the two rows' words (diacritic-free, lower-case, letters only).
pub fn similarity(a: &[String], b: &[String]) -> f64 {
    let wa = words(a);
    let wb = words(b);
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let inter = wa.intersection(&wb).count() as f64;
    let union = wa.union(&wb).count() as f64;
    inter / union
}

fn words(cells: &[String]) -> HashSet<String> {
    crate::text::fold_marks(&cells.join(" "))
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(s: &str) -> Vec<String> {
        s.split('\t').map(str::to_string).collect()
    }

    #[test]
    fn header_shapes() {
        assert!(looks_like_header(&row(
            "Số\tĐịa phương\tCác tiêu chí NTM chưa đạt\tGiải pháp"
        )));
        assert!(!looks_like_header(&row("1\t2014\t10\t10\t10.6%")));
        assert!(looks_like_header(&row(
            "Số\tNăm\tTổng\tLũy kế\t%\tVạn Ninh\tNinh Hoà"
        )));
        assert!(!looks_like_header(&row(
            "21\tSở Nội vụ\tCác chỉ tiêu số 18.1, 18.2, 18.3\t"
        )));
        // A continuation row: first cells empty, long sentences.
        assert!(!looks_like_header(&row(
            "\t\t-Tiêu chí 10. Thu nhập. Xã đạt, 25 triệu đồng/người/năm, chưa đạt 45 triệu đồng/người/năm -Tiêu chí 11. Nghèo da chiểu\t\tCục Thống kê"
        )));
    }

    #[test]
    fn damaged_repeats_still_match() {
        let h = row(
            "Số\tĐịa phương\tCác tiêu chí NTM chưa đạt\tCác tiêu chí NTM nâng cao chưa đạt\tCơ quan phụ trách theo dõi, hướng dẫn, thẩm định\tGiải pháp\tDự kiến thời gian đạt chuẩn",
        );
        let damaged = row(
            "Số lần tái đi nh 10. 11. 12. 13. 14. 15. 16.\tCác tiêu chí NTM chưa đạt\tCác tiêu chí NTM nâng cao chưa đạt\tCó quan phụ trách theo dõi,\tGiai pháp\tĐể kiểm thời gian đạt chuẩn",
        );
        assert!(similarity(&h, &damaged) >= REPEAT_SIMILARITY);
        let other = row("Stt\tTên đơn vị\tTheo dõi, thẩm định các chỉ tiêu, tiêu chí NTM");
        assert!(similarity(&h, &other) < REPEAT_SIMILARITY);
    }
}
