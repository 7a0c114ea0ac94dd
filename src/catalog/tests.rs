//! Printed names from the Khánh Hòa 2024 plan, Phụ lục 02/03
//! (`samples/khanh-hoa-2024-ntm-plan.ocr.txt`, lines 386–482), OCR damage
//! kept. Each expected code is the number the plan prints next to the name,
//! checked against the indicator's wording in the catalog.

use super::*;

/// Khánh Hòa's region (`data/gazetteer/provinces.csv`), whose values the
/// sample plan states.
const REGION_KHANH_HOA: &str = "DHNTB";

fn cat() -> &'static Catalog {
    Catalog::builtin()
}

#[test]
fn every_level_is_present() {
    for level in Level::ALL {
        assert!(cat().level(level).is_some(), "{level}");
    }
    assert_eq!(cat().level(Level::XaNtm).unwrap().criteria.len(), 19);
    assert_eq!(cat().level(Level::XaNtmNangCao).unwrap().criteria.len(), 19);
}

#[test]
fn lookups_are_per_level() {
    assert_eq!(cat().criterion(Level::XaNtm, 15).unwrap().name_vi, "Y tế");
    assert_eq!(
        cat().criterion(Level::XaNtmNangCao, 14).unwrap().name_vi,
        "Y tế"
    );
    let a = cat().indicator(Level::XaNtm, "13.3").unwrap();
    let b = cat().indicator(Level::XaNtmNangCao, "13.3").unwrap();
    assert_ne!(a.name_vi, b.name_vi);
    assert!(cat().indicator(Level::XaNtm, "99.9").is_none());
}

#[test]
fn criteria_by_printed_name() {
    let cases = [
        (Level::XaNtm, "Y tế", 15),
        (Level::XaNtmNangCao, "Y tế", 14),
        (Level::XaNtm, "Tiêu chí 9. Nhà ở dân cư", 9),
        (Level::XaNtm, "Tiêu chí 10. Thu nhập", 10),
        // OCR of "Nghèo đa chiều" (line 387).
        (Level::XaNtm, "Tiêu chí 11. Nghèo da chèo", 11),
        (Level::XaNtm, "Tiêu chí 6. Cơ sở vật chất văn hóa", 6),
        (Level::XaNtm, "Văn hóa", 16),
        (Level::XaNtmNangCao, "-Tiêu chí 6. Văn hóa", 6),
        (Level::XaNtmNangCao, "Tiêu chí 15. Hành chính công", 15),
        (Level::XaNtmNangCao, "Tiêu chí 16. Tiếp cận pháp luật", 16),
        (
            Level::XaNtm,
            "Tiêu chí 17. Môi trường và an toàn thực phẩm",
            17,
        ),
        (
            Level::XaNtm,
            "Tiêu chí 13. Tổ chức sản xuất và phát triển kinh tế nông thôn",
            13,
        ),
        (
            Level::XaNtmNangCao,
            "-Tiêu chí 8. Thông tin và truyền thông",
            8,
        ),
        (
            Level::XaNtm,
            "-Tiêu chí 18. Hệ thống chính trị và tiếp cận pháp luật",
            18,
        ),
    ];
    for (level, printed, want) in cases {
        assert_eq!(
            cat().match_criterion(level, printed),
            Some(want),
            "{level} {printed}"
        );
    }
    assert_eq!(cat().match_criterion(Level::XaNtm, "Cục Thống kê"), None);
}

