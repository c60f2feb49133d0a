//! The semantic diff of two studies, and the three-way merge that shares its item matching.
//!
//! Owns: matching items by id across every section (a renumbered item — same content, new
//! id, references updated — is one renumbering, not a removal and an addition), the change
//! list by section, item and field that every rendering reads (text and Markdown in
//! `render`, JSON by serde), word-level inline diffs of long text (`words`), the line view
//! git's textconv shows (`view`), and the merge (`merge`).
//!
//! The comparison walks the study's JSON form rather than its Rust types, so a field added
//! to the model is diffed and merged without code here; what the walk needs to know of the
//! study's meaning comes from the model itself: which lists hold id'd items
//! (`ItemKind::list_path`), what refers to what (`Study::references`), and how people name
//! an item (`Study::items`).

mod merge;
mod money;
mod render;
mod value;
mod view;
mod words;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::model::{Id, ItemKind, Section, Study};

pub use merge::{merge, Conflict, ConflictKind, Merged, Renumbering};
pub use money::{money_effect, money_lines, MoneyEffect, MoneyRow};
pub use render::{to_markdown, to_text};
pub use view::line_view;
pub use words::{word_diff, WordOp};

use value::{element_key, human_path, is_long_text, show, summary};

/// Why two studies could not be compared or merged.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    #[error("the study could not be read as data: {0}")]
    Serialize(String),
    #[error("the merged study does not fit the study format at {path}: {message}")]
    Merged { path: String, message: String },
}

/// An item as people recognise it: `bottleneck b-3 'No testing lab'`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemTag {
    #[serde(skip)]
    pub kind: ItemKind,
    /// What one item of its kind is called (`bottleneck`, `value-chain stage`).
    pub noun: &'static str,
    pub id: String,
    pub label: String,
}

/// A value as it was or is: the raw value for scripts and its wording for people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shown {
    pub value: Value,
    pub text: String,
}

/// One filled field of an added item, as people read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldText {
    pub field: String,
    pub text: String,
}

/// One change between two studies.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    /// A new item, with its filled fields.
    Added {
        item: ItemTag,
        fields: Vec<FieldText>,
    },
    Removed {
        item: ItemTag,
    },
    /// The same item under a new id; every reference to it followed.
    Renumbered {
        item: ItemTag,
        from: String,
    },
    /// The item now hangs under another parent (an action's theme, a bottleneck's stage).
    Moved {
        item: ItemTag,
        /// The field that holds the parent (`theme`, `stage`).
        field: String,
        from: Option<ItemTag>,
        to: Option<ItemTag>,
    },
    /// The item's place in its list changed; its content did not.
    Reordered {
        item: ItemTag,
        /// The id it now follows, `None` when it is now first.
        after: Option<String>,
    },
    /// A field took a new value. `item` is `None` outside id'd items (cluster profile,
    /// SPV, CFC ...). `words` is set for long text: the inline word-level diff.
    Changed {
        item: Option<ItemTag>,
        /// Path of the field within the item, or from the top of the study.
        field: String,
        old: Shown,
        new: Shown,
        words: Option<Vec<WordOp>>,
    },
    /// Elements added to or removed from a list field (references, products, cost lines).
    ListChanged {
        item: Option<ItemTag>,
        field: String,
        added: Vec<String>,
        removed: Vec<String>,
    },
}

impl Change {
    pub fn item(&self) -> Option<&ItemTag> {
        match self {
            Change::Added { item, .. }
            | Change::Removed { item }
            | Change::Renumbered { item, .. }
            | Change::Moved { item, .. }
            | Change::Reordered { item, .. } => Some(item),
            Change::Changed { item, .. } | Change::ListChanged { item, .. } => item.as_ref(),
        }
    }
}

/// The changes of one section, in study order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionDiff {
    pub section: Section,
    pub title: &'static str,
    pub changes: Vec<Change>,
}

/// Everything that changed from one study to another, by section, and what it does to
/// the money under the study's scheme.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct StudyDiff {
    pub sections: Vec<SectionDiff>,
    /// Set by [`diff_under`] when a cost or grant moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub money: Option<MoneyEffect>,
}

impl StudyDiff {
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty() && self.money.is_none()
    }

    pub fn count(&self) -> usize {
        self.sections.iter().map(|s| s.changes.len()).sum()
    }
}

