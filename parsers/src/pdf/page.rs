//! One page in upright page space (top-left origin, see [`crate::geom`]): glyphs with
//! their reading direction, and rule segments. Applies `/Rotate`, then turns the page
//! further when most of its text still runs sideways, so that every table reads left
//! to right whichever way the producer rotated content or page.

use super::content::RawPage;
use super::settings::PdfSettings;
use crate::geom::BBox;
use crate::legacy_vn;
use crate::text::nfc;

/// A glyph in upright page space.
#[derive(Debug, Clone)]
pub struct Glyph {
    /// Unicode text, NFC (a base letter carries its combining marks).
    pub text: String,
    /// Box in upright page space.
    pub bbox: BBox,
    /// Font size, points.
    pub size: f32,
    /// Reading direction: 0 → right, 1 → down, 2 → left, 3 → up.
    pub dir: u8,
    /// Set in a bold face.
    pub bold: bool,
}

impl Glyph {
    /// Horizontal centre.
    pub fn cx(&self) -> f32 {
        (self.bbox.x0 + self.bbox.x1) / 2.0
    }
    /// Vertical centre.
    pub fn cy(&self) -> f32 {
        (self.bbox.top + self.bbox.bottom) / 2.0
    }
    /// True for white space.
    pub fn is_space(&self) -> bool {
        self.text
            .chars()
            .all(|c| c.is_whitespace() || c == '\u{a0}')
    }
}

/// A horizontal (`top == bottom`) or vertical (`x0 == x1`) rule in upright page space.
pub type Segment = BBox;

/// A page ready for table detection.
#[derive(Debug, Clone)]
pub struct Page {
    /// 1-based page number.
    pub number: u32,
    /// Width in points (upright).
    pub width: f32,
    /// Height in points (upright).
    pub height: f32,
    /// Glyphs in drawing order.
    pub glyphs: Vec<Glyph>,
    /// Rules.
    pub segments: Vec<Segment>,
    /// Images drawn on the page.
    pub images: usize,
    /// Resolution of the image drawn largest on the page, pixels per inch (a scan's
    /// own resolution).
    pub image_ppi: Option<f32>,
    /// Quarter turns applied after `/Rotate` to make the text upright.
    pub extra_turns: u8,
    /// Text drawn but clipped away: its centre and the clip box (see
    /// [`RawPage::hidden`](super::content::RawPage::hidden)).
    pub hidden: Vec<((f32, f32), BBox)>,
}

