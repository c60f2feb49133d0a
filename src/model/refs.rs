//! The id'd items of a study and the references between them, walked in one place so that
//! `check` (dangling references), the TUI (what refers to an item before deleting it), the
//! semantic diff and merges (renumbering) all agree on what refers to what.

use super::ids::{prefix, Id};
use super::study::Study;
use super::Section;

/// Every kind of item that carries an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Visit,
    Interview,
    Stakeholder,
    Stage,
    Strength,
    Weakness,
    Opportunity,
    Threat,
    Bottleneck,
    Theme,
    Action,
    Indicator,
    Member,
    ReviewNote,
}

impl ItemKind {
    pub const ALL: &'static [ItemKind] = &[
        ItemKind::Visit,
        ItemKind::Interview,
        ItemKind::Stakeholder,
        ItemKind::Stage,
        ItemKind::Strength,
        ItemKind::Weakness,
        ItemKind::Opportunity,
        ItemKind::Threat,
        ItemKind::Bottleneck,
        ItemKind::Theme,
        ItemKind::Action,
        ItemKind::Indicator,
        ItemKind::Member,
        ItemKind::ReviewNote,
    ];

    pub fn prefix(self) -> &'static str {
        match self {
            ItemKind::Visit => prefix::VISIT,
            ItemKind::Interview => prefix::INTERVIEW,
            ItemKind::Stakeholder => prefix::STAKEHOLDER,
            ItemKind::Stage => prefix::STAGE,
            ItemKind::Strength => prefix::STRENGTH,
            ItemKind::Weakness => prefix::WEAKNESS,
            ItemKind::Opportunity => prefix::OPPORTUNITY,
            ItemKind::Threat => prefix::THREAT,
            ItemKind::Bottleneck => prefix::BOTTLENECK,
            ItemKind::Theme => prefix::THEME,
            ItemKind::Action => prefix::ACTION,
            ItemKind::Indicator => prefix::INDICATOR,
            ItemKind::Member => prefix::MEMBER,
            ItemKind::ReviewNote => prefix::REVIEW,
        }
    }

    pub fn of_prefix(p: &str) -> Option<ItemKind> {
        ItemKind::ALL.iter().copied().find(|k| k.prefix() == p)
    }

    /// The list in the file that holds items of this kind.
    pub fn list_path(self) -> &'static str {
        match self {
            ItemKind::Visit => "field_work.visits",
            ItemKind::Interview => "field_work.interviews",
            ItemKind::Stakeholder => "stakeholders",
            ItemKind::Stage => "value_chain.stages",
            ItemKind::Strength => "swot.strengths",
            ItemKind::Weakness => "swot.weaknesses",
            ItemKind::Opportunity => "swot.opportunities",
            ItemKind::Threat => "swot.threats",
            ItemKind::Bottleneck => "bottlenecks",
            ItemKind::Theme => "themes",
            ItemKind::Action => "action_plan.actions",
            ItemKind::Indicator => "indicators",
            ItemKind::Member => "spv.members",
            ItemKind::ReviewNote => "review",
        }
    }

    /// What people call one item of this kind.
    pub fn noun(self) -> &'static str {
        match self {
            ItemKind::Visit => "visit",
            ItemKind::Interview => "interview",
            ItemKind::Stakeholder => "stakeholder",
            ItemKind::Stage => "value-chain stage",
            ItemKind::Strength => "strength",
            ItemKind::Weakness => "weakness",
            ItemKind::Opportunity => "opportunity",
            ItemKind::Threat => "threat",
            ItemKind::Bottleneck => "bottleneck",
            ItemKind::Theme => "theme",
            ItemKind::Action => "action",
            ItemKind::Indicator => "indicator",
            ItemKind::Member => "SPV member",
            ItemKind::ReviewNote => "review note",
        }
    }

    pub fn section(self) -> Section {
        Section::of_path(self.list_path()).unwrap_or(Section::Meta)
    }

    /// The path of one item: `bottlenecks[b-3]`, or by position while it has no id.
    pub fn item_path(self, id: &Id, index: usize) -> String {
        if id.is_empty() {
            format!("{}[{index}]", self.list_path())
        } else {
            format!("{}[{id}]", self.list_path())
        }
    }
}

