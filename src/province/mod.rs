//! Which province and which period a plan speaks of, and the gazetteer and
//! catalog region that follow from them.
//!
//! A plan dated before 1 July 2025 names the pre-reform units (with
//! districts) valid on its date; a later plan names the post-reform units.
//! The province comes from the document ([`detect_province`],
//! [`detect_by_communes`]) or from the caller (`ntm --province`). When it
//! cannot be determined the document is still read, against an empty
//! gazetteer, so that no locality silently gets another province's code;
//! validation reports it (`province_undetermined`).

mod date;
mod detect;

use std::sync::Arc;

pub use date::{PlanDate, detect_plan_date};
pub use detect::{DetectMethod, ProvinceMatch, detect_by_communes, detect_province};

use crate::gazetteer::{Gazetteer, National, Period, Province};
use crate::ingest::SourceDoc;
use crate::normalize::fold_key;
use crate::records::PlanPlace;

/// A `--province` value: a name ("Khánh Hòa", "tỉnh Gia Lai") or a GSO code
/// ("56"), looked up in the period of the document it is applied to.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvinceOverride(pub String);

impl ProvinceOverride {
    /// Checks that the value names a province of at least one period.
    pub fn parse(s: &str) -> Result<ProvinceOverride, String> {
        let o = ProvinceOverride(s.trim().to_string());
        if o.lookup(Period::PreReform).is_some() || o.lookup(Period::PostReform).is_some() {
            Ok(o)
        } else {
            Err(format!(
                "`{s}` names no province (give a name such as \"Khánh Hòa\" or a GSO code such as 56)"
            ))
        }
    }

    /// The province of `period` it names.
    pub fn lookup(&self, period: Period) -> Option<&'static Province> {
        let n = National::get();
        if self.0.chars().all(|c| c.is_ascii_digit()) && !self.0.is_empty() {
            return n.province(&format!("{:0>2}", self.0), period);
        }
        n.province_by_name(&self.0, period)
    }
}

/// Decides the place and period of `doc`; `override_` (from `--province`)
/// wins over detection when it names a province of the document's period.
pub fn place_of(doc: &SourceDoc, override_: Option<&ProvinceOverride>) -> PlanPlace {
    let prose: Vec<&str> = doc.document.prose.iter().map(|(_, t)| t.as_str()).collect();
    let captions: Vec<&str> = doc
        .document
        .tables
        .iter()
        .flat_map(|t| t.caption.iter().map(String::as_str))
        .collect();
    let date = detect_plan_date(&captions, &prose);
    let period = match &date {
        Some(d) => Period::of_date(&d.iso),
        None => period_from_wording(&prose, doc),
    };
    let mut lines = prose.clone();
    lines.extend(captions.iter().copied());
    let (province, method, evidence) = match override_.and_then(|o| o.lookup(period)) {
        Some(p) => (
            Some(p.clone()),
            "override".to_string(),
            format!(
                "--province {}",
                override_.map(|o| o.0.as_str()).unwrap_or("")
            ),
        ),
        None => {
            let detected = detect_province(&lines, period).or_else(|| {
                let cells: Vec<&str> = doc
                    .document
                    .tables
                    .iter()
                    .flat_map(|t| t.cells.iter().map(|c| c.text.as_str()))
                    .collect();
                detect_by_communes(&cells, period)
            });
            match detected {
                Some(m) => (Some(m.province), m.method.as_str().to_string(), m.evidence),
                None => {
                    let why = match override_ {
                        Some(o) => format!(
                            "--province {} names no province of the {} map; ",
                            o.0,
                            period.as_str()
                        ),
                        None => String::new(),
                    };
                    (
                        None,
                        "none".to_string(),
                        format!(
                            "{why}no \"tỉnh …\" in the title or text, and the commune names point to no single province"
                        ),
                    )
                }
            }
        }
    };
    let plan_date = date.as_ref().map(|d| d.iso.clone());
    PlanPlace {
        doc_id: doc.doc_id.clone(),
        province_code: province.as_ref().map(|p| p.code.clone()),
        province_name: province.as_ref().map(|p| p.name.clone()),
        period: Some(period),
        gazetteer_as_of: province
            .as_ref()
            .map(|_| as_of(period, plan_date.as_deref())),
        plan_date,
        date_method: date
            .as_ref()
            .map(|d| d.method.to_string())
            .unwrap_or_default(),
        province_method: method,
        evidence,
        region: province.as_ref().and_then(|p| p.region().map(String::from)),
    }
}

/// The date a gazetteer is taken at: the plan's date within its period, else
/// the period's last (pre) or first (post) day.
fn as_of(period: Period, plan_date: Option<&str>) -> String {
    match (period, plan_date) {
        (Period::PreReform, Some(d)) if d <= crate::gazetteer::LAST_PRE_REFORM_DAY => d.into(),
        (Period::PreReform, _) => crate::gazetteer::LAST_PRE_REFORM_DAY.into(),
        (Period::PostReform, Some(d)) if d >= crate::gazetteer::REFORM_DATE => d.into(),
        (Period::PostReform, _) => crate::gazetteer::REFORM_DATE.into(),
    }
}

/// Without a date: a plan organised by district ("huyện", "thị xã" in its
/// text and tables) is pre-reform; one without districts is post-reform.
fn period_from_wording(prose: &[&str], doc: &SourceDoc) -> Period {
    let mentions = |s: &str| {
        let k = fold_key(s);
        k.matches("huyen ").count() + k.matches("thi xa ").count()
    };
    let n: usize = prose.iter().map(|p| mentions(p)).sum::<usize>()
        + doc
            .document
            .tables
            .iter()
            .flat_map(|t| t.cells.iter())
            .map(|c| mentions(&c.text))
            .sum::<usize>();
    if n >= 3 {
        Period::PreReform
    } else {
        Period::PostReform
    }
}

/// The gazetteer a [`PlanPlace`] resolves names with: its province's units
/// valid at the plan's date, or [`Gazetteer::empty`] when the province is
/// undetermined (or its data cannot be built, which the test suite rules out
/// for the embedded data).
pub fn gazetteer_for(place: &PlanPlace) -> Arc<Gazetteer> {
    let n = National::get();
    let built = place
        .province_code
        .as_deref()
        .zip(place.period)
        .and_then(|(code, period)| n.province(code, period))
        .and_then(|p| n.gazetteer(p, place.gazetteer_as_of.as_deref()).ok());
    built.unwrap_or_else(Gazetteer::empty)
}

/// The place of a plan of `province` (name or code) dated `date`, without
/// reading a document: for tests and callers that already know it.
pub fn place_for(province: &str, date: &str) -> Option<PlanPlace> {
    let period = Period::of_date(date);
    let p = ProvinceOverride(province.to_string()).lookup(period)?;
    Some(PlanPlace {
        doc_id: String::new(),
        province_code: Some(p.code.clone()),
        province_name: Some(p.name.clone()),
        period: Some(period),
        plan_date: Some(date.to_string()),
        date_method: "given".into(),
        province_method: "override".into(),
        evidence: format!("given: {province}, {date}"),
        region: p.region().map(String::from),
        gazetteer_as_of: Some(as_of(period, Some(date))),
    })
}
