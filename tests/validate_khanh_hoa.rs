//! Every inconsistency confirmed by hand in the Khánh Hòa 2024 plan
//! (docs/rules.md, "Confirmed inconsistencies") rebuilt as records exactly as
//! the document prints them: the named rule fires, and on a line of the plan
//! that is consistent it does not.

use ntm_ingest::Level;
use ntm_ingest::catalog::Catalog;
use ntm_ingest::records::*;
use ntm_ingest::validate::{DocInput, Finding, Severity, validate};

const FILE: &str = "samples/khanh-hoa-2024-ntm-plan.ocr.txt";

fn prov(table: i32, row: i32) -> Provenance {
    Provenance {
        doc_id: "khanh-hoa".into(),
        source_file: FILE.into(),
        page: 1,
        table_index: table,
        row,
        source_line: None,
        ocr_confidence: None,
    }
}

/// Validates records of the Khánh Hòa plan (KH 355/KH-UBND, 8 March 2024):
/// its province and date decide the region and the programme size.
fn run(ex: &Extraction) -> Vec<Finding> {
    let mut ex = ex.clone();
    ex.place = ntm_ingest::province::place_for("Khánh Hòa", "2024-03-08").unwrap();
    validate(&[DocInput {
        doc_id: "khanh-hoa",
        source_file: FILE,
        extraction: &ex,
        prose: &[],
    }])
}

fn fired<'a>(f: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    f.iter().filter(|x| x.rule == rule).collect()
}

fn stmt(
    level: Level,
    commune: &str,
    crit: i32,
    code: &str,
    name: &str,
    raw: &str,
) -> IndicatorRecord {
    let matched = Catalog::builtin()
        .match_indicator(level, name, u8::try_from(crit).ok())
        .map(|m| m.code);
    IndicatorRecord {
        prov: prov(1, 10),
        appendix: AppendixKind::CommunePlan,
        locality_code: None,
        locality_name: commune.into(),
        district_code: None,
        district_name: None,
        level,
        criterion_no: Some(crit),
        indicator_code: Some(code.into()),
        matched_code: matched,
        indicator_name: Some(name.into()),
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
        target_year: Some(2024),
        target_quarter: Some(4),
        raw_text: raw.into(),
        ambiguous_numbers: Vec::new(),
    }
}

fn with_fraction(
    mut r: IndicatorRecord,
    text: &str,
    value: f64,
    n: f64,
    d: f64,
) -> IndicatorRecord {
    r.actual_text = Some(text.into());
    r.actual_value = Some(value);
    r.numerator = Some(n);
    r.denominator = Some(d);
    r.unit = Some("%".into());
    r
}

fn only(ind: IndicatorRecord) -> Extraction {
    Extraction {
        indicators: vec![ind],
        ..Default::default()
    }
}

// ---- fraction_percent ----------------------------------------------------

#[test]
fn line_442_percent_disagrees_with_its_fraction() {
    // 1059/4532 = 23,37%, printed 25,37%.
    let r = stmt(
        Level::XaNtmNangCao,
        "Ninh Thọ",
        12,
        "12.3",
        "Tỷ lệ lao động làm việc trong các ngành kinh tế chủ lực trên địa bàn",
        "-Tiêu chí 12. Lao động , chi tiêu 12.3. Tỷ lệ lao động làm việc trong các ngành kinh tế chủ lực trên địa bàn, xã đạt 25,37% (1059/4532), yêu cầu 34%",
    );
    let f = run(&only(with_fraction(
        r,
        "25,37% (1059/4532)",
        25.37,
        1059.0,
        4532.0,
    )));
    let hits = fired(&f, "fraction_percent");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].severity, Severity::Error);
}

#[test]
fn line_431_health_insurance_percent_disagrees_with_its_fraction() {
    // 5.507/5.511 người = 99,93%, printed 94,77% (5507/5811 would give 94,77%).
    let r = stmt(
        Level::XaNtm,
        "Xã",
        15,
        "15.1",
        "Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ)",
        "+ Chi tiêu 15.4 Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ), yêu cầu 95%, xã đạt 94,77% (5.507/5.511 người)",
    );
    let f = run(&only(with_fraction(
        r,
        "94,77% (5.507/5.511 người)",
        94.77,
        5507.0,
        5511.0,
    )));
    assert_eq!(fired(&f, "fraction_percent").len(), 1);
}

