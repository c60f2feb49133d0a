//! A fast reader for the YAML that cdstudy itself writes, in front of serde-saphyr.
//!
//! A save writes one block-style document: block mappings and sequences, plain, single- and
//! double-quoted scalars on one line, literal block scalars (`|`, `|-`, `|+`), `[]` and `{}`
//! for empty collections, and comments may be added by hand. This module reads exactly that
//! subset into a small tree of borrowed text and hands it to the same `Deserialize` impls
//! as serde-saphyr, and gives up (`None`) the moment the text leaves the subset or the
//! study's types do not accept what it read: anchors, aliases, tags, flow collections with
//! content, multi-line plain or quoted scalars, folded scalars, tabs, several documents,
//! duplicate keys, a value that could be read as null or a boolean where text is wanted,
//! numbers in any but the plainest decimal forms, and every error. The caller then reads
//! the text with serde-saphyr as before, so every error message and position stays the
//! library's, and a study that loads here equals the one serde-saphyr gives (the tests
//! compare the two on every bundled study and on random content).
//!
//! It is about twenty times faster than the general parser: one pass over the lines, no
//! events, text borrowed from the file wherever no escape or line join changes it.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::load::{MAX_DEPTH, MAX_TEXT_BYTES};

/// Above this many nodes the general parser decides (its budget counts events and nodes).
const MAX_NODES: usize = 400_000;

/// Reads `text` as a `T` if it is in the subset, else `None`.
pub(crate) fn from_str<T: de::DeserializeOwned>(text: &str) -> Option<T> {
    let node = parse(text)?;
    T::deserialize(NodeDe(&node)).ok()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Quoted,
}

#[derive(Debug)]
enum Node<'a> {
    /// A key with nothing after it (`key:`), or an empty list item.
    Empty,
    Scalar(Cow<'a, str>, Style),
    Seq(Vec<Node<'a>>),
    Map(Vec<(Node<'a>, Node<'a>)>),
}

#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    indent: usize,
    /// Blank or only a comment.
    blank: bool,
}

struct Parser<'a> {
    text: &'a str,
    lines: Vec<Line>,
    nodes: usize,
}

/// Why the fast reader gave up; never shown (the general parser then speaks).
struct Fallback;

type R<T> = Result<T, Fallback>;

fn parse(text: &str) -> Option<Node<'_>> {
    if text.len() > MAX_TEXT_BYTES || has_unusual_characters(text.as_bytes()) {
        return None;
    }
    let mut lines = Vec::with_capacity(text.len() / 32);
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len() - usize::from(piece.ends_with('\n'));
        let body = &text[start..end];
        let indent = body.len() - body.trim_start_matches(' ').len();
        let rest = &body[indent..];
        lines.push(Line {
            start,
            end,
            indent,
            blank: rest.is_empty() || rest.starts_with('#'),
        });
        start += piece.len();
    }
    let mut p = Parser {
        text,
        lines,
        nodes: 0,
    };
    let first = p.next_content(0)?;
    let line = p.lines[first];
    let body = p.body(first);
    // Directives, document markers and a document that is not a mapping: the general way.
    if line.indent != 0 || body.starts_with("---") || body.starts_with('%') || body.starts_with('-')
    {
        return None;
    }
    let (node, next) = p.map(first, 0, 0, 0).ok()?;
    if p.next_content(next).is_some() {
        return None;
    }
    Some(node)
}

/// Tabs, carriage returns and the characters YAML forbids or may take for line breaks (C0
/// and C1 controls, DEL, U+2028/2029, U+FEFF, U+FFFE/FFFF): the general parser decides.
fn has_unusual_characters(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' => false,
        0..=0x1f | 0x7f => true,
        0xc2 => bytes
            .get(i + 1)
            .is_some_and(|&c| (0x80..=0x9f).contains(&c)),
        0xe2 => bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)),
        0xef => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0xbb), Some(0xbf)) | (Some(0xbf), Some(0xbe | 0xbf))
        ),
        _ => false,
    })
}

