//! Reading input files into table grids, in parallel, with per-file failures
//! kept apart from the results so one bad file never stops a run.

use crate::progress::Progress;
use ntm_parsers::pdf::{PdfSettings, Stages};
use ntm_parsers::{Document, Format};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One input file read successfully.
#[derive(Debug, Clone)]
pub struct SourceDoc {
    /// The path as given on the command line (or found in a given directory).
    pub source_file: String,
    /// Hex SHA-256 of the file bytes: the document's identity across runs and renames.
    pub doc_id: String,
    /// File size in bytes.
    pub bytes: u64,
    /// What the reader found.
    pub document: Document,
    /// For a PDF read with its stages kept (`ntm tables --debug-svg`), what each
    /// stage found, to draw exactly this read; `None` otherwise.
    pub pdf_stages: Option<Arc<Stages>>,
}

/// One input file that could not be read: `file: what: why`.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The path as given.
    pub path: PathBuf,
    /// What failed and why.
    pub message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// Reads every file (in parallel); results come back in the order of `files`,
/// so output is deterministic whatever the thread timing.
pub fn read_all(files: &[PathBuf], progress: &Progress) -> (Vec<SourceDoc>, Vec<Failure>) {
    read_all_with(files, progress, &PdfSettings::default())
}

/// As [`read_all`], with the PDF reader's settings (OCR mode).
pub fn read_all_with(
    files: &[PathBuf],
    progress: &Progress,
    pdf: &PdfSettings,
) -> (Vec<SourceDoc>, Vec<Failure>) {
    read_all_staged(files, progress, pdf, false)
}

/// As [`read_all_with`]; with `stages`, PDFs keep what each reading stage found
/// ([`SourceDoc::pdf_stages`]).
pub fn read_all_staged(
    files: &[PathBuf],
    progress: &Progress,
    pdf: &PdfSettings,
    stages: bool,
) -> (Vec<SourceDoc>, Vec<Failure>) {
    let results: Vec<Result<SourceDoc, Failure>> = files
        .par_iter()
        .map(|p| {
            let r = read_one_staged(p, pdf, stages);
            match &r {
                Ok(d) => {
                    progress.file_done(d.document.pages as u64, d.document.tables.len() as u64)
                }
                Err(_) => progress.file_done(0, 0),
            }
            r
        })
        .collect();
    let mut docs = Vec::new();
    let mut failures = Vec::new();
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(f) => failures.push(f),
        }
    }
    (docs, failures)
}

/// Reads one file: hashes its bytes and parses it.
pub fn read_one(path: &Path) -> Result<SourceDoc, Failure> {
    read_one_with(path, &PdfSettings::default())
}

/// As [`read_one`], with the PDF reader's settings.
pub fn read_one_with(path: &Path, pdf: &PdfSettings) -> Result<SourceDoc, Failure> {
    read_one_staged(path, pdf, false)
}

/// As [`read_one_with`]; with `stages`, a PDF keeps what each reading stage found.
pub fn read_one_staged(path: &Path, pdf: &PdfSettings, stages: bool) -> Result<SourceDoc, Failure> {
    let fail = |message: String| Failure {
        path: path.to_path_buf(),
        message,
    };
    let bytes = std::fs::read(path).map_err(|e| fail(format!("cannot read file: {e}")))?;
    if bytes.is_empty() {
        return Err(fail("empty file (0 bytes); nothing to read".into()));
    }
    let doc_id = hex(&Sha256::digest(&bytes));
    let named = Format::from_path(path);
    // The content decides; the extension only where the content says nothing.
    let format = Format::from_content(&bytes).or(named).ok_or_else(|| {
        fail("unsupported file type (expected .txt, .pdf, .xlsx, .xls or .ods)".into())
    })?;
    let mismatch = named.filter(|n| *n != format).map(|n| {
        ntm_parsers::ReadWarning::new(format!(
            "the content is {}, not {} as the file name says; read as {}",
            format.name(),
            n.name(),
            format.name()
        ))
    });
    let mut pdf_stages = None;
    let mut document = match format {
        // Text and PDF are parsed from the bytes already in memory.
        Format::OcrText => {
            ntm_parsers::ocr_text::read_bytes(&bytes).map_err(|k| fail(k.to_string()))
        }
        Format::Pdf if stages => ntm_parsers::pdf::read_bytes_with_stages(&bytes, pdf)
            .map(|(d, st)| {
                pdf_stages = Some(Arc::new(st));
                d
            })
            .map_err(|k| fail(k.to_string())),
        Format::Pdf => ntm_parsers::pdf::read_bytes(&bytes, pdf).map_err(|k| fail(k.to_string())),
        _ => ntm_parsers::read_as(path, format).map_err(|e| fail(e.kind.to_string())),
    }?;
    document.warnings.splice(0..0, mismatch);
    Ok(SourceDoc {
        source_file: path.to_string_lossy().into_owned(),
        doc_id,
        bytes: bytes.len() as u64,
        document,
        pdf_stages,
    })
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
