//! Administrative units as the gazetteer stores them, and the small
//! reference types handed out to callers.

use serde::Serialize;

/// Type of a commune-level unit (cấp xã).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitType {
    /// Xã: rural commune; only xã take part in the NTM programme.
    Xa,
    /// Phường: urban ward.
    Phuong,
    /// Thị trấn: district town.
    ThiTran,
    /// Đặc khu: special zone (from 2025-07-01).
    DacKhu,
}

impl UnitType {
    /// Parses the type as printed in the data files (`Xã`, `Phường`, `Thị trấn`, `Đặc khu`).
    pub fn parse(s: &str) -> Option<UnitType> {
        match crate::normalize::fold_key(s).as_str() {
            "xa" => Some(UnitType::Xa),
            "phuong" => Some(UnitType::Phuong),
            "thi tran" => Some(UnitType::ThiTran),
            "dac khu" => Some(UnitType::DacKhu),
            _ => None,
        }
    }

    /// The Vietnamese word, as used before a name ("Xã Vạn Phú").
    pub fn as_vi(&self) -> &'static str {
        match self {
            UnitType::Xa => "Xã",
            UnitType::Phuong => "Phường",
            UnitType::ThiTran => "Thị trấn",
            UnitType::DacKhu => "Đặc khu",
        }
    }

    /// Folded words that documents put before a name of this type
    /// (full word and the usual abbreviation).
    pub(crate) fn prefixes(&self) -> &'static [&'static str] {
        match self {
            UnitType::Xa => &["xa"],
            UnitType::Phuong => &["phuong", "p"],
            UnitType::ThiTran => &["thi tran", "tt"],
            UnitType::DacKhu => &["dac khu"],
        }
    }
}

/// Type of a district-level unit (cấp huyện).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DistrictType {
    /// Thành phố thuộc tỉnh.
    ThanhPho,
    /// Thị xã.
    ThiXa,
    /// Huyện.
    Huyen,
    /// Quận (urban district of a centrally-run city).
    Quan,
}

impl DistrictType {
    /// Parses `Thành phố`, `Thị xã`, `Huyện`.
    pub fn parse(s: &str) -> Option<DistrictType> {
        match crate::normalize::fold_key(s).as_str() {
            "thanh pho" => Some(DistrictType::ThanhPho),
            "thi xa" => Some(DistrictType::ThiXa),
            "huyen" => Some(DistrictType::Huyen),
            "quan" => Some(DistrictType::Quan),
            _ => None,
        }
    }

    /// The Vietnamese words.
    pub fn as_vi(&self) -> &'static str {
        match self {
            DistrictType::ThanhPho => "Thành phố",
            DistrictType::ThiXa => "Thị xã",
            DistrictType::Huyen => "Huyện",
            DistrictType::Quan => "Quận",
        }
    }

    pub(crate) fn prefixes(&self) -> &'static [&'static str] {
        match self {
            DistrictType::ThanhPho => &["thanh pho", "tp"],
            DistrictType::ThiXa => &["thi xa", "tx"],
            DistrictType::Huyen => &["huyen"],
            DistrictType::Quan => &["quan"],
        }
    }
}

/// A district-level unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct District {
    /// GSO code (e.g. `"572"`), kept as text so leading zeros survive.
    pub code: String,
    /// Bare name, NFC (`"Ninh Hòa"`).
    pub name: String,
    pub district_type: DistrictType,
}

/// What happened to a unit at a later reorganisation (merge, renaming).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Successor {
    /// Code of the unit it became part of (may equal its own code).
    pub code: String,
    /// Bare name of that unit.
    pub name: String,
    /// Date the change took effect (ISO `YYYY-MM-DD`).
    pub since: String,
}

/// A commune-level unit of one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unit {
    /// GSO code valid while the unit exists (see the data README: a code can
    /// name another unit in another period).
    pub code: String,
    /// Bare name, NFC (`"Vạn Thạnh"`).
    pub name: String,
    pub unit_type: UnitType,
    /// Index into [`super::Gazetteer::districts`]; `None` from 2025-07-01,
    /// when district-level units no longer exist.
    pub district: Option<usize>,
    /// Counted among the province's NTM programme communes.
    pub in_ntm_program: bool,
    pub successor: Option<Successor>,
    /// Free text from the data file (merge details, reasons for exclusion).
    pub note: String,
    /// First and last day the unit existed under this code and name
    /// (ISO dates; `None` = before/after what the data knows).
    pub valid_from: Option<String>,
    pub valid_to: Option<String>,
    /// The unit(s) from 2025-07-01 its territory went into: one code when it
    /// went whole into one unit, several when it was split. A post-reform
    /// unit lists its own code.
    pub code_2025: Vec<String>,
    /// True when the unit was split between several post-reform units.
    pub split_2025: bool,
}

/// A resolved commune-level unit, self-contained for output rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitRef {
    pub code: String,
    pub name: String,
    pub unit_type: UnitType,
    /// `None` for post-reform units (no districts).
    pub district_code: Option<String>,
    pub district_name: Option<String>,
    pub in_ntm_program: bool,
    pub successor: Option<Successor>,
    /// Post-reform unit(s), see [`Unit::code_2025`].
    pub code_2025: Vec<String>,
    pub split_2025: bool,
}

/// A resolved district-level unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistrictRef {
    pub code: String,
    pub name: String,
    pub district_type: DistrictType,
}

impl From<&District> for DistrictRef {
    fn from(d: &District) -> Self {
        DistrictRef {
            code: d.code.clone(),
            name: d.name.clone(),
            district_type: d.district_type,
        }
    }
}
