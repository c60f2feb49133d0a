//! The financing engine: one scheme applied to one study.
//!
//! Where the study meets the scheme:
//! - an action's `component` names a component of the scheme; actions with no component
//!   are funded outside the scheme (`funded_by`) and reported on a row of their own;
//!   a component the scheme does not have is an error (its cost is shown, without grant);
//! - the component funded from the CFC project (`cost_from: cfc-project`, MSE-CDP's `cfc`)
//!   costs what the study's CFC cost heads add up to once the CFC is described; the
//!   action plan's actions under it are the same project seen from the plan and must add
//!   up to the same (otherwise the DPR's totals do not reconcile). Until the CFC is
//!   described, the actions' costs stand for it (a DSR's estimate);
//! - every other component costs the sum of its actions.
//!
//! For each component: the bracket its cost falls in, the rate for the cluster's
//! category, the ceiling, the caps (heads without grant, an absolute cap, a share of
//! another component, limits per action), rounding, then the cluster's cap across
//! components, then who pays the rest: the State (its share fixed in the study, or the
//! scheme's usual share), the bank loan, and the SPV or beneficiaries (what remains).
//! Amounts are whole rupees; grants are rounded down. Rules the scheme marks unconfirmed
//! are never applied: the engine flags them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::decision::{Decision, Finding};
use super::explain::{category_phrase, finding_words, rule_words};
use super::matrix::{means_of_finance, MeansOfFinance, Source};
use super::rules::{
    Basis, Bracket, ByCategory, Component, Condition, CostFrom, Counted, Fact, Labels, Party,
    Payer, Scheme, GENERAL,
};
use crate::finance::{percent_of, share_floor, CostHeads, Head, Rounding};
use crate::model::{Action, ItemKind, LandTenure, Percent, Rupees, Study};

/// The cluster's category under a scheme: `general`, `special` or one of the scheme's own
/// category ids (`b`, `d`, `first-two`); rates are given by it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Category(std::borrow::Cow<'static, str>);

#[allow(non_upper_case_globals)]
impl Category {
    /// The category of a cluster no category rule takes.
    pub const General: Category = Category(std::borrow::Cow::Borrowed(GENERAL));
    /// The category of a scheme's `special_category`.
    pub const Special: Category = Category(std::borrow::Cow::Borrowed("special"));

    /// The category a rules file names.
    pub fn new(id: &str) -> Category {
        Category(std::borrow::Cow::Owned(id.to_string()))
    }

    /// The id, as rates are given by it.
    pub fn word(&self) -> &str {
        &self.0
    }

    pub fn is_general(&self) -> bool {
        self.word() == GENERAL
    }
}

/// One category condition as it stands for the study.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConditionResult {
    /// The category the condition is for (`special`, `d`).
    pub category: String,
    /// That category in words.
    pub category_name: String,
    pub fact: Fact,
    /// The values the condition names (block categories) and the count it is under.
    pub any_of: Vec<String>,
    pub fewer_than: Option<u32>,
    pub label: &'static str,
    pub basis: Basis,
    /// Whether it holds; `None` when the study lacks the figures to say.
    pub holds: Option<bool>,
    /// What the study says: "women-owned units: 120 of 400 (30.00%)".
    pub evidence: String,
    /// Whether it must hold with the others (`when_all`) rather than alone (`when_any`).
    pub required: bool,
    /// Whether it decides the category (an unconfirmed condition does not).
    pub counted: bool,
}

/// What became of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The rule set a figure (a rate, a share).
    Applied,
    /// A cap or ceiling cut the figure.
    CapHit,
    /// A condition is met.
    Met,
    /// A condition is not met.
    NotMet,
    /// The study lacks what the rule needs.
    NotChecked,
    /// The rule is not confirmed, or the case is one the rules leave open: flagged, not
    /// applied.
    Flagged,
    /// Something to know (a caveat of the scheme).
    Note,
}

/// A rule applied to a component or to the study: what was decided (the rule and its
/// figures), the verdict, and the words for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleResult {
    /// A stable word for the rule: `bracket`, `ceiling`, `grant-not-on-heads` ...
    pub code: &'static str,
    /// The rule in words, with its figures (worded from `decision` by `rule_words`).
    pub name: String,
    pub outcome: Outcome,
    pub basis: Basis,
    /// The rule with the figures it used.
    pub decision: Decision,
}

impl RuleResult {
    /// The result of a rule: computed by the engine, worded in one place.
    pub fn of(decision: Decision, outcome: Outcome, basis: Basis) -> RuleResult {
        RuleResult {
            code: decision.code(),
            name: rule_words(&decision),
            outcome,
            basis,
            decision,
        }
    }
}

impl Outcome {
    /// How a listing of the rules says it: the outcomes that need action in capitals.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Applied => "applied",
            Outcome::CapHit => "CAP HIT",
            Outcome::Met => "met",
            Outcome::NotMet => "NOT MET",
            Outcome::NotChecked => "not checked",
            Outcome::Flagged => "flagged",
            Outcome::Note => "note",
        }
    }
}

/// How much a flag matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FlagLevel {
    /// The proposal breaks a rule or does not add up.
    Error,
    /// Something the consultant must look at: an unconfirmed rule, a cap hit, a bracket edge.
    Warning,
    /// Worth knowing.
    Note,
}

impl FlagLevel {
    pub fn word(self) -> &'static str {
        match self {
            FlagLevel::Error => "error",
            FlagLevel::Warning => "warning",
            FlagLevel::Note => "note",
        }
    }
}

/// Something the consultant must see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// `unconfirmed-rule`, `below-lowest-bracket`, `bracket-edge`, `cap-hit`,
    /// `spv-too-small`, `spv-contribution-low`, `member-equity-over-cap`,
    /// `land-over-limit`, `does-not-reconcile`, `unknown-component`, `missing-input`,
    /// `not-computed`.
    pub code: &'static str,
    pub level: FlagLevel,
    /// Where in the study to look.
    pub path: String,
    /// The component concerned, if any.
    pub component: Option<String>,
    /// What was found, in words (worded from `finding` by `explain::finding_words`).
    pub message: String,
    /// What was found, with its figures.
    pub finding: Finding,
}

/// One row of the budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComponentFinancing {
    /// The component id (`cfc`), the word an unknown component was given, or `outside`.
    pub id: String,
    pub name: String,
    /// The actions counted in it.
    pub actions: Vec<String>,
    pub cost_rs: Rupees,
    /// The cost the grant is computed on.
    pub eligible_rs: Rupees,
    /// The GoI rate applied; `None` when no grant is computed.
    pub goi_pct: Option<Percent>,
    pub goi_rs: Rupees,
    pub state_rs: Rupees,
    /// The SPV's, implementing agency's or beneficiaries' share.
    pub beneficiary_rs: Rupees,
    /// Bank loan and other sources.
    pub other_rs: Rupees,
    /// The parties the rules name beside each column's own payer (an implementing agency,
    /// a private investor), whose amounts the columns above include.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<PartyAmount>,
    /// Cost not met by the shares above (negative: shares exceed the cost). Zero when the
    /// row reconciles.
    pub gap_rs: Rupees,
    /// The grant as a share of the cost.
    pub goi_share_pct: Option<Percent>,
    /// The grant before the scheme's rounding.
    pub grant_before_rounding_rs: Rupees,
    pub rules: Vec<RuleResult>,
}

impl ComponentFinancing {
    /// A column: the State's, the SPV's (with the parties beside it) or others'.
    pub fn column(&self, column: Payer) -> Rupees {
        match column {
            Payer::State => self.state_rs,
            Payer::Beneficiary => self.beneficiary_rs,
            Payer::Other => self.other_rs,
        }
    }

    /// What a column's own payer (`labels`: the State, the SPV, the loan and others)
    /// brings, without the named parties counted in it.
    pub fn own_rs(&self, column: Payer) -> Rupees {
        self.column(column) - named_in(&self.parties, column)
    }
}

impl Totals {
    /// A column of the budget, as [`ComponentFinancing::column`].
    pub fn column(&self, column: Payer) -> Rupees {
        match column {
            Payer::State => self.state_rs,
            Payer::Beneficiary => self.beneficiary_rs,
            Payer::Other => self.other_rs,
        }
    }

    /// What a column's own payer brings over all rows, without the named parties.
    pub fn own_rs(&self, column: Payer) -> Rupees {
        self.column(column) - named_in(&self.parties, column)
    }
}

/// A row's column, to add to.
fn column_mut(cf: &mut ComponentFinancing, column: Payer) -> &mut Rupees {
    match column {
        Payer::State => &mut cf.state_rs,
        Payer::Beneficiary => &mut cf.beneficiary_rs,
        Payer::Other => &mut cf.other_rs,
    }
}

/// What the named parties of a column bring.
fn named_in(parties: &[PartyAmount], column: Payer) -> Rupees {
    parties
        .iter()
        .filter(|p| p.column == column)
        .map(|p| p.amount_rs)
        .sum()
}

/// A named party's share of a budget row, or of the budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartyAmount {
    pub id: String,
    pub name: String,
    pub column: Payer,
    pub amount_rs: Rupees,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub cost_rs: Rupees,
    pub eligible_rs: Rupees,
    pub goi_rs: Rupees,
    pub state_rs: Rupees,
    pub beneficiary_rs: Rupees,
    pub other_rs: Rupees,
    /// The named parties' sums, in the order they first appear.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<PartyAmount>,
    pub gap_rs: Rupees,
    pub goi_share_pct: Option<Percent>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CfcFinancing {
    /// The component the CFC is funded under.
    pub component: String,
    pub project_cost_rs: Rupees,
    /// Land (with its development where the scheme counts it) as a share of the cost.
    pub land_pct: Option<Percent>,
    /// `None` when the shares do not add up to the cost (see the flags).
    pub means_of_finance: Option<MeansOfFinance>,
}