impl<'a> Parser<'a> {
    fn body(&self, i: usize) -> &'a str {
        let l = self.lines[i];
        &self.text[l.start + l.indent..l.end]
    }

    /// The first line at or after `i` with content.
    fn next_content(&self, mut i: usize) -> Option<usize> {
        while i < self.lines.len() {
            if !self.lines[i].blank {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    fn count(&mut self) -> R<()> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(Fallback);
        }
        Ok(())
    }

    /// A block mapping whose keys stand at column `col`; its first key is on line `i`
    /// starting at byte `from` of that line's text after the indentation (a mapping that
    /// begins after `- `). Returns the mapping and the first line after it.
    fn map(&mut self, i: usize, col: usize, from: usize, depth: usize) -> R<(Node<'a>, usize)> {
        if depth >= MAX_DEPTH - 2 {
            return Err(Fallback);
        }
        self.count()?;
        let mut entries: Vec<(Node<'a>, Node<'a>)> = Vec::new();
        let mut i = i;
        let mut from = from;
        loop {
            let body = &self.body(i)[from..];
            let (key, after) = key(body).ok_or(Fallback)?;
            self.count()?;
            let (value, next) = self.value(i, after, col, depth)?;
            entries.push((key, value));
            from = 0;
            match self.next_content(next) {
                Some(n) if self.lines[n].indent == col => {
                    if self.body(n).starts_with("- ") || self.body(n) == "-" {
                        return Err(Fallback);
                    }
                    i = n;
                }
                Some(n) if self.lines[n].indent > col => return Err(Fallback),
                _ => {
                    no_duplicates(&entries)?;
                    return Ok((Node::Map(entries), next));
                }
            }
        }
    }

    /// A block sequence whose dashes stand at column `col`, from line `i`.
    fn seq(&mut self, i: usize, col: usize, depth: usize) -> R<(Node<'a>, usize)> {
        if depth >= MAX_DEPTH - 2 {
            return Err(Fallback);
        }
        self.count()?;
        let mut items = Vec::new();
        let mut i = i;
        loop {
            let body = self.body(i);
            let rest = if body == "-" {
                ""
            } else {
                body.strip_prefix("- ").ok_or(Fallback)?
            };
            let spaces = rest.len() - rest.trim_start_matches(' ').len();
            let rest_t = &rest[spaces..];
            let item_col = col + 2 + spaces;
            let (item, next) = if rest_t.is_empty() || rest_t.starts_with('#') {
                self.nested(i + 1, col, false, depth)?
            } else if rest_t.starts_with("- ") || rest_t == "-" {
                return Err(Fallback);
            } else if key(rest_t).is_some() {
                self.map(i, item_col, body.len() - rest_t.len(), depth + 1)?
            } else {
                self.count()?;
                self.scalar(i, rest_t, col)?
            };
            items.push(item);
            match self.next_content(next) {
                Some(n) if self.lines[n].indent == col => {
                    let b = self.body(n);
                    if b.starts_with("- ") || b == "-" {
                        i = n;
                    } else {
                        // A key of the mapping this list is the value of.
                        return Ok((Node::Seq(items), next));
                    }
                }
                Some(n) if self.lines[n].indent > col => return Err(Fallback),
                _ => return Ok((Node::Seq(items), next)),
            }
        }
    }

    /// What follows a key or dash with nothing after it on its line: a block on the lines
    /// below, more indented than `col` (or a list at `col` itself, for a key), else empty.
    fn nested(
        &mut self,
        i: usize,
        col: usize,
        for_key: bool,
        depth: usize,
    ) -> R<(Node<'a>, usize)> {
        let Some(n) = self.next_content(i) else {
            self.count()?;
            return Ok((Node::Empty, i));
        };
        let line = self.lines[n];
        let body = self.body(n);
        let is_dash = body.starts_with("- ") || body == "-";
        if line.indent > col {
            if is_dash {
                self.seq(n, line.indent, depth + 1)
            } else {
                self.map(n, line.indent, 0, depth + 1)
            }
        } else if for_key && line.indent == col && is_dash {
            self.seq(n, col, depth + 1)
        } else {
            self.count()?;
            Ok((Node::Empty, i))
        }
    }

    /// The value of a key at column `col` on line `i`; `after` is the text after the colon.
    fn value(
        &mut self,
        i: usize,
        after: &'a str,
        col: usize,
        depth: usize,
    ) -> R<(Node<'a>, usize)> {
        let t = after.trim_start_matches(' ');
        if t.is_empty() || t.starts_with('#') {
            return self.nested(i + 1, col, true, depth);
        }
        if !after.starts_with(' ') {
            return Err(Fallback);
        }
        self.count()?;
        self.scalar(i, t, col)
    }

    /// A scalar (or `[]`/`{}`) starting at `t` on line `i`, in a block whose parent stands
    /// at column `parent`.
    fn scalar(&mut self, i: usize, t: &'a str, parent: usize) -> R<(Node<'a>, usize)> {
        let first = t.as_bytes()[0];
        let (node, rest) = match first {
            b'"' => {
                let (s, rest) = double_quoted(&t[1..]).ok_or(Fallback)?;
                (Node::Scalar(s, Style::Quoted), rest)
            }
            b'\'' => {
                let (s, rest) = single_quoted(&t[1..]).ok_or(Fallback)?;
                (Node::Scalar(s, Style::Quoted), rest)
            }
            b'|' => return self.literal(i, &t[1..], parent),
            b'[' if t.starts_with("[]") => (Node::Seq(Vec::new()), &t[2..]),
            b'{' if t.starts_with("{}") => (Node::Map(Vec::new()), &t[2..]),
            b'[' | b'{' | b']' | b'}' | b',' | b'>' | b'&' | b'*' | b'!' | b'%' | b'@' | b'`'
            | b'?' | b':' | b'#' => return Err(Fallback),
            b'-' if t.starts_with("- ") || t == "-" || t.starts_with("---") => {
                return Err(Fallback)
            }
            _ => {
                let end = t.find(" #").unwrap_or(t.len());
                let s = t[..end].trim_end_matches(' ');
                if s.contains(": ") || s.ends_with(':') {
                    return Err(Fallback);
                }
                (Node::Scalar(Cow::Borrowed(s), Style::Plain), "")
            }
        };
        // After a quoted scalar only a comment may follow, and it needs a space before its
        // `#` ("''#" is not YAML; the full parser refuses it, so the fast one must not read it).
        let after = rest.trim_start_matches(' ');
        let comment = after.starts_with('#') && after.len() < rest.len();
        if !(after.is_empty() || comment) {
            return Err(Fallback);
        }
        Ok((node, i + 1))
    }

    /// A literal block scalar; `header` is what follows the `|`.
    fn literal(&mut self, i: usize, header: &str, parent: usize) -> R<(Node<'a>, usize)> {
        let (chomp, rest) = match header.as_bytes().first() {
            Some(b'-') => (Chomp::Strip, &header[1..]),
            Some(b'+') => (Chomp::Keep, &header[1..]),
            _ => (Chomp::Clip, header),
        };
        let rest_t = rest.trim_start_matches(' ');
        if !(rest_t.is_empty() || (rest_t.starts_with('#') && rest.starts_with(' '))) {
            return Err(Fallback);
        }
        // The content's indentation is that of its first non-empty line.
        let mut j = i + 1;
        let mut leading_max = 0;
        let mut indent = None;
        while j < self.lines.len() {
            let l = self.lines[j];
            if l.end == l.start + l.indent {
                leading_max = leading_max.max(l.indent);
                j += 1;
                continue;
            }
            indent = Some(l.indent);
            break;
        }
        let indent = match indent {
            Some(n) if n > parent => n,
            _ => {
                // An empty scalar; let the general parser judge its edge cases.
                return Err(Fallback);
            }
        };
        if leading_max > indent {
            return Err(Fallback);
        }
        let mut out = String::new();
        let mut pending_newlines = 0usize;
        let mut any = false;
        let mut k = i + 1;
        while k < self.lines.len() {
            let l = self.lines[k];
            let whole = &self.text[l.start..l.end];
            if l.end == l.start + l.indent {
                // Only spaces (or nothing): an empty line of the scalar, unless it has more
                // spaces than the indentation, which is content the general parser keeps.
                if l.indent > indent {
                    return Err(Fallback);
                }
                pending_newlines += 1;
                k += 1;
                continue;
            }
            if l.indent < indent {
                break;
            }
            if any {
                out.push('\n');
            }
            for _ in 0..pending_newlines {
                out.push('\n');
            }
            pending_newlines = 0;
            out.push_str(&whole[indent..]);
            any = true;
            k += 1;
        }
        match chomp {
            Chomp::Strip => {}
            Chomp::Clip => out.push('\n'),
            Chomp::Keep => {
                out.push('\n');
                for _ in 0..pending_newlines {
                    out.push('\n');
                }
            }
        }
        // A last line without its line end: chomping differs, the general parser decides.
        if k == self.lines.len() && !self.text.ends_with('\n') {
            return Err(Fallback);
        }
        Ok((Node::Scalar(Cow::Owned(out), Style::Quoted), k))
    }
}

