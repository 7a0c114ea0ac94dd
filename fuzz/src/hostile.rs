//! Hostile inputs built from scratch: each one once made a reader hang, blow up
//! its memory, or lose data without a word. They seed the fuzzer and the
//! end-to-end tests, which check each is read within its budgets and reported.

use lopdf::{Dictionary, Document, Object, Stream, dictionary};
use std::io::{Read, Write};

/// One hostile input: a short name, the file extension it is given, its bytes.
#[derive(Debug, Clone)]
pub struct Case {
    /// Short name (used as a file name).
    pub name: &'static str,
    /// Extension the file is saved with (without the dot).
    pub ext: &'static str,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// True when the input is damaged or passes a budget, so reading it must
    /// give a warning or an error; false for inputs that are only large.
    pub must_warn: bool,
}

/// An HTML table written on one line, with `rows` rows (quadratic once).
pub fn html_one_line(rows: usize) -> String {
    let mut s = String::from("Phụ lục 01\n<table>");
    for i in 0..rows {
        s.push_str(&format!("<tr><td>{i}</td><td>Xã {i}</td></tr>"));
    }
    s.push_str("</table>\n");
    s
}

/// `rows` rows of cells spanning 200 × 200 positions.
pub fn span_bomb(rows: usize) -> String {
    let mut s = String::from("<table>\n");
    for _ in 0..rows {
        s.push_str(
            "<tr><td rowspan=200 colspan=200>x</td><td rowspan=200 colspan=200>y</td></tr>\n",
        );
    }
    s.push_str("</table>\n");
    s
}

/// One line of `cells` tab-separated cells.
pub fn wide_line(cells: usize) -> String {
    let mut s = String::with_capacity(cells * 2 + 16);
    s.push_str("STT\tTên\n");
    for _ in 0..cells {
        s.push_str("a\t");
    }
    s.push('\n');
    s
}

/// Content of a ruled table of `rows` rows × 2 columns in font `/F1`.
pub fn table_content(rows: usize) -> String {
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

/// zlib-compresses `data`.
pub fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).expect("in memory");
    e.finish().expect("in memory")
}

/// A PDF of `pages` pages; `page` may change each page's dictionary (given the
/// document, to add objects) and `kids` the list of the root's kids.
pub fn pdf(
    pages: usize,
    mut page: impl FnMut(&mut Dictionary, &mut Document),
    kids_of: impl FnOnce(Vec<Object>, lopdf::ObjectId) -> Vec<Object>,
) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let mut kids = Vec::new();
    for _ in 0..pages {
        let c = doc.add_object(Stream::new(
            dictionary! { "Filter" => "FlateDecode" },
            zlib(table_content(12).as_bytes()),
        ));
        let mut p = dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => c,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        };
        page(&mut p, &mut doc);
        kids.push(Object::Reference(doc.add_object(p)));
    }
    let n = pages as i64;
    let kids = kids_of(kids, pages_id);
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => n }),
    );
    let cat = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", cat);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("in memory");
    out
}

/// A plain two-page table PDF.
pub fn pdf_plain() -> Vec<u8> {
    pdf(2, |_, _| {}, |k, _| k)
}

/// A page whose `/Contents` lists one stream `n` times.
pub fn pdf_repeated_contents(n: usize) -> Vec<u8> {
    pdf(
        1,
        |p, d| {
            let c = d.add_object(Stream::new(
                dictionary! { "Filter" => "FlateDecode" },
                zlib(table_content(40).as_bytes()),
            ));
            p.set("Contents", vec![Object::Reference(c); n]);
        },
        |k, _| k,
    )
}

/// A page whose compressed content has one byte flipped in the middle.
pub fn pdf_flipped_stream() -> Vec<u8> {
    pdf(
        1,
        |p, d| {
            let mut z = zlib(table_content(40).as_bytes());
            let mid = z.len() / 2;
            z[mid] ^= 0x5A;
            let c = d.add_object(Stream::new(dictionary! { "Filter" => "FlateDecode" }, z));
            p.set("Contents", c);
        },
        |k, _| k,
    )
}

/// A page with `/key value`, e.g. `/MediaBox [0 0 1e30 1e30]`.
pub fn pdf_with(key: &'static str, value: Object) -> Vec<u8> {
    pdf(1, |p, _| p.set(key, value.clone()), |k, _| k)
}

