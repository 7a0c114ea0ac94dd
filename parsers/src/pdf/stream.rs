//! Tables drawn without rules ("stream" tables): columns from whitespace alignment.
//! Placeholder: filled in below.

use super::lattice::Grid;
use super::page::Glyph;
use super::settings::PdfSettings;

/// Finds tables without rules among `glyphs`.
pub fn find_stream_grids(_glyphs: &[&Glyph], _s: &PdfSettings) -> Vec<Grid> {
    Vec::new()
}
