//! The CFC's projected financial statements, from the base case of the projection and the
//! means of finance: balance sheet, cash flow (sources and uses), depreciation schedule,
//! working-capital assessment, operating-cost breakdown and the discounted cash flows
//! behind NPV and IRR (Annexure-3 items 14 and 19(b) of the MSE-CDP format ask for them).
//!
//! The books, year by year (year 0 is the day the centre starts operating):
//! - liabilities: the grants (GoI and State) as a capital reserve (quasi-equity, never
//!   repaid), the SPV's equity, reserves and surplus (the profits after tax added up; a
//!   Section 8 SPV pays no dividend), the term loan outstanding, and current liabilities
//!   (none: no trade credit or bank working-capital loan is assumed);
//! - assets: the net block (the projection's: fixed assets less straight-line
//!   depreciation; land is not depreciated), current assets (at year 0 the
//!   working-capital margin; then the working capital the year needs: the study's months
//!   of its operating costs, one when it gives none), and cash, which is what the cash-flow statement leaves;
//! - cash flow: sources are the profit after tax and depreciation (cash accruals); uses
//!   are the loan's principal and the increase in working capital.
//!
//! So the balance sheet balances every year by construction, in whole rupees, and a test
//! holds it to that for random inputs.
//!
//! `Printed` holds the figures that several tables print (a year's depreciation, the loan's
//! interest, principal and balances, the net block, the balance sheet and the cash flow),
//! rounded once here to the documents' 0.01 lakh, so that the profit and loss, the DSCR
//! table, the key parameters, the cash flow, the depreciation schedule, the loan schedule,
//! the working-capital assessment and the balance sheet all print the same figure for the
//! same quantity. The printed balance sheet is rolled forward from the printed flows as a
//! reader takes it off: the net block is the one at commissioning less each year's
//! depreciation as printed, reserves the printed profits after tax added up, so both may
//! stray from their exact figures by the years' roundings; the cash balances the two sides
//! and takes that up, and the cash flow then adds up to it with no figure adjusted.

use serde::Serialize;

use super::apportion;
use super::heads::{CostHeads, Head};
use super::projection::Viability;
use crate::model::{Cfc, Rate, Rupees, LAKH};

/// What the documents print money to: 0.01 lakh (Rs. 1,000), a two-decimal lakh figure.
pub const PRINT_UNIT: i64 = LAKH / 100;

/// Months of operating costs held as working capital (stocks, receivables, cash in hand)
/// when the study gives none (`cfc.operations.working_capital_months`): a common appraisal
/// norm for a service centre that bills its users monthly.
pub const WORKING_CAPITAL_MONTHS: u32 = 1;

/// Who pays for the project, as the means of finance sets it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sources {
    /// GoI and State grants: the capital reserve.
    pub grants_rs: Rupees,
    /// The SPV's own contribution: its equity.
    pub equity_rs: Rupees,
    pub loan_rs: Rupees,
    /// The same as the means of finance table prints them, when the document has one
    /// (its column totals, rounded together with its cells): the balance sheet at
    /// commissioning and the loan schedule's opening balance repeat them, so a reader
    /// finds the same grants, equity and loan in all three.
    pub printed: Option<PrintedSources>,
}

