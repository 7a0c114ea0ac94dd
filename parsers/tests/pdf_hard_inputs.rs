//! Hard inputs: each has a clear outcome and none panics.

use lopdf::{Dictionary, Document, Object, Stream, dictionary};
use ntm_parsers::{ErrorKind, pdf};
use std::path::{Path, PathBuf};

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ntm-pdf-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples")
}

/// A document whose pages have the given content streams and page resources.
fn build(
    pages: &[(&str, Dictionary)],
    extra: impl FnOnce(&mut Document) -> Dictionary,
) -> Document {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let shared = extra(&mut doc);
    let mut kids = Vec::new();
    for (content, res) in pages {
        let c = doc.add_object(Stream::new(Dictionary::new(), content.as_bytes().to_vec()));
        let mut r = res.clone();
        r.set("Font", dictionary! { "F1" => font });
        for (k, v) in shared.iter() {
            r.set(k.clone(), v.clone());
        }
        let p = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => c, "Resources" => r,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(Object::Reference(p));
    }
    let n = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => n }),
    );
    let cat = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", cat);
    doc
}

fn save(mut doc: Document, name: &str) -> PathBuf {
    let p = tmp(name);
    doc.save(&p).unwrap();
    p
}

#[test]
fn not_a_pdf_is_an_error_naming_the_problem() {
    let p = tmp("junk.pdf");
    std::fs::write(&p, b"this is not a pdf at all").unwrap();
    let e = ntm_parsers::read_file(&p).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("junk.pdf") && msg.contains("not a PDF"),
        "{msg}"
    );
}

#[test]
fn truncated_files_never_panic() {
    let bytes = std::fs::read(samples().join("pl06-agencies.lo.pdf")).unwrap();
    for cut in [20, 200, bytes.len() / 3, bytes.len() / 2, bytes.len() - 40] {
        let p = tmp(&format!("cut{cut}.pdf"));
        std::fs::write(&p, &bytes[..cut]).unwrap();
        match ntm_parsers::read_file(&p) {
            // Errors name the file and say what is wrong.
            Err(e) => {
                let msg = e.to_string();
                assert!(
                    msg.contains(&format!("cut{cut}.pdf")) && msg.contains("pdf"),
                    "{msg}"
                );
            }
            // A file lopdf could partly rebuild says so.
            Ok(d) => assert!(
                d.warnings.iter().any(|w| w.message.contains("damaged")) || !d.tables.is_empty(),
                "cut at {cut}: read silently with nothing"
            ),
        }
    }
}

#[test]
fn encrypted_with_empty_user_password_is_read() {
    let p = samples().join("pl06-agencies.lo-aes256.pdf");
    let doc = pdf::read(&p).expect("empty user password opens");
    assert_eq!(doc.tables.len(), 1);
    assert_eq!(doc.tables[0].text(0, 1), "Tên đơn vị");
}

#[test]
fn a_real_user_password_is_reported() {
    let p = samples().join("hard/user-password.pdf");
    assert!(matches!(pdf::read(&p), Err(ErrorKind::Encrypted)));
}

#[test]
fn image_only_page_warns_and_other_pages_are_read() {
    let doc = build(
        &[
            ("q 500 0 0 700 50 50 cm /Im1 Do Q", Dictionary::new()),
            (
                "BT /F1 12 Tf 72 700 Td (Hello page two) Tj ET",
                Dictionary::new(),
            ),
        ],
        |d| {
            let img = d.add_object(Stream::new(
                dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
                    "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
                vec![0u8],
            ));
            dictionary! { "XObject" => dictionary! { "Im1" => img } }
        },
    );
    let p = save(doc, "scan.pdf");
    // With OCR off (the scan tests cover OCR): the image-only page is only reported.
    let off = pdf::PdfSettings {
        ocr: ntm_parsers::scan::OcrMode::Never,
        ..Default::default()
    };
    let doc = pdf::read_with(&p, &off).unwrap();
    assert_eq!(doc.pages, 2);
    let w: Vec<String> = doc.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        w.contains(&"page 1: no text layer; scanned? run OCR first".to_string()),
        "{w:?}"
    );
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.page == Some(1) && w.message == "no text layer; scanned? run OCR first")
    );
    assert!(!w.iter().any(|m| m.starts_with("page 2: no text")));
    assert!(
        doc.prose
            .iter()
            .any(|(p, t)| *p == 2 && t == "Hello page two"),
        "{:?}",
        doc.prose
    );
}

#[test]
fn cyclic_and_deep_form_xobjects_are_bounded() {
    let doc = build(
        &[(
            "/Fm0 Do BT /F1 12 Tf 72 700 Td (after forms) Tj ET",
            Dictionary::new(),
        )],
        |d| {
            // Fm0 → Fm1 → … → Fm39 → Fm0 (a cycle, and deeper than the depth limit).
            let ids: Vec<_> = (0..40).map(|_| d.new_object_id()).collect();
            let font = d.add_object(
                dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
            );
            for (i, id) in ids.iter().enumerate() {
                let next = ids[(i + 1) % ids.len()];
                let content = format!(
                    "BT /F1 10 Tf 72 {} Td (level{i}) Tj ET /Fm0 Do",
                    100 + 15 * i
                );
                let res = dictionary! { "XObject" => dictionary! { "Fm0" => next }, "Font" => dictionary! { "F1" => font } };
                let s = Stream::new(
                    dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()], "Resources" => res },
                    content.into_bytes(),
                );
                d.objects.insert(*id, Object::Stream(s));
            }
            dictionary! { "XObject" => dictionary! { "Fm0" => ids[0] } }
        },
    );
    let p = save(doc, "cyclic.pdf");
    let t = std::time::Instant::now();
    let doc = pdf::read(&p).unwrap();
    assert!(t.elapsed().as_secs() < 5, "bounded time");
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("nested too deep or cyclic"))
    );
    // Text before the limit and after the forms is still read.
    let prose: String = doc
        .prose
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        prose.contains("after forms") && prose.contains("level0"),
        "{prose}"
    );
    assert!(!prose.contains("level39"), "depth is bounded: {prose}");
}

