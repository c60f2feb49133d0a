//! The three-way merge of studies, item by item (what `cdstudy merge` does as git's merge
//! driver).
//!
//! Changes to different items, or to different fields of one item, merge cleanly; lists
//! of references and of words merge as sets. New items that took the same id on both sides
//! keep it on our side and are renumbered on theirs, with every reference on their side
//! following, before anything is merged. `last_ids` is never a conflict: the merge keeps,
//! per prefix, the highest id either side ever issued, so no id is reused afterwards.
//!
//! A true conflict (one field changed both ways, an item deleted on one side and edited on
//! the other, a reference to an item the other side deleted) keeps our value — or the
//! edited item, so no work is lost — and is recorded as an unresolved review note by
//! [`MERGE_NOTE_BY`] on the item concerned, with both values. The file stays a study that
//! loads, opens in the TUI and renders; `check` reports every such note as an error until
//! someone settles it. Conflict markers would do neither: a half-merged YAML file loads
//! nowhere, and markers inside a block of YAML are easy to resolve into broken YAML.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value};

use super::value::{human_path, show};
use super::{apply_renames, element_id, to_tree, DiffError, ItemTag, Names};
use crate::check::MERGE_NOTE_BY;
use crate::model::{issue_id, Id, IssuedIds, ItemKind, ReviewNote, Section, Study};

/// The outcome of a merge.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged study, with a review note for every conflict.
    pub study: Study,
    pub conflicts: Vec<Conflict>,
    /// Their new items that took an id our side also took for another new item.
    pub renumbered: Vec<Renumbering>,
}

