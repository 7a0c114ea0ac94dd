//! Workbook reader: every table of every sheet of an xlsx, xls or ods file.
//!
//! Steps, one module each:
//! 1. load a sheet's non-empty cells and merged regions — [`excel`] (xlsx, xls via
//!    calamine) or [`ods`] (own streaming pass over `content.xml`, since calamine
//!    exposes no ods merges) — into a sparse [`raw::RawSheet`];
//! 2. clean the merges and surface text hidden under them — [`merges`];
//! 3. find the tables, their captions and the notes around them — [`region`];
//! 4. build each table with spans and header rows — [`build`].
//!
//! Numbers keep their value in [`CellValue::Number`](crate::CellValue::Number) and read
//! as a person reads them ([`display`]); dates become ISO text. `Document.pages` is the
//! number of sheets in the workbook, and each cell's `origin.page` is its 1-based sheet
//! position. Chart sheets (and dialog/macro sheets) and sheets with no content are
//! skipped with a warning; a sheet that cannot be read is skipped with a warning naming
//! it, the other sheets are still read. A password-protected workbook is
//! [`ErrorKind::Encrypted`]; a damaged one [`ErrorKind::Corrupt`].

pub mod build;
pub mod cfb_check;
pub mod display;
pub mod excel;
pub mod merges;
pub mod ods;
pub mod raw;
pub mod region;
pub mod xls_formats;

use crate::{Document, ErrorKind, Format, Warning};
use raw::RawSheet;
use std::path::Path;

/// Reads every table of every sheet of a workbook.
pub fn read(path: &Path, format: Format) -> Result<Document, ErrorKind> {
    let mut doc = Document {
        format,
        pages: 0,
        tables: Vec::new(),
        warnings: Vec::new(),
        prose: Vec::new(),
    };
    match format {
        Format::Xlsx => {
            let mut book = excel::XlsxBook::open(path)?;
            if book.sheets().is_empty() {
                return Err(no_sheets(format, &missing_xlsx_parts(path)));
            }
            read_book(&mut book, &mut doc)
        }
        Format::Xls => {
            let mut book = excel::XlsBook::open(path)?;
            if book.sheets().is_empty() {
                return Err(no_sheets(format, &[]));
            }
            read_book(&mut book, &mut doc)
        }
        Format::Ods => {
            let sheets = ods::load(path)?;
            if sheets.is_empty() {
                return Err(no_sheets(format, &[]));
            }
            doc.pages = sheets.len() as u32;
            for s in sheets {
                add_sheet(&mut doc, s);
            }
        }
        Format::OcrText | Format::Pdf => return Err(ErrorKind::UnsupportedFormat),
    }
    Ok(doc)
}

/// A workbook that lists no sheet at all: nothing can be read, which is an error
/// rather than an empty result (that would pass as a workbook without tables).
fn no_sheets(format: Format, missing: &[&str]) -> ErrorKind {
    let detail = if missing.is_empty() {
        "the workbook lists no sheets".to_string()
    } else {
        format!(
            "the workbook lists no sheets: part {} is missing",
            missing.join(", ")
        )
    };
    ErrorKind::Corrupt {
        format: format.name(),
        detail,
    }
}

/// The parts every xlsx package needs that `path` lacks.
fn missing_xlsx_parts(path: &Path) -> Vec<&'static str> {
    let Ok(file) = std::fs::File::open(path) else {
        return Vec::new();
    };
    let Ok(zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return Vec::new();
    };
    let names: std::collections::HashSet<String> = zip
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    [
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
    ]
    .into_iter()
    .filter(|p| !names.contains(*p))
    .collect()
}

/// Reads every sheet of an opened xlsx or xls workbook, skipping (with a
/// warning) chart sheets and the like, and recording unreadable sheets.
fn read_book<B: excel::Workbook>(wb: &mut B, doc: &mut Document) {
    let sheets = wb.sheets();
    doc.pages = sheets.len() as u32;
    for (i, e) in sheets.iter().enumerate() {
        let index = i as u32 + 1;
        if let Some(why) = e.skip {
            skip(doc, index, &e.name, why);
            continue;
        }
        // calamine may panic on damage; the sheet is then unreadable, the rest read.
        let loaded =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| wb.load(&e.name, index)))
                .unwrap_or_else(|_| Err("the workbook reader failed on this sheet".into()));
        match loaded {
            Ok(s) => add_sheet(doc, s),
            Err(msg) => unreadable(doc, index, &e.name, &msg),
        }
    }
}

fn skip(doc: &mut Document, index: u32, name: &str, why: &str) {
    doc.warnings
        .push(Warning::on_sheet(index, name, format!("{why}, skipped")));
}

fn unreadable(doc: &mut Document, index: u32, name: &str, msg: &str) {
    doc.warnings.push(Warning::on_sheet(
        index,
        name,
        format!("cannot be read ({msg}), skipped"),
    ));
}

/// Finds and builds the tables of one loaded sheet.
pub fn add_sheet(doc: &mut Document, mut s: RawSheet) {
    let (index, name) = (s.index, s.name.clone());
    merges::prepare(&mut s);
    for w in s.warnings.drain(..) {
        doc.warnings.push(Warning::on_sheet(index, &name, w));
    }
    if s.cells.is_empty() {
        skip(doc, index, &name, "empty sheet");
        return;
    }
    let layout = region::find(&s.cells, &s.merges);
    for span in &layout.tables {
        let t_index = doc.tables.len() as u32;
        match build::table(span, &s.cells, &s.merges, index, &name, t_index) {
            Ok(t) => doc.tables.push(t),
            Err(e) => doc.warnings.push(Warning::on_sheet(
                index,
                &name,
                format!(
                    "table at {} dropped: {e}",
                    merges::cell_name(span.rect.top, span.rect.left)
                ),
            )),
        }
    }
    if layout.tables.is_empty() {
        doc.warnings.push(Warning::on_sheet(
            index,
            &name,
            "no table (text lines only)",
        ));
    }
    doc.prose
        .extend(layout.prose.into_iter().map(|p| (index, p)));
}
