//! Vietnamese normalization: matching keys, text clean-up, OCR repair,
//! numbers and periods. Every function keeps the raw text available to the caller.

pub mod key;
pub mod number;
pub mod ocr_fix;
pub mod period;
pub mod text;

pub use key::fold_key;
pub use ocr_fix::{OcrFix, OcrRepair, repair as repair_ocr};
pub use text::{clean, modern_tone_placement, same_text};