/// A study's financing under one scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Financing {
    /// The scheme id.
    pub scheme: String,
    pub scheme_name: String,
    pub revision: String,
    pub category: Category,
    /// Why the category, in words.
    pub category_reason: String,
    /// The same as a phrase, for a screen or a document in another language.
    #[serde(skip)]
    pub category_reason_phrase: crate::phrase::Phrase,
    pub conditions: Vec<ConditionResult>,
    /// Who the scheme is for (sector, counts, the SPV's form, land), each test decided from
    /// the study's facts: met, NOT MET (also an error flag), not checked (the study does
    /// not tell), or flagged (the test is not confirmed, so not applied).
    pub eligibility: Vec<RuleResult>,
    pub labels: Labels,
    /// Whether the scheme gives a GoI grant at all (not a State's own scheme).
    pub grants_goi: bool,
    pub grant_rounding: Rounding,
    pub components: Vec<ComponentFinancing>,
    pub totals: Totals,
    /// The totals of the scheme's own components, without the actions funded outside it:
    /// the "core" project a SFURTI DPR tables before the converged ones.
    pub scheme_totals: Totals,
    pub cfc: Option<CfcFinancing>,
    /// Rules on the study as a whole (SPV, land, the cluster's cap, reconciliation).
    pub rules: Vec<RuleResult>,
    pub flags: Vec<Flag>,
}

impl Financing {
    pub fn component(&self, id: &str) -> Option<&ComponentFinancing> {
        self.components.iter().find(|c| c.id == id)
    }

    pub fn has_errors(&self) -> bool {
        self.flags.iter().any(|f| f.level == FlagLevel::Error)
    }
}

/// The sums of budget rows.
fn totals_of<'a>(rows: impl Iterator<Item = &'a ComponentFinancing> + Clone) -> Totals {
    let sum = |f: fn(&ComponentFinancing) -> Rupees| rows.clone().map(f).sum::<Rupees>();
    let (cost_rs, goi_rs) = (sum(|c| c.cost_rs), sum(|c| c.goi_rs));
    let mut parties: Vec<PartyAmount> = Vec::new();
    for p in rows.clone().flat_map(|c| &c.parties) {
        match parties
            .iter_mut()
            .find(|q| q.id == p.id && q.column == p.column)
        {
            Some(q) => q.amount_rs += p.amount_rs,
            None => parties.push(p.clone()),
        }
    }
    Totals {
        parties,
        cost_rs,
        eligible_rs: sum(|c| c.eligible_rs),
        goi_rs,
        state_rs: sum(|c| c.state_rs),
        beneficiary_rs: sum(|c| c.beneficiary_rs),
        other_rs: sum(|c| c.other_rs),
        gap_rs: sum(|c| c.gap_rs),
        goi_share_pct: percent_of(goi_rs, cost_rs),
    }
}

/// The id of the budget row of actions funded outside the scheme.
pub const OUTSIDE: &str = "outside";

/// A bracket edge closer than this share of the edge is worth a note.
const NEAR_EDGE_PCT: i64 = 5;

/// How a row of the budget came about.
enum RowKind<'s> {
    Scheme(&'s Component),
    /// A component word in a scheme without funding rules.
    Open(String),
    /// A component word the scheme does not have.
    Unknown(String),
    /// Actions funded outside the scheme.
    Outside,
}

struct Row<'s, 'a> {
    kind: RowKind<'s>,
    actions: Vec<(usize, &'a Action)>,
}

/// What the grant computation of a component left for the shares.
struct Grant<'s> {
    eligible: Rupees,
    pct: Option<Percent>,
    before_rounding: Rupees,
    goi: Rupees,
    bracket: Option<&'s Bracket>,
    rules: Vec<RuleResult>,
}

struct Engine<'s, 'a> {
    study: &'a Study,
    scheme: &'s Scheme,
    category: Category,
    flags: Vec<Flag>,
}

/// The financing of `study` under `scheme`.
pub fn financing(study: &Study, scheme: &Scheme) -> Financing {
    let mut e = Engine {
        study,
        scheme,
        category: Category::General,
        flags: Vec::new(),
    };
    e.place();
    let (category, category_reason_phrase, conditions) = e.decide_category();
    let category_reason = category_reason_phrase.english();
    e.category = category.clone();
    let eligibility = e.eligibility();
    let rows = e.rows();
    let heads = study.cfc.as_ref().map(|c| CostHeads::of(&c.costs));
    let cfc_described = heads.as_ref().is_some_and(|h| !h.total().is_zero());

    // Costs first: a component's cap may be a share of another's cost.
    let costs: Vec<Rupees> = rows
        .iter()
        .map(|row| match (&row.kind, &heads) {
            (RowKind::Scheme(c), Some(h))
                if c.cost_from == CostFrom::CfcProject && cfc_described =>
            {
                h.total()
            }
            _ => row.actions.iter().map(|(_, a)| action_cost(a)).sum(),
        })
        .collect();
    let cost_of = |id: &str| -> Rupees {
        rows.iter()
            .zip(&costs)
            .filter(|(r, _)| matches!(&r.kind, RowKind::Scheme(c) if c.id == id))
            .map(|(_, c)| *c)
            .sum()
    };
    let cost_by_id: BTreeMap<String, Rupees> = scheme
        .components
        .iter()
        .map(|c| (c.id.clone(), cost_of(&c.id)))
        .collect();

    let mut out = Vec::new();
    let mut brackets = Vec::new();
    for (row, &cost) in rows.iter().zip(&costs) {
        let action_ids: Vec<String> = row
            .actions
            .iter()
            .map(|(_, a)| a.id.as_str().to_string())
            .collect();
        let (id, name, grant) = match &row.kind {
            RowKind::Scheme(c) => {
                let on_cfc = c.cost_from == CostFrom::CfcProject && cfc_described;
                let cfc_heads = heads.as_ref().filter(|_| on_cfc);
                let g = e.grant(c, cost, row, cfc_heads, &cost_by_id);
                (c.id.clone(), c.name.clone(), g)
            }
            RowKind::Open(word) => (
                word.clone(),
                open_name(word),
                no_grant(RuleResult::of(
                    Decision::NoFundingRules {
                        scheme: scheme.name.clone(),
                    },
                    Outcome::Applied,
                    Basis::Confirmed,
                )),
            ),
            RowKind::Unknown(word) => (
                word.clone(),
                format!("`{word}` (not a component of {})", scheme.name),
                no_grant(RuleResult::of(
                    Decision::UnknownComponent {
                        revision: scheme.revision.clone(),
                    },
                    Outcome::Flagged,
                    Basis::Confirmed,
                )),
            ),
            RowKind::Outside => (
                OUTSIDE.to_string(),
                "Funded outside the scheme".to_string(),
                no_grant(RuleResult::of(
                    Decision::OutsideScheme {
                        payers: outside_payers(&row.actions),
                    },
                    Outcome::Applied,
                    Basis::Confirmed,
                )),
            ),
        };
        brackets.push(grant.bracket);
        out.push(ComponentFinancing {
            id,
            name,
            actions: action_ids,
            cost_rs: cost,
            eligible_rs: grant.eligible,
            goi_pct: grant.pct,
            goi_rs: grant.goi,
            state_rs: Rupees::ZERO,
            beneficiary_rs: Rupees::ZERO,
            other_rs: Rupees::ZERO,
            parties: Vec::new(),
            gap_rs: Rupees::ZERO,
            goi_share_pct: None,
            grant_before_rounding_rs: grant.before_rounding,
            rules: grant.rules,
        });
    }

    let mut study_rules = Vec::new();
    e.cluster_cap(&rows, &mut out, &mut study_rules);
    e.project_cap(&rows, &mut out, &mut study_rules);

    for ((row, cf), bracket) in rows.iter().zip(out.iter_mut()).zip(&brackets) {
        let on_cfc = matches!(&row.kind, RowKind::Scheme(c) if c.cost_from == CostFrom::CfcProject)
            && cfc_described;
        e.shares(row, cf, *bracket, on_cfc);
        cf.goi_share_pct = percent_of(cf.goi_rs, cf.cost_rs);
    }

    let cfc = match (scheme.cfc_component(), &heads) {
        (Some(comp), Some(h)) if cfc_described => {
            let idx = rows
                .iter()
                .position(|r| matches!(&r.kind, RowKind::Scheme(c) if c.id == comp.id));
            idx.map(|i| e.cfc(comp, h, &out[i], &rows[i], &mut study_rules))
        }
        _ => None,
    };
    if let Some(comp) = scheme.cfc_component() {
        if let Some(cf) = out.iter().find(|c| c.id == comp.id) {
            e.spv_rules(cf, &mut study_rules);
        }
    }

    let totals = totals_of(out.iter());
    let scheme_totals = totals_of(out.iter().filter(|c| c.id != OUTSIDE));
    let mut flags = e.flags;
    flags.sort_by_key(|f| f.level);
    Financing {
        scheme: scheme.id.clone(),
        scheme_name: scheme.name.clone(),
        revision: scheme.revision.clone(),
        category,
        category_reason,
        category_reason_phrase,
        conditions,
        eligibility,
        labels: scheme.labels.clone(),
        grants_goi: scheme.grants_goi(),
        grant_rounding: scheme.grant_rounding,
        components: out,
        totals,
        scheme_totals,
        cfc,
        rules: study_rules,
        flags,
    }
}

