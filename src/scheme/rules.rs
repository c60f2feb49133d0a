//! The shape of a scheme's rules file (`templates/<scheme>/scheme.yaml`): plain serde
//! types that reject unknown keys. What each field means for the money is in `engine`;
//! what makes a file valid beyond its shape is in `load`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::finance::{Acceptance, Head, Rounding};
use crate::model::{LandTenure, LegalForm, Percent, Quantity, Rupees};

/// How far a rule is established (the marks of shared/domain/schemes.md).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Stated in a primary text (guideline, office memorandum, PIB release).
    #[default]
    Confirmed,
    /// Worked out from confirmed facts (arithmetic, the reading of a table).
    Inferred,
    /// Restated by a consultant, news or aggregator page; plausible, not the guideline.
    Secondary,
    /// Looked for and not found: flagged where it matters, never applied.
    Unconfirmed,
}

impl Basis {
    pub fn word(self) -> &'static str {
        match self {
            Basis::Confirmed => "confirmed",
            Basis::Inferred => "inferred",
            Basis::Secondary => "secondary source",
            Basis::Unconfirmed => "not confirmed",
        }
    }

    /// Whether the engine applies a rule on this basis.
    pub fn applies(self) -> bool {
        self != Basis::Unconfirmed
    }
}

/// One scheme revision's rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    /// The folder name: `mse-cdp`.
    pub id: String,
    /// Short name: "MSE-CDP".
    pub name: String,
    /// Full name.
    pub title: String,
    /// The revision the rules follow: `mse-cdp@2022-05-24`.
    pub revision: String,
    /// The guideline document, in words.
    pub guideline: String,
    /// The date of the guideline (or from which it is in force).
    pub dated: NaiveDate,
    #[serde(default)]
    pub ministry: String,
    #[serde(default)]
    pub summary: String,
    /// Where the rules come from.
    pub sources: Vec<String>,
    #[serde(default)]
    pub grant_rounding: Rounding,
    #[serde(default)]
    pub labels: Labels,
    /// The one category besides general (most schemes): when any condition holds the
    /// cluster is `special`. Shorthand for a `categories` list of one.
    #[serde(default)]
    pub special_category: Option<SpecialCategory>,
    /// Categories besides general, tried in order: the first whose condition holds is the
    /// cluster's (PADMA's block categories, NE/J&K/hill, aspirational districts, the first
    /// two projects). A cluster none of them takes is `general`. Used instead of
    /// `special_category`, never with it.
    #[serde(default)]
    pub categories: Vec<CategoryRule>,
    pub components: Vec<Component>,
    /// Eligibility by place: the States whose clusters the scheme is for (a State's own
    /// scheme); empty for a national scheme.
    #[serde(default)]
    pub states: Vec<String>,
    /// Who else the scheme is for (sector, size, the SPV's form, land), each decided from
    /// the study's facts.
    #[serde(default)]
    pub eligibility: Eligibility,
    /// A scheme without funding rules (`generic`): actions may name any component, which
    /// is reported as the study gives it.
    #[serde(default)]
    pub open_components: bool,
    #[serde(default)]
    pub cluster_caps: Option<ClusterCaps>,
    /// A cap on the whole grant of the project, across components.
    #[serde(default)]
    pub project_cap: Option<ProjectCap>,
    #[serde(default)]
    pub spv: Option<SpvRules>,
    #[serde(default)]
    pub land: Option<LandRule>,
    /// Study sections the scheme's documents need filled (words of `model::Section`).
    #[serde(default)]
    pub required_sections: Vec<String>,
    /// Sections needed as well once the study describes a CFC (the DPR).
    #[serde(default)]
    pub dpr_required_sections: Vec<String>,
    /// The acceptance rules for a CFC's viability; without them the MSE-CDP 2022 rules are
    /// used as a reference.
    #[serde(default)]
    pub viability: Option<Acceptance>,
    /// Points looked for and not found, listed by `cdstudy schemes show`.
    #[serde(default)]
    pub open_questions: Vec<String>,
    #[serde(default)]
    pub notes: String,
    /// A revision replaced by another (`superseded: {by: mse-cdp, on: 2022-05-24}`): kept
    /// for the studies made under it; the finder lists it apart, never beside the one in force.
    #[serde(default)]
    pub superseded: Option<Superseded>,
}