/// The sources as the means of finance table prints them: whole `PRINT_UNIT`s adding up
/// to the project cost as printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrintedSources {
    pub grants_rs: Rupees,
    pub equity_rs: Rupees,
    pub loan_rs: Rupees,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BalanceYear {
    pub year: u32,
    pub capital_reserve_rs: Rupees,
    pub equity_rs: Rupees,
    pub reserves_rs: Rupees,
    pub loan_rs: Rupees,
    pub current_liabilities_rs: Rupees,
    pub liabilities_rs: Rupees,
    pub net_block_rs: Rupees,
    pub current_assets_rs: Rupees,
    pub cash_rs: Rupees,
    pub assets_rs: Rupees,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CashYear {
    pub year: u32,
    pub profit_after_tax_rs: Rupees,
    pub depreciation_rs: Rupees,
    pub sources_rs: Rupees,
    pub principal_rs: Rupees,
    pub working_capital_increase_rs: Rupees,
    pub uses_rs: Rupees,
    pub surplus_rs: Rupees,
    pub opening_cash_rs: Rupees,
    pub closing_cash_rs: Rupees,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DepreciationYear {
    pub year: u32,
    pub building_rs: Rupees,
    pub machinery_rs: Rupees,
    pub total_rs: Rupees,
    /// What is claimed for tax that year (the same unless written-down value is chosen).
    pub tax_rs: Rupees,
    pub accumulated_rs: Rupees,
    pub net_block_rs: Rupees,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkingCapitalYear {
    pub year: u32,
    pub operating_costs_rs: Rupees,
    /// What the year needs: `Statements::working_capital_months` of its operating costs.
    pub required_rs: Rupees,
    /// Met by the margin money of the project.
    pub margin_rs: Rupees,
    /// Met from the centre's own cash accruals (negative: margin money not needed).
    pub from_accruals_rs: Rupees,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CostLineYear {
    pub item: String,
    /// "per unit" or "per year".
    pub basis: &'static str,
    /// The study's rate: per unit of capacity, or per year.
    pub rate_rs: Rate,
    /// Its part of the year-1 costs of the projection.
    pub year_one_rs: Rupees,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiscountedYear {
    pub year: u32,
    /// The project cost, as an outflow in year 0.
    pub investment_rs: Rupees,
    /// Profit after tax + depreciation + interest.
    pub operating_rs: Rupees,
    pub residual_value_rs: Rupees,
    /// The project cost in year 0; operating flow plus residual value after.
    pub net_rs: Rupees,
    /// 1 / (1 + rate)^year, to four decimals.
    pub factor: f64,
    /// The net flow discounted; the column adds up to the NPV exactly.
    pub present_rs: Rupees,
}

/// A year's depreciation as printed: the total is the year's depreciation correctly rounded
/// (as the profit and loss prints it) and the two heads are apportioned to it, so the row
/// adds up as printed. In `Printed::depreciation_total` the year is 0 and each figure is
/// its column's printed figures added up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrintedDepreciation {
    pub year: u32,
    pub building_rs: Rupees,
    pub machinery_rs: Rupees,
    pub total_rs: Rupees,
}

/// A year of the term loan as printed: the balances correctly rounded, the principal the
/// difference of the printed balances (so opening less principal is the closing as
/// printed, and the column adds up to the loan), the interest rounded on its own as the
/// profit and loss prints it. In `Printed::loan_total` the year is 0, the balances are the
/// first opening and the last closing, and interest and principal are added up as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrintedLoanYear {
    pub year: u32,
    pub opening_rs: Rupees,
    pub interest_rs: Rupees,
    pub principal_rs: Rupees,
    pub closing_rs: Rupees,
}

/// A year's balance sheet as printed, rolled forward from the figures the other tables
/// print, so that every figure a reader can take from another table reads as it does there:
/// the grants, the equity and the loan at commissioning as the means of finance table
/// prints its column totals (`Sources::printed`; without that table, rounded together to
/// what the project cost prints), the loan schedule opening with the same loan; then reserves and surplus the profits after tax added up as the
/// profit and loss prints them, the term loan the loan schedule's closing balance, the net
/// block the depreciation schedule's (the one at commissioning less each year's
/// depreciation as printed), current assets the working capital the year needs rounded
/// (as the working-capital assessment prints it; at year 0 the margin as the project cost
/// table prints it), and the cash what balances the two sides. At year 0 the cash is
/// rounded on its own (nil when the means of finance adds up) and the net block takes the
/// rest (the other heads of the project cost as printed), so the schedule starts from what
/// the balance sheet prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrintedBalance {
    pub year: u32,
    pub capital_reserve_rs: Rupees,
    pub equity_rs: Rupees,
    pub reserves_rs: Rupees,
    pub loan_rs: Rupees,
    pub current_liabilities_rs: Rupees,
    pub net_block_rs: Rupees,
    pub current_assets_rs: Rupees,
    pub cash_rs: Rupees,
    /// Either side's total (they are equal).
    pub total_rs: Rupees,
}

/// A year's cash flow as printed: each movement as another table prints it (the profit
/// after tax and depreciation as in the profit and loss, the loan repaid as in the loan
/// schedule, the increase in working capital the change in the balance sheet's current
/// assets), the balances the balance sheet's cash; so opening plus the movements is the
/// closing balance as printed, by construction. Uses are negative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrintedCashYear {
    pub year: u32,
    pub opening_rs: Rupees,
    pub profit_after_tax_rs: Rupees,
    pub depreciation_rs: Rupees,
    pub loan_repaid_rs: Rupees,
    pub working_capital_rs: Rupees,
    pub closing_rs: Rupees,
}

/// The figures more than one table prints, rounded once to `PRINT_UNIT` (see the module's
/// top comment). Every figure is a whole number of `PRINT_UNIT`s, so the `lakh` filter
/// prints it exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Printed {
    /// By projection year.
    pub depreciation: Vec<PrintedDepreciation>,
    pub depreciation_total: PrintedDepreciation,
    /// By year of the loan schedule.
    pub loan: Vec<PrintedLoanYear>,
    pub loan_total: PrintedLoanYear,
    /// The principal repaid by projection year (nil where the loan schedule has no such
    /// year): the DSCR table's instalment and the cash flow's loan repaid.
    pub principal_rs: Vec<Rupees>,
    /// By balance-sheet year (0 at commissioning): the depreciation schedule's and the key
    /// parameters' net block is `balance_sheet[year].net_block_rs`.
    pub balance_sheet: Vec<PrintedBalance>,
    /// By projection year.
    pub cash_flow: Vec<PrintedCashYear>,
    /// The residual value of the discounted cash flows: the last net block and the
    /// working-capital margin, as the balance sheet prints them.
    pub residual_value_rs: Rupees,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statements {
    /// Year 0 (at commissioning) to the last year of the projection.
    pub balance_sheet: Vec<BalanceYear>,
    pub cash_flow: Vec<CashYear>,
    pub depreciation: Vec<DepreciationYear>,
    pub working_capital: Vec<WorkingCapitalYear>,
    /// Months of operating costs held as working capital: the study's, else
    /// `WORKING_CAPITAL_MONTHS`.
    pub working_capital_months: u32,
    /// Whether the study gives the months (else the norm is assumed).
    pub working_capital_months_given: bool,
    /// Year 1's operating costs by the study's items, adding up to the projection's.
    pub operating_costs: Vec<CostLineYear>,
    pub discounted: Vec<DiscountedYear>,
    /// Whether every year's balance sheet balances (always, unless a figure overflowed).
    pub balanced: bool,
    pub printed: Printed,
}

/// Straight-line depreciation as the projection charges it (see `projection::slm`).
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

/// The statements of the projection `v` of `cfc`, financed by `sources`.
pub fn statements(cfc: &Cfc, v: &Viability, sources: Sources) -> Statements {
    let heads = CostHeads::of(&cfc.costs);
    let margin = heads.get(Head::WcMargin);
    let given = cfc.operations.working_capital_months;
    let months_held = given.unwrap_or(WORKING_CAPITAL_MONTHS);
    let months = i64::from(months_held);

    let mut balance_sheet = Vec::with_capacity(v.projection.len() + 1);
    let opening_block = heads.total() - margin;
    let loan0 = v.loan.first().map_or(sources.loan_rs, |l| l.opening_rs);
    let sheet = |year: u32, reserves: Rupees, loan: Rupees, block: Rupees, ca: Rupees, cash| {
        let liabilities = sources.grants_rs + sources.equity_rs + reserves + loan;
        BalanceYear {
            year,
            capital_reserve_rs: sources.grants_rs,
            equity_rs: sources.equity_rs,
            reserves_rs: reserves,
            loan_rs: loan,
            current_liabilities_rs: Rupees::ZERO,
            liabilities_rs: liabilities,
            net_block_rs: block,
            current_assets_rs: ca,
            cash_rs: cash,
            assets_rs: block + ca + cash,
        }
    };
    // Cash at commissioning: whatever the sources bring beyond the project cost (nothing
    // when the means of finance adds up, as the scheme requires).
    let cash0 = sources.grants_rs + sources.equity_rs + loan0 - heads.total();
    balance_sheet.push(sheet(0, Rupees::ZERO, loan0, opening_block, margin, cash0));

    let mut cash_flow = Vec::new();
    let mut depreciation = Vec::new();
    let mut working_capital = Vec::new();
    let mut reserves = Rupees::ZERO;
    let mut cash = cash0;
    let mut current = margin;
    let mut accumulated = Rupees::ZERO;
    let mut block = opening_block;
    let mut loan = loan0;
    for r in &v.projection {
        let costs = r.variable_costs_rs + r.fixed_costs_rs;
        // Wide, then bounded: a year's costs times the months cannot overflow.
        let required = Rupees(
            i64::try_from((costs.get() as i128 * months as i128).div_euclid(12).max(0))
                .unwrap_or(i64::MAX),
        );
        working_capital.push(WorkingCapitalYear {
            year: r.year,
            operating_costs_rs: costs,
            required_rs: required,
            margin_rs: margin,
            from_accruals_rs: required - margin,
        });
        let increase = required - current;
        current = required;
        let sources_rs = r.profit_after_tax_rs + r.depreciation_rs;
        let uses = r.principal_rs + increase;
        let opening_cash = cash;
        cash = cash + sources_rs - uses;
        cash_flow.push(CashYear {
            year: r.year,
            profit_after_tax_rs: r.profit_after_tax_rs,
            depreciation_rs: r.depreciation_rs,
            sources_rs,
            principal_rs: r.principal_rs,
            working_capital_increase_rs: increase,
            uses_rs: uses,
            surplus_rs: sources_rs - uses,
            opening_cash_rs: opening_cash,
            closing_cash_rs: cash,
        });
        let building = slm(v.building_base_rs, v.building_life_years, r.year);
        let machinery = slm(v.machinery_base_rs, v.machinery_life_years, r.year);
        accumulated += r.depreciation_rs;
        block = block - r.depreciation_rs;
        depreciation.push(DepreciationYear {
            year: r.year,
            building_rs: building,
            machinery_rs: machinery,
            total_rs: r.depreciation_rs,
            tax_rs: r.tax_depreciation_rs,
            accumulated_rs: accumulated,
            net_block_rs: block,
        });
        reserves += r.profit_after_tax_rs;
        loan = loan - r.principal_rs;
        balance_sheet.push(sheet(r.year, reserves, loan, block, current, cash));
    }
    let balanced = balance_sheet
        .iter()
        .all(|b| b.assets_rs == b.liabilities_rs)
        && v.projection
            .iter()
            .zip(&balance_sheet[1..])
            .all(|(r, b)| r.net_block_rs == b.net_block_rs && r.loan_outstanding_rs == b.loan_rs);

    // The margin as the project cost table prints it (its heads rounded together to the
    // printed total): the balance sheet's current assets at commissioning repeat it.
    let amounts: Vec<i64> = heads.iter().map(|(_, a)| a.get()).collect();
    let (cells, _) = apportion::column(&amounts, PRINT_UNIT);
    let margin_printed = heads
        .iter()
        .zip(cells)
        .find(|((h, _), _)| *h == Head::WcMargin)
        .map_or(Rupees::ZERO, |(_, c)| Rupees(c));
    let printed = printed(
        v,
        &depreciation,
        &balance_sheet,
        margin_printed,
        sources.printed,
    );
    Statements {
        printed,
        operating_costs: operating_costs(cfc, v),
        discounted: discounted(v),
        balance_sheet,
        cash_flow,
        depreciation,
        working_capital,
        working_capital_months: months_held,
        working_capital_months_given: given.is_some(),
        balanced,
    }
}

/// The depreciation and the loan as printed (see `Printed`).
fn printed(
    v: &Viability,
    depreciation: &[DepreciationYear],
    balance_sheet: &[BalanceYear],
    margin: Rupees,
    sources: Option<PrintedSources>,
) -> Printed {
    let unit = PRINT_UNIT;
    // Each year's total is its depreciation correctly rounded, as the profit and loss
    // prints it; the heads are apportioned to it.
    let depreciation: Vec<PrintedDepreciation> = depreciation
        .iter()
        .map(|d| {
            let total = apportion::round_to(d.total_rs.get(), unit);
            let heads =
                apportion::apportion(&[d.building_rs.get(), d.machinery_rs.get()], total, unit);
            PrintedDepreciation {
                year: d.year,
                building_rs: Rupees(heads[0]),
                machinery_rs: Rupees(heads[1]),
                total_rs: Rupees(total),
            }
        })
        .collect();
    let sum = |f: fn(&PrintedDepreciation) -> Rupees| {
        Rupees(depreciation.iter().map(|d| f(d).get()).sum())
    };
    let depreciation_total = PrintedDepreciation {
        year: 0,
        building_rs: sum(|d| d.building_rs),
        machinery_rs: sum(|d| d.machinery_rs),
        total_rs: sum(|d| d.total_rs),
    };
    let (balance_sheet, cash_flow) =
        printed_books(v, balance_sheet, &depreciation, margin, sources);
    // The schedule opens with the loan the balance sheet starts from (the means of
    // finance's loan column, when the document prints one).
    let loan0 = balance_sheet.first().map(|b| b.loan_rs);
    let loan: Vec<PrintedLoanYear> = v
        .loan
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let opening = match loan0 {
                Some(first) if i == 0 => first.get(),
                _ => apportion::round_to(l.opening_rs.get(), unit),
            };
            let closing = apportion::round_to(l.closing_rs.get(), unit);
            PrintedLoanYear {
                year: l.year,
                opening_rs: Rupees(opening),
                interest_rs: Rupees(apportion::round_to(l.interest_rs.get(), unit)),
                principal_rs: Rupees(opening - closing),
                closing_rs: Rupees(closing),
            }
        })
        .collect();
    let loan_total = PrintedLoanYear {
        year: 0,
        opening_rs: loan.first().map_or(Rupees::ZERO, |l| l.opening_rs),
        interest_rs: Rupees(loan.iter().map(|l| l.interest_rs.get()).sum()),
        principal_rs: Rupees(loan.iter().map(|l| l.principal_rs.get()).sum()),
        closing_rs: loan.last().map_or(Rupees::ZERO, |l| l.closing_rs),
    };
    let principal_rs = v
        .projection
        .iter()
        .map(|r| {
            loan.iter()
                .find(|l| l.year == r.year)
                .map_or(Rupees::ZERO, |l| l.principal_rs)
        })
        .collect();
    let residual_value_rs = match (balance_sheet.first(), balance_sheet.last()) {
        (Some(first), Some(last)) if balance_sheet.len() > 1 => {
            last.net_block_rs + first.current_assets_rs
        }
        _ => Rupees::ZERO,
    };
    Printed {
        depreciation,
        depreciation_total,
        loan,
        loan_total,
        principal_rs,
        balance_sheet,
        cash_flow,
        residual_value_rs,
    }
}