/// Fields that hold an item's one parent: a change there is the item moving.
const PARENT_FIELDS: &[(ItemKind, &str)] =
    &[(ItemKind::Action, "theme"), (ItemKind::Bottleneck, "stage")];

/// Keys that are bookkeeping, not content: the format (older files are migrated before
/// comparison) and the ids ever issued.
const NOT_CONTENT: &[&str] = &["format", "last_ids"];

/// Compares two studies item by item.
pub fn diff(old: &Study, new: &Study) -> Result<StudyDiff, DiffError> {
    let renames = renumbering(old, new)?;
    let mut old = old.clone();
    apply_renames(&mut old, &renames);
    let names = Names::new(new, &old);
    let mut old_tree = to_tree(&old)?;
    let mut new_tree = to_tree(new)?;
    let mut walk = Walk {
        names: &names,
        out: BTreeMap::new(),
    };

    for &kind in ItemKind::ALL {
        let old_list = take_list(&mut old_tree, kind.list_path());
        let new_list = take_list(&mut new_tree, kind.list_path());
        walk.items(kind, &old_list, &new_list, &renames);
    }

    // What is left is the study outside id'd items: meta, the cluster profile, the vision,
    // the plan's start, value-chain links, the SPV and the CFC.
    let empty = serde_json::Map::new();
    let old_top = old_tree.as_object().unwrap_or(&empty);
    let new_top = new_tree.as_object().unwrap_or(&empty);
    for key in union_keys(old_top, new_top) {
        if NOT_CONTENT.contains(&key.as_str()) {
            continue;
        }
        let section = Section::of_path(&key).unwrap_or(Section::Meta);
        let (o, n) = (
            old_top.get(&key).unwrap_or(&Value::Null),
            new_top.get(&key).unwrap_or(&Value::Null),
        );
        walk.value(section, None, &key, o, n);
    }

    let sections = Section::ALL
        .iter()
        .filter_map(|&section| {
            let changes = walk.out.remove(&section)?;
            Some(SectionDiff {
                section,
                title: section.label(),
                changes,
            })
        })
        .collect();
    Ok(StudyDiff {
        sections,
        money: None,
    })
}

/// [`diff`] with the money effect: both studies financed under their scheme in `catalog`.
pub fn diff_under(
    old: &Study,
    new: &Study,
    catalog: &crate::scheme::Catalog,
) -> Result<StudyDiff, DiffError> {
    let mut d = diff(old, new)?;
    d.money = money_effect(old, new, catalog);
    Ok(d)
}

/// The study as a JSON tree, the common form the diff and the merge walk.
pub(crate) fn to_tree(study: &Study) -> Result<Value, DiffError> {
    serde_json::to_value(study).map_err(|e| DiffError::Serialize(e.to_string()))
}

/// Takes the list at a dotted path out of the tree (so the walk of the rest skips it).
pub(crate) fn take_list(tree: &mut Value, path: &str) -> Vec<Value> {
    let (parent, key) = match path.rsplit_once('.') {
        Some((p, k)) => (p.split('.').collect::<Vec<_>>(), k),
        None => (Vec::new(), path),
    };
    let mut node = tree;
    for step in parent {
        match node.get_mut(step) {
            Some(next) => node = next,
            None => return Vec::new(),
        }
    }
    match node.as_object_mut().and_then(|m| m.remove(key)) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    }
}

/// The id of an element of an id'd list, or its position while it has none.
pub(crate) fn element_id(value: &Value, index: usize) -> String {
    match value.get("id").and_then(Value::as_str) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => format!("#{}", index + 1),
    }
}

fn union_keys(
    a: &serde_json::Map<String, Value>,
    b: &serde_json::Map<String, Value>,
) -> Vec<String> {
    let mut keys: Vec<String> = b.keys().cloned().collect();
    keys.extend(a.keys().filter(|k| !b.contains_key(*k)).cloned());
    keys
}

