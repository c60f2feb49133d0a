//! After sanction: the project's life year by year, as the Madhya Pradesh roadmap's
//! monitoring and evaluation framework (its Annex 1) reads it, and the grant's releases
//! and utilisation certificates (GFR 2017 rule 238(1), Form GFR 12-A).
//!
//! Owns the shapes of the `progress` section and the sums people read off them (what an
//! action has cost so far, what a certificate's figures add up to); `check` says what is
//! inconsistent, `render` writes the progress report and the certificate.
//!
//! Everything is kept by reporting period (a financial year, or a quarter of one), so that
//! each period's figures are entered once and the year's are their sum.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ids::Id;
use super::money::Rupees;
use super::values::{FinancialYear, Quantity};
use crate::choice;

/// Monitoring of the sanctioned project: what each period did, and the grant's money.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Progress {
    /// One report per period (a financial year or a quarter of one), oldest first.
    pub periods: Vec<PeriodReport>,
    /// The grant's instalments as they were released.
    pub releases: Vec<Release>,
    /// One utilisation certificate (Form GFR 12-A) per financial year.
    pub certificates: Vec<UtilisationCertificate>,
}

/// A reporting period: a financial year (`2027-28`) or a quarter of it (`2027-28 Q1` is
/// April to June).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReportPeriod {
    pub year: FinancialYear,
    /// 1 to 4; `None` for the whole year.
    pub quarter: Option<u8>,
}

impl ReportPeriod {
    /// The first day of the period.
    pub fn first_day(self) -> Option<NaiveDate> {
        let q = u32::from(self.quarter.unwrap_or(1));
        let month = 4 + (q - 1) * 3;
        let (y, m) = if month > 12 {
            (self.year.0 + 1, month - 12)
        } else {
            (self.year.0, month)
        };
        NaiveDate::from_ymd_opt(y, m, 1)
    }

    /// The last day of the period.
    pub fn last_day(self) -> Option<NaiveDate> {
        let next = match self.quarter {
            None | Some(4) => ReportPeriod {
                year: self.year.next(),
                quarter: Some(1),
            },
            Some(q) => ReportPeriod {
                year: self.year,
                quarter: Some(q + 1),
            },
        };
        next.first_day()?.pred_opt()
    }

    /// Whether `date` falls in the period.
    pub fn contains(self, date: NaiveDate) -> bool {
        FinancialYear::of_date(date) == self.year
            && self.quarter.is_none_or(|q| quarter_of(date) == q)
    }
}

/// The quarter of its financial year a date falls in (April–June is 1).
pub fn quarter_of(date: NaiveDate) -> u8 {
    let m = date.month();
    let fy_month = if m >= 4 { m - 3 } else { m + 9 };
    ((fy_month - 1) / 3 + 1) as u8
}

impl fmt::Display for ReportPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.quarter {
            Some(q) => write!(f, "{} Q{q}", self.year),
            None => write!(f, "{}", self.year),
        }
    }
}

impl FromStr for ReportPeriod {
    type Err = crate::phrase::Said;
    /// "2027-28", "2027-28 Q1", "FY 2027-28 q3".
    fn from_str(s: &str) -> Result<Self, crate::phrase::Said> {
        let bad = || {
            crate::phrase::Said::from(crate::phrase!(
                "'{t}' is not a period: write a financial year as 2027-28 or a quarter as 2027-28 Q1",
                t = s.trim()
            ))
        };
        let t = s.trim();
        let (year, quarter) = match t.rsplit_once([' ', '\t']) {
            Some((y, q)) if q.starts_with(['Q', 'q']) => {
                let n: u8 = q[1..].parse().map_err(|_| bad())?;
                if !(1..=4).contains(&n) {
                    return Err(bad());
                }
                (y, Some(n))
            }
            _ => (t, None),
        };
        let year: FinancialYear = year.parse().map_err(|_| bad())?;
        Ok(ReportPeriod { year, quarter })
    }
}

impl Serialize for ReportPeriod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for ReportPeriod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse()
            .map_err(|e: crate::phrase::Said| crate::phrase::refused(e))
    }
}

