//! The sections of the study as the UI walks them: for each, a hint in the words of the
//! method and its parts (a form of the section's own values, or a list of items with a
//! form per item). One module per section declares only its fields; lists, forms, paths
//! for `check` findings and "go to the first thing missing" work the same for all.
//!
//! Beside forms and lists, a section may show views (`Part::View`): a value-chain map, a
//! SWOT grid, the live budget ... drawn from the study and the engine's figures, their
//! items opened or edited through the same lists and forms (see `tui::views`).

mod action_plan;
mod bottlenecks;
mod cfc;
mod cluster;
mod field_work;
mod indicators;
mod meta;
mod progress;
mod review;
mod selection;
mod spv;
mod stakeholders;
mod swot;
mod themes;
mod value_chain;

use crate::i18n::Messages;
use crate::model::{Id, ItemKind, Section, Study};

use super::fields::{short, Field};
use super::views::ViewKind;

pub struct SectionDef {
    pub section: Section,
    /// What the section needs, in the words of the method.
    pub hint: &'static str,
    pub parts: Vec<Part>,
}

pub enum Part {
    Form(FormDef),
    List(ListDef),
    /// A view of the section (or of the study) with keys of its own.
    View(ViewKind),
}

impl Part {
    pub fn title(&self) -> &'static str {
        match self {
            Part::Form(f) => f.title,
            Part::List(l) => l.title,
            Part::View(v) => v.title(),
        }
    }

    /// The fields of a form or of a list's items; a view has none of its own.
    pub fn fields(&self) -> &[Field] {
        match self {
            Part::Form(f) => &f.fields,
            Part::List(l) => &l.fields,
            Part::View(_) => &[],
        }
    }
}

/// The section's own values (the cluster profile, the SPV ...).
pub struct FormDef {
    pub title: &'static str,
    pub fields: Vec<Field>,
    /// For optional sections (SPV, CFC): whether the study has it, and how to remove it.
    pub optional: Option<OptionalPart>,
}

pub struct OptionalPart {
    pub present: fn(&Study) -> bool,
    pub remove: fn(&mut Study),
    /// What is removed, for the confirmation.
    pub noun: &'static str,
}

/// A list of items, each with the same form.
pub struct ListDef {
    pub title: &'static str,
    /// What one item is called ("bottleneck", "cost line").
    pub noun: &'static str,
    /// The part whose selected item holds this list (cost lines of the selected action).
    pub parent: Option<usize>,
    pub fields: Vec<Field>,
    pub ops: Box<dyn ListOps>,
}

/// The operations every list supports. `parent` addresses the item holding the list
/// (empty for the study's own lists); `at` is `parent` plus the item's index.
pub trait ListOps {
    fn len(&self, study: &Study, parent: &[usize]) -> usize;
    /// The item's row in the list.
    fn label(&self, study: &Study, at: &[usize], m: &Messages) -> String;
    /// The item's id, when its kind has ids.
    fn id(&self, study: &Study, at: &[usize]) -> Option<Id>;
    /// Where `check` findings about the list point: `bottlenecks`, `cfc.costs.machinery`.
    fn list_path(&self, study: &Study, parent: &[usize]) -> String;
    /// Where findings about the item point: `bottlenecks[b-3]`, `cfc.costs.machinery[2]`.
    fn item_path(&self, study: &Study, at: &[usize]) -> String;
    /// Appends a new item (with a fresh id where the kind has ids); its index.
    fn add(&self, study: &mut Study, parent: &[usize]) -> Option<usize>;
    fn remove(&self, study: &mut Study, at: &[usize]);
    fn swap(&self, study: &mut Study, parent: &[usize], a: usize, b: usize);
}

/// An item of a list: how it shows in the list, and its id where its kind has ids.
pub trait Item: Default {
    /// The row, its fixed words (a severity, a status) in the screen's language `m`.
    fn label(&self, m: &Messages) -> String;
    /// The row as the study names what it refers to (a link's stages by their names);
    /// the row of `label` for items that refer to nothing.
    fn label_in(&self, _study: &Study, m: &Messages) -> String {
        self.label(m)
    }
    fn id(&self) -> Option<&Id> {
        None
    }
    fn set_id(&mut self, _id: Id) {}
}

