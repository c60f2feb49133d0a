//! The language of the document being rendered, and its fixed words.
//!
//! Templates write their fixed text in English and pass it through the `t` filter (a
//! label: a heading, a table's column, a caption) or the `tp` filter (prose: a paragraph):
//! `{{ "Executive summary" | t }}`, `{{ "The study found {n} bottlenecks." | tp(n=3) }}`.
//! The English is the source and the key: in an English document it prints as written (so
//! English output cannot change), in Hindi the catalogue's `t-` message for it
//! (`_i18n/hi.*.ftl`, arguments as `{ $n }`), and in both languages the Hindi and then the
//! English ("परिचय / Introduction" for a label, two paragraphs for prose). Fixed text is
//! Markdown, as the template's own text is; arguments are study data and are escaped
//! unless a filter made them safe. Words a language lacks print in English and are
//! recorded ([`crate::i18n::Messages::misses`]).
//!
//! The language is held for the thread while one document renders ([`within`]): tera's
//! filters see no context inside components, and a document renders on one thread.

use std::borrow::Cow;
use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::i18n::{DocLang, Messages};
use crate::model::Study;

/// The language and catalogue of the document being rendered.
#[derive(Debug, Clone)]
pub struct Words {
    pub lang: DocLang,
    pub messages: Messages,
}

impl Default for Words {
    fn default() -> Words {
        Words {
            lang: DocLang::En,
            messages: Messages::english(),
        }
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Words>> = const { RefCell::new(None) };
}

/// Runs `f` with `words` as the language of what it renders, restoring the one before.
pub fn within<T>(words: &Words, f: impl FnOnce() -> T) -> T {
    let before = CURRENT.with(|c| c.replace(Some(words.clone())));
    // Restored on the way out, even if `f` unwinds.
    struct Restore(Option<Words>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            CURRENT.with(|c| *c.borrow_mut() = before);
        }
    }
    let _restore = Restore(before);
    f()
}

/// The language of the document being rendered (English outside a render).
pub fn lang() -> DocLang {
    CURRENT.with(|c| c.borrow().as_ref().map_or(DocLang::En, |w| w.lang))
}

/// How a fixed text sits in the document, which decides how two languages are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A heading, column, caption or cell: "हिन्दी / English" on one line.
    Label,
    /// A paragraph: the Hindi paragraph, then the English one.
    Prose,
}

/// One argument of a fixed text: a number (plurals choose on it) or Markdown ready to print.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl Arg {
    fn english(&self) -> String {
        match self {
            Arg::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Arg::Number(n) => n.to_string(),
            Arg::Text(t) => t.clone(),
        }
    }
}

/// `english` (with `{name}` places) in the document's language, as `kind`.
pub fn translate(english: &str, args: &[(String, Arg)], kind: Kind) -> String {
    let en = fill(english, args);
    CURRENT.with(|c| {
        let current = c.borrow();
        let Some(words) = current.as_ref().filter(|w| w.lang != DocLang::En) else {
            return en.clone();
        };
        let mut fa = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Number(n) => fa.set(name.as_str(), FluentValue::from(*n)),
                Arg::Text(t) => fa.set(name.as_str(), FluentValue::from(t.as_str())),
            }
        }
        let Some(hi) = words.messages.own_label_with(english, &fa) else {
            return en.clone();
        };
        match words.lang {
            DocLang::Hi => hi,
            _ if hi == en => hi,
            _ => match kind {
                Kind::Label => format!("{hi} / {en}"),
                Kind::Prose => format!("{hi}\n\n{en}"),
            },
        }
    })
}

/// A fixed label with no arguments in the document's language (for text Rust writes).
pub fn label(english: &str) -> String {
    translate(english, &[], Kind::Label)
}

/// The study as a document in `lang` prints it: in Hindi, its Hindi texts where it has them
/// (the cluster's name, the vision, the themes' titles and objectives, the bottlenecks'
/// titles; `*_hi` in the file) in place of the English; in both languages, the Hindi and
/// the English of each (the cluster keeps its English name, the one it is registered
/// under, so that sentences in either language read whole). The rest is as written.
pub fn study_in(study: &Study, lang: DocLang) -> Cow<'_, Study> {
    let has_hindi = !study.cluster.name_hi.trim().is_empty()
        || !study.vision_hi.trim().is_empty()
        || study
            .themes
            .iter()
            .any(|t| !t.title_hi.trim().is_empty() || !t.objective_hi.trim().is_empty())
        || study
            .bottlenecks
            .iter()
            .any(|b| !b.title_hi.trim().is_empty());
    if lang == DocLang::En || !has_hindi {
        return Cow::Borrowed(study);
    }
    let mut s = study.clone();
    let both = |en: &mut String, hi: &str, kind: Kind| {
        let hi = hi.trim();
        if hi.is_empty() {
            return;
        }
        *en = match lang {
            DocLang::EnHi if !en.trim().is_empty() && en.trim() != hi => match kind {
                Kind::Label => format!("{hi} / {}", en.trim()),
                Kind::Prose => format!("{hi}\n\n{}", en.trim()),
            },
            _ => hi.to_string(),
        };
    };
    if lang == DocLang::Hi {
        both(&mut s.cluster.name, &study.cluster.name_hi, Kind::Label);
    }
    both(&mut s.vision, &study.vision_hi, Kind::Prose);
    for t in &mut s.themes {
        let (title, objective) = (t.title_hi.clone(), t.objective_hi.clone());
        both(&mut t.title, &title, Kind::Label);
        both(&mut t.objective, &objective, Kind::Prose);
    }
    for b in &mut s.bottlenecks {
        let title = b.title_hi.clone();
        both(&mut b.title, &title, Kind::Label);
    }
    Cow::Owned(s)
}

