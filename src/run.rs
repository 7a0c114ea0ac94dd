//! What each command does, from parsed arguments to files on disk and an exit code.

use crate::cli::{FailOn, Format, IngestArgs, InputArgs, TablesArgs, ValidateArgs};
use crate::identity::{Overrides, PlanIdentity};
use crate::ingest::{self, Failure, SourceDoc};
use crate::output::set::OutputSet;
use crate::output::{domain, grids, parquet};
use crate::progress::Progress;
use crate::records::Extraction;
use crate::validate::{DocInput, Finding, Severity};
use anyhow::Context;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code when every input was read.
pub const EXIT_OK: u8 = 0;
/// Exit code when some inputs failed (the rest were still written).
pub const EXIT_SOME_FAILED: u8 = 1;
/// Exit code for usage and fatal errors.
pub const EXIT_FATAL: u8 = 2;

/// `ntm tables`: raw grids only.
pub fn tables(args: &TablesArgs) -> anyhow::Result<ExitCode> {
    let (docs, mut failures) =
        read_inputs_staged(&args.inputs, &args.common, args.debug_svg.is_some())?;
    if docs.is_empty() {
        return Ok(nothing_read(&failures, &args.out));
    }
    let ids = identities(&docs, None, &args.identity);
    write_set(&args.out, |dir| {
        write_grids(&docs, &ids, dir, args.common.csv)
    })?;
    if let Some(dir) = &args.debug_svg {
        failures.extend(debug_drawings(&docs, dir)?);
    }
    Ok(finish(&docs, &failures, &args.out))
}

/// Writes the PDF debug drawings of every PDF input into `dir/<file stem>/`, from
/// the stages its read kept (same run, same settings as the tables written).
fn debug_drawings(docs: &[SourceDoc], dir: &Path) -> anyhow::Result<Vec<Failure>> {
    let mut failures = Vec::new();
    for (d, stages) in docs
        .iter()
        .filter_map(|d| d.pdf_stages.as_ref().map(|st| (d, st)))
    {
        let path = Path::new(&d.source_file);
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let out = dir.join(&stem);
        std::fs::create_dir_all(&out)
            .with_context(|| format!("cannot create {}", out.display()))?;
        match ntm_parsers::pdf::draw_stages(stages, &stem, &out) {
            Ok(files) => eprintln!("ntm: {} debug drawing(s) → {}", files.len(), out.display()),
            Err(e) => failures.push(Failure {
                path: path.to_path_buf(),
                message: format!("debug drawing failed: {e}"),
            }),
        }
    }
    Ok(failures)
}

/// `ntm ingest`: the main job.
pub fn ingest(args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("samples")]
    } else {
        args.inputs.clone()
    };
    let (docs, failures) = read_inputs(&inputs, &args.common)?;
    if let Some(store) = &args.into {
        return crate::store::import::run(&docs, &failures, &args.identity, store);
    }
    if docs.is_empty() {
        return Ok(nothing_read(&failures, &args.out));
    }
    let extractions: Vec<Extraction> = docs
        .par_iter()
        .map(|d| crate::extract::extract_for(d, args.province.as_ref()))
        .collect();
    let ids = identities(&docs, Some(&extractions), &args.identity);
    eprint!("{}", records_summary(&extractions));
    let findings = run_rules(&docs, &extractions);
    let latest: Vec<&Extraction> = crate::report::overview::latest_documents(&ids)
        .into_iter()
        .map(|i| &extractions[i])
        .collect();
    let overview = crate::report::overview::overview_section(&latest);
    write_set(&args.out, |dir| {
        write_grids(&docs, &ids, dir, args.common.csv)?;
        write_records(&extractions, dir)?;
        write_findings(&findings, dir, &overview)
    })?;
    eprint!("{}", crate::report::terminal_summary(&findings));
    Ok(finish(&docs, &failures, &args.out))
}

/// `ntm validate`: the rules alone, with an exit code for CI.
pub fn validate(args: &ValidateArgs) -> anyhow::Result<ExitCode> {
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("samples")]
    } else {
        args.inputs.clone()
    };
    let common = InputArgs {
        recursive: args.recursive,
        quiet: args.quiet,
        csv: false,
        ocr: args.ocr,
    };
    let (docs, failures) = read_inputs(&inputs, &common)?;
    let extractions: Vec<Extraction> = docs
        .par_iter()
        .map(|d| crate::extract::extract_for(d, args.province.as_ref()))
        .collect();
    let findings = run_rules(&docs, &extractions);
    if let Some(out) = &args.out
        && !docs.is_empty()
    {
        write_set(out, |dir| write_findings(&findings, dir, ""))?;
    }
    match args.format {
        Format::Json => println!("{}", crate::report::json(&findings)),
        Format::Text => print!("{}", crate::report::terminal_summary(&findings)),
    }
    for f in &failures {
        eprintln!("ntm: error: {f}");
    }
    let failing = findings.iter().any(|f| match args.fail_on {
        FailOn::Error => f.severity == Severity::Error,
        FailOn::Warning => matches!(f.severity, Severity::Error | Severity::Warning),
    });
    Ok(ExitCode::from(if failing || !failures.is_empty() {
        EXIT_SOME_FAILED
    } else {
        EXIT_OK
    }))
}