/// `Item` for a kind of item with an `id` field, shown by `label`.
macro_rules! id_item {
    ($t:ty, |$x:ident| $label:expr) => {
        id_item!($t, |$x, _words| $label);
    };
    ($t:ty, |$x:ident, $m:ident| $label:expr) => {
        impl $crate::tui::sections::Item for $t {
            fn label(&self, $m: &$crate::i18n::Messages) -> String {
                let $x = self;
                $label
            }
            fn id(&self) -> Option<&crate::model::Id> {
                Some(&self.id)
            }
            fn set_id(&mut self, id: crate::model::Id) {
                self.id = id;
            }
        }
    };
}
pub(crate) use id_item;

pub type GetVec<T> = crate::tui::fields::Get<Vec<T>>;
pub type GetVecMut<T> = crate::tui::fields::GetMut<Vec<T>>;

/// A list held in a `Vec` of the study.
pub struct VecList<T> {
    get: GetVec<T>,
    get_mut: GetVecMut<T>,
    /// The kind of the items, when they have ids (it knows the list's path).
    kind: Option<ItemKind>,
    /// The list's path for findings, for items without ids.
    path: fn(&Study, &[usize]) -> String,
}

impl<T: Item + 'static> ListOps for VecList<T> {
    fn len(&self, study: &Study, parent: &[usize]) -> usize {
        (self.get)(study, parent).map_or(0, Vec::len)
    }
    fn label(&self, study: &Study, at: &[usize], m: &Messages) -> String {
        self.item(study, at)
            .map(|x| x.label_in(study, m))
            .unwrap_or_default()
    }
    fn id(&self, study: &Study, at: &[usize]) -> Option<Id> {
        self.item(study, at)?
            .id()
            .filter(|id| !id.is_empty())
            .cloned()
    }
    fn list_path(&self, study: &Study, parent: &[usize]) -> String {
        match self.kind {
            Some(kind) => kind.list_path().to_string(),
            None => (self.path)(study, parent),
        }
    }
    fn item_path(&self, study: &Study, at: &[usize]) -> String {
        let (parent, index) = split(at);
        match (self.kind, self.id(study, at)) {
            (Some(kind), Some(id)) => kind.item_path(&id, index),
            _ => format!("{}[{index}]", self.list_path(study, parent)),
        }
    }
    fn add(&self, study: &mut Study, parent: &[usize]) -> Option<usize> {
        let mut item = T::default();
        if let Some(kind) = self.kind {
            item.set_id(study.issue_id(kind));
        }
        let list = (self.get_mut)(study, parent)?;
        list.push(item);
        Some(list.len() - 1)
    }
    fn remove(&self, study: &mut Study, at: &[usize]) {
        let (parent, index) = split(at);
        if let Some(id) = self.id(study, at) {
            study.remove_references(&id);
        }
        if let Some(list) = (self.get_mut)(study, parent) {
            if index < list.len() {
                list.remove(index);
            }
        }
    }
    fn swap(&self, study: &mut Study, parent: &[usize], a: usize, b: usize) {
        if let Some(list) = (self.get_mut)(study, parent) {
            if a < list.len() && b < list.len() {
                list.swap(a, b);
            }
        }
    }
}

impl<T: Item> VecList<T> {
    fn item<'a>(&self, study: &'a Study, at: &[usize]) -> Option<&'a T> {
        let (parent, index) = split(at);
        (self.get)(study, parent)?.get(index)
    }
}

/// A part listing items of `kind`, which have ids.
pub fn id_list<T: Item + 'static>(
    kind: ItemKind,
    title: &'static str,
    (get, get_mut): (GetVec<T>, GetVecMut<T>),
    fields: Vec<Field>,
) -> Part {
    Part::List(ListDef {
        title,
        noun: kind.noun(),
        parent: None,
        fields,
        ops: Box::new(VecList {
            get,
            get_mut,
            kind: Some(kind),
            path: |_, _| String::new(),
        }),
    })
}