#[test]
fn four_rules_and_a_grid_in_a_content_stream() {
    // A 2 × 2 grid of stroked rules with text in each cell: one table, text by cell.
    let content = "0.5 w 100 700 m 300 700 l S 100 650 m 300 650 l S 100 600 m 300 600 l S \
                   100 700 m 100 600 l S 200 700 m 200 600 l S 300 700 m 300 600 l S \
                   BT /F1 10 Tf 110 680 Td (a1) Tj 100 0 Td (b1) Tj -100 -50 Td (a2) Tj 100 0 Td (b2) Tj ET";
    let p = save(
        build(&[(content, Dictionary::new())], |_| Dictionary::new()),
        "grid.pdf",
    );
    let doc = pdf::read(&p).unwrap();
    assert_eq!(doc.tables.len(), 1);
    let t = &doc.tables[0];
    assert_eq!((t.n_rows, t.n_cols), (2, 2));
    assert_eq!(
        [t.text(0, 0), t.text(0, 1), t.text(1, 0), t.text(1, 1)],
        ["a1", "b1", "a2", "b2"]
    );
}

#[test]
fn debug_svg_draws_rules_cells_and_text_per_page() {
    let out = tmp("svg");
    let files = pdf::debug_svg(&samples().join("pl01-targets.lo.pdf"), &out).unwrap();
    assert_eq!(files.len(), 2, "one drawing per page");
    let svg = std::fs::read_to_string(&files[0]).unwrap();
    assert!(svg.contains("<line") && svg.contains("stroke=\"blue\"") && svg.contains("Số thứ tự"));
}

#[test]
fn debug_drawing_shows_the_segmentation_decisions_of_the_same_read() {
    // A document of several appendices, some running over pages: each table's
    // decision, as the read recorded it, is drawn on its page with its reason.
    let bytes = std::fs::read(samples().join("multi-appendix.lo.pdf")).unwrap();
    let settings = pdf::PdfSettings {
        caption_max_lines: 5,
        ..Default::default()
    };
    let (doc, stages) = pdf::read_bytes_with_stages(&bytes, &settings).unwrap();
    assert_eq!(
        stages.settings, settings,
        "the drawing knows the read's settings"
    );
    assert_eq!(
        doc,
        pdf::read_bytes(&bytes, &settings).unwrap(),
        "keeping the stages changes nothing read"
    );
    let out = tmp("svg-stages");
    let files = pdf::draw_stages(&stages, "multi", &out).unwrap();
    assert_eq!(files.len() as u32, doc.pages);
    let page_svg = |p: u32| std::fs::read_to_string(out.join(format!("multi-p{p}.svg"))).unwrap();
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut labelled = 0;
    for t in &doc.tables {
        let svg = page_svg(t.first_page());
        let shown = format!("new table: {}", esc(&t.segment_reason));
        assert!(svg.contains(&shown), "table {}: {shown} not drawn", t.index);
        labelled += usize::from(t.segment_reason.starts_with("its own label above"));
        for (p, why) in &t.continued_on {
            let shown = format!("continues: {}", esc(why));
            assert!(page_svg(*p).contains(&shown), "page {p}: {shown} not drawn");
        }
    }
    assert!(
        labelled >= 2,
        "appendices separated by their labels: {labelled}"
    );
    assert!(
        doc.tables.iter().any(|t| !t.continued_on.is_empty()),
        "a table runs over pages"
    );
    // The ruled-table search's steps are there too, and its grids are the page tables
    // the read found from rules.
    for (lat, text) in stages.lattice.iter().zip(&stages.texts) {
        let ruled: Vec<&Vec<f32>> = text
            .tables
            .iter()
            .filter(|t| t.method == ntm_parsers::Method::Lattice)
            .map(|t| &t.xs)
            .collect();
        let grids: Vec<&Vec<f32>> = lat.grids.iter().map(|g| &g.xs).collect();
        assert_eq!(grids, ruled, "page {}", text.page);
    }
    assert!(stages.lattice.iter().any(|l| !l.grids.is_empty()));
    let first = page_svg(1);
    assert!(first.contains(r#"class="edge""#) && first.contains(r#"class="intersection""#));
    // And the evidence weighed: caption lines of the tables that have one.
    for (pi, text) in stages.texts.iter().enumerate() {
        let with_caption = text.tables.iter().any(|t| !t.caption.is_empty());
        let svg = std::fs::read_to_string(&files[pi]).unwrap();
        assert_eq!(
            svg.contains(r#"class="caption""#),
            with_caption,
            "page {}",
            text.page
        );
    }
    assert!(
        stages
            .texts
            .iter()
            .any(|t| t.tables.iter().any(|t| !t.caption.is_empty()))
    );
}

#[test]
fn nonsensical_settings_are_refused_before_reading() {
    let bytes = std::fs::read(samples().join("pl01-targets.lo.pdf")).unwrap();
    let s = pdf::PdfSettings {
        snap_tolerance: -3.0,
        line_overlap: f32::NAN,
        ..Default::default()
    };
    match pdf::read_bytes(&bytes, &s) {
        Err(ErrorKind::Settings(why)) => {
            assert!(
                why.contains("snap_tolerance") && why.contains("line_overlap"),
                "{why}"
            )
        }
        other => panic!("read with nonsensical settings: {other:?}"),
    }
}