#[test]
fn indicators_by_printed_name() {
    use Level::{XaNtm as N, XaNtmNangCao as NC};
    let cases: &[(Level, &str, Option<u8>, &str)] = &[
        (N, "Tỷ lệ dân số có sổ khám chữa bệnh điện tử", None, "15.4"),
        (
            NC,
            "Tỷ lệ dân số có sổ khám chữa bệnh điện tử",
            None,
            "14.4",
        ),
        (N, "Tỷ lệ lao động qua đào tạo", None, "12.1"),
        (
            N,
            "Chi tiêu 15.4 Tỷ lệ dân số có số khám chữa bệnh điện tử, xã đạt 0%, yêu cầu 50%",
            Some(15),
            "15.4",
        ),
        (
            N,
            "Chi tiêu 12.1 Tỷ lệ lao động qua đào tạo (áp dụng đạt cho cả nam và nữ), xã đạt 74,17%, yêu cầu 75%",
            Some(12),
            "12.1",
        ),
        (
            N,
            "Chi tiêu 12.2 Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (áp dụng đạt cho cả nam và nữ), xã đạt 24,31%, yêu cầu 25%",
            Some(12),
            "12.2",
        ),
        (
            N,
            "Chi tiêu 13.1 Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật hợp tác",
            Some(13),
            "13.1",
        ),
        (
            N,
            "Chi tiêu 13.3 Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương",
            Some(13),
            "13.3",
        ),
        (
            N,
            "+ Chỉ tiêu 13.2 Xã có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực đảm bảo bền vững, xã chưa đạt",
            Some(13),
            "13.2",
        ),
        (
            N,
            "chỉ tiêu 14.2 Tỷ lệ học sinh (áp dụng đạt cho cả nam và nữ) tốt nghiệp trung học cơ sở được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)",
            Some(14),
            "14.2",
        ),
        (
            N,
            "Chi tiêu 15.2 Xã đạt tiêu chí quốc gia về y tế, xã chưa đạt",
            Some(15),
            "15.2",
        ),
        (
            N,
            "+ 15.3 Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thấp còi (chiều cao theo tuổi) đạt 37,6%, yêu cầu dưới 24%",
            Some(15),
            "15.3",
        ),
        (
            N,
            "Chỉ tiêu 6.3 Tỷ lệ thôn có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng",
            Some(6),
            "6.3",
        ),
        (
            N,
            "+ Chỉ tiêu 6.1 Xã chưa có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã",
            Some(6),
            "6.1",
        ),
        (
            N,
            "+ Chỉ tiêu 9.2. Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố 67,05% chưa đạt 75% theo yêu cầu.",
            Some(9),
            "9.2",
        ),
        (
            N,
            "+ Chỉ tiêu 17.1. Tỷ lệ hộ được sử dụng nước sạch theo quy định, 0% (0/276 hộ).",
            Some(17),
            "17.1",
        ),
        (
            N,
            "+ Chỉ tiêu 17.8.Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch, 17,68% yêu cầu 70%",
            Some(17),
            "17.8",
        ),
        (
            N,
            "+ Chỉ tiêu 18.2. Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trên, xã chưa đạt",
            Some(18),
            "18.2",
        ),
        (
            NC,
            "+ Chỉ tiêu 2.1. Tỷ lệ đường xã được bảo trì hàng năm đảm bảo sang - xanh - sạch - đẹp, có các hạng mục cần thiết (biên báo, biển chỉ dẫn, chiều sáng, gờ gián tốc, xây xanh,...)",
            Some(2),
            "2.1",
        ),
        (
            NC,
            "+ Chí tiêu 13.3. Cố mô hình kinh tế ứng dụng công nghệ cao, hoặc mô hình nông nghiệp áp dụng cơ giới hóa các khâu, liên kết theo chuỗi giá trị gắn với đảm bảo an toàn thực phẩm, chưa đạt",
            Some(13),
            "13.3",
        ),
        (
            NC,
            "+ Chí tiêu 13.4. Ứng dụng chuyển đổi số để thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã, 0 sản phẩm",
            Some(13),
            "13.4",
        ),
        (
            NC,
            "+ Chí tiêu 13.5. Tỷ lệ sản phẩm chủ lực của xã được bán qua kênh thương mại điện tử, 0%",
            Some(13),
            "13.5",
        ),
        (
            NC,
            "+ Chí tiêu 13.6. Vùng nguyên liệu tập trung đối với nông sản chủ lực của xã được cấp mã vùng, 0 sản phẩm",
            Some(13),
            "13.6",
        ),
        (
            NC,
            "+ Chí tiêu 13.8. Cố mô hình phát triển kinh tế nông thôn hiệu quả theo hướng tích hợp đa giá trị (kinh tế, văn hóa, môi trường), chưa đạt.",
            Some(13),
            "13.8",
        ),
        (
            NC,
            "+ Chi tiêu 13.2. Cố sản phẩm OCOP được xếp hạng đạt chuẩn hoặc tương đương, xã chưa đạt",
            Some(13),
            "13.2",
        ),
        (
            NC,
            "- Tiêu chí 14. Y tế: Chỉ tiêu 14.4 Tỷ lệ dân số có số khám chữa bệnh điện tử, yêu cầu 70%, xã đạt 0%",
            Some(14),
            "14.4",
        ),
        (
            NC,
            "-Tiêu chí 15. Hành chính công, chỉ tiêu 15.3 Giải quyết các thủ tục hành chính đảm bảo đúng quy định và không để xảy ra khiếu nại vượt cấp.",
            Some(15),
            "15.3",
        ),
        (
            NC,
            "+ Chi tiêu 17.11. Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn, xã đạt 15%, yêu cầu 30%",
            Some(17),
            "17.11",
        ),
        (
            NC,
            "-Tiêu chí 6. Văn hóa , chi tiêu 6.1. Có lắp đặt các dụng cụ thể dục thể thao ngoài trời ở điểm công cộng; các loại hình hoạt động văn hóa, văn nghệ, thể dục, thể thao được tổ chức hoạt động thường xuyên, xã chưa đạt",
            Some(6),
            "6.1",
        ),
        (
            NC,
            "-Tiêu chí 8. Thông tin và truyền thông , Chi tiêu 8.5. Có mang wifi miễn phí ở các điểm công cộng (khu vực Trung tâm xã, nơi sinh hoạt cộng đồng, diem du lịch công đồng,...), xã chưa đạt",
            Some(8),
            "8.5",
        ),
        (
            NC,
            "-Tiêu chí 16. Tiếp cận pháp luật, chi tiêu 16.1. Có mô hình diễn hành về phổ biến, giáo dục pháp luật, hoà giải ở cơ sở hoạt động hiệu quả được công nhận, xã chưa đạt",
            Some(16),
            "16.1",
        ),
    ];
    for (level, printed, hint, want) in cases {
        let m = cat().match_indicator(*level, printed, *hint);
        assert_eq!(
            m.as_ref().map(|m| m.code.as_str()),
            Some(*want),
            "{level} {printed}"
        );
        // Without the criterion the printed text must still point there.
        let m = cat().match_indicator(*level, printed, None);
        assert_eq!(
            m.as_ref().map(|m| m.code.as_str()),
            Some(*want),
            "{level} {printed} (no hint)"
        );
    }
    assert_eq!(
        cat().match_indicator(N, "Sở Giao thông vận tải", None),
        None
    );
}

