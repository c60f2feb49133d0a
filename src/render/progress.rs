//! The documents of a project after sanction, for any scheme: the progress report (the
//! Annex-1 tables of the Madhya Pradesh roadmap's monitoring framework, year by year, plan
//! against done) and the utilisation certificate in Form GFR 12-A for one financial year.
//!
//! Owns their context (every sum computed here in whole rupees, so each total printed is
//! the sum of the rows printed above it) and the choice of template:
//! `_shared/progress.md.tera` and `_shared/uc.md.tera`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::words::{self, Words};
use super::{environment, template_error, tidy, Document, Format, RenderError};
use crate::assets::Assets;
use crate::i18n::DocLang;
use crate::model::{
    ActionStatus, Cost, FinancialYear, Level, PeriodReport, Progress, Quantity, ReportPeriod,
    Rupees, Study, UcFigures,
};
use crate::scheme::Catalog;

/// The two documents of monitoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonitoringDoc {
    /// The progress report, through a period.
    Progress,
    /// The utilisation certificate of one financial year.
    Uc,
}

impl MonitoringDoc {
    pub fn word(self) -> &'static str {
        match self {
            MonitoringDoc::Progress => "progress",
            MonitoringDoc::Uc => "uc",
        }
    }
}

/// Where the document goes by default: `studies/ujjain-plastic.uc-2027-28.md`,
/// `studies/ujjain-plastic.progress.md`.
pub fn monitoring_output(
    study_file: &std::path::Path,
    doc: MonitoringDoc,
    period: Option<ReportPeriod>,
    format: Format,
) -> std::path::PathBuf {
    let stem = study_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "study".to_string());
    let period = period
        .map(|p| format!("-{}", p.to_string().replace(' ', "-")))
        .unwrap_or_default();
    study_file.with_file_name(format!(
        "{stem}.{}{period}.{}",
        doc.word(),
        format.extension()
    ))
}

/// Renders the progress report (through `period`, or all periods) or the certificate of
/// `period`'s financial year (which it needs), in the study's language (`meta.language`).
pub fn render_monitoring(
    study: &Study,
    doc: MonitoringDoc,
    period: Option<ReportPeriod>,
    assets: &Assets,
) -> Result<Document, RenderError> {
    let words = super::words_of_study(study, assets)?;
    render_monitoring_in(study, doc, period, assets, &words)
}

/// [`render_monitoring`] in the language `words` holds (`render --lang`), as the DSR and
/// DPR are: the templates' fixed text through the `t` and `tp` filters, the words Rust
/// puts in the context (a total's row, an action's status) through [`words::label`].
pub fn render_monitoring_in(
    study: &Study,
    doc: MonitoringDoc,
    period: Option<ReportPeriod>,
    assets: &Assets,
    words: &Words,
) -> Result<Document, RenderError> {
    words::within(words, || {
        monitoring_here(study, doc, period, assets, words.lang)
    })
}

