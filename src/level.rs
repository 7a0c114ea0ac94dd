//! The recognition levels of the NTM programme that a plan's tables speak of.

use serde::Serialize;

/// A standard a locality can be recognised as meeting.
///
/// The snake_case names are the contract of every output dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Xã đạt chuẩn nông thôn mới (commune, QĐ 318/QĐ-TTg Phụ lục I).
    XaNtm,
    /// Xã đạt chuẩn nông thôn mới nâng cao (commune, QĐ 318/QĐ-TTg Phụ lục II).
    XaNtmNangCao,
    /// Xã nông thôn mới kiểu mẫu (commune, QĐ 319/QĐ-TTg).
    XaNtmKieuMau,
    /// Huyện đạt chuẩn nông thôn mới (district, QĐ 320/QĐ-TTg Phụ lục I).
    HuyenNtm,
    /// Huyện đạt chuẩn nông thôn mới nâng cao (district, QĐ 320/QĐ-TTg Phụ lục III).
    HuyenNtmNangCao,
    /// Thị xã / thành phố "hoàn thành nhiệm vụ xây dựng NTM" (QĐ 320/QĐ-TTg Phụ lục II).
    HuyenHoanThanhNhiemVu,
}

impl Level {
    /// Every level, in the order of the contract.
    pub const ALL: [Level; 6] = [
        Level::XaNtm,
        Level::XaNtmNangCao,
        Level::XaNtmKieuMau,
        Level::HuyenNtm,
        Level::HuyenNtmNangCao,
        Level::HuyenHoanThanhNhiemVu,
    ];

    /// The contract name (`xa_ntm`, `xa_ntm_nang_cao`, …).
    pub fn as_str(&self) -> &'static str {
        match self {
            Level::XaNtm => "xa_ntm",
            Level::XaNtmNangCao => "xa_ntm_nang_cao",
            Level::XaNtmKieuMau => "xa_ntm_kieu_mau",
            Level::HuyenNtm => "huyen_ntm",
            Level::HuyenNtmNangCao => "huyen_ntm_nang_cao",
            Level::HuyenHoanThanhNhiemVu => "huyen_hoan_thanh_nhiem_vu",
        }
    }

    /// Parses a contract name.
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// True for commune-level standards.
    pub fn is_commune(&self) -> bool {
        matches!(
            self,
            Level::XaNtm | Level::XaNtmNangCao | Level::XaNtmKieuMau
        )
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
