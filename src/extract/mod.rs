//! From table grids to NTM records: recognise each table's appendix kind, map
//! its columns by meaning, and read typed records with provenance.
//!
//! A table that fits no kind is recorded as `unknown` (it stays in
//! `cells.parquet`) and reported as an `unrecognised_table` read issue.

pub mod agencies;
pub mod cell_kinds;
pub mod classify;
pub mod columns;
pub mod context;
pub mod objectives;
pub mod plan_tables;
pub mod roadmap;
pub mod statements;
pub mod summary;
pub mod targets;

use crate::catalog::Catalog;
use crate::gazetteer::Gazetteer;
use crate::ingest::SourceDoc;
use crate::province::ProvinceOverride;
use crate::records::{Appendix, AppendixKind, Extraction};
use context::DocCtx;

/// Reads every recognised table of a document into records, resolving
/// localities in the province and period the document speaks of
/// (`crate::province::place_of`).
pub fn extract(doc: &SourceDoc) -> Extraction {
    extract_for(doc, None)
}

/// [`extract`] with the province given by the caller (`--province`) when it
/// names a province of the document's period.
pub fn extract_for(doc: &SourceDoc, province: Option<&ProvinceOverride>) -> Extraction {
    let place = crate::province::place_of(doc, province);
    let gazetteer = crate::province::gazetteer_for(&place);
    let mut ex = extract_with(doc, &gazetteer, Catalog::builtin());
    ex.place = place;
    ex
}

/// Reads with explicit reference data (a test gazetteer or catalog); the
/// extraction's `place` is left empty.
pub fn extract_with(doc: &SourceDoc, gazetteer: &Gazetteer, catalog: &Catalog) -> Extraction {
    let ctx = DocCtx {
        doc_id: &doc.doc_id,
        source_file: &doc.source_file,
        gazetteer,
        catalog,
    };
    let mut out = Extraction::default();
    for t in &doc.document.tables {
        // Column titles are computed once and shared by recognition, the role
        // map and the extractors that read by title.
        let titles = columns::column_titles(t);
        let rec = classify::recognise_titled(t, &titles);
        let roles = columns::roles_from_titles(&titles);
        out.appendices.push(Appendix {
            prov: ctx.prov(t, 0),
            kind: rec.kind,
            level: rec.level,
            label: rec.label.clone(),
            plan_number: rec.plan_number.clone(),
            plan_date: rec.plan_date.clone(),
            caption: t.caption.join("\n"),
            column_roles: roles
                .iter()
                .enumerate()
                .filter_map(|(i, r)| r.map(|r| (i as u32, r.name().to_string())))
                .collect(),
        });
        match rec.kind {
            AppendixKind::Roadmap => {
                roadmap::extract_titled(
                    t,
                    &titles,
                    rec.level.unwrap_or(crate::Level::XaNtm),
                    &ctx,
                    &mut out,
                )
            }
            AppendixKind::Targets => targets::extract(t, &ctx, &mut out),
            AppendixKind::Agencies => agencies::extract_titled(t, &titles, &ctx, &mut out),
            AppendixKind::CommunePlan | AppendixKind::KieuMauPlan | AppendixKind::DistrictPlan => {
                plan_tables::extract(t, rec.kind, &ctx, &mut out)
            }
            AppendixKind::Unknown => out.issues.push(ctx.issue(
                crate::validate::Rule::UnrecognisedTable,
                t,
                0,
                AppendixKind::Unknown,
                None,
                classify::header_key_of(&titles),
                "a header or caption of a known appendix kind (targets, commune plan, kiểu mẫu plan, district plan, agencies, roadmap)",
            )),
        }
    }
    objectives::extract(&doc.document.prose, &ctx, &mut out);
    // The number printed in the title block ("Số: 2150/KH-UBND") is the
    // document's own; captions citing another one are then reported.
    let prose: Vec<&str> = doc.document.prose.iter().map(|(_, t)| t.as_str()).collect();
    out.plan_number = crate::identity::title::read(&prose).number;
    out
}