/// One id'd item, as the walks see it.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemRef {
    pub kind: ItemKind,
    pub id: Id,
    /// Position in its list.
    pub index: usize,
    /// Its title, name or text: how people recognise it.
    pub label: String,
}

impl ItemRef {
    pub fn path(&self) -> String {
        self.kind.item_path(&self.id, self.index)
    }
}

/// One reference from a field of one item to an item elsewhere.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// The path of the referring field: `themes[t-1].addresses`.
    pub path: String,
    /// The item the field belongs to (empty for review notes without an id).
    pub from: Id,
    /// What kind of item the field must point at; `None` for a review note's `on`, which
    /// may name any item (or a section, which is not a reference).
    pub expects: Option<ItemKind>,
    pub target: Id,
}

impl Study {
    /// Every id'd item, in file order.
    pub fn items(&self) -> Vec<ItemRef> {
        let mut out = Vec::new();
        let mut push = |kind: ItemKind, list: &mut dyn Iterator<Item = (&Id, String)>| {
            for (index, (id, label)) in list.enumerate() {
                out.push(ItemRef {
                    kind,
                    id: id.clone(),
                    index,
                    label,
                });
            }
        };
        let fw = &self.field_work;
        push(
            ItemKind::Visit,
            &mut fw.visits.iter().map(|v| {
                let label = match v.date {
                    Some(d) => format!("{} ({d})", v.place),
                    None => v.place.clone(),
                };
                (&v.id, label)
            }),
        );
        push(
            ItemKind::Interview,
            &mut fw.interviews.iter().map(|i| (&i.id, i.unit.clone())),
        );
        push(
            ItemKind::Stakeholder,
            &mut self.stakeholders.iter().map(|s| (&s.id, s.name.clone())),
        );
        push(
            ItemKind::Stage,
            &mut self
                .value_chain
                .stages
                .iter()
                .map(|s| (&s.id, s.name.clone())),
        );
        let swot = &self.swot;
        for (kind, list) in [
            (ItemKind::Strength, &swot.strengths),
            (ItemKind::Weakness, &swot.weaknesses),
            (ItemKind::Opportunity, &swot.opportunities),
            (ItemKind::Threat, &swot.threats),
        ] {
            push(kind, &mut list.iter().map(|s| (&s.id, s.text.clone())));
        }
        push(
            ItemKind::Bottleneck,
            &mut self.bottlenecks.iter().map(|b| (&b.id, b.title.clone())),
        );
        push(
            ItemKind::Theme,
            &mut self.themes.iter().map(|t| (&t.id, t.title.clone())),
        );
        push(
            ItemKind::Action,
            &mut self
                .action_plan
                .actions
                .iter()
                .map(|a| (&a.id, a.title.clone())),
        );
        push(
            ItemKind::Indicator,
            &mut self.indicators.iter().map(|k| (&k.id, k.name.clone())),
        );
        if let Some(spv) = &self.spv {
            push(
                ItemKind::Member,
                &mut spv.members.iter().map(|m| (&m.id, m.name.clone())),
            );
        }
        push(
            ItemKind::ReviewNote,
            &mut self.review.iter().map(|r| (&r.id, r.text.clone())),
        );
        out
    }