fn action_cost(a: &Action) -> Rupees {
    a.cost
        .as_ref()
        .and_then(|c| c.total())
        .filter(|r| r.get() > 0)
        .unwrap_or_default()
}

fn action_path(index: usize, a: &Action) -> String {
    ItemKind::Action.item_path(&a.id, index)
}

fn no_grant<'s>(rule: RuleResult) -> Grant<'s> {
    Grant {
        eligible: Rupees::ZERO,
        pct: None,
        before_rounding: Rupees::ZERO,
        goi: Rupees::ZERO,
        bracket: None,
        rules: vec![rule],
    }
}

fn open_name(word: &str) -> String {
    match crate::model::ActionKind::from_word(word) {
        Some(kind) => format!("{}s", kind.label()),
        None => word.to_string(),
    }
}

/// Who pays for actions outside the scheme, as the actions say: the first few payers,
/// and how many more there are.
fn outside_payers(actions: &[(usize, &Action)]) -> crate::phrase::Said {
    const SHOWN: usize = 3;
    let mut names: Vec<&str> = Vec::new();
    for (_, a) in actions {
        let who = a.funded_by.trim();
        let who = if who.is_empty() { "(not said)" } else { who };
        if !names.contains(&who) {
            names.push(who);
        }
    }
    if names.len() > SHOWN {
        crate::phrase!(
            "{shown}; and {more} other sources (each action's funded_by)",
            shown = names[..SHOWN].join("; "),
            more = names.len() - SHOWN
        )
        .into()
    } else {
        names.join("; ").into()
    }
}

fn pick(by: &ByCategory, category: &Category) -> Option<Percent> {
    by.get(category.word())
}

impl<'s, 'a> Engine<'s, 'a> {
    /// Records what was found: computed here, worded in one place (`finding_words`).
    fn flag(
        &mut self,
        level: FlagLevel,
        path: impl Into<String>,
        component: Option<&str>,
        finding: Finding,
    ) {
        self.flags.push(Flag {
            code: finding.code(),
            level,
            path: path.into(),
            component: component.map(str::to_string),
            message: finding_words(&finding),
            finding,
        });
    }

    /// Eligibility by place: a State's own scheme is for clusters in that State.
    fn place(&mut self) {
        let states = &self.scheme.states;
        if states.is_empty() {
            return;
        }
        let state = self.study.cluster.state.trim();
        if state.is_empty() {
            self.flag(
                FlagLevel::Warning,
                "cluster.state",
                None,
                Finding::StateNotTold {
                    scheme: self.scheme.name.clone(),
                    states: states.clone(),
                },
            );
        } else if !states.iter().any(|s| s.eq_ignore_ascii_case(state)) {
            self.flag(
                FlagLevel::Error,
                "cluster.state",
                None,
                Finding::OtherState {
                    scheme: self.scheme.name.clone(),
                    states: states.clone(),
                    state: state.to_string(),
                },
            );
        }
    }

