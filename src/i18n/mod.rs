//! The languages cdstudy speaks to people in: which one a run uses ([`Lang::resolve`]), the
//! message catalogue of each (Fluent files under `templates/_i18n/`, so a department can
//! correct a word in its own templates folder), the Hindi way of writing amounts and dates
//! ([`numbers`]) and the glossary of the terms the field uses ([`glossary`]).
//!
//! English is the default and the fallback: a message missing from the Hindi catalogue is
//! shown in English, never as its id, and [`Messages::missing`] lists what is missing.

pub mod glossary;
pub mod numbers;

use std::borrow::Cow;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::assets::Assets;

/// The environment variable that picks the language when no `--lang` is given.
pub const LANG_ENV: &str = "CDSTUDY_LANG";

/// A language of the user interface and of the documents' fixed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Hi,
}

impl Lang {
    /// The code on the command line, in the environment and in file names: "en", "hi".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
        }
    }

    /// The language a code or a locale names: "hi", "hi_IN.UTF-8", "en-GB", "HI".
    pub fn of(name: &str) -> Option<Lang> {
        let lower = name.trim().to_ascii_lowercase();
        let head = lower.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match head {
            "en" | "c" | "posix" => Some(Lang::En),
            "hi" => Some(Lang::Hi),
            _ => None,
        }
    }

    /// The run's language: the `--lang` flag, else `CDSTUDY_LANG`, else the locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order), else English. A flag or
    /// `CDSTUDY_LANG` naming a language cdstudy lacks is an error (a person asked for it);
    /// a locale it lacks (say ta_IN) is English, since the locale is not a request to us.
    pub fn resolve(flag: Option<&str>) -> Result<Lang, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(var);
        Lang::resolve_from(flag, var(LANG_ENV).as_deref(), locale.as_deref())
    }

    /// [`Lang::resolve`] with the environment's values given (for tests).
    pub fn resolve_from(
        flag: Option<&str>,
        env: Option<&str>,
        locale: Option<&str>,
    ) -> Result<Lang, String> {
        let asked = |value: &str, named: &str| {
            Lang::of(value).ok_or_else(|| {
                format!(
                    "{named} asks for the language {value:?}; cdstudy speaks en (English) and hi (हिन्दी)"
                )
            })
        };
        match (flag, env) {
            (Some(v), _) => asked(v, "--lang"),
            (None, Some(v)) => asked(v, LANG_ENV),
            (None, None) => Ok(locale.and_then(Lang::of).unwrap_or_default()),
        }
    }
}

/// The language of a document: English, Hindi, or both (`en+hi`: headings and fixed text
/// in Hindi and in English, Hindi first, as the State's bilingual documents have them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DocLang {
    #[default]
    En,
    Hi,
    EnHi,
}

impl DocLang {
    /// The word on the command line and in `meta.language`: "en", "hi", "en+hi".
    pub fn code(self) -> &'static str {
        match self {
            DocLang::En => "en",
            DocLang::Hi => "hi",
            DocLang::EnHi => "en+hi",
        }
    }

    /// The language a code names: "hi", "en+hi" (also "hi+en", "bilingual"), a locale.
    pub fn of(name: &str) -> Option<DocLang> {
        let lower = name.trim().to_ascii_lowercase();
        match lower.as_str() {
            "en+hi" | "hi+en" | "bilingual" => Some(DocLang::EnHi),
            _ => Lang::of(&lower).map(|l| match l {
                Lang::En => DocLang::En,
                Lang::Hi => DocLang::Hi,
            }),
        }
    }

    /// The document's language: the `--lang` flag, else the study's `meta.language`, else
    /// English. Not the locale: the language of a submission is the study's, not that of
    /// whoever renders it. A flag naming a language cdstudy lacks is an error; a study
    /// whose `meta.language` it lacks (say "mr") is written in English, and `check` says so.
    pub fn resolve(flag: Option<&str>, study_language: &str) -> Result<DocLang, String> {
        match flag {
            Some(v) => DocLang::of(v).ok_or_else(|| {
                format!(
                    "--lang asks for the language {v:?}; documents are written in en (English), hi (हिन्दी) or en+hi (both)"
                )
            }),
            None => Ok(DocLang::of(study_language).unwrap_or_default()),
        }
    }

    /// The catalogue the document's fixed text comes from (Hindi for both).
    pub fn messages_lang(self) -> Lang {
        match self {
            DocLang::En => Lang::En,
            DocLang::Hi | DocLang::EnHi => Lang::Hi,
        }
    }

    /// The BCP 47 tag of the document (HTML `lang`, Word's language): its main language.
    pub fn tag(self) -> &'static str {
        match self {
            DocLang::En => "en",
            DocLang::Hi | DocLang::EnHi => "hi",
        }
    }
}