#[test]
fn fractions_that_agree_pass() {
    for (text, v, n, d) in [
        ("74,32% (11,323/15,236 km)", 74.32, 11.323, 15.236), // line 414
        ("62,5% (20/32 vụ việc)", 62.5, 20.0, 32.0),          // line 410
        ("19,8% (449/2.268 hồ sơ)", 19.8, 449.0, 2268.0),     // line 475
        ("70,6 % (12 km/17 km)", 70.6, 12.0, 17.0),           // line 436
    ] {
        let r = stmt(Level::XaNtm, "Xã", 2, "2.2", "Tỷ lệ đường thôn", text);
        let f = run(&only(with_fraction(r, text, v, n, d)));
        assert!(fired(&f, "fraction_percent").is_empty(), "{text}");
    }
}

// ---- criteria_count ------------------------------------------------------

fn summary(
    name: &str,
    level: Level,
    raw: &str,
    met: i32,
    total: i32,
    unmet: i32,
    list: &[i32],
) -> CriteriaSummary {
    CriteriaSummary {
        prov: prov(1, 9),
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

fn summaries(s: Vec<CriteriaSummary>) -> Extraction {
    Extraction {
        summaries: s,
        ..Default::default()
    }
}

#[test]
fn line_397_son_binh_counts_do_not_add_up() {
    let s = summary(
        "Sơn Bình",
        Level::XaNtm,
        "Sơn Bình đạt 14/15 tiêu chí, 05 tiêu chí chưa đạt gồm: TC 9, 10, 11, 15, 17",
        14,
        15,
        5,
        &[9, 10, 11, 15, 17],
    );
    let f = run(&summaries(vec![s]));
    assert!(
        fired(&f, "criteria_count")
            .iter()
            .any(|x| x.severity == Severity::Error)
    );
}

#[test]
fn line_450_cam_hai_dong_lists_3_of_7() {
    let s = summary(
        "Cam Hải Đông",
        Level::XaNtmNangCao,
        "NTM NC đạt 12/19 TC, 07 TC chưa đạt oùm: 1, 6, 8",
        12,
        19,
        7,
        &[1, 6, 8],
    );
    let f = run(&summaries(vec![s]));
    let hits = fired(&f, "criteria_count");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].found.as_deref(), Some("3 (1, 6, 8)"));
}

#[test]
fn summaries_that_add_up_pass() {
    let f = run(&summaries(vec![
        summary(
            "Vạn Thắng",
            Level::XaNtm,
            "Vạn Thắng NTM đạt 14/19 TC, 05 TC chưa đạt gồm: 1, 6, 13, 15, 17",
            14,
            19,
            5,
            &[1, 6, 13, 15, 17],
        ),
        summary(
            "Cam Tân",
            Level::XaNtm,
            "Cam Tân NTM đạt 14/19 TC, 05/19 TC chưa đạt gồm: 1, 10, 11, 13, 17",
            14,
            19,
            5,
            &[1, 10, 11, 13, 17],
        ),
        summary(
            "Cam Hải Đông",
            Level::XaNtm,
            "NTM đạt 16/19 TC, 03 TC chưa đạt gồm: 1, 10, 13",
            16,
            19,
            3,
            &[1, 10, 13],
        ),
    ]));
    assert!(fired(&f, "criteria_count").is_empty(), "{f:?}");
}

// ---- code_name_mismatch --------------------------------------------------

#[test]
fn lines_428_431_559_codes_that_do_not_match_their_words() {
    let cases = [
        // line 428: 2.2's wording printed as 1.2
        stmt(
            Level::XaNtmNangCao,
            "Xã",
            2,
            "1.2",
            "Tỷ lệ đường thôn, và đường liên thôn ít nhất được cứng hóa, đầm bao ô tô dài 1 km",
            "+ Chi tiêu 1.2. Tỷ lệ đường thôn, và đường liên thôn ít nhất được cứng hóa, đầm bao ô tô dài 1 km, xã đạt 70,61%, yêu cầu 100%",
        ),
        // line 431: 13.6's wording printed as 15.6
        stmt(
            Level::XaNtmNangCao,
            "Xã",
            15,
            "15.6",
            "Vùng nguyên liệu tập trung đổi mới nông sản chủ lực của xã được cấp mã vùng",
            "+ Chi tiêu 15.6 Vùng nguyên liệu tập trung đổi mới nông sản chủ lực của xã được cấp mã vùng, 0 sản phẩm",
        ),
        // line 559: district criterion 7's sorting indicator printed as 17.2
        stmt(
            Level::HuyenNtm,
            "Huyện",
            7,
            "17.2",
            "Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn",
            "+ Chỉ tiêu 17.2. Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn",
        ),
    ];
    for c in cases {
        let raw = c.raw_text.clone();
        let f = run(&only(c));
        assert_eq!(fired(&f, "code_name_mismatch").len(), 1, "{raw}\n{f:?}");
    }
}

