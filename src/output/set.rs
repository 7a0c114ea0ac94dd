//! The output directory as one set: a run writes every file into a fresh staging
//! directory beside the target and swaps it in at the end, so a reader (or a run
//! killed half-way) never leaves new `cells.parquet` beside old `findings.parquet`.
//!
//! * The staging directory is `.<name>.ntm-staging.<pid>` in the target's parent;
//!   the previous set is moved to `.<name>.ntm-old.<pid>` and removed after the
//!   swap. On Linux the swap is one atomic `renameat2(RENAME_EXCHANGE)`; elsewhere
//!   (or on file systems without it) two renames, with a moment where the target
//!   is absent, which the next run repairs.
//! * Anything in the target that `ntm` did not write (an input kept there, a
//!   `.gitkeep`, a subdirectory) is carried into the new set by hard links (copies
//!   across devices), so swapping never loses a user's file.
//! * Leftovers of killed runs — staging and old directories whose process is gone,
//!   and the `.<file>.<pid>.tmp` files older versions left inside the target — are
//!   removed when the next run begins, and reported; an old set left without its
//!   target by a run killed between the two renames is put back first.

use anyhow::Context;
use std::path::{Path, PathBuf};

/// Files an `ntm` run writes; anything else found in the target is the user's.
pub const OUTPUT_FILES: &[&str] = &[
    "cells.parquet",
    "cells.csv",
    "tables.parquet",
    "documents.parquet",
    "findings.parquet",
    "report.html",
    "indicators.parquet",
    "roadmap.parquet",
    "roadmap_totals.parquet",
    "targets.parquet",
    "agencies.parquet",
    "district_targets.parquet",
    "criteria_summaries.parquet",
    "appendices.parquet",
    MANIFEST,
];

/// The manifest written last into each set: one file name per line, after a
/// header line naming the tool version.
pub const MANIFEST: &str = "ntm-manifest.txt";

/// An output set being written.
#[derive(Debug)]
pub struct OutputSet {
    target: PathBuf,
    staging: PathBuf,
    old: PathBuf,
}

