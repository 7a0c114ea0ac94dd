//! Statement parsing on real cells of the Khánh Hòa 2024 plan
//! (samples/khanh-hoa-2024-ntm-plan.ocr.txt; the `// line:column` comment gives
//! each cell's place, columns counted from 1). Expected values were typed from
//! reading the printed text.

use ntm_ingest::normalize::number::Unit;
use ntm_ingest::normalize::statement::{
    CellContext, Comparator, Statement, Status, parse_statements,
};

fn parse(cell: &str) -> Vec<Statement> {
    parse_statements(cell, &CellContext::default())
}

fn unmet(cell: &str) -> Vec<Statement> {
    parse_statements(
        cell,
        &CellContext {
            listed_as_unmet: true,
        },
    )
}

fn codes(s: &[Statement]) -> Vec<(Option<u8>, Option<&str>)> {
    s.iter()
        .map(|s| (s.criterion_no, s.indicator_code.as_deref()))
        .collect()
}

/// Asserts the numbers of one statement: actual, required, comparator, unit.
fn values(
    s: &Statement,
    actual: Option<f64>,
    required: Option<f64>,
    cmp: Option<Comparator>,
    unit: Option<Unit>,
) {
    assert_eq!(s.actual_value, actual, "actual in {:?}", s.raw);
    assert_eq!(s.required_value, required, "required in {:?}", s.raw);
    assert_eq!(s.comparator, cmp, "comparator in {:?}", s.raw);
    assert_eq!(s.unit, unit, "unit in {:?}", s.raw);
}

const PCT: Option<Unit> = Some(Unit::Percent);
const INCOME: Option<Unit> = Some(Unit::MillionDongPerPersonYear);
const GE: Option<Comparator> = Some(Comparator::Ge);
const LT: Option<Comparator> = Some(Comparator::Lt);

// 387:3
#[test]
fn housing_indicator_with_remaining_count() {
    let s = parse(
        "<ul style=\"list-style-type: none\"> Tiêu chí 9. Nhà ở dân cư, chỉ tiêu 9.1 Nhà tạm, dột nát, xã chưa đạt, hiện còn 11 nhà tạm, dột nát. ",
    );
    assert_eq!(codes(&s), [(Some(9), Some("9.1"))]);
    assert_eq!(s[0].criterion_name.as_deref(), Some("Nhà ở dân cư"));
    assert_eq!(s[0].indicator_name.as_deref(), Some("Nhà tạm, dột nát"));
    assert_eq!(s[0].status, Status::NotMet);
    values(
        &s[0],
        Some(11.0),
        None,
        None,
        Some(Unit::Count("nhà".into())),
    );
    // The indicator keeps its own printed slice; the criterion is its header.
    assert_eq!(
        s[0].raw,
        "chỉ tiêu 9.1 Nhà tạm, dột nát, xã chưa đạt, hiện còn 11 nhà tạm, dột nát."
    );
}

// 388:3
#[test]
fn income_then_poverty_lower_is_better() {
    let s = parse(
        "<ul style=\"list-style-type: none\"> Tiêu chí 10. Thu nhập, xã đạt 47 triệu đồng/người/năm, chưa đạt 50 triệu đồng/người/năm theo yêu cầu năm 2024 Tiêu chí 11. Nghèo da chèo: Xã hiện đạt 6,54%, chưa đạt dưới 5% theo yêu cầu ",
    );
    assert_eq!(codes(&s), [(Some(10), None), (Some(11), None)]);
    values(&s[0], Some(47.0), Some(50.0), GE, INCOME);
    assert_eq!(s[0].status, Status::NotMet);
    assert_eq!(s[1].criterion_name.as_deref(), Some("Nghèo đa chiều"));
    values(&s[1], Some(6.54), Some(5.0), LT, PCT);
    assert_eq!(s[1].status, Status::NotMet);
    assert!(s[1].raw.contains("Nghèo da chèo"), "raw keeps the OCR text");
}

