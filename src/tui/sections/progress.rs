//! After sanction: the project monitored period by period (what each action did and
//! spent, the indicators measured, contributions, the Annex-1 counts), the grant's
//! releases and its utilisation certificates. A period's actions and indicators are its
//! own tabs, so this quarter's figures are entered in one place; each action's row shows
//! its plan against what has been spent so far.

use crate::i18n::Messages;
use chrono::NaiveDate;

use crate::model::{
    ActionProgress, ActionStatus, Cost, FinancialYear, GrantKind, Id, IndicatorValue, ItemKind,
    PeriodReport, Quantity, Release, ReportPeriod, Rupees, Section, Signatory, Study,
    UtilisationCertificate,
};

use super::{plain_list, Item, ListDef, Part, SectionDef, VecList};
use crate::tui::fields::{at, short, Field, Scalar};

impl Scalar for ReportPeriod {
    fn show(&self) -> String {
        self.to_string()
    }
    fn parse(text: &str) -> Result<Self, crate::phrase::Said> {
        text.parse()
    }
}

impl Scalar for FinancialYear {
    fn show(&self) -> String {
        self.to_string()
    }
    fn parse(text: &str) -> Result<Self, crate::phrase::Said> {
        text.parse()
    }
}

impl Item for PeriodReport {
    fn label(&self, m: &Messages) -> String {
        let period = self
            .period
            .map(|p| p.to_string())
            .unwrap_or_else(|| m.label("(no period)").into_owned());
        m.phrase(&crate::phrase!(
            "{period}  {actions} actions, {indicators} indicators",
            period,
            actions = self.actions.len(),
            indicators = self.indicators.len()
        ))
    }
}

impl Item for ActionProgress {
    fn label(&self, m: &Messages) -> String {
        let status = m.label(self.status.map(|s| s.label()).unwrap_or("?"));
        let spent = self.spent.total().map(|r| m.amount(r)).unwrap_or_default();
        let action = self.action.as_ref().map(Id::to_string).unwrap_or_default();
        format!("{action}  {status}  {spent}")
    }
    /// "a-3 Exposure visit to…  5.72 of 5.50 lakh  Done": spent in all periods so far
    /// against the plan's cost.
    fn label_in(&self, study: &Study, m: &Messages) -> String {
        let Some(id) = &self.action else {
            return format!("{}  {}", m.label("(no action)"), self.label(m));
        };
        let status = m.label(self.status.map(|s| s.label()).unwrap_or("?"));
        let action = study.action_plan.actions.iter().find(|a| &a.id == id);
        let title = action
            .map(|a| short(&a.title, 28))
            .unwrap_or_else(|| m.label("(missing)").into_owned());
        let cost = action.and_then(|a| a.cost.as_ref()).and_then(Cost::total);
        let so_far = study.progress.as_ref().and_then(|p| p.spent_on(id));
        let money = match (so_far, cost) {
            (Some(s), Some(c)) => m.phrase(&crate::phrase!(
                "{spent} of {cost} lakh",
                spent = s.lakh_figure(),
                cost = c.lakh_figure()
            )),
            (Some(s), None) => m.phrase(&crate::phrase!(
                "{spent} lakh spent",
                spent = s.lakh_figure()
            )),
            (None, Some(c)) => {
                m.phrase(&crate::phrase!("plan {cost} lakh", cost = c.lakh_figure()))
            }
            (None, None) => String::new(),
        };
        // The money before the status: the row's first column is cut at 80 columns.
        format!("{id} {title}  {money}  {status}")
    }
}

impl Item for IndicatorValue {
    fn label(&self, _: &Messages) -> String {
        let value = self.value.map(|v| v.to_string()).unwrap_or_default();
        let id = self
            .indicator
            .as_ref()
            .map(Id::to_string)
            .unwrap_or_default();
        format!("{id}  {value}")
    }
    /// "k-2 Units with ISO 9001  12 (baseline 2, target 20)".
    fn label_in(&self, study: &Study, m: &Messages) -> String {
        let Some(id) = &self.indicator else {
            return format!("{}  {}", m.label("(no indicator)"), self.label(m));
        };
        let value = self.value.map(|v| v.to_string()).unwrap_or("?".into());
        let Some(k) = study.indicators.iter().find(|k| &k.id == id) else {
            return m.phrase(&crate::phrase!("{id} (missing)  {value}", id, value));
        };
        let of = |q: Option<Quantity>| q.map(|q| q.to_string()).unwrap_or("?".into());
        m.phrase(&crate::phrase!(
            "{id} {name}  {value} (baseline {baseline}, target {target})",
            id,
            name = short(&k.name, 28),
            value,
            baseline = of(k.baseline),
            target = of(k.target)
        ))
    }
}

