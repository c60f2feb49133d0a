//! How a value of the study reads to a person in a diff: money in Indian rupees, shares
//! with a percent sign, references with the item's name, counts with Indian grouping.
//! The wording follows the field's key, the same convention the file itself keeps
//! (`_rs` is whole rupees, `_pct` a percentage, `cost` an amount or cost lines).

use serde_json::Value;

use super::Names;
use crate::model::{Cost, Rupees};

/// Text is "long" — worth an inline word diff rather than old → new — when it has more
/// than one line or more than this many words.
const LONG_TEXT_WORDS: usize = 8;

pub(crate) fn is_long_text(s: &str) -> bool {
    s.trim_end().contains('\n') || s.split_whitespace().count() > LONG_TEXT_WORDS
}

pub(crate) fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.values().all(is_empty),
        Value::Bool(b) => !b,
        Value::Number(_) => false,
    }
}

/// `units_affected_pct` → `units affected`, `cfc.costs.building_rs` → `cfc › costs ›
/// building`, `machinery[Press].quantity` → `machinery 'Press' › quantity`, `vision_hi` →
/// `vision in Hindi`.
pub(crate) fn human_path(path: &str) -> String {
    let mut out = Vec::new();
    for segment in split_path(path) {
        let (key, element) = match segment.split_once('[') {
            Some((k, rest)) => (k, Some(rest.trim_end_matches(']'))),
            None => (segment, None),
        };
        let mut word = match key.strip_suffix("_hi") {
            // A study's Hindi version of a text: `title_hi` → `title in Hindi`.
            Some(text) => format!("{} in Hindi", text.replace('_', " ")),
            None => key
                .strip_suffix("_rs")
                .or_else(|| key.strip_suffix("_pct"))
                .unwrap_or(key)
                .replace('_', " "),
        };
        if let Some(e) = element {
            word = format!("{word} '{e}'");
        }
        out.push(word);
    }
    out.join(" › ")
}

/// Splits a path at the dots that are not inside `[...]` (a machine may be "2.5 T press").
fn split_path(path: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, c) in path.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '.' if depth == 0 => {
                out.push(&path[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&path[start..]);
    out
}

/// A choice's words as the TUI shows them ("D: an industrially backward block" for `d`),
/// for the fields whose name says which choice they hold.
fn choice_label(key: &str, word: &str) -> Option<&'static str> {
    use crate::model::{
        BlockCategory, Criterion, GrantKind, LandTenure, LegalForm, TaxDepreciation,
    };
    match key {
        "block_category" => BlockCategory::from_word(word).map(BlockCategory::label),
        "land_tenure" => LandTenure::from_word(word).map(LandTenure::label),
        "legal_form" => LegalForm::from_word(word).map(LegalForm::label),
        "grant_kind" => GrantKind::from_word(word).map(GrantKind::label),
        "tax_depreciation" => TaxDepreciation::from_word(word).map(TaxDepreciation::label),
        "criterion" => Criterion::from_word(word).map(Criterion::label),
        _ => None,
    }
}

/// The words for a value of the field `key`.
pub(crate) fn show(key: &str, v: &Value, names: &Names) -> String {
    match v {
        Value::Null => "(not set)".to_string(),
        Value::Bool(true) => "yes".to_string(),
        Value::Bool(false) => "no".to_string(),
        Value::Number(n) => {
            if key.ends_with("_pct") {
                format!("{n}%")
            } else if let Some(i) = n.as_i64() {
                if key.ends_with("_rs") || key == "cost" {
                    Rupees(i).inr()
                } else {
                    Rupees(i).grouped()
                }
            } else {
                n.to_string()
            }
        }
        Value::String(s) => {
            if names.is_reference(key) {
                if let Some(tag) = names.tag(s) {
                    return if tag.label.is_empty() {
                        tag.id.clone()
                    } else {
                        format!("{} '{}'", tag.id, tag.label)
                    };
                }
            }
            if let Some(label) = choice_label(key, s) {
                return label.to_string();
            }
            if s.contains(char::is_whitespace) {
                format!("'{s}'")
            } else if s.is_empty() {
                "(empty)".to_string()
            } else {
                s.clone()
            }
        }
        Value::Array(items) if key == "cost" => {
            match serde_json::from_value::<Cost>(v.clone())
                .ok()
                .and_then(|c| c.total())
            {
                Some(total) => format!(
                    "{} in {} line{}",
                    total.inr(),
                    items.len(),
                    if items.len() == 1 { "" } else { "s" }
                ),
                None => format!("{} cost lines", items.len()),
            }
        }
        Value::Array(items) => {
            if items.is_empty() {
                return "(none)".to_string();
            }
            items
                .iter()
                .map(|i| match i {
                    Value::Object(_) => summary(i, names),
                    other => show(key, other, names),
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
        Value::Object(_) => summary(v, names),
    }
}

/// One record on one line: `item: 'Injection moulder', quantity: 2, unit cost: Rs. 18,00,000`.
pub(crate) fn summary(v: &Value, names: &Names) -> String {
    let Some(map) = v.as_object() else {
        return show("", v, names);
    };
    map.iter()
        .filter(|(_, value)| !is_empty(value))
        .map(|(k, value)| format!("{}: {}", human_path(k), show(k, value, names)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The natural key of a record in a list without ids: what people call the element.
pub(crate) fn element_key(v: &Value) -> Option<String> {
    let map = v.as_object()?;
    let text = |k: &str| {
        map.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
    };
    if let (Some(from), Some(to)) = (text("from"), text("to")) {
        return Some(format!("{from} → {to}"));
    }
    // After these, the keys of the progress section's entries: a period's report, an
    // action's or indicator's entry by the item it is about, a release by its order.
    [
        "year",
        "item",
        "activity",
        "role",
        "risk",
        "name",
        "period",
        "action",
        "indicator",
        "sanction_order",
        // A photograph by its file.
        "path",
    ]
    .iter()
    .find_map(|k| text(k))
    .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::human_path;

    #[test]
    fn a_path_reads_as_words() {
        assert_eq!(
            human_path("bottlenecks[b-1].units_affected_pct"),
            "bottlenecks 'b-1' › units affected"
        );
        assert_eq!(
            human_path("themes[t-1].objective_hi"),
            "themes 't-1' › objective in Hindi"
        );
        assert_eq!(human_path("cluster.name_hi"), "cluster › name in Hindi");
    }
}
