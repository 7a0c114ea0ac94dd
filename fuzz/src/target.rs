//! What is fuzzed: one target per reader, with its seeds, the tokens worth
//! inserting, and how one input is built from a mutated seed and read.

use crate::hostile;
use crate::mutate::{Rng, mutate};
use ntm_parsers::Format;
use std::path::{Path, PathBuf};

/// How a target turns a mutated seed into a file and reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// Whole PDF files.
    Pdf,
    /// A page's content stream, wrapped in a fixed one-page PDF.
    PdfContent,
    /// One XML part inside an xlsx or ods package.
    ZipPart(Format),
    /// Whole xls files.
    Xls,
    /// OCR text exports (tab blocks, HTML tables, markdown).
    Ocr,
}

/// A fuzz target.
#[derive(Debug, Clone)]
pub struct Target {
    /// Name on the command line and folder of its saved cases.
    pub name: &'static str,
    /// Extension of the files it reads.
    pub ext: &'static str,
    kind: Kind,
    seeds: Vec<Vec<u8>>,
    tokens: &'static [&'static [u8]],
}

/// Names of every target.
pub const NAMES: &[&str] = &["pdf", "pdf-content", "xlsx", "ods", "xls", "ocr"];

/// The repository's `samples/` folder.
pub fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../samples")
}

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(samples().join(name)).unwrap_or_default()
}

const PDF_TOKENS: &[&[u8]] = &[
    b" 999999999 ",
    b" -1 ",
    b" 0 R ",
    b"<<",
    b">>",
    b"[",
    b"]",
    b"/Kids",
    b"/Contents",
    b" 1e30 ",
    b"/FlateDecode",
    b"endstream",
    b"endobj",
    b"/Length 99999999",
    b"/Parent",
];
const CONTENT_TOKENS: &[&[u8]] = &[
    b" q ",
    b" Q ",
    b" cm ",
    b" BT ",
    b" ET ",
    b" Tj ",
    b" TJ ",
    b" re f ",
    b" 1e30 ",
    b" 0 0 1e30 1e30 re S ",
    b" /F1 ",
    b" Do ",
    b"(",
    b")",
    b"[",
    b"]",
    b" -99999 Tz ",
];
const XML_TOKENS: &[&[u8]] = &[
    b"<",
    b">",
    b"&",
    b"&#0;",
    b"]]>",
    b"\"99999999\"",
    b"<row r=\"1048576\">",
    b"<c r=\"XFD1048576\"><v>1</v></c>",
    b"<mergeCell ref=\"A1:XFD1048576\"/>",
    b" table:number-columns-repeated=\"16384\"",
    b" table:number-rows-spanned=\"99999999\"",
    b"<text:p>",
    b"</table:table-cell>",
];
const OCR_TOKENS: &[&[u8]] = &[
    b"\t",
    b"\n",
    b"<table>",
    b"</table>",
    b"<tr>",
    b"<td rowspan=200 colspan=200>",
    b"<th>",
    b"</td>",
    b"| a | b |\n|---|---|\n",
    b"**",
    b"&amp;",
    b"<p>",
    b"\xE2\x80\x8B",
];

