//! Stakeholders: BMOs, banks, BDS providers, suppliers, buyers, lead firms, institutions,
//! government.

use crate::model::{ItemKind, Section, Stakeholder, StakeholderKind, Study};

use super::{id_item, id_label, id_list, SectionDef};
use crate::tui::fields::{at, Field};

id_item!(Stakeholder, |x| {
    let kind = x
        .kind
        .map(|k| format!("  ({})", k.label()))
        .unwrap_or_default();
    id_label(&x.id, &format!("{}{kind}", x.name))
});

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Stakeholders,
        hint: "Everyone the project works with: business membership organisations, banks, BDS \
               providers, suppliers, buyers, lead firms, technical institutions, government.",
        parts: vec![id_list::<Stakeholder>(
            ItemKind::Stakeholder,
            "Stakeholders",
            at!(stakeholders),
            vec![
                Field::line::<String>("name", "Name", "", at!(stakeholders[].name)),
                Field::choice::<Option<StakeholderKind>>(
                    "kind",
                    "Kind",
                    "",
                    at!(stakeholders[].kind),
                ),
                Field::prose::<String>(
                    "role",
                    "Role",
                    "What they do for or in the cluster.",
                    at!(stakeholders[].role),
                ),
                Field::line::<String>("contact", "Contact", "", at!(stakeholders[].contact)),
            ],
        )],
    }
}
