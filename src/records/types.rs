//! The record types. Plain data: extraction fills them, validation reads them,
//! `output::domain` writes them.

use crate::Level;
use serde::Serialize;

/// Where a record comes from: the document, the page, the table and the row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Provenance {
    /// Hex SHA-256 of the source file.
    pub doc_id: String,
    /// The path as given.
    pub source_file: String,
    /// 1-based page (sheet index for workbooks) the row starts on.
    pub page: i32,
    /// 0-based logical table index; -1 for records read from prose.
    pub table_index: i32,
    /// 0-based row in the logical table; for prose, the 0-based paragraph index.
    pub row: i32,
    /// 1-based line of an OCR text export the row starts on (null for other formats).
    pub source_line: Option<i32>,
    /// Lowest OCR confidence (0–1) of the cells the record was read from, when they
    /// were read from a scanned page; `None` for text read from a text layer or file.
    pub ocr_confidence: Option<f32>,
}

/// Whether a criterion or indicator is met, as the document states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated as met ("đạt").
    Met,
    /// Stated or listed as not met ("chưa đạt").
    NotMet,
    /// Not stated.
    Unknown,
}

impl Status {
    /// Contract name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::Unknown => "unknown",
        }
    }
}

/// What kind of appendix a table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AppendixKind {
    /// Target % of localities meeting each criterion, per level (Phụ lục 01 kind).
    Targets,
    /// Per-commune criteria/indicators not yet met for NTM and NTM nâng cao (02/03 kind).
    CommunePlan,
    /// Kiểu mẫu commune plan (04 kind).
    KieuMauPlan,
    /// District-level plan (05 kind).
    DistrictPlan,
    /// Agencies responsible for appraisal (06 kind).
    Agencies,
    /// Roadmap of communes reaching a level, by year and district (07/08/09 kind).
    Roadmap,
    /// Fits no known kind; stays in `cells.parquet` and is reported.
    Unknown,
}

impl AppendixKind {
    /// Contract name.
    pub fn as_str(&self) -> &'static str {
        match self {
            AppendixKind::Targets => "targets",
            AppendixKind::CommunePlan => "commune_plan",
            AppendixKind::KieuMauPlan => "kieu_mau_plan",
            AppendixKind::DistrictPlan => "district_plan",
            AppendixKind::Agencies => "agencies",
            AppendixKind::Roadmap => "roadmap",
            AppendixKind::Unknown => "unknown",
        }
    }
}

/// One recognised (or unrecognised) table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Appendix {
    /// The table.
    pub prov: Provenance,
    /// Its kind.
    pub kind: AppendixKind,
    /// The level it is about, where one level (roadmaps).
    pub level: Option<Level>,
    /// The printed label, e.g. "Phụ lục 07", when there is one.
    pub label: Option<String>,
    /// Plan number cited in "(Kèm theo Kế hoạch số 1355/KH-UBND …)", as printed.
    pub plan_number: Option<String>,
    /// Plan date cited there, ISO `YYYY-MM-DD`.
    pub plan_date: Option<String>,
    /// Caption lines joined with newlines.
    pub caption: String,
    /// How each column was mapped (column index → role name), for review.
    pub column_roles: Vec<(u32, String)>,
}