/// What one period did.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PeriodReport {
    /// `2027-28` or `2027-28 Q1`.
    pub period: Option<ReportPeriod>,
    /// Where each action of the plan stood at the end of the period, and what it spent in it.
    pub actions: Vec<ActionProgress>,
    /// Indicators measured in the period.
    pub indicators: Vec<IndicatorValue>,
    /// What the cluster's stakeholders put in during the period.
    pub contributions: Contributions,
    /// Capacity building of the agency (Annex 1, parameter 4), in the period.
    pub capacity: Capacity,
    /// Networks and BDS providers (Annex 1, parameter 8).
    pub sustainability: Sustainability,
    /// Impact beyond the cluster (Annex 1, parameter 7), in the period.
    pub impact: Impact,
    pub notes: String,
}

choice! {
    /// Where an action stands.
    pub enum ActionStatus {
        NotStarted = ("not-started", "Not started"),
        UnderWay = ("under-way", "Under way"),
        Done = ("done", "Done"),
        Dropped = ("dropped", "Dropped"),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ActionProgress {
    /// The action of the plan.
    pub action: Option<Id>,
    pub status: Option<ActionStatus>,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub started: Option<NaiveDate>,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub done: Option<NaiveDate>,
    /// What was spent on the action in this period, by who paid.
    pub spent: Spent,
    /// Why it was dropped, why it costs more than planned, what held it up.
    pub note: String,
}

/// An amount spent, by source, as the study's means of finance names them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Spent {
    /// The Government of India's grant.
    pub goi_rs: Option<Rupees>,
    /// The State Government's share.
    pub state_rs: Option<Rupees>,
    /// The beneficiaries' (SPV's, units') own share.
    pub beneficiary_rs: Option<Rupees>,
    /// Anyone else (a bank loan, another programme: the action's `funded_by`).
    pub other_rs: Option<Rupees>,
}

impl Spent {
    /// The sum of the sources given; `None` when none is.
    pub fn total(&self) -> Option<Rupees> {
        let parts = [
            self.goi_rs,
            self.state_rs,
            self.beneficiary_rs,
            self.other_rs,
        ];
        if parts.iter().all(Option::is_none) {
            return None;
        }
        Some(parts.iter().flatten().sum())
    }
}

/// One indicator's value measured in a period (its baseline and target are the study's).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct IndicatorValue {
    pub indicator: Option<Id>,
    /// The value measured, in the indicator's unit.
    pub value: Option<Quantity>,
    /// Persons the figure covers, of them women and of poverty groups (Annex 1 asks for
    /// these with income, wage and employment outcomes).
    pub persons: Option<u32>,
    pub women: Option<u32>,
    pub poverty_groups: Option<u32>,
    /// Where the figure comes from (survey, SPV accounts, bank statement ...).
    pub source: String,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub date: Option<NaiveDate>,
}

/// Contributions in rupees (Annex 1, parameters 2 and 3).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Contributions {
    /// The primary stakeholders: the cluster's units.
    pub primary_rs: Option<Rupees>,
    /// Secondary (support) stakeholders: government.
    pub government_rs: Option<Rupees>,
    /// Secondary stakeholders: banks and financial institutions.
    pub banks_rs: Option<Rupees>,
    /// Secondary stakeholders: everyone else.
    pub others_rs: Option<Rupees>,
}

