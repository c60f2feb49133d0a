//! Small value types of the study file that are not money: percentages held exactly,
//! calendar months ("2027-04"), Indian financial years ("2026-27"), and the `choice!`
//! macro that gives every enumeration its file word, its label and its list of values.

use std::fmt;
use std::str::FromStr;

use crate::phrase::{word, Said};
use chrono::{Datelike, NaiveDate};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares a number held exactly in hundredths and written in the file as a plain YAML
/// number (`9.15`, `60`) with at most two decimals. Used for percentages (so that 9.15% of
/// a loan is computed without floating-point drift) and for indicator quantities.
macro_rules! hundredths_number {
    ($(#[$meta:meta])* $name:ident, $what:literal, $suffix:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(i64);

        impl $name {
            pub const ZERO: $name = $name(0);

            pub fn from_hundredths(h: i64) -> Self {
                $name(h)
            }

            pub fn whole(n: i64) -> Self {
                $name(n * 100)
            }

            pub fn hundredths(self) -> i64 {
                self.0
            }

            /// For display and for ratios where exactness is not needed (charts, IRR search).
            pub fn as_f64(self) -> f64 {
                self.0 as f64 / 100.0
            }

            /// "9.15", "9.5", "60" — the shortest exact form, as the file writes it.
            pub fn figure(self) -> String {
                figure_of_hundredths(self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}{}", self.figure(), $suffix)
            }
        }

        impl FromStr for $name {
            type Err = Said;
            fn from_str(s: &str) -> Result<Self, Said> {
                parse_hundredths(s.trim().trim_end_matches($suffix), $what).map($name)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                if self.0 % 100 == 0 {
                    serializer.serialize_i64(self.0 / 100)
                } else {
                    // Shortest round-trip float printing writes 9.15 as "9.15": exact in the file.
                    serializer.serialize_f64(self.0 as f64 / 100.0)
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer
                    .deserialize_any(HundredthsVisitor($what))
                    .map($name)
            }
        }
    };
}

hundredths_number!(
    /// A percentage, exact to 0.01%.
    Percent,
    "a percentage such as 60 or 9.15",
    "%"
);

hundredths_number!(
    /// A measured quantity (an indicator's baseline or target), exact to 0.01.
    Quantity,
    "a number such as 120 or 12.5",
    ""
);

impl Percent {
    pub const HUNDRED: Percent = Percent(10_000);

    /// Always two decimals, as budget tables print rates: "70.00%", "9.15%", "-0.50%".
    pub fn two_decimals(self) -> String {
        let h = self.hundredths();
        let sign = if h < 0 { "-" } else { "" };
        format!("{sign}{}.{:02}%", h.abs() / 100, h.abs() % 100)
    }

    pub fn from_basis_points(bp: i64) -> Self {
        Percent(bp)
    }

    pub fn basis_points(self) -> i64 {
        self.0
    }
}

/// The largest magnitude such a number may have in a file; far beyond any real share or
/// indicator, it only keeps arithmetic clear of overflow.
const MAX_HUNDREDTHS: i64 = 1_000_000_000_000;

fn figure_of_hundredths(h: i64) -> String {
    let sign = if h < 0 { "-" } else { "" };
    let abs = h.unsigned_abs();
    let (whole, frac) = (abs / 100, abs % 100);
    if frac == 0 {
        format!("{sign}{whole}")
    } else if frac % 10 == 0 {
        format!("{sign}{whole}.{}", frac / 10)
    } else {
        format!("{sign}{whole}.{frac:02}")
    }
}

fn parse_hundredths(s: &str, what: &str) -> Result<i64, Said> {
    let t = s.trim();
    let bad = || Said::from(crate::phrase!("'{t}' is not {what}", t, what = word(what)));
    if t.is_empty() {
        return Err(bad());
    }
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let grouped = t.split('.').next().unwrap_or_default();
    if !super::money::grouping_is_clear(grouped) || t.split('.').skip(1).any(|f| f.contains(',')) {
        return Err(crate::phrase!(
            "'{t}' has its commas in the wrong places: group digits as 12,34,567 or 1,234,567, or write none",
            t = s.trim()
        )
        .into());
    }
    let t = t.replace(',', "");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if (whole.is_empty() && frac.is_empty())
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return Err(bad());
    }
    if frac.len() > 2 && frac[2..].chars().any(|c| c != '0') {
        return Err(crate::phrase!(
            "'{t}' has more than two decimals; it is kept to 0.01",
            t = s.trim()
        )
        .into());
    }
    let too_large = || Said::from(crate::phrase!("'{t}' is too large", t = s.trim()));
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| too_large())?
    };
    let mut frac2: String = frac.chars().take(2).collect();
    while frac2.len() < 2 {
        frac2.push('0');
    }
    let h = whole
        .checked_mul(100)
        .and_then(|v| v.checked_add(frac2.parse::<i64>().unwrap_or(0)))
        .filter(|v| *v <= MAX_HUNDREDTHS)
        .ok_or_else(too_large)?;
    Ok(if neg { -h } else { h })
}