/// The revision in force that replaced a scheme's rules, and from when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Superseded {
    /// The id of the scheme in force (a folder of the workspace).
    pub by: String,
    /// The date from which it replaced this one.
    pub on: NaiveDate,
}

/// The category every cluster is in that no category rule takes.
pub const GENERAL: &str = "general";

impl Scheme {
    /// The scheme's categories besides general, in the order they are tried: `categories`,
    /// or the special category as a list of one (id `special`).
    pub fn category_rules(&self) -> Vec<CategoryRule> {
        if !self.categories.is_empty() {
            return self.categories.clone();
        }
        match &self.special_category {
            // "none (no special category found)": a category no cluster can be in.
            Some(sc) if sc.when_any.is_empty() => Vec::new(),
            Some(sc) => vec![CategoryRule {
                id: "special".to_string(),
                name: sc.name.clone(),
                when_any: sc.when_any.clone(),
                when_all: Vec::new(),
            }],
            None => Vec::new(),
        }
    }

    /// Whether the rules can give a GoI grant at all: a State's own scheme (every rate
    /// 0%) gives none, and its documents then show no GoI column. A rule that is unknown
    /// (unconfirmed, not computed, no rules of its own) may, so it counts.
    pub fn grants_goi(&self) -> bool {
        self.open_components
            || self.components.iter().any(|c| {
                c.no_grant.trim().is_empty()
                    && (!c.basis.applies()
                        || !c.not_computed.trim().is_empty()
                        || c.per_unit.is_some()
                        || c.brackets.iter().any(|b| {
                            !b.basis.applies()
                                || b.goi_pct.0.is_empty()
                                || b.goi_pct.iter().any(|(_, p)| p.basis_points() > 0)
                        }))
            })
    }

    /// Every category id a rate may be given for: `general` and the rules' ids.
    pub fn category_ids(&self) -> Vec<String> {
        let mut ids = vec![GENERAL.to_string()];
        ids.extend(self.category_rules().into_iter().map(|c| c.id));
        ids
    }

    pub fn component(&self, id: &str) -> Option<&Component> {
        self.components.iter().find(|c| c.id == id)
    }

    /// The component funded from the study's CFC project, if the scheme has one.
    pub fn cfc_component(&self) -> Option<&Component> {
        self.components
            .iter()
            .find(|c| c.cost_from == CostFrom::CfcProject)
    }
}

/// What the scheme calls those who pay besides GoI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Labels {
    pub state: String,
    /// The SPV, implementing agency or beneficiaries.
    pub beneficiary: String,
    /// Bank loans and other sources.
    pub other: String,
}

impl Labels {
    /// The name of a column's own payer.
    pub fn of(&self, column: Payer) -> &str {
        match column {
            Payer::Beneficiary => &self.beneficiary,
            Payer::State => &self.state,
            Payer::Other => &self.other,
        }
    }
}

impl Default for Labels {
    fn default() -> Self {
        Labels {
            state: "State Government".to_string(),
            beneficiary: "Beneficiaries".to_string(),
            other: "Others".to_string(),
        }
    }
}

/// When a cluster is in the special category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecialCategory {
    /// The category in words.
    pub name: String,
    /// The cluster is special when any counted condition holds.
    pub when_any: Vec<Condition>,
}

