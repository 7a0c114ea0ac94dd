//! How well printed words fit one catalog indicator's wording, for rules
//! that must weigh two candidate indicators against each other (the catalog
//! only reports its single best match).
//!
//! Same measure as the catalog's matcher: the Dice coefficient of the folded
//! content words, numbers and the words that announce a criterion or an
//! indicator ("tiêu chí", "chỉ tiêu" and their OCR forms) left out. Kept
//! here because the catalog's word functions are private to it.

use std::collections::BTreeSet;

use crate::Level;
use crate::catalog::Catalog;
use crate::normalize::fold_key;

/// Folded syllables that announce a criterion or indicator rather than name it.
const STOP_WORDS: &[&str] = &["tieu", "chi", "so", "tc", "ct"];

fn words(s: &str) -> BTreeSet<String> {
    fold_key(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !STOP_WORDS.contains(w))
        .map(str::to_string)
        .collect()
}

/// Dice coefficient (0–1) of the content words of `printed` and of the
/// catalog wording of indicator `code` at `level`; 0 when the catalog has
/// no such indicator.
pub(crate) fn fit(cat: &Catalog, level: Level, code: &str, printed: &str) -> f32 {
    let Some(ind) = cat.indicator(level, code) else {
        return 0.0;
    };
    let (a, b) = (words(printed), words(&ind.name_vi));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(&b).count() as f32 / (a.len() + b.len()) as f32
}

/// The other xã set a statement may have been written from: NTM ↔ NTM nâng
/// cao. The plan's two criteria columns share criterion numbers, and rows
/// often carry the other column's code and wording.
pub(crate) fn sibling(level: Level) -> Option<Level> {
    match level {
        Level::XaNtm => Some(Level::XaNtmNangCao),
        Level::XaNtmNangCao => Some(Level::XaNtm),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_wording_fits_fully_and_unknown_code_not_at_all() {
        let cat = Catalog::builtin();
        let name = &cat.indicator(Level::XaNtmNangCao, "13.6").unwrap().name_vi;
        assert!((fit(cat, Level::XaNtmNangCao, "13.6", name) - 1.0).abs() < 1e-6);
        assert_eq!(fit(cat, Level::XaNtmNangCao, "99.9", name), 0.0);
    }
}
