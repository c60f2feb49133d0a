//! What is inconsistent in a project's progress, its releases and its utilisation
//! certificates: money spent beyond the plan without a word why, dates out of order or in
//! the future, a certificate whose figures do not add up, an instalment released before
//! the certificate that should come first.
//!
//! `today` is a parameter so that the rules can be tested on fixed dates; `check` passes
//! the machine's date.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{Finding, Severity};
use crate::model::{
    Cost, FinancialYear, Id, Progress, ReportPeriod, Rupees, Section, Study, YearMonth,
};
use crate::phrase::{PhraseArg, Said};

struct Out(Vec<Finding>);

impl Out {
    fn push(&mut self, severity: Severity, code: &'static str, path: String, said: Said) {
        self.0
            .push(Finding::new(severity, code, Section::Progress, path, said));
    }
    fn error(&mut self, code: &'static str, path: String, said: impl Into<Said>) {
        self.push(Severity::Error, code, path, said.into());
    }
    fn warn(&mut self, code: &'static str, path: String, said: impl Into<Said>) {
        self.push(Severity::Warning, code, path, said.into());
    }
}

/// An amount as the findings print it, "Rs. " and the rupees grouped the Indian way
/// ([`Rupees::inr`]): the phrase's pattern has the "Rs. ", so that another language puts
/// its own sign before the same figure.
fn rs(amount: Rupees) -> PhraseArg {
    PhraseArg::Figure(amount.grouped())
}

/// The findings about `study.progress`, as of `today`.
pub(super) fn findings(study: &Study, today: NaiveDate) -> Vec<Finding> {
    let mut out = Out(Vec::new());
    if let Some(progress) = &study.progress {
        periods(study, progress, today, &mut out);
        overspending(study, progress, &mut out);
        // A date in a period already found to be ahead of today is not said again.
        let ahead: Vec<ReportPeriod> = progress
            .periods
            .iter()
            .filter_map(|p| p.period)
            .filter(|p| p.first_day().is_some_and(|d| d > today))
            .collect();
        let later =
            |date: Option<NaiveDate>| date.filter(|d| !ahead.iter().any(|p| p.contains(*d)));
        releases(progress, today, &later, &mut out);
        certificates(progress, today, &later, &mut out);
    }
    out.0
}

fn future(out: &mut Out, path: String, what: &str, date: Option<NaiveDate>, today: NaiveDate) {
    // A warning, not an error: an illustrative study (the bundled examples) may look ahead.
    if let Some(d) = date.filter(|d| *d > today) {
        out.warn(
            "progress-future-date",
            path,
            crate::phrase!(
                "{what} {d} is after today ({today}): progress is reported for what has happened",
                what = crate::phrase::word(what),
                d = d.to_string(),
                today = today.to_string()
            ),
        );
    }
}