// 394:3
#[test]
fn income_with_comma_after_dat_and_dot_decimal_percent() {
    let s = parse(
        "-Tiêu chí 10. Thu nhập. Xã đạt, 25 triệu đồng/người/năm, chưa đạt 45 triệu đồng/người/năm -Tiêu chí 11. Nghèo da chiểu. Xã hiện đạt 18.53% chưa đạt theo yêu cầu.",
    );
    assert_eq!(codes(&s), [(Some(10), None), (Some(11), None)]);
    values(&s[0], Some(25.0), Some(45.0), GE, INCOME);
    values(&s[1], Some(18.53), None, None, PCT);
    assert_eq!(s[1].status, Status::NotMet);
}

// 397:3
#[test]
fn value_before_chua_dat_requirement() {
    let s = parse(
        "-Tiêu chí số 9. Nhà ở dân cư + Chỉ tiêu 9.2. Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố 67,05% chưa đạt 75% theo yêu cầu.",
    );
    assert_eq!(codes(&s), [(Some(9), Some("9.2"))]);
    assert_eq!(
        s[0].indicator_name.as_deref(),
        Some("Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố")
    );
    values(&s[0], Some(67.05), Some(75.0), GE, PCT);
    assert_eq!(s[0].status, Status::NotMet);
}

// 398:3
#[test]
fn ambiguous_thousands_dot_is_flagged_and_read_near_the_requirement() {
    let s = parse(
        "-Tiêu chí số 10: Thu nhập. Năm 2022 đạt 36.750 triệu đồng, chưa đạt 45 triệu đồng/người/năm",
    );
    assert_eq!(codes(&s), [(Some(10), None)]);
    assert_eq!(s[0].criterion_name.as_deref(), Some("Thu nhập"));
    assert_eq!(s[0].ambiguous_numbers, ["36.750"]);
    assert_eq!(s[0].actual_value, Some(36.75));
    assert_eq!(s[0].required_value, Some(45.0));
    assert_eq!(s[0].unit, Some(Unit::MillionDong));
}

// 399:3
#[test]
fn year_is_not_the_value() {
    let s = parse("-Tiêu chí số 11. Nghèo da chiểu. Đến cuối năm 2022 đạt 30%, yêu cầu dưới 13%");
    assert_eq!(codes(&s), [(Some(11), None)]);
    values(&s[0], Some(30.0), Some(13.0), LT, PCT);
    assert!(s[0].ambiguous_numbers.is_empty());
}

// 400:3
#[test]
fn bare_indicator_codes_without_the_word() {
    let s = parse(
        "-Tiêu chí 15. Y tế + 15.3 Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thấp còi (chiều cao theo tuổi) đạt 37,6%, yêu cầu dưới 24%. + 15.4. Tỷ lệ dân số có số khám chữa bệnh điện tử, xã đạt 0%",
    );
    assert_eq!(
        codes(&s),
        [(Some(15), Some("15.3")), (Some(15), Some("15.4"))]
    );
    assert_eq!(
        s[0].indicator_name.as_deref(),
        Some("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thấp còi (chiều cao theo tuổi)")
    );
    values(&s[0], Some(37.6), Some(24.0), LT, PCT);
    values(&s[1], Some(0.0), None, None, PCT);
    assert_eq!(s[1].status, Status::Unknown);
}

// 401:3
#[test]
fn requirement_with_la_and_symbol() {
    let s = parse(
        "-Tiêu chí 17. Môi trường và An toàn thực phẩm + Chỉ tiêu 17.1. Tỷ lệ hộ được sử dụng nước sạch theo quy định không đạt do nguồn hệ thống cấp nước tập trung và công trình nước quy mô hộ gia đình có chất lượng nước chưa đáp ứng quy chuẩn của Bộ y tế yêu cầu. Tỷ lệ hộ được sử dụng nước sạch theo quy định đạt yêu cầu là ≥20% (≥10% từ hệ thống cấp nước tập trung).",
    );
    assert_eq!(codes(&s), [(Some(17), Some("17.1"))]);
    assert_eq!(s[0].status, Status::NotMet);
    assert_eq!(s[0].required_value, Some(20.0));
    assert_eq!(s[0].comparator, GE);
    assert_eq!(s[0].actual_value, None);
}

