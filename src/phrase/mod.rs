//! A sentence the engine says, as data: an English pattern with `{name}` places and the
//! values that fill them. English reads [`Phrase::english_with`]; a document in another
//! language words the same sentence from its catalogue, the pattern being the key
//! (`render::words`), so that the engine words each outcome once and every language
//! follows it.

mod lists;

pub use lists::{chained, listed, Joined};
use serde::Serialize;

use crate::model::Rupees;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phrase {
    pub pattern: &'static str,
    pub args: Vec<(&'static str, PhraseArg)>,
}

/// A value in a [`Phrase`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PhraseArg {
    /// A count or a year: plurals choose on it.
    Count(i64),
    /// A figure already printed as the document prints it (`41.67`, `60%`).
    Figure(String),
    /// An amount, printed by whoever words the phrase (in lakh, as a table prints it).
    Rupees(Rupees),
    /// An amount to the rupee ("Rs. 22,30,000"), where a rule compares two amounts that
    /// read alike in lakh: each language prints it to the rupee its own way.
    Exact(Rupees),
    /// A word of the rules (a payer, a category, a cost head) that a catalogue may have.
    Word(String),
    /// Words of the rules listed: "a, b, and c" in English.
    Words(Vec<String>),
    /// Text of the engine's own that stays as it is (a figure's short name and its rule).
    Text(String),
    /// A phrase inside the phrase (a clause, a list joined by "or"), worded in the same
    /// language as the sentence it goes into.
    Phrase(Box<Phrase>),
}