#[derive(Clone, Copy)]
enum Chomp {
    Strip,
    Clip,
    Keep,
}

/// A key at the start of `body` (plain or quoted) and the text after its colon.
fn key(body: &str) -> Option<(Node<'_>, &str)> {
    let first = *body.as_bytes().first()?;
    match first {
        b'"' | b'\'' => {
            let (k, rest) = if first == b'"' {
                double_quoted(&body[1..])?
            } else {
                single_quoted(&body[1..])?
            };
            let rest = rest.strip_prefix(':')?;
            if !(rest.is_empty() || rest.starts_with(' ')) {
                return None;
            }
            Some((Node::Scalar(k, Style::Quoted), rest))
        }
        _ => {
            let bytes = body.as_bytes();
            let mut colon = None;
            for (idx, &b) in bytes.iter().enumerate() {
                if b == b':' && matches!(bytes.get(idx + 1), None | Some(b' ')) {
                    colon = Some(idx);
                    break;
                }
            }
            let colon = colon?;
            let k = &body[..colon];
            let ok = !k.is_empty()
                && !k.ends_with(' ')
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/'))
                && !k.starts_with(['-', '.']);
            if !ok {
                return None;
            }
            Some((
                Node::Scalar(Cow::Borrowed(k), Style::Plain),
                &body[colon + 1..],
            ))
        }
    }
}