fn periods(study: &Study, progress: &Progress, today: NaiveDate, out: &mut Out) {
    let plan_start = study
        .action_plan
        .start
        .and_then(|m: YearMonth| NaiveDate::from_ymd_opt(m.year, m.month, 1));
    let mut seen = BTreeMap::new();
    for (p, report) in progress.periods.iter().enumerate() {
        let at = format!("progress.periods[{p}]");
        match report.period {
            None => out.warn(
                "missing",
                format!("{at}.period"),
                "which period is this? A financial year (2027-28) or a quarter (2027-28 Q1)",
            ),
            Some(period) => {
                if let Some(first) = period.first_day().filter(|d| *d > today) {
                    out.warn(
                        "progress-future-period",
                        format!("{at}.period"),
                        crate::phrase!(
                            "the period {period} begins on {first}, after today ({today})",
                            period = period.to_string(),
                            first = first.to_string(),
                            today = today.to_string()
                        ),
                    );
                }
                if let (Some(start), Some(last)) = (plan_start, period.last_day()) {
                    if last < start {
                        out.warn(
                            "progress-before-plan",
                            format!("{at}.period"),
                            crate::phrase!(
                                "the period {period} ends before the plan starts ({start}): \
                                 periods count from action_plan.start",
                                period = period.to_string(),
                                start = start.to_string()
                            ),
                        );
                    }
                }
                if let Some(other) = seen.insert(period, p) {
                    out.error(
                        "progress-duplicate-period",
                        format!("{at}.period"),
                        crate::phrase!(
                            "the period {period} is reported twice (also progress.periods[{other}]): \
                             keep one report per period",
                            period = period.to_string(),
                            other
                        ),
                    );
                }
            }
        }
        // Within a period that is itself ahead of today, one finding says it.
        let ahead = report
            .period
            .and_then(|p| p.first_day())
            .is_some_and(|d| d > today);
        let today = if ahead { NaiveDate::MAX } else { today };
        for (i, a) in report.actions.iter().enumerate() {
            let at = format!("{at}.actions[{i}]");
            future(out, format!("{at}.started"), "the start", a.started, today);
            future(out, format!("{at}.done"), "the completion", a.done, today);
            if let (Some(s), Some(d)) = (a.started, a.done) {
                if d < s {
                    out.error(
                        "progress-done-before-started",
                        format!("{at}.done"),
                        crate::phrase!(
                            "done on {d}, before it started on {s}",
                            d = d.to_string(),
                            s = s.to_string()
                        ),
                    );
                }
            }
            if let (Some(d), Some(last)) = (a.done, report.period.and_then(|p| p.last_day())) {
                if d > last {
                    out.warn(
                        "progress-date-outside-period",
                        format!("{at}.done"),
                        crate::phrase!(
                            "done on {d}, after the period it is reported in ends ({last})",
                            d = d.to_string(),
                            last = last.to_string()
                        ),
                    );
                }
            }
            use crate::model::ActionStatus::*;
            match a.status {
                Some(Done) if a.done.is_none() => {
                    out.warn("missing", format!("{at}.done"), "done: on what date?")
                }
                Some(Dropped) if a.note.trim().is_empty() => out.warn(
                    "progress-dropped-without-reason",
                    format!("{at}.note"),
                    "dropped: say why in the note, for the department's review",
                ),
                Some(NotStarted) if a.spent.total().is_some_and(|t| !t.is_zero()) => out.warn(
                    "progress-spent-not-started",
                    format!("{at}.status"),
                    "money was spent on an action marked not started",
                ),
                _ => {}
            }
            let negative = [
                a.spent.goi_rs,
                a.spent.state_rs,
                a.spent.beneficiary_rs,
                a.spent.other_rs,
            ]
            .iter()
            .flatten()
            .any(|r| r.get() < 0);
            if negative {
                out.error(
                    "negative-amount",
                    format!("{at}.spent"),
                    "an amount spent is negative",
                );
            }
        }
        for (i, k) in report.indicators.iter().enumerate() {
            let at = format!("{at}.indicators[{i}]");
            future(out, format!("{at}.date"), "the measurement", k.date, today);
            if let (Some(w), Some(n)) = (k.women, k.persons) {
                if w > n {
                    out.error(
                        "progress-more-women-than-persons",
                        format!("{at}.women"),
                        crate::phrase!("{w} women among {n} persons", w, n),
                    );
                }
            }
            if let (Some(g), Some(n)) = (k.poverty_groups, k.persons) {
                if g > n {
                    out.error(
                        "progress-more-women-than-persons",
                        format!("{at}.poverty_groups"),
                        crate::phrase!("{g} persons of poverty groups among {n} persons", g, n),
                    );
                }
            }
        }
    }
}

