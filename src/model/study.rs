//! The diagnostic study: every section of the method as plain serde types, in the order the
//! file is written (struct field order is key order, so a reviewer's diff reads top down
//! like the study).
//!
//! Rules of the file shape, kept everywhere below:
//! - every struct rejects unknown keys, and every key may be left out (it then loads empty);
//! - optional values are written as `null` ("not known yet"), optional sections (SPV, CFC)
//!   are left out when the study has none;
//! - enumerations are plain kebab-case words; money is whole rupees; dates are ISO.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::cost::Cost;
use super::ids::{Id, IssuedIds};
use super::money::Rupees;
use super::values::{FinancialYear, Percent, Quantity, YearMonth};
use crate::choice;

/// The format this build writes, and the newest it reads.
pub const FORMAT: &str = "cdstudy/1";
/// The format number of [`FORMAT`].
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Study {
    /// Always first in the file: the version of the file format.
    pub format: String,
    pub meta: Meta,
    pub cluster: Cluster,
    pub field_work: FieldWork,
    pub stakeholders: Vec<Stakeholder>,
    pub value_chain: ValueChain,
    pub swot: Swot,
    pub bottlenecks: Vec<Bottleneck>,
    /// Where the cluster wants to be in five years, agreed with its people; the themes
    /// below are the few routes to it the project will take.
    pub vision: String,
    pub themes: Vec<Theme>,
    pub action_plan: ActionPlan,
    pub indicators: Vec<Indicator>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spv: Option<Spv>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cfc: Option<Cfc>,
    /// How the cluster scored on the criteria of selection. Left out of the file when the
    /// study has no score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selection: Option<super::selection::Selection>,
    /// After sanction: the project monitored period by period, its grant's releases and
    /// utilisation certificates. Left out of the file until the project starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<super::progress::Progress>,
    pub review: Vec<ReviewNote>,
    /// The highest id number ever issued per prefix, so that ids are never reused.
    pub last_ids: IssuedIds,
}

impl Default for Study {
    fn default() -> Self {
        Study {
            format: FORMAT.to_string(),
            meta: Meta::default(),
            cluster: Cluster::default(),
            field_work: FieldWork::default(),
            stakeholders: Vec::new(),
            value_chain: ValueChain::default(),
            swot: Swot::default(),
            bottlenecks: Vec::new(),
            vision: String::new(),
            themes: Vec::new(),
            action_plan: ActionPlan::default(),
            indicators: Vec::new(),
            spv: None,
            cfc: None,
            selection: None,
            progress: None,
            review: Vec::new(),
            last_ids: IssuedIds::new(),
        }
    }
}

