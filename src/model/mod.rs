//! The study: plain serde types for every section of a cluster diagnostic study, the value
//! types they use (money, percentages, months, ids), and the walks over a study that other
//! modules share — its sections, its id'd items, and the references between them.
//! No I/O and no UI here.

pub mod cost;
pub mod ids;
pub mod money;
pub mod progress;
mod refs;
pub mod selection;
mod study;
pub mod values;

pub use cost::{Cost, CostLine};
pub use ids::{issue_id, prefix, Id, IssuedIds};
pub use money::{Rate, Rupees, CRORE, LAKH};
pub use progress::{
    ActionProgress, ActionStatus, Capacity, Contributions, GrantKind, Impact, IndicatorValue,
    PeriodReport, Progress, Release, ReportPeriod, Signatory, Spent, Sustainability, UcFigures,
    UtilisationCertificate,
};
pub use refs::{ItemKind, ItemRef, Reference};
pub use selection::{Criterion, CriterionScore, Selection, SelectionRules, SelectionScore};
pub use study::*;
pub use values::{FinancialYear, Percent, Quantity, YearMonth};

use crate::choice;

choice! {
    /// The sections of a study in the order of the method (and of the file).
    pub enum Section {
        Meta = ("meta", "Study"),
        Cluster = ("cluster", "Cluster profile"),
        FieldWork = ("field_work", "Field work"),
        Stakeholders = ("stakeholders", "Stakeholders"),
        ValueChain = ("value_chain", "Value chain"),
        Swot = ("swot", "SWOT"),
        Bottlenecks = ("bottlenecks", "Bottlenecks"),
        Themes = ("themes", "Vision and themes"),
        ActionPlan = ("action_plan", "Action plan"),
        Indicators = ("indicators", "Indicators"),
        Spv = ("spv", "SPV"),
        Cfc = ("cfc", "CFC project"),
        Selection = ("selection", "Selection"),
        Progress = ("progress", "Progress"),
        Review = ("review", "Review"),
    }
}

impl Section {
    /// The section a path in the study (`bottlenecks[b-3].stage`, `vision`) belongs to.
    pub fn of_path(path: &str) -> Option<Section> {
        let head = path.split(['.', '[']).next().unwrap_or_default();
        match head {
            "format" | "last_ids" => Some(Section::Meta),
            "vision" => Some(Section::Themes),
            // The agencies carry out the project with the SPV; they are edited with it.
            "agencies" => Some(Section::Spv),
            // Photographs are the field work's evidence.
            "photos" => Some(Section::FieldWork),
            other => Section::from_word(other),
        }
    }
}

/// What a CDA knows before the first visit: what `cdstudy new` and the start screen ask.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Essentials {
    pub name: String,
    pub scheme: String,
    pub state: String,
    pub district: String,
    pub prepared_by: String,
    pub organisation: String,
}

impl Study {
    /// A new study from its essentials, its period starting `today`.
    pub fn begin(e: &Essentials, today: chrono::NaiveDate) -> Study {
        let mut study = Study::new(e.name.trim(), e.scheme.trim());
        study.cluster.state = e.state.trim().to_string();
        study.cluster.district = e.district.trim().to_string();
        study.meta.prepared_by.name = e.prepared_by.trim().to_string();
        study.meta.prepared_by.organisation = e.organisation.trim().to_string();
        study.meta.period.from = Some(today);
        study
    }

    /// A fresh study with the essentials a CDA knows before the first visit.
    pub fn new(name: &str, scheme: &str) -> Study {
        let mut study = Study::default();
        study.meta.id = slug(name);
        study.meta.title = format!("Diagnostic study of the {name} cluster");
        study.meta.scheme = scheme.to_string();
        study.meta.language = "en".to_string();
        study.cluster.name = name.to_string();
        study
    }

    /// Issues the next id of `kind`, never reusing one this study has given before.
    pub fn issue_id(&mut self, kind: ItemKind) -> Id {
        let in_use: Vec<Id> = self
            .items()
            .into_iter()
            .filter(|item| item.kind == kind)
            .map(|item| item.id)
            .collect();
        issue_id(&mut self.last_ids, kind.prefix(), &in_use)
    }

    /// Whether `id` names an item of this study.
    pub fn has_item(&self, id: &Id) -> bool {
        self.items().iter().any(|item| &item.id == id)
    }

    /// The item an id names, if any.
    pub fn item(&self, id: &Id) -> Option<ItemRef> {
        self.items().into_iter().find(|item| &item.id == id)
    }
}

/// "Ujjain Plastic" → "ujjain-plastic": a file-name- and id-friendly form of a name.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Ujjain Plastic"), "ujjain-plastic");
        assert_eq!(slug("  Bokaro — Bamboo craft "), "bokaro-bamboo-craft");
    }

    #[test]
    fn sections_of_paths() {
        assert_eq!(
            Section::of_path("bottlenecks[b-3].stage"),
            Some(Section::Bottlenecks)
        );
        assert_eq!(
            Section::of_path("field_work.visits[v-1]"),
            Some(Section::FieldWork)
        );
        assert_eq!(Section::of_path("vision"), Some(Section::Themes));
        assert_eq!(Section::of_path("nonsense"), None);
    }

    #[test]
    fn new_study_ids_count_per_kind() {
        let mut study = Study::new("Ujjain Plastic", "mse-cdp");
        assert_eq!(study.issue_id(ItemKind::Bottleneck).as_str(), "b-1");
        assert_eq!(study.issue_id(ItemKind::Bottleneck).as_str(), "b-2");
        assert_eq!(study.issue_id(ItemKind::Threat).as_str(), "th-1");
    }
}
