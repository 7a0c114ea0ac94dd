//! Legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI) → Unicode NFC.
//!
//! Before Unicode, Vietnamese documents used fonts whose byte codes stand for
//! Vietnamese letters: TCVN 5712:1993 ("TCVN3", the `.VnTime` fonts; `.VnTimeH`
//! is the capitals variant) and VNI (`VNI-Times`, where a letter is followed by
//! a separate diacritic byte). A PDF that embeds such a font gives byte codes,
//! not Unicode; a file that was converted naively shows mojibake such as
//! "Së X©y dùng" (for "Sở Xây dựng"). This module turns both back into text.

use unicode_normalization::UnicodeNormalization;

/// A legacy Vietnamese 8-bit encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegacyEncoding {
    /// TCVN 5712:1993 (TCVN3/ABC), as in the `.VnTime` fonts.
    Tcvn3,
    /// TCVN3 codes drawn with a capitals font (`.VnTimeH`): every letter,
    /// including the lower-case codes and ASCII a–z, shows as a capital.
    Tcvn3Capitals,
    /// VNI (`VNI-Times`), where tone marks are separate bytes after the vowel.
    Vni,
}

/// Decodes raw font codes (one byte per character) in `enc` to NFC Unicode.
/// Never fails: a byte with no meaning in `enc` keeps its Windows-1252 reading.
pub fn decode(bytes: &[u8], enc: LegacyEncoding) -> String {
    match enc {
        LegacyEncoding::Tcvn3 => decode_tcvn3(bytes),
        LegacyEncoding::Tcvn3Capitals => decode_tcvn3(bytes).to_uppercase(),
        LegacyEncoding::Vni => decode_vni(bytes),
    }
}

/// Decodes one glyph's code of a legacy font, on its own. In VNI a tone or vowel
/// mark is a glyph of its own, drawn over the letter before it: its code becomes the
/// combining mark(s) alone, which the PDF reader attaches to the letter the mark is
/// drawn over (by position, not by code order), then composes. TCVN3 codes are whole
/// letters (its five combining tone codes already decode to combining marks).
pub fn decode_glyph(code: u8, enc: LegacyEncoding) -> String {
    match enc {
        LegacyEncoding::Vni => match vni_marks(code) {
            Some(marks) => marks.iter().collect(),
            None => vni_letter(code)
                .unwrap_or_else(|| cp1252_char(code))
                .to_string(),
        },
        _ => decode(&[code], enc),
    }
}

// ---------------------------------------------------------------- TCVN3 ----

/// TCVN3 code → Unicode for bytes 0x80–0xFF, as glibc's `TCVN5712-1`
/// converter maps them (checked byte by byte against `iconv` in the tests).
/// 0xB0–0xB4 are combining tone marks that follow their vowel.
const TCVN3_HIGH: [char; 128] = [
    'À', 'Ả', 'Ã', 'Á', 'Ạ', 'Ặ', 'Ậ', 'È', // 0x80
    'Ẻ', 'Ẽ', 'É', 'Ẹ', 'Ệ', 'Ì', 'Ỉ', 'Ĩ', // 0x88
    'Í', 'Ị', 'Ò', 'Ỏ', 'Õ', 'Ó', 'Ọ', 'Ộ', // 0x90
    'Ờ', 'Ở', 'Ỡ', 'Ớ', 'Ợ', 'Ù', 'Ủ', 'Ũ', // 0x98
    '\u{00A0}', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', // 0xA0
    'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ', // 0xA8
    '\u{0300}', '\u{0309}', '\u{0303}', '\u{0301}', '\u{0323}', 'à', 'ả', 'ã', // 0xB0
    'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ', // 0xB8
    'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', // 0xC0
    'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ', // 0xC8
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', // 0xD0
    'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', // 0xD8
    'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', // 0xE0
    'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // 0xE8
    'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', // 0xF0
    'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố', // 0xF8
];

