//! Appraisal measures on a series of yearly cash flows (index 0 is the investment year):
//! net present value, internal rate of return and simple payback.
//!
//! NPV is money, so it is computed in integers: discount factors are fixed-point numbers
//! with eighteen decimals, and the sum is rounded once to the rupee. The IRR is a rate,
//! found by scanning the NPV curve for a change of sign and bisecting; when there is no
//! change of sign it says so instead of returning a number.

use serde::Serialize;

use super::money::mul_div_round;
use crate::model::{Percent, Rupees};
use crate::phrase::{Phrase, Said};

const ONE: i128 = 1_000_000_000_000_000_000;

/// The present value of `flows` at `rate` a year, year 0 undiscounted. `None` only if the
/// amounts are too large to compute (far beyond any study).
pub fn npv(rate: Percent, flows: &[Rupees]) -> Option<Rupees> {
    let base = 10_000i128;
    let step = base + rate.basis_points() as i128;
    if step <= 0 {
        return None;
    }
    let mut factor = ONE;
    let mut sum: i128 = 0;
    for (t, flow) in flows.iter().enumerate() {
        if t > 0 {
            factor = mul_div_round(factor, base, step)?;
        }
        sum = sum.checked_add((flow.get() as i128).checked_mul(factor)?)?;
    }
    let rupees = mul_div_round(sum, 1, ONE)?;
    i64::try_from(rupees).ok().map(Rupees)
}

/// The internal rate of return, or why there is none.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Irr {
    /// The rate in percent, to 0.01; `None` when the cash flows have no IRR.
    pub rate_pct: Option<f64>,
    /// Set when there is no IRR, or when there is more than one, in plain words.
    pub note: Option<Said>,
}

fn npv_f64(rate: f64, flows: &[f64]) -> f64 {
    let mut factor = 1.0;
    let mut sum = 0.0;
    for (t, f) in flows.iter().enumerate() {
        if t > 0 {
            factor /= 1.0 + rate;
        }
        sum += f * factor;
    }
    sum
}

/// Rates at which the NPV curve is scanned for a change of sign: −99% to 10,000%, finer
/// where project returns usually lie.
fn scan_rates() -> Vec<f64> {
    let mut rates = Vec::new();
    let mut push_range = |from: i32, to: i32, step: f64| {
        for i in from..to {
            rates.push(i as f64 * step);
        }
    };
    push_range(-99, 100, 0.01); // −0.99 … 0.99
    push_range(10, 100, 0.1); // 1.0 … 9.9
    push_range(10, 101, 1.0); // 10 … 100
    rates
}

/// The internal rate of return of `flows` (year 0 first): the rate at which their NPV is
/// zero. Says plainly when there is none (the flows never change sign, or the NPV does not
/// reach zero between −99% and 10,000%) and when there are several.
pub fn irr(flows: &[Rupees]) -> Irr {
    let f: Vec<f64> = flows.iter().map(|r| r.get() as f64).collect();
    let none = |why: Phrase| Irr {
        rate_pct: None,
        note: Some(why.into()),
    };
    if !f.iter().any(|v| *v < 0.0) {
        return none(Phrase::new(
            "no IRR: the cash flows are never negative (nothing is invested)",
        ));
    }
    if !f.iter().any(|v| *v > 0.0) {
        return none(Phrase::new(
            "no IRR: the cash flows are never positive (the project earns nothing back)",
        ));
    }
    let rates = scan_rates();
    let values: Vec<f64> = rates.iter().map(|&r| npv_f64(r, &f)).collect();
    let mut roots = Vec::new();
    for i in 0..rates.len() {
        if values[i] == 0.0 {
            roots.push(rates[i]);
            continue;
        }
        if i + 1 < rates.len() && values[i + 1] != 0.0 && (values[i] < 0.0) != (values[i + 1] < 0.0)
        {
            roots.push(bisect(rates[i], rates[i + 1], &f));
        }
    }
    let round2 = |r: f64| (r * 100.0 * 100.0).round() / 100.0;
    match roots.as_slice() {
        [] => none(Phrase::new(
            "no IRR: the net present value stays on one side of zero at every rate from −99% to 10,000%",
        )),
        [one] => Irr {
            rate_pct: Some(round2(*one)),
            note: None,
        },
        [first, ..] => {
            let list: Vec<String> = roots.iter().map(|r| format!("{:.2}%", r * 100.0)).collect();
            Irr {
                rate_pct: Some(round2(*first)),
                note: Some(
                    crate::phrase!(
                        "the cash flows change sign more than once and the NPV is zero at {rates}: the IRR is ambiguous (the lowest is shown); judge the project by its NPV",
                        rates = list.join(", ")
                    )
                    .into(),
                ),
            }
        }
    }
}

