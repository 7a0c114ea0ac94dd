//! Tokens of a cell and the index of every name form the gazetteer knows.
//!
//! A *form* is a sequence of folded tokens (`fold_key`, punctuation removed)
//! that names a unit: its bare name, its name after a type word
//! ("xa van phu", "p van thanh", "huyen dien khanh"), its name with the first
//! syllable cut to its initial ("d phuoc", "v luong", "n binh"), and every
//! alias from `aliases.csv`. Forms are built from the data only, so a new
//! province needs no code.

use std::collections::HashMap;

use crate::normalize::fold_key;

/// How a form names its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// The bare name, optionally after a type word.
    Name,
    /// The name with its first syllable cut to one letter ("D Phước").
    Initial,
    /// An alias row (index into the gazetteer's aliases), optionally after a type word.
    Alias(usize),
}

/// One unit a form points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Index into units (commune lexicon) or districts (district lexicon).
    pub target: usize,
    pub via: Via,
    /// True when the form starts with a type word ("Xã", "Huyện").
    pub typed: bool,
}

/// Folded form → units it names. Several units may share a form
/// ("van thanh": a xã in Vạn Ninh and a phường in Nha Trang).
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    forms: HashMap<String, Vec<Entry>>,
    /// Bare-name forms grouped by token count, for fuzzy matching.
    names_by_len: HashMap<usize, Vec<(String, usize)>>,
    /// Longest form, in tokens: spans longer than this cannot match.
    pub max_tokens: usize,
}

impl Lexicon {
    /// Adds `name` (and its typed variants) pointing at `target`.
    pub fn add(&mut self, name: &str, target: usize, via: Via, type_words: &[&str]) {
        let key = key_of(name);
        if key.is_empty() {
            return;
        }
        if via == Via::Name {
            let n = key.split(' ').count();
            self.names_by_len
                .entry(n)
                .or_default()
                .push((key.clone(), target));
        }
        self.insert(key.clone(), target, via, false);
        for word in type_words {
            self.insert(format!("{word} {key}"), target, via, true);
        }
    }

    /// Adds the initial-letter abbreviation of a name of two or more syllables.
    pub fn add_initial(&mut self, name: &str, target: usize) {
        let key = key_of(name);
        let mut parts = key.splitn(2, ' ');
        let (Some(first), Some(rest)) = (parts.next(), parts.next()) else {
            return;
        };
        let Some(initial) = first.chars().next() else {
            return;
        };
        self.insert(format!("{initial} {rest}"), target, Via::Initial, false);
    }

    fn insert(&mut self, key: String, target: usize, via: Via, typed: bool) {
        self.max_tokens = self.max_tokens.max(key.split(' ').count());
        let list = self.forms.entry(key).or_default();
        let entry = Entry { target, via, typed };
        if !list.contains(&entry) {
            list.push(entry);
        }
    }

    /// Entries whose form equals `key` exactly.
    pub fn get(&self, key: &str) -> &[Entry] {
        self.forms.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Bare names with the same number of tokens as `key` within
    /// `max_distance` edits (characters of the folded key): (target, distance).
    pub fn near(&self, key: &str, max_distance: usize) -> Vec<(usize, usize)> {
        let n = key.split(' ').count();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (name, target) in self.names_by_len.get(&n).map(Vec::as_slice).unwrap_or(&[]) {
            let d = super::fuzzy::edit_distance(key, name, max_distance);
            if d <= max_distance && !out.iter().any(|(t, _)| t == target) {
                out.push((*target, d));
            }
        }
        out
    }

    /// Bare names of another number of tokens whose letters equal `key`'s once the
    /// spaces are dropped ("sontan" → Sơn Tân): OCR loses or adds the space
    /// between syllables. (target, 1): the space counts as one edit.
    pub fn same_letters(&self, key: &str) -> Vec<(usize, usize)> {
        let n = key.split(' ').count();
        let squeezed: String = key.split(' ').collect();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (len, names) in &self.names_by_len {
            if *len == n {
                continue;
            }
            for (name, target) in names {
                if name.replace(' ', "") == squeezed && !out.iter().any(|(t, _)| t == target) {
                    out.push((*target, 1));
                }
            }
        }
        out.sort_unstable();
        out
    }
}

/// The folded key of a whole name: tokens as [`tokenize`] makes them, joined by one space.
pub(crate) fn key_of(s: &str) -> String {
    tokenize(s)
        .iter()
        .map(|t| t.key.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word of a cell.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    /// Byte range of the word in the text, punctuation around it excluded.
    pub start: usize,
    pub end: usize,
    /// Folded key of the word, punctuation removed ("N." → "n", "Bình," → "binh").
    pub key: String,
    /// A comma, semicolon, colon, slash or bracket follows: no name runs across it.
    pub break_after: bool,
}

/// Punctuation after which a name cannot continue.
fn is_hard_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '/' | '(' | ')' | '[' | ']' | '|')
}

/// Splits `text` into words at whitespace and after a full stop glued to the
/// next letter ("N.Bình" → "N.", "Bình"). Punctuation at either end of a word is
/// dropped from its key; a word that is only punctuation produces no token but
/// may mark a break.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    for (start, piece) in pieces(text) {
        // Leading punctuation.
        let trimmed_start = piece.trim_start_matches(|c: char| !c.is_alphanumeric());
        if piece[..piece.len() - trimmed_start.len()]
            .chars()
            .any(is_hard_break)
            && let Some(last) = tokens.last_mut()
        {
            last.break_after = true;
        }
        let word = trimmed_start.trim_end_matches(|c: char| !c.is_alphanumeric());
        let trailing = &trimmed_start[word.len()..];
        if word.is_empty() {
            continue;
        }
        let w_start = start + (piece.len() - trimmed_start.len());
        let key: String = fold_key(word)
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ')
            .collect();
        tokens.push(Token {
            start: w_start,
            end: w_start + word.len(),
            key,
            break_after: trailing.chars().any(is_hard_break),
        });
    }
    tokens
}

/// Whitespace-separated pieces with their byte offsets, further split after a
/// '.' that is directly followed by a letter.
fn pieces(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, &text[s..i]));
            }
        } else {
            match start {
                None => start = Some(i),
                Some(s) if prev == Some('.') && c.is_alphabetic() => {
                    out.push((s, &text[s..i]));
                    start = Some(i);
                }
                _ => {}
            }
        }
        prev = Some(c);
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_glued_abbreviations_and_keeps_offsets() {
        let text = "N.Bình  N. Hưng,\nĐiện An";
        let t = tokenize(text);
        let keys: Vec<&str> = t.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["n", "binh", "n", "hung", "dien", "an"]);
        assert_eq!(&text[t[1].start..t[1].end], "Bình");
        assert_eq!(&text[t[3].start..t[3].end], "Hưng");
        assert!(t[3].break_after);
        assert!(!t[1].break_after);
    }

    #[test]
    fn punctuation_only_words_mark_breaks() {
        let t = tokenize("Vạn Phú ; Ninh Đông");
        assert!(t[1].break_after);
        assert_eq!(t.len(), 4);
    }

    #[test]
    fn key_of_folds_names() {
        assert_eq!(key_of("Ninh Thuợng"), "ninh thuong");
        assert_eq!(key_of(" D.Thọ "), "d tho");
    }
}
