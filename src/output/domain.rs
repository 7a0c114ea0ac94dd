//! The NTM datasets: indicators, roadmap, roadmap_totals, targets, agencies,
//! district_targets, criteria_summaries, appendices. Contract columns first
//! (README.md documents each), then provenance and extras.

use super::frame::{FrameBuilder, Values};
use crate::Level;
use crate::records::Provenance;
use polars::prelude::*;

/// Categories of the `level` Enum.
pub const LEVELS: &[&str] = &[
    "xa_ntm",
    "xa_ntm_nang_cao",
    "xa_ntm_kieu_mau",
    "huyen_ntm",
    "huyen_ntm_nang_cao",
    "huyen_hoan_thanh_nhiem_vu",
];
/// Categories of the `status` Enum.
pub const STATUSES: &[&str] = &["met", "not_met", "unknown"];
/// Categories of the `appendix` Enum.
pub const APPENDIX_KINDS: &[&str] = &[
    "targets",
    "commune_plan",
    "kieu_mau_plan",
    "district_plan",
    "agencies",
    "roadmap",
    "unknown",
];

fn levels<T>(v: &[T], f: impl Fn(&T) -> Option<Level>) -> Values {
    Values::Enum(
        v.iter()
            .map(|x| f(x).map(|l| l.as_str().to_string()))
            .collect(),
        LEVELS,
    )
}

fn strs<T>(v: &[T], f: impl Fn(&T) -> Option<String>) -> Values {
    Values::OptStr(v.iter().map(f).collect())
}

/// A missing name is null, never the empty string.
fn non_empty(s: &str) -> Option<String> {
    (!s.trim().is_empty()).then(|| s.to_string())
}

fn ints<T>(v: &[T], f: impl Fn(&T) -> Option<i32>) -> Values {
    Values::OptI32(v.iter().map(f).collect())
}

fn floats<T>(v: &[T], f: impl Fn(&T) -> Option<f64>) -> Values {
    Values::OptF64(v.iter().map(f).collect())
}

/// For each statement, its 1-based rank among the document's statements about
/// the same (locality, level, indicator), in document order, and how many
/// there are. A plan may list one indicator of a commune twice (under its
/// criterion and again on its own, or in two tables); the rows stay, and
/// `occurrence = 1` picks one per key.
fn repeats(v: &[crate::records::IndicatorRecord]) -> (Vec<i32>, Vec<i32>) {
    use std::collections::HashMap;
    let key = |r: &crate::records::IndicatorRecord| {
        (
            r.prov.doc_id.clone(),
            // Rows of no known locality are never repeats of each other.
            r.locality_code.clone().unwrap_or_else(|| {
                if r.locality_name.trim().is_empty() {
                    format!("row:{}:{}", r.prov.table_index, r.prov.row)
                } else {
                    r.locality_name.clone()
                }
            }),
            r.level,
            r.matched_code
                .clone()
                .or_else(|| r.indicator_code.clone())
                .or_else(|| r.indicator_name.clone())
                .unwrap_or_else(|| r.raw_text.clone()),
        )
    };
    let mut seen: HashMap<_, i32> = HashMap::new();
    let occurrence: Vec<i32> = v
        .iter()
        .map(|r| {
            let n = seen.entry(key(r)).or_insert(0);
            *n += 1;
            *n
        })
        .collect();
    let occurrences = v.iter().map(|r| seen[&key(r)]).collect();
    (occurrence, occurrences)
}

/// Appends the provenance columns every dataset ends with.
fn with_prov<T>(
    b: FrameBuilder,
    v: &[T],
    p: impl Fn(&T) -> &Provenance,
) -> PolarsResult<FrameBuilder> {
    b.col(
        "doc_id",
        Values::Str(v.iter().map(|x| p(x).doc_id.clone()).collect()),
    )?
    .col(
        "source_file",
        Values::Str(v.iter().map(|x| p(x).source_file.clone()).collect()),
    )?
    .col("page", Values::I32(v.iter().map(|x| p(x).page).collect()))?
    .col(
        "table_index",
        Values::I32(v.iter().map(|x| p(x).table_index).collect()),
    )?
    .col("row", Values::I32(v.iter().map(|x| p(x).row).collect()))?
    .col(
        "source_line",
        Values::OptI32(v.iter().map(|x| p(x).source_line).collect()),
    )?
    .col(
        "ocr_confidence",
        Values::OptF32(v.iter().map(|x| p(x).ocr_confidence).collect()),
    )
}

