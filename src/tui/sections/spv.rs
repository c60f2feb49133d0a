//! The special purpose vehicle the units form to own and run common facilities, the
//! particulars of its records, and the agencies that carry the project out with it
//! (`check` files its findings about `agencies` under the SPV).

use crate::i18n::Messages;
use chrono::NaiveDate;

use crate::model::{
    Agency, AgencyRole, ItemKind, LegalForm, Member, Rupees, Section, Study, UnitSize,
};

use super::{
    form, id_item, id_label, id_list, plain_list, FormDef, Item, OptionalPart, Part, SectionDef,
};
use crate::tui::fields::{at, short, Field};

id_item!(Member, |x, m| {
    let equity = x
        .equity_rs
        .map(|e| format!("  {}", m.amount(e)))
        .unwrap_or_default();
    id_label(&x.id, &format!("{}{equity}", x.name))
});

impl Item for Agency {
    fn label(&self, m: &Messages) -> String {
        let role = m.label(self.role.map(|r| r.label()).unwrap_or("(role not chosen)"));
        let name = if self.name.trim().is_empty() {
            m.label("(unnamed)").into_owned()
        } else {
            short(&self.name, 50)
        };
        format!("{role}  {name}")
    }
}

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Spv,
        hint: "For a DPR with a common facility: the SPV that owns and runs it (its \
               registration or when it will be, its members with their equity, no member \
               above a tenth, its records) and the implementing, technical and nodal \
               agencies. Filling any SPV field adds the SPV to the study.",
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
                    Field::prose::<String>(
                        "spv.registration_pending",
                        "Registration due",
                        "While the SPV is not registered: when and how it will be (\"to be \
                         incorporated as a producer company in months 4-7 of the plan\"). \
                         The documents print it where the date of registration goes.",
                        at!(spv?.registration_pending),
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
            form(
                "Records",
                vec![
                    Field::prose::<String>(
                        "spv.records.officials",
                        "Officials on board",
                        "State Government and MSME officials on the SPV's board.",
                        at!(spv?.records.officials),
                    ),
                    Field::prose::<String>(
                        "spv.records.business_commenced",
                        "Business since",
                        "When the SPV began business.",
                        at!(spv?.records.business_commenced),
                    ),
                    Field::prose::<String>(
                        "spv.records.enrolment_clause",
                        "Enrolment clause",
                        "The articles' provision for enrolling new members.",
                        at!(spv?.records.enrolment_clause),
                    ),
                    Field::prose::<String>(
                        "spv.records.surplus_clause",
                        "Surplus clause",
                        "The articles' clause that profits or surplus are ploughed back into the CFC.",
                        at!(spv?.records.surplus_clause),
                    ),
                    Field::prose::<String>(
                        "spv.records.bank_account",
                        "Project account",
                        "The project-specific account in a scheduled bank.",
                        at!(spv?.records.bank_account),
                    ),
                    Field::prose::<String>(
                        "spv.records.kyc",
                        "KYC",
                        "The SPV's KYC with its bank.",
                        at!(spv?.records.kyc),
                    ),
                    Field::prose::<String>(
                        "spv.records.connected_lending",
                        "Connected lending",
                        "Any connected lending.",
                        at!(spv?.records.connected_lending),
                    ),
                    Field::prose::<String>(
                        "spv.records.auditors_remarks",
                        "Auditors' remarks",
                        "The auditors' remarks on the SPV's accounts.",
                        at!(spv?.records.auditors_remarks),
                    ),
                    Field::prose::<String>(
                        "spv.records.previous_assistance",
                        "Earlier assistance",
                        "Earlier assistance from banks or financial institutions.",
                        at!(spv?.records.previous_assistance),
                    ),
                    Field::prose::<String>(
                        "spv.records.court_cases",
                        "Court cases",
                        "Cases in court involving the SPV, or none.",
                        at!(spv?.records.court_cases),
                    ),
                ],
            ),
            plain_list::<Agency>(
                "Agencies",
                "agency",
                |_, _| "agencies".into(),
                at!(agencies),
                vec![
                    Field::choice::<Option<AgencyRole>>(
                        "role",
                        "Role",
                        "Implementing, technical or nodal agency, as the scheme names them.",
                        at!(agencies[].role),
                    ),
                    Field::line::<String>(
                        "name",
                        "Agency",
                        "The organisation's name.",
                        at!(agencies[].name),
                    ),
                    Field::choice::<Option<LegalForm>>(
                        "legal_form",
                        "Legal form",
                        "",
                        at!(agencies[].legal_form),
                    ),
                    Field::prose::<String>(
                        "registration",
                        "Registration",
                        "The act, number and date (\"Societies Registration Act 1860, No. 1234 of 2011\"), or how it stands while pending.",
                        at!(agencies[].registration),
                    ),
                    Field::prose::<String>(
                        "address",
                        "Address",
                        "",
                        at!(agencies[].address),
                    ),
                    Field::prose::<String>(
                        "experience",
                        "Experience",
                        "Its record: years and kind of work, in this cluster and elsewhere.",
                        at!(agencies[].experience),
                    ),
                    Field::prose::<String>(
                        "contact",
                        "Contact",
                        "The person to contact and how.",
                        at!(agencies[].contact),
                    ),
                ],
            ),
        ],
    }
}
