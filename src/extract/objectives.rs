//! Targets stated in a plan's objectives text (prose, not tables):
//! per-district targets ("- Huyện Diên Khánh: Có 16/16 xã đạt chuẩn nông thôn
//! mới, 08/16 xã đạt chuẩn nông thôn mới nâng cao, …") and the communes named
//! for a level in a year ("b) Mục tiêu năm 2024 … có thêm 05 xã đạt chuẩn nông
//! thôn mới (Vạn Thạnh, Ninh Tây, …)").

use super::context::DocCtx;
use crate::Level;
use crate::gazetteer::{Hint, UnitType};
use crate::records::{DistrictTarget, Extraction, ObjectiveCommunes, Provenance};
use regex::Regex;
use std::sync::LazyLock;

static DISTRICT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[-–•*\s]*((?:huyện|thị xã|thành phố)\s+[^:]{2,40}):").unwrap()
});
static FRACTION_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,3})\s*/\s*(\d{1,3})\s*xã\s+đạt\s+chuẩn\s+(?:nông thôn mới|NTM)(\s+nâng cao|\s+kiểu mẫu|\s+kiều mẫu)?")
        .unwrap()
});
static YEAR_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)mục tiêu năm\s+(\d{4})").unwrap());
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,3})\s*xã\s+đạt\s+chuẩn\s+(?:nông thôn mới|NTM)(\s+nâng cao|\s+kiểu mẫu|\s+kiều mẫu)?\s*\(([^)]*)\)")
        .unwrap()
});

fn level_of(suffix: Option<&str>) -> Level {
    match suffix.map(|s| s.trim().to_lowercase()) {
        Some(s) if s.contains("nâng") => Level::XaNtmNangCao,
        Some(s) if s.contains("mẫu") => Level::XaNtmKieuMau,
        _ => Level::XaNtm,
    }
}

fn prov(ctx: &DocCtx, page: u32, i: usize) -> Provenance {
    Provenance {
        doc_id: ctx.doc_id.to_string(),
        source_file: ctx.source_file.to_string(),
        page: page as i32,
        table_index: -1,
        row: i as i32,
        source_line: None,
        ocr_confidence: None,
    }
}

/// Reads the objectives from the document's prose paragraphs.
pub fn extract(prose: &[(u32, String)], ctx: &DocCtx, out: &mut Extraction) {
    let mut year: Option<i32> = None;
    for (i, (page, text)) in prose.iter().enumerate() {
        if let Some(c) = YEAR_HEAD.captures(text) {
            year = c[1].parse().ok();
        }
        if let Some(c) = DISTRICT_HEAD.captures(text) {
            let printed = c[1].trim().to_string();
            let resolved = ctx.gazetteer.resolve_district(&printed);
            let mut t = DistrictTarget {
                prov: prov(ctx, *page, i),
                district_name: resolved
                    .as_ref()
                    .map_or(printed.clone(), |d| d.name.clone()),
                district_code: resolved.map(|d| d.code),
                communes_in_program: None,
                target_xa_ntm: None,
                target_xa_ntm_nang_cao: None,
                target_xa_ntm_kieu_mau: None,
                raw_text: text.clone(),
            };
            let mut any = false;
            for f in FRACTION_LEVEL.captures_iter(text) {
                let (Ok(n), Ok(d)) = (f[1].parse::<i32>(), f[2].parse::<i32>()) else {
                    continue;
                };
                any = true;
                t.communes_in_program.get_or_insert(d);
                match level_of(f.get(3).map(|m| m.as_str())) {
                    Level::XaNtmNangCao => t.target_xa_ntm_nang_cao = Some(n),
                    Level::XaNtmKieuMau => t.target_xa_ntm_kieu_mau = Some(n),
                    _ => t.target_xa_ntm = Some(n),
                }
            }
            if any {
                out.district_targets.push(t);
            }
        }
        let Some(y) = year else { continue };
        for c in NAMED.captures_iter(text) {
            let raw_names: Vec<String> = c[3]
                .split([',', ';'])
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            let hint = Hint {
                district: None,
                unit_type: Some(UnitType::Xa),
            };
            let commune_codes = raw_names
                .iter()
                .map(|n| ctx.gazetteer.resolve(n, &hint).unit.map(|u| u.code))
                .collect();
            out.objective_communes.push(ObjectiveCommunes {
                prov: prov(ctx, *page, i),
                level: level_of(c.get(2).map(|m| m.as_str())),
                year: y,
                printed_count: c[1].parse().ok(),
                raw_names,
                commune_codes,
                raw_text: c[0].to_string(),
            });
        }
    }
}