fn monitoring_here(
    study: &Study,
    doc: MonitoringDoc,
    period: Option<ReportPeriod>,
    assets: &Assets,
    lang: DocLang,
) -> Result<Document, RenderError> {
    // The study printed in the document's language (the cluster's Hindi name).
    let study = &*words::study_in(study, lang);
    let template = format!("_shared/{}.md.tera", doc.word());
    let empty = Progress::default();
    let progress = study.progress.as_ref().unwrap_or(&empty);
    let scheme_name = Catalog::load(assets)
        .ok()
        .and_then(|c| c.get(&study.meta.scheme).map(|s| s.name.clone()))
        .unwrap_or_else(|| study.meta.scheme.clone());
    let head = Head {
        title: study.meta.title.clone(),
        cluster: study.cluster.name.clone(),
        district: study.cluster.district.clone(),
        state: study.cluster.state.clone(),
        scheme: scheme_name,
        prepared_by: study.meta.prepared_by.name.clone(),
        organisation: study.meta.prepared_by.organisation.clone(),
        period: period.map(|p| p.to_string()),
    };
    let (value, title) = match doc {
        MonitoringDoc::Progress => {
            let ctx = progress_context(study, progress, period, head);
            let title = words::label_with(
                "Progress report: {cluster}",
                &[("cluster", words::Arg::Text(ctx.head.cluster.clone()))],
            );
            (tera::Context::from_serialize(&ctx), title)
        }
        MonitoringDoc::Uc => {
            let year = period.map(|p| p.year).ok_or_else(|| RenderError::Template {
                template: template.clone(),
                message: "the utilisation certificate is for one financial year: give --period 2027-28".into(),
            })?;
            let ctx = uc_context(progress, year, head).ok_or_else(|| RenderError::Template {
                template: template.clone(),
                message: format!(
                    "the study has no utilisation certificate for {year} (progress.certificates)"
                ),
            })?;
            let title = words::label_with(
                "Utilisation certificate {year}: {cluster}",
                &[
                    ("year", words::Arg::Text(year.to_string())),
                    ("cluster", words::Arg::Text(ctx.head.cluster.clone())),
                ],
            );
            (tera::Context::from_serialize(&ctx), title)
        }
    };
    let context = value.map_err(|e| RenderError::Template {
        template: template.clone(),
        message: format!("cannot pass the study to the template: {e}"),
    })?;
    let tera = environment(assets)?;
    let markdown = tera
        .render(&template, &context)
        .map_err(|e| template_error(&template, e))?;
    // Bilingual labels travel through the templates as pairs; the document has them joined
    // (before the characters XML forbids are dropped, the pair's mark being one of them).
    let markdown = words::join_pairs(&markdown);
    // As for the DSR and DPR: characters XML forbids never reach a document.
    let mut markdown = super::markdown::xml_safe(&markdown).into_owned();
    tidy(&mut markdown);
    let mut document = Document::of_study(study, markdown, &title, template, Vec::new());
    let written_in = DocLang::of(&document.language);
    if lang != DocLang::En || matches!(written_in, Some(DocLang::Hi | DocLang::EnHi)) {
        document.language = lang.tag().to_string();
    }
    Ok(document)
}

#[derive(Debug, Serialize)]
struct Head {
    title: String,
    cluster: String,
    district: String,
    state: String,
    scheme: String,
    prepared_by: String,
    organisation: String,
    period: Option<String>,
}

#[derive(Debug, Serialize)]
struct ProgressContext {
    head: Head,
    periods: Vec<String>,
    budget: Vec<BudgetRow>,
    budget_total: BudgetRow,
    actions: Vec<ActionRow>,
    actions_total: SpentRow,
    contributions: Vec<ContributionRow>,
    contributions_total: ContributionRow,
    capacity: Vec<CountRow>,
    capacity_total: CountRow,
    impact: Vec<CountRow>,
    impact_total: CountRow,
    policies: Vec<String>,
    sustainability: Vec<CountRow>,
    sustainability_total: CountRow,
    outputs: Vec<IndicatorRow>,
    outcomes: Vec<IndicatorRow>,
    impacts: Vec<IndicatorRow>,
    sustainability_indicators: Vec<IndicatorRow>,
    years: Vec<String>,
    notes: Vec<NoteRow>,
}

#[derive(Debug, Serialize, Default)]
struct BudgetRow {
    year: String,
    budget_rs: i64,
    utilised_rs: i64,
    planned: u32,
    done: u32,
    /// The plan-against-actual figure: shares of the budget used and of the activities
    /// done, each as a whole percentage and a bar of twenty blocks.
    budget_pct: Option<i64>,
    budget_bar: String,
    done_pct: Option<i64>,
    done_bar: String,
}

