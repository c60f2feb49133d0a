//! The Common Facility Centre of a DPR: the project, its cost heads and machinery, the
//! loan, how it will run (the viability inputs), its technical side, schedule, approvals,
//! the cluster's figures before it and the targets after it, and risks.

use crate::i18n::Messages;
use crate::model::{
    Approval, CostItem, Id, ItemKind, LandTenure, Loan, Machine, Milestone, Percent, Quantity,
    Rate, Risk, RiskPhase, Rupees, Section, Staff, Study, TaxDepreciation, UnitCost, YearMonth,
};

use super::{form, plain_list, FormDef, Item, OptionalPart, Part, SectionDef};
use crate::tui::fields::{at, short, Field, Get, GetMut};
use crate::tui::views::ViewKind;

impl Item for Machine {
    fn label(&self, m: &Messages) -> String {
        let qty = self.quantity.map(|q| format!("{q} × ")).unwrap_or_default();
        let cost = self.unit_cost_rs.map(|r| m.amount(r)).unwrap_or_default();
        format!("{}  {qty}{cost}", short(&self.item, 40))
    }
}

impl Item for CostItem {
    fn label(&self, m: &Messages) -> String {
        let cost = self.amount_rs.map(|r| m.amount(r)).unwrap_or_default();
        format!("{}  {cost}", short(&self.item, 40))
    }
}

impl Item for UnitCost {
    fn label(&self, m: &Messages) -> String {
        let cost = self.amount_rs.map(|r| m.rate(r)).unwrap_or_default();
        format!("{}  {cost}", short(&self.item, 40))
    }
}

impl Item for Staff {
    fn label(&self, _: &Messages) -> String {
        let n = self.number.map(|n| format!("{n} × ")).unwrap_or_default();
        format!("{n}{}", self.role)
    }
}

impl Item for Milestone {
    fn label(&self, m: &Messages) -> String {
        let month =
            |ym: Option<YearMonth>| ym.map(|ym| ym.to_string()).unwrap_or_else(|| "?".into());
        let span = m.phrase(&crate::phrase!(
            "{start} to {end}",
            start = month(self.start),
            end = month(self.end)
        ));
        format!("{}  {span}", short(&self.activity, 40))
    }
}

impl Item for Approval {
    fn label(&self, _: &Messages) -> String {
        format!("{}  {}", self.name, self.status)
    }
}

impl Item for Risk {
    fn label(&self, _: &Messages) -> String {
        short(&self.risk, 60)
    }
}

/// A value of the CFC's loan, which is created with the CFC when first filled.
macro_rules! loan_at {
    ($f:ident) => {
        (
            (|s: &Study, _: &[usize]| s.cfc.as_ref()?.loan.as_ref().map(|l| &l.$f)) as Get<_>,
            (|s: &mut Study, _: &[usize]| {
                let cfc = s.cfc.get_or_insert_with(Default::default);
                Some(&mut cfc.loan.get_or_insert_with(Loan::default).$f)
            }) as GetMut<_>,
        )
    };
}

