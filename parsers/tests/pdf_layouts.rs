//! Layout variations drawn directly in content streams, each showing one mechanism:
//! shading that is not ruling, tables with horizontal rules only, prose above a table.

use lopdf::{Dictionary, Document, Object, Stream, dictionary};
use ntm_parsers::pdf;
use std::path::PathBuf;

/// A one-page PDF with the given content and a Helvetica font as `/F1`.
fn one_page(content: &str, name: &str) -> PathBuf {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let c = doc.add_object(Stream::new(Dictionary::new(), content.as_bytes().to_vec()));
    let p = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => c,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![Object::Reference(p)], "Count" => 1 },
        ),
    );
    let cat = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", cat);
    let dir = std::env::temp_dir().join(format!("ntm-pdf-layouts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    doc.save(&path).unwrap();
    path
}

#[test]
fn light_row_shading_does_not_split_a_merged_cell() {
    // Three rows, two columns; the left cell spans rows 1–2 (no rule between them on
    // the left). The second and third rows are banded in light grey across the whole
    // table width, as ReportLab's ROWBACKGROUNDS and CSS zebra striping draw them.
    let content = "0.9 g 100 600 200 50 re f 0.8 0.85 0.9 rg 100 700 200 50 re f 0 g \
                   0.5 w 100 750 m 300 750 l S 100 700 m 300 700 l S 200 650 m 300 650 l S \
                   100 600 m 300 600 l S \
                   100 750 m 100 600 l S 200 750 m 200 600 l S 300 750 m 300 600 l S \
                   BT /F1 10 Tf 110 730 Td (STT) Tj 100 0 Td (Name) Tj \
                   -100 -50 Td (1) Tj 100 0 Td (first) Tj 0 -50 Td (second) Tj ET";
    let doc = pdf::read(&one_page(content, "shaded.pdf")).unwrap();
    assert_eq!(doc.tables.len(), 1);
    let t = &doc.tables[0];
    assert_eq!((t.n_rows, t.n_cols), (3, 2));
    let merged = t.cells.iter().find(|c| c.row == 1 && c.col == 0).unwrap();
    assert_eq!((merged.row_span, merged.text.as_str()), (2, "1"));
    assert_eq!(t.text(2, 1), "second");
}

#[test]
fn a_dark_filled_frame_still_rules_its_cells() {
    // Cells drawn as abutting dark blocks with white text: the blocks' sides are the
    // grid (the sides of a dark fill count as rules, unlike light shading).
    let content = "0.2 g 100 700 100 50 re f 200 700 100 50 re f 100 650 100 50 re f 200 650 100 50 re f \
                   1 g BT /F1 10 Tf 110 720 Td (a1) Tj 100 0 Td (b1) Tj -100 -50 Td (a2) Tj 100 0 Td (b2) Tj ET";
    let doc = pdf::read(&one_page(content, "dark.pdf")).unwrap();
    assert_eq!(doc.tables.len(), 1);
    let t = &doc.tables[0];
    assert_eq!((t.n_rows, t.n_cols), (2, 2));
    assert_eq!(t.text(1, 1), "b2");
}

#[test]
fn two_tables_on_one_page_keep_their_own_captions_and_the_note_between() {
    // WeasyPrint page: the district summary, a note under it, then Phụ lục 09 with its
    // caption (samples/make_pdfs2.py). The note belongs to neither caption.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples");
    let doc = pdf::read(&dir.join("pl10-district-summary.weasyprint-two-tables.pdf")).unwrap();
    assert_eq!(doc.tables.len(), 2);
    let caption = |stem: &str| -> Vec<String> {
        std::fs::read_to_string(dir.join("truth").join(format!("{stem}.caption.txt")))
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    };
    assert_eq!(doc.tables[0].caption, caption("pl10-district-summary"));
    assert_eq!(doc.tables[1].caption, caption("pl09-roadmap-km"));
    assert_eq!((doc.tables[1].n_rows, doc.tables[1].n_cols), (4, 13));
    assert!(
        doc.prose.iter().any(|(_, p)| p.starts_with("Ghi chú:")),
        "{:?}",
        doc.prose
    );
}

#[test]
fn rules_drawn_as_rows_of_dots_still_make_a_grid() {
    // Dotted borders as some producers draw them: 0.6 pt filled squares every 2 pt.
    let mut content = String::from("0 g ");
    for y in [750, 700, 650] {
        for k in 0..100 {
            content += &format!("{} {} 0.6 0.6 re f ", 100 + 2 * k, y);
        }
    }
    for x in [100, 200, 300] {
        for k in 0..50 {
            content += &format!("{} {} 0.6 0.6 re f ", x, 650 + 2 * k);
        }
    }
    content +=
        "BT /F1 10 Tf 110 730 Td (a1) Tj 100 0 Td (b1) Tj -100 -50 Td (a2) Tj 100 0 Td (b2) Tj ET";
    let doc = pdf::read(&one_page(&content, "dotted.pdf")).unwrap();
    assert_eq!(doc.tables.len(), 1);
    let t = &doc.tables[0];
    assert_eq!((t.n_rows, t.n_cols), (2, 2));
    assert_eq!(t.text(1, 0), "a2");
}

#[test]
fn columns_without_rules_survive_a_line_that_bridges_them() {
    // A table without rules: a row-number column set close to the text after it
    // ("13" ends 7.9 pt before the next column), one row whose text runs up to
    // the next column (40 × "n" ends 4.6 pt before "84"), and a header of two
    // lines neither of which shows all four columns.
    let mut c =
        String::from("BT /F1 12 Tf 57 790 Td (CHI TIEU NAM 2026 THEO TUNG TIEU CHI) Tj ET\n");
    let mut text = |x: f32, y: f32, s: &str| {
        c.push_str(&format!("BT /F1 10 Tf {x} {y} Td ({s}) Tj ET\n"));
    };
    text(59.0, 750.0, "TT");
    text(78.0, 750.0, "Ten tieu chi");
    text(305.0, 750.0, "Muc tieu");
    text(305.0, 738.0, "(%)");
    text(415.0, 738.0, "Nang cao (%)");
    let long = "n".repeat(40);
    let rows: Vec<(&str, &str, &str, &str)> = vec![
        ("1", "Quy hoach", "100", "62"),
        ("2", "Giao thong", "94", "51"),
        ("3", "Thuy loi", "96", "55"),
        ("4", "Dien", "100", "78"),
        ("5", "Truong hoc", "86", "45"),
        ("6", "Van hoa", "91", "50"),
        ("13", long.as_str(), "84", "40"),
        ("19", "Quoc phong", "100", "70"),
    ];
    for (k, (no, name, a, b)) in rows.iter().enumerate() {
        let y = 715.0 - 22.0 * k as f32;
        text(59.0, y, no);
        text(78.0, y, name);
        text(305.0, y, a);
        text(415.0, y, b);
    }
    let doc = pdf::read(&one_page(&c, "bridged.pdf")).unwrap();
    assert_eq!(doc.tables.len(), 1, "{:?}", doc.warnings);
    let t = &doc.tables[0];
    assert_eq!((t.n_rows, t.n_cols), (9, 4));
    assert_eq!(t.text(0, 0), "TT");
    assert_eq!(t.text(0, 1), "Ten tieu chi");
    assert_eq!(t.text(0, 2), "Muc tieu (%)");
    assert_eq!(t.text(0, 3), "Nang cao (%)");
    assert_eq!(
        (t.text(7, 0), t.text(7, 1), t.text(7, 2)),
        ("13", long.as_str(), "84")
    );
    assert!(
        t.caption.iter().any(|l| l.contains("CHI TIEU")),
        "{:?}",
        t.caption
    );
}

#[test]
fn text_outside_the_clipping_path_is_not_read() {
    // A 2 × 3 ruled table; a copy of a cell's text drawn above the table but clipped
    // to a rectangle inside it (as Calc draws a merged cell's text again on the page
    // it runs on to), and a visible title above.
    let mut c = String::from("0.5 w\n");
    for y in [700, 680, 660, 640] {
        c += &format!("50 {y} m 250 {y} l S\n");
    }
    for x in [50, 150, 250] {
        c += &format!("{x} 700 m {x} 640 l S\n");
    }
    for (x, y, t) in [
        (55, 686, "TT"),
        (155, 686, "Name"),
        (55, 666, "1"),
        (155, 666, "Alpha"),
        (55, 646, "2"),
        (155, 646, "Beta"),
    ] {
        c += &format!("BT /F1 10 Tf {x} {y} Td ({t}) Tj ET\n");
    }
    c += "q 50 640 200 20 re W n BT /F1 10 Tf 55 706 Td (Hidden copy) Tj ET Q\n";
    c += "BT /F1 10 Tf 100 725 Td (Visible title) Tj ET\n";
    let doc = pdf::read(&one_page(&c, "clipped.pdf")).unwrap();
    assert_eq!(doc.tables.len(), 1);
    let t = &doc.tables[0];
    assert_eq!(t.caption, vec!["Visible title".to_string()]);
    let everything = format!(
        "{:?} {:?} {:?}",
        t.caption,
        t.cells.iter().map(|c| &c.text).collect::<Vec<_>>(),
        doc.prose
    );
    assert!(!everything.contains("Hidden"), "{everything}");
    assert!(everything.contains("Alpha"), "{everything}");
}

#[test]
fn a_note_under_a_sheet_printed_with_gridlines_is_prose() {
    // samples/make_pdfs_calc.py: the note typed under the table runs over its row's
    // empty cells; it is no table row.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples");
    let doc = pdf::read(&dir.join("pl01-targets.calc-gridlines.pdf")).unwrap();
    assert_eq!(doc.tables.len(), 1);
    assert!(
        doc.prose
            .iter()
            .any(|(_, p)| p.starts_with("Ghi chú:") && p.ends_with("31/12/2023.")),
        "{:?}",
        doc.prose
    );
}
