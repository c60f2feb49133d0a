//! Where the person is: the section, its tab (part), the selected item and field of
//! each part, a view's cursor and scroll, and which pane has the keyboard (sidebar, list,
//! form or a view). It owns that state and moves it; what the lists hold it reads from the
//! study it is given, never from the app.

use crate::model::Study;

use super::fields::Field;
use super::keys::Mode;
use super::sections::{self, ListDef, Part, Place, SectionDef};
use super::views::ViewKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sidebar,
    List,
    Form,
    /// A view's own keys (the map, the budget ...).
    View,
}

#[derive(Debug, Clone, Default)]
pub struct PartState {
    /// The selected item of a list, or row of a view.
    pub item: usize,
    pub field: usize,
    /// A view's selected column (a SWOT quadrant).
    pub cell: usize,
    /// A scrolling view's first line, and how far it is shifted sideways.
    pub scroll: usize,
    pub shift: usize,
}

#[derive(Debug, Clone)]
pub struct SectionState {
    pub part: usize,
    pub parts: Vec<PartState>,
}

/// The section shown, the tab and selection of every part, and the focus.
pub struct Nav {
    pub defs: Vec<SectionDef>,
    pub section: usize,
    pub focus: Focus,
    pub sections: Vec<SectionState>,
    /// Where Esc goes back to after a view opened an item (section, part).
    pub return_to: Option<(usize, usize)>,
}

impl Nav {
    /// The sidebar, on the first section, every part at its first item.
    pub fn new() -> Nav {
        let defs = sections::all();
        let sections = defs
            .iter()
            .map(|d| SectionState {
                part: 0,
                parts: vec![PartState::default(); d.parts.len()],
            })
            .collect();
        Nav {
            defs,
            section: 0,
            focus: Focus::Sidebar,
            sections,
            return_to: None,
        }
    }

    /// The mode of where the keyboard is when nothing is being edited.
    pub fn browsing_mode(&self) -> Mode {
        match (self.focus, self.part()) {
            (Focus::Sidebar, _) => Mode::Sidebar,
            (Focus::List, _) => Mode::List,
            (Focus::Form, _) => Mode::Form,
            (Focus::View, Part::View(v)) => Mode::View(*v),
            (Focus::View, _) => Mode::Sidebar,
        }
    }

    /// The view shown, when the current part is one.
    pub fn view_kind(&self) -> Option<ViewKind> {
        match self.part() {
            Part::View(v) => Some(*v),
            _ => None,
        }
    }

    pub fn def(&self) -> &SectionDef {
        &self.defs[self.section]
    }

    pub fn part_index(&self) -> usize {
        self.sections[self.section].part
    }

    pub fn part(&self) -> &Part {
        &self.def().parts[self.part_index()]
    }

    pub fn part_state(&self) -> &PartState {
        &self.sections[self.section].parts[self.part_index()]
    }

    pub fn part_state_mut(&mut self) -> &mut PartState {
        let part = self.part_index();
        &mut self.sections[self.section].parts[part]
    }

    /// The address of the item holding the current list, or `None` when the list belongs
    /// to an item that does not exist yet (cost lines with no action).
    pub fn parent_at(&self, study: &Study) -> Option<Vec<usize>> {
        match self.part() {
            Part::List(list) => self.parent_of(study, self.section, list),
            Part::Form(_) | Part::View(_) => Some(Vec::new()),
        }
    }

    /// The address of the item holding part `part` of the current section.
    pub fn parent_of_part(&self, study: &Study, part: usize) -> Option<Vec<usize>> {
        match &self.def().parts[part] {
            Part::List(list) => self.parent_of(study, self.section, list),
            Part::Form(_) | Part::View(_) => Some(Vec::new()),
        }
    }

    fn parent_of(&self, study: &Study, section: usize, list: &ListDef) -> Option<Vec<usize>> {
        let Some(holder) = list.parent else {
            return Some(Vec::new());
        };
        let Part::List(holder_list) = &self.defs[section].parts[holder] else {
            return None;
        };
        let n = holder_list.ops.len(study, &[]);
        let item = self.sections[section].parts[holder].item;
        (n > 0).then(|| vec![item.min(n - 1)])
    }

    /// The number of items in the current list.
    pub fn list_len(&self, study: &Study) -> usize {
        match (self.part(), self.parent_at(study)) {
            (Part::List(list), Some(parent)) => list.ops.len(study, &parent),
            _ => 0,
        }
    }

    /// The address of the selected item (empty for a form), or `None` for an empty list.
    pub fn current_at(&self, study: &Study) -> Option<Vec<usize>> {
        match self.part() {
            Part::View(_) => None,
            Part::Form(_) => Some(Vec::new()),
            Part::List(_) => {
                let n = self.list_len(study);
                let mut at = self.parent_at(study)?;
                (n > 0).then(|| {
                    at.push(self.part_state().item.min(n - 1));
                    at
                })
            }
        }
    }

