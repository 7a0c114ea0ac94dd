//! The dataset store: original + amendment + original again, an interrupted
//! import, and concurrent imports.

use ntm_ingest::output::datasets::NAMES;
use ntm_ingest::output::frame::strings;
use ntm_ingest::store::{check, read};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
}
const ORIGINAL: &str = "khanh-hoa-2024-ntm-plan.ocr.txt";
const AMENDED: &str = "khanh-hoa-2024-ntm-plan-dieu-chinh.ocr.txt";

fn temp_store(tag: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("ntm-store-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    p
}

fn ingest_into(store: &Path, inputs: &[PathBuf]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ntm"))
        .arg("ingest")
        .args(inputs)
        .arg("--into")
        .arg(store)
        .arg("-q")
        .output()
        .expect("run ntm")
}

/// Rows of `dataset` per document, from a plain `ntm ingest --out` of `file`.
fn rows_of_plain_run(file: &Path, dataset: &str) -> usize {
    let out = temp_store(&format!(
        "plain-{dataset}-{}",
        file.file_name().unwrap().len()
    ));
    let o = Command::new(env!("CARGO_BIN_EXE_ntm"))
        .arg("ingest")
        .arg(file)
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .output()
        .unwrap();
    assert!(o.status.code().is_some_and(|c| c <= 1));
    let df =
        ntm_ingest::output::parquet::read_parquet(&out.join(format!("{dataset}.parquet"))).unwrap();
    let _ = std::fs::remove_dir_all(&out);
    df.height()
}

#[test]
fn original_amendment_original_again() {
    let store = temp_store("revisions");
    let (a, b) = (sample(ORIGINAL), sample(AMENDED));
    let o = ingest_into(&store, &[a.clone(), b.clone()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("2 document(s) added, 0 unchanged"), "{err}");

    let o = ingest_into(&store, std::slice::from_ref(&a));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("0 document(s) added, 1 unchanged"), "{err}");
    assert!(err.contains("already in the store"), "{err}");

    // Each dataset holds the rows of both documents, once.
    for dataset in [
        "roadmap",
        "indicators",
        "targets",
        "roadmap_totals",
        "agencies",
    ] {
        let df = read::dataset(&store, dataset, |_| true).unwrap().unwrap();
        let want = rows_of_plain_run(&a, dataset) + rows_of_plain_run(&b, dataset);
        assert_eq!(df.height(), want, "{dataset}");
        let ids: std::collections::BTreeSet<_> =
            strings(&df, "doc_id").unwrap().into_iter().collect();
        assert_eq!(ids.len(), 2, "{dataset}");
    }

    // Two documents, with their identities and what the amendment amends.
    let docs = read::dataset(&store, "documents", |_| true)
        .unwrap()
        .unwrap();
    assert_eq!(docs.height(), 2);
    let col = |c: &str| strings(&docs, c).unwrap();
    let mut rows: Vec<_> = (0..2)
        .map(|i| {
            (
                col("plan_number")[i].clone(),
                col("plan_date")[i].clone(),
                col("kind")[i].clone(),
                col("amends_plan_number")[i].clone(),
                col("amends_plan_date")[i].clone(),
                col("province_code")[i].clone(),
                col("issuer")[i].clone(),
            )
        })
        .collect();
    rows.sort();
    let s = |v: &str| Some(v.to_string());
    assert_eq!(
        rows,
        vec![
            (
                s("2150/KH-UBND"),
                s("2024-08-15"),
                s("amendment"),
                s("355/KH-UBND"),
                s("2024-03-08"),
                s("56"),
                s("UBND tỉnh Khánh Hòa")
            ),
            (
                s("355/KH-UBND"),
                s("2024-03-08"),
                s("plan"),
                None,
                None,
                s("56"),
                s("UBND tỉnh Khánh Hòa")
            ),
        ]
    );
    assert_eq!(
        col("plan_key")[0],
        col("plan_key")[1],
        "one plan, two revisions"
    );

    // The amendment is the latest revision of the plan.
    let rev = ntm_ingest::store::revisions::compute(&store).unwrap();
    let latest: Vec<_> = rev
        .iter()
        .filter(|r| r.is_latest == Some(true))
        .map(|r| r.plan_number.clone())
        .collect();
    assert_eq!(latest, vec![s("2150/KH-UBND")]);
    assert_eq!(
        rev.iter().map(|r| r.revision).collect::<Vec<_>>(),
        vec![Some(1), Some(2)]
    );

    // Hive layout: partition columns in the path, not in the files.
    let part = store
        .join("roadmap/province_code=56")
        .read_dir()
        .unwrap()
        .count();
    assert_eq!(part, 2);

    // The store diff names revisions by plan number.
    let o = Command::new(env!("CARGO_BIN_EXE_ntm"))
        .args(["diff", "355/KH-UBND", "2150/KH-UBND", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        out.contains("~ xa_ntm | Sơn Hiệp: year: 2025 → 2024"),
        "{out}"
    );
    assert!(out.contains("24 change(s)"), "{out}");
    let _ = std::fs::remove_dir_all(&store);
}

/// Every Parquet file under the datasets reads, and every document present
/// has all its datasets.
fn assert_consistent(store: &Path) -> usize {
    let docs: Vec<String> = read::documents(store)
        .unwrap()
        .into_iter()
        .map(|p| p.doc_id)
        .collect();
    for name in NAMES {
        let parts = read::parts(store, name).unwrap();
        for p in &parts {
            ntm_ingest::output::parquet::read_parquet(&p.file)
                .unwrap_or_else(|e| panic!("{}: {e}", p.file.display()));
        }
        for d in &docs {
            assert!(
                parts.iter().any(|p| &p.doc_id == d),
                "{name} lacks document {d}"
            );
        }
    }
    docs.len()
}

#[test]
fn an_interrupted_import_leaves_the_store_readable_and_the_next_completes() {
    let store = temp_store("killed");
    // A first import that completes.
    assert!(ingest_into(&store, &[sample(ORIGINAL)]).status.success());
    let inputs: Vec<PathBuf> = vec![
        sample(AMENDED),
        sample("khanh-hoa-2024-appendices.xlsx"),
        sample("khanh-hoa-2024-appendices.ods"),
        sample("pl07-roadmap-ntm.chromium.pdf"),
        sample("pl06-agencies.lo.pdf"),
    ];
    let mut child = Command::new(env!("CARGO_BIN_EXE_ntm"))
        .arg("ingest")
        .args(&inputs)
        .arg("--into")
        .arg(&store)
        .arg("-q")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it as soon as it has staged something (mid-import).
    let staging = store.join(".staging");
    let start = Instant::now();
    while !staging.read_dir().is_ok_and(|mut d| d.next().is_some())
        && start.elapsed() < Duration::from_secs(120)
    {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = child.kill();
    let _ = child.wait();

    // Readable, and every document present is complete.
    let before = assert_consistent(&store);
    assert!(before >= 1);
    // Partitions without a documents row exist only when the kill fell
    // between the renames of a commit, and then the commit is a leftover.
    let r = check::check(&store, false).unwrap();
    assert!(r.orphans.is_empty() || !r.leftovers.is_empty(), "{r:?}");

    // The next import completes the job.
    let o = ingest_into(&store, &inputs);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(assert_consistent(&store), 1 + inputs.len());
    assert!(check::check(&store, false).unwrap().is_clean());
    assert!(!staging.read_dir().is_ok_and(|mut d| d.next().is_some()));
    let _ = std::fs::remove_dir_all(&store);
}

#[test]
fn concurrent_imports_into_one_store() {
    let store = temp_store("concurrent");
    let spawn = |f: &str| {
        Command::new(env!("CARGO_BIN_EXE_ntm"))
            .arg("ingest")
            .arg(sample(f))
            .arg(sample(ORIGINAL))
            .arg("--into")
            .arg(&store)
            .arg("-q")
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    std::fs::create_dir_all(&store).unwrap();
    let a = spawn(AMENDED);
    let b = spawn("pl06-agencies.lo.pdf");
    for c in [a, b] {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    // Three distinct documents, the original once.
    assert_eq!(assert_consistent(&store), 3);
    let docs = read::dataset(&store, "documents", |_| true)
        .unwrap()
        .unwrap();
    assert_eq!(docs.height(), 3);
    let _ = std::fs::remove_dir_all(&store);
}
