//! The CFC's ten-year projection and its appraisal, from the study's `cfc` (cost heads,
//! loan, operations).
//!
//! How each line is computed (the same for every sensitivity case):
//! - volume = installed capacity × utilisation of the year (the last utilisation given
//!   holds for later years);
//! - revenue = volume × (members' share × members' charge + others' share × others'
//!   charge), the charges rising by the escalation each year from year 2;
//! - variable costs = volume × variable cost per unit, fixed costs = the yearly fixed
//!   costs, both rising by the cost escalation from year 2;
//! - depreciation, straight line without salvage: building over the building life; plant
//!   and machinery, misc. fixed assets, contingency, preliminary and pre-operative expenses
//!   (capitalised with the plant) over the machinery life; land, its development and the
//!   working-capital margin are not depreciated;
//! - interest and principal from the loan schedule (see `loan`);
//! - tax on a positive taxable profit at the tax rate (no carry-forward of losses); the
//!   taxable profit is the profit before tax with the books' depreciation, or, when the
//!   study chooses written-down value for tax, with depreciation at the Income-tax Act
//!   rates on the written-down value (building 10%, plant and machinery with the
//!   capitalised expenses 15%, a full year's claim from year 1);
//! - cash accruals = profit after tax + depreciation;
//! - DSCR = (profit after tax + interest + depreciation) / (principal + interest), per
//!   year; the cumulative DSCR sums both over the years in which principal is repaid;
//! - break-even = (fixed costs + depreciation + interest) / (revenue − variable costs),
//!   times the year's utilisation: a share of installed capacity; judged on the average
//!   of the years;
//! - ROCE = average profit before interest and tax / project cost (the capital employed,
//!   grant-funded assets included);
//! - project cash flows: year 0 the project cost, then profit after tax + depreciation +
//!   interest, with the residual value (net block, land and working-capital margin) added
//!   in the last year; NPV at the scheme's rate, IRR and simple payback on these (payback
//!   without the residual value).

use serde::{Deserialize, Serialize};

use super::heads::{CostHeads, Head};
use super::loan::{loan_schedule, LoanTerms, LoanYear};
use super::measures::{irr, npv, payback_years, Irr};
use super::money::{exact_words, mul_div_round, share_floor};
use crate::model::money::MAX_RUPEES;
use crate::model::{Cfc, Percent, Rate, Rupees};
use crate::phrase::PhraseArg::Figure;
use crate::phrase::{semicolons, word, Phrase, PhraseArg, Said};

/// The acceptance rules a viability is held against. The defaults are those of the
/// MSE-CDP guidelines of 24-05-2022 (Format of Detailed Proposal for CFC, item 20).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Acceptance {
    /// Where the rules come from.
    pub source: String,
    /// Years of the projection (project life; the 2022 format allows at most 10).
    pub years: u32,
    /// Rate for the net present value.
    pub discount_rate_pct: Percent,
    /// Cumulative DSCR over the repayment years, at least.
    pub min_cumulative_dscr: f64,
    /// Break-even as a share of installed capacity, below.
    pub max_break_even_pct: f64,
    /// Return on capital employed, above.
    pub min_roce_pct: f64,
    /// Internal rate of return, above.
    pub min_irr_pct: f64,
}

impl Default for Acceptance {
    fn default() -> Self {
        Acceptance {
            source:
                "MSE-CDP guidelines of 24-05-2022, Format of Detailed Proposal for CFC, item 20"
                    .to_string(),
            years: 10,
            discount_rate_pct: Percent::whole(10),
            min_cumulative_dscr: 3.0,
            max_break_even_pct: 60.0,
            min_roce_pct: 25.0,
            min_irr_pct: 10.0,
        }
    }
}

/// An input the projection needs and the study lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Missing {
    /// Where in the study.
    pub path: String,
    pub what: String,
}

/// One year of the projection.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearRow {
    pub year: u32,
    pub utilisation_pct: Percent,
    /// Output in the capacity's unit.
    pub volume: f64,
    pub revenue_rs: Rupees,
    pub variable_costs_rs: Rupees,
    pub fixed_costs_rs: Rupees,
    /// Revenue less variable and fixed costs (before depreciation, interest and tax).
    pub operating_profit_rs: Rupees,
    pub depreciation_rs: Rupees,
    /// Depreciation claimed for tax (the books' unless the study chose written-down value).
    pub tax_depreciation_rs: Rupees,
    pub interest_rs: Rupees,
    pub profit_before_tax_rs: Rupees,
    pub tax_rs: Rupees,
    pub profit_after_tax_rs: Rupees,
    /// Profit after tax + depreciation.
    pub cash_accruals_rs: Rupees,
    pub principal_rs: Rupees,
    pub loan_outstanding_rs: Rupees,
    /// Fixed assets after depreciation at the year end, land included.
    pub net_block_rs: Rupees,
    /// `None` in a year without debt service.
    pub dscr: Option<f64>,
    /// Break-even as % of installed capacity; `None` when revenue does not cover the
    /// variable costs.
    pub break_even_pct: Option<f64>,
}

/// One year's project cash flow (year 0: the investment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CashFlow {
    pub year: u32,
    /// The flow, residual value included.
    pub amount_rs: Rupees,
    /// The residual value in it (last year only).
    pub residual_value_rs: Rupees,
}

/// The appraisal measures of one projection.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    /// Over the years in which principal is repaid; `None` without a term loan.
    pub cumulative_dscr: Option<f64>,
    pub min_dscr: Option<f64>,
    /// Average of the years' break-even (% of installed capacity); `None` if some year
    /// has none.
    pub break_even_pct: Option<f64>,
    pub roce_pct: Option<f64>,
    pub npv_rs: Option<Rupees>,
    pub irr: Irr,
    /// Simple payback in years; `None` when not within the projection.
    pub payback_years: Option<f64>,
    pub average_revenue_rs: Rupees,
    pub average_profit_after_tax_rs: Rupees,
}

