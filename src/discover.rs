//! Turning the paths a user gives into the list of files to read.

use ntm_parsers::Format;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A path that could not be used as input.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// The path as given.
    pub path: PathBuf,
    /// Why it was rejected.
    pub why: String,
}

/// Expands `inputs` into files. A directory contributes its files with a known
/// extension (`.txt`, `.pdf`, `.xlsx`, `.xls`, `.ods`), sorted by name, not its
/// subdirectories (so `samples/truth/` does not feed ground-truth files back in);
/// with `recursive` it walks them too, following symbolic links at most once per
/// real (canonical) directory, so a link loop (`sub -> .`, `up -> ..`) ends. A
/// file reached by several paths is read once, under the first path met. A file
/// named directly is always taken; if its type is unknown it is rejected with a
/// reason. Paths keep the form given.
pub fn expand(inputs: &[PathBuf], recursive: bool) -> (Vec<PathBuf>, Vec<Rejected>) {
    let mut w = Walk {
        recursive,
        files: Vec::new(),
        rejected: Vec::new(),
        dirs_seen: HashSet::new(),
        files_seen: HashSet::new(),
    };
    for p in inputs {
        if p.is_dir() {
            w.walk(p);
        } else if !p.exists() {
            w.rejected.push(Rejected {
                path: p.clone(),
                why: "no such file or directory".into(),
            });
        } else if Format::from_path(p).is_none() {
            w.rejected.push(Rejected {
                path: p.clone(),
                why: "unsupported file type (expected .txt, .pdf, .xlsx, .xls or .ods)".into(),
            });
        } else {
            w.take(p.clone());
        }
    }
    (w.files, w.rejected)
}

struct Walk {
    recursive: bool,
    files: Vec<PathBuf>,
    rejected: Vec<Rejected>,
    /// Canonical paths of the directories already listed.
    dirs_seen: HashSet<PathBuf>,
    /// Canonical paths of the files already taken.
    files_seen: HashSet<PathBuf>,
}

impl Walk {
    fn take(&mut self, p: PathBuf) {
        let real = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
        if self.files_seen.insert(real) {
            self.files.push(p);
        }
    }

    fn walk(&mut self, dir: &Path) {
        let real = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !self.dirs_seen.insert(real) {
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.rejected.push(Rejected {
                    path: dir.to_path_buf(),
                    why: format!("cannot list directory: {e}"),
                });
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            let hidden = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            if p.is_dir() {
                if self.recursive {
                    self.walk(&p);
                }
            } else if Format::from_path(&p).is_some() {
                self.take(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_gives_known_files_sorted_and_skips_subdirs() {
        let dir = std::env::temp_dir().join(format!("ntm-discover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for f in ["b.pdf", "a.txt", "notes.md", "sub/c.xlsx", ".hidden.txt"] {
            std::fs::write(dir.join(f), "x").unwrap();
        }
        let (files, rejected) = expand(std::slice::from_ref(&dir), false);
        assert_eq!(files, vec![dir.join("a.txt"), dir.join("b.pdf")]);
        assert!(rejected.is_empty());
        let (files, _) = expand(std::slice::from_ref(&dir), true);
        assert_eq!(files.len(), 3);
        let (_, rejected) = expand(&[dir.join("notes.md"), dir.join("missing.pdf")], false);
        assert_eq!(rejected.len(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_end_and_each_file_is_taken_once() {
        let dir = std::env::temp_dir().join(format!("ntm-discover-loop-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("a")).unwrap();
        std::fs::write(dir.join("a/plan.txt"), "x").unwrap();
        std::fs::write(dir.join("top.pdf"), "x").unwrap();
        std::os::unix::fs::symlink(".", dir.join("a/sub")).unwrap();
        std::os::unix::fs::symlink("..", dir.join("a/up")).unwrap();
        std::os::unix::fs::symlink("a/plan.txt", dir.join("same.txt")).unwrap();
        let (files, rejected) = expand(std::slice::from_ref(&dir), true);
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(files, vec![dir.join("a/plan.txt"), dir.join("top.pdf")]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