    /// Who the scheme is for, test by test, from the study's facts. A fact the study does
    /// not hold is "not told" (not checked), never assumed; a test the rules mark
    /// unconfirmed is recorded as flagged and not applied; a test failed is an error.
    fn eligibility(&mut self) -> Vec<RuleResult> {
        let el = &self.scheme.eligibility;
        let study = self.study;
        let c = &study.cluster;
        let cfc = study.cfc.as_ref();
        // (decision, basis, holds: None when not told, where to look)
        let mut tests: Vec<(Decision, Basis, Option<bool>, &'static str)> = Vec::new();
        if let Some(t) = &el.sectors {
            let sectors: Vec<String> = c
                .sectors
                .iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            let matching: Vec<String> =
                t.matching(&sectors).into_iter().map(String::from).collect();
            let holds = (!sectors.is_empty()).then_some(!matching.is_empty());
            tests.push((
                Decision::EligibleSector {
                    any_of: t.any_of.clone(),
                    sectors,
                    matching,
                    note: t.note.clone(),
                },
                t.basis,
                holds,
                "cluster.sectors",
            ));
        }
        for t in &el.counts {
            let count = match t.of {
                Counted::Units => c.total_units().filter(|&n| n > 0),
                Counted::Looms => c.looms,
                Counted::Artisans => c.artisans,
                Counted::SpvMembers => study.spv.as_ref().and_then(|s| s.member_units),
            };
            let holds = count.map(|n| t.min.is_none_or(|m| n >= m) && t.max.is_none_or(|m| n <= m));
            tests.push((
                Decision::EligibleCount {
                    of: t.of,
                    min: t.min,
                    max: t.max,
                    count,
                    note: t.note.clone(),
                },
                t.basis,
                holds,
                t.of.path(),
            ));
        }
        if let Some(t) = &el.spv_forms {
            let form = study.spv.as_ref().and_then(|s| s.legal_form);
            tests.push((
                Decision::EligibleSpvForm {
                    any_of: t.any_of.clone(),
                    form,
                    note: t.note.clone(),
                },
                t.basis,
                form.map(|f| t.any_of.contains(&f)),
                "spv.legal_form",
            ));
        }
        if let Some(t) = &el.land {
            let category = self.category.word().to_string();
            if t.min_acres.is_some() || !t.min_acres_by_category.is_empty() {
                let min = t
                    .min_acres_by_category
                    .get(&category)
                    .copied()
                    .or(t.min_acres);
                let acres = cfc.and_then(|c| c.land_acres);
                tests.push((
                    Decision::EligibleLandArea {
                        min_acres: min,
                        category: (!t.min_acres_by_category.is_empty()).then(|| category.clone()),
                        acres,
                        note: t.note.clone(),
                    },
                    if min.is_some() {
                        t.basis
                    } else {
                        Basis::Unconfirmed
                    },
                    min.and_then(|m| acres.map(|a| a >= m)),
                    "cfc.land_acres",
                ));
            }
            if !t.tenure_any_of.is_empty() {
                let tenure = cfc.and_then(|c| c.land_tenure);
                tests.push((
                    Decision::EligibleLandTenure {
                        any_of: t.tenure_any_of.clone(),
                        tenure,
                        note: t.note.clone(),
                    },
                    t.basis,
                    tenure.map(|x| t.tenure_any_of.contains(&x)),
                    "cfc.land_tenure",
                ));
            }
            if let Some(min_years) = t.min_lease_years {
                let leased = cfc.and_then(|c| c.land_tenure) == Some(LandTenure::Leased);
                // Only a lease has a term to test: land owned or allotted passes.
                let tenure_told = cfc.and_then(|c| c.land_tenure).is_some();
                let years = cfc.and_then(|c| c.lease_years);
                let holds = match (tenure_told, leased, years) {
                    (true, false, _) => Some(true),
                    (_, _, Some(y)) => Some(y >= min_years),
                    _ => None,
                };
                tests.push((
                    Decision::EligibleLease {
                        min_years,
                        years,
                        note: t.note.clone(),
                    },
                    t.basis,
                    holds,
                    "cfc.lease_years",
                ));
            }
        }
        let mut out = Vec::new();
        for (decision, basis, holds, path) in tests {
            let outcome = match holds {
                _ if !basis.applies() => Outcome::Flagged,
                None => Outcome::NotChecked,
                Some(true) => Outcome::Met,
                Some(false) => Outcome::NotMet,
            };
            if outcome == Outcome::NotMet {
                self.flag(
                    FlagLevel::Error,
                    path,
                    None,
                    Finding::NotEligible {
                        scheme: self.scheme.name.clone(),
                        rule: decision.clone(),
                    },
                );
            }
            out.push(RuleResult::of(decision, outcome, basis));
        }
        out
    }

    /// The cluster's category: the first of the scheme's category rules (in their order)
    /// with a counted condition that holds; general when none does. The reason is data
    /// (every condition with its verdict and evidence), worded by `category_phrase`.
    fn decide_category(&mut self) -> (Category, crate::phrase::Phrase, Vec<ConditionResult>) {
        let mut results = Vec::new();
        let mut category = Category::General;
        for rule in self.scheme.category_rules() {
            let first = results.len();
            let all = rule.when_all.iter().map(|c| (c, true));
            for (cond, required) in rule.when_any.iter().map(|c| (c, false)).chain(all) {
                let (holds, evidence) = fact_value(self.study, cond);
                let counted = cond.basis.applies();
                if counted && holds.is_none() {
                    self.flag(
                        FlagLevel::Warning,
                        cond.fact.path(),
                        None,
                        Finding::CategoryNotTold {
                            category: rule.id.clone(),
                            category_name: rule.name.clone(),
                            fact: cond.fact,
                            evidence: evidence.clone(),
                        },
                    );
                }
                if !counted && holds == Some(true) {
                    self.flag(
                        FlagLevel::Warning,
                        cond.fact.path(),
                        None,
                        Finding::CategoryUnconfirmed {
                            category: rule.id.clone(),
                            category_name: rule.name.clone(),
                            fact: cond.fact,
                            evidence: evidence.clone(),
                            revision: self.scheme.revision.clone(),
                            note: cond.note.clone(),
                        },
                    );
                }
                results.push(ConditionResult {
                    category: rule.id.clone(),
                    category_name: rule.name.clone(),
                    fact: cond.fact,
                    any_of: cond.any_of.clone(),
                    fewer_than: cond.fewer_than,
                    label: cond.fact.label(),
                    basis: cond.basis,
                    holds,
                    evidence,
                    counted,
                    required,
                });
            }
            // The rule holds when a counted `when_any` condition holds (or it has none)
            // and every counted `when_all` condition holds; the first rule that holds wins.
            let mine: Vec<&ConditionResult> =
                results[first..].iter().filter(|r| r.counted).collect();
            let any: Vec<&&ConditionResult> = mine.iter().filter(|r| !r.required).collect();
            let holds = !mine.is_empty()
                && (any.is_empty() || any.iter().any(|r| r.holds == Some(true)))
                && mine
                    .iter()
                    .filter(|r| r.required)
                    .all(|r| r.holds == Some(true));
            if holds && category.is_general() {
                category = Category::new(&rule.id);
            }
        }
        let reason = category_phrase(&category, &results, &self.scheme.name);
        (category, reason, results)
    }

    /// The rows of the budget: the scheme's components the study uses (in the scheme's
    /// order), then component words the scheme does not have, then actions funded outside.
    fn rows(&mut self) -> Vec<Row<'s, 'a>> {
        let study = self.study;
        let scheme = self.scheme;
        let cfc_described = study
            .cfc
            .as_ref()
            .is_some_and(|c| !CostHeads::of(&c.costs).total().is_zero());
        let mut rows: Vec<Row> = Vec::new();
        for comp in &scheme.components {
            let actions: Vec<(usize, &Action)> = study
                .action_plan
                .actions
                .iter()
                .enumerate()
                .filter(|(_, a)| a.component.trim() == comp.id)
                .collect();
            if !actions.is_empty() || (comp.cost_from == CostFrom::CfcProject && cfc_described) {
                rows.push(Row {
                    kind: RowKind::Scheme(comp),
                    actions,
                });
            }
        }
        let mut extra: Vec<Row> = Vec::new();
        let mut outside = Vec::new();
        let known: Vec<&str> = scheme.components.iter().map(|c| c.id.as_str()).collect();
        for (i, a) in study.action_plan.actions.iter().enumerate() {
            let word = a.component.trim();
            if word.is_empty() {
                outside.push((i, a));
                continue;
            }
            if scheme.component(word).is_some() {
                continue;
            }
            if !scheme.open_components {
                self.flag(
                    FlagLevel::Error,
                    format!("{}.component", action_path(i, a)),
                    Some(word),
                    Finding::UnknownComponent {
                        word: word.to_string(),
                        revision: self.scheme.revision.clone(),
                        known: known.iter().map(|k| k.to_string()).collect(),
                    },
                );
            }
            match extra.iter_mut().find(|r| match &r.kind {
                RowKind::Open(w) | RowKind::Unknown(w) => w == word,
                _ => false,
            }) {
                Some(row) => row.actions.push((i, a)),
                None => extra.push(Row {
                    kind: if scheme.open_components {
                        RowKind::Open(word.to_string())
                    } else {
                        RowKind::Unknown(word.to_string())
                    },
                    actions: vec![(i, a)],
                }),
            }
        }
        rows.extend(extra);
        if !outside.is_empty() {
            rows.push(Row {
                kind: RowKind::Outside,
                actions: outside,
            });
        }
        rows
    }

    /// Where to point at a component: the CFC's cost heads, or its first action.
    fn component_path(&self, row: &Row, on_cfc: bool) -> String {
        if on_cfc {
            return "cfc.costs".to_string();
        }
        match row.actions.first() {
            Some((i, a)) => action_path(*i, a),
            None => "action_plan.actions".to_string(),
        }
    }

    fn grant(
        &mut self,
        comp: &'s Component,
        cost: Rupees,
        row: &Row,
        heads: Option<&CostHeads>,
        cost_by_id: &BTreeMap<String, Rupees>,
    ) -> Grant<'s> {
        let path = self.component_path(row, heads.is_some());
        let mut rules: Vec<RuleResult> = comp
            .caveats
            .iter()
            .map(|c| {
                RuleResult::of(
                    Decision::Caveat {
                        text: c.text.clone(),
                    },
                    Outcome::Note,
                    c.basis,
                )
            })
            .collect();
        // A limit the scheme has but whose figures were not found: the grant is computed
        // without it, and the consultant is told it may be lower.
        for c in comp.caveats.iter().filter(|c| !c.basis.applies()) {
            self.flag(
                FlagLevel::Warning,
                &path,
                Some(&comp.id),
                Finding::CaveatUnconfirmed {
                    component: comp.name.clone(),
                    text: c.text.clone(),
                },
            );
        }
        let mut result = Grant {
            eligible: Rupees::ZERO,
            pct: None,
            before_rounding: Rupees::ZERO,
            goi: Rupees::ZERO,
            bracket: None,
            rules: Vec::new(),
        };
        if !comp.basis.applies() {
            let what = if comp.description.is_empty() {
                "its funding rule was not found".to_string()
            } else {
                comp.description.clone()
            };
            let payer = comp.rest_name(&self.scheme.labels).to_string();
            self.flag(
                FlagLevel::Warning,
                &path,
                Some(&comp.id),
                Finding::ComponentUnconfirmed {
                    component: comp.name.clone(),
                    id: comp.id.clone(),
                    what,
                    payer,
                },
            );
            rules.push(RuleResult::of(
                Decision::UnconfirmedComponent {
                    component: comp.name.clone(),
                    revision: self.scheme.revision.clone(),
                },
                Outcome::Flagged,
                Basis::Unconfirmed,
            ));
            result.rules = rules;
            return result;
        }
        if !comp.not_computed.trim().is_empty() {
            let payer = comp.rest_name(&self.scheme.labels).to_string();
            self.flag(
                FlagLevel::Warning,
                &path,
                Some(&comp.id),
                Finding::NotComputed {
                    component: comp.name.clone(),
                    id: comp.id.clone(),
                    why: comp.not_computed.trim().to_string(),
                    payer,
                },
            );
            rules.push(RuleResult::of(
                Decision::NotComputed {
                    why: comp.not_computed.trim().to_string(),
                },
                Outcome::Flagged,
                comp.basis,
            ));
            result.rules = rules;
            return result;
        }
        if !comp.no_grant.trim().is_empty() {
            rules.push(RuleResult::of(
                Decision::NoGrant {
                    why: comp.no_grant.trim().to_string(),
                },
                Outcome::Applied,
                comp.basis,
            ));
            result.rules = rules;
            return result;
        }

        // Assistance by the unit (an artisan surveyed, a year of a manager): the units the
        // actions' cost lines count, at the rate, never more than the cost.
        if let Some(pu) = &comp.per_unit {
            let counted_units: u64 = row
                .actions
                .iter()
                .filter_map(|(_, a)| match &a.cost {
                    Some(crate::model::Cost::Lines(lines)) => Some(lines),
                    _ => None,
                })
                .flatten()
                .filter(|l| pu.counts(&l.unit))
                .map(|l| u64::from(l.quantity.unwrap_or(1)))
                .sum();
            let units = pu
                .max_units
                .map_or(counted_units, |m| counted_units.min(u64::from(m)));
            let full = i64::try_from(units)
                .ok()
                .and_then(|u| pu.rate_rs.times(u))
                .unwrap_or(cost);
            let goi = full.min(cost);
            if counted_units == 0 {
                self.flag(
                    FlagLevel::Warning,
                    &path,
                    Some(&comp.id),
                    Finding::NoUnitCounted {
                        component: comp.name.clone(),
                        rate_rs: pu.rate_rs,
                        unit: pu.unit.clone(),
                    },
                );
            }
            rules.push(RuleResult::of(
                Decision::PerUnit {
                    rate_rs: pu.rate_rs,
                    unit: pu.unit.clone(),
                    counted_units,
                    units,
                    max_units: pu.max_units,
                    cost_rs: cost,
                    grant_rs: goi,
                },
                if units < counted_units || goi < full {
                    Outcome::CapHit
                } else {
                    Outcome::Applied
                },
                pu.basis,
            ));
            result.eligible = cost;
            result.before_rounding = goi;
            result.goi = self.scheme.grant_rounding.apply(goi);
            result.rules = rules;
            return result;
        }

        // Limits per action: only so many actions count, each up to a ceiling.
        let mut base = cost;
        if let Some(pa) = &comp.per_action {
            let counted: Vec<Rupees> = row
                .actions
                .iter()
                .take(pa.max_actions as usize)
                .map(|(_, a)| action_cost(a).min(pa.ceiling_rs))
                .collect();
            let counted_sum: Rupees = counted.iter().copied().sum();
            let hit = counted_sum < cost;
            rules.push(RuleResult::of(
                Decision::PerActionLimit {
                    max_actions: pa.max_actions,
                    ceiling_rs: pa.ceiling_rs,
                    counted_rs: counted_sum,
                    cost_rs: cost,
                    note: pa.note.clone(),
                },
                if hit {
                    Outcome::CapHit
                } else {
                    Outcome::Applied
                },
                pa.basis,
            ));
            if hit {
                self.flag(
                    FlagLevel::Warning,
                    &path,
                    Some(&comp.id),
                    Finding::PerActionCut {
                        component: comp.name.clone(),
                        counted_rs: counted_sum,
                        cost_rs: cost,
                        max_actions: pa.max_actions,
                        ceiling_rs: pa.ceiling_rs,
                    },
                );
            }
            base = counted_sum;
        }

        // The bracket of the project cost.
        if let Some(from) = comp.from_rs {
            if cost < from && cost.get() > 0 {
                let lowest = comp
                    .brackets
                    .first()
                    .and_then(|b| pick(&b.goi_pct, &self.category));
                self.flag(
                    FlagLevel::Warning,
                    &path,
                    Some(&comp.id),
                    Finding::BelowLowestBracket {
                        component: comp.name.clone(),
                        cost_rs: cost,
                        from_rs: from,
                        revision: self.scheme.revision.clone(),
                        lowest: lowest.map(|p| (p, share_floor(cost, p))),
                    },
                );
                rules.push(RuleResult::of(
                    Decision::BelowLowestBracket {
                        cost_rs: cost,
                        from_rs: from,
                    },
                    Outcome::Flagged,
                    Basis::Unconfirmed,
                ));
                result.rules = rules;
                return result;
            }
        }
        let idx = comp
            .brackets
            .iter()
            .position(|b| b.up_to_rs.is_none_or(|top| cost <= top))
            .unwrap_or(comp.brackets.len().saturating_sub(1));
        let Some(bracket) = comp.brackets.get(idx) else {
            result.rules = rules;
            return result;
        };
        result.bracket = Some(bracket);
        let lower = if idx == 0 {
            comp.from_rs
        } else {
            comp.brackets[idx - 1].up_to_rs
        };
        let category = self.category.clone();
        let decided = |goi_pct| Decision::Bracket {
            above_rs: lower,
            up_to_rs: bracket.up_to_rs,
            goi_pct,
            category: category.clone(),
        };
        let Some(pct) = pick(&bracket.goi_pct, &self.category) else {
            self.flag(
                FlagLevel::Warning,
                &path,
                Some(&comp.id),
                Finding::GoiShareUnconfirmed {
                    component: comp.name.clone(),
                    category: self.category.clone(),
                    revision: self.scheme.revision.clone(),
                    above_rs: lower,
                    up_to_rs: bracket.up_to_rs,
                },
            );
            rules.push(RuleResult::of(
                decided(None),
                Outcome::Flagged,
                Basis::Unconfirmed,
            ));
            result.rules = rules;
            return result;
        };
        rules.push(RuleResult::of(
            decided(Some(pct)),
            Outcome::Applied,
            bracket.basis,
        ));
        self.bracket_edges(comp, idx, cost, &path);

        // The ceiling: a costlier project's grant is computed on the ceiling.
        let mut eligible = base;
        if let Some(ceiling) = comp.ceiling() {
            if base > ceiling {
                eligible = ceiling;
                rules.push(RuleResult::of(
                    Decision::Ceiling {
                        ceiling_rs: ceiling,
                        above_rs: base - ceiling,
                    },
                    Outcome::CapHit,
                    bracket.basis,
                ));
                self.flag(
                    FlagLevel::Warning,
                    &path,
                    Some(&comp.id),
                    Finding::AboveCeiling {
                        component: comp.name.clone(),
                        cost_rs: cost,
                        ceiling_rs: ceiling,
                        pct,
                        grant_rs: share_floor(ceiling, pct),
                        beneficiary: self.scheme.labels.beneficiary.clone(),
                    },
                );
            }
        }
        result.eligible = eligible;
        result.pct = Some(pct);
        let mut goi = share_floor(eligible, pct);

        // Cost heads that carry no grant (MSE-CDP 2022: land and building).
        if !comp.grant_not_on.is_empty() {
            let words: Vec<String> = comp
                .grant_not_on
                .iter()
                .map(|h| h.in_words().to_string())
                .collect();
            let decided = |room_rs, grant_rs| Decision::GrantNotOnHeads {
                heads: words.clone(),
                room_rs,
                grant_rs,
            };
            match heads {
                Some(h) => {
                    let excluded: Rupees = comp.grant_not_on.iter().map(|&hd| h.get(hd)).sum();
                    let room = h.total() - excluded;
                    if goi > room {
                        rules.push(RuleResult::of(
                            decided(Some(room), goi),
                            Outcome::CapHit,
                            comp.grant_not_on_basis,
                        ));
                        self.flag(
                            FlagLevel::Warning,
                            "cfc.costs",
                            Some(&comp.id),
                            Finding::GrantNotOnHeadsCut {
                                heads: words.clone(),
                                excluded_rs: excluded,
                                grant_rs: goi,
                                room_rs: room,
                            },
                        );
                        goi = room;
                    } else {
                        rules.push(RuleResult::of(
                            decided(Some(room), goi),
                            Outcome::Met,
                            comp.grant_not_on_basis,
                        ));
                    }
                }
                None => rules.push(RuleResult::of(
                    decided(None, goi),
                    Outcome::NotChecked,
                    comp.grant_not_on_basis,
                )),
            }
        }

        if let Some(cap) = comp.grant_cap_rs {
            let hit = goi > cap;
            rules.push(RuleResult::of(
                Decision::GrantCap {
                    cap_rs: cap,
                    grant_rs: goi,
                },
                if hit { Outcome::CapHit } else { Outcome::Met },
                comp.grant_cap_basis,
            ));
            if hit {
                self.flag(
                    FlagLevel::Warning,
                    &path,
                    Some(&comp.id),
                    Finding::GrantCapped {
                        component: comp.name.clone(),
                        grant_rs: goi,
                        cap_rs: cap,
                    },
                );
                goi = cap;
            }
        }

        if let Some(sc) = &comp.share_cap {
            let other_cost = cost_by_id.get(&sc.of).copied().unwrap_or_default();
            let other_name = self
                .scheme
                .component(&sc.of)
                .map(|c| c.name.to_lowercase())
                .unwrap_or_else(|| sc.of.clone());
            let cap = share_floor(other_cost, sc.pct);
            let hit = goi > cap;
            rules.push(RuleResult::of(
                Decision::ShareCap {
                    pct: sc.pct,
                    of: other_name.clone(),
                    other_cost_rs: other_cost,
                    cap_rs: cap,
                },
                if hit { Outcome::CapHit } else { Outcome::Met },
                sc.basis,
            ));
            if hit {
                let payer = comp.rest_name(&self.scheme.labels).to_string();
                self.flag(
                    FlagLevel::Warning,
                    &path,
                    Some(&comp.id),
                    Finding::ShareCapped {
                        component: comp.name.clone(),
                        cost_rs: cost,
                        pct: sc.pct,
                        of: other_name,
                        other_cost_rs: other_cost,
                        grant_rs: goi,
                        cap_rs: cap,
                        payer,
                    },
                );
                goi = cap;
            }
        }

        result.before_rounding = goi;
        let rounded = self.scheme.grant_rounding.apply(goi);
        if rounded != goi {
            rules.push(RuleResult::of(
                Decision::Rounding {
                    how: self.scheme.grant_rounding.describe().to_string(),
                    before_rs: goi,
                    after_rs: rounded,
                },
                Outcome::Applied,
                Basis::Confirmed,
            ));
        }
        result.goi = rounded;
        result.rules = rules;
        result
    }

