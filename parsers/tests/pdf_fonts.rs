//! Fonts that give no text or odd spacing: the reader says so per file, or reads
//! words from positions.

use lopdf::{Dictionary, Document, Object, Stream, dictionary};
use ntm_parsers::pdf;
use std::path::PathBuf;

/// A one-page PDF drawing `content` with `font` (built in the document) as `/F1`.
fn page_with_font(
    content: &str,
    name: &str,
    font: impl FnOnce(&mut Document) -> Dictionary,
) -> PathBuf {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let f = font(&mut doc);
    let font_id = doc.add_object(f);
    let c = doc.add_object(Stream::new(Dictionary::new(), content.as_bytes().to_vec()));
    let p = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => c,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![Object::Reference(p)], "Count" => 1 },
        ),
    );
    let cat = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", cat);
    let dir = std::env::temp_dir().join(format!("ntm-pdf-fonts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    doc.save(&path).unwrap();
    path
}

#[test]
fn identity_h_font_without_to_unicode_is_reported_once_per_font() {
    // Glyph ids only: nothing in the file says which characters they draw.
    let content = "BT /F1 10 Tf 100 700 Td <002400250026> Tj 0 -20 Td <0027> Tj ET";
    let path = page_with_font(content, "cid.pdf", |doc| {
        let cid = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+Arial",
            "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"),
                "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
            "DW" => 600,
        });
        dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+Arial",
            "Encoding" => "Identity-H", "DescendantFonts" => vec![Object::Reference(cid)],
        }
    });
    let doc = pdf::read(&path).unwrap();
    let w: Vec<&str> = doc
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .filter(|m| m.contains("ABCDEF+Arial"))
        .collect();
    assert_eq!(w.len(), 1, "{:?}", doc.warnings);
    assert!(
        w[0].contains("no /ToUnicode") && w[0].contains("4 characters"),
        "{}",
        w[0]
    );
}

#[test]
fn unknown_glyph_names_in_differences_are_reported() {
    // `g123`-style names (glyph ids as names) carry no Unicode; `uni1EA1` does.
    let content = "BT /F1 10 Tf 100 700 Td <4142> Tj ET";
    let path = page_with_font(content, "diff.pdf", |_| {
        dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Sub",
            "FirstChar" => 65, "LastChar" => 66, "Widths" => vec![500.into(), 500.into()],
            "Encoding" => dictionary! { "Type" => "Encoding",
                "Differences" => vec![65.into(), Object::Name(b"uni1EA1".to_vec()),
                                      Object::Name(b"g123".to_vec())] },
        }
    });
    let doc = pdf::read(&path).unwrap();
    let text: String = doc.prose.iter().map(|(_, p)| p.as_str()).collect();
    assert!(text.starts_with('ạ'), "{text:?}");
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("font Sub") && w.message.contains("1 characters")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_large_negative_kern_in_tj_separates_words_a_small_one_does_not() {
    // Producers that never draw a space glyph move the pen with TJ numbers instead.
    let content = "BT /F1 10 Tf 100 700 Td [(Ninh)-20(H)15(oa)-350(Vinh)] TJ ET";
    let path = page_with_font(content, "tj.pdf", |_| {
        dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
            "Encoding" => "WinAnsiEncoding",
        }
    });
    let doc = pdf::read(&path).unwrap();
    let text: Vec<&str> = doc.prose.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(text, ["NinhHoa Vinh"]);
}

/// A simple font named `base` with no /ToUnicode, drawing VNI codes: letters 500 units
/// wide, the VNI mark codes with no advance (drawn over the letter before them).
fn vni_font(doc: &mut Document, base: &str) -> Dictionary {
    let marks: &[u8] = &[
        0xF9, 0xD9, 0xF8, 0xD8, 0xFB, 0xDB, 0xF5, 0xD5, 0xEF, 0xCF, 0xE2, 0xC2, 0xEA, 0xCA, 0xE1,
        0xC1, 0xE0, 0xC0, 0xE5, 0xC5, 0xE3, 0xC3, 0xE4, 0xC4, 0xE9, 0xC9, 0xE8, 0xC8, 0xFA, 0xDA,
        0xFC, 0xDC, 0xEB, 0xCB,
    ];
    let widths: Vec<Object> = (32u8..=255)
        .map(|b| Object::Integer(if marks.contains(&b) { 0 } else { 500 }))
        .collect();
    let _ = doc;
    dictionary! {
        "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => base,
        "Encoding" => "WinAnsiEncoding", "FirstChar" => 32, "LastChar" => 255,
        "Widths" => widths,
    }
}

#[test]
fn vni_fonts_are_decoded_with_and_without_a_revealing_name() {
    // "Sở Kế hoạch và Đầu tư …" in VNI codes (shown here as their Windows-1252 reading).
    let vni = "Sôû Keá hoaïch vaø Ñaàu tö ñòa phöông Khaùnh Hoøa, Chöông trình xaây döïng noâng thoân môùi";
    let hex: String = vni.chars().map(|c| format!("{:02X}", c as u32)).collect();
    let content = format!("BT /F1 10 Tf 50 700 Td <{hex}> Tj ET");
    for (base, file) in [
        ("VNI-Times", "vni-named.pdf"),
        ("BodyFont", "vni-unnamed.pdf"),
    ] {
        let path = page_with_font(&content, file, |doc| vni_font(doc, base));
        let doc = pdf::read(&path).unwrap();
        let text: String = doc
            .prose
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            text, "Sở Kế hoạch và Đầu tư địa phương Khánh Hòa, Chương trình xây dựng nông thôn mới",
            "{base}"
        );
    }
}
