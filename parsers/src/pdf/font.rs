//! Fonts as the page interpreter needs them: how to cut a string into codes, each
//! code's Unicode text and advance width, and the vertical extent of its glyphs.
//!
//! Text comes from `/ToUnicode` first (producers get it right even where `/Encoding`
//! is a fake WinAnsi), then from a legacy Vietnamese decoder for 8-bit fonts such as
//! `.VnTime`, then from the simple-font encoding and its `/Differences`.

use super::cmap::{CMap, be};
use super::encoding::{BaseEncoding, glyph_name_to_text};
use super::objects::{as_dict, get, get_dict, name, num, num_array, resolve};
use crate::legacy_vn::{self, LegacyEncoding};
use lopdf::{Dictionary, Document, Object};
use std::collections::HashMap;

/// One character code cut out of a shown string.
#[derive(Debug, Clone)]
pub struct Code {
    /// The code value (big-endian bytes).
    pub code: u32,
    /// Its length in bytes.
    pub len: usize,
    /// Unicode text, or `None` when the font gives no way to know it.
    pub text: Option<String>,
    /// Horizontal advance in text space units per unit of font size.
    pub width: f32,
}

/// A font resource, ready to decode strings.
#[derive(Debug, Clone)]
pub struct Font {
    /// `/BaseFont`, subset prefix kept (`ABCDEF+Arial`).
    pub base_name: String,
    /// Composite (Type0) font: multi-byte codes.
    composite: bool,
    /// Type0 font whose encoding CMap gives the code space (else 2 bytes).
    code_space: Option<CMap>,
    /// Type0 `UniXXX-UCS2/UTF16` encodings: the code itself is UTF-16.
    codes_are_utf16: bool,
    to_unicode: Option<CMap>,
    /// Simple fonts: code → text from `/Encoding` and `/Differences`.
    simple: Vec<Option<String>>,
    first_char: u32,
    widths: Vec<f32>,
    missing_width: f32,
    cid_widths: HashMap<u32, f32>,
    default_width: f32,
    /// Glyph-space to text-space scale (0.001, or `/FontMatrix` for Type 3 fonts).
    scale: f32,
    /// Top of glyphs above the baseline, per unit of font size.
    pub ascent: f32,
    /// Bottom of glyphs (negative below the baseline), per unit of font size.
    pub descent: f32,
    /// Legacy 8-bit Vietnamese encoding, when the font name says so (or later, its codes).
    pub legacy: Option<LegacyEncoding>,
    /// Simple font with no ToUnicode: a candidate for detection from code statistics.
    pub legacy_candidate: bool,
    /// A TCVN3 capitals font (`.VnTimeH`, `.VnArialH`): the same codes as the lower-case
    /// font, drawn as capitals, so the font name decides the case.
    pub capitals: bool,
    /// What went wrong reading the font's streams (a damaged ToUnicode or
    /// encoding CMap), for the page's warnings.
    pub problems: Vec<String>,
    /// A bold face (by its name, `/FontWeight` or the ForceBold flag): header rows are
    /// often told from the body by it alone.
    pub bold: bool,
}

/// Bytes, default 4 MiB: the most a font's CMap stream (ToUnicode or encoding)
/// may decompress to. A CMap for all 65,536 two-byte codes is about 2 MiB, so
/// anything larger is damage or a decompression bomb; such a stream is ignored
/// and the font falls back to its other encoding information.
const MAX_CMAP_BYTES: usize = 4 << 20;