    /// Warns when a cost sits just above a bracket edge and so gets less than a project
    /// at the edge, and notes when it sits just below one.
    fn bracket_edges(&mut self, comp: &Component, idx: usize, cost: Rupees, path: &str) {
        let category = self.category.clone();
        let rate = |b: &Bracket| pick(&b.goi_pct, &category);
        // Just above the edge below this bracket.
        if idx > 0 {
            let lower = &comp.brackets[idx - 1];
            if let (Some(edge), Some(p_low), Some(p_here)) =
                (lower.up_to_rs, rate(lower), rate(&comp.brackets[idx]))
            {
                let at_edge = share_floor(edge, p_low);
                let here = share_floor(comp.ceiling().map_or(cost, |c| cost.min(c)), p_here);
                if here < at_edge && p_here.basis_points() > 0 {
                    let even = Rupees(
                        (edge.get() as i128 * p_low.basis_points() as i128
                            / p_here.basis_points() as i128) as i64,
                    );
                    self.flag(
                        FlagLevel::Warning,
                        path,
                        Some(&comp.id),
                        Finding::JustAboveEdge {
                            component: comp.name.clone(),
                            cost_rs: cost,
                            edge_rs: edge,
                            pct_here: p_here,
                            grant_rs: here,
                            at_edge_rs: at_edge,
                            pct_below: p_low,
                            even_rs: even,
                        },
                    );
                }
            }
        }
        // Just below the edge at the top of this bracket.
        if idx + 1 < comp.brackets.len() {
            let here = &comp.brackets[idx];
            if let (Some(edge), Some(p_here), Some(p_next)) =
                (here.up_to_rs, rate(here), rate(&comp.brackets[idx + 1]))
            {
                if p_next < p_here
                    && cost.get() as i128 * 100 > edge.get() as i128 * (100 - NEAR_EDGE_PCT as i128)
                {
                    self.flag(
                        FlagLevel::Note,
                        path,
                        Some(&comp.id),
                        Finding::NearEdge {
                            component: comp.name.clone(),
                            cost_rs: cost,
                            within_pct: NEAR_EDGE_PCT,
                            edge_rs: edge,
                            pct_here: p_here,
                            pct_next: p_next,
                        },
                    );
                }
            }
        }
    }

