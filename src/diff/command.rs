//! `ntm diff OLD NEW [--out DIR] [--store STORE]`.

use super::engine::{Change, ChangeKind, Side, diff};
use super::source;
use crate::cli::DiffArgs;
use crate::output::parquet;
use anyhow::Context;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::process::ExitCode;

/// Runs the command: prints the summary, writes changes.parquet and
/// report.html when `--out` is given. Exit 0 whether or not anything changed.
pub fn run(args: &DiffArgs) -> anyhow::Result<ExitCode> {
    let load = |which: &str| -> anyhow::Result<Side> {
        match &args.store {
            Some(store) => source::from_store(store, which),
            None => source::from_file(Path::new(which)),
        }
        .with_context(|| format!("cannot read {which}"))
    };
    let (old, new) = (load(&args.old)?, load(&args.new)?);
    let changes = diff(&old, &new)?;
    print!("{}", summary(&changes, &old, &new));
    if let Some(out) = &args.out {
        std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
        let mut df = crate::output::changes::changes(
            &changes,
            (&old.doc_id, &old.source_file),
            (&new.doc_id, &new.source_file),
        )?;
        parquet::write_parquet(&mut df, out, "changes.parquet", &crate::run::metadata())?;
        let html = crate::report::changes_page(&changes, &old.source_file, &new.source_file);
        parquet::write_bytes(out, "report.html", html.as_bytes())?;
        eprintln!("ntm: diff: {} change(s) → {}", changes.len(), out.display());
    }
    Ok(ExitCode::from(crate::run::EXIT_OK))
}

/// One line per change, grouped by dataset, with counts.
pub fn summary(changes: &[Change], old: &Side, new: &Side) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} → {}: {} change(s)",
        old.source_file,
        new.source_file,
        changes.len()
    );
    let mut groups: BTreeMap<(usize, &str), Vec<&Change>> = BTreeMap::new();
    for c in changes {
        let order = std::iter::once("document")
            .chain(super::spec::SPECS.iter().map(|s| s.dataset))
            .position(|d| d == c.dataset)
            .unwrap_or(usize::MAX);
        groups.entry((order, &c.dataset)).or_default().push(c);
    }
    for ((_, dataset), items) in &groups {
        let count = |k: ChangeKind| items.iter().filter(|c| c.change == k).count();
        let _ = writeln!(
            s,
            "\n{dataset}: {} added, {} removed, {} changed",
            count(ChangeKind::Added),
            count(ChangeKind::Removed),
            count(ChangeKind::Changed)
        );
        for c in items {
            let one = |v: &Option<String>| v.as_deref().unwrap_or("—").replace('\n', " / ");
            let _ = match c.change {
                ChangeKind::Changed => writeln!(
                    s,
                    "  ~ {}: {}: {} → {}",
                    c.key,
                    c.field.as_deref().unwrap_or(""),
                    one(&c.before),
                    one(&c.after)
                ),
                ChangeKind::Added => writeln!(s, "  + {}: {}", c.key, one(&c.after)),
                ChangeKind::Removed => writeln!(s, "  - {}: {}", c.key, one(&c.before)),
            };
        }
    }
    s
}