/// Pairs of (old id, new id) for items that only changed their id: same kind, same
/// content once the references among them are followed.
fn renumbering(old: &Study, new: &Study) -> Result<Vec<(Id, Id)>, DiffError> {
    let new_tree = to_tree(new)?;
    let new_ids: BTreeSet<Id> = new.items().into_iter().map(|i| i.id).collect();
    let old_ids: BTreeSet<Id> = old.items().into_iter().map(|i| i.id).collect();
    let mut pairs: Vec<(Id, Id)> = Vec::new();
    // Each round follows the renumberings found so far, so an action whose theme was
    // renumbered too is recognised in the next round.
    for _ in 0..ItemKind::ALL.len() {
        let mut mapped = old.clone();
        apply_renames(&mut mapped, &pairs);
        let old_tree = to_tree(&mapped)?;
        let mut found = false;
        for &kind in ItemKind::ALL {
            let olds = id_values(&old_tree, kind.list_path());
            let news = id_values(&new_tree, kind.list_path());
            for (old_id, old_value) in &olds {
                let gone = !new_ids.contains(old_id) && !pairs.iter().any(|(o, _)| o == old_id);
                if !gone {
                    continue;
                }
                let candidate = news.iter().find(|(new_id, new_value)| {
                    !old_ids.contains(new_id)
                        && !pairs.iter().any(|(_, n)| n == new_id)
                        && without_id(new_value) == without_id(old_value)
                });
                if let Some((new_id, _)) = candidate {
                    pairs.push((old_id.clone(), new_id.clone()));
                    found = true;
                }
            }
        }
        if !found {
            break;
        }
    }
    Ok(pairs)
}

