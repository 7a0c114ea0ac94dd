//! The `ntm` command. Thin: parse arguments, run, map errors to exit code 2.

use clap::Parser;
use ntm_ingest::cli::{Cli, Command};
use ntm_ingest::run;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Tables(args) => run::tables(args),
        Command::Ingest(args) => run::ingest(args),
        Command::Validate(args) => run::validate(args),
        Command::Diff(args) => ntm_ingest::diff::command::run(args),
        Command::Store(ntm_ingest::cli::StoreCommand::Check(args)) => run::store_check(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("ntm: fatal: {e:#}");
            ExitCode::from(run::EXIT_FATAL)
        }
    }
}
