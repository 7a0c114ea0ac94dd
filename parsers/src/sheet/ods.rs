//! Loading OpenDocument spreadsheets from `content.xml` directly.
//!
//! calamine reads ods values but exposes neither merged cells
//! (`table:number-columns-spanned` / `table:number-rows-spanned`) nor the
//! covered cells under them, and it expands repeated cells into a dense range. This
//! loader walks `content.xml` once with a streaming XML reader and keeps only
//! non-empty cells, so:
//!
//! * a run of repeated *empty* rows or cells (`table:number-rows-repeated="1048000"`,
//!   how LibreOffice writes formatting applied to whole columns) only moves a
//!   counter: time and memory do not depend on it;
//! * a repeated *non-empty* row or cell (the same value written n times) is expanded,
//!   but at most [`MAX_REPEAT`] times, with a warning when cut.
//!
//! Values: `float` → number, display text with the decimals and grouping of the
//! file's own rendering (General without one); `percentage` →
//! number, display text "29,8%" with as many decimals as the file's own rendering
//! shows; `currency` → number, the file's rendering as text; `date` → ISO date as
//! value, "08/03/2024" as text;
//! `boolean`; `string` and untyped text → text (paragraphs joined by line breaks);
//! LibreOffice error cells → error value.

use super::display::{NumFmt, date_text, format_from_rendering, number_text};
use super::raw::{Merge, RawCell, RawSheet};
use crate::ErrorKind;
use crate::table::CellValue;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Most copies made of one repeated non-empty row or cell (count, default 10,000).
/// Real tables never repeat a filled row that often; a file that does is either
/// generated filler or hostile, and expanding it further would only burn memory.
pub const MAX_REPEAT: u64 = 10_000;

/// Largest `content.xml` read (bytes, default 2 GiB uncompressed), a guard against
/// zip bombs; real plan workbooks are a few MB.
pub const MAX_CONTENT_BYTES: u64 = 2 << 30;

fn corrupt(detail: impl Into<String>) -> ErrorKind {
    ErrorKind::Corrupt {
        format: "ods",
        detail: detail.into(),
    }
}

/// Reads every sheet of an ods file.
pub fn load(path: &Path) -> Result<Vec<RawSheet>, ErrorKind> {
    let file = File::open(path)?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file)).map_err(|e| corrupt(e.to_string()))?;
    if let Ok(mut manifest) = zip.by_name("META-INF/manifest.xml") {
        let mut s = String::new();
        manifest
            .by_ref()
            .take(4 << 20)
            .read_to_string(&mut s)
            .map_err(|e| corrupt(format!("META-INF/manifest.xml: {e}")))?;
        if s.contains("encryption-data") {
            return Err(ErrorKind::Encrypted);
        }
    }
    let content = zip
        .by_name("content.xml")
        .map_err(|e| corrupt(format!("no content.xml: {e}")))?;
    let reader = BufReader::new(content.take(MAX_CONTENT_BYTES));
    parse(reader)
}

/// One cell being read.
#[derive(Default)]
struct CellState {
    covered: bool,
    repeat: u64,
    rows_spanned: u32,
    cols_spanned: u32,
    value_type: String,
    value: Option<String>,
    date: Option<String>,
    boolean: Option<String>,
    error: bool,
    text: String,
    paragraphs: u32,
}

