//! Embeds every province's hand-kept gazetteer files
//! (`data/gazetteer/provinces/<slug>/*.csv`): adding a province's aliases or
//! programme list is adding a file, and the next build picks it up.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer/provinces");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files: Vec<(String, String, String)> = Vec::new();
    if let Ok(dirs) = std::fs::read_dir(&root) {
        for dir in dirs.flatten() {
            let path = dir.path();
            if !path.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let slug = dir.file_name().to_string_lossy().into_owned();
            for f in std::fs::read_dir(&path).into_iter().flatten().flatten() {
                let name = f.file_name().to_string_lossy().into_owned();
                if name.ends_with(".csv") {
                    println!("cargo:rerun-if-changed={}", f.path().display());
                    files.push((slug.clone(), name, f.path().display().to_string()));
                }
            }
        }
    }
    files.sort();
    let mut out = String::from(
        "/// (province slug, file name, contents) of `data/gazetteer/provinces/*/*.csv`.\n\
         pub(crate) static PROVINCE_FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (slug, name, path) in &files {
        writeln!(out, "    ({slug:?}, {name:?}, include_str!({path:?})),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("province_files.rs");
    std::fs::write(dest, out).unwrap();
}
