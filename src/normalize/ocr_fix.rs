//! Repairs of OCR confusions seen in the Khánh Hòa plan, each applied only in
//! the context where the reading is certain, and each recorded.
//!
//! A rule never fires on a real Vietnamese phrase: "chi tiêu" (spending) is
//! only read as "Chỉ tiêu" (indicator) when an indicator code follows;
//! "Cố gắng" (to try) is never touched. Every change is returned as an
//! [`OcrFix`] so the pipeline can show what it altered next to the raw text.

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// One change made by a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OcrFix {
    /// Stable rule identifier, e.g. `"chi_tieu_label"`.
    pub rule: &'static str,
    /// The text as printed.
    pub before: String,
    /// The text after repair.
    pub after: String,
    /// Byte offset of `before` in the text the rule was applied to (rules run
    /// in order, so offsets of later rules refer to already-repaired text).
    pub offset: usize,
}

/// Repaired text plus every fix applied, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OcrRepair {
    pub text: String,
    pub fixes: Vec<OcrFix>,
}

/// Applies every rule, in the order of [`RULES`].
pub fn repair(text: &str) -> OcrRepair {
    let mut current = text.to_string();
    let mut fixes = Vec::new();
    for rule in RULES {
        current = (rule.apply)(&current, &mut fixes);
    }
    OcrRepair {
        text: current,
        fixes,
    }
}

/// A named repair.
pub struct Rule {
    pub id: &'static str,
    /// What the rule repairs and in which context, for reports.
    pub description: &'static str,
    apply: fn(&str, &mut Vec<OcrFix>) -> String,
}

/// All rules, in application order. Label rules come first because the
/// "Cố" → "Có" rule looks for an indicator label before the word.
pub const RULES: &[Rule] = &[
    Rule {
        id: "chi_tieu_label",
        description: "\"Chi tiêu\"/\"Chí tiêu\" → \"Chỉ tiêu\" when an indicator code follows",
        apply: chi_tieu_label,
    },
    Rule {
        id: "tieu_chi_hook",
        description: "\"Tiêu chỉ\" → \"Tiêu chí\" (no such phrase exists with the hook tone)",
        apply: tieu_chi_hook,
    },
    Rule {
        id: "tinh_chi_criterion",
        description: "\"Tính chi 1.\" → \"Tiêu chí 1.\" when a criterion number follows",
        apply: tinh_chi_criterion,
    },
    Rule {
        id: "chi_so_danh_gia",
        description: "\"Chi số đánh giá\" → \"Chỉ số đánh giá\" (index)",
        apply: chi_so_danh_gia,
    },
    Rule {
        id: "quy_quarter",
        description: "\"Quy III/2024\" → \"Quý III/2024\" when a quarter number and a year follow",
        apply: quy_quarter,
    },
    Rule {
        id: "ngheo_da_chieu",
        description: "\"Nghèo da chiểu/đói chiều/da chiu/da chèo\" → \"Nghèo đa chiều\"",
        apply: ngheo_da_chieu,
    },
    Rule {
        id: "co_indicator_start",
        description: "\"Cố\" → \"Có\" as the first word of an indicator text after its code",
        apply: co_indicator_start,
    },
    Rule {
        id: "dia_phuong",
        description: "\"Dịa phương\" → \"Địa phương\"",
        apply: dia_phuong,
    },
    Rule {
        id: "giai_phap",
        description: "\"Giai pháp\" → \"Giải pháp\"",
        apply: giai_phap,
    },
];

