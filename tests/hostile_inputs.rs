//! Hostile and damaged inputs through the `ntm` binary, each in a child process
//! under a 2 GiB address-space limit: every run ends in time, none aborts, and
//! every damaged input is reported (a warning or an error, never a silent exit 0).
//! Also: symbolic-link loops, runs that read nothing, and runs killed half-way
//! leave the output directory holding one whole set of files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn temp(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ntm-hostile-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs `ntm args` under `ulimit -v 2 GiB`, killing it after `limit`.
fn ntm_bounded(args: &[&str], limit: Duration) -> (Output, Duration) {
    let start = Instant::now();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 2097152 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_ntm"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drain the pipes while waiting, so a chatty run cannot block on them.
    let (mut so, mut se) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let t1 = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut so, &mut v).ok();
        v
    });
    let t2 = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut se, &mut v).ok();
        v
    });
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            break child.wait().unwrap();
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let out = Output {
        status,
        stdout: t1.join().unwrap(),
        stderr: t2.join().unwrap(),
    };
    (out, start.elapsed())
}

#[test]
fn each_hostile_case_ends_in_time_and_is_reported() {
    let dir = temp("cases");
    let ods = std::fs::read(root().join("samples/khanh-hoa-2024-appendices.ods")).unwrap();
    let xlsx = std::fs::read(root().join("samples/khanh-hoa-2024-appendices.xlsx")).unwrap();
    let mut problems = Vec::new();
    for case in ntm_fuzz::hostile::cases(&ods, &xlsx, 1) {
        let input = dir.join(format!("{}.{}", case.name, case.ext));
        std::fs::write(&input, &case.bytes).unwrap();
        let out = dir.join(format!("out-{}", case.name));
        let (o, took) = ntm_bounded(
            &[
                "tables",
                input.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "-q",
            ],
            Duration::from_secs(30),
        );
        let err = String::from_utf8_lossy(&o.stderr);
        let code = o.status.code();
        eprintln!("{}: {:?} in {:.2?}", case.name, code, took);
        if code.is_none() || code == Some(2) {
            problems.push(format!("{}: ended by {:?}: {err}", case.name, o.status));
        }
        if took > Duration::from_secs(10) {
            problems.push(format!("{}: took {took:.2?}", case.name));
        }
        let reported = err.contains("ntm: warning:") || err.contains("ntm: error:");
        if case.must_warn && !reported {
            problems.push(format!(
                "{}: exit {code:?} with no warning or error: {err}",
                case.name
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_file_format_comes_from_the_content() {
    let dir = temp("magic");
    let pdf = dir.join("report.xlsx");
    std::fs::write(&pdf, ntm_fuzz::hostile::pdf_plain()).unwrap();
    let out = dir.join("out");
    let (o, _) = ntm_bounded(
        &[
            "tables",
            pdf.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "-q",
        ],
        Duration::from_secs(30),
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("the content is pdf, not xlsx")
            && err.contains("1 file(s) read, 0 failed")
            && !err.contains(" 0 table(s)"),
        "{err}"
    );
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let (o, _) = ntm_bounded(
        &[
            "tables",
            empty.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "-q",
        ],
        Duration::from_secs(30),
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("empty.txt") && err.contains("empty file"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_ends_and_each_file_is_read_once() {
    let dir = temp("loop");
    std::fs::create_dir_all(dir.join("in/d")).unwrap();
    std::fs::copy(
        root().join("samples/khanh-hoa-2024-appendices.xlsx"),
        dir.join("in/d/plan.xlsx"),
    )
    .unwrap();
    std::os::unix::fs::symlink(".", dir.join("in/d/sub")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("in/d/up")).unwrap();
    let out = dir.join("out");
    let (o, took) = ntm_bounded(
        &[
            "tables",
            dir.join("in").to_str().unwrap(),
            "--recursive",
            "--out",
            out.to_str().unwrap(),
            "-q",
        ],
        Duration::from_secs(30),
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert!(err.contains("ntm: 1 file(s) read, 0 failed"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every regular file of `dir` (recursively), by relative path.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    fn walk(base: &Path, d: &Path, m: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, m);
            } else {
                let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
                m.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    walk(dir, dir, &mut m);
    m
}

#[test]
fn a_run_that_reads_nothing_leaves_the_output_byte_identical() {
    let dir = temp("nothing");
    let out = dir.join("out");
    let sample = root().join("samples/khanh-hoa-2024-appendices.xlsx");
    let (o, _) = ntm_bounded(
        &[
            "tables",
            sample.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "-q",
        ],
        Duration::from_secs(60),
    );
    assert_eq!(o.status.code(), Some(0));
    let before = snapshot(&out);
    assert!(before.contains_key("cells.parquet"));
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    for input in [dir.join("missing.pdf"), empty] {
        for cmd in ["tables", "ingest"] {
            let (o, _) = ntm_bounded(
                &[
                    cmd,
                    input.to_str().unwrap(),
                    "--out",
                    out.to_str().unwrap(),
                    "-q",
                ],
                Duration::from_secs(60),
            );
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(1), "{err}");
            assert!(err.contains("left unchanged"), "{err}");
            assert_eq!(snapshot(&out), before, "{cmd} {}", input.display());
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_killed_run_leaves_the_old_set_or_the_new_one() {
    let dir = temp("kill");
    let out = dir.join("out");
    let small = root().join("samples/wb-variants.lo.xlsx");
    let big: Vec<String> = [
        "samples/khanh-hoa-2024-ntm-plan.ocr.txt",
        "samples/khanh-hoa-2024-appendices.xlsx",
        "samples/khanh-hoa-2024-appendices.ods",
        "samples/pl03-commune-plan.lo.pdf",
        "samples/pl07-roadmap-ntm.chromium.pdf",
        "samples/pl06-agencies.lo.pdf",
    ]
    .iter()
    .map(|p| root().join(p).to_string_lossy().into_owned())
    .collect();
    let ingest = |out: &Path| -> Vec<String> {
        let mut a: Vec<String> = vec!["ingest".into()];
        a.extend(big.iter().cloned());
        a.extend([
            "--out".into(),
            out.to_string_lossy().into_owned(),
            "-q".into(),
        ]);
        a
    };
    // The new set, from a complete run elsewhere.
    let reference = dir.join("reference");
    let args = ingest(&reference);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let (o, full) = ntm_bounded(&refs, Duration::from_secs(300));
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let new_set = snapshot(&reference);
    let same_as_new = |s: &BTreeMap<String, Vec<u8>>| {
        s.keys().eq(new_set.keys())
            && ["cells.parquet", "tables.parquet", "indicators.parquet"]
                .iter()
                .all(|k| s.get(*k) == new_set.get(*k))
    };
    let args = ingest(&out);
    let outs: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut outcomes = Vec::new();
    for step in 1..=8u32 {
        // The old set: a run on a small workbook.
        let (o, _) = ntm_bounded(
            &[
                "tables",
                small.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "-q",
            ],
            Duration::from_secs(60),
        );
        assert_eq!(o.status.code(), Some(0));
        let old_set = snapshot(&out);
        let kill_after = full.mul_f64(f64::from(step) / 8.0);
        let (_, _) = ntm_bounded(&outs, kill_after);
        let now = snapshot(&out);
        let which = if now == old_set {
            "old"
        } else if same_as_new(&now) {
            "new"
        } else {
            panic!(
                "killed after {kill_after:?}: a mixed set {:?}",
                now.keys().collect::<Vec<_>>()
            )
        };
        outcomes.push(which);
    }
    eprintln!("outcomes: {outcomes:?}");
    // The next run cleans up what the killed ones left beside the target.
    let (o, _) = ntm_bounded(
        &[
            "tables",
            small.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "-q",
        ],
        Duration::from_secs(60),
    );
    assert_eq!(o.status.code(), Some(0));
    let left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("ntm-staging") || n.contains("ntm-old"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}