/// Parses `content.xml`.
pub fn parse<R: BufRead>(input: R) -> Result<Vec<RawSheet>, ErrorKind> {
    let mut xml = Reader::from_reader(input);
    xml.config_mut().trim_text(false);
    let mut buf = Vec::new();
    let mut sheets: Vec<RawSheet> = Vec::new();
    let mut sheet: Option<RawSheet> = None;
    let mut row: u64 = 0;
    let mut col: u64 = 0;
    let mut row_repeat: u64 = 1;
    let mut row_cells: Vec<(u64, u64, CellState)> = Vec::new(); // (col, repeat, cell)
    let mut cell: Option<CellState> = None;
    let mut skip_depth = 0u32; // inside office:annotation
    let mut full = false;
    // Open elements (innermost last; only the first few names are kept) and whether
    // the last event was text, to say where a cut file ends.
    let mut depth = 0usize;
    let mut open: Vec<String> = Vec::new();
    let mut in_text = false;
    let mut cut: Option<String> = None;
    loop {
        let ev = match xml.read_event_into(&mut buf) {
            Ok(ev) => ev,
            Err(e) => {
                cut = Some(format!(
                    "is damaged at byte {} ({e})",
                    xml.buffer_position()
                ));
                break;
            }
        };
        if !matches!(ev, Event::Eof) {
            in_text = matches!(ev, Event::Text(_) | Event::GeneralRef(_));
        }
        match &ev {
            Event::Start(e) => {
                depth += 1;
                if open.len() < 64 {
                    open.push(e.name().as_ref().to_string());
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                open.truncate(depth.min(64));
            }
            _ => {}
        }
        match ev {
            Event::Eof => break,
            Event::Start(e) if skip_depth > 0 && e.name().as_ref() == "office:annotation" => {
                skip_depth += 1;
            }
            Event::End(e) if skip_depth > 0 && e.name().as_ref() == "office:annotation" => {
                skip_depth -= 1;
            }
            _ if skip_depth > 0 => {}
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_empty = matches!(ev, Event::Empty(_));
                match e.name().as_ref() {
                    "table:table" => {
                        let name = attr(e, "table:name")?.unwrap_or_default();
                        sheet = Some(RawSheet {
                            index: sheets.len() as u32 + 1,
                            name,
                            ..Default::default()
                        });
                        row = 0;
                        full = false;
                        if is_empty {
                            sheets.extend(sheet.take());
                        }
                    }
                    "table:table-row" => {
                        row_repeat = attr_u64(e, "table:number-rows-repeated")?
                            .unwrap_or(1)
                            .max(1);
                        col = 0;
                        row_cells.clear();
                        if is_empty {
                            row = row.saturating_add(row_repeat);
                        }
                    }
                    "table:table-cell" | "table:covered-table-cell" => {
                        let mut c = CellState {
                            covered: e.name().as_ref() == "table:covered-table-cell",
                            repeat: attr_u64(e, "table:number-columns-repeated")?
                                .unwrap_or(1)
                                .max(1),
                            rows_spanned: attr_u64(e, "table:number-rows-spanned")?
                                .unwrap_or(1)
                                .clamp(1, u32::MAX as u64)
                                as u32,
                            cols_spanned: attr_u64(e, "table:number-columns-spanned")?
                                .unwrap_or(1)
                                .clamp(1, u32::MAX as u64)
                                as u32,
                            ..Default::default()
                        };
                        for a in e.attributes() {
                            let a = a.map_err(|err| corrupt(err.to_string()))?;
                            let v = || -> Result<String, ErrorKind> {
                                Ok(a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                    .map_err(|err| corrupt(err.to_string()))?
                                    .into_owned())
                            };
                            match a.key.as_ref() {
                                "office:value-type" => c.value_type = v()?,
                                "office:value" => c.value = Some(v()?),
                                "office:date-value" => c.date = Some(v()?),
                                "office:boolean-value" => c.boolean = Some(v()?),
                                "calcext:value-type" => c.error = v()? == "error",
                                _ => {}
                            }
                        }
                        if is_empty {
                            finish_cell(c, &mut col, &mut row_cells);
                        } else {
                            cell = Some(c);
                        }
                    }
                    "office:annotation" if !is_empty => skip_depth = 1,
                    "text:p" | "text:h" => {
                        if let Some(c) = cell.as_mut() {
                            if c.paragraphs > 0 {
                                c.text.push('\n');
                            }
                            c.paragraphs += 1;
                        }
                    }
                    "text:s" => {
                        if let Some(c) = cell.as_mut() {
                            let n = attr_u64(e, "text:c")?.unwrap_or(1).min(1000);
                            c.text.extend(std::iter::repeat_n(' ', n as usize));
                        }
                    }
                    "text:tab" => {
                        if let Some(c) = cell.as_mut() {
                            c.text.push('\t');
                        }
                    }
                    "text:line-break" => {
                        if let Some(c) = cell.as_mut() {
                            c.text.push('\n');
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some(c) = cell.as_mut() {
                    let s = t.xml10_content();
                    c.text.push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                if let Some(c) = cell.as_mut() {
                    if let Some(ch) = r.resolve_char_ref().map_err(|e| corrupt(e.to_string()))? {
                        c.text.push(ch);
                    } else {
                        c.text.push_str(match r.as_ref() {
                            "amp" => "&",
                            "lt" => "<",
                            "gt" => ">",
                            "quot" => "\"",
                            "apos" => "'",
                            _ => "",
                        });
                    }
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "table:table-cell" | "table:covered-table-cell" => {
                    if let Some(c) = cell.take() {
                        finish_cell(c, &mut col, &mut row_cells);
                    }
                }
                "table:table-row" => {
                    if let Some(s) = sheet.as_mut()
                        && !full
                        && !row_cells.is_empty()
                    {
                        full = !emit_row(s, row, row_repeat, &row_cells);
                    }
                    row = row.saturating_add(row_repeat);
                    row_cells.clear();
                }
                "table:table" => {
                    sheets.extend(sheet.take());
                }
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
    if cut.is_none() && depth > 0 {
        let inner = open.last().map(String::as_str).unwrap_or("?");
        cut = Some(if in_text {
            format!("ends inside a text node (in <{inner}>)")
        } else {
            format!("ends inside <{inner}>")
        });
    }
    if let Some(why) = cut {
        // Keep what was read: the open cell, its row and the open sheet.
        if let Some(c) = cell.take() {
            finish_cell(c, &mut col, &mut row_cells);
        }
        if let Some(s) = sheet.as_mut()
            && !full
            && !row_cells.is_empty()
        {
            emit_row(s, row, row_repeat, &row_cells);
        }
        let last = match sheet.take() {
            Some(s) => {
                sheets.push(s);
                sheets.last_mut()
            }
            None => sheets.last_mut(),
        };
        let Some(last) = last else {
            return Err(corrupt(format!("content.xml {why}, before any sheet")));
        };
        last.warnings.push(format!(
            "content.xml {why}: {} of ? cells read from this sheet; the rest of the sheet \
             and any later sheets are missing",
            last.cells.len()
        ));
    }
    Ok(sheets)
}

fn attr(e: &BytesStart, key: &str) -> Result<Option<String>, ErrorKind> {
    match e
        .try_get_attribute(key)
        .map_err(|err| corrupt(err.to_string()))?
    {
        Some(a) => Ok(Some(
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| corrupt(err.to_string()))?
                .into_owned(),
        )),
        None => Ok(None),
    }
}

fn attr_u64(e: &BytesStart, key: &str) -> Result<Option<u64>, ErrorKind> {
    match attr(e, key)? {
        Some(s) => s
            .trim()
            .parse::<u64>()
            .map(Some)
            .map_err(|_| corrupt(format!("attribute {} is not a count: {s:?}", key))),
        None => Ok(None),
    }
}

/// Records a finished cell (if it holds anything) and moves the column on.
fn finish_cell(c: CellState, col: &mut u64, row_cells: &mut Vec<(u64, u64, CellState)>) {
    let at = *col;
    *col = col.saturating_add(c.repeat);
    let has_content =
        !c.text.is_empty() || c.value.is_some() || c.date.is_some() || c.boolean.is_some();
    if has_content || (!c.covered && (c.rows_spanned > 1 || c.cols_spanned > 1)) {
        row_cells.push((at, c.repeat, c));
    }
}

/// Typed value and display text of a cell; `None` when it holds nothing.
fn convert(c: &CellState) -> Option<(String, CellValue)> {
    let number = c
        .value
        .as_deref()
        .and_then(|v| v.trim().parse::<f64>().ok());
    if c.error {
        return Some((c.text.clone(), CellValue::Error(c.text.clone())));
    }
    Some(match (c.value_type.as_str(), number) {
        ("float", Some(v)) => {
            // The file's own rendering gives decimals and grouping ("1,234,567.50" →
            // "1.234.567,50"); a rendering that is no number ("TRUE" for a boolean
            // format) is what the reader sees, so it is the text.
            let text = match format_from_rendering(v, &c.text) {
                Some(f) => number_text(v, f),
                None if c.text.trim().is_empty() => number_text(v, NumFmt::General),
                None => c.text.clone(),
            };
            (text, CellValue::Number(v))
        }
        ("percentage", Some(v)) => (
            number_text(
                v,
                format_from_rendering(v, &c.text).unwrap_or(NumFmt::Percent {
                    decimals: shown_decimals(&c.text),
                }),
            ),
            CellValue::Number(v),
        ),
        ("currency", Some(v)) => {
            let text = if c.text.is_empty() {
                number_text(v, NumFmt::General)
            } else {
                c.text.clone()
            };
            (text, CellValue::Number(v))
        }
        ("date", _) if c.date.is_some() => {
            let d = c.date.clone().unwrap_or_default();
            let iso = d.strip_suffix("T00:00:00").unwrap_or(&d).to_string();
            (date_text(&iso), CellValue::DateTime(iso))
        }
        ("boolean", _) => {
            let b = matches!(c.boolean.as_deref(), Some("true") | Some("TRUE"));
            (
                (if b { "TRUE" } else { "FALSE" }).into(),
                CellValue::Bool(b),
            )
        }
        _ if c.text.is_empty() => return None,
        _ => (c.text.clone(), CellValue::Text),
    })
}

/// Digits after the decimal separator in a rendered percentage ("29,8%" → 1).
fn shown_decimals(rendered: &str) -> u32 {
    let s = rendered.trim().trim_end_matches('%').trim();
    match s.rfind([',', '.']) {
        Some(i) => s[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .count() as u32,
        None => 0,
    }
}

/// Adds one (possibly repeated) row's cells; false once the sheet is full.
fn emit_row(s: &mut RawSheet, row: u64, row_repeat: u64, cells: &[(u64, u64, CellState)]) -> bool {
    let reps = row_repeat.min(MAX_REPEAT);
    if reps < row_repeat {
        s.warnings.push(format!(
            "row {} is repeated {row_repeat} times; only the first {MAX_REPEAT} copies are read",
            row + 1
        ));
    }
    for k in 0..reps {
        let r = row + k;
        if r > u32::MAX as u64 {
            return false;
        }
        for (col, repeat, c) in cells {
            let creps = (*repeat).min(MAX_REPEAT);
            if creps < *repeat && k == 0 {
                s.warnings.push(format!(
                    "a cell in row {} is repeated {repeat} times; only the first {MAX_REPEAT} copies are read",
                    r + 1
                ));
            }
            for j in 0..creps {
                let cc = col + j;
                if cc > u32::MAX as u64 {
                    break;
                }
                if !c.covered && (c.rows_spanned > 1 || c.cols_spanned > 1) {
                    s.merges.push(Merge {
                        top: r as u32,
                        left: cc as u32,
                        bottom: (r + c.rows_spanned as u64 - 1).min(u32::MAX as u64) as u32,
                        right: (cc + c.cols_spanned as u64 - 1).min(u32::MAX as u64) as u32,
                    });
                }
                if let Some((text, value)) = convert(c)
                    && !s.push(RawCell {
                        row: r as u32,
                        col: cc as u32,
                        text,
                        value,
                    })
                {
                    s.note_truncated(r as u32);
                    return false;
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"#
        )
    }

    #[test]
    fn merges_covered_cells_and_values() {
        let xml = doc(concat!(
            r#"<table:table table:name="Bảng 1">"#,
            r#"<table:table-row><table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2" office:value-type="string"><text:p>Tiêu đề</text:p></table:table-cell><table:covered-table-cell/><table:table-cell office:value-type="percentage" office:value="0.298"><text:p>29.8%</text:p></table:table-cell></table:table-row>"#,
            r#"<table:table-row><table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="100"><text:p>100</text:p></table:table-cell></table:table-row>"#,
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a &amp; b</text:p><text:p>dòng<text:s text:c="2"/>2</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2024-03-08"><text:p>08/03/24</text:p></table:table-cell></table:table-row>"#,
            r#"</table:table>"#
        ));
        let sheets = parse(xml.as_bytes()).unwrap();
        assert_eq!(sheets.len(), 1);
        let s = &sheets[0];
        assert_eq!(s.name, "Bảng 1");
        assert_eq!(
            s.merges,
            vec![Merge {
                top: 0,
                left: 0,
                bottom: 1,
                right: 1
            }]
        );
        let got: Vec<(u32, u32, &str)> = s
            .cells
            .iter()
            .map(|c| (c.row, c.col, c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 0, "Tiêu đề"),
                (0, 2, "29,8%"),
                (1, 2, "100"),
                (2, 0, "a & b\ndòng  2"),
                (2, 1, "08/03/2024")
            ]
        );
        assert_eq!(s.cells[1].value, CellValue::Number(0.298));
        assert_eq!(s.cells[4].value, CellValue::DateTime("2024-03-08".into()));
    }

    #[test]
    fn a_million_repeated_empty_rows_cost_nothing() {
        let xml = doc(concat!(
            r#"<table:table table:name="S">"#,
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>đầu</text:p></table:table-cell></table:table-row>"#,
            r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#,
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>cuối</text:p></table:table-cell></table:table-row>"#,
            r#"<table:table-row table:number-rows-repeated="4000000000"><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>"#,
            r#"</table:table>"#
        ));
        let t = std::time::Instant::now();
        let sheets = parse(xml.as_bytes()).unwrap();
        assert!(t.elapsed().as_secs_f64() < 2.0);
        let s = &sheets[0];
        assert_eq!(s.cells[0].text, "đầu");
        assert_eq!(
            (s.cells[1].row, s.cells[1].text.as_str()),
            (1_048_571, "cuối")
        );
        // The filled row repeated four billion times is cut at MAX_REPEAT, with a warning.
        assert_eq!(s.cells.len(), 2 + MAX_REPEAT as usize);
        assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
    }

    #[test]
    fn shown_decimals_follow_the_rendering() {
        assert_eq!(shown_decimals("29,8%"), 1);
        assert_eq!(shown_decimals("30%"), 0);
        assert_eq!(shown_decimals("2.25 %"), 2);
    }
}