/// Replaces every match of `re` by `fix(caps)` when it returns `Some`, and
/// records the change. `fix` gets the whole text to look at the context.
fn replace_with(
    text: &str,
    re: &Regex,
    rule: &'static str,
    fixes: &mut Vec<OcrFix>,
    fix: impl Fn(&Captures, &str) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for caps in re.captures_iter(text) {
        let m = caps.get(0).expect("group 0 always exists");
        if let Some(after) = fix(&caps, text)
            && after != m.as_str()
        {
            out.push_str(&text[last..m.start()]);
            out.push_str(&after);
            fixes.push(OcrFix {
                rule,
                before: m.as_str().to_string(),
                after,
                offset: m.start(),
            });
            last = m.end();
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Keeps the capitalisation of the first letter of `printed` in `word`.
fn with_case_of(printed: &str, word: &str) -> String {
    let upper = printed.chars().next().is_some_and(char::is_uppercase);
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if upper => c.to_uppercase().chain(chars).collect(),
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An indicator code as printed: "13.5", "2", "17.10" (optionally after "số").
const CODE: &str = r"(?:số\s*)?\d{1,2}(?:\.\d{1,2})?";

static CHI_TIEU: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b([Cc])h[ií] tiêu(\s*{CODE})")).expect("valid regex"));

fn chi_tieu_label(text: &str, fixes: &mut Vec<OcrFix>) -> String {
    replace_with(text, &CHI_TIEU, "chi_tieu_label", fixes, |c, _| {
        Some(format!("{}hỉ tiêu{}", &c[1], &c[2]))
    })
}

static TIEU_CHI_HOOK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([Tt])iêu chỉ\b").expect("valid regex"));

fn tieu_chi_hook(text: &str, fixes: &mut Vec<OcrFix>) -> String {
    replace_with(text, &TIEU_CHI_HOOK, "tieu_chi_hook", fixes, |c, _| {
        Some(format!("{}iêu chí", &c[1]))
    })
}

static TINH_CHI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([Tt])ính chi(\s+\d{1,2}[.:])").expect("valid regex"));

fn tinh_chi_criterion(text: &str, fixes: &mut Vec<OcrFix>) -> String {
    replace_with(text, &TINH_CHI, "tinh_chi_criterion", fixes, |c, _| {
        Some(format!("{}iêu chí{}", &c[1], &c[2]))
    })
}

static CHI_SO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([Cc])hi số đánh giá\b").expect("valid regex"));

fn chi_so_danh_gia(text: &str, fixes: &mut Vec<OcrFix>) -> String {
    replace_with(text, &CHI_SO, "chi_so_danh_gia", fixes, |c, _| {
        Some(format!("{}hỉ số đánh giá", &c[1]))
    })
}

static QUY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([Qq])uy(\s+(?:IV|III|II|I|[1-4])(?:\s*/\s*|\s+năm\s+)(?:19|20)\d\d)\b")
        .expect("valid regex")
});

fn quy_quarter(text: &str, fixes: &mut Vec<OcrFix>) -> String {
    replace_with(text, &QUY, "quy_quarter", fixes, |c, _| {
        Some(format!("{}uý{}", &c[1], &c[2]))
    })
}

static NGHEO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([Nn])ghèo (?:da|đói|đa) (?:chiều|chiểu|chiu|chèo|chiếu)\b")
        .expect("valid regex")
});

fn ngheo_da_chieu(text: &str, fixes: &mut Vec<OcrFix>) -> String {
    replace_with(text, &NGHEO, "ngheo_da_chieu", fixes, |c, _| {
        Some(format!("{}ghèo đa chiều", &c[1]))
    })
}

static CO_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bCố\s+(\w+)").expect("valid regex"));

/// Ends with an indicator code, optionally after "Chỉ tiêu" or "+":
/// "+ Chỉ tiêu 13.5", "+ 15.3.", "Chỉ tiêu 6.1:".
static CODE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,2}\.\d{1,2}\.?:?\s*$").expect("valid regex"));

/// Words after which "Cố" is a real word ("cố gắng" = try, "cố ý" = on purpose).
const CO_COMPOUNDS: &[&str] = &[
    "gắng", "ý", "định", "vấn", "đô", "tình", "hữu", "nhiên", "sức", "thủ", "chấp", "kết", "hương",
    "đấm", "công", "cựu", "tật",
];

fn co_indicator_start(text: &str, fixes: &mut Vec<OcrFix>) -> String {
    replace_with(text, &CO_WORD, "co_indicator_start", fixes, |c, whole| {
        let start = c.get(0)?.start();
        let next = c[1].to_lowercase();
        if CO_COMPOUNDS.contains(&next.as_str()) || !CODE_BEFORE.is_match(&whole[..start]) {
            return None;
        }
        let gap = &c[0]["Cố".len()..c.get(1)?.start() - start];
        Some(format!("Có{gap}{}", &c[1]))
    })
}

static DIA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bDịa\b").expect("valid regex"));

fn dia_phuong(text: &str, fixes: &mut Vec<OcrFix>) -> String {
    replace_with(text, &DIA, "dia_phuong", fixes, |_, _| Some("Địa".into()))
}

static GIAI_PHAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([Gg])iai pháp\b").expect("valid regex"));

