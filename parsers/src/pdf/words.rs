//! From glyphs to words and text lines. Gaps are measured relative to font size, so
//! the same settings work for 8 pt footnotes and 14 pt titles.

use super::page::Glyph;
use super::settings::PdfSettings;
use crate::geom::BBox;

/// A word: glyphs with no gap wider than [`PdfSettings::word_gap`] between them.
#[derive(Debug, Clone)]
pub struct Word {
    /// Text, NFC.
    pub text: String,
    /// Box.
    pub bbox: BBox,
    /// Font size of its first glyph.
    pub size: f32,
}

/// A text line: words whose vertical extents overlap, left to right.
#[derive(Debug, Clone)]
pub struct Line {
    /// Words, left to right.
    pub words: Vec<Word>,
    /// Box of all words.
    pub bbox: BBox,
    /// Largest font size on the line.
    pub size: f32,
}

impl Line {
    /// The words joined by single spaces.
    pub fn text(&self) -> String {
        self.words
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Runs of words separated by less than `gap_em` × size: the pieces a table
    /// without rules puts in separate columns.
    pub fn fragments(&self, gap_em: f32) -> Vec<Word> {
        let mut out: Vec<Word> = Vec::new();
        for w in &self.words {
            match out.last_mut() {
                Some(f) if w.bbox.x0 - f.bbox.x1 < gap_em * f.size.max(w.size) => {
                    f.text.push(' ');
                    f.text.push_str(&w.text);
                    f.bbox = f.bbox.union(&w.bbox);
                }
                _ => out.push(w.clone()),
            }
        }
        out
    }
}

/// Groups glyphs into lines (top to bottom) of words (left to right).
/// White-space glyphs only separate words.
pub fn lines(glyphs: &[&Glyph], s: &PdfSettings) -> Vec<Line> {
    let mut gs: Vec<&Glyph> = glyphs
        .iter()
        .copied()
        .filter(|g| g.bbox.height() > 0.0 || !g.is_space())
        .collect();
    gs.sort_by(|a, b| a.cy().total_cmp(&b.cy()));
    let mut groups: Vec<(BBox, Vec<&Glyph>)> = Vec::new();
    for g in gs {
        let joined = groups.iter_mut().rev().take(2).find(|(b, _)| {
            let overlap = g.bbox.bottom.min(b.bottom) - g.bbox.top.max(b.top);
            overlap >= s.line_overlap * g.bbox.height().min(b.height()).max(0.1)
        });
        match joined {
            Some((b, v)) => {
                v.push(g);
                // Keep the line band as the first glyphs set it, so a tall glyph cannot swallow the next line.
                let _ = b;
            }
            None => groups.push((g.bbox, vec![g])),
        }
    }
    let mut out = Vec::with_capacity(groups.len());
    for (_, mut v) in groups {
        v.sort_by(|a, b| a.bbox.x0.total_cmp(&b.bbox.x0));
        let mut words: Vec<Word> = Vec::new();
        let mut gap_next = false;
        let mut prev: Option<&Glyph> = None;
        for g in v {
            if g.is_space() {
                gap_next = true;
                continue;
            }
            if let Some(p) = prev
                && p.text == g.text
                && (p.bbox.x0 - g.bbox.x0).abs() < s.overprint_tolerance * g.size.max(1.0)
            {
                continue; // overprinted duplicate (fake bold)
            }
            let new_word = match (prev, words.last()) {
                (Some(_), Some(w)) => {
                    gap_next || g.bbox.x0 - w.bbox.x1 > s.word_gap * g.size.max(w.size)
                }
                _ => true,
            };
            if new_word {
                words.push(Word {
                    text: g.text.clone(),
                    bbox: g.bbox,
                    size: g.size,
                });
            } else if let Some(w) = words.last_mut() {
                w.text.push_str(&g.text);
                w.bbox = w.bbox.union(&g.bbox);
            }
            gap_next = false;
            prev = Some(g);
        }
        if words.is_empty() {
            continue;
        }
        let bbox = words
            .iter()
            .skip(1)
            .fold(words[0].bbox, |b, w| b.union(&w.bbox));
        let size = words.iter().map(|w| w.size).fold(0.0, f32::max);
        out.push(Line { words, bbox, size });
    }
    out.sort_by(|a, b| a.bbox.top.total_cmp(&b.bbox.top));
    out
}

/// The text of glyphs in reading order, lines joined by single spaces.
pub fn text_of(glyphs: &[&Glyph], s: &PdfSettings) -> String {
    lines(glyphs, s)
        .iter()
        .map(|l| l.text())
        .collect::<Vec<_>>()
        .join(" ")
}
