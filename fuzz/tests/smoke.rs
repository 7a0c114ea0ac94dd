//! A short fuzzing run of every target, and a replay of every saved finding:
//! each saved case must now be read within the time and memory limits.

use ntm_fuzz::runner::{self, Limits, Replay};
use ntm_fuzz::target::{NAMES, Target};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn exe() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_ntm-fuzz"))
}

#[test]
fn every_target_runs_a_few_seconds_without_findings() {
    let save = std::env::temp_dir().join(format!("ntm-fuzz-smoke-{}", std::process::id()));
    let limits = Limits {
        timeout: Duration::from_secs(60),
        mem_mb: 2048,
    };
    for name in NAMES {
        let t = Target::named(name).unwrap();
        let r = runner::run(&exe(), &t, 42, Duration::from_secs(2), &limits, &save).unwrap();
        assert!(r.executions > 0, "{name}: no case ran");
        assert!(r.findings.is_empty(), "{name}: {:?}", r.findings);
    }
    let _ = std::fs::remove_dir_all(&save);
}

#[test]
fn saved_findings_are_read_within_limits() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let limits = Limits {
        timeout: Duration::from_secs(60),
        mem_mb: 2048,
    };
    for name in NAMES {
        for f in runner::saved(&dir, name) {
            let r = runner::replay(&exe(), name, &f, &limits).unwrap();
            assert!(matches!(r, Replay::Ok(_)), "{}: {r:?}", f.display());
        }
    }
}
