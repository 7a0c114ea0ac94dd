//! Province-aware reading: a document resolves its localities only inside
//! the province it speaks of, at the date it speaks of, and a document whose
//! province cannot be told resolves nothing rather than guess.

use ntm_ingest::extract::extract;
use ntm_ingest::gazetteer::{Hint, National, Period};
use ntm_ingest::ingest::SourceDoc;
use ntm_ingest::province::{gazetteer_for, place_for, place_of};
use ntm_ingest::validate::{DocInput, validate};

fn doc(name: &str, text: &str) -> SourceDoc {
    SourceDoc {
        source_file: name.into(),
        doc_id: format!("test-{name}"),
        bytes: text.len() as u64,
        document: ntm_parsers::ocr_text::read_str(text).expect("text reads"),
        pdf_stages: None,
    }
}

/// A roadmap appendix in the layout of the Khánh Hòa plan's Phụ lục 07, for
/// a province given by its title line. "Sơn Bình" is a xã of Lai Châu
/// (Tam Đường, 03413), of Khánh Hòa (Khánh Sơn, 22726), of Bà Rịa - Vũng
/// Tàu and of Kiên Giang.
fn plan(title: &str) -> String {
    format!(
        "{title}\n\nKẾ HOẠCH\n\nThực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025\n\n\
         Phụ lục 07:\n\nLỘ TRÌNH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI\n\
         (Kèm theo Kế hoạch số 88/KH-UBND ngày 12 tháng 4 năm 2024 của UBND tỉnh)\n\n\
         Số\tNăm\tTổng\tLũy kế\t%\tTam Đường\tPhong Thổ\n\
         1\t2024\t3\t3\t\tSơn Bình, Bản Bo\tMường So\n\
         2\t2025\t2\t5\t\tBình Lư\tDào San\n"
    )
}

fn roadmap_codes(d: &SourceDoc) -> Vec<(String, Option<String>)> {
    extract(d)
        .roadmap
        .into_iter()
        .map(|e| (e.raw_name, e.commune_code))
        .collect()
}

#[test]
fn a_name_of_two_provinces_resolves_in_the_detected_province() {
    let d = doc("lai-chau.txt", &plan("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"));
    let place = place_of(&d, None);
    assert_eq!(place.province_code.as_deref(), Some("12"));
    assert_eq!(place.plan_date.as_deref(), Some("2024-04-12"));
    assert_eq!(place.period, Some(Period::PreReform));
    assert_eq!(place.region.as_deref(), Some("TDMNPB"));
    let got = roadmap_codes(&d);
    assert!(
        got.contains(&("Sơn Bình".into(), Some("03413".into()))),
        "{got:?}"
    );
    assert!(
        got.contains(&("Dào San".into(), Some("03571".into()))),
        "{got:?}"
    );
    // The same name in a Khánh Hòa plan is Khánh Hòa's unit.
    let kh = gazetteer_for(&place_for("Khánh Hòa", "2024-03-08").unwrap());
    let r = kh.resolve("Sơn Bình", &Hint::default());
    assert_eq!(r.unit.unwrap().code, "22726");
}

#[test]
fn an_unknown_province_resolves_nothing_and_says_so() {
    // No title naming the province, no district named, and too few commune
    // names (three) to tell it from them.
    let text = plan("KẾ HOẠCH CỦA BAN CHỈ ĐẠO")
        .replace("Tam Đường\tPhong Thổ", "Cụm 1\tCụm 2")
        .replace(
            "2\t2025\t2\t5\t\tBình Lư\tDào San\n",
            "2\t2025\t2\t5\t\t\t\n",
        );
    let d = doc("unknown.txt", &text);
    let ex = extract(&d);
    assert_eq!(ex.place.province_code, None);
    assert!(!ex.roadmap.is_empty(), "the document is still read");
    assert!(
        ex.roadmap.iter().all(|e| e.commune_code.is_none()),
        "{:?}",
        ex.roadmap
    );
    let findings = validate(&[DocInput {
        doc_id: &d.doc_id,
        source_file: &d.source_file,
        extraction: &ex,
        prose: &d.document.prose,
    }]);
    assert!(
        findings.iter().any(|f| f.rule == "province_undetermined"),
        "{findings:?}"
    );
}

#[test]
fn the_override_wins_over_detection() {
    let d = doc("lai-chau.txt", &plan("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"));
    let o = ntm_ingest::province::ProvinceOverride::parse("Khánh Hòa").unwrap();
    let place = place_of(&d, Some(&o));
    assert_eq!(place.province_code.as_deref(), Some("56"));
    assert!(ntm_ingest::province::ProvinceOverride::parse("Atlantis").is_err());
}

#[test]
fn communes_tell_the_province_when_the_title_does_not() {
    let text = plan("KẾ HOẠCH CỦA BAN CHỈ ĐẠO").replace(
        "2\t2025\t2\t5\t\tBình Lư\tDào San\n",
        "2\t2025\t2\t5\t\tBình Lư, Nà Tăm, Khun Há\tDào San, Nậm Xe, Ma Li Pho\n",
    );
    let place = place_of(&doc("no-title.txt", &text), None);
    assert_eq!(place.province_code.as_deref(), Some("12"), "{place:?}");
    assert_eq!(place.province_method, "communes");
}

/// The conversion table maps a sample of Khánh Hòa units as the official
/// old → new table does (NQ 1667/NQ-UBTVQH15, codes per GSO CV 1027/CTK-CSCL).
#[test]
fn conversion_matches_the_official_table() {
    let g = gazetteer_for(&place_for("Khánh Hòa", "2024-03-08").unwrap());
    for (old, new) in [
        ("22327", "22333"), // Phường Vĩnh Hòa → Phường Bắc Nha Trang
        ("22336", "22390"), // Phường Ngọc Hiệp → Phường Tây Nha Trang
        ("22666", "22660"), // Xã Diên Đồng (merged 2024-11 into Xuân Đồng) → Xã Diên Lâm
        ("22579", "22561"), // Xã Ninh Phước → Phường Đông Ninh Hòa
        ("22606", "22561"), // Xã Ninh Vân (22606 until 2024-10-31) → the same
    ] {
        let u = g.unit(old).unwrap();
        assert_eq!(u.code_2025, [new], "{old} {}", u.name);
        assert!(!u.split_2025);
    }
    // A Cam Lâm commune split between two post-reform xã (Cam Hiệp, Cam Lâm).
    let u = g.resolve("Cam Hiệp Bắc", &Hint::default()).unit.unwrap();
    assert!(u.split_2025, "{u:?}");
    let mut parts = u.code_2025.clone();
    parts.sort();
    assert_eq!(parts, ["22435", "22453"]);
    // The post-reform gazetteer knows the new names whole.
    let n = National::get();
    let new_kh = n.province("56", Period::PostReform).unwrap();
    let g25 = n.gazetteer(new_kh, Some("2026-01-15")).unwrap();
    let r = g25.segment("Nam Khánh Vĩnh, Bắc Nha Trang", &Hint::default());
    let names: Vec<_> = r
        .iter()
        .map(|r| r.unit.as_ref().map(|u| u.name.clone()))
        .collect();
    assert_eq!(
        names,
        [
            Some("Nam Khánh Vĩnh".to_string()),
            Some("Bắc Nha Trang".to_string())
        ]
    );
}