/// Why a catalogue could not be read.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("{origin}: cannot be read: {source}")]
    Read {
        origin: String,
        source: std::io::Error,
    },
    #[error("{0}: the built-in English catalogue is missing")]
    Missing(String),
    #[error("{origin}, line {line}: {what}")]
    Syntax {
        origin: String,
        line: usize,
        what: String,
    },
    #[error("{origin}: defined twice: {ids}")]
    Twice { origin: String, ids: String },
}

type Bundle = FluentBundle<FluentResource>;

/// The messages of one language, with English behind them. Cheap to clone (shared).
#[derive(Clone)]
pub struct Messages {
    lang: Lang,
    inner: Arc<Catalogues>,
    /// The labels asked for that this language lacks, as they were asked for: what a
    /// translator is missing on the screens actually drawn (tests walk them all). Shared
    /// by the clones of one load, or a fresh record ([`Messages::recording_afresh`]).
    misses: Arc<std::sync::Mutex<std::collections::BTreeSet<String>>>,
}

struct Catalogues {
    english: Bundle,
    /// The language's own messages; `None` for English.
    own: Option<Bundle>,
    /// Every id of the English catalogue, in file order (what `missing` checks).
    ids: Vec<String>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Messages {
    /// The catalogues of `lang` from the workspace (`_i18n/en.ftl`, `_i18n/hi.ftl`).
    pub fn load(assets: &Assets, lang: Lang) -> Result<Messages, I18nError> {
        Messages::load_from(assets, lang, Catalogue::Program)
    }

    /// The words of the documents in `lang` (`_i18n/hi.doc-*.ftl`): a catalogue of their
    /// own, since a document's "Weight" (भार, of a criterion) is not the screen's.
    pub fn load_documents(assets: &Assets, lang: Lang) -> Result<Messages, I18nError> {
        Messages::load_from(assets, lang, Catalogue::Documents)
    }

    fn load_from(assets: &Assets, lang: Lang, which: Catalogue) -> Result<Messages, I18nError> {
        let (english, ids) = bundle(assets, Lang::En, Catalogue::Program)?;
        let own = match lang {
            Lang::En => None,
            other => Some(bundle(assets, other, which)?.0),
        };
        Ok(Messages {
            lang,
            misses: Default::default(),
            inner: Arc::new(Catalogues { english, own, ids }),
        })
    }

    /// English from the built-in catalogue: what tests and a library caller without a
    /// workspace use. The built-in file is checked by the tests, so this cannot fail in a
    /// released binary; should it, every message is shown by its id.
    pub fn english() -> Messages {
        Messages::load(&Assets::embedded(), Lang::En).unwrap_or_else(|_| Messages {
            lang: Lang::En,
            misses: Default::default(),
            inner: Arc::new(Catalogues {
                english: new_bundle(Lang::En),
                own: None,
                ids: Vec::new(),
            }),
        })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The same catalogues with a record of misses of its own: a document rendered from
    /// catalogues read once per process lists only its own words.
    pub fn recording_afresh(&self) -> Messages {
        Messages {
            lang: self.lang,
            inner: Arc::clone(&self.inner),
            misses: Default::default(),
        }
    }

    /// The message `id` with no arguments.
    pub fn text(&self, id: &str) -> Cow<'static, str> {
        self.format(id, None)
    }

    /// The message `id` with named arguments: `("count", 3.into())`.
    pub fn with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa)).into_owned()
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Cow<'static, str> {
        let c = &self.inner;
        let text = c
            .own
            .iter()
            .chain([&c.english])
            .find_map(|b| formatted(b, id, args));
        // An id with no message anywhere is a bug the tests catch; show the id, not nothing.
        Cow::Owned(text.unwrap_or_else(|| id.to_string()))
    }

    /// A fixed text of the interface written in English in the code (a field's label, a
    /// key's description, a section's hint), in this language: the catalogue's message
    /// `t-` + [`label_id`] of it, else the English as it is. The English in the code is the
    /// source, so English output cannot drift from it; a translator keys on it.
    pub fn label<'a>(&self, english: &'a str) -> Cow<'a, str> {
        self.own_text(english, None, Miss::Record)
            .map_or(Cow::Borrowed(english), Cow::Owned)
    }

    /// A message of `check` (a finding's sentence) in this language, keyed like
    /// [`Messages::label`] on its English, else the English as it is. Unlike `label` a
    /// lack is not recorded as a miss: only the fixed sentences have words of their own
    /// (`_i18n/hi.ui-findings.ftl`); one built with figures or names stays English.
    pub fn finding<'a>(&self, english: &'a str) -> Cow<'a, str> {
        self.own_text(english, None, Miss::Ignore)
            .map_or(Cow::Borrowed(english), Cow::Owned)
    }

    /// What the engine said (a finding's or a flag's English, and its phrase where it has
    /// values in it) in this language: the phrase worded by [`Messages::phrase`], a fixed
    /// sentence as [`Messages::finding`] has it.
    pub fn said<'a>(
        &self,
        english: &'a str,
        phrase: Option<&crate::phrase::Phrase>,
    ) -> Cow<'a, str> {
        match phrase {
            Some(p) if self.inner.own.is_some() => Cow::Owned(self.phrase(p)),
            _ => self.finding(english),
        }
    }

    /// What the engine said, in this language (see [`Messages::said`]).
    pub fn say(&self, said: &crate::phrase::Said) -> String {
        self.said(&said.english, said.phrase.as_ref()).into_owned()
    }

    /// A label of the screen that may have values in it (a dialog's title, an option):
    /// its phrase worded, or the fixed label as [`Messages::label`] has it (a lack
    /// recorded as a miss).
    pub fn label_of(&self, said: &crate::phrase::Said) -> String {
        match &said.phrase {
            Some(p) => self.phrase(p),
            None => self.label(&said.english).into_owned(),
        }
    }

    /// A phrase of the engine in this language: its pattern's message (`t-` + [`label_id`]
    /// of the English pattern, places as `{ $name }`), its words of the rules as labels,
    /// amounts and lists the language's way; the English where the language lacks it
    /// (recorded as a miss, so that the tests list it).
    pub fn phrase(&self, p: &crate::phrase::Phrase) -> String {
        use crate::phrase::PhraseArg;
        if self.inner.own.is_none() {
            return p.english();
        }
        let mut args = FluentArgs::new();
        for (name, arg) in &p.args {
            let value: FluentValue<'_> = match arg {
                PhraseArg::Count(n) => FluentValue::from(*n),
                PhraseArg::Figure(t) | PhraseArg::Text(t) => FluentValue::from(t.clone()),
                PhraseArg::Rupees(r) => FluentValue::from(self.amount(*r)),
                PhraseArg::Exact(r) => FluentValue::from(self.exact_amount(*r)),
                PhraseArg::Word(w) => FluentValue::from(self.label(w).into_owned()),
                PhraseArg::Words(list) => {
                    let words: Vec<String> =
                        list.iter().map(|w| self.label(w).into_owned()).collect();
                    FluentValue::from(self.and_list(&words))
                }
                PhraseArg::Phrase(inner) => FluentValue::from(self.phrase(inner)),
            };
            args.set(*name, value);
        }
        self.own_text(p.pattern, Some(&args), Miss::Record)
            .unwrap_or_else(|| p.english())
    }

    /// What became of a rule ("applied", "CAP HIT") in this language. Its English is
    /// `Outcome::label`; another language keys on "outcome: " and it, since a word alone
    /// ("met") means other things on other screens.
    pub fn outcome(&self, o: crate::scheme::Outcome) -> String {
        use crate::scheme::Outcome;
        if self.lang == Lang::En {
            return o.label().to_string();
        }
        self.label(match o {
            Outcome::Applied => "outcome: applied",
            Outcome::CapHit => "outcome: CAP HIT",
            Outcome::Met => "outcome: met",
            Outcome::NotMet => "outcome: NOT MET",
            Outcome::NotChecked => "outcome: not checked",
            Outcome::Flagged => "outcome: flagged",
            Outcome::Note => "outcome: note",
        })
        .into_owned()
    }

    /// An amount at a glance in this language: "Rs. 4.50 lakh", "रु. 4.50 लाख".
    pub fn amount(&self, r: crate::model::Rupees) -> String {
        match self.lang {
            Lang::En => r.human(),
            Lang::Hi => numbers::human(r),
        }
    }

    /// A rate in rupees in this language: "Rs. 1,250.50", "रु. 1,250.50".
    pub fn rate(&self, r: crate::model::Rate) -> String {
        let english = r.inr();
        match self.lang {
            Lang::En => english,
            Lang::Hi => format!("रु. {}", english.trim_start_matches("Rs. ")),
        }
    }

    /// An amount to the rupee in this language: "Rs. 22,30,000", "रु. 22,30,000".
    pub fn exact_amount(&self, r: crate::model::Rupees) -> String {
        match self.lang {
            Lang::En => r.inr(),
            Lang::Hi => numbers::exact(r),
        }
    }

    /// "a and b", "a, b, and c" in this language.
    pub fn and_list(&self, items: &[String]) -> String {
        and_list(self.lang, items)
    }

    /// The English `pattern` (a label or a sentence with `{name}` places for its
    /// arguments, as a document template writes it) in this language with `args`: the
    /// catalogue's message `t-` + [`label_id`] of the pattern, written with `{ $name }`;
    /// `None` when this language lacks it (recorded as a miss) or is English.
    pub fn own_label_with(&self, pattern: &str, args: &FluentArgs<'_>) -> Option<String> {
        self.own_text(pattern, Some(args), Miss::Record)
    }

    /// The one lookup of a text keyed on its English: this language's own message for it,
    /// `None` for English, an empty text, or a text this language lacks (then recorded as
    /// a miss when `miss` says so).
    fn own_text(&self, english: &str, args: Option<&FluentArgs<'_>>, miss: Miss) -> Option<String> {
        let own = self.inner.own.as_ref().filter(|_| !english.is_empty())?;
        let text = formatted(own, &label_id(english), args);
        if text.is_none() && miss == Miss::Record {
            if let Ok(mut misses) = self.misses.lock() {
                misses.insert(english.to_string());
            }
        }
        text
    }

    /// The English labels asked for since the catalogue was loaded that this language
    /// lacks (shown in English), in order.
    pub fn misses(&self) -> Vec<String> {
        self.misses
            .lock()
            .map(|m| m.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Whether this language has its own word for the English `label` (English has all).
    pub fn has_label(&self, english: &str) -> bool {
        match &self.inner.own {
            Some(own) => english.is_empty() || own.has_message(&label_id(english)),
            None => true,
        }
    }

    /// The ids of the English catalogue that this language does not have (none for English).
    pub fn missing(&self) -> Vec<String> {
        let Some(own) = &self.inner.own else {
            return Vec::new();
        };
        self.inner
            .ids
            .iter()
            .filter(|id| !own.has_message(id))
            .cloned()
            .collect()
    }

    /// Whether the English catalogue has `id` (for tests that every id used exists).
    pub fn knows(&self, id: &str) -> bool {
        self.inner.english.has_message(id)
    }
}

/// "a and b", "a, b, and c" in `lang`; in Hindi "क, ख एवं ग", as the department's documents
/// join a list.
pub fn and_list(lang: Lang, items: &[String]) -> String {
    match (lang, items) {
        (Lang::En, _) => crate::phrase::and_list(items),
        (Lang::Hi, []) => String::new(),
        (Lang::Hi, [one]) => one.clone(),
        (Lang::Hi, [rest @ .., last]) => format!("{} एवं {last}", rest.join(", ")),
    }
}

/// The catalogue id of an English label: `t-` and its letters and digits in lower case,
/// `%` as the word `pct` (so "Interest %" and "Interest" differ), every other run of
/// characters one hyphen: "Save under another name…" → `t-save-under-another-name`. A sentence (a hint) is named by its first words and a
/// short hash of the whole, so that its id stays readable and two hints that begin alike
/// differ: `t-the-study-s-title-the-scheme-it-is-3f9a2c`.
pub fn label_id(english: &str) -> String {
    const LONGEST: usize = 40;
    let mut id = String::from("t");
    let mut gap = true;
    let mut cut = false;
    for c in english.chars() {
        let word = match c {
            '%' => Some("pct"),
            c if c.is_ascii_alphanumeric() => None,
            _ => {
                gap = true;
                continue;
            }
        };
        if gap || word.is_some() {
            if id.len() > LONGEST {
                cut = true;
                break;
            }
            id.push('-');
        }
        match word {
            Some(w) => {
                id.push_str(w);
                gap = true;
            }
            None => {
                id.push(c.to_ascii_lowercase());
                gap = false;
            }
        }
    }
    if cut {
        // FNV-1a: stable across runs, platforms and versions, unlike std's hasher.
        let hash = english.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        id.push_str(&format!("-{:06x}", hash & 0xff_ffff));
    }
    id
}

/// The message `id` of `bundle` with `args`; `None` when it has none or it does not
/// format (an argument missing), so that the caller falls back.
fn formatted(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

fn new_bundle(lang: Lang) -> Bundle {
    let id = match lang {
        Lang::En => unic_langid::langid!("en-IN"),
        Lang::Hi => unic_langid::langid!("hi-IN"),
    };
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // The isolation marks Fluent puts around arguments are invisible in a document but
    // take a cell each in a terminal and break alignment; our arguments are never
    // right-to-left text.
    b.set_use_isolating(false);
    b
}

/// Whether a text a language lacks is recorded in [`Messages::misses`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Miss {
    Record,
    Ignore,
}

/// Which catalogue of a language: the program's or the documents'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Catalogue {
    /// `_i18n/<code>.ftl` and every `_i18n/<code>.ui-<part>.ftl`: the screens and the
    /// command line; and the engine's phrases, `_i18n/<code>.said-<part>.ftl`.
    Program,
    /// Every `_i18n/<code>.doc-<part>.ftl`: the documents' words, one file a part of the
    /// templates (none is required: a language without them prints documents in English);
    /// and the engine's phrases (a rule's outcome reads the same on screen and on paper).
    Documents,
}

