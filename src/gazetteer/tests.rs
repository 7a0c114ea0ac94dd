//! Names printed in the Khánh Hòa 2024 plan (`samples/khanh-hoa-2024-ntm-plan.ocr.txt`),
//! each expected unit checked by hand against the GSO list of 2024-02-01
//! (`data/gazetteer/units_pre2025.csv` with `provinces/khanh-hoa/history.csv`).

use super::*;

fn g() -> &'static Gazetteer {
    Gazetteer::builtin()
}

fn hint_in(district: &str) -> Hint<'_> {
    Hint {
        district: Some(district),
        unit_type: Some(UnitType::Xa),
    }
}

/// Codes of the units a cell lists; "?" for an unresolved or ambiguous piece.
fn codes(cell: &str, hint: &Hint) -> Vec<String> {
    g().segment(cell, hint)
        .iter()
        .map(|r| r.unit.as_ref().map_or("?".to_string(), |u| u.code.clone()))
        .collect()
}

#[test]
fn data_counts_match_the_plan() {
    let g = g();
    assert_eq!(g.units().len(), 139);
    assert_eq!(g.districts().len(), 9);
    let xa = g
        .units()
        .iter()
        .filter(|u| u.unit_type == UnitType::Xa)
        .count();
    assert_eq!(xa, 98);
    // "nâng số xã được công nhận đạt chuẩn lên 70/92 xã" (plan line 45).
    let program = g.program_units();
    assert_eq!(program.len(), 92);
    assert!(program.iter().all(|u| u.unit_type == UnitType::Xa));
    // Per-district counts stated in the objectives (lines 31–41) and Phụ lục 07 totals.
    for (district, n) in [
        ("Vạn Ninh", 11),
        ("Nha Trang", 7),
        ("Cam Ranh", 6),
        ("Ninh Hòa", 20),
        ("Khánh Vĩnh", 13),
        ("Khánh Sơn", 7),
        ("Diên Khánh", 16),
        ("Cam Lâm", 12),
    ] {
        let got = program
            .iter()
            .filter(|u| u.district_name.as_deref() == Some(district))
            .count();
        assert_eq!(got, n, "{district}");
    }
}

#[test]
fn names_are_nfc() {
    use unicode_normalization::UnicodeNormalization;
    for u in g().units() {
        assert_eq!(u.name, u.name.nfc().collect::<String>());
    }
}

#[test]
fn districts_as_printed() {
    for (raw, code) in [
        ("Vạn Ninh", "571"),
        ("Ninh Hoà", "572"),
        ("Thị xã Ninh Hòa", "572"),
        ("TX Ninh Hòa", "572"),
        ("Điện Khanh", "574"),
        ("huyện Diên Khánh", "574"),
        ("Nha Trang", "568"),
        ("Thành phố Nha Trang", "568"),
        ("Cam Ranh", "569"),
        ("Cam Lâm", "570"),
        ("Khánh Vĩnh", "573"),
        ("Khánh Sơn", "575"),
    ] {
        let d = g().resolve_district(raw);
        assert_eq!(d.map(|d| d.code), Some(code.to_string()), "{raw}");
    }
    assert_eq!(g().resolve_district("Sở Y tế"), None);
    assert_eq!(g().resolve_district(""), None);
}

#[test]
fn single_names_and_methods() {
    let none = Hint::default();
    let r = g().resolve("Xã Vạn Phú", &none);
    assert_eq!(r.unit.as_ref().unwrap().code, "22510");
    assert_eq!(r.method, MatchMethod::Exact);
    assert_eq!(r.confidence, CONF_EXACT);

    let r = g().resolve("Vạn Tho", &none);
    assert_eq!(r.unit.as_ref().unwrap().code, "22504");
    assert_eq!(r.method, MatchMethod::Folded);

    let r = g().resolve("N.Bình", &none);
    assert_eq!(r.unit.as_ref().unwrap().code, "22576");
    assert_eq!(r.method, MatchMethod::Abbreviation);

    let r = g().resolve("Ninh Thành", &none);
    assert_eq!(r.unit.as_ref().unwrap().code, "22558");
    assert_eq!(r.method, MatchMethod::Alias(AliasKind::Ocr));

    let r = g().resolve("Diên Bình", &none);
    assert_eq!(r.unit.as_ref().unwrap().code, "22696");
    assert_eq!(r.method, MatchMethod::Alias(AliasKind::OldName));
}