pub(crate) fn run_rules(docs: &[SourceDoc], extractions: &[Extraction]) -> Vec<Finding> {
    let inputs: Vec<DocInput> = docs
        .iter()
        .zip(extractions)
        .map(|(d, e)| DocInput {
            doc_id: &d.doc_id,
            source_file: &d.source_file,
            extraction: e,
            prose: &d.document.prose,
        })
        .collect();
    crate::validate::validate(&inputs)
}

fn write_findings(findings: &[Finding], out: &Path, sections: &str) -> anyhow::Result<()> {
    let mut df = crate::output::findings::findings(findings)?;
    parquet::write_parquet(&mut df, out, "findings.parquet", &metadata())?;
    let html = crate::report::html_report_with(findings, "ntm-ingest: validation report", sections);
    parquet::write_bytes(out, "report.html", html.as_bytes())?;
    Ok(())
}

/// Concatenates one kind of record over all documents.
fn all<T: Clone>(ex: &[Extraction], f: impl Fn(&Extraction) -> &Vec<T>) -> Vec<T> {
    ex.iter().flat_map(|e| f(e).iter().cloned()).collect()
}

fn write_records(ex: &[Extraction], out: &Path) -> anyhow::Result<()> {
    let md = metadata();
    let sets: Vec<(&str, polars::prelude::DataFrame)> = vec![
        (
            "indicators.parquet",
            domain::indicators(&all(ex, |e| &e.indicators))?,
        ),
        (
            "roadmap.parquet",
            domain::roadmap(&all(ex, |e| &e.roadmap))?,
        ),
        (
            "roadmap_totals.parquet",
            domain::roadmap_totals(&all(ex, |e| &e.roadmap_totals))?,
        ),
        (
            "targets.parquet",
            domain::targets(&all(ex, |e| &e.targets))?,
        ),
        (
            "agencies.parquet",
            domain::agencies(&all(ex, |e| &e.agencies))?,
        ),
        (
            "district_targets.parquet",
            domain::district_targets(&all(ex, |e| &e.district_targets))?,
        ),
        (
            "criteria_summaries.parquet",
            domain::summaries(&all(ex, |e| &e.summaries))?,
        ),
        (
            "appendices.parquet",
            domain::appendices(&all(ex, |e| &e.appendices))?,
        ),
    ];
    let places = crate::output::place::Places::of(ex);
    for (name, mut df) in sets {
        let code_column = match name {
            "indicators.parquet" | "criteria_summaries.parquet" => Some("locality_code"),
            "roadmap.parquet" => Some("commune_code"),
            _ => None,
        };
        places.add_columns(&mut df, code_column)?;
        parquet::write_parquet(&mut df, out, name, &md)?;
    }
    Ok(())
}

/// One line per dataset with its row count.
fn records_summary(ex: &[Extraction]) -> String {
    let n = |f: &dyn Fn(&Extraction) -> usize| ex.iter().map(f).sum::<usize>();
    format!(
        "ntm: records: {} indicators, {} roadmap communes, {} roadmap totals, {} targets, {} agency codes, {} district targets, {} summaries; {} read issues\n",
        n(&|e| e.indicators.len()),
        n(&|e| e.roadmap.len()),
        n(&|e| e.roadmap_totals.len()),
        n(&|e| e.targets.len()),
        n(&|e| e.agencies.len()),
        n(&|e| e.district_targets.len()),
        n(&|e| e.summaries.len()),
        n(&|e| e.issues.len()),
    )
}

pub(crate) fn read_inputs(
    inputs: &[PathBuf],
    common: &InputArgs,
) -> anyhow::Result<(Vec<SourceDoc>, Vec<Failure>)> {
    read_inputs_staged(inputs, common, false)
}

