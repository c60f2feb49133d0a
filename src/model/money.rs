//! Money as whole rupees: the one amount type of the study file, how people type amounts
//! ("4.5 lakh", "4.5L", "2 cr", "4,50,000") and how amounts are written for people
//! (Indian digit grouping, lakh and crore with two decimals).
//!
//! Amounts are integers so that every total in a document equals the sum of its parts.
//! The type lives in the model (not in `finance`) because the study file itself holds it.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};
use std::str::FromStr;

use crate::phrase::Said;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One lakh rupees.
pub const LAKH: i64 = 1_00_000;
/// One crore rupees (100 lakh).
pub const CRORE: i64 = 1_00_00_000;
/// The largest amount a study may hold: Rs 1,00,000 crore. No cluster project comes near it,
/// and the bound keeps every sum of a study's amounts far from integer overflow.
pub const MAX_RUPEES: i64 = 1_00_000 * CRORE;

/// An amount in whole rupees. Negative amounts can be represented (a hand-edited file may
/// hold one) so that `check` can point at them instead of the file failing to load.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rupees(pub i64);

impl Rupees {
    pub const ZERO: Rupees = Rupees(0);

    pub fn get(self) -> i64 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// `self × quantity`, or `None` if the product leaves the range a study may hold.
    pub fn times(self, quantity: i64) -> Option<Rupees> {
        self.0
            .checked_mul(quantity)
            .filter(|v| v.abs() <= MAX_RUPEES)
            .map(Rupees)
    }

    /// Indian grouping without a prefix: 12,34,567 (and -12,34,567).
    pub fn grouped(self) -> String {
        group_indian(self.0)
    }

    /// "Rs. 12,34,567", the form prescribed tables and letters use.
    pub fn inr(self) -> String {
        format!("Rs. {}", self.grouped())
    }

    /// The amount in lakh with two decimals and grouping: 4,50,000 → "4.50"; 29,94,00,000 →
    /// "2,994.00". Rounds half away from zero at the paisa-of-a-lakh (Rs 1,000) place.
    pub fn lakh_figure(self) -> String {
        scaled_figure(self.0, LAKH)
    }

    /// The amount in crore with two decimals: 30,00,00,000 → "30.00".
    pub fn crore_figure(self) -> String {
        scaled_figure(self.0, CRORE)
    }

    /// "Rs. 15,000" below a lakh, "Rs. 4.50 lakh" below a crore, "Rs. 2.50 crore" from a
    /// crore up — the way a person reads an amount at a glance.
    pub fn human(self) -> String {
        let abs = self.0.unsigned_abs();
        if abs >= CRORE as u64 {
            format!("Rs. {} crore", self.crore_figure())
        } else if abs >= LAKH as u64 {
            format!("Rs. {} lakh", self.lakh_figure())
        } else {
            self.inr()
        }
    }
}

impl fmt::Display for Rupees {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.inr())
    }
}

impl Add for Rupees {
    type Output = Rupees;
    fn add(self, rhs: Rupees) -> Rupees {
        Rupees(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Rupees {
    fn add_assign(&mut self, rhs: Rupees) {
        *self = *self + rhs;
    }
}

impl Sub for Rupees {
    type Output = Rupees;
    fn sub(self, rhs: Rupees) -> Rupees {
        Rupees(self.0.saturating_sub(rhs.0))
    }
}

impl Sum for Rupees {
    fn sum<I: Iterator<Item = Rupees>>(iter: I) -> Rupees {
        iter.fold(Rupees::ZERO, |a, b| a + b)
    }
}

impl<'a> Sum<&'a Rupees> for Rupees {
    fn sum<I: Iterator<Item = &'a Rupees>>(iter: I) -> Rupees {
        iter.copied().sum()
    }
}

/// A whole number in Indian grouping: 5600 → "5,600", 1234567 → "12,34,567"; for counts
/// (artisans, units) written in prose beside amounts that are grouped the same way.
pub fn group_indian(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 2 + 1);
    if value < 0 {
        out.push('-');
    }
    let n = digits.len();
    if n <= 3 {
        out.push_str(&digits);
        return out;
    }
    // The last three digits form one group; everything before is grouped in pairs.
    let (head, tail) = digits.split_at(n - 3);
    let first = head.len() % 2;
    if first == 1 {
        out.push_str(&head[..1]);
    }
    for (i, pair) in head.as_bytes()[first..].chunks(2).enumerate() {
        if i > 0 || first == 1 {
            out.push(',');
        }
        out.push_str(std::str::from_utf8(pair).unwrap_or_default());
    }
    out.push(',');
    out.push_str(tail);
    out
}

/// `value / unit` written with two decimals and Indian grouping of the whole part,
/// rounding half away from zero.
fn scaled_figure(value: i64, unit: i64) -> String {
    let hundredths_unit = unit / 100;
    let abs = value.unsigned_abs() as i128;
    let hu = hundredths_unit as i128;
    let hundredths = (abs + hu / 2) / hu;
    let whole = (hundredths / 100) as i64;
    let frac = (hundredths % 100) as i64;
    let sign = if value < 0 && hundredths > 0 { "-" } else { "" };
    format!("{sign}{}.{frac:02}", group_indian(whole))
}

/// Why a typed amount was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotAnAmount(String),
    FractionOfRupee(String),
    TooLarge(String),
    Grouping(String),
}

