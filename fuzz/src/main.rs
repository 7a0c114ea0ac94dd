//! `ntm-fuzz`: mutation fuzzing of the format readers.
//!
//! ```text
//! ntm-fuzz run TARGET|all [--seconds N] [--seed N] [--timeout-ms N] [--mem-mb N] [--save DIR]
//! ntm-fuzz replay TARGET FILE...      read saved cases in a bounded child
//! ntm-fuzz list                       the targets
//! ```
//! Targets: pdf, pdf-content, xlsx, ods, xls, ocr. Findings are saved under
//! `--save` (default `fuzz/regressions`) as `<target>/<crash|hang|panic>-<seed>-<i>.<ext>`.

use ntm_fuzz::runner::{self, Limits, Replay};
use ntm_fuzz::target::{NAMES, Target};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

fn usage() -> ExitCode {
    eprintln!(
        "usage: ntm-fuzz run TARGET|all [--seconds N] [--seed N] [--timeout-ms N] [--mem-mb N] [--save DIR]\n       ntm-fuzz replay TARGET FILE...\n       ntm-fuzz list\ntargets: {}",
        NAMES.join(", ")
    );
    ExitCode::from(2)
}

fn target(name: &str) -> Result<Target, ExitCode> {
    Target::named(name).ok_or_else(|| {
        eprintln!("ntm-fuzz: no target {name}");
        usage()
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let exe = std::env::current_exe().expect("own path");
    match args.first().map(String::as_str) {
        Some("list") => {
            println!("{}", NAMES.join("\n"));
            ExitCode::SUCCESS
        }
        Some("worker") if args.len() == 4 => {
            let t = match target(&args[1]) {
                Ok(t) => t,
                Err(c) => return c,
            };
            let (Ok(seed), Ok(start)) = (args[2].parse(), args[3].parse()) else {
                return usage();
            };
            runner::worker(&t, seed, start)
        }
        Some("replay-one") if args.len() == 3 => match target(&args[1]) {
            Ok(t) => {
                if runner::replay_one(&t, Path::new(&args[2])) {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            }
            Err(c) => c,
        },
        Some("replay") if args.len() >= 3 => {
            let limits = Limits::default();
            let mut bad = 0;
            for f in &args[2..] {
                match runner::replay(&exe, &args[1], Path::new(f), &limits) {
                    Ok(Replay::Ok(s)) => println!("{f}: ok ({s})"),
                    Ok(other) => {
                        bad += 1;
                        println!("{f}: {other:?}");
                    }
                    Err(e) => {
                        bad += 1;
                        println!("{f}: cannot run: {e}");
                    }
                }
            }
            ExitCode::from(u8::from(bad > 0))
        }
        Some("run") if args.len() >= 2 => run(&exe, &args[1], &args[2..]),
        _ => usage(),
    }
}

fn run(exe: &Path, which: &str, opts: &[String]) -> ExitCode {
    let mut seconds = 60u64;
    let mut seed = 1u64;
    let mut limits = Limits::default();
    let mut save = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let mut it = opts.iter();
    while let Some(o) = it.next() {
        let Some(v) = it.next() else { return usage() };
        let n = v.parse::<u64>();
        match (o.as_str(), n) {
            ("--seconds", Ok(n)) => seconds = n,
            ("--seed", Ok(n)) => seed = n,
            ("--timeout-ms", Ok(n)) => limits.timeout = Duration::from_millis(n),
            ("--mem-mb", Ok(n)) => limits.mem_mb = n,
            ("--save", _) => save = PathBuf::from(v),
            _ => return usage(),
        }
    }
    let names: Vec<&str> = if which == "all" {
        NAMES.to_vec()
    } else {
        vec![which]
    };
    let mut found = 0;
    for name in names {
        let t = match target(name) {
            Ok(t) => t,
            Err(c) => return c,
        };
        let r = match runner::run(exe, &t, seed, Duration::from_secs(seconds), &limits, &save) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("ntm-fuzz: {name}: {e}");
                return ExitCode::from(2);
            }
        };
        println!(
            "{name}: {} executions in {seconds} s (seed {seed}), {} findings",
            r.executions,
            r.findings.len()
        );
        for (what, p) in &r.findings {
            println!("  {what}: {}", p.display());
        }
        found += r.findings.len();
    }
    ExitCode::from(u8::from(found > 0))
}
