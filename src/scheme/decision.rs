//! What the engine decided, as data: each rule it applied with the figures it used.
//!
//! The engine computes and records a [`Decision`] per rule (the rule, its inputs and its
//! figures; the verdict is the rule's [`Outcome`](super::Outcome)); `explain::rule_words`
//! is the one place that words it. Rules can so be checked against the guidelines figure
//! by figure (`cdstudy budget --format json` carries them), and worded in another language
//! without touching the arithmetic.

use serde::Serialize;

use super::engine::Category;
use super::rules::{Counted, Fact, Payer};
use crate::model::{LandTenure, LegalForm, Percent, Quantity, Rupees};

/// One rule as the engine applied it, with every figure it used. Amounts are whole rupees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum Decision {
    /// Something the scheme asks the consultant to know whenever the component is used.
    Caveat { text: String },
    /// The component's funding rule is not confirmed: no grant computed.
    UnconfirmedComponent { component: String, revision: String },
    /// The scheme funds the component by a rule cdstudy does not compute.
    NotComputed { why: String },
    /// The component carries no grant.
    NoGrant { why: String },
    /// At most `max_actions` actions count, each up to `ceiling_rs`.
    PerActionLimit {
        max_actions: u32,
        ceiling_rs: Rupees,
        counted_rs: Rupees,
        cost_rs: Rupees,
        note: String,
    },
    /// Assistance per unit: `units` counted (of `counted_units` in the cost lines, at most
    /// `max_units`) at `rate_rs`, at most the cost.
    PerUnit {
        rate_rs: Rupees,
        unit: String,
        counted_units: u64,
        units: u64,
        max_units: Option<u32>,
        cost_rs: Rupees,
        grant_rs: Rupees,
    },
    /// The cap on the project's whole grant across components.
    ProjectCap { cap_rs: Rupees, total_rs: Rupees },
    /// The cost is below the lowest bracket the rules cover.
    BelowLowestBracket { cost_rs: Rupees, from_rs: Rupees },
    /// The bracket the cost falls in and its GoI share for the category (`None`: the
    /// share for this category is not confirmed).
    Bracket {
        above_rs: Option<Rupees>,
        up_to_rs: Option<Rupees>,
        goi_pct: Option<Percent>,
        category: Category,
    },
    /// The grant is computed on at most the ceiling.
    Ceiling {
        ceiling_rs: Rupees,
        above_rs: Rupees,
    },
    /// No grant on some cost heads: the grant must fit in what the others cost. `room_rs`
    /// is `None` until the CFC's heads are described; `grant_rs` is the grant before the
    /// rule.
    GrantNotOnHeads {
        heads: Vec<String>,
        room_rs: Option<Rupees>,
        grant_rs: Rupees,
    },
    /// The grant is at most an absolute amount.
    GrantCap { cap_rs: Rupees, grant_rs: Rupees },
    /// The grant is at most a share of another component's cost.
    ShareCap {
        pct: Percent,
        of: String,
        other_cost_rs: Rupees,
        cap_rs: Rupees,
    },
    /// The scheme's rounding of the grant.
    Rounding {
        how: String,
        before_rs: Rupees,
        after_rs: Rupees,
    },
    /// A scheme without funding rules.
    NoFundingRules { scheme: String },
    /// A component word the scheme does not have.
    UnknownComponent { revision: String },
    /// Actions funded outside the scheme, by whom.
    OutsideScheme { payers: crate::phrase::Said },
    /// The cap on the cluster's whole grant cannot be applied: artisans not entered.
    ClusterCapNotChecked { tiers: Vec<(String, Rupees)> },
    /// The cluster's tier by its artisans and its cap on the whole grant.
    ClusterCap {
        artisans: u32,
        tier: String,
        cap_rs: Rupees,
        total_rs: Rupees,
    },
    /// A component's grant cut to keep the cluster within its cap.
    ClusterCapCut { cut_rs: Rupees, cap_rs: Rupees },
    /// The CFC's term loan.
    Loan { amount_rs: Rupees },
    /// A share the study fixes (`field`: where).
    FixedShare {
        who: Payer,
        payer: String,
        amount_rs: Rupees,
        field: String,
    },
    /// The State's usual share of the eligible cost.
    UsualStateShare {
        payer: String,
        pct: Percent,
        eligible_rs: Rupees,
        amount_rs: Rupees,
    },
    /// The State's share for the category is not confirmed: not assumed.
    StateShareUnconfirmed { payer: String, category: Category },
    /// A named party's share of the eligible cost, at most its cap.
    PartyShare {
        payer: String,
        pct: Percent,
        eligible_rs: Rupees,
        cap_rs: Option<Rupees>,
        amount_rs: Rupees,
    },
    /// A named party's share for the category is not given or not confirmed: not assumed.
    PartyShareUnconfirmed { payer: String, category: Category },
    /// `payer` meets what the others leave (`named`: a party of the component's own, not
    /// the column's payer).
    MeetsTheRest {
        who: Payer,
        named: bool,
        payer: String,
        amount_rs: Rupees,
    },
    /// The others already exceed the cost: `payer` (of column `who`) has nothing left to
    /// meet.
    NothingLeft {
        who: Payer,
        payer: String,
        state: String,
        excess_rs: Rupees,
    },
    /// Land at most a share of the project cost.
    LandLimit {
        with_development: bool,
        max_pct: Percent,
        land_rs: Rupees,
        share: Option<Percent>,
    },
    /// The action plan's actions under the CFC's component against its cost heads.
    PlanMatchesCfc {
        component: String,
        planned_rs: Rupees,
        cost_rs: Rupees,
    },
    /// The SPV's member units (`members`: `None` when not entered).
    SpvMembers {
        min: u32,
        min_special_case: u32,
        members: Option<u32>,
        special_case: bool,
    },
    /// The SPV's contribution as a share of the CFC's cost; `excess_rs` is set when the
    /// means of finance exceed the cost, and then it is not checked.
    SpvContribution {
        min_pct: Percent,
        own_rs: Rupees,
        loan_rs: Rupees,
        share: Option<Percent>,
        excess_rs: Option<Rupees>,
    },
    /// No member above a share of the SPV's equity; `entered`/`of` say how complete the
    /// members are (`None`: nothing entered).
    MemberEquity {
        max_pct: Percent,
        entered: Option<usize>,
        of: Option<u32>,
        complete: bool,
    },
    /// Eligibility by sector: the scheme's sectors against the study's `cluster.sectors`
    /// (empty: not told); `matching` are the study's sectors the scheme is for.
    EligibleSector {
        any_of: Vec<String>,
        sectors: Vec<String>,
        matching: Vec<String>,
        note: String,
    },
    /// Eligibility by a count of the cluster (`count`: `None` when not told).
    EligibleCount {
        of: Counted,
        min: Option<u32>,
        max: Option<u32>,
        count: Option<u32>,
        note: String,
    },
    /// Eligibility by the SPV's legal form (`form`: `None` when not told).
    EligibleSpvForm {
        any_of: Vec<LegalForm>,
        form: Option<LegalForm>,
        note: String,
    },
    /// The least area of the CFC's land for the category (`min_acres`: `None` when the
    /// rules give none for it; `acres`: `None` when not told).
    EligibleLandArea {
        min_acres: Option<Quantity>,
        category: Option<String>,
        acres: Option<Quantity>,
        note: String,
    },
    /// The tenures the CFC's land may be held on.
    EligibleLandTenure {
        any_of: Vec<LandTenure>,
        tenure: Option<LandTenure>,
        note: String,
    },
    /// The shortest lease of leased land.
    EligibleLease {
        min_years: u32,
        years: Option<u32>,
        note: String,
    },
}

