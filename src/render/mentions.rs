//! Id mentions in study text, made readable for a document. A CDA cites evidence by id
//! ("returns about 4% of sales (iv-1, iv-7)") because the editor shows ids; a reader of the
//! DSR has never seen them. Before the report context is built, every mention of an id
//! that names an item of the study becomes what the document shows of that item: its row
//! in a numbered table ("interview 1", "value-chain stage 2", "bottleneck 3") or its name.
//!
//! Only free text changes; ids and references stay as they are, so the rest of the
//! context resolves them as usual.

use std::collections::HashMap;

use serde_json::Value;

use crate::model::{ItemKind, Study};

/// The study with id mentions in its text replaced by readable references.
pub fn readable(study: &Study) -> Study {
    let names = mention_names(study);
    if names.is_empty() {
        return study.clone();
    }
    let Ok(mut tree) = serde_json::to_value(study) else {
        return study.clone();
    };
    rewrite(&mut tree, None, &names);
    serde_json::from_value(tree).unwrap_or_else(|_| study.clone())
}

/// What each id reads as in a document.
fn mention_names(study: &Study) -> HashMap<String, String> {
    let mut names = HashMap::new();
    for item in study.items() {
        if item.id.is_empty() {
            continue;
        }
        let position = item.index + 1;
        let label = item.label.trim();
        let named = |noun: &str| {
            if label.is_empty() {
                format!("{noun} {position}")
            } else {
                label.to_string()
            }
        };
        let readable = match item.kind {
            // Tables 2.2, 6.1 and 9.1 number these rows; the number finds the row.
            ItemKind::Interview => format!("interview {position}"),
            ItemKind::Stage => format!("value-chain stage {position}"),
            ItemKind::Bottleneck => format!("bottleneck {position}"),
            ItemKind::Visit => match study.field_work.visits.get(item.index).and_then(|v| v.date) {
                Some(date) => format!("visit of {}", date.format("%-d %B %Y")),
                None => named("visit"),
            },
            ItemKind::Stakeholder
            | ItemKind::Theme
            | ItemKind::Action
            | ItemKind::Indicator
            | ItemKind::Member => named(item.kind.noun()),
            ItemKind::Strength
            | ItemKind::Weakness
            | ItemKind::Opportunity
            | ItemKind::Threat
            | ItemKind::ReviewNote => format!("{} {position}", item.kind.noun()),
        };
        names.insert(item.id.to_string(), readable);
    }
    names
}

/// Keys whose values are ids, references or words of the file, never prose.
const NOT_PROSE: &[&str] = &[
    "format",
    "id",
    "scheme",
    "language",
    "component",
    "on",
    "stage",
    "theme",
    "addresses",
    "met",
    "from",
    "to",
    // The progress section's entries name their action or indicator by id.
    "action",
    "indicator",
    "last_ids",
];

fn rewrite(value: &mut Value, key: Option<&str>, names: &HashMap<String, String>) {
    if key.is_some_and(|k| NOT_PROSE.contains(&k)) {
        return;
    }
    match value {
        Value::String(s) => {
            if let Some(new) = replace_mentions(s, names) {
                *s = new;
            }
        }
        Value::Array(items) => {
            // An interview's `bottlenecks` or an action's `indicators` is a list of ids;
            // the study's own `bottlenecks` and `indicators` are lists of items.
            if items.iter().all(Value::is_string)
                && matches!(key, Some("bottlenecks" | "indicators"))
            {
                return;
            }
            for item in items {
                rewrite(item, None, names);
            }
        }
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                rewrite(v, Some(k), names);
            }
        }
        _ => {}
    }
}

/// Replaces whole-word id mentions (`iv-7`, not `iv-77` or `kiv-7`) that name an item.
/// `None` when the text mentions none.
fn replace_mentions(text: &str, names: &HashMap<String, String>) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut changed = false;
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !is_word_byte(bytes[i - 1]);
        if starts_word && bytes[i].is_ascii_lowercase() {
            let prefix_end = i + bytes[i..]
                .iter()
                .take_while(|b| b.is_ascii_lowercase())
                .count();
            if bytes.get(prefix_end) == Some(&b'-') {
                let digits = bytes[prefix_end + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                let end = prefix_end + 1 + digits;
                let ends_word = end == bytes.len() || !is_word_byte(bytes[end]);
                if digits > 0 && ends_word {
                    if let Some(name) = names.get(&text[i..end]) {
                        out.push_str(&text[last..i]);
                        out.push_str(name);
                        last = end;
                        changed = true;
                        i = end;
                        continue;
                    }
                }
            }
            i = prefix_end.max(i + 1);
            continue;
        }
        i += 1;
    }
    changed.then(|| {
        out.push_str(&text[last..]);
        out
    })
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bottleneck, Id, Interview, Visit};

    fn study() -> Study {
        let mut s = Study::default();
        s.field_work.visits.push(Visit {
            id: Id::new("v", 2),
            date: chrono::NaiveDate::from_ymd_opt(2026, 6, 26),
            place: "Maksi Road".into(),
            ..Default::default()
        });
        for n in [1, 7] {
            s.field_work.interviews.push(Interview {
                id: Id::new("iv", n),
                unit: format!("Unit {n}"),
                bottlenecks: vec![Id::new("b", 1)],
                ..Default::default()
            });
        }
        s.bottlenecks.push(Bottleneck {
            id: Id::new("b", 1),
            title: "Poor granules".into(),
            evidence: "Confirmed in v-2; returns about 4% (iv-1, iv-7). Not iv-77, kiv-7 or iv-7a; b-9 is no item.".into(),
            ..Default::default()
        });
        s
    }

    #[test]
    fn mentions_read_as_the_document_shows_them() {
        let r = readable(&study());
        assert_eq!(
            r.bottlenecks[0].evidence,
            "Confirmed in visit of 26 June 2026; returns about 4% (interview 1, interview 2). \
             Not iv-77, kiv-7 or iv-7a; b-9 is no item."
        );
    }

    #[test]
    fn ids_and_references_are_left_alone() {
        let r = readable(&study());
        assert_eq!(r.bottlenecks[0].id, Id::new("b", 1));
        assert_eq!(
            r.field_work.interviews[1].bottlenecks,
            vec![Id::new("b", 1)]
        );
        assert_eq!(r.field_work.interviews[1].id, Id::new("iv", 7));
    }
}
