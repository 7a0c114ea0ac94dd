//! Tesseract's TSV output: one row per page, block, paragraph, line and word, with
//! boxes in pixels of the image read and a confidence (0–100) per word.

use crate::text::nfc;

/// A word as Tesseract read it.
#[derive(Debug, Clone, PartialEq)]
pub struct TsvWord {
    /// 1-based image in the list given to Tesseract.
    pub image: usize,
    /// Line it belongs to, unique within its image.
    pub line: (u32, u32, u32),
    /// Left, top, right, bottom in pixels.
    pub bbox: [f32; 4],
    /// Confidence, 0–100.
    pub conf: f32,
    /// Text, NFC.
    pub text: String,
}

/// A text line's box, from the TSV's line rows (level 4).
#[derive(Debug, Clone, PartialEq)]
pub struct TsvLine {
    /// 1-based image.
    pub image: usize,
    /// Block, paragraph and line number.
    pub line: (u32, u32, u32),
    /// Left, top, right, bottom in pixels.
    pub bbox: [f32; 4],
}

/// Words with text and the line boxes, in the TSV's order. Rows that do not parse
/// are skipped (Tesseract writes none, but a truncated output must not panic).
pub fn parse(tsv: &str) -> (Vec<TsvWord>, Vec<TsvLine>) {
    let (mut words, mut lines) = (Vec::new(), Vec::new());
    for row in tsv.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        if f.len() < 12 {
            continue;
        }
        let n = |i: usize| f[i].trim().parse::<f32>().ok();
        let (Some(level), Some(image), Some(block), Some(par), Some(line)) =
            (n(0), n(1), n(2), n(3), n(4))
        else {
            continue;
        };
        let (Some(l), Some(t), Some(w), Some(h)) = (n(6), n(7), n(8), n(9)) else {
            continue;
        };
        let key = (block as u32, par as u32, line as u32);
        let bbox = [l, t, l + w, t + h];
        match level as u32 {
            4 => lines.push(TsvLine {
                image: image as usize,
                line: key,
                bbox,
            }),
            5 => {
                let text = nfc(f[11..].join("\t").trim());
                if text.is_empty() {
                    continue;
                }
                words.push(TsvWord {
                    image: image as usize,
                    line: key,
                    bbox,
                    conf: n(10).unwrap_or(0.0).clamp(0.0, 100.0),
                    text,
                });
            }
            _ => {}
        }
    }
    (words, lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_lines() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   1\t1\t0\t0\t0\t0\t0\t0\t100\t50\t-1\t\n\
                   4\t2\t1\t1\t1\t0\t10\t5\t80\t20\t-1\t\n\
                   5\t2\t1\t1\t1\t1\t10\t5\t30\t20\t91.5\tHo\u{0300}a\n\
                   5\t2\t1\t1\t1\t2\t50\t5\t40\t20\t88\t \n\
                   5\t2\t1\t1\tx\t2\t50\t5\t40\t20\t88\tbad\n";
        let (w, l) = parse(tsv);
        assert_eq!(l.len(), 1);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].text, "Hòa");
        assert_eq!(
            (w[0].image, w[0].bbox, w[0].conf),
            (2, [10.0, 5.0, 40.0, 25.0], 91.5)
        );
    }
}
