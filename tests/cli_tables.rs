//! End-to-end: the `ntm` binary on the real Khánh Hòa OCR text, read back with polars.

use ntm_ingest::output::parquet::read_parquet;
use polars::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/khanh-hoa-2024-ntm-plan.ocr.txt")
}

fn temp_out(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ntm-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn ntm(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ntm"))
        .args(args)
        .output()
        .expect("run ntm")
}

#[test]
fn tables_writes_contract_columns_with_contract_types() {
    let out = temp_out("types");
    let o = ntm(&[
        "tables",
        sample().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--csv",
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let cells = read_parquet(&out.join("cells.parquet")).unwrap();
    let expected: [(&str, DataType); 8] = [
        ("source_file", DataType::String),
        ("page", DataType::Int32),
        ("table_index", DataType::Int32),
        ("row", DataType::Int32),
        ("col", DataType::Int32),
        ("row_span", DataType::Int32),
        ("col_span", DataType::Int32),
        ("text", DataType::String),
    ];
    for (i, (name, dtype)) in expected.iter().enumerate() {
        let c = &cells.columns()[i];
        assert_eq!(c.name().as_str(), *name);
        assert_eq!(c.dtype(), dtype, "column {name}");
    }
    assert!(cells.height() > 1000);

    let docs = read_parquet(&out.join("documents.parquet")).unwrap();
    let names: Vec<&str> = docs.columns().iter().map(|c| c.name().as_str()).collect();
    assert_eq!(
        &names[..8],
        &[
            "doc_id",
            "source_file",
            "format",
            "bytes",
            "pages",
            "tables",
            "ingested_at",
            "tool_version"
        ]
    );
    assert_eq!(docs.column("bytes").unwrap().dtype(), &DataType::Int64);
    assert_eq!(docs.column("pages").unwrap().dtype(), &DataType::Int32);
    assert_eq!(docs.column("tables").unwrap().dtype(), &DataType::Int32);
    let id = docs
        .column("doc_id")
        .unwrap()
        .str()
        .unwrap()
        .get(0)
        .unwrap()
        .to_string();
    assert_eq!(id.len(), 64);
    assert!(id.chars().all(|c| c.is_ascii_hexdigit()));

    let csv = std::fs::read_to_string(out.join("cells.csv")).unwrap();
    assert!(csv.starts_with("source_file,page,table_index,row,col,row_span,col_span,text,"));
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn a_bad_input_fails_alone_with_exit_code_1() {
    let out = temp_out("bad");
    std::fs::create_dir_all(&out).unwrap();
    let bad = out.join("broken.txt");
    std::fs::write(&bad, b"STT\tT\xffn\n").unwrap();
    let o = ntm(&[
        "tables",
        sample().to_str().unwrap(),
        bad.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("broken.txt") && err.contains("UTF-8"), "{err}");
    // The good file was still written.
    let docs = read_parquet(&out.join("documents.parquet")).unwrap();
    assert_eq!(docs.height(), 1);
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(ntm(&["tables"]).status.code(), Some(2));
    assert_eq!(ntm(&["no-such-command"]).status.code(), Some(2));
    let o = ntm(&["tables", "/no/such/dir/at/all", "--out", "/tmp/x-ntm"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn warnings_have_their_location_as_columns_and_debug_drawings_come_from_the_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let (out, svg) = (temp_out("warn-out"), temp_out("warn-svg"));
    let o = ntm(&[
        "tables",
        root.join("wb-variants.openpyxl.xlsx").to_str().unwrap(),
        root.join("multi-appendix.lo.pdf").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--debug-svg",
        svg.to_str().unwrap(),
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    // Shown once with its location: the sheet, then the message.
    assert!(
        err.lines()
            .any(|l| l.contains("wb-variants.openpyxl.xlsx: sheet ")
                && l.contains(" 'values': 2 formula")),
        "{err}"
    );
    let w = read_parquet(&out.join("read_warnings.parquet")).unwrap();
    let col = |n: &str| ntm_ingest::output::frame::strings(&w, n).unwrap();
    let (sheet, message) = (col("sheet"), col("message"));
    let page = w.column("page").unwrap().i32().unwrap().clone();
    let i = (0..w.height())
        .find(|&i| message[i].as_deref().is_some_and(|m| m.contains("formula")))
        .expect("the formula warning");
    assert_eq!(sheet[i].as_deref(), Some("values"));
    assert!(page.get(i).is_some());
    assert!(!message[i].as_deref().unwrap().contains("'values'"));
    // The drawing of the PDF shows the decisions tables.parquet records.
    let tables = read_parquet(&out.join("tables.parquet")).unwrap();
    let files = ntm_ingest::output::frame::strings(&tables, "source_file").unwrap();
    let reasons = ntm_ingest::output::frame::strings(&tables, "segment_reason").unwrap();
    let pages = tables.column("page").unwrap().i32().unwrap().clone();
    let mut drawn = 0;
    for r in 0..tables.height() {
        if !files[r]
            .as_deref()
            .unwrap()
            .ends_with("multi-appendix.lo.pdf")
        {
            continue;
        }
        let p = pages.get(r).unwrap();
        let page_svg = std::fs::read_to_string(
            svg.join("multi-appendix.lo")
                .join(format!("multi-appendix.lo-p{p}.svg")),
        )
        .unwrap();
        let reason = reasons[r]
            .as_deref()
            .unwrap()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            page_svg.contains(&format!("new table: {reason}")),
            "{reason}"
        );
        drawn += 1;
    }
    assert!(drawn >= 2, "{drawn}");
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(&svg);
}
