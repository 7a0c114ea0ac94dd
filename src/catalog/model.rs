//! The catalog's content: criteria, indicators and their thresholds, as read
//! from `data/criteria/catalog.json`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How a measured value is compared with the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Comparator {
    /// Value must be at least the threshold.
    #[serde(rename = ">=")]
    Ge,
    /// Value must be at most the threshold.
    #[serde(rename = "<=")]
    Le,
    /// Value must equal the threshold.
    #[serde(rename = "==")]
    Eq,
    /// Qualitative: the commune is "Đạt" or not.
    #[serde(rename = "bool")]
    Bool,
}

/// One criterion (tiêu chí) of a level's set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    /// Number within its level (0 holds a level's general conditions).
    pub no: u8,
    pub name_vi: String,
    #[serde(default)]
    pub name_confidence: String,
    pub indicators: Vec<Indicator>,
}

/// One indicator (chỉ tiêu). Every value keeps the basis and confidence the
/// catalog records for it; see `data/criteria/README.md`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// Code within its level ("15.4"; "10" when a criterion has one indicator;
    /// "H.1", "KM.2", "TX.1" for general conditions).
    pub code: String,
    pub name_vi: String,
    pub unit: String,
    pub comparator: Comparator,
    /// Raw threshold: a number, `true`, `null`, `{region: value}` or
    /// `{region: {year: value}}`; read it with [`ThresholdSpec::from_json`].
    pub threshold: serde_json::Value,
    /// Where the value comes from: `read_in_source`, `stated_in_plan`,
    /// `derived`, `recollection_unverified`, or a combination.
    pub basis: String,
    pub confidence: String,
    pub usable_for_validation: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence_detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_conditions: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A threshold value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ThresholdValue {
    Number(f64),
    /// `true`: the indicator must be met ("Đạt").
    Bool(bool),
}

/// The shapes a threshold takes in the catalog.
#[derive(Debug, Clone, PartialEq)]
pub enum ThresholdSpec {
    /// Not known (`null`).
    Unknown,
    /// Same everywhere.
    Fixed(ThresholdValue),
    /// Per region key (`DHNTB`, `TDMNPB`, …); `None` = not found for that region.
    ByRegion(BTreeMap<String, RegionThreshold>),
}

/// A region's threshold: one value, or one per year (income).
#[derive(Debug, Clone, PartialEq)]
pub enum RegionThreshold {
    Value(Option<f64>),
    ByYear(BTreeMap<i32, Option<f64>>),
}

impl ThresholdSpec {
    /// Interprets the raw JSON; `Err` names what was found instead.
    pub fn from_json(v: &serde_json::Value) -> Result<ThresholdSpec, String> {
        use serde_json::Value;
        match v {
            Value::Null => Ok(ThresholdSpec::Unknown),
            Value::Bool(b) => Ok(ThresholdSpec::Fixed(ThresholdValue::Bool(*b))),
            Value::Number(n) => Ok(ThresholdSpec::Fixed(ThresholdValue::Number(
                n.as_f64().ok_or("number out of range")?,
            ))),
            Value::Object(regions) => {
                let mut out = BTreeMap::new();
                for (region, rv) in regions {
                    let t = match rv {
                        Value::Null => RegionThreshold::Value(None),
                        Value::Number(n) => RegionThreshold::Value(n.as_f64()),
                        Value::Object(years) => {
                            let mut by_year = BTreeMap::new();
                            for (y, yv) in years {
                                let year: i32 = y
                                    .parse()
                                    .map_err(|_| format!("region {region}: year `{y}`"))?;
                                let value = match yv {
                                    Value::Null => None,
                                    Value::Number(n) => n.as_f64(),
                                    other => {
                                        return Err(format!(
                                            "region {region}, year {y}: expected number or null, found {other}"
                                        ));
                                    }
                                };
                                by_year.insert(year, value);
                            }
                            RegionThreshold::ByYear(by_year)
                        }
                        other => {
                            return Err(format!(
                                "region {region}: expected number, null or {{year: number}}, found {other}"
                            ));
                        }
                    };
                    out.insert(region.clone(), t);
                }
                Ok(ThresholdSpec::ByRegion(out))
            }
            other => Err(format!(
                "expected number, bool, null or {{region: …}}, found {other}"
            )),
        }
    }

    /// The value for `region` in `year`. A fixed threshold applies to every
    /// region and year; a per-year threshold gives nothing for a year it does not list.
    pub fn value(&self, region: &str, year: i32) -> Option<ThresholdValue> {
        match self {
            ThresholdSpec::Unknown => None,
            ThresholdSpec::Fixed(v) => Some(*v),
            ThresholdSpec::ByRegion(m) => match m.get(region)? {
                RegionThreshold::Value(v) => v.map(ThresholdValue::Number),
                RegionThreshold::ByYear(y) => {
                    y.get(&year).copied().flatten().map(ThresholdValue::Number)
                }
            },
        }
    }
}

/// A threshold ready for validation, with how far it can be trusted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Threshold {
    pub value: ThresholdValue,
    pub comparator: Comparator,
    pub unit: String,
    pub basis: String,
    pub confidence: String,
    /// `usable_for_validation` in the catalog and a basis other than unverified
    /// recollection: may drive an error. Otherwise at most a warning.
    pub well_sourced: bool,
}