/// TCVN3 puts capitals with tone marks on some C0 control codes (as glibc
/// does); all other bytes below 0x80 are ASCII.
fn tcvn3_low(b: u8) -> char {
    match b {
        0x01 => 'Ú',
        0x02 => 'Ụ',
        0x04 => 'Ừ',
        0x05 => 'Ử',
        0x06 => 'Ữ',
        0x11 => 'Ứ',
        0x12 => 'Ự',
        0x13 => 'Ỳ',
        0x14 => 'Ỷ',
        0x15 => 'Ỹ',
        0x16 => 'Ý',
        0x17 => 'Ỵ',
        _ => b as char,
    }
}

fn tcvn3_char(b: u8) -> char {
    if b < 0x80 {
        tcvn3_low(b)
    } else {
        TCVN3_HIGH[usize::from(b - 0x80)]
    }
}

fn decode_tcvn3(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| tcvn3_char(b))
        .collect::<String>()
        .nfc()
        .collect()
}

// ------------------------------------------------------------------ VNI ----

/// What a VNI diacritic byte adds to the vowel before it (combining marks).
fn vni_marks(b: u8) -> Option<&'static [char]> {
    const ACUTE: char = '\u{0301}';
    const GRAVE: char = '\u{0300}';
    const HOOK: char = '\u{0309}';
    const TILDE: char = '\u{0303}';
    const DOT: char = '\u{0323}';
    const CIRC: char = '\u{0302}';
    const BREVE: char = '\u{0306}';
    // Lower-case byte and its upper-case twin (used after capitals) mean the same.
    Some(match b {
        0xF9 | 0xD9 => &[ACUTE],
        0xF8 | 0xD8 => &[GRAVE],
        0xFB | 0xDB => &[HOOK],
        0xF5 | 0xD5 => &[TILDE],
        0xEF | 0xCF => &[DOT],
        0xE2 | 0xC2 => &[CIRC],
        0xEA | 0xCA => &[BREVE],
        0xE1 | 0xC1 => &[CIRC, ACUTE],
        0xE0 | 0xC0 => &[CIRC, GRAVE],
        0xE5 | 0xC5 => &[CIRC, HOOK],
        0xE3 | 0xC3 => &[CIRC, TILDE],
        0xE4 | 0xC4 => &[DOT, CIRC],
        0xE9 | 0xC9 => &[BREVE, ACUTE],
        0xE8 | 0xC8 => &[BREVE, GRAVE],
        0xFA | 0xDA => &[BREVE, HOOK],
        0xFC | 0xDC => &[BREVE, TILDE],
        0xEB | 0xCB => &[DOT, BREVE],
        _ => return None,
    })
}

/// VNI bytes that are whole letters.
fn vni_letter(b: u8) -> Option<char> {
    Some(match b {
        0xF6 => 'ư',
        0xD6 => 'Ư',
        0xF4 => 'ơ',
        0xD4 => 'Ơ',
        0xF1 => 'đ',
        0xD1 => 'Đ',
        0xEC => 'ì',
        0xCC => 'Ì',
        0xED => 'í',
        0xCD => 'Í',
        0xE6 => 'ỉ',
        0xC6 => 'Ỉ',
        0xF3 => 'ĩ',
        0xD3 => 'Ĩ',
        0xF2 => 'ị',
        0xD2 => 'Ị',
        _ => return None,
    })
}

/// Whether `marks` can sit on `vowel` (NFD base letter, possibly with a horn
/// already): a breve only on `a`, a circumflex only on `a`, `e`, `o`.
fn vni_fits(vowel: char, marks: &[char]) -> bool {
    let v = vowel.to_lowercase().next().unwrap_or(vowel);
    let is_vowel = "aeiouyơư".contains(v);
    match marks.first() {
        Some('\u{0306}') => v == 'a',
        Some('\u{0302}') => "aeo".contains(v),
        Some('\u{0323}') if marks.len() == 2 => {
            (marks[1] == '\u{0302}' && "aeo".contains(v)) || (marks[1] == '\u{0306}' && v == 'a')
        }
        _ => is_vowel,
    }
}

