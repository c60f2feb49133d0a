//! What is inconsistent in a cluster's selection score against the department's rules of
//! selection (`_shared/selection.yaml`): a score beyond the rules' scale, a criterion the
//! rules give no weight (so its score would silently not count), a criterion scored twice,
//! a weighted criterion left unscored. The weights themselves are never the study's: a
//! score has no weight key, so only the rules file sets them.
//!
//! The evidence each score needs is a completeness finding of `rules.rs`, with the other
//! things a section still lacks.

use super::{Finding, Severity};
use crate::model::{Section, SelectionRules, Study};
use crate::phrase::Said;

const RULES: &str = "the selection rules (_shared/selection.yaml)";

/// The findings about `study.selection` under `rules`.
pub(super) fn findings(study: &Study, rules: Option<&SelectionRules>) -> Vec<Finding> {
    let (Some(selection), Some(rules)) = (&study.selection, rules) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut push = |severity, code, path: String, said: Said| {
        out.push(Finding::new(severity, code, Section::Selection, path, said))
    };
    for (i, s) in selection.scores.iter().enumerate() {
        let at = format!("selection.scores[{i}]");
        if let Some(score) = s.score.filter(|&v| v > rules.scale) {
            push(
                Severity::Error,
                "selection-score-over-scale",
                format!("{at}.score"),
                crate::phrase!(
                    "scored {score} on a scale of 0 to {scale} ({rules}): a score above the \
                     scale would be counted as {scale}",
                    score = score.to_string(),
                    scale = rules.scale.to_string(),
                    rules = crate::phrase::word(RULES)
                )
                .into(),
            );
        }
        let Some(criterion) = s.criterion else {
            continue;
        };
        if let Some(first) = selection.scores[..i]
            .iter()
            .position(|o| o.criterion == Some(criterion))
        {
            push(
                Severity::Error,
                "selection-duplicate-criterion",
                format!("{at}.criterion"),
                crate::phrase!(
                    "{criterion} is scored twice (also selection.scores[{first}]): only the first counts",
                    criterion = crate::phrase::word(criterion.label()),
                    first
                )
                .into(),
            );
        }
        if !rules.weights.iter().any(|w| w.criterion == criterion) {
            push(
                Severity::Warning,
                "selection-unweighted-criterion",
                format!("{at}.criterion"),
                crate::phrase!(
                    "{rules} give {criterion} no weight, so its score does not count: score \
                     the criteria the rules weigh, or ask the department to weigh this one",
                    rules = crate::phrase::word(RULES),
                    criterion = crate::phrase::word(criterion.label())
                )
                .into(),
            );
        }
    }
    for w in &rules.weights {
        let scored = selection
            .scores
            .iter()
            .any(|s| s.criterion == Some(w.criterion));
        if !scored {
            push(
                Severity::Warning,
                "missing",
                "selection.scores".to_string(),
                crate::phrase!(
                    "{criterion} is not scored: {rules} weigh it {weight} and it counts as 0",
                    criterion = crate::phrase::word(w.criterion.label()),
                    rules = crate::phrase::word(RULES),
                    weight = w.weight.to_string()
                )
                .into(),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Criterion, CriterionScore, Selection};

    fn rules() -> SelectionRules {
        SelectionRules::parse(
            "scale: 5\nweights:\n- criterion: critical-mass\n  weight: 2\n- criterion: location\n  weight: 1\n",
        )
        .unwrap()
    }

    fn score(c: Criterion, s: u32) -> CriterionScore {
        CriterionScore {
            criterion: Some(c),
            score: Some(s),
            evidence: "142 units in one town.".into(),
        }
    }

    fn study(scores: Vec<CriterionScore>) -> Study {
        let mut s = Study::new("Test", "mse-cdp");
        s.selection = Some(Selection {
            scores,
            ..Default::default()
        });
        s
    }

    fn codes(s: &Study) -> Vec<(&'static str, String)> {
        findings(s, Some(&rules()))
            .into_iter()
            .map(|f| (f.code, f.path))
            .collect()
    }

    #[test]
    fn every_weighted_criterion_scored_within_the_scale_is_clean() {
        let s = study(vec![
            score(Criterion::CriticalMass, 5),
            score(Criterion::Location, 0),
        ]);
        assert_eq!(codes(&s), vec![]);
    }

    #[test]
    fn a_score_above_the_scale() {
        let s = study(vec![
            score(Criterion::CriticalMass, 6),
            score(Criterion::Location, 3),
        ]);
        assert_eq!(
            codes(&s),
            vec![(
                "selection-score-over-scale",
                "selection.scores[0].score".into()
            )]
        );
    }

    #[test]
    fn a_criterion_the_rules_do_not_weigh_scored_twice_or_left_out() {
        let s = study(vec![
            score(Criterion::CriticalMass, 4),
            score(Criterion::Viability, 3),
            score(Criterion::CriticalMass, 2),
        ]);
        assert_eq!(
            codes(&s),
            vec![
                (
                    "selection-unweighted-criterion",
                    "selection.scores[1].criterion".into()
                ),
                (
                    "selection-duplicate-criterion",
                    "selection.scores[2].criterion".into()
                ),
                ("missing", "selection.scores".into()),
            ]
        );
    }

    #[test]
    fn a_study_cannot_set_its_own_weights() {
        // Only the rules file weighs the criteria: a weight in the study does not load.
        let err = serde_saphyr::from_str::<Selection>(
            "scores:\n- criterion: location\n  score: 3\n  weight: 40\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("weight"), "{err}");
    }

    #[test]
    fn without_a_selection_or_rules_nothing_is_said() {
        let s = study(vec![score(Criterion::Viability, 9)]);
        assert_eq!(findings(&s, None), vec![]);
        assert_eq!(
            findings(&Study::new("Test", "mse-cdp"), Some(&rules())),
            vec![]
        );
    }
}