#[test]
fn thresholds_by_region_and_year() {
    let t = cat()
        .threshold(Level::XaNtm, "10", REGION_KHANH_HOA, 2024)
        .unwrap();
    assert_eq!(t.value, ThresholdValue::Number(50.0));
    assert_eq!(t.comparator, Comparator::Ge);
    assert_eq!(t.unit, "triệu đồng/người/năm");
    // The plan: "chưa đạt 50 triệu đồng/người/năm theo yêu cầu năm 2024" (line 387).
    let t = cat()
        .threshold(Level::XaNtm, "10", REGION_KHANH_HOA, 2025)
        .unwrap();
    assert_eq!(t.value, ThresholdValue::Number(53.0));
    // Years the catalog does not know give nothing, not a neighbour's value.
    assert!(
        cat()
            .threshold(Level::XaNtm, "10", REGION_KHANH_HOA, 2022)
            .is_none()
    );
    assert!(
        cat()
            .threshold(Level::XaNtm, "10", REGION_KHANH_HOA, 2030)
            .is_none()
    );
    let t = cat()
        .threshold(Level::XaNtmNangCao, "14.4", REGION_KHANH_HOA, 2024)
        .unwrap();
    assert_eq!(t.value, ThresholdValue::Number(70.0));
    let t = cat()
        .threshold(Level::XaNtm, "15.4", REGION_KHANH_HOA, 2024)
        .unwrap();
    assert_eq!(t.value, ThresholdValue::Number(50.0));
    let t = cat()
        .threshold(Level::XaNtm, "15.2", REGION_KHANH_HOA, 2024)
        .unwrap();
    assert_eq!(t.value, ThresholdValue::Bool(true));
    assert_eq!(t.comparator, Comparator::Bool);
    // Unverified recollections are never well sourced.
    let t = cat()
        .threshold(Level::XaNtm, "1.1", REGION_KHANH_HOA, 2024)
        .unwrap();
    assert!(!t.well_sourced);
    // Null for the region: unknown.
    assert!(
        cat()
            .threshold(Level::XaNtm, "17.1", REGION_KHANH_HOA, 2024)
            .is_none()
    );
    assert!(
        cat()
            .threshold(Level::XaNtm, "17.1", "TDMNPB", 2024)
            .is_some()
    );
    let t = cat()
        .threshold(Level::HuyenHoanThanhNhiemVu, "TX.1", REGION_KHANH_HOA, 2025)
        .unwrap();
    assert_eq!(t.value, ThresholdValue::Number(100.0));
}

