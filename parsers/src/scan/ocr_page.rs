//! One scanned page, from pixels to the glyphs and rules the vector path reads:
//! render, clean (median, Otsu), straighten, find the ruling lines, build the lattice
//! with the vector path's builder, read each cell's own pixels (rules erased), and
//! read the rest of the page as a whole for captions, prose and tables without rules.

use super::raster::{self, Gray};
use super::rules::{self, Rule, RuleLimits};
use super::tools;
use super::tsv::{self, TsvLine, TsvWord};
use super::{OcrWord, skew};
use crate::geom::BBox;
use crate::pdf::PdfSettings;
use crate::pdf::lattice::find_grids;
use crate::pdf::page::{Glyph, Page, Segment};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// White margin around each crop given to Tesseract, pixels.
const PAD: usize = 12;

/// What reading one page produced.
pub struct PageResult {
    /// Words with their confidence, in page points.
    pub words: Vec<OcrWord>,
    /// Skew corrected, degrees.
    pub skew: f32,
}

/// Reads page `page.number` of the PDF at `pdf` by OCR and replaces the page's
/// glyphs and rules with what was found.
pub fn read(pdf: &Path, page: &mut Page, s: &PdfSettings) -> Result<PageResult, String> {
    // A scan finer than `ocr_dpi` is read at its own resolution (up to 600 dpi):
    // scaled down, a hairline rule of one pixel fades to a grey the rule finder
    // cannot tell from paper.
    let dpi = match page.image_ppi {
        Some(p) if p.is_finite() && p > s.ocr_dpi as f32 => (p.round() as u32).min(600),
        _ => s.ocr_dpi,
    }
    .clamp(72, 1200);
    let raw = Gray::from_pgm(&tools::render_page(pdf, page.number, dpi)?)?;
    if raw.width < 8 || raw.height < 8 {
        return Err(format!(
            "page renders to {}x{} pixels only",
            raw.width, raw.height
        ));
    }
    // Rules and skew are found in the pixels as rendered: a hairline rule is one
    // pixel wide, which the median below would remove. Text is read after the median,
    // which removes speckles and keeps strokes two pixels or more wide.
    let mut threshold = raw.otsu();
    let skew = skew::estimate(&raw.ink(threshold), raw.width, 3.0);
    let img = if skew.abs() >= 0.05 {
        let turned = raw.rotate(skew);
        threshold = turned.otsu();
        turned
    } else {
        raw
    };
    // Pixels of the raster per pixel of the scan: noise, blur and JPEG blocks are
    // that much larger once a low-resolution scan is enlarged to `dpi`.
    let blur = page
        .image_ppi
        .filter(|p| p.is_finite() && *p >= 30.0)
        .map_or(1.0, |p| (dpi as f32 / p).max(1.0));
    // Hairline rules print as one light grey pixel, often lighter than the text's
    // threshold; long thin runs are rare in noise, so rules are looked for in
    // everything darker than halfway between that threshold and the paper. A scan
    // read at its own resolution also counts what is darker than the paper less four
    // times its grain (most of a page is paper: its median and 90th percentile
    // measure the grain); an enlarged scan does not, as its JPEG blocks, enlarged,
    // leave long faint straight edges.
    let paper = img.percentile(0.9);
    let halfway = ((threshold as u16 + paper.max(threshold) as u16) / 2) as u8;
    let rule_level = if blur <= 1.05 {
        let grain = (paper.saturating_sub(img.percentile(0.5)) as f32 / 1.28).max(2.5);
        halfway.max((paper as f32 - 4.0 * grain).max(0.0) as u8)
    } else {
        halfway
    };
    let ink = img.ink(rule_level);
    // Pixels per point, and the page's points per pixel on each axis.
    let px_per_pt = dpi as f32 / 72.0;
    let smooth = img.median3();
    let mut text_ink = smooth.ink(smooth.otsu());
    drop(smooth);
    let speck = (0.8 * px_per_pt).max(3.0 * blur);
    let reach = (2.0 * px_per_pt).max(3.0 * blur);
    raster::despeckle(
        &mut text_ink,
        img.width,
        (speck * speck) as usize,
        reach as usize,
    );
    let (sx, sy) = (
        page.width / img.width as f32,
        page.height / img.height as f32,
    );
    let limits = RuleLimits {
        min_h_len: (s.ocr_rule_min_length * px_per_pt) as usize,
        min_v_len: (s.ocr_rule_min_length * px_per_pt) as usize,
        max_gap: (0.6 * px_per_pt).max(1.5 * blur).round() as usize,
        max_thickness: (s.ocr_rule_max_thickness * px_per_pt).ceil() as usize,
        min_fill: 0.9,
    };
    let found = rules::find(&ink, img.width, img.height, &limits);
    let segments: Vec<Segment> = found.iter().map(|r| to_segment(r, sx, sy)).collect();
    let grids = find_grids(&segments, s);

    // Only rules on a table's grid lines are erased: a run found inside text (the
    // bars of "TT" side by side) must stay part of its letters.
    let tol = s.snap_tolerance;
    let on_grid = |r: &Rule, seg: &Segment| {
        grids.iter().any(|g| {
            let b = g.bbox();
            if r.horizontal {
                seg.x1 >= b.x0 - tol
                    && seg.x0 <= b.x1 + tol
                    && g.ys.iter().any(|&y| (y - seg.top).abs() <= tol)
            } else {
                seg.bottom >= b.top - tol
                    && seg.top <= b.bottom + tol
                    && g.xs.iter().any(|&x| (x - seg.x0).abs() <= tol)
            }
        })
    };
    let grid_rules: Vec<&Rule> = found
        .iter()
        .zip(&segments)
        .filter(|(r, seg)| on_grid(r, seg))
        .map(|(r, _)| r)
        .collect();
    let margin = (0.4 * px_per_pt).max(blur).round() as usize;
    let mask = rules::erase_mask(grid_rules, img.width, img.height, margin);
    // Binarised with the page's threshold and the rules erased: Tesseract would
    // otherwise binarise each small crop on its own, and the grey fringe that JPEG
    // leaves around a rule turns into strokes ("|", "_") at the cell's edges.
    let clean = Gray {
        width: img.width,
        height: img.height,
        pixels: text_ink
            .iter()
            .zip(&mask)
            .map(|(&i, &m)| if i && !m { 0 } else { 255 })
            .collect(),
    };
    let to_px = |b: &BBox| {
        (
            (b.x0 / sx).max(0.0) as usize,
            (b.top / sy).max(0.0) as usize,
            (b.x1 / sx).ceil() as usize,
            (b.bottom / sy).ceil() as usize,
        )
    };
    let dir = tempfile::Builder::new()
        .prefix("ntm-ocr-")
        .tempdir()
        .map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    // Cells with ink enough to hold a character, inside their rules (an inset keeps
    // JPEG ringing around the erased rules out of the crop).
    let min_ink = (2.0 * px_per_pt * px_per_pt) as usize;
    let inset = (0.75 * px_per_pt).max(2.0 * blur).round() as usize;
    let mut cells: Vec<(usize, usize, usize, usize)> = Vec::new();
    for c in grids.iter().flat_map(|g| &g.cells) {
        let (x0, y0, x1, y1) = to_px(&c.bbox);
        let (x0, y0) = (x0 + inset, y0 + inset);
        let (x1, y1) = (
            x1.min(img.width).saturating_sub(inset),
            y1.min(img.height).saturating_sub(inset),
        );
        if x1 <= x0 + 2 || y1 <= y0 + 2 {
            continue;
        }
        let inked: usize = (y0..y1)
            .map(|y| {
                (x0..x1)
                    .filter(|&x| text_ink[y * img.width + x] && !mask[y * img.width + x])
                    .count()
            })
            .sum();
        if inked < min_ink {
            continue;
        }
        cells.push((x0, y0, x1, y1));
    }
    // Tesseract reads at `ocr_dpi`: the text of a finer scan is scaled down to it (at
    // twice the size of its best reading it turns "NTM" into "NIM").
    let shrink = (s.ocr_dpi as f32 / dpi as f32).min(1.0);
    let text_dpi = ((dpi as f32 * shrink).round() as u32).max(1);
    let mut crops: Vec<(PathBuf, usize, usize)> = Vec::new(); // file, x and y offset
    for (i, &(x0, y0, x1, y1)) in cells.iter().enumerate() {
        let path = dir.path().join(format!("cell{i:05}.pgm"));
        write(
            &path,
            &clean.crop_padded(x0, y0, x1, y1, PAD).scaled(shrink),
        )?;
        crops.push((path, x0, y0));
    }
    let mut rest = clean;
    for g in &grids {
        let (x0, y0, x1, y1) = to_px(&g.bbox());
        rest.blank(x0.saturating_sub(2), y0.saturating_sub(2), x1 + 2, y1 + 2);
    }
    let page_path = dir.path().join("page.pgm");
    write(&page_path, &rest.scaled(shrink))?;
    drop(rest);

    let mut glyphs = Vec::new();
    let mut words = Vec::new();
    let mut take =
        |tsv_text: &str, offset: &dyn Fn(usize) -> Option<(usize, usize)>, cells: bool| {
            let (ws, ls) = tsv::parse(tsv_text);
            let mut ws = repair_words(ws);
            if cells {
                drop_trailing_marks(&mut ws);
            }
            let to_pt = |img_no: usize, b: [f32; 4]| -> Option<BBox> {
                let (ox, oy) = offset(img_no)?;
                let x = |v: f32| (v / shrink + ox as f32 - PAD as f32) * sx;
                let y = |v: f32| (v / shrink + oy as f32 - PAD as f32) * sy;
                Some(BBox::new(x(b[0]), y(b[1]), x(b[2]), y(b[3])))
            };
            add_words(&ws, &ls, &to_pt, &mut glyphs, &mut words);
        };
    // The page outside the tables as one block (psm 6): words at the same height
    // form one line across the page, as in a text layer, so captions, prose and
    // tables without rules are found by the vector path's own grouping. (Automatic
    // layout, psm 3, cut a table without rules into column blocks.)
    let tsv = tools::tesseract_tsv(
        &[page_path.as_path()],
        dir.path(),
        &s.ocr_language,
        6,
        text_dpi,
    )?;
    take(&tsv, &|_| Some((PAD, PAD)), false);
    // Every cell in one process, each a block of text (psm 6). Reading one-line cells
    // as single lines (psm 7) was tried and lost more text at 150 dpi than it fixed.
    if !crops.is_empty() {
        let paths: Vec<&Path> = crops.iter().map(|c| c.0.as_path()).collect();
        let tsv = tools::tesseract_tsv(&paths, dir.path(), &s.ocr_language, 6, text_dpi)?;
        take(
            &tsv,
            &|i| crops.get(i.checked_sub(1)?).map(|c| (c.1, c.2)),
            true,
        );
    }
    // Diagnostics: `NTM_OCR_KEEP=<dir>` keeps what Tesseract was given, per page.
    if let Some(keep) = std::env::var_os("NTM_OCR_KEEP") {
        let _ = std::fs::rename(
            dir.path(),
            Path::new(&keep).join(format!("p{}", page.number)),
        );
    }
    page.glyphs = glyphs;
    page.segments = segments;
    page.extra_turns = 0;
    Ok(PageResult { words, skew })
}