/// As [`read_inputs`]; with `stages`, PDFs keep what each reading stage found.
fn read_inputs_staged(
    inputs: &[PathBuf],
    common: &InputArgs,
    stages: bool,
) -> anyhow::Result<(Vec<SourceDoc>, Vec<Failure>)> {
    let (files, rejected) = crate::discover::expand(inputs, common.recursive);
    let mut failures: Vec<Failure> = rejected
        .into_iter()
        .map(|r| Failure {
            path: r.path,
            message: r.why,
        })
        .collect();
    if files.is_empty() && failures.is_empty() {
        anyhow::bail!("no input files found in the given paths");
    }
    let progress = Progress::new(files.len() as u64, common.quiet);
    let pdf = common.ocr.pdf_settings();
    let (docs, read_failures) = ingest::read_all_staged(&files, &progress, &pdf, stages);
    progress.finish();
    failures.extend(read_failures);
    Ok((docs, failures))
}

/// Writes one run's files as a set (see [`crate::output::set`]): into a staging
/// directory swapped in for `out` once `write` has succeeded; on failure `out`
/// keeps its previous files.
fn write_set(out: &Path, write: impl FnOnce(&Path) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let set = OutputSet::begin(out)?;
    match write(set.dir()) {
        Ok(()) => set
            .commit()
            .with_context(|| format!("cannot replace the output in {}", out.display())),
        Err(e) => {
            set.abandon();
            Err(e)
        }
    }
}

/// A run that read no input writes nothing: the previous output stays as it was.
fn nothing_read(failures: &[Failure], out: &Path) -> ExitCode {
    for f in failures {
        eprintln!("ntm: error: {f}");
    }
    eprintln!(
        "ntm: no input could be read; {} left unchanged",
        out.display()
    );
    ExitCode::from(EXIT_SOME_FAILED)
}

pub(crate) fn metadata() -> Vec<(&'static str, String)> {
    crate::output::schema::metadata()
}

/// The identity of every document: detected from its text (and, given the
/// records, from the localities they name), then the flags.
pub fn identities(
    docs: &[SourceDoc],
    records: Option<&[Extraction]>,
    flags: &Overrides,
) -> Vec<PlanIdentity> {
    docs.iter()
        .enumerate()
        .map(|(i, d)| {
            let id = match records.and_then(|r| r.get(i)) {
                Some(ex) => crate::identity::detect_with_records(d, ex),
                None => crate::identity::detect(d),
            };
            flags.apply(id)
        })
        .collect()
}

fn write_grids(
    docs: &[SourceDoc],
    ids: &[PlanIdentity],
    out: &Path,
    csv: bool,
) -> anyhow::Result<()> {
    let ingested_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let md = metadata();
    let mut cells = grids::cells(docs)?;
    parquet::write_parquet(&mut cells, out, "cells.parquet", &md)?;
    if csv {
        parquet::write_csv(&cells, out, "cells.csv")?;
    }
    parquet::write_parquet(&mut grids::tables(docs)?, out, "tables.parquet", &md)?;
    parquet::write_parquet(
        &mut grids::read_warnings(docs)?,
        out,
        "read_warnings.parquet",
        &md,
    )?;
    parquet::write_parquet(
        &mut grids::documents(docs, ids, &ingested_at)?,
        out,
        "documents.parquet",
        &md,
    )?;
    Ok(())
}

/// Prints one line per failure and a summary to stderr; picks the exit code.
fn finish(docs: &[SourceDoc], failures: &[Failure], out: &Path) -> ExitCode {
    for f in failures {
        eprintln!("ntm: error: {f}");
    }
    for d in docs {
        for w in &d.document.warnings {
            eprintln!("ntm: warning: {}: {w}", d.source_file);
        }
    }
    let tables: usize = docs.iter().map(|d| d.document.tables.len()).sum();
    eprintln!(
        "ntm: {} file(s) read, {} failed, {} table(s) → {}",
        docs.len(),
        failures.len(),
        tables,
        out.display()
    );
    ExitCode::from(if failures.is_empty() {
        EXIT_OK
    } else {
        EXIT_SOME_FAILED
    })
}

/// `ntm store check`: exit 1 when an interrupted import left something behind
/// (after --repair: when the repair could not finish).
pub fn store_check(args: &crate::cli::StoreCheckArgs) -> anyhow::Result<ExitCode> {
    let r = crate::store::check::check(&args.store, args.repair)?;
    for l in &r.leftovers {
        eprintln!("ntm: store: leftover: {l}");
    }
    for o in &r.orphans {
        eprintln!("ntm: store: partition without a documents row: {o}");
    }
    eprintln!(
        "ntm: store: {} document(s); {}",
        r.documents,
        match (r.is_clean(), args.repair) {
            (true, _) => "clean",
            (false, true) => "repaired",
            (false, false) => "needs repair (run with --repair)",
        }
    );
    Ok(ExitCode::from(if r.is_clean() || args.repair {
        EXIT_OK
    } else {
        EXIT_SOME_FAILED
    }))
}