impl Font {
    /// Reads a font dictionary; never fails (unknown parts fall back to defaults).
    pub fn load(doc: &Document, dict: &Dictionary) -> Font {
        let subtype = get(doc, dict, b"Subtype").and_then(name).unwrap_or(b"");
        let base_name = get(doc, dict, b"BaseFont")
            .and_then(name)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let mut problems = Vec::new();
        let to_unicode = get(doc, dict, b"ToUnicode")
            .and_then(|o| match o {
                Object::Stream(s) => cmap_bytes(s, &base_name, "ToUnicode", &mut problems),
                _ => None,
            })
            .map(|b| CMap::parse(&b))
            .filter(|c| !c.is_empty());
        let composite = subtype == b"Type0";
        let mut font = Font {
            base_name,
            composite,
            code_space: None,
            codes_are_utf16: false,
            to_unicode,
            simple: Vec::new(),
            first_char: 0,
            widths: Vec::new(),
            missing_width: 0.0,
            cid_widths: HashMap::new(),
            default_width: 1000.0,
            scale: 0.001,
            ascent: 0.0,
            descent: 0.0,
            legacy: None,
            legacy_candidate: false,
            capitals: false,
            problems,
            bold: false,
        };
        let descriptor;
        if composite {
            match get(doc, dict, b"Encoding") {
                Some(Object::Name(n)) => {
                    let n = String::from_utf8_lossy(n);
                    font.codes_are_utf16 =
                        n.starts_with("Uni") && (n.contains("UCS2") || n.contains("UTF16"));
                }
                Some(Object::Stream(s)) => {
                    font.code_space =
                        cmap_bytes(s, &font.base_name, "encoding CMap", &mut font.problems)
                            .map(|b| CMap::parse(&b));
                }
                _ => {}
            }
            let cid = get(doc, dict, b"DescendantFonts")
                .and_then(|o| match o {
                    Object::Array(a) => a.first(),
                    _ => None,
                })
                .and_then(|o| resolve(doc, o))
                .and_then(as_dict);
            if let Some(cid) = cid {
                font.default_width = get(doc, cid, b"DW").and_then(num).unwrap_or(1000.0);
                if let Some(Object::Array(w)) = get(doc, cid, b"W") {
                    font.cid_widths = parse_w(doc, w);
                }
            }
            descriptor = cid.and_then(|c| get_dict(doc, c, b"FontDescriptor"));
        } else {
            descriptor = get_dict(doc, dict, b"FontDescriptor");
            font.first_char = get(doc, dict, b"FirstChar")
                .and_then(num)
                .unwrap_or(0.0)
                .max(0.0) as u32;
            font.widths = get(doc, dict, b"Widths")
                .and_then(|o| num_array(doc, o))
                .unwrap_or_default();
            font.missing_width = descriptor
                .and_then(|d| get(doc, d, b"MissingWidth"))
                .and_then(num)
                .unwrap_or(0.0);
            if subtype == b"Type3"
                && let Some(m) = get(doc, dict, b"FontMatrix").and_then(|o| num_array(doc, o))
                && m.len() == 6
            {
                font.scale = m[0].abs().max(1e-6);
            }
            let flags = descriptor
                .and_then(|d| get(doc, d, b"Flags"))
                .and_then(num)
                .unwrap_or(0.0) as u32;
            let symbolic = flags & 4 != 0 && flags & 32 == 0;
            font.simple = simple_encoding(doc, dict, subtype, symbolic);
            if font.to_unicode.is_none() {
                font.legacy = legacy_vn::encoding_from_font_name(&font.base_name);
                font.legacy_candidate = font.legacy.is_none();
                font.capitals =
                    font.legacy == Some(LegacyEncoding::Tcvn3) && is_capitals_name(&font.base_name);
            }
        }
        let weight = descriptor
            .and_then(|d| get(doc, d, b"FontWeight"))
            .and_then(num)
            .unwrap_or(0.0);
        let force_bold = descriptor
            .and_then(|d| get(doc, d, b"Flags"))
            .and_then(num)
            .is_some_and(|f| (f as u32) & (1 << 18) != 0);
        font.bold = is_bold_name(&font.base_name) || weight >= 600.0 || force_bold;
        let (mut asc, mut desc) = (0.0, 0.0);
        if let Some(d) = descriptor {
            asc = get(doc, d, b"Ascent").and_then(num).unwrap_or(0.0);
            desc = get(doc, d, b"Descent").and_then(num).unwrap_or(0.0);
            if asc <= 0.0
                && let Some(bb) = get(doc, d, b"FontBBox").and_then(|o| num_array(doc, o))
                && bb.len() == 4
            {
                asc = bb[3];
                desc = bb[1];
            }
        }
        if asc <= 0.0 {
            asc = 800.0;
            desc = -200.0;
        }
        // Clamp odd metrics so a box stays near its line; centres decide cell membership.
        font.ascent = (asc / 1000.0).clamp(0.5, 1.1);
        font.descent = (desc / 1000.0).clamp(-0.4, 0.0);
        font
    }

