//! The vision and the flagship themes: the few critical issues the project will attack.

use crate::model::{Id, ItemKind, Section, Study, Theme};

use super::{form, id_item, id_label, id_list, Part, SectionDef};
use crate::tui::fields::{at, Field};
use crate::tui::views::ViewKind;

id_item!(Theme, |x| id_label(&x.id, &x.title));

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Themes,
        hint: "Where the cluster wants to be in five years, and the few flagship themes (not \
               everything) the project will attack to get there, each naming the bottlenecks \
               it addresses.",
        parts: vec![
            form(
                "Vision",
                vec![Field::prose::<String>(
                    "vision",
                    "Vision",
                    "Where the cluster wants to be in five years, agreed with its people.",
                    at!(vision),
                ),
                Field::prose::<String>(
                    "vision_hi",
                    "Vision in Hindi",
                    "The vision in Hindi. For documents in Hindi or in both languages (render --lang hi, en+hi).",
                    at!(vision_hi),
                )],
            ),
            id_list::<Theme>(
                ItemKind::Theme,
                "Themes",
                at!(themes),
                vec![
                    Field::line::<String>("title", "Theme", "", at!(themes[].title)),
                    Field::prose::<String>(
                        "objective",
                        "Objective",
                        "What the theme will achieve.",
                        at!(themes[].objective),
                    ),
                    Field::pick::<Vec<Id>>(
                        "addresses",
                        "Addresses",
                        "The bottlenecks this theme attacks (Space ticks).",
                        ItemKind::Bottleneck,
                        at!(themes[].addresses),
                    ),
                    Field::prose::<String>(
                        "rationale",
                        "Rationale",
                        "Why this theme, and why now.",
                        at!(themes[].rationale),
                    ),
                    Field::line::<String>(
                        "title_hi",
                        "Theme in Hindi",
                        "The theme's title in Hindi. For documents in Hindi or in both languages (render --lang hi, en+hi).",
                        at!(themes[].title_hi),
                    ),
                    Field::prose::<String>(
                        "objective_hi",
                        "Objective in Hindi",
                        "The objective in Hindi. For documents in Hindi or in both languages (render --lang hi, en+hi).",
                        at!(themes[].objective_hi),
                    ),
                ],
            ),
            Part::View(ViewKind::Coverage),
        ],
    }
}