/// A category besides general and when a cluster is in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryRule {
    /// The word rates are given by (`goi_pct: {general: 50, d: 85}`): lower-case letters,
    /// digits and hyphens; not `general`.
    pub id: String,
    /// The category in words ("D-category block").
    pub name: String,
    /// The cluster is in the category when any counted condition holds ...
    #[serde(default)]
    pub when_any: Vec<Condition>,
    /// ... and every counted condition here holds too (NE or hill State *and* among the
    /// first two projects).
    #[serde(default)]
    pub when_all: Vec<Condition>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub fact: Fact,
    /// For `block-category`: the categories that meet the condition (`[c, d]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any_of: Vec<String>,
    /// For `earlier-projects`: the condition holds when the State has had fewer projects
    /// under the scheme than this (`2`: the first two projects).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fewer_than: Option<u32>,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub note: String,
}

/// A fact about the cluster that schemes use for the special category, read from the
/// study's cluster profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fact {
    NeOrHillState,
    IslandTerritory,
    AspirationalDistrict,
    LweDistrict,
    MajorityMicroVillage,
    MajorityWomenOwned,
    MajorityScStOwned,
    /// The block's category (`cluster.area.block_category`) is one of `any_of`.
    BlockCategory,
    /// The State has had fewer than `fewer_than` projects under the scheme
    /// (`cluster.area.earlier_projects`).
    EarlierProjects,
}

impl Fact {
    pub fn label(self) -> &'static str {
        match self {
            Fact::NeOrHillState => "a North-East or hill State",
            Fact::IslandTerritory => "an island territory",
            Fact::AspirationalDistrict => "an aspirational district",
            Fact::LweDistrict => "a district affected by left-wing extremism",
            Fact::MajorityMicroVillage => {
                "more than half of the units micro or village enterprises"
            }
            Fact::MajorityWomenOwned => "more than half of the units women-owned",
            Fact::MajorityScStOwned => "more than half of the units SC/ST-owned",
            Fact::BlockCategory => "a block of the category named",
            Fact::EarlierProjects => "fewer earlier projects under the scheme than named",
        }
    }

    /// For a fact about the place: the place ("an aspirational district").
    pub fn place(self) -> Option<&'static str> {
        match self {
            Fact::NeOrHillState => Some("a North-East or hill State"),
            Fact::IslandTerritory => Some("an island territory"),
            Fact::AspirationalDistrict => Some("an aspirational district"),
            Fact::LweDistrict => Some("a district affected by left-wing extremism"),
            _ => None,
        }
    }

    /// For a fact about the units: what more than half of them are ("women-owned").
    pub fn units(self) -> Option<&'static str> {
        match self {
            Fact::MajorityMicroVillage => Some("micro or village enterprises"),
            Fact::MajorityWomenOwned => Some("women-owned"),
            Fact::MajorityScStOwned => Some("SC/ST-owned"),
            _ => None,
        }
    }

    /// The fact as said of a cluster: "is in an aspirational district", "has more than
    /// half of its units women-owned".
    pub fn clause(self) -> String {
        match (self.place(), self.units()) {
            (Some(place), _) => format!("is in {place}"),
            (_, Some(units)) => format!("has more than half of its units {units}"),
            _ => self.label().to_string(),
        }
    }

    /// Where the study holds the fact.
    pub fn path(self) -> &'static str {
        match self {
            Fact::NeOrHillState => "cluster.area.ne_or_hill_state",
            Fact::IslandTerritory => "cluster.area.island_territory",
            Fact::AspirationalDistrict => "cluster.area.aspirational_district",
            Fact::LweDistrict => "cluster.area.lwe_district",
            Fact::MajorityMicroVillage => "cluster.ownership.micro_village",
            Fact::MajorityWomenOwned => "cluster.ownership.women_owned",
            Fact::MajorityScStOwned => "cluster.ownership.sc_owned",
            Fact::BlockCategory => "cluster.area.block_category",
            Fact::EarlierProjects => "cluster.area.earlier_projects",
        }
    }
}

/// Where a component's cost comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CostFrom {
    /// The sum of the action plan's actions that name the component.
    #[default]
    Actions,
    /// The study's CFC project (its cost heads) once described; until then the actions.
    CfcProject,
}