/// One (locality, level, criterion or indicator) statement of a plan table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorRecord {
    /// Source row.
    pub prov: Provenance,
    /// Appendix kind of the table it comes from.
    pub appendix: AppendixKind,
    /// Official code of the locality (commune or district), when resolved.
    pub locality_code: Option<String>,
    /// Locality name (canonical when resolved, else as printed).
    pub locality_name: String,
    /// Official code of the locality's district (the locality's own code
    /// for a district-level plan); null after the 2025 reform, which has no
    /// districts, and when unresolved.
    pub district_code: Option<String>,
    /// District of the locality.
    pub district_name: Option<String>,
    /// Level the statement is about.
    pub level: Level,
    /// Criterion number in that level's set.
    pub criterion_no: Option<i32>,
    /// Indicator code as printed (null when only the criterion is named).
    pub indicator_code: Option<String>,
    /// The catalog's code for what the text describes.
    pub matched_code: Option<String>,
    /// Indicator (or criterion) name as printed.
    pub indicator_name: Option<String>,
    /// Current value.
    pub actual_value: Option<f64>,
    /// Current value as printed.
    pub actual_text: Option<String>,
    /// Required value.
    pub required_value: Option<f64>,
    /// How the value compares with the requirement (written as `>=`, `<=`,
    /// `<`, `>`, `=`).
    pub comparator: Option<crate::normalize::Comparator>,
    /// Unit of the values, one per indicator: the catalog's unit of the
    /// matched indicator where the print agrees or is silent (`%`,
    /// `triệu đồng/người/năm`, …), else as printed.
    pub unit: Option<String>,
    /// The unit as printed (null when none was).
    pub unit_printed: Option<String>,
    /// Numerator of a printed fraction.
    pub numerator: Option<f64>,
    /// Denominator of a printed fraction.
    pub denominator: Option<f64>,
    /// Met / not met / unknown, as stated.
    pub status: Status,
    /// Responsible agency, as printed.
    pub agency: Option<String>,
    /// The agencies the agency cell names, canonical (see [`crate::agency`]):
    /// the key that joins to `agencies.parquet`.
    pub agencies: Vec<String>,
    /// Solution text, as printed.
    pub solution: Option<String>,
    /// Target year.
    pub target_year: Option<i32>,
    /// Target quarter (1–4).
    pub target_quarter: Option<i32>,
    /// The statement text exactly as printed.
    pub raw_text: String,
    /// Numbers whose reading was ambiguous (as printed).
    pub ambiguous_numbers: Vec<String>,
}

/// A commune's summary line: "đạt 14/19 TC, 05 TC chưa đạt gồm: 1, 6, 13, 15, 17".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriteriaSummary {
    /// Source row.
    pub prov: Provenance,
    /// Commune code, when resolved.
    pub locality_code: Option<String>,
    /// Commune name.
    pub locality_name: String,
    /// Level the counts are about.
    pub level: Level,
    /// Criteria met, as printed.
    pub met: Option<i32>,
    /// Total criteria, as printed.
    pub total: Option<i32>,
    /// Criteria not met, as printed.
    pub unmet_count: Option<i32>,
    /// The criteria listed as not met.
    pub unmet_list: Vec<i32>,
    /// The summary text as printed.
    pub raw_text: String,
}

/// A commune named in a roadmap for a level and year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoadmapEntry {
    /// Source row.
    pub prov: Provenance,
    /// Level reached.
    pub level: Level,
    /// Year reached.
    pub year: i32,
    /// District code (from the gazetteer).
    pub district_code: Option<String>,
    /// District name (from the gazetteer; the printed column when unresolved).
    pub district_name: Option<String>,
    /// Commune code, when resolved.
    pub commune_code: Option<String>,
    /// Canonical commune name, when resolved.
    pub commune_name: Option<String>,
    /// The name as printed.
    pub raw_name: String,
    /// The district column it was printed under.
    pub printed_district: Option<String>,
    /// Resolution confidence, 0–1.
    pub confidence: f32,
}

/// A printed total of a roadmap: a year row, or the grand-total row per district.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoadmapTotal {
    /// Source row.
    pub prov: Provenance,
    /// Level of the roadmap.
    pub level: Level,
    /// Year (null for the grand-total row).
    pub year: Option<i32>,
    /// District code, when the gazetteer knows the district.
    pub district_code: Option<String>,
    /// District (null for a year row's overall figures).
    pub district_name: Option<String>,
    /// Printed total.
    pub printed_total: Option<i32>,
    /// Printed cumulative count.
    pub printed_cumulative: Option<i32>,
    /// Printed percent.
    pub printed_percent: Option<f64>,
    /// The row's text as printed (cells joined with " | ").
    pub raw_text: String,
}

/// A target percentage per criterion and level (Phụ lục 01 kind).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetRecord {
    /// Source row.
    pub prov: Provenance,
    /// Level.
    pub level: Level,
    /// The criterion's number in that level's own set.
    pub criterion_no: Option<i32>,
    /// Criterion name as printed.
    pub criterion_name: String,
    /// Target percent of localities.
    pub target_percent: Option<f64>,
    /// The STT printed.
    pub row_no: Option<i32>,
    /// Raw text of the row.
    pub raw_text: String,
}

