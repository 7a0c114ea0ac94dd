//! Matching a printed name to a unit: candidates, tie-breaking, confidence.

use std::ops::Range;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::Gazetteer;
use super::alias::AliasKind;
use super::lexicon::{Entry, Token, Via};
use super::unit::{DistrictRef, UnitRef, UnitType};

/// Confidence of a match whose text equals the unit's name (case aside).
pub const CONF_EXACT: f32 = 1.0;
/// Confidence of a match equal to the name once tones, case and homoglyphs
/// are folded ("Vạn Tho", "Điện Khanh", "Diện Thành" → Diên Thạnh). Tone marks
/// are what OCR loses most, and folded names are unique among xã, so this is
/// high but below exact.
pub const CONF_FOLDED: f32 = 0.9;
/// Confidence of an initial-letter abbreviation ("D Phước", "V.Lương"): the
/// initial can stand for several prefixes, so it usually needs a hint.
pub const CONF_INITIAL: f32 = 0.75;
/// Confidence of a near match: folded key within [`FUZZY_MAX_EDITS`] edits of
/// a bare name with the same number of syllables. Only used when nothing matches exactly.
pub const CONF_FUZZY: f32 = 0.6;
/// Edits allowed by the near match (characters of the folded key).
pub const FUZZY_MAX_EDITS: usize = 1;
/// Shortest folded key (characters, spaces included) a near match is tried
/// for: below this one edit turns a name into a different name too easily.
pub const FUZZY_MIN_CHARS: usize = 7;
/// Factor applied to the confidence when a hint (unit type or district) was
/// needed to choose between candidates that matched equally well.
pub const HINT_TIEBREAK_FACTOR: f32 = 0.9;

/// What the caller knows about where a name comes from. Hints only break ties
/// between equally good candidates; they never turn a name into a unit of the
/// hinted district when the name belongs elsewhere.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hint<'a> {
    /// District the surrounding table or text is about ("Vạn Ninh", "Điện Khanh").
    /// A hint that names no known district is ignored.
    pub district: Option<&'a str>,
    /// Type the names are expected to have; `Some(Xa)` for lists of programme communes.
    pub unit_type: Option<UnitType>,
}

/// How a name was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "alias_kind")]
pub enum MatchMethod {
    /// Text equals the official name (optionally after its type word).
    Exact,
    /// Equal after folding tones, case and look-alike letters.
    Folded,
    /// First syllable cut to its initial ("N.Bình").
    Abbreviation,
    /// Through a row of `aliases.csv`.
    Alias(AliasKind),
    /// Within [`FUZZY_MAX_EDITS`] edits of a name.
    Fuzzy,
    /// Nothing matched.
    Unresolved,
}

/// The outcome of resolving one name.
///
/// Resolved: `unit` is `Some`. Ambiguous: `unit` is `None` and `candidates`
/// lists the units that matched equally well. Unresolved: both empty,
/// `method == Unresolved`. `confidence` is 0 unless resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolution {
    /// The text as printed (a slice of the input).
    pub raw: String,
    /// Byte range of `raw` in the text given to `resolve`/`segment`.
    pub span: Range<usize>,
    pub unit: Option<UnitRef>,
    pub confidence: f32,
    pub method: MatchMethod,
    pub candidates: Vec<UnitRef>,
    /// The unit lies outside the hinted district (e.g. a commune printed in
    /// the wrong column): worth a validation warning.
    pub outside_hint: bool,
    /// The name was cut out of a longer piece by the gazetteer, not by the
    /// document's own separators (see `segment`): worth reporting.
    pub split_by_gazetteer: bool,
}

impl Resolution {
    pub fn is_resolved(&self) -> bool {
        self.unit.is_some()
    }
    pub fn is_ambiguous(&self) -> bool {
        self.unit.is_none() && !self.candidates.is_empty()
    }
}

/// One way a span of tokens names a unit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub target: usize,
    pub method: MatchMethod,
    pub confidence: f32,
}

impl Gazetteer {
    /// Resolves a single name ("Xã Vạn Phú", "Vạn Tho", "N.Bình").
    pub fn resolve(&self, raw: &str, hint: &Hint) -> Resolution {
        let tokens = super::lexicon::tokenize(raw);
        if tokens.is_empty() {
            return self.unresolved(raw, 0..raw.len());
        }
        let cands = self.commune_candidates(raw, &tokens, true);
        let span = tokens[0].start..tokens[tokens.len() - 1].end;
        self.decide(raw, span, &cands, hint)
    }

    /// Resolves a district-level name ("Vạn Ninh", "Thị xã Ninh Hòa",
    /// "huyện Diên Khánh", "Điện Khanh"). `None` when nothing or several
    /// districts match.
    pub fn resolve_district(&self, raw: &str) -> Option<DistrictRef> {
        let tokens = super::lexicon::tokenize(raw);
        if tokens.is_empty() {
            return None;
        }
        let key = join_keys(&tokens);
        let mut targets: Vec<usize> = Vec::new();
        for e in self.district_lexicon.get(&key) {
            if !targets.contains(&e.target) {
                targets.push(e.target);
            }
        }
        if targets.is_empty() && key.chars().count() >= FUZZY_MIN_CHARS {
            targets = self
                .district_lexicon
                .near(&key, FUZZY_MAX_EDITS)
                .into_iter()
                .map(|(t, _)| t)
                .collect();
            targets.dedup();
        }
        match targets.as_slice() {
            [one] => Some(DistrictRef::from(&self.districts[*one])),
            _ => None,
        }
    }