impl Item for Release {
    fn label(&self, m: &Messages) -> String {
        let n = match self.instalment {
            Some(n) => m.phrase(&crate::phrase!("Instalment {n}", n)),
            None => format!("{} ?", m.label("Instalment")),
        };
        let date = self.date.map(|d| d.to_string()).unwrap_or_default();
        let amount = self.amount_rs.map(|r| m.amount(r)).unwrap_or_default();
        format!("{n}  {date}  {amount}  {}", short(&self.from, 30))
    }
}

impl Item for UtilisationCertificate {
    fn label(&self, m: &Messages) -> String {
        let year = self
            .year
            .map(|y| y.to_string())
            .unwrap_or_else(|| m.label("(no year)").into_owned());
        let spent = self
            .expenditure_rs
            .map(|e| m.phrase(&crate::phrase!("  spent {amount}", amount = e)))
            .unwrap_or_default();
        m.phrase(&crate::phrase!("UC {year}{spent}", year, spent))
    }
}

impl Item for Signatory {
    fn label(&self, _: &Messages) -> String {
        format!("{}  {}", self.name, short(&self.designation, 40))
    }
}

/// Accessors of a field of entry `at[1]` in list `$inner` of item `at[0]` of `$outer`.
macro_rules! nested {
    ($outer:ident . $inner:ident . $($f:ident).+) => {
        (
            |s: &Study, at: &[usize]| {
                s.progress.as_ref()?.$outer.get(*at.first()?)?.$inner.get(*at.get(1)?).map(|x| &x.$($f).+)
            },
            |s: &mut Study, at: &[usize]| {
                s.progress
                    .as_mut()?
                    .$outer
                    .get_mut(*at.first()?)?
                    .$inner
                    .get_mut(*at.get(1)?)
                    .map(|x| &mut x.$($f).+)
            },
        )
    };
}

/// A list inside each item of part `parent` (a period's actions, a certificate's
/// signatories).
macro_rules! nested_list {
    ($title:literal, $noun:literal, $parent:expr, $outer:ident . $inner:ident, $fields:expr $(,)?) => {
        Part::List(ListDef {
            title: $title,
            noun: $noun,
            parent: Some($parent),
            fields: $fields,
            ops: Box::new(VecList {
                get: |s: &Study, parent: &[usize]| {
                    s.progress
                        .as_ref()?
                        .$outer
                        .get(*parent.first()?)
                        .map(|x| &x.$inner)
                },
                get_mut: |s: &mut Study, parent: &[usize]| {
                    s.progress
                        .as_mut()?
                        .$outer
                        .get_mut(*parent.first()?)
                        .map(|x| &mut x.$inner)
                },
                kind: None,
                path: |_, parent: &[usize]| {
                    format!(
                        "progress.{}[{}].{}",
                        stringify!($outer),
                        parent.first().copied().unwrap_or(0),
                        stringify!($inner)
                    )
                },
            }),
        })
    };
}

/// The tabs that hold lists of their own.
const PERIODS: usize = 0;
const CERTIFICATES: usize = 4;

fn count(
    key: &'static str,
    label: &'static str,
    hint: &'static str,
    accessors: (
        crate::tui::fields::Get<Option<u32>>,
        crate::tui::fields::GetMut<Option<u32>>,
    ),
) -> Field {
    Field::line::<Option<u32>>(key, label, hint, accessors)
}