/// Who meets what the grant (and the State's share and the loan) leave of a component.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Payer {
    /// The SPV, implementing agency or beneficiaries.
    #[default]
    Beneficiary,
    State,
    Other,
}

impl Payer {
    /// The column a `rest_to` or `column` word names.
    pub fn of_id(id: &str) -> Option<Payer> {
        match id {
            "beneficiary" => Some(Payer::Beneficiary),
            "state" => Some(Payer::State),
            "other" => Some(Payer::Other),
            _ => None,
        }
    }
}

/// A share by category id (`general`, `special`, a scheme's own ids such as `b`, `d`); a
/// missing one is not known and is flagged when needed. An id that is not one of the
/// scheme's categories is a load error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ByCategory(pub std::collections::BTreeMap<String, Percent>);

impl ByCategory {
    /// The share for a category, if the rules give one.
    pub fn get(&self, category: &str) -> Option<Percent> {
        self.0.get(category).copied()
    }

    pub fn general(&self) -> Option<Percent> {
        self.get(GENERAL)
    }

    pub fn special(&self) -> Option<Percent> {
        self.get("special")
    }

    /// The shares given, by category id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Percent)> {
        self.0.iter().map(|(k, v)| (k.as_str(), *v))
    }
}

/// A scheme component and its funding rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// What actions write in `component`: `cfc`, `soft` ...
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// The basis of the component's funding rule as a whole; when unconfirmed, no grant is
    /// computed and the use of the component is flagged.
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub cost_from: CostFrom,
    /// Set when the component exists in the scheme but carries no GoI grant: why.
    #[serde(default)]
    pub no_grant: String,
    /// Set when the scheme funds the component by a rule cdstudy does not compute (it
    /// depends on figures a study does not hold): why. The use is flagged.
    #[serde(default)]
    pub not_computed: String,
    /// The lowest project cost the brackets cover; below it the rate is not known.
    #[serde(default)]
    pub from_rs: Option<Rupees>,
    /// Rates by project cost, rising; the last bracket's upper end is the ceiling on which
    /// the grant of a costlier project is computed.
    #[serde(default)]
    pub brackets: Vec<Bracket>,
    /// Cost heads of the CFC project that carry no GoI grant.
    #[serde(default)]
    pub grant_not_on: Vec<Head>,
    #[serde(default)]
    pub grant_not_on_basis: Basis,
    /// The most the grant may be.
    #[serde(default)]
    pub grant_cap_rs: Option<Rupees>,
    #[serde(default)]
    pub grant_cap_basis: Basis,
    /// The grant may be at most a share of another component's cost.
    #[serde(default)]
    pub share_cap: Option<ShareCap>,
    /// Limits per action (number of actions, cost counted per action).
    #[serde(default)]
    pub per_action: Option<PerAction>,
    /// Assistance by the unit instead of a share of the cost (Rs 300 per artisan
    /// surveyed; Rs 5 lakh a year): no brackets needed.
    #[serde(default)]
    pub per_unit: Option<PerUnit>,
    /// Parties beside the GoI, the State and the scheme's own contributor (`labels`) that
    /// bring a share of the component's cost: an implementing agency, the beneficiaries,
    /// a private investor.
    #[serde(default)]
    pub parties: Vec<Party>,
    /// Who meets what the others leave: `beneficiary`, `state`, `other` (the columns as
    /// `labels` names them) or the id of one of `parties`.
    #[serde(default)]
    pub rest_to: RestTo,
    /// Things to tell the consultant whenever the component is used.
    #[serde(default)]
    pub caveats: Vec<Caveat>,
}

impl Component {
    /// The cost on which a costlier project's grant is computed: the top of the last
    /// bracket, if it has one.
    pub fn ceiling(&self) -> Option<Rupees> {
        self.brackets.last().and_then(|b| b.up_to_rs)
    }

