//! Output datasets. The only place polars is used: [`frame`] builds typed
//! frames, [`parquet`] writes them atomically, and one module per family of
//! datasets says which columns each dataset has.

pub mod changes;
pub mod datasets;
pub mod domain;
pub mod findings;
pub mod frame;
pub mod grids;
pub mod parquet;
pub mod place;
pub mod schema;
pub mod set;