/// One figure held against its acceptance rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyFigure {
    /// `dscr`, `break-even`, `roce`, `irr`, `npv`.
    pub code: &'static str,
    pub name: String,
    /// The measure's name in a table's heading: "Cumulative DSCR", "NPV (Rs. lakh)".
    pub short: &'static str,
    /// The figure as a ratio or percent (`None` when it does not exist, or for money).
    pub value: Option<f64>,
    /// The figure in money (NPV).
    pub amount_rs: Option<Rupees>,
    /// The figure as a report writes it: "4.10", "30.87%", "Rs. 323.02 lakh", "n/a (no
    /// term loan)".
    pub shown: Said,
    /// The figure as a table cell under `short`: "4.10", "30.87%", "323.02", "n/a".
    pub figure: String,
    /// The rule in words: "at least 3.00".
    pub rule: Said,
    /// Whether the figure meets the rule; `None` when the rule does not apply.
    pub passes: Option<bool>,
}

/// The projection rerun with lower user charges and/or utilisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SensitivityCase {
    pub name: String,
    /// Change of user charges, in percent (−5 for a 5% drop).
    pub charge_change_pct: i32,
    /// Change of capacity utilisation, in percent of the base utilisation.
    pub utilisation_change_pct: i32,
    pub figures: Figures,
    pub checks: Vec<KeyFigure>,
}

/// The viability of a CFC: projection, measures, acceptance and sensitivity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Viability {
    pub years: u32,
    pub project_cost_rs: Rupees,
    pub capacity: u64,
    pub capacity_unit: String,
    /// Depreciated over the building life.
    pub building_base_rs: Rupees,
    pub building_life_years: u32,
    /// Depreciated over the machinery life.
    pub machinery_base_rs: Rupees,
    pub machinery_life_years: u32,
    pub loan: Vec<LoanYear>,
    /// What the projection took for granted because the study does not say.
    pub assumptions: Vec<String>,
    pub projection: Vec<YearRow>,
    pub cash_flows: Vec<CashFlow>,
    pub figures: Figures,
    pub checks: Vec<KeyFigure>,
    /// Whether every rule that applies is met (never while `needs` names anything).
    pub accepted: bool,
    /// What the study lacks before the figures can be held to their rules: the projection
    /// runs without running costs, and then every figure would pass on the revenue alone.
    /// While it names anything, no check carries a pass or fail (base case and
    /// sensitivity), so every screen and document says the verdict waits for it.
    pub needs: Vec<Missing>,
    pub sensitivity: Vec<SensitivityCase>,
    pub acceptance: Acceptance,
    /// Whether tax depreciation is on the written-down value (else straight line, as in
    /// the books).
    pub tax_wdv: bool,
    /// Comments on the commercial viability, each drawn from the figures above (the
    /// format's item 13): worded here once, so that every document says the same.
    pub comments: Vec<String>,
    /// The same sentences as patterns and values, for a document in another language.
    #[serde(skip)]
    pub comment_phrases: Vec<Phrase>,
}

/// The inputs of a run, resolved from the study with defaults applied.
struct Inputs {
    years: u32,
    heads: CostHeads,
    capacity: u64,
    utilisation: Vec<Percent>,
    member_share: Percent,
    charge_member: Rate,
    charge_other: Rate,
    charge_escalation: Percent,
    variable_per_unit: Rate,
    fixed_per_year: Rupees,
    cost_escalation: Percent,
    building_base: Rupees,
    building_life: u32,
    machinery_base: Rupees,
    machinery_life: u32,
    tax: Percent,
    /// Tax depreciation on the written-down value (else as in the books).
    tax_wdv: bool,
    loan: Option<LoanTerms>,
    discount_rate: Percent,
}

/// Income-tax Rules, Appendix I: depreciation on the written-down value of buildings
/// (general) and of plant and machinery (general), in basis points.
const WDV_BUILDING_BP: i128 = 1_000;
const WDV_MACHINERY_BP: i128 = 1_500;

/// Companies Act 2013, Schedule II useful lives, used when the study gives none.
const DEFAULT_BUILDING_LIFE: u32 = 30;
const DEFAULT_MACHINERY_LIFE: u32 = 15;

/// The sensitivity cases of the 2022 format (user charges down 5–10%, utilisation down
/// 10–20%), and the two worst together.
const CASES: [(&str, i32, i32); 5] = [
    ("User charges −5%", -5, 0),
    ("User charges −10%", -10, 0),
    ("Utilisation −10%", 0, -10),
    ("Utilisation −20%", 0, -20),
    ("User charges −10% and utilisation −20%", -10, -20),
];

/// The viability of `cfc` against `acceptance`, or what the study still lacks for it.
pub fn viability(cfc: &Cfc, acceptance: &Acceptance) -> Result<Viability, Vec<Missing>> {
    let (inputs, assumptions) = resolve(cfc, acceptance)?;
    let base = run(&inputs, 0, 0);
    if base.too_large {
        return Err(vec![Missing {
            path: "cfc.operations.capacity".to_string(),
            what: format!(
                "figures a centre can reach: at this capacity and these charges or costs a year's income or running costs would exceed {}",
                exact_words(Rupees(MAX_RUPEES))
            ),
        }]);
    }
    let needs = verdict_needs(cfc);
    // Without the figures a verdict needs, the checks show the figures and judge none.
    let judge = |mut checks: Vec<KeyFigure>| {
        if !needs.is_empty() {
            for c in &mut checks {
                c.passes = None;
            }
        }
        checks
    };
    let checks = judge(key_figures(
        &base.figures,
        inputs.loan.is_some(),
        acceptance,
    ));
    let accepted = needs.is_empty() && checks.iter().all(|c| c.passes != Some(false));
    let sensitivity: Vec<SensitivityCase> = CASES
        .iter()
        .map(|&(name, charge, util)| {
            let r = run(&inputs, charge, util);
            SensitivityCase {
                name: name.to_string(),
                charge_change_pct: charge,
                utilisation_change_pct: util,
                checks: judge(key_figures(&r.figures, inputs.loan.is_some(), acceptance)),
                figures: r.figures,
            }
        })
        .collect();
    let mut comment_phrases = comments(
        &base.rows,
        &base.figures,
        &checks,
        &sensitivity,
        inputs.years,
    );
    for m in &needs {
        comment_phrases.push(
            Phrase::new("No figure is held to its acceptance rule until the study gives {what}.")
                .with("what", PhraseArg::Text(m.what.to_string())),
        );
    }
    let comments = comment_phrases
        .iter()
        .map(|p| p.english_with(&|r| format!("Rs. {} lakh", r.lakh_figure())))
        .collect();
    Ok(Viability {
        needs,
        tax_wdv: inputs.tax_wdv,
        comments,
        comment_phrases,
        years: inputs.years,
        project_cost_rs: inputs.heads.total(),
        capacity: inputs.capacity,
        capacity_unit: cfc.operations.capacity_unit.clone(),
        building_base_rs: inputs.building_base,
        building_life_years: inputs.building_life,
        machinery_base_rs: inputs.machinery_base,
        machinery_life_years: inputs.machinery_life,
        loan: base.loan,
        assumptions,
        projection: base.rows,
        cash_flows: base.flows,
        figures: base.figures,
        checks,
        accepted,
        sensitivity,
        acceptance: acceptance.clone(),
    })
}

