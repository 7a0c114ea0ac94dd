//! Comparing localities across tables: by official code when the gazetteer
//! resolved them, else by folded name, so "Điện Khanh" (OCR) and "Diên
//! Khánh" are the same district. The gazetteer is the document's own
//! (its province at its date), carried by the [`Locator`].

use super::finding::Locator;
use crate::gazetteer::Hint;
use crate::normalize::fold_key;
use crate::records::RoadmapEntry;

impl Locator<'_> {
    /// A district's comparison key: its code when the gazetteer knows the name.
    pub(crate) fn district_key(&self, name: &str) -> String {
        match self.gazetteer.resolve_district(name) {
            Some(d) => format!("code:{}", d.code),
            None => format!("name:{}", fold_key(name)),
        }
    }

    /// The district's official code when the gazetteer knows the name.
    pub(crate) fn district_code(&self, name: &str) -> Option<String> {
        self.gazetteer.resolve_district(name).map(|d| d.code)
    }

    /// The canonical district name when the gazetteer knows it, else as given.
    pub(crate) fn district_name(&self, name: &str) -> String {
        self.gazetteer
            .resolve_district(name)
            .map(|d| d.name)
            .unwrap_or_else(|| name.to_string())
    }

    /// A commune's comparison key from a code or, failing that, a printed name.
    pub(crate) fn commune_key(&self, code: Option<&str>, name: &str) -> String {
        if let Some(c) = code {
            return format!("code:{c}");
        }
        let r = self.gazetteer.resolve(name, &Hint::default());
        match r.unit {
            Some(u) => format!("code:{}", u.code),
            None => format!("name:{}", fold_key(name)),
        }
    }

    /// The key of a roadmap entry.
    pub(crate) fn entry_key(&self, e: &RoadmapEntry) -> String {
        self.commune_key(
            e.commune_code.as_deref(),
            e.commune_name.as_deref().unwrap_or(&e.raw_name),
        )
    }
}

/// The name to show for a roadmap entry.
pub(crate) fn entry_name(e: &RoadmapEntry) -> &str {
    e.commune_name.as_deref().unwrap_or(&e.raw_name)
}
