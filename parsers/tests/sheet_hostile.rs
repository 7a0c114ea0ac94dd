//! Damaged workbook packages: a cut `content.xml`, a missing workbook part.
//! Each is reported (warning or error), and what could be read is kept.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples")
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ntm-sheet-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The entries of a zip file, in order.
fn entries(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().unwrap().to_string(), b)
        })
        .collect()
}

fn write_zip(path: &Path, entries: &[(String, Vec<u8>)]) {
    let mut w = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opt =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in entries {
        w.start_file(name.as_str(), opt).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap();
}

/// The sample ods with `content.xml` replaced by `f(content.xml)`.
fn ods_with(name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PathBuf {
    let mut e = entries(&samples().join("khanh-hoa-2024-appendices.ods"));
    for (n, b) in &mut e {
        if n == "content.xml" {
            *b = f(b);
        }
    }
    let p = tmp(name);
    write_zip(&p, &e);
    p
}

#[test]
fn ods_cut_inside_a_text_node_keeps_cells_and_warns() {
    let whole = ntm_parsers::read_file(&samples().join("khanh-hoa-2024-appendices.ods")).unwrap();
    let cells = |d: &ntm_parsers::Document| d.tables.iter().map(|t| t.cells.len()).sum::<usize>();
    // Cut in the middle of the file, just inside the text of a paragraph.
    let p = ods_with("cut-text.ods", |b| {
        let s = String::from_utf8_lossy(b);
        let at = s[s.len() / 2..].find("<text:p>").unwrap() + s.len() / 2 + "<text:p>".len() + 1;
        b[..at].to_vec()
    });
    let d = ntm_parsers::read_file(&p).expect("partial content is kept");
    let w: Vec<&str> = d.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(
        w.iter()
            .any(|m| m.contains("content.xml ends inside a text node")
                && m.contains("of ? cells read")),
        "{w:?}"
    );
    assert!(
        cells(&d) > 0 && cells(&d) < cells(&whole),
        "{} of {}",
        cells(&d),
        cells(&whole)
    );
}

#[test]
fn ods_cut_before_any_sheet_is_an_error() {
    let p = ods_with("cut-head.ods", |b| b[..b.len().min(300)].to_vec());
    let e = ntm_parsers::read_file(&p).unwrap_err().to_string();
    assert!(
        e.contains("content.xml") && e.contains("cut-head.ods"),
        "{e}"
    );
}

#[test]
fn xlsx_without_its_workbook_part_is_an_error_naming_it() {
    let e: Vec<_> = entries(&samples().join("khanh-hoa-2024-appendices.xlsx"))
        .into_iter()
        .filter(|(n, _)| n != "xl/workbook.xml")
        .collect();
    let p = tmp("no-workbook.xlsx");
    write_zip(&p, &e);
    let msg = match ntm_parsers::read_file(&p) {
        Err(e) => e.to_string(),
        Ok(d) => panic!(
            "read without error: {} tables, {:?}",
            d.tables.len(),
            d.warnings
        ),
    };
    assert!(msg.contains("xl/workbook.xml"), "{msg}");
}
