//! The external programs the scan reader runs: Poppler's `pdftoppm` to render a page
//! and the `tesseract` command to read text. Calling the commands (rather than
//! linking libtesseract) keeps the product building on machines without them; they are
//! looked up once per run, and a missing one gives a message naming the Debian
//! packages to install.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// The Debian packages that provide what OCR needs.
pub const PACKAGES: &str = "tesseract-ocr tesseract-ocr-vie poppler-utils";

/// Checks that `tesseract` (with `language`'s model) and `pdftoppm` can run.
/// Returns why not, naming the packages to install.
pub fn check(language: &str) -> Result<(), String> {
    static LANGS: OnceLock<Result<String, String>> = OnceLock::new();
    static PDFTOPPM: OnceLock<bool> = OnceLock::new();
    let langs = LANGS.get_or_init(|| {
        let out = Command::new("tesseract")
            .arg("--list-langs")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("the tesseract command cannot run ({e})"))?;
        // Older versions print the list on stderr.
        let mut all = String::from_utf8_lossy(&out.stdout).into_owned();
        all.push_str(&String::from_utf8_lossy(&out.stderr));
        Ok(all)
    });
    let fix = format!("install the Debian packages {PACKAGES} (apt-get install {PACKAGES})");
    let langs = langs.as_ref().map_err(|e| format!("{e}; {fix}"))?;
    for l in language.split('+') {
        if !langs.lines().any(|line| line.trim() == l) {
            return Err(format!("tesseract has no '{l}' language model; {fix}"));
        }
    }
    let ok = *PDFTOPPM.get_or_init(|| {
        Command::new("pdftoppm")
            .arg("-v")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    });
    if !ok {
        return Err(format!("the pdftoppm command cannot run; {fix}"));
    }
    Ok(())
}

/// Renders page `page` (1-based) of the PDF at `path` as a greyscale PGM at `dpi`.
pub fn render_page(path: &Path, page: u32, dpi: u32) -> Result<Vec<u8>, String> {
    let out = Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-gray", "-f", &page.to_string()])
        .args(["-l", &page.to_string()])
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("pdftoppm cannot run: {e}"))?;
    if !out.status.success() || out.stdout.is_empty() {
        return Err(format!(
            "pdftoppm failed to render the page: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(out.stdout)
}

/// Runs Tesseract on `images` (one process; the model loads once) with page
/// segmentation mode `psm`, and returns its TSV. In the TSV, `page_num` is the
/// 1-based position of the image in `images`.
pub fn tesseract_tsv(
    images: &[&Path],
    dir: &Path,
    language: &str,
    psm: u8,
    dpi: u32,
) -> Result<String, String> {
    let list = dir.join(format!("list-psm{psm}.txt"));
    let mut f =
        std::fs::File::create(&list).map_err(|e| format!("cannot write image list: {e}"))?;
    for p in images {
        writeln!(f, "{}", p.display()).map_err(|e| format!("cannot write image list: {e}"))?;
    }
    drop(f);
    let out = Command::new("tesseract")
        .arg(&list)
        .arg("stdout")
        .args([
            "-l",
            language,
            "--psm",
            &psm.to_string(),
            "--dpi",
            &dpi.to_string(),
            "tsv",
        ])
        // Pages run in parallel already; Tesseract's own threads would only compete.
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("tesseract cannot run: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "tesseract failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