fn giai_phap(text: &str, fixes: &mut Vec<OcrFix>) -> String {
    replace_with(text, &GIAI_PHAP, "giai_phap", fixes, |c, _| {
        Some(with_case_of(&c[0], "giải pháp"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(s: &str) -> String {
        repair(s).text
    }

    // All inputs below are copied from samples/khanh-hoa-2024-ntm-plan.ocr.txt.

    #[test]
    fn chi_tieu_before_a_code_becomes_chi_tieu_with_hook() {
        assert_eq!(
            fixed("+ Chí tiêu 15.4. Tỷ lệ dân số"),
            "+ Chỉ tiêu 15.4. Tỷ lệ dân số"
        );
        assert_eq!(
            fixed("-Tiêu chí 16. Tiếp cận pháp luật, chí tiêu 16.2 Tỷ lệ"),
            "-Tiêu chí 16. Tiếp cận pháp luật, chỉ tiêu 16.2 Tỷ lệ"
        );
        assert_eq!(fixed("Chi tiêu số 17.4"), "Chỉ tiêu số 17.4");
    }

    #[test]
    fn chi_tieu_as_spending_is_kept() {
        let s = "tăng chi tiêu công cho giáo dục";
        let r = repair(s);
        assert_eq!(r.text, s);
        assert!(r.fixes.is_empty());
    }

    #[test]
    fn co_at_indicator_start_becomes_co() {
        let r = repair("+ Chi tiêu 13.5 Cố kô khuyến nông công đồng hoạt động hiệu quả");
        assert_eq!(
            r.text,
            "+ Chỉ tiêu 13.5 Có kô khuyến nông công đồng hoạt động hiệu quả"
        );
        let rules: Vec<_> = r.fixes.iter().map(|f| f.rule).collect();
        assert_eq!(rules, ["chi_tieu_label", "co_indicator_start"]);
        assert_eq!(
            fixed("+ Chi tiêu 6.1. Cố lập đặt các dung cụ"),
            "+ Chỉ tiêu 6.1. Có lập đặt các dung cụ"
        );
    }

    #[test]
    fn co_gang_and_co_elsewhere_are_kept() {
        assert_eq!(
            fixed("+ Chỉ tiêu 13.5. Cố gắng khuyến nông"),
            "+ Chỉ tiêu 13.5. Cố gắng khuyến nông"
        );
        assert_eq!(fixed("ông Cố Văn"), "ông Cố Văn");
    }

    #[test]
    fn ngheo_da_chieu_variants() {
        for s in [
            "-Tiêu chí 11. Nghèo da chiểu. Xã hiện đạt 18.53%",
            "Tiêu chí 11. Nghèo da chèo: Xã hiện đạt 6,54%",
            "-Tiêu chí 11. Nghèo đói chiều . Xã hiện đạt 5,56%",
        ] {
            assert!(fixed(s).contains("Nghèo đa chiều"), "{s}");
        }
        assert_eq!(
            fixed("+ Chi tiêu 11. Nghèo da chiu, xã đạt 3,23%"),
            "+ Chỉ tiêu 11. Nghèo đa chiều, xã đạt 3,23%"
        );
        // "nghèo đói" alone (poverty) is a real phrase.
        assert_eq!(fixed("giảm nghèo đói bền vững"), "giảm nghèo đói bền vững");
    }

    #[test]
    fn quy_with_quarter_and_year() {
        assert_eq!(
            fixed("<p>Quy III/2024</p> <p>Quy IV/2024</p>"),
            "<p>Quý III/2024</p> <p>Quý IV/2024</p>"
        );
        assert_eq!(fixed("Quy II năm 2025"), "Quý II năm 2025");
        assert_eq!(
            fixed("-Tiêu chí 1. Quy hoạch, Xã chưa đạt"),
            "-Tiêu chí 1. Quy hoạch, Xã chưa đạt"
        );
    }

    #[test]
    fn headers_and_criterion_labels() {
        assert_eq!(
            fixed("Số\tDịa phương\tGiai pháp"),
            "Số\tĐịa phương\tGiải pháp"
        );
        assert_eq!(fixed("Tiêu chỉ 5"), "Tiêu chí 5");
        assert_eq!(
            fixed("- Tính chi 1. Quy hoạch: Chưa lập điều chỉnh"),
            "- Tiêu chí 1. Quy hoạch: Chưa lập điều chỉnh"
        );
        assert_eq!(
            fixed("Chưa đạt Chi số đánh giá chất lượng"),
            "Chưa đạt Chỉ số đánh giá chất lượng"
        );
    }

    #[test]
    fn fixes_record_before_and_after() {
        let r = repair("Giai pháp");
        assert_eq!(
            r.fixes,
            [OcrFix {
                rule: "giai_phap",
                before: "Giai pháp".into(),
                after: "Giải pháp".into(),
                offset: 0
            }]
        );
    }
}