/// A part listing items without ids (machines, cost heads ...), found at `path`.
pub fn plain_list<T: Item + 'static>(
    title: &'static str,
    noun: &'static str,
    path: fn(&Study, &[usize]) -> String,
    (get, get_mut): (GetVec<T>, GetVecMut<T>),
    fields: Vec<Field>,
) -> Part {
    Part::List(ListDef {
        title,
        noun,
        parent: None,
        fields,
        ops: Box::new(VecList {
            get,
            get_mut,
            kind: None,
            path,
        }),
    })
}

pub fn form(title: &'static str, fields: Vec<Field>) -> Part {
    Part::Form(FormDef {
        title,
        fields,
        optional: None,
    })
}

/// The holder's address and the item's index.
pub fn split(at: &[usize]) -> (&[usize], usize) {
    match at.split_last() {
        Some((last, parent)) => (parent, *last),
        None => (&[], 0),
    }
}

/// What the row of an item without a title says in its place (in English; `shown`
/// writes it in the screen's language).
pub const UNTITLED: &str = "(untitled)";

/// An item's row label as the screen shows it: the placeholder of an untitled item in the
/// screen's language.
pub fn shown(label: String, m: &crate::i18n::Messages) -> String {
    match label.strip_suffix(UNTITLED) {
        Some(head) if head.is_empty() || head.ends_with("  ") => {
            format!("{head}{}", m.text("placeholder-untitled"))
        }
        _ => label,
    }
}

/// The row of an id'd item: its id and its title.
pub fn id_label(id: &Id, title: &str) -> String {
    let title = if title.trim().is_empty() {
        UNTITLED.to_string()
    } else {
        short(title, 80)
    };
    if id.is_empty() {
        title
    } else {
        format!("{id}  {title}")
    }
}

/// Every section, in study order.
pub fn all() -> Vec<SectionDef> {
    vec![
        meta::def(),
        cluster::def(),
        field_work::def(),
        stakeholders::def(),
        value_chain::def(),
        swot::def(),
        bottlenecks::def(),
        themes::def(),
        action_plan::def(),
        indicators::def(),
        spv::def(),
        cfc::def(),
        selection::def(),
        progress::def(),
        review::def(),
    ]
}

/// A place in the UI: a section, a part, an item (for lists) and a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub section: usize,
    pub part: usize,
    /// The item's address (`parent` + index); empty for forms.
    pub at: Vec<usize>,
    /// `None` for the list itself or for the item as a whole.
    pub field: Option<usize>,
}