/// The fixed words the HTML and Word writers add around the template's text (the titles
/// of the contents and of the lists, the word before a page's number), in the document's
/// language. The writers run after the render, outside [`within`], so the document takes
/// them while it renders ([`WriterWords::current`]); the default is the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriterWords {
    pub contents: String,
    pub tables: String,
    pub figures: String,
    /// "Page", before the page's number in the footer.
    pub page: String,
}

impl WriterWords {
    const ENGLISH: [&'static str; 4] = ["Contents", "List of tables", "List of figures", "Page"];

    /// The words in the language of the document being rendered.
    pub fn current() -> WriterWords {
        let [contents, tables, figures, page] = WriterWords::ENGLISH.map(label);
        WriterWords {
            contents,
            tables,
            figures,
            page,
        }
    }
}

impl Default for WriterWords {
    fn default() -> WriterWords {
        let [contents, tables, figures, page] = WriterWords::ENGLISH.map(str::to_string);
        WriterWords {
            contents,
            tables,
            figures,
            page,
        }
    }
}

/// The English pattern with its `{name}` places filled; a place with no argument is kept
/// as written (a template's mistake shows in the document rather than vanishing).
pub(crate) fn fill(pattern: &str, args: &[(String, Arg)]) -> String {
    if args.is_empty() || !pattern.contains('{') {
        return pattern.to_string();
    }
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = after[..close].trim();
                match args.iter().find(|(n, _)| n == name) {
                    Some((_, arg)) => out.push_str(&arg.english()),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::Assets;
    use crate::i18n::Lang;

    fn words(lang: DocLang, hi: &str) -> Words {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("_i18n")).unwrap();
        std::fs::write(dir.path().join("_i18n/en.ftl"), "a = one\n").unwrap();
        std::fs::write(dir.path().join("_i18n/hi.ftl"), "a = एक\n").unwrap();
        std::fs::write(dir.path().join("_i18n/hi.docs.ftl"), hi).unwrap();
        let messages = Messages::load(&Assets::with_override(dir.path()), Lang::Hi).unwrap();
        Words { lang, messages }
    }

    #[test]
    fn a_label_in_each_language_and_english_outside_a_render() {
        let hi = "t-introduction = परिचय\nt-the-study-found-n-bottlenecks = अध्ययन में { $n } बाधाएँ मिलीं।\n";
        let args = [("n".to_string(), Arg::Number(4.0))];
        let en = "The study found {n} bottlenecks.";
        assert_eq!(
            translate(en, &args, Kind::Prose),
            "The study found 4 bottlenecks."
        );
        for (lang, label, prose) in [
            (
                DocLang::En,
                "Introduction",
                "The study found 4 bottlenecks.",
            ),
            (DocLang::Hi, "परिचय", "अध्ययन में 4 बाधाएँ मिलीं।"),
            (
                DocLang::EnHi,
                "परिचय / Introduction",
                "अध्ययन में 4 बाधाएँ मिलीं।\n\nThe study found 4 bottlenecks.",
            ),
        ] {
            let w = words(lang, hi);
            within(&w, || {
                assert_eq!(super::label("Introduction"), label);
                assert_eq!(translate(en, &args, Kind::Prose), prose);
            });
            assert!(w.messages.misses().is_empty());
        }
        assert_eq!(
            lang(),
            DocLang::En,
            "the language is restored after a render"
        );
    }

    #[test]
    fn a_word_hindi_lacks_prints_in_english_and_is_recorded() {
        let w = words(DocLang::Hi, "");
        within(&w, || assert_eq!(label("Stakeholders"), "Stakeholders"));
        assert_eq!(w.messages.misses(), vec!["Stakeholders".to_string()]);
    }

    #[test]
    fn a_study_s_hindi_texts_take_the_place_of_the_english_in_hindi_and_join_it_in_both() {
        let mut s = Study::default();
        s.cluster.name = "Ujjain Plastic".into();
        s.cluster.name_hi = "उज्जैन प्लास्टिक".into();
        s.vision = "A green cluster.".into();
        s.vision_hi = "एक हरित क्लस्टर।".into();
        s.bottlenecks.push(crate::model::Bottleneck {
            title: "No testing lab".into(),
            title_hi: "परीक्षण प्रयोगशाला नहीं".into(),
            ..Default::default()
        });
        s.bottlenecks.push(crate::model::Bottleneck {
            title: "Old machines".into(),
            ..Default::default()
        });
        assert_eq!(study_in(&s, DocLang::En).as_ref(), &s);
        let hi = study_in(&s, DocLang::Hi);
        assert_eq!(hi.cluster.name, "उज्जैन प्लास्टिक");
        assert_eq!(hi.vision, "एक हरित क्लस्टर।");
        assert_eq!(hi.bottlenecks[0].title, "परीक्षण प्रयोगशाला नहीं");
        assert_eq!(
            hi.bottlenecks[1].title, "Old machines",
            "no Hindi: as written"
        );
        let both = study_in(&s, DocLang::EnHi);
        assert_eq!(both.cluster.name, "Ujjain Plastic");
        assert_eq!(both.vision, "एक हरित क्लस्टर।\n\nA green cluster.");
        assert_eq!(
            both.bottlenecks[0].title,
            "परीक्षण प्रयोगशाला नहीं / No testing lab"
        );
    }

    #[test]
    fn places_without_an_argument_stay_as_written() {
        let args = [("a".to_string(), Arg::Text("x".into()))];
        assert_eq!(fill("{a} and {b} and {", &args), "x and {b} and {");
    }
}