fn money(
    key: &'static str,
    label: &'static str,
    hint: &'static str,
    accessors: (
        crate::tui::fields::Get<Option<Rupees>>,
        crate::tui::fields::GetMut<Option<Rupees>>,
    ),
) -> Field {
    Field::line::<Option<Rupees>>(key, label, hint, accessors)
}

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Progress,
        hint: "After sanction: one report per quarter or year (add it on Periods, then its \
               Actions and Indicators tabs), the grant's releases, and a utilisation \
               certificate (GFR 12-A) for each financial year. Adding a period adds the \
               section to the study.",
        parts: vec![
            plain_list::<PeriodReport>(
                "Periods",
                "period",
                |_, _| "progress.periods".into(),
                at!(progress?.periods),
                vec![
                    Field::line::<Option<ReportPeriod>>(
                        "period",
                        "Period",
                        "A financial year (2027-28) or a quarter of it (2027-28 Q1 is April \
                         to June).",
                        at!(progress?.periods[].period),
                    ),
                    money(
                        "contributions.primary_rs",
                        "Units put in",
                        "Primary stakeholders: what the cluster's units contributed.",
                        at!(progress?.periods[].contributions.primary_rs),
                    ),
                    money(
                        "contributions.government_rs",
                        "Government",
                        "Secondary stakeholders: government contributions.",
                        at!(progress?.periods[].contributions.government_rs),
                    ),
                    money(
                        "contributions.banks_rs",
                        "Banks",
                        "Secondary stakeholders: banks and financial institutions.",
                        at!(progress?.periods[].contributions.banks_rs),
                    ),
                    money(
                        "contributions.others_rs",
                        "Others",
                        "Secondary stakeholders: anyone else.",
                        at!(progress?.periods[].contributions.others_rs),
                    ),
                    count(
                        "capacity.institutions_trained",
                        "Institutions trained",
                        "Agency capacity building: institutions trained and handheld.",
                        at!(progress?.periods[].capacity.institutions_trained),
                    ),
                    count(
                        "capacity.persons_trained",
                        "Persons trained",
                        "Persons of those institutions trained.",
                        at!(progress?.periods[].capacity.persons_trained),
                    ),
                    count(
                        "capacity.policy_workshops",
                        "Policy workshops",
                        "",
                        at!(progress?.periods[].capacity.policy_workshops),
                    ),
                    count(
                        "capacity.workshop_institutions",
                        "Workshop institutions",
                        "Institutions that took part in the policy workshops.",
                        at!(progress?.periods[].capacity.workshop_institutions),
                    ),
                    count(
                        "sustainability.networks_existing",
                        "Networks existing",
                        "Networks in the cluster at the end of the period.",
                        at!(progress?.periods[].sustainability.networks_existing),
                    ),
                    count(
                        "sustainability.networks_created",
                        "Networks created",
                        "New formal networks created in the period.",
                        at!(progress?.periods[].sustainability.networks_created),
                    ),
                    count(
                        "sustainability.network_members",
                        "Network members",
                        "Members of the networks created.",
                        at!(progress?.periods[].sustainability.network_members),
                    ),
                    count(
                        "sustainability.bds_existing",
                        "BDS providers",
                        "BDS providers active at the end of the period.",
                        at!(progress?.periods[].sustainability.bds_existing),
                    ),
                    count(
                        "sustainability.bds_created",
                        "BDS created",
                        "BDS providers created in the period.",
                        at!(progress?.periods[].sustainability.bds_created),
                    ),
                    count(
                        "sustainability.bds_linked",
                        "BDS linked",
                        "BDS providers linked to the cluster in the period.",
                        at!(progress?.periods[].sustainability.bds_linked),
                    ),
                    count(
                        "impact.programmes_started",
                        "Programmes started",
                        "Impact: new cluster programmes started on this one's results.",
                        at!(progress?.periods[].impact.programmes_started),
                    ),
                    count(
                        "impact.programmes_modified",
                        "Programmes modified",
                        "Old programmes modified to include cluster issues.",
                        at!(progress?.periods[].impact.programmes_modified),
                    ),
                    count(
                        "impact.clusters_picked_up",
                        "Clusters picked up",
                        "New clusters picked up.",
                        at!(progress?.periods[].impact.clusters_picked_up),
                    ),
                    Field::line::<String>(
                        "impact.policy",
                        "Policy document",
                        "A policy document that reflects the project, if any.",
                        at!(progress?.periods[].impact.policy),
                    ),
                    Field::prose::<String>("notes", "Notes", "", at!(progress?.periods[].notes)),
                ],
            ),
            nested_list!(
                "Actions",
                "action entry",
                PERIODS,
                periods.actions,
                vec![
                    Field::pick::<Option<Id>>(
                        "action",
                        "Action",
                        "The action of the plan.",
                        ItemKind::Action,
                        nested!(periods.actions.action),
                    ),
                    Field::choice::<Option<ActionStatus>>(
                        "status",
                        "Status",
                        "Where it stands at the end of the period.",
                        nested!(periods.actions.status),
                    ),
                    Field::line::<Option<NaiveDate>>(
                        "started",
                        "Started",
                        "",
                        nested!(periods.actions.started),
                    ),
                    Field::line::<Option<NaiveDate>>(
                        "done",
                        "Done",
                        "",
                        nested!(periods.actions.done),
                    ),
                    money(
                        "spent.goi_rs",
                        "Spent: GoI",
                        "Spent in this period from the Government of India's grant.",
                        nested!(periods.actions.spent.goi_rs),
                    ),
                    money(
                        "spent.state_rs",
                        "Spent: State",
                        "From the State Government's share.",
                        nested!(periods.actions.spent.state_rs),
                    ),
                    money(
                        "spent.beneficiary_rs",
                        "Spent: SPV/units",
                        "From the beneficiaries' own share.",
                        nested!(periods.actions.spent.beneficiary_rs),
                    ),
                    money(
                        "spent.other_rs",
                        "Spent: others",
                        "From anyone else (a loan, another programme).",
                        nested!(periods.actions.spent.other_rs),
                    ),
                    Field::prose::<String>(
                        "note",
                        "Note",
                        "Why it was dropped, why it costs more than planned, what held it up.",
                        nested!(periods.actions.note),
                    ),
                ],
            ),
            nested_list!(
                "Indicators",
                "indicator value",
                PERIODS,
                periods.indicators,
                vec![
                    Field::pick::<Option<Id>>(
                        "indicator",
                        "Indicator",
                        "",
                        ItemKind::Indicator,
                        nested!(periods.indicators.indicator),
                    ),
                    Field::line::<Option<Quantity>>(
                        "value",
                        "Value",
                        "The value measured, in the indicator's unit.",
                        nested!(periods.indicators.value),
                    ),
                    count(
                        "persons",
                        "Persons",
                        "Persons the figure covers (income, wages, employment).",
                        nested!(periods.indicators.persons),
                    ),
                    count(
                        "women",
                        "Of them women",
                        "",
                        nested!(periods.indicators.women)
                    ),
                    count(
                        "poverty_groups",
                        "Poverty groups",
                        "Of them from poverty groups.",
                        nested!(periods.indicators.poverty_groups),
                    ),
                    Field::line::<String>(
                        "source",
                        "Source",
                        "Survey, SPV accounts, bank statement ...",
                        nested!(periods.indicators.source),
                    ),
                    Field::line::<Option<NaiveDate>>(
                        "date",
                        "Measured on",
                        "",
                        nested!(periods.indicators.date),
                    ),
                ],
            ),
            plain_list::<Release>(
                "Releases",
                "release",
                |_, _| "progress.releases".into(),
                at!(progress?.releases),
                vec![
                    count(
                        "instalment",
                        "Instalment",
                        "1 for the first.",
                        at!(progress?.releases[].instalment),
                    ),
                    Field::line::<String>(
                        "sanction_order",
                        "Sanction order",
                        "The sanction order's number.",
                        at!(progress?.releases[].sanction_order),
                    ),
                    Field::line::<Option<NaiveDate>>(
                        "date",
                        "Date",
                        "",
                        at!(progress?.releases[].date),
                    ),
                    money(
                        "amount_rs",
                        "Amount",
                        "",
                        at!(progress?.releases[].amount_rs),
                    ),
                    Field::line::<String>(
                        "from",
                        "From",
                        "Ministry of MSME, the State's industries department ...",
                        at!(progress?.releases[].from),
                    ),
                ],
            ),
            plain_list::<UtilisationCertificate>(
                "Certificates",
                "certificate",
                |_, _| "progress.certificates".into(),
                at!(progress?.certificates),
                vec![
                    Field::line::<Option<FinancialYear>>(
                        "year",
                        "Year",
                        "The financial year it covers; the releases dated in it are its \
                         grants received.",
                        at!(progress?.certificates[].year),
                    ),
                    Field::line::<String>(
                        "scheme",
                        "Scheme",
                        "As the sanction names it.",
                        at!(progress?.certificates[].scheme),
                    ),
                    Field::line::<String>(
                        "grantee",
                        "Grantee",
                        "The organisation the grant was given to.",
                        at!(progress?.certificates[].grantee),
                    ),
                    Field::choice::<Option<GrantKind>>(
                        "grant_kind",
                        "Grant",
                        "",
                        at!(progress?.certificates[].grant_kind),
                    ),
                    Field::line::<String>(
                        "accounts_act",
                        "Accounts under",
                        "The Act or rules the accounts are kept and audited under (the form's \
                         first check names them).",
                        at!(progress?.certificates[].accounts_act),
                    ),
                    money(
                        "cash_in_hand_rs",
                        "Opening cash/bank",
                        "Grants position at the beginning of the year: cash in hand and at bank.",
                        at!(progress?.certificates[].cash_in_hand_rs),
                    ),
                    money(
                        "unadjusted_advances_rs",
                        "Opening advances",
                        "Advances not yet adjusted at the beginning of the year.",
                        at!(progress?.certificates[].unadjusted_advances_rs),
                    ),
                    money(
                        "interest_earned_rs",
                        "Interest earned",
                        "",
                        at!(progress?.certificates[].interest_earned_rs),
                    ),
                    money(
                        "interest_deposited_rs",
                        "Interest returned",
                        "Interest deposited back to the Government.",
                        at!(progress?.certificates[].interest_deposited_rs),
                    ),
                    money(
                        "expenditure_rs",
                        "Expenditure",
                        "",
                        at!(progress?.certificates[].expenditure_rs),
                    ),
                    money(
                        "closing_balance_rs",
                        "Closing balance",
                        "As the accounts show it; check compares it with the figures.",
                        at!(progress?.certificates[].closing_balance_rs),
                    ),
                    money(
                        "closing_advances_rs",
                        "Closing advances",
                        "Of the closing balance, advances not yet adjusted (the rest is cash).",
                        at!(progress?.certificates[].closing_advances_rs),
                    ),
                    money(
                        "spent_general_rs",
                        "Spent: general",
                        "Component-wise utilisation: grant-in-aid general.",
                        at!(progress?.certificates[].spent_general_rs),
                    ),
                    money(
                        "spent_salaries_rs",
                        "Spent: salaries",
                        "",
                        at!(progress?.certificates[].spent_salaries_rs),
                    ),
                    money(
                        "spent_capital_assets_rs",
                        "Spent: capital assets",
                        "Creation of capital assets.",
                        at!(progress?.certificates[].spent_capital_assets_rs),
                    ),
                    Field::prose::<String>(
                        "text",
                        "Certificate text",
                        "Empty for the form's own wording.",
                        at!(progress?.certificates[].text),
                    ),
                    Field::line::<String>(
                        "place",
                        "Place",
                        "",
                        at!(progress?.certificates[].place),
                    ),
                    Field::line::<Option<NaiveDate>>(
                        "date",
                        "Date",
                        "",
                        at!(progress?.certificates[].date),
                    ),
                ],
            ),
            nested_list!(
                "Signatories",
                "signatory",
                CERTIFICATES,
                certificates.signatories,
                vec![
                    Field::line::<String>(
                        "name",
                        "Name",
                        "",
                        nested!(certificates.signatories.name),
                    ),
                    Field::line::<String>(
                        "designation",
                        "Designation",
                        "Chief Finance Officer; Head of the Organisation; an auditor's M. No.",
                        nested!(certificates.signatories.designation),
                    ),
                ],
            ),
        ],
    }
}