#[test]
fn ward_and_commune_sharing_a_name() {
    // Xã Vạn Thạnh (Vạn Ninh) and Phường Vạn Thạnh (Nha Trang).
    let r = g().resolve("Vạn Thanh", &Hint::default());
    assert!(r.is_ambiguous());
    let mut c: Vec<&str> = r.candidates.iter().map(|u| u.code.as_str()).collect();
    c.sort();
    assert_eq!(c, ["22348", "22519"]);
    let xa = Hint {
        district: None,
        unit_type: Some(UnitType::Xa),
    };
    let r = g().resolve("Vạn Thanh", &xa);
    assert_eq!(r.unit.as_ref().unwrap().code, "22519");
    assert!(r.confidence < CONF_FOLDED);
    let r = g().resolve("Phường Vạn Thạnh", &xa);
    assert_eq!(r.unit.as_ref().unwrap().code, "22348");
}

#[test]
fn initial_needs_the_district_hint() {
    // V.Lương: Vạn Lương (Vạn Ninh) or Vĩnh Lương (Nha Trang).
    assert!(g().resolve("V.Lương", &Hint::default()).is_ambiguous());
    let r = g().resolve("V.Lương", &hint_in("Vạn Ninh"));
    assert_eq!(r.unit.as_ref().unwrap().code, "22513");
    let r = g().resolve("V.Lương", &hint_in("Nha Trang"));
    assert_eq!(r.unit.as_ref().unwrap().code, "22384");
}

#[test]
fn hint_never_forces_a_wrong_district() {
    let r = g().resolve("Sông Cầu", &hint_in("Cam Ranh"));
    let u = r.unit.as_ref().unwrap();
    assert_eq!(
        (u.code.as_str(), u.district_code.as_deref().unwrap_or("")),
        ("22630", "573")
    );
    assert!(r.outside_hint);
}

#[test]
fn unknown_names_stay_unresolved() {
    for raw in ["Văn Phản", "Minh Phúc", "VĨNG", "Vinh", "Sở Y tế"] {
        let r = g().resolve(raw, &Hint::default());
        assert_eq!(r.method, MatchMethod::Unresolved, "{raw}");
        assert!(r.unit.is_none() && r.candidates.is_empty(), "{raw}");
    }
}