impl Decision {
    /// The rule's stable word (`bracket`, `ceiling` ...), as `RuleResult::code` has it.
    pub fn code(&self) -> &'static str {
        match self {
            Decision::Caveat { .. } => "caveat",
            Decision::UnconfirmedComponent { .. } => "unconfirmed-component",
            Decision::NotComputed { .. } => "not-computed",
            Decision::NoGrant { .. } => "no-grant",
            Decision::PerActionLimit { .. } => "per-action-limit",
            Decision::BelowLowestBracket { .. } => "below-lowest-bracket",
            Decision::PerUnit { .. } => "per-unit",
            Decision::ProjectCap { .. } => "project-cap",
            Decision::Bracket { .. } => "bracket",
            Decision::Ceiling { .. } => "ceiling",
            Decision::GrantNotOnHeads { .. } => "grant-not-on-heads",
            Decision::GrantCap { .. } => "grant-cap",
            Decision::ShareCap { .. } => "share-cap",
            Decision::Rounding { .. } => "rounding",
            Decision::NoFundingRules { .. } => "no-funding-rules",
            Decision::UnknownComponent { .. } => "unknown-component",
            Decision::OutsideScheme { .. } => "outside-scheme",
            Decision::ClusterCapNotChecked { .. }
            | Decision::ClusterCap { .. }
            | Decision::ClusterCapCut { .. } => "cluster-cap",
            Decision::Loan { .. } => "loan",
            Decision::FixedShare { who, .. } | Decision::MeetsTheRest { who, .. } => match who {
                Payer::Beneficiary => "beneficiary-share",
                Payer::State => "state-share",
                Payer::Other => "other-share",
            },
            Decision::UsualStateShare { .. } | Decision::StateShareUnconfirmed { .. } => {
                "state-share"
            }
            Decision::NothingLeft { who, .. } => match who {
                Payer::Beneficiary => "beneficiary-share",
                Payer::State => "state-share",
                Payer::Other => "other-share",
            },
            Decision::PartyShare { .. } | Decision::PartyShareUnconfirmed { .. } => "party-share",
            Decision::LandLimit { .. } => "land-limit",
            Decision::PlanMatchesCfc { .. } => "plan-matches-cfc",
            Decision::SpvMembers { .. } => "spv-members",
            Decision::SpvContribution { .. } => "spv-contribution",
            Decision::MemberEquity { .. } => "member-equity",
            Decision::EligibleSector { .. } => "eligible-sector",
            Decision::EligibleCount { .. } => "eligible-count",
            Decision::EligibleSpvForm { .. } => "eligible-spv-form",
            Decision::EligibleLandArea { .. } => "eligible-land-area",
            Decision::EligibleLandTenure { .. } => "eligible-land-tenure",
            Decision::EligibleLease { .. } => "eligible-lease",
        }
    }
}

