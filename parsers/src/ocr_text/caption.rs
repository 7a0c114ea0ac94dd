//! Which prose lines above a table are its title and caption.
//!
//! Appendix tables are preceded by a short stack of title lines: "Phụ lục 07:",
//! an upper-case title, "(Kèm theo Kế hoạch số …)", "Đơn vị tính: %". Walking
//! upward from the table, lines are taken while they look like titles; the walk
//! stops at an appendix label (included), at a line that reads like body prose,
//! or after [`MAX_CAPTION_LINES`].

/// At most this many lines are taken as a caption.
pub const MAX_CAPTION_LINES: usize = 6;

/// Longest line (characters) that can be a title line without being an appendix
/// label, an upper-case title or a parenthesised reference. Titles in plan appendices
/// are short; body paragraphs run to hundreds of characters.
const MAX_PLAIN_TITLE_CHARS: usize = 120;

/// True for an appendix label such as "Phụ lục 01:", OCR-damaged "Phy lục 02:",
/// or "PHỤ LỤC III".
pub fn is_appendix_label(line: &str) -> bool {
    let k = crate::text::fold_marks(line);
    let k = k.trim_start_matches(['*', ' ']);
    let mut words = k.split_whitespace();
    let (Some(w1), Some(w2)) = (words.next(), words.next()) else {
        return false;
    };
    w1.len() <= 4 && w1.starts_with("ph") && (w2 == "luc" || w2.starts_with("luc"))
}

/// True when the line can belong to a caption block.
pub fn is_title_like(line: &str) -> bool {
    let t = line.trim().trim_matches('*').trim();
    if t.is_empty() {
        return false;
    }
    if is_appendix_label(t) || t.starts_with('(') {
        return true;
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if !letters.is_empty() && upper * 10 >= letters.len() * 6 {
        return true;
    }
    let starts_like_note = t.starts_with('-') || t.starts_with('*') || t.starts_with('+');
    t.chars().count() <= MAX_PLAIN_TITLE_CHARS
        && !starts_like_note
        && !t.ends_with('.')
        && !t.ends_with(':')
        && !t.ends_with('.')
        && !t.ends_with(':')
}

/// Picks the caption among `above` (the prose lines between the previous table
/// and this one, in reading order). Returns how many trailing lines form the caption.
pub fn caption_len(above: &[&str]) -> usize {
    let mut n = 0;
    for line in above.iter().rev() {
        if n == MAX_CAPTION_LINES || !is_title_like(line) {
            break;
        }
        n += 1;
        if is_appendix_label(line) {
            break;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appendix_labels() {
        assert!(is_appendix_label("Phụ lục 01:"));
        assert!(is_appendix_label("Phy lục 02: KẾ HOẠCH THỰC HIỆN"));
        assert!(is_appendix_label("PHỤ LỤC III"));
        assert!(!is_appendix_label("Phương án hỗ trợ"));
    }

    #[test]
    fn caption_stops_at_label_and_prose() {
        let above = [
            "Trần Hòa Nam",
            "Phụ lục 01:",
            "**MỤC TIÊU VỀ SỐ ĐỊA PHƯƠNG ĐẠT CHUẨN**",
            "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)",
            "Đơn vị tính: %",
        ];
        assert_eq!(caption_len(&above), 4);
        let above = [
            "* Cột thứ 02 là vị trí và tên các tiêu chí trong các bộ tiêu chí xã nông thôn mới, nông thôn mới nâng cao, huyện đạt chuẩn huyện nông thôn mới",
            "Các tiêu chí NTM nâng cao chia thành",
        ];
        assert_eq!(caption_len(&above), 1);
        let prose = ["Tổng nhu cầu vốn thực hiện Chương trình là 1.489.867 triệu đồng; trong đó:"];
        assert_eq!(caption_len(&prose), 0);
    }
}
