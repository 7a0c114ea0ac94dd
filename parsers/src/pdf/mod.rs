//! PDF reader: tables from ruling lines (lattice) or whitespace (stream), joined
//! across pages, with captions and prose, on lopdf and our own content interpreter.
//!
//! Pipeline, one module per step: [`content`] interprets content streams into raw
//! glyphs and rules (fonts in [`font`], [`cmap`], [`encoding`]); [`page`] maps them to
//! upright page space; [`words`] groups glyphs into words and lines; [`lattice`] and
//! [`stream`] find table grids; [`extract`] fills cells (leaving out a printed sheet's
//! title and note rows, [`sheet_rows`]) and finds captions and fragments; [`segment`]
//! decides which page tables are parts of one logical table
//! (and says why); [`join`] assembles them across pages. Every tolerance lives
//! in [`PdfSettings`]. Asked to, a read keeps every stage's result ([`Stages`]), and
//! [`draw_stages`] draws them, so a drawing shows exactly what that read did.

pub mod cmap;
pub mod content;
mod debug;
pub mod decode;
pub mod encoding;
pub mod extract;
pub mod font;
pub mod join;
pub mod lattice;
pub mod objects;
pub mod page;
pub mod segment;
pub mod settings;
pub mod sheet_rows;
pub mod stream;
pub mod words;

pub use debug::{debug_svg, debug_svg_with, draw_stages};
pub use settings::PdfSettings;

use crate::{Document, ErrorKind, Format, ReadWarning};
use lopdf::Object;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

/// Reads every table of a PDF file with default settings.
pub fn read(path: &Path) -> Result<Document, ErrorKind> {
    read_with(path, &PdfSettings::default())
}

/// Reads every table of a PDF file.
pub fn read_with(path: &Path, settings: &PdfSettings) -> Result<Document, ErrorKind> {
    let bytes = std::fs::read(path)?;
    read_bytes(&bytes, settings)
}

/// Reads every table of a PDF already in memory (the pipeline hashes the file's
/// bytes first and reads them once).
pub fn read_bytes(bytes: &[u8], settings: &PdfSettings) -> Result<Document, ErrorKind> {
    read_staged(bytes, settings, false).map(|(d, _)| d)
}

/// As [`read_bytes`], also keeping what every stage found (for [`draw_stages`]).
pub fn read_bytes_with_stages(
    bytes: &[u8],
    settings: &PdfSettings,
) -> Result<(Document, Stages), ErrorKind> {
    let (d, st) = read_staged(bytes, settings, true)?;
    Ok((d, st.unwrap_or_default()))
}

/// What one read found at each stage, with the settings it used: per page the page
/// in upright space (glyphs, rules), the ruled-table search's steps, and the tables
/// and free lines found; for the document, the segmentation decisions.
#[derive(Debug, Clone, Default)]
pub struct Stages {
    /// The settings of the read.
    pub settings: PdfSettings,
    /// Pages read, in order.
    pub pages: Vec<page::Page>,
    /// Per page (same order): edges, intersections, cells and grids of ruled tables.
    pub lattice: Vec<lattice::Stages>,
    /// Per page (same order): its tables with their cells, and its free lines.
    pub texts: Vec<extract::PageText>,
    /// Which page tables start a table and which continue one, and why.
    pub segmentation: segment::Segmentation,
}

fn read_staged(
    bytes: &[u8],
    settings: &PdfSettings,
    record: bool,
) -> Result<(Document, Option<Stages>), ErrorKind> {
    settings.validate().map_err(ErrorKind::Settings)?;
    let (mut pages, mut warnings, count) = load_pages(bytes, settings)?;
    // Pages without a text layer are read by OCR into glyphs and rules (see `scan`).
    let ocr = crate::scan::ocr_pages(bytes, &mut pages, settings, &mut warnings)?;
    let texts: Vec<extract::PageText> = pages
        .iter()
        .map(|p| extract::extract(p, settings))
        .collect();
    let seg = segment::segment(&texts, settings);
    let (mut tables, prose, w) = join::join_segmented(&texts, &seg, settings);
    warnings.extend(w);
    crate::scan::set_confidence(&mut tables, &ocr, settings, &mut warnings);
    let stages = record.then(|| Stages {
        settings: settings.clone(),
        // The ruled-table search is deterministic: run again with its steps kept, on
        // the same page and settings, it finds the grids `extract` used.
        lattice: pages
            .iter()
            .map(|p| lattice::find_grids_staged(&p.segments, settings))
            .collect(),
        pages,
        texts,
        segmentation: seg,
    });
    Ok((
        Document {
            format: Format::Pdf,
            pages: count,
            tables,
            warnings,
            prose,
        },
        stages,
    ))
}

/// Loads the file and interprets every page into upright page space.
/// Returns the pages that could be read, per-file warnings and the page count.
pub fn read_pages(
    path: &Path,
    settings: &PdfSettings,
) -> Result<(Vec<page::Page>, Vec<ReadWarning>, u32), ErrorKind> {
    let bytes = std::fs::read(path)?;
    load_pages(&bytes, settings)
}