/// The catalogue `which` of `lang` as one bundle; an id defined in two of its files is an
/// error naming the file.
fn bundle(
    assets: &Assets,
    lang: Lang,
    which: Catalogue,
) -> Result<(Bundle, Vec<String>), I18nError> {
    let read_error = |origin: &str| {
        let origin = origin.to_string();
        move |source| I18nError::Read { origin, source }
    };
    let parts = |kind: &str| -> Result<Vec<crate::assets::Asset>, I18nError> {
        let prefix = format!("_i18n/{}.{kind}-", lang.code());
        Ok(assets
            .files_in("_i18n")
            .map_err(read_error("_i18n"))?
            .into_iter()
            .filter(|a| a.name.starts_with(&prefix) && a.name.ends_with(".ftl"))
            .collect())
    };
    let files: Vec<crate::assets::Asset> = match which {
        Catalogue::Program => {
            let name = format!("_i18n/{}.ftl", lang.code());
            let main = assets
                .read(&name)
                .map_err(read_error(&name))?
                .ok_or_else(|| I18nError::Missing(name.clone()))?;
            std::iter::once(main)
                .chain(parts("ui")?)
                .chain(parts("said")?)
                .collect()
        }
        Catalogue::Documents => parts("doc")?.into_iter().chain(parts("said")?).collect(),
    };
    let mut b = new_bundle(lang);
    let mut ids = Vec::new();
    for asset in files {
        let resource = FluentResource::try_new(asset.text.clone()).map_err(|(_, errors)| {
            let first = errors.first();
            let offset = first.map(|e| e.pos.start).unwrap_or(0);
            I18nError::Syntax {
                origin: asset.origin.clone(),
                line: asset.text[..offset.min(asset.text.len())]
                    .lines()
                    .count()
                    .max(1),
                what: first.map(|e| e.kind.to_string()).unwrap_or_default(),
            }
        })?;
        ids.extend(message_ids(&resource));
        b.add_resource(resource)
            .map_err(|errors| I18nError::Twice {
                origin: asset.origin.clone(),
                ids: errors
                    .iter()
                    .map(|e| match e {
                        fluent_bundle::FluentError::Overriding { id, .. } => id.clone(),
                        other => other.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            })?;
    }
    Ok((b, ids))
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_flag_then_the_variable_then_the_locale() {
        let r = Lang::resolve_from;
        assert_eq!(r(Some("hi"), Some("en"), None), Ok(Lang::Hi));
        assert_eq!(r(None, Some("hi"), Some("en_IN.UTF-8")), Ok(Lang::Hi));
        assert_eq!(r(None, None, Some("hi_IN.UTF-8")), Ok(Lang::Hi));
        assert_eq!(r(None, None, Some("ta_IN.UTF-8")), Ok(Lang::En));
        assert_eq!(r(None, None, None), Ok(Lang::En));
        let e = r(Some("ta"), None, None).unwrap_err();
        assert!(
            e.contains("--lang") && e.contains("\"ta\"") && e.contains("hi"),
            "{e}"
        );
        let e = r(None, Some("mr"), None).unwrap_err();
        assert!(e.contains(LANG_ENV), "{e}");
    }

    #[test]
    fn the_built_in_catalogues_read_and_hindi_misses_nothing() {
        let en = Messages::load(&Assets::embedded(), Lang::En).unwrap();
        let hi = Messages::load(&Assets::embedded(), Lang::Hi).unwrap();
        assert!(en.knows("help-title"));
        assert_eq!(en.missing(), Vec::<String>::new());
        // The list a translator works from: every English message Hindi lacks.
        assert_eq!(
            hi.missing(),
            Vec::<String>::new(),
            "Hindi lacks these messages"
        );
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("_i18n")).unwrap();
        std::fs::write(dir.path().join("_i18n/en.ftl"), "a = one\nb = two { $n }\n").unwrap();
        std::fs::write(dir.path().join("_i18n/hi.ftl"), "a = एक\n").unwrap();
        let hi = Messages::load(&Assets::with_override(dir.path()), Lang::Hi).unwrap();
        assert_eq!(hi.text("a"), "एक");
        assert_eq!(hi.with("b", &[("n", 3.into())]), "two 3");
        assert_eq!(hi.text("c"), "c");
        assert_eq!(hi.missing(), vec!["b".to_string()]);
    }

    #[test]
    fn a_label_is_keyed_on_its_english() {
        assert_eq!(
            label_id("Save under another name…"),
            "t-save-under-another-name"
        );
        assert_eq!(label_id("DSR ⇄ DPR"), "t-dsr-dpr");
        assert_eq!(label_id("Rs. 1,000 (GoI)"), "t-rs-1-000-goi");
        assert_eq!(label_id("Interest %"), "t-interest-pct");
        assert_eq!(label_id("% of cost"), "t-pct-of-cost");
        assert_eq!(label_id("60%-75%"), "t-60-pct-75-pct");
        assert_ne!(label_id("Interest %"), label_id("Interest"));
        let long = "The study's title, the scheme it is prepared for, who prepares it";
        let id = label_id(long);
        assert!(
            id.starts_with("t-the-study-s-title-the-scheme-it-is-"),
            "{id}"
        );
        assert!(id.len() <= 60, "{id}");
        assert_ne!(
            id,
            label_id("The study's title, the scheme it is prepared for, and more")
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("_i18n")).unwrap();
        std::fs::write(dir.path().join("_i18n/en.ftl"), "a = one\n").unwrap();
        std::fs::write(dir.path().join("_i18n/hi.ftl"), "t-next-tab = अगला टैब\n").unwrap();
        let ws = Assets::with_override(dir.path());
        let hi = Messages::load(&ws, Lang::Hi).unwrap();
        assert_eq!(hi.label("next tab"), "अगला टैब");
        assert_eq!(hi.label("quit"), "quit");
        assert!(hi.has_label("next tab") && !hi.has_label("quit"));
        let en = Messages::load(&ws, Lang::En).unwrap();
        assert_eq!(en.label("next tab"), "next tab");
    }

    #[test]
    fn a_broken_catalogue_names_its_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("_i18n")).unwrap();
        std::fs::write(dir.path().join("_i18n/hi.ftl"), "a = एक\n\nb = { \n").unwrap();
        let e = Messages::load(&Assets::with_override(dir.path()), Lang::Hi)
            .unwrap_err()
            .to_string();
        assert!(e.contains("hi.ftl") && e.contains("line 3"), "{e}");
        std::fs::write(dir.path().join("_i18n/hi.ftl"), "a = एक\nb = दो\na = फिर\n").unwrap();
        let e = Messages::load(&Assets::with_override(dir.path()), Lang::Hi)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("hi.ftl") && e.ends_with("defined twice: a"),
            "{e}"
        );
    }
}

