//! Reading a province's `units.csv` and `aliases.csv` into units, districts and aliases.
//! Column order is free; columns are found by header name.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use super::alias::{Alias, AliasKind, AliasLevel};
use super::csv::{self, Record};
use super::error::GazetteerError;
use super::unit::{District, DistrictType, Successor, Unit, UnitType};

/// Columns `units.csv` must have.
const UNIT_COLUMNS: [&str; 11] = [
    "district_code",
    "district_name",
    "district_type",
    "commune_code",
    "commune_name",
    "commune_type",
    "in_ntm_program",
    "successor_code",
    "successor_name",
    "successor_since",
    "change_note",
];

/// Columns `aliases.csv` must have.
const ALIAS_COLUMNS: [&str; 5] = ["alias", "level", "code", "kind", "note"];

/// A CSV file with named columns.
pub(crate) struct Table<'a> {
    file: &'a str,
    columns: HashMap<String, usize>,
    pub(crate) rows: Vec<Record>,
}

impl<'a> Table<'a> {
    pub(crate) fn parse(
        file: &'a str,
        text: &str,
        required: &[&str],
    ) -> Result<Self, GazetteerError> {
        let mut records = csv::parse(text).map_err(|(line, message)| GazetteerError::Data {
            file: file.to_string(),
            line,
            message,
        })?;
        if records.is_empty() {
            return Err(err(file, 1, "empty file, expected a header row".into()));
        }
        let header = records.remove(0);
        let columns: HashMap<String, usize> = header
            .fields
            .iter()
            .enumerate()
            .map(|(i, name)| (name.trim().to_string(), i))
            .collect();
        for name in required {
            if !columns.contains_key(*name) {
                return Err(err(
                    file,
                    header.line,
                    format!("missing column `{name}` (expected {})", required.join(",")),
                ));
            }
        }
        Ok(Table {
            file,
            columns,
            rows: records,
        })
    }

    /// The trimmed NFC text of `column` in `row`; a short row is an error.
    pub(crate) fn get(&self, row: &Record, column: &str) -> Result<String, GazetteerError> {
        let i = self.columns[column];
        match row.fields.get(i) {
            Some(v) => Ok(v.trim().nfc().collect()),
            None => Err(err(
                self.file,
                row.line,
                format!(
                    "row has {} fields, column `{column}` missing",
                    row.fields.len()
                ),
            )),
        }
    }

    pub(crate) fn non_empty(&self, row: &Record, column: &str) -> Result<String, GazetteerError> {
        let v = self.get(row, column)?;
        if v.is_empty() {
            return Err(err(self.file, row.line, format!("`{column}` is empty")));
        }
        Ok(v)
    }
}

pub(crate) fn err(file: &str, line: usize, message: String) -> GazetteerError {
    GazetteerError::Data {
        file: file.to_string(),
        line,
        message,
    }
}

/// Parses `units.csv`. Districts are taken from the rows in first-seen order;
/// a district code with two different names or types is an error, and so is a
/// repeated commune code.
pub(crate) fn parse_units(
    file: &str,
    text: &str,
) -> Result<(Vec<District>, Vec<Unit>), GazetteerError> {
    let table = Table::parse(file, text, &UNIT_COLUMNS)?;
    let mut districts: Vec<District> = Vec::new();
    let mut units: Vec<Unit> = Vec::new();
    for row in &table.rows {
        let d_code = table.non_empty(row, "district_code")?;
        let d_name = table.non_empty(row, "district_name")?;
        let d_type_raw = table.non_empty(row, "district_type")?;
        let d_type = DistrictType::parse(&d_type_raw).ok_or_else(|| {
            err(
                file,
                row.line,
                format!("district_type `{d_type_raw}`: expected Thành phố, Thị xã, Huyện or Quận"),
            )
        })?;
        let district = match districts.iter().position(|d| d.code == d_code) {
            Some(i) => {
                let d = &districts[i];
                if d.name != d_name || d.district_type != d_type {
                    return Err(err(
                        file,
                        row.line,
                        format!(
                            "district {d_code} is `{} {}` here but `{} {}` earlier",
                            d_type.as_vi(),
                            d_name,
                            d.district_type.as_vi(),
                            d.name
                        ),
                    ));
                }
                i
            }
            None => {
                districts.push(District {
                    code: d_code,
                    name: d_name,
                    district_type: d_type,
                });
                districts.len() - 1
            }
        };
        let code = table.non_empty(row, "commune_code")?;
        if units.iter().any(|u| u.code == code) {
            return Err(err(file, row.line, format!("commune code {code} repeated")));
        }
        let type_raw = table.non_empty(row, "commune_type")?;
        let unit_type = UnitType::parse(&type_raw).ok_or_else(|| {
            err(
                file,
                row.line,
                format!("commune_type `{type_raw}`: expected Xã, Phường, Thị trấn or Đặc khu"),
            )
        })?;
        let in_program = match table.get(row, "in_ntm_program")?.as_str() {
            "yes" => true,
            "no" => false,
            other => {
                return Err(err(
                    file,
                    row.line,
                    format!("in_ntm_program `{other}`: expected yes or no"),
                ));
            }
        };
        let successor_code = table.get(row, "successor_code")?;
        let successor = if successor_code.is_empty() {
            None
        } else {
            Some(Successor {
                code: successor_code,
                name: table.non_empty(row, "successor_name")?,
                since: table.non_empty(row, "successor_since")?,
            })
        };
        units.push(Unit {
            code,
            name: table.non_empty(row, "commune_name")?,
            unit_type,
            district: Some(district),
            in_ntm_program: in_program,
            successor,
            note: table.get(row, "change_note")?,
            valid_from: None,
            valid_to: None,
            code_2025: Vec::new(),
            split_2025: false,
        });
    }
    Ok((districts, units))
}

