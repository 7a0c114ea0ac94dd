//! Workbooks from other producers and layouts (`samples/make_workbooks2.py`) read
//! back as the hand-written grids `samples/truth/wb-<sheet>.csv`: LibreOffice-written
//! xlsx/xls/ods, xlsxwriter rich text, pandas MultiIndex headers, text numbers with
//! Vietnamese separators, percent/grouping formats, dates, formulas, errors,
//! booleans, a blank row inside a body, tables side by side, hidden rows and
//! columns, a used range of a million rows.

use ntm_parsers::text::collapse_ws;
use ntm_parsers::{CellValue, Document, Table, read_file};
mod common;

use common::{parse_csv, samples};

type TruthCell = (u32, u32, u32, u32, String);

fn truth(name: &str) -> (Vec<TruthCell>, Vec<String>) {
    let dir = samples().join("truth");
    let rows = parse_csv(&std::fs::read_to_string(dir.join(format!("wb-{name}.csv"))).unwrap());
    let cells = rows[1..]
        .iter()
        .map(|r| {
            let n = |i: usize| r[i].parse::<u32>().unwrap();
            (n(0), n(1), n(2), n(3), collapse_ws(&r[4]))
        })
        .collect();
    let caption = std::fs::read_to_string(dir.join(format!("wb-{name}.caption.txt")))
        .map(|s| {
            s.lines()
                .filter(|l| !l.trim().is_empty())
                .map(collapse_ws)
                .collect()
        })
        .unwrap_or_default();
    (cells, caption)
}

fn read(file: &str) -> Document {
    read_file(&samples().join(file)).unwrap_or_else(|e| panic!("{e}"))
}

fn tables_of<'a>(doc: &'a Document, sheet: &str) -> Vec<&'a Table> {
    doc.tables
        .iter()
        .filter(|t| t.sheet.as_deref() == Some(sheet))
        .collect()
}

/// The one table of `sheet` equals the truth grid `wb-<sheet>`, except at the
/// cells listed in `skip` (row, col) which the caller checks itself.
fn check(file: &str, sheet: &str, header_rows: u32, skip: &[(u32, u32)]) {
    let doc = read(file);
    let ts = tables_of(&doc, sheet);
    assert_eq!(ts.len(), 1, "{file} {sheet}: tables {ts:#?}");
    let t = ts[0];
    let (cells, caption) = truth(sheet);
    let n_rows = cells.iter().map(|c| c.0 + c.2).max().unwrap();
    let n_cols = cells.iter().map(|c| c.1 + c.3).max().unwrap();
    assert_eq!(
        (t.n_rows, t.n_cols),
        (n_rows, n_cols),
        "{file} {sheet}: shape"
    );
    let got: Vec<TruthCell> = t
        .cells
        .iter()
        .filter(|c| !c.text.trim().is_empty() && !skip.contains(&(c.row, c.col)))
        .map(|c| (c.row, c.col, c.row_span, c.col_span, collapse_ws(&c.text)))
        .collect();
    let want: Vec<TruthCell> = cells
        .into_iter()
        .filter(|c| !skip.contains(&(c.0, c.1)))
        .collect();
    assert_eq!(got, want, "{file} {sheet}: cells");
    let got_caption: Vec<String> = t.caption.iter().map(|l| collapse_ws(l)).collect();
    assert_eq!(got_caption, caption, "{file} {sheet}: caption");
    assert_eq!(t.header_rows, header_rows, "{file} {sheet}: header rows");
}

#[test]
fn values_read_as_printed_from_libreoffice_xlsx_and_ods() {
    for file in ["wb-variants.lo.xlsx", "wb-variants.lo.ods"] {
        check(file, "values", 1, &[]);
        let doc = read(file);
        let t = tables_of(&doc, "values")[0];
        // Text numbers stay text: no typed number is invented.
        assert_eq!(t.cell(1, 2).unwrap().value, CellValue::Text, "{file}");
        assert_eq!(
            t.cell(4, 2).unwrap().value,
            CellValue::Number(0.298),
            "{file}"
        );
        assert_eq!(
            t.cell(5, 2).unwrap().value,
            CellValue::Number(100.0),
            "{file}"
        );
        assert_eq!(
            t.cell(6, 2).unwrap().value,
            CellValue::DateTime("2024-03-08".into()),
            "{file}"
        );
        assert_eq!(
            t.cell(7, 2).unwrap().value,
            CellValue::Number(120.0),
            "{file}"
        );
        assert!(
            matches!(t.cell(8, 2).unwrap().value, CellValue::Error(_)),
            "{file}"
        );
    }
}

