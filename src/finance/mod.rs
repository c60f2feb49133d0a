//! Money arithmetic and the financial viability of a Common Facility Centre: exact shares
//! and rounding of whole-rupee amounts, the CFC's cost heads, the term-loan schedule, the
//! ten-year projection (revenue, costs, depreciation, profit, cash accruals, DSCR,
//! break-even), the projected statements (balance sheet, cash flow, depreciation,
//! working capital, discounted cash flows), the appraisal measures (ROCE, NPV, IRR, payback), sensitivity cases, and
//! how each figure stands against the acceptance rules a scheme sets.
//!
//! Amounts are whole rupees ([`Rupees`], from the model, because the study file holds
//! them) computed with integer arithmetic, so every total equals the sum of its parts.
//! Ratios (DSCR, break-even, ROCE, IRR, payback) are floating point: the guidelines
//! themselves state them approximately.
//!
//! Depends on the model only; knows nothing of schemes (a scheme hands in its acceptance
//! rules as an [`Acceptance`]).

pub mod apportion;
mod heads;
mod loan;
mod measures;
pub mod money;
mod projection;
mod statements;

pub use crate::model::{Percent, Rupees, CRORE, LAKH};
pub use heads::{CostHeads, Head};
pub use loan::{loan_schedule, LoanTerms, LoanYear};
pub use measures::{irr, npv, payback_years, Irr};
pub use money::{exact_words, percent_of, share_floor, Rounding};
pub use projection::{
    viability, Acceptance, CashFlow, Figures, KeyFigure, Missing, SensitivityCase, Viability,
    YearRow,
};
pub use statements::{
    statements, BalanceYear, CashYear, CostLineYear, DepreciationYear, DiscountedYear,
    PrintedSources, Sources, Statements, WorkingCapitalYear, PRINT_UNIT, WORKING_CAPITAL_MONTHS,
};