impl BudgetRow {
    fn with_figure(mut self) -> BudgetRow {
        let share = |part: i64, whole: i64| (whole > 0).then(|| (part * 100 + whole / 2) / whole);
        let bar = |pct: Option<i64>| {
            let filled = pct.map_or(0, |p| ((p.clamp(0, 100) + 2) / 5) as usize);
            format!("{}{}", "█".repeat(filled), "░".repeat(20 - filled))
        };
        self.budget_pct = share(self.utilised_rs, self.budget_rs);
        self.budget_bar = bar(self.budget_pct);
        self.done_pct = share(i64::from(self.done), i64::from(self.planned));
        self.done_bar = bar(self.done_pct);
        self
    }
}

#[derive(Debug, Serialize, Default)]
struct SpentRow {
    goi_rs: i64,
    state_rs: i64,
    beneficiary_rs: i64,
    other_rs: i64,
    total_rs: i64,
    cost_rs: i64,
}

#[derive(Debug, Serialize)]
struct ActionRow {
    id: String,
    title: String,
    months: String,
    status: String,
    started: Option<String>,
    done: Option<String>,
    spent: SpentRow,
    note: String,
}

#[derive(Debug, Serialize, Default)]
struct ContributionRow {
    year: String,
    primary_rs: i64,
    government_rs: i64,
    banks_rs: i64,
    others_rs: i64,
    secondary_rs: i64,
}

/// Counts by year; `values` in the order of the table's columns.
#[derive(Debug, Serialize, Default)]
struct CountRow {
    year: String,
    /// `None` in the total row under a stock (networks existing): a stock does not add up
    /// over the years, and the last year's row already shows it.
    values: Vec<Option<u32>>,
}

#[derive(Debug, Serialize)]
struct IndicatorRow {
    id: String,
    name: String,
    unit: String,
    baseline: Option<String>,
    target: Option<String>,
    /// The value measured in each year of `years` (the latest of the year).
    values: Vec<Option<String>>,
    persons: Option<u32>,
    women: Option<u32>,
    poverty_groups: Option<u32>,
    source: String,
}

#[derive(Debug, Serialize)]
struct NoteRow {
    period: String,
    text: String,
}

/// Whether a period is within the report that runs through `upto`.
fn within(p: ReportPeriod, upto: Option<ReportPeriod>) -> bool {
    let Some(u) = upto else { return true };
    match (p.year.cmp(&u.year), u.quarter, p.quarter) {
        (std::cmp::Ordering::Less, _, _) => true,
        (std::cmp::Ordering::Greater, _, _) => false,
        (_, None, _) => true,
        (_, Some(uq), Some(pq)) => pq <= uq,
        // The whole year is not within a report through one of its quarters.
        (_, Some(_), None) => false,
    }
}

