//! Times reading one workbook with the sheet reader (used by `bench/sheet/run.sh`).
//!
//!     cargo run --release -p ntm-parsers --example sheet_bench -- FILE
//!
//! Prints one line: `tables=N rows=R cells=C seconds=S rows_per_s=X`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: sheet_bench FILE.xlsx|xls|ods");
        std::process::exit(2);
    };
    let t = std::time::Instant::now();
    let doc = match ntm_parsers::read_file(std::path::Path::new(&path)) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let secs = t.elapsed().as_secs_f64();
    let rows: u64 = doc.tables.iter().map(|t| t.n_rows as u64).sum();
    let cells: usize = doc.tables.iter().map(|t| t.cells.len()).sum();
    println!(
        "tables={} rows={rows} cells={cells} seconds={secs:.3} rows_per_s={:.0}",
        doc.tables.len(),
        rows as f64 / secs
    );
}