/// The figures a verdict needs beyond those the projection asks for: the running costs.
/// The projection runs without them, and then every figure passes on the revenue alone;
/// a verdict then would be one without figures, so none is given.
pub fn verdict_needs(cfc: &Cfc) -> Vec<Missing> {
    let o = &cfc.operations;
    let costed = o
        .fixed_costs
        .iter()
        .any(|c| c.amount_rs.is_some_and(|a| a.get() > 0))
        || o.variable_costs
            .iter()
            .any(|c| c.amount_rs.is_some_and(|a| a.paise() > 0));
    if costed {
        return Vec::new();
    }
    vec![Missing {
        path: "cfc.operations.fixed_costs".to_string(),
        what: "the running costs: a year (salaries, maintenance ...) or per unit (power, consumables ...)".to_string(),
    }]
}

fn resolve(cfc: &Cfc, acceptance: &Acceptance) -> Result<(Inputs, Vec<String>), Vec<Missing>> {
    let mut missing = Vec::new();
    let mut assumptions = Vec::new();
    let mut need = |path: &str, what: &str| {
        missing.push(Missing {
            path: path.to_string(),
            what: what.to_string(),
        })
    };
    let heads = CostHeads::of(&cfc.costs);
    if heads.total().is_zero() {
        need("cfc.costs", "the project's cost heads");
    }
    let o = &cfc.operations;
    let capacity = o.capacity.filter(|c| *c > 0);
    if capacity.is_none() {
        need("cfc.operations.capacity", "the installed capacity per year");
    }
    if o.utilisation_pct.is_empty() {
        need(
            "cfc.operations.utilisation_pct",
            "capacity utilisation by year",
        );
    }
    if o.charge_member_rs.is_none() {
        need(
            "cfc.operations.charge_member_rs",
            "the user charge per unit for members",
        );
    }
    let loan = match &cfc.loan {
        Some(l) if l.amount_rs.is_some_and(|a| a.get() > 0) => {
            if l.interest_pct.is_none() {
                need("cfc.loan.interest_pct", "the loan's interest rate");
            }
            if l.repayment_years.unwrap_or(0) == 0 {
                need("cfc.loan.repayment_years", "the loan's repayment period");
            }
            Some(LoanTerms {
                amount: l.amount_rs.unwrap_or_default(),
                interest: l.interest_pct.unwrap_or_default(),
                repayment_years: l.repayment_years.unwrap_or(0),
                moratorium_months: l.moratorium_months.unwrap_or(0),
            })
        }
        _ => None,
    };
    let (Some(capacity), Some(charge_member), true) =
        (capacity, o.charge_member_rs, missing.is_empty())
    else {
        return Err(missing);
    };

    let member_share = match o.member_share_pct {
        Some(p) => p,
        None => {
            if o.charge_other_rs.is_some_and(|c| c != charge_member) {
                assumptions.push(
                    "members' share of volume not given: all volume is charged at the members' rate"
                        .to_string(),
                );
            }
            Percent::HUNDRED
        }
    };
    let charge_other = match o.charge_other_rs {
        Some(c) => c,
        None => {
            if member_share < Percent::HUNDRED {
                assumptions
                    .push("no charge for others given: others pay the members' charge".to_string());
            }
            charge_member
        }
    };
    let building_life = match o.building_life_years.filter(|y| *y > 0) {
        Some(y) => y,
        None => {
            assumptions.push(format!(
                "building life not given: {DEFAULT_BUILDING_LIFE} years (Companies Act 2013, Schedule II)"
            ));
            DEFAULT_BUILDING_LIFE
        }
    };
    let machinery_life = match o.machinery_life_years.filter(|y| *y > 0) {
        Some(y) => y,
        None => {
            assumptions.push(format!(
                "machinery life not given: {DEFAULT_MACHINERY_LIFE} years (Companies Act 2013, Schedule II)"
            ));
            DEFAULT_MACHINERY_LIFE
        }
    };
    let tax = match o.tax_pct {
        Some(t) => t,
        None => {
            assumptions.push("tax rate not given: no income tax (as for a Section 8 company whose surplus stays in the CFC)".to_string());
            Percent::ZERO
        }
    };
    if o.charge_escalation_pct.is_none() {
        assumptions.push("no escalation of user charges given: charges stay flat".to_string());
    }
    if o.cost_escalation_pct.is_none() {
        assumptions.push("no escalation of operating costs given: costs stay flat".to_string());
    }
    let sum = |items: &[crate::model::CostItem]| -> Rupees {
        items
            .iter()
            .map(|i| i.amount_rs.filter(|a| a.get() > 0).unwrap_or_default())
            .sum()
    };
    let per_unit = |items: &[crate::model::UnitCost]| -> Rate {
        items
            .iter()
            .map(|i| i.amount_rs.filter(|a| a.paise() > 0).unwrap_or_default())
            .sum()
    };
    let machinery_base = heads.get(Head::Machinery)
        + heads.get(Head::MiscFixedAssets)
        + heads.get(Head::Contingency)
        + heads.get(Head::Preliminary)
        + heads.get(Head::PreOperative);
    Ok((
        Inputs {
            years: acceptance.years.clamp(1, 30),
            building_base: heads.get(Head::Building),
            machinery_base,
            heads,
            capacity,
            utilisation: o.utilisation_pct.clone(),
            member_share,
            charge_member,
            charge_other,
            charge_escalation: o.charge_escalation_pct.unwrap_or_default(),
            variable_per_unit: per_unit(&o.variable_costs),
            fixed_per_year: sum(&o.fixed_costs),
            cost_escalation: o.cost_escalation_pct.unwrap_or_default(),
            building_life,
            machinery_life,
            tax,
            tax_wdv: o.tax_depreciation == Some(crate::model::TaxDepreciation::WrittenDownValue),
            loan,
            discount_rate: acceptance.discount_rate_pct,
        },
        assumptions,
    ))
}