/// `indicators.parquet`.
pub fn indicators(v: &[crate::records::IndicatorRecord]) -> PolarsResult<DataFrame> {
    let b = FrameBuilder::new(v.len())
        .col("locality_code", strs(v, |r| r.locality_code.clone()))?
        .col("locality_name", strs(v, |r| non_empty(&r.locality_name)))?
        .col("district_code", strs(v, |r| r.district_code.clone()))?
        .col("district_name", strs(v, |r| r.district_name.clone()))?
        .col("level", levels(v, |r| Some(r.level)))?
        .col("criterion_no", ints(v, |r| r.criterion_no))?
        .col("indicator_code", strs(v, |r| r.indicator_code.clone()))?
        .col("matched_code", strs(v, |r| r.matched_code.clone()))?
        .col("indicator_name", strs(v, |r| r.indicator_name.clone()))?
        .col("actual_value", floats(v, |r| r.actual_value))?
        .col("actual_text", strs(v, |r| r.actual_text.clone()))?
        .col("required_value", floats(v, |r| r.required_value))?
        .col(
            "comparator",
            strs(v, |r| r.comparator.map(|c| c.as_str().to_string())),
        )?
        .col("unit", strs(v, |r| r.unit.clone()))?
        .col("unit_printed", strs(v, |r| r.unit_printed.clone()))?
        .col("numerator", floats(v, |r| r.numerator))?
        .col("denominator", floats(v, |r| r.denominator))?
        .col(
            "status",
            Values::Enum(
                v.iter()
                    .map(|r| Some(r.status.as_str().to_string()))
                    .collect(),
                STATUSES,
            ),
        )?
        .col("agency", strs(v, |r| r.agency.clone()))?
        .col(
            "agencies",
            strs(v, |r| {
                (!r.agencies.is_empty()).then(|| r.agencies.join("; "))
            }),
        )?
        .col("solution", strs(v, |r| r.solution.clone()))?
        .col("target_year", ints(v, |r| r.target_year))?
        .col("target_quarter", ints(v, |r| r.target_quarter))?
        .col("raw_text", strs(v, |r| Some(r.raw_text.clone())))?;
    let (occurrence, occurrences) = repeats(v);
    with_prov(b, v, |r| &r.prov)?
        .col("occurrence", Values::I32(occurrence))?
        .col("occurrences", Values::I32(occurrences))?
        .col(
            "appendix",
            Values::Enum(
                v.iter()
                    .map(|r| Some(r.appendix.as_str().to_string()))
                    .collect(),
                APPENDIX_KINDS,
            ),
        )?
        .col(
            "ambiguous_numbers",
            Values::StrList(v.iter().map(|r| r.ambiguous_numbers.clone()).collect()),
        )?
        .finish()
}

/// `roadmap.parquet`.
pub fn roadmap(v: &[crate::records::RoadmapEntry]) -> PolarsResult<DataFrame> {
    let b = FrameBuilder::new(v.len())
        .col("level", levels(v, |r| Some(r.level)))?
        .col("year", ints(v, |r| Some(r.year)))?
        .col("district_code", strs(v, |r| r.district_code.clone()))?
        .col("district_name", strs(v, |r| r.district_name.clone()))?
        .col("commune_code", strs(v, |r| r.commune_code.clone()))?
        .col("commune_name", strs(v, |r| r.commune_name.clone()))?
        .col("raw_name", strs(v, |r| Some(r.raw_name.clone())))?;
    with_prov(b, v, |r| &r.prov)?
        .col("printed_district", strs(v, |r| r.printed_district.clone()))?
        .col(
            "confidence",
            Values::OptF64(v.iter().map(|r| Some(f64::from(r.confidence))).collect()),
        )?
        .finish()
}

/// `roadmap_totals.parquet`.
pub fn roadmap_totals(v: &[crate::records::RoadmapTotal]) -> PolarsResult<DataFrame> {
    let b = FrameBuilder::new(v.len())
        .col("level", levels(v, |r| Some(r.level)))?
        .col("year", ints(v, |r| r.year))?
        .col("district_code", strs(v, |r| r.district_code.clone()))?
        .col("district_name", strs(v, |r| r.district_name.clone()))?
        .col("printed_total", ints(v, |r| r.printed_total))?
        .col("printed_cumulative", ints(v, |r| r.printed_cumulative))?
        .col("printed_percent", floats(v, |r| r.printed_percent))?
        .col("raw_text", strs(v, |r| Some(r.raw_text.clone())))?;
    with_prov(b, v, |r| &r.prov)?.finish()
}

