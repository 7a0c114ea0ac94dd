//! Gazetteer: locality names as documents print them → official units.
//!
//! The national data (every province before and after the 2025 reform) is in
//! `data/gazetteer/*.csv`, read through [`National`]; each province may add
//! hand-kept aliases and its NTM programme list in
//! `data/gazetteer/provinces/<slug>/` (all described in
//! `data/gazetteer/README.md`). A [`Gazetteer`] holds one province of one
//! period as of one date, so a name can only resolve inside that province.
//! A directory in the old one-province format loads with [`Gazetteer::load_dir`].
//!
//! Three questions are answered:
//! - [`Gazetteer::resolve`]: which unit is this one name?
//! - [`Gazetteer::resolve_district`]: which district-level unit is this?
//! - [`Gazetteer::segment`]: which units does this cell list, when names are
//!   separated only by spaces or line breaks?
//!
//! Matching works on folded keys (`crate::normalize::fold_key`), so lost or
//! misplaced tones and OCR's "Điện" for "Diên" cost nothing but confidence;
//! what folding cannot repair is in `aliases.csv` with its evidence. Names
//! that match nothing are returned unresolved, never guessed.

mod alias;
mod csv;
mod error;
mod fuzzy;
mod lexicon;
mod load;
mod national;
mod resolve;
mod segment;
mod unit;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

pub use alias::{Alias, AliasKind, AliasLevel};
pub use error::GazetteerError;
pub use national::{
    LAST_PRE_REFORM_DAY, National, Period, Province, REFORM_DATE, commune_name_index,
};
pub use resolve::{
    CONF_EXACT, CONF_FOLDED, CONF_FUZZY, CONF_INITIAL, FUZZY_MAX_EDITS, FUZZY_MIN_CHARS,
    HINT_TIEBREAK_FACTOR, Hint, MatchMethod, Resolution,
};
pub use segment::SEGMENT_PENALTY;
pub use unit::{District, DistrictRef, DistrictType, Successor, Unit, UnitRef, UnitType};

use lexicon::{Lexicon, Via};

/// The units of one province and every name form that points at them.
#[derive(Debug)]
pub struct Gazetteer {
    /// Data directory name (`"khanh-hoa"`), empty for [`Gazetteer::empty`].
    province: String,
    /// The province in the national data, when built from it.
    province_info: Option<Province>,
    /// The date the units are valid at (ISO), when built from the national data.
    as_of: Option<String>,
    districts: Vec<District>,
    units: Vec<Unit>,
    aliases: Vec<Alias>,
    commune_lexicon: Lexicon,
    district_lexicon: Lexicon,
    /// Catalog region per unit code, where it differs within the province:
    /// a post-reform province joined from provinces of two regions (Đắk Lắk
    /// from Đắk Lắk and Phú Yên) keeps each commune's own region.
    unit_regions: HashMap<String, String>,
}