    /// The fields of the current part.
    pub fn fields(&self) -> &[Field] {
        self.part().fields()
    }

    /// Moves the selection of where the keyboard is `by` rows (clamped to the ends).
    pub fn step(&mut self, study: &Study, by: i64) {
        let moved = |i: usize, n: usize| -> usize {
            if n == 0 {
                return 0;
            }
            (i as i64 + by).clamp(0, n as i64 - 1) as usize
        };
        match self.focus {
            Focus::Sidebar => {
                self.section = moved(self.section, self.defs.len());
            }
            Focus::List => {
                let n = self.list_len(study);
                let s = self.part_state_mut();
                s.item = moved(s.item, n);
                s.field = 0;
            }
            Focus::Form => {
                let n = self.fields().len();
                let s = self.part_state_mut();
                s.field = moved(s.field, n);
            }
            Focus::View => {}
        }
        if self.focus == Focus::Sidebar {
            self.return_to = None;
        }
    }

    pub fn content_focus(&self) -> Focus {
        match self.part() {
            Part::List(_) => Focus::List,
            Part::Form(_) => Focus::Form,
            Part::View(_) => Focus::View,
        }
    }

    /// Esc while browsing: from an item's form to its list, out of what a view opened back
    /// to the view, else to the sidebar.
    pub fn back(&mut self) {
        self.focus = match (self.focus, self.part()) {
            (Focus::Form, Part::List(_)) => Focus::List,
            // Out of what a view opened: back to the view.
            (Focus::List | Focus::Form, _) if self.return_to.is_some() => {
                if let Some((section, part)) = self.return_to.take() {
                    self.section = section;
                    self.sections[section].part = part;
                }
                Focus::View
            }
            _ => Focus::Sidebar,
        };
    }

    /// The next (or previous) tab of the section.
    pub fn switch_part(&mut self, by: i64) {
        let n = self.def().parts.len() as i64;
        if n <= 1 {
            return;
        }
        let part = (self.part_index() as i64 + by).rem_euclid(n) as usize;
        self.sections[self.section].part = part;
        if self.focus != Focus::Sidebar {
            self.focus = self.content_focus();
        }
    }

    /// Keeps selections inside their lists after items went away.
    pub fn clamp(&mut self, study: &Study) {
        for si in 0..self.defs.len() {
            for pi in 0..self.defs[si].parts.len() {
                let n = match &self.defs[si].parts[pi] {
                    Part::List(list) => match self.parent_of(study, si, list) {
                        Some(parent) => list.ops.len(study, &parent),
                        None => 0,
                    },
                    Part::Form(f) => {
                        let nf = f.fields.len();
                        let s = &mut self.sections[si].parts[pi];
                        s.field = s.field.min(nf.saturating_sub(1));
                        continue;
                    }
                    // A view keeps its selection inside what it shows as it draws.
                    Part::View(_) => continue,
                };
                let s = &mut self.sections[si].parts[pi];
                s.item = s.item.min(n.saturating_sub(1));
            }
        }
        if self.focus == Focus::Form && self.current_at(study).is_none() {
            self.focus = Focus::List;
        }
    }

    pub fn go_to(&mut self, place: &Place) {
        self.section = place.section;
        self.sections[place.section].part = place.part;
        if let Part::List(list) = &self.defs[place.section].parts[place.part] {
            if let (Some(holder), Some(&first)) = (list.parent, place.at.first()) {
                self.sections[place.section].parts[holder].item = first;
            }
        }
        let state = &mut self.sections[place.section].parts[place.part];
        if let Some(&last) = place.at.last() {
            let holder_depth = match &self.defs[place.section].parts[place.part] {
                Part::List(l) if l.parent.is_some() => 2,
                _ => 1,
            };
            if place.at.len() >= holder_depth {
                state.item = last;
            }
        }
        if let Some(f) = place.field {
            state.field = f;
        }
        let has_item = !place.at.is_empty()
            && match &self.defs[place.section].parts[place.part] {
                Part::List(l) if l.parent.is_some() => place.at.len() >= 2,
                _ => true,
            };
        self.focus = match (
            &self.defs[place.section].parts[place.part],
            place.field,
            has_item,
        ) {
            (Part::View(_), _, _) => Focus::View,
            (Part::Form(_), _, _) => Focus::Form,
            (Part::List(_), Some(_), _) => Focus::Form,
            (Part::List(_), None, _) => Focus::List,
        };
    }

    /// The field at `place`, if there is one.
    pub fn field_def(&self, place: &Place) -> Option<&Field> {
        let part = self.defs.get(place.section)?.parts.get(place.part)?;
        part.fields().get(place.field?)
    }

    /// Selects item `index` of the list of `part` of `section`, at its first field.
    pub fn select(&mut self, section: usize, part: usize, index: usize) {
        if let Some(s) = self
            .sections
            .get_mut(section)
            .and_then(|s| s.parts.get_mut(part))
        {
            s.item = index;
            s.field = 0;
        }
    }
}