    /// The cluster's cap on the whole grant (SFURTI), by its number of artisans.
    fn cluster_cap(
        &mut self,
        rows: &[Row],
        out: &mut [ComponentFinancing],
        study_rules: &mut Vec<RuleResult>,
    ) {
        let Some(caps) = &self.scheme.cluster_caps else {
            return;
        };
        let tiers: Vec<(String, Rupees)> = caps
            .tiers
            .iter()
            .map(|t| (t.name.clone(), t.goi_cap_rs))
            .collect();
        let Some(artisans) = self.study.cluster.artisans else {
            self.flag(
                FlagLevel::Warning,
                "cluster.artisans",
                None,
                Finding::ArtisansNotEntered {
                    tiers: tiers.clone(),
                },
            );
            study_rules.push(RuleResult::of(
                Decision::ClusterCapNotChecked { tiers },
                Outcome::NotChecked,
                caps.basis,
            ));
            return;
        };
        let Some(tier) = caps
            .tiers
            .iter()
            .find(|t| t.max_artisans.is_none_or(|m| artisans <= m))
        else {
            return;
        };
        let total: Rupees = out.iter().map(|c| c.goi_rs).sum();
        let decided = Decision::ClusterCap {
            artisans,
            tier: tier.name.clone(),
            cap_rs: tier.goi_cap_rs,
            total_rs: total,
        };
        if total <= tier.goi_cap_rs {
            study_rules.push(RuleResult::of(decided, Outcome::Met, caps.basis));
            return;
        }
        let excess = total - tier.goi_cap_rs;
        study_rules.push(RuleResult::of(decided, Outcome::CapHit, caps.basis));
        self.flag(
            FlagLevel::Warning,
            "cluster.artisans",
            None,
            Finding::ClusterCapHit {
                total_rs: total,
                cap_rs: tier.goi_cap_rs,
                tier: tier.name.clone(),
                excess_rs: excess,
                reduce_from: caps.reduce_from.clone(),
            },
        );
        cut_to_cap(
            rows,
            out,
            &caps.reduce_from,
            excess,
            tier.goi_cap_rs,
            caps.basis,
        );
    }

    /// The cap on the project's whole grant ("or Rs y, whichever is less" for the project):
    /// the grants beyond it are cut from the components the scheme names, in its order.
    fn project_cap(
        &mut self,
        rows: &[Row],
        out: &mut [ComponentFinancing],
        study_rules: &mut Vec<RuleResult>,
    ) {
        let Some(cap) = &self.scheme.project_cap else {
            return;
        };
        let total: Rupees = out.iter().map(|c| c.goi_rs).sum();
        let decided = Decision::ProjectCap {
            cap_rs: cap.goi_cap_rs,
            total_rs: total,
        };
        if total <= cap.goi_cap_rs {
            study_rules.push(RuleResult::of(decided, Outcome::Met, cap.basis));
            return;
        }
        study_rules.push(RuleResult::of(decided, Outcome::CapHit, cap.basis));
        let excess = total - cap.goi_cap_rs;
        self.flag(
            FlagLevel::Warning,
            "action_plan",
            None,
            Finding::ProjectCapHit {
                total_rs: total,
                cap_rs: cap.goi_cap_rs,
                excess_rs: excess,
                reduce_from: cap.reduce_from.clone(),
            },
        );
        cut_to_cap(
            rows,
            out,
            &cap.reduce_from,
            excess,
            cap.goi_cap_rs,
            cap.basis,
        );
    }

    /// Who pays the rest of a row: the loan and the shares the study fixes, then the
    /// State's and the named parties' shares by the rules, and what is left by the payer
    /// `rest_to` names. No share is ever negative: what the others bring beyond the cost
    /// is the row's excess (a negative gap, an error), not a payer's.
    fn shares(
        &mut self,
        row: &Row,
        cf: &mut ComponentFinancing,
        bracket: Option<&Bracket>,
        on_cfc: bool,
    ) {
        let comp = match &row.kind {
            RowKind::Scheme(c) => *c,
            _ => {
                cf.other_rs = cf.cost_rs;
                return;
            }
        };
        let cfc = self.study.cfc.as_ref().filter(|_| on_cfc);
        let loan = cfc
            .and_then(|c| c.loan.as_ref())
            .and_then(|l| l.amount_rs)
            .filter(|a| a.get() > 0)
            .unwrap_or_default();
        let labels = &self.scheme.labels;
        if !loan.is_zero() {
            cf.rules.push(RuleResult::of(
                Decision::Loan { amount_rs: loan },
                Outcome::Applied,
                Basis::Confirmed,
            ));
        }
        cf.other_rs = loan;
        let rest_party = comp.rest_party();
        let rest_column = comp.rest_column();
        // The rest falls to a column's own payer unless a named party meets it.
        let rest_is_own = |column: Payer| rest_party.is_none() && rest_column == column;
        let fixed = |field: &str, who: Payer, payer: &str, amount_rs: Rupees| {
            RuleResult::of(
                Decision::FixedShare {
                    who,
                    payer: payer.to_string(),
                    amount_rs,
                    field: field.to_string(),
                },
                Outcome::Applied,
                Basis::Confirmed,
            )
        };
        // The State: as the study fixes it, else its usual share, unless it meets the rest.
        let given_state = cfc.and_then(|c| c.state_share_rs);
        if let Some(s) = given_state {
            cf.state_rs = s;
            cf.rules
                .push(fixed("cfc.state_share_rs", Payer::State, &labels.state, s));
        } else if !rest_is_own(Payer::State) {
            cf.state_rs = self.usual_state_share(comp, cf, bracket, on_cfc);
        }
        // The scheme's own contributor (the SPV), as the study fixes it.
        let given_spv = cfc.and_then(|c| c.spv_share_rs);
        if let Some(b) = given_spv {
            cf.beneficiary_rs = b;
            cf.rules.push(fixed(
                "cfc.spv_share_rs",
                Payer::Beneficiary,
                &labels.beneficiary,
                b,
            ));
        }
        // The named parties by their rates.
        for party in &comp.parties {
            let amount_rs = if rest_party.is_some_and(|r| r.id == party.id) {
                Rupees::ZERO
            } else {
                self.party_share(comp, party, cf)
            };
            *column_mut(cf, party.column) += amount_rs;
            cf.parties.push(PartyAmount {
                id: party.id.clone(),
                name: party.name.clone(),
                column: party.column,
                amount_rs,
            });
        }
        // The rest, unless the study fixes the payer that would meet it.
        let fixed_rest = match rest_party {
            Some(_) => false,
            None => match rest_column {
                Payer::State => given_state.is_some(),
                Payer::Beneficiary => given_spv.is_some(),
                Payer::Other => false,
            },
        };
        let mut rest_left_nothing = false;
        if !fixed_rest {
            let rest = cf.cost_rs - cf.goi_rs - cf.state_rs - cf.beneficiary_rs - cf.other_rs;
            let amount_rs = rest.max(Rupees::ZERO);
            *column_mut(cf, rest_column) += amount_rs;
            if let Some(r) = rest_party {
                if let Some(p) = cf.parties.iter_mut().find(|p| p.id == r.id) {
                    p.amount_rs = amount_rs;
                }
            }
            let payer = comp.rest_name(labels).to_string();
            if rest.get() < 0 {
                rest_left_nothing = true;
                cf.rules.push(RuleResult::of(
                    Decision::NothingLeft {
                        who: rest_column,
                        payer,
                        state: labels.state.clone(),
                        excess_rs: Rupees(-rest.get()),
                    },
                    Outcome::NotMet,
                    Basis::Confirmed,
                ));
            } else if !(amount_rs.is_zero() && rest_column == Payer::Other) {
                // The basis of "the State meets the rest" is the scheme's caveat, not a
                // rule found in a guideline's table.
                let basis = if rest_is_own(Payer::State) {
                    Basis::Secondary
                } else {
                    rest_party.map_or(Basis::Confirmed, |p| p.basis)
                };
                cf.rules.push(RuleResult::of(
                    Decision::MeetsTheRest {
                        who: rest_column,
                        named: rest_party.is_some(),
                        payer,
                        amount_rs,
                    },
                    Outcome::Applied,
                    basis,
                ));
            }
        }
        cf.gap_rs = cf.cost_rs - cf.goi_rs - cf.state_rs - cf.beneficiary_rs - cf.other_rs;
        let path = if on_cfc {
            "cfc".to_string()
        } else {
            self.component_path(row, false)
        };
        if cf.gap_rs.get() < 0 && rest_left_nothing {
            let finding = Finding::OverFunded {
                component: comp.name.clone(),
                goi_rs: cf.goi_rs,
                state: labels.state.clone(),
                state_rs: cf.state_rs,
                loan_rs: loan,
                cost_rs: cf.cost_rs,
            };
            self.flag(FlagLevel::Error, path, Some(&comp.id), finding);
        } else if !cf.gap_rs.is_zero() {
            let finding = Finding::MeansDoNotAddUp {
                component: comp.name.clone(),
                goi_rs: cf.goi_rs,
                state: labels.state.clone(),
                state_rs: cf.state_rs,
                beneficiary: labels.beneficiary.clone(),
                beneficiary_rs: cf.beneficiary_rs,
                other: labels.other.clone(),
                other_rs: cf.other_rs,
                cost_rs: cf.cost_rs,
                gap_rs: cf.gap_rs,
            };
            self.flag(FlagLevel::Error, path, Some(&comp.id), finding);
        }
    }

