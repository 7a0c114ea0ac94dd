//! Legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI) → Unicode (placeholder).

/// A legacy Vietnamese 8-bit encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegacyEncoding {
    /// TCVN 5712:1993 (TCVN3/ABC), as in the `.VnTime` / `.VnTimeH` fonts.
    Tcvn3,
    /// VNI (`VNI-Times`), where tone marks are separate bytes after the vowel.
    Vni,
}

/// Decodes raw font codes (one byte per character) in `enc` to NFC Unicode.
pub fn decode(bytes: &[u8], _enc: LegacyEncoding) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

/// Guesses the legacy encoding of a font from its base font name
/// (e.g. `.VnTime`, `ABCDEF+VnTimeH`, `VNI-Times`).
pub fn encoding_from_font_name(_name: &str) -> Option<LegacyEncoding> {
    None
}

/// Guesses, from code statistics, whether `bytes` are TCVN3 or VNI text rather than
/// Latin-1/WinAnsi; `None` when it looks like plain WinAnsi text.
pub fn detect(_bytes: &[u8]) -> Option<LegacyEncoding> {
    None
}

/// Repairs text that was already decoded as WinAnsi/Latin-1 from legacy codes
/// ("Së X©y dùng" → "Sở Xây dựng"), where that is lossless; `None` when the
/// text shows no such mojibake.
pub fn repair_mojibake(_text: &str) -> Option<String> {
    None
}