#[test]
fn codes_that_match_their_words_pass() {
    let cases = [
        stmt(
            Level::XaNtmNangCao,
            "Xã",
            2,
            "2.4",
            "Tỷ lệ đường trục chính nội đồng được cứng hóa, đáp ứng yêu cầu sản xuất và vận chuyển hàng hóa",
            "+ Chi tiêu 2.4. Tỷ lệ đường trục chính nội đồng được cứng hóa đáp ứng yêu cầu sản xuất và vận chuyển hàng hóa, xã đạt 70,6 % (12 km/17 km), yêu cầu 80%",
        ),
        stmt(
            Level::XaNtmNangCao,
            "Xã",
            13,
            "13.6",
            "Vùng nguyên liệu tập trung đổi mới nông sản chủ lực của xã được cấp mã vùng",
            "+ Chi tiêu 13.6. Vùng nguyên liệu tập trung đổi mới nông sản chủ lực của xã được cấp mã vùng, 0 sản phẩm",
        ),
    ];
    for c in cases {
        let f = run(&only(c));
        assert!(fired(&f, "code_name_mismatch").is_empty(), "{f:?}");
    }
}

// ---- requirement_vs_catalog ----------------------------------------------

#[test]
fn son_binh_stunting_requirement_is_not_the_regions() {
    // "15.3 Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thấp còi … đạt 37,6%, yêu cầu dưới 24%":
    // 24% is the northern-mountain value; Khánh Hòa (DHNTB) is 22%.
    let mut r = stmt(
        Level::XaNtm,
        "Sơn Bình",
        15,
        "15.3",
        "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thấp còi (chiều cao theo tuổi)",
        "-Tiêu chí 15. Y tế + 15.3 Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thấp còi (chiều cao theo tuổi) đạt 37,6%, yêu cầu dưới 24%.",
    );
    r.actual_value = Some(37.6);
    r.required_value = Some(24.0);
    r.comparator = Some(ntm_ingest::normalize::Comparator::Lt);
    r.unit = Some("%".into());
    let f = run(&only(r.clone()));
    assert_eq!(fired(&f, "requirement_vs_catalog").len(), 1);
    // Nothing contradicts its own status: 37,6 is not under 24.
    assert!(fired(&f, "status_contradiction").is_empty());
    r.required_value = Some(22.0);
    assert!(fired(&run(&only(r)), "requirement_vs_catalog").is_empty());
}

// ---- roadmaps (Phụ lục 07, 09) and objectives ----------------------------

fn entry(level: Level, year: i32, name: &str, district: &str, row: i32) -> RoadmapEntry {
    RoadmapEntry {
        prov: prov(9, row),
        level,
        year,
        district_code: None,
        district_name: Some(district.into()),
        commune_code: None,
        commune_name: Some(name.into()),
        raw_name: name.into(),
        printed_district: Some(district.into()),
        confidence: 1.0,
    }
}

fn total(
    level: Level,
    year: Option<i32>,
    district: Option<&str>,
    t: i32,
    cum: Option<i32>,
    pct: Option<f64>,
    raw: &str,
) -> RoadmapTotal {
    RoadmapTotal {
        prov: prov(9, year.map_or(1, |y| y - 2020)),
        level,
        year,
        district_code: None,
        district_name: district.map(str::to_string),
        printed_total: Some(t),
        printed_cumulative: cum,
        printed_percent: pct,
        raw_text: raw.into(),
    }
}