impl Gazetteer {
    /// Khánh Hòa as its 2024 plan (KH 355/KH-UBND, 8 March 2024) knew it:
    /// the sample province of tests and examples. Documents get the
    /// gazetteer of the province and date they speak of
    /// (`crate::province::place_of`), never this one by default.
    pub fn builtin() -> &'static Gazetteer {
        static BUILTIN: OnceLock<Arc<Gazetteer>> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let n = National::get();
            let kh = n
                .province("56", Period::PreReform)
                .expect("Khánh Hòa is in the national data");
            n.gazetteer(kh, Some("2024-03-08"))
                .expect("embedded Khánh Hòa gazetteer data is valid")
        })
    }

    /// A gazetteer with no units: what a document whose province is unknown
    /// resolves against, so that no name gets another province's unit.
    pub fn empty() -> Arc<Gazetteer> {
        static EMPTY: OnceLock<Arc<Gazetteer>> = OnceLock::new();
        Arc::clone(EMPTY.get_or_init(|| {
            Arc::new(Gazetteer::build(
                "",
                None,
                None,
                Vec::new(),
                Vec::new(),
                Vec::new(),
            ))
        }))
    }

    /// Loads `<dir>/units.csv` and, if present, `<dir>/aliases.csv`. The
    /// province is named after the directory.
    pub fn load_dir(dir: impl AsRef<Path>) -> Result<Gazetteer, GazetteerError> {
        let dir = dir.as_ref();
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|source| GazetteerError::Io { path, source })
        };
        let units_path = dir.join("units.csv");
        let aliases_path = dir.join("aliases.csv");
        let units = read("units.csv")?;
        let aliases = if aliases_path.exists() {
            Some(read("aliases.csv")?)
        } else {
            None
        };
        let province = dir
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Gazetteer::from_csv(
            &province,
            &units_path.display().to_string(),
            &units,
            &aliases_path.display().to_string(),
            aliases.as_deref(),
        )
    }

    /// Builds a gazetteer from the texts of its files; the file names are
    /// only used in error messages.
    pub fn from_csv(
        province: &str,
        units_file: &str,
        units_csv: &str,
        aliases_file: &str,
        aliases_csv: Option<&str>,
    ) -> Result<Gazetteer, GazetteerError> {
        let (districts, units) = load::parse_units(units_file, units_csv)?;
        let aliases = match aliases_csv {
            Some(text) => load::parse_aliases(aliases_file, text, &districts, &units, false)?,
            None => Vec::new(),
        };
        Ok(Gazetteer::build(
            province, None, None, districts, units, aliases,
        ))
    }

    /// A gazetteer of a province of the national data as of `as_of`.
    pub(crate) fn from_parts(
        province: &Province,
        as_of: Option<&str>,
        districts: Vec<District>,
        units: Vec<Unit>,
    ) -> Gazetteer {
        Gazetteer::build(
            &province.slug,
            Some(province.clone()),
            as_of.map(String::from),
            districts,
            units,
            Vec::new(),
        )
    }

    fn build(
        province: &str,
        province_info: Option<Province>,
        as_of: Option<String>,
        districts: Vec<District>,
        units: Vec<Unit>,
        aliases: Vec<Alias>,
    ) -> Gazetteer {
        let mut commune_lexicon = Lexicon::default();
        let mut district_lexicon = Lexicon::default();
        for (i, u) in units.iter().enumerate() {
            commune_lexicon.add(&u.name, i, Via::Name, u.unit_type.prefixes());
            commune_lexicon.add_initial(&u.name, i);
        }
        for (i, d) in districts.iter().enumerate() {
            district_lexicon.add(&d.name, i, Via::Name, d.district_type.prefixes());
        }
        let mut g = Gazetteer {
            province: province.to_string(),
            province_info,
            as_of,
            districts,
            units,
            aliases: Vec::new(),
            commune_lexicon,
            district_lexicon,
            unit_regions: HashMap::new(),
        };
        for a in aliases {
            g.add_alias(a);
        }
        g
    }

    /// The catalog region (`DHNTB`, `TN`, …) whose thresholds apply to unit
    /// `code`: its own where the province spans regions, else the province's.
    pub fn region_of(&self, code: &str) -> Option<&str> {
        self.unit_regions
            .get(code)
            .map(String::as_str)
            .or_else(|| self.province_info.as_ref()?.region())
    }

    /// Sets the units' own regions (see [`Gazetteer::region_of`]).
    pub(crate) fn set_unit_regions(&mut self, regions: HashMap<String, String>) {
        self.unit_regions = regions;
    }

    /// Adds one alias to the lexicons.
    pub(crate) fn add_alias(&mut self, a: Alias) {
        let k = self.aliases.len();
        match a.level {
            AliasLevel::Commune => self.commune_lexicon.add(
                &a.alias,
                a.target,
                Via::Alias(k),
                self.units[a.target].unit_type.prefixes(),
            ),
            AliasLevel::District => self.district_lexicon.add(
                &a.alias,
                a.target,
                Via::Alias(k),
                self.districts[a.target].district_type.prefixes(),
            ),
        }
        self.aliases.push(a);
    }

    /// Adds the rows of a province's alias file whose unit exists at this
    /// gazetteer's date (an alias of a unit merged later, or created later,
    /// belongs to another date's gazetteer).
    pub(crate) fn add_alias_file(
        &mut self,
        file: Option<(String, &str)>,
    ) -> Result<(), GazetteerError> {
        let Some((name, text)) = file else {
            return Ok(());
        };
        for a in load::parse_aliases(&name, text, &self.districts, &self.units, true)? {
            self.add_alias(a);
        }
        Ok(())
    }

    /// Directory name of the province's data (`"khanh-hoa"`).
    pub fn province(&self) -> &str {
        &self.province
    }

    /// The province in the national data (code, name, period, region).
    pub fn province_info(&self) -> Option<&Province> {
        self.province_info.as_ref()
    }

    /// The date the units are valid at, when built from the national data.
    pub fn as_of(&self) -> Option<&str> {
        self.as_of.as_deref()
    }

    /// True when the province's NTM programme communes are known (a
    /// `program.csv`); otherwise [`Gazetteer::program_units`] is empty and
    /// the programme size must come from the document.
    pub fn knows_program(&self) -> bool {
        self.units.iter().any(|u| u.in_ntm_program)
    }

    pub fn districts(&self) -> &[District] {
        &self.districts
    }

    /// Commune-level units in file order.
    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The unit with this GSO code.
    pub fn unit(&self, code: &str) -> Option<UnitRef> {
        let i = self.units.iter().position(|u| u.code == code)?;
        Some(self.unit_ref(i))
    }

    /// Units counted in the province's NTM programme.
    pub fn program_units(&self) -> Vec<UnitRef> {
        (0..self.units.len())
            .filter(|&i| self.units[i].in_ntm_program)
            .map(|i| self.unit_ref(i))
            .collect()
    }

    pub(crate) fn unit_ref(&self, i: usize) -> UnitRef {
        let u = &self.units[i];
        let d = u.district.map(|d| &self.districts[d]);
        UnitRef {
            code: u.code.clone(),
            name: u.name.clone(),
            unit_type: u.unit_type,
            district_code: d.map(|d| d.code.clone()),
            district_name: d.map(|d| d.name.clone()),
            in_ntm_program: u.in_ntm_program,
            successor: u.successor.clone(),
            code_2025: u.code_2025.clone(),
            split_2025: u.split_2025,
        }
    }
}

#[cfg(test)]
mod tests;
