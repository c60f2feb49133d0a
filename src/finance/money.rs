//! Exact arithmetic on whole rupees: a percentage of an amount, the share one amount is of
//! another, rounding to whole rupees or down to a whole lakh, and the fixed-point helper
//! the projection uses for escalation and discounting.

use serde::{Deserialize, Serialize};

use crate::model::{Percent, Rupees, CRORE, LAKH};

/// How a grant is brought to its final figure. Every amount is whole rupees; a scheme
/// (or a DPR following real practice) may ask for the grant rounded down to a whole lakh.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rounding {
    /// Whole rupees, rounded down (a grant never exceeds its percentage).
    #[default]
    Rupee,
    /// Rounded down to a whole lakh, as DPRs request it (Rs 2,095.80 lakh → Rs 2,095.00 lakh).
    LakhDown,
}

impl Rounding {
    pub fn apply(self, amount: Rupees) -> Rupees {
        match self {
            Rounding::Rupee => amount,
            Rounding::LakhDown => Rupees(amount.get().div_euclid(LAKH) * LAKH),
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Rounding::Rupee => "whole rupees, rounded down",
            Rounding::LakhDown => "rounded down to a whole lakh",
        }
    }
}

/// An amount as a sentence gives it, never rounded: in crore when that is exact to two
/// decimals (Rs. 10.00 crore), else in lakh when exact (Rs. 449.20 lakh), else in rupees
/// (Rs. 12,34,567). Rule texts quote amounts a consultant will check by hand.
pub fn exact_words(amount: Rupees) -> String {
    let v = amount.get().unsigned_abs();
    if v >= CRORE as u64 && v.is_multiple_of(CRORE as u64 / 100) {
        format!("Rs. {} crore", amount.crore_figure())
    } else if v >= LAKH as u64 && v.is_multiple_of(LAKH as u64 / 100) {
        format!("Rs. {} lakh", amount.lakh_figure())
    } else {
        amount.inr()
    }
}

/// `pct` of `amount`, rounded down to a whole rupee, so that a share never exceeds the
/// percentage the rule allows.
pub fn share_floor(amount: Rupees, pct: Percent) -> Rupees {
    let v = (amount.get() as i128 * pct.basis_points() as i128).div_euclid(10_000);
    Rupees(v as i64)
}

/// The share `part` is of `whole`, to 0.01% (half rounded up): 2,095 of 2,994 → 69.97%.
/// `None` when `whole` is zero.
pub fn percent_of(part: Rupees, whole: Rupees) -> Option<Percent> {
    if whole.get() == 0 {
        return None;
    }
    let bp = mul_div_round(part.get() as i128, 10_000, whole.get() as i128)?;
    Some(Percent::from_basis_points(i64::try_from(bp).ok()?))
}

/// `a × b / d`, rounded half away from zero; `None` on overflow or `d == 0`.
pub(crate) fn mul_div_round(a: i128, b: i128, d: i128) -> Option<i128> {
    if d == 0 {
        return None;
    }
    let n = a.checked_mul(b)?;
    let q = n / d;
    let r = n % d;
    // |r| ≥ |d|/2 rounds away from zero.
    if r.unsigned_abs() * 2 >= d.unsigned_abs() {
        Some(if (n < 0) != (d < 0) { q - 1 } else { q + 1 })
    } else {
        Some(q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_words_are_exact() {
        assert_eq!(exact_words(Rupees(10 * CRORE)), "Rs. 10.00 crore");
        assert_eq!(exact_words(Rupees(2994 * LAKH)), "Rs. 29.94 crore");
        assert_eq!(exact_words(Rupees(449_20_000)), "Rs. 449.20 lakh");
        assert_eq!(exact_words(Rupees(20_95_80_000)), "Rs. 2,095.80 lakh");
        assert_eq!(exact_words(Rupees(12_34_567)), "Rs. 12,34,567");
        assert_eq!(exact_words(Rupees(15_000)), "Rs. 15,000");
    }

    #[test]
    fn shares_round_down_to_the_rupee() {
        // 70% of Rs 29.94 crore is Rs 20,95,80,000 exactly.
        assert_eq!(
            share_floor(Rupees(2994 * LAKH), Percent::whole(70)),
            Rupees(20_95_80_000)
        );
        // 33.33% of Rs 1,000: 333.3 → 333.
        assert_eq!(
            share_floor(Rupees(1_000), Percent::from_hundredths(3333)),
            Rupees(333)
        );
        assert_eq!(share_floor(Rupees(8 * CRORE), Percent::ZERO), Rupees::ZERO);
    }

    #[test]
    fn lakh_down_rounding() {
        assert_eq!(
            Rounding::LakhDown.apply(Rupees(20_95_80_000)),
            Rupees(2095 * LAKH)
        );
        assert_eq!(
            Rounding::Rupee.apply(Rupees(20_95_80_000)),
            Rupees(20_95_80_000)
        );
        assert_eq!(Rounding::LakhDown.apply(Rupees(99_999)), Rupees::ZERO);
    }

    #[test]
    fn percent_of_is_to_two_decimals() {
        assert_eq!(
            percent_of(Rupees(2095 * LAKH), Rupees(2994 * LAKH)),
            Some(Percent::from_hundredths(6997))
        );
        assert_eq!(
            percent_of(Rupees(450 * LAKH), Rupees(2994 * LAKH)),
            Some(Percent::from_hundredths(1503))
        );
        assert_eq!(percent_of(Rupees(1), Rupees::ZERO), None);
    }

    #[test]
    fn mul_div_rounds_half_away_from_zero() {
        assert_eq!(mul_div_round(5, 1, 2), Some(3));
        assert_eq!(mul_div_round(-5, 1, 2), Some(-3));
        assert_eq!(mul_div_round(4, 1, 3), Some(1));
        assert_eq!(mul_div_round(1, 1, 0), None);
    }
}