    /// Every reference between items, in file order.
    pub fn references(&self) -> Vec<Reference> {
        // A list field's references carry their position (`addresses[1]`), so a finding
        // points at the very line; a single field's (`stage`) do not.
        fn add<'a>(
            out: &mut Vec<Reference>,
            (kind, from, index): (ItemKind, &Id, usize),
            field: &str,
            expects: Option<ItemKind>,
            targets: impl IntoIterator<Item = &'a Id>,
        ) {
            for target in targets {
                out.push(Reference {
                    path: format!("{}.{field}", kind.item_path(from, index)),
                    from: from.clone(),
                    expects,
                    target: target.clone(),
                });
            }
        }
        fn add_list(
            out: &mut Vec<Reference>,
            (kind, from, index): (ItemKind, &Id, usize),
            field: &str,
            expects: ItemKind,
            targets: &[Id],
        ) {
            for (i, target) in targets.iter().enumerate() {
                out.push(Reference {
                    path: format!("{}.{field}[{i}]", kind.item_path(from, index)),
                    from: from.clone(),
                    expects: Some(expects),
                    target: target.clone(),
                });
            }
        }
        let mut out = Vec::new();
        for (i, v) in self.field_work.visits.iter().enumerate() {
            let at = (ItemKind::Visit, &v.id, i);
            add_list(&mut out, at, "met", ItemKind::Stakeholder, &v.met);
        }
        for (i, iv) in self.field_work.interviews.iter().enumerate() {
            let at = (ItemKind::Interview, &iv.id, i);
            add_list(
                &mut out,
                at,
                "bottlenecks",
                ItemKind::Bottleneck,
                &iv.bottlenecks,
            );
        }
        for (i, link) in self.value_chain.links.iter().enumerate() {
            for (field, target) in [("from", &link.from), ("to", &link.to)] {
                out.push(Reference {
                    path: format!("value_chain.links[{i}].{field}"),
                    from: Id::default(),
                    expects: Some(ItemKind::Stage),
                    target: target.clone(),
                });
            }
        }
        for (i, b) in self.bottlenecks.iter().enumerate() {
            let at = (ItemKind::Bottleneck, &b.id, i);
            add(&mut out, at, "stage", Some(ItemKind::Stage), &b.stage);
        }
        for (i, t) in self.themes.iter().enumerate() {
            let at = (ItemKind::Theme, &t.id, i);
            add_list(
                &mut out,
                at,
                "addresses",
                ItemKind::Bottleneck,
                &t.addresses,
            );
        }
        for (i, a) in self.action_plan.actions.iter().enumerate() {
            let at = (ItemKind::Action, &a.id, i);
            add(&mut out, at, "theme", Some(ItemKind::Theme), &a.theme);
            add_list(
                &mut out,
                at,
                "indicators",
                ItemKind::Indicator,
                &a.indicators,
            );
            add_list(&mut out, at, "after", ItemKind::Action, &a.after);
        }
        // Photographs have no ids of their own: their paths are by position.
        for (i, photo) in self.photos.iter().enumerate() {
            for (field, target, expects) in [
                ("visit", &photo.visit, ItemKind::Visit),
                ("stage", &photo.stage, ItemKind::Stage),
            ] {
                out.extend(target.iter().map(|target| Reference {
                    path: format!("photos[{i}].{field}"),
                    from: Id::default(),
                    expects: Some(expects),
                    target: target.clone(),
                }));
            }
        }
        // CFC milestones have no ids of their own either: their paths are by position.
        for (m, milestone) in self.cfc.iter().flat_map(|c| &c.schedule).enumerate() {
            for (i, target) in milestone.after.iter().enumerate() {
                out.push(Reference {
                    path: format!("cfc.schedule[{m}].after[{i}]"),
                    from: Id::default(),
                    expects: Some(ItemKind::Action),
                    target: target.clone(),
                });
            }
        }
        // Progress entries have no ids of their own: their paths are by position.
        if let Some(progress) = &self.progress {
            for (p, period) in progress.periods.iter().enumerate() {
                for (i, a) in period.actions.iter().enumerate() {
                    out.extend(a.action.iter().map(|target| Reference {
                        path: format!("progress.periods[{p}].actions[{i}].action"),
                        from: Id::default(),
                        expects: Some(ItemKind::Action),
                        target: target.clone(),
                    }));
                }
                for (i, k) in period.indicators.iter().enumerate() {
                    out.extend(k.indicator.iter().map(|target| Reference {
                        path: format!("progress.periods[{p}].indicators[{i}].indicator"),
                        from: Id::default(),
                        expects: Some(ItemKind::Indicator),
                        target: target.clone(),
                    }));
                }
            }
        }
        for (i, r) in self.review.iter().enumerate() {
            // A note on a section ("swot") is not a reference to an item.
            if let Ok(id) = r.on.parse::<Id>() {
                let at = (ItemKind::ReviewNote, &r.id, i);
                add(&mut out, at, "on", None, [&id]);
            }
        }
        out
    }

    /// The references that point at `id`: what would dangle if it were deleted.
    pub fn referrers(&self, id: &Id) -> Vec<Reference> {
        self.references()
            .into_iter()
            .filter(|r| &r.target == id)
            .collect()
    }

    /// Removes every reference to `id` (before the item is deleted, so nothing dangles):
    /// lists drop it, single references become empty, review notes on it are kept but
    /// no longer point at it. Returns how many references were removed.
    pub fn remove_references(&mut self, id: &Id) -> usize {
        let mut removed = 0;
        let mut from_list = |list: &mut Vec<Id>| {
            let before = list.len();
            list.retain(|x| x != id);
            removed += before - list.len();
        };
        for v in &mut self.field_work.visits {
            from_list(&mut v.met);
        }
        for iv in &mut self.field_work.interviews {
            from_list(&mut iv.bottlenecks);
        }
        for t in &mut self.themes {
            from_list(&mut t.addresses);
        }
        for a in &mut self.action_plan.actions {
            from_list(&mut a.indicators);
            from_list(&mut a.after);
        }
        for m in self.cfc.iter_mut().flat_map(|c| &mut c.schedule) {
            from_list(&mut m.after);
        }
        let mut from_one = |one: &mut Option<Id>| {
            if one.as_ref() == Some(id) {
                *one = None;
                removed += 1;
            }
        };
        for b in &mut self.bottlenecks {
            from_one(&mut b.stage);
        }
        for a in &mut self.action_plan.actions {
            from_one(&mut a.theme);
        }
        for p in &mut self.photos {
            from_one(&mut p.visit);
            from_one(&mut p.stage);
        }
        for period in self.progress.iter_mut().flat_map(|p| &mut p.periods) {
            for a in &mut period.actions {
                from_one(&mut a.action);
            }
            for k in &mut period.indicators {
                from_one(&mut k.indicator);
            }
        }
        let links = self.value_chain.links.len();
        self.value_chain
            .links
            .retain(|l| &l.from != id && &l.to != id);
        removed += links - self.value_chain.links.len();
        for r in &mut self.review {
            if r.on == id.as_str() {
                r.on.clear();
                removed += 1;
            }
        }
        removed
    }

    /// Gives an item a new id and updates every reference to it. Returns how many
    /// references changed. The caller makes sure `new` is free.
    pub fn rename_id(&mut self, old: &Id, new: &Id) -> usize {
        let mut changed: usize = 0;
        let mut swap = |id: &mut Id| {
            if id == old {
                *id = new.clone();
                changed += 1;
            }
        };
        self.for_each_id_mut(&mut swap);
        for r in &mut self.review {
            if r.on == old.as_str() {
                r.on = new.to_string();
                changed += 1;
            }
        }
        // The item's own id was counted above; report references only.
        changed.saturating_sub(1)
    }

    /// Visits every id field, the items' own ids and the references, mutably.
    fn for_each_id_mut(&mut self, f: &mut dyn FnMut(&mut Id)) {
        let fw = &mut self.field_work;
        for v in &mut fw.visits {
            f(&mut v.id);
            v.met.iter_mut().for_each(&mut *f);
        }
        for iv in &mut fw.interviews {
            f(&mut iv.id);
            iv.bottlenecks.iter_mut().for_each(&mut *f);
        }
        self.stakeholders.iter_mut().for_each(|s| f(&mut s.id));
        for s in &mut self.value_chain.stages {
            f(&mut s.id);
        }
        for l in &mut self.value_chain.links {
            f(&mut l.from);
            f(&mut l.to);
        }
        let swot = &mut self.swot;
        for list in [
            &mut swot.strengths,
            &mut swot.weaknesses,
            &mut swot.opportunities,
            &mut swot.threats,
        ] {
            list.iter_mut().for_each(|s| f(&mut s.id));
        }
        for b in &mut self.bottlenecks {
            f(&mut b.id);
            b.stage.iter_mut().for_each(&mut *f);
        }
        for t in &mut self.themes {
            f(&mut t.id);
            t.addresses.iter_mut().for_each(&mut *f);
        }
        for a in &mut self.action_plan.actions {
            f(&mut a.id);
            a.theme.iter_mut().for_each(&mut *f);
            a.indicators.iter_mut().for_each(&mut *f);
            a.after.iter_mut().for_each(&mut *f);
        }
        for m in self.cfc.iter_mut().flat_map(|c| &mut c.schedule) {
            m.after.iter_mut().for_each(&mut *f);
        }
        for p in &mut self.photos {
            p.visit.iter_mut().for_each(&mut *f);
            p.stage.iter_mut().for_each(&mut *f);
        }
        self.indicators.iter_mut().for_each(|k| f(&mut k.id));
        if let Some(spv) = &mut self.spv {
            spv.members.iter_mut().for_each(|m| f(&mut m.id));
        }
        for period in self.progress.iter_mut().flat_map(|p| &mut p.periods) {
            for a in &mut period.actions {
                a.action.iter_mut().for_each(&mut *f);
            }
            for k in &mut period.indicators {
                k.indicator.iter_mut().for_each(&mut *f);
            }
        }
        self.review.iter_mut().for_each(|r| f(&mut r.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bottleneck, Theme};

    fn id(s: &str) -> Id {
        s.parse().unwrap()
    }

    /// `references`, `rename_id` and `remove_references` each walk the reference fields
    /// by hand; on every reference of the example studies they must agree, so a field
    /// added to one and not the others fails here.
    #[test]
    fn the_three_reference_walks_agree_on_the_examples() {
        for file in ["studies/ujjain-plastic.yaml", "studies/bokaro-bamboo.yaml"] {
            let study = crate::store::load(std::path::Path::new(file))
                .unwrap()
                .study;
            let refs = study.references();
            let mut targets: Vec<&Id> = refs.iter().map(|r| &r.target).collect();
            targets.sort();
            targets.dedup();
            for target in targets {
                let paths = |s: &Study, t: &Id| -> Vec<String> {
                    s.references()
                        .into_iter()
                        .filter(|r| &r.target == t)
                        .map(|r| r.path)
                        .collect()
                };
                let before = paths(&study, target);
                let fresh = id(&format!("{}-999", target.prefix()));
                let mut renamed = study.clone();
                renamed.rename_id(target, &fresh);
                assert!(paths(&renamed, target).is_empty(), "{file}: {target} left");
                if !study.has_item(target) {
                    continue;
                }
                // The referring fields are the same ones, now pointing at the new id
                // (paths name the referring item, so its own renaming shows too).
                assert_eq!(
                    paths(&renamed, &fresh).len(),
                    before.len(),
                    "{file}: {target}"
                );
                let mut removed = study.clone();
                let count = removed.remove_references(target);
                assert_eq!(count, before.len(), "{file}: {target}: {before:?}");
                assert!(paths(&removed, target).is_empty(), "{file}: {target}");
            }
        }
    }

    #[test]
    fn rename_updates_every_reference() {
        let mut study = Study::default();
        study.bottlenecks.push(Bottleneck {
            id: id("b-1"),
            ..Default::default()
        });
        study.themes.push(Theme {
            id: id("t-1"),
            addresses: vec![id("b-1")],
            ..Default::default()
        });
        study.review.push(crate::model::ReviewNote {
            id: id("r-1"),
            on: "b-1".into(),
            ..Default::default()
        });
        assert_eq!(study.referrers(&id("b-1")).len(), 2);
        assert_eq!(study.rename_id(&id("b-1"), &id("b-7")), 2);
        assert_eq!(study.bottlenecks[0].id, id("b-7"));
        assert_eq!(study.themes[0].addresses, vec![id("b-7")]);
        assert_eq!(study.review[0].on, "b-7");
        assert!(study.referrers(&id("b-1")).is_empty());
    }

    #[test]
    fn removing_references_leaves_nothing_dangling() {
        let mut study = Study::default();
        study.bottlenecks.push(Bottleneck {
            id: id("b-1"),
            ..Default::default()
        });
        study.themes.push(Theme {
            id: id("t-1"),
            addresses: vec![id("b-1"), id("b-2")],
            ..Default::default()
        });
        study.review.push(crate::model::ReviewNote {
            id: id("r-1"),
            on: "b-1".into(),
            ..Default::default()
        });
        assert_eq!(study.remove_references(&id("b-1")), 2);
        assert!(study.referrers(&id("b-1")).is_empty());
        assert_eq!(study.themes[0].addresses, vec![id("b-2")]);
    }
}