    /// Cuts `bytes` into codes with their text and width.
    pub fn codes(&self, bytes: &[u8]) -> Vec<Code> {
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let len = if self.composite {
                match (&self.code_space, &self.to_unicode) {
                    (Some(cs), _) if cs.has_codespace() => cs.code_len(rest, 2),
                    (_, Some(tu)) if tu.has_codespace() && !self.codes_are_utf16 => {
                        tu.code_len(rest, 2)
                    }
                    _ => 2.min(rest.len()),
                }
            } else {
                1
            };
            let code = be(&rest[..len]);
            out.push(Code {
                code,
                len,
                text: self.text_of(code, len),
                width: self.width_of(code) * self.scale,
            });
            i += len;
        }
        out
    }

    fn text_of(&self, code: u32, len: usize) -> Option<String> {
        if let Some(t) = self.to_unicode.as_ref().and_then(|c| c.get(code, len)) {
            return Some(t.to_string());
        }
        if self.composite {
            if self.codes_are_utf16 {
                return char::from_u32(code).map(|c| c.to_string());
            }
            return None;
        }
        if let Some(enc) = self.legacy {
            let t = legacy_vn::decode_glyph(code as u8, enc);
            return Some(if self.capitals { t.to_uppercase() } else { t });
        }
        self.simple_text(code)
    }

    /// Text of a simple-font code from its encoding only (no legacy decoding).
    pub fn simple_text(&self, code: u32) -> Option<String> {
        self.simple.get(code as usize).cloned().flatten()
    }

    fn width_of(&self, code: u32) -> f32 {
        if self.composite {
            return *self.cid_widths.get(&code).unwrap_or(&self.default_width);
        }
        if self.widths.is_empty() && self.missing_width == 0.0 {
            // No metrics at all (a standard-14 font named without /Widths): an average
            // advance keeps glyphs apart and words separable, which zero would not.
            return if code == 32 { 250.0 } else { 500.0 };
        }
        code.checked_sub(self.first_char)
            .and_then(|k| self.widths.get(k as usize))
            .copied()
            .unwrap_or(self.missing_width)
    }
}

/// `/W` array: `c [w1 w2 …]` and `c_first c_last w` forms.
fn parse_w(doc: &Document, w: &[Object]) -> HashMap<u32, f32> {
    let mut m = HashMap::new();
    let mut i = 0;
    let val = |o: &Object| resolve(doc, o).and_then(num);
    while i < w.len() {
        let Some(first) = val(&w[i]) else { break };
        match w.get(i + 1).and_then(|o| resolve(doc, o)) {
            Some(Object::Array(ws)) => {
                for (k, x) in ws.iter().enumerate().take(65_536) {
                    if let Some(x) = val(x) {
                        m.insert((first as u32).saturating_add(k as u32), x);
                    }
                }
                i += 2;
            }
            Some(o) => {
                let (Some(last), Some(x)) = (num(o), w.get(i + 2).and_then(val)) else {
                    break;
                };
                let (a, b) = (
                    first as u32,
                    (last as u32).min((first as u32).saturating_add(65_536)),
                );
                for c in a..=b {
                    m.insert(c, x);
                }
                i += 3;
            }
            None => break,
        }
    }
    m
}