impl AmountError {
    /// Why, as the engine says it (printed in English by `Display`, in the screen's
    /// language by the TUI).
    pub fn said(&self) -> Said {
        use crate::phrase;
        match self {
            AmountError::Empty => "no amount given".into(),
            AmountError::NotAnAmount(t) => phrase!(
                "'{t}' is not an amount: write whole rupees (450000), or lakh or crore (4.5 lakh, 4.5L, 2 cr)",
                t
            )
            .into(),
            AmountError::FractionOfRupee(t) => {
                phrase!("'{t}' has more decimals than a whole rupee allows", t).into()
            }
            AmountError::TooLarge(t) => {
                phrase!("'{t}' is larger than the Rs. 1,00,000 crore a study can hold", t).into()
            }
            AmountError::Grouping(t) => phrase!(
                "'{t}' has its commas in the wrong places, so which amount is meant is not clear: group digits the Indian way (2,50,000; 12,34,567) or the international way (250,000; 1,234,567), or write no commas",
                t
            )
            .into(),
        }
    }
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said().english)
    }
}

impl std::error::Error for AmountError {}

/// Whether the commas of a whole number are where Indian (12,34,567) or international
/// (1,234,567) grouping puts them; no commas at all is fine. "2,50,00,00" and "25,0000"
/// are neither: a misplaced comma would change the amount ten times.
pub fn grouping_is_clear(whole: &str) -> bool {
    if !whole.contains(',') {
        return true;
    }
    let groups: Vec<&str> = whole.split(',').collect();
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let (first, rest) = match groups.split_first() {
        Some((f, r)) if !f.is_empty() && digits(f) && r.iter().all(|g| digits(g)) => (f, r),
        _ => return false,
    };
    let (last, middle) = match rest.split_last() {
        Some(x) => x,
        None => return false,
    };
    let international = first.len() <= 3 && rest.iter().all(|g| g.len() == 3);
    let indian = first.len() <= 2 && last.len() == 3 && middle.iter().all(|g| g.len() == 2);
    international || indian
}

impl FromStr for Rupees {
    type Err = AmountError;