// 403:3
#[test]
fn criterion_without_indicator_not_met() {
    let s = parse("-Tiêu chí 1. Quy hoạch. Xã Chưa đạt");
    assert_eq!(codes(&s), [(Some(1), None)]);
    assert_eq!(s[0].criterion_name.as_deref(), Some("Quy hoạch"));
    assert_eq!(s[0].status, Status::NotMet);
    assert_eq!(s[0].raw, "-Tiêu chí 1. Quy hoạch. Xã Chưa đạt");
}

// 409:3
#[test]
fn chi_tieu_with_acute_is_an_indicator() {
    let s = parse(
        "-Tiêu chí 15. Y tế + Chí tiêu 15.4. Tỷ lệ dân số có sở khám chữa bệnh điện tử, xã đạt 0%, yêu cầu 50%",
    );
    assert_eq!(codes(&s), [(Some(15), Some("15.4"))]);
    assert_eq!(s[0].criterion_name.as_deref(), Some("Y tế"));
    values(&s[0], Some(0.0), Some(50.0), GE, PCT);
    assert!(s[0].raw.starts_with("+ Chí tiêu 15.4."));
    assert!(s[0].ocr_fixes.iter().any(|f| f.rule == "chi_tieu_label"));
}

// 409:4
#[test]
fn requirement_before_actual() {
    let s = parse(
        "-Tiêu chí 14. Y tế, chí tiêu 14.4. Tỷ lệ dân số có sở khám chữa bệnh điện tử, yêu cầu 70%, xã đạt 0%",
    );
    assert_eq!(codes(&s), [(Some(14), Some("14.4"))]);
    values(&s[0], Some(0.0), Some(70.0), GE, PCT);
    assert_eq!(
        s[0].indicator_name.as_deref(),
        Some("Tỷ lệ dân số có sở khám chữa bệnh điện tử")
    );
    assert_eq!(s[0].actual_text.as_deref(), Some("xã đạt 0%"));
}

// 410:3
#[test]
fn criterion_and_indicator_joined_with_comma_and_count_fraction() {
    let s = parse(
        "-Tiêu chí 16. Tiếp cận pháp luật, chí tiêu 16.2 Tỷ lệ mẫu thuẫn, tranh chấp, vi phạm thuộc phạm vi hòa giải được hòa giải thành, yêu cầu 100%, xã đạt 62,5% (20/32 vụ việc)",
    );
    assert_eq!(codes(&s), [(Some(16), Some("16.2"))]);
    assert_eq!(s[0].criterion_name.as_deref(), Some("Tiếp cận pháp luật"));
    values(&s[0], Some(62.5), Some(100.0), GE, PCT);
    assert_eq!((s[0].numerator, s[0].denominator), (Some(20.0), Some(32.0)));
}

// 410:4
#[test]
fn fraction_as_the_actual() {
    let s = parse(
        "-Tiêu chí 17. Môi trường và an toàn thực phẩm. + Chí tiêu 17.2. Tỷ lệ cơ sở sản xuất kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường, xã đạt 0/1 cơ sở, yêu cầu 95%",
    );
    assert_eq!(codes(&s), [(Some(17), Some("17.2"))]);
    assert_eq!(
        s[0].criterion_name.as_deref(),
        Some("Môi trường và an toàn thực phẩm")
    );
    assert_eq!((s[0].numerator, s[0].denominator), (Some(0.0), Some(1.0)));
    assert_eq!(s[0].required_value, Some(95.0));
}

