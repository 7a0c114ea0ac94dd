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
    /// not centred on the table (margins differing by more than
    /// `caption_centre_tolerance` of its width)
    /// whose gap below is wider than the widest gap between caption lines so far by
    /// more than this ends the caption: it is a separate paragraph (prose, a note under
    /// the table above).
    pub caption_block_gap: f32,
    /// Lines, default 6. At most this many lines above a table become its caption.
    pub caption_max_lines: usize,
    /// pt, default 4. Column boundaries of two tables on consecutive pages must
    /// agree within this for the second to continue the first.
    pub join_column_tolerance: f32,
    /// half line heights, default 2 (one line height). Text below a table's last rule
    /// (or above its first), closer than this and inside its columns, is a fragment of a
    /// row cut by the page break; each further fragment line must be as close to the one
    /// before.
    pub fragment_max_gap: f32,
    /// em, default 0.8. In tables without rules, a gap wider than this between words
    /// on one line separates columns.
    pub stream_column_gap: f32,
    /// Lines, default 3. A table without rules needs at least this many lines with
    /// two or more aligned columns.
    pub stream_min_rows: usize,
    /// Columns, default 3. A table without rules starts at a line cut into at least
    /// this many fragments, and needs at least this many columns in all.
    pub stream_min_columns: usize,
    /// line heights, default 2.5. A table without rules ends where the blank space
    /// above a line is wider than this (measured in the previous line's height).
    pub stream_max_line_gap: f32,
    /// fraction, default 0.5. A line that is a single fragment wider than this share
    /// of the table's width so far is prose and ends a table without rules.
    pub stream_prose_width: f32,
    /// pt, default 0.5. A word starting or ending within this outside a column's x
    /// range of a table without rules still belongs to the column.
    pub stream_column_slack: f32,
    /// em, default 0.25. In a table without rules, line spacing has two sizes (rows
    /// with padding between them) when the widest spacing exceeds the narrowest by
    /// more than this; a spacing wider than the narrowest by more than this starts a row.
    pub stream_row_gap_step: f32,
    /// pt, default 1. The outer boundaries of a table without rules lie this far
    /// outside its text (left, right, top and bottom), so edge glyphs fall inside.
    pub stream_cell_margin: f32,
    /// em, default 0.5. In a table without rules, an x range at least this wide
    /// through which no line of the block (or one, in blocks of six lines or
    /// more) has ink separates columns, even where one line's text bridges it.
    pub stream_channel_width: f32,
    /// em, default 0.35 (wider than a word space). A word gap this wide that
    /// reaches into a column channel splits the line there.
    pub stream_split_gap: f32,
    /// em, default 0.3. In a table without rules whose cells hold several lines,
    /// a column's text on two consecutive lines no more than this farther apart
    /// than the block's narrowest such gap (a paragraph's leading) is one cell's
    /// paragraph, and no row boundary runs between those lines.
    pub stream_paragraph_gap: f32,
    /// pt, default 1. A glyph whose centre lies this far outside the clipping
    /// path still shows (producers clip to the cell box exactly).
    pub clip_slack: f32,
    /// Glyphs, default 4,000. Clipped-away glyphs kept per page as evidence of
    /// merged cells running on (a few dozen on a real page), so that a hostile
    /// page cannot make them costly.
    pub max_hidden_glyphs_per_page: usize,
    /// fraction, default 0.6. Of a column channel's width, the share through
    /// which no line at all has ink (two lines' word gaps that happen to meet
    /// are clear, but never empty over that much).
    pub stream_channel_core: f32,
    /// Lines, default 4. Header lines looked for above the first line of a
    /// table without rules that shows all its columns.
    pub stream_max_header_lines: usize,
    /// pt, default 1. A word overhanging a column boundary by at most this still lies
    /// inside the column (lines just above or below a table, fragments of cut rows).
    pub column_fit_slack: f32,
    /// pt, default 1. A line overlapping a table's top or bottom side by at most this
    /// still lies above or below the table (caption, fragment and note candidates).
    pub table_edge_slack: f32,
    /// line heights, default 1.2. Below the first caption line, a caption's lines are
    /// at most this far apart; a wider gap ends the caption.
    pub caption_line_gap: f32,
    /// fraction of the table's width, default 0.1. A line whose left and right
    /// margins over the table differ by at most this share is centred on it (titles
    /// are; see `caption_block_gap`).
    pub caption_centre_tolerance: f32,
    /// pt, default 1. Lines whose left edges are within this of each other start at
    /// the same left edge (left-aligned cell text; a paragraph's lines).
    pub align_tolerance: f32,
    /// fraction of the table's width, default 0.8. A prose line at least this wide is
    /// a filled line of running text (captions are centred or short): the line below
    /// it ends a paragraph when set apart from what follows.
    pub paragraph_fill: f32,
    /// em, default 0.25. A paragraph's last line is set apart from what follows when
    /// the gap under it exceeds the paragraph's line spacing by more than this.
    pub paragraph_gap: f32,
    /// em, default 0.7. In text outside tables, a vertical gap between lines wider
    /// than this starts a new paragraph of prose.
    pub prose_paragraph_gap: f32,
    /// em, default 0.1. The same character drawn again within this of its first
    /// position is an overprinted duplicate (fake bold) and is read once.
    pub overprint_tolerance: f32,
    /// Multiples of the larger of `snap_tolerance` and `intersection_tolerance`,
    /// default 2. Vertical rules running more than this past a table's last (or
    /// first) horizontal rule mark a row cut by the page break, closed by a rule.
    pub open_end_reach: f32,
    /// pt, default 0.5. Dots (tiny filled squares) within this of one line across
    /// its direction form a dotted rule, each within `join_tolerance` of the next.
    pub dot_alignment: f32,
    /// fraction, default 0.05. A colour whose components are all within this of
    /// white (RGB/grey at least 1 minus this, CMYK at most this) is white: rules drawn
    /// in it are invisible on paper and ignored.
    pub white_tolerance: f32,
    /// em, default 0.05. A combining-mark glyph narrower than this has no advance of
    /// its own: its ink hangs left of where it is drawn, over the letter before the pen.
    pub mark_zero_width: f32,
    /// em, default 0.1. How far left of its position the ink of a mark with no
    /// advance is taken to be, when looking for the letter it sits on.
    pub mark_ink_offset: f32,
    /// em, default 0.8. A mark's vertical centre may lie this far above a letter's
    /// top or below its bottom and still be on the letter's line (marks sit over or
    /// under their base).
    pub mark_line_reach: f32,
    /// em, default 1. A mark attaches to the nearest letter whose box is at most
    /// this far from the mark's ink point; farther, to the next glyph drawn.
    pub mark_max_distance: f32,
    /// Glyphs, default 4. A mark's base letter is sought among this many glyphs
    /// either side of the mark in drawing order.
    pub mark_window: usize,
    /// em, default 0.3. Looking for a legacy 8-bit Vietnamese encoding in a font's
    /// codes, a jump in pen position wider than this between two glyphs separates words.
    pub legacy_word_jump: f32,
    /// em (of the larger font size), default 0.5. An outermost line of a page is a
    /// running header or footer when the same text is an outermost line of another
    /// page at a height differing by at most this.
    pub furniture_height_tolerance: f32,
    /// fraction, default 0.85. Leading rows of a table's next part repeat its header
    /// when, cell for cell in the same places, their texts agree in at least this
    /// share of characters (a header read by OCR has a few slips).
    pub header_repeat_similarity: f32,
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
            stream_min_columns: 3,
            stream_max_line_gap: 2.5,
            stream_prose_width: 0.5,
            stream_column_slack: 0.5,
            stream_row_gap_step: 0.25,
            stream_cell_margin: 1.0,
            stream_channel_width: 0.5,
            stream_split_gap: 0.35,
            stream_paragraph_gap: 0.3,
            clip_slack: 1.0,
            max_hidden_glyphs_per_page: 4_000,
            stream_channel_core: 0.6,
            stream_max_header_lines: 4,
            column_fit_slack: 1.0,
            table_edge_slack: 1.0,
            caption_line_gap: 1.2,
            caption_centre_tolerance: 0.1,
            align_tolerance: 1.0,
            paragraph_fill: 0.8,
            paragraph_gap: 0.25,
            prose_paragraph_gap: 0.7,
            overprint_tolerance: 0.1,
            open_end_reach: 2.0,
            dot_alignment: 0.5,
            white_tolerance: 0.05,
            mark_zero_width: 0.05,
            mark_ink_offset: 0.1,
            mark_line_reach: 0.8,
            mark_max_distance: 1.0,
            mark_window: 4,
            legacy_word_jump: 0.3,
            furniture_height_tolerance: 0.5,
            header_repeat_similarity: 0.85,
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

