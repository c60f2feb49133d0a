//! Where a study path (`bottlenecks[b-3].stage`, as `check` names things) is in the file's
//! text: the line a CI annotation or an editor jumps to.

use std::collections::BTreeMap;

use serde_saphyr::granit_parser::{Event, Parser};

/// The 1-based line of the key or item at `path`, or of its nearest enclosing one that
/// the file has (a missing `stage:` points at its bottleneck). `None` if the text is not
/// YAML.
pub fn line_of(text: &str, path: &str) -> Option<usize> {
    let map = PathLines::read(text)?;
    let mut probe = map.by_index(path);
    loop {
        if let Some(&line) = map.lines.get(&probe) {
            return Some(line);
        }
        let cut = probe.rfind(['.', '['])?;
        probe.truncate(cut);
    }
}

/// Every key and list element of a document with its line, paths written with positions
/// (`bottlenecks[2].stage`), plus the id of each list element (`bottlenecks[b-3]` →
/// `bottlenecks[2]`).
struct PathLines {
    lines: BTreeMap<String, usize>,
    ids: BTreeMap<String, String>,
}

enum Frame {
    Mapping { path: String, key: Option<String> },
    Sequence { path: String, next: usize },
}

impl PathLines {
    fn read(text: &str) -> Option<PathLines> {
        let mut lines = BTreeMap::new();
        let mut ids = BTreeMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        for item in Parser::new_from_str(text) {
            let (event, span) = item.ok()?;
            let line = span.start.line().max(1);
            // The path of the node this event starts, if it is a node.
            let node_path = |stack: &mut Vec<Frame>| -> Option<String> {
                match stack.last_mut() {
                    None => Some(String::new()),
                    Some(Frame::Mapping { path, key }) => key.take().map(|k| join(path, &k)),
                    Some(Frame::Sequence { path, next }) => {
                        *next += 1;
                        Some(format!("{path}[{}]", *next - 1))
                    }
                }
            };
            match event {
                Event::Scalar(value, ..) => {
                    let is_key = matches!(stack.last(), Some(Frame::Mapping { key: None, .. }));
                    if is_key {
                        if let Some(Frame::Mapping { path, key }) = stack.last_mut() {
                            lines.entry(join(path, &value)).or_insert(line);
                            *key = Some(value.into_owned());
                        }
                    } else {
                        let at = node_path(&mut stack);
                        if let (Some(at), Some(parent)) = (at, at_parent_of_id(&stack)) {
                            if at.ends_with(".id") {
                                ids.insert(format!("{}[{value}]", parent.0), parent.1);
                            }
                        }
                    }
                }
                Event::MappingStart(..) => {
                    let path = node_path(&mut stack).unwrap_or_default();
                    lines.entry(path.clone()).or_insert(line);
                    stack.push(Frame::Mapping { path, key: None });
                }
                Event::SequenceStart(..) => {
                    let path = node_path(&mut stack).unwrap_or_default();
                    stack.push(Frame::Sequence { path, next: 0 });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                Event::Alias(_) => {
                    node_path(&mut stack);
                }
                _ => {}
            }
        }
        Some(PathLines { lines, ids })
    }

    /// `bottlenecks[b-3].stage` → `bottlenecks[2].stage`.
    fn by_index(&self, path: &str) -> String {
        let mut out = String::new();
        let mut rest = path;
        while let Some(open) = rest.find('[') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find(']') else {
                break;
            };
            out.push_str(&rest[open..open + close + 1]);
            if let Some(index_form) = self.ids.get(&out) {
                out = index_form.clone();
            }
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out
    }
}

/// When the top of the stack is the mapping of a list element, the list's path and the
/// element's path (`bottlenecks`, `bottlenecks[2]`).
fn at_parent_of_id(stack: &[Frame]) -> Option<(String, String)> {
    let Some(Frame::Mapping { path, .. }) = stack.last() else {
        return None;
    };
    let Some(Frame::Sequence { path: list, .. }) = stack.get(stack.len().checked_sub(2)?) else {
        return None;
    };
    Some((list.clone(), path.clone()))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
format: cdstudy/1
bottlenecks:
- id: b-1
  title: One
  stage: vc-1
- id: b-3
  title: Three
  stage: null
themes: []
";

    #[test]
    fn paths_with_ids_find_their_lines() {
        assert_eq!(line_of(TEXT, "format"), Some(1));
        assert_eq!(line_of(TEXT, "bottlenecks[b-3]"), Some(6));
        assert_eq!(line_of(TEXT, "bottlenecks[b-3].stage"), Some(8));
        assert_eq!(line_of(TEXT, "bottlenecks[b-1].title"), Some(4));
        assert_eq!(line_of(TEXT, "bottlenecks[1].title"), Some(7));
    }

    #[test]
    fn a_missing_key_points_at_what_encloses_it() {
        assert_eq!(line_of(TEXT, "bottlenecks[b-3].root_cause"), Some(6));
        assert_eq!(line_of(TEXT, "spv.members"), None);
        assert_eq!(line_of(TEXT, "themes"), Some(9));
    }
}
