//! Vietnamese normalization: matching keys, text clean-up, OCR repair,
//! numbers and periods. Every function keeps the raw text available to the caller.

pub mod key;

pub use key::fold_key;