impl Contributions {
    pub fn secondary(&self) -> Rupees {
        [self.government_rs, self.banks_rs, self.others_rs]
            .iter()
            .flatten()
            .sum()
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Capacity {
    /// Institutions trained and handheld.
    pub institutions_trained: Option<u32>,
    /// Persons of those institutions trained.
    pub persons_trained: Option<u32>,
    /// Policy workshops held.
    pub policy_workshops: Option<u32>,
    /// Institutions that took part in them.
    pub workshop_institutions: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Sustainability {
    /// Networks (associations, consortia) in the cluster at the end of the period.
    pub networks_existing: Option<u32>,
    /// New formal networks created in the period.
    pub networks_created: Option<u32>,
    /// Members of the networks created.
    pub network_members: Option<u32>,
    /// BDS providers active in the cluster at the end of the period.
    pub bds_existing: Option<u32>,
    /// BDS providers created in the period.
    pub bds_created: Option<u32>,
    /// BDS providers linked to the cluster in the period.
    pub bds_linked: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Impact {
    /// New cluster programmes started elsewhere on this one's results.
    pub programmes_started: Option<u32>,
    /// Old programmes modified to include cluster issues.
    pub programmes_modified: Option<u32>,
    /// New clusters picked up.
    pub clusters_picked_up: Option<u32>,
    /// A policy document that reflects the project, if any.
    pub policy: String,
}

/// One instalment of the grant as released.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Release {
    /// 1 for the first instalment.
    pub instalment: Option<u32>,
    /// The sanction order's number.
    pub sanction_order: String,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub date: Option<NaiveDate>,
    pub amount_rs: Option<Rupees>,
    /// Who released it (Ministry of MSME, the State's industries department ...).
    pub from: String,
}

choice! {
    pub enum GrantKind {
        NonRecurring = ("non-recurring", "Non-recurring"),
        Recurring = ("recurring", "Recurring"),
    }
}

/// A utilisation certificate in Form GFR 12-A for one financial year. The grants received
/// in the year are the releases dated in it, so they are entered once.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct UtilisationCertificate {
    pub year: Option<FinancialYear>,
    /// The scheme's name as the sanction names it.
    pub scheme: String,
    /// The organisation the grant was given to.
    pub grantee: String,
    pub grant_kind: Option<GrantKind>,
    /// The Act or rules the grantee's accounts are kept and audited under (the form's
    /// first check asks to name them): "the Madhya Pradesh Society Registrikaran
    /// Adhiniyam, 1973".
    pub accounts_act: String,
    /// Grants position at the beginning of the year: cash in hand and at bank.
    pub cash_in_hand_rs: Option<Rupees>,
    /// Grants position at the beginning of the year: advances not yet adjusted.
    pub unadjusted_advances_rs: Option<Rupees>,
    /// Interest earned on the unspent grant.
    pub interest_earned_rs: Option<Rupees>,
    /// Interest deposited back to the Government.
    pub interest_deposited_rs: Option<Rupees>,
    /// Expenditure incurred in the year.
    pub expenditure_rs: Option<Rupees>,
    /// The balance at the end of the year, as the accounts show it.
    pub closing_balance_rs: Option<Rupees>,
    /// Of the closing balance, advances not yet adjusted (the rest is cash in hand and at
    /// bank): the grants position at the end of the year.
    pub closing_advances_rs: Option<Rupees>,
    /// Component-wise utilisation: grant-in-aid general.
    pub spent_general_rs: Option<Rupees>,
    /// Component-wise utilisation: grant-in-aid for salaries.
    pub spent_salaries_rs: Option<Rupees>,
    /// Component-wise utilisation: grant-in-aid for creation of capital assets.
    pub spent_capital_assets_rs: Option<Rupees>,
    /// The certificate's text; empty for the form's own wording.
    pub text: String,
    pub place: String,
    #[serde(with = "super::values::optional_date")]
    #[schemars(with = "Option<super::values::optional_date::Form>")]
    pub date: Option<NaiveDate>,
    /// Who signs: the form's Chief Finance Officer (head of finance) and head of the
    /// organisation, and the auditor where the sanction asks for one.
    pub signatories: Vec<Signatory>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Signatory {
    pub name: String,
    /// Designation (Chief Finance Officer, Head of the Organisation), and an auditor's
    /// membership number.
    pub designation: String,
}

/// The figures of a certificate's table, numbered as the form numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct UcFigures {
    /// (1) Unspent balance of grants received in earlier years.
    pub unspent_rs: Rupees,
    /// (2) Interest earned on it.
    pub interest_earned_rs: Rupees,
    /// (3) Interest deposited back to the Government.
    pub interest_deposited_rs: Rupees,
    /// (4) Grants received during the year.
    pub received_rs: Rupees,
    /// (5) Total available funds, 1 + 2 − 3 + 4.
    pub available_rs: Rupees,
    /// (6) Expenditure incurred.
    pub expenditure_rs: Rupees,
    /// (7) Closing balance, 5 − 6.
    pub closing_rs: Rupees,
}

impl UtilisationCertificate {
    /// Grants position at the beginning of the year (the unspent balance).
    pub fn opening_rs(&self) -> Rupees {
        self.cash_in_hand_rs.unwrap_or_default() + self.unadjusted_advances_rs.unwrap_or_default()
    }

    /// The releases this certificate accounts for: those dated in its year.
    pub fn releases<'a>(&self, releases: &'a [Release]) -> Vec<&'a Release> {
        let Some(year) = self.year else {
            return Vec::new();
        };
        releases
            .iter()
            .filter(|r| r.date.is_some_and(|d| FinancialYear::of_date(d) == year))
            .collect()
    }