impl OutputSet {
    /// Prepares a fresh staging directory for `target`, after cleaning what killed
    /// runs left behind (each removal is reported on stderr).
    pub fn begin(target: &Path) -> anyhow::Result<Self> {
        let name = target
            .file_name()
            .filter(|n| *n != "." && *n != "..")
            .map(|n| n.to_string_lossy().into_owned());
        // `--out .` or `--out ..`: name the directory itself.
        let target = match name {
            Some(_) => target.to_path_buf(),
            None => std::fs::canonicalize(target)
                .with_context(|| format!("cannot resolve output directory {}", target.display()))?,
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .context("the output directory has no name")?;
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
        for note in clean_stale(&parent, &name, &target) {
            eprintln!("ntm: {note}");
        }
        let pid = std::process::id();
        let staging = parent.join(format!(".{name}.ntm-staging.{pid}"));
        let old = parent.join(format!(".{name}.ntm-old.{pid}"));
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir(&staging)
            .with_context(|| format!("cannot create staging directory {}", staging.display()))?;
        Ok(OutputSet {
            target,
            staging,
            old,
        })
    }

    /// Where this run writes its files.
    pub fn dir(&self) -> &Path {
        &self.staging
    }

    /// The directory the set will replace.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Writes the manifest, carries the user's files over and swaps the new set in.
    pub fn commit(self) -> anyhow::Result<()> {
        let mut names: Vec<String> = std::fs::read_dir(&self.staging)?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let manifest = format!("{}\n{}\n", crate::TOOL_VERSION, names.join("\n"));
        super::parquet::write_bytes(&self.staging, MANIFEST, manifest.as_bytes())?;
        if self.target.is_dir() {
            carry_foreign(&self.target, &self.staging)?;
        } else if self.target.exists() {
            anyhow::bail!("{} exists and is not a directory", self.target.display());
        }
        swap(&self.staging, &self.target, &self.old)?;
        let _ = std::fs::remove_dir_all(&self.old);
        Ok(())
    }

    /// Drops the staging directory: the target keeps its previous set.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

/// True for a name a run writes (including older versions' temporary files).
fn is_ours(name: &str) -> bool {
    OUTPUT_FILES.contains(&name) || stale_tmp_file(name)
}

/// `.cells.parquet.1234.tmp`: a file older versions wrote in place and renamed.
fn stale_tmp_file(name: &str) -> bool {
    name.starts_with('.')
        && name.ends_with(".tmp")
        && name
            .trim_end_matches(".tmp")
            .rsplit('.')
            .next()
            .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Links (or copies) every entry of `from` that `ntm` did not write into `to`.
fn carry_foreign(from: &Path, to: &Path) -> anyhow::Result<()> {
    for e in std::fs::read_dir(from)?.filter_map(|e| e.ok()) {
        let name = e.file_name();
        if is_ours(&name.to_string_lossy()) || to.join(&name).exists() {
            continue;
        }
        link_tree(&e.path(), &to.join(&name))
            .with_context(|| format!("cannot keep {} in the new output", e.path().display()))?;
    }
    Ok(())
}

fn link_tree(src: &Path, dst: &Path) -> std::io::Result<()> {
    let meta = std::fs::symlink_metadata(src)?;
    if meta.file_type().is_symlink() {
        #[cfg(unix)]
        return std::os::unix::fs::symlink(std::fs::read_link(src)?, dst);
        #[cfg(not(unix))]
        return std::fs::copy(src, dst).map(|_| ());
    }
    if meta.is_dir() {
        std::fs::create_dir(dst)?;
        for e in std::fs::read_dir(src)? {
            let e = e?;
            link_tree(&e.path(), &dst.join(e.file_name()))?;
        }
        return Ok(());
    }
    std::fs::hard_link(src, dst).or_else(|_| std::fs::copy(src, dst).map(|_| ()))
}

/// Puts `staging` in place of `target` (which may not exist).
fn swap(staging: &Path, target: &Path, old: &Path) -> anyhow::Result<()> {
    if !target.exists() {
        return std::fs::rename(staging, target)
            .with_context(|| format!("cannot move the output into {}", target.display()));
    }
    if exchange(staging, target) {
        // `staging` now holds the previous set.
        return std::fs::rename(staging, old).map_err(Into::into);
    }
    std::fs::rename(target, old)
        .with_context(|| format!("cannot move the previous output {} aside", target.display()))?;
    std::fs::rename(staging, target)
        .with_context(|| format!("cannot move the output into {}", target.display()))
}

/// Atomically exchanges two directories; false where the system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let (Ok(ca), Ok(cb)) = (
        std::ffi::CString::new(a.as_os_str().as_bytes()),
        std::ffi::CString::new(b.as_os_str().as_bytes()),
    ) else {
        return false;
    };
    // SAFETY: both paths are valid NUL-terminated strings for the duration of the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    r == 0
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> bool {
    false
}

/// True while process `pid` runs (on systems without `/proc`, always true: a
/// leftover is then kept rather than pulled from under a live run).
fn alive(pid: u32) -> bool {
    if !Path::new("/proc/self").exists() {
        return true;
    }
    Path::new(&format!("/proc/{pid}")).exists()
}

/// Removes what killed runs left for `target` (named `name` in `parent`), and puts
/// back a previous set left without its target. Returns one note per action.
fn clean_stale(parent: &Path, name: &str, target: &Path) -> Vec<String> {
    let mut notes = Vec::new();
    let staging = format!(".{name}.ntm-staging.");
    let old = format!(".{name}.ntm-old.");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return notes;
    };
    let mut leftovers: Vec<(PathBuf, bool)> = Vec::new();
    for e in entries.filter_map(|e| e.ok()) {
        let n = e.file_name().to_string_lossy().into_owned();
        let (is_old, pid) = if let Some(p) = n.strip_prefix(&staging) {
            (false, p)
        } else if let Some(p) = n.strip_prefix(&old) {
            (true, p)
        } else {
            continue;
        };
        if pid.parse::<u32>().is_ok_and(|p| !alive(p)) {
            leftovers.push((e.path(), is_old));
        }
    }
    leftovers.sort();
    for (path, is_old) in leftovers {
        if is_old && !target.exists() && std::fs::rename(&path, target).is_ok() {
            notes.push(format!(
                "restored {} from {} (a run was stopped while swapping it)",
                target.display(),
                path.display()
            ));
            continue;
        }
        if std::fs::remove_dir_all(&path).is_ok() {
            notes.push(format!(
                "removed {} left by an interrupted run",
                path.display()
            ));
        }
    }
    if let Ok(entries) = std::fs::read_dir(target) {
        for e in entries.filter_map(|e| e.ok()) {
            let n = e.file_name().to_string_lossy().into_owned();
            let pid = n.trim_end_matches(".tmp").rsplit('.').next().unwrap_or("");
            if stale_tmp_file(&n)
                && pid.parse::<u32>().is_ok_and(|p| !alive(p))
                && std::fs::remove_file(e.path()).is_ok()
            {
                notes.push(format!(
                    "removed {} left by an interrupted run",
                    e.path().display()
                ));
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("ntm-set-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn commit_replaces_the_set_and_keeps_foreign_files() {
        let root = dir("commit");
        let out = root.join("out");
        std::fs::create_dir_all(out.join("inputs")).unwrap();
        std::fs::write(out.join("findings.parquet"), b"old").unwrap();
        std::fs::write(out.join(".gitkeep"), b"").unwrap();
        std::fs::write(out.join("inputs/plan.txt"), b"mine").unwrap();
        std::fs::write(out.join(".cells.parquet.999999999.tmp"), b"x").unwrap();
        let set = OutputSet::begin(&out).unwrap();
        std::fs::write(set.dir().join("cells.parquet"), b"new").unwrap();
        set.commit().unwrap();
        let mut names: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [".gitkeep", "cells.parquet", "inputs", MANIFEST]);
        assert_eq!(std::fs::read(out.join("inputs/plan.txt")).unwrap(), b"mine");
        let left: Vec<_> = std::fs::read_dir(&root).unwrap().collect();
        assert_eq!(left.len(), 1, "no staging or old directory left");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn leftovers_of_dead_runs_are_removed_and_an_orphaned_old_set_restored() {
        let root = dir("stale");
        let out = root.join("out");
        // A run killed between its two renames: no target, the old set aside.
        std::fs::create_dir_all(root.join(".out.ntm-old.999999998")).unwrap();
        std::fs::write(root.join(".out.ntm-old.999999998/cells.parquet"), b"old").unwrap();
        std::fs::create_dir_all(root.join(".out.ntm-staging.999999997")).unwrap();
        let notes = clean_stale(&root, "out", &out);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(std::fs::read(out.join("cells.parquet")).unwrap(), b"old");
        assert!(!root.join(".out.ntm-staging.999999997").exists());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
