//! Cluster selection: the cluster scored on each criterion of the roadmap's table, with
//! the evidence for the score; the weights come from the department's rules file.

use crate::i18n::Messages;
use crate::model::{Criterion, CriterionScore, Section, Study};

use super::{form, plain_list, Item, SectionDef};
use crate::tui::fields::{at, short, Field};

impl Item for CriterionScore {
    fn label(&self, m: &Messages) -> String {
        let criterion = m.label(
            self.criterion
                .map(|c| c.label())
                .unwrap_or("(no criterion)"),
        );
        let score = self.score.map(|s| s.to_string()).unwrap_or("?".into());
        format!("{criterion}  {score}  {}", short(&self.evidence, 40))
    }
}

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Selection,
        hint: "Why this cluster: a score on each criterion of selection (critical mass, \
               location, replicability, social and environmental conditions, viability, \
               promotability, complementarity) with its evidence. The department's rules \
               file weighs them. Adding a score adds the section to the study.",
        parts: vec![
            plain_list::<CriterionScore>(
                "Scores",
                "score",
                |_, _| "selection.scores".into(),
                at!(selection?.scores),
                vec![
                    Field::choice::<Option<Criterion>>(
                        "criterion",
                        "Criterion",
                        "",
                        at!(selection?.scores[].criterion),
                    ),
                    Field::line::<Option<u32>>(
                        "score",
                        "Score",
                        "0 to 5 (the rules file's scale).",
                        at!(selection?.scores[].score),
                    ),
                    Field::prose::<String>(
                        "evidence",
                        "Evidence",
                        "Figures, visits, interviews the score rests on.",
                        at!(selection?.scores[].evidence),
                    ),
                ],
            ),
            form(
                "Notes",
                vec![Field::prose::<String>(
                    "selection.notes",
                    "Notes",
                    "How and by whom the cluster was selected.",
                    at!(selection?.notes),
                )],
            ),
        ],
    }
}