    /// Every unit the tokens (all of them, as one name) can mean, with how.
    pub(crate) fn commune_candidates(
        &self,
        text: &str,
        tokens: &[Token],
        allow_fuzzy: bool,
    ) -> Vec<Candidate> {
        let key = join_keys(tokens);
        let printed = printed_lower(text, tokens);
        let mut out: Vec<Candidate> = Vec::new();
        for e in self.commune_lexicon.get(&key) {
            let (method, confidence) = self.method_of(e, &printed);
            push_best(&mut out, e.target, method, confidence);
        }
        if out.is_empty() && allow_fuzzy && key.chars().count() >= FUZZY_MIN_CHARS {
            for (target, _) in self.commune_lexicon.near(&key, FUZZY_MAX_EDITS) {
                push_best(&mut out, target, MatchMethod::Fuzzy, CONF_FUZZY);
            }
        }
        // A lost or added space between syllables ("SơnTân"): the letters must be
        // exactly a name's, so short names are safe too.
        if out.is_empty() && allow_fuzzy && key.chars().filter(|c| *c != ' ').count() >= 4 {
            for (target, _) in self.commune_lexicon.same_letters(&key) {
                push_best(&mut out, target, MatchMethod::Fuzzy, CONF_FUZZY);
            }
        }
        out
    }

    fn method_of(&self, e: &Entry, printed: &str) -> (MatchMethod, f32) {
        match e.via {
            Via::Name => {
                let unit = &self.units[e.target];
                let name = unit.name.to_lowercase();
                let typed = format!("{} {}", unit.unit_type.as_vi().to_lowercase(), name);
                if printed == name || printed == typed {
                    (MatchMethod::Exact, CONF_EXACT)
                } else {
                    (MatchMethod::Folded, CONF_FOLDED)
                }
            }
            Via::Initial => (MatchMethod::Abbreviation, CONF_INITIAL),
            Via::Alias(i) => {
                let kind = self.aliases[i].kind;
                (MatchMethod::Alias(kind), kind.confidence())
            }
        }
    }

    /// Chooses among candidates: best confidence tier, then the hinted unit
    /// type, then the hinted district. Anything still tied is ambiguous.
    pub(crate) fn decide(
        &self,
        text: &str,
        span: Range<usize>,
        cands: &[Candidate],
        hint: &Hint,
    ) -> Resolution {
        if cands.is_empty() {
            return self.unresolved(text, span);
        }
        let best = cands.iter().map(|c| c.confidence).fold(0.0_f32, f32::max);
        let mut tier: Vec<Candidate> = cands
            .iter()
            .copied()
            .filter(|c| c.confidence >= best - 1e-6)
            .collect();
        let hint_district = hint
            .district
            .and_then(|d| self.resolve_district(d))
            .map(|d| d.code);
        let mut tie_broken = false;
        if tier.len() > 1
            && let Some(t) = hint.unit_type
        {
            tie_broken |= narrow(&mut tier, |c| self.units[c.target].unit_type == t);
        }
        if tier.len() > 1
            && let Some(code) = &hint_district
        {
            tie_broken |= narrow(&mut tier, |c| {
                self.units[c.target]
                    .district
                    .is_some_and(|d| &self.districts[d].code == code)
            });
        }
        let raw = text[span.clone()].to_string();
        if tier.len() > 1 {
            return Resolution {
                raw,
                span,
                unit: None,
                confidence: 0.0,
                method: tier[0].method,
                candidates: tier.iter().map(|c| self.unit_ref(c.target)).collect(),
                outside_hint: false,
                split_by_gazetteer: false,
            };
        }
        let c = tier[0];
        let unit = self.unit_ref(c.target);
        let outside_hint = hint_district
            .as_ref()
            .is_some_and(|code| unit.district_code.as_ref() != Some(code));
        let factor = if tie_broken {
            HINT_TIEBREAK_FACTOR
        } else {
            1.0
        };
        Resolution {
            raw,
            span,
            unit: Some(unit),
            confidence: c.confidence * factor,
            method: c.method,
            candidates: Vec::new(),
            outside_hint,
            split_by_gazetteer: false,
        }
    }

    pub(crate) fn unresolved(&self, text: &str, span: Range<usize>) -> Resolution {
        Resolution {
            raw: text[span.clone()].to_string(),
            span,
            unit: None,
            confidence: 0.0,
            method: MatchMethod::Unresolved,
            candidates: Vec::new(),
            outside_hint: false,
            split_by_gazetteer: false,
        }
    }
}

/// Keeps the candidates satisfying `keep` if there are any; true if that narrowed the list.
fn narrow(tier: &mut Vec<Candidate>, keep: impl Fn(&Candidate) -> bool) -> bool {
    let kept: Vec<Candidate> = tier.iter().copied().filter(|c| keep(c)).collect();
    if !kept.is_empty() && kept.len() < tier.len() {
        *tier = kept;
        true
    } else {
        false
    }
}

/// Adds a candidate or raises the confidence of the same unit already present.
fn push_best(out: &mut Vec<Candidate>, target: usize, method: MatchMethod, confidence: f32) {
    match out.iter_mut().find(|c| c.target == target) {
        Some(c) if c.confidence < confidence => {
            c.method = method;
            c.confidence = confidence;
        }
        Some(_) => {}
        None => out.push(Candidate {
            target,
            method,
            confidence,
        }),
    }
}

pub(crate) fn join_keys(tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| t.key.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The printed words of the tokens, NFC, lower case, single-spaced.
fn printed_lower(text: &str, tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| {
            text[t.start..t.end]
                .nfc()
                .collect::<String>()
                .to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ")
}