/// What an agency appraises (Phụ lục 06 kind): one row per code.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgencyAssignment {
    /// Source row.
    pub prov: Provenance,
    /// Agency as printed.
    pub agency: String,
    /// Canonical name of the agency (abbreviations expanded, see [`crate::agency`]).
    pub agency_canonical: String,
    /// Level of the column.
    pub level: Level,
    /// A criterion ("9") or indicator ("17.5") code, or the text for other duties.
    pub code: String,
    /// `criterion`, `indicator` or `other`.
    pub code_kind: String,
    /// The cell text as printed.
    pub raw_text: String,
}

/// Per-district targets stated in the plan's objectives text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistrictTarget {
    /// The paragraph.
    pub prov: Provenance,
    /// District name (canonical when resolved).
    pub district_name: String,
    /// District code, when resolved.
    pub district_code: Option<String>,
    /// Communes in the programme in that district (the denominator printed).
    pub communes_in_program: Option<i32>,
    /// Communes targeted to reach xã NTM.
    pub target_xa_ntm: Option<i32>,
    /// Communes targeted to reach xã NTM nâng cao.
    pub target_xa_ntm_nang_cao: Option<i32>,
    /// Communes targeted to reach xã NTM kiểu mẫu.
    pub target_xa_ntm_kieu_mau: Option<i32>,
    /// The paragraph as printed.
    pub raw_text: String,
}

/// Communes the objectives text names for a level and year
/// ("có thêm 05 xã đạt chuẩn nông thôn mới (Vạn Thạnh, Ninh Tây, …)").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveCommunes {
    /// The paragraph.
    pub prov: Provenance,
    /// Level.
    pub level: Level,
    /// Year.
    pub year: i32,
    /// Count printed before the list.
    pub printed_count: Option<i32>,
    /// Names as printed.
    pub raw_names: Vec<String>,
    /// Commune codes resolved from the names (None where unresolved).
    pub commune_codes: Vec<Option<String>>,
    /// The sentence as printed.
    pub raw_text: String,
}

/// A domain-level problem found while reading tables into records
/// (an unresolved locality, an unknown indicator, an unparsed period, an
/// ambiguous number, an unrecognised table). Validation turns these into findings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadIssue {
    /// `UnresolvedLocality`, `UnknownIndicator`, `UnparsedPeriod`,
    /// `AmbiguousNumber` or `UnrecognisedTable`.
    pub rule: crate::validate::Rule,
    /// Where.
    pub prov: Provenance,
    /// Appendix kind of the table.
    pub appendix: AppendixKind,
    /// Locality concerned, if any.
    pub locality: Option<String>,
    /// Its official code, where the reading resolved it (a corrected name).
    pub locality_code: Option<String>,
    /// Indicator concerned, if any.
    pub indicator_code: Option<String>,
    /// What was printed.
    pub found: String,
    /// What was expected.
    pub expected: String,
}

/// Everything read from one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// Recognised tables.
    pub appendices: Vec<Appendix>,
    /// Indicator statements.
    pub indicators: Vec<IndicatorRecord>,
    /// Commune summary lines.
    pub summaries: Vec<CriteriaSummary>,
    /// Roadmap communes.
    pub roadmap: Vec<RoadmapEntry>,
    /// Roadmap printed totals.
    pub roadmap_totals: Vec<RoadmapTotal>,
    /// Targets per criterion and level.
    pub targets: Vec<TargetRecord>,
    /// Agency assignments.
    pub agencies: Vec<AgencyAssignment>,
    /// Per-district targets from the objectives text.
    pub district_targets: Vec<DistrictTarget>,
    /// Communes named in the objectives text per level and year.
    pub objective_communes: Vec<ObjectiveCommunes>,
    /// Plan number and date of the document itself ("Kế hoạch số …"), when found.
    pub plan_number: Option<String>,
    /// Problems met while reading.
    pub issues: Vec<ReadIssue>,
    /// The province and period the document was read for.
    pub place: super::PlanPlace,
}