choice! {
    /// Where a study is in its life.
    #[derive(Default)]
    pub enum Status {
        #[default]
        Draft = ("draft", "Draft"),
        InReview = ("in-review", "In review"),
        Submitted = ("submitted", "Submitted"),
        Approved = ("approved", "Approved"),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Meta {
    /// A short slug for the study, e.g. `ujjain-plastic`.
    pub id: String,
    pub title: String,
    /// The scheme the study is prepared for (`mse-cdp`, `sfurti`, `generic`, ...).
    pub scheme: String,
    /// Language of the study text, as an ISO 639-1 code (`en`, `hi`).
    pub language: String,
    pub status: Status,
    pub prepared_by: PreparedBy,
    pub period: Period,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PreparedBy {
    pub name: String,
    pub organisation: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Period {
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub from: Option<NaiveDate>,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub to: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Cluster {
    pub name: String,
    pub state: String,
    pub district: String,
    pub block: String,
    pub products: Vec<String>,
    pub history: String,
    /// Products and production processes, as the units run them today.
    pub processes: String,
    /// The national and international scenario of the industry.
    pub scenario: String,
    /// Earlier programmes in the cluster and what came of them.
    pub past_interventions: String,
    pub enterprises: Enterprises,
    pub ownership: Ownership,
    pub employment: Employment,
    /// Artisans in the cluster (traditional-industry schemes such as SFURTI count these).
    pub artisans: Option<u32>,
    /// Turnover and exports by financial year, oldest first.
    pub economics: Vec<YearFigures>,
    pub area: AreaFlags,
}

impl Cluster {
    pub fn total_units(&self) -> Option<u32> {
        let e = &self.enterprises;
        match (e.micro, e.small, e.medium) {
            (None, None, None) => None,
            (a, b, c) => Some(a.unwrap_or(0) + b.unwrap_or(0) + c.unwrap_or(0)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Enterprises {
    pub micro: Option<u32>,
    pub small: Option<u32>,
    pub medium: Option<u32>,
}

/// Counts of units by who owns them (the categories schemes give special terms to).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Ownership {
    pub women_owned: Option<u32>,
    pub sc_owned: Option<u32>,
    pub st_owned: Option<u32>,
    pub minority_owned: Option<u32>,
    /// Micro or village-industry units (MSE-CDP 2019 treats a cluster with more than half
    /// of these as special category).
    pub micro_village: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Employment {
    pub direct_men: Option<u32>,
    pub direct_women: Option<u32>,
    pub indirect: Option<u32>,
}

impl Employment {
    pub fn direct(&self) -> Option<u32> {
        match (self.direct_men, self.direct_women) {
            (None, None) => None,
            (m, w) => Some(m.unwrap_or(0).saturating_add(w.unwrap_or(0))),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearFigures {
    pub year: FinancialYear,
    #[serde(default)]
    pub turnover_rs: Option<Rupees>,
    #[serde(default)]
    pub exports_rs: Option<Rupees>,
}

/// Facts about the place that schemes use to decide the special category.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AreaFlags {
    pub ne_or_hill_state: bool,
    pub island_territory: bool,
    pub aspirational_district: bool,
    pub lwe_district: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct FieldWork {
    pub visits: Vec<Visit>,
    pub interviews: Vec<Interview>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Visit {
    pub id: Id,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub date: Option<NaiveDate>,
    pub place: String,
    pub purpose: String,
    /// Stakeholders met on the visit.
    pub met: Vec<Id>,
    pub notes: String,
}

choice! {
    pub enum UnitSize {
        Micro = ("micro", "Micro"),
        Small = ("small", "Small"),
        Medium = ("medium", "Medium"),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Interview {
    pub id: Id,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub date: Option<NaiveDate>,
    /// The enterprise interviewed.
    pub unit: String,
    pub size: Option<UnitSize>,
    pub workers: Option<u32>,
    pub products: String,
    /// Problems the unit raised, in its own words.
    pub problems: String,
    /// Bottlenecks these problems are evidence for.
    pub bottlenecks: Vec<Id>,
}

choice! {
    pub enum StakeholderKind {
        Bmo = ("bmo", "Business membership organisation"),
        BankFi = ("bank-fi", "Bank / financial institution"),
        BdsProvider = ("bds-provider", "BDS provider"),
        Supplier = ("supplier", "Supplier"),
        Buyer = ("buyer", "Buyer"),
        LeadFirm = ("lead-firm", "Lead firm"),
        TechnicalInstitution = ("technical-institution", "Technical institution"),
        Government = ("government", "Government"),
        Ngo = ("ngo", "NGO"),
        Other = ("other", "Other"),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Stakeholder {
    pub id: Id,
    pub name: String,
    pub kind: Option<StakeholderKind>,
    pub role: String,
    pub contact: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ValueChain {
    /// Stages in order from raw material to market.
    pub stages: Vec<Stage>,
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Stage {
    pub id: Id,
    pub name: String,
    pub actors: Vec<String>,
    pub activities: String,
    /// Where value is added at this stage (and how much, where known).
    pub value_added: String,
    /// Where value is lost at this stage.
    pub issues: String,
}

/// A linkage between two stages (material, money or information flowing between them).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Link {
    pub from: Id,
    pub to: Id,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Swot {
    pub strengths: Vec<SwotItem>,
    pub weaknesses: Vec<SwotItem>,
    pub opportunities: Vec<SwotItem>,
    pub threats: Vec<SwotItem>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SwotItem {
    pub id: Id,
    pub text: String,
    pub evidence: String,
}

choice! {
    /// What kind of problem a bottleneck is, in the words of the diagnostic method.
    pub enum Category {
        RawMaterial = ("raw-material", "Raw material"),
        Technology = ("technology", "Technology"),
        Quality = ("quality", "Quality"),
        Skills = ("skills", "Skills"),
        MarketAccess = ("market-access", "Market access"),
        Finance = ("finance", "Finance"),
        Infrastructure = ("infrastructure", "Infrastructure"),
        Bds = ("bds", "Business development services"),
        Regulation = ("regulation", "Regulation"),
        Environment = ("environment", "Environment"),
        TrustCollaboration = ("trust-collaboration", "Trust and collaboration"),
    }
}

choice! {
    pub enum Severity {
        High = ("high", "High"),
        Medium = ("medium", "Medium"),
        Low = ("low", "Low"),
    }
}

impl Severity {
    /// Higher is worse; for "highest severity" summaries.
    pub fn rank(self) -> u8 {
        match self {
            Severity::High => 3,
            Severity::Medium => 2,
            Severity::Low => 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Bottleneck {
    pub id: Id,
    pub title: String,
    pub category: Option<Category>,
    /// The value-chain stage where the problem bites.
    pub stage: Option<Id>,
    pub severity: Option<Severity>,
    /// Share of the cluster's units affected.
    pub units_affected_pct: Option<Percent>,
    pub evidence: String,
    pub root_cause: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Theme {
    pub id: Id,
    pub title: String,
    pub objective: String,
    /// The bottlenecks this theme attacks.
    pub addresses: Vec<Id>,
    pub rationale: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ActionPlan {
    /// The month the plan starts; actions count their months from it.
    pub start: Option<YearMonth>,
    pub actions: Vec<Action>,
}

choice! {
    pub enum ActionKind {
        Soft = ("soft", "Soft intervention"),
        Hard = ("hard", "Hard intervention"),
        Thematic = ("thematic", "Thematic intervention"),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Action {
    pub id: Id,
    pub theme: Option<Id>,
    pub title: String,
    pub kind: Option<ActionKind>,
    /// The scheme component that funds it (`soft`, `cfc`, ...); empty when the action is
    /// funded outside the scheme (see `funded_by`).
    pub component: String,
    /// Month of the plan in which the action starts; 1 is the plan's first month.
    pub start_month: Option<u32>,
    /// Duration in months.
    pub months: Option<u32>,
    pub responsible: String,
    /// A rupee amount, or lines of quantity × unit cost.
    pub cost: Option<Cost>,
    /// Who pays when the scheme does not (an SPV's own funds, another programme).
    pub funded_by: String,
    pub indicators: Vec<Id>,
    pub notes: String,
}

impl Action {
    /// The month the action ends (inclusive), counted like `start_month`.
    pub fn end_month(&self) -> Option<u32> {
        Some(self.start_month? + self.months?.max(1) - 1)
    }
}

choice! {
    /// The level of the results chain an indicator measures.
    pub enum Level {
        Output = ("output", "Output"),
        Outcome = ("outcome", "Outcome"),
        Impact = ("impact", "Impact"),
        Sustainability = ("sustainability", "Sustainability"),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Indicator {
    pub id: Id,
    pub level: Option<Level>,
    pub name: String,
    pub unit: String,
    pub baseline: Option<Quantity>,
    pub target: Option<Quantity>,
    /// Where and how the figure is collected.
    pub source: String,
    /// How often it is reported (quarterly, yearly ...).
    pub frequency: String,
}

choice! {
    pub enum LegalForm {
        Section8Company = ("section-8-company", "Section 8 company"),
        Society = ("society", "Registered society"),
        Cooperative = ("cooperative", "Co-operative society"),
        Trust = ("trust", "Trust"),
        ProducerCompany = ("producer-company", "Producer company"),
        PrivateLimited = ("private-limited", "Private limited company"),
        Other = ("other", "Other"),
    }
}

/// The special purpose vehicle the cluster's units form to own and run common facilities.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Spv {
    pub name: String,
    pub legal_form: Option<LegalForm>,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub registered_on: Option<NaiveDate>,
    pub address: String,
    /// Member units in the SPV (all of them, whether or not listed below).
    pub member_units: Option<u32>,
    pub objectives: String,
    pub authorised_capital_rs: Option<Rupees>,
    /// Members with their equity, where known (for the rule that no member holds more than
    /// a tenth of the equity).
    pub members: Vec<Member>,
    pub notes: String,
    /// Why the scheme's special case applies, which lets an SPV have fewer members (MSE-CDP:
    /// 10 instead of 20 for a high-investment or high-technology project or a small
    /// cluster); empty when it does not. Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub special_case: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Member {
    pub id: Id,
    pub name: String,
    pub size: Option<UnitSize>,
    pub equity_rs: Option<Rupees>,
}

choice! {
    pub enum LandTenure {
        Owned = ("owned", "Owned by the SPV"),
        Leased = ("leased", "Leased"),
        StateAllotted = ("state-allotted", "Allotted by the State"),
    }
}

/// The Common Facility Centre proposed for a DPR.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Cfc {
    pub name: String,
    pub location: String,
    /// The main facilities proposed.
    pub facilities: String,
    /// Why the cluster needs this centre.
    pub rationale: String,
    pub land_tenure: Option<LandTenure>,
    pub lease_years: Option<u32>,
    pub costs: CfcCosts,
    pub loan: Option<Loan>,
    /// The State Government's contribution as the consultant has fixed it (its sanction
    /// or written commitment). When not given, the scheme's usual State share is used
    /// where the scheme states one. Left out of the file when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_share_rs: Option<Rupees>,
    /// The SPV's own contribution as fixed by the consultant. When not given, the SPV
    /// meets what remains after the grant, the State's share and the loan. Left out of
    /// the file when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spv_share_rs: Option<Rupees>,
    pub operations: Operations,
    pub technical: Technical,
    pub implementing_agency: String,
    pub schedule: Vec<Milestone>,
    pub approvals: Vec<Approval>,
    pub risks: Vec<Risk>,
}

/// Cost heads of the CFC project, in the order of the DPR format.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct CfcCosts {
    pub land_rs: Option<Rupees>,
    pub site_development_rs: Option<Rupees>,
    pub building_rs: Option<Rupees>,
    pub machinery: Vec<Machine>,
    pub misc_fixed_assets_rs: Option<Rupees>,
    pub preliminary_rs: Option<Rupees>,
    pub pre_operative_rs: Option<Rupees>,
    pub contingency_rs: Option<Rupees>,
    pub wc_margin_rs: Option<Rupees>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Machine {
    pub item: String,
    pub quantity: Option<u32>,
    pub unit_cost_rs: Option<Rupees>,
    pub supplier: String,
}

impl Machine {
    /// quantity × unit cost (a missing quantity counts as one).
    pub fn cost(&self) -> Option<Rupees> {
        self.unit_cost_rs?.times(self.quantity.unwrap_or(1) as i64)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Loan {
    pub amount_rs: Option<Rupees>,
    pub interest_pct: Option<Percent>,
    /// Years over which the loan is repaid, after the moratorium.
    pub repayment_years: Option<u32>,
    pub moratorium_months: Option<u32>,
}

/// How the centre will run: the inputs of the viability projection.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Operations {
    /// Installed capacity per year, in `capacity_unit`.
    pub capacity: Option<u64>,
    pub capacity_unit: String,
    /// Capacity utilisation in year 1, 2, ...; the last figure holds for later years.
    pub utilisation_pct: Vec<Percent>,
    /// Share of the volume that members bring (the rest pays the non-member charge).
    pub member_share_pct: Option<Percent>,
    /// User charge per unit of output for members.
    pub charge_member_rs: Option<Rupees>,
    /// User charge per unit of output for others.
    pub charge_other_rs: Option<Rupees>,
    /// Yearly rise of user charges.
    pub charge_escalation_pct: Option<Percent>,
    /// Variable costs per unit of output.
    pub variable_costs: Vec<CostItem>,
    /// Fixed costs per year.
    pub fixed_costs: Vec<CostItem>,
    /// Yearly rise of operating costs.
    pub cost_escalation_pct: Option<Percent>,
    /// Straight-line depreciation lives.
    pub building_life_years: Option<u32>,
    pub machinery_life_years: Option<u32>,
    /// Income tax on profit (zero for a Section 8 company whose surplus stays in the CFC).
    pub tax_pct: Option<Percent>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct CostItem {
    pub item: String,
    pub amount_rs: Option<Rupees>,
}

/// The technical side of the CFC, as the DPR format asks for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Technical {
    pub technology: String,
    pub raw_materials: String,
    pub utilities: String,
    pub effluent: String,
    pub manpower: Vec<Staff>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Staff {
    pub role: String,
    pub number: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Milestone {
    pub activity: String,
    pub start: Option<YearMonth>,
    pub end: Option<YearMonth>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Approval {
    pub name: String,
    pub status: String,
}

choice! {
    pub enum RiskPhase {
        Implementation = ("implementation", "During implementation"),
        Operations = ("operations", "During operations"),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Risk {
    pub phase: Option<RiskPhase>,
    pub risk: String,
    pub mitigation: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ReviewNote {
    pub id: Id,
    /// What the note is about: an item id (`b-3`) or a section (`swot`).
    pub on: String,
    pub by: String,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub date: Option<NaiveDate>,
    pub text: String,
    pub resolved: bool,
}