/// Every phrase the program words on the screen and the command line has its Hindi, with
/// the same places: the list a translator works from, empty at the end. The phrases are
/// read from the source (`phrase!("…")`), where the engine writes each once.
#[cfg(test)]
mod phrase_tests {
    use super::*;

    /// The pattern of every `phrase!` in the Rust files under `dir`, with its file.
    pub(crate) fn phrases_in(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                phrases_in(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let file = path.display().to_string();
                // Where the macro is defined and tried on examples of its own.
                if file.ends_with("src/phrase/mod.rs") || file.ends_with("src/i18n/mod.rs") {
                    continue;
                }
                for opening in ["phrase!(", "Phrase::new("] {
                    for (at, _) in text.match_indices(opening) {
                        if let Some(pattern) = literal_after(&text[at + opening.len()..]) {
                            out.push((pattern, file.clone()));
                        }
                    }
                }
            }
        }
    }

    /// The string literal that opens `text` (after blanks), unescaped as Rust reads it:
    /// `\"`, `\\`, `\n`, and a `\` at a line's end that drops the break and the blanks after.
    fn literal_after(text: &str) -> Option<String> {
        let rest = text.trim_start().strip_prefix('"')?;
        let mut out = String::new();
        let mut chars = rest.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => return Some(out),
                '\\' => match chars.next()? {
                    '\n' => {
                        while chars.peek().is_some_and(|c| c.is_whitespace()) {
                            chars.next();
                        }
                    }
                    'n' => out.push('\n'),
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
        None
    }

    /// The `{name}` places of an English pattern.
    fn places(pattern: &str) -> Vec<&str> {
        pattern
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(name, _)| name))
            .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            .collect()
    }

    #[test]
    fn a_literal_is_read_as_rust_reads_it() {
        assert_eq!(
            literal_after("\n    \"a {b} \\\"c\\\" \\\n     d\", b)"),
            Some("a {b} \"c\" d".to_string())
        );
        assert_eq!(places("{a} of {b_c}, {{x"), vec!["a", "b_c"]);
    }

    /// A rule's legal form and an amount it gives to the rupee are words and amounts the
    /// Hindi sentence names in Hindi, not English text placed in it.
    #[test]
    fn a_rules_legal_form_and_exact_amounts_read_in_hindi() {
        use crate::model::{LegalForm, Rupees};
        use crate::scheme::{rule_phrase, rule_words, Decision};
        let hi = Messages::load(&Assets::embedded(), Lang::Hi).unwrap();
        let form = Decision::EligibleSpvForm {
            any_of: vec![LegalForm::Section8Company, LegalForm::Trust],
            form: Some(LegalForm::PrivateLimited),
            note: String::new(),
        };
        assert_eq!(
            hi.phrase(&rule_phrase(&form)),
            "एसपीवी धारा 8 कंपनी या ट्रस्ट के रूप में पंजीकृत हो: अध्ययन का एसपीवी प्राइवेट लिमिटेड कंपनी है"
        );
        let cap = Decision::GrantCap {
            cap_rs: Rupees(22_30_000),
            grant_rs: Rupees(22_30_400),
        };
        assert_eq!(
            rule_words(&cap),
            "grant at most Rs. 22,30,000: the Rs. 22,30,400 it would be is cut to it"
        );
        let said = hi.phrase(&rule_phrase(&cap));
        assert!(
            said.contains("रु. 22,30,000") && said.contains("रु. 22,30,400"),
            "{said}"
        );
        assert!(!said.contains("Rs"), "{said}");
    }

    #[test]
    fn every_phrase_of_the_program_has_its_hindi() {
        let hi = Messages::load(&Assets::embedded(), Lang::Hi).unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut phrases = Vec::new();
        phrases_in(&root, &mut phrases);
        assert!(phrases.len() > 5, "{phrases:?}");
        let mut lacking: Vec<String> = Vec::new();
        for (pattern, file) in &phrases {
            let mut args = FluentArgs::new();
            for name in places(pattern) {
                args.set(name, FluentValue::from("X"));
            }
            // Formats only if the message exists and uses no place the English lacks.
            if hi.own_text(pattern, Some(&args), Miss::Ignore).is_none() {
                lacking.push(format!("# {pattern}\n{} = …   ({file})", label_id(pattern)));
            }
        }
        lacking.sort();
        lacking.dedup();
        assert!(
            lacking.is_empty(),
            "Hindi lacks {} phrases (or names a place the English has not):\n{}",
            lacking.len(),
            lacking.join("\n")
        );
    }
}
