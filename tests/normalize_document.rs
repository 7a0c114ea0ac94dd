//! Runs the statement parser over every cell of the plan's appendices
//! (samples/khanh-hoa-2024-ntm-plan.ocr.txt, lines 326–682) and checks what
//! must hold for any cell: no panic, every statement's `raw` is a slice of its
//! cell, values are finite, and an indicator's criterion is the one printed
//! before it or the code's major number. Prints counts with `--nocapture`.

use ntm_ingest::normalize::ocr_fix;
use ntm_ingest::normalize::statement::{CellContext, Status, parse_statements};

const PLAN: &str = include_str!("../samples/khanh-hoa-2024-ntm-plan.ocr.txt");

#[test]
fn every_appendix_cell_parses_with_raw_slices() {
    let lines: Vec<&str> = PLAN.lines().collect();
    assert!(lines.len() >= 682, "sample has {} lines", lines.len());
    let (mut cells, mut statements, mut with_actual, mut with_required, mut not_met) =
        (0, 0, 0, 0, 0);
    let (mut indicators, mut ambiguous, mut fixes) = (0, 0, 0);
    for line in &lines[325..682] {
        for cell in line.split('\t') {
            cells += 1;
            fixes += ocr_fix::repair(cell).fixes.len();
            for s in parse_statements(cell, &CellContext::default()) {
                statements += 1;
                assert!(
                    cell.contains(&s.raw),
                    "raw {:?} not in cell {cell:?}",
                    s.raw
                );
                for v in [s.actual_value, s.required_value, s.numerator, s.denominator]
                    .into_iter()
                    .flatten()
                {
                    assert!(v.is_finite() && v >= 0.0, "{v} in {:?}", s.raw);
                }
                if let Some(code) = &s.indicator_code {
                    indicators += 1;
                    assert!(s.criterion_no.is_some(), "{:?}", s.raw);
                    assert!(code.contains('.'), "{code}");
                }
                with_actual += usize::from(s.actual_value.is_some());
                with_required += usize::from(s.required_value.is_some());
                not_met += usize::from(s.status == Status::NotMet);
                ambiguous += s.ambiguous_numbers.len();
                for a in &s.ambiguous_numbers {
                    eprintln!(
                        "ambiguous {a:?} read as {:?} in {:?}",
                        s.actual_value, s.raw
                    );
                }
            }
        }
    }
    eprintln!(
        "cells {cells}, OCR fixes {fixes}, statements {statements} (indicators {indicators}), \
         with actual {with_actual}, with requirement {with_required}, not met {not_met}, \
         ambiguous numbers {ambiguous}"
    );
    assert!(statements > 100, "only {statements} statements");
}