/// Parses `aliases.csv`; every alias must point at a unit or district that
/// exists, except with `skip_absent`, where rows naming a code absent from
/// `units`/`districts` (a unit of another date) are left out.
pub(crate) fn parse_aliases(
    file: &str,
    text: &str,
    districts: &[District],
    units: &[Unit],
    skip_absent: bool,
) -> Result<Vec<Alias>, GazetteerError> {
    let table = Table::parse(file, text, &ALIAS_COLUMNS)?;
    let mut aliases = Vec::new();
    for row in &table.rows {
        let alias = table.non_empty(row, "alias")?;
        let code = table.non_empty(row, "code")?;
        let level_raw = table.non_empty(row, "level")?;
        let (level, target) = match level_raw.as_str() {
            "commune" => (
                AliasLevel::Commune,
                units.iter().position(|u| u.code == code),
            ),
            "district" => (
                AliasLevel::District,
                districts.iter().position(|d| d.code == code),
            ),
            other => {
                return Err(err(
                    file,
                    row.line,
                    format!("level `{other}`: expected commune or district"),
                ));
            }
        };
        if target.is_none() && skip_absent {
            continue;
        }
        let target = target.ok_or_else(|| {
            err(
                file,
                row.line,
                format!("alias `{alias}` points at unknown {level_raw} code {code}"),
            )
        })?;
        let kind_raw = table.non_empty(row, "kind")?;
        let kind = AliasKind::parse(&kind_raw).ok_or_else(|| {
            err(
                file,
                row.line,
                format!(
                    "kind `{kind_raw}`: expected abbreviation, ocr, old_name, new_name or spelling"
                ),
            )
        })?;
        aliases.push(Alias {
            alias,
            level,
            target,
            kind,
            note: table.get(row, "note")?,
        });
    }
    Ok(aliases)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "district_code,district_name,district_type,commune_code,commune_name,commune_type,in_ntm_program,successor_code,successor_name,successor_since,change_note\n";

    #[test]
    fn bad_type_names_file_and_line() {
        let text = format!("{HEADER}1,A,Huyện,10,B,Xã,yes,,,,\n1,A,Huyện,11,C,Làng,yes,,,,\n");
        let e = parse_units("units.csv", &text).unwrap_err().to_string();
        assert!(e.starts_with("units.csv, line 3:"), "{e}");
        assert!(e.contains("Làng"), "{e}");
    }

    #[test]
    fn inconsistent_district_is_an_error() {
        let text = format!("{HEADER}1,A,Huyện,10,B,Xã,yes,,,,\n1,A2,Huyện,11,C,Xã,yes,,,,\n");
        assert!(parse_units("u", &text).is_err());
    }

    #[test]
    fn alias_to_unknown_code_is_an_error() {
        let text = format!("{HEADER}1,A,Huyện,10,B,Xã,yes,,,,\n");
        let (d, u) = parse_units("u", &text).unwrap();
        let e = parse_aliases(
            "a",
            "alias,level,code,kind,note\nX,commune,99,ocr,\n",
            &d,
            &u,
            false,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("unknown commune code 99"), "{e}");
    }
}
