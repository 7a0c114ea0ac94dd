//! Number formats of xls (BIFF8, also BIFF5) cells, read from the workbook's
//! record stream.
//!
//! calamine 0.38 parses xls number formats only to tell dates from numbers and
//! does not expose them, so without this module a cell holding 0.298 shown as
//! `0.0%` would read "0,298". The path from a cell to its format is:
//! cell record (NUMBER, RK, MULRK, FORMULA) → XF index → XF record's format
//! index → FORMAT record's code (or a built-in code, [`builtin_format`]).
//!
//! The stream is a sequence of records `type: u16, length: u16, data`. The
//! workbook globals come first (FORMAT, XF, BOUNDSHEET), up to their EOF; each
//! BOUNDSHEET gives the stream offset of a sheet's own BOF…EOF substream.
//! Every read is bounds-checked; a record cut short by the end of the stream
//! ends the walk, and a malformed record is skipped and counted, so damage
//! never panics — the caller falls back to the General format for what could
//! not be read.

use super::display::{NumFmt, builtin_format, parse_format};
use std::collections::HashMap;

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const FORMAT: u16 = 0x041E;
const XF: u16 = 0x00E0;
const BOUNDSHEET: u16 = 0x0085;
const NUMBER: u16 = 0x0203;
const RK: u16 = 0x027E;
const MULRK: u16 = 0x00BD;
const FORMULA: u16 = 0x0006;
/// BOF `vers` field of BIFF8 (Excel 97 and later); earlier versions store
/// FORMAT strings as 8-bit byte strings.
const BIFF8_VERSION: u16 = 0x0600;

/// A number cell as the record stream has it: its format and its value (the
/// value lets the caller check it is looking at the same cell calamine read).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FormattedNumber {
    /// The cell's number format.
    pub fmt: NumFmt,
    /// The stored number (a formula's cached result).
    pub value: f64,
}

/// Number formats of every cell of one sheet whose format is not General,
/// keyed by (row, column), 0-based.
pub type SheetFormats = HashMap<(u32, u32), FormattedNumber>;

/// The workbook globals needed to resolve cell formats.
#[derive(Debug, Default)]
pub struct XlsFormats {
    /// Number format of each XF record, by XF index.
    xf: Vec<NumFmt>,
    /// Stream offset of each sheet's BOF, in BOUNDSHEET (workbook) order.
    sheet_offsets: Vec<usize>,
    /// Records skipped as malformed in the globals (count).
    pub skipped: usize,
}

/// One record: its type and data.
#[derive(Debug)]
struct Record<'a> {
    typ: u16,
    data: &'a [u8],
}

/// Records from `at` onwards; stops at the end of the stream or at a record
/// whose declared length runs past it.
fn records(stream: &[u8], at: usize) -> impl Iterator<Item = Record<'_>> {
    let mut pos = at;
    std::iter::from_fn(move || {
        let head = stream.get(pos..pos.checked_add(4)?)?;
        let typ = u16::from_le_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        let data = stream.get(pos + 4..pos + 4 + len)?;
        pos += 4 + len;
        Some(Record { typ, data })
    })
}

impl XlsFormats {
    /// Reads the globals substream (from offset 0 to its EOF). `Err` when the
    /// stream does not start with a BOF record (not a workbook stream).
    pub fn parse(stream: &[u8]) -> Result<XlsFormats, String> {
        let mut it = records(stream, 0);
        let first = it.next().ok_or("empty workbook stream")?;
        if first.typ != BOF || first.data.len() < 2 {
            return Err("workbook stream does not start with a BOF record".into());
        }
        let biff8 = u16_at(first.data, 0) == Some(BIFF8_VERSION);
        let mut codes: HashMap<u16, String> = HashMap::new();
        let mut xf_fmt: Vec<u16> = Vec::new();
        let mut out = XlsFormats::default();
        for r in it {
            match r.typ {
                EOF => break,
                FORMAT => match format_record(r.data, biff8) {
                    Some((id, code)) => {
                        codes.insert(id, code);
                    }
                    None => out.skipped += 1,
                },
                // XF: ifnt u16, then the format index u16. A short XF still
                // takes its place in the index sequence (as General).
                XF => xf_fmt.push(u16_at(r.data, 2).unwrap_or(0)),
                BOUNDSHEET => match u32_at(r.data, 0) {
                    Some(off) => out.sheet_offsets.push(off as usize),
                    None => {
                        out.skipped += 1;
                        out.sheet_offsets.push(usize::MAX);
                    }
                },
                _ => {}
            }
        }
        out.xf = xf_fmt
            .into_iter()
            .map(|id| match codes.get(&id) {
                Some(code) => parse_format(code),
                None => builtin_format(u32::from(id))
                    .map(parse_format)
                    .unwrap_or(NumFmt::General),
            })
            .collect();
        Ok(out)
    }

