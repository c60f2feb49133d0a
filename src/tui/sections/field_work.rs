//! Field work: visits to the cluster and interviews with its enterprises.

use chrono::NaiveDate;

use cdstudy::model::{Id, Interview, ItemKind, Section, Study, UnitSize, Visit};

use super::{id_item, id_label, id_list, SectionDef};
use crate::tui::fields::{at, Field};

id_item!(Visit, |x| {
    let date = x.date.map(|d| format!("{d}  ")).unwrap_or_default();
    id_label(&x.id, &format!("{date}{}", x.place))
});

id_item!(Interview, |x| id_label(&x.id, &x.unit));

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::FieldWork,
        hint: "Visits, meetings and enterprise interviews: when, where, whom you met, and the \
               problems units raised in their own words. Link each interview to the \
               bottlenecks it is evidence for.",
        parts: vec![
            id_list::<Visit>(
                ItemKind::Visit,
                "Visits",
                at!(field_work.visits),
                vec![
                    Field::line::<Option<NaiveDate>>(
                        "date",
                        "Date",
                        "2026-11-23, 23/11/2026 or 'today'.",
                        at!(field_work.visits[].date),
                    ),
                    Field::line::<String>(
                        "place",
                        "Place",
                        "Where the visit or meeting was.",
                        at!(field_work.visits[].place),
                    ),
                    Field::line::<String>(
                        "purpose",
                        "Purpose",
                        "",
                        at!(field_work.visits[].purpose),
                    ),
                    Field::pick::<Vec<Id>>(
                        "met",
                        "Met",
                        "The stakeholders met (add them under Stakeholders first).",
                        ItemKind::Stakeholder,
                        at!(field_work.visits[].met),
                    ),
                    Field::prose::<String>(
                        "notes",
                        "Notes",
                        "What was seen and heard.",
                        at!(field_work.visits[].notes),
                    ),
                ],
            ),
            id_list::<Interview>(
                ItemKind::Interview,
                "Interviews",
                at!(field_work.interviews),
                vec![
                    Field::line::<String>(
                        "unit",
                        "Enterprise",
                        "The unit interviewed.",
                        at!(field_work.interviews[].unit),
                    ),
                    Field::line::<Option<NaiveDate>>(
                        "date",
                        "Date",
                        "",
                        at!(field_work.interviews[].date),
                    ),
                    Field::choice::<Option<UnitSize>>(
                        "size",
                        "Size",
                        "",
                        at!(field_work.interviews[].size),
                    ),
                    Field::line::<Option<u32>>(
                        "workers",
                        "Workers",
                        "",
                        at!(field_work.interviews[].workers),
                    ),
                    Field::line::<String>(
                        "products",
                        "Products",
                        "",
                        at!(field_work.interviews[].products),
                    ),
                    Field::prose::<String>(
                        "problems",
                        "Problems",
                        "The problems the unit raised, in its own words.",
                        at!(field_work.interviews[].problems),
                    ),
                    Field::pick::<Vec<Id>>(
                        "bottlenecks",
                        "Evidence for",
                        "The bottlenecks these problems are evidence for.",
                        ItemKind::Bottleneck,
                        at!(field_work.interviews[].bottlenecks),
                    ),
                ],
            ),
        ],
    }
}
