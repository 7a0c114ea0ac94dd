//! Atomic Parquet (and CSV) writing: a crash or Ctrl-C never leaves a truncated
//! file under its final name, because data goes to a temporary file in the same
//! directory which is renamed over the target only once complete and synced.

use polars::prelude::*;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `df` to `dir/name` as zstd-compressed Parquet with full statistics,
/// tagging the file with `metadata` key/value pairs (tool version, …).
pub fn write_parquet(
    df: &mut DataFrame,
    dir: &Path,
    name: &str,
    metadata: &[(&str, String)],
) -> anyhow::Result<PathBuf> {
    let kv = KeyValueMetadata::from_static(
        metadata
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    );
    write_atomically(dir, name, |f| {
        ParquetWriter::new(f)
            .with_compression(ParquetCompression::Zstd(None))
            .with_statistics(StatisticsOptions::full())
            .with_key_value_metadata(Some(kv))
            .finish(df)?;
        Ok(())
    })
}

/// Writes `df` to `dir/name` as RFC 4180 CSV with a header row (UTF-8, nulls
/// as empty fields). Written here rather than with polars' CSV writer, which
/// would add a large feature to the build for one small file.
pub fn write_csv(df: &DataFrame, dir: &Path, name: &str) -> anyhow::Result<PathBuf> {
    write_atomically(dir, name, |f| {
        let mut w = std::io::BufWriter::new(f);
        let cols = df.columns();
        let header: Vec<String> = cols.iter().map(|c| csv_field(c.name())).collect();
        writeln!(w, "{}", header.join(","))?;
        for i in 0..df.height() {
            let mut fields = Vec::with_capacity(cols.len());
            for c in cols {
                fields.push(match c.get(i)? {
                    AnyValue::Null => String::new(),
                    AnyValue::String(s) => csv_field(s),
                    AnyValue::StringOwned(s) => csv_field(&s),
                    AnyValue::Boolean(b) => b.to_string(),
                    v @ (AnyValue::Enum(..) | AnyValue::EnumOwned(..)) => {
                        csv_field(v.get_str().unwrap_or_default())
                    }
                    v => v.to_string(),
                });
            }
            writeln!(w, "{}", fields.join(","))?;
        }
        w.flush()?;
        Ok(())
    })
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Writes any bytes atomically (reports, JSON).
pub fn write_bytes(dir: &Path, name: &str, bytes: &[u8]) -> anyhow::Result<PathBuf> {
    write_atomically(dir, name, |f| {
        f.write_all(bytes)?;
        Ok(())
    })
}

fn write_atomically(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut File) -> anyhow::Result<()>,
) -> anyhow::Result<PathBuf> {
    let target = dir.join(name);
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> anyhow::Result<()> {
        let mut f = File::create(&tmp)?;
        write(&mut f)?;
        f.sync_all()?;
        std::fs::rename(&tmp, &target)?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e.context(format!("writing {}", target.display())));
    }
    Ok(target)
}

/// Reads a Parquet file back (tests and `ntm` self-checks).
pub fn read_parquet(path: &Path) -> anyhow::Result<DataFrame> {
    Ok(ParquetReader::new(File::open(path)?).finish()?)
}

/// The key-value metadata of a Parquet file (schema and tool versions, …).
pub fn read_key_values(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let mut r = ParquetReader::new(File::open(path)?);
    let md = r.get_metadata()?;
    Ok(md
        .key_value_metadata()
        .iter()
        .flatten()
        .map(|kv| (kv.key.clone(), kv.value.clone().unwrap_or_default()))
        .collect())
}
