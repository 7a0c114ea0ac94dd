//! Every tolerance the PDF table reader uses, in one place.
//!
//! Units: `pt` are PDF points (1/72 inch) in upright page space; `em` are multiples
//! of the font size of the glyphs concerned. Defaults follow pdfplumber where it has
//! the same notion (snap/join/intersection 3 pt), so results are comparable.

/// Tolerances and limits for [`read_with`](super::read_with).
#[derive(Debug, Clone, PartialEq)]
pub struct PdfSettings {
    /// pt, default 3. Parallel rules closer than this are snapped onto one line
    /// (fuses the two long sides of a thin filled rectangle, and double borders).
    pub snap_tolerance: f32,
    /// pt, default 3. Collinear rule pieces with a gap up to this are joined.
    pub join_tolerance: f32,
    /// pt, default 3. Rules shorter than this after joining are ignored.
    pub edge_min_length: f32,
    /// pt, default 3. A horizontal and a vertical rule meet if each reaches the
    /// other within this distance.
    pub intersection_tolerance: f32,
    /// pt, default 2. A filled rectangle no thicker than this is a rule (Word and
    /// Chromium draw borders this way) and becomes its centre line.
    pub max_rule_thickness: f32,
    /// fraction, default 0.5. A filled rectangle thicker than `max_rule_thickness`
    /// whose fill luminance (0 black, 1 white) is at least this is shading (header
    /// fills, alternate row bands), not ruling: its sides are not rules. Text must stay
    /// readable on shading, so it is light; a darker filled block keeps its sides.
    pub shading_min_luminance: f32,
    /// pt, default 0.5. A path segment whose ends differ by at most this across its
    /// direction counts as horizontal or vertical.
    pub axis_tolerance: f32,
    /// em, default 0.2. A horizontal gap wider than this between two glyphs on a
    /// line starts a new word.
    pub word_gap: f32,
    /// fraction, default 0.5. Two glyphs are on the same text line when their vertical
    /// extents overlap by at least this share of the smaller height.
    pub line_overlap: f32,
    /// em, default 0. A cell line (left-aligned text) that is a single word, after which not even the
    /// next line's first character fits (beyond this slack) before the text's right limit,
    /// was broken inside the word; the next line joins it with no space.
    pub word_break_slack: f32,
    /// em, default 2. A cut row continues on the next page only in columns whose text
    /// on the first page ends within this of the cell's bottom (the text ran out of room).
    pub cut_text_gap: f32,
    /// line heights, default 3. Caption lines are taken from a block of text that
    /// ends at most this far above a table's top.
    pub caption_max_gap: f32,
    /// line heights, default 0.5. Above a table's first two caption lines, a line
    /// not centred on the table (margins differing by more than 10 % of its width)
    /// whose gap below is wider than the widest gap between caption lines so far by
    /// more than this ends the caption: it is a separate paragraph (prose, a note under
    /// the table above).
    pub caption_block_gap: f32,
    /// Lines, default 6. At most this many lines above a table become its caption.
    pub caption_max_lines: usize,
    /// pt, default 4. Column boundaries of two tables on consecutive pages must
    /// agree within this for the second to continue the first.
    pub join_column_tolerance: f32,
    /// line heights, default 2. Text below a table's last rule, closer than this and
    /// inside its columns, is a fragment of a row cut by the page break.
    pub fragment_max_gap: f32,
    /// em, default 0.8. In tables without rules, a gap wider than this between words
    /// on one line separates columns.
    pub stream_column_gap: f32,
    /// Lines, default 3. A table without rules needs at least this many lines with
    /// two or more aligned columns.
    pub stream_min_rows: usize,
    /// Form XObjects nested deeper than this are skipped (cyclic or absurd files).
    pub max_form_depth: usize,
    /// Content-stream operations interpreted per page at most (bounds time on huge streams).
    pub max_operations_per_page: usize,
    /// Bytes, default 64 MiB. A content stream decompressing to more is cut there, with a warning.
    pub max_stream_bytes: usize,
    /// Content streams per page, default 1,000 (real pages have a handful). A stream
    /// listed several times in `/Contents` is read once; streams past this count are
    /// skipped with a warning.
    pub max_content_streams_per_page: usize,
    /// Bytes, default 32 MiB: decoded content read per page, all streams together
    /// (a page of a Word-exported plan holds well under 1 MiB). The interpreter's
    /// memory follows this; the rest of the page is skipped with a warning.
    pub max_page_content_bytes: usize,
    /// pt, default 14,400 (200 inches, the largest page the PDF format allows). A
    /// `/MediaBox` wider or taller than this, empty, or not finite is replaced by the
    /// extent of what the page draws, with a warning.
    pub max_page_size: f32,
    /// Largest `/UserUnit` taken as plausible, default 75,000 (the format's upper
    /// bound); a larger, zero, negative or non-finite value is reported. Geometry is
    /// read in default units whatever the unit, since tables only need proportions.
    pub max_user_unit: f32,
    /// Which pages are read by OCR (default: those with an image and no text layer).
    pub ocr: crate::scan::OcrMode,
    /// Dots per inch, default 300, at which pages are rendered for OCR (Tesseract reads
    /// best at 300; a 150 dpi scan gains from being resampled to it). A finer scan is
    /// rendered at its own resolution, up to 600 dpi.
    pub ocr_dpi: u32,
    /// Tesseract language models, default `vie` (`+`-joined for several).
    pub ocr_language: String,
    /// fraction, default 0.7. Cells read by OCR with a lower confidence are counted in
    /// a warning for their page.
    pub ocr_min_confidence: f32,
    /// pt, default 12. A run of ink at least this long and thin is a ruling line.
    pub ocr_rule_min_length: f32,
    /// pt, default 3. A line of ink thicker than this is not a rule (a filled block).
    pub ocr_rule_max_thickness: f32,
}

impl Default for PdfSettings {
    fn default() -> Self {
        PdfSettings {
            snap_tolerance: 3.0,
            join_tolerance: 3.0,
            edge_min_length: 3.0,
            intersection_tolerance: 3.0,
            max_rule_thickness: 2.0,
            shading_min_luminance: 0.5,
            axis_tolerance: 0.5,
            word_gap: 0.2,
            line_overlap: 0.5,
            word_break_slack: 0.0,
            cut_text_gap: 2.0,
            caption_max_gap: 3.0,
            caption_block_gap: 0.5,
            caption_max_lines: 6,
            join_column_tolerance: 4.0,
            fragment_max_gap: 2.0,
            stream_column_gap: 0.8,
            stream_min_rows: 3,
            max_form_depth: 12,
            max_operations_per_page: 5_000_000,
            max_stream_bytes: 64 * 1024 * 1024,
            max_content_streams_per_page: 1_000,
            max_page_content_bytes: 32 * 1024 * 1024,
            max_page_size: 14_400.0,
            max_user_unit: 75_000.0,
            ocr: crate::scan::OcrMode::Auto,
            ocr_dpi: 300,
            ocr_language: "vie".into(),
            ocr_min_confidence: 0.7,
            ocr_rule_min_length: 12.0,
            ocr_rule_max_thickness: 3.0,
        }
    }
}
