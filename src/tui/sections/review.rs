//! Review notes: a reviewer's comments on items or sections, and whether they are resolved.

use crate::i18n::Messages;
use chrono::NaiveDate;

use crate::model::{Id, ItemKind, ReviewNote, Section, Study};

use super::{id_list, Item, Part, SectionDef};
use crate::tui::fields::{at, review_targets, short, Field};
use crate::tui::views::ViewKind;

impl Item for ReviewNote {
    fn label(&self, _: &Messages) -> String {
        let done = if self.resolved { "✓" } else { "·" };
        format!(
            "{} {done} on {}: {}",
            self.id,
            self.on,
            short(&self.text, 60)
        )
    }
    /// What the note is about by its name: "on b-3 No testing lab", "on Cluster profile".
    fn label_in(&self, study: &Study, m: &Messages) -> String {
        let done = if self.resolved { "✓" } else { "·" };
        let item = self.on.parse::<Id>().ok().and_then(|id| {
            study
                .item(&id)
                .map(|i| format!("{id} {}", short(&i.label, 16)))
        });
        let on = item
            .or_else(|| Section::from_word(&self.on).map(|s| m.label(s.label()).into_owned()))
            .unwrap_or_else(|| self.on.clone());
        m.phrase(&crate::phrase!(
            "{id} {done} on {on}: {text}",
            id = &self.id,
            done,
            on,
            text = short(&self.text, 60)
        ))
    }
    fn id(&self) -> Option<&Id> {
        Some(&self.id)
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
}

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Review,
        hint: "Comments from reviewers on an item or a section, and whether each is resolved.",
        parts: vec![
            Part::View(ViewKind::Findings),
            id_list::<ReviewNote>(
                ItemKind::ReviewNote,
                "Notes",
                at!(review),
                vec![
                    Field::choice_from::<String>(
                        "on",
                        "On",
                        "The item or section the note is about.",
                        review_targets,
                        at!(review[].on),
                    ),
                    Field::line::<String>("by", "By", "", at!(review[].by)),
                    Field::line::<Option<NaiveDate>>("date", "Date", "", at!(review[].date)),
                    Field::prose::<String>("text", "Note", "", at!(review[].text)),
                    Field::toggle("resolved", "Resolved", "", at!(review[].resolved)),
                ],
            ),
            Part::View(ViewKind::Preview),
        ],
    }
}
