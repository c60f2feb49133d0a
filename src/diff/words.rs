//! Word-level diffs of long text (an evidence paragraph, a root cause), so a reviewer sees
//! the three words that changed rather than two paragraphs; and the longest common
//! subsequence that tells which items of a reordered list actually moved.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// One run of a word diff: words kept, taken out or put in (whitespace included, so the
/// runs concatenate back to the old or the new text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum WordOp {
    Equal(String),
    Delete(String),
    Insert(String),
}

/// The word-level diff of two texts, with neighbouring runs of one kind joined.
pub fn word_diff(old: &str, new: &str) -> Vec<WordOp> {
    let (old_tokens, new_tokens) = (tokens(old), tokens(new));
    let diff = TextDiff::configure().diff_slices(&old_tokens, &new_tokens);
    let mut ops: Vec<WordOp> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (change.tag(), ops.last_mut()) {
            (ChangeTag::Equal, Some(WordOp::Equal(s)))
            | (ChangeTag::Delete, Some(WordOp::Delete(s)))
            | (ChangeTag::Insert, Some(WordOp::Insert(s))) => s.push_str(text),
            (ChangeTag::Equal, _) => ops.push(WordOp::Equal(text.to_string())),
            (ChangeTag::Delete, _) => ops.push(WordOp::Delete(text.to_string())),
            (ChangeTag::Insert, _) => ops.push(WordOp::Insert(text.to_string())),
        }
    }
    ops
}

/// Words, punctuation marks and runs of whitespace, so that "Ahmedabad" and "Ahmedabad,"
/// share the word and differ by the comma. Marks that combine with a letter (Devanagari
/// vowel signs, the virama) stay in their word.
fn tokens(text: &str) -> Vec<&str> {
    #[derive(PartialEq, Clone, Copy)]
    enum Kind {
        Word,
        Space,
        Mark,
    }
    let kind = |c: char| {
        if c.is_whitespace() {
            Kind::Space
        } else if c.is_ascii_punctuation()
            || matches!(c, '।' | '॥' | '—' | '–' | '…' | '“' | '”' | '‘' | '’')
        {
            Kind::Mark
        } else {
            Kind::Word
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut previous: Option<Kind> = None;
    for (i, c) in text.char_indices() {
        let k = kind(c);
        // Each punctuation mark is a token of its own; words and spaces run on.
        if previous.is_some_and(|p| p != k || k == Kind::Mark) {
            out.push(&text[start..i]);
            start = i;
        }
        previous = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The elements of the longest common subsequence of `a` and `b` (lists of distinct ids).
pub(crate) fn common_subsequence<T: PartialEq + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i] == b[j] {
            out.push(a[i].clone());
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_is_not_part_of_the_word() {
        let ops = word_diff("to Ahmedabad or Bhopal", "to Ahmedabad, Indore or Bhopal");
        assert_eq!(
            ops,
            vec![
                WordOp::Equal("to Ahmedabad".into()),
                WordOp::Insert(", Indore".into()),
                WordOp::Equal(" or Bhopal".into()),
            ]
        );
    }

    #[test]
    fn devanagari_words_keep_their_vowel_signs() {
        assert_eq!(
            tokens("जाना पड़ता है।"),
            vec!["जाना", " ", "पड़ता", " ", "है", "।"]
        );
    }

    #[test]
    fn one_changed_word_is_one_deletion_and_one_insertion() {
        let ops = word_diff(
            "Units send samples to Indore for testing",
            "Units send samples to Ahmedabad for testing",
        );
        assert_eq!(
            ops,
            vec![
                WordOp::Equal("Units send samples to ".into()),
                WordOp::Delete("Indore".into()),
                WordOp::Insert("Ahmedabad".into()),
                WordOp::Equal(" for testing".into()),
            ]
        );
    }

    #[test]
    fn subsequence_keeps_the_items_that_did_not_move() {
        let a = ["b-1", "b-2", "b-3", "b-4"];
        let b = ["b-1", "b-3", "b-4", "b-2"];
        assert_eq!(common_subsequence(&a, &b), vec!["b-1", "b-3", "b-4"]);
    }
}
