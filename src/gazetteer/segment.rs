//! Splitting a cell that lists several units without separators
//! ("D Phước D Lạc D Phú D An", "Cam Hải Tây Cam Thành Nam Cam Bình").
//!
//! Dynamic programming over the cell's tokens: every span of up to
//! `max_tokens` tokens that names a unit (see [`Gazetteer::resolve`]) scores
//! `confidence × tokens − SEGMENT_PENALTY`; a token left out scores 0. The
//! best-scoring cover wins, so longer and surer names beat short ones and,
//! at equal coverage, fewer segments win. Spans never cross a comma,
//! semicolon, colon, slash or bracket.

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
        let tokens = tokenize(cell_text);
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
