//! Gazetteer: locality names as documents print them → official units.
//!
//! Data lives in `data/gazetteer/<province>/` (`units.csv`, `aliases.csv`,
//! described in `data/gazetteer/README.md`); Khánh Hòa is built in. Another
//! province is a new directory loaded with [`Gazetteer::load_dir`], not code.
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
mod resolve;
mod segment;
mod unit;

use std::path::Path;
use std::sync::OnceLock;

pub use alias::{Alias, AliasKind, AliasLevel};
pub use error::GazetteerError;
pub use resolve::{
    CONF_EXACT, CONF_FOLDED, CONF_FUZZY, CONF_INITIAL, FUZZY_MAX_EDITS, FUZZY_MIN_CHARS,
    HINT_TIEBREAK_FACTOR, Hint, MatchMethod, Resolution,
};
pub use segment::SEGMENT_PENALTY;
pub use unit::{District, DistrictRef, DistrictType, Successor, Unit, UnitRef, UnitType};

use lexicon::{Lexicon, Via};

const KHANH_HOA_UNITS: &str = include_str!("../../data/gazetteer/khanh-hoa/units.csv");
const KHANH_HOA_ALIASES: &str = include_str!("../../data/gazetteer/khanh-hoa/aliases.csv");

/// The units of one province and every name form that points at them.
#[derive(Debug)]
pub struct Gazetteer {
    province: String,
    districts: Vec<District>,
    units: Vec<Unit>,
    aliases: Vec<Alias>,
    commune_lexicon: Lexicon,
    district_lexicon: Lexicon,
}

impl Gazetteer {
    /// Khánh Hòa, from the data embedded at build time.
    pub fn builtin() -> &'static Gazetteer {
        static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Gazetteer::from_csv(
                "khanh-hoa",
                "data/gazetteer/khanh-hoa/units.csv",
                KHANH_HOA_UNITS,
                "data/gazetteer/khanh-hoa/aliases.csv",
                Some(KHANH_HOA_ALIASES),
            )
            // The embedded files are checked by the test suite; failing here
            // means the build shipped data its own tests reject.
            .expect("embedded Khánh Hòa gazetteer data is valid")
        })
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
            Some(text) => load::parse_aliases(aliases_file, text, &districts, &units)?,
            None => Vec::new(),
        };
        let mut commune_lexicon = Lexicon::default();
        let mut district_lexicon = Lexicon::default();
        for (i, u) in units.iter().enumerate() {
            commune_lexicon.add(&u.name, i, Via::Name, u.unit_type.prefixes());
            commune_lexicon.add_initial(&u.name, i);
        }
        for (i, d) in districts.iter().enumerate() {
            district_lexicon.add(&d.name, i, Via::Name, d.district_type.prefixes());
        }
        for (k, a) in aliases.iter().enumerate() {
            match a.level {
                AliasLevel::Commune => commune_lexicon.add(
                    &a.alias,
                    a.target,
                    Via::Alias(k),
                    units[a.target].unit_type.prefixes(),
                ),
                AliasLevel::District => district_lexicon.add(
                    &a.alias,
                    a.target,
                    Via::Alias(k),
                    districts[a.target].district_type.prefixes(),
                ),
            }
        }
        Ok(Gazetteer {
            province: province.to_string(),
            districts,
            units,
            aliases,
            commune_lexicon,
            district_lexicon,
        })
    }

    /// Directory name of the province's data (`"khanh-hoa"`).
    pub fn province(&self) -> &str {
        &self.province
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
        let d = &self.districts[u.district];
        UnitRef {
            code: u.code.clone(),
            name: u.name.clone(),
            unit_type: u.unit_type,
            district_code: d.code.clone(),
            district_name: d.name.clone(),
            in_ntm_program: u.in_ntm_program,
            successor: u.successor.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