/// Phụ lục 09 as printed (lines 678–681).
fn phu_luc_09() -> Extraction {
    let km = Level::XaNtmKieuMau;
    let mut roadmap = vec![entry(km, 2024, "Ninh Quang", "Ninh Hòa", 2)];
    for (n, d) in [
        ("Vạn Phú", "Vạn Ninh"),
        ("Ninh Đông", "Ninh Hòa"),
        ("Vĩnh Phương", "Nha Trang"),
        ("Diên Điền", "Diên Khánh"),
        ("Diên An", "Diên Khánh"),
        ("Diên Phước", "Diên Khánh"),
        ("Diên Lạc", "Diên Khánh"),
        ("Cam Hải Tây", "Cam Lâm"),
        ("Cam Thịnh Đông", "Cam Ranh"),
    ] {
        roadmap.push(entry(km, 2025, n, d, 3));
    }
    let mut totals = vec![
        total(
            km,
            Some(2024),
            None,
            1,
            Some(1),
            Some(1.1),
            "1 | 2024 | 1 | 1 | 1.1% | Ninh Quang",
        ),
        total(
            km,
            Some(2025),
            None,
            10,
            Some(11),
            Some(11.8),
            "2 | 2025 | 10 | 11 | 11.8% | Vạn Phú | Ninh Đông | Vĩnh Phương | Điện Điện Điện An Điện Phước Điện Lạc | Cam Hải Tây | Cam Thịnh Đông",
        ),
    ];
    for (d, t) in [
        ("Vạn Ninh", 1),
        ("Ninh Hoà", 2),
        ("Nha Trang", 1),
        ("Điện Khanh", 4),
        ("Cam Lâm", 2),
        ("Cam Ranh", 1),
    ] {
        totals.push(total(
            km,
            None,
            Some(d),
            t,
            None,
            None,
            "TỔNG CỘNG | 11 | 1 | 2 | 1 | 4 | 2 | 1 | 0 | 0",
        ));
    }
    Extraction {
        roadmap,
        roadmap_totals: totals,
        ..Default::default()
    }
}

#[test]
fn phu_luc_09_2025_row_names_9_of_10_and_implies_93() {
    let f = run(&phu_luc_09());
    let r = fired(&f, "roadmap_arithmetic");
    // printed total 10, named 9
    assert!(
        r.iter()
            .any(|x| x.found.as_deref() == Some("10") && x.expected.as_deref() == Some("9")),
        "{r:#?}"
    );
    // 11 = 11,8% implies ≈93,2, not 92
    assert!(r.iter().any(|x| x.message_en.contains("≈93,2")), "{r:#?}");
    // Cam Lâm's grand total 2, named 1
    assert!(
        r.iter()
            .any(|x| x.locality.as_deref() == Some("Cam Lâm") && x.found.as_deref() == Some("2"))
    );
    // The 2024 row (1 = 1,1% of 92) and the other districts are consistent.
    assert!(
        !r.iter().any(|x| x.message_en.contains("Year 2024")),
        "{r:#?}"
    );
    assert_eq!(
        r.iter()
            .filter(|x| x.table_index == Some(9) && x.locality.is_some())
            .count(),
        1
    );
}

#[test]
fn phu_luc_09_with_cam_thanh_bac_adds_up_except_the_percent() {
    let mut ex = phu_luc_09();
    ex.roadmap.push(entry(
        Level::XaNtmKieuMau,
        2025,
        "Cam Thành Bắc",
        "Cam Lâm",
        3,
    ));
    let f = run(&ex);
    let r = fired(&f, "roadmap_arithmetic");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert!(r[0].message_en.contains("≈93,2"));
}

#[test]
fn phu_luc_07_denominator_94_then_92() {
    let l = Level::XaNtm;
    let ex = Extraction {
        roadmap_totals: vec![
            total(
                l,
                Some(2014),
                None,
                10,
                Some(10),
                Some(10.6),
                "1 | 2014 | 10 | 10 | 10.6%",
            ),
            total(
                l,
                Some(2015),
                None,
                12,
                Some(22),
                Some(23.4),
                "2 | 2015 | 12 | 22 | 23.4%",
            ),
            total(
                l,
                Some(2023),
                None,
                2,
                Some(65),
                Some(70.7),
                "10 | 2023 | 2 | 65 | 70,7%",
            ),
            total(
                l,
                Some(2024),
                None,
                5,
                Some(70),
                Some(76.1),
                "11 | 2024 | 5 | 70 | 76,1%",
            ),
        ],
        ..Default::default()
    };
    // Only some rows are given, so the running sums differ; only the percents are checked here.
    let f = run(&ex);
    let pct: Vec<_> = fired(&f, "roadmap_arithmetic")
        .into_iter()
        .filter(|x| x.message_en.contains("implies"))
        .collect();
    assert_eq!(pct.len(), 2, "{pct:#?}");
    assert!(pct.iter().all(|x| x.message_en.contains("≈94")));
    assert!(
        fired(&f, "roadmap_arithmetic")
            .iter()
            .any(|x| x.message_en.contains("denominator changes"))
    );
}