#[test]
fn bad_catalog_names_the_place() {
    let text = r#"{"levels": {"xa_ntm": {"decision": "x", "criteria": [{"no": 1, "name_vi": "A",
        "indicators": [{"code": "1.1", "name_vi": "B", "unit": "%", "comparator": ">=",
        "threshold": "cao", "basis": "derived", "confidence": "low", "usable_for_validation": false}]}]}}}"#;
    let e = Catalog::from_json("c.json", text).unwrap_err().to_string();
    assert!(
        e.contains("levels.xa_ntm.criteria[0].indicators[0].threshold"),
        "{e}"
    );
    let e = Catalog::from_json(
        "c.json",
        r#"{"levels": {"xa_mới": {"decision": "", "criteria": []}}}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("unknown level"), "{e}");
    assert!(Catalog::from_json("c.json", "{").is_err());
}

/// Phụ lục 01 (plan lines 336–380) prints, per level, the number and name each
/// topic has in that level's set; the catalog must number them the same way.
#[test]
fn numbering_matches_phu_luc_01() {
    use Level::{HuyenNtm as H, HuyenNtmNangCao as HNC, XaNtm as N, XaNtmNangCao as NC};
    let cases = [
        (N, "5. Trường học", 5),
        (NC, "5. Giáo dục", 5),
        (H, "5. Y tế - văn hóa - giáo dục", 5),
        (HNC, "5. Y tế - văn hóa - giáo dục", 5),
        (N, "6. Cơ sở vật chất văn hóa", 6),
        (NC, "6. Văn hóa", 6),
        (N, "7. Cơ sở hạ tầng thương mại nông thôn", 7),
        (H, "6. Kinh tế", 6),
        (N, "8. Thông tin và truyền thông", 8),
        (NC, "15. Hành chính công", 15),
        (NC, "16. Tiếp cận pháp luật", 16),
        (H, "9. An ninh trật tự - hành chính công", 9),
        (N, "14. Giáo dục và đào tạo", 14),
        (N, "15. Y tế", 15),
        (NC, "14. Y tế", 14),
        (N, "16. Văn hóa", 16),
        (N, "17. Môi trường và an toàn thực phẩm", 17),
        (NC, "17. Môi trường", 17),
        (NC, "18. Chất lượng môi trường sống", 18),
        (H, "7. Môi trường", 7),
        (H, "8. Chất lượng môi trường sống", 8),
        (HNC, "7. Môi trường", 7),
        (HNC, "8. Chất lượng môi trường sống", 8),
        (N, "18. Hệ thống chính trị và tiếp cận pháp luật", 18),
        (N, "19. Quốc phòng và an ninh", 19),
    ];
    for (level, printed, want) in cases {
        assert_eq!(
            cat().match_criterion(level, printed),
            Some(want),
            "{level} {printed}"
        );
    }
}
