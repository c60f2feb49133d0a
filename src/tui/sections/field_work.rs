//! Field work: visits to the cluster, interviews with its enterprises, what the enterprise
//! survey found, and the meeting at which the stakeholders validated the diagnosis.

use crate::i18n::Messages;
use chrono::NaiveDate;

use crate::model::{
    Id, Interview, ItemKind, Photo, Section, Study, SurveyFinding, UnitSize, Visit,
};

use super::{form, id_item, id_label, id_list, plain_list, Item, SectionDef};
use crate::tui::fields::{at, short, Field};

id_item!(Visit, |x| {
    let date = x.date.map(|d| format!("{d}  ")).unwrap_or_default();
    id_label(&x.id, &format!("{date}{}", x.place))
});

id_item!(Interview, |x| id_label(&x.id, &x.unit));

impl Item for SurveyFinding {
    /// The count first, so that it shows in a narrow list: "96/118  Raw material: Buy ...".
    fn label(&self, m: &Messages) -> String {
        let count = match (self.units, self.of) {
            (Some(u), Some(of)) => format!("{u}/{of}  "),
            (Some(u), None) => format!("{u}  "),
            _ => String::new(),
        };
        let what = if self.finding.trim().is_empty() {
            m.label("(not written)")
        } else {
            self.finding.as_str().into()
        };
        format!("{count}{}: {}", short(&self.topic, 20), short(&what, 50))
    }
}

/// The caption first, then the file: "Moulders at the first meeting  photos/workshop.jpg".
impl Item for Photo {
    fn label(&self, m: &Messages) -> String {
        let caption = if self.caption.trim().is_empty() {
            m.label("(no caption)")
        } else {
            self.caption.as_str().into()
        };
        let path = if self.path.trim().is_empty() {
            m.label("(no file)")
        } else {
            self.path.as_str().into()
        };
        format!("{}  {}", short(&caption, 50), short(&path, 40))
    }
}

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::FieldWork,
        hint: "Visits, meetings and enterprise interviews: when, where, whom you met, and the \
               problems units raised in their own words. Link each interview to the \
               bottlenecks it is evidence for. The survey's findings, one a row with how \
               many units report it; and the validation meeting with the stakeholders.",
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
            plain_list::<SurveyFinding>(
                "Survey",
                "survey finding",
                |_, _| "field_work.survey".into(),
                at!(field_work.survey),
                vec![
                    Field::line::<String>(
                        "topic",
                        "Topic",
                        "The area of business it is about (\"Raw material\", \"Testing\").",
                        at!(field_work.survey[].topic),
                    ),
                    Field::prose::<String>(
                        "finding",
                        "Finding",
                        "What the survey found, in a sentence or two.",
                        at!(field_work.survey[].finding),
                    ),
                    Field::line::<Option<u32>>(
                        "units",
                        "Units reporting",
                        "How many of the units asked report it.",
                        at!(field_work.survey[].units),
                    ),
                    Field::line::<Option<u32>>(
                        "of",
                        "Units asked",
                        "How many units were asked.",
                        at!(field_work.survey[].of),
                    ),
                ],
            ),
            form(
                "Validation",
                vec![
                    Field::line::<Option<NaiveDate>>(
                        "field_work.validation.date",
                        "Date",
                        "When the stakeholders met to validate the diagnosis and the plan. \
                         Filling any field records the meeting.",
                        at!(field_work.validation?.date),
                    ),
                    Field::line::<String>(
                        "field_work.validation.place",
                        "Place",
                        "",
                        at!(field_work.validation?.place),
                    ),
                    Field::prose::<String>(
                        "field_work.validation.participants",
                        "Participants",
                        "Who took part, in words (\"52 participants from 38 units, ...\").",
                        at!(field_work.validation?.participants),
                    ),
                    Field::prose::<String>(
                        "field_work.validation.summary",
                        "Summary",
                        "What was presented and what the stakeholders agreed.",
                        at!(field_work.validation?.summary),
                    ),
                    Field::prose::<String>(
                        "field_work.validation.changes",
                        "Changes",
                        "What the meeting changed in the findings or the plan.",
                        at!(field_work.validation?.changes),
                    ),
                ],
            ),
            plain_list::<Photo>(
                "Photos",
                "photograph",
                |_, _| "photos".into(),
                at!(photos),
                vec![
                    Field::photo_path(
                        "path",
                        "File",
                        "The JPEG or PNG file, relative to the study's folder \
                         (photos/moulding.jpg): copy it beside the study, then type the \
                         start or a part of its name and press Ctrl-T to complete it. The \
                         study holds only the path.",
                        at!(photos[].path),
                    ),
                    Field::line::<String>(
                        "caption",
                        "Caption",
                        "What the photograph shows, as the documents print under it.",
                        at!(photos[].caption),
                    ),
                    Field::line::<Option<NaiveDate>>(
                        "date",
                        "Date",
                        "When it was taken.",
                        at!(photos[].date),
                    ),
                    Field::pick::<Option<Id>>(
                        "visit",
                        "Visit",
                        "The field visit it was taken on.",
                        ItemKind::Visit,
                        at!(photos[].visit),
                    ),
                    Field::pick::<Option<Id>>(
                        "stage",
                        "Stage",
                        "The value-chain stage it shows.",
                        ItemKind::Stage,
                        at!(photos[].stage),
                    ),
                    Field::toggle(
                        "cfc_site",
                        "CFC site",
                        "Whether it shows the proposed CFC's site (the DPR's site chapter \
                         shows it).",
                        at!(photos[].cfc_site),
                    ),
                    Field::line::<String>(
                        "machine",
                        "Machine",
                        "The machine it shows (an item of the CFC's machinery, or one in a \
                         unit).",
                        at!(photos[].machine),
                    ),
                ],
            ),
        ],
    }
}
