//! Turning the paths a user gives into the list of files to read.

use ntm_parsers::Format;
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
/// with `recursive` it walks them too. A file named directly is always taken; if
/// its type is unknown it is rejected with a reason. Paths keep the form given.
pub fn expand(inputs: &[PathBuf], recursive: bool) -> (Vec<PathBuf>, Vec<Rejected>) {
    let mut files = Vec::new();
    let mut rejected = Vec::new();
    for p in inputs {
        if p.is_dir() {
            walk(p, recursive, &mut files, &mut rejected);
        } else if !p.exists() {
            rejected.push(Rejected {
                path: p.clone(),
                why: "no such file or directory".into(),
            });
        } else if Format::from_path(p).is_none() {
            rejected.push(Rejected {
                path: p.clone(),
                why: "unsupported file type (expected .txt, .pdf, .xlsx, .xls or .ods)".into(),
            });
        } else {
            files.push(p.clone());
        }
    }
    files.dedup();
    (files, rejected)
}

fn walk(dir: &Path, recursive: bool, files: &mut Vec<PathBuf>, rejected: &mut Vec<Rejected>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            rejected.push(Rejected {
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
            if recursive {
                walk(&p, recursive, files, rejected);
            }
        } else if Format::from_path(&p).is_some() {
            files.push(p);
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
}