    /// A named party's share of the eligible cost by the rules, at most its cap ("x% or
    /// Rs y, whichever is less"); a rate the rules do not give for the category, or do not
    /// confirm, is flagged and not assumed.
    fn party_share(
        &mut self,
        comp: &Component,
        party: &Party,
        cf: &mut ComponentFinancing,
    ) -> Rupees {
        let Some(by) = &party.pct else {
            return Rupees::ZERO;
        };
        match pick(by, &self.category).filter(|_| party.basis.applies()) {
            Some(pct) => {
                let share = share_floor(cf.eligible_rs, pct);
                let amount_rs = party.cap_rs.map_or(share, |cap| share.min(cap));
                cf.rules.push(RuleResult::of(
                    Decision::PartyShare {
                        payer: party.name.clone(),
                        pct,
                        eligible_rs: cf.eligible_rs,
                        cap_rs: party.cap_rs,
                        amount_rs,
                    },
                    if amount_rs < share {
                        Outcome::CapHit
                    } else {
                        Outcome::Applied
                    },
                    party.basis,
                ));
                amount_rs
            }
            None => {
                self.flag(
                    FlagLevel::Warning,
                    "action_plan",
                    Some(&comp.id),
                    Finding::PartyShareUnconfirmed {
                        component: comp.name.clone(),
                        payer: party.name.clone(),
                        category: self.category.clone(),
                        revision: self.scheme.revision.clone(),
                        rest: comp.rest_name(&self.scheme.labels).to_string(),
                    },
                );
                cf.rules.push(RuleResult::of(
                    Decision::PartyShareUnconfirmed {
                        payer: party.name.clone(),
                        category: self.category.clone(),
                    },
                    Outcome::Flagged,
                    Basis::Unconfirmed,
                ));
                Rupees::ZERO
            }
        }
    }

    /// The State's usual share of the eligible cost, where the scheme states one.
    fn usual_state_share(
        &mut self,
        comp: &Component,
        cf: &mut ComponentFinancing,
        bracket: Option<&Bracket>,
        on_cfc: bool,
    ) -> Rupees {
        let Some(b) = bracket else {
            return Rupees::ZERO;
        };
        let Some(by) = &b.state_pct else {
            return Rupees::ZERO;
        };
        let state = self.scheme.labels.state.clone();
        match pick(by, &self.category) {
            Some(p) => {
                let s = share_floor(cf.eligible_rs, p);
                cf.rules.push(RuleResult::of(
                    Decision::UsualStateShare {
                        payer: state,
                        pct: p,
                        eligible_rs: cf.eligible_rs,
                        amount_rs: s,
                    },
                    Outcome::Applied,
                    b.state_basis,
                ));
                s
            }
            None => {
                let field = if on_cfc {
                    "cfc.state_share_rs"
                } else {
                    "the State's sanction"
                };
                self.flag(
                    FlagLevel::Warning,
                    if on_cfc {
                        "cfc.state_share_rs"
                    } else {
                        "action_plan"
                    },
                    Some(&comp.id),
                    Finding::StateShareUnconfirmed {
                        component: comp.name.clone(),
                        state: state.clone(),
                        category: self.category.clone(),
                        revision: self.scheme.revision.clone(),
                        field: field.to_string(),
                        beneficiary: self.scheme.labels.beneficiary.clone(),
                    },
                );
                cf.rules.push(RuleResult::of(
                    Decision::StateShareUnconfirmed {
                        payer: state,
                        category: self.category.clone(),
                    },
                    Outcome::Flagged,
                    Basis::Unconfirmed,
                ));
                Rupees::ZERO
            }
        }
    }

    /// The CFC project: land rule, reconciliation with the action plan, means of finance.
    fn cfc(
        &mut self,
        comp: &Component,
        heads: &CostHeads,
        cf: &ComponentFinancing,
        row: &Row,
        study_rules: &mut Vec<RuleResult>,
    ) -> CfcFinancing {
        let cost = heads.total();
        let mut land_pct = None;
        if let Some(land) = &self.scheme.land {
            let amount = if land.includes_site_development {
                heads.land_with_development()
            } else {
                heads.get(Head::Land)
            };
            land_pct = percent_of(amount, cost);
            let over = amount.get() as i128 * 10_000
                > cost.get() as i128 * land.max_pct.basis_points() as i128;
            study_rules.push(RuleResult::of(
                Decision::LandLimit {
                    with_development: land.includes_site_development,
                    max_pct: land.max_pct,
                    land_rs: amount,
                    share: land_pct,
                },
                if over { Outcome::NotMet } else { Outcome::Met },
                land.basis,
            ));
            if over {
                self.flag(
                    FlagLevel::Error,
                    "cfc.costs.land_rs",
                    Some(&comp.id),
                    Finding::LandOverLimit {
                        with_development: land.includes_site_development,
                        land_rs: amount,
                        share: land_pct,
                        cost_rs: cost,
                        max_pct: land.max_pct,
                        max_rs: share_floor(cost, land.max_pct),
                    },
                );
            }
        }
        // The action plan's view of the same project.
        let planned: Rupees = row.actions.iter().map(|(_, a)| action_cost(a)).sum();
        match row.actions.first() {
            None => self.flag(
                FlagLevel::Warning,
                "action_plan.actions",
                Some(&comp.id),
                Finding::CfcNotInPlan {
                    cost_rs: cost,
                    component: comp.id.clone(),
                },
            ),
            Some((i, a)) if planned != cost => {
                self.flag(
                    FlagLevel::Error,
                    format!("{}.cost", action_path(*i, a)),
                    Some(&comp.id),
                    Finding::PlanDiffersFromCfc {
                        planned_rs: planned,
                        component: comp.id.clone(),
                        cost_rs: cost,
                    },
                );
                study_rules.push(RuleResult::of(
                    Decision::PlanMatchesCfc {
                        component: comp.id.clone(),
                        planned_rs: planned,
                        cost_rs: cost,
                    },
                    Outcome::NotMet,
                    Basis::Confirmed,
                ));
            }
            Some(_) => study_rules.push(RuleResult::of(
                Decision::PlanMatchesCfc {
                    component: comp.id.clone(),
                    planned_rs: planned,
                    cost_rs: cost,
                },
                Outcome::Met,
                Basis::Confirmed,
            )),
        }
        // One source per column's own payer, always (the table's columns do not come and
        // go with the figures), then each named party that brings something, beside its
        // column's.
        let labels = &self.scheme.labels;
        let mut sources = Vec::new();
        if self.scheme.grants_goi() {
            sources.push((Source::Goi, "GoI grant".to_string(), cf.goi_rs));
        }
        for (source, column) in [
            (Source::State, Payer::State),
            (Source::Beneficiary, Payer::Beneficiary),
            (Source::Other, Payer::Other),
        ] {
            sources.push((source, labels.of(column).to_string(), cf.own_rs(column)));
            for p in cf.parties.iter().filter(|p| p.column == column) {
                if !p.amount_rs.is_zero() {
                    sources.push((source, p.name.clone(), p.amount_rs));
                }
            }
        }
        let means_of_finance = if cf.gap_rs.is_zero() {
            means_of_finance(heads, &sources, &comp.grant_not_on)
        } else {
            None
        };
        CfcFinancing {
            component: comp.id.clone(),
            project_cost_rs: cost,
            land_pct,
            means_of_finance,
        }
    }