// 411:3
#[test]
fn count_after_chua_dat_is_not_a_requirement() {
    let s = parse(
        "-Tiêu chí 17. Môi trường + Chí tiêu 17.1. Khu kinh doanh, dịch vụ, chăn nuôi, giết mổ (gia súc, gia cầm), nuôi trồng thủy sản có hạ tầng kỹ thuật về bảo vệ môi trường. Chưa đạt 01 cơ sở chưa đạt yêu cầu về bảo vệ môi trường + Chí tiêu 17.2. Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường, 0% (0/1 cơ sở)",
    );
    assert_eq!(
        codes(&s),
        [(Some(17), Some("17.1")), (Some(17), Some("17.2"))]
    );
    assert_eq!(s[0].required_value, None);
    assert_eq!(s[0].status, Status::NotMet);
    values(&s[1], Some(0.0), None, None, PCT);
    assert_eq!((s[1].numerator, s[1].denominator), (Some(0.0), Some(1.0)));
}

// 412:3
#[test]
fn indicator_after_criterion_sentence() {
    let s = parse(
        "-Tiêu chí 19. Quốc phòng và an ninh. Chí tiêu 19.2 Chưa đạt nội dung: có một trong các mô hình về phòng chống tội phạm, tệ nạn xã hội; bảo đảm trật tự, an toàn giao thông; PCCC và cứu nạn cứu hộ gắn với phòng trào toàn dân bảo vệ ANTQ hoạt động thường xuyên, hiệu quả",
    );
    assert_eq!(codes(&s), [(Some(19), Some("19.2"))]);
    assert_eq!(
        s[0].criterion_name.as_deref(),
        Some("Quốc phòng và an ninh")
    );
    assert_eq!(s[0].status, Status::NotMet);
}

// 413:3
#[test]
fn two_criteria_one_bare() {
    let s = parse("-Tiêu chí 1. Quy hoạch. Xã Chưa đạt -Tiêu chí 2. Giao thông");
    assert_eq!(codes(&s), [(Some(1), None), (Some(2), None)]);
    assert_eq!(s[0].status, Status::NotMet);
    assert_eq!(s[1].criterion_name.as_deref(), Some("Giao thông"));
    assert_eq!(s[1].status, Status::Unknown);
    // In the column of unmet criteria the bare criterion is unmet.
    assert_eq!(
        unmet("-Tiêu chí 1. Quy hoạch. Xã Chưa đạt -Tiêu chí 2. Giao thông")[1].status,
        Status::NotMet
    );
}

// 414:3
#[test]
fn road_indicator_with_km_fraction() {
    let s = parse(
        "+ Chí tiêu 2.2. Tỷ lệ đường thôn và đường liên thôn ít nhất được cứng hóa, đảm bảo ô tô di lại thuận tiện quanh năm, xã đạt 74,32% (11,323/15,236 km), yêu cầu 100%",
    );
    assert_eq!(codes(&s), [(Some(2), Some("2.2"))]);
    values(&s[0], Some(74.32), Some(100.0), GE, PCT);
    assert_eq!(
        (s[0].numerator, s[0].denominator),
        (Some(11.323), Some(15.236))
    );
}

// 415:4
#[test]
fn requirement_first_then_actual_then_unmet_sentence() {
    let s = parse(
        "+ Chí tiêu 2.2. Tỷ lệ đường thôn, và đường liên thôn được cứng hóa và bảo trì hàng năm, yêu cầu 100%, xã đạt 74,32% (11,323/15,236 km). Có các hạng mục cần thiết theo quy định (biển báo, biển chỉ dẫn, chiều sáng, giàn tông, cây xanh...) và đảm bảo sáng - xanh - sạch - đẹp, xã chưa đạt.",
    );
    assert_eq!(
        s[0].indicator_name.as_deref(),
        Some("Tỷ lệ đường thôn, và đường liên thôn được cứng hóa và bảo trì hàng năm")
    );
    values(&s[0], Some(74.32), Some(100.0), GE, PCT);
    assert_eq!(s[0].status, Status::NotMet);
}

