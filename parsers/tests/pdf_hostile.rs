//! Hostile PDF structures: each is read within its budgets and never in silence.

use lopdf::{Dictionary, Document, Object, Stream, dictionary};
use ntm_parsers::pdf::{PdfSettings, read_bytes};
use std::io::Write;

/// A small ruled table: 3 rows × 2 columns of text in Helvetica.
fn table_content(rows: usize) -> String {
    let mut s = String::new();
    for r in 0..=rows {
        let y = 700 - 20 * r as i32;
        s.push_str(&format!("100 {y} m 400 {y} l S\n"));
    }
    for x in [100, 250, 400] {
        s.push_str(&format!("{x} 700 m {x} {} l S\n", 700 - 20 * rows as i32));
    }
    for r in 0..rows {
        let y = 686 - 20 * r as i32;
        s.push_str(&format!(
            "BT /F1 10 Tf 105 {y} Td (Row {r} left) Tj ET\nBT /F1 10 Tf 255 {y} Td (Value {r}) Tj ET\n"
        ));
    }
    s
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// A one-page document; `page` may add or replace page entries.
fn doc_with(contents: Object, page: impl FnOnce(&mut Dictionary, &mut Document)) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let mut p = dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => contents,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    };
    page(&mut p, &mut doc);
    let pid = doc.add_object(p);
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![pid.into()], "Count" => 1 },
        ),
    );
    let cat = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", cat);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// Tables read and the warnings as shown (location, then message).
fn messages(bytes: &[u8]) -> (usize, Vec<String>) {
    let d = read_bytes(bytes, &PdfSettings::default()).expect("reads");
    (
        d.tables.len(),
        d.warnings.iter().map(|w| w.to_string()).collect(),
    )
}

#[test]
fn plain_table_reads_without_warnings() {
    let bytes = doc_with(Object::Null, |p, d| {
        let c = d.add_object(Stream::new(
            Dictionary::new(),
            table_content(3).into_bytes(),
        ));
        p.set("Contents", c);
    });
    let (tables, w) = messages(&bytes);
    assert_eq!(tables, 1, "{w:?}");
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn contents_repeating_one_stream_is_read_once_with_a_warning() {
    let bytes = doc_with(Object::Null, |p, d| {
        let c = d.add_object(Stream::new(
            dictionary! { "Filter" => "FlateDecode" },
            zlib(table_content(3).as_bytes()),
        ));
        p.set("Contents", vec![Object::Reference(c); 5_000]);
    });
    let t = std::time::Instant::now();
    let (tables, w) = messages(&bytes);
    assert!(t.elapsed().as_secs() < 10);
    assert_eq!(tables, 1, "{w:?}");
    assert!(
        w.iter()
            .any(|m| m.contains("5000 times") && m.contains("read once")),
        "{w:?}"
    );
}

#[test]
fn many_distinct_streams_stop_at_the_budget() {
    let bytes = doc_with(Object::Null, |p, d| {
        let ids: Vec<Object> = (0..1_200)
            .map(|_| {
                Object::Reference(d.add_object(Stream::new(Dictionary::new(), b"q Q".to_vec())))
            })
            .collect();
        p.set("Contents", ids);
    });
    let (_, w) = messages(&bytes);
    assert!(
        w.iter().any(|m| m.contains("max_content_streams_per_page")),
        "{w:?}"
    );
}

#[test]
fn a_flipped_byte_in_a_compressed_stream_is_reported() {
    let mut z = zlib(table_content(30).as_bytes());
    let mid = z.len() / 2;
    z[mid] ^= 0x5A;
    let bytes = doc_with(Object::Null, |p, d| {
        let c = d.add_object(Stream::new(dictionary! { "Filter" => "FlateDecode" }, z));
        p.set("Contents", c);
    });
    let d = read_bytes(&bytes, &PdfSettings::default()).expect("reads");
    assert!(
        d.warnings.iter().any(|w| w.page == Some(1)
            && w.message.contains("content stream")
            && w.message.contains("damaged")
            && !w.message.contains("page 1")
            && w.to_string().starts_with("page 1: content stream")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn absurd_media_box_and_user_unit_are_reported_and_the_table_kept() {
    for (key, value) in [
        (
            "MediaBox",
            Object::Array(vec![0.into(), 0.into(), 1e30f32.into(), 1e30f32.into()]),
        ),
        ("UserUnit", Object::Real(1e30)),
    ] {
        let bytes = doc_with(Object::Null, |p, d| {
            let c = d.add_object(Stream::new(
                Dictionary::new(),
                table_content(3).into_bytes(),
            ));
            p.set("Contents", c);
            p.set(key, value.clone());
        });
        let (tables, w) = messages(&bytes);
        assert!(
            w.iter().any(|m| m.contains(&format!("/{key}"))),
            "{key}: {w:?}"
        );
        assert_eq!(tables, 1, "{key}: {w:?}");
    }
}

#[test]
fn a_page_tree_listing_itself_is_read_once_with_a_warning() {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let mut kids: Vec<Object> = Vec::new();
    for _ in 0..2 {
        let c = doc.add_object(Stream::new(
            Dictionary::new(),
            table_content(3).into_bytes(),
        ));
        let p = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => c,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(p.into());
    }
    kids.push(pages_id.into());
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => 2 }),
    );
    let cat = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", cat);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let d = read_bytes(&bytes, &PdfSettings::default()).unwrap();
    assert_eq!(d.pages, 2);
    assert!(
        d.warnings
            .iter()
            .any(|w| w.message.contains("page tree") && w.message.contains("cycle")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn a_syntax_error_in_one_block_costs_that_block_not_the_page() {
    let mut content = table_content(3);
    // A string that is never closed: the whole stream no longer parses.
    content.push_str("BT /F1 10 Tf 105 500 Td (broken Tj ET\n");
    content.push_str("BT /F1 10 Tf 105 400 Td (After the damage) Tj ET\n");
    let bytes = doc_with(Object::Null, |p, d| {
        let c = d.add_object(Stream::new(Dictionary::new(), content.into_bytes()));
        p.set("Contents", c);
    });
    let d = read_bytes(&bytes, &PdfSettings::default()).expect("reads");
    let w: Vec<String> = d.warnings.iter().map(|w| w.message.clone()).collect();
    assert!(
        w.iter()
            .any(|m| m.contains("does not parse") && m.contains("1 of")),
        "{w:?}"
    );
    assert_eq!(d.tables.len(), 1, "{w:?}");
    let texts: Vec<&str> = d.tables[0].cells.iter().map(|c| c.text.as_str()).collect();
    for want in ["Row 0 left", "Value 2"] {
        assert!(texts.contains(&want), "{want} missing from {texts:?}");
    }
    let prose: String = format!("{:?}", d.prose);
    assert!(prose.contains("After the damage"), "{prose}");
    assert!(!prose.contains("broken"), "{prose}");
}
