//! Loading xlsx and xls sheets through calamine.
//!
//! Merged regions come from the concrete reader types (`Xlsx`, `Xls`), since the
//! format-generic `Sheets` enum does not expose them. xlsx sheets are streamed
//! cell by cell (`worksheet_cells_reader`), so a sheet declaring a huge used range
//! costs only its real cells; the cell's style id gives its number format, so a
//! percentage reads "29,8%" rather than 0.298. xls sheets go through calamine's
//! `worksheet_range` (the format caps a sheet at 65,536 × 256 cells, so the dense
//! range is bounded); calamine does not expose xls number formats, so they are read
//! from the workbook's record stream by [`super::xls_formats`] and applied to the
//! numbers calamine reads (a percentage reads "29,8%" as in xlsx). When that stream
//! cannot be read the numbers fall back to the General format with a warning (a
//! percentage then reads 0,298; the value is exact either way).
//!
//! Hidden rows and columns are kept: hiding is presentation, the cells are still
//! part of the table (a hidden row of a plan is usually a commune temporarily out
//! of view, not deleted data), and dropping them would lose data silently.

use super::display::{NumFmt, builtin_format, date_text, number_text, parse_format};
use super::merges::cell_name;
use super::raw::{Merge, RawCell, RawSheet};
use super::xls_formats::{SheetFormats, XlsFormats};
use crate::ErrorKind;
use crate::table::CellValue;
use calamine::{Data, DataRef, Dimensions, Reader, SheetType, Xls, Xlsx};
use std::fs::File;
use std::io::{BufReader, Seek, SeekFrom};
use std::path::Path;

/// A sheet listed in the workbook, with what to do about it.
pub struct SheetEntry {
    /// Name as listed.
    pub name: String,
    /// `None` for a worksheet to read, else why it is skipped.
    pub skip: Option<&'static str>,
}

fn entries(meta: &[calamine::Sheet]) -> Vec<SheetEntry> {
    meta.iter()
        .map(|s| SheetEntry {
            name: s.name.clone(),
            skip: match s.typ {
                SheetType::WorkSheet => None,
                SheetType::ChartSheet => Some("chart sheet"),
                SheetType::DialogSheet => Some("dialog sheet"),
                SheetType::MacroSheet => Some("macro sheet"),
                SheetType::Vba => Some("VBA module"),
            },
        })
        .collect()
}

fn merges_of(dims: Vec<Dimensions>) -> Vec<Merge> {
    dims.into_iter()
        .map(|d| Merge {
            top: d.start.0.min(d.end.0),
            left: d.start.1.min(d.end.1),
            bottom: d.start.0.max(d.end.0),
            right: d.start.1.max(d.end.1),
        })
        .collect()
}

/// Turns a calamine value into display text and typed value; `None` for empty.
fn convert(v: &Data, fmt: NumFmt) -> Option<(String, CellValue)> {
    Some(match v {
        Data::Empty => return None,
        Data::String(s) if s.is_empty() => return None,
        Data::String(s) => (s.clone(), CellValue::Text),
        Data::Int(i) => (i.to_string(), CellValue::Number(*i as f64)),
        Data::Float(f) => (number_text(*f, fmt), CellValue::Number(*f)),
        Data::Bool(b) => (
            (if *b { "TRUE" } else { "FALSE" }).into(),
            CellValue::Bool(*b),
        ),
        Data::DateTime(dt) => {
            if dt.is_datetime() {
                match dt.as_datetime() {
                    Some(d) => {
                        let iso = iso_datetime(d.date().to_string(), d.time().to_string());
                        (date_text(&iso), CellValue::DateTime(iso))
                    }
                    None => (
                        number_text(dt.as_f64(), NumFmt::General),
                        CellValue::Number(dt.as_f64()),
                    ),
                }
            } else {
                // A duration: keep the serial value (days) as a number.
                (
                    number_text(dt.as_f64(), NumFmt::General),
                    CellValue::Number(dt.as_f64()),
                )
            }
        }
        Data::DateTimeIso(s) => (date_text(s), CellValue::DateTime(s.clone())),
        Data::DurationIso(s) => (s.clone(), CellValue::Text),
        Data::Error(e) => (e.to_string(), CellValue::Error(e.to_string())),
    })
}

/// `2024-03-08` for midnight, `2024-03-08T10:00:00` otherwise.
fn iso_datetime(date: String, time: String) -> String {
    if time == "00:00:00" {
        date
    } else {
        format!("{date}T{time}")
    }
}