// 418:3
#[test]
fn cell_without_label_requirement_first() {
    let s = parse(
        "Yêu cầu 100% đạt tiêu chuẩn CSVC tối thiểu, trong đó ≥50% đạt tiêu chuẩn CSVC mức độ 1, xã đạt 0% (0/2 trường)",
    );
    assert_eq!(codes(&s), [(None, None)]);
    values(&s[0], Some(0.0), Some(100.0), GE, PCT);
    assert_eq!((s[0].numerator, s[0].denominator), (Some(0.0), Some(2.0)));
}

// 418:4
#[test]
fn school_indicators() {
    let s = parse(
        "+ Chí tiêu 5.1. Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS), hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất mức độ 1 và có ít nhất 01 trường đạt tiêu chuẩn cơ sở vật chất mức độ 2, yêu cầu 100%, xã đạt 0%, 0/2 trường + Chí tiêu 5.3. Đạt chuẩn và duy trì đạt chuẩn phổ cập giáo dục tiểu học và THCS mức độ 3, xã chưa đạt",
    );
    assert_eq!(codes(&s), [(Some(5), Some("5.1")), (Some(5), Some("5.3"))]);
    values(&s[0], Some(0.0), Some(100.0), GE, PCT);
    assert_eq!((s[0].numerator, s[0].denominator), (Some(0.0), Some(2.0)));
    assert_eq!(s[1].status, Status::NotMet);
    assert_eq!(
        s[1].indicator_name.as_deref(),
        Some("Đạt chuẩn và duy trì đạt chuẩn phổ cập giáo dục tiểu học và THCS mức độ 3")
    );
}

// 421:3
#[test]
fn criterion_with_description_and_verdict() {
    let s = parse(
        "-Tiêu chí 7. Cơ sở hạ tầng thương mại nông thôn, có mô hình chợ thi điểm bảo đảm an toàn thực phẩm, hoặc chợ đáp ứng yêu cầu chung theo tiêu chuẩn cho kinh doanh thực phẩm, xã chưa đạt",
    );
    assert_eq!(codes(&s), [(Some(7), None)]);
    assert_eq!(
        s[0].criterion_name.as_deref(),
        Some("Cơ sở hạ tầng thương mại nông thôn")
    );
    assert_eq!(s[0].status, Status::NotMet);
    assert_eq!(s[0].required_value, None);
}

// 422:3
#[test]
fn income_requirement_for_2024() {
    let s = parse(
        "-Tiêu chí 10. Thu nhập, xã đạt 56 triệu đồng/người/năm, chưa đạt 60 triệu đồng/người/năm theo yêu cầu năm 2024",
    );
    values(&s[0], Some(56.0), Some(60.0), GE, INCOME);
    assert_eq!(
        s[0].actual_text.as_deref(),
        Some("xã đạt 56 triệu đồng/người/năm")
    );
}

// 426:3
#[test]
fn co_repaired_and_zero_products() {
    let s = parse(
        "<ul style=\"list-style-type: none\"> + Chi tiêu 13.5 Cố kô khuyến nông công đồng hoạt động hiệu quả, xã chưa đạt nam và nữ, tôt nghiệp trung học cơ sở được tiếp tục học trung học (phi thường, giao du thi công nghiệp nông nghiệp), xã đạt 82,93%, yêu cầu 85% + Chi tiêu 13.6 Vùng nguyên liệu tập trung đổi mới nông sản chủ lực của xã được cấp mã vùng, 0 sản phẩm + Chi tiêu 13.7 Cố triển khai quảng bá hình ảnh điểm du lịch của xã thông qua ứng dụng Internet, mang xã hội, chưa đạt ",
    );
    assert_eq!(
        codes(&s),
        [
            (Some(13), Some("13.5")),
            (Some(13), Some("13.6")),
            (Some(13), Some("13.7"))
        ]
    );
    assert_eq!(
        s[0].indicator_name.as_deref(),
        Some("Có kô khuyến nông công đồng hoạt động hiệu quả")
    );
    assert_eq!(
        s[1].indicator_name.as_deref(),
        Some("Vùng nguyên liệu tập trung đổi mới nông sản chủ lực của xã được cấp mã vùng")
    );
    values(
        &s[1],
        Some(0.0),
        None,
        None,
        Some(Unit::Count("sản phẩm".into())),
    );
    assert!(
        s[2].indicator_name
            .as_deref()
            .unwrap()
            .starts_with("Có triển khai")
    );
    assert_eq!(s[2].status, Status::NotMet);
}

