//! The value chain: stages from raw material to market, and the links between them.

use crate::i18n::Messages;
use crate::model::{Id, ItemKind, Link, Section, Stage, Study};

use super::{id_item, id_label, id_list, plain_list, Item, Part, SectionDef};
use crate::tui::fields::{at, short, Field};
use crate::tui::views::ViewKind;

id_item!(Stage, |x| id_label(&x.id, &x.name));

impl Item for Link {
    fn label(&self, _: &Messages) -> String {
        let end = |id: &Id| {
            if id.is_empty() {
                "?".to_string()
            } else {
                id.to_string()
            }
        };
        format!("{} → {}  {}", end(&self.from), end(&self.to), self.note)
    }
    /// "vc-1 Moulding → vc-2 Finishing", so the row reads without the stage list beside it.
    fn label_in(&self, study: &Study, m: &Messages) -> String {
        let end = |id: &Id| {
            if id.is_empty() {
                return m.label("(not chosen)").into_owned();
            }
            match study.item(id) {
                Some(item) => format!("{id} {}", short(&item.label, 24)),
                None => m.phrase(&crate::phrase!("{id} (missing)", id)),
            }
        };
        format!("{} → {}  {}", end(&self.from), end(&self.to), self.note)
    }
}

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::ValueChain,
        hint: "Map the chain from raw material to market, stage by stage: who the actors are, \
               what they do, where value is added and where it is lost.",
        parts: vec![
            Part::View(ViewKind::Map),
            id_list::<Stage>(
                ItemKind::Stage,
                "Stages",
                at!(value_chain.stages),
                vec![
                    Field::line::<String>(
                        "name",
                        "Stage",
                        "Raw material, moulding, marketing ...",
                        at!(value_chain.stages[].name),
                    ),
                    Field::prose::<Vec<String>>(
                        "actors",
                        "Actors",
                        "Who works at this stage, one per line.",
                        at!(value_chain.stages[].actors),
                    ),
                    Field::prose::<String>(
                        "activities",
                        "Activities",
                        "",
                        at!(value_chain.stages[].activities),
                    ),
                    Field::prose::<String>(
                        "value_added",
                        "Value added",
                        "Where value is added here, and how much where known.",
                        at!(value_chain.stages[].value_added),
                    ),
                    Field::prose::<String>(
                        "issues",
                        "Value lost",
                        "Where value is lost at this stage.",
                        at!(value_chain.stages[].issues),
                    ),
                ],
            ),
            plain_list::<Link>(
                "Links",
                "link",
                |_, _| "value_chain.links".into(),
                at!(value_chain.links),
                vec![
                    Field::pick::<Id>(
                        "from",
                        "From",
                        "The stage the flow starts at.",
                        ItemKind::Stage,
                        at!(value_chain.links[].from),
                    ),
                    Field::pick::<Id>(
                        "to",
                        "To",
                        "The stage it goes to.",
                        ItemKind::Stage,
                        at!(value_chain.links[].to),
                    ),
                    Field::line::<String>(
                        "note",
                        "What flows",
                        "Material, money or information.",
                        at!(value_chain.links[].note),
                    ),
                ],
            ),
        ],
    }
}
