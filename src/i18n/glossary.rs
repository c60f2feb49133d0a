//! The glossary: the Hindi word a department's own documents use for each term of the
//! method (cluster, SPV, CFC, DPR, value chain ...), with the quote it was seen in. The
//! Hindi catalogue and documents are written with these words; the file
//! (`templates/_i18n/glossary.hi.yaml`) is where a reviewer corrects one.

use serde::Deserialize;

use crate::assets::Assets;

/// One term.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub en: String,
    /// The word in Hindi.
    #[serde(rename = "hi")]
    pub word: String,
    /// Its abbreviation in Devanagari where the field abbreviates it: डीपीआर.
    #[serde(default, rename = "abbr_hi")]
    pub abbreviation: Option<String>,
    /// A verbatim quote of a Hindi government document that uses the word.
    #[serde(default)]
    pub seen: Option<String>,
    pub basis: Basis,
    #[serde(default)]
    pub note: Option<String>,
}

/// Whether the word was seen in a Hindi government document or chosen without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    Confirmed,
    Inferred,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

impl Glossary {
    /// The glossary of `lang` (only "hi" has one) from the workspace.
    pub fn load(assets: &Assets, lang: &str) -> Result<Glossary, String> {
        let name = format!("_i18n/glossary.{lang}.yaml");
        let asset = assets
            .read(&name)
            .map_err(|e| format!("{name}: cannot be read: {e}"))?
            .ok_or_else(|| format!("{name}: there is no glossary for {lang:?}"))?;
        serde_saphyr::from_str(&asset.text).map_err(|e| format!("{}: {e}", asset.origin))
    }

    /// The Hindi word for an English term (case-insensitive).
    pub fn word(&self, en: &str) -> Option<&str> {
        self.terms
            .iter()
            .find(|t| t.en.eq_ignore_ascii_case(en))
            .map(|t| t.word.as_str())
    }
}