impl Merged {
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Renumbering {
    pub noun: &'static str,
    pub from: String,
    pub to: String,
    pub label: String,
    /// References on their side that now point at the new id.
    pub references: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    /// The same field changed to different values on the two sides.
    BothChanged,
    /// Our side deleted the item, their side edited it (their edited item is kept).
    DeletedByOursEditedByTheirs,
    /// Their side deleted the item, our side edited it (ours is kept).
    EditedByOursDeletedByTheirs,
    /// One side refers to an item the other side deleted (`ours` and `theirs` hold the
    /// id the merged study refers to).
    ReferenceToDeleted,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    pub section: Section,
    /// The item concerned, `None` outside id'd items.
    pub item: Option<ItemTag>,
    /// The field within the item (or from the top of the study); empty for a whole item.
    pub field: String,
    pub base: Value,
    pub ours: Value,
    pub theirs: Value,
    /// The review note that records it in the merged study.
    pub note: String,
    /// What the note says.
    pub text: String,
}

/// Merges `ours` and `theirs`, both changed from `base`. `today` dates the conflict notes.
pub fn merge(
    base: &Study,
    ours: &Study,
    theirs: &Study,
    today: NaiveDate,
) -> Result<Merged, DiffError> {
    let mut theirs = theirs.clone();
    let mut issued = highest_issued(&[base, ours, &theirs]);
    let renumbered = renumber_clashes(base, ours, &mut theirs, &mut issued)?;

    let names = Names::new(ours, &theirs);
    let mut merger = Merger {
        names: &names,
        conflicts: Vec::new(),
    };
    let (b, o, t) = (to_tree(base)?, to_tree(ours)?, to_tree(&theirs)?);
    let top = Place {
        section: Section::Meta,
        item: None,
    };
    let mut merged = merger.value(&top, "", &b, &o, &t);
    if let Some(map) = merged.as_object_mut() {
        let ids = serde_json::to_value(&issued).map_err(|e| DiffError::Serialize(e.to_string()))?;
        map.insert("last_ids".into(), ids);
    }
    let mut study: Study =
        serde_path_to_error::deserialize(merged).map_err(|e| DiffError::Merged {
            path: e.path().to_string(),
            message: e.inner().to_string(),
        })?;
    let mut conflicts = merger.conflicts;
    conflicts.extend(references_to_deleted(base, &study, &names));

    for conflict in &mut conflicts {
        let id = study.issue_id(ItemKind::ReviewNote);
        conflict.note = id.to_string();
        study.review.push(ReviewNote {
            id,
            on: match &conflict.item {
                Some(tag) => tag.id.clone(),
                None => conflict.section.word().to_string(),
            },
            by: MERGE_NOTE_BY.to_string(),
            date: Some(today),
            text: conflict.text.clone(),
            resolved: false,
        });
    }
    Ok(Merged {
        study,
        conflicts,
        renumbered,
    })
}

/// Per prefix, the highest id number any of the studies issued or uses.
fn highest_issued(studies: &[&Study]) -> IssuedIds {
    let mut issued = IssuedIds::new();
    for study in studies {
        let used = study
            .items()
            .into_iter()
            .map(|i| (i.id.prefix().to_string(), i.id.number()));
        for (prefix, n) in study
            .last_ids
            .iter()
            .map(|(p, n)| (p.clone(), *n))
            .chain(used)
        {
            if prefix.is_empty() {
                continue;
            }
            let slot = issued.entry(prefix).or_insert(0);
            *slot = (*slot).max(n);
        }
    }
    issued
}

/// New items on both sides under one id, with different content: theirs get fresh ids.
fn renumber_clashes(
    base: &Study,
    ours: &Study,
    theirs: &mut Study,
    issued: &mut IssuedIds,
) -> Result<Vec<Renumbering>, DiffError> {
    let base_ids: BTreeSet<Id> = base.items().into_iter().map(|i| i.id).collect();
    let (ours_tree, theirs_tree) = (to_tree(ours)?, to_tree(theirs)?);
    let item_value = |tree: &Value, kind: ItemKind, id: &Id| -> Option<Value> {
        let mut node = tree;
        for step in kind.list_path().split('.') {
            node = node.get(step)?;
        }
        node.as_array()?
            .iter()
            .find(|v| v.get("id").and_then(Value::as_str) == Some(id.as_str()))
            .cloned()
    };
    let ours_items = ours.items();
    let mut in_use: Vec<Id> = ours_items.iter().map(|i| i.id.clone()).collect();
    in_use.extend(theirs.items().into_iter().map(|i| i.id));
    let mut out = Vec::new();
    let mut renames: Vec<(Id, Id)> = Vec::new();
    for item in theirs.items() {
        if item.id.is_empty() || base_ids.contains(&item.id) {
            continue;
        }
        let Some(mine) = ours_items.iter().find(|i| i.id == item.id) else {
            continue;
        };
        let same = item_value(&ours_tree, mine.kind, &item.id)
            == item_value(&theirs_tree, item.kind, &item.id)
            && mine.kind == item.kind;
        if same {
            continue;
        }
        let fresh = issue_id(issued, item.kind.prefix(), &in_use);
        in_use.push(fresh.clone());
        out.push(Renumbering {
            noun: item.kind.noun(),
            from: item.id.to_string(),
            to: fresh.to_string(),
            label: item.label.clone(),
            references: theirs.referrers(&item.id).len(),
        });
        renames.push((item.id.clone(), fresh));
    }
    apply_renames(theirs, &renames);
    Ok(out)
}

/// Where in the study the merge is.
#[derive(Clone)]
struct Place {
    section: Section,
    item: Option<ItemTag>,
}

struct Merger<'a> {
    names: &'a Names,
    conflicts: Vec<Conflict>,
}

