//! Where and when a plan applies: its province and the date whose
//! administrative map it speaks of.

use serde::Serialize;

use crate::gazetteer::Period;

/// The province and period a document was read for (see `crate::province`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlanPlace {
    /// Hex SHA-256 of the document (empty when not read from a document).
    pub doc_id: String,
    /// GSO province code in the plan's period; `None` when undetermined.
    pub province_code: Option<String>,
    /// Bare province name ("Khánh Hòa").
    pub province_name: Option<String>,
    /// Pre- or post-reform map; `None` only for an empty document.
    pub period: Option<Period>,
    /// Date of the plan (ISO), when found.
    pub plan_date: Option<String>,
    /// How the date was found: `caption`, `header`, `latest_cited`, or empty.
    pub date_method: String,
    /// How the province was found: `override`, `title`, `mentions`,
    /// `communes`, or `none`.
    pub province_method: String,
    /// The text that decided it (or why nothing did).
    pub evidence: String,
    /// Criteria-catalog region of the province (`DHNTB`…).
    pub region: Option<String>,
    /// The date the gazetteer's units are valid at.
    pub gazetteer_as_of: Option<String>,
}