fn progress_context(
    study: &Study,
    progress: &Progress,
    upto: Option<ReportPeriod>,
    head: Head,
) -> ProgressContext {
    let reports: Vec<&PeriodReport> = progress
        .periods
        .iter()
        .filter(|p| p.period.is_some_and(|p| within(p, upto)))
        .collect();
    let (plan, years) = plan_by_year(study, &reports, upto);
    let of_year = |y: FinancialYear| -> Vec<&PeriodReport> {
        reports
            .iter()
            .copied()
            .filter(|r| r.period.is_some_and(|p| p.year == y))
            .collect()
    };

    // Budget and activities, planned against done.
    let mut budget = Vec::new();
    let mut budget_total = BudgetRow {
        year: "Total".into(),
        ..Default::default()
    };
    for y in plan {
        let row = BudgetRow {
            year: y.year.to_string(),
            budget_rs: y.budget_rs,
            utilised_rs: y.utilised_rs,
            planned: y.planned,
            done: y.done,
            ..Default::default()
        };
        budget_total.budget_rs += row.budget_rs;
        budget_total.utilised_rs += row.utilised_rs;
        budget_total.planned += row.planned;
        budget_total.done += row.done;
        budget.push(row.with_figure());
    }
    let budget_total = budget_total.with_figure();
    // The other tables are of what was reported: a year the plan runs into that no period
    // reports gets no column (or row) of zeros.
    let years: Vec<FinancialYear> = years
        .into_iter()
        .filter(|y| !of_year(*y).is_empty())
        .collect();

    // Each action: its plan and its latest state, and what it spent through the report.
    let mut actions = Vec::new();
    let mut actions_total = SpentRow::default();
    for a in &study.action_plan.actions {
        let entries: Vec<_> = reports
            .iter()
            .flat_map(|r| &r.actions)
            .filter(|e| e.action.as_ref() == Some(&a.id))
            .collect();
        let sum = |f: fn(&crate::model::Spent) -> Option<Rupees>| -> i64 {
            entries
                .iter()
                .filter_map(|e| f(&e.spent))
                .map(Rupees::get)
                .sum()
        };
        let spent = SpentRow {
            goi_rs: sum(|s| s.goi_rs),
            state_rs: sum(|s| s.state_rs),
            beneficiary_rs: sum(|s| s.beneficiary_rs),
            other_rs: sum(|s| s.other_rs),
            total_rs: sum(|s| s.total()),
            cost_rs: a.cost.as_ref().and_then(Cost::total).map_or(0, Rupees::get),
        };
        actions_total.goi_rs += spent.goi_rs;
        actions_total.state_rs += spent.state_rs;
        actions_total.beneficiary_rs += spent.beneficiary_rs;
        actions_total.other_rs += spent.other_rs;
        actions_total.total_rs += spent.total_rs;
        actions_total.cost_rs += spent.cost_rs;
        let status = entries
            .iter()
            .rev()
            .find_map(|e| e.status)
            .unwrap_or(ActionStatus::NotStarted);
        let months = match (a.start_month, a.end_month()) {
            (Some(s), Some(e)) if s != e => format!("{s}–{e}"),
            (Some(s), _) => s.to_string(),
            _ => String::new(),
        };
        let note = entries
            .iter()
            .rev()
            .map(|e| e.note.trim())
            .find(|n| !n.is_empty())
            .unwrap_or_default()
            .to_string();
        actions.push(ActionRow {
            id: a.id.to_string(),
            title: a.title.clone(),
            months,
            status: words::translate_in(status.label(), None, &[], words::Kind::Label),
            started: entries
                .iter()
                .find_map(|e| e.started)
                .map(|d| d.to_string()),
            done: entries
                .iter()
                .rev()
                .find_map(|e| e.done)
                .map(|d| d.to_string()),
            spent,
            note,
        });
    }

    // Stakeholder contributions by year.
    let mut contributions = Vec::new();
    let mut contributions_total = ContributionRow {
        year: "Total".into(),
        ..Default::default()
    };
    for &y in &years {
        let rs = |f: fn(&PeriodReport) -> Option<Rupees>| -> i64 {
            of_year(y)
                .iter()
                .filter_map(|r| f(r))
                .map(Rupees::get)
                .sum()
        };
        let row = ContributionRow {
            year: y.to_string(),
            primary_rs: rs(|r| r.contributions.primary_rs),
            government_rs: rs(|r| r.contributions.government_rs),
            banks_rs: rs(|r| r.contributions.banks_rs),
            others_rs: rs(|r| r.contributions.others_rs),
            secondary_rs: rs(|r| Some(r.contributions.secondary())),
        };
        contributions_total.primary_rs += row.primary_rs;
        contributions_total.government_rs += row.government_rs;
        contributions_total.banks_rs += row.banks_rs;
        contributions_total.others_rs += row.others_rs;
        contributions_total.secondary_rs += row.secondary_rs;
        contributions.push(row);
    }

    // Counts by year: flows add up; the stock of networks and BDS providers is the last
    // figure of the year, and has no total.
    type Pick = fn(&PeriodReport) -> Option<u32>;
    let counts = |picks: &[(Pick, bool)]| -> (Vec<CountRow>, CountRow) {
        let mut rows = Vec::new();
        let mut total = CountRow {
            year: "Total".into(),
            values: picks
                .iter()
                .map(|(_, stock)| (!stock).then_some(0))
                .collect(),
        };
        for &y in &years {
            let values: Vec<u32> = picks
                .iter()
                .map(|(pick, stock)| {
                    let mut figures = of_year(y).into_iter().filter_map(pick);
                    if *stock {
                        figures.next_back().unwrap_or(0)
                    } else {
                        figures.sum()
                    }
                })
                .collect();
            for (sum, v) in total.values.iter_mut().zip(&values) {
                if let Some(sum) = sum {
                    *sum += v;
                }
            }
            rows.push(CountRow {
                year: y.to_string(),
                values: values.into_iter().map(Some).collect(),
            });
        }
        (rows, total)
    };
    let (capacity, capacity_total) = counts(&[
        (|r| r.capacity.institutions_trained, false),
        (|r| r.capacity.persons_trained, false),
        (|r| r.capacity.policy_workshops, false),
        (|r| r.capacity.workshop_institutions, false),
    ]);
    let (impact, impact_total) = counts(&[
        (|r| r.impact.programmes_started, false),
        (|r| r.impact.programmes_modified, false),
        (|r| r.impact.clusters_picked_up, false),
    ]);
    let (sustainability, sustainability_total) = counts(&[
        (|r| r.sustainability.networks_existing, true),
        (|r| r.sustainability.networks_created, false),
        (|r| r.sustainability.network_members, false),
        (|r| r.sustainability.bds_existing, true),
        (|r| r.sustainability.bds_created, false),
        (|r| r.sustainability.bds_linked, false),
    ]);
    let policies = reports
        .iter()
        .map(|r| r.impact.policy.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();

    // Indicators by level, against baseline and target, with their values by year.
    let indicator_rows = |level: Level| -> Vec<IndicatorRow> {
        study
            .indicators
            .iter()
            .filter(|k| k.level == Some(level))
            .map(|k| {
                let measured: Vec<_> = reports
                    .iter()
                    .flat_map(|r| r.indicators.iter().map(move |v| (r, v)))
                    .filter(|(_, v)| v.indicator.as_ref() == Some(&k.id))
                    .collect();
                let show = |q: Option<Quantity>| q.map(|q| q.to_string());
                let values = years
                    .iter()
                    .map(|y| {
                        measured
                            .iter()
                            .filter(|(r, _)| r.period.is_some_and(|p| p.year == *y))
                            .filter_map(|(_, v)| v.value)
                            .next_back()
                            .map(|q| q.to_string())
                    })
                    .collect();
                let last = measured.last().map(|(_, v)| *v);
                IndicatorRow {
                    id: k.id.to_string(),
                    name: k.name.clone(),
                    unit: k.unit.clone(),
                    baseline: show(k.baseline),
                    target: show(k.target),
                    values,
                    persons: last.and_then(|v| v.persons),
                    women: last.and_then(|v| v.women),
                    poverty_groups: last.and_then(|v| v.poverty_groups),
                    source: last.map(|v| v.source.clone()).unwrap_or_default(),
                }
            })
            .collect()
    };
    let notes = reports
        .iter()
        .filter(|r| !r.notes.trim().is_empty())
        .map(|r| NoteRow {
            period: r.period.map(|p| p.to_string()).unwrap_or_default(),
            text: r.notes.clone(),
        })
        .collect();
    ProgressContext {
        head,
        periods: reports
            .iter()
            .filter_map(|r| r.period.map(|p| p.to_string()))
            .collect(),
        budget,
        budget_total,
        actions,
        actions_total,
        contributions,
        contributions_total,
        capacity,
        capacity_total,
        impact,
        impact_total,
        policies,
        sustainability,
        sustainability_total,
        outputs: indicator_rows(Level::Output),
        outcomes: indicator_rows(Level::Outcome),
        impacts: indicator_rows(Level::Impact),
        sustainability_indicators: indicator_rows(Level::Sustainability),
        years: years.iter().map(|y| y.to_string()).collect(),
        notes,
    }
}

/// The year an action was done: its completion date's, else the first period's that
/// reports it done.
/// One financial year of a project, planned against done: the budget the plan spreads
/// into the year, what the reports say was spent in it, the activities the plan finishes
/// in it and those done in it. The progress report's first table, and the portfolio's
/// roll-up of it, are these rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct YearPlan {
    pub year: FinancialYear,
    pub budget_rs: i64,
    pub utilised_rs: i64,
    pub planned: u32,
    pub done: u32,
}