struct HundredthsVisitor(&'static str);

impl Visitor<'_> for HundredthsVisitor {
    type Value = i64;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        v.checked_mul(100)
            .filter(|h| h.abs() <= MAX_HUNDREDTHS)
            .ok_or_else(|| {
                crate::phrase::refused(crate::phrase!("{v} is too large", v = v.to_string()))
            })
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        let v = i64::try_from(v).map_err(|_| {
            crate::phrase::refused(crate::phrase!("{v} is too large", v = v.to_string()))
        })?;
        self.visit_i64(v)
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<i64, E> {
        let v = i64::try_from(v).map_err(|_| {
            crate::phrase::refused(crate::phrase!("{v} is too large", v = v.to_string()))
        })?;
        self.visit_i64(v)
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<i64, E> {
        let v = i64::try_from(v).map_err(|_| {
            crate::phrase::refused(crate::phrase!("{v} is too large", v = v.to_string()))
        })?;
        self.visit_i64(v)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
        if !v.is_finite() || (v * 100.0).abs() > MAX_HUNDREDTHS as f64 {
            return Err(crate::phrase::refused(crate::phrase!(
                "{v} is not {what}",
                v = v.to_string(),
                what = word(self.0)
            )));
        }
        let h = (v * 100.0).round();
        if (h - v * 100.0).abs() > 1e-6 {
            return Err(crate::phrase::refused(crate::phrase!(
                "{v} has more than two decimals; it is kept to 0.01",
                v = v.to_string()
            )));
        }
        Ok(h as i64)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
        parse_hundredths(v.trim().trim_end_matches('%'), self.0).map_err(crate::phrase::refused)
    }
}

/// A calendar month, written "2027-04": when an action plan starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl YearMonth {
    pub fn new(year: i32, month: u32) -> Option<Self> {
        ((1..=12).contains(&month) && (1900..=2200).contains(&year))
            .then_some(YearMonth { year, month })
    }

    /// The month `offset` months later (offset 0 is this month).
    pub fn plus_months(self, offset: u32) -> YearMonth {
        let index = self.year as i64 * 12 + (self.month as i64 - 1) + offset as i64;
        YearMonth {
            year: (index / 12) as i32,
            month: (index % 12) as u32 + 1,
        }
    }

    /// The financial year (April to March) this month falls in.
    pub fn financial_year(self) -> FinancialYear {
        FinancialYear::of_month(self.year, self.month)
    }

    /// "Apr 2027".
    pub fn label(self) -> String {
        const NAMES: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        format!(
            "{} {}",
            NAMES[(self.month as usize).saturating_sub(1) % 12],
            self.year
        )
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for YearMonth {
    type Err = Said;
    fn from_str(s: &str) -> Result<Self, Said> {
        let bad = || {
            Said::from(crate::phrase!(
                "'{t}' is not a month: write it as 2027-04",
                t = s.trim()
            ))
        };
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.is_empty() || m.len() > 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        YearMonth::new(year, month).ok_or_else(bad)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(|e: Said| crate::phrase::refused(e))
    }
}

/// An Indian financial year, 1 April to 31 March, written "2026-27". Held as the year in
/// which it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FinancialYear(pub i32);

impl FinancialYear {
    pub fn of_month(year: i32, month: u32) -> Self {
        FinancialYear(if month >= 4 { year } else { year - 1 })
    }

    pub fn of_date(date: NaiveDate) -> Self {
        Self::of_month(date.year(), date.month())
    }

    pub fn next(self) -> Self {
        FinancialYear(self.0 + 1)
    }
}

impl fmt::Display for FinancialYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.0, (self.0 + 1).rem_euclid(100))
    }
}

impl FromStr for FinancialYear {
    type Err = Said;
    /// "2026-27", "FY 2026-27", "2026-2027".
    fn from_str(s: &str) -> Result<Self, Said> {
        let bad = || {
            Said::from(crate::phrase!(
                "'{t}' is not a financial year: write it as 2026-27",
                t = s.trim()
            ))
        };
        let t = s.trim();
        let t = t
            .strip_prefix("FY")
            .or_else(|| t.strip_prefix("fy"))
            .unwrap_or(t)
            .trim();
        let (a, b) = t.split_once('-').ok_or_else(bad)?;
        if a.len() != 4 {
            return Err(bad());
        }
        let start: i32 = a.parse().map_err(|_| bad())?;
        let end: i32 = b.parse().map_err(|_| bad())?;
        let expected_end = start + 1;
        let ok = match b.len() {
            2 => end == expected_end.rem_euclid(100),
            4 => end == expected_end,
            _ => false,
        };
        if !ok || !(1900..=2200).contains(&start) {
            return Err(bad());
        }
        Ok(FinancialYear(start))
    }
}

