//! Which plan a document is: issuing body, province, number and date as
//! printed, title, kind (plan, amendment, report …) and the plan it amends.
//!
//! Files are identified by their hash (`doc_id`); a plan outlives its files
//! (a PDF, a workbook and an OCR export of one plan are one plan, and an
//! amendment is a new revision of it). Identity is read from the text:
//! - the title block ([`title`]): "Số: 2150/KH-UBND", "Khánh Hòa, ngày 15
//!   tháng 8 năm 2024", the kind heading ("KẾ HOẠCH") and the line under it;
//! - the appendix captions ([`citations`]): "(Kèm theo Kế hoạch số … ngày …)",
//!   the only identity a file holding one appendix has;
//! - the province and issuer ([`province`]).
//!
//! The number printed in the title block wins; without one the number the
//! captions cite most often is chosen, and captions citing another number are
//! reported by the `cross_table` rule. Everything can be overridden from the
//! command line ([`Overrides`]) when the text is silent or wrong.

pub mod citations;
pub mod province;
pub mod title;

use crate::ingest::SourceDoc;
use chrono::NaiveDate;
use serde::Serialize;

/// What kind of document a plan revision is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    /// A plan ("Kế hoạch").
    Plan,
    /// An amendment of an earlier plan ("điều chỉnh, bổ sung", "sửa đổi, bổ sung").
    Amendment,
    /// A report ("Báo cáo").
    Report,
    /// A decision ("Quyết định"), e.g. approving a plan.
    Decision,
    /// No kind heading was found.
    #[default]
    Unknown,
}

impl PlanKind {
    /// Contract names, the categories of `documents.kind`.
    pub const NAMES: &'static [&'static str] =
        &["plan", "amendment", "report", "decision", "unknown"];

    /// Contract name.
    pub fn as_str(&self) -> &'static str {
        match self {
            PlanKind::Plan => "plan",
            PlanKind::Amendment => "amendment",
            PlanKind::Report => "report",
            PlanKind::Decision => "decision",
            PlanKind::Unknown => "unknown",
        }
    }
}

/// A plan cited by number and date ("Kế hoạch số 355/KH-UBND ngày 08/3/2024").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRef {
    /// Number as printed, spaces removed ("355/KH-UBND").
    pub number: String,
    /// Date, when printed with the number.
    pub date: Option<NaiveDate>,
}

/// The identity of one document. Every field is optional: a file holding one
/// appendix may say nothing but the plan it accompanies.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanIdentity {
    /// Official province code ("56"), from [`province::province_code`].
    pub province_code: Option<String>,
    /// Province name ("Khánh Hòa").
    pub province_name: Option<String>,
    /// Issuing body ("UBND tỉnh Khánh Hòa").
    pub issuer: Option<String>,
    /// Plan number as printed ("355/KH-UBND").
    pub plan_number: Option<String>,
    /// Date of issue.
    pub plan_date: Option<NaiveDate>,
    /// Title as printed (the line under the kind heading).
    pub title: Option<String>,
    /// Plan, amendment, report …
    pub kind: PlanKind,
    /// The plan this document amends, when it says so.
    pub amends: Option<PlanRef>,
    /// Where each field came from, for review ("plan_number: title block").
    pub evidence: Vec<String>,
}

impl PlanIdentity {
    /// The plan this revision belongs to: the amended plan for an amendment,
    /// else the document's own number and date. Revisions of one plan share
    /// it, so "the latest revision per plan" groups on it.
    pub fn plan_key(&self) -> Option<String> {
        let (number, date) = match (&self.amends, self.kind) {
            (Some(a), PlanKind::Amendment) => (Some(a.number.as_str()), a.date),
            _ => (self.plan_number.as_deref(), self.plan_date),
        };
        let number = citations::citation_key(number?);
        let province = self.province_code.as_deref().unwrap_or("");
        Some(match date {
            Some(d) => format!("{province}:{number}:{d}"),
            None => format!("{province}:{number}"),
        })
    }
}

/// [`detect`], and when the text names no province, the province of the
/// localities its records resolved to (an appendix printed on its own).
pub fn detect_with_records(doc: &SourceDoc, ex: &crate::records::Extraction) -> PlanIdentity {
    let mut id = detect(doc);
    // The province the records were resolved in (title, mentions or the
    // communes named, at the plan's date: see `crate::province`) is the one
    // whose codes the records carry, so the document row says the same.
    if let (Some(code), Some(name)) = (&ex.place.province_code, &ex.place.province_name) {
        id.province_code = Some(code.clone());
        id.province_name = Some(name.clone());
        id.evidence.push(format!(
            "province: {} ({})",
            ex.place.province_method, ex.place.evidence
        ));
    }
    id
}

