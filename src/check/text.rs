//! Characters a document cannot carry: the controls XML 1.0 forbids (U+0001, U+0008, the
//! escape U+001B ...) and U+FFFE/U+FFFF, which arrive with text pasted from PDFs and Word
//! files. The writers leave them out (`render::markdown::xml_safe`); `check` says where they
//! are, so the consultant can see what the document will not show.

use serde_json::Value;

use super::{Finding, Severity};
use crate::model::{Section, Study};
use crate::render::markdown::xml_allows;

/// One warning per text field that holds such characters, with the path of the field.
pub(super) fn control_characters(study: &Study) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(study) {
        walk(&value, String::new(), &mut out);
    }
    out
}

fn walk(value: &Value, path: String, out: &mut Vec<Finding>) {
    match value {
        Value::String(text) => {
            let mut bad: Vec<char> = text.chars().filter(|c| !xml_allows(*c)).collect();
            if bad.is_empty() {
                return;
            }
            let count = bad.len();
            bad.sort_unstable();
            bad.dedup();
            let names: Vec<String> = bad.iter().map(|c| format!("U+{:04X}", *c as u32)).collect();
            out.push(Finding {
                severity: Severity::Warning,
                code: "control-character",
                section: Section::of_path(&path).unwrap_or(Section::Meta),
                path,
                message: format!(
                    "the text holds {count} control character{} ({}), likely pasted from a PDF \
                     or Word file; documents leave {} out: delete {} or retype the text",
                    if count == 1 { "" } else { "s" },
                    names.join(", "),
                    if count == 1 { "it" } else { "them" },
                    if count == 1 { "it" } else { "them" },
                ),
            });
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                // Items are found by their id, as every other finding names them.
                let key = item
                    .get("id")
                    .and_then(Value::as_str)
                    .filter(|id| !id.is_empty())
                    .map(str::to_string)
                    .unwrap_or_else(|| i.to_string());
                walk(item, format!("{path}[{key}]"), out);
            }
        }
        Value::Object(fields) => {
            for (name, field) in fields {
                let child = if path.is_empty() {
                    name.clone()
                } else {
                    format!("{path}.{name}")
                };
                walk(field, child, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_controls_are_found_with_their_path() {
        let mut study = Study::default();
        study.cluster.history = "ok\u{1}\u{8} and\u{1b}".to_string();
        study.meta.title = "fine\ttab\nline".to_string();
        let found = control_characters(&study);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "cluster.history");
        assert_eq!(found[0].code, "control-character");
        assert_eq!(found[0].section, Section::Cluster);
        assert!(
            found[0].message.contains("U+0001, U+0008, U+001B"),
            "{}",
            found[0].message
        );
    }
}