fn to_data(v: DataRef<'_>) -> Data {
    match v {
        DataRef::Empty => Data::Empty,
        DataRef::String(s) => Data::String(s),
        DataRef::SharedString(s) => Data::String(s.to_string()),
        DataRef::Int(i) => Data::Int(i),
        DataRef::Float(f) => Data::Float(f),
        DataRef::Bool(b) => Data::Bool(b),
        DataRef::DateTime(d) => Data::DateTime(d),
        DataRef::DateTimeIso(s) => Data::DateTimeIso(s),
        DataRef::DurationIso(s) => Data::DurationIso(s),
        DataRef::Error(e) => Data::Error(e),
    }
}

/// What the sheet reader needs of an opened xlsx or xls workbook.
pub trait Workbook {
    /// The sheets in workbook order.
    fn sheets(&self) -> Vec<SheetEntry>;
    /// Reads one worksheet; `index` is its 1-based position.
    fn load(&mut self, name: &str, index: u32) -> Result<RawSheet, String>;
}

impl Workbook for XlsxBook {
    fn sheets(&self) -> Vec<SheetEntry> {
        XlsxBook::sheets(self)
    }
    fn load(&mut self, name: &str, index: u32) -> Result<RawSheet, String> {
        XlsxBook::load(self, name, index)
    }
}

impl Workbook for XlsBook {
    fn sheets(&self) -> Vec<SheetEntry> {
        XlsBook::sheets(self)
    }
    fn load(&mut self, name: &str, index: u32) -> Result<RawSheet, String> {
        XlsBook::load(self, name, index)
    }
}

/// An open xlsx workbook.
pub struct XlsxBook {
    wb: Xlsx<BufReader<File>>,
    /// Some worksheet holds a formula element; only then is the second pass
    /// that looks for formulas without a stored result worth its cost.
    has_formulas: bool,
}

impl XlsxBook {
    /// Opens the file; password-protected → `Encrypted`, unreadable → `Corrupt`.
    pub fn open(path: &Path) -> Result<Self, ErrorKind> {
        let file = File::open(path)?;
        let wb = Xlsx::new(BufReader::new(file)).map_err(xlsx_err)?;
        let has_formulas = worksheets_hold_formulas(path).unwrap_or(true);
        Ok(XlsxBook { wb, has_formulas })
    }

    /// The sheets in workbook order.
    pub fn sheets(&self) -> Vec<SheetEntry> {
        entries(self.wb.sheets_metadata())
    }

    /// Reads one worksheet; `index` is its 1-based position.
    pub fn load(&mut self, name: &str, index: u32) -> Result<RawSheet, String> {
        let mut sheet = RawSheet {
            index,
            name: name.to_string(),
            ..Default::default()
        };
        sheet.merges = merges_of(
            self.wb
                .merge_cells_by_sheet_name(name)
                .map_err(|e| e.to_string())?,
        );
        let mut reader = self
            .wb
            .worksheet_cells_reader(name)
            .map_err(|e| e.to_string())?;
        let formats: Vec<NumFmt> = reader
            .styles()
            .iter()
            .map(|s| match &s.number_format {
                Some(nf) if !nf.format_code.is_empty() => parse_format(&nf.format_code),
                Some(nf) => nf
                    .format_id
                    .and_then(builtin_format)
                    .map(parse_format)
                    .unwrap_or(NumFmt::General),
                None => NumFmt::General,
            })
            .collect();
        while let Some((cell, style)) = reader
            .next_cell_with_style_id()
            .map_err(|e| e.to_string())?
        {
            let (row, col) = cell.get_position();
            let fmt = formats.get(style).copied().unwrap_or(NumFmt::General);
            let data = to_data(cell.get_value().clone());
            if let Some((text, value)) = convert(&data, fmt)
                && !sheet.push(RawCell {
                    row,
                    col,
                    text,
                    value,
                })
            {
                sheet.note_truncated(row);
                break;
            }
        }
        drop(reader);
        if self.has_formulas {
            self.note_uncomputed_formulas(&mut sheet)?;
        }
        Ok(sheet)
    }