    /// Reads what people type: "450000", "4,50,000", "Rs. 4,50,000", "₹4.5 lakh", "4.5L",
    /// "4.5 lac", "2 cr", "2 crore", "-3 lakh". Decimal arithmetic is exact (no floats).
    fn from_str(input: &str) -> Result<Self, AmountError> {
        let original = input.trim();
        if original.is_empty() {
            return Err(AmountError::Empty);
        }
        let mut s = original.to_lowercase();
        for prefix in ["rs.", "rs", "inr", "₹"] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest.trim_start().to_string();
                break;
            }
        }
        let negative = s.starts_with('-');
        if negative {
            s = s[1..].trim_start().to_string();
        }
        // Split the number from the unit word that follows it.
        let number_end = s
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(s.len());
        let (number, unit) = s.split_at(number_end);
        let unit = unit.trim().trim_end_matches('.');
        let multiplier: i64 = match unit {
            "" | "rupees" | "rupee" | "/-" => 1,
            "l" | "lakh" | "lakhs" | "lac" | "lacs" | "lk" => LAKH,
            "cr" | "crore" | "crores" | "crs" => CRORE,
            "k" | "thousand" => 1_000,
            _ => return Err(AmountError::NotAnAmount(original.to_string())),
        };
        let whole_part = number.split('.').next().unwrap_or_default();
        if !grouping_is_clear(whole_part) || number.split('.').skip(1).any(|f| f.contains(',')) {
            return Err(AmountError::Grouping(original.to_string()));
        }
        let number = number.replace(',', "");
        if number.is_empty() || number == "." {
            return Err(AmountError::NotAnAmount(original.to_string()));
        }
        let (whole, frac) = match number.split_once('.') {
            Some((w, f)) => (w, f),
            None => (number.as_str(), ""),
        };
        if frac.contains('.') {
            return Err(AmountError::NotAnAmount(original.to_string()));
        }
        let too_large = || AmountError::TooLarge(original.to_string());
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| too_large())?
        };
        let mut value = whole.checked_mul(multiplier).ok_or_else(too_large)?;
        // The fraction must come out as whole rupees: 4.5 lakh yes, 4.5 rupees no.
        let mut scale = multiplier;
        for digit in frac.chars() {
            let d = digit
                .to_digit(10)
                .ok_or_else(|| AmountError::NotAnAmount(original.to_string()))?
                as i64;
            if scale % 10 != 0 {
                if d != 0 {
                    return Err(AmountError::FractionOfRupee(original.to_string()));
                }
                continue;
            }
            scale /= 10;
            value = value.checked_add(d * scale).ok_or_else(too_large)?;
        }
        if value > MAX_RUPEES {
            return Err(too_large());
        }
        Ok(Rupees(if negative { -value } else { value }))
    }
}

impl Serialize for Rupees {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.0)
    }
}