/// Something the engine found that the consultant must see, with the figures it found it
/// on: what a [`Flag`](super::Flag) says, as data. `explain::finding_words` is the one place
/// that words it; the flag's `code` comes from it ([`Finding::code`]). Amounts are whole
/// rupees; `component` is the component's name, `payer`/`state`/`beneficiary`/`other` the
/// scheme's words for who pays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "finding", rename_all = "kebab-case")]
pub enum Finding {
    /// A State's own scheme, and the study does not say the cluster's State.
    StateNotTold { scheme: String, states: Vec<String> },
    /// A State's own scheme, and the cluster is in another State.
    OtherState {
        scheme: String,
        states: Vec<String>,
        state: String,
    },
    /// An eligibility test the study fails (the test as the engine decided it).
    NotEligible { scheme: String, rule: Decision },
    /// A counted special-category condition the study lacks the figures for.
    CategoryNotTold {
        /// The category's id and name in the rules file.
        category: String,
        category_name: String,
        fact: Fact,
        evidence: String,
    },
    /// The cluster has a condition the rules do not confirm makes it special.
    /// A limit of a component whose figures were not found: the grant is computed without
    /// it (it may be lower).
    CaveatUnconfirmed { component: String, text: String },
    CategoryUnconfirmed {
        category: String,
        category_name: String,
        fact: Fact,
        evidence: String,
        revision: String,
        note: String,
    },
    /// An action names a component the scheme does not have (`known`: its components).
    UnknownComponent {
        word: String,
        revision: String,
        known: Vec<String>,
    },
    /// The component's funding rule is not confirmed (`what`: its description, or that
    /// the rule was not found).
    ComponentUnconfirmed {
        component: String,
        id: String,
        what: String,
        payer: String,
    },
    /// The scheme funds the component by a rule cdstudy does not compute.
    NotComputed {
        component: String,
        id: String,
        why: String,
        payer: String,
    },
    /// Assistance per unit, and no cost line counts the unit.
    NoUnitCounted {
        component: String,
        rate_rs: Rupees,
        unit: String,
    },
    /// Only so many actions, each up to a ceiling, count for the grant.
    PerActionCut {
        component: String,
        counted_rs: Rupees,
        cost_rs: Rupees,
        max_actions: u32,
        ceiling_rs: Rupees,
    },
    /// The cost is below the lowest bracket; `lowest`: the lowest bracket's rate for the
    /// category and the grant it would give.
    BelowLowestBracket {
        component: String,
        cost_rs: Rupees,
        from_rs: Rupees,
        revision: String,
        lowest: Option<(Percent, Rupees)>,
    },
    /// The bracket's GoI share for the category is not confirmed.
    GoiShareUnconfirmed {
        component: String,
        category: Category,
        revision: String,
        above_rs: Option<Rupees>,
        up_to_rs: Option<Rupees>,
    },
    /// The cost is above the ceiling the grant is computed on.
    AboveCeiling {
        component: String,
        cost_rs: Rupees,
        ceiling_rs: Rupees,
        pct: Percent,
        grant_rs: Rupees,
        beneficiary: String,
    },
    /// The grant is cut to what the heads that may carry it cost.
    GrantNotOnHeadsCut {
        heads: Vec<String>,
        excluded_rs: Rupees,
        grant_rs: Rupees,
        room_rs: Rupees,
    },
    /// The grant is cut to an absolute cap.
    GrantCapped {
        component: String,
        grant_rs: Rupees,
        cap_rs: Rupees,
    },
    /// The grant is cut to a share of another component's cost.
    ShareCapped {
        component: String,
        cost_rs: Rupees,
        pct: Percent,
        of: String,
        other_cost_rs: Rupees,
        grant_rs: Rupees,
        cap_rs: Rupees,
        payer: String,
    },
    /// The cost is just above a bracket edge and gets less than a project at the edge;
    /// `even_rs`: the cost from which the grant is larger again.
    JustAboveEdge {
        component: String,
        cost_rs: Rupees,
        edge_rs: Rupees,
        pct_here: Percent,
        grant_rs: Rupees,
        at_edge_rs: Rupees,
        pct_below: Percent,
        even_rs: Rupees,
    },
    /// The cost is within `within_pct` of the bracket edge above it.
    NearEdge {
        component: String,
        cost_rs: Rupees,
        within_pct: i64,
        edge_rs: Rupees,
        pct_here: Percent,
        pct_next: Percent,
    },
    /// The cluster's cap needs the artisans, not entered (`tiers`: name and cap).
    ArtisansNotEntered { tiers: Vec<(String, Rupees)> },
    /// The grants exceed the cluster's cap.
    ClusterCapHit {
        total_rs: Rupees,
        cap_rs: Rupees,
        tier: String,
        excess_rs: Rupees,
        reduce_from: Vec<String>,
    },
    /// The grants exceed the project's cap.
    ProjectCapHit {
        total_rs: Rupees,
        cap_rs: Rupees,
        excess_rs: Rupees,
        reduce_from: Vec<String>,
    },
    /// The grant, the State's share and the loan exceed the cost.
    OverFunded {
        component: String,
        goi_rs: Rupees,
        state: String,
        state_rs: Rupees,
        loan_rs: Rupees,
        cost_rs: Rupees,
    },
    /// The means of finance do not add up to the cost (`gap_rs`: cost less the means;
    /// negative when they exceed it).
    MeansDoNotAddUp {
        component: String,
        goi_rs: Rupees,
        state: String,
        state_rs: Rupees,
        beneficiary: String,
        beneficiary_rs: Rupees,
        other: String,
        other_rs: Rupees,
        cost_rs: Rupees,
        gap_rs: Rupees,
    },
    /// The State's share for the category is not confirmed (`field`: where to enter it).
    StateShareUnconfirmed {
        component: String,
        state: String,
        category: Category,
        revision: String,
        field: String,
        beneficiary: String,
    },
    /// A named party's share for the category is not given or not confirmed.
    PartyShareUnconfirmed {
        component: String,
        payer: String,
        category: Category,
        revision: String,
        /// Who is then shown meeting the rest.
        rest: String,
    },
    /// Land above the scheme's share of the project cost.
    LandOverLimit {
        with_development: bool,
        land_rs: Rupees,
        share: Option<Percent>,
        cost_rs: Rupees,
        max_pct: Percent,
        max_rs: Rupees,
    },
    /// The CFC is described and no action carries it.
    CfcNotInPlan { cost_rs: Rupees, component: String },
    /// The action plan and the CFC's cost heads disagree.
    PlanDiffersFromCfc {
        planned_rs: Rupees,
        component: String,
        cost_rs: Rupees,
    },
    /// Too few SPV members; `special_case_min` is set when the special case would do.
    SpvTooSmall {
        members: u32,
        revision: String,
        min: u32,
        special_case_min: Option<u32>,
    },
    /// The SPV brings less than its floor (own funds and loan together).
    SpvBringsTooLittle {
        own_rs: Rupees,
        loan_rs: Rupees,
        cost_rs: Rupees,
        min_pct: Percent,
        floor_rs: Rupees,
    },
    /// The SPV meets its floor only with its term loan.
    SpvOwnFundsBelowFloor {
        own_rs: Rupees,
        loan_rs: Rupees,
        cost_rs: Rupees,
        min_pct: Percent,
        floor_rs: Rupees,
    },
    /// A member above the equity cap; `complete`: all members' equity is entered
    /// (otherwise `entered` of `of`).
    MemberEquityOverCap {
        member: String,
        equity_rs: Rupees,
        total_rs: Rupees,
        max_pct: Percent,
        entered: usize,
        of: Option<u32>,
        complete: bool,
    },
}

