//! The line view of a study that git's textconv shows (`git log -p`, `git show`): every
//! line says which item and field it belongs to, so a plain line diff of two views reads
//! as a list of changes in the study's words. Items of a kind are listed by id number, so
//! a reordered list shows no change here (`cdstudy diff` names reorders).

use serde_json::Value;

use super::value::{element_key, human_path, show};
use super::{element_id, take_list, to_tree, DiffError, Names};
use crate::model::{Id, ItemKind, Section, Study};
use crate::scheme::Catalog;

/// The study as self-describing lines; with a catalogue of schemes, its financing last.
pub fn line_view(study: &Study, catalog: Option<&Catalog>) -> Result<String, DiffError> {
    let names = Names::new(study, study);
    let mut tree = to_tree(study)?;
    let mut lists = Vec::new();
    for &kind in ItemKind::ALL {
        lists.push((kind, take_list(&mut tree, kind.list_path())));
    }
    let mut out = String::new();
    let mut section_lines: Vec<(Section, Vec<String>)> = Vec::new();
    if let Some(top) = tree.as_object() {
        for (key, value) in top {
            if super::NOT_CONTENT.contains(&key.as_str()) {
                continue;
            }
            let section = Section::of_path(key).unwrap_or(Section::Meta);
            let mut lines = Vec::new();
            flatten(&human_path(key), key, value, &names, &mut lines);
            section_lines.push((section, lines));
        }
    }
    for &section in Section::ALL {
        let mut block: Vec<String> = section_lines
            .iter()
            .filter(|(s, _)| *s == section)
            .flat_map(|(_, l)| l.iter().cloned())
            .collect();
        for (kind, items) in lists.iter().filter(|(k, _)| k.section() == section) {
            let mut sorted: Vec<(String, &Value)> = items
                .iter()
                .enumerate()
                .map(|(i, v)| (element_id(v, i), v))
                .collect();
            sorted.sort_by_key(|(id, _)| id.parse::<Id>().map(|i| i.number()).unwrap_or(0));
            for (id, value) in sorted {
                block.push(String::new());
                let head = format!("{} {id}", kind.noun());
                if let Some(map) = value.as_object() {
                    for (key, v) in map.iter().filter(|(k, _)| k.as_str() != "id") {
                        flatten(
                            &format!("{head} › {}", human_path(key)),
                            key,
                            v,
                            &names,
                            &mut block,
                        );
                    }
                }
            }
        }
        if block.iter().all(String::is_empty) {
            continue;
        }
        out.push_str(&format!("== {} ==\n", section.label()));
        for line in block {
            out.push_str(&line);
            out.push('\n');
        }
        out.push('\n');
    }
    let money = catalog
        .map(|c| super::money_lines(study, c))
        .unwrap_or_default();
    if !money.is_empty() {
        out.push_str("== Money ==\n");
        for line in money {
            out.push_str(&line);
            out.push('\n');
        }
    }
    Ok(out)
}

/// Writes `value` as lines under `prefix`, one per leaf; empty values are left out.
fn flatten(prefix: &str, key: &str, value: &Value, names: &Names, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix} › {}", human_path(k)), k, v, names, out);
            }
        }
        Value::Array(items) if key == "cost" => {
            out.push(format!("{prefix}: {}", show(key, value, names)));
            for (n, line) in items.iter().enumerate() {
                let name = element_key(line).unwrap_or_else(|| format!("#{}", n + 1));
                flatten(&format!("{prefix} › line '{name}'"), "", line, names, out);
            }
        }
        Value::Array(items) => {
            for (n, item) in items.iter().enumerate() {
                match item {
                    Value::Object(_) => {
                        let name = element_key(item).unwrap_or_else(|| format!("#{}", n + 1));
                        flatten(&format!("{prefix} '{name}'"), "", item, names, out);
                    }
                    other => out.push(format!("{prefix}: {}", show(key, other, names))),
                }
            }
        }
        Value::String(s) if s.contains('\n') => {
            for line in s.lines() {
                out.push(format!("{prefix}: {line}"));
            }
        }
        _ if super::value::is_empty(value) => {}
        // Each line holds one value, so text needs no quotes to show where it ends.
        Value::String(s) if !names.is_reference(key) => out.push(format!("{prefix}: {s}")),
        _ => out.push(format!("{prefix}: {}", show(key, value, names))),
    }
}
