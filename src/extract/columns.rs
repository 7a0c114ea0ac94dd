//! Mapping columns to their meaning from header text, by keyword on
//! diacritic-free keys, so other column orders and extra columns work.

use crate::normalize::fold_key;
use ntm_parsers::Table;

/// What a column of a plan table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Row number (STT, "Số").
    RowNo,
    /// Locality name.
    Locality,
    /// Criteria/indicators not met for xã NTM.
    UnmetNtm,
    /// Criteria/indicators not met for xã NTM nâng cao.
    UnmetNangCao,
    /// Criterion text (kiểu mẫu and district plans).
    Criterion,
    /// Responsible agency.
    Agency,
    /// Solution.
    Solution,
    /// Target time ("Dự kiến thời gian đạt chuẩn").
    TargetTime,
}

impl Role {
    /// Name used in `appendices` output.
    pub fn name(&self) -> &'static str {
        match self {
            Role::RowNo => "row_no",
            Role::Locality => "locality",
            Role::UnmetNtm => "unmet_ntm",
            Role::UnmetNangCao => "unmet_nang_cao",
            Role::Criterion => "criterion",
            Role::Agency => "agency",
            Role::Solution => "solution",
            Role::TargetTime => "target_time",
        }
    }
}

/// Guesses a column's role from its (folded) header text. Order matters: the
/// more specific tests come first ("nâng cao chưa đạt" before "chưa đạt").
pub fn role_of(header: &str) -> Option<Role> {
    let k = fold_key(header);
    let has = |w: &str| k.contains(w);
    if k.is_empty() {
        return None;
    }
    if has("chua dat") || has("chua chi") {
        return Some(if has("nang cao") {
            Role::UnmetNangCao
        } else {
            Role::UnmetNtm
        });
    }
    if has("thoi gian") || has("dat chuan") && (has("kien") || has("kiem") || has("xuat")) {
        return Some(Role::TargetTime);
    }
    if has("phap") && (has("giai") || has("giai phap")) {
        return Some(Role::Solution);
    }
    if has("co quan") || has("phu trach") || has("don vi") || has("quan trong") {
        return Some(Role::Agency);
    }
    // "Địa phương", "Tên xã" — and any "Tên …" column that is not an agency's
    // (checked above), such as the OCR-damaged "Tên phòng".
    if has("phuong") || has("dia ph") || k.starts_with("ten ") {
        return Some(Role::Locality);
    }
    if has("tieu chi") || has("noi dung") {
        return Some(Role::Criterion);
    }
    if k == "so" || k == "stt" || has("so thu tu") || k.starts_with("so ") && k.len() < 20 {
        return Some(Role::RowNo);
    }
    None
}

/// Roles of every column from the table's header rows (header cells spanning
/// several columns give their role to the first).
pub fn map_columns(t: &Table) -> Vec<Option<Role>> {
    let mut roles = vec![None; t.n_cols as usize];
    let rows = t.header_rows.max(1);
    for r in 0..rows {
        for c in t.row_cells(r) {
            if let Some(role) = role_of(&c.text)
                && roles[c.col as usize].is_none()
                && !roles.contains(&Some(role))
            {
                roles[c.col as usize] = Some(role);
            }
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_headers_including_ocr_damage() {
        assert_eq!(role_of("Số"), Some(Role::RowNo));
        assert_eq!(role_of("Dịa phương"), Some(Role::Locality));
        assert_eq!(role_of("Các tiêu chí NTM chưa đạt"), Some(Role::UnmetNtm));
        assert_eq!(
            role_of("Các tiêu chí NTM nâng cao chưa đạt"),
            Some(Role::UnmetNangCao)
        );
        assert_eq!(
            role_of("Có quan trọng, tham định hướng dẫn, tham định"),
            Some(Role::Agency)
        );
        assert_eq!(role_of("Giai pháp"), Some(Role::Solution));
        assert_eq!(
            role_of("Đã kiến thời gian đặt chuẩn"),
            Some(Role::TargetTime)
        );
        assert_eq!(
            role_of("Đề xuất thời gian đạt chuẩn"),
            Some(Role::TargetTime)
        );
        assert_eq!(role_of("Tiêu chí"), Some(Role::Criterion));
        assert_eq!(role_of("Stt"), Some(Role::RowNo));
        assert_eq!(role_of("Tên phòng"), Some(Role::Locality));
        assert_eq!(role_of("Tên đơn vị"), Some(Role::Agency));
    }
}