/// Each year's profit after tax as the profit and loss prints it: the templates round its
/// rows with `round_table(rows=[[variable, fixed, depreciation, interest, tax, profit after
/// tax], ...], by="rows", absorb=5)`, which is this call (tests/tables.rs holds the
/// documents to it: the cash flow repeats the profit and loss's figure).
fn printed_profit_after_tax(v: &Viability) -> Vec<Rupees> {
    let rows: Vec<Vec<i64>> = v
        .projection
        .iter()
        .map(|y| {
            [
                y.variable_costs_rs,
                y.fixed_costs_rs,
                y.depreciation_rs,
                y.interest_rs,
                y.tax_rs,
                y.profit_after_tax_rs,
            ]
            .iter()
            .map(|r| r.get())
            .collect()
        })
        .collect();
    apportion::by_rows(&rows, PRINT_UNIT, Some(5), None)
        .cells
        .iter()
        .map(|r| Rupees(r.get(5).copied().unwrap_or(0)))
        .collect()
}

/// The balance sheet and the cash flow as printed (see `PrintedBalance`): `depreciation`
/// is by projection year, `balance_sheet` by balance-sheet year (one more, year 0 first),
/// `margin` the working-capital margin as the project cost table prints it.
fn printed_books(
    v: &Viability,
    balance_sheet: &[BalanceYear],
    depreciation: &[PrintedDepreciation],
    margin: Rupees,
    sources: Option<PrintedSources>,
) -> (Vec<PrintedBalance>, Vec<PrintedCashYear>) {
    let unit = PRINT_UNIT;
    let round = |r: Rupees| Rupees(apportion::round_to(r.get(), unit));
    let Some(b0) = balance_sheet.first() else {
        return (Vec::new(), Vec::new());
    };
    // The sources at commissioning as the means of finance prints them; without that
    // table, the total and the loan rounded and the grants and equity apportioned to the
    // rest.
    let (reserve, equity, loan0) = match sources {
        Some(p) => (p.grants_rs, p.equity_rs, p.loan_rs),
        None => {
            let total0 = round(b0.liabilities_rs);
            let loan0 = round(b0.loan_rs);
            let funds = apportion::apportion(
                &[b0.capital_reserve_rs.get(), b0.equity_rs.get()],
                (total0 - loan0).get(),
                unit,
            );
            (Rupees(funds[0]), Rupees(funds[1]), loan0)
        }
    };
    let total0 = reserve + equity + loan0;
    let current0 = margin;
    let cash0 = round(b0.cash_rs);
    let mut sheet = vec![PrintedBalance {
        year: b0.year,
        capital_reserve_rs: reserve,
        equity_rs: equity,
        reserves_rs: Rupees::ZERO,
        loan_rs: loan0,
        current_liabilities_rs: Rupees::ZERO,
        net_block_rs: total0 - current0 - cash0,
        current_assets_rs: current0,
        cash_rs: cash0,
        total_rs: total0,
    }];
    let mut cash_flow = Vec::with_capacity(balance_sheet.len().saturating_sub(1));
    let pat = printed_profit_after_tax(v);
    for (i, b) in balance_sheet.iter().enumerate().skip(1) {
        let Some(last) = sheet.last().cloned() else {
            break;
        };
        let profit = pat.get(i - 1).copied().unwrap_or_default();
        let dep = depreciation.get(i - 1).map_or(Rupees::ZERO, |d| d.total_rs);
        let reserves = last.reserves_rs + profit;
        let loan = round(b.loan_rs);
        let current_liabilities = round(b.current_liabilities_rs);
        let total = reserve + equity + reserves + loan + current_liabilities;
        let block = last.net_block_rs - dep;
        let current = round(b.current_assets_rs);
        let cash = total - block - current;
        cash_flow.push(PrintedCashYear {
            year: b.year,
            opening_rs: last.cash_rs,
            profit_after_tax_rs: profit,
            depreciation_rs: dep,
            loan_repaid_rs: loan - last.loan_rs,
            working_capital_rs: last.current_assets_rs - current,
            closing_rs: cash,
        });
        sheet.push(PrintedBalance {
            year: b.year,
            capital_reserve_rs: reserve,
            equity_rs: equity,
            reserves_rs: reserves,
            loan_rs: loan,
            current_liabilities_rs: current_liabilities,
            net_block_rs: block,
            current_assets_rs: current,
            cash_rs: cash,
            total_rs: total,
        });
    }
    (sheet, cash_flow)
}