impl PdfSettings {
    /// Checks that every tolerance makes sense: distances, sizes and factors finite
    /// and not negative, fractions within 0 to 1, counts and limits positive, and
    /// bounds in order (a ruling line found by OCR longer than it may be thick; a
    /// column gap between table words no narrower than a word gap). Returns what is
    /// wrong, every problem, naming the settings.
    pub fn validate(&self) -> Result<(), String> {
        let mut bad: Vec<String> = Vec::new();
        let non_negative = [
            ("snap_tolerance", self.snap_tolerance),
            ("join_tolerance", self.join_tolerance),
            ("edge_min_length", self.edge_min_length),
            ("intersection_tolerance", self.intersection_tolerance),
            ("max_rule_thickness", self.max_rule_thickness),
            ("axis_tolerance", self.axis_tolerance),
            ("word_gap", self.word_gap),
            ("word_break_slack", self.word_break_slack),
            ("cut_text_gap", self.cut_text_gap),
            ("caption_max_gap", self.caption_max_gap),
            ("caption_block_gap", self.caption_block_gap),
            ("join_column_tolerance", self.join_column_tolerance),
            ("fragment_max_gap", self.fragment_max_gap),
            ("stream_column_gap", self.stream_column_gap),
            ("stream_max_line_gap", self.stream_max_line_gap),
            ("stream_column_slack", self.stream_column_slack),
            ("stream_row_gap_step", self.stream_row_gap_step),
            ("stream_cell_margin", self.stream_cell_margin),
            ("stream_channel_width", self.stream_channel_width),
            ("stream_split_gap", self.stream_split_gap),
            ("stream_paragraph_gap", self.stream_paragraph_gap),
            ("clip_slack", self.clip_slack),
            ("column_fit_slack", self.column_fit_slack),
            ("table_edge_slack", self.table_edge_slack),
            ("caption_line_gap", self.caption_line_gap),
            ("align_tolerance", self.align_tolerance),
            ("paragraph_gap", self.paragraph_gap),
            ("prose_paragraph_gap", self.prose_paragraph_gap),
            ("overprint_tolerance", self.overprint_tolerance),
            ("open_end_reach", self.open_end_reach),
            ("dot_alignment", self.dot_alignment),
            ("mark_zero_width", self.mark_zero_width),
            ("mark_ink_offset", self.mark_ink_offset),
            ("mark_line_reach", self.mark_line_reach),
            ("mark_max_distance", self.mark_max_distance),
            ("legacy_word_jump", self.legacy_word_jump),
            (
                "furniture_height_tolerance",
                self.furniture_height_tolerance,
            ),
            ("ocr_rule_min_length", self.ocr_rule_min_length),
            ("ocr_rule_max_thickness", self.ocr_rule_max_thickness),
        ];
        for (name, v) in non_negative {
            if !(v.is_finite() && v >= 0.0) {
                bad.push(format!("{name} = {v}: must be a finite number, 0 or more"));
            }
        }
        let fractions = [
            ("shading_min_luminance", self.shading_min_luminance),
            ("line_overlap", self.line_overlap),
            ("stream_prose_width", self.stream_prose_width),
            ("stream_channel_core", self.stream_channel_core),
            ("caption_centre_tolerance", self.caption_centre_tolerance),
            ("paragraph_fill", self.paragraph_fill),
            ("header_repeat_similarity", self.header_repeat_similarity),
            ("white_tolerance", self.white_tolerance),
            ("ocr_min_confidence", self.ocr_min_confidence),
        ];
        for (name, v) in fractions {
            if !(0.0..=1.0).contains(&v) {
                bad.push(format!("{name} = {v}: must be a fraction from 0 to 1"));
            }
        }
        let positive_sizes = [
            ("max_page_size", self.max_page_size),
            ("max_user_unit", self.max_user_unit),
        ];
        for (name, v) in positive_sizes {
            if !(v.is_finite() && v > 0.0) {
                bad.push(format!("{name} = {v}: must be a finite number above 0"));
            }
        }
        let positive_counts = [
            ("caption_max_lines", self.caption_max_lines),
            (
                "max_hidden_glyphs_per_page",
                self.max_hidden_glyphs_per_page,
            ),
            ("stream_min_rows", self.stream_min_rows),
            ("stream_min_columns", self.stream_min_columns),
            ("max_operations_per_page", self.max_operations_per_page),
            ("max_stream_bytes", self.max_stream_bytes),
            (
                "max_content_streams_per_page",
                self.max_content_streams_per_page,
            ),
            ("max_page_content_bytes", self.max_page_content_bytes),
            ("ocr_dpi", self.ocr_dpi as usize),
        ];
        for (name, v) in positive_counts {
            if v == 0 {
                bad.push(format!("{name} = 0: must be at least 1"));
            }
        }
        if self.ocr_rule_max_thickness > self.ocr_rule_min_length {
            bad.push(format!(
                "ocr_rule_max_thickness {} is more than ocr_rule_min_length {}: a rule is longer than it is thick",
                self.ocr_rule_max_thickness, self.ocr_rule_min_length
            ));
        }
        if self.stream_column_gap < self.word_gap {
            bad.push(format!(
                "stream_column_gap {} is less than word_gap {}: every space between words would separate columns",
                self.stream_column_gap, self.word_gap
            ));
        }
        if self.ocr_language.trim().is_empty() {
            bad.push("ocr_language is empty: name at least one Tesseract model".into());
        }
        if bad.is_empty() {
            Ok(())
        } else {
            Err(bad.join("; "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_valid() {
        assert_eq!(PdfSettings::default().validate(), Ok(()));
    }

    #[test]
    fn nonsensical_values_are_refused_by_name() {
        let bad = |f: &dyn Fn(&mut PdfSettings)| {
            let mut s = PdfSettings::default();
            f(&mut s);
            s.validate().expect_err("refused")
        };
        assert!(bad(&|s| s.snap_tolerance = -1.0).contains("snap_tolerance = -1"));
        assert!(bad(&|s| s.word_gap = f32::NAN).contains("word_gap = NaN"));
        assert!(bad(&|s| s.caption_line_gap = f32::INFINITY).contains("caption_line_gap"));
        assert!(bad(&|s| s.line_overlap = 1.5).contains("line_overlap = 1.5"));
        assert!(bad(&|s| s.paragraph_fill = f32::NAN).contains("paragraph_fill"));
        assert!(bad(&|s| s.stream_min_columns = 0).contains("stream_min_columns = 0"));
        assert!(bad(&|s| s.max_page_size = 0.0).contains("max_page_size"));
        // Bounds out of order.
        let e = bad(&|s| {
            s.ocr_rule_min_length = 2.0;
            s.ocr_rule_max_thickness = 5.0;
        });
        assert!(
            e.contains("ocr_rule_max_thickness 5 is more than ocr_rule_min_length 2"),
            "{e}"
        );
        assert!(bad(&|s| s.stream_column_gap = 0.1).contains("less than word_gap"));
        // Every problem is said, not only the first.
        let e = bad(&|s| {
            s.join_tolerance = -2.0;
            s.mark_window = 4;
            s.white_tolerance = 2.0;
        });
        assert!(
            e.contains("join_tolerance") && e.contains("white_tolerance"),
            "{e}"
        );
        // Zero is a valid tolerance (exact matching).
        let exact = PdfSettings {
            word_break_slack: 0.0,
            align_tolerance: 0.0,
            ..Default::default()
        };
        assert_eq!(exact.validate(), Ok(()));
    }
}
