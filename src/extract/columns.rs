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
    if has("phuong") || has("dia ph") || k.starts_with("ten ") || k == "xa" {
        return Some(Role::Locality);
    }
    if has("tieu chi") || has("noi dung") {
        return Some(Role::Criterion);
    }
    if k == "so"
        || k == "stt"
        || k == "tt"
        || has("so thu tu")
        || k.starts_with("so ") && k.len() < 20
    {
        return Some(Role::RowNo);
    }
    None
}

/// Column titles of a table whose header may span several rows ("Chia ra" over
/// the district columns, a merged parent over its sub-columns).
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnTitles {
    /// Per column, the texts of the header cells covering it, top to bottom, joined.
    pub joined: Vec<String>,
    /// Per column, the lowest header text covering it (the sub-column's own title).
    pub leaf: Vec<String>,
    /// First body row.
    pub body_start: u32,
}

/// True when a row reads like more column titles (a second header row): at least
/// two filled cells, none of them a number, year or long sentence.
fn header_like(t: &Table, row: u32) -> bool {
    let filled: Vec<&str> = t
        .row_cells(row)
        .map(|c| c.text.trim())
        .filter(|x| !x.is_empty())
        .collect();
    filled.len() >= 2
        && filled.iter().all(|x| {
            x.chars().count() <= 60
                && !x.chars().any(|c| c.is_ascii_digit())
                && !fold_key(x).contains("tong cong")
        })
}

/// The titles of every column. The header is the table's recognised header rows
/// (at least one), extended by following rows that read like titles, so a
/// two-row header is understood even where the reader marked only one row.
pub fn column_titles(t: &Table) -> ColumnTitles {
    let mut body_start = t.header_rows.max(1).min(t.n_rows);
    while body_start < t.n_rows && body_start < 4 && header_like(t, body_start) {
        body_start += 1;
    }
    let n = t.n_cols as usize;
    let mut parts: Vec<Vec<String>> = vec![Vec::new(); n];
    for c in t.cells.iter().filter(|c| c.row < body_start) {
        let text = c.text.trim();
        if text.is_empty() {
            continue;
        }
        for col in c.col..(c.col + c.col_span).min(t.n_cols) {
            parts[col as usize].push(text.to_string());
        }
    }
    ColumnTitles {
        joined: parts.iter().map(|p| p.join(" ")).collect(),
        leaf: parts
            .iter()
            .map(|p| p.last().cloned().unwrap_or_default())
            .collect(),
        body_start,
    }
}

/// Roles of every column from the table's header rows (header cells spanning
/// several columns give their role to the first).
pub fn map_columns(t: &Table) -> Vec<Option<Role>> {
    roles_from_titles(&column_titles(t))
}

/// [`map_columns`] from titles already computed.
pub fn roles_from_titles(titles: &ColumnTitles) -> Vec<Option<Role>> {
    let mut roles = vec![None; titles.leaf.len()];
    // Leaf titles first (a sub-column's own name is the most specific), then the
    // joined titles for columns the leaf alone does not name.
    for names in [&titles.leaf, &titles.joined] {
        for (col, name) in names.iter().enumerate() {
            if let Some(role) = role_of(name)
                && roles[col].is_none()
                && !roles.contains(&Some(role))
            {
                roles[col] = Some(role);
            }
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;
    use ntm_parsers::{CellOrigin, Method, TableBuilder};

    #[test]
    fn two_row_header_titles() {
        let mut b = TableBuilder::new(Method::Sheet).header_rows(1);
        let o = || CellOrigin::page(1);
        b.cell(0, 0, 2, 1, "Năm", None, o());
        b.cell(0, 1, 1, 2, "Chia ra", None, o());
        b.text_cell(1, 1, "Vạn Ninh", o());
        b.text_cell(1, 2, "Ninh Hòa", o());
        b.text_cell(2, 0, "2024", o());
        b.text_cell(2, 1, "Vạn Thạnh", o());
        b.text_cell(2, 2, "Ninh Tây", o());
        let t = b.build(0).unwrap();
        let titles = column_titles(&t);
        assert_eq!(titles.body_start, 2);
        assert_eq!(titles.leaf, vec!["Năm", "Vạn Ninh", "Ninh Hòa"]);
        assert_eq!(titles.joined[1], "Chia ra Vạn Ninh");
    }

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
        // Other offices' titles.
        assert_eq!(role_of("Xã"), Some(Role::Locality));
        assert_eq!(role_of("TT"), Some(Role::RowNo));
        assert_eq!(role_of("Cơ quan chủ trì, phối hợp"), Some(Role::Agency));
        assert_eq!(role_of("Đơn vị phụ trách"), Some(Role::Agency));
        assert_eq!(
            role_of("Tiêu chí, chỉ tiêu NTM chưa đạt (hiện trạng, yêu cầu)"),
            Some(Role::UnmetNtm)
        );
    }
}
