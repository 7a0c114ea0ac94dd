//! Text typed in legacy 8-bit Vietnamese fonts (TCVN3 `.VnTime`, VNI) that
//! reached us already decoded as Windows-1252 — a workbook from an older office,
//! a text export of such a document — reads as "Së X©y dùng" for "Sở Xây dựng".
//! PDF fonts are decoded from their raw codes (see `pdf::font`); for formats
//! without font information the repair works on the text.
//!
//! The decision is taken per document, not per cell: a document is repaired
//! only when a clear share of its text cells are legacy mojibake, so a stray
//! Latin word in a Unicode document is never "repaired" into Vietnamese.

use crate::legacy_vn::repair_mojibake;
use crate::{Document, Warning};

/// Share of the text cells (with letters) that must read as legacy mojibake for
/// the document to be repaired. A legacy workbook has nearly every Vietnamese
/// cell affected; a Unicode document has none, or a stray code-like word.
pub const MIN_SHARE: f64 = 0.3;

/// Text cells (with non-ASCII letters) examined to decide. Pure-ASCII cells are
/// left out: TCVN3 mojibake always carries bytes above 0x7F.
pub const SAMPLE_CELLS: usize = 2_000;

/// Repairs every cell, caption line and prose paragraph of `doc` when the
/// document is in a legacy encoding; returns the number of texts changed and
/// records it as a warning.
pub fn legacy_text(doc: &mut Document) -> usize {
    // The decision is made on a sample: a legacy document shows itself in its
    // first cells, and a large Unicode workbook is not re-read cell by cell.
    let texts: Vec<&String> = doc
        .tables
        .iter()
        .flat_map(|t| t.cells.iter().map(|c| &c.text))
        .filter(|t| !t.is_ascii() && t.chars().any(char::is_alphabetic))
        .take(SAMPLE_CELLS)
        .collect();
    if texts.is_empty() {
        return 0;
    }
    let affected = texts
        .iter()
        .filter(|t| repair_mojibake(t).is_some())
        .count();
    if (affected as f64) < MIN_SHARE * texts.len() as f64 {
        return 0;
    }
    let mut changed = 0;
    let mut fix = |s: &mut String| {
        if s.is_ascii() {
            return;
        }
        if let Some(r) = repair_mojibake(s) {
            *s = crate::text::nfc(&r);
            changed += 1;
        }
    };
    for t in &mut doc.tables {
        t.caption.iter_mut().for_each(&mut fix);
        t.cells.iter_mut().for_each(|c| fix(&mut c.text));
    }
    doc.prose.iter_mut().for_each(|(_, p)| fix(p));
    doc.warnings.push(Warning::new(format!(
        "{changed} text(s) were in a legacy 8-bit Vietnamese encoding (TCVN3/VNI) and were converted to Unicode"
    )));
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CellOrigin, Format, Method, TableBuilder};

    fn doc(texts: &[&str]) -> Document {
        let mut b = TableBuilder::new(Method::Sheet);
        for (i, t) in texts.iter().enumerate() {
            b.text_cell(i as u32, 0, t, CellOrigin::page(1));
        }
        Document {
            format: Format::Xlsx,
            pages: 1,
            tables: vec![b.build(0).unwrap()],
            warnings: vec![],
            prose: vec![],
        }
    }

    #[test]
    fn a_legacy_workbook_is_converted() {
        let mut d = doc(&["Së X©y dùng", "Uû ban nh©n d©n", "12"]);
        assert_eq!(legacy_text(&mut d), 2);
        assert_eq!(d.tables[0].text(0, 0), "Sở Xây dựng");
        // TCVN3 "Uû" is U followed by ỷ: the old spelling "Uỷ" as typed.
        assert_eq!(d.tables[0].text(1, 0), "Uỷ ban nhân dân");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn unicode_text_is_left_alone() {
        let mut d = doc(&["Sở Xây dựng", "Tài chính", "Quý II/2024", "km"]);
        let before = d.clone();
        assert_eq!(legacy_text(&mut d), 0);
        assert_eq!(d, before);
    }
}
