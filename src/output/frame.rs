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
    /// Enum over a fixed list of categories, nullable; each value must be one of them.
    Enum(Vec<Option<String>>, &'static [&'static str]),
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
            Values::Enum(v, cats) => {
                let dtype =
                    DataType::from_frozen_categories(FrozenCategories::new(cats.iter().copied())?);
                Column::new(name, v).cast(&dtype)?
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