fn no_duplicates(entries: &[(Node<'_>, Node<'_>)]) -> R<()> {
    let text = |n: &Node<'_>| match n {
        Node::Scalar(s, _) => s.to_string(),
        _ => String::new(),
    };
    if entries.len() <= 16 {
        for (a, (ka, _)) in entries.iter().enumerate() {
            for (kb, _) in &entries[a + 1..] {
                if key_text(ka) == key_text(kb) {
                    return Err(Fallback);
                }
            }
        }
        return Ok(());
    }
    let mut seen = HashSet::with_capacity(entries.len());
    for (k, _) in entries {
        if !seen.insert(text(k)) {
            return Err(Fallback);
        }
    }
    Ok(())
}

fn key_text<'n>(n: &'n Node<'_>) -> &'n str {
    match n {
        Node::Scalar(s, _) => s,
        _ => "",
    }
}

/// The body of a double-quoted scalar after its opening quote, on one line: the text and
/// what follows the closing quote.
fn double_quoted(s: &str) -> Option<(Cow<'_, str>, &str)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    // Fast case: no escape before the closing quote.
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return Some((Cow::Borrowed(&s[..i]), &s[i + 1..])),
            b'\\' => break,
            _ => i += 1,
        }
    }
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..i]);
    let mut chars = s[i..].char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((Cow::Owned(out), &s[i + at + 1..])),
            '\\' => {
                let (_, e) = chars.next()?;
                let hex = |n: usize, chars: &mut std::str::CharIndices<'_>| -> Option<char> {
                    let mut v = 0u32;
                    for _ in 0..n {
                        v = v * 16 + chars.next()?.1.to_digit(16)?;
                    }
                    char::from_u32(v)
                };
                let ch = match e {
                    '0' => '\0',
                    'a' => '\u{7}',
                    'b' => '\u{8}',
                    't' => '\t',
                    'n' => '\n',
                    'v' => '\u{b}',
                    'f' => '\u{c}',
                    'r' => '\r',
                    'e' => '\u{1b}',
                    ' ' => ' ',
                    '"' => '"',
                    '/' => '/',
                    '\\' => '\\',
                    'N' => '\u{85}',
                    '_' => '\u{a0}',
                    'L' => '\u{2028}',
                    'P' => '\u{2029}',
                    'x' => hex(2, &mut chars)?,
                    'u' => hex(4, &mut chars)?,
                    'U' => hex(8, &mut chars)?,
                    _ => return None,
                };
                out.push(ch);
            }
            c => out.push(c),
        }
    }
    None
}

