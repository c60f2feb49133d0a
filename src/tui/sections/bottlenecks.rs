//! The bottleneck inventory: the critical problems, each tied to a value-chain stage.

use crate::model::{Bottleneck, Category, Id, ItemKind, Percent, Section, Severity, Study};

use super::{id_item, id_label, id_list, SectionDef};
use crate::tui::fields::{at, Field};

id_item!(Bottleneck, |x, m| {
    let severity = x
        .severity
        .map(|s| format!("  [{}]", m.label(s.label())))
        .unwrap_or_default();
    id_label(&x.id, &format!("{}{severity}", x.title))
});

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Bottlenecks,
        hint: "The critical problems, each tied to a value-chain stage and a category (raw \
               material, technology, quality, skills, market access, finance ...), with its \
               severity, the share of units it hits, and the evidence.",
        parts: vec![id_list::<Bottleneck>(
            ItemKind::Bottleneck,
            "Bottlenecks",
            at!(bottlenecks),
            vec![
                Field::line::<String>(
                    "title",
                    "Bottleneck",
                    "The problem in a few words.",
                    at!(bottlenecks[].title),
                ),
                Field::choice::<Option<Category>>(
                    "category",
                    "Category",
                    "",
                    at!(bottlenecks[].category),
                ),
                Field::pick::<Option<Id>>(
                    "stage",
                    "Stage",
                    "The value-chain stage where the problem bites.",
                    ItemKind::Stage,
                    at!(bottlenecks[].stage),
                ),
                Field::choice::<Option<Severity>>(
                    "severity",
                    "Severity",
                    "",
                    at!(bottlenecks[].severity),
                ),
                Field::line::<Option<Percent>>(
                    "units_affected_pct",
                    "Units affected",
                    "Share of the cluster's units affected, in %: 60 or 62.5.",
                    at!(bottlenecks[].units_affected_pct),
                ),
                Field::prose::<String>(
                    "evidence",
                    "Evidence",
                    "What was seen or heard that shows the problem.",
                    at!(bottlenecks[].evidence),
                ),
                Field::prose::<String>(
                    "root_cause",
                    "Root cause",
                    "Why it happens.",
                    at!(bottlenecks[].root_cause),
                ),
                Field::line::<String>(
                    "title_hi",
                    "In Hindi",
                    "The problem in a few words, in Hindi. For documents in Hindi or in both languages (render --lang hi, en+hi).",
                    at!(bottlenecks[].title_hi),
                ),
            ],
        )],
    }
}