/// The 256-entry code → text table of a simple font.
fn simple_encoding(
    doc: &Document,
    dict: &Dictionary,
    subtype: &[u8],
    symbolic: bool,
) -> Vec<Option<String>> {
    let default = if subtype == b"Type1" || subtype == b"MMType1" {
        BaseEncoding::Standard
    } else {
        BaseEncoding::WinAnsi
    };
    let enc = get(doc, dict, b"Encoding");
    let base = match enc {
        Some(Object::Name(n)) => BaseEncoding::from_name(n),
        Some(o) => as_dict(o)
            .and_then(|d| get(doc, d, b"BaseEncoding"))
            .and_then(name)
            .and_then(BaseEncoding::from_name),
        None => None,
    };
    let mut table = match (base, symbolic) {
        (Some(b), _) => b.table(),
        // A symbolic font without encoding uses its built-in one; reading the codes as
        // Latin-1 is the best guess without parsing the font program.
        (None, true) => (0..256u32)
            .map(|c| {
                (c >= 32)
                    .then(|| char::from_u32(c).map(|c| c.to_string()))
                    .flatten()
            })
            .collect(),
        (None, false) => default.table(),
    };
    if let Some(Object::Array(diffs)) = enc
        .and_then(as_dict)
        .and_then(|d| get(doc, d, b"Differences"))
    {
        let mut code = 0usize;
        for o in diffs {
            match resolve(doc, o) {
                Some(Object::Integer(c)) => code = (*c).clamp(0, 255) as usize,
                Some(Object::Name(n)) => {
                    // The code now draws this glyph, whatever the base encoding had
                    // there: a name with no known text (`g123`, `glyph45`) leaves the
                    // code without text (reported), never the base encoding's letter.
                    if code < 256 {
                        table[code] = glyph_name_to_text(&String::from_utf8_lossy(n));
                    }
                    code += 1;
                }
                _ => {}
            }
        }
    }
    table
}

/// True for names of bold faces: `TimesNewRomanPS-BoldMT`, `ABCDEF+Arial,Bold`,
/// `DejaVuSerif-Bold`, `Roboto-Black` (subset prefix ignored).
fn is_bold_name(name: &str) -> bool {
    let core = name.rsplit('+').next().unwrap_or(name).to_ascii_lowercase();
    ["bold", "black", "heavy"].iter().any(|w| core.contains(w))
}

/// True for TCVN3 capitals font names: the family name (subset prefix and style
/// suffix removed) ends in `H`, as in `.VnTimeH`, `ABCDEF+.VnArialH,Bold`.
fn is_capitals_name(name: &str) -> bool {
    let core = name.rsplit('+').next().unwrap_or(name);
    let core = core.split([',', '-']).next().unwrap_or(core).trim();
    core.ends_with('H') && core.to_ascii_lowercase().contains("vn")
}