    /// The named party that meets the rest, if `rest_to` names one.
    pub fn rest_party(&self) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == self.rest_to.0)
    }

    /// The budget column the rest is counted in.
    pub fn rest_column(&self) -> Payer {
        match self.rest_party() {
            Some(p) => p.column,
            None => Payer::of_id(&self.rest_to.0).unwrap_or_default(),
        }
    }

    /// Who meets the rest, by name.
    pub fn rest_name<'a>(&'a self, labels: &'a Labels) -> &'a str {
        match self.rest_party() {
            Some(p) => &p.name,
            None => labels.of(self.rest_column()),
        }
    }
}

/// Who meets the rest of a component: a column's id or a named party's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RestTo(pub String);

impl Default for RestTo {
    fn default() -> Self {
        RestTo("beneficiary".to_string())
    }
}

/// A party that brings a share of a component's cost by the rules (an implementing agency
/// at 25% of the eligible cost, a private investor meeting the rest), counted in one of
/// the budget's columns and named on its own where the documents break a column down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Lowercase words joined by dashes (`implementing-agency`); `rest_to` may name it.
    pub id: String,
    /// As the budget and the documents name it ("State implementing agency").
    pub name: String,
    /// The column its money is counted in: `state`, `beneficiary` (the contributions of
    /// the SPV, agencies, beneficiaries and investors) or `other`.
    #[serde(default)]
    pub column: Payer,
    /// Its share of the eligible cost by category; none when it only meets the rest.
    #[serde(default)]
    pub pct: Option<ByCategory>,
    /// "x% of the cost or Rs y, whichever is less".
    #[serde(default)]
    pub cap_rs: Option<Rupees>,
    #[serde(default)]
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bracket {
    /// The top of the bracket, inclusive; none for the last bracket of a component without
    /// a ceiling.
    #[serde(default)]
    pub up_to_rs: Option<Rupees>,
    pub goi_pct: ByCategory,
    #[serde(default)]
    pub basis: Basis,
    /// The State's usual share of the eligible cost; absent when the scheme has none.
    #[serde(default)]
    pub state_pct: Option<ByCategory>,
    #[serde(default)]
    pub state_basis: Basis,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareCap {
    /// The other component's id.
    pub of: String,
    pub pct: Percent,
    #[serde(default)]
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerAction {
    /// Each action's cost counts up to this.
    pub ceiling_rs: Rupees,
    /// Only this many actions count.
    pub max_actions: u32,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub note: String,
}

/// Assistance of `rate_rs` for each unit the component's actions count: the quantities of
/// their cost lines whose `unit` is `unit` (an artisan, a year), at most `max_units`, and
/// never more than the cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerUnit {
    pub rate_rs: Rupees,
    /// The unit as cost lines name it ("artisan", "year"); a plural "s" is ignored.
    pub unit: String,
    #[serde(default)]
    pub max_units: Option<u32>,
    #[serde(default)]
    pub basis: Basis,
}

impl PerUnit {
    /// Whether a cost line's unit is this one ("artisans" is "artisan"; case is ignored).
    pub fn counts(&self, unit: &str) -> bool {
        let norm = |u: &str| u.trim().trim_end_matches('s').to_lowercase();
        norm(unit) == norm(&self.unit)
    }
}

/// A cap on the whole grant of a project across its components ("x% or Rs y, whichever
/// is less" for a project: the % per component, the Rs y here).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectCap {
    pub goi_cap_rs: Rupees,
    /// Components whose grant is cut, in this order, when the cap is exceeded.
    pub reduce_from: Vec<String>,
    #[serde(default)]
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caveat {
    pub text: String,
    #[serde(default)]
    pub basis: Basis,
}

/// A cap on the whole grant of a cluster, by its number of artisans (SFURTI).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterCaps {
    #[serde(default)]
    pub basis: Basis,
    /// Components whose grant is cut, in this order, when the cap is exceeded.
    pub reduce_from: Vec<String>,
    /// Tiers by rising artisan count; the last has no upper end.
    pub tiers: Vec<CapTier>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapTier {
    pub name: String,
    #[serde(default)]
    pub max_artisans: Option<u32>,
    pub goi_cap_rs: Rupees,
}

/// Conditions on the SPV that owns and runs a CFC.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpvRules {
    pub min_members: u32,
    /// The minimum in the scheme's special cases (recorded in `spv.special_case`).
    pub min_members_special_case: u32,
    #[serde(default)]
    pub members_basis: Basis,
    /// The SPV's contribution, as a share of the CFC's cost, at least.
    pub min_contribution_pct: Percent,
    #[serde(default)]
    pub contribution_basis: Basis,
    /// No member's share of the SPV's equity above this.
    pub max_member_equity_pct: Percent,
    #[serde(default)]
    pub equity_basis: Basis,
}

