//! Scanned pages: PDF pages that carry only an image of the paper are read by OCR
//! into the same glyphs and rules the vector path reads, so tables, spans, captions,
//! segmentation and page joining are the vector path's own.
//!
//! Per page ([`ocr_page`]): the page is rendered by Poppler's `pdftoppm` (any image
//! filter, mask, crop box and rotation the PDF uses, in the same upright space as the
//! vector path), cleaned and straightened ([`raster`], [`skew`]); ruling lines found
//! in the pixels ([`rules`]) become segments for the lattice builder; each cell is read
//! from its own pixels with its rules erased, and the rest of the page as a whole, by
//! the `tesseract` command with its TSV output ([`tools`], [`tsv`]). Pages are read in
//! parallel on the rayon pool, one page per thread, which bounds memory to a few page
//! rasters per thread. After the tables are built, each cell on an OCR'd page gets
//! the confidence of the words inside it ([`set_confidence`]).

pub mod ocr_page;
pub mod raster;
pub mod rules;
pub mod skew;
pub mod tools;
pub mod tsv;

use crate::geom::BBox;
use crate::pdf::PdfSettings;
use crate::pdf::page::Page;
use crate::{ErrorKind, Table, Warning};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Write;

/// When pages are read by OCR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OcrMode {
    /// Pages without a text layer that show an image (the default).
    #[default]
    Auto,
    /// Never: an image-only page gives a warning and no text.
    Never,
    /// Every page, ignoring any text layer (a bad text layer from an earlier OCR).
    Always,
}

/// A word read by OCR, in page points.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrWord {
    /// Box on the upright page.
    pub bbox: BBox,
    /// Tesseract's confidence, 0–1.
    pub conf: f32,
    /// Characters in the word (its weight in a cell's confidence).
    pub chars: usize,
}

/// The words of every page read by OCR, by page number.
#[derive(Debug, Default, Clone)]
pub struct OcrPages {
    /// Page number → the words found on it.
    pub pages: BTreeMap<u32, Vec<OcrWord>>,
}

/// True when `page` is read by OCR under `mode`.
pub fn needs_ocr(page: &Page, mode: OcrMode) -> bool {
    match mode {
        OcrMode::Never => false,
        OcrMode::Always => true,
        OcrMode::Auto => page.images > 0 && page.glyphs.iter().all(|g| g.is_space()),
    }
}

/// Reads by OCR the pages that need it (see [`needs_ocr`]), replacing their glyphs
/// and rules. Problems go to `warnings`, one per page. Fails only when OCR is needed,
/// cannot run, and no page has text of its own: the file would otherwise yield nothing.
pub fn ocr_pages(
    bytes: &[u8],
    pages: &mut [Page],
    s: &PdfSettings,
    warnings: &mut Vec<Warning>,
) -> Result<OcrPages, ErrorKind> {
    let todo: Vec<usize> = (0..pages.len())
        .filter(|&i| needs_ocr(&pages[i], s.ocr))
        .collect();
    if todo.is_empty() {
        return Ok(OcrPages::default());
    }
    let mut fail_all = |why: String| -> Result<OcrPages, ErrorKind> {
        if todo.len() == pages.len() {
            return Err(ErrorKind::Corrupt {
                format: "pdf",
                detail: format!(
                    "every page is an image without a text layer and OCR is not available: {why}"
                ),
            });
        }
        for &i in &todo {
            let n = pages[i].number;
            warnings.push(Warning::on_page(
                n,
                format!("no text layer and OCR is not available: {why}"),
            ));
        }
        Ok(OcrPages::default())
    };
    if let Err(why) = tools::check(&s.ocr_language) {
        return fail_all(why);
    }
    // pdftoppm reads a file: the bytes go to a temporary one, removed when dropped.
    let mut file = match tempfile::Builder::new()
        .prefix("ntm-scan-")
        .suffix(".pdf")
        .tempfile()
    {
        Ok(f) => f,
        Err(e) => return fail_all(format!("cannot create a temporary file: {e}")),
    };
    if let Err(e) = file.write_all(bytes).and_then(|_| file.flush()) {
        return fail_all(format!("cannot write a temporary file: {e}"));
    }
    let path = file.path().to_path_buf();
    let mut chosen: Vec<&mut Page> = Vec::new();
    for (i, p) in pages.iter_mut().enumerate() {
        if todo.contains(&i) {
            chosen.push(p);
        }
    }
    let results: Vec<(u32, Result<ocr_page::PageResult, String>)> = chosen
        .into_par_iter()
        .map(|p| {
            let n = p.number;
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                ocr_page::read(&path, p, s)
            }))
            .unwrap_or_else(|_| Err("the OCR step failed unexpectedly".into()));
            (n, r)
        })
        .collect();
    let mut out = OcrPages::default();
    for (n, r) in results {
        match r {
            Ok(res) => {
                if res.words.is_empty() {
                    warnings.push(Warning::on_page(n, "OCR found no text on the page image"));
                }
                out.pages.insert(n, res.words);
            }
            Err(why) => warnings.push(Warning::on_page(
                n,
                format!("no text layer and could not be read by OCR: {why}"),
            )),
        }
    }
    Ok(out)
}

/// Sets each cell's OCR confidence (words inside it, weighted by their characters)
/// on the pages read by OCR, and warns per page about cells below
/// [`PdfSettings::ocr_min_confidence`].
pub fn set_confidence(
    tables: &mut [Table],
    ocr: &OcrPages,
    s: &PdfSettings,
    warnings: &mut Vec<Warning>,
) {
    if ocr.pages.is_empty() {
        return;
    }
    // Page → (cells read, cells below the limit).
    let mut counts: BTreeMap<u32, (usize, usize)> = BTreeMap::new();
    for c in tables.iter_mut().flat_map(|t| t.cells.iter_mut()) {
        let (Some(words), Some(b)) = (ocr.pages.get(&c.origin.page), c.origin.bbox) else {
            continue;
        };
        let (mut sum, mut n) = (0.0f32, 0usize);
        for w in words {
            let (cx, cy) = (
                (w.bbox.x0 + w.bbox.x1) / 2.0,
                (w.bbox.top + w.bbox.bottom) / 2.0,
            );
            if b.x0 <= cx && cx <= b.x1 && b.top <= cy && cy <= b.bottom {
                sum += w.conf * w.chars as f32;
                n += w.chars;
            }
        }
        if n == 0 {
            continue;
        }
        let conf = sum / n as f32;
        c.ocr_confidence = Some(conf);
        let e = counts.entry(c.origin.page).or_default();
        e.0 += 1;
        if conf < s.ocr_min_confidence {
            e.1 += 1;
        }
    }
    for (page, (read, low)) in counts {
        if low > 0 {
            warnings.push(Warning::on_page(
                page,
                format!(
                    "{low} of {read} cells read by OCR have a confidence below {:.2}; check their text",
                    s.ocr_min_confidence
                ),
            ));
        }
    }
}
