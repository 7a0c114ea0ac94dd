//! Vietnamese normalization: matching keys, text clean-up, OCR repair,
//! numbers, periods and indicator statements. Every function keeps the raw
//! text available to the caller.

pub mod key;
pub mod number;
pub mod ocr_fix;
pub mod period;
pub mod statement;
pub mod text;

pub use key::fold_key;
pub use number::{NumberContext, NumberReading, Unit, parse_number};
pub use ocr_fix::{OcrFix, OcrRepair, repair as repair_ocr};
pub use period::{Period, parse_periods};
pub use statement::{CellContext, Comparator, Statement, Status, parse_statements};
pub use text::{clean, modern_tone_placement, same_text};