fn bisect(mut lo: f64, mut hi: f64, f: &[f64]) -> f64 {
    let mut f_lo = npv_f64(lo, f);
    for _ in 0..200 {
        let mid = (lo + hi) / 2.0;
        let f_mid = npv_f64(mid, f);
        if f_mid == 0.0 || (hi - lo) < 1e-13 {
            return mid;
        }
        if (f_mid < 0.0) == (f_lo < 0.0) {
            lo = mid;
            f_lo = f_mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / 2.0
}

/// Years until the cumulative cash flow turns non-negative, counting year 0 as the
/// investment and spreading each year's flow evenly over the year (to 0.01 year). `None`
/// when it does not happen within the flows given.
pub fn payback_years(flows: &[Rupees]) -> Option<f64> {
    let mut cumulative = flows.first()?.get() as f64;
    if cumulative >= 0.0 {
        return Some(0.0);
    }
    for (t, flow) in flows.iter().enumerate().skip(1) {
        let f = flow.get() as f64;
        if cumulative + f >= 0.0 && f > 0.0 {
            let years = (t - 1) as f64 + (-cumulative / f);
            return Some((years * 100.0).round() / 100.0);
        }
        cumulative += f;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LAKH;

    fn lakh(v: &[i64]) -> Vec<Rupees> {
        v.iter().map(|x| Rupees(x * LAKH)).collect()
    }

    /// −100 then +110 one year later: NPV at 10% is −100 + 110/1.1 = 0, IRR 10%.
    #[test]
    fn one_year_at_ten_percent() {
        let flows = lakh(&[-100, 110]);
        assert_eq!(npv(Percent::whole(10), &flows), Some(Rupees::ZERO));
        assert_eq!(irr(&flows).rate_pct, Some(10.0));
    }

    /// −1,000 then 300 a year for 5 years.
    /// NPV at 10% = −1,000 + 300 × (1 − 1.1^−5)/0.1 = −1,000 + 300 × 3.790787 = 137.236 lakh
    /// (spreadsheet NPV(10%, 300×5) − 1,000 = 137.24). IRR: 300 × annuity(r, 5) = 1,000
    /// gives r = 15.24% (spreadsheet IRR = 15.2382%).
    #[test]
    fn five_year_annuity() {
        let flows = lakh(&[-1000, 300, 300, 300, 300, 300]);
        let v = npv(Percent::whole(10), &flows).unwrap();
        assert_eq!(v.lakh_figure(), "137.24");
        let r = irr(&flows);
        assert_eq!(r.rate_pct, Some(15.24));
        assert_eq!(r.note, None);
        // payback: after 3 years 100 remain, a third of year 4 → 3.33 years.
        assert_eq!(payback_years(&flows), Some(3.33));
    }

    #[test]
    fn no_irr_is_said_plainly() {
        let never_back = lakh(&[-100, -10, -10]);
        let r = irr(&never_back);
        assert_eq!(r.rate_pct, None);
        assert!(r.note.unwrap().english.contains("never positive"));
        let nothing_invested = lakh(&[0, 10, 10]);
        assert!(irr(&nothing_invested)
            .note
            .unwrap()
            .english
            .contains("never negative"));
        assert_eq!(payback_years(&never_back), None);
    }

    /// −100, +230, −132: NPV = 0 at 10% and at 20% (−100 + 230/1.1 − 132/1.21 = 0, and
    /// −100 + 230/1.2 − 132/1.44 = 0): two IRRs, and the engine says so.
    #[test]
    fn two_irrs_are_flagged() {
        let flows = lakh(&[-100, 230, -132]);
        let r = irr(&flows);
        assert_eq!(r.rate_pct, Some(10.0));
        let note = r.note.unwrap().english;
        assert!(note.contains("10.00%") && note.contains("20.00%"), "{note}");
    }
}
