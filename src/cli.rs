//! Command-line interface: `ntm tables`, `ntm ingest`.

use crate::identity::Overrides;
use crate::province::ProvinceOverride;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Turns Vietnamese NTM (nông thôn mới) plan documents into validated Parquet.
#[derive(Debug, Parser)]
#[command(name = "ntm", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract raw table grids (cells.parquet, tables.parquet, documents.parquet).
    Tables(TablesArgs),
    /// The main job: grids, NTM records and validation findings for every input.
    Ingest(IngestArgs),
    /// Run the validation rules and report findings (exit 1 on error findings).
    Validate(ValidateArgs),
    /// Compare two revisions of a plan record by record (changes.parquet).
    Diff(DiffArgs),
    /// Maintain a dataset store made by `ntm ingest --into`.
    #[command(subcommand)]
    Store(StoreCommand),
}

/// `ntm store …`.
#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Report what interrupted imports left (exit 1 if anything), and repair it
    /// with --repair.
    Check(StoreCheckArgs),
}

/// `ntm store check`.
#[derive(Debug, Args)]
pub struct StoreCheckArgs {
    /// The store directory.
    pub store: PathBuf,
    /// Remove uncommitted imports, finish half-committed ones.
    #[arg(long)]
    pub repair: bool,
}

/// `ntm diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older revision: a file, or with --store a doc_id (or its first
    /// characters) or a plan number.
    pub old: String,
    /// The newer revision, likewise.
    pub new: String,
    /// Write changes.parquet and report.html here.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Read OLD and NEW from this store instead of from files.
    #[arg(long, value_name = "STORE")]
    pub store: Option<PathBuf>,
    /// No progress display.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Which findings make `ntm validate` exit with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Error-severity findings only.
    Error,
    /// Errors and warnings.
    Warning,
}

/// Output format of `ntm validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A summary grouped by rule and severity.
    Text,
    /// Every finding as JSON on stdout.
    Json,
}

/// `ntm validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Files or directories; default `samples/`.
    pub inputs: Vec<PathBuf>,
    /// Also write findings.parquet and report.html to this directory.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Which findings fail the run.
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOn,
    /// Output format on stdout.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Which PDF pages are read by OCR.
    #[arg(long, value_enum, default_value = "auto")]
    pub ocr: Ocr,
    /// Province of the documents (name or GSO code), instead of detecting it.
    #[arg(long, value_parser = ProvinceOverride::parse)]
    pub province: Option<ProvinceOverride>,
    /// Walk subdirectories of input directories too.
    #[arg(long)]
    pub recursive: bool,
    /// No progress display.
    #[arg(long, short)]
    pub quiet: bool,
}

/// When PDF pages are read by OCR (Tesseract with its Vietnamese model).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Ocr {
    /// Pages that show an image and have no text layer (scans).
    #[default]
    Auto,
    /// Never: an image-only page gives a warning.
    Never,
    /// Every page, ignoring its text layer.
    Always,
}

impl Ocr {
    /// The PDF reader settings for this choice.
    pub fn pdf_settings(self) -> ntm_parsers::pdf::PdfSettings {
        use ntm_parsers::scan::OcrMode;
        ntm_parsers::pdf::PdfSettings {
            ocr: match self {
                Ocr::Auto => OcrMode::Auto,
                Ocr::Never => OcrMode::Never,
                Ocr::Always => OcrMode::Always,
            },
            ..Default::default()
        }
    }
}

/// Options shared by every command that reads inputs.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Walk subdirectories of input directories too.
    #[arg(long)]
    pub recursive: bool,
    /// No progress display.
    #[arg(long, short)]
    pub quiet: bool,
    /// Also write cells.csv beside cells.parquet.
    #[arg(long)]
    pub csv: bool,
    /// Which PDF pages are read by OCR (needs the Debian packages tesseract-ocr,
    /// tesseract-ocr-vie and poppler-utils).
    #[arg(long, value_enum, default_value = "auto")]
    pub ocr: Ocr,
}

/// `ntm tables`.
#[derive(Debug, Args)]
pub struct TablesArgs {
    /// Files or directories (.txt OCR exports, .pdf, .xlsx, .xls, .ods).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output directory (created if missing).
    #[arg(long, short)]
    pub out: PathBuf,
    /// Also draw, per PDF page, what this run's reading found at each stage (rules,
    /// edges, intersections, cells, text lines, and why each table starts or
    /// continues) as SVG files in this directory, to see why a table came out wrong.
    #[arg(long, value_name = "DIR")]
    pub debug_svg: Option<PathBuf>,
    /// Common input options.
    #[command(flatten)]
    pub common: InputArgs,
    /// Plan identity given instead of the one read from the text.
    #[command(flatten, next_help_heading = "Plan identity")]
    pub identity: Overrides,
}

/// `ntm ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or directories; default `samples/`.
    pub inputs: Vec<PathBuf>,
    /// Output directory; default `output/`.
    #[arg(long, short, default_value = "output")]
    pub out: PathBuf,
    /// Add the documents to this dataset store (Hive-partitioned Parquet that
    /// accumulates plan revisions) instead of writing the output directory.
    #[arg(long, value_name = "STORE", conflicts_with = "out")]
    pub into: Option<PathBuf>,
    /// Province of the documents (name or GSO code), instead of detecting it.
    #[arg(long, value_parser = ProvinceOverride::parse)]
    pub province: Option<ProvinceOverride>,
    /// Common input options.
    #[command(flatten)]
    pub common: InputArgs,
    /// Plan identity given instead of the one read from the text.
    #[command(flatten, next_help_heading = "Plan identity")]
    pub identity: Overrides,
}