/// Two pages whose tree lists itself as a third child.
pub fn pdf_cyclic_tree() -> Vec<u8> {
    pdf(
        2,
        |_, _| {},
        |mut k, me| {
            k.push(Object::Reference(me));
            k
        },
    )
}

/// The entries of a zip package, in order.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let Ok(mut z) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Vec::new();
    };
    (0..z.len())
        .filter_map(|i| {
            let mut f = z.by_index(i).ok()?;
            let mut b = Vec::new();
            f.by_ref().take(256 << 20).read_to_end(&mut b).ok()?;
            Some((f.name().ok()?.to_string(), b))
        })
        .collect()
}

/// A zip package of `entries` (stored, uncompressed).
pub fn zip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opt =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in entries {
        if w.start_file(name.as_str(), opt).is_ok() {
            let _ = w.write_all(bytes);
        }
    }
    w.finish().map(|c| c.into_inner()).unwrap_or_default()
}

/// `ods` with its `content.xml` cut just inside the text of a paragraph
/// past the middle of the part.
pub fn ods_cut_in_text(ods: &[u8]) -> Vec<u8> {
    let mut e = unzip(ods);
    for (n, b) in &mut e {
        if n == "content.xml" {
            let s = String::from_utf8_lossy(b).into_owned();
            let from = s.len() / 2;
            if let Some(i) = s[from..].find("<text:p>") {
                b.truncate(from + i + "<text:p>".len() + 1);
            }
        }
    }
    zip(&e)
}

/// `xlsx` without its `xl/workbook.xml` part.
pub fn xlsx_without_workbook(xlsx: &[u8]) -> Vec<u8> {
    let e: Vec<_> = unzip(xlsx)
        .into_iter()
        .filter(|(n, _)| n != "xl/workbook.xml")
        .collect();
    zip(&e)
}

/// Every hostile case; `ods` and `xlsx` are intact workbooks to damage.
/// `scale` (1 for the full cases) divides the large inputs, for quick smoke runs.
pub fn cases(ods: &[u8], xlsx: &[u8], scale: usize) -> Vec<Case> {
    let s = scale.max(1);
    vec![
        Case {
            name: "html-one-line-50000-rows",
            ext: "txt",
            bytes: html_one_line(50_000 / s).into_bytes(),
            must_warn: false,
        },
        Case {
            name: "html-span-bomb",
            ext: "txt",
            bytes: span_bomb(400 / s).into_bytes(),
            must_warn: true,
        },
        Case {
            // Each table within its own budget; together past the document's.
            name: "html-span-bomb-24-tables",
            ext: "txt",
            bytes: span_bomb(400 / s).repeat(24).into_bytes(),
            must_warn: true,
        },
        Case {
            name: "tab-line-10m-cells",
            ext: "txt",
            bytes: wide_line(10_000_000 / s).into_bytes(),
            must_warn: true,
        },
        Case {
            name: "pdf-contents-repeated-5000",
            ext: "pdf",
            bytes: pdf_repeated_contents(5_000),
            must_warn: true,
        },
        Case {
            name: "pdf-flipped-stream-byte",
            ext: "pdf",
            bytes: pdf_flipped_stream(),
            must_warn: true,
        },
        Case {
            name: "pdf-mediabox-1e30",
            ext: "pdf",
            bytes: pdf_with(
                "MediaBox",
                Object::Array(vec![0.into(), 0.into(), 1e30f32.into(), 1e30f32.into()]),
            ),
            must_warn: true,
        },
        Case {
            name: "pdf-userunit-1e30",
            ext: "pdf",
            bytes: pdf_with("UserUnit", Object::Real(1e30)),
            must_warn: true,
        },
        Case {
            name: "pdf-cyclic-page-tree",
            ext: "pdf",
            bytes: pdf_cyclic_tree(),
            must_warn: true,
        },
        Case {
            name: "ods-cut-in-text-node",
            ext: "ods",
            bytes: ods_cut_in_text(ods),
            must_warn: true,
        },
        Case {
            name: "xlsx-without-workbook",
            ext: "xlsx",
            bytes: xlsx_without_workbook(xlsx),
            must_warn: true,
        },
        Case {
            name: "pdf-named-xlsx",
            ext: "xlsx",
            bytes: pdf_plain(),
            must_warn: true,
        },
        Case {
            name: "empty",
            ext: "txt",
            bytes: Vec::new(),
            must_warn: true,
        },
    ]
}