fn decode_vni(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    // The last letter written, if diacritics may still attach to it.
    let mut open_vowel: Option<char> = None;
    for &b in bytes {
        if let Some(marks) = vni_marks(b)
            && let Some(v) = open_vowel
            && vni_fits(v, marks)
        {
            out.extend(marks.iter());
            // A vowel takes at most a quality mark then a tone.
            open_vowel =
                (marks.len() == 1 && matches!(marks[0], '\u{0302}' | '\u{0306}')).then_some('·');
            continue;
        }
        let c = vni_letter(b).unwrap_or_else(|| cp1252_char(b));
        out.push(c);
        let base = c.to_lowercase().next().unwrap_or(c);
        open_vowel = ("aeiouyơư".contains(base)).then_some(c);
    }
    out.nfc().collect()
}

// ------------------------------------------------------------- WinAnsi ----

/// Windows-1252 bytes 0x80–0x9F; undefined codes keep their Latin-1 (C1) value.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

fn cp1252_char(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
        _ => b as char,
    }
}

/// The byte a Windows-1252/Latin-1 decoder turned into `c`, if any.
fn cp1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        0..=0x7F | 0xA0..=0xFF => u8::try_from(u32::from(c)).ok(),
        _ => CP1252_HIGH
            .iter()
            .position(|&x| x == c)
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

// ----------------------------------------------------- font names, detect ----

/// Guesses the legacy encoding of a font from its base font name
/// (`.VnTime`, `ABCDEF+.VnTimeH,Bold`, `VnArial`, `VNI-Times`, `VNI-Helve`).
/// A TCVN3 name ending in `H` (before any style suffix) is the capitals variant.
pub fn encoding_from_font_name(name: &str) -> Option<LegacyEncoding> {
    // Drop a subset prefix "ABCDEF+" and style suffixes ",Bold" / "-Italic".
    let name = name.rsplit('+').next().unwrap_or(name).trim();
    let lower = name.trim_start_matches('.').to_lowercase();
    if let Some(rest) = lower.strip_prefix("vni") {
        let next = rest.chars().next();
        if next.is_none_or(|c| !c.is_alphabetic())
            || rest.starts_with("times")
            || rest.starts_with("helve")
        {
            return Some(LegacyEncoding::Vni);
        }
    }
    let family = lower
        .split([',', '-'])
        .next()
        .unwrap_or("")
        .replace(' ', "");
    let rest = family.strip_prefix("vn")?;
    if !rest.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    if family.ends_with('h') {
        Some(LegacyEncoding::Tcvn3Capitals)
    } else {
        Some(LegacyEncoding::Tcvn3)
    }
}

/// Share of words (whitespace-separated, ASCII punctuation trimmed) that are
/// well-formed Vietnamese syllables; 0.0 when there are no words.
pub fn vietnamese_score(text: &str) -> f64 {
    let mut words = 0usize;
    let mut valid = 0usize;
    for w in text.split_whitespace() {
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_ascii_digit());
        if w.is_empty() {
            continue;
        }
        words += 1;
        if is_syllable(w) {
            valid += 1;
        }
    }
    if words == 0 {
        0.0
    } else {
        valid as f64 / words as f64
    }
}

/// A written Vietnamese syllable: optional onset, a vowel group of 1–3
/// letters, optional coda, and at most one tone mark.
pub fn is_syllable(word: &str) -> bool {
    const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];
    let lower: String = word.to_lowercase().nfd().collect();
    if lower.chars().filter(|c| TONES.contains(c)).count() > 1 {
        return false;
    }
    let base: String = lower
        .chars()
        .filter(|c| !TONES.contains(c))
        .collect::<String>()
        .nfc()
        .collect();
    const ONSETS: [&str; 27] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
        "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];
    const CODAS: [&str; 9] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];
    const VOWELS: &str = "aăâeêioôơuưy";
    let rest = ONSETS
        .iter()
        .find_map(|o| {
            base.strip_prefix(o)
                .filter(|r| r.chars().next().is_some_and(|c| VOWELS.contains(c)))
        })
        .unwrap_or(&base);
    let vowel_len = rest.chars().take_while(|c| VOWELS.contains(*c)).count();
    let coda: String = rest.chars().skip(vowel_len).collect();
    (1..=3).contains(&vowel_len) && CODAS.contains(&coda.as_str())
}

