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

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::i18n::{DocLang, Messages};

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

/// The English pattern with its `{name}` places filled; a place with no argument is kept
/// as written (a template's mistake shows in the document rather than vanishing).
fn fill(pattern: &str, args: &[(String, Arg)]) -> String {
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
    fn places_without_an_argument_stay_as_written() {
        let args = [("a".to_string(), Arg::Text("x".into()))];
        assert_eq!(fill("{a} and {b} and {", &args), "x and {b} and {");
    }
}