impl Phrase {
    pub fn new(pattern: &'static str) -> Phrase {
        Phrase {
            pattern,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, arg: PhraseArg) -> Phrase {
        self.args.push((name, arg));
        self
    }

    /// The sentence in English, its amounts as "Rs. 15,000" / "Rs. 4.50 lakh" (a finding's,
    /// a flag's: what the screen and the command line say).
    pub fn english(&self) -> String {
        self.english_with(&|r: Rupees| r.human())
    }

    /// The sentence in English, its amounts printed by `rs`.
    pub fn english_with(&self, rs: &dyn Fn(Rupees) -> String) -> String {
        let mut out = self.pattern.to_string();
        for (name, arg) in &self.args {
            let value = match arg {
                PhraseArg::Count(n) => n.to_string(),
                PhraseArg::Figure(f) | PhraseArg::Text(f) | PhraseArg::Word(f) => f.clone(),
                PhraseArg::Rupees(r) => rs(*r),
                PhraseArg::Exact(r) => r.inr(),
                PhraseArg::Words(list) => and_list(list),
                PhraseArg::Phrase(p) => p.english_with(rs),
            };
            out = out.replace(&format!("{{{name}}}"), &value);
        }
        out
    }
}

/// A value of a phrase by its type: text as it is, a count (plurals choose on it), an
/// amount. A word of the rules that a catalogue may have is [`word`].
impl From<&str> for PhraseArg {
    fn from(text: &str) -> PhraseArg {
        PhraseArg::Text(text.to_string())
    }
}

impl From<String> for PhraseArg {
    fn from(text: String) -> PhraseArg {
        PhraseArg::Text(text)
    }
}

impl From<&String> for PhraseArg {
    fn from(text: &String) -> PhraseArg {
        PhraseArg::Text(text.clone())
    }
}

impl From<&crate::model::Id> for PhraseArg {
    fn from(id: &crate::model::Id) -> PhraseArg {
        PhraseArg::Text(id.to_string())
    }
}

impl From<Phrase> for PhraseArg {
    fn from(phrase: Phrase) -> PhraseArg {
        PhraseArg::Phrase(Box::new(phrase))
    }
}

impl From<Rupees> for PhraseArg {
    fn from(amount: Rupees) -> PhraseArg {
        PhraseArg::Rupees(amount)
    }
}

macro_rules! counts {
    ($($t:ty),*) => {$(
        impl From<$t> for PhraseArg {
            fn from(n: $t) -> PhraseArg {
                PhraseArg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
counts!(i64, i32, u32, u16, u8, u64, usize);

/// A fixed English word in a phrase ("turnover", "the SPV's share") that a language words
/// from its catalogue, as a label.
pub fn word(english: impl Into<String>) -> PhraseArg {
    PhraseArg::Word(english.into())
}

/// A [`Phrase`] written like `format!` with named places: the pattern is a literal (the
/// catalogue's key, and what `tests` scan for), each place named once after it, its value
/// the variable of that name or `name = value`; a value is anything a [`PhraseArg`] comes
/// from. `phrase!("year {year} is entered twice", year = y.year)`.
#[macro_export]
macro_rules! phrase {
    ($pattern:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::phrase::Phrase::new($pattern)
            $(.with(stringify!($name), $crate::phrase::PhraseArg::from($crate::phrase_value!($name $(= $value)?))))*
    };
}

/// The value of one place of [`phrase!`]: the variable it names, or the value given.
#[doc(hidden)]
#[macro_export]
macro_rules! phrase_value {
    ($name:ident) => {
        $name
    };
    ($name:ident = $value:expr) => {
        $value
    };
}

/// What the engine says about a study (a finding of `check`, a flag of the rules): its
/// English as printed, and the [`Phrase`] it was made from where it has values in it, so
/// that another language words the same sentence; a fixed sentence is its own key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub english: String,
    pub phrase: Option<Phrase>,
}

impl From<&str> for Said {
    fn from(english: &str) -> Said {
        Said {
            english: english.to_string(),
            phrase: None,
        }
    }
}

impl From<String> for Said {
    fn from(english: String) -> Said {
        Said {
            english,
            phrase: None,
        }
    }
}

/// A said thing in JSON is its English, as every machine output is.
impl Serialize for Said {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english)
    }
}

/// A said thing printed is its English (a file's load error, an argument's).
impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl From<Phrase> for Said {
    fn from(phrase: Phrase) -> Said {
        Said {
            english: phrase.english(),
            phrase: Some(phrase),
        }
    }
}

/// What was said as a value of a phrase: its phrase, worded in the sentence's language,
/// or a fixed sentence as a word the catalogue may have.
impl From<&Said> for PhraseArg {
    fn from(said: &Said) -> PhraseArg {
        match &said.phrase {
            Some(p) => PhraseArg::Phrase(Box::new(p.clone())),
            None => PhraseArg::Word(said.english.clone()),
        }
    }
}

/// The last refusal of a value a `Deserialize` impl of the model raised on this thread.
///
/// serde carries a refusal as text (`de::Error::custom`), so the phrase it was worded from
/// would be lost on its way to the load error. A deserializer that refuses a value with
/// [`refused`] keeps its [`Said`] here as well; the store clears it before each parse
/// ([`clear_refusal`]) and takes it back ([`take_refusal`]) only when the library's
/// message is that refusal's English, so a refusal can never be attached to another error.
mod refusal {
    use super::Said;
    use std::cell::RefCell;

    thread_local! {
        static LAST: RefCell<Option<Said>> = const { RefCell::new(None) };
    }

    pub(super) fn set(said: Said) {
        LAST.with(|l| *l.borrow_mut() = Some(said));
    }

    pub(super) fn take() -> Option<Said> {
        LAST.with(|l| l.borrow_mut().take())
    }
}

/// A deserializer's refusal of a value: serde's error with the English of `said`, the said
/// thing itself kept for the load error (see [`take_refusal`]).
pub fn refused<E: serde::de::Error>(said: impl Into<Said>) -> E {
    let said = said.into();
    let error = E::custom(&said.english);
    refusal::set(said);
    error
}

/// Forgets any refusal of an earlier parse on this thread.
pub fn clear_refusal() {
    refusal::take();
}

/// The refusal last raised on this thread, when `message` (the library's wording of the
/// error) is its English exactly; `None` otherwise. Either way it is forgotten.
pub fn take_refusal(message: &str) -> Option<Said> {
    refusal::take().filter(|said| said.english == message)
}

/// Items (clauses, texts) as one value of a phrase, "a; b; c".
pub fn semicolons(items: Vec<PhraseArg>) -> PhraseArg {
    listed(items, Joined::Semicolon)
}

/// "a and b", "a, b, and c": every list the findings and rules print.
pub fn and_list(items: &[String]) -> String {
    serial_list(items, "and")
}

/// "a or b", "a, b, or c" (`word` "or"), "a and b", "a, b, and c" (`word` "and"): two items
/// are joined by the word alone, three or more take a comma before it as well.
pub fn serial_list(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} {word} {b}"),
        [rest @ .., last] => format!("{}, {word} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_fills_its_places_in_english() {
        let p = Phrase::new(
            "no GoI grant on {list}: the grant fits within the other heads' {room} ({n})",
        )
        .with(
            "list",
            PhraseArg::Words(vec!["land".into(), "site".into(), "building".into()]),
        )
        .with("room", PhraseArg::Rupees(Rupees(68_550_000)))
        .with("n", PhraseArg::Count(3));
        let rs = |r: Rupees| format!("Rs. {} lakh", r.lakh_figure());
        assert_eq!(
            p.english_with(&rs),
            "no GoI grant on land, site, and building: the grant fits within the other heads' Rs. 685.50 lakh (3)"
        );
    }

    #[test]
    fn the_macro_names_its_places_once() {
        let year = 2024;
        let what = "exports";
        let p = phrase!(
            "{what} of {year} ({amount}) are more than the turnover",
            what = word(what),
            year,
            amount = Rupees(450_000),
        );
        assert_eq!(
            p.pattern,
            "{what} of {year} ({amount}) are more than the turnover"
        );
        assert_eq!(
            p.args,
            vec![
                ("what", PhraseArg::Word("exports".into())),
                ("year", PhraseArg::Count(2024)),
                ("amount", PhraseArg::Rupees(Rupees(450_000))),
            ]
        );
        let said = Said::from(p);
        assert_eq!(
            said.english,
            "exports of 2024 (Rs. 4.50 lakh) are more than the turnover"
        );
    }
}