    /// The table's figures as they follow from the certificate's inputs and the releases.
    pub fn figures(&self, releases: &[Release]) -> UcFigures {
        let unspent = self.opening_rs();
        let earned = self.interest_earned_rs.unwrap_or_default();
        let deposited = self.interest_deposited_rs.unwrap_or_default();
        let received: Rupees = self
            .releases(releases)
            .iter()
            .filter_map(|r| r.amount_rs)
            .sum();
        let available = unspent + earned - deposited + received;
        let expenditure = self.expenditure_rs.unwrap_or_default();
        UcFigures {
            unspent_rs: unspent,
            interest_earned_rs: earned,
            interest_deposited_rs: deposited,
            received_rs: received,
            available_rs: available,
            expenditure_rs: expenditure,
            closing_rs: available - expenditure,
        }
    }

    /// The component-wise utilisation's sum, when any component is given.
    pub fn components_rs(&self) -> Option<Rupees> {
        let parts = [
            self.spent_general_rs,
            self.spent_salaries_rs,
            self.spent_capital_assets_rs,
        ];
        if parts.iter().all(Option::is_none) {
            return None;
        }
        Some(parts.iter().flatten().sum())
    }
}

impl Progress {
    /// What an action has spent in all periods reported, when anything is.
    pub fn spent_on(&self, action: &Id) -> Option<Rupees> {
        let amounts: Vec<Rupees> = self
            .periods
            .iter()
            .flat_map(|p| &p.actions)
            .filter(|a| a.action.as_ref() == Some(action))
            .filter_map(|a| a.spent.total())
            .collect();
        (!amounts.is_empty()).then(|| amounts.into_iter().sum())
    }

    /// The financial years the periods cover, oldest first.
    pub fn years(&self) -> Vec<FinancialYear> {
        let mut years: Vec<FinancialYear> = self
            .periods
            .iter()
            .filter_map(|p| p.period.map(|p| p.year))
            .collect();
        years.sort();
        years.dedup();
        years
    }

    /// The reports of the periods of one financial year, in file order.
    pub fn of_year(&self, year: FinancialYear) -> Vec<&PeriodReport> {
        self.periods
            .iter()
            .filter(|p| p.period.is_some_and(|p| p.year == year))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_and_write_as_people_do() {
        let q: ReportPeriod = "2027-28 Q1".parse().unwrap();
        assert_eq!(q.quarter, Some(1));
        assert_eq!(q.to_string(), "2027-28 Q1");
        assert_eq!(q.first_day(), NaiveDate::from_ymd_opt(2027, 4, 1));
        assert_eq!(q.last_day(), NaiveDate::from_ymd_opt(2027, 6, 30));
        let q4: ReportPeriod = "FY 2027-28 q4".parse().unwrap();
        assert_eq!(q4.first_day(), NaiveDate::from_ymd_opt(2028, 1, 1));
        assert_eq!(q4.last_day(), NaiveDate::from_ymd_opt(2028, 3, 31));
        let y: ReportPeriod = "2027-28".parse().unwrap();
        assert_eq!(y.last_day(), NaiveDate::from_ymd_opt(2028, 3, 31));
        assert!(y.contains(NaiveDate::from_ymd_opt(2028, 2, 1).unwrap()));
        assert!("2027-28 Q5".parse::<ReportPeriod>().is_err());
        assert!("2027".parse::<ReportPeriod>().is_err());
    }

    #[test]
    fn a_certificate_adds_up_as_the_form_numbers_it() {
        let uc = UtilisationCertificate {
            year: Some(FinancialYear(2027)),
            cash_in_hand_rs: Some(Rupees(1_00_000)),
            interest_earned_rs: Some(Rupees(5_000)),
            interest_deposited_rs: Some(Rupees(5_000)),
            expenditure_rs: Some(Rupees(30_00_000)),
            ..Default::default()
        };
        let releases = vec![
            Release {
                date: NaiveDate::from_ymd_opt(2027, 6, 1),
                amount_rs: Some(Rupees(40_00_000)),
                ..Default::default()
            },
            Release {
                date: NaiveDate::from_ymd_opt(2028, 6, 1),
                amount_rs: Some(Rupees(9)),
                ..Default::default()
            },
        ];
        let f = uc.figures(&releases);
        assert_eq!(f.received_rs, Rupees(40_00_000));
        assert_eq!(f.available_rs, Rupees(41_00_000));
        assert_eq!(f.closing_rs, Rupees(11_00_000));
    }
}
