//! The documentation of every rule id: what it checks, why it matters and
//! how to fix the document. `docs/rules.md` says the same at more length.

use super::finding::Severity;

/// Documentation of one rule.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleDoc {
    /// Stable id, as in `findings.rule`.
    pub id: &'static str,
    /// The most severe level it reports.
    pub severity: Severity,
    pub checks: &'static str,
    pub why: &'static str,
    pub fix: &'static str,
}

static RULES: &[RuleDoc] = &[
    RuleDoc {
        id: "fraction_percent",
        severity: Severity::Error,
        checks: "A percent printed with its own fraction (\"xã đạt 25,37% (1059/4532)\") equals numerator/denominator within half a unit of the last printed decimal plus 0.05 points.",
        why: "One of the two numbers is wrong, so the indicator's value cannot be trusted.",
        fix: "Recompute the percent from the counts (or correct the counts) in the source table.",
    },
    RuleDoc {
        id: "status_contradiction",
        severity: Severity::Error,
        checks: "A row listed as not met whose own value already meets its own requirement, or stated met while missing it; the comparator gives the direction (\"dưới 5%\": lower is better).",
        why: "The commune is planned for work it has done, or counted as done when it is not.",
        fix: "Correct the value, the requirement or move the row out of the not-met list.",
    },
    RuleDoc {
        id: "requirement_vs_catalog",
        severity: Severity::Error,
        checks: "The printed requirement equals the catalog threshold for the level, the region of the plan's province (data/gazetteer/provinces.csv; Khánh Hòa = DHNTB) and the target year. Error where the catalog value is well sourced, warning where it is not, or where the printed value is another region's (mountain communes), another programme year's, or the other xã set's with that column not read.",
        why: "A commune judged against the wrong bar is reported met or not met wrongly.",
        fix: "Print the threshold of QĐ 318/319/320 for the region and year, or state why another applies.",
    },
    RuleDoc {
        id: "code_name_mismatch",
        severity: Severity::Error,
        checks: "The printed indicator code is the indicator the words describe at that level (error with a clear wording margin; warning when code and words are the other xã set's indicator, or the evidence is weak); the code's criterion is the one the row is listed under (warning); an NTM-column row does not describe a nâng cao indicator (warning).",
        why: "Data keyed by code lands on the wrong indicator.",
        fix: "Correct the code to the one of the printed wording, or the wording to the code.",
    },
    RuleDoc {
        id: "criteria_count",
        severity: Severity::Error,
        checks: "A summary line adds up (met + not met = total), lists as many criteria as it says (warning when the rows detail exactly the stated count: a list cut by a page break), has the level's number of criteria as total (warning), and lists the criteria the rows below detail (warning).",
        why: "Counts of criteria met drive whether a commune is ready to be recognised.",
        fix: "Correct the counts or the list in the commune's summary cell.",
    },
    RuleDoc {
        id: "roadmap_arithmetic",
        severity: Severity::Error,
        checks: "Roadmap year rows: total = communes named, cumulative = running sum, percent = cumulative / programme communes (the implied denominator is reported; a change between rows, or a truncated instead of rounded percent, is a warning); per district the grand total = communes named; no commune twice. Communes printed under another district's column are info.",
        why: "Roadmaps are the plan's commitments; wrong totals misstate progress.",
        fix: "Add the missing commune or correct the total, cumulative or percent.",
    },
    RuleDoc {
        id: "cross_table",
        severity: Severity::Error,
        checks: "Objectives text and roadmaps name the same communes per level and year, per-district targets equal the roadmap's communes, a commune reaches the lower level first, appendix headers cite the document's plan number and date (warning).",
        why: "The parts of a plan must promise the same thing.",
        fix: "Align the objectives and the roadmap; correct the citation in the appendix header.",
    },
    RuleDoc {
        id: "unresolved_locality",
        severity: Severity::Warning,
        checks: "A locality name the gazetteer could not resolve (from extraction).",
        why: "Records without a locality code cannot be joined or checked across tables.",
        fix: "Correct the name, or add the spelling to the gazetteer's aliases with its evidence.",
    },
    RuleDoc {
        id: "unknown_indicator",
        severity: Severity::Warning,
        checks: "An indicator the catalog does not know at that level (from extraction).",
        why: "Its requirement and status cannot be checked.",
        fix: "Correct the code/wording, or extend the catalog if the indicator is real.",
    },
    RuleDoc {
        id: "unparsed_period",
        severity: Severity::Warning,
        checks: "A target period that could not be read (from extraction).",
        why: "Without a year, per-year thresholds (income) cannot be checked.",
        fix: "Print the period as \"Quý III/2024\" or \"năm 2025\".",
    },
    RuleDoc {
        id: "ambiguous_number",
        severity: Severity::Info,
        checks: "A number with more than one reading (\"36.750\") (from extraction).",
        why: "The value kept may be off by a factor of 1000.",
        fix: "Print decimals with a comma and thousands with a dot.",
    },
    RuleDoc {
        id: "unrecognised_table",
        severity: Severity::Info,
        checks: "A table that fits no known appendix kind (from extraction); it stays in cells.parquet.",
        why: "Its content is not in the typed datasets.",
        fix: "None needed if the table is not an NTM appendix; otherwise report the layout.",
    },
    RuleDoc {
        id: "province_undetermined",
        severity: Severity::Warning,
        checks: "The document names its province (title \"UBND tỉnh …\", \"tỉnh …\" in the text or captions) or its communes point to one province; else no locality is resolved and requirements are not checked against a region.",
        why: "Resolving names without knowing the province would give communes another province's codes.",
        fix: "Run with --province NAME, or check that the title block was read.",
    },
    RuleDoc {
        id: "plan_date_undetermined",
        severity: Severity::Info,
        checks: "The plan's date is read from its appendix captions or title block; failing that, the latest date it cites is used as a lower bound, or the administrative period is inferred from its wording (districts or none).",
        why: "The date decides which administrative map (before or after 1 July 2025) the names are resolved in.",
        fix: "Check the period columns of the output; the date line of the title block may have been lost in OCR.",
    },
    RuleDoc {
        id: "gazetteer_split",
        severity: Severity::Info,
        checks: "A roadmap cell listing several communes without commas or line breaks between them was split by matching the province's unit names (printed names joined by |).",
        why: "The split is a reading, not the document's own: an unknown name next to known ones may have been cut wrongly.",
        fix: "Check the split names; separate names in the source with commas.",
    },
    RuleDoc {
        id: "locality_corrected",
        severity: Severity::Info,
        checks: "A commune name that matches no unit as printed was read as the one unit of the document's province and period it is close to: the same letters with other tone marks, one letter different (names of 7 letters or more), or a space lost or added between syllables. Never when two units are that close.",
        why: "Scans and OCR exports misread tone marks and letters; the record keeps the unit, and the finding shows the printed name beside the unit's (printed → corrected) so a wrong reading can be caught.",
        fix: "Check the name in the source; if the reading is wrong, correct the source or add an alias to the province's aliases.csv.",
    },
];

/// Every rule, in the order of `docs/rules.md`.
pub fn rules() -> &'static [RuleDoc] {
    RULES
}
