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
//!
//! The shares a study fixes in its CFC (the State's `cfc.state_share_rs`, the SPV's
//! `cfc.spv_share_rs` and the term loan) were fixed for its own scheme: under another
//! scheme they are dropped, the State's share is that scheme's own (its usual share) and
//! the SPV meets the rest, and the reasons say so. A revision the rules mark superseded is
//! listed apart, after the schemes in force: a new study cannot apply under it. A grant
//! that rests on a rule the rules file marks inferred is said to, and ranks after the
//! grants the sources state.

use chrono::NaiveDate;

use serde::Serialize;

use super::engine::{financing, Category, Flag, FlagLevel, Outcome, RuleResult, OUTSIDE};
use super::explain::{finding_phrase, lakh_words, rule_phrase};
use super::load::Catalog;
use super::rules::{Basis, CostFrom};
use crate::model::{Rupees, Study};
use crate::phrase;
use crate::phrase::{listed, Joined, Phrase, PhraseArg, Said};

/// One scheme as the finder sees it for a study.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    pub scheme: String,
    pub name: String,
    pub revision: String,
    /// Whether the study may be eligible, as far as the rules decide.
    pub eligible: bool,
    /// The scheme in force that replaced this revision, and from when: such a revision is
    /// listed apart, after the schemes in force (kept for studies made under it).
    pub superseded_by: Option<String>,
    pub superseded_on: Option<NaiveDate>,
    /// Where in the study the first reason why not points (`cluster.sectors`), or what it
    /// is in a few words where it points nowhere (`no funding rules`); empty when eligible.
    pub at: String,
    pub category: Category,
    /// Why eligible (the category and the rules met), or the first reason why not.
    pub reasons: Vec<Said>,
    pub goi_rs: Rupees,
    pub state_rs: Rupees,
    /// The public grant: GoI and State together (a State scheme has no GoI share).
    pub grant_rs: Rupees,
    /// The study's cost as the scheme counts it.
    pub cost_rs: Rupees,
    /// The rules that set the grant on a reading the rules file marks inferred (the text
    /// found does not say it outright): such a grant ranks after those the sources state.
    pub inferred: Vec<String>,
}

impl Match {
    /// Ranked among the schemes a study may apply under: eligible and in force.
    pub fn ranked(&self) -> bool {
        self.eligible && self.superseded_by.is_none()
    }

    /// The group the finder lists it in: 0 ranked, 1 superseded, 2 not eligible.
    pub fn group(&self) -> u8 {
        match (self.superseded_by.is_some(), self.eligible) {
            (false, true) => 0,
            (true, _) => 1,
            (false, false) => 2,
        }
    }
}