    /// Why calamine cannot be trusted with this workbook stream, if it cannot:
    /// calamine 0.38 slices the stream at each BOUNDSHEET offset without a check
    /// (a panic when it is past the end) and reserves room for every cell a
    /// DIMENSIONS record declares (an allocation of hundreds of GB, which aborts
    /// the process, when the record is damaged). Both are checked here first.
    pub fn calamine_hazard(&self, stream: &[u8]) -> Option<String> {
        const DIMENSIONS: u16 = 0x0200;
        // BIFF8 sheets hold at most 65,536 rows × 256 columns.
        const MAX_ROWS: u64 = 65_536;
        const MAX_COLS: u64 = 256;
        for (i, &off) in self.sheet_offsets.iter().enumerate() {
            if off != usize::MAX && off >= stream.len() {
                return Some(format!(
                    "sheet {} starts at byte {off}, past the end of the workbook stream ({} bytes)",
                    i + 1,
                    stream.len()
                ));
            }
        }
        let starts = std::iter::once(0).chain(self.sheet_offsets.iter().copied());
        for at in starts.filter(|&o| o < stream.len()) {
            for r in records(stream, at) {
                if r.typ == EOF {
                    break;
                }
                if r.typ != DIMENSIONS {
                    continue;
                }
                let (rf, rl, cf, cl) = match r.data.len() {
                    10 => (
                        u64::from(u16_at(r.data, 0)?),
                        u64::from(u16_at(r.data, 2)?),
                        u64::from(u16_at(r.data, 4)?),
                        u64::from(u16_at(r.data, 6)?),
                    ),
                    14 | 16 => (
                        u64::from(u32_at(r.data, 0)?),
                        u64::from(u32_at(r.data, 4)?),
                        u64::from(u16_at(r.data, 8)?),
                        u64::from(u16_at(r.data, 10)?),
                    ),
                    _ => continue,
                };
                let cf = if cf > 0xFF || cl < cf { 0 } else { cf };
                let bad_rows = rl >= 1 && (rl - 1 < rf || rl > MAX_ROWS);
                let bad_cols = cl > MAX_COLS;
                if bad_rows || bad_cols {
                    return Some(format!(
                        "a DIMENSIONS record declares rows {rf}..{rl} and columns {cf}..{cl}, \
                         beyond what a sheet can hold ({MAX_ROWS} × {MAX_COLS})"
                    ));
                }
            }
        }
        None
    }

    /// Number of sheets listed (BOUNDSHEET records).
    pub fn sheet_count(&self) -> usize {
        self.sheet_offsets.len()
    }

    /// Formats of the non-General number cells of the sheet at `position`
    /// (0-based, workbook order), with the count of malformed cell records
    /// skipped. `Err` when the sheet's substream cannot be found.
    pub fn sheet(&self, stream: &[u8], position: usize) -> Result<(SheetFormats, usize), String> {
        let at = *self
            .sheet_offsets
            .get(position)
            .ok_or_else(|| format!("no sheet {} in the workbook stream", position + 1))?;
        let mut it = records(stream, at);
        match it.next() {
            Some(r) if r.typ == BOF => {}
            _ => {
                return Err(format!(
                    "sheet {} offset {at} does not point to a BOF record",
                    position + 1
                ));
            }
        }
        let mut cells = SheetFormats::new();
        let mut skipped = 0usize;
        // Embedded charts open their own BOF…EOF inside a sheet; their
        // cell-like records are not the sheet's cells.
        let mut depth = 0usize;
        for r in it {
            match r.typ {
                BOF => depth += 1,
                EOF if depth == 0 => break,
                EOF => depth -= 1,
                _ if depth > 0 => {}
                _ => {
                    let ok = self.cell_record(&r, &mut cells);
                    if !ok {
                        skipped += 1;
                    }
                }
            }
        }
        Ok((cells, skipped))
    }

