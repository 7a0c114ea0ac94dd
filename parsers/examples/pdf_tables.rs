//! Prints the tables of PDF files (the text dump format of `ntm_parsers::dump`).
//!
//! `cargo run -p ntm-parsers --example pdf_tables -- FILE.pdf… [--svg DIR] [--csv DIR] [--repeat N]`
//! `--csv DIR` writes each table as `<stem>.t<index>.csv` in the cells format of
//! `samples/truth/`; `--repeat N` reads each file N times and prints the median
//! seconds per page (for benchmarks).

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut files = Vec::new();
    let (mut svg, mut csv, mut repeat) = (None, None, 0usize);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--svg" => svg = args.next().map(PathBuf::from),
            "--csv" => csv = args.next().map(PathBuf::from),
            "--pages" => {
                for f in args.by_ref() {
                    let s = ntm_parsers::pdf::PdfSettings::default();
                    let (pages, _, _) =
                        ntm_parsers::pdf::read_pages(std::path::Path::new(&f), &s).expect("read");
                    for p in &pages {
                        let t = ntm_parsers::pdf::extract::extract(p, &s);
                        println!(
                            "== page {} ({} x {}, turns {}): {} tables, {} free lines",
                            p.number,
                            p.width,
                            p.height,
                            p.extra_turns,
                            t.tables.len(),
                            t.lines.len()
                        );
                        for tb in &t.tables {
                            println!(
                                "  table {:?} rows {} xs {:?} caption {:?} above {:?} below {:?}",
                                tb.bbox, tb.n_rows, tb.xs, tb.caption, tb.above, tb.below
                            );
                            for c in &tb.cells {
                                println!(
                                    "    r{} c{} {}x{} | {}",
                                    c.row,
                                    c.col,
                                    c.row_span,
                                    c.col_span,
                                    c.text.chars().take(60).collect::<String>()
                                );
                            }
                        }
                        if std::env::var("PDF_SEGMENTS").is_ok() {
                            for sg in &p.segments {
                                println!(
                                    "  seg {:.2} {:.2} {:.2} {:.2}",
                                    sg.x0, sg.top, sg.x1, sg.bottom
                                );
                            }
                        }
                        for (i, l) in t.lines.iter().enumerate() {
                            println!("  line {i} {:?} | {}", l.bbox, l.text());
                        }
                    }
                }
                return;
            }
            "--repeat" => repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(5),
            _ => files.push(PathBuf::from(a)),
        }
    }
    for f in &files {
        let doc = match ntm_parsers::pdf::read(f) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{}: {e}", f.display());
                continue;
            }
        };
        if repeat > 0 {
            let mut times: Vec<f64> = (0..repeat)
                .map(|_| {
                    let t = Instant::now();
                    let _ = ntm_parsers::pdf::read(f);
                    t.elapsed().as_secs_f64()
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!(
                "{}\t{:.6}",
                f.display(),
                times[times.len() / 2] / doc.pages.max(1) as f64
            );
        } else {
            println!("### {} ({} pages)", f.display(), doc.pages);
            for w in &doc.warnings {
                println!("warning: {w}");
            }
            print!("{}", ntm_parsers::dump::dump_tables(&doc.tables));
        }
        if let Some(dir) = &csv {
            std::fs::create_dir_all(dir).expect("create csv dir");
            let stem = f
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            for t in &doc.tables {
                let mut s = String::from("row,col,row_span,col_span,text\n");
                for c in t.cells.iter().filter(|c| !c.text.is_empty()) {
                    let q = c.text.replace('"', "\"\"");
                    s.push_str(&format!(
                        "{},{},{},{},\"{}\"\n",
                        c.row, c.col, c.row_span, c.col_span, q
                    ));
                }
                std::fs::write(dir.join(format!("{stem}.t{}.csv", t.index)), s).expect("write csv");
            }
        }
        if let Some(dir) = &svg {
            match ntm_parsers::pdf::debug_svg(f, dir) {
                Ok(v) => eprintln!("wrote {} svg files", v.len()),
                Err(e) => eprintln!("svg: {e}"),
            }
        }
    }
}