/// The project's years planned against done (all its periods), as the progress report
/// tables them.
pub fn year_plan(study: &Study) -> Vec<YearPlan> {
    let empty = Progress::default();
    let progress = study.progress.as_ref().unwrap_or(&empty);
    let reports: Vec<&PeriodReport> = progress
        .periods
        .iter()
        .filter(|p| p.period.is_some())
        .collect();
    plan_by_year(study, &reports, None).0
}

/// The years planned against done through `upto`, and the years of the report (those the
/// plan's actions run in and those reported).
fn plan_by_year(
    study: &Study,
    reports: &[&PeriodReport],
    upto: Option<ReportPeriod>,
) -> (Vec<YearPlan>, Vec<FinancialYear>) {
    let year_of_month = |month: u32| -> Option<FinancialYear> {
        let start = study.action_plan.start?;
        let index = start.year * 12 + start.month as i32 - 1 + month as i32 - 1;
        Some(FinancialYear::of_month(index / 12, (index % 12) as u32 + 1))
    };
    // Each action's budget by financial year: its cost spread over its planned months, in
    // proportion, the rupees left by the division given to the years with the largest
    // remainders, so that the years add up to the cost.
    let budget_by_year = |a: &crate::model::Action| -> Vec<(FinancialYear, i64)> {
        let (Some(first), Some(last)) = (a.start_month, a.end_month()) else {
            return Vec::new();
        };
        let cost = a.cost.as_ref().and_then(Cost::total).map_or(0, Rupees::get);
        let mut months: Vec<(FinancialYear, i64)> = Vec::new();
        for m in first..=last {
            let Some(y) = year_of_month(m) else { continue };
            match months.last_mut() {
                Some((last, n)) if *last == y => *n += 1,
                _ => months.push((y, 1)),
            }
        }
        let total: i64 = months.iter().map(|(_, n)| n).sum();
        if total == 0 {
            return Vec::new();
        }
        let mut shares: Vec<(FinancialYear, i64, i64)> = months
            .iter()
            .map(|&(y, n)| (y, cost * n / total, (cost * n) % total))
            .collect();
        let mut left = cost - shares.iter().map(|s| s.1).sum::<i64>();
        let mut order: Vec<usize> = (0..shares.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(shares[i].2));
        for i in order {
            if left <= 0 {
                break;
            }
            shares[i].1 += 1;
            left -= 1;
        }
        shares.into_iter().map(|(y, r, _)| (y, r)).collect()
    };
    // The years of the report: those the plan's actions run in and those reported.
    let mut years: Vec<FinancialYear> = study
        .action_plan
        .actions
        .iter()
        .flat_map(|a| budget_by_year(a).into_iter().map(|(y, _)| y))
        .chain(reports.iter().filter_map(|r| r.period.map(|p| p.year)))
        .filter(|y| upto.is_none_or(|u| *y <= u.year))
        .collect();
    years.sort();
    years.dedup();
    let of_year = |y: FinancialYear| -> Vec<&PeriodReport> {
        reports
            .iter()
            .copied()
            .filter(|r| r.period.is_some_and(|p| p.year == y))
            .collect()
    };

    let mut plan = Vec::new();
    for &y in &years {
        // The activities the plan finishes in the year.
        let planned = study
            .action_plan
            .actions
            .iter()
            .filter(|a| a.end_month().and_then(year_of_month) == Some(y))
            .count();
        plan.push(YearPlan {
            year: y,
            budget_rs: study
                .action_plan
                .actions
                .iter()
                .flat_map(budget_by_year)
                .filter(|(year, _)| *year == y)
                .map(|(_, r)| r)
                .sum(),
            utilised_rs: of_year(y)
                .iter()
                .flat_map(|r| &r.actions)
                .filter_map(|a| a.spent.total())
                .map(Rupees::get)
                .sum(),
            planned: planned as u32,
            // An action counts as done in the year of its completion date, else in the
            // first period that reports it done.
            done: study
                .action_plan
                .actions
                .iter()
                .filter(|a| done_year(reports, &a.id) == Some(y))
                .count() as u32,
        });
    }
    (plan, years)
}

