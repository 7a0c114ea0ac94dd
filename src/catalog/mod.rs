//! Criteria catalog: the national NTM criteria sets per [`Level`], their
//! indicators and thresholds, from `data/criteria/catalog.json` (described,
//! with what was verified where, in `data/criteria/README.md`).
//!
//! Criterion numbers and indicator codes are only meaningful within a level
//! ("Y tế" is criterion 15 for xã NTM and 14 for xã NTM nâng cao; 13.3 means
//! different things at the two levels), so every lookup takes the level.
//!
//! Thresholds carry their basis: only [`Threshold::well_sourced`] values
//! should turn into validation errors.

mod error;
mod matching;
mod model;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use serde::Serialize;

use crate::Level;

pub use error::CatalogError;
pub use matching::{MIN_MARGIN, MIN_SCORE};
pub use model::{
    Comparator, Criterion, Indicator, RegionThreshold, Threshold, ThresholdSpec, ThresholdValue,
};

const BUILTIN_JSON: &str = include_str!("../../data/criteria/catalog.json");

/// One level's criteria set.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelSet {
    /// The decision (and appendix) that defines it.
    pub decision: String,
    pub criteria: Vec<Criterion>,
    /// Thresholds parsed once, keyed by indicator code.
    thresholds: BTreeMap<String, ThresholdSpec>,
}

/// A printed indicator name matched to the catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorMatch {
    pub code: String,
    /// Word-overlap score (Dice coefficient, [`MIN_SCORE`]..=1).
    pub score: f32,
}

/// The criteria catalog.
#[derive(Debug, Clone)]
pub struct Catalog {
    levels: BTreeMap<Level, LevelSet>,
    /// The catalog's `meta` object (decisions, region keys, basis values).
    pub meta: serde_json::Value,
}

impl Catalog {
    /// The catalog embedded at build time.
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: OnceLock<Catalog> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // Checked by the test suite; failing here means the build shipped
            // a catalog its own tests reject.
            Catalog::from_json("data/criteria/catalog.json", BUILTIN_JSON)
                .expect("embedded criteria catalog is valid")
        })
    }

    /// Loads a catalog file of the same format.
    pub fn load(path: impl AsRef<Path>) -> Result<Catalog, CatalogError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| CatalogError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Catalog::from_json(&path.display().to_string(), &text)
    }

    /// Parses catalog JSON; `file` is only used in error messages.
    pub fn from_json(file: &str, text: &str) -> Result<Catalog, CatalogError> {
        #[derive(serde::Deserialize)]
        struct RawLevel {
            decision: String,
            criteria: Vec<Criterion>,
        }
        #[derive(serde::Deserialize)]
        struct Raw {
            #[serde(default)]
            meta: serde_json::Value,
            levels: BTreeMap<String, RawLevel>,
        }
        let raw: Raw = serde_json::from_str(text).map_err(|source| CatalogError::Json {
            file: file.to_string(),
            source,
        })?;
        let content = |path: String, message: String| CatalogError::Content {
            file: file.to_string(),
            path,
            message,
        };
        let mut levels = BTreeMap::new();
        for (key, level_raw) in raw.levels {
            let level = Level::parse(&key).ok_or_else(|| {
                content(
                    format!("levels.{key}"),
                    "unknown level (expected one of Level::ALL's names)".into(),
                )
            })?;
            let mut thresholds = BTreeMap::new();
            for (ci, c) in level_raw.criteria.iter().enumerate() {
                for (ii, ind) in c.indicators.iter().enumerate() {
                    let path = format!("levels.{key}.criteria[{ci}].indicators[{ii}]");
                    let spec = ThresholdSpec::from_json(&ind.threshold)
                        .map_err(|m| content(format!("{path}.threshold"), m))?;
                    if thresholds.insert(ind.code.clone(), spec).is_some() {
                        return Err(content(
                            path,
                            format!("indicator code {} repeated", ind.code),
                        ));
                    }
                }
            }
            levels.insert(
                level,
                LevelSet {
                    decision: level_raw.decision,
                    criteria: level_raw.criteria,
                    thresholds,
                },
            );
        }
        Ok(Catalog {
            levels,
            meta: raw.meta,
        })
    }

    /// The level's set, if the catalog has it.
    pub fn level(&self, level: Level) -> Option<&LevelSet> {
        self.levels.get(&level)
    }

    /// Criterion `no` of `level`.
    pub fn criterion(&self, level: Level, no: u8) -> Option<&Criterion> {
        self.level(level)?.criteria.iter().find(|c| c.no == no)
    }

    /// Indicator `code` ("15.4", "10", "KM.2") of `level`.
    pub fn indicator(&self, level: Level, code: &str) -> Option<&Indicator> {
        self.level(level)?
            .criteria
            .iter()
            .flat_map(|c| c.indicators.iter())
            .find(|i| i.code == code)
    }

    /// The criterion of `level` a printed criterion name means ("Y tế",
    /// "Tiêu chí 11. Nghèo da chèo"), by word overlap (see [`MIN_SCORE`]).
    pub fn match_criterion(&self, level: Level, printed_name: &str) -> Option<u8> {
        let set = self.level(level)?;
        let printed = matching::words(printed_name);
        matching::best(
            &printed,
            set.criteria.iter().map(|c| (c.no, c.name_vi.as_str())),
        )
        .map(|(no, _)| no)
    }

    /// The indicator of `level` a printed indicator name means. With a
    /// criterion hint, that criterion's indicators are tried first and the
    /// whole level only if none of them matches (printed criterion numbers
    /// are themselves sometimes misread).
    pub fn match_indicator(
        &self,
        level: Level,
        printed_name: &str,
        criterion_hint: Option<u8>,
    ) -> Option<IndicatorMatch> {
        let set = self.level(level)?;
        let printed = matching::words(printed_name);
        let within = |only: Option<u8>| {
            matching::best(
                &printed,
                set.criteria
                    .iter()
                    .filter(move |c| only.is_none_or(|no| c.no == no))
                    .flat_map(|c| c.indicators.iter())
                    .map(|i| (i.code.as_str(), i.name_vi.as_str())),
            )
        };
        let found = match criterion_hint {
            Some(no) => within(Some(no)).or_else(|| within(None)),
            None => within(None),
        };
        found.map(|(code, score)| IndicatorMatch {
            code: code.to_string(),
            score,
        })
    }

    /// The threshold of indicator `code` of `level` for `region` (e.g.
    /// [`REGION_KHANH_HOA`]) in `year`. `None` when the catalog does not know
    /// it (null, region or year not listed): never a guessed value.
    pub fn threshold(
        &self,
        level: Level,
        code: &str,
        region: &str,
        year: i32,
    ) -> Option<Threshold> {
        let set = self.level(level)?;
        let ind = self.indicator(level, code)?;
        let value = set.thresholds.get(code)?.value(region, year)?;
        Some(Threshold {
            value,
            comparator: ind.comparator,
            unit: ind.unit.clone(),
            basis: ind.basis.clone(),
            confidence: ind.confidence.clone(),
            well_sourced: ind.usable_for_validation && !ind.basis.contains("recollection"),
        })
    }
}

#[cfg(test)]
mod tests;