/// A CMap stream's bytes, decompressed up to [`MAX_CMAP_BYTES`]; what went
/// wrong goes to `problems`. A stream whose filter fails outright is read as
/// stored (some writers label plain CMaps as compressed); a damaged one gives
/// the part decoded before the damage; one that decompresses past the limit
/// gives nothing.
fn cmap_bytes(
    s: &lopdf::Stream,
    font: &str,
    what: &str,
    problems: &mut Vec<String>,
) -> Option<Vec<u8>> {
    let d = super::decode::decode(s, MAX_CMAP_BYTES);
    let Some(problem) = d.problem else {
        return Some(d.bytes);
    };
    if d.bytes.len() >= MAX_CMAP_BYTES {
        problems.push(format!(
            "font {font}: {what} stream decodes to more than {MAX_CMAP_BYTES} bytes; ignored"
        ));
        return None;
    }
    if d.bytes.is_empty() {
        problems.push(format!(
            "font {font}: {what} stream {problem}; read as stored"
        ));
        return Some(s.content.clone());
    }
    problems.push(format!(
        "font {font}: {what} stream {problem}; the part before the damage is used"
    ));
    Some(d.bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    use lopdf::dictionary;

    #[test]
    fn cid_widths_and_identity_codes() {
        let doc = Document::with_version("1.5");
        let w: Vec<Object> = vec![
            1.into(),
            vec![Object::from(500), 600.into()].into(),
            10.into(),
            12.into(),
            700.into(),
        ];
        let cid =
            dictionary! { "Type" => "Font", "Subtype" => "CIDFontType2", "DW" => 300, "W" => w };
        let font = dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "Encoding" => "Identity-H",
            "DescendantFonts" => vec![Object::Dictionary(cid)],
        };
        let f = Font::load(&doc, &font);
        let codes = f.codes(&[0, 1, 0, 2, 0, 11, 0, 99]);
        let ws: Vec<f32> = codes.iter().map(|c| (c.width * 1000.0).round()).collect();
        assert_eq!(
            codes.iter().map(|c| c.code).collect::<Vec<_>>(),
            [1, 2, 11, 99]
        );
        assert_eq!(ws, [500.0, 600.0, 700.0, 300.0]);
    }

    #[test]
    fn simple_font_differences_and_widths() {
        let doc = Document::with_version("1.5");
        let diffs: Vec<Object> = vec![
            65.into(),
            Object::Name(b"ohorn".to_vec()),
            Object::Name(b"uni1EA1".to_vec()),
        ];
        let font = dictionary! {
            "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => "Arial",
            "FirstChar" => 65, "Widths" => vec![Object::from(610), 620.into()],
            "Encoding" => dictionary! { "BaseEncoding" => "WinAnsiEncoding", "Differences" => diffs },
        };
        let f = Font::load(&doc, &font);
        let c = f.codes(b"AB\xe9");
        let t: Vec<String> = c
            .iter()
            .map(|c| c.text.clone().unwrap_or_default())
            .collect();
        assert_eq!(t, ["ơ", "ạ", "é"]);
        assert_eq!(c[1].width, 0.62);
        assert!(f.legacy.is_none() && f.legacy_candidate);
    }

    #[test]
    fn a_damaged_tounicode_stream_is_reported() {
        let body: Vec<u8> = (0..200)
            .flat_map(|i| {
                format!("1 beginbfchar <{:02X}> <00{:02X}> endbfchar\n", i, i).into_bytes()
            })
            .collect();
        let mut stream = lopdf::Stream::new(lopdf::Dictionary::new(), body);
        stream.compress().unwrap();
        let mid = stream.content.len() / 2;
        stream.content[mid] ^= 0x55;
        let mut doc = Document::with_version("1.5");
        let id = doc.add_object(stream);
        let font = dictionary! {
            "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => "Damaged", "ToUnicode" => id,
        };
        let f = Font::load(&doc, &font);
        assert_eq!(f.problems.len(), 1, "{:?}", f.problems);
        assert!(f.problems[0].contains("Damaged") && f.problems[0].contains("ToUnicode"));
        // An intact stream says nothing.
        let mut ok = lopdf::Stream::new(
            lopdf::Dictionary::new(),
            b"1 beginbfchar <41> <0041> endbfchar".to_vec(),
        );
        ok.compress().unwrap();
        let id = doc.add_object(ok);
        let font = dictionary! { "Type" => "Font", "Subtype" => "TrueType", "ToUnicode" => id };
        assert!(Font::load(&doc, &font).problems.is_empty());
    }

    #[test]
    fn a_tounicode_bomb_is_ignored() {
        // 8 MiB of a valid CMap line compresses to a few KB; decompressed it
        // would pass MAX_CMAP_BYTES, so the stream gives no mapping.
        let line = b"1 beginbfchar <41> <0041> endbfchar\n";
        let big: Vec<u8> = line.iter().copied().cycle().take(8 << 20).collect();
        let mut stream = lopdf::Stream::new(lopdf::Dictionary::new(), big);
        stream.compress().unwrap();
        assert!(stream.content.len() < MAX_CMAP_BYTES);
        let mut doc = Document::with_version("1.5");
        let id = doc.add_object(stream);
        let font = dictionary! {
            "Type" => "Font", "Subtype" => "TrueType", "ToUnicode" => id,
        };
        assert!(Font::load(&doc, &font).to_unicode.is_none());
        // The same CMap at its real size maps the code.
        let mut small = lopdf::Stream::new(lopdf::Dictionary::new(), line.to_vec());
        small.compress().unwrap();
        let id = doc.add_object(small);
        let font = dictionary! {
            "Type" => "Font", "Subtype" => "TrueType", "ToUnicode" => id,
        };
        assert!(Font::load(&doc, &font).to_unicode.is_some());
    }

    #[test]
    fn bold_font_names() {
        assert!(is_bold_name("ABCDEF+DejaVuSerif-Bold"));
        assert!(is_bold_name("Arial,BoldItalic"));
        assert!(is_bold_name("TimesNewRomanPS-BoldMT"));
        assert!(!is_bold_name("ABCDEF+DejaVuSerif"));
        assert!(!is_bold_name("TimesNewRomanPSMT"));
    }

    #[test]
    fn capitals_font_names() {
        assert!(is_capitals_name(".VnTimeH"));
        assert!(is_capitals_name("ABCDEF+.VnArialH,Bold"));
        assert!(!is_capitals_name(".VnTime"));
        assert!(!is_capitals_name("ArialH"));
    }
}