/// Where a `check` path leads: the field it names, or the item, the list or the section
/// closest to it.
pub fn locate(defs: &[SectionDef], study: &Study, path: &str) -> Option<Place> {
    let mut best: Option<(usize, Place)> = None;
    let mut consider = |score: usize, place: Place| {
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, place));
        }
    };
    for (si, def) in defs.iter().enumerate() {
        if Section::of_path(path) == Some(def.section) {
            consider(
                1,
                Place {
                    section: si,
                    part: 0,
                    at: Vec::new(),
                    field: None,
                },
            );
        }
        for (pi, part) in def.parts.iter().enumerate() {
            match part {
                Part::Form(form) => {
                    for (fi, field) in form.fields.iter().enumerate() {
                        if let Some(score) = closeness(field.key, path) {
                            consider(
                                score,
                                Place {
                                    section: si,
                                    part: pi,
                                    at: Vec::new(),
                                    field: Some(fi),
                                },
                            );
                        }
                    }
                }
                Part::View(_) => {}
                Part::List(list) => {
                    for parent in parents(defs, si, list, study) {
                        let list_path = list.ops.list_path(study, &parent);
                        if let Some(score) = closeness(&list_path, path) {
                            consider(
                                score,
                                Place {
                                    section: si,
                                    part: pi,
                                    at: parent.clone(),
                                    field: None,
                                },
                            );
                        }
                        for i in 0..list.ops.len(study, &parent) {
                            let mut at = parent.clone();
                            at.push(i);
                            let item_path = list.ops.item_path(study, &at);
                            // An item inside the group the finding names is as close as
                            // any other place in it (the first in study order wins); an
                            // item the finding is about, or inside, beats its list.
                            let score = match closeness(&item_path, path) {
                                None => continue,
                                Some(_) if inside(&item_path, path) => path.len(),
                                Some(_) => item_path.len() + 1,
                            };
                            consider(
                                score,
                                Place {
                                    section: si,
                                    part: pi,
                                    at: at.clone(),
                                    field: None,
                                },
                            );
                            for (fi, field) in list.fields.iter().enumerate() {
                                let field_path = format!("{item_path}.{}", field.key);
                                if let Some(score) = closeness(&field_path, path) {
                                    let score = if inside(&field_path, path) {
                                        score
                                    } else {
                                        score + 1
                                    };
                                    consider(
                                        score,
                                        Place {
                                            section: si,
                                            part: pi,
                                            at: at.clone(),
                                            field: Some(fi),
                                        },
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    best.map(|(_, p)| p)
}

/// Whether a finding at `path` is about a section as a whole (`cfc`, `spv`: the study has
/// none) rather than about a value in it.
pub fn is_section_path(path: &str) -> bool {
    !path.contains(['.', '[']) && Section::from_word(path).is_some()
}

/// Where a finding about the whole section at `path` (in `section`) opens: on the first
/// field, in the section's order, that one of `findings` (paths of `check`) names inside
/// it, or else on the first field of its first form; never on whatever was selected last.
pub fn section_start<'a>(
    defs: &[SectionDef],
    study: &Study,
    section: usize,
    path: &str,
    findings: impl IntoIterator<Item = &'a str>,
) -> Place {
    let order = |p: &Place| (p.part, p.at.clone(), p.field);
    let first_missing = findings
        .into_iter()
        .filter(|f| *f != path && concerns(path, f))
        .filter_map(|f| locate(defs, study, f))
        .filter(|p| p.section == section && p.field.is_some())
        .min_by_key(order);
    if let Some(place) = first_missing {
        return place;
    }
    let parts = defs
        .get(section)
        .map(|d| d.parts.as_slice())
        .unwrap_or_default();
    let first_form = parts
        .iter()
        .position(|p| matches!(p, Part::Form(f) if !f.fields.is_empty()));
    Place {
        section,
        part: first_form.unwrap_or(0),
        at: Vec::new(),
        field: first_form.map(|_| 0),
    }
}

/// Every address of the item holding `list` (one empty address for the study's own lists).
fn parents(defs: &[SectionDef], section: usize, list: &ListDef, study: &Study) -> Vec<Vec<usize>> {
    let Some(parent_part) = list.parent else {
        return vec![Vec::new()];
    };
    match defs[section].parts.get(parent_part) {
        Some(Part::List(holder)) => (0..holder.ops.len(study, &[])).map(|i| vec![i]).collect(),
        _ => Vec::new(),
    }
}

/// How well a place with path `place` fits a finding at `path`: the place is the path or
/// holds it (longer is closer), or the finding is about a group the place belongs to
/// (`cluster.enterprises` for `cluster.enterprises.micro`).
fn closeness(place: &str, path: &str) -> Option<usize> {
    if place == path {
        return Some(place.len() + 2);
    }
    let under = |inner: &str, outer: &str| {
        inner
            .strip_prefix(outer)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
    };
    if under(path, place) {
        return Some(place.len());
    }
    if under(place, path) {
        return Some(path.len());
    }
    None
}

/// Whether `inner` lies strictly inside `outer` (`spv.members[m-1]` inside `spv`).
fn inside(inner: &str, outer: &str) -> bool {
    inner
        .strip_prefix(outer)
        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// Whether a finding at `finding` is about the place at `place` (the field itself, or
/// something under it, or a group it belongs to).
pub fn concerns(place: &str, finding: &str) -> bool {
    closeness(place, finding).is_some()
}

#[cfg(test)]
mod tests;
