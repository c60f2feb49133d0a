//! A sentence the engine says, as data: an English pattern with `{name}` places and the
//! values that fill them. English reads [`Phrase::english_with`]; a document in another
//! language words the same sentence from its catalogue, the pattern being the key
//! (`render::words`), so that the engine words each outcome once and every language
//! follows it.

use serde::Serialize;

use crate::model::Rupees;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phrase {
    pub pattern: &'static str,
    pub args: Vec<(&'static str, PhraseArg)>,
}

/// A value in a [`Phrase`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum PhraseArg {
    /// A count or a year: plurals choose on it.
    Count(i64),
    /// A figure already printed as the document prints it (`41.67`, `60%`).
    Figure(String),
    /// An amount, printed by whoever words the phrase (in lakh, as a table prints it).
    Rupees(Rupees),
    /// A word of the rules (a payer, a category, a cost head) that a catalogue may have.
    Word(String),
    /// Words of the rules listed: "a, b, and c" in English.
    Words(Vec<String>),
    /// Text of the engine's own that stays as it is (a figure's short name and its rule).
    Text(String),
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

    /// The sentence in English, its amounts printed by `rs`.
    pub fn english_with(&self, rs: &dyn Fn(Rupees) -> String) -> String {
        let mut out = self.pattern.to_string();
        for (name, arg) in &self.args {
            let value = match arg {
                PhraseArg::Count(n) => n.to_string(),
                PhraseArg::Figure(f) | PhraseArg::Text(f) | PhraseArg::Word(f) => f.clone(),
                PhraseArg::Rupees(r) => rs(*r),
                PhraseArg::Words(list) => and_list(list),
            };
            out = out.replace(&format!("{{{name}}}"), &value);
        }
        out
    }
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
}
