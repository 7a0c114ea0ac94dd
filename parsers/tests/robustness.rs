//! Bad input never panics: every reader is fed damaged copies of the samples
//! (truncated, bytes flipped, ranges zeroed, chunks duplicated) and random text,
//! and must answer with an `Err` or a `Document` — never a panic, never a hang.
//!
//! The damage is deterministic (xorshift with fixed seeds), so a failure names a
//! seed and a copy that reproduce it. Counts are kept small enough for a debug
//! run; set `NTM_ROBUST_FULL=1` for the larger sweep (20 truncations and 50
//! mutated copies of every sample).

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ntm_parsers::legacy_vn::{self, LegacyEncoding};

/// Longest a single read of a damaged sample may take. The undamaged samples
/// read in well under a second in debug builds; this bound catches hangs and
/// runaway loops, not slowness.
const MAX_READ: Duration = Duration::from_secs(5);

/// Small deterministic PRNG (xorshift64*), so every run damages the same bytes.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform-ish in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn full() -> bool {
    std::env::var_os("NTM_ROBUST_FULL").is_some()
}

/// (truncations, mutated copies) per sample.
fn counts() -> (usize, usize) {
    if full() { (20, 50) } else { (8, 12) }
}

fn samples_with(ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(common::samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some(ext))
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no .{ext} samples");
    v
}

/// Truncation points: the very start, a few early bytes, evenly through the
/// middle, and the last bytes (where PDF trailers and zip directories live).
fn cut_points(len: usize, n: usize) -> Vec<usize> {
    let mut cuts = vec![0, 1, 8, 64.min(len)];
    for i in 1..n.saturating_sub(6).max(1) {
        cuts.push(len * i / n.saturating_sub(5).max(2));
    }
    cuts.extend([len.saturating_sub(300), len.saturating_sub(20), len - 1]);
    cuts.sort();
    cuts.dedup();
    cuts
}

/// One damaged copy: 1–4 operations among byte flips, a zeroed range and a
/// duplicated chunk.
fn mutate(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for _ in 0..1 + rng.below(4) {
        if out.is_empty() {
            break;
        }
        match rng.below(3) {
            0 => {
                for _ in 0..1 + rng.below(16) {
                    let i = rng.below(out.len());
                    out[i] ^= 1 << rng.below(8);
                }
            }
            1 => {
                let start = rng.below(out.len());
                let len = 1 + rng.below(512);
                let end = (start + len).min(out.len());
                out[start..end].fill(0);
            }
            _ => {
                let start = rng.below(out.len());
                let len = 1 + rng.below(2048);
                let end = (start + len).min(out.len());
                let chunk = out[start..end].to_vec();
                let at = rng.below(out.len() + 1);
                out.splice(at..at, chunk);
            }
        }
    }
    out
}

/// What went wrong with one damaged copy.
struct Failure {
    what: String,
}

