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
use super::money::{Rate, Rupees};
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
    /// The same in Hindi, for documents in Hindi or in both languages (`render --lang`).
    /// Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub vision_hi: String,
    pub themes: Vec<Theme>,
    pub action_plan: ActionPlan,
    pub indicators: Vec<Indicator>,
    /// The organisations that carry the project out besides the SPV (the implementing,
    /// technical and nodal agencies, where the scheme has them), each in its role. Left out
    /// of the file when the study names none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub agencies: Vec<Agency>,
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
    /// Photographs from the field, by path: the study holds where the files are, never
    /// their bytes. Left out of the file when the study has none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<Photo>,
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
            vision_hi: String::new(),
            themes: Vec::new(),
            action_plan: ActionPlan::default(),
            indicators: Vec::new(),
            agencies: Vec::new(),
            spv: None,
            cfc: None,
            selection: None,
            progress: None,
            photos: Vec::new(),
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
    /// Whom the report goes to (the scheme's office, the State's nodal agency), as the
    /// cover names it. Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub submitted_to: String,
    /// Where the report is signed, for the cover and the declaration. Left out of the file
    /// when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The date of the report, for the cover, the declaration and the Word file's
    /// properties. Left out of the file when not given.
    #[serde(
        with = "super::values::optional_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub date: Option<NaiveDate>,
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
    /// The same in Hindi, for documents in Hindi or in both languages (`render --lang`).
    /// Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name_hi: String,
    pub state: String,
    pub district: String,
    pub block: String,
    pub products: Vec<String>,
    pub history: String,
    /// Products and production processes, as the units run them today.
    pub processes: String,
    /// The national and international scenario of the industry.
    pub scenario: String,
    /// Industrial growth and cluster development in the cluster's state (the DPR format's
    /// item 2.1.1). Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub state_scenario: String,
    /// Earlier programmes in the cluster and what came of them.
    pub past_interventions: String,
    pub enterprises: Enterprises,
    pub ownership: Ownership,
    pub employment: Employment,
    /// Artisans in the cluster (traditional-industry schemes such as SFURTI count these).
    pub artisans: Option<u32>,
    /// The sectors the cluster's units work in, in the words the schemes' rules files use
    /// (`handicrafts`, `bamboo`, `plastics`, `pharma`, `handloom` ...): a scheme for some
    /// sectors only is decided from these. Left out of the file when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
    /// Looms in the cluster (handlooms or powerlooms, as `sectors` says), which textile
    /// schemes count. Left out of the file when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub looms: Option<u32>,
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
    /// The category of the block the cluster is in, as the State classes its blocks by
    /// industrial development (Haryana: A the most developed to D the least; PADMA's
    /// rates and minimum land go by it). Left out of the file when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_category: Option<BlockCategory>,
    /// How many projects the State (or the SPV) has had sanctioned before this one under
    /// the scheme applied for: schemes that give more to "the first two projects" in a
    /// State decide by it. Left out of the file when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earlier_projects: Option<u32>,
}