/// An action that has spent more than its cost, when no entry of it says why.
fn overspending(study: &Study, progress: &Progress, out: &mut Out) {
    for action in &study.action_plan.actions {
        let Some(cost) = action.cost.as_ref().and_then(Cost::total) else {
            continue;
        };
        let Some(spent) = progress.spent_on(&action.id) else {
            continue;
        };
        if spent <= cost {
            continue;
        }
        let entries: Vec<(usize, usize, bool)> = entries_of(progress, &action.id);
        if entries.iter().any(|(_, _, noted)| *noted) {
            continue;
        }
        if let Some((p, i, _)) = entries.last() {
            out.warn(
                "progress-overspent",
                format!("progress.periods[{p}].actions[{i}].spent"),
                crate::phrase!(
                    "{action} has spent Rs. {spent} against its cost of Rs. {cost}: say why in \
                     the note, or correct the figures",
                    action = action.id.to_string(),
                    spent = rs(spent),
                    cost = rs(cost)
                ),
            );
        }
    }
}

/// (period, entry, has a note) for every entry about `action`.
fn entries_of(progress: &Progress, action: &Id) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    for (p, report) in progress.periods.iter().enumerate() {
        for (i, a) in report.actions.iter().enumerate() {
            if a.action.as_ref() == Some(action) {
                out.push((p, i, !a.note.trim().is_empty()));
            }
        }
    }
    out
}

fn releases(
    progress: &Progress,
    today: NaiveDate,
    later: &dyn Fn(Option<NaiveDate>) -> Option<NaiveDate>,
    out: &mut Out,
) {
    for (i, r) in progress.releases.iter().enumerate() {
        let at = format!("progress.releases[{i}]");
        future(
            out,
            format!("{at}.date"),
            "the release",
            later(r.date),
            today,
        );
        if r.amount_rs.is_some_and(|a| a.get() <= 0) {
            out.error(
                "negative-amount",
                format!("{at}.amount_rs"),
                "a release is more than nothing",
            );
        }
        // GFR 2017 rule 238(1): a further grant is released only against the utilisation
        // certificate of the earlier years' grants.
        let Some(date) = r.date else { continue };
        let year = FinancialYear::of_date(date);
        let mut earlier: Vec<FinancialYear> = progress
            .releases
            .iter()
            .filter_map(|e| e.date)
            .map(FinancialYear::of_date)
            .filter(|y| *y < year)
            .collect();
        earlier.sort();
        earlier.dedup();
        for y in earlier {
            let certified = progress
                .certificates
                .iter()
                .any(|c| c.year == Some(y) && c.date.is_none_or(|d| d <= date));
            if !certified {
                out.warn(
                    "release-before-certificate",
                    format!("{at}.date"),
                    crate::phrase!(
                        "released on {date} with no utilisation certificate for {y} filed by then \
                         (GFR 2017 rule 238(1): the certificate comes before the next instalment)",
                        date = date.to_string(),
                        y = y.to_string()
                    ),
                );
            }
        }
    }
}

