//! Cluster selection: a cluster scored on the criteria of the Madhya Pradesh roadmap's
//! table (§4.3.2, UNIDO's criteria since 1996), each with its evidence, and the weights a
//! department sets in a rules file (`templates/_shared/selection.yaml`, overridable with
//! `--templates`), so that one department's priorities are not built into the program.
//!
//! Owns the section's shape, the rules file's shape and the weighted score. The score is
//! kept in hundredths of a point, each criterion's points rounded once, and the total is
//! the sum of the rounded points: the table adds up as printed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::choice;

choice! {
    /// The criteria of the roadmap's table of cluster selection.
    pub enum Criterion {
        CriticalMass = ("critical-mass", "Critical mass"),
        Location = ("location", "Location"),
        Replicability = ("replicability", "Replicability"),
        SocialEnvironmental = ("social-environmental", "Social and environmental conditions"),
        Viability = ("viability", "Viability"),
        Promotability = ("promotability", "Promotability"),
        Complementarity = ("complementarity", "Complementarity"),
    }
}

/// How the cluster scores on each criterion of selection.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Selection {
    pub scores: Vec<CriterionScore>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct CriterionScore {
    pub criterion: Option<Criterion>,
    /// On the rules file's scale (0 to 5 in the built-in one).
    pub score: Option<u32>,
    /// What the score rests on: figures, visits, interviews.
    pub evidence: String,
}

/// A department's rules of selection.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelectionRules {
    /// Who set the weights, for the document.
    #[serde(default)]
    pub source: String,
    /// The highest score a criterion can get.
    pub scale: u32,
    /// Each criterion's weight; the weights of the criteria scored are the whole.
    pub weights: Vec<Weight>,
    /// The weighted score (of 100) at or above which a cluster is taken up.
    #[serde(default)]
    pub threshold: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weight {
    pub criterion: Criterion,
    pub weight: u32,
}

/// One row of the score table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreRow {
    pub criterion: &'static str,
    pub weight: u32,
    pub score: Option<u32>,
    pub evidence: String,
    /// Points of 100, in hundredths.
    pub points_x100: i64,
    /// The same, as printed: "26.67".
    pub points: String,
}

/// The weighted score of a cluster.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SelectionScore {
    pub rows: Vec<ScoreRow>,
    pub scale: u32,
    pub total_weight: u32,
    /// Of 100, in hundredths: the sum of the rows' points.
    pub total_x100: i64,
    /// The same, as printed.
    pub total: String,
    /// Whether the total reaches the threshold.
    pub passes: Option<bool>,
    pub threshold: Option<u32>,
    pub source: String,
}

impl SelectionRules {
    pub fn parse(text: &str) -> Result<SelectionRules, String> {
        let rules: SelectionRules = serde_saphyr::from_str(text).map_err(|e| e.to_string())?;
        if rules.scale == 0 {
            return Err("the scale must be more than 0".into());
        }
        if rules.weights.iter().map(|w| w.weight).sum::<u32>() == 0 {
            return Err("the weights add up to nothing".into());
        }
        Ok(rules)
    }
}

impl Selection {
    /// Each criterion of the rules with the study's score and its points of 100: weight ×
    /// score ÷ scale, scaled so that full marks everywhere give 100.
    pub fn score(&self, rules: &SelectionRules) -> SelectionScore {
        let total_weight: u32 = rules.weights.iter().map(|w| w.weight).sum();
        let rows: Vec<ScoreRow> = rules
            .weights
            .iter()
            .map(|w| {
                let given = self
                    .scores
                    .iter()
                    .find(|s| s.criterion == Some(w.criterion));
                let score = given.and_then(|s| s.score).map(|s| s.min(rules.scale));
                let points_x100 = match score {
                    Some(s) => {
                        let num = i64::from(w.weight) * i64::from(s) * 100 * 100;
                        let den = i64::from(rules.scale) * i64::from(total_weight.max(1));
                        (num + den / 2) / den
                    }
                    None => 0,
                };
                ScoreRow {
                    points: hundredths(points_x100),
                    criterion: w.criterion.label(),
                    weight: w.weight,
                    score,
                    evidence: given.map(|s| s.evidence.clone()).unwrap_or_default(),
                    points_x100,
                }
            })
            .collect();
        let total_x100: i64 = rows.iter().map(|r| r.points_x100).sum();
        SelectionScore {
            total_x100,
            total: hundredths(total_x100),
            passes: rules.threshold.map(|t| total_x100 >= i64::from(t) * 100),
            rows,
            scale: rules.scale,
            total_weight,
            threshold: rules.threshold,
            source: rules.source.clone(),
        }
    }
}

/// 2667 → "26.67".
fn hundredths(v: i64) -> String {
    format!("{}.{:02}", v / 100, (v % 100).abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_total_is_the_sum_of_the_points_printed() {
        let rules = SelectionRules::parse(
            "scale: 5\nweights:\n- criterion: critical-mass\n  weight: 1\n- criterion: location\n  weight: 2\n",
        )
        .unwrap();
        let sel = Selection {
            scores: vec![
                CriterionScore {
                    criterion: Some(Criterion::CriticalMass),
                    score: Some(4),
                    ..Default::default()
                },
                CriterionScore {
                    criterion: Some(Criterion::Location),
                    score: Some(3),
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        let s = sel.score(&rules);
        // 1×4/5 of 1/3 = 26.67; 2×3/5 of 2/3 = 40.00.
        assert_eq!(s.rows[0].points_x100, 2667);
        assert_eq!(s.rows[1].points_x100, 4000);
        assert_eq!(s.total_x100, 6667);
    }

    #[test]
    fn the_built_in_rules_load() {
        let text = include_str!("../../templates/_shared/selection.yaml");
        let rules = SelectionRules::parse(text).unwrap();
        assert_eq!(rules.weights.len(), Criterion::ALL.len());
    }
}