/// Below this Vietnamese score (share of well-formed syllables, 0–1) a
/// decoding is not considered Vietnamese text.
const MIN_SCORE: f64 = 0.6;
/// A legacy decoding must beat the plain reading by at least this much
/// (score points, 0–1) to be preferred.
const MIN_GAIN: f64 = 0.2;

/// Guesses, from code statistics, whether `bytes` are TCVN3 or VNI text rather than
/// Latin-1/WinAnsi; `None` when it looks like plain WinAnsi text.
///
/// Text without bytes ≥ 0x80 is plain ASCII whatever the font. Otherwise each
/// reading is scored by its share of well-formed Vietnamese syllables and the
/// best legacy reading wins if it clears [`MIN_SCORE`] and beats WinAnsi by
/// [`MIN_GAIN`].
pub fn detect(bytes: &[u8]) -> Option<LegacyEncoding> {
    if bytes.iter().all(|&b| b < 0x80) {
        return None;
    }
    let plain: String = bytes.iter().map(|&b| cp1252_char(b)).collect();
    let plain_score = vietnamese_score(&plain);
    [LegacyEncoding::Tcvn3, LegacyEncoding::Vni]
        .into_iter()
        .map(|e| (e, vietnamese_score(&decode(bytes, e))))
        .filter(|(_, s)| *s >= MIN_SCORE && *s >= plain_score + MIN_GAIN)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(e, _)| e)
}

/// Repairs text that was already decoded as WinAnsi/Latin-1 from legacy codes
/// ("Së X©y dùng" → "Sở Xây dựng"), where that is lossless; `None` when the
/// text shows no such mojibake.
///
/// The text is cut into runs of words whose characters all come from
/// Windows-1252 (a real "ệ" ends a run, so correct Unicode is never
/// re-read). Each run is re-encoded to its bytes and decoded as TCVN3 and as
/// VNI; the better decoding is used when, over the words it changes, it is
/// Vietnamese ([`MIN_SCORE`]) and clearly more so than the run as printed
/// ([`MIN_GAIN`]). When the text also holds genuine Unicode Vietnamese
/// letters, only words that are not Vietnamese as printed are replaced, since
/// "Tài chính" is both correct Unicode and valid-looking TCVN3 mojibake.
pub fn repair_mojibake(text: &str) -> Option<String> {
    let has_unicode_vietnamese = text
        .chars()
        .any(|c| c.is_alphabetic() && cp1252_byte(c).is_none());
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut run_start: Option<usize> = None;
    let flush = |out: &mut String, run: &str, changed: &mut bool| match repair_run(
        run,
        has_unicode_vietnamese,
    ) {
        Some(fixed) => {
            out.push_str(&fixed);
            *changed = true;
        }
        None => out.push_str(run),
    };
    let mut pos = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let encodable = word.chars().all(|c| cp1252_byte(c).is_some());
        match (encodable, run_start) {
            (true, None) => run_start = Some(pos),
            (false, Some(s)) => {
                flush(&mut out, &text[s..pos], &mut changed);
                run_start = None;
            }
            _ => {}
        }
        if !encodable {
            out.push_str(word);
        }
        pos += word.len();
    }
    if let Some(s) = run_start {
        flush(&mut out, &text[s..], &mut changed);
    }
    changed.then_some(out)
}

