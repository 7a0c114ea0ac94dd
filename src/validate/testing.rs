//! Record builders for the rules' unit tests.

use super::finding::Locator;
use crate::Level;
use crate::records::*;

pub(crate) fn prov(table: i32, row: i32) -> Provenance {
    Provenance {
        doc_id: "doc".into(),
        source_file: "khanh-hoa-2024-ntm-plan.ocr.txt".into(),
        page: 1,
        table_index: table,
        row,
        source_line: None,
        ocr_confidence: None,
    }
}

pub(crate) fn locator() -> Locator<'static> {
    Locator {
        doc_id: "doc",
        source_file: "khanh-hoa-2024-ntm-plan.ocr.txt",
        labels: Vec::new(),
        kinds: Vec::new(),
        gazetteer: crate::province::gazetteer_for(
            &crate::province::place_for("Khánh Hòa", "2024-03-08").expect("Khánh Hòa is known"),
        ),
    }
}

/// An xã NTM statement with nothing but its text.
pub(crate) fn indicator(raw: &str) -> IndicatorRecord {
    IndicatorRecord {
        prov: prov(1, 1),
        appendix: AppendixKind::CommunePlan,
        locality_code: None,
        locality_name: "Xã".into(),
        district_code: None,
        district_name: None,
        level: Level::XaNtm,
        criterion_no: None,
        indicator_code: None,
        matched_code: None,
        indicator_name: None,
        actual_value: None,
        actual_text: None,
        required_value: None,
        comparator: None,
        unit: None,
        unit_printed: None,
        numerator: None,
        denominator: None,
        status: Status::NotMet,
        agency: None,
        agencies: Vec::new(),
        solution: None,
        target_year: None,
        target_quarter: None,
        raw_text: raw.into(),
        ambiguous_numbers: Vec::new(),
    }
}

/// A summary line: `(met, total, unmet_count)`.
pub(crate) fn summary(
    name: &str,
    level: Level,
    raw: &str,
    (met, total, unmet): (i32, i32, i32),
    list: &[i32],
) -> CriteriaSummary {
    CriteriaSummary {
        prov: prov(1, 0),
        locality_code: None,
        locality_name: name.into(),
        level,
        met: Some(met),
        total: Some(total),
        unmet_count: Some(unmet),
        unmet_list: list.to_vec(),
        raw_text: raw.into(),
    }
}