fn certificates(
    progress: &Progress,
    today: NaiveDate,
    later: &dyn Fn(Option<NaiveDate>) -> Option<NaiveDate>,
    out: &mut Out,
) {
    let mut by_year: BTreeMap<FinancialYear, usize> = BTreeMap::new();
    for (i, uc) in progress.certificates.iter().enumerate() {
        let at = format!("progress.certificates[{i}]");
        future(
            out,
            format!("{at}.date"),
            "the certificate's date",
            later(uc.date),
            today,
        );
        let Some(year) = uc.year else {
            out.warn(
                "missing",
                format!("{at}.year"),
                "which financial year does the certificate cover?",
            );
            continue;
        };
        if let Some(other) = by_year.insert(year, i) {
            out.error(
                "uc-duplicate-year",
                format!("{at}.year"),
                crate::phrase!(
                    "a second certificate for {year} (also progress.certificates[{other}])",
                    year = year.to_string(),
                    other
                ),
            );
        }
        let f = uc.figures(&progress.releases);
        if let Some(closing) = uc.closing_balance_rs {
            if closing != f.closing_rs {
                out.error(
                    "uc-closing-balance",
                    format!("{at}.closing_balance_rs"),
                    crate::phrase!(
                        "the closing balance Rs. {closing} does not follow from the figures: \
                         Rs. {available} available (Rs. {unspent} unspent + Rs. {interest} \
                         interest − Rs. {returned} returned + Rs. {received} received) − \
                         Rs. {spent} spent = Rs. {result}",
                        closing = rs(closing),
                        available = rs(f.available_rs),
                        unspent = rs(f.unspent_rs),
                        interest = rs(f.interest_earned_rs),
                        returned = rs(f.interest_deposited_rs),
                        received = rs(f.received_rs),
                        spent = rs(f.expenditure_rs),
                        result = rs(f.closing_rs)
                    ),
                );
            }
        }
        if f.closing_rs.get() < 0 {
            out.error(
                "uc-overspent",
                format!("{at}.expenditure_rs"),
                crate::phrase!(
                    "expenditure Rs. {spent} is more than the funds available Rs. {available}",
                    spent = rs(f.expenditure_rs),
                    available = rs(f.available_rs)
                ),
            );
        }
        if let Some(parts) = uc.components_rs() {
            if Some(parts) != uc.expenditure_rs {
                out.error(
                    "uc-components",
                    format!("{at}.spent_general_rs"),
                    crate::phrase!(
                        "the component-wise utilisation adds up to Rs. {parts}, not the \
                         expenditure Rs. {expenditure}",
                        parts = rs(parts),
                        expenditure = rs(uc.expenditure_rs.unwrap_or_default())
                    ),
                );
            }
        }
        if let Some(advances) = uc.closing_advances_rs {
            if advances.get() < 0 || advances > f.closing_rs {
                out.error(
                    "uc-closing-advances",
                    format!("{at}.closing_advances_rs"),
                    crate::phrase!(
                        "unadjusted advances of Rs. {advances} at the end of the year, against a \
                         closing balance of Rs. {closing}: the advances are part of the balance",
                        advances = rs(advances),
                        closing = rs(f.closing_rs)
                    ),
                );
            }
        }
        if uc.interest_deposited_rs > uc.interest_earned_rs {
            out.warn(
                "uc-interest",
                format!("{at}.interest_deposited_rs"),
                "more interest deposited back than was earned",
            );
        }
        if uc.accounts_act.trim().is_empty() {
            out.warn(
                "missing",
                format!("{at}.accounts_act"),
                "under which Act or rules are the accounts kept and audited? The form's first \
                 check names them",
            );
        }
        if uc.signatories.is_empty() {
            out.warn(
                "missing",
                // The certificate, not its empty list of signatories: the UI opens the
                // certificate, whose Signatories tab is next to it.
                at.clone(),
                "who signs? Form GFR 12-A is signed by the Chief Finance Officer (head of \
                 finance) and the head of the organisation",
            );
        }
    }
    // The year's opening balance is the previous year's closing one.
    for (i, uc) in progress.certificates.iter().enumerate() {
        let Some(year) = uc.year else { continue };
        let Some(&prev) = by_year.get(&FinancialYear(year.0 - 1)) else {
            continue;
        };
        let Some(closing) = progress.certificates[prev].closing_balance_rs else {
            continue;
        };
        let advances = progress.certificates[prev].closing_advances_rs;
        if uc.opening_rs() == closing
            && advances.is_some()
            && uc.unadjusted_advances_rs.unwrap_or_default() != advances.unwrap_or_default()
        {
            out.error(
                "uc-opening-balance",
                format!("progress.certificates[{i}].unadjusted_advances_rs"),
                crate::phrase!(
                    "{year} opens with Rs. {advances} of unadjusted advances, but {previous} \
                     closed with Rs. {closed}",
                    year = year.to_string(),
                    advances = rs(uc.unadjusted_advances_rs.unwrap_or_default()),
                    previous = FinancialYear(year.0 - 1).to_string(),
                    closed = rs(advances.unwrap_or_default())
                ),
            );
        }
        if uc.opening_rs() != closing {
            out.error(
                "uc-opening-balance",
                format!("progress.certificates[{i}].cash_in_hand_rs"),
                crate::phrase!(
                    "the grants position at the beginning of {year} is Rs. {opening}, but \
                     {previous} closed at Rs. {closing}",
                    year = year.to_string(),
                    opening = rs(uc.opening_rs()),
                    previous = FinancialYear(year.0 - 1).to_string(),
                    closing = rs(closing)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: (i32, u32, u32) = (2029, 6, 1);

    fn codes(study: &Study) -> Vec<(&'static str, String)> {
        let (y, m, d) = TODAY;
        findings(study, day(y, m, d))
            .into_iter()
            .map(|f| (f.code, f.path))
            .collect()
    }

    fn id(s: &str) -> Id {
        s.parse().unwrap()
    }

    /// A plan of one action costing 5 lakh, started 2027-04, and a period 2027-28.
    fn study() -> Study {
        let mut s = Study::new("Test", "mse-cdp");
        s.action_plan.start = "2027-04".parse().ok();
        s.action_plan.actions.push(Action {
            id: id("a-1"),
            cost: Some(Cost::Amount(Rupees(5_00_000))),
            ..Default::default()
        });
        s.progress = Some(Progress {
            periods: vec![PeriodReport {
                period: "2027-28".parse().ok(),
                actions: vec![ActionProgress {
                    action: Some(id("a-1")),
                    status: Some(ActionStatus::UnderWay),
                    started: Some(day(2027, 5, 1)),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        });
        s
    }

    fn entry(s: &mut Study) -> &mut ActionProgress {
        &mut s.progress.as_mut().unwrap().periods[0].actions[0]
    }

    #[test]
    fn a_consistent_period_has_nothing_to_say() {
        assert_eq!(codes(&study()), vec![]);
    }

    #[test]
    fn spending_beyond_the_cost_needs_a_note() {
        let mut s = study();
        entry(&mut s).spent.goi_rs = Some(Rupees(4_00_000));
        entry(&mut s).spent.beneficiary_rs = Some(Rupees(2_00_000));
        assert_eq!(
            codes(&s),
            vec![(
                "progress-overspent",
                "progress.periods[0].actions[0].spent".into()
            )]
        );
        entry(&mut s).note = "Trainer fees rose; the SPV met the difference.".into();
        assert_eq!(codes(&s), vec![]);
    }

    #[test]
    fn done_before_started() {
        let mut s = study();
        entry(&mut s).done = Some(day(2027, 4, 20));
        assert_eq!(
            codes(&s),
            vec![(
                "progress-done-before-started",
                "progress.periods[0].actions[0].done".into()
            )]
        );
    }

    #[test]
    fn periods_and_dates_after_today() {
        let mut s = study();
        entry(&mut s).started = Some(day(2029, 7, 1));
        s.progress.as_mut().unwrap().periods.push(PeriodReport {
            period: "2029-30 Q2".parse().ok(),
            ..Default::default()
        });
        let c = codes(&s);
        assert!(c.contains(&(
            "progress-future-date",
            "progress.periods[0].actions[0].started".into()
        )));
        assert!(c.contains(&(
            "progress-future-period",
            "progress.periods[1].period".into()
        )));
        // A quarter that has begun is reported on as it goes.
        s.progress.as_mut().unwrap().periods[1].period = "2029-30 Q1".parse().ok();
        assert!(!codes(&s)
            .iter()
            .any(|(c, _)| *c == "progress-future-period"));
    }

    #[test]
    fn a_period_twice_or_before_the_plan() {
        let mut s = study();
        let p = s.progress.as_mut().unwrap();
        p.periods.push(PeriodReport {
            period: "2027-28".parse().ok(),
            ..Default::default()
        });
        p.periods.push(PeriodReport {
            period: "2025-26".parse().ok(),
            ..Default::default()
        });
        let c = codes(&s);
        assert!(c.contains(&(
            "progress-duplicate-period",
            "progress.periods[1].period".into()
        )));
        assert!(c.contains(&("progress-before-plan", "progress.periods[2].period".into())));
    }

    #[test]
    fn dropped_needs_a_reason_and_done_a_date() {
        let mut s = study();
        entry(&mut s).status = Some(ActionStatus::Dropped);
        assert_eq!(
            codes(&s),
            vec![(
                "progress-dropped-without-reason",
                "progress.periods[0].actions[0].note".into()
            )]
        );
        entry(&mut s).status = Some(ActionStatus::Done);
        assert_eq!(
            codes(&s),
            vec![("missing", "progress.periods[0].actions[0].done".into())]
        );
    }

    fn with_uc(s: &mut Study) -> &mut UtilisationCertificate {
        let p = s.progress.as_mut().unwrap();
        p.releases.push(Release {
            instalment: Some(1),
            date: Some(day(2027, 6, 1)),
            amount_rs: Some(Rupees(40_00_000)),
            ..Default::default()
        });
        p.certificates.push(UtilisationCertificate {
            year: Some(FinancialYear(2027)),
            expenditure_rs: Some(Rupees(30_00_000)),
            closing_balance_rs: Some(Rupees(10_00_000)),
            signatories: vec![Signatory::default()],
            accounts_act: "the Societies Registration Act, 1860".into(),
            date: Some(day(2028, 4, 20)),
            ..Default::default()
        });
        &mut p.certificates[0]
    }

    #[test]
    fn a_certificate_whose_closing_balance_does_not_follow() {
        let mut s = study();
        with_uc(&mut s);
        assert_eq!(codes(&s), vec![]);
        with_uc(&mut s).closing_balance_rs = Some(Rupees(9_00_000));
        // (with_uc added a second release and certificate: take the first's path)
        let c = codes(&s);
        assert!(c.contains(&(
            "uc-closing-balance",
            "progress.certificates[1].closing_balance_rs".into()
        )));
        assert!(c.contains(&("uc-duplicate-year", "progress.certificates[1].year".into())));
    }

    #[test]
    fn components_add_up_to_the_expenditure() {
        let mut s = study();
        let uc = with_uc(&mut s);
        uc.spent_general_rs = Some(Rupees(10_00_000));
        uc.spent_capital_assets_rs = Some(Rupees(19_00_000));
        assert_eq!(
            codes(&s),
            vec![(
                "uc-components",
                "progress.certificates[0].spent_general_rs".into()
            )]
        );
    }

    #[test]
    fn the_next_year_opens_with_the_last_years_closing_balance() {
        let mut s = study();
        with_uc(&mut s);
        let p = s.progress.as_mut().unwrap();
        p.certificates.push(UtilisationCertificate {
            year: Some(FinancialYear(2028)),
            cash_in_hand_rs: Some(Rupees(8_00_000)),
            expenditure_rs: Some(Rupees(8_00_000)),
            closing_balance_rs: Some(Rupees(0)),
            signatories: vec![Signatory::default()],
            accounts_act: "the Societies Registration Act, 1860".into(),
            ..Default::default()
        });
        assert_eq!(
            codes(&s),
            vec![(
                "uc-opening-balance",
                "progress.certificates[1].cash_in_hand_rs".into()
            )]
        );
    }

    #[test]
    fn the_end_of_year_advances_are_part_of_the_balance_and_open_the_next_year() {
        let mut s = study();
        with_uc(&mut s).closing_advances_rs = Some(Rupees(12_00_000));
        assert_eq!(
            codes(&s),
            vec![(
                "uc-closing-advances",
                "progress.certificates[0].closing_advances_rs".into()
            )]
        );
        s.progress.as_mut().unwrap().certificates[0].closing_advances_rs = Some(Rupees(2_00_000));
        s.progress
            .as_mut()
            .unwrap()
            .certificates
            .push(UtilisationCertificate {
                year: Some(FinancialYear(2028)),
                cash_in_hand_rs: Some(Rupees(10_00_000)),
                expenditure_rs: Some(Rupees(10_00_000)),
                closing_balance_rs: Some(Rupees(0)),
                signatories: vec![Signatory::default()],
                accounts_act: "the Societies Registration Act, 1860".into(),
                ..Default::default()
            });
        // The total opens right, but the 2 lakh of advances came back as cash.
        assert_eq!(
            codes(&s),
            vec![(
                "uc-opening-balance",
                "progress.certificates[1].unadjusted_advances_rs".into()
            )]
        );
    }

    #[test]
    fn a_certificate_names_the_act_of_its_accounts_and_its_signatories() {
        let mut s = study();
        let uc = with_uc(&mut s);
        uc.accounts_act.clear();
        uc.signatories.clear();
        assert_eq!(
            codes(&s),
            vec![
                ("missing", "progress.certificates[0].accounts_act".into()),
                ("missing", "progress.certificates[0]".into()),
            ]
        );
    }

    #[test]
    fn an_instalment_before_the_certificate_of_the_earlier_year() {
        let mut s = study();
        with_uc(&mut s);
        let p = s.progress.as_mut().unwrap();
        p.releases.push(Release {
            instalment: Some(2),
            date: Some(day(2028, 4, 10)),
            amount_rs: Some(Rupees(20_00_000)),
            ..Default::default()
        });
        // The certificate for 2027-28 is dated 2028-04-20, after this release.
        assert_eq!(
            codes(&s),
            vec![(
                "release-before-certificate",
                "progress.releases[1].date".into()
            )]
        );
        s.progress.as_mut().unwrap().releases[1].date = Some(day(2028, 5, 10));
        assert_eq!(codes(&s), vec![]);
    }

    #[test]
    fn the_smaller_slips_each_have_their_code() {
        let mut s = study();
        entry(&mut s).done = Some(day(2028, 4, 2));
        assert_eq!(
            codes(&s),
            vec![(
                "progress-date-outside-period",
                "progress.periods[0].actions[0].done".into()
            )]
        );
        let mut s = study();
        entry(&mut s).status = Some(ActionStatus::NotStarted);
        entry(&mut s).spent.state_rs = Some(Rupees(1_000));
        assert_eq!(
            codes(&s),
            vec![(
                "progress-spent-not-started",
                "progress.periods[0].actions[0].status".into()
            )]
        );
        entry(&mut s).status = Some(ActionStatus::UnderWay);
        entry(&mut s).spent.state_rs = Some(Rupees(-1_000));
        assert_eq!(
            codes(&s),
            vec![(
                "negative-amount",
                "progress.periods[0].actions[0].spent".into()
            )]
        );
        let mut s = study();
        s.progress.as_mut().unwrap().periods[0]
            .indicators
            .push(IndicatorValue {
                persons: Some(10),
                women: Some(12),
                ..Default::default()
            });
        assert_eq!(
            codes(&s),
            vec![(
                "progress-more-women-than-persons",
                "progress.periods[0].indicators[0].women".into()
            )]
        );
        let mut s = study();
        let uc = with_uc(&mut s);
        uc.expenditure_rs = Some(Rupees(50_00_000));
        uc.closing_balance_rs = Some(Rupees(-10_00_000));
        uc.interest_deposited_rs = Some(Rupees(10));
        let c = codes(&s);
        assert!(c.contains(&(
            "uc-overspent",
            "progress.certificates[0].expenditure_rs".into()
        )));
        assert!(c.contains(&(
            "uc-interest",
            "progress.certificates[0].interest_deposited_rs".into()
        )));
    }
}
