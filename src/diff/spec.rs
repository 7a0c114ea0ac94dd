//! What identifies a record in each dataset, and which of its fields are
//! compared. Records are matched on their key, never on their position in the
//! document, so a re-typeset revision compares cleanly.

/// One part of a record's key: the first non-null of `matched` identifies it,
/// the first non-null of `shown` names it in `changes.key`.
#[derive(Debug, Clone, Copy)]
pub struct KeyPart {
    /// Columns tried in order to identify the part (a code before a name).
    pub matched: &'static [&'static str],
    /// Columns tried in order to show it.
    pub shown: &'static [&'static str],
}

/// How one dataset is compared.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// Dataset name.
    pub dataset: &'static str,
    /// The key.
    pub key: &'static [KeyPart],
    /// Fields compared between matched records.
    pub fields: &'static [&'static str],
}

const fn part(matched: &'static [&'static str], shown: &'static [&'static str]) -> KeyPart {
    KeyPart { matched, shown }
}

const LEVEL: KeyPart = part(&["level"], &["level"]);

/// The datasets `ntm diff` compares.
pub const SPECS: &[Spec] = &[
    Spec {
        dataset: "roadmap",
        // A commune moved to another year is a change of `year`; moved to
        // another level, it leaves one key and appears under another.
        key: &[
            LEVEL,
            part(&["commune_code", "raw_name"], &["commune_name", "raw_name"]),
        ],
        fields: &["year", "district_code"],
    },
    Spec {
        dataset: "roadmap_totals",
        key: &[
            LEVEL,
            part(&["year"], &["year"]),
            part(&["district_name"], &["district_name"]),
        ],
        fields: &["printed_total", "printed_cumulative", "printed_percent"],
    },
    Spec {
        dataset: "targets",
        key: &[
            LEVEL,
            part(
                &["criterion_no", "criterion_name"],
                &["criterion_no", "criterion_name"],
            ),
        ],
        fields: &["target_percent", "criterion_name"],
    },
    Spec {
        dataset: "indicators",
        key: &[
            part(&["locality_code", "locality_name"], &["locality_name"]),
            LEVEL,
            part(
                &["indicator_code", "matched_code", "criterion_no"],
                &["indicator_code", "matched_code", "criterion_no"],
            ),
        ],
        fields: &[
            "actual_value",
            "required_value",
            "comparator",
            "unit",
            "numerator",
            "denominator",
            "status",
            "target_year",
            "target_quarter",
        ],
    },
    Spec {
        dataset: "agencies",
        key: &[
            part(&["agency"], &["agency"]),
            LEVEL,
            part(&["code"], &["code"]),
        ],
        fields: &["code_kind"],
    },
];

/// Identity fields of `documents` compared once per diff.
pub const DOCUMENT_FIELDS: &[&str] = &[
    "province_code",
    "province_name",
    "issuer",
    "plan_number",
    "plan_date",
    "title",
    "kind",
    "amends_plan_number",
    "amends_plan_date",
];