/// Maps a raw page into upright space. `bbox` is the visible box `[x0, y0, x1, y1]`
/// (CropBox, else MediaBox) and `rotate` the page's `/Rotate` in degrees.
pub fn build(number: u32, mut raw: RawPage, bbox: [f32; 4], rotate: i64, s: &PdfSettings) -> Page {
    redecode_legacy(&mut raw, s);
    let [bx0, by0, bx1, by1] = bbox;
    let rot = rotate.rem_euclid(360) / 90;
    let (w, h) = (bx1 - bx0, by1 - by0);
    let to_up = |(x, y): (f32, f32)| -> (f32, f32) {
        match rot {
            1 => (y - by0, x - bx0),
            2 => (bx1 - x, y - by0),
            3 => (by1 - y, bx1 - x),
            _ => (x - bx0, by1 - y),
        }
    };
    let (mut width, mut height) = if rot % 2 == 1 { (h, w) } else { (w, h) };
    let mut glyphs: Vec<Glyph> = Vec::with_capacity(raw.glyphs.len());
    for g in &raw.glyphs {
        let q: Vec<(f32, f32)> = g.quad.iter().map(|&p| to_up(p)).collect();
        let (mut dx, mut dy) = (q[1].0 - q[0].0, q[1].1 - q[0].1);
        if dx.abs() + dy.abs() < 1e-3 {
            // Zero-width glyph: the baseline direction is the "up" vector turned clockwise.
            let (ux, uy) = (q[3].0 - q[0].0, q[3].1 - q[0].1);
            dx = -uy;
            dy = ux;
        }
        let dir = if dx.abs() >= dy.abs() {
            if dx >= 0.0 { 0 } else { 2 }
        } else if dy >= 0.0 {
            1
        } else {
            3
        };
        glyphs.push(Glyph {
            text: g.text.clone(),
            bbox: bbox_of(&q),
            size: g.size,
            dir,
            bold: raw.fonts.get(g.font).is_some_and(|f| f.bold),
        });
    }
    let mut hidden: Vec<((f32, f32), BBox)> = raw
        .hidden
        .iter()
        .map(|&(c, b)| {
            let (a, d) = (to_up((b[0], b[1])), to_up((b[2], b[3])));
            (to_up(c), BBox::new(a.0, a.1, d.0, d.1))
        })
        .collect();
    let mut segments: Vec<Segment> = raw
        .segments
        .iter()
        .map(|s| {
            let (a, b) = (to_up(s.a), to_up(s.b));
            BBox::new(a.0, a.1, b.0, b.1)
        })
        .collect();
    // Turn the page so the dominant direction reads left to right.
    let mut counts = [0usize; 4];
    for g in glyphs.iter().filter(|g| !g.is_space()) {
        counts[g.dir as usize] += 1;
    }
    let dominant = (0..4).max_by_key(|&d| (counts[d], d == 0)).unwrap_or(0) as u8;
    let turns = if counts[dominant as usize] > counts[0] {
        dominant
    } else {
        0
    };
    if turns != 0 {
        let (pw, ph) = (width, height);
        let turn = |(x, y): (f32, f32)| -> (f32, f32) {
            match turns {
                1 => (y, pw - x),
                2 => (pw - x, ph - y),
                _ => (ph - y, x),
            }
        };
        let turn_box = |b: &BBox| {
            let (a, c) = (turn((b.x0, b.top)), turn((b.x1, b.bottom)));
            BBox::new(a.0, a.1, c.0, c.1)
        };
        for g in &mut glyphs {
            g.bbox = turn_box(&g.bbox);
            g.dir = (g.dir + 4 - turns) % 4;
        }
        for s in &mut segments {
            *s = turn_box(s);
        }
        for (c, b) in &mut hidden {
            *c = turn(*c);
            *b = turn_box(b);
        }
        if turns % 2 == 1 {
            std::mem::swap(&mut width, &mut height);
        }
    }
    let glyphs = attach_marks(glyphs, s);
    Page {
        number,
        width,
        height,
        glyphs,
        segments,
        images: raw.images,
        image_ppi: raw.image_ppi.map(|(_, ppi)| ppi),
        extra_turns: turns,
        hidden,
    }
}

/// The page box to use for `media` (the visible box read from the file, if any)
/// and what is wrong with it. A box that is not finite, empty, or larger than
/// `max_size` pt (a `/MediaBox [0 0 1e30 1e30]` would flatten every coordinate
/// in `f32`) is replaced by the extent of what the page draws, at least US Letter
/// from the origin. A `/UserUnit` outside (0, `max_unit`] is reported and ignored.
pub fn checked_box(
    media: Option<[f32; 4]>,
    user_unit: Option<f32>,
    raw: &RawPage,
    max_size: f32,
    max_unit: f32,
) -> ([f32; 4], Vec<String>) {
    let mut problems = Vec::new();
    if let Some(u) = user_unit
        && !(u.is_finite() && u > 0.0 && u <= max_unit)
    {
        problems.push(format!(
            "/UserUnit {u} is not a plausible unit (0 to {max_unit}); ignored, geometry read in points"
        ));
    }
    let letter = [0.0, 0.0, 612.0, 792.0];
    let Some(b) = media else {
        return (letter, problems);
    };
    let (w, h) = (b[2] - b[0], b[3] - b[1]);
    let sane =
        b.iter().all(|v| v.is_finite()) && w > 0.0 && h > 0.0 && w <= max_size && h <= max_size;
    if sane {
        return (b, problems);
    }
    // Extent of the drawn content, within the largest allowed page.
    let mut e = letter;
    let points = raw
        .glyphs
        .iter()
        .flat_map(|g| g.quad.iter().copied())
        .chain(raw.segments.iter().flat_map(|s| [s.a, s.b]));
    for (x, y) in points.filter(|(x, y)| x.abs() <= max_size && y.abs() <= max_size) {
        e = [e[0].min(x), e[1].min(y), e[2].max(x), e[3].max(y)];
    }
    problems.push(format!(
        "/MediaBox [{} {} {} {}] is not a usable page ({w} × {h} pt; at most {max_size} pt \
         a side); the drawn extent [{} {} {} {}] is used",
        b[0], b[1], b[2], b[3], e[0], e[1], e[2], e[3]
    ));
    (e, problems)
}

fn bbox_of(q: &[(f32, f32)]) -> BBox {
    let mut b = BBox::new(q[0].0, q[0].1, q[0].0, q[0].1);
    for &(x, y) in &q[1..] {
        b = b.union(&BBox::new(x, y, x, y));
    }
    b
}

