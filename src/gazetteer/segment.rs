//! Splitting a cell that lists several units.
//!
//! The document's own separators come first: commas, semicolons, slashes,
//! brackets, " - ", "và" and line breaks cut the cell into pieces, and each
//! piece is resolved as one name — so an unknown name stays one unknown
//! name ("Gia Hiệp Hòa Trung Tân Nghĩa" is not glued to a neighbour) and a
//! new name containing an old one stays whole ("Nam Khánh Vĩnh"). A name
//! wrapped over two lines ("Cam Hải\nTây") is rejoined when the joined text
//! names a unit and the first line alone does not.
//!
//! Only a piece that names no unit as a whole is split by the gazetteer
//! ("D Phước D Lạc D Phú D An", "Cam Hải Tây Cam Thành Nam Cam Bình"), and
//! its resolutions say so ([`Resolution::split_by_gazetteer`]) so that the
//! caller can report it. That split is dynamic programming over the piece's
//! tokens: every span of up to
//! `max_tokens` tokens that names a unit (see [`Gazetteer::resolve`]) scores
//! `confidence × tokens − SEGMENT_PENALTY`; a token left out scores 0. The
//! best-scoring cover wins, so longer and surer names beat short ones and,
//! at equal coverage, fewer segments win. Spans never cross a comma,
//! semicolon, colon, slash or bracket.

use std::ops::Range;

use super::Gazetteer;
use super::lexicon::{Token, tokenize};
use super::resolve::{Candidate, Hint, Resolution};

/// Subtracted per matched segment so that, at equal coverage and confidence,
/// the split with fewer (longer) names wins. Small against any match score
/// (the smallest is 2 tokens × 0.6).
pub const SEGMENT_PENALTY: f32 = 0.01;

impl Gazetteer {
    /// Splits `cell_text` into the units it names, in order. Words that name
    /// no unit come back as unresolved resolutions (one per run of words
    /// between hard breaks), so nothing printed is lost; a name matching
    /// several units equally comes back ambiguous with its candidates.
    pub fn segment(&self, cell_text: &str, hint: &Hint) -> Vec<Resolution> {
        let pieces = pieces(cell_text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < pieces.len() {
            // Longest run of line-wrapped pieces (up to 3) that names a unit.
            let mut taken = None;
            let mut end = i;
            while end + 1 < pieces.len() && pieces[end].wrapped_into_next && end < i + 2 {
                end += 1;
            }
            for j in (i..=end).rev() {
                let span = pieces[i].span.start..pieces[j].span.end;
                let r = self.resolve_span(cell_text, span, hint);
                if r.is_resolved() || r.is_ambiguous() {
                    taken = Some((j, r));
                    break;
                }
            }
            match taken {
                Some((j, r)) => {
                    out.push(r);
                    i = j + 1;
                }
                None => {
                    // Lines of one wrapped run are split together: names
                    // may continue across the line breaks.
                    let span = pieces[i].span.start..pieces[end].span.end;
                    let split = self.segment_tokens(cell_text, span.clone(), hint);
                    if split.iter().any(Resolution::is_resolved) {
                        out.extend(split.into_iter().map(|mut r| {
                            r.split_by_gazetteer =
                                !pieces[i..=end].iter().any(|p| p.span == r.span);
                            r
                        }));
                    } else {
                        // Each line stays its own unknown name.
                        for p in &pieces[i..=end] {
                            out.push(self.unresolved(cell_text, p.span.clone()));
                        }
                    }
                    i = end + 1;
                }
            }
        }
        out
    }

    /// Resolves `text[span]` as one name, with offsets into `text`.
    fn resolve_span(&self, text: &str, span: Range<usize>, hint: &Hint) -> Resolution {
        let mut r = self.resolve(&text[span.clone()], hint);
        r.span = (r.span.start + span.start)..(r.span.end + span.start);
        r
    }

    /// The gazetteer split of `text[span]` (see the module doc).
    fn segment_tokens(&self, text: &str, range: Range<usize>, hint: &Hint) -> Vec<Resolution> {
        let cell_text = text;
        let tokens: Vec<Token> = tokenize(&text[range.clone()])
            .into_iter()
            .map(|mut t| {
                t.start += range.start;
                t.end += range.start;
                t
            })
            .collect();
        let n = tokens.len();
        let max_len = self.commune_lexicon.max_tokens.max(1);
        // best[j]: best score covering tokens[..j]; from[j]: start of the last
        // piece and its candidates (empty = token j-1 left unmatched).
        let mut best = vec![f32::NEG_INFINITY; n + 1];
        let mut from: Vec<(usize, Vec<Candidate>)> = vec![(0, Vec::new()); n + 1];
        best[0] = 0.0;
        for j in 1..=n {
            best[j] = best[j - 1];
            from[j] = (j - 1, Vec::new());
            for i in (j.saturating_sub(max_len)..j).rev() {
                if tokens[i..j - 1].iter().any(|t| t.break_after) {
                    break;
                }
                let cands = self.commune_candidates(cell_text, &tokens[i..j], true);
                let Some(conf) = cands.iter().map(|c| c.confidence).reduce(f32::max) else {
                    continue;
                };
                let score = best[i] + conf * (j - i) as f32 - SEGMENT_PENALTY;
                if score > best[j] {
                    best[j] = score;
                    from[j] = (i, cands);
                }
            }
        }
        // Walk back, then emit in reading order.
        let mut pieces: Vec<(usize, usize, Vec<Candidate>)> = Vec::new();
        let mut j = n;
        while j > 0 {
            let (i, cands) = std::mem::take(&mut from[j]);
            pieces.push((i, j, cands));
            j = i;
        }
        pieces.reverse();
        let mut out = Vec::new();
        let mut pending: Option<(usize, usize)> = None; // unmatched token run
        for (i, j, cands) in pieces {
            if cands.is_empty() {
                pending = Some(match pending {
                    Some((s, _)) => (s, j),
                    None => (i, j),
                });
                if tokens[i].break_after {
                    self.flush(cell_text, &tokens, &mut pending, &mut out);
                }
                continue;
            }
            self.flush(cell_text, &tokens, &mut pending, &mut out);
            let span = tokens[i].start..tokens[j - 1].end;
            out.push(self.decide(cell_text, span, &cands, hint));
        }
        self.flush(cell_text, &tokens, &mut pending, &mut out);
        out
    }

    fn flush(
        &self,
        text: &str,
        tokens: &[Token],
        pending: &mut Option<(usize, usize)>,
        out: &mut Vec<Resolution>,
    ) {
        if let Some((i, j)) = pending.take() {
            out.push(self.unresolved(text, tokens[i].start..tokens[j - 1].end));
        }
    }
}

/// A part of a cell between the document's own separators.
#[derive(Debug, Clone, PartialEq)]
struct Piece {
    span: Range<usize>,
    /// Only a line break (no punctuation) separates it from the next piece,
    /// so a name may continue there.
    wrapped_into_next: bool,
}

/// Punctuation that separates names.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '/' | '(' | ')' | '[' | ']' | '|' | '+' | '\n' | '\r'
    )
}

