//! The study itself: title, scheme, status, who prepares it and when.

use chrono::NaiveDate;

use crate::model::{Section, Status, Study};

use super::{form, SectionDef};
use crate::tui::fields::{at, Field};

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Meta,
        hint: "The study's title, the scheme it is prepared for (its rules decide the report's \
               headings and the grant arithmetic), who prepares it and the study period.",
        parts: vec![form(
            "Study",
            vec![
                Field::line::<String>(
                    "meta.title",
                    "Title",
                    "The title on the report's cover.",
                    at!(meta.title),
                ),
                Field::scheme(
                    "meta.scheme",
                    "Scheme",
                    "Enter chooses among the schemes, showing what changes in the budget first.",
                ),
                Field::choice::<Status>(
                    "meta.status",
                    "Status",
                    "Missing things are warnings in a draft and errors once submitted.",
                    at!(meta.status),
                ),
                Field::line::<String>(
                    "meta.prepared_by.name",
                    "Prepared by",
                    "The Cluster Development Agent or consultant.",
                    at!(meta.prepared_by.name),
                ),
                Field::line::<String>(
                    "meta.prepared_by.organisation",
                    "Organisation",
                    "The agency the study is prepared for or by.",
                    at!(meta.prepared_by.organisation),
                ),
                Field::line::<Option<NaiveDate>>(
                    "meta.period.from",
                    "Study from",
                    "The first day of the study: 2026-11-23, 23/11/2026 or 'today'.",
                    at!(meta.period.from),
                ),
                Field::line::<Option<NaiveDate>>(
                    "meta.period.to",
                    "Study to",
                    "The last day of the study.",
                    at!(meta.period.to),
                ),
                Field::line::<String>(
                    "meta.submitted_to",
                    "Submitted to",
                    "Whom the report goes to, as its cover names it.",
                    at!(meta.submitted_to),
                ),
                Field::line::<String>(
                    "meta.place",
                    "Place",
                    "Where the report is signed, for its cover and declaration.",
                    at!(meta.place),
                ),
                Field::line::<Option<NaiveDate>>(
                    "meta.date",
                    "Report date",
                    "The date on the cover and the declaration: 2026-11-23 or 'today'.",
                    at!(meta.date),
                ),
                Field::line::<String>(
                    "meta.language",
                    "Language",
                    "The language of the study's text and of its documents: en, hi, or en+hi for both.",
                    at!(meta.language),
                ),
                Field::line::<String>(
                    "meta.id",
                    "Short id",
                    "A short name for the study, like ujjain-plastic.",
                    at!(meta.id),
                ),
                Field::prose::<String>(
                    "meta.notes",
                    "Notes",
                    "Anything a reader of the file should know.",
                    at!(meta.notes),
                ),
            ],
        )],
    }
}