/// Simple fonts with no ToUnicode and no legacy name: when their codes on this page
/// look like TCVN3 or VNI, decode those glyphs from the raw codes.
fn redecode_legacy(raw: &mut RawPage, s: &PdfSettings) {
    for (fi, font) in raw.fonts.iter().enumerate() {
        if !font.legacy_candidate {
            continue;
        }
        // The font's codes in drawing order; a jump in position separates words, so the
        // statistics see words rather than cells run together.
        let mut bytes: Vec<u8> = Vec::new();
        let mut last_end: Option<(f32, f32)> = None;
        for g in raw
            .glyphs
            .iter()
            .filter(|g| g.font == fi && g.code_len == 1)
        {
            if let Some((x, y)) = last_end
                && ((g.quad[0].0 - x).abs() + (g.quad[0].1 - y).abs())
                    > s.legacy_word_jump * g.size.max(1.0)
            {
                bytes.push(b' ');
            }
            bytes.push(g.code as u8);
            last_end = Some(g.quad[1]);
        }
        if bytes.is_empty() {
            continue;
        }
        if let Some(enc) = legacy_vn::detect(&bytes) {
            for g in raw
                .glyphs
                .iter_mut()
                .filter(|g| g.font == fi && g.code_len == 1)
            {
                g.text = legacy_vn::decode_glyph(g.code as u8, enc);
            }
        }
    }
}

/// True for a combining mark (the blocks Latin and Vietnamese text uses).
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Glyphs that are only combining marks are attached to the letter they are drawn
/// over, then the letter's text is NFC-composed. Producers draw such marks before or
/// after their base in the content stream, so the base is found by position among
/// the nearby glyphs in drawing order ([`PdfSettings::mark_window`] either side): the
/// letter whose box holds the mark's ink point, on the same line (marks sit above or
/// below it). A mark with no advance of its own has its ink to the left of where it is
/// drawn (font convention: over the letter before the pen), so its ink point is just
/// left of its position; a mark with a width has its ink point at its centre. A mark
/// over no letter goes to the nearest letter within
/// [`PdfSettings::mark_max_distance`], else the next glyph drawn (or, at the end, the
/// last one).
fn attach_marks(glyphs: Vec<Glyph>, s: &PdfSettings) -> Vec<Glyph> {
    let mut gs: Vec<Glyph> = glyphs
        .into_iter()
        .map(|mut g| {
            if g.text
                .chars()
                .any(|c| ('\u{FB00}'..='\u{FB06}').contains(&c))
            {
                g.text = expand_ligatures(&g.text);
            }
            g
        })
        .collect();
    let mark_only = |g: &Glyph| !g.text.is_empty() && g.text.chars().all(is_mark);
    let is_mark: Vec<bool> = gs.iter().map(mark_only).collect();
    if !is_mark.iter().any(|&m| m) {
        for g in &mut gs {
            if !unicode_normalization::is_nfc(&g.text) {
                g.text = nfc(&g.text);
            }
        }
        return gs;
    }
    // For each mark, the index of its base (None: no letter found).
    let n = gs.len();
    let mut base_of: Vec<Option<usize>> = vec![None; n];
    for m in (0..n).filter(|&m| is_mark[m]) {
        let g = &gs[m];
        let size = g.size.max(1.0);
        let ink = if g.bbox.width() < s.mark_zero_width * size {
            g.bbox.x0 - s.mark_ink_offset * size
        } else {
            g.cx()
        };
        let window = s.mark_window;
        let near = (m.saturating_sub(window)..(m + window + 1).min(n)).filter(|&j| {
            let b = &gs[j];
            !is_mark[j]
                && !b.is_space()
                && g.cy() >= b.bbox.top - s.mark_line_reach * size
                && g.cy() <= b.bbox.bottom + s.mark_line_reach * size
        });
        let dist = |j: usize| {
            let b = &gs[j].bbox;
            if ink < b.x0 {
                b.x0 - ink
            } else if ink > b.x1 {
                ink - b.x1
            } else {
                0.0
            }
        };
        // Nearest by ink distance; among letters holding the ink point, the one whose
        // centre is nearest; ties go to the glyph drawn before.
        base_of[m] = near
            .filter(|&j| dist(j) <= s.mark_max_distance * size)
            .min_by(|&a, &b| {
                let key = |j: usize| (dist(j), (gs[j].cx() - ink).abs(), j > m);
                let (ka, kb) = (key(a), key(b));
                ka.0.total_cmp(&kb.0)
                    .then(ka.1.total_cmp(&kb.1))
                    .then(ka.2.cmp(&kb.2))
            });
    }
    let mut extra: Vec<String> = vec![String::new(); n];
    let mut pending = String::new();
    for m in 0..n {
        if !is_mark[m] {
            if !pending.is_empty() {
                extra[m].push_str(&std::mem::take(&mut pending));
            }
            continue;
        }
        match base_of[m] {
            Some(b) => {
                let t = gs[m].text.clone();
                extra[b].push_str(&t);
            }
            None => pending.push_str(&gs[m].text),
        }
    }
    let mut out: Vec<Glyph> = Vec::with_capacity(n);
    for (i, mut g) in gs.into_iter().enumerate() {
        if is_mark[i] {
            continue;
        }
        g.text.push_str(&extra[i]);
        if !unicode_normalization::is_nfc(&g.text) {
            g.text = nfc(&g.text);
        }
        out.push(g);
    }
    if !pending.is_empty()
        && let Some(last) = out.last_mut()
    {
        last.text.push_str(&pending);
        last.text = nfc(&last.text);
    }
    out
}