/// Land in the CFC's cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LandRule {
    /// Land at most this share of the project cost.
    pub max_pct: Percent,
    /// Whether land development counts as land (MSE-CDP office memorandum of 21-09-2023).
    #[serde(default)]
    pub includes_site_development: bool,
    #[serde(default)]
    pub basis: Basis,
}

/// Who a scheme is for, beyond its States: each test is decided from a fact of the study,
/// "not told" when the study lacks it, and an unconfirmed test is never applied.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Eligibility {
    /// The sectors the scheme is for (any of these words in `cluster.sectors`).
    pub sectors: Option<SectorTest>,
    /// Counts of the cluster: units, looms, artisans, the SPV's members.
    pub counts: Vec<CountTest>,
    /// The legal forms the SPV may take.
    pub spv_forms: Option<FormTest>,
    /// The CFC's land: its area, its tenure and the lease.
    pub land: Option<LandTest>,
}

impl Eligibility {
    pub fn is_empty(&self) -> bool {
        self.sectors.is_none()
            && self.counts.is_empty()
            && self.spv_forms.is_none()
            && self.land.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorTest {
    /// Sector words, compared with the study's without case (`pharma`, `handicrafts`).
    pub any_of: Vec<String>,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub note: String,
}

impl SectorTest {
    /// The study's sectors the scheme is for.
    pub fn matching<'a>(&self, sectors: &'a [String]) -> Vec<&'a str> {
        sectors
            .iter()
            .map(|s| s.trim())
            .filter(|s| self.any_of.iter().any(|w| w.trim().eq_ignore_ascii_case(s)))
            .collect()
    }
}

/// What a count test counts, and where the study holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Counted {
    /// The cluster's units (`cluster.enterprises`: micro, small and medium).
    Units,
    /// Handlooms or powerlooms (`cluster.looms`).
    Looms,
    /// Artisans (`cluster.artisans`).
    Artisans,
    /// The SPV's member units (`spv.member_units`).
    SpvMembers,
}

impl Counted {
    pub fn path(self) -> &'static str {
        match self {
            Counted::Units => "cluster.enterprises",
            Counted::Looms => "cluster.looms",
            Counted::Artisans => "cluster.artisans",
            Counted::SpvMembers => "spv.member_units",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountTest {
    pub of: Counted,
    #[serde(default)]
    pub min: Option<u32>,
    #[serde(default)]
    pub max: Option<u32>,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormTest {
    /// The words of the study's `spv.legal_form` (`private-limited`, `producer-company` ...).
    pub any_of: Vec<LegalForm>,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LandTest {
    /// The least area of the CFC's land (`cfc.land_acres`), in acres; by category when the
    /// minimum depends on it (`min_acres_by_category: {b: 25, d: 15}`).
    #[serde(default)]
    pub min_acres: Option<Quantity>,
    #[serde(default)]
    pub min_acres_by_category: std::collections::BTreeMap<String, Quantity>,
    /// The tenures the land may be held on (`cfc.land_tenure`).
    #[serde(default)]
    pub tenure_any_of: Vec<LandTenure>,
    /// The shortest lease (`cfc.lease_years`) when the land is leased.
    #[serde(default)]
    pub min_lease_years: Option<u32>,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub note: String,
}