fn done_year(reports: &[&PeriodReport], action: &crate::model::Id) -> Option<FinancialYear> {
    let entries = reports.iter().flat_map(|r| {
        r.actions
            .iter()
            .filter(move |e| e.action.as_ref() == Some(action))
            .map(move |e| (r, e))
    });
    let mut first_done = None;
    for (r, e) in entries {
        if e.status == Some(ActionStatus::Done) {
            if let Some(d) = e.done {
                return Some(FinancialYear::of_date(d));
            }
            first_done = first_done.or(r.period.map(|p| p.year));
        }
    }
    first_done
}

#[derive(Debug, Serialize)]
struct UcContext {
    head: Head,
    year: String,
    scheme: String,
    grantee: String,
    grant_kind: String,
    /// The heads the grant is for, as the form's title names them, those not used struck
    /// out: "grants-in-aid / salaries / creation of capital assets".
    heads: String,
    /// Whose guidelines the performance follows: who released the grant.
    authority: String,
    accounts_act: String,
    cash_in_hand_rs: i64,
    unadjusted_advances_rs: i64,
    figures: UcFigures,
    releases: Vec<ReleaseRow>,
    closing_balance_rs: Option<i64>,
    /// The grants position at the end of the year: cash and bank, and advances.
    closing_cash_rs: i64,
    closing_advances_rs: i64,
    general_rs: i64,
    salaries_rs: i64,
    capital_rs: i64,
    components_rs: i64,
    text: String,
    place: String,
    date: Option<String>,
    signatories: Vec<SignatoryRow>,
    /// The grantee's accounts and the figures disagree (check says so too).
    closing_differs: bool,
}

