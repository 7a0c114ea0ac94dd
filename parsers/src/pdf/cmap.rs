//! `/ToUnicode` CMaps: codespace ranges (1–4-byte codes), `bfchar` and `bfrange`
//! (including the array form), targets of several code points.
//!
//! lopdf parses these too, but keeps the parser private and hides codespace splitting,
//! so a positioned-glyph reader needs its own: each glyph's code must be cut out of
//! the string before it can be measured and placed.

use std::collections::HashMap;

/// Largest range expanded into the map, so a hostile `bfrange <0000> <FFFFFFFF>` stays cheap.
const MAX_RANGE: u32 = 0x1_0000;

/// A parsed ToUnicode CMap.
#[derive(Debug, Default, Clone)]
pub struct CMap {
    /// Codespace ranges as (byte length, low bytes, high bytes).
    codespace: Vec<(usize, Vec<u8>, Vec<u8>)>,
    /// (byte length, code) → text.
    map: HashMap<(u8, u32), String>,
}

impl CMap {
    /// Parses CMap program text; unknown syntax is skipped, never fatal.
    pub fn parse(data: &[u8]) -> CMap {
        let toks = tokenize(data);
        let mut cm = CMap::default();
        let mut i = 0;
        while i < toks.len() {
            match &toks[i] {
                Tok::Word(w) if w == "begincodespacerange" => {
                    i += 1;
                    while i + 1 < toks.len() {
                        match (&toks[i], &toks[i + 1]) {
                            (Tok::Hex(lo), Tok::Hex(hi))
                                if lo.len() == hi.len() && !lo.is_empty() =>
                            {
                                cm.codespace.push((lo.len().min(4), lo.clone(), hi.clone()));
                                i += 2;
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(w) if w == "beginbfchar" => {
                    i += 1;
                    while i + 1 < toks.len() {
                        match (&toks[i], &toks[i + 1]) {
                            (Tok::Hex(src), dst) if !src.is_empty() && src.len() <= 4 => {
                                if let Some(t) = target_text(dst) {
                                    cm.map.insert((src.len() as u8, be(src)), t);
                                }
                                i += 2;
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(w) if w == "beginbfrange" => {
                    i += 1;
                    while i + 2 < toks.len() {
                        let (Tok::Hex(lo), Tok::Hex(hi)) = (&toks[i], &toks[i + 1]) else {
                            break;
                        };
                        if lo.is_empty() || lo.len() > 4 || lo.len() != hi.len() {
                            i += 3;
                            continue;
                        }
                        let (l, h, n) = (be(lo), be(hi), lo.len() as u8);
                        let h = h.min(l.saturating_add(MAX_RANGE));
                        match &toks[i + 2] {
                            Tok::Hex(dst) => {
                                let units = utf16_units(dst);
                                for (k, code) in (l..=h).enumerate() {
                                    let mut u = units.clone();
                                    if let Some(last) = u.last_mut() {
                                        *last = last.wrapping_add(k as u16);
                                    }
                                    cm.map.insert((n, code), String::from_utf16_lossy(&u));
                                }
                                i += 3;
                            }
                            Tok::Array(items) => {
                                for (k, code) in (l..=h).enumerate() {
                                    if let Some(t) = items.get(k).and_then(target_text) {
                                        cm.map.insert((n, code), t);
                                    }
                                }
                                i += 3;
                            }
                            _ => i += 3,
                        }
                    }
                }
                _ => i += 1,
            }
        }
        cm
    }

    /// True when the CMap maps nothing (an empty or unreadable stream).
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Length in bytes of the code starting at `bytes[0]`, from the codespace ranges;
    /// `default` when no range matches or there are none.
    pub fn code_len(&self, bytes: &[u8], default: usize) -> usize {
        for n in 1..=4 {
            if bytes.len() < n {
                break;
            }
            let hit = self.codespace.iter().any(|(len, lo, hi)| {
                *len == n && (0..n).all(|k| lo[k] <= bytes[k] && bytes[k] <= hi[k])
            });
            if hit {
                return n;
            }
        }
        default.min(bytes.len()).max(1)
    }

    /// True when codespace ranges were declared.
    pub fn has_codespace(&self) -> bool {
        !self.codespace.is_empty()
    }

    /// Text of one code of `len` bytes.
    pub fn get(&self, code: u32, len: usize) -> Option<&str> {
        self.map.get(&(len as u8, code)).map(|s| s.as_str())
    }
}

/// Big-endian integer of up to 4 bytes.
pub fn be(bytes: &[u8]) -> u32 {
    bytes.iter().take(4).fold(0u32, |a, &b| (a << 8) | b as u32)
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    let mut u: Vec<u16> = bytes
        .chunks(2)
        .map(|c| {
            if c.len() == 2 {
                u16::from_be_bytes([c[0], c[1]])
            } else {
                c[0] as u16
            }
        })
        .collect();
    if u.is_empty() {
        u.push(0xFFFD);
    }
    u
}

fn target_text(t: &Tok) -> Option<String> {
    match t {
        Tok::Hex(b) => Some(String::from_utf16_lossy(&utf16_units(b))),
        Tok::Name(n) => super::encoding::glyph_name_to_text(n),
        _ => None,
    }
}

#[derive(Debug, Clone)]
enum Tok {
    Hex(Vec<u8>),
    Name(String),
    Word(String),
    Array(Vec<Tok>),
}

fn tokenize(data: &[u8]) -> Vec<Tok> {
    let mut stack: Vec<Vec<Tok>> = vec![Vec::new()];
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        match c {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let mut digits = Vec::new();
                i += 1;
                while i < data.len() && data[i] != b'>' {
                    if data[i].is_ascii_hexdigit() {
                        digits.push(data[i]);
                    }
                    i += 1;
                }
                i += 1;
                if digits.len() % 2 == 1 {
                    digits.push(b'0');
                }
                let bytes = digits
                    .chunks(2)
                    .map(|p| (hexval(p[0]) << 4) | hexval(p[1]))
                    .collect();
                push(&mut stack, Tok::Hex(bytes));
            }
            b'[' => {
                stack.push(Vec::new());
                i += 1;
            }
            b']' => {
                i += 1;
                if stack.len() > 1 {
                    let arr = stack.pop().unwrap_or_default();
                    push(&mut stack, Tok::Array(arr));
                }
            }
            b'(' => {
                // Literal strings only appear in header entries; skip them, nesting included.
                let mut depth = 0;
                while i < data.len() {
                    match data[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'/' => {
                let s = i + 1;
                i += 1;
                while i < data.len() && !is_delim(data[i]) {
                    i += 1;
                }
                push(
                    &mut stack,
                    Tok::Name(String::from_utf8_lossy(&data[s..i]).into()),
                );
            }
            _ if c.is_ascii_whitespace() || c == b'{' || c == b'}' || c == b')' || c == b'>' => {
                i += 1
            }
            _ => {
                let s = i;
                while i < data.len() && !is_delim(data[i]) {
                    i += 1;
                }
                if i == s {
                    i += 1;
                }
                push(
                    &mut stack,
                    Tok::Word(String::from_utf8_lossy(&data[s..i]).into()),
                );
            }
        }
    }
    while stack.len() > 1 {
        let arr = stack.pop().unwrap_or_default();
        push(&mut stack, Tok::Array(arr));
    }
    stack.pop().unwrap_or_default()
}

fn push(stack: &mut [Vec<Tok>], t: Tok) {
    if let Some(top) = stack.last_mut() {
        top.push(t);
    }
}

fn is_delim(c: u8) -> bool {
    c.is_ascii_whitespace() || b"()<>[]{}/%".contains(&c)
}

fn hexval(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bfchar_bfrange_array_and_codespace() {
        let src = b"/CIDInit /ProcSet findresource begin\n1 begincodespacerange <00> <80> <8140> <FFFF> endcodespacerange\n\
            2 beginbfchar <0003> <0020> <0041> <00640301> endbfchar\n\
            2 beginbfrange <0010> <0012> <1EA0> <0020> <0021> [<0110> <D835DC00>] endbfrange\nendcmap";
        let cm = CMap::parse(src);
        assert_eq!(cm.get(3, 2), Some(" "));
        assert_eq!(cm.get(0x41, 2), Some("d\u{301}"));
        assert_eq!(cm.get(0x12, 2), Some("\u{1EA2}"));
        assert_eq!(cm.get(0x21, 2), Some("\u{1D400}"));
        assert_eq!(cm.code_len(&[0x41, 0x42], 2), 1);
        assert_eq!(cm.code_len(&[0x81, 0x42], 1), 2);
    }
}