/// Detects the identity of a document from its text.
pub fn detect(doc: &SourceDoc) -> PlanIdentity {
    let prose: Vec<&str> = doc.document.prose.iter().map(|(_, t)| t.as_str()).collect();
    let captions: Vec<String> = doc
        .document
        .tables
        .iter()
        .map(|t| t.caption.join(" "))
        .collect();
    detect_from(&prose, &captions)
}

/// [`detect`] on the prose lines and table captions of a document.
pub fn detect_from(prose: &[&str], captions: &[String]) -> PlanIdentity {
    let block = title::read(prose);
    let mut evidence = Vec::new();
    let cited = citations::choose(captions.iter().map(String::as_str));
    let (plan_number, plan_date) = match (&block.number, &cited) {
        (Some(n), _) => {
            evidence.push("plan_number: title block".to_string());
            let date = block.date.or_else(|| {
                cited
                    .as_ref()
                    .filter(|c| citations::citation_key(&c.number) == citations::citation_key(n))
                    .and_then(|c| c.date)
            });
            (Some(n.clone()), date)
        }
        (None, Some(c)) => {
            evidence.push(format!(
                "plan_number: cited by {} of {} captions",
                c.votes, c.cited
            ));
            (Some(c.number.clone()), block.date.or(c.date))
        }
        (None, None) => (None, block.date),
    };
    if block.date.is_some() {
        evidence.push("plan_date: title block".to_string());
    }
    let text_for_province: Vec<&str> = block
        .issuer_lines
        .iter()
        .map(String::as_str)
        .chain(block.title.as_deref())
        .chain(prose.iter().take(40).copied())
        .collect();
    let province_name = province::province_name(&text_for_province);
    let issuer = province::issuer(
        &block.issuer_lines,
        captions,
        prose,
        province_name.as_deref(),
    );
    let province_code = province_name
        .as_deref()
        .and_then(|n| province::province_code(n, plan_date));
    PlanIdentity {
        province_code,
        province_name,
        issuer,
        plan_number,
        plan_date,
        title: block.title,
        kind: block.kind,
        amends: block.amends,
        evidence,
    }
}

/// Identity fields given on the command line; each replaces what was detected.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Overrides {
    /// Province code of the inputs (official code, e.g. 56).
    #[arg(long, value_name = "CODE")]
    pub province_code: Option<String>,
    /// Province name of the inputs ("Khánh Hòa").
    #[arg(long, value_name = "NAME")]
    pub province_name: Option<String>,
    /// Issuing body ("UBND tỉnh Khánh Hòa").
    #[arg(long, value_name = "NAME")]
    pub issuer: Option<String>,
    /// Plan number as printed ("355/KH-UBND").
    #[arg(long, value_name = "NUMBER")]
    pub plan_number: Option<String>,
    /// Plan date, YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub plan_date: Option<NaiveDate>,
    /// Plan title.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Kind of document.
    #[arg(long, value_enum)]
    pub kind: Option<PlanKind>,
    /// Number of the plan this document amends ("355/KH-UBND").
    #[arg(long, value_name = "NUMBER")]
    pub amends: Option<String>,
    /// Date of the plan this document amends, YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = parse_date, requires = "amends")]
    pub amends_date: Option<NaiveDate>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