// 431:4
#[test]
fn insured_people_with_thousands_dots() {
    let s = parse(
        "<ul style=\"list-style-type: none\"> + Chi tiêu 15.6 Vùng nguyên liệu tập trung đổi mới nông sản chủ lực của xã được cấp mã vùng, 0 sản phẩm + Chi tiêu 15.4 Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ), yêu cầu 95%, xã đạt 94,77% (5.507/5.511 người) + Chi tiêu 15.4 Tỷ lệ dân số có số khâm chứa bệnh điện tử, yêu cầu 70%, xã đạt 0% ",
    );
    assert_eq!(s.len(), 3);
    values(&s[1], Some(94.77), Some(95.0), GE, PCT);
    assert_eq!(
        (s[1].numerator, s[1].denominator),
        (Some(5507.0), Some(5511.0))
    );
    assert_eq!(s[1].ambiguous_numbers, ["5.507", "5.511"]);
    values(&s[2], Some(0.0), Some(70.0), GE, PCT);
}

// 435:4
#[test]
fn requirement_with_ascii_ge() {
    let s = parse(
        "-Tiêu chí 18. Chất lượng môi trường sống, chi tiêu 18.1 Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung yêu cầu đạt >=50%, xã đạt 34,74%.",
    );
    assert_eq!(codes(&s), [(Some(18), Some("18.1"))]);
    values(&s[0], Some(34.74), Some(50.0), GE, PCT);
}

// 436:4
#[test]
fn long_cell_with_criteria_and_km_fractions() {
    let s = parse(
        "-Tiêu chí 1. Quy hoạch, Xã chưa đạt -Tiêu chí 2. Giao thông + Chi tiêu 2.1. Tỷ lệ đường xã có các hạng mục cần thiết (biển báo, biển chỉ dẫn, chiếu sáng, gờ giảm tốc, cây xanh...) theo quy định, xã chưa đạt. + Chi tiêu 2.2. Tỷ lệ đường thôn, và đường liên thôn được cứng hóa và bảo trì hàng năm, yêu cầu 100%, xã đạt 92,4 % (22,74 km/24,60 km). Có các hạng mục cần thiết theo quy định (biển báo, biển chỉ dẫn, chiếu sáng, gờ giảm tốc, cây xanh...) và đảm bảo sáng - xanh - sạch - đẹp, xã chưa đạt. + Chi tiêu 2.4. Tỷ lệ đường trực chính nội đồng được cứng hóa đáp ứng yêu cầu sản xuất và vận chuyển hàng hóa, xã đạt 70,6 % (12 km/17 km), yêu cầu 80%",
    );
    assert_eq!(
        codes(&s),
        [
            (Some(1), None),
            (Some(2), Some("2.1")),
            (Some(2), Some("2.2")),
            (Some(2), Some("2.4"))
        ]
    );
    assert_eq!(s[1].status, Status::NotMet);
    values(&s[2], Some(92.4), Some(100.0), GE, PCT);
    assert_eq!(
        (s[2].numerator, s[2].denominator),
        (Some(22.74), Some(24.6))
    );
    assert_eq!(
        s[3].indicator_name.as_deref(),
        Some(
            "Tỷ lệ đường trực chính nội đồng được cứng hóa đáp ứng yêu cầu sản xuất và vận chuyển hàng hóa"
        )
    );
    values(&s[3], Some(70.6), Some(80.0), GE, PCT);
    assert_eq!((s[3].numerator, s[3].denominator), (Some(12.0), Some(17.0)));
}