impl Finding {
    /// The flag's stable word (`cap-hit`, `not-eligible` ...), as `Flag::code` has it.
    pub fn code(&self) -> &'static str {
        match self {
            Finding::StateNotTold { .. }
            | Finding::CategoryNotTold { .. }
            | Finding::NoUnitCounted { .. }
            | Finding::ArtisansNotEntered { .. } => "missing-input",
            Finding::OtherState { .. } | Finding::NotEligible { .. } => "not-eligible",
            Finding::CategoryUnconfirmed { .. }
            | Finding::CaveatUnconfirmed { .. }
            | Finding::ComponentUnconfirmed { .. }
            | Finding::GoiShareUnconfirmed { .. }
            | Finding::StateShareUnconfirmed { .. }
            | Finding::PartyShareUnconfirmed { .. } => "unconfirmed-rule",
            Finding::UnknownComponent { .. } => "unknown-component",
            Finding::NotComputed { .. } => "not-computed",
            Finding::PerActionCut { .. }
            | Finding::AboveCeiling { .. }
            | Finding::GrantNotOnHeadsCut { .. }
            | Finding::GrantCapped { .. }
            | Finding::ShareCapped { .. }
            | Finding::ClusterCapHit { .. }
            | Finding::ProjectCapHit { .. } => "cap-hit",
            Finding::BelowLowestBracket { .. } => "below-lowest-bracket",
            Finding::JustAboveEdge { .. } | Finding::NearEdge { .. } => "bracket-edge",
            Finding::OverFunded { .. }
            | Finding::MeansDoNotAddUp { .. }
            | Finding::CfcNotInPlan { .. }
            | Finding::PlanDiffersFromCfc { .. } => "does-not-reconcile",
            Finding::LandOverLimit { .. } => "land-over-limit",
            Finding::SpvTooSmall { .. } => "spv-too-small",
            Finding::SpvBringsTooLittle { .. } | Finding::SpvOwnFundsBelowFloor { .. } => {
                "spv-contribution-low"
            }
            Finding::MemberEquityOverCap { .. } => "member-equity-over-cap",
        }
    }
}
