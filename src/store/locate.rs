//! Where a study path (`bottlenecks[b-3].stage`) sits in a file's text, so findings can
//! name a line for people who edit the YAML by hand and for CI annotations.
//!
//! List items are addressed the way `check` addresses them: by their `id` when they have
//! one (`[b-3]`), and also by position (`[2]`), which load errors use.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};

/// The line (1-based) of every path in one file. Built on the first question: most loads
/// (a render, the TUI's start) never ask, and building it is a fifth of a large load.
#[derive(Debug, Clone, Default)]
pub struct PathLines {
    text: Box<str>,
    lines: std::sync::OnceLock<HashMap<String, usize>>,
}

/// The first line of each construct in a file that a save does not keep.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Hazards {
    pub comment: Option<usize>,
    pub anchor: Option<usize>,
    pub merge: Option<usize>,
    pub tag: Option<usize>,
}

impl PathLines {
    /// Reads the positions from YAML text. Text that does not parse gives what was read up
    /// to the error (a locator is a help, never a gate).
    pub fn from_text(text: &str) -> PathLines {
        PathLines::of(text.into())
    }

    /// The same, keeping `text` (no copy) until a line is asked for.
    pub fn of(text: Box<str>) -> PathLines {
        PathLines {
            text,
            lines: std::sync::OnceLock::new(),
        }
    }

