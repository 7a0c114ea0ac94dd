//! Text helpers every reader needs: NFC normalisation and whitespace folding.
//! Nothing here knows any language's vocabulary.

use unicode_normalization::UnicodeNormalization;

/// Unicode NFC, so that "ò" is one code point whichever way the source wrote it.
pub fn nfc(s: &str) -> String {
    // ASCII is always NFC, and the quick check settles most other text without
    // the full decomposition (which dominated reading large workbooks).
    if s.is_ascii()
        || unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

/// Collapses runs of white space (including no-break space) to one space and trims.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Lower case with tone and vowel marks removed and `đ` as `d`, everything
/// else kept: the diacritic-free form under which words are matched (never
/// shown; the text itself is kept as printed).
pub fn fold_marks(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// Lower-case letters and digits with accents and marks removed (`đ` → `d`): a key
/// under which text that differs only by OCR's usual slips in marks, case, spacing and
/// punctuation compares equal (a table's header repeated on a scanned page).
pub fn loose_key(s: &str) -> String {
    s.nfd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .map(|c| match c {
            'đ' => 'd',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_marks_keep_everything_else() {
        assert_eq!(fold_marks("Phụ lục 08: ĐẮK"), "phu luc 08: dak");
        assert_eq!(fold_marks("Nghèo đa chiều"), "ngheo da chieu");
    }

    #[test]
    fn collapses_and_trims() {
        assert_eq!(collapse_ws("  a \t b\u{a0}\nc "), "a b c");
        assert_eq!(collapse_ws(""), "");
    }

    #[test]
    fn loose_keys_ignore_marks_case_and_punctuation() {
        assert_eq!(loose_key("Diễn Khánh"), loose_key("Diên  khánh."));
        assert_eq!(loose_key("Đạt"), "dat");
        assert_ne!(loose_key("12"), loose_key("112"));
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(nfc("Vie\u{0302}\u{0323}t"), "Việt");
    }
}
