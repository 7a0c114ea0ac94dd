//! Matching printed (often OCR-damaged) criterion and indicator names to the
//! catalog by word overlap on folded keys.
//!
//! Both sides are reduced to a set of folded words without numbers and
//! without the words that announce a criterion or indicator ("tiêu chí",
//! "chỉ tiêu", "số", and their OCR forms "chi tiêu", "chí tiêu"), then compared
//! with the Dice coefficient `2·|A∩B| / (|A|+|B|)`: 1 for the same words, 0
//! for none in common. Extra words on the printed side (the commune's
//! result, "xã đạt 0%, yêu cầu 50%") lower the score but not the ranking.

use std::collections::BTreeSet;

use crate::normalize::fold_key;

/// Lowest score accepted as a match (Dice coefficient, 0–1). At 0.4 the
/// printed text and the catalog name share well over a third of their
/// words; below that, OCR-damaged headings start matching the wrong topic.
pub const MIN_SCORE: f32 = 0.4;

/// A best match must beat the runner-up by this much (Dice points), else
/// the printed name is ambiguous and nothing is returned.
pub const MIN_MARGIN: f32 = 0.02;

/// Words that announce a criterion or indicator rather than name it.
const STOP_WORDS: &[&str] = &["tieu", "chi", "so", "tc", "ct"];

/// The folded content words of `s`.
pub(crate) fn words(s: &str) -> BTreeSet<String> {
    fold_key(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !STOP_WORDS.contains(w))
        .map(str::to_string)
        .collect()
}

/// Dice coefficient of two word sets.
pub(crate) fn dice(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.intersection(b).count();
    2.0 * common as f32 / (a.len() + b.len()) as f32
}

/// Index and score of the best-scoring item, if it reaches [`MIN_SCORE`],
/// beats the runner-up by [`MIN_MARGIN`] and shares at least two words with
/// the catalog name (or all of a one-word name): Vietnamese words are
/// syllables, and one shared syllable ("thông" in "Cục Thống kê" and "Giao
/// thông") is coincidence, not evidence.
pub(crate) fn best<'a, T>(
    printed: &BTreeSet<String>,
    items: impl Iterator<Item = (T, &'a str)>,
) -> Option<(T, f32)> {
    let mut scored: Vec<(T, f32)> = items
        .map(|(item, name)| {
            let name = words(name);
            let common = printed.intersection(&name).count();
            let s = if common >= name.len().min(2) {
                dice(printed, &name)
            } else {
                0.0
            };
            (item, s)
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut it = scored.into_iter();
    let (item, score) = it.next()?;
    let second = it.next().map_or(0.0, |(_, s)| s);
    (score >= MIN_SCORE && score - second >= MIN_MARGIN).then_some((item, score))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_drop_numbers_and_announcing_words() {
        let w = words("Chi tiêu 15.4 Tỷ lệ dân số có sổ khám");
        let w: Vec<&str> = w.iter().map(String::as_str).collect();
        assert_eq!(w, ["co", "dan", "kham", "le", "ty"]);
    }

    #[test]
    fn dice_bounds() {
        let a = words("Y tế");
        assert_eq!(dice(&a, &a), 1.0);
        assert_eq!(dice(&a, &words("Thu nhập")), 0.0);
    }
}