impl Overrides {
    /// Applies the flags given to a detected identity.
    pub fn apply(&self, mut id: PlanIdentity) -> PlanIdentity {
        let mut set = |field: &str| id.evidence.push(format!("{field}: command line"));
        if self.province_name.is_some() {
            set("province_name");
        }
        if self.province_code.is_some() {
            set("province_code");
        }
        if self.issuer.is_some() {
            set("issuer");
        }
        if self.plan_number.is_some() {
            set("plan_number");
        }
        if self.plan_date.is_some() {
            set("plan_date");
        }
        if self.title.is_some() {
            set("title");
        }
        if self.kind.is_some() {
            set("kind");
        }
        if self.amends.is_some() {
            set("amends");
        }
        if let Some(v) = &self.province_name {
            id.province_name = Some(v.clone());
            if self.province_code.is_none() {
                id.province_code = province::province_code(v, id.plan_date);
            }
        }
        if let Some(v) = &self.province_code {
            id.province_code = Some(v.clone());
        }
        if let Some(v) = &self.issuer {
            id.issuer = Some(v.clone());
        }
        if let Some(v) = &self.plan_number {
            id.plan_number = Some(v.split_whitespace().collect());
        }
        if let Some(v) = self.plan_date {
            id.plan_date = Some(v);
        }
        if let Some(v) = &self.title {
            id.title = Some(v.clone());
        }
        if let Some(v) = self.kind {
            id.kind = v;
        }
        if let Some(v) = &self.amends {
            id.amends = Some(PlanRef {
                number: v.split_whitespace().collect(),
                date: self.amends_date,
            });
            if self.kind.is_none() && id.kind != PlanKind::Amendment {
                id.kind = PlanKind::Amendment;
            }
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn a_plan_known_only_from_its_captions() {
        // The Khánh Hòa OCR export: no title block number, captions citing
        // 355 (three times), 1355 (twice), 125-KH/UBND, 255 and 2355.
        let captions: Vec<String> = [
            "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)",
            "(Kết hợp theo Kế hoạch số 125-KH/UBND ngày 25 tháng 5 năm 2024 của UBND tỉnh)",
            "(Kèm theo Kế hoạch số 255/KH-UBND ngày 08 tháng 3 năm 2024 của UBND tỉnh)",
            "(Kèm theo Kế hoạch số 2355/KH-UBND ngày 08 tháng 3 năm 2024 của UBND tỉnh)",
            "(Kèm theo Kế hoạch số 1355/KH-UBND ngày 08 tháng 9 năm 2024 của UBND tỉnh)",
            "(Kèm theo Kế hoạch số 355/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)",
            "(Kèm theo Kế hoạch số 355/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)",
            "(Kèm theo Kế hoạch số 355/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)",
        ]
        .map(String::from)
        .to_vec();
        let prose = [
            "KẾ HOẠCH",
            "Thực hiện Chương trình Mục tiêu quốc gia xây dựng nông thôn mới tỉnh Khánh Hòa đến năm 2025",
            "Thực hiện Nghị quyết số 08-NQ/TU ngày 11/01/2021 của Tỉnh ủy;",
        ];
        let id = detect_from(&prose, &captions);
        assert_eq!(id.plan_number.as_deref(), Some("355/KH-UBND"));
        assert_eq!(id.plan_date, d(2024, 3, 8));
        assert_eq!(id.kind, PlanKind::Plan);
        assert_eq!(id.province_name.as_deref(), Some("Khánh Hòa"));
        assert_eq!(id.issuer.as_deref(), Some("UBND tỉnh Khánh Hòa"));
        assert_eq!(id.amends, None);
        assert_eq!(
            id.title.as_deref(),
            Some(
                "Thực hiện Chương trình Mục tiêu quốc gia xây dựng nông thôn mới tỉnh Khánh Hòa đến năm 2025"
            )
        );
    }

    #[test]
    fn an_amendment_with_a_title_block() {
        let prose = [
            "ỦY BAN NHÂN DÂN",
            "TỈNH KHÁNH HÒA",
            "Số: 2150/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Khánh Hòa, ngày 15 tháng 8 năm 2024",
            "KẾ HOẠCH",
            "Điều chỉnh, bổ sung Kế hoạch số 355/KH-UBND ngày 08/3/2024 của UBND tỉnh thực hiện Chương trình",
        ];
        let id = detect_from(&prose, &[]);
        assert_eq!(id.plan_number.as_deref(), Some("2150/KH-UBND"));
        assert_eq!(id.plan_date, d(2024, 8, 15));
        assert_eq!(id.kind, PlanKind::Amendment);
        assert_eq!(
            id.amends,
            Some(PlanRef {
                number: "355/KH-UBND".into(),
                date: d(2024, 3, 8)
            })
        );
        assert_eq!(id.issuer.as_deref(), Some("UBND tỉnh Khánh Hòa"));
        assert_eq!(id.province_name.as_deref(), Some("Khánh Hòa"));
        // An amendment belongs to the plan it amends.
        let original = detect_from(
            &["KẾ HOẠCH", "Thực hiện Chương trình tỉnh Khánh Hòa"],
            &["(Kèm theo Kế hoạch số 355/KH-UBND ngày 8 tháng 3 năm 2024 của UBND tỉnh)".into()],
        );
        assert_eq!(id.plan_key(), original.plan_key());
        assert!(id.plan_key().is_some());
    }

    #[test]
    fn flags_override_the_text() {
        let o = Overrides {
            plan_number: Some("12 /KH-UBND".into()),
            amends: Some("9/KH-UBND".into()),
            ..Default::default()
        };
        let id = o.apply(detect_from(&["KẾ HOẠCH"], &[]));
        assert_eq!(id.plan_number.as_deref(), Some("12/KH-UBND"));
        assert_eq!(id.kind, PlanKind::Amendment);
        assert_eq!(id.amends.map(|a| a.number), Some("9/KH-UBND".into()));
    }

    #[test]
    fn a_report_and_a_document_without_a_heading() {
        let id = detect_from(&["BÁO CÁO", "Kết quả thực hiện Chương trình năm 2024"], &[]);
        assert_eq!(id.kind, PlanKind::Report);
        assert_eq!(detect_from(&[], &[]).kind, PlanKind::Unknown);
        assert_eq!(detect_from(&[], &[]).plan_key(), None);
    }
}
