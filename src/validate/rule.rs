//! The rule ids, as a type: every finding names one, `findings.rule` is an
//! Enum of them, and [`super::rules`] documents each (the test suite checks
//! that every rule has its documentation).

use serde::Serialize;

/// A validation rule, or a kind of problem met while reading (the last nine).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// A percent disagrees with its own printed fraction.
    FractionPercent,
    /// Listed as not met while meeting its own requirement, or the reverse.
    StatusContradiction,
    /// The printed requirement differs from the national catalog.
    RequirementVsCatalog,
    /// The printed code does not name what the words describe.
    CodeNameMismatch,
    /// Met + not met ≠ total, or the list of unmet criteria disagrees.
    CriteriaCount,
    /// Roadmap totals, cumulative counts or percents do not add up.
    RoadmapArithmetic,
    /// Objectives, roadmaps, tables and captions disagree with each other.
    CrossTable,
    /// A locality name the gazetteer could not resolve (read issue).
    UnresolvedLocality,
    /// An indicator the catalog does not have at that level (read issue).
    UnknownIndicator,
    /// A period ("Quý II/2024") that could not be read (read issue).
    UnparsedPeriod,
    /// A number with more than one reading (read issue).
    AmbiguousNumber,
    /// A table of no known appendix kind (read issue).
    UnrecognisedTable,
    /// The document's province could not be determined, so no locality resolves.
    ProvinceUndetermined,
    /// The plan's date was not found; the period was taken from a cited date or the wording.
    PlanDateUndetermined,
    /// A cell listing names without separators was split by the gazetteer (read issue).
    GazetteerSplit,
    /// A locality name printed otherwise than the unit's (tone marks, a letter, a
    /// space) was read as the one unit it is close to (read issue).
    LocalityCorrected,
}

impl Rule {
    /// Every rule, in the order of `docs/rules.md`.
    pub const ALL: [Rule; 16] = [
        Rule::FractionPercent,
        Rule::StatusContradiction,
        Rule::RequirementVsCatalog,
        Rule::CodeNameMismatch,
        Rule::CriteriaCount,
        Rule::RoadmapArithmetic,
        Rule::CrossTable,
        Rule::UnresolvedLocality,
        Rule::UnknownIndicator,
        Rule::UnparsedPeriod,
        Rule::AmbiguousNumber,
        Rule::UnrecognisedTable,
        Rule::ProvinceUndetermined,
        Rule::PlanDateUndetermined,
        Rule::GazetteerSplit,
        Rule::LocalityCorrected,
    ];

    /// Contract names, the categories of `findings.rule`.
    pub const NAMES: &'static [&'static str] = &[
        "fraction_percent",
        "status_contradiction",
        "requirement_vs_catalog",
        "code_name_mismatch",
        "criteria_count",
        "roadmap_arithmetic",
        "cross_table",
        "unresolved_locality",
        "unknown_indicator",
        "unparsed_period",
        "ambiguous_number",
        "unrecognised_table",
        "province_undetermined",
        "plan_date_undetermined",
        "gazetteer_split",
        "locality_corrected",
    ];

    /// Contract name (`"cross_table"`).
    pub fn as_str(&self) -> &'static str {
        Rule::NAMES[*self as usize]
    }

    /// Parses a contract name.
    pub fn parse(s: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for Rule {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Rule {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_variants_and_every_rule_is_documented() {
        for r in Rule::ALL {
            assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
            assert_eq!(Rule::parse(r.as_str()), Some(r));
            assert!(
                super::super::rules().iter().any(|d| d.id == r.as_str()),
                "{r} has no documentation"
            );
        }
        assert_eq!(super::super::rules().len(), Rule::ALL.len());
    }
}