impl Target {
    /// The target named `name`, with its seeds loaded.
    pub fn named(name: &str) -> Option<Target> {
        let ods = sample("khanh-hoa-2024-appendices.ods");
        let xlsx = sample("khanh-hoa-2024-appendices.xlsx");
        let hostile = hostile::cases(&ods, &xlsx, 50);
        let of_ext = |ext: &str| -> Vec<Vec<u8>> {
            hostile
                .iter()
                .filter(|c| c.ext == ext && !c.bytes.is_empty())
                .map(|c| c.bytes.clone())
                .collect()
        };
        let t = match name {
            "pdf" => {
                let mut seeds = vec![
                    sample("pl10-district-summary.weasyprint-two-tables.pdf"),
                    sample("pl08-roadmap-nc.qpdf-objstreams.pdf"),
                    sample("pl10-district-summary.docx-lo.pdf"),
                ];
                seeds.extend(of_ext("pdf"));
                Target {
                    name: "pdf",
                    ext: "pdf",
                    kind: Kind::Pdf,
                    seeds,
                    tokens: PDF_TOKENS,
                }
            }
            "pdf-content" => Target {
                name: "pdf-content",
                ext: "pdf",
                kind: Kind::PdfContent,
                seeds: vec![
                    hostile::table_content(5).into_bytes(),
                    b"q 1 0 0 1 10 10 cm 0 0 500 2 re f 0 0 2 500 re f Q BT /F1 9 Tf 20 20 Td [(A) -250 (B)] TJ ET"
                        .to_vec(),
                ],
                tokens: CONTENT_TOKENS,
            },
            "xlsx" => Target {
                name: "xlsx",
                ext: "xlsx",
                kind: Kind::ZipPart(Format::Xlsx),
                seeds: vec![xlsx, sample("wb-variants.lo.xlsx"), sample("wb-richtext.xlsxwriter.xlsx")],
                tokens: XML_TOKENS,
            },
            "ods" => Target {
                name: "ods",
                ext: "ods",
                kind: Kind::ZipPart(Format::Ods),
                seeds: vec![ods, sample("wb-variants.lo.ods")],
                tokens: XML_TOKENS,
            },
            "xls" => Target {
                name: "xls",
                ext: "xls",
                kind: Kind::Xls,
                seeds: vec![sample("wb-variants.lo.xls"), sample("khanh-hoa-2024-appendices.xls")],
                tokens: &[],
            },
            "ocr" => {
                let plan = sample("khanh-hoa-2024-ntm-plan.ocr.txt");
                let mut seeds = vec![plan[..plan.len().min(20_000)].to_vec()];
                seeds.extend(of_ext("txt"));
                seeds.push(b"| STT | T\xC3\xAAn |\n|---|---|\n| 1 | V\xE1\xBA\xA1n Th\xE1\xBA\xA1nh |\n".to_vec());
                Target {
                    name: "ocr",
                    ext: "txt",
                    kind: Kind::Ocr,
                    seeds,
                    tokens: OCR_TOKENS,
                }
            }
            _ => return None,
        };
        Some(t)
    }

    /// Bytes of case `i` of a run seeded with `seed`.
    pub fn case(&self, seed: u64, i: u64) -> Vec<u8> {
        let mut rng = Rng::for_case(seed, i);
        let base = &self.seeds[rng.below(self.seeds.len())];
        let other = &self.seeds[rng.below(self.seeds.len())];
        match self.kind {
            Kind::Pdf | Kind::Xls | Kind::Ocr => mutate(base, other, self.tokens, &mut rng),
            Kind::PdfContent => {
                let content = mutate(base, other, self.tokens, &mut rng);
                let compress = rng.below(2) == 0;
                hostile::pdf(
                    1,
                    |p, d| {
                        let s = if compress {
                            lopdf::Stream::new(
                                lopdf::dictionary! { "Filter" => "FlateDecode" },
                                hostile::zlib(&content),
                            )
                        } else {
                            lopdf::Stream::new(lopdf::Dictionary::new(), content.clone())
                        };
                        p.set("Contents", d.add_object(s));
                    },
                    |k, _| k,
                )
            }
            Kind::ZipPart(_) => {
                let mut entries = hostile::unzip(base);
                let xml: Vec<usize> = (0..entries.len())
                    .filter(|&k| entries[k].0.ends_with(".xml") || entries[k].0.ends_with(".rels"))
                    .collect();
                if xml.is_empty() {
                    return mutate(base, other, self.tokens, &mut rng);
                }
                let k = xml[rng.below(xml.len())];
                let donor = hostile::unzip(other);
                let splice = donor
                    .iter()
                    .find(|(n, _)| *n == entries[k].0)
                    .map(|(_, b)| b.as_slice())
                    .unwrap_or(&[]);
                entries[k].1 = mutate(&entries[k].1, splice, self.tokens, &mut rng);
                hostile::zip(&entries)
            }
        }
    }

    /// Reads `bytes` as this target's format; `scratch` is a file path the
    /// workbook readers (which read from disk) may use. Errors are normal
    /// outcomes for damaged input; only panics, aborts and hangs are findings.
    pub fn read(&self, bytes: &[u8], scratch: &Path) -> Result<usize, String> {
        let doc = match self.kind {
            Kind::Pdf | Kind::PdfContent => {
                ntm_parsers::pdf::read_bytes(bytes, &ntm_parsers::pdf::PdfSettings::default())
                    .map_err(|e| e.to_string())?
            }
            Kind::Ocr => ntm_parsers::ocr_text::read_bytes(bytes).map_err(|e| e.to_string())?,
            Kind::ZipPart(f) => {
                std::fs::write(scratch, bytes).map_err(|e| e.to_string())?;
                ntm_parsers::read_as(scratch, f).map_err(|e| e.to_string())?
            }
            Kind::Xls => {
                std::fs::write(scratch, bytes).map_err(|e| e.to_string())?;
                ntm_parsers::read_as(scratch, Format::Xls).map_err(|e| e.to_string())?
            }
        };
        Ok(doc.tables.len())
    }
}
