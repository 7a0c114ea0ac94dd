//! What a cell of a plan table holds, judged from its text: a place name, a
//! statement, a section heading, or another column's text that the OCR moved
//! into it. The plan-table reader uses these to stay robust to shifted rows.

use crate::normalize::fold_key;

/// True when a cell opens with a criterion or indicator label ("-Tiêu chí 13.",
/// "+ Chi tiêu 10."), i.e. it holds statements, not a locality name.
pub fn looks_like_statement(text: &str) -> bool {
    let k = fold_key(text);
    let k = k.trim_start_matches(['-', '+', ' ', '*', '•']);
    k.starts_with("tieu chi")
        || k.starts_with("chi tieu")
        || k.starts_with("yeu cau")
        || k.contains("xa dat ")
}

/// True when a locality cell can be a place name: a few words, no figures.
/// Cells that fail this hold another column's text that the OCR moved here.
pub fn could_be_name(name: &str) -> bool {
    !name.is_empty()
        && !name.contains('\n')
        && name.split_whitespace().count() <= 6
        && !name.contains(|c: char| c.is_ascii_digit() || c == '%' || c == '/')
}

/// "1 Ninh Giang" → "Ninh Giang": a name the OCR put in the row-number column.
pub fn name_in_row_no(no: &str) -> Option<&str> {
    let rest = no
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    (rest.len() < no.len() && could_be_name(rest) && rest.chars().next()?.is_uppercase())
        .then_some(rest)
}

/// True when a cell without any criterion or indicator label still reads as
/// criterion content (a kiểu mẫu line "1. Thu nhập: …", a district condition
/// "Có 100% số xã …"), not as another column's text that the OCR moved here (an
/// agency "Sở Giao thông vận tải", a solution "UBND xã …").
pub fn holds_criterion_content(text: &str) -> bool {
    let k = fold_key(text);
    const AGENCY_OR_ACTOR: [&str; 12] = [
        "so ",
        "ubnd",
        "uy ban",
        "chi cuc",
        "cuc ",
        "trung tam",
        "phong ",
        "van phong",
        "cong an",
        "hoi ",
        "ban ",
        "bo ",
    ];
    if AGENCY_OR_ACTOR.iter().any(|p| k.starts_with(p)) {
        return false;
    }
    k.contains("tieu chi")
        || k.contains("chi tieu")
        || k.contains("dat")
        || k.contains('%')
        || k.contains("ty le")
        || k.starts_with(|c: char| c.is_ascii_digit())
        // The bare labels "TC 10 - Thu nhập: …", "CT 12.1 - …".
        || k.starts_with("tc ")
        || k.starts_with("ct ")
}

/// Section rows: a letter or roman numeral as row number with an upper-case
/// title ("B | XÃ ĐĂNG KÝ ĐẠT CHUẨN …").
pub fn is_section_row(no: &str, loc: &str) -> bool {
    let letter_no = !no.is_empty() && no.chars().all(|c| c.is_ascii_uppercase());
    let letters: Vec<char> = loc.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    letter_no && letters.len() > 8 && upper * 10 >= letters.len() * 8
}

/// Section headings inside the criterion column ("I. Các nội dung bắt buộc",
/// "II. Nội dung tự chọn", "A. CÁC NỘI DUNG", "B. BỘ TIÊU CHÍ").
pub fn is_section_text(text: &str) -> bool {
    let t = text.trim();
    let head: String = t.chars().take_while(|c| *c != '.').collect();
    let roman = !head.is_empty() && head.len() <= 4 && head.chars().all(|c| "IVX".contains(c));
    let letter = head.len() == 1 && head.chars().all(|c| c.is_ascii_uppercase());
    (roman || letter) && t.len() < 80 && !t.contains(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_rows_are_told_by_their_locality_cell() {
        assert!(looks_like_statement(
            "+ Chi tiêu 10. Thu nhập, xã đạt 42 triệu đồng/người/năm"
        ));
        assert!(looks_like_statement("-Tiêu chí 13. Tổ chức sản xuất"));
        assert!(looks_like_statement(
            "Yêu cầu 100% đạt tiêu chuẩn CSVC tối thiểu, trong đó ≥50% đạt tiêu chuẩn CSVC mức độ 1, xã đạt 33,3% (1/3 trong)"
        ));
        assert!(!looks_like_statement("Cam Tân NTM đạt 14/19 TC"));
        assert!(could_be_name("Ninh Giang"));
        assert_eq!(name_in_row_no("1 Ninh Giang"), Some("Ninh Giang"));
        assert_eq!(name_in_row_no("12"), None);
        assert!(!holds_criterion_content("Sở Giao thông vận tải"));
        assert!(!holds_criterion_content(
            "UBND huyện Cам Lanh chỉ đạo các phòng/ ban nghiên cứu các chính sách"
        ));
        assert!(holds_criterion_content(
            "Có 100% số xã tham gia Chương trình được công nhận đạt chuẩn"
        ));
        assert!(holds_criterion_content(
            "2. Mô hình thôn thông minh: Hạ tầng số"
        ));
        assert!(!could_be_name("/19 TC, 07 TC chưa"));
    }

    #[test]
    fn sections() {
        assert!(is_section_row(
            "B",
            "XÃ ĐĂNG KÝ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO"
        ));
        assert!(!is_section_row("1", "Vạn Thắng"));
        assert!(is_section_text("I. Các nội dung bắt buộc"));
        assert!(is_section_text("B. BỘ TIÊU CHÍ"));
        assert!(!is_section_text(
            "1. Thu nhập: Thu nhập đạt từ 70,4 triệu đồng/người/năm"
        ));
    }
}
