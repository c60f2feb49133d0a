//! SWOT: strengths, weaknesses, opportunities and threats, each with its evidence.

use crate::model::{ItemKind, Section, Study, SwotItem};

use super::{id_item, id_label, id_list, Part, SectionDef};
use crate::tui::fields::{at, Field};
use crate::tui::views::ViewKind;

id_item!(SwotItem, |x| id_label(&x.id, &x.text));

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Swot,
        hint: "Strengths and weaknesses inside the cluster, opportunities and threats outside \
               it; each with the evidence seen in the field.",
        parts: vec![
            Part::View(ViewKind::Swot),
            id_list::<SwotItem>(
                ItemKind::Strength,
                "Strengths",
                at!(swot.strengths),
                vec![
                    Field::prose::<String>("text", "Strength", "", at!(swot.strengths[].text)),
                    Field::prose::<String>(
                        "evidence",
                        "Evidence",
                        "What shows it.",
                        at!(swot.strengths[].evidence),
                    ),
                ],
            ),
            id_list::<SwotItem>(
                ItemKind::Weakness,
                "Weaknesses",
                at!(swot.weaknesses),
                vec![
                    Field::prose::<String>("text", "Weakness", "", at!(swot.weaknesses[].text)),
                    Field::prose::<String>(
                        "evidence",
                        "Evidence",
                        "What shows it.",
                        at!(swot.weaknesses[].evidence),
                    ),
                ],
            ),
            id_list::<SwotItem>(
                ItemKind::Opportunity,
                "Opportunities",
                at!(swot.opportunities),
                vec![
                    Field::prose::<String>(
                        "text",
                        "Opportunity",
                        "",
                        at!(swot.opportunities[].text),
                    ),
                    Field::prose::<String>(
                        "evidence",
                        "Evidence",
                        "What shows it.",
                        at!(swot.opportunities[].evidence),
                    ),
                ],
            ),
            id_list::<SwotItem>(
                ItemKind::Threat,
                "Threats",
                at!(swot.threats),
                vec![
                    Field::prose::<String>("text", "Threat", "", at!(swot.threats[].text)),
                    Field::prose::<String>(
                        "evidence",
                        "Evidence",
                        "What shows it.",
                        at!(swot.threats[].evidence),
                    ),
                ],
            ),
        ],
    }
}