/// Year 1's variable and fixed costs split over the study's items in proportion to their
/// rates, largest remainder to the rupee, so the items add up to the projection's totals.
fn operating_costs(cfc: &Cfc, v: &Viability) -> Vec<CostLineYear> {
    let Some(first) = v.projection.first() else {
        return Vec::new();
    };
    let o = &cfc.operations;
    // Variable costs are rates with paise, fixed costs whole rupees a year: both are
    // weighed in paise, so a Rs 0.90 item gets its share like any other.
    let variable = o.variable_costs.iter().map(|i| {
        (
            &i.item,
            i.amount_rs.filter(|a| a.paise() > 0).unwrap_or_default(),
        )
    });
    let fixed = o.fixed_costs.iter().map(|i| {
        let rupees = i.amount_rs.filter(|a| a.get() > 0).unwrap_or_default();
        (&i.item, Rate::rupees(rupees.get()))
    });
    let mut out = Vec::new();
    for (items, basis, total) in [
        (
            variable.collect::<Vec<_>>(),
            "per unit",
            first.variable_costs_rs,
        ),
        (fixed.collect::<Vec<_>>(), "per year", first.fixed_costs_rs),
    ] {
        let weights: Vec<i64> = items.iter().map(|(_, r)| r.paise()).collect();
        let split = apportion::split(total.get(), &weights);
        for ((item, rate), part) in items.into_iter().zip(split) {
            out.push(CostLineYear {
                item: item.clone(),
                basis,
                rate_rs: rate,
                year_one_rs: Rupees(part),
            });
        }
    }
    out
}