/// Phụ lục 07 (plan lines 653–665): each cell with the district of its column.
/// Several cells of the 2014 row are shifted one column; the units must still
/// come out in their real districts.
#[test]
fn phu_luc_07_cells() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("Vạn Ninh", "N Quang", &["22588"]),
        ("Ninh Hoà", "Vĩnh Ngọc Vĩnh Hiệp", &["22390", "22399"]),
        (
            "Nha Trang",
            "D Phước D Lạc D Phú D An",
            &["22675", "22678", "22669", "22693"],
        ),
        (
            "Điện Khanh",
            "Cam Hải Tây Cam Thành Nam Cam Bình",
            &["22444", "22468", "22486"],
        ),
        ("Vạn Ninh", "V.Lương V.Hưng", &["22513", "22525"]),
        ("Ninh Hoà", "N.Phụng", &["22573"]),
        ("Nha Trang", "Vĩnh Trung Vĩnh Thành", &["22396", "22393"]),
        (
            "Điện Khanh",
            "D Sơn D Lâm D.Thọ",
            &["22663", "22654", "22672"],
        ),
        ("Cam Lâm", "Cam Tân Cam Hiệp Nam", &["22435", "22456"]),
        ("Cam Ranh", "Cam Thịnh Đông Cam Lập", &["22480", "22483"]),
        ("Vạn Ninh", "V.Thắng", &["22516"]),
        ("Ninh Hoà", "N.Tho", &["22546"]),
        ("Nha Trang", "Vĩnh Phương Phước Đồng", &["22387", "22405"]),
        ("Điện Khanh", "D.Điện", &["22657"]),
        ("Cam Lâm", "Cam Hải Đông", &["22441"]),
        (
            "Ninh Hoà",
            "N.Bình N.Hưng N.Đông",
            &["22576", "22597", "22564"],
        ),
        ("Điện Khanh", "D.Hoà D.Toàn", &["22684", "22690"]),
        ("Cam Lâm", "Cam Hiệp Bắc Cam Hoà", &["22450", "22438"]),
        (
            "Vạn Ninh",
            "Xuân Sơn Vạn Phú Vạn Bình",
            &["22522", "22510", "22501"],
        ),
        ("Ninh Hoà", "Ninh Thành Ninh Vân", &["22558", "22606"]),
        ("Điện Khanh", "Diện Thành", &["22687"]),
        ("Cam Lâm", "Cam An Bắc", &["22465"]),
        ("Vạn Ninh", "Vạn Tho", &["22504"]),
        ("Ninh Hoà", "Ninh Tân Ninh Phú", &["22585", "22582"]),
        ("Nha Trang", "Vĩnh Lương", &["22384"]),
        ("Điện Khanh", "Suối Tiên", &["22705"]),
        ("Cam Lâm", "Cam Thành Bắc", &["22462"]),
        ("Khánh Vĩnh", "Sông Cầu", &["22630"]),
        ("Vạn Ninh", "Vạn Phước", &["22495"]),
        (
            "Ninh Hoà",
            "Ninh Trung Ninh Sơn Ninh Ích Ninh Sim",
            &["22549", "22531", "22603", "22552"],
        ),
        ("Điện Khanh", "Bình Lộc", &["22696"]),
        ("Cam Lâm", "Cam An Nam", &["22471"]),
        ("Vạn Ninh", "V. Khanh", &["22507"]),
        ("Ninh Hoà", "Ninh Lộc Ninh Xuân", &["22600", "22555"]),
        ("Điện Khanh", "Diện Tân", &["22681"]),
        ("Cam Lâm", "Suối Cát", &["22708"]),
        ("Vạn Ninh", "V. Long", &["22498"]),
        ("Điện Khanh", "Diện Đồng", &["22666"]),
        ("Điện Khanh", "Diện Xuân", &["22660"]),
        ("Cam Lâm", "Cam Phước Tây", &["22459"]),
        ("Vạn Ninh", "Vạn Thanh", &["22519"]),
        ("Ninh Hoà", "Ninh Tây Ninh Thượng", &["22534", "22537"]),
        ("Cam Lâm", "Sơn Tân", &["22447"]),
        ("Khánh Vĩnh", "Sơn Bình", &["22726"]),
        ("Ninh Hoà", "Ninh An", &["22540"]),
        ("Cam Lâm", "Cam Phước Đông", &["22474"]),
        ("Cam Ranh", "Khánh Đông", &["22621"]),
        ("Cam Lâm", "Cam Thịnh Tây", &["22477"]),
        ("Cam Ranh", "Khánh Bình", &["22615"]),
        ("Khánh Vĩnh", "Sơn Hiệp", &["22723"]),
    ];
    check(cases);
}

/// Phụ lục 08 and 09 (plan lines 671–682).
#[test]
fn phu_luc_08_09_cells() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("Vạn Ninh", "N. Quang", &["22588"]),
        ("Ninh Hoà", "Vĩnh Phương", &["22387"]),
        ("Điện Khanh", "Điện Điện Điện An", &["22657", "22693"]),
        ("Cam Lâm", "Cam Thành Bắc Cam Hải Tây", &["22462", "22444"]),
        ("Vạn Ninh", "Vạn Phú", &["22510"]),
        ("Nha Trang", "Vĩnh Hiệp", &["22399"]),
        ("Điện Khanh", "Điện Phước Điện Lạc", &["22675", "22678"]),
        ("Vạn Ninh", "Vạn Hưng", &["22525"]),
        (
            "Ninh Hoà",
            "Ninh Phung Ninh Bình Ninh Hưng Ninh Đông",
            &["22573", "22576", "22597", "22564"],
        ),
        ("Nha Trang", "Vĩnh Thạnh", &["22393"]),
        ("Điện Khanh", "Điện Sơn Điện Phú", &["22663", "22669"]),
        ("Cam Ranh", "Cam Thịnh Đông", &["22480"]),
        ("Vạn Ninh", "Vạn Thắng", &["22516"]),
        (
            "Ninh Hoà",
            "Ninh Thành Ninh Tân Ninh Phú Ninh Sơn",
            &["22558", "22585", "22582", "22531"],
        ),
        ("Nha Trang", "Vĩnh Trung", &["22396"]),
        ("Điện Khanh", "Điện Hòa Điện Thọ", &["22684", "22672"]),
        ("Cam Lâm", "Cam Tân Cam Hải Đông", &["22435", "22441"]),
        ("Cam Ranh", "Cam Lập", &["22483"]),
        ("Vạn Ninh", "Vạn Bình", &["22501"]),
        ("Ninh Hoà", "Ninh Tho Ninh Lộc", &["22546", "22600"]),
        (
            "Cam Lâm",
            "Cam Hiệp Nam Cam Hòa Suối Cát",
            &["22456", "22438", "22708"],
        ),
        ("Cam Ranh", "Cam Bình Cam Thành Nam", &["22486", "22468"]),
        ("Cam Ranh", "Sông Cầu", &["22630"]),
        ("Vạn Ninh", "Ninh Quang", &["22588"]),
        ("Ninh Hoà", "Ninh Đông", &["22564"]),
        (
            "Điện Khanh",
            "Điện Điện Điện An Điện Phước Điện Lạc",
            &["22657", "22693", "22675", "22678"],
        ),
        ("Cam Lâm", "Cam Hải Tây", &["22444"]),
    ];
    check(cases);
}

