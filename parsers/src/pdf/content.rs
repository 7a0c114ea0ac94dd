//! The content-stream interpreter: turns a page's operators into positioned glyphs
//! and axis-parallel rule segments, in PDF user space (y up) after the CTM.
//! The caller maps them into upright page space (see [`super::page`]).

use super::font::Font;
use super::objects::{as_dict, get, get_dict, name, num, num_array, resolve};
use super::settings::PdfSettings;
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;
use std::rc::Rc;

/// An affine matrix `[a b c d e f]` (row-vector convention, as in the PDF spec).
pub type Matrix = [f32; 6];

/// The identity matrix.
pub const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m1 × m2`: apply `m1` first, then `m2`.
pub fn mul(m1: &Matrix, m2: &Matrix) -> Matrix {
    [
        m1[0] * m2[0] + m1[1] * m2[2],
        m1[0] * m2[1] + m1[1] * m2[3],
        m1[2] * m2[0] + m1[3] * m2[2],
        m1[2] * m2[1] + m1[3] * m2[3],
        m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
        m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
    ]
}

/// Applies `m` to a point.
pub fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// A glyph as drawn, in user space after the CTM.
#[derive(Debug, Clone)]
pub struct RawGlyph {
    /// Unicode text (may be several code points, or U+FFFD when unknown).
    pub text: String,
    /// The four corners of its box: origin, advance end, and the two top corners.
    pub quad: [(f32, f32); 4],
    /// Effective font size (text space height scaled by the matrices), points.
    pub size: f32,
    /// Index of the font in [`RawPage::fonts`].
    pub font: usize,
    /// Character code and its byte length (for legacy re-decoding).
    pub code: u32,
    /// Byte length of `code`.
    pub code_len: usize,
}

/// An axis-parallel line segment in user space (filled thin rectangles become their centre line).
#[derive(Debug, Clone, Copy)]
pub struct RawSegment {
    /// Start point.
    pub a: (f32, f32),
    /// End point.
    pub b: (f32, f32),
}

/// Everything drawn on one page.
#[derive(Debug, Default)]
pub struct RawPage {
    /// Glyphs in drawing order.
    pub glyphs: Vec<RawGlyph>,
    /// Rule segments.
    pub segments: Vec<RawSegment>,
    /// Fonts used, indexed by [`RawGlyph::font`].
    pub fonts: Vec<Rc<Font>>,
    /// Images drawn (XObject or inline).
    pub images: usize,
    /// Glyphs drawn outside the clipping path (not read): the centre of each and the
    /// clip box, both in user space. A spreadsheet draws a merged cell's text again on
    /// each page the cell runs on to, clipped to what shows there: text hidden above
    /// (or below) a cell says the cell comes from the previous page (or goes on).
    pub hidden: Vec<((f32, f32), [f32; 4])>,
    /// Resolution (pixels per inch, the lower of the two axes) of the image XObject
    /// drawn largest on the page, with its drawn area in square points: a scan's
    /// own resolution, which sets the size of its noise and blur.
    pub image_ppi: Option<(f32, f32)>,
    /// Problems met (skipped forms, undecodable streams).
    pub problems: Vec<String>,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<usize>,
    size: f32,
    char_space: f32,
    word_space: f32,
    hscale: f32,
    leading: f32,
    rise: f32,
    fill_white: bool,
    stroke_white: bool,
    /// Luminance of the fill colour, 0 (black) to 1 (white); decides whether a large
    /// filled rectangle is shading or ruling.
    fill_luminance: f32,
    /// Box (user space after the CTM) of the clipping path, `None` for the whole page.
    /// Text outside it is not visible: a spreadsheet printed over several pages draws a
    /// merged cell's text again on every page the cell crosses, clipped to the part
    /// of the cell on that page, so the copy that shows elsewhere is hidden.
    clip: Option<[f32; 4]>,
}

struct Interp<'a> {
    doc: &'a Document,
    settings: &'a PdfSettings,
    out: RawPage,
    font_ids: HashMap<ObjectId, usize>,
    ops: usize,
    form_stack: Vec<ObjectId>,
    /// Centres of filled rectangles too small to be a rule on their own (dots of
    /// dotted borders), joined into rules once the page is read.
    dots: Vec<(f32, f32)>,
}

/// Interprets a page's content with its (inherited) resources.
pub fn interpret_page(
    doc: &Document,
    page_id: ObjectId,
    resources: Option<&Dictionary>,
    settings: &PdfSettings,
) -> RawPage {
    let mut it = Interp {
        doc,
        settings,
        out: RawPage::default(),
        font_ids: HashMap::new(),
        ops: 0,
        form_stack: Vec::new(),
        dots: Vec::new(),
    };
    let bytes = page_content(doc, page_id, settings, &mut it.out.problems);
    let gs = GState {
        ctm: IDENTITY,
        font: None,
        size: 0.0,
        char_space: 0.0,
        word_space: 0.0,
        hscale: 1.0,
        leading: 0.0,
        rise: 0.0,
        fill_white: false,
        stroke_white: false,
        fill_luminance: 0.0,
        clip: None,
    };
    it.run(&bytes, resources, gs, 0);
    let dots = std::mem::take(&mut it.dots);
    it.out.segments.extend(dotted_rules(
        dots,
        settings.join_tolerance,
        settings.dot_alignment,
    ));
    it.out
}

/// The page's content streams decoded and joined, within the settings' budgets:
/// a stream listed several times in `/Contents` is read once, at most
/// `max_content_streams_per_page` streams and `max_page_content_bytes` bytes are
/// read, and every stream that fails to decode is named in `problems`.
fn page_content(
    doc: &Document,
    page_id: ObjectId,
    settings: &PdfSettings,
    problems: &mut Vec<String>,
) -> Vec<u8> {
    let ids = doc.get_page_contents(page_id);
    let mut seen: HashMap<ObjectId, usize> = HashMap::new();
    let mut bytes = Vec::new();
    let mut read = 0;
    for &cid in &ids {
        let n = seen.entry(cid).or_default();
        *n += 1;
        if *n > 1 {
            continue;
        }
        if read == settings.max_content_streams_per_page {
            problems.push(format!(
                "more than {} content streams (settings max_content_streams_per_page); \
                 the rest of the page is skipped",
                settings.max_content_streams_per_page
            ));
            break;
        }
        read += 1;
        let room = settings.max_page_content_bytes.saturating_sub(bytes.len());
        match doc.get_object(cid) {
            Ok(Object::Stream(s)) => {
                let d = super::decode::decode(s, room.min(settings.max_stream_bytes));
                if let Some(p) = d.problem {
                    problems.push(format!("content stream {} {}: {p}", cid.0, cid.1));
                }
                bytes.extend(d.bytes);
            }
            _ => problems.push(format!(
                "content object {} {} is not a stream",
                cid.0, cid.1
            )),
        }
        bytes.push(b'\n');
        if bytes.len() >= settings.max_page_content_bytes {
            problems.push(format!(
                "content passes {} bytes (settings max_page_content_bytes); \
                 the rest of the page is skipped",
                settings.max_page_content_bytes
            ));
            break;
        }
    }
    let repeated: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    if let Some((id, n)) = repeated
        .iter()
        .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
    {
        problems.push(format!(
            "/Contents lists {} stream(s) more than once (stream {} {} {} times); \
             each is read once",
            repeated.len(),
            id.0,
            id.1,
            n
        ));
    }
    bytes
}

/// Rules drawn as rows of dots (small filled squares, as some producers draw dotted
/// borders): dots on one horizontal (or vertical) line (within `across` pt), each
/// within `gap` pt of the next, form a rule from the first to the last; runs of fewer
/// than three dots are not rules (a full stop, a bullet).
fn dotted_rules(dots: Vec<(f32, f32)>, gap: f32, across: f32) -> Vec<RawSegment> {
    let mut out = Vec::new();
    for horizontal in [true, false] {
        // (position across the rule, position along it)
        let mut pts: Vec<(f32, f32)> = dots
            .iter()
            .map(|&(x, y)| if horizontal { (y, x) } else { (x, y) })
            .collect();
        pts.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut i = 0;
        while i < pts.len() {
            let mut j = i;
            while j + 1 < pts.len()
                && (pts[j + 1].0 - pts[i].0).abs() <= across
                && pts[j + 1].1 - pts[j].1 <= gap
            {
                j += 1;
            }
            if j - i >= 2 {
                let (across, a, b) = (pts[i].0, pts[i].1, pts[j].1);
                out.push(if horizontal {
                    RawSegment {
                        a: (a, across),
                        b: (b, across),
                    }
                } else {
                    RawSegment {
                        a: (across, a),
                        b: (across, b),
                    }
                });
            }
            i = j + 1;
        }
    }
    out
}

/// Reads what it can of a content stream that does not parse as a whole.
///
/// The stream is cut after each operator that closes a block (`ET`, `Q`,
/// `EMC`) and each block is decoded alone, so one damaged token costs its
/// block, not the page. Returns the operations of the blocks that parse,
/// with how many blocks were skipped and how many there were. A cut can fall
/// inside a string that contains such a word; both halves are then skipped.
fn salvage(bytes: &[u8]) -> (Content, usize, usize) {
    let is_space = |b: u8| b" \t\r\n\x0c\x00".contains(&b);
    let mut cuts = Vec::new();
    for (i, w) in bytes.windows(2).enumerate() {
        let word_end = |n: usize| i + n >= bytes.len() || is_space(bytes[i + n]);
        let starts = i == 0 || is_space(bytes[i - 1]);
        let closes = (w == b"ET" && word_end(2))
            || (w[0] == b'Q' && is_space(w[1]))
            || (w == b"EM" && bytes.get(i + 2) == Some(&b'C') && word_end(3));
        if starts && closes {
            cuts.push(
                i + if w == b"EM" {
                    3
                } else if w[0] == b'Q' {
                    1
                } else {
                    2
                },
            );
        }
    }
    cuts.push(bytes.len());
    let mut operations = Vec::new();
    let (mut start, mut bad, mut total) = (0, 0, 0);
    for end in cuts {
        let block = &bytes[start..end];
        start = end;
        if block.iter().all(|&b| is_space(b)) {
            continue;
        }
        total += 1;
        match Content::decode_strict(block) {
            Ok(c) => operations.extend(c.operations),
            Err(_) => bad += 1,
        }
    }
    (Content { operations }, bad, total)
}

impl<'a> Interp<'a> {
    fn run(&mut self, bytes: &[u8], res: Option<&'a Dictionary>, gs0: GState, depth: usize) {
        // lopdf's `Content::decode` stops at the first token it cannot parse
        // and returns what came before as success; the strict decode tells.
        let content = match Content::decode_strict(bytes) {
            Ok(c) => c,
            Err(e) => {
                let (content, bad, total) = salvage(bytes);
                self.out.problems.push(format!(
                    "content stream does not parse ({e}); {bad} of {total} blocks skipped, \
                     the rest of the page read"
                ));
                content
            }
        };
        let mut gs = gs0;
        let mut stack: Vec<GState> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        let mut path: Vec<Vec<(f32, f32)>> = Vec::new();
        let mut rects: Vec<[f32; 4]> = Vec::new();
        // Curve control points of the current path (the path keeps end points only),
        // so that a clip's box covers its curves.
        let mut controls: Vec<(f32, f32)> = Vec::new();
        // `W` / `W*` seen: the path, once painted (or `n`), narrows the clip.
        let mut clip_pending = false;
        for op in &content.operations {
            self.ops += 1;
            if self.ops > self.settings.max_operations_per_page {
                self.out
                    .problems
                    .push("too many operations; rest of page skipped".into());
                return;
            }
            let a = &op.operands;
            let f = |i: usize| a.get(i).and_then(num).unwrap_or(0.0);
            match op.operator.as_str() {
                // The graphics-state stack is bounded; deeper saves are ignored.
                "q" if stack.len() < 256 => stack.push(gs.clone()),
                "Q" => {
                    if let Some(g) = stack.pop() {
                        gs = g;
                    }
                }
                "cm" if a.len() == 6 => {
                    gs.ctm = mul(&[f(0), f(1), f(2), f(3), f(4), f(5)], &gs.ctm)
                }
                "g" | "rg" | "k" | "sc" | "scn" => {
                    gs.fill_white = is_white(a, op.operator == "k", self.settings.white_tolerance);
                    gs.fill_luminance = luminance(a, op.operator == "k");
                }
                "G" | "RG" | "K" | "SC" | "SCN" => {
                    gs.stroke_white = is_white(a, op.operator == "K", self.settings.white_tolerance)
                }
                "m" => path.push(vec![(f(0), f(1))]),
                "l" => match path.last_mut() {
                    Some(p) => p.push((f(0), f(1))),
                    None => path.push(vec![(f(0), f(1))]),
                },
                "c" | "v" | "y" => {
                    // Curves are not rules; keep only the end point so the path stays connected,
                    // but break the subpath so no straight segment is invented across the curve.
                    let end = if op.operator == "c" {
                        controls.extend([(f(0), f(1)), (f(2), f(3))]);
                        (f(4), f(5))
                    } else {
                        controls.push((f(0), f(1)));
                        (f(2), f(3))
                    };
                    path.push(vec![end]);
                }
                "h" => {
                    if let Some(p) = path.last_mut()
                        && let Some(&first) = p.first()
                    {
                        p.push(first);
                    }
                }
                "re" => {
                    let (x, y, w, h) = (f(0), f(1), f(2), f(3));
                    path.push(vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]);
                    rects.push([x, y, w, h]);
                }
                "W" | "W*" => clip_pending = true,
                "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" | "n" => {
                    if std::mem::take(&mut clip_pending) {
                        // An empty clipping path is taken as no change (lenient).
                        if let Some(b) = path_box(&path, &controls, &gs.ctm) {
                            gs.clip = Some(match gs.clip {
                                Some(c) => [
                                    c[0].max(b[0]),
                                    c[1].max(b[1]),
                                    c[2].min(b[2]),
                                    c[3].min(b[3]),
                                ],
                                None => b,
                            });
                        }
                    }
                    controls.clear();
                    let o = op.operator.as_str();
                    let stroke = matches!(o, "S" | "s" | "B" | "B*" | "b" | "b*");
                    let fill = matches!(o, "f" | "F" | "f*" | "B" | "B*" | "b" | "b*");
                    if stroke && !gs.stroke_white {
                        self.stroke(&path, &gs.ctm);
                    } else if fill && !gs.fill_white {
                        self.fill(&path, &gs.ctm, gs.fill_luminance);
                    }
                    path.clear();
                    rects.clear();
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tc" => gs.char_space = f(0),
                "Tw" => gs.word_space = f(0),
                "Tz" => gs.hscale = f(0) / 100.0,
                "TL" => gs.leading = f(0),
                "Ts" => gs.rise = f(0),
                "Tf" => {
                    gs.size = f(1);
                    gs.font = a.first().and_then(name).and_then(|n| self.font(res, n));
                }
                "Td" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, f(0), f(1)], &tlm);
                    tm = tlm;
                }
                "TD" => {
                    gs.leading = -f(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, f(0), f(1)], &tlm);
                    tm = tlm;
                }
                "Tm" if a.len() == 6 => {
                    tlm = [f(0), f(1), f(2), f(3), f(4), f(5)];
                    tm = tlm;
                }
                "T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                "Tj" => {
                    if let Some(Object::String(s, _)) = a.first() {
                        self.show(s, &gs, &mut tm);
                    }
                }
                "'" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                    if let Some(Object::String(s, _)) = a.first() {
                        self.show(s, &gs, &mut tm);
                    }
                }
                "\"" => {
                    gs.word_space = f(0);
                    gs.char_space = f(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                    if let Some(Object::String(s, _)) = a.get(2) {
                        self.show(s, &gs, &mut tm);
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = a.first() {
                        for item in items {
                            match item {
                                Object::String(s, _) => self.show(s, &gs, &mut tm),
                                o => {
                                    if let Some(n) = num(o) {
                                        let tx = -n / 1000.0 * gs.size * gs.hscale;
                                        tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                    }
                                }
                            }
                        }
                    }
                }
                "BI" => self.out.images += 1,
                "Do" => {
                    if let Some(n) = a.first().and_then(name) {
                        self.xobject(res, n, &gs, depth);
                    }
                }
                _ => {}
            }
        }
    }

    fn font(&mut self, res: Option<&'a Dictionary>, key: &[u8]) -> Option<usize> {
        let fonts = get_dict(self.doc, res?, b"Font")?;
        let obj = fonts.get(key).ok()?;
        if let Object::Reference(id) = obj
            && let Some(&i) = self.font_ids.get(id)
        {
            return Some(i);
        }
        let dict = as_dict(resolve(self.doc, obj)?)?;
        let font = Font::load(self.doc, dict);
        self.out.problems.extend(font.problems.iter().cloned());
        self.out.fonts.push(Rc::new(font));
        let i = self.out.fonts.len() - 1;
        if let Object::Reference(id) = obj {
            self.font_ids.insert(*id, i);
        }
        Some(i)
    }

    fn show(&mut self, s: &[u8], gs: &GState, tm: &mut Matrix) {
        let Some(fi) = gs.font else { return };
        let font = Rc::clone(&self.out.fonts[fi]);
        let size = gs.size;
        for code in font.codes(s) {
            let trm = mul(
                &[size * gs.hscale, 0.0, 0.0, size, 0.0, gs.rise],
                &mul(tm, &gs.ctm),
            );
            let w = code.width;
            let (asc, desc) = (font.ascent, font.descent);
            let quad = [
                apply(&trm, 0.0, desc),
                apply(&trm, w, desc),
                apply(&trm, w, asc),
                apply(&trm, 0.0, asc),
            ];
            let eff_size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            let is_space = code.len == 1 && code.code == 32;
            let text = code.text.unwrap_or_else(|| "\u{FFFD}".into());
            if visible(&quad, gs.clip, self.settings.clip_slack) {
                self.out.glyphs.push(RawGlyph {
                    text,
                    quad,
                    size: eff_size,
                    font: fi,
                    code: code.code,
                    code_len: code.len,
                });
            } else if let Some(clip) = gs.clip
                && !is_space
                && self.out.hidden.len() < self.settings.max_hidden_glyphs_per_page
            {
                let c = quad
                    .iter()
                    .fold((0.0, 0.0), |a, p| (a.0 + p.0 / 4.0, a.1 + p.1 / 4.0));
                self.out.hidden.push((c, clip));
            }
            let tx =
                (w * size + gs.char_space + if is_space { gs.word_space } else { 0.0 }) * gs.hscale;
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
        }
    }

    /// Records the resolution of an image drawn with `ctm` (the unit square onto the
    /// page) if it is the largest drawn so far.
    fn note_image(&mut self, dict: &Dictionary, ctm: &Matrix) {
        let px = |key: &[u8]| get(self.doc, dict, key).and_then(num).filter(|v| *v >= 1.0);
        let (Some(w), Some(h)) = (px(b"Width"), px(b"Height")) else {
            return;
        };
        // Drawn width and height in points: the images of the unit square's sides.
        let dw = (ctm[0] * ctm[0] + ctm[1] * ctm[1]).sqrt();
        let dh = (ctm[2] * ctm[2] + ctm[3] * ctm[3]).sqrt();
        let area = dw * dh;
        if !(area.is_finite() && dw > 1.0 && dh > 1.0) {
            return;
        }
        let ppi = (w / dw).min(h / dh) * 72.0;
        if self.out.image_ppi.is_none_or(|(a, _)| area > a) {
            self.out.image_ppi = Some((area, ppi));
        }
    }

    fn xobject(&mut self, res: Option<&'a Dictionary>, key: &[u8], gs: &GState, depth: usize) {
        let Some(xobjs) = res.and_then(|r| get_dict(self.doc, r, b"XObject")) else {
            return;
        };
        let Ok(obj) = xobjs.get(key) else { return };
        let id = match obj {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        let Some(Object::Stream(stream)) = resolve(self.doc, obj) else {
            return;
        };
        match get(self.doc, &stream.dict, b"Subtype").and_then(name) {
            Some(b"Image") => {
                self.out.images += 1;
                self.note_image(&stream.dict, &gs.ctm);
                return;
            }
            Some(b"Form") => {}
            _ => return,
        }
        if depth >= self.settings.max_form_depth || id.is_some_and(|i| self.form_stack.contains(&i))
        {
            self.out.problems.push(format!(
                "form XObject /{} nested too deep or cyclic; skipped",
                String::from_utf8_lossy(key)
            ));
            return;
        }
        let d = super::decode::decode(stream, self.settings.max_stream_bytes);
        if let Some(p) = d.problem {
            self.out.problems.push(format!(
                "form XObject /{}: {p}",
                String::from_utf8_lossy(key)
            ));
        }
        let bytes = d.bytes;
        let mut g = gs.clone();
        if let Some(m) = get(self.doc, &stream.dict, b"Matrix").and_then(|o| num_array(self.doc, o))
            && m.len() == 6
        {
            g.ctm = mul(&[m[0], m[1], m[2], m[3], m[4], m[5]], &gs.ctm);
        }
        let form_res = get_dict(self.doc, &stream.dict, b"Resources").or(res);
        if let Some(i) = id {
            self.form_stack.push(i);
        }
        self.run(&bytes, form_res, g, depth + 1);
        if id.is_some() {
            self.form_stack.pop();
        }
    }

    /// Stroked paths: every straight, axis-parallel piece is a rule.
    fn stroke(&mut self, path: &[Vec<(f32, f32)>], ctm: &Matrix) {
        for sub in path {
            for w in sub.windows(2) {
                let a = apply(ctm, w[0].0, w[0].1);
                let b = apply(ctm, w[1].0, w[1].1);
                self.push_axis(a, b);
            }
        }
    }

    /// Filled paths: a thin rectangle is a rule (its centre line). A larger one in a
    /// dark colour contributes its four sides (a box drawn as a filled block is a
    /// frame); a larger one in a light colour is shading — a header fill or alternate
    /// row banding, drawn across whole rows whatever the cell spans — and is no rule
    /// ([`PdfSettings::shading_min_luminance`]).
    fn fill(&mut self, path: &[Vec<(f32, f32)>], ctm: &Matrix, luminance: f32) {
        for sub in path {
            let pts: Vec<(f32, f32)> = sub.iter().map(|&(x, y)| apply(ctm, x, y)).collect();
            if pts.len() < 4 {
                continue;
            }
            let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
            for &(x, y) in &pts {
                x0 = x0.min(x);
                y0 = y0.min(y);
                x1 = x1.max(x);
                y1 = y1.max(y);
            }
            let tol = self.settings.axis_tolerance;
            let on_box = pts.iter().all(|&(x, y)| {
                ((x - x0).abs() <= tol || (x - x1).abs() <= tol)
                    && ((y - y0).abs() <= tol || (y - y1).abs() <= tol)
            });
            if !on_box {
                continue;
            }
            let (w, h) = (x1 - x0, y1 - y0);
            let thin = self.settings.max_rule_thickness;
            if w <= thin && h <= thin {
                // Too small in both directions to have one: a dot (or a dash of a
                // dotted border), joined with its neighbours by `dotted_rules`.
                self.dots.push(((x0 + x1) / 2.0, (y0 + y1) / 2.0));
            } else if h <= thin && w > h {
                let y = (y0 + y1) / 2.0;
                self.out.segments.push(RawSegment {
                    a: (x0, y),
                    b: (x1, y),
                });
            } else if w <= thin && h > w {
                let x = (x0 + x1) / 2.0;
                self.out.segments.push(RawSegment {
                    a: (x, y0),
                    b: (x, y1),
                });
            } else if w > thin && h > thin && luminance < self.settings.shading_min_luminance {
                for (a, b) in [
                    ((x0, y0), (x1, y0)),
                    ((x1, y0), (x1, y1)),
                    ((x1, y1), (x0, y1)),
                    ((x0, y1), (x0, y0)),
                ] {
                    self.out.segments.push(RawSegment { a, b });
                }
            }
        }
    }

    fn push_axis(&mut self, a: (f32, f32), b: (f32, f32)) {
        let tol = self.settings.axis_tolerance;
        let axis_parallel = (a.0 - b.0).abs() <= tol || (a.1 - b.1).abs() <= tol;
        if axis_parallel && (a.0 - b.0).abs() + (a.1 - b.1).abs() > 0.0 {
            self.out.segments.push(RawSegment { a, b });
        }
    }
}

/// Box of a path (with its curves' control points) after `ctm`; `None` when empty.
fn path_box(path: &[Vec<(f32, f32)>], controls: &[(f32, f32)], ctm: &Matrix) -> Option<[f32; 4]> {
    let mut pts = path
        .iter()
        .flatten()
        .chain(controls)
        .map(|&(x, y)| apply(ctm, x, y))
        .peekable();
    pts.peek()?;
    Some(
        pts.fold([f32::MAX, f32::MAX, f32::MIN, f32::MIN], |b, (x, y)| {
            [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
        }),
    )
}

/// Whether a glyph (its four corners) shows inside the clip box: its centre lies in
/// the box, give or take a point (a glyph half cut by a cell's edge still counts).
fn visible(quad: &[(f32, f32); 4], clip: Option<[f32; 4]>, slack: f32) -> bool {
    let Some(c) = clip else { return true };
    let x = quad.iter().map(|p| p.0).sum::<f32>() / 4.0;
    let y = quad.iter().map(|p| p.1).sum::<f32>() / 4.0;
    x >= c[0] - slack && x <= c[2] + slack && y >= c[1] - slack && y <= c[3] + slack
}

/// Luminance (0 black … 1 white) of colour operands: one value is grey, three RGB,
/// four CMYK. Pattern colours (a name operand) and unknown spaces count as black,
/// which keeps their rectangles' sides as rules, as before colours were considered.
fn luminance(a: &[Object], cmyk: bool) -> f32 {
    let v: Vec<f32> = a
        .iter()
        .filter_map(num)
        .map(|x| x.clamp(0.0, 1.0))
        .collect();
    if a.iter().any(|o| matches!(o, Object::Name(_))) {
        return 0.0;
    }
    match (v.len(), cmyk) {
        (1, false) => v[0],
        (3, false) => 0.299 * v[0] + 0.587 * v[1] + 0.114 * v[2],
        (4, _) => {
            let k = 1.0 - v[3];
            0.299 * (1.0 - v[0]) * k + 0.587 * (1.0 - v[1]) * k + 0.114 * (1.0 - v[2]) * k
        }
        _ => 0.0,
    }
}

/// True when colour operands are white within `tol` (no rule is drawn in white on
/// white paper).
fn is_white(a: &[Object], cmyk: bool, tol: f32) -> bool {
    let v: Vec<f32> = a.iter().filter_map(num).collect();
    if v.is_empty() {
        return false;
    }
    if cmyk {
        v.iter().all(|&x| x <= tol)
    } else {
        v.len() <= 3 && v.iter().all(|&x| x >= 1.0 - tol)
    }
}