impl Merger<'_> {
    fn value(&mut self, at: &Place, path: &str, b: &Value, o: &Value, t: &Value) -> Value {
        if o == t || b == t {
            return o.clone();
        }
        if b == o {
            return t.clone();
        }
        match (o, t) {
            (Value::Object(om), Value::Object(tm)) => {
                let empty = Map::new();
                let bm = b.as_object().unwrap_or(&empty);
                let mut out = Map::new();
                let keys = om.keys().chain(tm.keys().filter(|k| !om.contains_key(*k)));
                for key in keys {
                    let sub = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    let mut here = at.clone();
                    if at.item.is_none() && path.is_empty() {
                        here.section = Section::of_path(key).unwrap_or(Section::Meta);
                    }
                    let null = Value::Null;
                    let (bv, ov, tv) = (
                        bm.get(key).unwrap_or(&null),
                        om.get(key).unwrap_or(&null),
                        tm.get(key).unwrap_or(&null),
                    );
                    out.insert(key.clone(), self.value(&here, &sub, bv, ov, tv));
                }
                Value::Object(out)
            }
            (Value::Array(ol), Value::Array(tl)) => {
                let empty = Vec::new();
                let bl = b.as_array().unwrap_or(&empty);
                let has_ids = |l: &Vec<Value>| l.iter().any(|v| v.get("id").is_some());
                if at.item.is_none() && (has_ids(bl) || has_ids(ol) || has_ids(tl)) {
                    Value::Array(self.items(at, path, bl, ol, tl))
                } else if let Some(set) = set_merge(bl, ol, tl) {
                    Value::Array(set)
                } else {
                    self.conflict(at, path, ConflictKind::BothChanged, b, o, t);
                    o.clone()
                }
            }
            _ => {
                self.conflict(at, path, ConflictKind::BothChanged, b, o, t);
                o.clone()
            }
        }
    }

    /// An id'd list: items matched by id; our order, with their new items after the item
    /// they follow on their side.
    fn items(
        &mut self,
        at: &Place,
        path: &str,
        b: &[Value],
        o: &[Value],
        t: &[Value],
    ) -> Vec<Value> {
        let keyed = |l: &[Value]| -> Vec<(String, Value)> {
            l.iter()
                .enumerate()
                .map(|(i, v)| (element_id(v, i), v.clone()))
                .collect()
        };
        let (bk, ok, tk) = (keyed(b), keyed(o), keyed(t));
        let find = |l: &[(String, Value)], id: &str| {
            l.iter().find(|(k, _)| k == id).map(|(_, v)| v.clone())
        };
        let kind = ItemKind::ALL
            .iter()
            .copied()
            .find(|k| k.list_path() == path);

        let mut order: Vec<String> = ok.iter().map(|(k, _)| k.clone()).collect();
        let ours_new = |id: &String| find(&bk, id).is_none() && find(&tk, id).is_none();
        let mut previous: Option<String> = None;
        for (id, _) in &tk {
            if !order.contains(id) {
                // After the item it follows on their side, and after what our side added
                // there: both sides' additions read in the order they were made.
                let mut at_pos = previous
                    .as_ref()
                    .and_then(|p| order.iter().position(|x| x == p))
                    .map_or(0, |p| p + 1);
                while at_pos < order.len() && ours_new(&order[at_pos]) {
                    at_pos += 1;
                }
                order.insert(at_pos, id.clone());
            }
            previous = Some(id.clone());
        }

        let mut out = Vec::new();
        for id in order {
            let tag = kind.map(|k| self.names.tag_or_bare(k, &id));
            let place = Place {
                section: at.section,
                item: tag,
            };
            match (find(&bk, &id), find(&ok, &id), find(&tk, &id)) {
                (Some(bv), Some(ov), Some(tv)) => out.push(self.value(&place, "", &bv, &ov, &tv)),
                (Some(bv), Some(ov), None) => {
                    if ov != bv {
                        let kind = ConflictKind::EditedByOursDeletedByTheirs;
                        self.conflict(&place, "", kind, &bv, &ov, &Value::Null);
                        out.push(ov);
                    }
                }
                (Some(bv), None, Some(tv)) => {
                    if tv != bv {
                        let kind = ConflictKind::DeletedByOursEditedByTheirs;
                        self.conflict(&place, "", kind, &bv, &Value::Null, &tv);
                        out.push(tv);
                    }
                }
                (None, Some(ov), Some(tv)) => {
                    out.push(self.value(&place, "", &Value::Null, &ov, &tv))
                }
                (None, Some(v), None) | (None, None, Some(v)) => out.push(v),
                (Some(_), None, None) | (None, None, None) => {}
            }
        }
        out
    }

    fn conflict(
        &mut self,
        at: &Place,
        path: &str,
        kind: ConflictKind,
        b: &Value,
        o: &Value,
        t: &Value,
    ) {
        let text = conflict_text(kind, at, path, b, o, t, self.names);
        self.conflicts.push(Conflict {
            kind,
            section: at.section,
            item: at.item.clone(),
            field: path.to_string(),
            base: b.clone(),
            ours: o.clone(),
            theirs: t.clone(),
            note: String::new(),
            text,
        });
    }
}