/// `targets.parquet`.
pub fn targets(v: &[crate::records::TargetRecord]) -> PolarsResult<DataFrame> {
    let b = FrameBuilder::new(v.len())
        .col("level", levels(v, |r| Some(r.level)))?
        .col("criterion_no", ints(v, |r| r.criterion_no))?
        .col(
            "criterion_name",
            strs(v, |r| Some(r.criterion_name.clone())),
        )?
        .col("target_percent", floats(v, |r| r.target_percent))?
        .col("row_no", ints(v, |r| r.row_no))?;
    with_prov(b, v, |r| &r.prov)?
        .col("raw_text", strs(v, |r| Some(r.raw_text.clone())))?
        .finish()
}

/// `agencies.parquet`.
pub fn agencies(v: &[crate::records::AgencyAssignment]) -> PolarsResult<DataFrame> {
    let b = FrameBuilder::new(v.len())
        .col("agency", strs(v, |r| Some(r.agency.clone())))?
        .col(
            "agency_canonical",
            strs(v, |r| Some(r.agency_canonical.clone())),
        )?
        .col("level", levels(v, |r| Some(r.level)))?
        .col("code", strs(v, |r| Some(r.code.clone())))?
        .col(
            "code_kind",
            Values::Enum(
                v.iter().map(|r| Some(r.code_kind.clone())).collect(),
                &["criterion", "indicator", "other"],
            ),
        )?
        .col("raw_text", strs(v, |r| Some(r.raw_text.clone())))?;
    with_prov(b, v, |r| &r.prov)?.finish()
}

/// `district_targets.parquet`.
pub fn district_targets(v: &[crate::records::DistrictTarget]) -> PolarsResult<DataFrame> {
    let b = FrameBuilder::new(v.len())
        .col("district_name", strs(v, |r| Some(r.district_name.clone())))?
        .col("communes_in_program", ints(v, |r| r.communes_in_program))?
        .col("target_xa_ntm", ints(v, |r| r.target_xa_ntm))?
        .col(
            "target_xa_ntm_nang_cao",
            ints(v, |r| r.target_xa_ntm_nang_cao),
        )?
        .col(
            "target_xa_ntm_kieu_mau",
            ints(v, |r| r.target_xa_ntm_kieu_mau),
        )?;
    with_prov(b, v, |r| &r.prov)?
        .col("district_code", strs(v, |r| r.district_code.clone()))?
        .col("raw_text", strs(v, |r| Some(r.raw_text.clone())))?
        .finish()
}

/// `criteria_summaries.parquet`.
pub fn summaries(v: &[crate::records::CriteriaSummary]) -> PolarsResult<DataFrame> {
    let b = FrameBuilder::new(v.len())
        .col("locality_code", strs(v, |r| r.locality_code.clone()))?
        .col("locality_name", strs(v, |r| non_empty(&r.locality_name)))?
        .col("level", levels(v, |r| Some(r.level)))?
        .col("met", ints(v, |r| r.met))?
        .col("total", ints(v, |r| r.total))?
        .col("unmet_count", ints(v, |r| r.unmet_count))?
        .col(
            "unmet_list",
            Values::I32List(v.iter().map(|r| r.unmet_list.clone()).collect()),
        )?
        .col("raw_text", strs(v, |r| Some(r.raw_text.clone())))?;
    with_prov(b, v, |r| &r.prov)?.finish()
}

/// `appendices.parquet`: every table with its recognised kind.
pub fn appendices(v: &[crate::records::Appendix]) -> PolarsResult<DataFrame> {
    let b = FrameBuilder::new(v.len())
        .col(
            "kind",
            Values::Enum(
                v.iter()
                    .map(|r| Some(r.kind.as_str().to_string()))
                    .collect(),
                APPENDIX_KINDS,
            ),
        )?
        .col("level", levels(v, |r| r.level))?
        .col("label", strs(v, |r| r.label.clone()))?
        .col("plan_number", strs(v, |r| r.plan_number.clone()))?
        .col(
            "plan_date",
            Values::OptDate(
                v.iter()
                    .map(|r| {
                        r.plan_date
                            .as_deref()
                            .and_then(crate::identity::citations::iso_date)
                    })
                    .collect(),
            ),
        )?
        .col("caption", strs(v, |r| Some(r.caption.clone())))?
        .col(
            "column_roles",
            Values::StrList(
                v.iter()
                    .map(|r| {
                        r.column_roles
                            .iter()
                            .map(|(c, n)| format!("{c}:{n}"))
                            .collect()
                    })
                    .collect(),
            ),
        )?;
    with_prov(b, v, |r| &r.prov)?.finish()
}
