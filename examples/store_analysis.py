#!/usr/bin/env python3
"""An analyst's first look at a dataset store of two plan revisions.

    python examples/store_analysis.py STORE [CHANGES_PARQUET]

STORE is made by `ntm ingest ORIGINAL AMENDMENT --into STORE`; CHANGES_PARQUET by
`ntm diff OLD NEW --store STORE --out DIR`. `examples/run.sh` does all of it in
a fresh venv. The script answers, with polars and again with DuckDB:

1. communes reaching each level per year and district, in the latest revision;
2. the indicators most often listed as not met;
3. what changed between the revisions;

and checks that both engines read every dataset of the store with Hive
partitioning and agree. It exits non-zero when a check fails.
"""

import sys
from pathlib import Path

import duckdb
import polars as pl

DATASETS = [
    "cells", "tables", "documents", "indicators", "roadmap", "roadmap_totals",
    "targets", "agencies", "district_targets", "criteria_summaries",
    "appendices", "findings",
]


def scan(store: Path, dataset: str) -> pl.LazyFrame:
    # Partition values are read as text: province codes such as "01" keep
    # their leading zero.
    return pl.scan_parquet(
        f"{store}/{dataset}/**/*.parquet",
        hive_partitioning=True,
        hive_schema={"province_code": pl.String, "doc_id": pl.String},
    )


def duck(store: Path, dataset: str) -> str:
    return (
        f"read_parquet('{store}/{dataset}/**/*.parquet', hive_partitioning = true, "
        f"hive_types = {{'province_code': VARCHAR, 'doc_id': VARCHAR}})"
    )


def main() -> int:
    store = Path(sys.argv[1])
    changes = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    con = duckdb.connect()
    failures = []

    # Every dataset reads in both engines, with the partition columns.
    for d in DATASETS:
        lf = scan(store, d)
        n_pl = lf.select(pl.len()).collect().item()
        n_dk = con.execute(f"SELECT count(*) FROM {duck(store, d)}").fetchall()[0][0]
        docs = lf.select(pl.col("doc_id").n_unique()).collect().item()
        print(f"{d:20} {n_pl:7} rows  {docs} document(s)")
        if n_pl != n_dk:
            failures.append(f"{d}: polars {n_pl} rows, DuckDB {n_dk}")
        if n_pl and "province_code" not in lf.collect_schema().names():
            failures.append(f"{d}: no province_code partition column")

    # The latest revision of each plan.
    latest = pl.read_parquet(store / "revisions" / "part-0.parquet").filter(pl.col("is_latest"))
    print("\nlatest revisions:")
    print(latest.select("plan_number", "plan_date", "kind", "revision", "source_file"))

    # 1. Communes reaching each level per year and district (latest revision).
    per_year = (
        scan(store, "roadmap")
        .join(latest.lazy().select("doc_id"), on="doc_id")
        .group_by(pl.col("level").cast(pl.String), "year", "district_name")
        .agg(pl.len().alias("communes"))
        .sort("level", "year", "district_name")
        .collect()
    )
    print("\ncommunes reaching each level, per year and district (latest revision):")
    with pl.Config(tbl_rows=12):
        print(per_year)
    print("\n... and per year:")
    print(per_year.group_by("level", "year").agg(pl.col("communes").sum()).sort("level", "year"))
    sql = f"""
        SELECT CAST(level AS VARCHAR) AS level, year, count(*) AS communes
        FROM {duck(store, 'roadmap')} r
        JOIN read_parquet('{store}/revisions/part-0.parquet') v USING (doc_id)
        WHERE v.is_latest
        GROUP BY ALL ORDER BY ALL"""
    dk = set(con.execute(sql).fetchall())
    pl_totals = set(per_year.group_by("level", "year").agg(pl.col("communes").sum()).iter_rows())
    if dk != pl_totals:
        failures.append("polars and DuckDB disagree on communes per level and year")

    # 2. Indicators most often listed as not met (latest revision).
    unmet = (
        scan(store, "indicators")
        .join(latest.lazy().select("doc_id"), on="doc_id")
        .filter(pl.col("status").cast(pl.String) == "not_met")
        .with_columns(code=pl.coalesce("matched_code", "indicator_code"))
        .group_by(pl.col("level").cast(pl.String), "code")
        .agg(pl.len().alias("communes"))
        .sort("communes", "level", "code", descending=[True, False, False])
        .head(10)
        .collect()
    )
    print("\nindicators most often not met (latest revision):")
    print(unmet)

    # 3. What changed between the revisions.
    if changes is not None:
        ch = pl.read_parquet(changes)
        print("\nchanges between the revisions:")
        print(ch.group_by("dataset", pl.col("change").cast(pl.String)).agg(pl.len()).sort("dataset", "change"))
        print(ch.filter(pl.col("dataset") == "roadmap").select("key", "field", "before", "after"))
        n_dk = con.execute(f"SELECT count(*) FROM '{changes}' WHERE dataset = 'roadmap'").fetchall()[0][0]
        if n_dk != ch.filter(pl.col("dataset") == "roadmap").height:
            failures.append("changes: polars and DuckDB disagree")

    for f in failures:
        print(f"FAILED: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
