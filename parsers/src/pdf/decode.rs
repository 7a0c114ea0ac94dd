//! Decoding content streams (page contents, form XObjects) without losing a
//! failure: lopdf's Flate decoder logs a damaged stream and returns whatever it
//! inflated, so a flipped byte would cut a page's text short in silence. Plain
//! `/FlateDecode` streams (by far the most common) are inflated here, and any
//! decoding error is returned beside the bytes that were read before it.

use lopdf::{Object, Stream};
use std::io::Read;

/// A decoded stream: its bytes and, when decoding failed part-way or entirely,
/// what went wrong (lower-case, for a warning).
#[derive(Debug, Default)]
pub struct Decoded {
    /// The bytes decoded (possibly only a prefix of the stream's content).
    pub bytes: Vec<u8>,
    /// Why decoding stopped early, if it did.
    pub problem: Option<String>,
}

/// Decodes `s`, reading at most `limit` bytes of output. More than `limit` bytes
/// is a problem too (the stream is cut at `limit`).
pub fn decode(s: &Stream, limit: usize) -> Decoded {
    let filters = s.filters().unwrap_or_default();
    let no_params = !matches!(
        s.dict.get(b"DecodeParms"),
        Ok(Object::Dictionary(_) | Object::Array(_))
    );
    if filters.is_empty() {
        let n = s.content.len().min(limit);
        return Decoded {
            bytes: s.content[..n].to_vec(),
            problem: (s.content.len() > limit).then(|| over(limit)),
        };
    }
    if filters == [b"FlateDecode".as_slice()] && no_params {
        return inflate(&s.content, limit);
    }
    match s.decompressed_content_with_limit(limit) {
        Ok(bytes) => Decoded {
            bytes,
            problem: None,
        },
        Err(e) => Decoded {
            bytes: Vec::new(),
            problem: Some(format!("cannot be decoded: {e}")),
        },
    }
}

fn over(limit: usize) -> String {
    format!(
        "decodes to more than {limit} bytes, the budget left for it (settings \
         max_stream_bytes, max_page_content_bytes); cut there"
    )
}

/// Inflates zlib data (falling back to raw deflate when the zlib header is bad),
/// keeping what was inflated before an error.
fn inflate(input: &[u8], limit: usize) -> Decoded {
    let cap = (limit as u64).saturating_add(1);
    let mut bytes = Vec::new();
    let err = flate2::read::ZlibDecoder::new(input)
        .take(cap)
        .read_to_end(&mut bytes)
        .err();
    let err = match err {
        Some(e) if bytes.is_empty() && input.len() > 2 => {
            // Some producers write raw deflate, or a damaged zlib header.
            let mut raw = Vec::new();
            match flate2::read::DeflateDecoder::new(&input[2..])
                .take(cap)
                .read_to_end(&mut raw)
            {
                Ok(_) => {
                    bytes = raw;
                    None
                }
                Err(_) => Some(e),
            }
        }
        other => other,
    };
    let mut problem = err.map(|e| {
        format!(
            "compressed data damaged ({e}) after {} decoded bytes; what follows is lost \
             and what precedes may be wrong",
            bytes.len()
        )
    });
    if bytes.len() > limit {
        bytes.truncate(limit);
        problem = Some(over(limit));
    }
    Decoded { bytes, problem }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;
    use std::io::Write;

    fn flate(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn stream(content: Vec<u8>) -> Stream {
        Stream::new(dictionary! { "Filter" => "FlateDecode" }, content)
    }

    #[test]
    fn intact_stream_has_no_problem() {
        let d = decode(&stream(flate(b"BT /F1 12 Tf (abc) Tj ET")), 1 << 20);
        assert_eq!(d.bytes, b"BT /F1 12 Tf (abc) Tj ET");
        assert!(d.problem.is_none());
    }

    #[test]
    fn damaged_stream_keeps_its_prefix_and_says_so() {
        let text: Vec<u8> = (0..2000)
            .flat_map(|i| format!("BT ({i}) Tj ET\n").into_bytes())
            .collect();
        let mut z = flate(&text);
        let mid = z.len() / 2;
        z[mid] ^= 0xFF;
        let d = decode(&stream(z), 1 << 20);
        let p = d.problem.expect("damage is reported");
        assert!(p.contains("damaged"), "{p}");
        assert!(d.bytes.len() < text.len());
    }

    #[test]
    fn output_over_the_limit_is_cut_and_reported() {
        let d = decode(&stream(flate(&vec![b' '; 10_000])), 100);
        assert_eq!(d.bytes.len(), 100);
        assert!(d.problem.unwrap().contains("max_stream_bytes"));
    }
}
