//! Items listed as one value of a phrase ("a, b, and c", "a; b; c", "a, then b"): each
//! join is a phrase of its own, so that every language joins a list its own way.

use super::PhraseArg;
use crate::phrase;

/// How [`listed`] joins its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    /// "a and b", "a, b, and c".
    And,
    /// "a or b", "a, b, or c".
    Or,
    /// "a, then b, then c".
    Then,
    /// "a; b; c".
    Semicolon,
    /// "a, b, c".
    Comma,
    /// "a; or b; or c".
    SemicolonOr,
    /// "a; and b; and c".
    SemicolonAnd,
    /// "a and b", "a, b and c": the finder's reasons, without the serial comma.
    AndWithoutSerialComma,
}

/// Items (words, clauses, texts) listed as one value of a phrase, each language joining
/// them its own way: English as [`super::serial_list`] and `join` do.
pub fn listed(items: Vec<PhraseArg>, join: Joined) -> PhraseArg {
    let mut items = items.into_iter();
    let Some(first) = items.next() else {
        return PhraseArg::Text(String::new());
    };
    let rest: Vec<PhraseArg> = items.collect();
    let Some((last, middle)) = rest.split_last() else {
        return first;
    };
    let chain = |start: PhraseArg, next: &[PhraseArg]| {
        next.iter().cloned().fold(start, |list, next| {
            PhraseArg::from(match join {
                Joined::Then => phrase!("{list}, then {next}", list, next),
                // Its own place names: "{list}; {next}" would take the id of "{list}, {next}".
                Joined::Semicolon => phrase!("{earlier}; {later}", earlier = list, later = next),
                _ => phrase!("{list}, {next}", list, next),
            })
        })
    };
    let last = last.clone();
    match join {
        Joined::Then | Joined::Semicolon => chain(first, &rest),
        Joined::Comma | Joined::SemicolonOr | Joined::SemicolonAnd => {
            chained(std::iter::once(first).chain(rest).collect(), join)
        }
        Joined::And | Joined::AndWithoutSerialComma if middle.is_empty() => {
            PhraseArg::from(phrase!("{a} and {b}", a = first, b = last))
        }
        Joined::Or if middle.is_empty() => {
            PhraseArg::from(phrase!("{a} or {b}", a = first, b = last))
        }
        Joined::AndWithoutSerialComma => PhraseArg::from(phrase!(
            "{list} and {last}",
            list = chain(first, middle),
            last
        )),
        Joined::And => PhraseArg::from(phrase!(
            "{list}, and {last}",
            list = chain(first, middle),
            last
        )),
        Joined::Or => PhraseArg::from(phrase!(
            "{list}, or {last}",
            list = chain(first, middle),
            last
        )),
    }
}

/// Items joined by `join` alone, each language its own way: "a, b, c"
/// ([`Joined::Comma`]), "a; or b" ([`Joined::SemicolonOr`]), "a; and b"
/// ([`Joined::SemicolonAnd`]).
pub fn chained(items: Vec<PhraseArg>, join: Joined) -> PhraseArg {
    let mut items = items.into_iter();
    let Some(first) = items.next() else {
        return PhraseArg::Text(String::new());
    };
    items.fold(first, |earlier, later| {
        PhraseArg::from(match join {
            Joined::SemicolonOr => phrase!("{earlier}; or {later}", earlier, later),
            Joined::SemicolonAnd => phrase!("{earlier}; and {later}", earlier, later),
            _ => phrase!("{list}, {next}", list = earlier, next = later),
        })
    })
}