/// Every scheme of `catalog` for `study`: the eligible ones in force first, by grant
/// (largest first, then by id), then the superseded revisions, then the others, by id.
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
            // Shares fixed for the study's own scheme do not carry over to another.
            let mut dropped = Vec::new();
            if own.is_none_or(|o| o.id != scheme.id) {
                if let Some(cfc) = seen.cfc.as_mut() {
                    if let Some(s) = cfc.state_share_rs.take() {
                        dropped.push(phrase!(
                            "the State's share of {amount} (cfc.state_share_rs)",
                            amount = s
                        ));
                    }
                    if let Some(s) = cfc.spv_share_rs.take() {
                        dropped.push(phrase!(
                            "the SPV's share of {amount} (cfc.spv_share_rs)",
                            amount = s
                        ));
                    }
                    if let Some(l) = cfc.loan.as_mut() {
                        if let Some(a) = l.amount_rs.take().filter(|a| a.get() > 0) {
                            dropped.push(phrase!(
                                "the term loan of {amount} (cfc.loan.amount_rs)",
                                amount = a
                            ));
                        }
                    }
                }
            }
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
            let inferred: Vec<String> = f
                .components
                .iter()
                .filter(|c| c.id != OUTSIDE)
                .flat_map(|c| &c.rules)
                .filter(|r| inferred_rule(r))
                .map(|r| r.name.clone())
                .collect();
            let first_error = f.flags.iter().find(|fl| fl.level == FlagLevel::Error);
            let mut reasons = Vec::new();
            let mut at = String::new();
            if let Some(sup) = &scheme.superseded {
                let by = catalog
                    .get(&sup.by)
                    .map_or(sup.by.clone(), |s| format!("{} ({})", s.name, s.id));
                reasons.push(said(phrase!(
                    "superseded by {by} on {on}: kept for studies made under it; a new study applies under the revision in force",
                    by,
                    on = sup.on.format("%d-%m-%Y").to_string()
                )));
            }
            let eligible = match first_error {
                Some(e) => {
                    reasons.push(flag_at(e));
                    at = e.path.clone();
                    false
                }
                None if scheme.open_components => {
                    reasons.push(said(phrase!(
                        "{scheme} has no funding rules: no grant to compare",
                        scheme = &scheme.name
                    )));
                    at = "no funding rules".to_string();
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
                        .map(|fl| {
                            at = fl.path.clone();
                            flag_at(fl)
                        })
                        .unwrap_or_else(|| {
                            at = "no grant".to_string();
                            "no grant for the study's plan".into()
                        });
                    reasons.push(why);
                    false
                }
                None if in_scheme.is_zero() => {
                    let what = if study.cfc.is_some() || target_cfc.is_none() {
                        "none of the study's actions or its CFC fits a component of the scheme"
                    } else {
                        "the study's actions fit no component of the scheme"
                    };
                    reasons.push(what.into());
                    at = "no component fits".to_string();
                    false
                }
                None => {
                    reasons.push(Said {
                        english: f.category_reason.clone(),
                        phrase: Some(f.category_reason_phrase.clone()),
                    });
                    // Who the scheme is for: the tests met, those the study cannot decide
                    // (not told), and those the rules leave unconfirmed.
                    reasons.extend(f.eligibility.iter().map(|r| match r.outcome {
                        Outcome::Flagged => said(phrase!(
                            "{rule} (not confirmed, so not applied)",
                            rule = rule_phrase(&r.decision)
                        )),
                        _ => rule_said(r),
                    }));
                    let cfc_costed = scheme
                        .components
                        .iter()
                        .any(|c| c.cost_from == CostFrom::CfcProject);
                    if cfc_costed && f.cfc.is_none() {
                        reasons.push(
                            "the CFC is not described yet: the grant is the action plan's estimate"
                                .into(),
                        );
                    }
                    reasons.extend(
                        f.rules
                            .iter()
                            .filter(|r| r.outcome == Outcome::Met)
                            .map(rule_said),
                    );
                    let inferred_rules: Vec<Phrase> = f
                        .components
                        .iter()
                        .filter(|c| c.id != OUTSIDE)
                        .flat_map(|c| &c.rules)
                        .filter(|r| inferred_rule(r))
                        .map(|r| rule_phrase(&r.decision))
                        .collect();
                    if !inferred_rules.is_empty() {
                        let list = listed(
                            inferred_rules.into_iter().map(PhraseArg::from).collect(),
                            Joined::Semicolon,
                        );
                        reasons.push(said(phrase!(
                            "the grant rests on a reading the rules mark inferred, not stated in the sources found: {list}",
                            list
                        )));
                    }
                    if let Some(list) = and_words(dropped) {
                        let own_name = match own {
                            Some(o) => phrase!("its own scheme, {scheme}", scheme = &o.name),
                            None => phrase!("its own scheme"),
                        };
                        reasons.push(said(phrase!(
                            "the study fixes {list} for {own}: not carried over here, where the State's share is {scheme}'s own and the rest falls to the {payer}",
                            list,
                            own = own_name,
                            scheme = &scheme.name,
                            payer = crate::phrase::word(&scheme.labels.beneficiary)
                        )));
                    }
                    true
                }
            };
            Match {
                scheme: scheme.id.clone(),
                name: scheme.name.clone(),
                revision: scheme.revision.clone(),
                eligible,
                superseded_by: scheme.superseded.as_ref().map(|s| s.by.clone()),
                superseded_on: scheme.superseded.as_ref().map(|s| s.on),
                at,
                category: f.category,
                reasons,
                goi_rs: f.scheme_totals.goi_rs,
                state_rs: f.scheme_totals.state_rs,
                grant_rs: f.scheme_totals.goi_rs + f.scheme_totals.state_rs,
                cost_rs: in_scheme,
                inferred,
            }
        })
        .collect();
    // Best first: the grants the sources state, largest first, then those resting on an
    // inferred reading, largest first.
    out.sort_by(|a, b| {
        a.group()
            .cmp(&b.group())
            .then_with(|| {
                if a.ranked() {
                    (!a.inferred.is_empty())
                        .cmp(&!b.inferred.is_empty())
                        .then_with(|| b.grant_rs.cmp(&a.grant_rs))
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .then_with(|| a.scheme.cmp(&b.scheme))
    });
    out
}

/// Whether a rule set the grant on a reading the rules file marks inferred.
fn inferred_rule(r: &RuleResult) -> bool {
    r.basis == Basis::Inferred && matches!(r.outcome, Outcome::Applied | Outcome::CapHit)
}

/// What the engine says, from its phrase.
fn said(p: Phrase) -> Said {
    Said {
        english: p.english_with(&lakh_words),
        phrase: Some(p),
    }
}

/// A rule's outcome as the finder says it: its words and its phrase.
fn rule_said(r: &RuleResult) -> Said {
    Said {
        english: r.name.clone(),
        phrase: Some(rule_phrase(&r.decision)),
    }
}

/// A flag and where it points: "… (cfc.land)".
fn flag_at(fl: &Flag) -> Said {
    said(phrase!(
        "{flag} ({path})",
        flag = finding_phrase(&fl.finding),
        path = &fl.path
    ))
}

/// "a", "a and b", "a, b and c".
fn and_words(items: Vec<Phrase>) -> Option<PhraseArg> {
    (!items.is_empty()).then(|| {
        listed(
            items.into_iter().map(PhraseArg::from).collect(),
            Joined::AndWithoutSerialComma,
        )
    })
}
