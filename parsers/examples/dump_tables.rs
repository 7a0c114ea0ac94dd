//! Prints every table of the given files in the golden-file rendering.
//! `cargo run -p ntm-parsers --example dump_tables -- FILE...`
fn main() {
    for arg in std::env::args().skip(1) {
        match ntm_parsers::read_file(std::path::Path::new(&arg)) {
            Ok(doc) => {
                println!("# {arg}: {} tables", doc.tables.len());
                print!("{}", ntm_parsers::dump::dump_tables(&doc.tables));
                for w in doc.warnings {
                    eprintln!("warning: {w}");
                }
            }
            Err(e) => eprintln!("error: {e}"),
        }
    }
}
