//! Diacritic-free matching keys. Keys are for comparing names only; the text
//! itself is always kept as printed (NFC).

use unicode_normalization::UnicodeNormalization;

/// Folds letters from other scripts that OCR and copy-paste put into Vietnamese
/// text because they look identical (Cyrillic `а` in "Cам Lanh", Greek `ο` …).
pub fn fold_homoglyph(c: char) -> char {
    match c {
        'а' => 'a',
        'А' => 'A',
        'в' => 'B',
        'В' => 'B',
        'е' => 'e',
        'Е' => 'E',
        'к' => 'k',
        'К' => 'K',
        'м' => 'm',
        'М' => 'M',
        'н' => 'H',
        'Н' => 'H',
        'о' | 'ο' => 'o',
        'О' | 'Ο' => 'O',
        'р' | 'ρ' => 'p',
        'Р' | 'Ρ' => 'P',
        'с' => 'c',
        'С' => 'C',
        'т' => 'T',
        'Т' | 'Τ' => 'T',
        'у' => 'y',
        'У' => 'Y',
        'х' | 'χ' => 'x',
        'Х' | 'Χ' => 'X',
        'і' | 'ι' => 'i',
        'І' | 'Ι' => 'I',
        'ѕ' => 's',
        'ј' => 'j',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Η' => 'H',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ζ' => 'Z',
        _ => c,
    }
}

/// Lower-case, diacritic-free, homoglyph-folded key with single spaces:
/// `"Ninh  Hoà"`, `"Ninh Hòa"` and `"ninh hoa"` all give `"ninh hoa"`.
/// `đ`/`Đ` become `d`. Punctuation is kept (callers strip what they need).
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().map(fold_homoglyph).collect::<String>().nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_tones_case_and_spaces() {
        assert_eq!(fold_key("Ninh  Hoà"), "ninh hoa");
        assert_eq!(fold_key("Ninh Hòa"), "ninh hoa");
        assert_eq!(fold_key("Điện Khánh"), "dien khanh");
        assert_eq!(fold_key(" Diên Khánh "), "dien khanh");
    }

    #[test]
    fn folds_cyrillic_homoglyphs() {
        // "Cам Lanh" as printed in the Khánh Hòa plan, with Cyrillic а and м.
        assert_eq!(fold_key("Cам Lanh"), "cam lanh");
    }
}