impl<'de> Deserialize<'de> for Rupees {
    /// Whole rupees as an integer; hand-edited files may also write "4.5 lakh" and the like,
    /// which `cdstudy fmt` turns into the integer.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RupeesVisitor;
        impl Visitor<'_> for RupeesVisitor {
            type Value = Rupees;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount in whole rupees (450000) or in lakh or crore (\"4.5 lakh\")")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Rupees, E> {
                if v.unsigned_abs() > MAX_RUPEES as u64 {
                    return Err(crate::phrase::refused(crate::phrase!(
                        "{v} is larger than the Rs. 1,00,000 crore a study can hold",
                        v = v.to_string()
                    )));
                }
                Ok(Rupees(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Rupees, E> {
                let v = i64::try_from(v).map_err(|_| {
                    crate::phrase::refused(crate::phrase!(
                        "{v} is larger than the Rs. 1,00,000 crore a study can hold",
                        v = v.to_string()
                    ))
                })?;
                self.visit_i64(v)
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Rupees, E> {
                let v = i64::try_from(v).map_err(|_| {
                    crate::phrase::refused(crate::phrase!(
                        "{v} is larger than the Rs. 1,00,000 crore a study can hold",
                        v = v.to_string()
                    ))
                })?;
                self.visit_i64(v)
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Rupees, E> {
                self.visit_i128(i128::try_from(v).unwrap_or(i128::MAX))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Rupees, E> {
                if v.is_finite() && v.abs() > MAX_RUPEES as f64 {
                    Err(crate::phrase::refused(crate::phrase!(
                        "{v} is larger than the Rs. 1,00,000 crore a study can hold",
                        v = v.to_string()
                    )))
                } else if v.is_finite() && v.fract() == 0.0 {
                    Ok(Rupees(v as i64))
                } else {
                    Err(crate::phrase::refused(crate::phrase!(
                        "{v} is not whole rupees: write 450000, or \"4.5 lakh\" in quotes",
                        v = v.to_string()
                    )))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Rupees, E> {
                v.parse()
                    .map_err(|e: AmountError| crate::phrase::refused(e.said()))
            }
        }
        deserializer.deserialize_any(RupeesVisitor)
    }
}

/// A price or cost per unit (a user charge per brick, a variable cost per unit): rupees
/// with paise, since Rs 0.90 per brick is a real price. Kept as whole paise; a total made
/// from it is whole rupees, rounded once where it is made (`total_for`), so the engine's
/// totals stay whole rupees. Written as whole rupees (`3000`) when it is, else with its
/// paise (`0.9`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Rate(i64);

impl Rate {
    pub const ZERO: Rate = Rate(0);

    pub const fn from_paise(paise: i64) -> Rate {
        Rate(paise)
    }

    /// A rate of whole rupees.
    pub const fn rupees(rupees: i64) -> Rate {
        Rate(rupees * 100)
    }

    pub const fn paise(self) -> i64 {
        self.0
    }

    /// Whole rupees when the rate has no paise.
    pub fn whole_rupees(self) -> Option<i64> {
        (self.0 % 100 == 0).then_some(self.0 / 100)
    }

    /// "3000" or "0.90": the figure as a person types it back.
    pub fn figure(self) -> String {
        match self.whole_rupees() {
            Some(r) => r.to_string(),
            None => {
                let sign = if self.0 < 0 { "-" } else { "" };
                let abs = self.0.unsigned_abs();
                format!("{sign}{}.{:02}", abs / 100, abs % 100)
            }
        }
    }

    /// "Rs. 3,000" or "Rs. 0.90", "Rs. 1,250.50".
    pub fn inr(self) -> String {
        match self.whole_rupees() {
            Some(r) => Rupees(r).inr(),
            None => {
                let sign = if self.0 < 0 { "-" } else { "" };
                let abs = self.0.unsigned_abs() as i64;
                format!("Rs. {sign}{}.{:02}", group_indian(abs / 100), abs % 100)
            }
        }
    }

    /// `self × quantity` in whole rupees, rounded half away from zero once.
    pub fn total_for(self, quantity: i64) -> Option<Rupees> {
        let paise = (self.0 as i128).checked_mul(quantity as i128)?;
        let rupees = (paise + if paise < 0 { -50 } else { 50 }) / 100;
        i64::try_from(rupees)
            .ok()
            .filter(|v| v.abs() <= MAX_RUPEES)
            .map(Rupees)
    }
}

impl std::iter::Sum for Rate {
    fn sum<I: Iterator<Item = Rate>>(iter: I) -> Rate {
        Rate(iter.map(|r| r.0).fold(0i64, i64::saturating_add))
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.inr())
    }
}

/// Why a typed rate was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RateError {
    Empty,
    NotARate(String),
    FractionOfPaisa(String),
    TooLarge(String),
    Grouping(String),
}

impl RateError {
    /// Why, as the engine says it (see [`AmountError::said`]).
    pub fn said(&self) -> Said {
        use crate::phrase;
        match self {
            RateError::Empty => "no rate given".into(),
            RateError::NotARate(t) => phrase!(
                "'{t}' is not a rate: write rupees with up to two decimals (0.90, 1350, Rs 1,250.50)",
                t
            )
            .into(),
            RateError::FractionOfPaisa(t) => phrase!(
                "'{t}' has more than two decimals: a rate per unit is kept to the paisa (0.01)",
                t
            )
            .into(),
            RateError::TooLarge(t) => {
                phrase!("'{t}' is larger than the Rs. 1,00,000 crore a study can hold", t).into()
            }
            RateError::Grouping(t) => phrase!(
                "'{t}' has its commas in the wrong places: group digits as 12,34,567 or 1,234,567, or write none",
                t
            )
            .into(),
        }
    }
}

impl fmt::Display for RateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said().english)
    }
}

impl std::error::Error for RateError {}

impl FromStr for Rate {
    type Err = RateError;

