//! One study as the portfolio reads it: the row computed from a study file (its place in
//! the pipeline, its money as `cdstudy budget` gives it and as spent, its monitoring and
//! selection figures, its data quality), and the stage rule. A row depends only on the
//! file's content, the scheme rules and the day of the run, so it is what the cache keeps.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{ActionStatus, Cost, ReportPeriod, Rupees, Study, YearMonth};
use crate::render::{year_plan, YearPlan};
use crate::scheme::{financing, Catalog};

/// Where a cluster is in its life, from selection to a completed project: the
/// implementation stages of the Madhya Pradesh roadmap (§4.5: diagnostic study, soft
/// interventions, DPR, sanction, hard interventions), decided from the study's own facts.
///
/// The rule, the first that holds from the top:
/// 1. **completed**: the progress section reports periods and every action of the plan
///    is, at its latest report, done or dropped (at least one done);
/// 2. **under implementation**: the study has a CFC (its DPR) and a period reports an
///    action under way or done, or money spent;
/// 3. **soft interventions**: without a CFC, a period reports an action under way or done,
///    or money spent (soft interventions come before any DPR);
/// 4. **sanctioned**: a progress section exists (a release, a certificate or a period
///    report with nothing started yet), or the study is approved and has a CFC;
/// 5. **DPR**: the study describes a CFC (a detailed project report is being drawn up);
/// 6. **DSR done**: the study is submitted or approved (the diagnostic report is in);
/// 7. **diagnostic under way**: the field work or the diagnosis has begun (a visit, an
///    interview, a survey finding, a value-chain stage or a bottleneck);
/// 8. **selected**: otherwise — a study file opened for a cluster selected for diagnosis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Selected,
    DiagnosticUnderWay,
    DsrDone,
    SoftInterventions,
    Dpr,
    Sanctioned,
    UnderImplementation,
    Completed,
}

impl Stage {
    pub const ALL: [Stage; 8] = [
        Stage::Selected,
        Stage::DiagnosticUnderWay,
        Stage::DsrDone,
        Stage::SoftInterventions,
        Stage::Dpr,
        Stage::Sanctioned,
        Stage::UnderImplementation,
        Stage::Completed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Stage::Selected => "Selected",
            Stage::DiagnosticUnderWay => "Diagnostic under way",
            Stage::DsrDone => "DSR done",
            Stage::SoftInterventions => "Soft interventions",
            Stage::Dpr => "DPR",
            Stage::Sanctioned => "Sanctioned",
            Stage::UnderImplementation => "Under implementation",
            Stage::Completed => "Completed",
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Stage::Selected => "selected",
            Stage::DiagnosticUnderWay => "diagnostic-under-way",
            Stage::DsrDone => "dsr-done",
            Stage::SoftInterventions => "soft-interventions",
            Stage::Dpr => "dpr",
            Stage::Sanctioned => "sanctioned",
            Stage::UnderImplementation => "under-implementation",
            Stage::Completed => "completed",
        }
    }

    pub fn index(self) -> usize {
        Stage::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The stage of `study`, by the rule above.
    pub fn of(study: &Study) -> Stage {
        use crate::model::Status;
        let has_cfc = study.cfc.is_some();
        if let Some(p) = &study.progress {
            let latest = |id: &crate::model::Id| {
                p.periods
                    .iter()
                    .flat_map(|r| &r.actions)
                    .filter(|e| e.action.as_ref() == Some(id))
                    .filter_map(|e| e.status)
                    .next_back()
            };
            let actions = &study.action_plan.actions;
            let finished = |s: Option<ActionStatus>| {
                matches!(s, Some(ActionStatus::Done) | Some(ActionStatus::Dropped))
            };
            if !p.periods.is_empty()
                && !actions.is_empty()
                && actions.iter().all(|a| finished(latest(&a.id)))
                && actions
                    .iter()
                    .any(|a| latest(&a.id) == Some(ActionStatus::Done))
            {
                return Stage::Completed;
            }
            let moving = p.periods.iter().flat_map(|r| &r.actions).any(|e| {
                matches!(
                    e.status,
                    Some(ActionStatus::UnderWay) | Some(ActionStatus::Done)
                ) || e.spent.total().is_some_and(|t| !t.is_zero())
            });
            if moving {
                return if has_cfc {
                    Stage::UnderImplementation
                } else {
                    Stage::SoftInterventions
                };
            }
            return Stage::Sanctioned;
        }
        if has_cfc && study.meta.status == Status::Approved {
            return Stage::Sanctioned;
        }
        if has_cfc {
            return Stage::Dpr;
        }
        if matches!(study.meta.status, Status::Submitted | Status::Approved) {
            return Stage::DsrDone;
        }
        let fw = &study.field_work;
        if !fw.visits.is_empty()
            || !fw.interviews.is_empty()
            || !fw.survey.is_empty()
            || !study.value_chain.stages.is_empty()
            || !study.bottlenecks.is_empty()
        {
            return Stage::DiagnosticUnderWay;
        }
        Stage::Selected
    }
}

