//! Command-line interface: `ntm tables`, `ntm ingest`.

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
    /// Also draw, per PDF page, the detected ruling segments, cells and text boxes
    /// as SVG files in this directory, to see why a table came out wrong.
    #[arg(long, value_name = "DIR")]
    pub debug_svg: Option<PathBuf>,
    /// Common input options.
    #[command(flatten)]
    pub common: InputArgs,
}

/// `ntm ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or directories; default `samples/`.
    pub inputs: Vec<PathBuf>,
    /// Output directory; default `output/`.
    #[arg(long, short, default_value = "output")]
    pub out: PathBuf,
    /// Province of the documents (name or GSO code), instead of detecting it.
    #[arg(long, value_parser = ProvinceOverride::parse)]
    pub province: Option<ProvinceOverride>,
    /// Common input options.
    #[command(flatten)]
    pub common: InputArgs,
}
