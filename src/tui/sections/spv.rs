//! The special purpose vehicle the units form to own and run common facilities.

use chrono::NaiveDate;

use cdstudy::model::{ItemKind, LegalForm, Member, Rupees, Section, Study, UnitSize};

use super::{id_item, id_label, id_list, FormDef, OptionalPart, Part, SectionDef};
use crate::tui::fields::{at, Field};

id_item!(Member, |x| {
    let equity = x
        .equity_rs
        .map(|e| format!("  {}", e.human()))
        .unwrap_or_default();
    id_label(&x.id, &format!("{}{equity}", x.name))
});

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Spv,
        hint: "For a DPR with a common facility: who owns and runs it. The SPV's name, legal \
               form, how many member units, its capital, and the members with their equity \
               (no member above a tenth). Filling any field adds the SPV to the study.",
        parts: vec![
            Part::Form(FormDef {
                title: "SPV",
                fields: vec![
                    Field::line::<String>("spv.name", "Name", "", at!(spv?.name)),
                    Field::choice::<Option<LegalForm>>(
                        "spv.legal_form",
                        "Legal form",
                        "",
                        at!(spv?.legal_form),
                    ),
                    Field::line::<Option<NaiveDate>>(
                        "spv.registered_on",
                        "Registered on",
                        "",
                        at!(spv?.registered_on),
                    ),
                    Field::prose::<String>("spv.address", "Address", "", at!(spv?.address)),
                    Field::line::<Option<u32>>(
                        "spv.member_units",
                        "Member units",
                        "All member units, listed below or not.",
                        at!(spv?.member_units),
                    ),
                    Field::prose::<String>(
                        "spv.objectives",
                        "Objectives",
                        "",
                        at!(spv?.objectives),
                    ),
                    Field::line::<Option<Rupees>>(
                        "spv.authorised_capital_rs",
                        "Authorised capital",
                        "",
                        at!(spv?.authorised_capital_rs),
                    ),
                    Field::prose::<String>(
                        "spv.special_case",
                        "Special case",
                        "Why the scheme's special case applies (a high-investment or \
                         high-technology project, a small cluster), which lowers the members \
                         needed. Empty when it does not.",
                        at!(spv?.special_case),
                    ),
                    Field::prose::<String>("spv.notes", "Notes", "", at!(spv?.notes)),
                ],
                optional: Some(OptionalPart {
                    present: |s| s.spv.is_some(),
                    remove: |s| s.spv = None,
                    noun: "the SPV (with its members)",
                }),
            }),
            id_list::<Member>(
                ItemKind::Member,
                "Members",
                at!(spv?.members),
                vec![
                    Field::line::<String>("name", "Member", "", at!(spv?.members[].name)),
                    Field::choice::<Option<UnitSize>>("size", "Size", "", at!(spv?.members[].size)),
                    Field::line::<Option<Rupees>>(
                        "equity_rs",
                        "Equity",
                        "",
                        at!(spv?.members[].equity_rs),
                    ),
                ],
            ),
        ],
    }
}
