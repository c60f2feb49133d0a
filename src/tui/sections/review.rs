//! Review notes: a reviewer's comments on items or sections, and whether they are resolved.

use chrono::NaiveDate;

use cdstudy::model::{ItemKind, ReviewNote, Section, Study};

use super::{id_item, id_list, Part, SectionDef};
use crate::tui::fields::{at, review_targets, short, Field};
use crate::tui::views::ViewKind;

id_item!(ReviewNote, |x| {
    let done = if x.resolved { "✓" } else { "·" };
    format!("{} {done} on {}: {}", x.id, x.on, short(&x.text, 60))
});

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