// 437:4
#[test]
fn school_fraction_two_of_three() {
    let s = parse(
        "-Tiêu chí 5. Giáo dục , chi tiêu 5.1. Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS, hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất mức độ 1 và có ít nhất 01 trường đạt tiêu chuẩn cơ sở vật chất mức độ 2, yêu cầu 100%, xã đạt 66,7 % (2/3 trường)",
    );
    assert_eq!(codes(&s), [(Some(5), Some("5.1"))]);
    assert_eq!(s[0].criterion_name.as_deref(), Some("Giáo dục"));
    values(&s[0], Some(66.7), Some(100.0), GE, PCT);
    assert_eq!((s[0].numerator, s[0].denominator), (Some(2.0), Some(3.0)));
}

// 441:3
#[test]
fn poverty_below_five_percent() {
    let s =
        parse("-Tiêu chí 11. Nghèo đói chiều . Xã hiện đạt 5,56%, chưa đạt dưới 5% theo yêu cầu");
    assert_eq!(s[0].criterion_name.as_deref(), Some("Nghèo đa chiều"));
    values(&s[0], Some(5.56), Some(5.0), LT, PCT);
}

// 442:4
#[test]
fn labour_fraction_without_unit() {
    let s = parse(
        "-Tiêu chí 12. Lao động , chi tiêu 12.3. Tỷ lệ lao động làm việc trong các ngành kinh tế chủ lực trên địa bàn, xã đạt 25,37% (1059/4532), yêu cầu 34%",
    );
    values(&s[0], Some(25.37), Some(34.0), GE, PCT);
    assert_eq!(
        (s[0].numerator, s[0].denominator),
        (Some(1059.0), Some(4532.0))
    );
}

// 454:3 and 455:3
#[test]
fn criterion_printed_as_chi_tieu_without_sub_number() {
    let s = parse(
        "+ Chi tiêu 10. Thu nhập, xã đạt 42 triệu đồng/người/năm, chưa đạt 64 triệu đồng/người/năm",
    );
    assert_eq!(codes(&s), [(Some(10), None)]);
    values(&s[0], Some(42.0), Some(64.0), GE, INCOME);
    let s = parse("+ Chi tiêu 11. Nghèo da chiu, xã đạt 3,23%, yêu cầu dưới 3%");
    assert_eq!(s[0].criterion_name.as_deref(), Some("Nghèo đa chiều"));
    values(&s[0], Some(3.23), Some(3.0), LT, PCT);
}

// 475:3
#[test]
fn online_dossiers_la_and_minimum() {
    let s = parse(
        "-Tiêu chí 8. Thông tin và truyền thông, chi tiêu 8.4. Có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành phục vụ dân số, nông sinh sản, xã hội và tổ chức lâp ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới, Chưa đạt Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ giải quyết ITHC của xã năm 2023 là 19,8% (449/2.268 hồ sơ) chưa đạt tối thiểu 30%",
    );
    assert_eq!(codes(&s), [(Some(8), Some("8.4"))]);
    assert_eq!(s[0].status, Status::NotMet);
    values(&s[0], Some(19.8), Some(30.0), GE, PCT);
    assert_eq!(
        (s[0].numerator, s[0].denominator),
        (Some(449.0), Some(2268.0))
    );
}

// 506:3 and 519:3
#[test]
fn advanced_model_income_targets() {
    let s = parse("1. Thu nhập: Thu nhập bình quân đầu người năm 2024: ≥ 66 triệu đồng/người");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].required_value, Some(66.0));
    assert_eq!(s[0].comparator, GE);
    assert_eq!(s[0].actual_value, None);
    let s = parse("1. Thu nhập: Thu nhập đạt từ 70,4 triệu đồng/người/năm");
    assert_eq!(s[0].required_value, Some(70.4));
    assert_eq!(s[0].actual_value, None);
}

// 510:3
#[test]
fn dat_alone_is_met() {
    let s = parse("2. Lĩnh vực An ninh trật tự: Đạt");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].status, Status::Met);
}

#[test]
fn spending_is_not_an_indicator() {
    // "chi tiêu" (spending) without a code names no indicator.
    assert!(parse("Tăng chi tiêu cho nông thôn").is_empty());
}
