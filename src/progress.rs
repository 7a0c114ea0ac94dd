//! Progress on stderr — the only module that draws. Drawn only when stderr is a
//! terminal and the user did not ask for `--quiet`, so pipes and CI logs stay clean.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};

/// Counts files, pages and tables as files finish.
pub struct Progress {
    bar: ProgressBar,
    pages: AtomicU64,
    tables: AtomicU64,
}

impl Progress {
    /// A progress display for `files` files.
    pub fn new(files: u64, quiet: bool) -> Self {
        let bar = ProgressBar::new(files);
        if quiet || !std::io::stderr().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        } else if let Ok(style) =
            ProgressStyle::with_template("{bar:30} {pos}/{len} files · {msg} [{elapsed}]")
        {
            bar.set_style(style);
        }
        Progress {
            bar,
            pages: AtomicU64::new(0),
            tables: AtomicU64::new(0),
        }
    }

    /// Records one finished file.
    pub fn file_done(&self, pages: u64, tables: u64) {
        let p = self.pages.fetch_add(pages, Ordering::Relaxed) + pages;
        let t = self.tables.fetch_add(tables, Ordering::Relaxed) + tables;
        self.bar.set_message(format!("{p} pages · {t} tables"));
        self.bar.inc(1);
    }

    /// Clears the display.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
