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

/// Between the Hindi and the English of a bilingual label on its way through a template
/// (`t` of a label that is then an argument of a sentence): the Hindi sentence takes the
/// Hindi, the English sentence the English, and what reaches the document whole is joined
/// as "हिन्दी / English" ([`join_pairs`]). A control character no text of a study holds
/// (the loader refuses them; `markdown::xml_safe` would drop one).
pub const PAIR: char = '\u{1f}';

/// A bilingual label still held as a pair, printed: "हिन्दी / English".
pub fn join_pairs(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(PAIR) {
        std::borrow::Cow::Owned(text.replace(PAIR, " / "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// `english` (with `{name}` places) in the document's language, as `kind`, joined.
pub fn translate(english: &str, args: &[(String, Arg)], kind: Kind) -> String {
    join_pairs(&translate_in(english, None, args, kind)).into_owned()
}

/// [`translate`] for a template: a bilingual label stays a pair ([`PAIR`]) until the
/// document is made; `context` tells apart two meanings of one English word ("Met" a
/// condition, "Met" the people met), keyed as "context: English".
pub fn translate_in(
    english: &str,
    context: Option<&str>,
    args: &[(String, Arg)],
    kind: Kind,
) -> String {
    let side = |pick: for<'a> fn((&'a str, &'a str)) -> &'a str| -> Vec<(String, Arg)> {
        args.iter()
            .map(|(n, a)| match a {
                Arg::Text(t) if t.contains(PAIR) => (n.clone(), Arg::Text(pair_side(t, pick))),
                other => (n.clone(), other.clone()),
            })
            .collect()
    };
    let (en_args, hi_args) = (side(|p| p.1), side(|p| p.0));
    let en = fill(english, &en_args);
    // A text of signs alone ("—", "____") is the same in every language.
    if !english.chars().any(char::is_alphabetic) {
        return en;
    }
    CURRENT.with(|c| {
        let current = c.borrow();
        let Some(words) = current.as_ref().filter(|w| w.lang != DocLang::En) else {
            return en.clone();
        };
        let key = match context {
            Some(c) => format!("{c}: {english}"),
            None => english.to_string(),
        };
        let args = &hi_args;
        let mut fa = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Number(n) => fa.set(name.as_str(), FluentValue::from(n)),
                Arg::Text(t) => fa.set(name.as_str(), FluentValue::from(t.as_str())),
            }
        }
        let Some(hi) = words.messages.own_label_with(&key, &fa) else {
            return en.clone();
        };
        match words.lang {
            DocLang::Hi => hi,
            _ if hi == en => hi,
            _ => match kind {
                Kind::Label => format!("{hi}{PAIR}{en}"),
                Kind::Prose => format!("{hi}\n\n{en}"),
            },
        }
    })
}

/// One side of every pair in `text`: the Hindi (`pick` of (hi, en) = hi) or the English.
fn pair_side(text: &str, pick: for<'a> fn((&'a str, &'a str)) -> &'a str) -> String {
    // A pair is "hi<PAIR>en" with neither side holding a pair; a text may hold several
    // pairs among other words only when joined already, so one split is enough.
    match text.split_once(PAIR) {
        Some((hi, en)) => pick((hi, en)).to_string(),
        None => text.to_string(),
    }
}

/// A fixed label with no arguments in the document's language (for text Rust writes).
pub fn label(english: &str) -> String {
    translate(english, &[], Kind::Label)
}

/// A fixed label with `{places}` filled from `args`, for text Rust writes (a figure's
/// key, a workbook's row, a cell of the context).
pub fn label_with(pattern: &str, args: &[(&str, Arg)]) -> String {
    join_pairs(&phrase_with(pattern, args)).into_owned()
}

/// [`label_with`] for a phrase that goes inside another text (a period of months, a list
/// of rates): in a bilingual document kept as a pair ([`PAIR`]), so that the Hindi sentence
/// it goes into takes the Hindi and the English the English.
pub fn phrase_with(pattern: &str, args: &[(&str, Arg)]) -> String {
    let args: Vec<(String, Arg)> = args
        .iter()
        .map(|(name, arg)| (name.to_string(), arg.clone()))
        .collect();
    translate_in(pattern, None, &args, Kind::Label)
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
        std::fs::write(dir.path().join("_i18n/hi.doc-zz-test.ftl"), hi).unwrap();
        let messages =
            Messages::load_documents(&Assets::with_override(dir.path()), Lang::Hi).unwrap();
        Words { lang, messages }
    }

    // The words are made up ("zq"): a test catalogue sits over the built-in one.
    #[test]
    fn a_label_in_each_language_and_english_outside_a_render() {
        let hi = "t-zq-introduction = परिचय\nt-the-zq-study-found-n-bottlenecks = अध्ययन में { $n } बाधाएँ मिलीं।\n";
        let args = [("n".to_string(), Arg::Number(4.0))];
        let en = "The zq study found {n} bottlenecks.";
        let found = "The zq study found 4 bottlenecks.";
        assert_eq!(translate(en, &args, Kind::Prose), found);
        for (lang, label, prose) in [
            (DocLang::En, "Zq introduction", found.to_string()),
            (DocLang::Hi, "परिचय", "अध्ययन में 4 बाधाएँ मिलीं।".to_string()),
            (
                DocLang::EnHi,
                "परिचय / Zq introduction",
                format!("अध्ययन में 4 बाधाएँ मिलीं।\n\n{found}"),
            ),
        ] {
            let w = words(lang, hi);
            within(&w, || {
                assert_eq!(super::label("Zq introduction"), label);
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
    fn a_bilingual_label_inside_a_sentence_gives_each_sentence_its_own_language() {
        let hi = "t-zq-allotted = आवंटित\nt-zq-land-is-what = भूमि { $what } है।\nt-zq-met = पूरा\nt-a-condition-zq-met = शर्त पूरी\n";
        let w = words(DocLang::EnHi, hi);
        within(&w, || {
            let allotted = translate_in("Zq allotted", None, &[], Kind::Label);
            assert_eq!(allotted, format!("आवंटित{PAIR}Zq allotted"));
            let args = [("what".to_string(), Arg::Text(allotted))];
            assert_eq!(
                translate("Zq land is {what}.", &args, Kind::Prose),
                "भूमि आवंटित है।\n\nZq land is Zq allotted."
            );
            assert_eq!(
                join_pairs(&format!("आवंटित{PAIR}Zq allotted")),
                "आवंटित / Zq allotted"
            );
            assert_eq!(
                translate_in("Zq met", Some("a condition"), &[], Kind::Label),
                format!("शर्त पूरी{PAIR}Zq met")
            );
            assert_eq!(label("Zq met"), "पूरा / Zq met");
            assert_eq!(
                label("—"),
                "—",
                "signs alone are the same in every language"
            );
        });
        assert!(w.messages.misses().is_empty(), "{:?}", w.messages.misses());
    }

    #[test]
    fn a_word_hindi_lacks_prints_in_english_and_is_recorded() {
        let w = words(DocLang::Hi, "");
        within(&w, || {
            assert_eq!(label("Zq stakeholders"), "Zq stakeholders")
        });
        assert_eq!(w.messages.misses(), vec!["Zq stakeholders".to_string()]);
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