fn id_values(tree: &Value, path: &str) -> Vec<(Id, Value)> {
    let mut node = tree;
    for step in path.split('.') {
        match node.get(step) {
            Some(next) => node = next,
            None => return Vec::new(),
        }
    }
    node.as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|v| {
                    let id: Id = v.get("id")?.as_str()?.parse().ok()?;
                    Some((id, v.clone()))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn without_id(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(m) = v.as_object_mut() {
        m.remove("id");
    }
    v
}

/// Renames ids all at once (through placeholders, so that b-3 → b-4 and b-4 → b-5 in one
/// set do not chain).
pub(crate) fn apply_renames(study: &mut Study, pairs: &[(Id, Id)]) {
    let placeholder = |n: usize| Id::new("renumbering", n as u32 + 1);
    for (n, (old, _)) in pairs.iter().enumerate() {
        study.rename_id(old, &placeholder(n));
    }
    for (n, (_, new)) in pairs.iter().enumerate() {
        study.rename_id(&placeholder(n), new);
    }
}

/// How people name the items of both studies (the new name first).
pub(crate) struct Names {
    tags: BTreeMap<String, ItemTag>,
    /// Field names that hold references (`addresses`, `theme`, `met` ...).
    reference_fields: BTreeSet<String>,
}

impl Names {
    pub(crate) fn new(first: &Study, second: &Study) -> Names {
        let mut tags = BTreeMap::new();
        for study in [second, first] {
            for item in study.items() {
                if item.id.is_empty() {
                    continue;
                }
                tags.insert(
                    item.id.to_string(),
                    ItemTag {
                        kind: item.kind,
                        noun: item.kind.noun(),
                        id: item.id.to_string(),
                        label: item.label,
                    },
                );
            }
        }
        let reference_fields = [first, second]
            .iter()
            .flat_map(|s| s.references())
            .filter_map(|r| r.path.rsplit('.').next().map(|f| last_key(f).to_string()))
            .collect();
        Names {
            tags,
            reference_fields,
        }
    }

    pub(crate) fn tag(&self, id: &str) -> Option<&ItemTag> {
        self.tags.get(id)
    }

    /// The tag of an item, or a bare one when the id names nothing (a dangling reference).
    pub(crate) fn tag_or_bare(&self, kind: ItemKind, id: &str) -> ItemTag {
        self.tag(id).cloned().unwrap_or_else(|| ItemTag {
            kind,
            noun: kind.noun(),
            id: id.to_string(),
            label: String::new(),
        })
    }

    pub(crate) fn is_reference(&self, field: &str) -> bool {
        self.reference_fields.contains(field)
    }
}

struct Walk<'a> {
    names: &'a Names,
    out: BTreeMap<Section, Vec<Change>>,
}

impl Walk<'_> {
    fn push(&mut self, section: Section, change: Change) {
        self.out.entry(section).or_default().push(change);
    }

    fn items(&mut self, kind: ItemKind, old: &[Value], new: &[Value], renames: &[(Id, Id)]) {
        let section = kind.section();
        let old_ids: Vec<String> = old
            .iter()
            .enumerate()
            .map(|(i, v)| element_id(v, i))
            .collect();
        let new_ids: Vec<String> = new
            .iter()
            .enumerate()
            .map(|(i, v)| element_id(v, i))
            .collect();
        let tag = |id: &str| self.names.tag_or_bare(kind, id);

        for (old_id, new_id) in renames {
            if new_id.prefix() == kind.prefix() {
                let change = Change::Renumbered {
                    item: tag(new_id.as_str()),
                    from: old_id.to_string(),
                };
                self.push(section, change);
            }
        }
        for (value, id) in new.iter().zip(&new_ids) {
            match old_ids.iter().position(|o| o == id) {
                None => {
                    let fields = added_fields(value, self.names);
                    self.push(
                        section,
                        Change::Added {
                            item: tag(id),
                            fields,
                        },
                    );
                }
                Some(at) => {
                    let item = tag(id);
                    self.fields(section, &item, &old[at], value);
                }
            }
        }
        for id in old_ids.iter().filter(|id| !new_ids.contains(id)) {
            self.push(section, Change::Removed { item: tag(id) });
        }
        self.order(section, kind, &old_ids, &new_ids);
    }

    /// Items kept on both sides whose order changed: the ones outside the longest common
    /// sequence are the ones that moved.
    fn order(&mut self, section: Section, kind: ItemKind, old_ids: &[String], new_ids: &[String]) {
        let old_common: Vec<&String> = old_ids.iter().filter(|id| new_ids.contains(id)).collect();
        let new_common: Vec<&String> = new_ids.iter().filter(|id| old_ids.contains(id)).collect();
        if old_common == new_common {
            return;
        }
        let kept = words::common_subsequence(&old_common, &new_common);
        for (n, id) in new_common.iter().enumerate() {
            if kept.contains(id) {
                continue;
            }
            let after = n.checked_sub(1).map(|p| new_common[p].to_string());
            let item = self.names.tag_or_bare(kind, id);
            self.push(section, Change::Reordered { item, after });
        }
    }

    fn fields(&mut self, section: Section, item: &ItemTag, old: &Value, new: &Value) {
        let (Some(o), Some(n)) = (old.as_object(), new.as_object()) else {
            self.value(section, Some(item), "", old, new);
            return;
        };
        for key in union_keys(o, n) {
            let (ov, nv) = (
                o.get(&key).unwrap_or(&Value::Null),
                n.get(&key).unwrap_or(&Value::Null),
            );
            if ov == nv {
                continue;
            }
            if PARENT_FIELDS.contains(&(item.kind, key.as_str())) {
                let parent = |v: &Value| {
                    v.as_str().map(|id| {
                        let kind = id
                            .parse::<Id>()
                            .ok()
                            .and_then(|id| ItemKind::of_prefix(id.prefix()))
                            .unwrap_or(item.kind);
                        self.names.tag_or_bare(kind, id)
                    })
                };
                let change = Change::Moved {
                    item: item.clone(),
                    field: key.clone(),
                    from: parent(ov),
                    to: parent(nv),
                };
                self.push(section, change);
                continue;
            }
            self.value(section, Some(item), &key, ov, nv);
        }
    }

    /// Compares one value at `path` (within the item, or from the top of the study).
    fn value(
        &mut self,
        section: Section,
        item: Option<&ItemTag>,
        path: &str,
        old: &Value,
        new: &Value,
    ) {
        if old == new {
            return;
        }
        let key = last_key(path);
        match (old, new) {
            (Value::Object(o), Value::Object(n)) => {
                for k in union_keys(o, n) {
                    let sub = join(path, &k);
                    let (ov, nv) = (
                        o.get(&k).unwrap_or(&Value::Null),
                        n.get(&k).unwrap_or(&Value::Null),
                    );
                    self.value(section, item, &sub, ov, nv);
                }
            }
            // A cost is an amount or lines: say the total first, then what changed in the lines.
            _ if key == "cost" => {
                self.changed(section, item, path, old, new);
                let lines = |v: &Value| v.as_array().cloned().unwrap_or_default();
                if old.is_array() && new.is_array() {
                    self.list(
                        section,
                        item,
                        &format!("{path} lines"),
                        &lines(old),
                        &lines(new),
                    );
                }
            }
            (Value::Array(o), Value::Array(n)) => self.list(section, item, path, o, n),
            _ => self.changed(section, item, path, old, new),
        }
    }

    fn changed(
        &mut self,
        section: Section,
        item: Option<&ItemTag>,
        path: &str,
        old: &Value,
        new: &Value,
    ) {
        let key = last_key(path);
        let words = match (old.as_str(), new.as_str()) {
            (Some(o), Some(n)) if is_long_text(o) || is_long_text(n) => Some(word_diff(o, n)),
            _ => None,
        };
        let change = Change::Changed {
            item: item.cloned(),
            field: path.to_string(),
            old: Shown {
                value: old.clone(),
                text: show(key, old, self.names),
            },
            new: Shown {
                value: new.clone(),
                text: show(key, new, self.names),
            },
            words,
        };
        self.push(section, change);
    }

    /// Lists without ids: references and words compare as sets (their order is not
    /// content); lists of records match by their natural key (a machine's item, a
    /// milestone's activity, a year) and compare field by field.
    fn list(
        &mut self,
        section: Section,
        item: Option<&ItemTag>,
        path: &str,
        old: &[Value],
        new: &[Value],
    ) {
        let key = last_key(path);
        let scalars = old.iter().chain(new).all(|v| v.is_string());
        if scalars {
            let shown = |v: &Value| show(key, v, self.names);
            let added: Vec<String> = new.iter().filter(|v| !old.contains(v)).map(shown).collect();
            let removed: Vec<String> = old.iter().filter(|v| !new.contains(v)).map(shown).collect();
            if !added.is_empty() || !removed.is_empty() {
                let change = Change::ListChanged {
                    item: item.cloned(),
                    field: path.to_string(),
                    added,
                    removed,
                };
                self.push(section, change);
            }
            return;
        }
        let records = old.iter().chain(new).all(Value::is_object);
        let keys = records.then(|| (element_keys(old), element_keys(new)));
        let Some((Some(old_keys), Some(new_keys))) = keys else {
            // Numbers by year (utilisation) and anything without a key: the list is the value.
            self.changed(
                section,
                item,
                path,
                &Value::Array(old.to_vec()),
                &Value::Array(new.to_vec()),
            );
            return;
        };
        let mut added = Vec::new();
        for (value, k) in new.iter().zip(&new_keys) {
            match old_keys.iter().position(|o| o == k) {
                Some(at) => {
                    let sub = format!("{path}[{k}]");
                    self.value(section, item, &sub, &old[at], value);
                }
                None => added.push(summary(value, self.names)),
            }
        }
        let removed: Vec<String> = old
            .iter()
            .zip(&old_keys)
            .filter(|(_, k)| !new_keys.contains(k))
            .map(|(v, _)| summary(v, self.names))
            .collect();
        if !added.is_empty() || !removed.is_empty() {
            let change = Change::ListChanged {
                item: item.cloned(),
                field: path.to_string(),
                added,
                removed,
            };
            self.push(section, change);
        }
    }
}