/// Lists of distinct words or references merge as sets: what either side took out is out,
/// what either side put in is in (after the element it follows).
fn set_merge(b: &[Value], o: &[Value], t: &[Value]) -> Option<Vec<Value>> {
    let strings = |l: &[Value]| {
        let distinct: BTreeSet<&str> = l.iter().filter_map(Value::as_str).collect();
        distinct.len() == l.len()
    };
    if !(strings(b) && strings(o) && strings(t)) {
        return None;
    }
    let mut out: Vec<Value> = o
        .iter()
        .filter(|v| !b.contains(v) || t.contains(v))
        .cloned()
        .collect();
    let mut previous: Option<&Value> = None;
    for v in t {
        if !b.contains(v) && !out.contains(v) {
            let mut at = previous
                .and_then(|p| out.iter().position(|x| x == p))
                .map_or(0, |p| p + 1);
            // Our additions at that place stay first, as in an id'd list.
            while at < out.len() && !b.contains(&out[at]) && !t.contains(&out[at]) {
                at += 1;
            }
            out.insert(at, v.clone());
        }
        previous = Some(v);
    }
    Some(out)
}

/// References in the merged study to items that the base had and one side deleted.
fn references_to_deleted(base: &Study, merged: &Study, names: &Names) -> Vec<Conflict> {
    let base_ids: BTreeSet<Id> = base.items().into_iter().map(|i| i.id).collect();
    let mut out = Vec::new();
    for r in merged.references() {
        if merged.has_item(&r.target) || !base_ids.contains(&r.target) {
            continue;
        }
        let item =
            ItemKind::of_prefix(r.from.prefix()).map(|k| names.tag_or_bare(k, r.from.as_str()));
        let field = super::last_key(&r.path).to_string();
        let place = Place {
            section: Section::of_path(&r.path).unwrap_or(Section::Meta),
            item,
        };
        // The merged study holds the reference: both "sides" of the value are it.
        let target = Value::String(r.target.to_string());
        let kind = ConflictKind::ReferenceToDeleted;
        let text = conflict_text(kind, &place, &field, &Value::Null, &target, &target, names);
        out.push(Conflict {
            kind,
            section: place.section,
            item: place.item,
            field,
            base: Value::Null,
            ours: target.clone(),
            theirs: target,
            note: String::new(),
            text,
        });
    }
    out
}

fn conflict_text(
    kind: ConflictKind,
    at: &Place,
    path: &str,
    b: &Value,
    o: &Value,
    t: &Value,
    names: &Names,
) -> String {
    let key = path.rsplit('.').next().unwrap_or(path);
    let noun = at.item.as_ref().map_or("item", |i| i.noun);
    let then = "then mark this note resolved (resolved: true) or delete it";
    match kind {
        ConflictKind::BothChanged => format!(
            "Merge conflict on {}: ours {}, theirs {} (before both: {}). Ours is kept; set the \
             value that is right, {then}.",
            human_path(path),
            show(key, o, names),
            show(key, t, names),
            show(key, b, names),
        ),
        ConflictKind::EditedByOursDeletedByTheirs => format!(
            "Merge conflict: theirs deleted this {noun}, ours edited it. Ours is kept; delete the \
             {noun} if the deletion stands, {then}."
        ),
        ConflictKind::DeletedByOursEditedByTheirs => format!(
            "Merge conflict: ours deleted this {noun}, theirs edited it. Their edited {noun} is \
             kept; delete it again if the deletion stands, {then}."
        ),
        ConflictKind::ReferenceToDeleted => {
            let gone = o
                .as_str()
                .and_then(|id| names.tag(id))
                .map(|t| format!("{} {} '{}'", t.noun, t.id, t.label))
                .unwrap_or_else(|| show(key, o, names));
            format!(
                "Merge conflict: {key} refers to {gone}, which one side deleted while the other \
                 side added this reference. Remove the reference or restore the item, {then}."
            )
        }
    }
}