/// The fields of one side (`before` or `after`) of the cluster's figures, the MSE-CDP
/// format's item 15; `when` says in the hints which side it is.
macro_rules! figures {
    ($side:ident, $when:literal) => {{
        macro_rules! one {
            ($t:ty, $f:ident, $label:literal, $hint:literal) => {
                Field::line::<$t>(
                    concat!("cfc.performance.", stringify!($side), ".", stringify!($f)),
                    $label,
                    concat!($hint, " ", $when),
                    at!(cfc?.performance?.$side.$f),
                )
            };
        }
        vec![
            one!(Option<u32>, units, "Units", "Units in the cluster."),
            one!(
                Option<u32>,
                sc_st_owned_units,
                "SC/ST-owned",
                "Units owned by SC or ST entrepreneurs."
            ),
            one!(
                Option<u32>,
                women_owned_units,
                "Women-owned",
                "Units owned by women."
            ),
            one!(
                Option<u32>,
                minority_owned_units,
                "Minority-owned",
                "Units owned by minorities."
            ),
            one!(
                Option<u32>,
                employment,
                "Employment",
                "People employed directly."
            ),
            one!(
                Option<Quantity>,
                production,
                "Production",
                "Production a year, in the unit given under Before."
            ),
            one!(Option<Rupees>, exports_rs, "Exports", "Exports a year."),
            one!(
                Option<Rupees>,
                import_substitution_rs,
                "Imports replaced",
                "Imports the cluster's products replace, a year."
            ),
            one!(Option<u32>, patents, "Patents", "Patents held."),
            one!(
                Option<Rupees>,
                investment_rs,
                "Investment",
                "Investment in plant and machinery of the units."
            ),
            one!(Option<Rupees>, turnover_rs, "Turnover", "Turnover a year."),
            one!(Option<Rupees>, profit_rs, "Profit", "Profit a year."),
            one!(
                Option<u32>,
                quality_certified_units,
                "Certified units",
                "Units with a quality certification (ISO, BIS, Handloom or Craft Mark ...)."
            ),
            one!(
                Option<u32>,
                zed_certified_units,
                "ZED-certified",
                "ZED-certified units."
            ),
        ]
    }};
}

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Cfc,
        hint: "For a DPR: the Common Facility Centre. Where it is and what it offers, its cost \
               heads and machinery, the loan and the State's and SPV's shares, how it will run (capacity, utilisation, user \
               charges, costs), its technical side, schedule, approvals and risks. Filling \
               any field adds the CFC to the study.",
        parts: vec![
            Part::Form(FormDef {
                title: "Project",
                fields: vec![
                    Field::line::<String>("cfc.name", "Name", "", at!(cfc?.name)),
                    Field::line::<String>("cfc.location", "Location", "", at!(cfc?.location)),
                    Field::prose::<String>(
                        "cfc.facilities",
                        "Facilities",
                        "The main facilities proposed.",
                        at!(cfc?.facilities),
                    ),
                    Field::prose::<String>(
                        "cfc.rationale",
                        "Rationale",
                        "Why the cluster needs this centre.",
                        at!(cfc?.rationale),
                    ),
                    Field::choice::<Option<LandTenure>>(
                        "cfc.land_tenure",
                        "Land",
                        "",
                        at!(cfc?.land_tenure),
                    ),
                    Field::line::<Option<Quantity>>(
                        "cfc.land_acres",
                        "Land, acres",
                        "The land's area in acres (some schemes set a minimum).",
                        at!(cfc?.land_acres),
                    ),
                    Field::line::<Option<u32>>(
                        "cfc.lease_years",
                        "Lease years",
                        "",
                        at!(cfc?.lease_years),
                    ),
                    Field::line::<String>(
                        "cfc.implementing_agency",
                        "Implementing agency",
                        "",
                        at!(cfc?.implementing_agency),
                    ),
                ],
                optional: Some(OptionalPart {
                    present: |s| s.cfc.is_some(),
                    remove: |s| s.cfc = None,
                    noun: "the whole CFC project",
                }),
            }),
            // The verdict second, where it is named from the first tab on: at 80 columns
            // only the first few of the thirteen tabs are in view.
            Part::View(ViewKind::Viability),
            form(
                "Costs",
                vec![
                    Field::line::<Option<Rupees>>(
                        "cfc.costs.land_rs",
                        "Land",
                        "",
                        at!(cfc?.costs.land_rs),
                    ),
                    Field::line::<Option<Rupees>>(
                        "cfc.costs.site_development_rs",
                        "Site development",
                        "",
                        at!(cfc?.costs.site_development_rs),
                    ),
                    Field::line::<Option<Rupees>>(
                        "cfc.costs.building_rs",
                        "Building",
                        "Building and civil works.",
                        at!(cfc?.costs.building_rs),
                    ),
                    Field::line::<Option<Rupees>>(
                        "cfc.costs.misc_fixed_assets_rs",
                        "Misc. fixed assets",
                        "",
                        at!(cfc?.costs.misc_fixed_assets_rs),
                    ),
                    Field::line::<Option<Rupees>>(
                        "cfc.costs.preliminary_rs",
                        "Preliminary",
                        "",
                        at!(cfc?.costs.preliminary_rs),
                    ),
                    Field::line::<Option<Rupees>>(
                        "cfc.costs.pre_operative_rs",
                        "Pre-operative",
                        "",
                        at!(cfc?.costs.pre_operative_rs),
                    ),
                    Field::line::<Option<Rupees>>(
                        "cfc.costs.contingency_rs",
                        "Contingency",
                        "",
                        at!(cfc?.costs.contingency_rs),
                    ),
                    Field::line::<Option<Rupees>>(
                        "cfc.costs.wc_margin_rs",
                        "WC margin",
                        "Margin money for working capital.",
                        at!(cfc?.costs.wc_margin_rs),
                    ),
                ],
            ),
            plain_list::<Machine>(
                "Machinery",
                "machine",
                |_, _| "cfc.costs.machinery".into(),
                at!(cfc?.costs.machinery),
                vec![
                    Field::line::<String>("item", "Machine", "", at!(cfc?.costs.machinery[].item)),
                    Field::line::<Option<u32>>(
                        "quantity",
                        "Quantity",
                        "",
                        at!(cfc?.costs.machinery[].quantity),
                    ),
                    Field::line::<Option<Rupees>>(
                        "unit_cost_rs",
                        "Unit cost",
                        "",
                        at!(cfc?.costs.machinery[].unit_cost_rs),
                    ),
                    Field::line::<String>(
                        "supplier",
                        "Supplier",
                        "",
                        at!(cfc?.costs.machinery[].supplier),
                    ),
                ],
            ),
            form(
                "Finance",
                vec![
                    Field::line::<Option<Rupees>>(
                        "cfc.loan.amount_rs",
                        "Term loan",
                        "",
                        loan_at!(amount_rs),
                    ),
                    Field::line::<Option<Percent>>(
                        "cfc.loan.interest_pct",
                        "Interest %",
                        "",
                        loan_at!(interest_pct),
                    ),
                    Field::line::<Option<u32>>(
                        "cfc.loan.repayment_years",
                        "Repayment years",
                        "After the moratorium.",
                        loan_at!(repayment_years),
                    ),
                    Field::line::<Option<u32>>(
                        "cfc.loan.moratorium_months",
                        "Moratorium months",
                        "",
                        loan_at!(moratorium_months),
                    ),
                    Field::line::<Option<Rupees>>(
                        "cfc.state_share_rs",
                        "State's share",
                        "As the State sanctioned or committed it. Empty: the scheme's usual \
                         State share, where it states one.",
                        at!(cfc?.state_share_rs),
                    ),
                    Field::line::<Option<Rupees>>(
                        "cfc.spv_share_rs",
                        "SPV's share",
                        "The SPV's own funds, as fixed. Empty: the SPV meets what the grant, \
                         the State and the loan leave.",
                        at!(cfc?.spv_share_rs),
                    ),
                ],
            ),
            form(
                "Operations",
                vec![
                    Field::line::<Option<u64>>(
                        "cfc.operations.capacity",
                        "Capacity a year",
                        "Installed capacity per year, in the unit below.",
                        at!(cfc?.operations.capacity),
                    ),
                    Field::line::<String>(
                        "cfc.operations.capacity_unit",
                        "Capacity unit",
                        "Tonnes, pieces ...",
                        at!(cfc?.operations.capacity_unit),
                    ),
                    Field::line::<Vec<Percent>>(
                        "cfc.operations.utilisation_pct",
                        "Utilisation %",
                        "By year: 40, 55, 70 (the last holds after).",
                        at!(cfc?.operations.utilisation_pct),
                    ),
                    Field::line::<Option<Percent>>(
                        "cfc.operations.member_share_pct",
                        "Members' share %",
                        "Share of volume members bring.",
                        at!(cfc?.operations.member_share_pct),
                    ),
                    Field::line::<Option<Rate>>(
                        "cfc.operations.charge_member_rs",
                        "Charge (members)",
                        "User charge per unit, members (paise allowed: 0.90).",
                        at!(cfc?.operations.charge_member_rs),
                    ),
                    Field::line::<Option<Rate>>(
                        "cfc.operations.charge_other_rs",
                        "Charge (others)",
                        "User charge per unit, others.",
                        at!(cfc?.operations.charge_other_rs),
                    ),
                    Field::line::<Option<Percent>>(
                        "cfc.operations.charge_escalation_pct",
                        "Charge rise %",
                        "Yearly rise of user charges.",
                        at!(cfc?.operations.charge_escalation_pct),
                    ),
                    Field::line::<Option<Percent>>(
                        "cfc.operations.cost_escalation_pct",
                        "Cost rise %",
                        "Yearly rise of operating costs.",
                        at!(cfc?.operations.cost_escalation_pct),
                    ),
                    Field::line::<Option<u32>>(
                        "cfc.operations.building_life_years",
                        "Building life",
                        "Years, for depreciation.",
                        at!(cfc?.operations.building_life_years),
                    ),
                    Field::line::<Option<u32>>(
                        "cfc.operations.machinery_life_years",
                        "Machinery life",
                        "Years, for depreciation.",
                        at!(cfc?.operations.machinery_life_years),
                    ),
                    Field::line::<Option<Percent>>(
                        "cfc.operations.tax_pct",
                        "Tax %",
                        "Zero for a Section 8 company.",
                        at!(cfc?.operations.tax_pct),
                    ),
                    Field::choice::<Option<TaxDepreciation>>(
                        "cfc.operations.tax_depreciation",
                        "Tax depreciation",
                        "The books use straight line.",
                        at!(cfc?.operations.tax_depreciation),
                    ),
                    Field::line::<Option<u32>>(
                        "cfc.operations.working_capital_months",
                        "Working capital",
                        "Months of operating costs held; 1 when empty.",
                        at!(cfc?.operations.working_capital_months),
                    ),
                ],
            ),
            plain_list::<CostItem>(
                "Fixed costs",
                "fixed cost",
                |_, _| "cfc.operations.fixed_costs".into(),
                at!(cfc?.operations.fixed_costs),
                vec![
                    Field::line::<String>(
                        "item",
                        "Cost",
                        "Salaries, maintenance ...",
                        at!(cfc?.operations.fixed_costs[].item),
                    ),
                    Field::line::<Option<Rupees>>(
                        "amount_rs",
                        "A year",
                        "",
                        at!(cfc?.operations.fixed_costs[].amount_rs),
                    ),
                ],
            ),
            plain_list::<UnitCost>(
                "Variable costs",
                "variable cost",
                |_, _| "cfc.operations.variable_costs".into(),
                at!(cfc?.operations.variable_costs),
                vec![
                    Field::line::<String>(
                        "item",
                        "Cost",
                        "Power, consumables ...",
                        at!(cfc?.operations.variable_costs[].item),
                    ),
                    Field::line::<Option<Rate>>(
                        "amount_rs",
                        "Per unit",
                        "",
                        at!(cfc?.operations.variable_costs[].amount_rs),
                    ),
                ],
            ),
            form(
                "Technical",
                vec![
                    Field::prose::<String>(
                        "cfc.technical.technology",
                        "Technology",
                        "",
                        at!(cfc?.technical.technology),
                    ),
                    Field::prose::<String>(
                        "cfc.technical.raw_materials",
                        "Raw materials",
                        "",
                        at!(cfc?.technical.raw_materials),
                    ),
                    Field::prose::<String>(
                        "cfc.technical.utilities",
                        "Utilities",
                        "Power, water ...",
                        at!(cfc?.technical.utilities),
                    ),
                    Field::prose::<String>(
                        "cfc.technical.effluent",
                        "Effluent",
                        "Effluents and their treatment.",
                        at!(cfc?.technical.effluent),
                    ),
                    Field::prose::<String>(
                        "cfc.technical.innovation",
                        "Innovation",
                        "What the centre provides for Industry 4.0, artificial intelligence \
                         and innovation.",
                        at!(cfc?.technical.innovation),
                    ),
                ],
            ),
            plain_list::<Staff>(
                "Manpower",
                "post",
                |_, _| "cfc.technical.manpower".into(),
                at!(cfc?.technical.manpower),
                vec![
                    Field::line::<String>("role", "Post", "", at!(cfc?.technical.manpower[].role)),
                    Field::line::<Option<u32>>(
                        "number",
                        "Number",
                        "",
                        at!(cfc?.technical.manpower[].number),
                    ),
                ],
            ),
            plain_list::<Milestone>(
                "Schedule",
                "milestone",
                |_, _| "cfc.schedule".into(),
                at!(cfc?.schedule),
                vec![
                    Field::line::<String>(
                        "activity",
                        "Activity",
                        "",
                        at!(cfc?.schedule[].activity),
                    ),
                    Field::line::<Option<YearMonth>>(
                        "start",
                        "Start",
                        "As 2027-04.",
                        at!(cfc?.schedule[].start),
                    ),
                    Field::line::<Option<YearMonth>>(
                        "end",
                        "End",
                        "As 2028-03.",
                        at!(cfc?.schedule[].end),
                    ),
                    Field::pick::<Vec<Id>>(
                        "after",
                        "After",
                        "The actions of the plan that must finish before this milestone \
                         starts.",
                        ItemKind::Action,
                        at!(cfc?.schedule[].after),
                    ),
                ],
            ),
            plain_list::<Approval>(
                "Approvals",
                "approval",
                |_, _| "cfc.approvals".into(),
                at!(cfc?.approvals),
                vec![
                    Field::line::<String>("name", "Approval", "", at!(cfc?.approvals[].name)),
                    Field::line::<String>("status", "Status", "", at!(cfc?.approvals[].status)),
                ],
            ),
            // The cluster's figures today and the targets once the centre runs (item 15 of
            // the MSE-CDP format): two tabs of the same fields, each short enough for 80
            // columns, rather than one of thirty.
            form("Before", {
                let mut fields = vec![Field::line::<String>(
                    "cfc.performance.production_unit",
                    "Production unit",
                    "What the production figures count (\"tonnes a year\", \"pieces a year\").",
                    at!(cfc?.performance?.production_unit),
                )];
                fields.extend(figures!(before, "Today, before the CFC (0 if there is none)."));
                fields
            }),
            form("After", {
                let mut fields = vec![Field::line::<String>(
                    "cfc.performance.target_year",
                    "Target year",
                    "The year the targets are for (\"2031-32\"), or the years after the start.",
                    at!(cfc?.performance?.target_year),
                )];
                fields.extend(figures!(after, "The target once the CFC runs."));
                fields
            }),
            plain_list::<Risk>(
                "Risks",
                "risk",
                |_, _| "cfc.risks".into(),
                at!(cfc?.risks),
                vec![
                    Field::choice::<Option<RiskPhase>>(
                        "phase",
                        "Phase",
                        "",
                        at!(cfc?.risks[].phase),
                    ),
                    Field::prose::<String>("risk", "Risk", "", at!(cfc?.risks[].risk)),
                    Field::prose::<String>(
                        "mitigation",
                        "Mitigation",
                        "",
                        at!(cfc?.risks[].mitigation),
                    ),
                ],
            ),
        ],
    }
}