    /// The SPV's members, contribution and equity, as the scheme requires.
    fn spv_rules(&mut self, cf: &ComponentFinancing, study_rules: &mut Vec<RuleResult>) {
        let Some(rules) = &self.scheme.spv else {
            return;
        };
        let study = self.study;
        let spv = study.spv.as_ref();
        // Members.
        let special = spv.is_some_and(|s| !s.special_case.trim().is_empty());
        let min = if special {
            rules.min_members_special_case
        } else {
            rules.min_members
        };
        let members = spv.and_then(|s| s.member_units);
        let decided = Decision::SpvMembers {
            min: rules.min_members,
            min_special_case: rules.min_members_special_case,
            members,
            special_case: special,
        };
        match members {
            // A rule the scheme marks unconfirmed is not checked against the study.
            _ if !rules.members_basis.applies() => {}
            None => study_rules.push(RuleResult::of(
                decided,
                Outcome::NotChecked,
                rules.members_basis,
            )),
            Some(n) => {
                let met = n >= min;
                study_rules.push(RuleResult::of(
                    decided,
                    if met { Outcome::Met } else { Outcome::NotMet },
                    rules.members_basis,
                ));
                if !met {
                    let special_case_min = (!special && n >= rules.min_members_special_case)
                        .then_some(rules.min_members_special_case);
                    self.flag(
                        FlagLevel::Error,
                        "spv.member_units",
                        None,
                        Finding::SpvTooSmall {
                            members: n,
                            revision: self.scheme.revision.clone(),
                            min,
                            special_case_min,
                        },
                    );
                }
            }
        }
        // Contribution: at least a share of the CFC's cost. The SPV's own funds and the
        // term loan it raises both count: the loan is the SPV's to repay.
        if !rules.contribution_basis.applies() {
        } else if cf.gap_rs.get() < 0 {
            // Over-funded: what the SPV "brings" would be read off figures that do not
            // add up; the does-not-reconcile error says what to fix first.
            study_rules.push(RuleResult::of(
                Decision::SpvContribution {
                    min_pct: rules.min_contribution_pct,
                    own_rs: cf.own_rs(Payer::Beneficiary),
                    loan_rs: cf.own_rs(Payer::Other),
                    share: None,
                    excess_rs: Some(Rupees(-cf.gap_rs.get())),
                },
                Outcome::NotChecked,
                rules.contribution_basis,
            ));
        } else if !cf.cost_rs.is_zero() {
            let floor = share_floor(cf.cost_rs, rules.min_contribution_pct);
            let own = cf.own_rs(Payer::Beneficiary);
            let loan = cf.own_rs(Payer::Other);
            let brings = own + loan;
            let at_least = |amount: Rupees| {
                amount.get() as i128 * 10_000
                    >= cf.cost_rs.get() as i128 * rules.min_contribution_pct.basis_points() as i128
            };
            study_rules.push(RuleResult::of(
                Decision::SpvContribution {
                    min_pct: rules.min_contribution_pct,
                    own_rs: own,
                    loan_rs: loan,
                    share: percent_of(brings, cf.cost_rs),
                    excess_rs: None,
                },
                if at_least(brings) {
                    Outcome::Met
                } else {
                    Outcome::NotMet
                },
                rules.contribution_basis,
            ));
            let path = if study.cfc.as_ref().is_some_and(|c| c.spv_share_rs.is_some()) {
                "cfc.spv_share_rs"
            } else {
                "cfc"
            };
            if !at_least(brings) {
                let finding = Finding::SpvBringsTooLittle {
                    own_rs: own,
                    loan_rs: loan,
                    cost_rs: cf.cost_rs,
                    min_pct: rules.min_contribution_pct,
                    floor_rs: floor,
                };
                self.flag(FlagLevel::Error, path, Some(&cf.id), finding);
            } else if !at_least(own) {
                let finding = Finding::SpvOwnFundsBelowFloor {
                    own_rs: own,
                    loan_rs: loan,
                    cost_rs: cf.cost_rs,
                    min_pct: rules.min_contribution_pct,
                    floor_rs: floor,
                };
                self.flag(FlagLevel::Note, path, Some(&cf.id), finding);
            }
        }
        // Equity: no member above the cap.
        let Some(spv) = spv.filter(|_| rules.equity_basis.applies()) else {
            return;
        };
        let listed: Vec<(usize, &crate::model::Member, Rupees)> = spv
            .members
            .iter()
            .enumerate()
            .filter_map(|(i, m)| m.equity_rs.filter(|e| e.get() > 0).map(|e| (i, m, e)))
            .collect();
        let total: Rupees = listed.iter().map(|(_, _, e)| *e).sum();
        if total.is_zero() {
            study_rules.push(RuleResult::of(
                Decision::MemberEquity {
                    max_pct: rules.max_member_equity_pct,
                    entered: None,
                    of: spv.member_units,
                    complete: false,
                },
                Outcome::NotChecked,
                rules.equity_basis,
            ));
            return;
        }
        let over: Vec<&(usize, &crate::model::Member, Rupees)> = listed
            .iter()
            .filter(|(_, _, e)| {
                e.get() as i128 * 10_000
                    > total.get() as i128 * rules.max_member_equity_pct.basis_points() as i128
            })
            .collect();
        // The members are complete when the SPV's member count is entered and that many
        // members have their equity entered. Until then a member above the cap is only
        // "so far": the first member entered holds all the equity entered, and that is
        // the study being written, not a proposal breaking the rule. It is warned about,
        // and becomes an error once the members are complete.
        let complete = spv.member_units.is_some_and(|n| listed.len() >= n as usize);
        study_rules.push(RuleResult::of(
            Decision::MemberEquity {
                max_pct: rules.max_member_equity_pct,
                entered: Some(listed.len()),
                of: spv.member_units,
                complete,
            },
            if over.is_empty() {
                Outcome::Met
            } else {
                Outcome::NotMet
            },
            rules.equity_basis,
        ));
        for (i, m, e) in over {
            self.flag(
                if complete {
                    FlagLevel::Error
                } else {
                    FlagLevel::Warning
                },
                format!("{}.equity_rs", ItemKind::Member.item_path(&m.id, *i)),
                None,
                Finding::MemberEquityOverCap {
                    member: if m.name.is_empty() {
                        m.id.as_str().to_string()
                    } else {
                        m.name.clone()
                    },
                    equity_rs: *e,
                    total_rs: total,
                    max_pct: rules.max_member_equity_pct,
                    entered: listed.len(),
                    of: spv.member_units,
                    complete,
                },
            );
        }
    }
}

/// Cuts `excess` from the grants of the components `reduce_from` names, in its order, each
/// down to zero at the most, and records the cut on each row it takes from. The cluster's cap
/// and the project's cap cut the same way; only the cap and the order differ.
fn cut_to_cap(
    rows: &[Row],
    out: &mut [ComponentFinancing],
    reduce_from: &[String],
    mut excess: Rupees,
    cap_rs: Rupees,
    basis: Basis,
) {
    for id in reduce_from {
        let Some(i) = rows
            .iter()
            .position(|r| matches!(&r.kind, RowKind::Scheme(c) if &c.id == id))
        else {
            continue;
        };
        let cut = excess.min(out[i].goi_rs);
        if cut.is_zero() {
            continue;
        }
        out[i].goi_rs = out[i].goi_rs - cut;
        out[i].rules.push(RuleResult::of(
            Decision::ClusterCapCut {
                cut_rs: cut,
                cap_rs,
            },
            Outcome::CapHit,
            basis,
        ));
        excess = excess - cut;
        if excess.is_zero() {
            break;
        }
    }
}

/// Whether a condition's fact holds for the study, and the evidence in words.
fn fact_value(study: &Study, cond: &Condition) -> (Option<bool>, String) {
    let fact = cond.fact;
    let c = &study.cluster;
    let area = |v: bool, what: &str| {
        (
            Some(v),
            if v {
                format!("marked as {what}")
            } else {
                format!("not marked as {what}")
            },
        )
    };
    let majority = |count: Option<u32>, what: &str, field: &str| -> (Option<bool>, String) {
        match (count, c.total_units()) {
            (_, None) | (_, Some(0)) => (
                None,
                "the number of units (cluster.enterprises) is not entered".to_string(),
            ),
            (None, Some(_)) => (
                None,
                format!("the number of {what} units ({field}) is not entered"),
            ),
            (Some(n), Some(total)) => {
                let share = percent_of(Rupees(n as i64), Rupees(total as i64))
                    .map(Percent::two_decimals)
                    .unwrap_or_default();
                (
                    Some(n as u64 * 2 > total as u64),
                    format!("{what} units: {n} of {total} ({share})"),
                )
            }
        }
    };
    match fact {
        Fact::NeOrHillState => area(c.area.ne_or_hill_state, "a North-East or hill State"),
        Fact::IslandTerritory => area(c.area.island_territory, "an island territory"),
        Fact::AspirationalDistrict => {
            area(c.area.aspirational_district, "an aspirational district")
        }
        Fact::LweDistrict => area(c.area.lwe_district, "an LWE-affected district"),
        Fact::MajorityMicroVillage => micro_or_village(c),
        Fact::MajorityWomenOwned => majority(
            c.ownership.women_owned,
            "women-owned",
            "cluster.ownership.women_owned",
        ),
        Fact::BlockCategory => match c.area.block_category {
            None => (
                None,
                "the block's category (cluster.area.block_category) is not entered".to_string(),
            ),
            Some(b) => (
                Some(cond.any_of.iter().any(|w| w.eq_ignore_ascii_case(b.word()))),
                format!("the block is in category {}", b.word().to_uppercase()),
            ),
        },
        Fact::EarlierProjects => match (c.area.earlier_projects, cond.fewer_than) {
            (None, _) => (
                None,
                "the number of earlier projects under the scheme (cluster.area.earlier_projects) is not entered".to_string(),
            ),
            (Some(n), limit) => (
                limit.map(|l| n < l),
                format!("{n} earlier projects under the scheme"),
            ),
        },
        Fact::MajorityScStOwned => {
            let sum = match (c.ownership.sc_owned, c.ownership.st_owned) {
                (None, None) => None,
                (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
            };
            majority(sum, "SC/ST-owned", "cluster.ownership.sc_owned, st_owned")
        }
    }
}

/// Whether more than half of the units are micro or village enterprises. Micro or village
/// units are at least the micro units, so `enterprises.micro` answers when it is more than
/// half, whether or not `ownership.micro_village` is entered (the larger of the two counts
/// is used, and the evidence names it); only a minority of micro units with no
/// micro-or-village count leaves the question open (village units could make it more).
fn micro_or_village(c: &crate::model::Cluster) -> (Option<bool>, String) {
    let Some(total) = c.total_units().filter(|&t| t > 0) else {
        return (
            None,
            "the number of units (cluster.enterprises) is not entered".to_string(),
        );
    };
    let share = |n: u32| {
        percent_of(Rupees(i64::from(n)), Rupees(i64::from(total)))
            .map(Percent::two_decimals)
            .unwrap_or_default()
    };
    let over_half = |n: u32| u64::from(n) * 2 > u64::from(total);
    let micro = c.enterprises.micro;
    match (c.ownership.micro_village, micro) {
        (Some(mv), m) if m.is_none_or(|m| mv >= m) => (
            Some(over_half(mv)),
            format!(
                "micro or village units: {mv} of {total} ({}), from cluster.ownership.micro_village",
                share(mv)
            ),
        ),
        (mv, Some(m)) if over_half(m) || mv.is_some() => {
            let why = match mv {
                Some(mv) => format!(
                    "cluster.ownership.micro_village says {mv}, fewer than the micro units, so the micro units are counted"
                ),
                None => "cluster.ownership.micro_village is not entered; micro or village units are at least the micro units".to_string(),
            };
            (
                Some(over_half(m)),
                format!(
                    "micro units: {m} of {total} ({}), from cluster.enterprises.micro ({why})",
                    share(m)
                ),
            )
        }
        (_, Some(m)) => (
            None,
            format!(
                "micro units are {m} of {total} ({}), not more than half, and the number of micro or village units (cluster.ownership.micro_village) is not entered: village units could make it more than half",
                share(m)
            ),
        ),
        (_, None) => (
            None,
            "the number of micro or village units (cluster.ownership.micro_village) is not entered".to_string(),
        ),
    }
}