choice! {
    pub enum BlockCategory {
        A = ("a", "A: an industrially developed block"),
        B = ("b", "B"),
        C = ("c", "C"),
        D = ("d", "D: an industrially backward block"),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct FieldWork {
    pub visits: Vec<Visit>,
    pub interviews: Vec<Interview>,
    /// What the enterprise survey found, one finding a row, with how many of the units
    /// surveyed report it. Left out of the file when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub survey: Vec<SurveyFinding>,
    /// The meeting at which the cluster's stakeholders validated the diagnosis and the
    /// plan. Left out of the file when not held yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validation: Option<Validation>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SurveyFinding {
    /// The area of business it is about ("Raw material", "Testing").
    pub topic: String,
    pub finding: String,
    /// Units that report it, of `of` units asked.
    pub units: Option<u32>,
    pub of: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Validation {
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub date: Option<NaiveDate>,
    pub place: String,
    /// Who took part, in words ("52 participants from 38 units, ...").
    pub participants: String,
    /// What was presented and what the stakeholders agreed.
    pub summary: String,
    /// What the meeting changed in the findings or the plan.
    pub changes: String,
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
    /// The same in Hindi, for documents in Hindi or in both languages (`render --lang`).
    /// Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title_hi: String,
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
    /// The same in Hindi, for documents in Hindi or in both languages (`render --lang`).
    /// Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title_hi: String,
    pub objective: String,
    /// The same in Hindi, for documents in Hindi or in both languages (`render --lang`).
    /// Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub objective_hi: String,
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
    /// The actions that must finish before this one starts (`[a-3]`): the arrows of the
    /// implementation schedule's chart. Left out of the file when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<Id>,
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
    /// While the SPV is not registered: when and how it will be ("to be incorporated as a
    /// producer company in months 4-7 of the plan"). The documents print it where the date
    /// of registration goes. Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub registration_pending: String,
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
    /// What the SPV's own records show, as the MSE-CDP format asks for them. Left out of
    /// the file when none is given.
    #[serde(skip_serializing_if = "SpvRecords::is_empty")]
    pub records: SpvRecords,
}

/// The SPV's particulars from its records and articles (MSE-CDP 2022 format, items 3
/// and 4), each in the words the DPR prints.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SpvRecords {
    /// State Government and MSME officials on the SPV's board.
    pub officials: String,
    /// When the SPV began business.
    pub business_commenced: String,
    /// The articles' provision for enrolling new members.
    pub enrolment_clause: String,
    /// The articles' clause that profits or surplus are ploughed back into the CFC.
    pub surplus_clause: String,
    /// The project-specific account in a scheduled bank.
    pub bank_account: String,
    pub kyc: String,
    pub connected_lending: String,
    pub auditors_remarks: String,
    /// Earlier assistance from banks or financial institutions.
    pub previous_assistance: String,
    pub court_cases: String,
}

impl SpvRecords {
    /// Every particular with its field name, in the order of the format.
    pub fn fields(&self) -> [(&'static str, &str); 10] {
        [
            ("officials", &self.officials),
            ("business_commenced", &self.business_commenced),
            ("enrolment_clause", &self.enrolment_clause),
            ("surplus_clause", &self.surplus_clause),
            ("bank_account", &self.bank_account),
            ("kyc", &self.kyc),
            ("connected_lending", &self.connected_lending),
            ("auditors_remarks", &self.auditors_remarks),
            ("previous_assistance", &self.previous_assistance),
            ("court_cases", &self.court_cases),
        ]
    }

    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, v)| v.trim().is_empty())
    }
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
    /// The part an organisation plays in carrying a project out, in the schemes' words
    /// (SFURTI has all three; MSE-CDP an implementing agency, the State's).
    pub enum AgencyRole {
        Implementing = ("implementing-agency", "Implementing agency"),
        Technical = ("technical-agency", "Technical agency"),
        Nodal = ("nodal-agency", "Nodal agency"),
    }
}

/// An organisation that carries out, guides or oversees the project (not the SPV, which has
/// its own section).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Agency {
    pub role: Option<AgencyRole>,
    pub name: String,
    pub legal_form: Option<LegalForm>,
    /// Registration as the documents print it: the act, number and date ("Societies
    /// Registration Act 1860, No. 1234 of 2011"), or how it stands while pending.
    pub registration: String,
    pub address: String,
    /// Its record: years and kind of work, in this cluster and elsewhere.
    pub experience: String,
    /// The person to contact and how.
    pub contact: String,
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
    /// The land's area in acres, which some schemes set a minimum for. Left out of the
    /// file when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub land_acres: Option<Quantity>,
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
    /// The cluster before the CFC and the target after it, on the parameters of the MSE-CDP
    /// 2022 format's item 15. Left out of the file when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub performance: Option<Performance>,
}