/// The pieces of a cell: split at separator characters, at a dash between
/// spaces, and at the word "và"; empty pieces dropped.
fn pieces(text: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let Some(len) = separator_at(text, i, c) else {
            i += c.len_utf8();
            continue;
        };
        let newline = c == '\n' || c == '\r';
        let span = trim_span(text, start..i);
        if !span.is_empty() {
            out.push(Piece {
                span,
                wrapped_into_next: newline,
            });
        } else if !newline && let Some(last) = out.last_mut() {
            last.wrapped_into_next = false;
        }
        i += len;
        start = i;
    }
    let span = trim_span(text, start..text.len());
    if !span.is_empty() {
        out.push(Piece {
            span,
            wrapped_into_next: false,
        });
    }
    out
}

/// Length in bytes of the separator starting at byte `i` (character `c`), if any.
fn separator_at(text: &str, i: usize, c: char) -> Option<usize> {
    if is_separator(c) {
        return Some(c.len_utf8());
    }
    let after = &text[i + c.len_utf8()..];
    if matches!(c, '-' | '–' | '—') && text[..i].ends_with(' ') && after.starts_with(' ') {
        return Some(c.len_utf8());
    }
    let at_word_start = i == 0 || text[..i].ends_with(char::is_whitespace);
    if at_word_start {
        for w in ["và ", "Và ", "VÀ ", "va "] {
            if text[i..].starts_with(w) {
                return Some(w.len() - 1);
            }
        }
    }
    None
}

/// `span` without surrounding whitespace and stray punctuation.
fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let s = &text[span.clone()];
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '–' | '*'));
    let start = span.start + (s.len() - t.len());
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '–' | '*'));
    start..start + t.len()
}

#[cfg(test)]
mod piece_tests {
    use super::*;

    fn texts(s: &str) -> Vec<(&str, bool)> {
        pieces(s)
            .into_iter()
            .map(|p| (&s[p.span], p.wrapped_into_next))
            .collect()
    }

    #[test]
    fn separators_and_wraps() {
        assert_eq!(
            texts("Cam Hải\nTây, Cam Thành Nam và Suối Cát"),
            [
                ("Cam Hải", true),
                ("Tây", false),
                ("Cam Thành Nam", false),
                ("Suối Cát", false)
            ]
        );
        assert_eq!(
            texts("Vạn Phú - Vạn Lương; "),
            [("Vạn Phú", false), ("Vạn Lương", false)]
        );
        // A hyphen inside a word and "Vạn" are not separators.
        assert_eq!(texts("Vạn Thắng"), [("Vạn Thắng", false)]);
    }
}
