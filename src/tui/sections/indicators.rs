//! Monitoring and evaluation: output, outcome, impact and sustainability indicators with
//! baselines and targets.

use crate::model::{Indicator, ItemKind, Level, Quantity, Section, Study};

use super::{id_item, id_label, id_list, SectionDef};
use crate::tui::fields::{at, Field};

id_item!(Indicator, |x, m| {
    let level = x
        .level
        .map(|l| format!("  ({})", m.label(l.label())))
        .unwrap_or_default();
    id_label(&x.id, &format!("{}{level}", x.name))
});

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Indicators,
        hint: "Output, outcome, impact and sustainability indicators, each with a unit, a \
               baseline today, a target, and where the figure will come from.",
        parts: vec![id_list::<Indicator>(
            ItemKind::Indicator,
            "Indicators",
            at!(indicators),
            vec![
                Field::line::<String>("name", "Indicator", "", at!(indicators[].name)),
                Field::choice::<Option<Level>>("level", "Level", "", at!(indicators[].level)),
                Field::line::<String>(
                    "unit",
                    "Unit",
                    "Units, tonnes a year, Rs. lakh ...",
                    at!(indicators[].unit),
                ),
                Field::line::<Option<Quantity>>(
                    "baseline",
                    "Baseline",
                    "The figure today.",
                    at!(indicators[].baseline),
                ),
                Field::line::<Option<Quantity>>(
                    "target",
                    "Target",
                    "The figure the project aims for.",
                    at!(indicators[].target),
                ),
                Field::line::<String>(
                    "source",
                    "Source",
                    "Where and how the figure is collected.",
                    at!(indicators[].source),
                ),
                Field::line::<String>(
                    "frequency",
                    "Frequency",
                    "Quarterly, yearly ...",
                    at!(indicators[].frequency),
                ),
            ],
        )],
    }
}