/// The cluster's performance today (`before`) and the target once the CFC runs (`after`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Performance {
    /// The year the `after` figures are for ("2031-32"), or the years after the start.
    pub target_year: String,
    /// What the production figures count ("tonnes a year", "pieces a year").
    pub production_unit: String,
    pub before: ClusterFigures,
    pub after: ClusterFigures,
}

/// One side of the before-and-after table: counts of units, people and money a year.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ClusterFigures {
    pub units: Option<u32>,
    pub sc_st_owned_units: Option<u32>,
    pub women_owned_units: Option<u32>,
    pub minority_owned_units: Option<u32>,
    /// People employed directly.
    pub employment: Option<u32>,
    /// Production a year, in the performance's `production_unit`.
    pub production: Option<Quantity>,
    pub exports_rs: Option<Rupees>,
    /// Imports the cluster's products replace, a year.
    pub import_substitution_rs: Option<Rupees>,
    pub patents: Option<u32>,
    /// Investment in plant and machinery of the cluster's units.
    pub investment_rs: Option<Rupees>,
    pub turnover_rs: Option<Rupees>,
    pub profit_rs: Option<Rupees>,
    /// Units holding a quality certification (ISO, BIS, Handloom or Craft Mark ...).
    pub quality_certified_units: Option<u32>,
    pub zed_certified_units: Option<u32>,
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
    /// User charge per unit of output for members (with paise: Rs 0.90 per brick).
    pub charge_member_rs: Option<Rate>,
    /// User charge per unit of output for others.
    pub charge_other_rs: Option<Rate>,
    /// Yearly rise of user charges.
    pub charge_escalation_pct: Option<Percent>,
    /// Variable costs per unit of output (with paise).
    pub variable_costs: Vec<UnitCost>,
    /// Fixed costs per year.
    pub fixed_costs: Vec<CostItem>,
    /// Yearly rise of operating costs.
    pub cost_escalation_pct: Option<Percent>,
    /// Straight-line depreciation lives.
    pub building_life_years: Option<u32>,
    pub machinery_life_years: Option<u32>,
    /// Income tax on profit (zero for a Section 8 company whose surplus stays in the CFC).
    pub tax_pct: Option<Percent>,
    /// How depreciation is claimed for tax; the books always use straight line. Unset:
    /// straight line for tax too. Left out of the file when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_depreciation: Option<TaxDepreciation>,
    /// Months of operating costs held as working capital (stocks, receivables, cash in
    /// hand). Unset: one month, a common appraisal norm for a centre that bills its users
    /// monthly. Left out of the file when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_capital_months: Option<u32>,
}

choice! {
    pub enum TaxDepreciation {
        StraightLine = ("straight-line", "Straight line, as in the books"),
        WrittenDownValue = ("written-down-value", "Written-down value at the Income-tax Act rates"),
    }
}

/// A cost per unit of output, such as coal per brick: rupees with paise.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct UnitCost {
    pub item: String,
    pub amount_rs: Option<Rate>,
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
    /// What the centre provides for Industry 4.0, artificial intelligence and innovation
    /// (the MSE-CDP 2022 format asks for it). Left out of the file when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub innovation: String,
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
    /// The actions of the plan that must finish before this milestone starts (`[a-3]`).
    /// Left out of the file when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<Id>,
}

/// A photograph attached to the study: a JPEG or PNG file beside it, with what it shows.
/// The documents place it where it belongs (its visit, its value-chain stage, the CFC's
/// site or machinery) and again in the photographs annexure.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Photo {
    /// The file, relative to the study's folder (`photos/moulding-shop.jpg`).
    pub path: String,
    pub caption: String,
    /// When it was taken.
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub date: Option<NaiveDate>,
    /// The field visit it was taken on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visit: Option<Id>,
    /// The value-chain stage it shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Id>,
    /// Whether it shows the proposed CFC's site.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub cfc_site: bool,
    /// The machine it shows (an item of the CFC's machinery, or one in a unit).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub machine: String,
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
