//! Text clean-up that never changes what a Vietnamese reader sees: NFC, homoglyph
//! folding, whitespace collapse and the two accepted tone placements.
//!
//! Markup (`<p>`, `<ul …>`) is stripped by the reader, not here.

use unicode_normalization::UnicodeNormalization;

use super::key::fold_homoglyph;

/// Canonical composition (NFC). Documents mix precomposed and decomposed
/// diacritics; every comparison in the pipeline assumes NFC.
pub use ntm_parsers::text::nfc;

/// Replaces Cyrillic/Greek look-alike letters by their Latin twins
/// (`"Cам Lanh"` → `"Cam Lanh"`). Use for the clean text, never for `raw`.
pub fn fold_homoglyphs(s: &str) -> String {
    s.chars().map(fold_homoglyph).collect()
}

/// Trims and collapses every run of whitespace (spaces, tabs, newlines,
/// no-break spaces) to one ASCII space.
pub use ntm_parsers::text::collapse_ws as collapse_whitespace;

/// NFC + homoglyph folding + whitespace collapse: the "clean" text kept beside
/// the raw text of a cell.
pub fn clean(s: &str) -> String {
    collapse_whitespace(&fold_homoglyphs(&nfc(s)))
}

/// Where the tone mark sits in the open rhymes `oa`, `oe`, `uy`.
///
/// Both placements are correct Vietnamese and both occur in the same document
/// ("Khánh Hòa" in a title, "hoà giải" in a cell). The *modern* rule (Ministry of
/// Education, 2018) puts the tone on the main vowel — `hoà`, `khoẻ`, `thuỷ`,
/// `Uỷ ban`; the *classic* rule puts it on the first vowel — `hòa`, `khỏe`,
/// `thủy`, `Ủy ban`. With a final consonant (`hoàng`, `thuyền`) both agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TonePlacement {
    /// `hoà`, `khoẻ`, `thuỷ`.
    Modern,
    /// `hòa`, `khỏe`, `thủy`.
    Classic,
}

/// Rewrites every syllable to the modern tone placement (`Hòa` → `Hoà`,
/// `Thủy` → `Thuỷ`, `Khỏe` → `Khoẻ`); other text is unchanged. Output is NFC.
pub fn modern_tone_placement(s: &str) -> String {
    place_tones(s, TonePlacement::Modern)
}

/// Rewrites every syllable to the classic tone placement (`Hoà` → `Hòa`).
pub fn classic_tone_placement(s: &str) -> String {
    place_tones(s, TonePlacement::Classic)
}

/// True when `a` and `b` differ at most by tone placement, NFC form and
/// whitespace: `same_text("Khánh Hoà", "Khánh  Hòa")`.
pub fn same_text(a: &str, b: &str) -> bool {
    modern_tone_placement(&clean(a)) == modern_tone_placement(&clean(b))
}

/// The five Vietnamese tone marks as combining characters (NFD).
const TONE_MARKS: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

fn is_tone_mark(c: char) -> bool {
    TONE_MARKS.contains(&c)
}

/// Rewrites tone placement word by word.
pub fn place_tones(s: &str, placement: TonePlacement) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word = String::new();
    for c in s.chars() {
        if c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c) {
            word.push(c);
        } else {
            out.push_str(&place_tone_in_word(&word, placement));
            word.clear();
            out.push(c);
        }
    }
    out.push_str(&place_tone_in_word(&word, placement));
    out
}

/// One letter of a word in NFD: the base letter, its quality marks
/// (circumflex, breve, horn) and its tone mark, if any.
struct Letter {
    base: char,
    quality: Vec<char>,
    tone: Option<char>,
}

fn place_tone_in_word(word: &str, placement: TonePlacement) -> String {
    if word.is_empty() {
        return String::new();
    }
    let mut letters: Vec<Letter> = Vec::new();
    for c in word.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            let Some(last) = letters.last_mut() else {
                return word.nfc().collect();
            };
            if is_tone_mark(c) {
                if last.tone.is_some() {
                    return word.nfc().collect();
                }
                last.tone = Some(c);
            } else {
                last.quality.push(c);
            }
        } else {
            letters.push(Letter {
                base: c,
                quality: Vec::new(),
                tone: None,
            });
        }
    }
    let n = letters.len();
    if n < 2 || letters.iter().filter(|l| l.tone.is_some()).count() != 1 {
        return word.nfc().collect();
    }
    let first = &letters[n - 2];
    let second = &letters[n - 1];
    let pair = (
        first.base.to_lowercase().next().unwrap_or(first.base),
        second.base.to_lowercase().next().unwrap_or(second.base),
    );
    let is_open_rhyme = matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y'));
    let plain = first.quality.is_empty() && second.quality.is_empty();
    // Everything before the rhyme must be consonants ("h", "kh", "th", or
    // nothing as in "uỷ"); "qu" + "y" keeps the tone on "y" in both rules.
    let onset_ok = letters[..n - 2].iter().all(|l| {
        let b = l.base.to_lowercase().next().unwrap_or(l.base);
        b.is_alphabetic() && !"aeiouyăâêôơư".contains(b) && l.quality.is_empty()
    });
    let after_q = n >= 3 && letters[n - 3].base.eq_ignore_ascii_case(&'q');
    let tone_in_rhyme = first.tone.is_some() || second.tone.is_some();
    if !(is_open_rhyme && plain && onset_ok && !after_q && tone_in_rhyme) {
        return word.nfc().collect();
    }
    let tone = letters[n - 2].tone.take().or(letters[n - 1].tone.take());
    match placement {
        TonePlacement::Modern => letters[n - 1].tone = tone,
        TonePlacement::Classic => letters[n - 2].tone = tone,
    }
    let mut nfd = String::new();
    for l in &letters {
        nfd.push(l.base);
        nfd.extend(l.quality.iter());
        nfd.extend(l.tone.iter());
    }
    nfd.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modern_and_classic_placements() {
        assert_eq!(modern_tone_placement("Khánh Hòa"), "Khánh Hoà");
        assert_eq!(modern_tone_placement("Thủy lợi"), "Thuỷ lợi");
        assert_eq!(modern_tone_placement("khỏe"), "khoẻ");
        assert_eq!(modern_tone_placement("Ủy ban"), "Uỷ ban");
        assert_eq!(classic_tone_placement("hoà giải"), "hòa giải");
        assert_eq!(classic_tone_placement("Thuỷ"), "Thủy");
    }

    #[test]
    fn leaves_closed_rhymes_and_qu_alone() {
        for w in [
            "hoàng", "thuyền", "quý", "Quỳ", "ngoài", "toán", "hoa", "xã",
        ] {
            assert_eq!(modern_tone_placement(w), w, "{w}");
            assert_eq!(classic_tone_placement(w), w, "{w}");
        }
    }

    #[test]
    fn decomposed_input_comes_out_nfc() {
        let decomposed: String = "Hòa".nfd().collect();
        assert_eq!(modern_tone_placement(&decomposed), "Hoà");
        assert_eq!(nfc(&decomposed), "Hòa");
    }

    #[test]
    fn same_text_ignores_placement_spacing_and_homoglyphs() {
        assert!(same_text("Khánh Hoà", "Khánh  Hòa"));
        assert!(same_text("Cам Lâm", "Cam Lâm"));
        assert!(!same_text("Hòa", "Hóa"));
    }

    #[test]
    fn collapse_whitespace_handles_tabs_and_nbsp() {
        assert_eq!(
            collapse_whitespace(" Quý\u{a0}II\t/2024 \n"),
            "Quý II /2024"
        );
    }
}
