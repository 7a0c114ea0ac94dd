//! Spelling variants documents use for a unit, read from `aliases.csv`.

use serde::Serialize;

/// Why a variant exists; decides how much a match through it is trusted
/// (see [`AliasKind::confidence`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AliasKind {
    /// A shortened form ("TP Nha Trang", "D. Phước").
    Abbreviation,
    /// A misreading by OCR that cannot be undone by folding tones.
    Ocr,
    /// The unit's name before a merge or renaming.
    OldName,
    /// The name of the unit that succeeded it after a merge.
    NewName,
    /// Another accepted spelling.
    Spelling,
}

impl AliasKind {
    pub fn parse(s: &str) -> Option<AliasKind> {
        match s.trim() {
            "abbreviation" => Some(AliasKind::Abbreviation),
            "ocr" => Some(AliasKind::Ocr),
            "old_name" => Some(AliasKind::OldName),
            "new_name" => Some(AliasKind::NewName),
            "spelling" => Some(AliasKind::Spelling),
            _ => None,
        }
    }

    /// Confidence of a match through an alias of this kind (0–1).
    ///
    /// Old/new names and spellings are facts about the unit (0.95); an
    /// abbreviation can hide another unit with the same initials (0.85); an
    /// OCR correction is a reading of damaged text, argued in the alias note (0.8).
    pub fn confidence(&self) -> f32 {
        match self {
            AliasKind::OldName | AliasKind::NewName | AliasKind::Spelling => 0.95,
            AliasKind::Abbreviation => 0.85,
            AliasKind::Ocr => 0.8,
        }
    }
}

/// Which kind of unit an alias names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AliasLevel {
    Commune,
    District,
}

/// One row of `aliases.csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alias {
    /// The variant as documents print it (NFC).
    pub alias: String,
    pub level: AliasLevel,
    /// Index into the gazetteer's units or districts (by `level`).
    pub target: usize,
    pub kind: AliasKind,
    /// Evidence for the alias.
    pub note: String,
}