fn write(path: &Path, g: &Gray) -> Result<(), String> {
    std::fs::write(path, g.to_pgm()).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn to_segment(r: &Rule, sx: f32, sy: f32) -> Segment {
    if r.horizontal {
        let y = (r.pos + 0.5) * sy;
        BBox::new(r.start as f32 * sx, y, (r.end + 1) as f32 * sx, y)
    } else {
        let x = (r.pos + 0.5) * sx;
        BBox::new(x, r.start as f32 * sy, x, (r.end + 1) as f32 * sy)
    }
}

/// Punctuation a table cell may hold on its own: a dash for "none", a ditto or
/// range sign, brackets, a percent sign.
const CELL_MARKS: &str = "-–—.,;:%()/+*=<>≤≥";

/// True for a "word" that is noise read as marks: no letter or digit, and either a
/// mark tables do not use on its own (`_`, `|`, `~`, `¬`, quotes …, what specks and
/// remnants of erased rules read as) or read with little confidence (0–100).
fn is_noise(text: &str, conf: f32) -> bool {
    // Spacing modifier letters (ˆ ˜ ˋ) count as letters to Unicode, not to a reader.
    let word_char = |c: char| c.is_alphanumeric() && !('\u{2B0}'..='\u{2FF}').contains(&c);
    !text.chars().any(word_char) && (conf < 50.0 || text.chars().any(|c| !CELL_MARKS.contains(c)))
}

/// Marks OCR glues to a word that no table word carries (specks and rule remnants).
const GLUED_MARKS: &[char] = &['_', '|', '~', '¬'];

/// Repairs two slips Tesseract makes within one word: a noise mark glued to its
/// start or end ("5_" → "5"), and a lost space between two syllables, seen as a
/// lower-case letter followed by a capital ("VạnNinh" → "Vạn", "Ninh"; the box is
/// shared by letter count). Vietnamese never capitalises inside a syllable, and
/// words in capitals or with digits ("HĐND", "KH-UBND", "TP.HCM") are left alone.
fn repair_words(ws: Vec<TsvWord>) -> Vec<TsvWord> {
    let mut out = Vec::with_capacity(ws.len());
    for mut w in ws {
        let trimmed = w.text.trim_matches(GLUED_MARKS);
        if !trimmed.is_empty() && trimmed.len() != w.text.len() {
            w.text = trimmed.to_string();
        }
        let chars: Vec<char> = w.text.chars().collect();
        let split = (chars.len() >= 4 && chars.iter().all(|c| c.is_alphabetic()))
            .then(|| {
                (2..=chars.len() - 2)
                    .find(|&i| chars[i - 1].is_lowercase() && chars[i].is_uppercase())
            })
            .flatten();
        match split {
            Some(i) => {
                let width = w.bbox[2] - w.bbox[0];
                let cut = w.bbox[0] + width * i as f32 / chars.len() as f32;
                let mut right = w.clone();
                right.text = chars[i..].iter().collect();
                right.bbox[0] = cut;
                w.text = chars[..i].iter().collect();
                w.bbox[2] = cut;
                out.push(w);
                out.push(right);
            }
            None => out.push(w),
        }
    }
    out
}

/// Drops, in each cell, a last "word" that is only a stop, comma, colon or dash
/// after words with letters or digits: a speck beside the text, read as a mark. (A
/// dash alone in a cell, "none", stays; so do a percent sign and brackets.)
fn drop_trailing_marks(ws: &mut Vec<TsvWord>) {
    let trailing_mark = |t: &str| t.chars().all(|c| ".,;:-–—".contains(c));
    let mut k = ws.len();
    while k > 0 {
        let img = ws[k - 1].image;
        let start = ws[..k]
            .iter()
            .rposition(|w| w.image != img)
            .map_or(0, |i| i + 1);
        let mut end = k;
        while end > start + 1
            && trailing_mark(&ws[end - 1].text)
            && ws[start..end - 1]
                .iter()
                .any(|w| w.text.chars().any(char::is_alphanumeric))
        {
            ws.remove(end - 1);
            end -= 1;
        }
        k = start;
    }
}

/// Turns OCR words into glyphs the vector path groups again: one glyph per character
/// (the word's width shared evenly), all of a line's glyphs on the line's band so they
/// group into one line, and a space glyph between words so word breaks are exactly
/// Tesseract's. The font size is taken as the line's height over 1.3 (Vietnamese
/// lines carry marks above and below the letters).
fn add_words(
    ws: &[TsvWord],
    ls: &[TsvLine],
    to_pt: &dyn Fn(usize, [f32; 4]) -> Option<BBox>,
    glyphs: &mut Vec<Glyph>,
    out: &mut Vec<OcrWord>,
) {
    let mut bands: HashMap<(usize, (u32, u32, u32)), BBox> = ls
        .iter()
        .filter_map(|l| Some(((l.image, l.line), to_pt(l.image, l.bbox)?)))
        .collect();
    // A line's box runs from its highest tone mark to its lowest descender, which
    // varies with the letters; the spacing of lines, which tells the rows of a table
    // without rules apart, is only as steady as the boxes. Every line of an image
    // gets the image's typical height about its own middle.
    let mut heights: HashMap<usize, Vec<f32>> = HashMap::new();
    for ((img, _), b) in &bands {
        heights.entry(*img).or_default().push(b.height());
    }
    let typical: HashMap<usize, f32> = heights
        .into_iter()
        .map(|(img, mut h)| {
            h.sort_by(f32::total_cmp);
            (img, h[h.len() / 2])
        })
        .collect();
    for ((img, _), b) in bands.iter_mut() {
        let h = typical[img];
        let mid = (b.top + b.bottom) / 2.0;
        *b = BBox::new(b.x0, mid - h / 2.0, b.x1, mid + h / 2.0);
    }
    let mut prev: Option<(usize, (u32, u32, u32), BBox)> = None;
    for w in ws.iter().filter(|w| !is_noise(&w.text, w.conf)) {
        let Some(b) = to_pt(w.image, w.bbox) else {
            continue;
        };
        let (top, bottom) = match bands.get(&(w.image, w.line)) {
            Some(band) => (band.top, band.bottom),
            None => (b.top, b.bottom),
        };
        let size = ((bottom - top) / 1.3).max(1.0);
        if let Some((img, line, pb)) = prev
            && img == w.image
            && line == w.line
        {
            glyphs.push(Glyph {
                text: " ".into(),
                bbox: BBox::new(pb.x1, top, b.x0.max(pb.x1), bottom),
                size,
                dir: 0,
                bold: false,
            });
        }
        let n = w.text.chars().count().max(1);
        let step = b.width() / n as f32;
        for (i, ch) in w.text.chars().enumerate() {
            glyphs.push(Glyph {
                text: ch.to_string(),
                bbox: BBox::new(
                    b.x0 + i as f32 * step,
                    top,
                    b.x0 + (i + 1) as f32 * step,
                    bottom,
                ),
                size,
                dir: 0,
                bold: false,
            });
        }
        out.push(OcrWord {
            bbox: b,
            conf: w.conf / 100.0,
            chars: n,
        });
        prev = Some((w.image, w.line, b));
    }
}

#[cfg(test)]
mod tests {
    use super::{TsvWord, drop_trailing_marks, is_noise, repair_words};

    fn word(image: usize, text: &str) -> TsvWord {
        TsvWord {
            image,
            line: (1, 1, 1),
            bbox: [0.0; 4],
            conf: 80.0,
            text: text.into(),
        }
    }

    #[test]
    fn a_mark_after_a_cells_words_is_dropped() {
        let mut ws = vec![
            word(1, "Xã"),
            word(1, "NTM"),
            word(1, "-"),
            word(2, "-"),
            word(3, "10,6"),
            word(3, "%"),
            word(4, "a"),
            word(4, "."),
            word(4, ":"),
        ];
        drop_trailing_marks(&mut ws);
        let got: Vec<(usize, &str)> = ws.iter().map(|w| (w.image, w.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (1, "Xã"),
                (1, "NTM"),
                (2, "-"),
                (3, "10,6"),
                (3, "%"),
                (4, "a")
            ]
        );
    }

    #[test]
    fn glued_marks_and_lost_spaces_are_repaired() {
        let w = |t: &str| TsvWord {
            image: 1,
            line: (1, 1, 1),
            bbox: [0.0, 0.0, 70.0, 10.0],
            conf: 90.0,
            text: t.into(),
        };
        let texts = |ws: Vec<TsvWord>| ws.into_iter().map(|w| w.text).collect::<Vec<_>>();
        assert_eq!(texts(repair_words(vec![w("5_")])), ["5"]);
        assert_eq!(texts(repair_words(vec![w("VạnNinh")])), ["Vạn", "Ninh"]);
        let split = repair_words(vec![w("VạnNinh")]);
        assert_eq!((split[0].bbox[2], split[1].bbox[0]), (30.0, 30.0));
        // Capitals, digits, a lone mark and ordinary words stay as they are.
        for t in [
            "HĐND", "KH-UBND", "TP.HCM", "NTMnâng", "_", "Vĩnh", "iPhone",
        ] {
            assert_eq!(texts(repair_words(vec![w(t)])), [t], "{t}");
        }
    }

    #[test]
    fn marks_read_from_noise_are_dropped() {
        for (w, conf) in [
            ("_", 90.0),
            ("|", 64.0),
            ("~", 95.0),
            ("ˆ", 80.0),
            ("-", 30.0),
        ] {
            assert!(is_noise(w, conf), "{w}");
        }
        for (w, conf) in [
            ("-", 70.0),
            ("50", 20.0),
            ("Hiệp.", 40.0),
            ("%", 90.0),
            ("ă", 10.0),
        ] {
            assert!(!is_noise(w, conf), "{w}");
        }
    }
}
