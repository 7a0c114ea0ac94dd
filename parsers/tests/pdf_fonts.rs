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