impl Serialize for FinancialYear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for FinancialYear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(|e: Said| crate::phrase::refused(e))
    }
}

/// Dates in the file as ISO `2026-04-15`, read with a message people can act on (chrono's
/// own is "input is out of range"). Used with `#[serde(with = ...)]` on optional dates.
pub mod optional_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Stands for the forms `parse` reads, in the editor schema (`crate::schema` describes it).
    pub struct Form;

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&d.format("%Y-%m-%d").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) if s.trim().is_empty() => Ok(None),
            Some(s) => parse(&s).map(Some).map_err(crate::phrase::refused),
        }
    }

    /// "2026-04-15"; also "15-04-2026" and "15/04/2026", the way dates are written in India.
    pub fn parse(s: &str) -> Result<NaiveDate, crate::phrase::Said> {
        let t = s.trim();
        NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(t, "%d-%m-%Y"))
            .or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"))
            .map_err(|_| {
                crate::phrase!(
                    "'{t}' is not a date: write it as 2026-04-15 (year-month-day)",
                    t
                )
                .into()
            })
    }
}

/// Declares an enumeration of the study file: plain kebab-case words in the file (never
/// YAML tags), a label for people, and `ALL` for pickers and schema generation.
#[macro_export]
macro_rules! choice {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = ($word:literal, $label:literal) ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
                 serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $word)] $variant ),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word written in the study file.
            pub fn word(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// The name shown to people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn from_word(word: &str) -> Option<Self> {
                match word { $($word => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_parses_and_prints_exactly() {
        assert_eq!("9.15".parse::<Percent>().unwrap().basis_points(), 915);
        assert_eq!("60%".parse::<Percent>().unwrap().basis_points(), 6000);
        assert_eq!("0.5".parse::<Percent>().unwrap().basis_points(), 50);
        assert_eq!("12.50".parse::<Percent>().unwrap().basis_points(), 1250);
        assert!("9.155".parse::<Percent>().is_err());
        assert!("nine".parse::<Percent>().is_err());
        assert_eq!("1,250.5".parse::<Quantity>().unwrap().hundredths(), 125050);
        assert_eq!(Percent::from_basis_points(915).figure(), "9.15");
        assert_eq!(Percent::from_basis_points(950).figure(), "9.5");
        assert_eq!(Percent::from_basis_points(6000).figure(), "60");
        assert_eq!(Percent::from_basis_points(5).figure(), "0.05");
        assert_eq!(Percent::from_basis_points(-50).figure(), "-0.5");
    }

    #[test]
    fn dates_in_common_indian_forms() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 4, 15).unwrap();
        assert_eq!(optional_date::parse("2026-04-15"), Ok(d));
        assert_eq!(optional_date::parse("15-04-2026"), Ok(d));
        assert_eq!(optional_date::parse("15/04/2026"), Ok(d));
        assert!(optional_date::parse("2026-13-45").is_err());
    }

    #[test]
    fn months_and_financial_years() {
        let m: YearMonth = "2027-04".parse().unwrap();
        assert_eq!(m.to_string(), "2027-04");
        assert_eq!(m.plus_months(11).to_string(), "2028-03");
        assert_eq!(m.plus_months(12).to_string(), "2028-04");
        assert_eq!(m.financial_year().to_string(), "2027-28");
        assert_eq!(m.plus_months(11).financial_year().to_string(), "2027-28");
        assert_eq!(
            "2027-03"
                .parse::<YearMonth>()
                .unwrap()
                .financial_year()
                .to_string(),
            "2026-27"
        );
        assert!("2027-13".parse::<YearMonth>().is_err());
        assert!("April 2027".parse::<YearMonth>().is_err());
        assert_eq!("2026-27".parse::<FinancialYear>(), Ok(FinancialYear(2026)));
        assert_eq!(
            "FY 2026-27".parse::<FinancialYear>(),
            Ok(FinancialYear(2026))
        );
        assert_eq!(
            "2099-2100".parse::<FinancialYear>(),
            Ok(FinancialYear(2099))
        );
        assert_eq!(FinancialYear(2099).to_string(), "2099-00");
        assert!("2026-28".parse::<FinancialYear>().is_err());
    }
}