    /// Warns about formula cells that carry no cached value. Files written by
    /// libraries (openpyxl, some exporters) store the formula only; a spreadsheet
    /// application computes it on opening, this reader cannot. The cell is left empty
    /// rather than filled with the formula text, and the warning names the cells so
    /// the gap is not silent. A second streaming pass: memory stays bounded.
    fn note_uncomputed_formulas(&mut self, sheet: &mut RawSheet) -> Result<(), String> {
        let mut reader = self
            .wb
            .worksheet_cells_reader(&sheet.name)
            .map_err(|e| e.to_string())?;
        let mut names: Vec<String> = Vec::new();
        let mut count = 0usize;
        while let Some(rec) = reader
            .next_cell_with_formula_metadata()
            .map_err(|e| e.to_string())?
        {
            let empty = match &rec.value {
                DataRef::Empty => true,
                DataRef::String(s) => s.is_empty(),
                _ => false,
            };
            if rec.formula.is_some() && empty {
                count += 1;
                if names.len() < MAX_NAMED_CELLS {
                    names.push(cell_name(rec.pos.0, rec.pos.1));
                }
            }
        }
        if count > 0 {
            let more = if count > names.len() { ", …" } else { "" };
            sheet.warnings.push(format!(
                "{count} formula cell(s) have no computed value stored in the file ({}{more}); \
                 they are read as empty (recalculate and save the file in a spreadsheet \
                 application to keep their values)",
                names.join(", ")
            ));
        }
        Ok(())
    }
}

/// True when any worksheet part of the xlsx package contains a formula element
/// (`<f>`, `<f ` or a prefixed `:f`), found by a byte scan of the decompressed XML
/// — far cheaper than a second parse of a large sheet without formulas. `None`
/// when the package cannot be scanned (the caller then assumes formulas).
fn worksheets_hold_formulas(path: &Path) -> Option<bool> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(BufReader::new(File::open(path).ok()?)).ok()?;
    let names: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .filter(|n| n.starts_with("xl/worksheets/") && n.ends_with(".xml"))
        .collect();
    let mut buf = vec![0u8; 1 << 16];
    for name in names {
        let mut entry = zip.by_name(&name).ok()?;
        // Keep the last two bytes of each chunk so a tag split across chunks is seen.
        let mut tail = [0u8; 2];
        loop {
            let n = entry.read(&mut buf).ok()?;
            if n == 0 {
                break;
            }
            let mut window = Vec::with_capacity(n + 2);
            window.extend_from_slice(&tail);
            window.extend_from_slice(&buf[..n]);
            if window.windows(3).any(|w| {
                (w[0] == b'<' || w[0] == b':') && w[1] == b'f' && (w[2] == b'>' || w[2] == b' ')
            }) {
                return Some(true);
            }
            tail.copy_from_slice(&window[window.len() - 2..]);
        }
    }
    Some(false)
}

/// Most cells named in one warning (count, default 10); the rest are counted.
const MAX_NAMED_CELLS: usize = 10;

fn xlsx_err(e: calamine::XlsxError) -> ErrorKind {
    match e {
        calamine::XlsxError::Password => ErrorKind::Encrypted,
        calamine::XlsxError::Io(io) => ErrorKind::Io(io),
        other => ErrorKind::Corrupt {
            format: "xlsx",
            detail: other.to_string(),
        },
    }
}

/// An open xls workbook.
pub struct XlsBook {
    wb: Xls<BufReader<File>>,
    /// The workbook record stream and its globals, for number formats; `Err`
    /// says why they could not be read (numbers then read as General).
    formats: Result<(Vec<u8>, XlsFormats), String>,
    /// Malformed FORMAT/BOUNDSHEET records of the globals were reported (once
    /// per workbook, on the first sheet read).
    reported_globals: bool,
}