/// Writes `bytes` as `name` in `dir` and reads it through `read_file`.
fn check_read(dir: &Path, name: &str, bytes: &[u8], failures: &mut Vec<Failure>) -> Duration {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    if std::env::var_os("NTM_ROBUST_TRACE").is_some() {
        eprintln!("reading {name}");
    }
    let started = Instant::now();
    let result = std::panic::catch_unwind(|| ntm_parsers::read_file(&path));
    let took = started.elapsed();
    match result {
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            // Keep the damaged copy for reproduction.
            let keep = std::env::temp_dir().join(format!("ntm-robust-panic-{name}"));
            let _ = std::fs::write(&keep, bytes);
            failures.push(Failure {
                what: format!("{name}: panic: {msg} (copy kept at {})", keep.display()),
            });
        }
        Ok(Err(e)) => {
            // A damaged file must be named in its error.
            let shown = e.to_string();
            if !shown.contains(name) {
                failures.push(Failure {
                    what: format!("{name}: error does not name the file: {shown}"),
                });
            }
        }
        Ok(Ok(_doc)) => {}
    }
    if took > MAX_READ {
        failures.push(Failure {
            what: format!("{name}: read took {took:?} (bound {MAX_READ:?})"),
        });
    }
    let _ = std::fs::remove_file(&path);
    took
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ntm-robust-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Damages every sample with extension `ext` and reads each copy.
fn sweep(ext: &str, seed: u64) {
    // Panics are caught and reported together; the default hook would print
    // each one in the middle of the test output.
    let dir = temp_dir(ext);
    let (n_cuts, n_mutants) = counts();
    let mut failures = Vec::new();
    let mut reads = 0usize;
    let mut slowest = (Duration::ZERO, String::new());
    for sample in samples_with(ext) {
        let bytes = std::fs::read(&sample).unwrap();
        let stem = sample.file_stem().unwrap().to_string_lossy().to_string();
        let mut rng = Rng::new(seed ^ fnv(&stem));
        let mut copies: Vec<(String, Vec<u8>)> = cut_points(bytes.len(), n_cuts)
            .into_iter()
            .map(|cut| (format!("{stem}.cut{cut}.{ext}"), bytes[..cut].to_vec()))
            .collect();
        for i in 0..n_mutants {
            copies.push((format!("{stem}.m{i}.{ext}"), mutate(&bytes, &mut rng)));
        }
        for (name, copy) in copies {
            let took = check_read(&dir, &name, &copy, &mut failures);
            reads += 1;
            if took > slowest.0 {
                slowest = (took, name);
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!(
        "robustness .{ext}: {reads} damaged reads, slowest {:?} ({})",
        slowest.0, slowest.1
    );
    let report: Vec<&str> = failures.iter().map(|f| f.what.as_str()).collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// FNV-1a, to give every sample its own stream of damage from one seed.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

#[test]
fn damaged_pdfs_never_panic() {
    sweep("pdf", 0x5eed_0001);
}

#[test]
fn damaged_xlsx_never_panic() {
    sweep("xlsx", 0x5eed_0002);
}

#[test]
fn damaged_xls_never_panic() {
    sweep("xls", 0x5eed_0003);
}

#[test]
fn damaged_ods_never_panic() {
    sweep("ods", 0x5eed_0004);
}

// ------------------------------------------------------------ OCR text ----

/// Pieces the OCR text reader gives meaning to, mixed at random.
const OCR_PIECES: &[&str] = &[
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<td>",
    "</td>",
    "<th>",
    "</th>",
    "<td colspan=\"3\">",
    "<td rowspan=2>",
    "<td colspan=99999999999999999999>",
    "<td rowspan=\"4294967295\">",
    "<td colspan=4000000000 rowspan=4000000000>",
    "<td colspan=",
    "<td rowspan='-1'>",
    "|",
    "| --- | --- |",
    "|:---:|",
    "**",
    "*",
    "<br>",
    "<br/>",
    "&amp;",
    "&#",
    "&#x1F600;",
    "&#99999999999;",
    "Phụ lục 01",
    "STT",
    "Xã Ninh Hòa",
    "đạt chuẩn",
    "nông thôn mới",
    "ệ",
    "ữ",
    "e\u{0302}\u{0301}",
    "\u{0323}",
    "12.345,6",
    "99999999999999999999999",
    "-",
    " ",
    "<",
    ">",
    "\"",
    "'",
    "=",
    "\u{feff}",
    "\u{a0}",
];

fn random_ocr_text(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(300) {
        if rng.chance(5) {
            // A random char anywhere in Unicode's scalar range.
            if let Some(c) = char::from_u32(rng.next() as u32 % 0x11_0000) {
                s.push(c);
            }
        } else {
            s.push_str(OCR_PIECES[rng.below(OCR_PIECES.len())]);
        }
    }
    s
}

/// Runs the OCR text reader on `text`, reporting a panic or a slow read.
fn check_ocr(label: &str, text: &str, failures: &mut Vec<String>) {
    let started = Instant::now();
    let result = std::panic::catch_unwind(|| ntm_parsers::ocr_text::read_str(text));
    let took = started.elapsed();
    if let Err(panic) = result {
        let msg = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        failures.push(format!("{label}: panic: {msg}; input {text:?}"));
    } else if took > MAX_READ {
        failures.push(format!("{label}: read took {took:?}"));
    }
}

#[test]
fn random_ocr_text_never_panics() {
    let mut rng = Rng::new(0x5eed_0101);
    let mut failures = Vec::new();
    let n = if full() { 3000 } else { 600 };
    for i in 0..n {
        let text = random_ocr_text(&mut rng);
        check_ocr(&format!("random text {i}"), &text, &mut failures);
        // The same text as bytes, with a random cut that may split a char.
        let bytes = text.as_bytes();
        let cut = rng.below(bytes.len() + 1);
        let _ = std::panic::catch_unwind(|| ntm_parsers::ocr_text::read_bytes(&bytes[..cut]))
            .map_err(|_| failures.push(format!("random bytes {i}: panic in read_bytes")));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn damaged_ocr_sample_never_panics() {
    let text =
        std::fs::read_to_string(common::samples().join("khanh-hoa-2024-ntm-plan.ocr.txt")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut rng = Rng::new(0x5eed_0102);
    let mut failures = Vec::new();
    let n = if full() { 60 } else { 15 };
    for i in 0..n {
        let mut out: Vec<&str> = Vec::with_capacity(lines.len() + 64);
        for &line in &lines {
            match rng.below(100) {
                0..=4 => {}                                                      // line deleted
                5..=9 => out.extend([line, line]),                               // line duplicated
                10 => out.push(&line[..floor(line, rng.below(line.len() + 1))]), // cut short
                _ => out.push(line),
            }
        }
        check_ocr(&format!("sample copy {i}"), &out.join("\n"), &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Largest char boundary of `s` at or below `i`.
fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

// ------------------------------------------------- legacy encodings, NFC ----

#[test]
fn legacy_decoding_never_panics_on_random_bytes() {
    let mut rng = Rng::new(0x5eed_0201);
    let n = if full() { 20_000 } else { 4_000 };
    for _ in 0..n {
        let len = rng.below(64);
        // Mostly high bytes, where the legacy tables and tone marks live.
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.chance(60) {
                    0x80 | rng.next() as u8
                } else {
                    rng.next() as u8
                }
            })
            .collect();
        for enc in [
            LegacyEncoding::Tcvn3,
            LegacyEncoding::Tcvn3Capitals,
            LegacyEncoding::Vni,
        ] {
            let s = legacy_vn::decode(&bytes, enc);
            // Decoding is total: every byte gives at least one char back,
            // except combining marks that merge into the letter before.
            assert!(s.chars().count() <= bytes.len() * 2, "{bytes:?} → {s:?}");
        }
        let _ = legacy_vn::detect(&bytes);
        let latin: String = bytes.iter().map(|&b| b as char).collect();
        let _ = legacy_vn::repair_mojibake(&latin);
    }
}

#[test]
fn text_helpers_never_panic_on_random_chars() {
    let mut rng = Rng::new(0x5eed_0202);
    let n = if full() { 20_000 } else { 4_000 };
    for _ in 0..n {
        let s: String = (0..rng.below(48))
            .filter_map(|_| {
                let v = if rng.chance(50) {
                    // Latin letters with diacritics and the combining marks.
                    0x00C0 + rng.below(0x2000 - 0xC0) as u32
                } else {
                    rng.next() as u32 % 0x11_0000
                };
                char::from_u32(v)
            })
            .collect();
        let n1 = ntm_parsers::text::nfc(&s);
        // NFC is idempotent.
        assert_eq!(ntm_parsers::text::nfc(&n1), n1, "{s:?}");
        let _ = ntm_parsers::text::collapse_ws(&s);
        let _ = legacy_vn::repair_mojibake(&s);
        let _ = legacy_vn::vietnamese_score(&s);
    }
}

// ------------------------------------------------ crafted absurd values ----

/// An .ods holding only `content.xml` with `rows` as its single table's rows.
fn ods_with_rows(dir: &Path, name: &str, rows: &str) -> PathBuf {
    use std::io::Write;
    let path = dir.join(name);
    let mut z = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    z.start_file("content.xml", opts).unwrap();
    write!(
        z,
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .unwrap();
    z.finish().unwrap();
    path
}

#[test]
fn ods_spans_beyond_the_sheet_do_not_panic() {
    let dir = temp_dir("ods-spans");
    let cell = |attrs: &str, text: &str| {
        format!(
            r#"<table:table-cell {attrs} office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#
        )
    };
    let cases = [
        // Spans that do not fit in u32, and the largest that does, placed
        // below the first row so that row + span passes u32::MAX.
        format!(
            "<table:table-row>{}</table:table-row><table:table-row>{}{}</table:table-row>",
            cell("", "STT"),
            cell(r#"table:number-rows-spanned="4294967295""#, "a"),
            cell(r#"table:number-columns-spanned="4294967296""#, "b"),
        ),
        format!(
            "<table:table-row>{}{}</table:table-row><table:table-row>{}</table:table-row>",
            cell("", "STT"),
            cell(
                r#"table:number-columns-spanned="18446744073709551615" table:number-rows-spanned="99999999999""#,
                "x"
            ),
            cell("", "1"),
        ),
    ];
    for (i, rows) in cases.iter().enumerate() {
        let path = ods_with_rows(&dir, &format!("spans{i}.ods"), rows);
        let started = Instant::now();
        let got = std::panic::catch_unwind(|| ntm_parsers::read_file(&path));
        assert!(got.is_ok(), "case {i} panicked");
        assert!(
            started.elapsed() < MAX_READ,
            "case {i} took {:?}",
            started.elapsed()
        );
        // The text is not lost: it is either in a table or the file is an error.
        if let Ok(Ok(doc)) = got {
            let all: Vec<&str> = doc
                .tables
                .iter()
                .flat_map(|t| {
                    t.cells
                        .iter()
                        .map(|c| c.text.as_str())
                        .chain(t.caption.iter().map(String::as_str))
                })
                .collect();
            assert!(all.contains(&"STT"), "case {i}: {all:?} {:?}", doc.warnings);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
