//! Where a study path (`bottlenecks[b-3].stage`) sits in a file's text, so findings can
//! name a line for people who edit the YAML by hand and for CI annotations.
//!
//! List items are addressed the way `check` addresses them: by their `id` when they have
//! one (`[b-3]`), and also by position (`[2]`), which load errors use.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser};

/// The line (1-based) of every path in one file.
#[derive(Debug, Clone, Default)]
pub struct PathLines {
    lines: HashMap<String, usize>,
}

impl PathLines {
    /// Reads the positions from YAML text. Text that does not parse gives what was read up
    /// to the error (a locator is a help, never a gate).
    pub fn from_text(text: &str) -> PathLines {
        let mut events = Vec::new();
        for item in Parser::new_from_str(text) {
            match item {
                Ok((event, span)) => events.push((event, span.start.line())),
                Err(_) => break,
            }
        }
        let mut pos = 0;
        // Skip to the document's root node.
        while pos < events.len()
            && !matches!(
                events[pos].0,
                Event::MappingStart(..) | Event::SequenceStart(..) | Event::Scalar(..)
            )
        {
            pos += 1;
        }
        let mut out = PathLines::default();
        if pos < events.len() {
            let root = build(&events, &mut pos, 0);
            out.register(&root, "");
        }
        out
    }

    /// The line of `path`, or of the nearest enclosing path the file has (a missing key is
    /// reported at the line of the item that lacks it).
    pub fn line_of(&self, path: &str) -> Option<usize> {
        let mut p = path;
        loop {
            if let Some(&line) = self.lines.get(p) {
                return Some(line);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }

    fn register(&mut self, node: &Node, path: &str) {
        match &node.value {
            Value::Map(entries) => {
                for (key, key_line, child) in entries {
                    let child_path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    self.lines.insert(child_path.clone(), *key_line);
                    self.register(child, &child_path);
                }
            }
            Value::Seq(items) => {
                for (index, item) in items.iter().enumerate() {
                    let by_index = format!("{path}[{index}]");
                    self.lines.insert(by_index.clone(), item.line);
                    self.register(item, &by_index);
                    if let Some(id) = item.id() {
                        let by_id = format!("{path}[{id}]");
                        self.lines.insert(by_id.clone(), item.line);
                        self.register(item, &by_id);
                    }
                }
            }
            Value::Scalar(_) => {}
        }
    }
}

struct Node {
    line: usize,
    value: Value,
}

enum Value {
    Scalar(String),
    /// Key, the key's line, the value.
    Map(Vec<(String, usize, Node)>),
    Seq(Vec<Node>),
}

impl Node {
    fn id(&self) -> Option<&str> {
        match &self.value {
            Value::Map(entries) => entries.iter().find_map(|(k, _, v)| match &v.value {
                Value::Scalar(s) if k == "id" && !s.is_empty() => Some(s.as_str()),
                _ => None,
            }),
            _ => None,
        }
    }
}

/// Builds the node starting at `events[*pos]`. Study files nest a few levels; the store's
/// depth budget has already refused anything deep before a locator is asked.
fn build(events: &[(Event, usize)], pos: &mut usize, depth: usize) -> Node {
    let (event, line) = &events[*pos];
    let line = *line;
    *pos += 1;
    let scalar = |s: &str| Node {
        line,
        value: Value::Scalar(s.to_string()),
    };
    if depth > 64 {
        return scalar("");
    }
    match event {
        Event::Scalar(value, ..) => scalar(value),
        Event::MappingStart(..) => {
            let mut entries = Vec::new();
            while *pos < events.len() {
                match &events[*pos].0 {
                    Event::MappingEnd => {
                        *pos += 1;
                        break;
                    }
                    Event::Comment(..) => *pos += 1,
                    _ => {
                        let key_line = events[*pos].1;
                        let key = match &events[*pos].0 {
                            Event::Scalar(k, ..) => k.to_string(),
                            _ => String::new(),
                        };
                        // The key itself (a scalar in a study file); only its text matters.
                        build(events, pos, depth + 1);
                        skip_comments(events, pos);
                        if *pos >= events.len() {
                            break;
                        }
                        let value = build(events, pos, depth + 1);
                        entries.push((key, key_line, value));
                    }
                }
            }
            Node {
                line,
                value: Value::Map(entries),
            }
        }
        Event::SequenceStart(..) => {
            let mut items = Vec::new();
            while *pos < events.len() {
                match &events[*pos].0 {
                    Event::SequenceEnd => {
                        *pos += 1;
                        break;
                    }
                    Event::Comment(..) => *pos += 1,
                    _ => items.push(build(events, pos, depth + 1)),
                }
            }
            Node {
                line,
                value: Value::Seq(items),
            }
        }
        _ => scalar(""),
    }
}

fn skip_comments(events: &[(Event, usize)], pos: &mut usize) {
    while *pos < events.len() && matches!(events[*pos].0, Event::Comment(..)) {
        *pos += 1;
    }
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