struct Run {
    /// Whether a year's income or costs left the range a study may hold
    /// (`MAX_RUPEES`), or a product overflowed even 128 bits: the figures are then not
    /// to be shown, and the study is told which inputs to bring down.
    too_large: bool,
    rows: Vec<YearRow>,
    flows: Vec<CashFlow>,
    loan: Vec<LoanYear>,
    figures: Figures,
}

/// Fixed-point scale of escalation factors.
const ESC: i128 = 1_000_000_000_000;
/// Revenue and variable costs are carried in 1e-8 rupee until rounded.
const E8: i128 = 100_000_000;

fn rupees(v: i128) -> Rupees {
    Rupees(v.clamp(i64::MIN as i128, i64::MAX as i128) as i64)
}

/// Straight-line depreciation of `base` over `life` years for year `year` (1-based): equal
/// whole-rupee amounts, the last year of life taking the odd rupees.
fn slm(base: Rupees, life: u32, year: u32) -> Rupees {
    if life == 0 || year > life || base.get() <= 0 {
        return Rupees::ZERO;
    }
    let each = base.get() / life as i64;
    if year == life {
        Rupees(base.get() - each * (life as i64 - 1))
    } else {
        Rupees(each)
    }
}

fn run(inp: &Inputs, charge_change: i32, util_change: i32) -> Run {
    let years = inp.years;
    let loan = inp
        .loan
        .map(|t| loan_schedule(&t, years))
        .unwrap_or_default();
    let charge_factor = 10_000 + charge_change as i128 * 100;
    let util_factor = 10_000 + util_change as i128 * 100;
    let ms = inp.member_share.basis_points() as i128;
    // Members' and others' charges weighted by their shares, in 1e-4 paise per unit.
    let weighted_charge =
        ms * inp.charge_member.paise() as i128 + (10_000 - ms) * inp.charge_other.paise() as i128;
    let depreciable = inp.building_base + inp.machinery_base;
    let land_and_margin = inp.heads.land_with_development() + inp.heads.get(Head::WcMargin);

    let mut rows = Vec::with_capacity(years as usize);
    let mut charge_esc = ESC;
    let mut cost_esc = ESC;
    let mut accumulated = Rupees::ZERO;
    let mut wdv_building = inp.building_base.get().max(0) as i128;
    let mut wdv_machinery = inp.machinery_base.get().max(0) as i128;
    let mut too_large = false;
    // A figure beyond what a study may hold (or an overflowed product) marks the run.
    let mut bounded = |v: Option<i128>| -> Rupees {
        match v {
            Some(v) if v.abs() <= MAX_RUPEES as i128 => Rupees(v as i64),
            _ => {
                too_large = true;
                Rupees::ZERO
            }
        }
    };
    for year in 1..=years {
        if year > 1 {
            charge_esc = mul_div_round(
                charge_esc,
                10_000 + inp.charge_escalation.basis_points() as i128,
                10_000,
            )
            .unwrap_or(charge_esc);
            cost_esc = mul_div_round(
                cost_esc,
                10_000 + inp.cost_escalation.basis_points() as i128,
                10_000,
            )
            .unwrap_or(cost_esc);
        }
        let idx = (year as usize - 1).min(inp.utilisation.len().saturating_sub(1));
        let base_util = inp.utilisation.get(idx).copied().unwrap_or_default();
        let util_bp =
            mul_div_round(base_util.basis_points() as i128, util_factor, 10_000).unwrap_or(0);
        // capacity × utilisation (bp) is the volume in 1e-4 units.
        let volume_e4 = inp.capacity as i128 * util_bp;
        let revenue_e8 = volume_e4
            .checked_mul(weighted_charge)
            .and_then(|v| mul_div_round(v, charge_factor, 10_000))
            .and_then(|v| mul_div_round(v, charge_esc, ESC));
        // Rates are in paise: the totals are whole rupees, rounded once here.
        let revenue = bounded(revenue_e8.and_then(|v| mul_div_round(v, 1, E8 * 100)));
        let variable_e8 = volume_e4
            .checked_mul(inp.variable_per_unit.paise() as i128 * 10_000)
            .and_then(|v| mul_div_round(v, cost_esc, ESC));
        let variable = bounded(variable_e8.and_then(|v| mul_div_round(v, 1, E8 * 100)));
        let fixed = bounded(mul_div_round(
            inp.fixed_per_year.get() as i128,
            cost_esc,
            ESC,
        ));
        let depreciation = slm(inp.building_base, inp.building_life, year)
            + slm(inp.machinery_base, inp.machinery_life, year);
        accumulated += depreciation;
        let (interest, principal, outstanding) = loan
            .get(year as usize - 1)
            .map(|l| (l.interest_rs, l.principal_rs, l.closing_rs))
            .unwrap_or_default();
        let operating = revenue - variable - fixed;
        let pbt = operating - depreciation - interest;
        let tax_depreciation = if inp.tax_wdv {
            let b = wdv_building * WDV_BUILDING_BP / 10_000;
            let m = wdv_machinery * WDV_MACHINERY_BP / 10_000;
            wdv_building -= b;
            wdv_machinery -= m;
            rupees(b + m)
        } else {
            depreciation
        };
        let taxable = operating - tax_depreciation - interest;
        let tax = if taxable.get() > 0 {
            share_floor(taxable, inp.tax)
        } else {
            Rupees::ZERO
        };
        let pat = pbt - tax;
        let debt_service = principal + interest;
        let dscr = (debt_service.get() > 0).then(|| {
            round2((pat + interest + depreciation).get() as f64 / debt_service.get() as f64)
        });
        let break_even =
            break_even_pct(revenue - variable, fixed + depreciation + interest, util_bp)
                .map(round2);
        rows.push(YearRow {
            year,
            utilisation_pct: Percent::from_basis_points(util_bp as i64),
            volume: round2(volume_e4 as f64 / 10_000.0),
            revenue_rs: revenue,
            variable_costs_rs: variable,
            fixed_costs_rs: fixed,
            operating_profit_rs: operating,
            depreciation_rs: depreciation,
            tax_depreciation_rs: tax_depreciation,
            interest_rs: interest,
            profit_before_tax_rs: pbt,
            tax_rs: tax,
            profit_after_tax_rs: pat,
            cash_accruals_rs: pat + depreciation,
            principal_rs: principal,
            loan_outstanding_rs: outstanding,
            net_block_rs: land_and_margin - inp.heads.get(Head::WcMargin) + depreciable
                - accumulated,
            dscr,
            break_even_pct: break_even,
        });
    }

    let residual = rows
        .last()
        .map(|r| r.net_block_rs + inp.heads.get(Head::WcMargin))
        .unwrap_or_default();
    let mut flows = vec![CashFlow {
        year: 0,
        amount_rs: Rupees(-inp.heads.total().get()),
        residual_value_rs: Rupees::ZERO,
    }];
    for r in &rows {
        let last = r.year == years;
        let residual_value = if last { residual } else { Rupees::ZERO };
        flows.push(CashFlow {
            year: r.year,
            amount_rs: r.profit_after_tax_rs + r.depreciation_rs + r.interest_rs + residual_value,
            residual_value_rs: residual_value,
        });
    }
    let figures = measure(inp, &rows, &flows);
    Run {
        too_large,
        rows,
        flows,
        loan,
        figures,
    }
}