impl XlsBook {
    /// Opens the file; password-protected → `Encrypted`, unreadable → `Corrupt`.
    pub fn open(path: &Path) -> Result<Self, ErrorKind> {
        let mut reader = BufReader::new(File::open(path)?);
        // calamine follows sector chains without loop detection; a damaged
        // chain is rejected here rather than exhausting memory there.
        super::cfb_check::check(&mut reader).map_err(|detail| ErrorKind::Corrupt {
            format: "xls",
            detail,
        })?;
        let formats = xls_formats_of(&mut reader);
        if let Ok((stream, f)) = &formats
            && let Some(detail) = f.calamine_hazard(stream)
        {
            return Err(ErrorKind::Corrupt {
                format: "xls",
                detail,
            });
        }
        reader.seek(SeekFrom::Start(0))?;
        // calamine may still panic on damage no check above foresaw; that is a
        // damaged file, not a reason to stop the run.
        let wb = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Xls::new(reader)))
            .map_err(|_| ErrorKind::Corrupt {
                format: "xls",
                detail: "the xls reader (calamine) failed on this file".into(),
            })?
            .map_err(|e| match e {
                calamine::XlsError::Password => ErrorKind::Encrypted,
                calamine::XlsError::Io(io) => ErrorKind::Io(io),
                other => ErrorKind::Corrupt {
                    format: "xls",
                    detail: other.to_string(),
                },
            })?;
        let formats = formats.and_then(|(stream, f)| {
            let listed = wb.sheets_metadata().len();
            if f.sheet_count() == listed {
                Ok((stream, f))
            } else {
                Err(format!(
                    "the record stream lists {} sheets, the workbook {listed}",
                    f.sheet_count()
                ))
            }
        });
        Ok(XlsBook {
            wb,
            formats,
            reported_globals: false,
        })
    }

    /// The sheets in workbook order.
    pub fn sheets(&self) -> Vec<SheetEntry> {
        entries(self.wb.sheets_metadata())
    }

    /// Reads one worksheet; `index` is its 1-based position.
    pub fn load(&mut self, name: &str, index: u32) -> Result<RawSheet, String> {
        let mut sheet = RawSheet {
            index,
            name: name.to_string(),
            ..Default::default()
        };
        sheet.merges = merges_of(
            self.wb
                .merge_cells_by_sheet_name(name)
                .map_err(|e| e.to_string())?,
        );
        if let Ok((_, f)) = &self.formats
            && f.skipped > 0
            && !std::mem::replace(&mut self.reported_globals, true)
        {
            sheet.warnings.push(format!(
                "{} malformed format record(s) in the xls workbook stream; numbers using \
                 them are shown in the General format",
                f.skipped
            ));
        }
        let formats: SheetFormats = match &self.formats {
            Ok((stream, f)) => match f.sheet(stream, index.saturating_sub(1) as usize) {
                Ok((cells, skipped)) => {
                    if skipped > 0 {
                        sheet.warnings.push(format!(
                            "{skipped} malformed cell record(s) in the xls stream;                              their numbers are shown in the General format"
                        ));
                    }
                    cells
                }
                Err(e) => {
                    sheet.warnings.push(general_fallback(&e));
                    SheetFormats::new()
                }
            },
            Err(e) => {
                sheet.warnings.push(general_fallback(e));
                SheetFormats::new()
            }
        };
        let range = self.wb.worksheet_range(name).map_err(|e| e.to_string())?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut mismatched: Vec<String> = Vec::new();
        for (r, c, v) in range.used_cells() {
            let (row, col) = (r0 + r as u32, c0 + c as u32);
            let number = match v {
                Data::Float(f) => Some(*f),
                Data::Int(i) => Some(*i as f64),
                _ => None,
            };
            let fmt = match (number, formats.get(&(row, col))) {
                // The record stream and calamine must agree on the value
                // (both decode the same bits), else the format is not trusted.
                (Some(n), Some(f)) if n == f.value => f.fmt,
                (Some(_), Some(_)) => {
                    mismatched.push(cell_name(row, col));
                    NumFmt::General
                }
                _ => NumFmt::General,
            };
            let converted = match (number, fmt) {
                (Some(n), NumFmt::Fixed { .. } | NumFmt::Percent { .. }) => {
                    Some((number_text(n, fmt), CellValue::Number(n)))
                }
                _ => convert(v, fmt),
            };
            if let Some((text, value)) = converted
                && !sheet.push(RawCell {
                    row,
                    col,
                    text,
                    value,
                })
            {
                sheet.note_truncated(row);
                break;
            }
        }
        if !mismatched.is_empty() {
            let count = mismatched.len();
            let more = if count > MAX_NAMED_CELLS { ", …" } else { "" };
            mismatched.truncate(MAX_NAMED_CELLS);
            sheet.warnings.push(format!(
                "{count} number cell(s) hold a different value in the xls record stream \
                 ({}{more}); shown in the General format",
                mismatched.join(", ")
            ));
        }
        Ok(sheet)
    }
}

/// Reads the workbook stream (`Workbook` in BIFF8, `Book` in BIFF5) and its
/// globals; `Err` says why not.
fn xls_formats_of<R: std::io::Read + Seek>(r: &mut R) -> Result<(Vec<u8>, XlsFormats), String> {
    let stream = super::cfb_check::read_stream(r, &["Workbook", "Book"])?
        .ok_or("no Workbook stream in the compound file")?;
    let f = XlsFormats::parse(&stream)?;
    Ok((stream, f))
}

/// The warning for a sheet whose xls number formats could not be read.
fn general_fallback(why: &str) -> String {
    format!(
        "number formats could not be read from the xls record stream ({why}); \
         numbers are shown in the General format (exact values kept)"
    )
}