#[derive(Debug, Serialize)]
struct ReleaseRow {
    instalment: Option<u32>,
    sanction_order: String,
    date: Option<String>,
    amount_rs: i64,
    from: String,
}

#[derive(Debug, Serialize)]
struct SignatoryRow {
    name: String,
    designation: String,
}

/// The heads a certificate is in respect of, each a label of the document's language, joined
/// "a / b"; in a bilingual document one pair of the Hindi heads and the English ones, so that
/// the Hindi sentence they go into takes the Hindi ([`words::PAIR`]).
fn joined_labels(heads: &[&str]) -> String {
    let (mut hi, mut en) = (Vec::new(), Vec::new());
    for h in heads {
        let label = words::translate_in(h, None, &[], words::Kind::Label);
        match label.split_once(words::PAIR) {
            Some((h, e)) => {
                hi.push(h.to_string());
                en.push(e.to_string());
            }
            None => {
                hi.push(label.clone());
                en.push(label);
            }
        }
    }
    let (hi, en) = (hi.join(" / "), en.join(" / "));
    if hi == en {
        en
    } else {
        format!("{hi}{}{en}", words::PAIR)
    }
}

fn uc_context(progress: &Progress, year: FinancialYear, head: Head) -> Option<UcContext> {
    let uc = progress
        .certificates
        .iter()
        .find(|c| c.year == Some(year))?;
    let figures = uc.figures(&progress.releases);
    let rs = |r: Option<Rupees>| r.map_or(0, Rupees::get);
    let mut by_order: BTreeMap<(Option<chrono::NaiveDate>, usize), ReleaseRow> = BTreeMap::new();
    for (i, r) in uc.releases(&progress.releases).into_iter().enumerate() {
        by_order.insert(
            (r.date, i),
            ReleaseRow {
                instalment: r.instalment,
                sanction_order: r.sanction_order.clone(),
                date: r.date.map(|d| d.to_string()),
                amount_rs: rs(r.amount_rs),
                from: r.from.clone(),
            },
        );
    }
    let scheme = if uc.scheme.trim().is_empty() {
        head.scheme.clone()
    } else {
        uc.scheme.clone()
    };
    let used = [
        (uc.spent_general_rs, "grants-in-aid"),
        (uc.spent_salaries_rs, "salaries"),
        (uc.spent_capital_assets_rs, "creation of capital assets"),
    ];
    let mut heads: Vec<&str> = used
        .iter()
        .filter(|(r, _)| r.is_some_and(|r| !r.is_zero()))
        .map(|(_, h)| *h)
        .collect();
    if heads.is_empty() {
        heads = used.iter().map(|(_, h)| *h).collect();
    }
    let authority = uc
        .releases(&progress.releases)
        .into_iter()
        .chain(&progress.releases)
        .map(|r| r.from.trim())
        .find(|f| !f.is_empty())
        .unwrap_or_default()
        .to_string();
    let closing_advances = rs(uc.closing_advances_rs);
    Some(UcContext {
        heads: joined_labels(&heads),
        authority,
        accounts_act: uc.accounts_act.clone(),
        closing_cash_rs: figures.closing_rs.get() - closing_advances,
        closing_advances_rs: closing_advances,
        year: year.to_string(),
        scheme,
        grantee: uc.grantee.clone(),
        grant_kind: uc
            .grant_kind
            .map(|k| words::translate_in(k.label(), None, &[], words::Kind::Label))
            .unwrap_or_default(),
        cash_in_hand_rs: rs(uc.cash_in_hand_rs),
        unadjusted_advances_rs: rs(uc.unadjusted_advances_rs),
        figures,
        releases: by_order.into_values().collect(),
        closing_balance_rs: uc.closing_balance_rs.map(Rupees::get),
        general_rs: rs(uc.spent_general_rs),
        salaries_rs: rs(uc.spent_salaries_rs),
        capital_rs: rs(uc.spent_capital_assets_rs),
        components_rs: rs(uc.spent_general_rs)
            + rs(uc.spent_salaries_rs)
            + rs(uc.spent_capital_assets_rs),
        text: uc.text.clone(),
        place: uc.place.clone(),
        date: uc.date.map(|d| d.to_string()),
        signatories: uc
            .signatories
            .iter()
            .map(|s| SignatoryRow {
                name: s.name.clone(),
                designation: s.designation.clone(),
            })
            .collect(),
        closing_differs: uc
            .closing_balance_rs
            .is_some_and(|c| c != figures.closing_rs),
        head,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_through_a_quarter_leaves_later_ones_out() {
        let p = |s: &str| s.parse::<ReportPeriod>().unwrap();
        assert!(within(p("2027-28 Q1"), Some(p("2027-28 Q2"))));
        assert!(!within(p("2027-28 Q3"), Some(p("2027-28 Q2"))));
        assert!(within(p("2027-28 Q3"), Some(p("2027-28"))));
        assert!(within(p("2026-27"), Some(p("2027-28 Q1"))));
        assert!(!within(p("2028-29"), Some(p("2027-28"))));
        assert!(within(p("2028-29"), None));
    }
}
