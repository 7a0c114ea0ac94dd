//! Debug drawing: per page, an SVG of what one read found at each stage — the rules
//! drawn, the edges they were snapped and joined into, the intersections and cells
//! of the ruled-table search, the table cells and the text lines — and the
//! segmentation decision of each table (new table or continuation, and why), so a
//! wrong table can be seen rather than guessed at. It is drawn from the [`Stages`]
//! a read kept, never from a second reading, so it shows that read and its settings.

use super::Stages;
use super::segment::Decision;
use super::settings::PdfSettings;
use super::words::lines;
use crate::ErrorKind;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Reads the file with default settings and draws it (see [`draw_stages`]).
pub fn debug_svg(path: &Path, out_dir: &Path) -> Result<Vec<PathBuf>, ErrorKind> {
    debug_svg_with(path, out_dir, &PdfSettings::default())
}

/// Reads the file with `s`, keeping its stages, and draws them (see [`draw_stages`]).
pub fn debug_svg_with(
    path: &Path,
    out_dir: &Path,
    s: &PdfSettings,
) -> Result<Vec<PathBuf>, ErrorKind> {
    let bytes = std::fs::read(path)?;
    let (_, stages) = super::read_bytes_with_stages(&bytes, s)?;
    let stem = path
        .file_stem()
        .map(|x| x.to_string_lossy().into_owned())
        .unwrap_or_else(|| "page".into());
    draw_stages(&stages, &stem, out_dir)
}

/// Writes `<stem>-p<N>.svg` per page into `out_dir` (created if missing): text lines
/// as grey boxes with their text; rules as drawn in thin red; edges after snapping
/// and joining in purple; intersections as purple dots; cells of the ruled-table
/// search in light cyan; table cells in blue (tables without rules dashed), each
/// with its text as a tooltip; caption lines framed in dashed green and page
/// furniture (running headers, footers, page numbers) in dashed grey; around each
/// table its segmentation decision (green: starts a new table, orange: continues the
/// one before) with the reason. Returns the files written.
pub fn draw_stages(st: &Stages, stem: &str, out_dir: &Path) -> Result<Vec<PathBuf>, ErrorKind> {
    std::fs::create_dir_all(out_dir)?;
    let s = &st.settings;
    let mut out = Vec::new();
    for (pi, p) in st.pages.iter().enumerate() {
        let mut svg = String::new();
        let _ = writeln!(
            svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"><rect width="{w}" height="{h}" fill="white"/>"#,
            w = p.width,
            h = p.height
        );
        let gl: Vec<_> = p.glyphs.iter().collect();
        for l in lines(&gl, s) {
            let b = l.bbox;
            let _ = writeln!(
                svg,
                r##"<rect x="{}" y="{}" width="{}" height="{}" fill="#eee" stroke="#999" stroke-width="0.3"/><text x="{}" y="{}" font-size="{}" fill="#333">{}</text>"##,
                b.x0,
                b.top,
                b.width(),
                b.height(),
                b.x0,
                b.bottom - 1.0,
                (b.height() * 0.7).max(1.0),
                escape(&l.text())
            );
        }
        if let Some(lat) = st.lattice.get(pi) {
            for c in &lat.cells {
                let _ = writeln!(
                    svg,
                    r##"<rect class="lattice-cell" x="{}" y="{}" width="{}" height="{}" fill="#0cc" fill-opacity="0.08" stroke="none"/>"##,
                    c.x0,
                    c.top,
                    c.width(),
                    c.height()
                );
            }
            for e in &lat.edges {
                let _ = writeln!(
                    svg,
                    r##"<line class="edge" x1="{}" y1="{}" x2="{}" y2="{}" stroke="#a0a" stroke-width="1.2" stroke-opacity="0.5"/>"##,
                    e.x0, e.top, e.x1, e.bottom
                );
            }
        }
        for sgm in &p.segments {
            let _ = writeln!(
                svg,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="red" stroke-width="0.6"/>"#,
                sgm.x0, sgm.top, sgm.x1, sgm.bottom
            );
        }
        if let Some(lat) = st.lattice.get(pi) {
            for (x, y) in &lat.intersections {
                let _ = writeln!(
                    svg,
                    r##"<circle class="intersection" cx="{x}" cy="{y}" r="1.5" fill="#a0a"/>"##
                );
            }
        }
        // The evidence segmentation weighed: each table's caption lines, and the lines
        // taken as page furniture (running headers and footers, page numbers).
        if let Some(text) = st.texts.get(pi) {
            let boxed = |svg: &mut String, i: usize, class: &str, colour: &str| {
                if let Some(l) = text.lines.get(i) {
                    let b = l.bbox;
                    let _ = writeln!(
                        svg,
                        r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}" fill="none" stroke="{colour}" stroke-width="0.8" stroke-dasharray="2 1"><title>{class}</title></rect>"#,
                        b.x0 - 1.0,
                        b.top - 1.0,
                        b.width() + 2.0,
                        b.height() + 2.0
                    );
                }
            };
            for t in &text.tables {
                for &i in &t.caption {
                    boxed(&mut svg, i, "caption", "#080");
                }
            }
            for &(page, i) in &st.segmentation.furniture {
                if page == text.page {
                    boxed(&mut svg, i, "furniture", "#888");
                }
            }
        }
        let tables = st.texts.get(pi).map(|t| t.tables.as_slice()).unwrap_or(&[]);
        for (ti, t) in tables.iter().enumerate() {
            if let Some(d) = st.segmentation.decisions.get(pi).and_then(|ds| ds.get(ti)) {
                let (colour, word) = match d {
                    Decision::Start { .. } => ("#080", "new table"),
                    Decision::Continue { .. } => ("#d60", "continues"),
                };
                let _ = writeln!(
                    svg,
                    r#"<rect class="decision" x="{x}" y="{y}" width="{w}" height="{h}" fill="none" stroke="{colour}" stroke-width="2.5"/><text x="{x}" y="{ty}" font-size="7" fill="{colour}">{word}: {reason}</text>"#,
                    x = t.bbox.x0 - 2.0,
                    y = t.bbox.top - 2.0,
                    w = t.bbox.width() + 4.0,
                    h = t.bbox.height() + 4.0,
                    ty = (t.bbox.top - 4.0).max(7.0),
                    reason = escape(d.reason())
                );
            }
            let dash = if t.method == crate::Method::Stream {
                r#" stroke-dasharray="3 2""#
            } else {
                ""
            };
            for c in &t.cells {
                let b = c.bbox;
                let _ = writeln!(
                    svg,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="blue" stroke-width="1"{dash}><title>r{} c{} {}x{}: {}</title></rect>"#,
                    b.x0 + 1.0,
                    b.top + 1.0,
                    (b.width() - 2.0).max(0.0),
                    (b.height() - 2.0).max(0.0),
                    c.row,
                    c.col,
                    c.row_span,
                    c.col_span,
                    escape(&c.text)
                );
            }
        }
        svg.push_str("</svg>\n");
        let file = out_dir.join(format!("{stem}-p{}.svg", p.number));
        std::fs::write(&file, svg)?;
        out.push(file);
    }
    Ok(out)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