/// The body of a single-quoted scalar after its opening quote, on one line.
fn single_quoted(s: &str) -> Option<(Cow<'_, str>, &str)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut owned: Option<String> = None;
    let mut from = 0;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            if bytes.get(i + 1) == Some(&b'\'') {
                let o = owned.get_or_insert_with(String::new);
                o.push_str(&s[from..=i]);
                i += 2;
                from = i;
                continue;
            }
            let text = match owned {
                Some(mut o) => {
                    o.push_str(&s[from..i]);
                    Cow::Owned(o)
                }
                None => Cow::Borrowed(&s[..i]),
            };
            return Some((text, &s[i + 1..]));
        }
        i += 1;
    }
    None
}

// ---------------------------------------------------------------------------------------
// The tree as a serde Deserializer.

#[derive(Debug)]
struct Error;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not read by the fast reader")
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Error
    }
}

/// Plain words a YAML reader may take for null or a boolean (YAML 1.1's too).
fn special(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "" | "~" | "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    )
}

fn is_null(s: &str) -> bool {
    matches!(s, "~" | "null" | "Null" | "NULL")
}

enum Number {
    Int(i128),
    Float(f64),
}

/// A plain scalar as a number, in the plain decimal forms only (`-12`, `0`, `4.50`); `None`
/// for anything else, which is either text or a form the general parser decides.
fn number(s: &str) -> Option<Number> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match digits.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (digits, None),
    };
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) || int.len() > 30 {
        return None;
    }
    if int.len() > 1 && int.starts_with('0') {
        return None;
    }
    match frac {
        None => s.parse::<i128>().ok().map(Number::Int),
        Some(f) if !f.is_empty() && f.len() <= 12 && f.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse::<f64>().ok().map(Number::Float)
        }
        Some(_) => None,
    }
}

/// Whether a plain scalar could be one of YAML's typed forms other than the plain decimal
/// ones [`number`] reads (`+1`, `.5`, `0x1F`, `0o17`, `1e3`, `1_000`, `12:30`, `.inf`):
/// those are left to the general parser. Text such as `2026-27`, `5-10 crore` or `100%`
/// is not: a `-` inside a number only follows an exponent's `e`.
fn maybe_typed(s: &str) -> bool {
    let b = s.as_bytes();
    b.first()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.'))
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'+' | b'-' | b'.'))
        && b.iter()
            .enumerate()
            .skip(1)
            .all(|(i, &c)| c != b'-' || matches!(b[i - 1], b'e' | b'E'))
}

struct NodeDe<'n, 'a>(&'n Node<'a>);

impl<'n, 'a> NodeDe<'n, 'a> {
    fn plain_text(&self) -> Result<&'n str, Error> {
        match self.0 {
            Node::Scalar(s, Style::Quoted) => Ok(s),
            Node::Scalar(s, Style::Plain) => {
                if special(s) || (number(s).is_none() && maybe_typed(s)) {
                    Err(Error)
                } else {
                    Ok(s)
                }
            }
            _ => Err(Error),
        }
    }

    fn int(&self) -> Result<i128, Error> {
        match self.0 {
            Node::Scalar(s, Style::Plain) => match number(s) {
                Some(Number::Int(v)) => Ok(v),
                _ => Err(Error),
            },
            _ => Err(Error),
        }
    }
}