    /// "0.90", "Rs 0.90", "₹1,250.50", "1350", "1350/-", "-2.5". Exact: no floats.
    fn from_str(input: &str) -> Result<Rate, RateError> {
        let original = input.trim();
        if original.is_empty() {
            return Err(RateError::Empty);
        }
        let not_a_rate = || RateError::NotARate(original.to_string());
        let mut s = original.to_lowercase();
        for prefix in ["rs.", "rs", "inr", "₹"] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest.trim_start().to_string();
                break;
            }
        }
        let s = s.strip_suffix("/-").unwrap_or(&s).trim().to_string();
        let (negative, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, s.as_str()),
        };
        let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
        if !grouping_is_clear(whole) || frac.contains(',') {
            return Err(RateError::Grouping(original.to_string()));
        }
        let whole = whole.replace(',', "");
        if (whole.is_empty() && frac.is_empty())
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(not_a_rate());
        }
        if frac.len() > 2 && frac[2..].bytes().any(|b| b != b'0') {
            return Err(RateError::FractionOfPaisa(original.to_string()));
        }
        let too_large = || RateError::TooLarge(original.to_string());
        let rupees: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| too_large())?
        };
        let mut paise_part = 0;
        for (i, d) in frac.bytes().take(2).enumerate() {
            paise_part += i64::from(d - b'0') * if i == 0 { 10 } else { 1 };
        }
        if rupees > MAX_RUPEES {
            return Err(too_large());
        }
        let paise = rupees * 100 + paise_part;
        Ok(Rate(if negative { -paise } else { paise }))
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.whole_rupees() {
            Some(r) => serializer.serialize_i64(r),
            // Two decimals at most: the shortest float text reads back to the same paise.
            None => serializer.serialize_f64(self.0 as f64 / 100.0),
        }
    }
}

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RateVisitor;
        impl Visitor<'_> for RateVisitor {
            type Value = Rate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a rate in rupees with up to two decimals (0.90, 1350)")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Rate, E> {
                if v.unsigned_abs() > MAX_RUPEES as u64 {
                    return Err(crate::phrase::refused(crate::phrase!(
                        "{v} is larger than the Rs. 1,00,000 crore a study can hold",
                        v = v.to_string()
                    )));
                }
                Ok(Rate::rupees(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Rate, E> {
                let v = i64::try_from(v).map_err(|_| {
                    crate::phrase::refused(crate::phrase!(
                        "{v} is larger than the Rs. 1,00,000 crore a study can hold",
                        v = v.to_string()
                    ))
                })?;
                self.visit_i64(v)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Rate, E> {
                if !v.is_finite() || v.abs() > MAX_RUPEES as f64 {
                    return Err(crate::phrase::refused(crate::phrase!(
                        "{v} is larger than the Rs. 1,00,000 crore a study can hold",
                        v = v.to_string()
                    )));
                }
                let paise = (v * 100.0).round();
                if (v * 100.0 - paise).abs() > 1e-6 {
                    return Err(crate::phrase::refused(crate::phrase!(
                        "{v} has more than two decimals: a rate per unit is kept to the paisa (0.01)",
                        v = v.to_string()
                    )));
                }
                Ok(Rate(paise as i64))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Rate, E> {
                v.parse()
                    .map_err(|e: RateError| crate::phrase::refused(e.said()))
            }
        }
        deserializer.deserialize_any(RateVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_keep_paise_and_totals_are_whole_rupees() {
        assert_eq!("0.90".parse(), Ok(Rate::from_paise(90)));
        assert_eq!("Rs 0.9".parse(), Ok(Rate::from_paise(90)));
        assert_eq!("₹1,250.50".parse(), Ok(Rate::from_paise(1_250_50)));
        assert_eq!("1350/-".parse(), Ok(Rate::rupees(1350)));
        assert_eq!(
            "0.905".parse::<Rate>(),
            Err(RateError::FractionOfPaisa("0.905".into()))
        );
        assert_eq!(
            "2,50,00,00".parse::<Rate>(),
            Err(RateError::Grouping("2,50,00,00".into()))
        );
        assert!("a lot".parse::<Rate>().is_err());
        assert_eq!(Rate::from_paise(90).inr(), "Rs. 0.90");
        assert_eq!(Rate::rupees(3000).inr(), "Rs. 3,000");
        assert_eq!(Rate::from_paise(90).figure(), "0.90");
        // 1,00,001 bricks at Rs 0.90: Rs 90,000.90, rounded once to Rs 90,001.
        assert_eq!(
            Rate::from_paise(90).total_for(1_00_001),
            Some(Rupees(90_001))
        );
        assert_eq!(
            Rate::from_paise(90).total_for(1_00_000),
            Some(Rupees(90_000))
        );
    }

    #[test]
    fn commas_in_the_wrong_places_are_refused_with_the_reason() {
        for ok in [
            "4,50,000",
            "12,34,567",
            "1,000",
            "450,000",
            "1,234,567",
            "4,50,000.00",
            "2,50,000 lakh",
        ] {
            assert!(ok.parse::<Rupees>().is_ok(), "{ok}");
        }
        assert_eq!("12,34,567".parse(), Ok(Rupees(12_34_567)));
        assert_eq!("1,234,567".parse(), Ok(Rupees(12_34_567)));
        for bad in [
            "2,50,00,00",
            "25,0000",
            "2,5,000",
            ",450000",
            "450000,",
            "4,50,,000",
            "12,3456",
            "1,00.000,5",
        ] {
            let err = bad.parse::<Rupees>().unwrap_err();
            assert_eq!(err, AmountError::Grouping(bad.into()), "{bad}");
        }
        let err = "2,50,00,00".parse::<Rupees>().unwrap_err().to_string();
        assert!(err.contains("Indian way (2,50,000"), "{err}");
    }

    #[test]
    fn indian_grouping() {
        assert_eq!(Rupees(0).grouped(), "0");
        assert_eq!(Rupees(999).grouped(), "999");
        assert_eq!(Rupees(1_000).grouped(), "1,000");
        assert_eq!(Rupees(12_345).grouped(), "12,345");
        assert_eq!(Rupees(1_00_000).grouped(), "1,00,000");
        assert_eq!(Rupees(12_34_567).grouped(), "12,34,567");
        assert_eq!(Rupees(1_00_00_000).grouped(), "1,00,00,000");
        assert_eq!(Rupees(29_94_00_000).grouped(), "29,94,00,000");
        assert_eq!(Rupees(-12_34_567).grouped(), "-12,34,567");
        assert_eq!(Rupees(12_34_567).inr(), "Rs. 12,34,567");
    }

    #[test]
    fn lakh_and_crore_figures() {
        assert_eq!(Rupees(4_50_000).lakh_figure(), "4.50");
        assert_eq!(Rupees(29_94_00_000).lakh_figure(), "2,994.00");
        assert_eq!(Rupees(20_95_80_000).lakh_figure(), "2,095.80");
        assert_eq!(Rupees(1_499).lakh_figure(), "0.01");
        assert_eq!(Rupees(1_500).lakh_figure(), "0.02"); // half rounds away from zero
        assert_eq!(Rupees(30 * CRORE).crore_figure(), "30.00");
        assert_eq!(Rupees(21 * CRORE).crore_figure(), "21.00");
        assert_eq!(Rupees(-4_50_000).lakh_figure(), "-4.50");
    }

    #[test]
    fn human_form() {
        assert_eq!(Rupees(450).human(), "Rs. 450");
        assert_eq!(Rupees(15_000).human(), "Rs. 15,000");
        assert_eq!(Rupees(4_50_000).human(), "Rs. 4.50 lakh");
        assert_eq!(Rupees(2 * CRORE).human(), "Rs. 2.00 crore");
    }

    #[test]
    fn typed_amounts() {
        let p = |s: &str| s.parse::<Rupees>();
        assert_eq!(p("450000"), Ok(Rupees(4_50_000)));
        assert_eq!(p("4,50,000"), Ok(Rupees(4_50_000)));
        assert_eq!(p("Rs. 4,50,000"), Ok(Rupees(4_50_000)));
        assert_eq!(p("4.5 lakh"), Ok(Rupees(4_50_000)));
        assert_eq!(p("4.5L"), Ok(Rupees(4_50_000)));
        assert_eq!(p("4.5 lac"), Ok(Rupees(4_50_000)));
        assert_eq!(p("₹ 4.5 Lakh"), Ok(Rupees(4_50_000)));
        assert_eq!(p("2 cr"), Ok(Rupees(2 * CRORE)));
        assert_eq!(p("2.125 crore"), Ok(Rupees(2_12_50_000)));
        assert_eq!(p("0.01 lakh"), Ok(Rupees(1_000)));
        assert_eq!(p("15k"), Ok(Rupees(15_000)));
        assert_eq!(p("-3 lakh"), Ok(Rupees(-3_00_000)));
        assert_eq!(p(".5 lakh"), Ok(Rupees(50_000)));
        assert_eq!(p(""), Err(AmountError::Empty));
        assert!(matches!(p("4.5"), Err(AmountError::FractionOfRupee(_))));
        assert!(matches!(
            p("1.000001 lakh"),
            Err(AmountError::FractionOfRupee(_))
        ));
        assert!(matches!(p("four lakh"), Err(AmountError::NotAnAmount(_))));
        assert!(matches!(p("4.5 dollars"), Err(AmountError::NotAnAmount(_))));
        assert!(matches!(p("1.2.3"), Err(AmountError::NotAnAmount(_))));
        assert!(matches!(p("99999999 crore"), Err(AmountError::TooLarge(_))));
        assert!(matches!(
            p("99999999999999999999999"),
            Err(AmountError::TooLarge(_))
        ));
    }

    #[test]
    fn times_stays_in_range() {
        assert_eq!(Rupees(15_000).times(5), Some(Rupees(75_000)));
        assert_eq!(Rupees(MAX_RUPEES).times(2), None);
    }
}
