//! Extraction and validation never panic on damaged tables: the real plan with
//! lines deleted, duplicated, cut and cells shifted (fixed-seed PRNG, so every
//! run is the same), read, extracted and validated.

use ntm_ingest::extract::extract;
use ntm_ingest::ingest::SourceDoc;
use ntm_ingest::validate::{DocInput, validate};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// xorshift64*: small, deterministic, good enough to pick lines and offsets.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(lines: &[&str], rng: &mut Rng) -> String {
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + 8);
    for line in lines {
        match rng.below(20) {
            0 => {}                                                // deleted
            1 => out.extend([line.to_string(), line.to_string()]), // duplicated
            2 => {
                // cut at a character boundary
                let cut = line
                    .char_indices()
                    .nth(rng.below(line.chars().count() + 1))
                    .map_or(line.len(), |(i, _)| i);
                out.push(line[..cut].to_string());
            }
            3 => out.push(format!("\t{line}")), // shifted one column right
            4 => out.push(line.replacen('\t', "", 1)), // shifted left
            5 => out.push(line.replace(|c: char| c.is_ascii_digit(), "9")),
            _ => out.push(line.to_string()),
        }
    }
    out.join("\n")
}

#[test]
fn damaged_plans_never_panic_extraction_or_validation() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples/khanh-hoa-2024-ntm-plan.ocr.txt"),
    )
    .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..25 {
        let damaged = mutate(&lines, &mut rng);
        let result = catch_unwind(AssertUnwindSafe(|| {
            let document = ntm_parsers::ocr_text::read_str(&damaged).expect("text reads");
            let doc = SourceDoc {
                source_file: format!("case-{case}.txt"),
                doc_id: format!("{case:064x}"),
                bytes: damaged.len() as u64,
                document,
                pdf_stages: None,
            };
            let ex = extract(&doc);
            let findings = validate(&[DocInput {
                doc_id: &doc.doc_id,
                source_file: &doc.source_file,
                extraction: &ex,
                prose: &doc.document.prose,
            }]);
            (ex.indicators.len(), findings.len())
        }));
        if result.is_err() {
            let path = std::env::temp_dir().join(format!("ntm-domain-case-{case}.txt"));
            std::fs::write(&path, &damaged).unwrap();
            panic!("case {case} panicked; input kept at {}", path.display());
        }
    }
}