/// Fixed costs over contribution, times utilisation (bp): a share of installed capacity.
fn break_even_pct(contribution: Rupees, fixed: Rupees, util_bp: i128) -> Option<f64> {
    (contribution.get() > 0)
        .then(|| fixed.get() as f64 / contribution.get() as f64 * util_bp as f64 / 100.0)
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn measure(inp: &Inputs, rows: &[YearRow], flows: &[CashFlow]) -> Figures {
    let n = rows.len().max(1) as i64;
    let repaying: Vec<&YearRow> = rows.iter().filter(|r| r.principal_rs.get() > 0).collect();
    let cumulative_dscr = if repaying.is_empty() {
        None
    } else {
        // Summed wide: a year's figures are bounded, their sum over 30 years need not be.
        let num: i128 = repaying
            .iter()
            .map(|r| (r.profit_after_tax_rs + r.interest_rs + r.depreciation_rs).get() as i128)
            .sum();
        let den: i128 = repaying
            .iter()
            .map(|r| (r.principal_rs + r.interest_rs).get() as i128)
            .sum();
        (den > 0).then(|| round2(num as f64 / den as f64))
    };
    let min_dscr = rows
        .iter()
        .filter_map(|r| r.dscr)
        .fold(None, |m: Option<f64>, d| Some(m.map_or(d, |m| m.min(d))));
    // Averaged before rounding, so the average is not skewed by the rows' rounding.
    let break_even_pct = rows
        .iter()
        .map(|r| {
            break_even_pct(
                r.revenue_rs - r.variable_costs_rs,
                r.fixed_costs_rs + r.depreciation_rs + r.interest_rs,
                r.utilisation_pct.basis_points() as i128,
            )
        })
        .collect::<Option<Vec<f64>>>()
        .map(|v| round2(v.iter().sum::<f64>() / v.len().max(1) as f64));
    let cost = inp.heads.total().get();
    let pbit: i128 = rows
        .iter()
        .map(|r| (r.profit_before_tax_rs + r.interest_rs).get() as i128)
        .sum();
    let roce_pct = (cost > 0).then(|| round2(pbit as f64 / n as f64 / cost as f64 * 100.0));
    let amounts: Vec<Rupees> = flows.iter().map(|f| f.amount_rs).collect();
    let without_residual: Vec<Rupees> = flows
        .iter()
        .map(|f| f.amount_rs - f.residual_value_rs)
        .collect();
    let total_revenue: i128 = rows.iter().map(|r| r.revenue_rs.get() as i128).sum();
    let total_pat: i128 = rows
        .iter()
        .map(|r| r.profit_after_tax_rs.get() as i128)
        .sum();
    let avg = |total: i128| rupees(mul_div_round(total, 1, n as i128).unwrap_or(0));
    Figures {
        cumulative_dscr,
        min_dscr,
        break_even_pct,
        roce_pct,
        npv_rs: npv(inp.discount_rate, &amounts),
        irr: irr(&amounts),
        payback_years: payback_years(&without_residual),
        average_revenue_rs: avg(total_revenue),
        average_profit_after_tax_rs: avg(total_pat),
    }
}

/// What the figures say about the centre's commercial viability, in sentences.
fn comments(
    rows: &[YearRow],
    f: &Figures,
    checks: &[KeyFigure],
    cases: &[SensitivityCase],
    years: u32,
) -> Vec<Phrase> {
    use PhraseArg::{Count, Figure, Rupees as Lakh, Text};
    let years = i64::from(years);
    let mut out = Vec::new();
    let first = |pred: &dyn Fn(&YearRow) -> bool| rows.iter().find(|r| pred(r)).map(|r| r.year);
    out.push(match first(&|r| r.operating_profit_rs.get() > 0) {
        Some(1) => Phrase::new("User charges cover the centre's running costs from the first year."),
        Some(y) => Phrase::new("User charges cover the centre's running costs from year {year}; until then the SPV must fund the shortfall.").with("year", Count(i64::from(y))),
        None => Phrase::new("User charges do not cover the centre's running costs in any of the {years} years: the charges or the utilisation must rise.").with("years", Count(years)),
    });
    out.push(match first(&|r| r.profit_after_tax_rs.get() > 0) {
        Some(1) => Phrase::new(
            "It makes a profit after depreciation, interest and tax from the first year.",
        ),
        Some(y) => {
            Phrase::new("It makes a profit after depreciation, interest and tax from year {year}.")
                .with("year", Count(i64::from(y)))
        }
        None => Phrase::new("It makes no profit after depreciation, interest and tax in any year."),
    });
    let losses: Vec<String> = rows
        .iter()
        .filter(|r| r.profit_after_tax_rs.get() < 0)
        .map(|r| r.year.to_string())
        .collect();
    if !losses.is_empty() && losses.len() < rows.len() {
        out.push(
            Phrase::new("It shows a loss in year {years}.")
                .with("years", Figure(losses.join(", "))),
        );
    }
    out.push(
        Phrase::new("Over the {years} years the centre earns on average {revenue} a year, with an average profit after tax of {profit}.")
            .with("years", Count(years))
            .with("revenue", Lakh(f.average_revenue_rs))
            .with("profit", Lakh(f.average_profit_after_tax_rs)),
    );
    if let (Some(a), Some(b)) = (
        rows.first().and_then(|r| r.break_even_pct),
        rows.last().and_then(|r| r.break_even_pct),
    ) {
        if rows.len() > 1 && (a - b).abs() >= 0.01 {
            let pattern = if b < a {
                "Its break-even point falls from {first}% of installed capacity in year 1 to {last}% in year {years}."
            } else {
                "Its break-even point rises from {first}% of installed capacity in year 1 to {last}% in year {years}."
            };
            out.push(
                Phrase::new(pattern)
                    .with("first", Figure(format!("{a:.2}")))
                    .with("last", Figure(format!("{b:.2}")))
                    .with("years", Count(years)),
            );
        }
    }
    if let Some(last) = rows.iter().rev().find(|r| r.principal_rs.get() > 0) {
        let year = Count(i64::from(last.year));
        out.push(match f.min_dscr {
            Some(d) => Phrase::new("The term loan is repaid by year {year} from the centre's cash accruals, the lowest yearly DSCR being {dscr}.")
                .with("year", year)
                .with("dscr", Figure(format!("{d:.2}"))),
            None => Phrase::new("The term loan is repaid by year {year} from the centre's cash accruals.")
                .with("year", year),
        });
    }
    out.push(match f.payback_years {
        Some(p) => Phrase::new("The project cost is paid back in {payback} years.")
            .with("payback", Figure(format!("{p:.1}"))),
        None => Phrase::new("The project cost is not paid back within the {years} years.")
            .with("years", Count(years)),
    });
    let judged: Vec<&KeyFigure> = checks.iter().filter(|c| c.passes.is_some()).collect();
    let failed: Vec<PhraseArg> = judged
        .iter()
        .filter(|c| c.passes == Some(false))
        .map(|c| {
            PhraseArg::from(crate::phrase!(
                "{figure} ({value}; the rule is {rule})",
                figure = word(c.short),
                value = Figure(c.figure.clone()),
                rule = &c.rule
            ))
        })
        .collect();
    if !judged.is_empty() {
        out.push(if failed.is_empty() {
            Phrase::new("Every figure meets its acceptance rule in the base case.")
        } else {
            Phrase::new("In the base case these figures do not meet their rule: {figures}.")
                .with("figures", semicolons(failed))
        });
        let bad: Vec<PhraseArg> = cases
            .iter()
            .filter(|c| c.checks.iter().any(|k| k.passes == Some(false)))
            .map(|c| {
                let names: Vec<&str> = c
                    .checks
                    .iter()
                    .filter(|k| k.passes == Some(false))
                    .map(|k| k.short)
                    .collect();
                PhraseArg::from(crate::phrase!(
                    "{case} ({figures})",
                    case = word(c.name.clone()),
                    figures = Text(names.join(", "))
                ))
            })
            .collect();
        let n = Count(cases.len() as i64);
        out.push(if bad.is_empty() {
            Phrase::new("Every figure still meets its rule in all {cases} sensitivity cases.")
                .with("cases", n)
        } else {
            Phrase::new("In {failing} of the {cases} sensitivity cases some figure fails its rule: {failures}.")
                .with("failing", Count(bad.len() as i64))
                .with("cases", n)
                .with("failures", semicolons(bad))
        });
    }
    out
}

/// The figures of a run held against the rules.
fn key_figures(f: &Figures, has_loan: bool, rules: &Acceptance) -> Vec<KeyFigure> {
    let pct = |v: f64| format!("{v:.2}%");
    let at_least = |v: f64| {
        Said::from(crate::phrase!(
            "at least {limit}",
            limit = Figure(format!("{v:.2}"))
        ))
    };
    let above = |v: String| Said::from(crate::phrase!("above {limit}", limit = Figure(v)));
    let mut out = Vec::new();
    out.push(match f.cumulative_dscr {
        Some(d) => KeyFigure {
            code: "dscr",
            name: "Cumulative DSCR over the repayment years".to_string(),
            short: "Cumulative DSCR",
            value: Some(d),
            amount_rs: None,
            shown: format!("{d:.2}").into(),
            figure: format!("{d:.2}"),
            rule: at_least(rules.min_cumulative_dscr),
            passes: Some(d >= rules.min_cumulative_dscr),
        },
        None => KeyFigure {
            code: "dscr",
            name: "Cumulative DSCR over the repayment years".to_string(),
            short: "Cumulative DSCR",
            figure: "n/a".to_string(),
            value: None,
            amount_rs: None,
            shown: if has_loan {
                Phrase::new("n/a (no repayment within the projection)").into()
            } else {
                Phrase::new("n/a (no term loan)").into()
            },
            rule: at_least(rules.min_cumulative_dscr),
            passes: None,
        },
    });
    out.push(KeyFigure {
        code: "break-even",
        name: "Break-even, % of installed capacity (average of the years)".to_string(),
        short: "Break-even",
        figure: f
            .break_even_pct
            .map(pct)
            .unwrap_or_else(|| "not reached".to_string()),
        value: f.break_even_pct,
        amount_rs: None,
        shown: match f.break_even_pct {
            Some(b) => pct(b).into(),
            None => Phrase::new("none: revenue does not cover variable costs in some year").into(),
        },
        rule: crate::phrase!(
            "below {limit}",
            limit = Figure(pct(rules.max_break_even_pct))
        )
        .into(),
        passes: Some(
            f.break_even_pct
                .is_some_and(|b| b < rules.max_break_even_pct),
        ),
    });
    out.push(KeyFigure {
        code: "roce",
        name: "Return on capital employed (average)".to_string(),
        short: "ROCE",
        figure: f.roce_pct.map(pct).unwrap_or_else(|| "n/a".to_string()),
        value: f.roce_pct,
        amount_rs: None,
        shown: f
            .roce_pct
            .map_or_else(|| Phrase::new("n/a").into(), |r| pct(r).into()),
        rule: above(pct(rules.min_roce_pct)),
        passes: f.roce_pct.map(|r| r > rules.min_roce_pct),
    });
    out.push(KeyFigure {
        code: "irr",
        name: "Internal rate of return".to_string(),
        short: "IRR",
        figure: f
            .irr
            .rate_pct
            .map(pct)
            .unwrap_or_else(|| "none".to_string()),
        value: f.irr.rate_pct,
        amount_rs: None,
        shown: match (f.irr.rate_pct, &f.irr.note) {
            (Some(r), _) => pct(r).into(),
            (None, Some(note)) => note.clone(),
            (None, None) => Phrase::new("none").into(),
        },
        rule: above(pct(rules.min_irr_pct)),
        passes: f.irr.rate_pct.map(|r| r > rules.min_irr_pct),
    });
    out.push(KeyFigure {
        code: "npv",
        name: format!("Net present value at {}", rules.discount_rate_pct),
        short: "NPV",
        figure: f
            .npv_rs
            .map(|v| v.lakh_figure())
            .unwrap_or_else(|| "n/a".to_string()),
        value: None,
        amount_rs: f.npv_rs,
        shown: f.npv_rs.map_or_else(
            || Phrase::new("n/a").into(),
            |v| crate::phrase!("Rs. {lakh} lakh", lakh = Figure(v.lakh_figure())).into(),
        ),
        rule: Phrase::new("positive").into(),
        passes: f.npv_rs.map(|v| v.get() > 0),
    });
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{CfcCosts, CostItem, Loan, Machine, Operations, UnitCost, LAKH};

    /// A small CFC worked by hand (amounts in lakh unless said):
    /// building 100 (life 20 → 5 a year), one machine 300 (life 10 → 30 a year): project
    /// cost 400, depreciation 35 every year. Capacity 10,000 t; utilisation 50%, 60%, then
    /// 70%; members bring everything at Rs 3,000/t; variable cost Rs 800/t; fixed costs
    /// 30 a year; no escalation, no tax. Loan 96 at 10%, 12 months' moratorium, 4 years'
    /// repayment: Rs 2 lakh a month from month 13.
    pub(crate) fn worked_cfc() -> Cfc {
        Cfc {
            costs: CfcCosts {
                building_rs: Some(Rupees(100 * LAKH)),
                machinery: vec![Machine {
                    item: "Processing line".into(),
                    quantity: Some(1),
                    unit_cost_rs: Some(Rupees(300 * LAKH)),
                    supplier: String::new(),
                }],
                ..CfcCosts::default()
            },
            loan: Some(Loan {
                amount_rs: Some(Rupees(96 * LAKH)),
                interest_pct: Some(Percent::whole(10)),
                repayment_years: Some(4),
                moratorium_months: Some(12),
            }),
            operations: Operations {
                capacity: Some(10_000),
                capacity_unit: "tonnes a year".into(),
                utilisation_pct: vec![Percent::whole(50), Percent::whole(60), Percent::whole(70)],
                member_share_pct: Some(Percent::HUNDRED),
                charge_member_rs: Some(Rate::rupees(3_000)),
                charge_other_rs: None,
                charge_escalation_pct: Some(Percent::ZERO),
                variable_costs: vec![UnitCost {
                    item: "Power and consumables".into(),
                    amount_rs: Some(Rate::rupees(800)),
                }],
                fixed_costs: vec![CostItem {
                    item: "Salaries and maintenance".into(),
                    amount_rs: Some(Rupees(30 * LAKH)),
                }],
                cost_escalation_pct: Some(Percent::ZERO),
                building_life_years: Some(20),
                machinery_life_years: Some(10),
                tax_pct: Some(Percent::ZERO),
                tax_depreciation: None,
                working_capital_months: None,
            },
            ..Cfc::default()
        }
    }

    fn lakh(v: f64) -> Rupees {
        Rupees((v * LAKH as f64).round() as i64)
    }

    /// Year by year (lakh):
    /// - year 1: 5,000 t → revenue 150, variable 40, fixed 30, operating profit 80;
    ///   interest 96 × 10% = 9.6 (no repayment); PBT = 80 − 35 − 9.6 = 35.4; DSCR on
    ///   interest alone 80 / 9.6 = 8.33.
    /// - year 2: 6,000 t → revenue 180, variable 48, operating profit 102; month-start
    ///   balances 96, 94 … 74 add to 1,020, interest = 1,020 × 10%/12 = 8.5; principal 24;
    ///   DSCR = (PAT + interest + depreciation) / (principal + interest) = 102 / 32.5 = 3.14.
    /// - year 3: 7,000 t → revenue 210, variable 56, operating profit 124; interest
    ///   (72 + … + 50 = 732) × 10%/12 = 6.1; DSCR 124 / 30.1 = 4.12.
    /// - years 4, 5: interest 3.7 and 1.3; years 6–10 no loan.
    /// - cumulative DSCR (years 2–5) = (102 + 3 × 124) / (4 × 24 + 8.5 + 6.1 + 3.7 + 1.3)
    ///   = 474 / 115.6 = 4.10.
    /// - break-even (% of installed capacity) = (fixed + depreciation + interest) /
    ///   contribution × utilisation: year 1 74.6/110 × 50 = 33.91; year 2 73.5/132 × 60 =
    ///   33.41; year 3 71.1/154 × 70 = 32.32; year 4 68.7/154 × 70 = 31.23; year 5
    ///   66.3/154 × 70 = 30.14; years 6–10 65/154 × 70 = 29.55; average 30.87%.
    /// - ROCE = average PBIT / cost = (45 + 67 + 8 × 89) / 10 / 400 = 82.4 / 400 = 20.60%.
    /// - cash flows: −400, 80, 102, 124 × 7, and 124 + residual 50 (building 100 less 10
    ///   years × 5; the machine is fully written off) = 174 in year 10.
    ///   NPV at 10% = −400 + 80/1.1 + 102/1.1² + 124 × (annuity years 3–10 = 4.409030)
    ///   plus 50/1.1¹⁰ = 323.02 (spreadsheet: NPV(10%, flows 1–10) − 400 = 323.0217).
    ///   IRR (spreadsheet IRR of the 11 flows) = 24.91%.
    /// - payback: −400 + 80 + 102 + 124 = −94 after 3 years; 94/124 of year 4 → 3.76.
    #[test]
    #[allow(clippy::approx_constant)] // a DSCR of 3.14 is not π
    fn worked_projection() {
        let v = viability(&worked_cfc(), &Acceptance::default()).unwrap();
        assert_eq!(v.project_cost_rs, lakh(400.0));
        let y1 = &v.projection[0];
        assert_eq!(y1.revenue_rs, lakh(150.0));
        assert_eq!(y1.variable_costs_rs, lakh(40.0));
        assert_eq!(y1.operating_profit_rs, lakh(80.0));
        assert_eq!(y1.depreciation_rs, lakh(35.0));
        assert_eq!(y1.interest_rs, lakh(9.6));
        assert_eq!(y1.profit_after_tax_rs, lakh(35.4));
        assert_eq!(y1.cash_accruals_rs, lakh(70.4));
        // Interest only during the moratorium: (35.4 + 9.6 + 35) / 9.6 = 8.33.
        assert_eq!(y1.dscr, Some(8.33));
        assert_eq!(y1.break_even_pct, Some(33.91));
        let y2 = &v.projection[1];
        assert_eq!(y2.interest_rs, lakh(8.5));
        assert_eq!(y2.principal_rs, lakh(24.0));
        assert_eq!(y2.dscr, Some(3.14));
        assert_eq!(v.projection[2].interest_rs, lakh(6.1));
        assert_eq!(v.projection[2].dscr, Some(4.12));
        assert_eq!(v.projection[3].interest_rs, lakh(3.7));
        assert_eq!(v.projection[4].interest_rs, lakh(1.3));
        assert_eq!(v.projection[4].loan_outstanding_rs, Rupees::ZERO);
        assert_eq!(v.projection[9].break_even_pct, Some(29.55));
        assert_eq!(v.projection[9].net_block_rs, lakh(50.0));

        let f = &v.figures;
        assert_eq!(f.cumulative_dscr, Some(4.10));
        assert_eq!(f.break_even_pct, Some(30.87));
        assert_eq!(f.roce_pct, Some(20.60));
        assert_eq!(
            f.npv_rs.map(|r| r.lakh_figure()),
            Some("323.02".to_string())
        );
        assert_eq!(f.irr.rate_pct, Some(24.91));
        assert_eq!(f.payback_years, Some(3.76));
        assert_eq!(v.cash_flows[10].amount_rs, lakh(174.0));
        assert_eq!(v.cash_flows[10].residual_value_rs, lakh(50.0));

        // Against the 2022 rules: DSCR, break-even, IRR and NPV pass; ROCE 20.60% is not
        // above 25%, so the CFC is not accepted as proposed.
        let passes: Vec<(&str, Option<bool>)> =
            v.checks.iter().map(|c| (c.code, c.passes)).collect();
        assert_eq!(
            passes,
            vec![
                ("dscr", Some(true)),
                ("break-even", Some(true)),
                ("roce", Some(false)),
                ("irr", Some(true)),
                ("npv", Some(true)),
            ]
        );
        assert!(!v.accepted);
        assert!(v.assumptions.is_empty(), "{:?}", v.assumptions);
    }

    /// Sensitivity (lakh): user charges −10% → Rs 2,700/t: operating profit 65, 84, then
    /// 189 − 56 − 30 = 103; cumulative DSCR = (84 + 3 × 103) / 115.6 = 393 / 115.6 = 3.40.
    /// Utilisation −20% → 40%, 48%, 56%: operating profit 120 − 32 − 30 = 58, 144 − 38.4 −
    /// 30 = 75.6, then 168 − 44.8 − 30 = 93.2; cumulative DSCR = (75.6 + 3 × 93.2) / 115.6
    /// = 355.2 / 115.6 = 3.07.
    #[test]
    fn sensitivity_cases() {
        let v = viability(&worked_cfc(), &Acceptance::default()).unwrap();
        let case = |name: &str| {
            v.sensitivity
                .iter()
                .find(|c| c.name == name)
                .unwrap_or_else(|| panic!("no case {name}"))
        };
        assert_eq!(
            case("User charges −10%").figures.cumulative_dscr,
            Some(3.40)
        );
        assert_eq!(case("Utilisation −20%").figures.cumulative_dscr, Some(3.07));
        assert_eq!(v.sensitivity.len(), 5);
        // Lower charges and lower use can only make the project worse.
        for c in &v.sensitivity {
            assert!(c.figures.npv_rs < v.figures.npv_rs, "{}", c.name);
        }
    }

    #[test]
    fn without_a_loan_dscr_is_not_applicable() {
        let mut cfc = worked_cfc();
        cfc.loan = None;
        let v = viability(&cfc, &Acceptance::default()).unwrap();
        let dscr = &v.checks[0];
        assert_eq!(dscr.passes, None);
        assert_eq!(dscr.shown.english, "n/a (no term loan)");
        assert!(v.projection.iter().all(|y| y.dscr.is_none()));
    }

    #[test]
    fn missing_inputs_are_named() {
        let mut cfc = worked_cfc();
        cfc.operations.capacity = None;
        cfc.operations.charge_member_rs = None;
        cfc.loan.as_mut().unwrap().interest_pct = None;
        let missing = viability(&cfc, &Acceptance::default()).unwrap_err();
        let paths: Vec<&str> = missing.iter().map(|m| m.path.as_str()).collect();
        assert_eq!(
            paths,
            vec![
                "cfc.operations.capacity",
                "cfc.operations.charge_member_rs",
                "cfc.loan.interest_pct"
            ]
        );
    }

    /// Escalation compounds from year 2: 10% a year on Rs 3,000/t gives Rs 3,300 and
    /// Rs 3,630 in years 2 and 3; at a steady 50% of 10,000 t that is revenue 150, 165,
    /// 181.50 lakh. Defaults are stated as assumptions.
    #[test]
    fn escalation_and_assumptions() {
        let mut cfc = worked_cfc();
        cfc.operations.utilisation_pct = vec![Percent::whole(50)];
        cfc.operations.charge_escalation_pct = Some(Percent::whole(10));
        cfc.operations.tax_pct = None;
        cfc.operations.building_life_years = None;
        let v = viability(&cfc, &Acceptance::default()).unwrap();
        let revenue: Vec<Rupees> = v.projection.iter().take(3).map(|y| y.revenue_rs).collect();
        assert_eq!(revenue, vec![lakh(150.0), lakh(165.0), lakh(181.5)]);
        assert_eq!(v.building_life_years, 30);
        assert_eq!(v.assumptions.len(), 2, "{:?}", v.assumptions);
    }
}