    /// Adds the number cells of one record; false when it is malformed.
    fn cell_record(&self, r: &Record<'_>, cells: &mut SheetFormats) -> bool {
        let d = r.data;
        let mut put = |row: u16, col: u16, xf: u16, value: f64| {
            let fmt = self.xf_format(xf);
            if fmt != NumFmt::General {
                cells.insert(
                    (u32::from(row), u32::from(col)),
                    FormattedNumber { fmt, value },
                );
            }
        };
        match r.typ {
            NUMBER => match (u16_at(d, 0), u16_at(d, 2), u16_at(d, 4), f64_at(d, 6)) {
                (Some(row), Some(col), Some(xf), Some(v)) => put(row, col, xf, v),
                _ => return false,
            },
            RK => match (u16_at(d, 0), u16_at(d, 2), u16_at(d, 4), u32_at(d, 6)) {
                (Some(row), Some(col), Some(xf), Some(rk)) => put(row, col, xf, rk_value(rk)),
                _ => return false,
            },
            MULRK => {
                // row, first column, (xf u16, rk u32) per column, last column.
                let (Some(row), Some(first)) = (u16_at(d, 0), u16_at(d, 2)) else {
                    return false;
                };
                if d.len() < 6 || !(d.len() - 6).is_multiple_of(6) {
                    return false;
                }
                let last = u16_at(d, d.len() - 2).unwrap_or(0);
                let n = (d.len() - 6) / 6;
                if usize::from(last) + 1 != usize::from(first) + n {
                    return false;
                }
                for (i, pair) in d[4..d.len() - 2].chunks_exact(6).enumerate() {
                    let xf = u16::from_le_bytes([pair[0], pair[1]]);
                    let rk = u32::from_le_bytes([pair[2], pair[3], pair[4], pair[5]]);
                    put(row, first + i as u16, xf, rk_value(rk));
                }
            }
            FORMULA => {
                let (Some(row), Some(col), Some(xf), Some(raw)) =
                    (u16_at(d, 0), u16_at(d, 2), u16_at(d, 4), d.get(6..14))
                else {
                    return false;
                };
                // A cached result whose top two bytes are 0xFFFF is a string,
                // boolean, error or empty, not a number.
                if raw[6..8] != [0xFF, 0xFF] {
                    put(row, col, xf, f64_at(raw, 0).unwrap_or(f64::NAN));
                }
            }
            _ => {}
        }
        true
    }

    /// The number format of XF `index`; General for an index past the table.
    fn xf_format(&self, index: u16) -> NumFmt {
        self.xf
            .get(usize::from(index))
            .copied()
            .unwrap_or(NumFmt::General)
    }
}

