//! The term loan, month by month and summed by year: interest each month on the balance
//! at the start of the month (annual rate / 12), no repayment during the moratorium, then
//! equal monthly instalments of principal (the last one takes the odd rupees) over the
//! repayment years. The loan is taken as drawn when the centre starts operating; interest
//! during construction is not modelled.

use serde::Serialize;

use super::money::mul_div_round;
use crate::model::{Percent, Rupees};

/// What the bank lends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoanTerms {
    pub amount: Rupees,
    /// Annual interest rate.
    pub interest: Percent,
    /// Years of repayment after the moratorium.
    pub repayment_years: u32,
    /// Months from drawal to the first instalment, interest being paid meanwhile.
    pub moratorium_months: u32,
}

/// One year of the loan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LoanYear {
    pub year: u32,
    pub opening_rs: Rupees,
    pub interest_rs: Rupees,
    pub principal_rs: Rupees,
    pub closing_rs: Rupees,
}

/// The loan over `years` years of operation. Yearly interest is the sum of the month-start
/// balances × rate / 12, rounded once to the rupee.
pub fn loan_schedule(terms: &LoanTerms, years: u32) -> Vec<LoanYear> {
    let amount = terms.amount.get().max(0) as i128;
    let instalments = (terms.repayment_years as i128) * 12;
    let (instalment, last) = if instalments > 0 {
        let each = amount / instalments;
        (each, amount - each * (instalments - 1))
    } else {
        (0, 0)
    };
    let mut balance = amount;
    let mut out = Vec::with_capacity(years as usize);
    for year in 1..=years {
        let opening = balance;
        let mut balances_sum: i128 = 0;
        let mut principal: i128 = 0;
        for m in 1..=12u32 {
            let month = (year - 1) * 12 + m;
            balances_sum += balance;
            if instalments > 0 && balance > 0 && month > terms.moratorium_months {
                let n = (month - terms.moratorium_months) as i128;
                let pay = if n >= instalments { last } else { instalment }.min(balance);
                balance -= pay;
                principal += pay;
            }
        }
        let interest = mul_div_round(balances_sum, terms.interest.basis_points() as i128, 120_000)
            .unwrap_or(0);
        out.push(LoanYear {
            year,
            opening_rs: Rupees(opening as i64),
            interest_rs: Rupees(interest as i64),
            principal_rs: Rupees(principal as i64),
            closing_rs: Rupees(balance as i64),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LAKH;

    /// Rs 120 lakh at 12% a year, 12 months' moratorium, repaid over 5 years.
    /// Year 1: no repayment; interest = 12 months × 120 lakh × 1% = Rs 14.40 lakh.
    /// Year 2: 60 instalments of 120/60 = Rs 2 lakh from month 13; month-start balances
    /// 120, 118, …, 98 lakh add up to 12 × 120 − 2 × (0 + 1 + … + 11) = 1,308 lakh, so
    /// interest = 1,308 × 1% = Rs 13.08 lakh and principal = 12 × 2 = Rs 24 lakh.
    /// Year 6 repays the last Rs 24 lakh; year 7 has nothing left.
    #[test]
    fn moratorium_then_equal_instalments() {
        let terms = LoanTerms {
            amount: Rupees(120 * LAKH),
            interest: Percent::whole(12),
            repayment_years: 5,
            moratorium_months: 12,
        };
        let s = loan_schedule(&terms, 7);
        assert_eq!(s[0].interest_rs, Rupees(14_40_000));
        assert_eq!(s[0].principal_rs, Rupees::ZERO);
        assert_eq!(s[1].interest_rs, Rupees(13_08_000));
        assert_eq!(s[1].principal_rs, Rupees(24 * LAKH));
        assert_eq!(s[1].closing_rs, Rupees(96 * LAKH));
        assert_eq!(s[5].principal_rs, Rupees(24 * LAKH));
        assert_eq!(s[5].closing_rs, Rupees::ZERO);
        assert_eq!(s[6].interest_rs, Rupees::ZERO);
        let repaid: Rupees = s.iter().map(|y| y.principal_rs).sum();
        assert_eq!(repaid, Rupees(120 * LAKH));
    }

    /// Odd rupees go to the last instalment: Rs 1,000 over 1 year is 11 × 83 + 87.
    #[test]
    fn last_instalment_takes_the_remainder() {
        let terms = LoanTerms {
            amount: Rupees(1_000),
            interest: Percent::ZERO,
            repayment_years: 1,
            moratorium_months: 0,
        };
        let s = loan_schedule(&terms, 2);
        assert_eq!(s[0].principal_rs, Rupees(1_000));
        assert_eq!(s[0].closing_rs, Rupees::ZERO);
        assert_eq!(s[1].principal_rs, Rupees::ZERO);
    }
}