/// The natural keys of a list of records, if every record has a distinct one.
fn element_keys(list: &[Value]) -> Option<Vec<String>> {
    let keys: Vec<String> = list.iter().map(element_key).collect::<Option<_>>()?;
    let distinct: BTreeSet<&String> = keys.iter().collect();
    (distinct.len() == keys.len()).then_some(keys)
}

fn added_fields(value: &Value, names: &Names) -> Vec<FieldText> {
    let mut out = Vec::new();
    if let Some(map) = value.as_object() {
        for (key, v) in map {
            if key == "id" || value::is_empty(v) {
                continue;
            }
            // Text reads as itself here (one field to a line), without quotes.
            let text = match v.as_str() {
                Some(s) if !names.is_reference(key) => s.trim_end().to_string(),
                _ => show(key, v, names),
            };
            out.push(FieldText {
                field: human_path(key),
                text,
            });
        }
    }
    out
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The last key of a path (`cfc.costs.machinery[Press].quantity` → `quantity`), which
/// decides how a value is worded (`_rs` is money, `_pct` a share).
fn last_key(path: &str) -> &str {
    let tail = path.rsplit('.').next().unwrap_or(path);
    let tail = tail.split('[').next().unwrap_or(tail);
    tail.strip_suffix(" lines").unwrap_or(tail)
}
