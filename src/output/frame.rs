//! A small typed builder for polars data frames, so each dataset declares its
//! columns once, in contract order, with the types analysts get.
//!
//! This and [`super::parquet`] are the only modules that use polars.

use polars::prelude::*;

/// One column's values, typed.
pub enum Values {
    /// Utf8, never null.
    Str(Vec<String>),
    /// Utf8, nullable.
    OptStr(Vec<Option<String>>),
    /// Int32, never null.
    I32(Vec<i32>),
    /// Int32, nullable.
    OptI32(Vec<Option<i32>>),
    /// Int64, never null.
    I64(Vec<i64>),
    /// Float64, nullable.
    OptF64(Vec<Option<f64>>),
    /// Float32, nullable.
    OptF32(Vec<Option<f32>>),
    /// Boolean, never null.
    Bool(Vec<bool>),
    /// Boolean, nullable.
    OptBool(Vec<Option<bool>>),
    /// Enum over a fixed list of categories, nullable; each value must be one of them.
    Enum(Vec<Option<String>>, &'static [&'static str]),
    /// A calendar date, nullable: Parquet `DATE` (days since 1970-01-01),
    /// read as a date by polars, pandas and DuckDB alike.
    OptDate(Vec<Option<chrono::NaiveDate>>),
    /// List of Utf8 (an empty list, never null).
    StrList(Vec<Vec<String>>),
    /// List of Int32 (an empty list, never null).
    I32List(Vec<Vec<i32>>),
}

/// Days since 1970-01-01, the physical value of a Parquet/Arrow `DATE`.
fn epoch_days(d: chrono::NaiveDate) -> i32 {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date");
    // Plan dates lie within a few centuries of 1970: always within i32.
    (d - epoch).num_days() as i32
}

/// Columns of a frame under construction.
#[derive(Default)]
pub struct FrameBuilder {
    height: usize,
    columns: Vec<Column>,
}

impl FrameBuilder {
    /// A builder for a frame of `height` rows.
    pub fn new(height: usize) -> Self {
        FrameBuilder {
            height,
            columns: Vec::new(),
        }
    }

    /// Adds a column; its length must equal the frame height.
    pub fn col(mut self, name: &str, values: Values) -> PolarsResult<Self> {
        let name: PlSmallStr = name.into();
        let col = match values {
            Values::Str(v) => Column::new(name, v),
            Values::OptStr(v) => Column::new(name, v),
            Values::I32(v) => Column::new(name, v),
            Values::OptI32(v) => Column::new(name, v),
            Values::I64(v) => Column::new(name, v),
            Values::OptF64(v) => Column::new(name, v),
            Values::OptF32(v) => Column::new(name, v),
            Values::Bool(v) => Column::new(name, v),
            Values::OptBool(v) => Column::new(name, v),
            Values::Enum(v, cats) => {
                let dtype =
                    DataType::from_frozen_categories(FrozenCategories::new(cats.iter().copied())?);
                Column::new(name, v).cast(&dtype)?
            }
            Values::StrList(v) => {
                let s: Vec<Series> = v.iter().map(|x| Series::new("".into(), x)).collect();
                Column::new(name, s).cast(&DataType::List(Box::new(DataType::String)))?
            }
            Values::I32List(v) => {
                let s: Vec<Series> = v.iter().map(|x| Series::new("".into(), x)).collect();
                Column::new(name, s).cast(&DataType::List(Box::new(DataType::Int32)))?
            }
            Values::OptDate(v) => {
                let days: Vec<Option<i32>> = v.into_iter().map(|d| d.map(epoch_days)).collect();
                Column::new(name, days).cast(&DataType::Date)?
            }
        };
        if col.len() != self.height {
            polars_bail!(ShapeMismatch: "column {} has {} values, frame has {}", col.name(), col.len(), self.height);
        }
        self.columns.push(col);
        Ok(self)
    }

    /// The finished frame.
    pub fn finish(self) -> PolarsResult<DataFrame> {
        DataFrame::new(self.height, self.columns)
    }
}

/// A column's values as optional strings (numbers, Enum and Date columns
/// included); all nulls when the frame has no such column.
pub fn strings(df: &DataFrame, name: &str) -> PolarsResult<Vec<Option<String>>> {
    let Ok(c) = df.column(name) else {
        return Ok(vec![None; df.height()]);
    };
    let s = c.cast(&DataType::String)?;
    let ca = s.str()?;
    Ok((0..ca.len())
        .map(|i| ca.get(i).map(str::to_string))
        .collect())
}