macro_rules! ints {
    ($($method:ident),*) => {$(
        fn $method<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
            let n = self.int()?;
            if n < 0 {
                v.visit_i64(i64::try_from(n).map_err(|_| Error)?)
            } else {
                v.visit_u64(u64::try_from(n).map_err(|_| Error)?)
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for NodeDe<'_, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Empty => Err(Error),
            Node::Scalar(s, Style::Quoted) => v.visit_str(s),
            Node::Scalar(s, Style::Plain) => {
                if special(s) {
                    return Err(Error);
                }
                match number(s) {
                    Some(Number::Int(n)) if n < 0 => {
                        v.visit_i64(i64::try_from(n).map_err(|_| Error)?)
                    }
                    Some(Number::Int(n)) => v.visit_u64(u64::try_from(n).map_err(|_| Error)?),
                    Some(Number::Float(f)) => v.visit_f64(f),
                    None if maybe_typed(s) => Err(Error),
                    None => v.visit_str(s),
                }
            }
            Node::Seq(items) => v.visit_seq(SeqDe(items.iter())),
            Node::Map(entries) => v.visit_map(MapDe {
                iter: entries.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Scalar(s, Style::Plain) if s == "true" => v.visit_bool(true),
            Node::Scalar(s, Style::Plain) if s == "false" => v.visit_bool(false),
            _ => Err(Error),
        }
    }

    ints!(
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64
    );

    fn deserialize_f32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_f64(v)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Scalar(s, Style::Plain) => match number(s) {
                Some(Number::Int(n)) => v.visit_f64(n as f64),
                Some(Number::Float(f)) => v.visit_f64(f),
                None => Err(Error),
            },
            _ => Err(Error),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Error> {
        Err(Error)
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_str(self.plain_text()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Error> {
        Err(Error)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Error> {
        Err(Error)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Empty => v.visit_none(),
            Node::Scalar(s, Style::Plain) if is_null(s) => v.visit_none(),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Error> {
        Err(Error)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _v: V,
    ) -> Result<V::Value, Error> {
        Err(Error)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, Error> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Seq(items) => v.visit_seq(SeqDe(items.iter())),
            _ => Err(Error),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, Error> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        v: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Map(entries) => v.visit_map(MapDe {
                iter: entries.iter(),
                value: None,
            }),
            _ => Err(Error),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(v)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Node::Scalar(..) => {
                let word = self.plain_text()?;
                v.visit_enum(word.into_deserializer())
            }
            Node::Map(entries) if entries.len() == 1 => {
                let (k, value) = &entries[0];
                v.visit_enum(EnumDe(k, value))
            }
            _ => Err(Error),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Scalar(s, _) => v.visit_str(s),
            _ => Err(Error),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Error> {
        Err(Error)
    }
}

struct SeqDe<'n, 'a>(std::slice::Iter<'n, Node<'a>>);

impl<'de> de::SeqAccess<'de> for SeqDe<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.0.next() {
            Some(n) => seed.deserialize(NodeDe(n)).map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct MapDe<'n, 'a> {
    iter: std::slice::Iter<'n, (Node<'a>, Node<'a>)>,
    value: Option<&'n Node<'a>>,
}

impl<'de> de::MapAccess<'de> for MapDe<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.iter.next() {
            Some((k, v)) => {
                self.value = Some(v);
                seed.deserialize(NodeDe(k)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let v = self.value.take().ok_or(Error)?;
        seed.deserialize(NodeDe(v))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

struct EnumDe<'n, 'a>(&'n Node<'a>, &'n Node<'a>);

impl<'de, 'n, 'a> de::EnumAccess<'de> for EnumDe<'n, 'a> {
    type Error = Error;
    type Variant = NodeDe<'n, 'a>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Self::Variant), Error> {
        let v = seed.deserialize(NodeDe(self.0))?;
        Ok((v, NodeDe(self.1)))
    }
}

impl<'de> de::VariantAccess<'de> for NodeDe<'_, '_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Err(Error)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self, v)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_map(self, v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Study;
    use proptest::prelude::*;

    fn saphyr(text: &str) -> Option<Study> {
        serde_saphyr::from_str_with_options::<Study>(text, super::super::load::reader_options())
            .ok()
    }

    /// The fast reader either gives up or reads exactly what serde-saphyr reads, and never
    /// reads a text that serde-saphyr refuses.
    fn agrees(text: &str) -> bool {
        match from_str::<Study>(text) {
            None => true,
            Some(fast) => saphyr(text).is_some_and(|s| s == fast),
        }
    }

    fn files(dir: &str) -> Vec<std::path::PathBuf> {
        let mut out: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        out.retain(|p| p.extension().is_some_and(|e| e == "yaml"));
        out.sort();
        out
    }

    #[test]
    fn every_bundled_study_reads_the_same_both_ways() {
        let mut taken = 0;
        for dir in [
            "studies",
            "tests/fixtures",
            "tests/data",
            "examples/ramp-sip/studies",
        ] {
            for path in files(dir) {
                let text = std::fs::read_to_string(&path).unwrap();
                let slow = saphyr(&text).unwrap_or_else(|| panic!("{}", path.display()));
                let fast = from_str::<Study>(&text)
                    .unwrap_or_else(|| panic!("the fast reader gave up on {}", path.display()));
                assert!(fast == slow, "{} reads differently", path.display());
                // And the canonical text of it.
                let canonical = crate::store::to_yaml(&slow).unwrap();
                assert!(from_str::<Study>(&canonical).is_some_and(|f| f == slow));
                taken += 1;
            }
        }
        assert!(taken >= 8);
    }

    #[test]
    fn bad_inputs_are_left_to_the_general_parser_or_agree() {
        for path in files("tests/bad") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(agrees(&text), "{}", path.display());
        }
    }

    #[test]
    fn scalars_of_each_style() {
        let t = "a: plain text # note\nb: 'it''s: #1'\nc: \"q \\\"x\\\" \\u0915 \\n\"\nd: |-\n  one\n\n  two\ne: |\n  x\n";
        let n = parse(t).unwrap();
        let Node::Map(m) = n else { panic!() };
        let v: Vec<&str> = m
            .iter()
            .map(|(_, v)| match v {
                Node::Scalar(s, _) => s.as_ref(),
                _ => "",
            })
            .collect();
        assert_eq!(
            v,
            [
                "plain text",
                "it's: #1",
                "q \"x\" क \n",
                "one\n\ntwo",
                "x\n"
            ]
        );
        for bad in [
            "a: &x 1\n",
            "a: [1, 2]\n",
            "a: >\n  x\n",
            "a: b\n  c\n",
            "a: 1\na: 2\n",
            "---\na: 1\n",
            "a:\tb\n",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
    }

    fn ujjain() -> (String, Study) {
        let text = std::fs::read_to_string("studies/ujjain-plastic.yaml").unwrap();
        let study = saphyr(&text).unwrap();
        (text, study)
    }

    fn texts() -> impl Strategy<Value = String> {
        proptest::string::string_regex(
            "[ a-zA-Z0-9:#'\"\\\\,.\\-|>&*!%@?\\[\\]{}~\u{0915}\u{093e}\u{0928}\n]{0,40}",
        )
        .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Random text in fields, written by the canonical writer: read back the same.
        #[test]
        fn written_studies_read_the_same(title in texts(), history in texts(), place in texts(), amount in 0i64..1_000_000_000_000) {
            let (_, mut study) = ujjain();
            study.meta.title = title;
            study.cluster.history = history;
            study.meta.place = place;
            if let Some(a) = study.action_plan.actions.first_mut() {
                a.cost = Some(crate::model::Cost::Amount(crate::model::Rupees(amount)));
            }
            let text = crate::store::to_yaml(&study).unwrap();
            prop_assert!(agrees(&text));
            if let Some(slow) = saphyr(&text) {
                prop_assert!(slow == study);
            }
        }

        /// Random raw text put in place of a value in the file: the fast reader agrees or
        /// gives up.
        #[test]
        fn raw_values_agree_or_fall_back(raw in texts(), lead in "[ ]{0,3}") {
            let (text, _) = ujjain();
            let replaced = text
                .replacen("  place: Ujjain\n", &format!("  place:{lead}{raw}\n"), 1)
                .replacen("  district: Ujjain\n", &format!("  district: {raw}\n"), 1);
            prop_assert!(agrees(&replaced));
        }
    }
}