fn check(cases: &[(&str, &str, &[&str])]) {
    for (district, cell, want) in cases {
        let got = codes(cell, &hint_in(district));
        assert_eq!(&got, want, "cell {cell:?} under {district}");
        for r in g().segment(cell, &hint_in(district)) {
            assert!(r.confidence > 0.0 && r.confidence <= 1.0, "{r:?}");
            assert_eq!(&cell[r.span.clone()], r.raw);
        }
    }
}

/// Objectives for 2024 and 2025 (plan lines 45–53): comma-separated lists of
/// xã with no district given.
#[test]
fn objective_lists() {
    let xa = Hint {
        district: None,
        unit_type: Some(UnitType::Xa),
    };
    let cases: &[(&str, &[&str])] = &[
        (
            "Vạn Thạnh, Ninh Tây, Ninh Thuợng, Sơn Tân, Sơn Bình",
            &["22519", "22534", "22537", "22447", "22726"],
        ),
        (
            "Vạn Thắng, Ninh Thành, Ninh Tân, Ninh Phú, Ninh Sơn, Vĩnh Trung, Diên Hòa, Diên Thọ, Cam Tân, Cam Hải Đông, Cam Lập",
            &[
                "22516", "22558", "22585", "22582", "22531", "22396", "22684", "22672", "22435",
                "22441", "22483",
            ],
        ),
        ("Ninh Quang", &["22588"]),
        (
            "Ninh An, Cam Phước Đông, Cam Thịnh Tây, Khánh Đông, Khánh Bình, Sơn Hiệp",
            &["22540", "22474", "22477", "22621", "22615", "22723"],
        ),
        (
            "Vạn Bình, Ninh Thọ, Ninh Lộc, Cam Hiệp Nam, Cam Hòa, Suối Cát, Cam Bình, Cam Thành Nam, Sông Cầu",
            &[
                "22501", "22546", "22600", "22456", "22438", "22708", "22486", "22468", "22630",
            ],
        ),
        (
            "Vạn Phú, Ninh Đông, Vĩnh Phương, Diên Điền, Diên An, Diên Phước, Diên Lạc, Cam Hải Tây, Cam Thành Bắc, Cam Thịnh Đông",
            &[
                "22510", "22564", "22387", "22657", "22693", "22675", "22678", "22444", "22462",
                "22480",
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&codes(text, &xa), want, "{text}");
    }
}

/// "Địa phương" cells of the per-commune appendices (Phụ lục 02–06): the
/// name comes first, followed by prose that must stay unresolved, not be
/// turned into units.
#[test]
fn per_commune_appendix_cells() {
    let xa = Hint {
        district: None,
        unit_type: Some(UnitType::Xa),
    };
    for (cell, code) in [
        (
            "Sơn Bình đạt 14/15 tiêu chí, 05 tiêu chí chưa đạt gồm: TC 9, 10, 11, 15, 17",
            "22726",
        ),
        (
            "Vạn Thắng NTM đạt 14/19 TC, 05 TC chưa đạt gồm: 1, 6, 13, 15, 17",
            "22516",
        ),
        (
            "Ninh Tân NTM đạt 12/19 TC, 07 TC chưa đạt gồm: 1, 2, 5, 13, 14, 15, 17",
            "22585",
        ),
        (
            "Cam Tân <i>NTM đạt 14/19 TC, 05/19 TC chưa đạt gồm: 1, 10, 11, 13, 17",
            "22435",
        ),
        (
            "Cam Hải Đông <i>NTM đạt 16/19 TC, 03 TC chưa đạt gồm: 1, 10, 13",
            "22441",
        ),
        ("Xã Vạn Phú", "22510"),
        ("Xã Ninh Quang", "22588"),
        ("Xã Ninh Đông", "22564"),
        ("Xã Vĩnh Phương", "22387"),
        ("Xã Cam Hải Tây", "22444"),
        ("Xã Cam Thành Bắc", "22462"),
        ("Xã Cam Thịnh Đông", "22480"),
    ] {
        let segs = g().segment(cell, &xa);
        assert_eq!(
            segs[0].unit.as_ref().map(|u| u.code.as_str()),
            Some(code),
            "{cell}"
        );
        assert!(
            segs[1..].iter().all(|r| r.unit.is_none()),
            "{cell}: {segs:?}"
        );
        let rest: String = segs[1..]
            .iter()
            .map(|r| r.raw.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(rest.contains("đạt") || segs.len() == 1, "{cell}");
    }
}

#[test]
fn load_dir_reports_a_missing_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer/missing");
    let e = Gazetteer::load_dir(&dir).unwrap_err();
    assert!(e.to_string().contains("units.csv"), "{e}");
}

/// A province is data: a directory with a `units.csv` (and optional
/// `aliases.csv`) is all another province needs.
#[test]
fn another_province_from_a_directory() {
    let dir = std::env::temp_dir().join(format!("ntm-gazetteer-test-{}", std::process::id()));
    let prov = dir.join("ninh-thuan");
    std::fs::create_dir_all(&prov).unwrap();
    std::fs::write(
        prov.join("units.csv"),
        "district_code,district_name,district_type,commune_code,commune_name,commune_type,in_ntm_program,successor_code,successor_name,successor_since,change_note\n\
         584,Ninh Hải,Huyện,22780,Vĩnh Hải,Xã,yes,,,,\n\
         584,Ninh Hải,Huyện,22783,Thanh Hải,Xã,yes,,,,\n",
    )
    .unwrap();
    let g = Gazetteer::load_dir(&prov).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(g.province(), "ninh-thuan");
    let got: Vec<_> = g
        .segment("Vinh Hai Thanh Hải", &Hint::default())
        .into_iter()
        .map(|r| r.unit.map(|u| u.code))
        .collect();
    assert_eq!(got, [Some("22780".to_string()), Some("22783".to_string())]);
    assert_eq!(g.resolve_district("huyện Ninh Hải").unwrap().code, "584");
}

/// OCR damage: a name that matches no unit as printed resolves to the one unit it
/// is close to, and to none when two are that close or it is too far from any.
#[test]
fn ocr_damaged_names() {
    let none = Hint::default();
    // One letter misread (Cam Hiệp Nam; Cam Hiệp Bắc is three letters away).
    let r = g().resolve("Cam Hlệp Nam", &none);
    assert_eq!(r.unit.as_ref().unwrap().code, "22456");
    assert_eq!(r.method, MatchMethod::Fuzzy);
    assert_eq!(r.confidence, CONF_FUZZY);
    // Tone marks misread: folded.
    let r = g().resolve("Diễn Thạnh", &none);
    assert_eq!(r.method, MatchMethod::Folded);
    assert_eq!(r.unit.as_ref().unwrap().name, "Diên Thạnh");
    // The space between syllables lost.
    let r = g().resolve("SơnTân", &none);
    assert_eq!(r.unit.as_ref().unwrap().code, "22447");
    assert_eq!(r.method, MatchMethod::Fuzzy);
    // One letter from Cam Lộc and from Cam Lợi: ambiguous, not corrected.
    let r = g().resolve("Cam Lox", &none);
    assert!(r.unit.is_none() && r.is_ambiguous(), "{r:?}");
    let mut c: Vec<&str> = r.candidates.iter().map(|u| u.name.as_str()).collect();
    c.sort();
    assert_eq!(c, ["Cam Lộc", "Cam Lợi"]);
    // Two letters off: too far.
    let r = g().resolve("Cam Hxxp Nam", &none);
    assert_eq!(r.method, MatchMethod::Unresolved);
    assert!(r.unit.is_none() && r.candidates.is_empty());
}