/// Money by source, whole rupees: the budget's columns (`cdstudy budget`), or what was
/// spent (then `cost_rs` is the total spent and `gap_rs` is zero).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub cost_rs: i64,
    pub goi_rs: i64,
    pub state_rs: i64,
    /// The SPV's (or beneficiaries', implementing agency's) share.
    pub spv_rs: i64,
    /// Bank loan and other sources.
    pub other_rs: i64,
    /// Cost no source meets (negative: the sources exceed it).
    pub gap_rs: i64,
}

impl Money {
    pub fn add(&mut self, o: &Money) {
        self.cost_rs += o.cost_rs;
        self.goi_rs += o.goi_rs;
        self.state_rs += o.state_rs;
        self.spv_rs += o.spv_rs;
        self.other_rs += o.other_rs;
        self.gap_rs += o.gap_rs;
    }

    /// The sources and the gap, in the order tables print them; they add up to the cost.
    pub fn parts(&self) -> [i64; 5] {
        [
            self.goi_rs,
            self.state_rs,
            self.spv_rs,
            self.other_rs,
            self.gap_rs,
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComponentRow {
    pub id: String,
    pub name: String,
    pub money: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionRow {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub component: String,
    pub theme: String,
    pub cost_rs: Option<i64>,
    pub start_month: Option<u32>,
    pub months: Option<u32>,
    /// At its latest report; `not-started` when no period reports it.
    pub status: String,
    pub spent_rs: Option<i64>,
}

/// How an indicator stands at its latest measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Track {
    /// The target is reached.
    Met,
    /// As far from the baseline toward the target as the share of the plan's months
    /// elapsed at the measurement (or, without a plan length, moved toward it at all).
    OnTrack,
    /// Less far than that.
    Behind,
    /// No value reported yet.
    NotMeasured,
    /// No target (or a target equal to the baseline): nothing to be on track for.
    NoTarget,
}

impl Track {
    pub const ALL: [Track; 5] = [
        Track::Met,
        Track::OnTrack,
        Track::Behind,
        Track::NotMeasured,
        Track::NoTarget,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Track::Met => "Met",
            Track::OnTrack => "On track",
            Track::Behind => "Behind",
            Track::NotMeasured => "Not measured",
            Track::NoTarget => "No target",
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Track::Met => "met",
            Track::OnTrack => "on-track",
            Track::Behind => "behind",
            Track::NotMeasured => "not-measured",
            Track::NoTarget => "no-target",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorRow {
    pub id: String,
    pub level: String,
    pub name: String,
    pub unit: String,
    /// Quantities in hundredths (12.5 is 1250), exact as the file holds them.
    pub baseline_x100: Option<i64>,
    pub target_x100: Option<i64>,
    pub latest_x100: Option<i64>,
    pub latest_period: Option<String>,
    pub track: Track,
}

/// One action's entry in one period's report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressRow {
    pub period: String,
    pub action: String,
    pub status: String,
    pub goi_rs: i64,
    pub state_rs: i64,
    pub spv_rs: i64,
    pub other_rs: i64,
    pub total_rs: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BottleneckRow {
    pub id: String,
    pub title: String,
    pub category: String,
    pub severity: String,
}

/// The cluster's score on the criteria of selection, under the department's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub total_x100: i64,
    pub total: String,
    pub passes: Option<bool>,
}

/// One study of the portfolio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudyRow {
    /// The file as found under the paths given (set on every run: the cache is keyed by
    /// content, and one content may sit at two paths).
    #[serde(default)]
    pub file: String,
    pub id: String,
    pub title: String,
    pub cluster: String,
    pub state: String,
    pub district: String,
    pub products: Vec<String>,
    /// The sectors the study names (`cluster.sectors`), as the schemes decide eligibility.
    #[serde(default)]
    pub sectors: Vec<String>,
    pub scheme: String,
    /// The scheme's name when cdstudy knows the scheme; `None` when the study names none
    /// or an unknown one (then it has no budget, as `cdstudy budget` gives none).
    pub scheme_name: Option<String>,
    pub status: String,
    pub stage: Stage,
    pub units: Option<u32>,
    pub employment: Option<u32>,
    pub turnover_rs: Option<i64>,
    pub exports_rs: Option<i64>,
    /// The budget as `cdstudy budget` gives it.
    pub planned: Money,
    /// What the progress section reports spent, by source.
    pub spent: Money,
    pub selection: Option<Score>,
    pub errors: u32,
    pub warnings: u32,
    /// The latest period with a report, and the first release (for the studies that
    /// stopped reporting).
    pub last_period: Option<String>,
    pub first_release: Option<NaiveDate>,
    pub years: Vec<YearPlan>,
    pub components: Vec<ComponentRow>,
    pub actions: Vec<ActionRow>,
    pub indicators: Vec<IndicatorRow>,
    pub progress: Vec<ProgressRow>,
    pub bottlenecks: Vec<BottleneckRow>,
}

fn rs(v: Option<Rupees>) -> i64 {
    v.map_or(0, Rupees::get)
}

impl StudyRow {
    /// The row of `study` under the scheme rules of `catalog`.
    pub fn of(study: &Study, catalog: &Catalog) -> StudyRow {
        let scheme_id = study.meta.scheme.trim();
        let scheme = (!scheme_id.is_empty())
            .then(|| catalog.get(scheme_id))
            .flatten();
        let (planned, components) = match scheme {
            // The same computation `cdstudy budget` prints: the financing's totals.
            Some(s) => {
                let f = financing(study, s);
                let t = &f.totals;
                let money = Money {
                    cost_rs: t.cost_rs.get(),
                    goi_rs: t.goi_rs.get(),
                    state_rs: t.state_rs.get(),
                    spv_rs: t.beneficiary_rs.get(),
                    other_rs: t.other_rs.get(),
                    gap_rs: t.gap_rs.get(),
                };
                let components = f
                    .components
                    .iter()
                    .map(|c| ComponentRow {
                        id: c.id.clone(),
                        name: c.name.clone(),
                        money: Money {
                            cost_rs: c.cost_rs.get(),
                            goi_rs: c.goi_rs.get(),
                            state_rs: c.state_rs.get(),
                            spv_rs: c.beneficiary_rs.get(),
                            other_rs: c.other_rs.get(),
                            gap_rs: c.gap_rs.get(),
                        },
                    })
                    .collect();
                (money, components)
            }
            None => (Money::default(), Vec::new()),
        };
        let report = crate::check::check_with(study, catalog);
        let progress = study.progress.as_ref();
        let mut spent = Money::default();
        let mut progress_rows = Vec::new();
        let mut periods: Vec<ReportPeriod> = Vec::new();
        if let Some(p) = progress {
            for r in &p.periods {
                let Some(period) = r.period else { continue };
                periods.push(period);
                for e in &r.actions {
                    let s = &e.spent;
                    let row = ProgressRow {
                        period: period.to_string(),
                        action: e.action.as_ref().map(|a| a.to_string()).unwrap_or_default(),
                        status: e.status.map(|s| s.word()).unwrap_or_default().to_string(),
                        goi_rs: rs(s.goi_rs),
                        state_rs: rs(s.state_rs),
                        spv_rs: rs(s.beneficiary_rs),
                        other_rs: rs(s.other_rs),
                        total_rs: rs(s.total()),
                    };
                    spent.goi_rs += row.goi_rs;
                    spent.state_rs += row.state_rs;
                    spent.spv_rs += row.spv_rs;
                    spent.other_rs += row.other_rs;
                    spent.cost_rs += row.total_rs;
                    progress_rows.push(row);
                }
            }
        }
        let actions = study
            .action_plan
            .actions
            .iter()
            .map(|a| {
                let status = progress
                    .and_then(|p| {
                        p.periods
                            .iter()
                            .flat_map(|r| &r.actions)
                            .filter(|e| e.action.as_ref() == Some(&a.id))
                            .filter_map(|e| e.status)
                            .next_back()
                    })
                    .unwrap_or(ActionStatus::NotStarted);
                ActionRow {
                    id: a.id.to_string(),
                    title: a.title.clone(),
                    kind: a.kind.map(|k| k.word()).unwrap_or_default().to_string(),
                    component: a.component.clone(),
                    theme: a.theme.as_ref().map(|t| t.to_string()).unwrap_or_default(),
                    cost_rs: a.cost.as_ref().and_then(Cost::total).map(Rupees::get),
                    start_month: a.start_month,
                    months: a.months,
                    status: status.word().to_string(),
                    spent_rs: progress.and_then(|p| p.spent_on(&a.id)).map(Rupees::get),
                }
            })
            .collect();
        let plan_months = study
            .action_plan
            .actions
            .iter()
            .filter_map(|a| a.end_month())
            .max();
        let indicators = study
            .indicators
            .iter()
            .map(|k| indicator_row(study, k, plan_months))
            .collect();
        let selection = match (&study.selection, catalog.selection()) {
            (Some(s), Some(rules)) => {
                let score = s.score(rules);
                Some(Score {
                    total_x100: score.total_x100,
                    total: score.total,
                    passes: score.passes,
                })
            }
            _ => None,
        };
        let latest_turnover = study.cluster.economics.iter().next_back();
        StudyRow {
            file: String::new(),
            id: study.meta.id.clone(),
            title: study.meta.title.clone(),
            cluster: study.cluster.name.clone(),
            state: study.cluster.state.trim().to_string(),
            district: study.cluster.district.trim().to_string(),
            products: study
                .cluster
                .products
                .iter()
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect(),
            sectors: study
                .cluster
                .sectors
                .iter()
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty())
                .collect(),
            scheme: scheme_id.to_string(),
            scheme_name: scheme.map(|s| s.name.clone()),
            status: study.meta.status.word().to_string(),
            stage: Stage::of(study),
            units: study.cluster.total_units(),
            employment: study.cluster.employment.direct(),
            turnover_rs: latest_turnover.and_then(|y| y.turnover_rs).map(Rupees::get),
            exports_rs: latest_turnover.and_then(|y| y.exports_rs).map(Rupees::get),
            planned,
            spent,
            selection,
            errors: report.errors() as u32,
            warnings: report.warnings() as u32,
            last_period: periods.iter().max().map(|p| p.to_string()),
            first_release: progress.and_then(|p| p.releases.iter().filter_map(|r| r.date).min()),
            years: year_plan(study),
            components,
            actions,
            indicators,
            progress: progress_rows,
            bottlenecks: study
                .bottlenecks
                .iter()
                .map(|b| BottleneckRow {
                    id: b.id.to_string(),
                    title: b.title.clone(),
                    category: b.category.map(|c| c.word()).unwrap_or_default().to_string(),
                    severity: b.severity.map(|s| s.word()).unwrap_or_default().to_string(),
                })
                .collect(),
        }
    }

    /// The district with its state, so that two states' districts of one name stay apart.
    pub fn district_key(&self) -> String {
        match (self.district.is_empty(), self.state.is_empty()) {
            (true, _) => "(no district)".to_string(),
            (false, true) => self.district.clone(),
            (false, false) => format!("{}, {}", self.district, self.state),
        }
    }
}

/// Months from the plan's start month to the end of `period`, counting both.
fn months_elapsed(start: YearMonth, period: ReportPeriod) -> Option<i64> {
    use chrono::Datelike;
    let end = period.last_day()?;
    Some(
        (i64::from(end.year()) * 12 + i64::from(end.month()))
            - (i64::from(start.year) * 12 + i64::from(start.month))
            + 1,
    )
}

fn indicator_row(
    study: &Study,
    k: &crate::model::Indicator,
    plan_months: Option<u32>,
) -> IndicatorRow {
    let mut latest: Option<(ReportPeriod, i64)> = None;
    if let Some(p) = &study.progress {
        for r in &p.periods {
            let Some(period) = r.period else { continue };
            for v in &r.indicators {
                if v.indicator.as_ref() != Some(&k.id) {
                    continue;
                }
                if let Some(value) = v.value {
                    if latest.is_none_or(|(at, _)| period >= at) {
                        latest = Some((period, value.hundredths()));
                    }
                }
            }
        }
    }
    let baseline = k.baseline.map(|b| b.hundredths());
    let target = k.target.map(|t| t.hundredths());
    let track = match (target, latest) {
        (None, _) => Track::NoTarget,
        (Some(t), _) if t == baseline.unwrap_or(0) => Track::NoTarget,
        (Some(_), None) => Track::NotMeasured,
        (Some(t), Some((period, value))) => {
            let b = baseline.unwrap_or(0);
            // The way covered, as a fraction num/den of the way from baseline to target
            // (the signs make a falling target, such as rejects, work the same way).
            let (num, den) = if t > b {
                (value - b, t - b)
            } else {
                (b - value, b - t)
            };
            if num >= den {
                Track::Met
            } else {
                let elapsed = study
                    .action_plan
                    .start
                    .and_then(|s| months_elapsed(s, period))
                    .zip(plan_months.filter(|m| *m > 0));
                match elapsed {
                    // covered/way ≥ elapsed/length, in whole numbers.
                    Some((e, len)) if num * i64::from(len) >= den * e.clamp(0, i64::from(len)) => {
                        Track::OnTrack
                    }
                    Some(_) => Track::Behind,
                    None if num > 0 => Track::OnTrack,
                    None => Track::Behind,
                }
            }
        }
    };
    IndicatorRow {
        id: k.id.to_string(),
        level: k.level.map(|l| l.word()).unwrap_or_default().to_string(),
        name: k.name.clone(),
        unit: k.unit.clone(),
        baseline_x100: baseline,
        target_x100: target,
        latest_x100: latest.map(|(_, v)| v),
        latest_period: latest.map(|(p, _)| p.to_string()),
        track,
    }
}

/// How many whole reporting periods have passed since `row` last reported, as of
/// `today`, counted in the study's own period (quarters if its last report is of a
/// quarter, else years); from its first release when it never reported. `None` for a
/// study with nothing to report on (before sanction, or completed).
pub fn periods_without_report(row: &StudyRow, today: NaiveDate) -> Option<u32> {
    if !matches!(
        row.stage,
        Stage::Sanctioned | Stage::SoftInterventions | Stage::UnderImplementation
    ) {
        return None;
    }
    let now = ReportPeriod {
        year: crate::model::FinancialYear::of_date(today),
        quarter: Some(crate::model::progress::quarter_of(today)),
    };
    let index = |p: ReportPeriod, quarters: bool| -> i64 {
        let y = i64::from(p.year.0);
        if quarters {
            y * 4 + i64::from(p.quarter.unwrap_or(4)) - 1
        } else {
            y
        }
    };
    match row.last_period.as_deref().map(str::parse::<ReportPeriod>) {
        Some(Ok(last)) => {
            let quarters = last.quarter.is_some();
            let gap = index(now, quarters) - index(last, quarters) - 1;
            Some(gap.max(0) as u32)
        }
        _ => {
            let since = row.first_release?;
            let from = ReportPeriod {
                year: crate::model::FinancialYear::of_date(since),
                quarter: Some(crate::model::progress::quarter_of(since)),
            };
            Some((index(now, true) - index(from, true)).max(0) as u32)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, ActionProgress, PeriodReport, Progress, Status};

    fn id(s: &str) -> crate::model::Id {
        s.parse().unwrap()
    }

    fn with_actions() -> Study {
        let mut s = Study::default();
        for a in ["a-1", "a-2"] {
            s.action_plan.actions.push(Action {
                id: id(a),
                ..Default::default()
            });
        }
        s
    }

    fn report(s: &mut Study, period: &str, entries: &[(&str, ActionStatus)]) {
        let p = s.progress.get_or_insert_with(Progress::default);
        p.periods.push(PeriodReport {
            period: period.parse().ok(),
            actions: entries
                .iter()
                .map(|(a, st)| ActionProgress {
                    action: Some(id(a)),
                    status: Some(*st),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        });
    }

    #[test]
    fn the_stage_follows_the_studys_facts() {
        let mut s = with_actions();
        assert_eq!(Stage::of(&s), Stage::Selected);
        s.bottlenecks.push(Default::default());
        assert_eq!(Stage::of(&s), Stage::DiagnosticUnderWay);
        s.meta.status = Status::Submitted;
        assert_eq!(Stage::of(&s), Stage::DsrDone);
        s.cfc = Some(Default::default());
        assert_eq!(Stage::of(&s), Stage::Dpr);
        s.meta.status = Status::Approved;
        assert_eq!(Stage::of(&s), Stage::Sanctioned);
        report(&mut s, "2025-26 Q1", &[("a-1", ActionStatus::UnderWay)]);
        assert_eq!(Stage::of(&s), Stage::UnderImplementation);
        let mut soft = s.clone();
        soft.cfc = None;
        assert_eq!(Stage::of(&soft), Stage::SoftInterventions);
        report(
            &mut s,
            "2025-26 Q2",
            &[("a-1", ActionStatus::Done), ("a-2", ActionStatus::Dropped)],
        );
        assert_eq!(Stage::of(&s), Stage::Completed);
    }

    #[test]
    fn a_project_silent_for_two_quarters_is_counted() {
        let mut s = with_actions();
        s.cfc = Some(Default::default());
        report(&mut s, "2025-26 Q1", &[("a-1", ActionStatus::UnderWay)]);
        let catalog = crate::scheme::Catalog::builtin().unwrap();
        let row = StudyRow::of(&s, catalog);
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        // Q2 (July–September) is the period after Q1: none missed yet.
        assert_eq!(periods_without_report(&row, day(2025, 8, 1)), Some(0));
        // In Q4, Q2 and Q3 went by without a report.
        assert_eq!(periods_without_report(&row, day(2026, 1, 15)), Some(2));
    }
}