    /// The line of `path`, or of the nearest enclosing path the file has (a missing key is
    /// reported at the line of the item that lacks it).
    pub fn line_of(&self, path: &str) -> Option<usize> {
        let lines = self.lines.get_or_init(|| scan(&self.text, true).0);
        let mut p = path;
        loop {
            if let Some(&line) = lines.get(p) {
                return Some(line);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }
}

/// An open collection while the events stream past.
enum Frame {
    Map {
        path: String,
        /// The key whose value comes next, with its line.
        key: Option<(String, usize)>,
        /// For a list item: where its entries begin in the output, its `[index]` path and
        /// its line, so that they can be copied under its `[id]` when the map closes.
        item: Option<(usize, String, usize)>,
        id: Option<String>,
    },
    Seq {
        path: String,
        next: usize,
    },
    /// A key that is itself a collection (never in a study file): skipped; only its line
    /// and the nesting inside it are kept.
    ComplexKey {
        line: usize,
        depth: usize,
    },
}

/// One pass over the events of `text`: the line of every study path, and the first line
/// of each construct a save does not keep. What the two need is the same walk, so a load
/// reads the text once for both.
pub(crate) fn scan(text: &str, want_lines: bool) -> (HashMap<String, usize>, Hazards) {
    let options = serde_saphyr::granit_parser::options! { emit_anchor_events: true };
    let mut hazards = Hazards::default();
    let mut entries: Vec<(String, usize)> = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    // Only the first document's root is located (a study is one document).
    let mut root_done = false;
    for item in Parser::new_from_str_with_options(text, options) {
        let Ok((event, span)) = item else { break };
        let line = span.start.line();
        // What a save would drop.
        match &event {
            Event::Comment(..) => {
                hazards.comment.get_or_insert(line);
            }
            // The anchor event's span is the `&name` token itself, where a person looks.
            Event::Anchor(..) | Event::Alias(_) => {
                hazards.anchor.get_or_insert(line);
            }
            Event::Scalar(value, style, _, t) => {
                if t.is_some() {
                    hazards.tag.get_or_insert(line);
                }
                if *style == ScalarStyle::Plain && value == "<<" {
                    hazards.merge.get_or_insert(line);
                }
            }
            Event::SequenceStart(_, _, Some(_)) | Event::MappingStart(_, _, Some(_)) => {
                hazards.tag.get_or_insert(line);
            }
            _ => {}
        }
        if root_done || !want_lines {
            continue;
        }
        // Where each path is.
        if let Some(Frame::ComplexKey {
            line: key_line,
            depth,
        }) = stack.last_mut()
        {
            match event {
                Event::MappingStart(..) | Event::SequenceStart(..) => *depth += 1,
                Event::MappingEnd | Event::SequenceEnd => *depth -= 1,
                _ => {}
            }
            if *depth == 0 {
                let key_line = *key_line;
                stack.pop();
                if let Some(Frame::Map { key, .. }) = stack.last_mut() {
                    *key = Some((String::new(), key_line));
                }
            }
            continue;
        }
        let opens = matches!(event, Event::MappingStart(..) | Event::SequenceStart(..));
        let node = match &event {
            Event::Scalar(value, ..) => Some(Some(value.as_ref())),
            Event::Alias(_) => Some(None),
            Event::MappingStart(..) | Event::SequenceStart(..) => Some(None),
            _ => None,
        };
        if let Some(scalar) = node {
            // Where this node sits: a key, a key's value, a list item or the root.
            let mut here: Option<(String, usize, bool)> = None;
            match stack.last_mut() {
                Some(Frame::Map { path, key, id, .. }) => match key.take() {
                    Some((k, key_line)) => {
                        let child = if path.is_empty() {
                            k.clone()
                        } else {
                            format!("{path}.{k}")
                        };
                        if k == "id" {
                            if let Some(s) = scalar.filter(|s| !s.is_empty()) {
                                id.get_or_insert_with(|| s.to_string());
                            }
                        }
                        here = Some((child, key_line, false));
                    }
                    None => {
                        if opens {
                            stack.push(Frame::ComplexKey { line, depth: 1 });
                        } else {
                            *key = Some((scalar.unwrap_or_default().to_string(), line));
                        }
                        continue;
                    }
                },
                Some(Frame::Seq { path, next }) => {
                    here = Some((format!("{path}[{next}]"), line, true));
                    *next += 1;
                }
                Some(Frame::ComplexKey { .. }) => {}
                None => {}
            }
            let path = match here {
                Some((path, at, is_item)) => {
                    entries.push((path.clone(), at));
                    if matches!(event, Event::MappingStart(..)) {
                        let item = is_item.then(|| (entries.len(), path.clone(), at));
                        stack.push(Frame::Map {
                            path,
                            key: None,
                            item,
                            id: None,
                        });
                    } else if matches!(event, Event::SequenceStart(..)) {
                        stack.push(Frame::Seq { path, next: 0 });
                    }
                    continue;
                }
                None => String::new(),
            };
            // The root.
            match event {
                Event::MappingStart(..) => stack.push(Frame::Map {
                    path,
                    key: None,
                    item: None,
                    id: None,
                }),
                Event::SequenceStart(..) => stack.push(Frame::Seq { path, next: 0 }),
                _ => root_done = true,
            }
            continue;
        }
        if matches!(event, Event::MappingEnd | Event::SequenceEnd) {
            if let Some(Frame::Map {
                item: Some((start, index_path, at)),
                id: Some(id),
                ..
            }) = stack.pop()
            {
                // The item again under its id: `bottlenecks[b-3]` beside `bottlenecks[2]`.
                let Some(cut) = index_path.rfind('[') else {
                    continue;
                };
                let id_path = format!("{}[{id}]", &index_path[..cut]);
                let end = entries.len();
                entries.push((id_path.clone(), at));
                let copies: Vec<(String, usize)> = entries[start..end]
                    .iter()
                    .map(|(p, l)| (format!("{id_path}{}", &p[index_path.len()..]), *l))
                    .collect();
                entries.extend(copies);
            }
            if stack.is_empty() {
                root_done = true;
            }
        }
    }
    (entries.into_iter().collect(), hazards)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
format: cdstudy/1
meta:
  title: X
bottlenecks:
- id: b-1
  title: One
- id: b-7
  # a comment
  title: Seven
  stage: vc-2
themes: []
";

    #[test]
    fn paths_by_key_id_and_index() {
        let lines = PathLines::from_text(TEXT);
        assert_eq!(lines.line_of("meta.title"), Some(3));
        assert_eq!(lines.line_of("bottlenecks[b-7]"), Some(7));
        assert_eq!(lines.line_of("bottlenecks[1]"), Some(7));
        assert_eq!(lines.line_of("bottlenecks[b-7].stage"), Some(10));
        // A key the item lacks is placed at the item.
        assert_eq!(lines.line_of("bottlenecks[b-7].evidence"), Some(7));
        assert_eq!(lines.line_of("themes"), Some(11));
        assert_eq!(lines.line_of("vision"), None);
    }
}