/// A FORMAT record: format index, then the code. BIFF8 stores the code as an
/// XLUnicodeString (`cch: u16`, flags byte whose bit 0 says the characters are
/// UTF-16LE rather than one byte each); BIFF5 as a byte string (`cch: u8`).
/// `None` when the record is shorter than the string it declares (format
/// codes are at most 255 characters, so a FORMAT record never continues in a
/// CONTINUE record).
fn format_record(d: &[u8], biff8: bool) -> Option<(u16, String)> {
    let id = u16_at(d, 0)?;
    if !biff8 {
        let cch = usize::from(*d.get(2)?);
        let bytes = d.get(3..3 + cch)?;
        return Some((id, bytes.iter().map(|&b| char::from(b)).collect()));
    }
    let cch = usize::from(u16_at(d, 2)?);
    let flags = *d.get(4)?;
    let body = &d[5..];
    let code = if flags & 1 != 0 {
        let bytes = body.get(..cch.checked_mul(2)?)?;
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|p| u16::from_le_bytes([p[0], p[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        // One byte per character: the low byte of UTF-16 (Latin-1).
        body.get(..cch)?.iter().map(|&b| char::from(b)).collect()
    };
    Some((id, code))
}

/// The number an RK value encodes. Bit 0: the number was multiplied by 100;
/// bit 1: the upper 30 bits are a signed integer, else they are the upper 30
/// bits of an IEEE double (the lower 34 bits zero).
pub fn rk_value(rk: u32) -> f64 {
    let div100 = rk & 1 != 0;
    let v = if rk & 2 != 0 {
        f64::from((rk as i32) >> 2)
    } else {
        f64::from_bits(u64::from(rk & 0xFFFF_FFFC) << 32)
    };
    if div100 { v / 100.0 } else { v }
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn f64_at(b: &[u8], at: usize) -> Option<f64> {
    let s = b.get(at..at.checked_add(8)?)?;
    Some(f64::from_le_bytes(s.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut out = typ.to_le_bytes().to_vec();
        out.extend((data.len() as u16).to_le_bytes());
        out.extend(data);
        out
    }

    /// BIFF8 FORMAT record with the code stored as UTF-16LE (flags bit 0 set).
    fn format_utf16(id: u16, code: &str) -> Vec<u8> {
        let units: Vec<u16> = code.encode_utf16().collect();
        let mut d = id.to_le_bytes().to_vec();
        d.extend((units.len() as u16).to_le_bytes());
        d.push(1);
        for u in units {
            d.extend(u.to_le_bytes());
        }
        rec(FORMAT, &d)
    }

    fn xf(fmt: u16) -> Vec<u8> {
        let mut d = vec![0u8; 20];
        d[2..4].copy_from_slice(&fmt.to_le_bytes());
        rec(XF, &d)
    }

    fn bof() -> Vec<u8> {
        let mut d = vec![0u8; 16];
        d[..2].copy_from_slice(&BIFF8_VERSION.to_le_bytes());
        rec(BOF, &d)
    }

    fn cell_head(row: u16, col: u16, xf: u16) -> Vec<u8> {
        [row.to_le_bytes(), col.to_le_bytes(), xf.to_le_bytes()].concat()
    }

    /// Globals with XF 0 General, XF 1 → custom format 164 "0.0%", XF 2 →
    /// built-in 4 (`#,##0.00`), XF 3 → built-in 3 (`#,##0`); one sheet whose
    /// cell records are `cells`.
    fn workbook(cells: &[Vec<u8>]) -> Vec<u8> {
        let mut globals = bof();
        globals.extend(format_utf16(164, "0.0%"));
        for f in [0, 164, 4, 3] {
            globals.extend(xf(f));
        }
        let sheet_at_placeholder = globals.len() + 4;
        globals.extend(rec(BOUNDSHEET, &[0, 0, 0, 0, 0, 0, 1, 0, b'S']));
        globals.extend(rec(EOF, &[]));
        let at = globals.len() as u32;
        globals[sheet_at_placeholder..sheet_at_placeholder + 4].copy_from_slice(&at.to_le_bytes());
        globals.extend(bof());
        for c in cells {
            globals.extend(c);
        }
        globals.extend(rec(EOF, &[]));
        globals
    }

    #[test]
    fn rk_values_in_all_four_encodings() {
        // IEEE double, upper 30 bits: 1.5 = 0x3FF8_0000_0000_0000.
        assert_eq!(rk_value(0x3FF8_0000), 1.5);
        // IEEE double × 100: 1234.0 = 0x4093_4800_0000_0000, flag bit 0 → 12.34.
        assert_eq!(rk_value(0x4093_4801), 12.34);
        // Signed integer in the upper 30 bits.
        assert_eq!(rk_value((1_234_567u32 << 2) | 2), 1_234_567.0);
        assert_eq!(rk_value(((-5i32 << 2) as u32) | 2), -5.0);
        // Integer × 100: 29 → 0.29.
        assert_eq!(rk_value((29u32 << 2) | 3), 0.29);
    }

    #[test]
    fn format_record_in_utf16_and_in_single_bytes() {
        let r = format_utf16(170, "#,##0.0\" ha\"");
        assert_eq!(
            format_record(&r[4..], true),
            Some((170, "#,##0.0\" ha\"".to_string()))
        );
        // Same code, one byte per character (flags 0).
        let mut d = 171u16.to_le_bytes().to_vec();
        d.extend(4u16.to_le_bytes());
        d.push(0);
        d.extend(b"0.0%");
        assert_eq!(format_record(&d, true), Some((171, "0.0%".to_string())));
        // A declared length past the record is refused, not read beyond it.
        d[2] = 40;
        assert_eq!(format_record(&d, true), None);
    }

    #[test]
    fn cells_resolve_through_xf_to_their_format() {
        let mut number = cell_head(4, 2, 1);
        number.extend(0.298f64.to_le_bytes());
        let mut rk = cell_head(5, 2, 3);
        rk.extend(((1_489_867u32 << 2) | 2).to_le_bytes());
        let mut general = cell_head(6, 2, 0);
        general.extend(7.0f64.to_le_bytes());
        // MULRK row 7, columns 1..=2: XF 2 with 12.34 (IEEE ×100), XF 1 with 0.29.
        let mut mulrk = [7u16.to_le_bytes(), 1u16.to_le_bytes()].concat();
        mulrk.extend(2u16.to_le_bytes());
        mulrk.extend(0x4093_4801u32.to_le_bytes());
        mulrk.extend(1u16.to_le_bytes());
        mulrk.extend(((29u32 << 2) | 3).to_le_bytes());
        mulrk.extend(2u16.to_le_bytes());
        // A formula with a cached number, and one with a cached string.
        let mut formula = cell_head(8, 2, 2);
        formula.extend(1234567.5f64.to_le_bytes());
        formula.extend([0u8; 8]);
        let mut text_formula = cell_head(9, 2, 1);
        text_formula.extend([0, 0, 0, 0, 0, 0, 0xFF, 0xFF]);
        text_formula.extend([0u8; 8]);
        let stream = workbook(&[
            rec(NUMBER, &number),
            rec(RK, &rk),
            rec(NUMBER, &general),
            rec(MULRK, &mulrk),
            rec(FORMULA, &formula),
            rec(FORMULA, &text_formula),
        ]);
        let f = XlsFormats::parse(&stream).unwrap();
        assert_eq!(f.sheet_count(), 1);
        let (cells, skipped) = f.sheet(&stream, 0).unwrap();
        assert_eq!(skipped, 0);
        let pct1 = NumFmt::Percent { decimals: 1 };
        let grouped2 = NumFmt::Fixed {
            decimals: 2,
            grouping: true,
        };
        let grouped0 = NumFmt::Fixed {
            decimals: 0,
            grouping: true,
        };
        let want = [
            ((4, 2), pct1, 0.298),
            ((5, 2), grouped0, 1_489_867.0),
            ((7, 1), grouped2, 12.34),
            ((7, 2), pct1, 0.29),
            ((8, 2), grouped2, 1234567.5),
        ];
        for (at, fmt, value) in want {
            assert_eq!(
                cells.get(&at),
                Some(&FormattedNumber { fmt, value }),
                "{at:?}"
            );
        }
        // General cells and non-number formula results are not listed.
        assert_eq!(cells.len(), want.len(), "{cells:?}");
    }

    #[test]
    fn malformed_cell_records_are_counted_not_fatal() {
        // MULRK whose last column disagrees with its pair count; a short NUMBER.
        let mut mulrk = [7u16.to_le_bytes(), 1u16.to_le_bytes()].concat();
        mulrk.extend(1u16.to_le_bytes());
        mulrk.extend(0x3FF8_0000u32.to_le_bytes());
        mulrk.extend(9u16.to_le_bytes());
        let stream = workbook(&[rec(MULRK, &mulrk), rec(NUMBER, &[1, 0, 2])]);
        let f = XlsFormats::parse(&stream).unwrap();
        let (cells, skipped) = f.sheet(&stream, 0).unwrap();
        assert_eq!((cells.len(), skipped), (0, 2));
    }

    #[test]
    fn truncated_streams_never_panic() {
        let mut number = cell_head(4, 2, 1);
        number.extend(0.298f64.to_le_bytes());
        let stream = workbook(&[rec(NUMBER, &number)]);
        for cut in 0..stream.len() {
            let s = &stream[..cut];
            if let Ok(f) = XlsFormats::parse(s) {
                // Either the sheet is gone or it yields at most the one cell.
                if let Ok((cells, _)) = f.sheet(s, 0) {
                    assert!(cells.len() <= 1);
                }
                assert!(f.sheet(s, 5).is_err());
            }
        }
        assert!(XlsFormats::parse(&[]).is_err());
        assert!(XlsFormats::parse(&rec(EOF, &[])).is_err());
    }
}