/// Re-reads one run of Windows-1252 words (with their trailing spaces).
fn repair_run(run: &str, only_invalid_words: bool) -> Option<String> {
    let words: Vec<&str> = run.split_inclusive(char::is_whitespace).collect();
    let mut best: Option<(f64, Vec<String>)> = None;
    for enc in [LegacyEncoding::Tcvn3, LegacyEncoding::Vni] {
        let decoded: Vec<String> = words
            .iter()
            .map(|w| {
                let bytes: Vec<u8> = w.chars().filter_map(cp1252_byte).collect();
                decode(&bytes, enc)
            })
            .collect();
        // Score only the words the decoding changes.
        let (before, after): (Vec<&str>, Vec<&str>) = words
            .iter()
            .zip(&decoded)
            .filter(|(w, d)| **w != d.as_str())
            .map(|(w, d)| (*w, d.as_str()))
            .unzip();
        if before.is_empty() {
            continue;
        }
        let (b, a) = (
            vietnamese_score(&before.concat()),
            vietnamese_score(&after.concat()),
        );
        if a >= MIN_SCORE && a >= b + MIN_GAIN && best.as_ref().is_none_or(|(s, _)| a > *s) {
            best = Some((a, decoded));
        }
    }
    let (_, decoded) = best?;
    let out: String = words
        .iter()
        .zip(&decoded)
        .map(|(w, d)| {
            let keep =
                only_invalid_words && vietnamese_score(w) == 1.0 || vietnamese_score(d) < 1.0;
            if keep { (*w).to_string() } else { d.clone() }
        })
        .collect();
    (out != run).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tcvn3(s: &str) -> Vec<u8> {
        s.chars()
            .map(|c| cp1252_byte(c).expect("cp1252 char"))
            .collect()
    }

    /// glibc's TCVN5712-1 reading of every byte 0x00–0xFF (code points, hex),
    /// generated with:
    /// `for b in $(seq 0 255); do printf "\\x$(printf %02x $b)" | iconv -f TCVN5712-1 -t UTF-8 | od -An -tx1; done`
    /// (each UTF-8 sequence then written as its code point).
    const ICONV_TCVN5712_1: [&str; 16] = [
        "0000 00DA 1EE4 0003 1EEA 1EEC 1EEE 0007 0008 0009 000A 000B 000C 000D 000E 000F",
        "0010 1EE8 1EF0 1EF2 1EF6 1EF8 00DD 1EF4 0018 0019 001A 001B 001C 001D 001E 001F",
        "0020 0021 0022 0023 0024 0025 0026 0027 0028 0029 002A 002B 002C 002D 002E 002F",
        "0030 0031 0032 0033 0034 0035 0036 0037 0038 0039 003A 003B 003C 003D 003E 003F",
        "0040 0041 0042 0043 0044 0045 0046 0047 0048 0049 004A 004B 004C 004D 004E 004F",
        "0050 0051 0052 0053 0054 0055 0056 0057 0058 0059 005A 005B 005C 005D 005E 005F",
        "0060 0061 0062 0063 0064 0065 0066 0067 0068 0069 006A 006B 006C 006D 006E 006F",
        "0070 0071 0072 0073 0074 0075 0076 0077 0078 0079 007A 007B 007C 007D 007E 007F",
        "00C0 1EA2 00C3 00C1 1EA0 1EB6 1EAC 00C8 1EBA 1EBC 00C9 1EB8 1EC6 00CC 1EC8 0128",
        "00CD 1ECA 00D2 1ECE 00D5 00D3 1ECC 1ED8 1EDC 1EDE 1EE0 1EDA 1EE2 00D9 1EE6 0168",
        "00A0 0102 00C2 00CA 00D4 01A0 01AF 0110 0103 00E2 00EA 00F4 01A1 01B0 0111 1EB0",
        "0300 0309 0303 0301 0323 00E0 1EA3 00E3 00E1 1EA1 1EB2 1EB1 1EB3 1EB5 1EAF 1EB4",
        "1EAE 1EA6 1EA8 1EAA 1EA4 1EC0 1EB7 1EA7 1EA9 1EAB 1EA5 1EAD 00E8 1EC2 1EBB 1EBD",
        "00E9 1EB9 1EC1 1EC3 1EC5 1EBF 1EC7 00EC 1EC9 1EC4 1EBE 1ED2 0129 00ED 1ECB 00F2",
        "1ED4 1ECF 00F5 00F3 1ECD 1ED3 1ED5 1ED7 1ED1 1ED9 1EDD 1EDF 1EE1 1EDB 1EE3 00F9",
        "1ED6 1EE7 0169 00FA 1EE5 1EEB 1EED 1EEF 1EE9 1EF1 1EF3 1EF7 1EF9 00FD 1EF5 1ED0",
    ];

    #[test]
    fn tcvn3_table_matches_committed_iconv_table() {
        let want: Vec<u32> = ICONV_TCVN5712_1
            .iter()
            .flat_map(|l| l.split(' '))
            .map(|h| u32::from_str_radix(h, 16).unwrap())
            .collect();
        assert_eq!(want.len(), 256);
        for b in 0..=255u8 {
            assert_eq!(
                u32::from(tcvn3_char(b)),
                want[usize::from(b)],
                "byte {b:#04x}"
            );
        }
    }

    /// Checks against the live converter when the machine has glibc iconv.
    #[test]
    fn tcvn3_table_matches_live_iconv_if_present() {
        use std::io::Write;
        use std::process::{Command, Stdio};
        for b in 0..=255u8 {
            let Ok(mut child) = Command::new("iconv")
                .args(["-f", "TCVN5712-1", "-t", "UTF-8"])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
            else {
                return; // no iconv here: the committed table test still runs
            };
            child.stdin.take().unwrap().write_all(&[b]).unwrap();
            let out = child.wait_with_output().unwrap();
            if !out.status.success() {
                return;
            }
            let got = String::from_utf8(out.stdout).unwrap();
            assert_eq!(got, tcvn3_char(b).to_string(), "byte {b:#04x}");
        }
    }

    #[test]
    fn tcvn3_words() {
        assert_eq!(
            decode(&tcvn3("Së X©y dùng"), LegacyEncoding::Tcvn3),
            "Sở Xây dựng"
        );
        // Tone on the main vowel, as the codes say ("Uỷ" = modern placement of "Ủy").
        assert_eq!(
            decode(
                &tcvn3("Uû ban nh©n d©n tØnh Kh¸nh Hßa"),
                LegacyEncoding::Tcvn3
            ),
            "Uỷ ban nhân dân tỉnh Khánh Hòa"
        );
        // Combining tone byte after its vowel composes (0xB3 = acute).
        assert_eq!(decode(&[b'a', 0xB3], LegacyEncoding::Tcvn3), "á");
    }

    #[test]
    fn tcvn3_capitals_font() {
        assert_eq!(
            decode(&tcvn3("n«ng th«n míi"), LegacyEncoding::Tcvn3Capitals),
            "NÔNG THÔN MỚI"
        );
    }

    #[test]
    fn vni_words() {
        let vni = |s: &str| decode(&tcvn3(s), LegacyEncoding::Vni);
        assert_eq!(vni("Vieät Nam"), "Việt Nam");
        assert_eq!(vni("Ñaø Naüng"), "Đà Nẵng");
        assert_eq!(vni("Thaønh phoá Hoà Chí Minh"), "Thành phố Hồ Chí Minh");
        assert_eq!(vni("nöôùc saïch, ngöôøi daân"), "nước sạch, người dân");
        assert_eq!(vni("ñòa phöông"), "địa phương");
        assert_eq!(vni("VIEÄT NAM"), "VIỆT NAM");
        assert_eq!(vni("Quyù"), "Quý");
        // A diacritic byte with no vowel before it stays as printed.
        assert_eq!(vni("x ù"), "x ù");
    }

    #[test]
    fn vni_glyphs_decode_alone_with_marks_as_combining_marks() {
        let glyphs = |s: &str| -> Vec<String> {
            tcvn3(s)
                .iter()
                .map(|&b| decode_glyph(b, LegacyEncoding::Vni))
                .collect()
        };
        // "Sôû" = S, ơ, hook above: the mark glyph is a combining mark on its own.
        assert_eq!(glyphs("Sôû"), ["S", "ơ", "\u{309}"]);
        // Combined quality + tone marks ("á" byte = circumflex + acute) and capitals.
        assert_eq!(glyphs("eá"), ["e", "\u{302}\u{301}"]);
        assert_eq!(glyphs("ÑAÀ"), ["Đ", "A", "\u{302}\u{300}"]);
        let joined: String = glyphs("Keá hoaïch vaø Ñaàu tö").concat();
        assert_eq!(crate::text::nfc(&joined), "Kế hoạch và Đầu tư");
        // TCVN3 glyphs are whole letters.
        assert_eq!(decode_glyph(0xE9, LegacyEncoding::Tcvn3), "ộ");
    }

    #[test]
    fn font_names() {
        use LegacyEncoding::*;
        for (name, want) in [
            (".VnTime", Some(Tcvn3)),
            (".VnTimeH", Some(Tcvn3Capitals)),
            (".VnArial", Some(Tcvn3)),
            ("VnTime", Some(Tcvn3)),
            ("ABCDEF+.VnTime", Some(Tcvn3)),
            ("ABCDEF+.VnTimeH,Bold", Some(Tcvn3Capitals)),
            (".VnArial NarrowH", Some(Tcvn3Capitals)),
            ("VNI-Times", Some(Vni)),
            ("VNI-Helve", Some(Vni)),
            ("XYZABC+VNI-Times-Bold", Some(Vni)),
            ("TimesNewRomanPSMT", None),
            ("Arial,Bold", None),
            ("Verdana", None),
        ] {
            assert_eq!(encoding_from_font_name(name), want, "{name}");
        }
    }

    #[test]
    fn detect_from_codes() {
        let t = tcvn3("Uû ban nh©n d©n tØnh Kh¸nh Hßa, Së X©y dùng, n«ng th«n míi");
        assert_eq!(detect(&t), Some(LegacyEncoding::Tcvn3));
        let v = tcvn3("Chöông trình xaây döïng noâng thoân môùi tænh Khaùnh Hoøa");
        assert_eq!(detect(&v), Some(LegacyEncoding::Vni));
        assert_eq!(detect(b"Plan 2024, ASCII only"), None);
        // Genuine Western text with accents stays WinAnsi.
        assert_eq!(detect(&tcvn3("café crème brûlée à la française")), None);
    }

    #[test]
    fn repairs_mojibake_and_keeps_unicode() {
        assert_eq!(
            repair_mojibake("Së X©y dùng").as_deref(),
            Some("Sở Xây dựng")
        );
        assert_eq!(
            repair_mojibake("Uû ban nh©n d©n tØnh").as_deref(),
            Some("Uỷ ban nhân dân tỉnh")
        );
        // Correct Unicode text is left alone.
        assert_eq!(repair_mojibake("Sở Xây dựng tỉnh Khánh Hòa"), None);
        assert_eq!(repair_mojibake("Plan 2024"), None);
        // A mojibake run next to correct Unicode is repaired on its own.
        // Next to genuine Unicode, only words that are not Vietnamese as
        // printed are re-read ("Tài chính" is valid as it stands).
        assert_eq!(
            repair_mojibake("Sở Tài chính; Uû ban nh©n d©n").as_deref(),
            Some("Sở Tài chính; Uỷ ban nhân dân")
        );
    }

    #[test]
    fn syllable_score() {
        assert_eq!(vietnamese_score("Sở Xây dựng"), 1.0);
        assert!(vietnamese_score("Së X©y dùng") < 0.5);
    }
}