/// The project's cash flows discounted at the acceptance rate: each year's present value
/// to the rupee, adjusted by largest remainder so that the column adds up to the NPV.
fn discounted(v: &Viability) -> Vec<DiscountedYear> {
    let rate = v.acceptance.discount_rate_pct.as_f64() / 100.0;
    let factors: Vec<f64> = v
        .cash_flows
        .iter()
        .map(|f| (1.0 + rate).powi(-(f.year as i32)))
        .collect();
    // Present values in paise before they are brought to the NPV.
    let exact: Vec<i64> = v
        .cash_flows
        .iter()
        .zip(&factors)
        .map(|(f, k)| (f.amount_rs.get() as f64 * k * 100.0).round() as i64)
        .collect();
    let npv = v
        .figures
        .npv_rs
        .map_or_else(|| exact.iter().sum::<i64>().div_euclid(100), |r| r.get());
    let present = apportion::apportion(&exact, npv * 100, 100);
    v.cash_flows
        .iter()
        .zip(factors)
        .zip(present)
        .map(|((f, k), p)| {
            let investment = if f.year == 0 {
                f.amount_rs
            } else {
                Rupees::ZERO
            };
            DiscountedYear {
                year: f.year,
                investment_rs: investment,
                operating_rs: f.amount_rs - f.residual_value_rs - investment,
                residual_value_rs: f.residual_value_rs,
                net_rs: f.amount_rs,
                factor: (k * 10_000.0).round() / 10_000.0,
                present_rs: Rupees(p / 100),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::finance::{viability, Acceptance};
    use crate::model::{CostItem, Percent, LAKH};

    /// The projection's worked CFC (projection.rs tests): building 100 lakh (20 years),
    /// one machine 300 lakh (10 years), loan 96 lakh at 10% with a year's moratorium and
    /// four years' repayment; variable Rs 800/t and fixed 30 lakh a year; no tax.
    fn worked_cfc(margin: Option<Rupees>) -> Cfc {
        let mut cfc = crate::finance::projection::tests::worked_cfc();
        cfc.costs.wc_margin_rs = margin;
        // Two fixed items, so that the operating-cost breakdown has something to split.
        cfc.operations.fixed_costs = vec![
            CostItem {
                item: "Salaries".into(),
                amount_rs: Some(Rupees(20 * LAKH)),
            },
            CostItem {
                item: "Maintenance".into(),
                amount_rs: Some(Rupees(10 * LAKH)),
            },
        ];
        cfc
    }

    /// The worked CFC's sources: grants 280, equity 24 and the 96 lakh loan.
    fn worked_sources() -> Sources {
        Sources {
            grants_rs: Rupees(280 * LAKH),
            equity_rs: Rupees(24 * LAKH),
            loan_rs: Rupees(96 * LAKH),
            printed: None,
        }
    }

    /// Year 1 by hand (lakh): PAT 35.4, depreciation 35, no repayment; working capital
    /// one month of (40 + 30) = Rs 5,83,333 (rounded down); cash 35.4 + 35 − 5.83333 =
    /// Rs 64,56,667. Liabilities 280 + 24 + 35.4 + 96 = 435.4 = assets 365 + 5.83333 +
    /// 64.56667. Year 2: principal 24, PAT 102 − 35 − 8.5 = 58.5, working capital
    /// (48 + 30)/12 = Rs 6,50,000, so cash rises by 58.5 + 35 − 24 − 0.66667.
    #[test]
    fn the_worked_case_by_hand() {
        let cfc = worked_cfc(None);
        let v = viability(&cfc, &Acceptance::default()).unwrap();
        let sources = worked_sources();
        let st = statements(&cfc, &v, sources);
        assert!(st.balanced);
        let y0 = &st.balance_sheet[0];
        assert_eq!(y0.assets_rs, Rupees(400 * LAKH));
        assert_eq!(y0.cash_rs, Rupees::ZERO);
        let y1 = &st.balance_sheet[1];
        assert_eq!(y1.reserves_rs, Rupees(35_40_000));
        assert_eq!(y1.current_assets_rs, Rupees(5_83_333));
        assert_eq!(y1.cash_rs, Rupees(64_56_667));
        assert_eq!(y1.net_block_rs, Rupees(365 * LAKH));
        assert_eq!(y1.liabilities_rs, Rupees(435_40_000));
        let c2 = &st.cash_flow[1];
        assert_eq!(c2.principal_rs, Rupees(24 * LAKH));
        assert_eq!(c2.profit_after_tax_rs, Rupees(58_50_000));
        assert_eq!(c2.working_capital_increase_rs, Rupees(66_667));
        assert_eq!(
            c2.closing_cash_rs,
            Rupees(64_56_667 + 58_50_000 + 35 * LAKH - 24 * LAKH - 66_667)
        );
        // Year 1's fixed costs split 2:1 over the two items, to the rupee.
        let fixed: Vec<Rupees> = st
            .operating_costs
            .iter()
            .filter(|c| c.basis == "per year")
            .map(|c| c.year_one_rs)
            .collect();
        assert_eq!(fixed, vec![Rupees(20 * LAKH), Rupees(10 * LAKH)]);
        // The present values add up to the NPV exactly.
        let pv: i64 = st.discounted.iter().map(|d| d.present_rs.get()).sum();
        assert_eq!(Some(Rupees(pv)), v.figures.npv_rs);
        assert_eq!(st.depreciation[0].building_rs, Rupees(5 * LAKH));
        assert_eq!(st.depreciation[0].machinery_rs, Rupees(30 * LAKH));
    }

    /// Two months held: year 1 needs (40 + 30) × 2 / 12 = Rs 11,66,666 (rounded down),
    /// and the statements say the study set it; unset, one month and the norm.
    /// The printed figures: a year's depreciation is its own correctly rounded total with
    /// the heads apportioned to it, and the loan's principal is the difference of its
    /// printed balances, every figure a whole number of print units.
    #[test]
    fn the_printed_figures_are_rounded_once_and_add_up() {
        let mut cfc = worked_cfc(None);
        // Amounts off the print unit, so that rounding each head on its own would not add up.
        cfc.costs.building_rs = Some(Rupees(100 * LAKH + 45_678));
        let v = viability(&cfc, &Acceptance::default()).unwrap();
        let sources = worked_sources();
        let st = statements(&cfc, &v, sources);
        let p = &st.printed;
        let on_unit = |r: Rupees| r.get() % PRINT_UNIT == 0;
        for (d, exact) in p.depreciation.iter().zip(&st.depreciation) {
            assert_eq!(
                d.total_rs.get(),
                apportion::round_to(exact.total_rs.get(), PRINT_UNIT)
            );
            assert_eq!(d.building_rs + d.machinery_rs, d.total_rs);
            assert!(on_unit(d.building_rs) && on_unit(d.machinery_rs));
        }
        let t = &p.depreciation_total;
        assert_eq!(t.building_rs + t.machinery_rs, t.total_rs);
        assert!(!p.loan.is_empty());
        for l in &p.loan {
            assert_eq!(l.opening_rs - l.principal_rs, l.closing_rs);
            assert!(on_unit(l.opening_rs) && on_unit(l.interest_rs) && on_unit(l.closing_rs));
        }
        assert_eq!(
            p.loan_total.principal_rs,
            p.loan_total.opening_rs - p.loan_total.closing_rs
        );
        assert_eq!(p.principal_rs.len(), v.projection.len());
        assert_eq!(
            p.principal_rs.iter().map(|r| r.get()).sum::<i64>(),
            p.loan_total.principal_rs.get()
        );
    }

    /// Given the means of finance as its table prints it, the balance sheet at
    /// commissioning repeats its grants, equity and loan and the loan schedule opens with
    /// that loan, even where each rounded on its own would read 0.01 lakh apart; the
    /// books still balance as printed every year.
    #[test]
    fn the_books_open_with_the_means_of_finance_as_printed() {
        let cfc = worked_cfc(None);
        let v = viability(&cfc, &Acceptance::default()).unwrap();
        let shown = PrintedSources {
            grants_rs: Rupees(280 * LAKH + PRINT_UNIT),
            equity_rs: Rupees(24 * LAKH - 2 * PRINT_UNIT),
            loan_rs: Rupees(96 * LAKH + PRINT_UNIT),
        };
        let sources = Sources {
            printed: Some(shown),
            ..worked_sources()
        };
        let st = statements(&cfc, &v, sources);
        let p = &st.printed;
        let b0 = &p.balance_sheet[0];
        assert_eq!(
            (b0.capital_reserve_rs, b0.equity_rs, b0.loan_rs),
            (shown.grants_rs, shown.equity_rs, shown.loan_rs)
        );
        assert_eq!(b0.total_rs, Rupees(400 * LAKH));
        assert_eq!(p.loan[0].opening_rs, shown.loan_rs);
        assert_eq!(
            p.loan[0].opening_rs - p.loan[0].principal_rs,
            p.loan[0].closing_rs
        );
        for b in &p.balance_sheet {
            assert_eq!(b.net_block_rs + b.current_assets_rs + b.cash_rs, b.total_rs);
            assert_eq!(
                b.capital_reserve_rs
                    + b.equity_rs
                    + b.reserves_rs
                    + b.loan_rs
                    + b.current_liabilities_rs,
                b.total_rs
            );
        }
    }

    #[test]
    fn the_study_sets_the_months_of_working_capital() {
        let sources = worked_sources();
        let mut cfc = worked_cfc(None);
        let v = viability(&cfc, &Acceptance::default()).unwrap();
        let st = statements(&cfc, &v, sources);
        assert_eq!(
            (st.working_capital_months, st.working_capital_months_given),
            (1, false)
        );
        cfc.operations.working_capital_months = Some(2);
        let v = viability(&cfc, &Acceptance::default()).unwrap();
        let st = statements(&cfc, &v, sources);
        assert_eq!(
            (st.working_capital_months, st.working_capital_months_given),
            (2, true)
        );
        assert_eq!(st.working_capital[0].required_rs, Rupees(11_66_666));
        assert_eq!(st.balance_sheet[1].current_assets_rs, Rupees(11_66_666));
        assert!(st.balanced);
    }

    proptest! {
        #[test]
        fn the_balance_sheet_balances_every_year(
            building in 0i64..500,
            machine in 1i64..2_000,
            margin in 0i64..50,
            loan in 0i64..300,
            charge in 100i64..10_000,
            variable in 0i64..5_000,
            fixed in 0i64..200,
            tax in 0i64..35,
            grant_pct in 0i64..90,
        ) {
            let mut cfc = worked_cfc(Some(Rupees(margin * LAKH)));
            cfc.costs.building_rs = Some(Rupees(building * LAKH + 12_345));
            cfc.costs.machinery[0].unit_cost_rs = Some(Rupees(machine * LAKH + 678));
            cfc.operations.charge_member_rs = Some(Rate::rupees(charge));
            cfc.operations.variable_costs[0].amount_rs = Some(Rate::rupees(variable));
            cfc.operations.fixed_costs[0].amount_rs = Some(Rupees(fixed * LAKH + 1));
            cfc.operations.tax_pct = Some(Percent::whole(tax));
            let cost = CostHeads::of(&cfc.costs).total();
            let loan = Rupees((loan * LAKH).min(cost.get()));
            if let Some(l) = cfc.loan.as_mut() {
                l.amount_rs = Some(loan);
            }
            let Ok(v) = viability(&cfc, &Acceptance::default()) else {
                return Ok(());
            };
            let grants = Rupees((cost - loan).get() * grant_pct / 100);
            let st = statements(&cfc, &v, Sources {
                grants_rs: grants,
                equity_rs: cost - loan - grants,
                loan_rs: loan,
                printed: None,
            });
            prop_assert!(st.balanced);
            prop_assert_eq!(st.balance_sheet.len(), v.projection.len() + 1);
            for b in &st.balance_sheet {
                prop_assert_eq!(b.assets_rs, b.liabilities_rs, "year {}", b.year);
            }
            let pv: i64 = st.discounted.iter().map(|d| d.present_rs.get()).sum();
            prop_assert_eq!(Some(Rupees(pv)), v.figures.npv_rs);
            // As printed: both sides of every year add up to the same total, the net block
            // runs down by the printed depreciation, reserves by the printed profits after
            // tax, and the cash flow's movements take one balance to the next.
            let p = &st.printed;
            prop_assert_eq!(p.balance_sheet.len(), st.balance_sheet.len());
            for a in &p.balance_sheet {
                prop_assert_eq!(a.net_block_rs + a.current_assets_rs + a.cash_rs, a.total_rs);
                prop_assert_eq!(
                    a.capital_reserve_rs + a.equity_rs + a.reserves_rs + a.loan_rs
                        + a.current_liabilities_rs,
                    a.total_rs
                );
                prop_assert_eq!(a.net_block_rs.get() % PRINT_UNIT, 0);
                prop_assert_eq!(a.cash_rs.get() % PRINT_UNIT, 0);
            }
            prop_assert_eq!(
                p.balance_sheet[0].total_rs.get(),
                apportion::round_to(st.balance_sheet[0].liabilities_rs.get(), PRINT_UNIT)
            );
            prop_assert_eq!(
                p.balance_sheet[0].cash_rs.get(),
                apportion::round_to(st.balance_sheet[0].cash_rs.get(), PRINT_UNIT)
            );
            prop_assert_eq!(p.cash_flow.len(), v.projection.len());
            for ((w, d), c) in p.balance_sheet.windows(2).zip(&p.depreciation).zip(&p.cash_flow) {
                prop_assert_eq!(w[0].net_block_rs - d.total_rs, w[1].net_block_rs);
                prop_assert_eq!(w[0].reserves_rs + c.profit_after_tax_rs, w[1].reserves_rs);
                prop_assert_eq!(c.opening_rs, w[0].cash_rs);
                prop_assert_eq!(c.closing_rs, w[1].cash_rs);
                prop_assert_eq!(
                    c.opening_rs + c.profit_after_tax_rs + c.depreciation_rs + c.loan_repaid_rs
                        + c.working_capital_rs,
                    c.closing_rs
                );
                prop_assert_eq!(c.depreciation_rs, d.total_rs);
                prop_assert_eq!(c.working_capital_rs, w[0].current_assets_rs - w[1].current_assets_rs);
            }
            for (c, principal) in p.cash_flow.iter().zip(&p.principal_rs) {
                prop_assert_eq!(c.loan_repaid_rs, Rupees::ZERO - *principal);
            }
            let last = p.balance_sheet.last().map(|a| a.net_block_rs).unwrap_or_default();
            prop_assert_eq!(p.residual_value_rs, last + p.balance_sheet[0].current_assets_rs);
        }
    }
}

#[cfg(test)]
mod tax_tests {
    use crate::finance::{viability, Acceptance};
    use crate::model::{Percent, Rupees, TaxDepreciation, LAKH};

    /// Written-down value for tax, by hand (lakh): building 100 at 10%, plant 300 at 15%.
    /// Year 1 claims 10 + 45 = 55; operating profit 80, interest 9.6, so 15.4 is taxable
    /// and tax at 25% is 3.85; the books still charge 35, so PAT = 35.4 − 3.85 = 31.55.
    /// Year 2 claims 9 + 38.25 = 47.25 on 90 and 255; taxable 102 − 47.25 − 8.5 = 46.25,
    /// tax 11.5625.
    #[test]
    fn written_down_value_for_tax() {
        // The projection's worked CFC, taxed at 25% with written-down value for tax.
        let mut cfc = crate::finance::projection::tests::worked_cfc();
        cfc.operations.tax_pct = Some(Percent::whole(25));
        cfc.operations.tax_depreciation = Some(TaxDepreciation::WrittenDownValue);
        let v = viability(&cfc, &Acceptance::default()).unwrap();
        assert!(v.tax_wdv);
        let y1 = &v.projection[0];
        assert_eq!(y1.depreciation_rs, Rupees(35 * LAKH));
        assert_eq!(y1.tax_depreciation_rs, Rupees(55 * LAKH));
        assert_eq!(y1.tax_rs, Rupees(3_85_000));
        assert_eq!(y1.profit_after_tax_rs, Rupees(31_55_000));
        let y2 = &v.projection[1];
        assert_eq!(y2.tax_depreciation_rs, Rupees(47_25_000));
        assert_eq!(y2.tax_rs, Rupees(11_56_250));
        // Straight line for tax: 35 claimed, taxable 35.4, tax 8.85.
        cfc.operations.tax_depreciation = Some(TaxDepreciation::StraightLine);
        let v = viability(&cfc, &Acceptance::default()).unwrap();
        assert_eq!(v.projection[0].tax_rs, Rupees(8_85_000));
    }
}
