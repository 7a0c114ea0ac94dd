//! Running cases in a bounded worker process and keeping what breaks it.
//!
//! The parent starts `ntm-fuzz worker TARGET SEED START` through `sh -c 'ulimit -v
//! …; exec …'`, so the worker lives under an address-space limit. The worker
//! prints `S i` before case `i` and `D i` after it (`P i` when it panicked, which
//! it catches and survives). The parent reads those lines with a timeout: no line
//! for `timeout` means case `i` hangs; the stream ending before `D i` means the
//! worker died on it (abort, allocation failure). Either way case `i` is rebuilt
//! from (seed, i), saved, and a new worker goes on at `i + 1`.

use crate::target::Target;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// Bounds of one run.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Time one case may take, default 10 s.
    pub timeout: Duration,
    /// Address space of the worker, MiB, default 2,048.
    pub mem_mb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Duration::from_secs(10),
            mem_mb: 2048,
        }
    }
}

/// What a run found.
#[derive(Debug, Default, Clone)]
pub struct Report {
    /// Cases run to the end (including those that panicked).
    pub executions: u64,
    /// Saved cases, with what happened (`crash`, `hang`, `panic`).
    pub findings: Vec<(String, PathBuf)>,
}

fn spawn(exe: &Path, args: &[String], limits: &Limits) -> std::io::Result<Child> {
    let kb = limits.mem_mb * 1024;
    Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {kb} && exec \"$0\" \"$@\""))
        .arg(exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
}

fn lines_of(child: &mut Child) -> Receiver<String> {
    let (tx, rx) = channel();
    let out = child.stdout.take().expect("piped");
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Fuzzes `target` for `duration` from case 0 of `seed`, saving findings under
/// `save/<target>/`.
pub fn run(
    exe: &Path,
    target: &Target,
    seed: u64,
    duration: Duration,
    limits: &Limits,
    save: &Path,
) -> std::io::Result<Report> {
    let deadline = Instant::now() + duration;
    let mut report = Report::default();
    let mut next = 0u64;
    while Instant::now() < deadline {
        let args = vec![
            "worker".to_string(),
            target.name.to_string(),
            seed.to_string(),
            next.to_string(),
        ];
        let mut child = spawn(exe, &args, limits)?;
        let rx = lines_of(&mut child);
        let mut current: Option<u64> = None;
        let outcome = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() && current.is_none() {
                break None;
            }
            match rx.recv_timeout(limits.timeout.min(left.max(Duration::from_millis(1)))) {
                Ok(line) => {
                    let (tag, i) = line.split_once(' ').unwrap_or((line.as_str(), ""));
                    let i: u64 = i.split(' ').next().unwrap_or("").parse().unwrap_or(0);
                    match tag {
                        "S" => current = Some(i),
                        "D" => {
                            report.executions += 1;
                            current = None;
                            next = i + 1;
                        }
                        "P" => {
                            report.executions += 1;
                            current = None;
                            next = i + 1;
                            report
                                .findings
                                .push(("panic".into(), keep(target, seed, i, "panic", save)?));
                        }
                        _ => {}
                    }
                }
                Err(RecvTimeoutError::Timeout) => match current {
                    // Still inside one case after the timeout: a hang.
                    Some(i) if Instant::now() < deadline || left.is_zero() => {
                        break Some(("hang", i));
                    }
                    _ => break None,
                },
                Err(RecvTimeoutError::Disconnected) => break current.map(|i| ("crash", i)),
            }
        };
        let _ = child.kill();
        let _ = child.wait();
        match outcome {
            Some((what, i)) => {
                report
                    .findings
                    .push((what.into(), keep(target, seed, i, what, save)?));
                next = i + 1;
            }
            None if Instant::now() >= deadline => break,
            None => {}
        }
    }
    Ok(report)
}

/// Saves case `i` as `save/<target>/<what>-<seed>-<i>.<ext>`.
fn keep(target: &Target, seed: u64, i: u64, what: &str, save: &Path) -> std::io::Result<PathBuf> {
    let dir = save.join(target.name);
    std::fs::create_dir_all(&dir)?;
    let p = dir.join(format!("{what}-{seed}-{i}.{}", target.ext));
    std::fs::write(&p, target.case(seed, i))?;
    Ok(p)
}

/// The worker loop: runs cases `start..` until killed.
pub fn worker(target: &Target, seed: u64, start: u64) -> ! {
    std::panic::set_hook(Box::new(|_| {}));
    let scratch = std::env::temp_dir().join(format!(
        "ntm-fuzz-{}-{}.{}",
        target.name,
        std::process::id(),
        target.ext
    ));
    let mut out = std::io::stdout().lock();
    let mut i = start;
    loop {
        let bytes = target.case(seed, i);
        let _ = writeln!(out, "S {i}");
        let _ = out.flush();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            target.read(&bytes, &scratch)
        }));
        let _ = writeln!(out, "{} {i}", if r.is_ok() { "D" } else { "P" });
        let _ = out.flush();
        i += 1;
    }
}

/// Outcome of replaying one saved file.
#[derive(Debug, Clone, PartialEq)]
pub enum Replay {
    /// Read (with or without an error) within the limits.
    Ok(String),
    /// Panicked.
    Panic,
    /// Killed by a signal or exited abnormally (out of memory, abort).
    Crash(String),
    /// Still running at the timeout.
    Hang,
}

/// Reads `file` as `target` in a bounded child process (`ntm-fuzz replay-one`).
pub fn replay(exe: &Path, target: &str, file: &Path, limits: &Limits) -> std::io::Result<Replay> {
    let args = vec![
        "replay-one".to_string(),
        target.to_string(),
        file.to_string_lossy().into_owned(),
    ];
    let mut child = spawn(exe, &args, limits)?;
    let rx = lines_of(&mut child);
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            // The child has exited, but its last line may still be on its way from
            // the reader thread: read until the pipe closes (a few seconds at most).
            let mut said: Vec<String> = Vec::new();
            let until = Instant::now() + Duration::from_secs(5);
            while let Ok(line) = rx.recv_timeout(until.saturating_duration_since(Instant::now())) {
                said.push(line);
            }
            return Ok(match said.last().map(String::as_str) {
                Some("panic") => Replay::Panic,
                Some(s) if status.success() => Replay::Ok(s.to_string()),
                _ => Replay::Crash(format!("{status}")),
            });
        }
        if start.elapsed() > limits.timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(Replay::Hang);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The body of `ntm-fuzz replay-one`: reads the file, prints the outcome.
pub fn replay_one(target: &Target, file: &Path) -> bool {
    // `NTM_FUZZ_VERBOSE=1` keeps panic messages on stderr, to see what broke.
    if std::env::var_os("NTM_FUZZ_VERBOSE").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    let Ok(bytes) = std::fs::read(file) else {
        println!("unreadable");
        return false;
    };
    let scratch = std::env::temp_dir().join(format!(
        "ntm-fuzz-replay-{}.{}",
        std::process::id(),
        target.ext
    ));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        target.read(&bytes, &scratch)
    }));
    let _ = std::fs::remove_file(&scratch);
    match r {
        Ok(Ok(n)) => println!("{n} tables"),
        Ok(Err(e)) => println!("error: {}", e.replace('\n', " ")),
        Err(_) => println!("panic"),
    }
    true
}

/// Saved regression files of `target` under `dir` (`fuzz/regressions`).
pub fn saved(dir: &Path, target: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir.join(target))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| {
        p.is_file()
            && !p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
    });
    v.sort();
    v
}