/// As [`read_pages`], from bytes in memory.
pub fn load_pages(
    bytes: &[u8],
    settings: &PdfSettings,
) -> Result<(Vec<page::Page>, Vec<ReadWarning>, u32), ErrorKind> {
    let corrupt = |detail: String| ErrorKind::Corrupt {
        format: "pdf",
        detail,
    };
    if !bytes
        .iter()
        .take(1024)
        .collect::<Vec<_>>()
        .windows(5)
        .any(|w| w.iter().copied().copied().eq(*b"%PDF-"))
    {
        return Err(corrupt(
            "no %PDF- header in the first 1024 bytes; not a PDF file".into(),
        ));
    }
    let doc = catch_unwind(AssertUnwindSafe(|| lopdf::Document::load_mem(bytes)))
        .map_err(|_| corrupt("the PDF parser failed on this file".into()))?
        .map_err(|e| corrupt(format!("cannot parse: {e}")))?;
    if doc.is_encrypted() {
        return Err(ErrorKind::Encrypted);
    }
    let mut warnings = Vec::new();
    if doc.xref_recovery.is_some() {
        warnings.push(ReadWarning::new(
            "cross-reference data damaged (truncated or edited file); objects were found by scanning, some may be missing",
        ));
    }
    let (page_ids, tree_problems) = objects::page_tree(&doc);
    warnings.extend(tree_problems.into_iter().map(ReadWarning::new));
    let ids: BTreeMap<u32, lopdf::ObjectId> = (1..).zip(page_ids).collect();
    if ids.is_empty() {
        return Err(corrupt(
            "no pages found (page tree missing or damaged)".into(),
        ));
    }
    let mut pages = Vec::new();
    // Font name → (characters without Unicode, pages where met), for one warning per font.
    let mut unmapped: BTreeMap<String, (usize, Vec<u32>)> = BTreeMap::new();
    for (&n, &id) in &ids {
        let one = catch_unwind(AssertUnwindSafe(|| one_page(&doc, n, id, settings)));
        match one {
            Ok((p, problems, missing)) => {
                for (font, count) in missing {
                    let e = unmapped.entry(font).or_default();
                    e.0 += count;
                    e.1.push(n);
                }
                for m in problems {
                    warnings.push(ReadWarning::on_page(n, m));
                }
                if p.glyphs.iter().all(|g| g.is_space())
                    && p.images > 0
                    && settings.ocr == crate::scan::OcrMode::Never
                {
                    warnings.push(ReadWarning::on_page(
                        n,
                        "no text layer; scanned? run OCR first",
                    ));
                }
                pages.push(p);
            }
            Err(_) => warnings.push(ReadWarning::on_page(n, "could not be interpreted; skipped")),
        }
    }
    for (font, (count, on)) in unmapped {
        warnings.push(
            ReadWarning::new(format!(
                "font {font} gives no Unicode for its codes (no /ToUnicode, glyph ids only): \
                 {count} characters on pages {} read as U+FFFD",
                page_list(&on)
            ))
            .page(on.first().copied()),
        );
    }
    Ok((pages, warnings, ids.len() as u32))
}

/// `1-3, 7` for pages 1, 2, 3 and 7 (sorted, distinct).
fn page_list(pages: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < pages.len() {
        let mut j = i;
        while j + 1 < pages.len() && pages[j + 1] == pages[j] + 1 {
            j += 1;
        }
        parts.push(if i == j {
            pages[i].to_string()
        } else {
            format!("{}-{}", pages[i], pages[j])
        });
        i = j + 1;
    }
    parts.join(", ")
}

/// One page in upright space, its problems, and per font the number of characters
/// that have no Unicode text.
fn one_page(
    doc: &lopdf::Document,
    n: u32,
    id: lopdf::ObjectId,
    s: &PdfSettings,
) -> (page::Page, Vec<String>, Vec<(String, usize)>) {
    let dict = doc.get_dictionary(id).ok();
    let (mut bbox, mut rotate, mut res) = (None, 0, None);
    let mut user_unit = None;
    if let Some(d) = dict {
        let media = objects::inherited(doc, d, b"MediaBox").and_then(|o| objects::rect(doc, o));
        let crop = objects::inherited(doc, d, b"CropBox").and_then(|o| objects::rect(doc, o));
        user_unit = objects::get(doc, d, b"UserUnit").and_then(objects::num);
        bbox = media;
        if let (Some(c), Some(bbox)) = (crop, bbox.as_mut()) {
            // The visible area is the crop box clipped to the media box.
            let b = [
                c[0].max(bbox[0]),
                c[1].max(bbox[1]),
                c[2].min(bbox[2]),
                c[3].min(bbox[3]),
            ];
            if b[2] > b[0] && b[3] > b[1] {
                *bbox = b;
            }
        }
        rotate = match objects::inherited(doc, d, b"Rotate") {
            Some(Object::Integer(r)) => *r,
            Some(Object::Real(r)) => *r as i64,
            _ => 0,
        };
        res = objects::inherited(doc, d, b"Resources").and_then(objects::as_dict);
    }
    let raw = content::interpret_page(doc, id, res, s);
    let (bbox, mut problems) =
        page::checked_box(bbox, user_unit, &raw, s.max_page_size, s.max_user_unit);
    problems.extend(raw.problems.iter().cloned());
    let mut missing: BTreeMap<usize, usize> = BTreeMap::new();
    for g in raw.glyphs.iter().filter(|g| g.text == "\u{FFFD}") {
        *missing.entry(g.font).or_default() += 1;
    }
    let missing = missing
        .into_iter()
        .map(|(f, k)| (raw.fonts[f].base_name.clone(), k))
        .collect();
    (page::build(n, raw, bbox, rotate, s), problems, missing)
}
