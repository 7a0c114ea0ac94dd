//! Simple-font encodings: the base tables and glyph names (Adobe Glyph List rules).

#[path = "encoding_data.rs"]
mod data;

/// A base encoding a simple font can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseEncoding {
    /// `/WinAnsiEncoding` (Windows code page 1252).
    WinAnsi,
    /// `/MacRomanEncoding`.
    MacRoman,
    /// Adobe StandardEncoding, the default of Type 1 fonts.
    Standard,
}

impl BaseEncoding {
    /// From an `/Encoding` or `/BaseEncoding` name.
    pub fn from_name(name: &[u8]) -> Option<BaseEncoding> {
        match name {
            b"WinAnsiEncoding" => Some(BaseEncoding::WinAnsi),
            b"MacRomanEncoding" => Some(BaseEncoding::MacRoman),
            b"StandardEncoding" => Some(BaseEncoding::Standard),
            _ => None,
        }
    }

    /// The 256 code → text entries (`None` = undefined code).
    pub fn table(self) -> Vec<Option<String>> {
        let t = match self {
            BaseEncoding::WinAnsi => &data::WIN_ANSI,
            BaseEncoding::MacRoman => &data::MAC_ROMAN,
            BaseEncoding::Standard => &data::STANDARD,
        };
        t.iter()
            .map(|&u| {
                if u == 0 {
                    None
                } else {
                    char::from_u32(u as u32).map(|c| c.to_string())
                }
            })
            .collect()
    }
}

/// Text of a glyph name: the Adobe Glyph List, `uniXXXX[XXXX…]`, `uXXXX[XX]`,
/// ligature names joined by `_`, and suffixes after `.` dropped (`a.sc` → `a`).
pub fn glyph_name_to_text(name: &str) -> Option<String> {
    let base = name.split('.').next().unwrap_or(name);
    if base.is_empty() {
        return None;
    }
    if base.contains('_') {
        let parts: Option<Vec<String>> = base.split('_').map(one_name).collect();
        return parts.map(|p| p.concat());
    }
    one_name(base)
}

fn one_name(n: &str) -> Option<String> {
    if let Ok(i) = data::GLYPH_NAMES.binary_search_by(|(k, _)| k.cmp(&n)) {
        return char::from_u32(data::GLYPH_NAMES[i].1 as u32).map(|c| c.to_string());
    }
    if let Some(hex) = n.strip_prefix("uni")
        && hex.len() >= 4
        && hex.len() % 4 == 0
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        let units: Vec<u16> = hex
            .as_bytes()
            .chunks(4)
            .filter_map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok())
            .collect();
        return Some(String::from_utf16_lossy(&units));
    }
    if let Some(hex) = n.strip_prefix('u')
        && (4..=6).contains(&hex.len())
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .map(|c| c.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(glyph_name_to_text("ohorn").as_deref(), Some("ơ"));
        assert_eq!(glyph_name_to_text("uni1EA1").as_deref(), Some("ạ"));
        assert_eq!(glyph_name_to_text("u1EA1").as_deref(), Some("ạ"));
        assert_eq!(glyph_name_to_text("f_i").as_deref(), Some("fi"));
        assert_eq!(glyph_name_to_text("A.sc").as_deref(), Some("A"));
        assert_eq!(glyph_name_to_text("zzzz"), None);
        let w = BaseEncoding::WinAnsi.table();
        assert_eq!(w[0x80].as_deref(), Some("€"));
        assert_eq!(w[0xAD].as_deref(), Some("\u{AD}"));
    }
}