/// Latin typographic ligatures (U+FB00–FB06) as their letters: "ﬁ" is "fi" to a reader.
fn expand_ligatures(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(text: &str, x0: f32, x1: f32) -> Glyph {
        Glyph {
            text: text.into(),
            bbox: BBox::new(x0, 0.0, x1, 10.0),
            size: 10.0,
            dir: 0,
            bold: false,
        }
    }

    #[test]
    fn marks_drawn_as_own_glyphs_join_their_base() {
        // "Việt": the circumflex and dot below drawn as separate zero-width glyphs over "e".
        let gs = vec![
            g("V", 0.0, 7.0),
            g("i", 7.0, 10.0),
            g("e", 10.0, 16.0),
            g("\u{302}", 12.0, 14.0),
            g("\u{323}", 12.5, 13.5),
            g("t", 16.0, 19.0),
        ];
        let out = attach_marks(gs, &PdfSettings::default());
        let text: String = out.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(text, "Việt");
        assert_eq!(out.len(), 4);
    }

    #[test]
    fn marks_attach_to_the_letter_they_are_drawn_over_in_either_order() {
        // "Vĩnh" with the tilde drawn before the "i" it sits over (centred on it).
        let gs = vec![
            g("V", 0.0, 7.0),
            g("\u{303}", 7.5, 9.5),
            g("i", 7.0, 10.0),
            g("n", 10.0, 15.0),
            g("h", 15.0, 20.0),
        ];
        let text: String = attach_marks(gs, &PdfSettings::default())
            .iter()
            .map(|g| g.text.as_str())
            .collect();
        assert_eq!(text, "Vĩnh");
        // "Bình": a zero-width grave drawn after the "i" at the pen position (its ink
        // hangs to the left, over the "i").
        let gs = vec![
            g("B", 0.0, 7.0),
            g("i", 7.0, 10.0),
            g("\u{300}", 10.0, 10.0),
            g("n", 10.0, 15.0),
            g("h", 15.0, 20.0),
        ];
        let text: String = attach_marks(gs, &PdfSettings::default())
            .iter()
            .map(|g| g.text.as_str())
            .collect();
        assert_eq!(text, "Bình");
        // The same zero-width grave drawn first, at the right edge of the "i".
        let gs = vec![
            g("B", 0.0, 7.0),
            g("\u{300}", 10.0, 10.0),
            g("i", 7.0, 10.0),
            g("n", 10.0, 15.0),
        ];
        let text: String = attach_marks(gs, &PdfSettings::default())
            .iter()
            .map(|g| g.text.as_str())
            .collect();
        assert_eq!(text, "Bìn");
        // A dot below drawn under the "a" of "Hạ" after the next letter.
        let mut dot = g("\u{323}", 8.0, 10.0);
        dot.bbox.top = 9.0;
        dot.bbox.bottom = 13.0;
        let gs = vec![g("H", 0.0, 7.0), g("a", 7.0, 12.0), g("n", 12.0, 17.0), dot];
        let text: String = attach_marks(gs, &PdfSettings::default())
            .iter()
            .map(|g| g.text.as_str())
            .collect();
        assert_eq!(text, "Hạn");
    }

    #[test]
    fn ligatures_become_letters() {
        let out = attach_marks(vec![g("\u{FB01}", 0.0, 6.0)], &PdfSettings::default());
        assert_eq!(out[0].text, "fi");
    }
}