#[test]
fn xls_values_read_with_their_number_formats() {
    // The xls reader takes number formats from the BIFF record stream (FORMAT → XF →
    // cell), so the percent and grouped cells read as printed, like the xlsx twin.
    check("wb-variants.lo.xls", "values", 1, &[]);
    let doc = read("wb-variants.lo.xls");
    let t = tables_of(&doc, "values")[0];
    assert_eq!(t.text(4, 2), "29,8%");
    assert_eq!(t.text(10, 2), "1.234.567,50");
    assert_eq!(t.text(5, 2), "100");
    // The value stays exact whatever the display.
    assert_eq!(t.cell(4, 2).unwrap().value, CellValue::Number(0.298));
    assert_eq!(t.cell(10, 2).unwrap().value, CellValue::Number(1234567.5));
    assert!(
        !doc.warnings
            .iter()
            .any(|w| w.message.contains("number formats")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn xls_and_xlsx_twins_read_the_same_text() {
    // LibreOffice wrote both files from one workbook: every table cell reads alike.
    for stem in ["wb-variants.lo", "khanh-hoa-2024-appendices"] {
        let xls = read(&format!("{stem}.xls"));
        let xlsx = read(&format!("{stem}.xlsx"));
        assert_eq!(xls.tables.len(), xlsx.tables.len(), "{stem}");
        for (a, b) in xls.tables.iter().zip(&xlsx.tables) {
            let cells = |t: &Table| -> Vec<(u32, u32, String)> {
                t.cells
                    .iter()
                    .map(|c| (c.row, c.col, c.text.clone()))
                    .collect()
            };
            assert_eq!(cells(a), cells(b), "{stem} sheet {:?}", a.sheet);
        }
    }
}

#[test]
fn formulas_without_stored_values_are_reported() {
    let doc = read("wb-variants.openpyxl.xlsx");
    check("wb-variants.openpyxl.xlsx", "values", 1, &[(7, 2), (8, 2)]);
    let t = tables_of(&doc, "values")[0];
    assert_eq!(t.text(7, 2), "", "never the formula text");
    assert!(
        doc.warnings.iter().any(|w| w.message.contains("formula")
            && w.message.contains("C8, C9")
            && w.sheet.as_deref() == Some("values")
            && !w.message.contains("'values'")
            && w.to_string()
                .starts_with(&format!("sheet {} 'values': ", w.page.unwrap_or(0)))),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn blank_row_inside_a_body_and_blocks_around_the_table() {
    for file in [
        "wb-variants.openpyxl.xlsx",
        "wb-variants.lo.xlsx",
        "wb-variants.lo.xls",
        "wb-variants.lo.ods",
    ] {
        check(file, "layout", 2, &[]);
        let doc = read(file);
        let prose: Vec<&str> = doc
            .prose
            .iter()
            .filter(|(p, _)| *p == 2)
            .map(|(_, s)| s.as_str())
            .collect();
        for line in [
            "Ghi chú: số liệu tính đến ngày 31/12/2024",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
        ] {
            assert!(prose.contains(&line), "{file}: {line} in prose {prose:?}");
        }
    }
}

#[test]
fn side_by_side_hidden_and_huge_used_range() {
    for file in [
        "wb-variants.openpyxl.xlsx",
        "wb-variants.lo.xlsx",
        "wb-variants.lo.xls",
        "wb-variants.lo.ods",
    ] {
        let doc = read(file);
        let side = tables_of(&doc, "side");
        assert_eq!(side.len(), 2, "{file}");
        assert_eq!(
            (side[0].text(0, 1), side[1].text(0, 1)),
            ("Xã", "Số xã"),
            "{file}"
        );
        assert_eq!(side[1].text(2, 0), "2025", "{file}");
        // Hidden row 3 and hidden column C are data.
        let h = tables_of(&doc, "hidden");
        assert_eq!((h[0].n_rows, h[0].n_cols), (4, 4), "{file}");
        assert_eq!(h[0].text(2, 2), "X02", "{file}");
        let big = tables_of(&doc, "bigrange");
        assert_eq!((big[0].n_rows, big[0].n_cols), (3, 2), "{file}");
    }
}

#[test]
fn xlsxwriter_rich_text_is_the_concatenation_of_its_runs() {
    check("wb-richtext.xlsxwriter.xlsx", "richtext", 2, &[]);
}

#[test]
fn pandas_multiindex_header_joins_its_body() {
    check("wb-multiindex.pandas.xlsx", "multiindex", 2, &[]);
}

#[test]
fn a_damaged_xls_format_record_falls_back_to_general_with_a_warning() {
    // The FORMAT record of `0.0%` (BIFF8: type 0x041E, length, id, cch, flags,
    // characters) declares a string longer than its record: that format is not
    // read, so its cell reads in the General format, value and other formats intact.
    let mut bytes = std::fs::read(samples().join("wb-variants.lo.xls")).unwrap();
    let code = b"\x00\x30\x2e\x30\x25"; // flags 0 (one byte a character), "0.0%"
    let at = bytes
        .windows(code.len())
        .position(|w| w == code)
        .expect("the sample holds the 0.0% FORMAT record");
    assert_eq!(&bytes[at - 8..at - 6], b"\x1e\x04", "FORMAT record header");
    bytes[at - 2] = 0x40; // cch 4 → 64, past the record's 9 bytes
    let dir = std::env::temp_dir().join(format!("ntm-xls-fmt-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad-format.xls");
    std::fs::write(&path, &bytes).unwrap();
    let doc = read_file(&path).unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_dir_all(&dir).ok();
    let t = tables_of(&doc, "values")[0];
    assert_eq!(t.text(4, 2), "0,298");
    assert_eq!(t.cell(4, 2).unwrap().value, CellValue::Number(0.298));
    assert_eq!(
        t.text(10, 2),
        "1.234.567,50",
        "built-in format still applies"
    );
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("malformed format record")),
        "{:?}",
        doc.warnings
    );
}
