//! The scheme finder: a study financed under every scheme of the catalog, to say which it
//! may be eligible for (with the reasons), which not (with the first reason why), and what
//! each would give for the study's plan, best first.
//!
//! A study's actions name its own scheme's components. To ask another scheme, the study is
//! seen through it: the CFC (the component funded from the study's CFC project) goes to
//! that scheme's CFC component, an action whose component the other scheme also has keeps
//! it, and every other action counts as funded outside the scheme. Eligibility is what the
//! rules decide from the study's facts: place, sector, counts of units, looms, artisans or
//! members, the SPV's form and the land (a test the study cannot decide is said "not
//! told"), then the money adds up and no rule is broken.

use serde::Serialize;

use super::engine::{financing, Category, FlagLevel, Outcome};
use super::load::Catalog;
use super::rules::CostFrom;
use crate::model::{Rupees, Study};

/// One scheme as the finder sees it for a study.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    pub scheme: String,
    pub name: String,
    pub revision: String,
    /// Whether the study may be eligible, as far as the rules decide.
    pub eligible: bool,
    pub category: Category,
    /// Why eligible (the category and the rules met), or the first reason why not.
    pub reasons: Vec<String>,
    pub goi_rs: Rupees,
    pub state_rs: Rupees,
    /// The public grant: GoI and State together (a State scheme has no GoI share).
    pub grant_rs: Rupees,
    /// The study's cost as the scheme counts it.
    pub cost_rs: Rupees,
}

/// Every scheme of `catalog` for `study`: the eligible ones first, by grant (largest
/// first, then by id), then the others by id.
pub fn match_schemes(study: &Study, catalog: &Catalog) -> Vec<Match> {
    let own = catalog.get(study.meta.scheme.trim());
    let own_cfc = own
        .and_then(|s| s.cfc_component())
        .map(|c| c.id.clone())
        .unwrap_or_else(|| "cfc".to_string());
    let mut out: Vec<Match> = catalog
        .iter()
        .map(|scheme| {
            let mut seen = study.clone();
            seen.meta.scheme = scheme.id.clone();
            let target_cfc = scheme.cfc_component().map(|c| c.id.clone());
            for a in &mut seen.action_plan.actions {
                let word = a.component.trim().to_string();
                if word.is_empty() || scheme.open_components {
                    continue;
                }
                a.component = if word == own_cfc {
                    target_cfc.clone().unwrap_or_default()
                } else if scheme.component(&word).is_some() {
                    word
                } else {
                    String::new()
                };
            }
            let f = financing(&seen, scheme);
            let in_scheme: Rupees = f.scheme_totals.cost_rs;
            let first_error = f.flags.iter().find(|fl| fl.level == FlagLevel::Error);
            let mut reasons = Vec::new();
            let eligible = match first_error {
                Some(e) => {
                    reasons.push(format!("{} ({})", e.message, e.path));
                    false
                }
                None if scheme.open_components => {
                    reasons.push(format!(
                        "{} has no funding rules: no grant to compare",
                        scheme.name
                    ));
                    false
                }
                None if !in_scheme.is_zero()
                    && (f.scheme_totals.goi_rs + f.scheme_totals.state_rs).is_zero() =>
                {
                    // Nothing granted: the warning that says why (a cost below the lowest
                    // bracket, a rule not confirmed, a rule not computed).
                    let warnings = || f.flags.iter().filter(|fl| fl.level == FlagLevel::Warning);
                    let why = warnings()
                        .find(|fl| fl.component.is_some())
                        .or_else(|| warnings().next())
                        .map(|fl| format!("{} ({})", fl.message, fl.path))
                        .unwrap_or_else(|| "no grant for the study's plan".to_string());
                    reasons.push(why);
                    false
                }
                None if in_scheme.is_zero() => {
                    let what = if study.cfc.is_some() || target_cfc.is_none() {
                        "none of the study's actions or its CFC fits a component of the scheme"
                    } else {
                        "the study's actions fit no component of the scheme"
                    };
                    reasons.push(what.to_string());
                    false
                }
                None => {
                    reasons.push(f.category_reason.clone());
                    // Who the scheme is for: the tests met, those the study cannot decide
                    // (not told), and those the rules leave unconfirmed.
                    reasons.extend(f.eligibility.iter().map(|r| match r.outcome {
                        Outcome::Flagged => {
                            format!("{} (not confirmed, so not applied)", r.name)
                        }
                        _ => r.name.clone(),
                    }));
                    let cfc_costed = scheme
                        .components
                        .iter()
                        .any(|c| c.cost_from == CostFrom::CfcProject);
                    if cfc_costed && f.cfc.is_none() {
                        reasons.push(
                            "the CFC is not described yet: the grant is the action plan's estimate"
                                .to_string(),
                        );
                    }
                    reasons.extend(
                        f.rules
                            .iter()
                            .filter(|r| r.outcome == Outcome::Met)
                            .map(|r| r.name.clone()),
                    );
                    true
                }
            };
            Match {
                scheme: scheme.id.clone(),
                name: scheme.name.clone(),
                revision: scheme.revision.clone(),
                eligible,
                category: f.category,
                reasons,
                goi_rs: f.scheme_totals.goi_rs,
                state_rs: f.scheme_totals.state_rs,
                grant_rs: f.scheme_totals.goi_rs + f.scheme_totals.state_rs,
                cost_rs: in_scheme,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.eligible
            .cmp(&a.eligible)
            .then_with(|| {
                if a.eligible {
                    b.grant_rs.cmp(&a.grant_rs)
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .then_with(|| a.scheme.cmp(&b.scheme))
    });
    out
}
