//! `ntm diff`: what changed between two revisions of a plan, record by record.
//!
//! Both sides are the datasets `ntm ingest` writes (built from files, or read
//! back from a store), so the comparison is the same whichever way they come.
//! Records are matched on a key per dataset ([`spec`]); a key on one side only
//! is `added` or `removed`, a matched record whose compared fields differ is
//! `changed` (one row per field). Records sharing a key within one document
//! are matched in document order. Document-level differences (plan number,
//! date, kind, captions) are reported once under the dataset `document`.

pub mod command;
pub mod engine;
pub mod source;
pub mod spec;

pub use engine::{Change, ChangeKind, diff};
