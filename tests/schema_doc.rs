//! The data dictionary (`docs/schema.md`) is generated from the code's own
//! schema: this test fails when they disagree. Regenerate with
//! `UPDATE_SCHEMA=1 cargo test --test schema_doc` and review the diff.

use ntm_ingest::output::schema;
use std::path::Path;

#[test]
fn every_built_column_is_described_and_every_description_is_built() {
    let problems = schema::disagreements().unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn docs_schema_md_matches_the_code() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema.md");
    let want = schema::markdown().unwrap();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/schema.md is out of date: run UPDATE_SCHEMA=1 cargo test --test schema_doc"
    );
}

#[test]
fn parquet_files_carry_schema_and_tool_versions() {
    let out = std::env::temp_dir().join(format!("ntm-schema-md-{}", std::process::id()));
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_ntm"))
        .args(["ingest", "-q", "--out"])
        .arg(&out)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/pl06-agencies.lo.pdf"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for f in ["documents.parquet", "agencies.parquet", "findings.parquet"] {
        let kv = ntm_ingest::output::parquet::read_key_values(&out.join(f)).unwrap();
        assert!(
            kv.contains(&(
                schema::SCHEMA_VERSION_KEY.to_string(),
                schema::SCHEMA_VERSION.to_string()
            )),
            "{f}: {kv:?}"
        );
        assert!(
            kv.iter()
                .any(|(k, v)| k == schema::TOOL_VERSION_KEY && v == ntm_ingest::TOOL_VERSION)
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}