#[test]
fn objectives_name_cam_thanh_bac_for_kieu_mau_2025() {
    let mut ex = phu_luc_09();
    let names = [
        "Vạn Phú",
        "Ninh Đông",
        "Vĩnh Phương",
        "Diên Điền",
        "Diên An",
        "Diên Phước",
        "Diên Lạc",
        "Cam Hải Tây",
        "Cam Thành Bắc",
        "Cam Thịnh Đông",
    ];
    ex.objective_communes = vec![
        ObjectiveCommunes {
            prov: prov(-1, 25),
            level: Level::XaNtmKieuMau,
            year: 2025,
            printed_count: Some(10),
            raw_names: names.iter().map(|s| s.to_string()).collect(),
            commune_codes: vec![None; 10],
            raw_text:
                "10 xã đạt chuẩn nông thôn mới kiểu mẫu (Vạn Phú, …, Cam Thành Bắc, Cam Thịnh Đông)"
                    .into(),
        },
        ObjectiveCommunes {
            prov: prov(-1, 24),
            level: Level::XaNtmKieuMau,
            year: 2024,
            printed_count: Some(1),
            raw_names: vec!["Ninh Quang".into()],
            commune_codes: vec![None],
            raw_text: "01 xã đạt chuẩn nông thôn mới kiểu mẫu (Ninh Quang)".into(),
        },
    ];
    ex.district_targets = vec![DistrictTarget {
        prov: prov(-1, 13), district_name: "Cam Lâm".into(), district_code: None, communes_in_program: Some(12),
        target_xa_ntm: Some(12), target_xa_ntm_nang_cao: Some(7), target_xa_ntm_kieu_mau: Some(2),
        raw_text: "- Huyện Cam Lâm: Có 12/12 xã đạt chuẩn nông thôn mới, 07/12 xã đạt chuẩn nông thôn mới nâng cao, 02/12 xã đạt chuẩn nông thôn mới kiểu mẫu.".into(),
    }];
    let f = run(&ex);
    let c = fired(&f, "cross_table");
    assert!(
        c.iter()
            .any(|x| x.locality.as_deref() == Some("Cam Thành Bắc")),
        "{c:#?}"
    );
    assert!(
        c.iter().any(|x| x.locality.as_deref() == Some("Cam Lâm")),
        "{c:#?}"
    );
    assert!(
        !c.iter().any(|x| x.evidence.contains("Ninh Quang")),
        "{c:#?}"
    );
    // With the commune in the roadmap, text and roadmap agree.
    ex.roadmap.push(entry(
        Level::XaNtmKieuMau,
        2025,
        "Cam Thành Bắc",
        "Cam Lâm",
        3,
    ));
    let f = run(&ex);
    assert!(fired(&f, "cross_table").is_empty(), "{f:#?}");
}

// ---- plan citations in the appendix headers ------------------------------

#[test]
fn appendix_headers_cite_five_plan_numbers_and_three_dates() {
    let app = |t: i32, label: &str, n: &str, d: &str| Appendix {
        prov: prov(t, 0),
        kind: AppendixKind::Roadmap,
        level: None,
        label: Some(label.into()),
        plan_number: Some(n.into()),
        plan_date: Some(d.into()),
        caption: format!("(Kèm theo Kế hoạch số {n} …)"),
        column_roles: Vec::new(),
    };
    let ex = Extraction {
        appendices: vec![
            app(0, "Phụ lục 01", "1355/KH-UBND", "2024-03-08"),
            app(1, "Phụ lục 02", "125-KH/UBND", "2024-05-25"),
            app(4, "Phụ lục 04", "255/KH-UBND", "2024-03-08"),
            app(5, "Phụ lục 05", "2355/KH-UBND", "2024-03-08"),
            app(6, "Phụ lục 06", "1355/KH-UBND", "2024-09-08"),
            app(7, "Phụ lục 07", "355/KH-UBND", "2024-03-08"),
            app(8, "Phụ lục 08", "355/KH-UBND", "2024-03-08"),
            app(9, "Phụ lục 09", "355/KH-UBND", "2024-03-08"),
        ],
        ..Default::default()
    };
    let f = run(&ex);
    let c = fired(&f, "cross_table");
    // 355/KH-UBND is cited 3 times, 8/3/2024 six times: every other citation is a finding.
    assert_eq!(
        c.iter()
            .filter(|x| x.message_en.contains("accompanies plan"))
            .count(),
        5,
        "{c:#?}"
    );
    assert_eq!(
        c.iter()
            .filter(|x| x.message_en.contains("plan date"))
            .count(),
        2
    );
    // Stating the document's own number changes which are findings.
    let mut own = ex.clone();
    own.plan_number = Some("1355/KH-UBND".into());
    let c2 = run(&own);
    assert_eq!(
        fired(&c2, "cross_table")
            .iter()
            .filter(|x| x.message_en.contains("accompanies plan"))
            .count(),
        6
    );
}
