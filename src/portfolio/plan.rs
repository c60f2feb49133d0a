//! The state's plan drawn from its portfolio: a RAMP Strategic Investment Plan (SIP) in
//! Markdown, from a small plan file (the state's components, each with its budget by year
//! and source, its targets and the clusters it serves) and the studies of the portfolio
//! (the state's MSME profile and the gaps the studies found).
//!
//! No template of a SIP is prescribed (RAMP's documents describe what a SIP holds: the
//! outreach to MSMEs, the key constraints and gaps, the milestones and the budget), so the
//! document says what it is based on and follows that outline: profile, gaps, components,
//! budget by year and source, results framework, arrangements. Owns the plan file's shape,
//! its checks and the document; every money table is rounded together so that it adds up
//! as printed.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{Portfolio, StudyRow};
use crate::finance::apportion;
use crate::model::{FinancialYear, Rupees};

/// A plan file (YAML). See the README's Portfolio section for an example.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The kind of plan: `ramp-sip`.
    pub plan: String,
    /// The state or UT; the profile is drawn from the portfolio's studies of it.
    pub state: String,
    pub title: String,
    #[serde(default)]
    pub prepared_by: String,
    #[serde(default)]
    pub date: String,
    /// What the plan's figures come from, named in the document.
    #[serde(default)]
    pub based_on: Vec<String>,
    /// The plan's financial years, in order.
    pub years: Vec<FinancialYear>,
    pub sources: Vec<Source>,
    pub components: Vec<Component>,
    /// Who implements and monitors the plan, in words.
    #[serde(default)]
    pub arrangements: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub objective: String,
    /// The studies (by `meta.id`) of the clusters it serves.
    #[serde(default)]
    pub clusters: Vec<String>,
    pub budget: Vec<Amount>,
    #[serde(default)]
    pub targets: Vec<Target>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    pub year: FinancialYear,
    pub source: String,
    /// Whole rupees.
    pub amount_rs: Rupees,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub indicator: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub baseline: Option<crate::model::Quantity>,
    pub target: crate::model::Quantity,
    #[serde(default)]
    pub by: Option<FinancialYear>,
}

impl Plan {
    /// Reads a plan file's text; every error names what to fix.
    pub fn parse(text: &str, file: &std::path::Path) -> Result<Plan, String> {
        let plan: Plan = crate::store::parse_yaml(text, file).map_err(|e| e.to_string())?;
        if plan.plan != "ramp-sip" {
            return Err(format!(
                "{}: plan: '{}' is not a plan cdstudy drafts (ramp-sip)",
                file.display(),
                plan.plan
            ));
        }
        let mut problems = Vec::new();
        let sources: BTreeSet<&str> = plan.sources.iter().map(|s| s.id.as_str()).collect();
        let mut ids = BTreeSet::new();
        for c in &plan.components {
            if !ids.insert(c.id.as_str()) {
                problems.push(format!("components: '{}' is there twice", c.id));
            }
            for (i, a) in c.budget.iter().enumerate() {
                let at = format!("components[{}].budget[{i}]", c.id);
                if !plan.years.contains(&a.year) {
                    problems.push(format!(
                        "{at}.year: {} is not one of the plan's years",
                        a.year
                    ));
                }
                if !sources.contains(a.source.as_str()) {
                    problems.push(format!(
                        "{at}.source: '{}' is not one of the plan's sources",
                        a.source
                    ));
                }
                if a.amount_rs.get() < 0 {
                    problems.push(format!("{at}.amount_rs: an amount cannot be negative"));
                }
            }
        }
        if plan.components.is_empty() {
            problems.push("components: the plan has none".into());
        }
        if problems.is_empty() {
            Ok(plan)
        } else {
            Err(format!("{}:\n  {}", file.display(), problems.join("\n  ")))
        }
    }

    /// The plan's total, whole rupees.
    pub fn total_rs(&self) -> i64 {
        self.components
            .iter()
            .flat_map(|c| &c.budget)
            .map(|a| a.amount_rs.get())
            .sum()
    }
}

/// One cell of a table in Rs. crore: Rs. 1,00,000 (0.01 crore).
const CRORE_CELL: i64 = 1_00_000;

fn crore(v: i64) -> String {
    Rupees(v).crore_figure()
}

/// `|a|b|c|` with the cells' pipes escaped.
fn row(cells: &[String]) -> String {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| c.replace('|', "\\|").replace('\n', " "))
        .collect();
    format!("| {} |\n", cells.join(" | "))
}

fn header(cells: &[&str], numeric_from: usize) -> String {
    let mut s = row(&cells.iter().map(|c| c.to_string()).collect::<Vec<_>>());
    let rule: Vec<&str> = (0..cells.len())
        .map(|i| if i >= numeric_from { "---:" } else { "---" })
        .collect();
    s.push_str(&format!("|{}|\n", rule.join("|")));
    s
}

/// A table of amounts with a Total column and a Total row, rounded together to 0.01 crore.
fn money_table(out: &mut String, first: &str, columns: &[String], rows: &[(String, Vec<i64>)]) {
    let cells: Vec<Vec<i64>> = rows.iter().map(|r| r.1.clone()).collect();
    let t = apportion::table(&cells, CRORE_CELL);
    let mut head: Vec<&str> = vec![first];
    head.extend(columns.iter().map(String::as_str));
    head.push("Total");
    out.push_str(&header(&head, 1));
    for (i, (name, _)) in rows.iter().enumerate() {
        let mut r = vec![name.clone()];
        r.extend((0..columns.len()).map(|j| crore(t.cells[i].get(j).copied().unwrap_or(0))));
        r.push(crore(t.rows[i]));
        out.push_str(&row(&r));
    }
    let mut r = vec!["**Total**".to_string()];
    r.extend(
        (0..columns.len())
            .map(|j| format!("**{}**", crore(t.columns.get(j).copied().unwrap_or(0)))),
    );
    r.push(format!("**{}**", crore(t.total)));
    out.push_str(&row(&r));
}

fn same_state(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.to_lowercase()
            .replace('&', "and")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    norm(a) == norm(b)
}

/// Drafts the SIP in Markdown. `read_from` names the portfolio's paths for "based on".
pub fn ramp_sip(plan: &Plan, p: &Portfolio, read_from: &str) -> String {
    let mine: Vec<&StudyRow> = p
        .studies
        .iter()
        .filter(|r| same_state(&r.state, &plan.state))
        .collect();
    let mut o = String::new();
    o.push_str(&format!("# {}\n\n", plan.title));
    if !plan.prepared_by.is_empty() || !plan.date.is_empty() {
        o.push_str(&format!(
            "{}{}\n\n",
            plan.prepared_by,
            if plan.date.is_empty() {
                String::new()
            } else {
                format!(", {}", plan.date)
            }
        ));
    }
    o.push_str(&format!(
        "A Strategic Investment Plan of {} under RAMP (Raising and Accelerating MSME Performance), drafted by cdstudy. Total outlay: **Rs. {} crore** in {} components over {}.\n\n",
        plan.state,
        crore(plan.total_rs()),
        plan.components.len(),
        match (plan.years.first(), plan.years.last()) {
            (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
            (Some(a), _) => a.to_string(),
            _ => "no year".to_string(),
        }
    ));
    o.push_str("## Based on\n\n");
    o.push_str("No template of a SIP is prescribed. RAMP's documents describe what a SIP holds (the outreach to MSMEs, the key constraints and gaps, the milestones and the budget); this draft follows that outline: the state's MSME profile, the gaps, the components, the budget by year and source, the results framework and the arrangements. It is based on:\n\n");
    for b in &plan.based_on {
        o.push_str(&format!("- {b}\n"));
    }
    o.push_str(&format!(
        "- the {} cluster studies of {} in the portfolio read from {} on {} ({} studies read in all, {} files not loaded);\n- the plan file: its components, budgets, sources and targets.\n\n",
        mine.len(),
        plan.state,
        read_from,
        p.today,
        p.studies.len(),
        p.not_loaded.len()
    ));

    // 1. The profile.
    o.push_str(&format!(
        "## 1. The MSME clusters of {} in the studies\n\n",
        plan.state
    ));
    if mine.is_empty() {
        o.push_str(&format!("The portfolio holds no study of {}: the profile and the gaps below are empty until the studies are added.\n\n", plan.state));
    } else {
        let mut by: BTreeMap<String, (u32, u32, u32, i64)> = BTreeMap::new();
        for r in &mine {
            let e = by
                .entry(if r.district.is_empty() {
                    "(no district)".into()
                } else {
                    r.district.clone()
                })
                .or_default();
            e.0 += 1;
            e.1 += r.units.unwrap_or(0);
            e.2 += r.employment.unwrap_or(0);
            e.3 += r.turnover_rs.unwrap_or(0);
        }
        let (turnover, turnover_total) =
            apportion::column(&by.values().map(|v| v.3).collect::<Vec<_>>(), CRORE_CELL);
        o.push_str("**Table 1: Clusters studied by district**\n\n");
        o.push_str(&header(
            &[
                "District",
                "Clusters",
                "Enterprises",
                "Direct employment",
                "Turnover (Rs. crore)",
            ],
            1,
        ));
        let mut sums = (0, 0, 0);
        for (i, (d, v)) in by.iter().enumerate() {
            sums = (sums.0 + v.0, sums.1 + v.1, sums.2 + v.2);
            o.push_str(&row(&[
                d.clone(),
                v.0.to_string(),
                count(v.1),
                count(v.2),
                crore(turnover[i]),
            ]));
        }
        o.push_str(&row(&[
            "**Total**".into(),
            format!("**{}**", sums.0),
            format!("**{}**", count(sums.1)),
            format!("**{}**", count(sums.2)),
            format!("**{}**", crore(turnover_total)),
        ]));
        o.push_str("\nEnterprises and employment as each study counts them; turnover of the latest year each study gives.\n\n");
        o.push_str("**Table 2: Clusters by stage**\n\n");
        o.push_str(&header(&["Stage", "Clusters"], 1));
        let mut n = 0;
        for s in super::Stage::ALL {
            let c = mine.iter().filter(|r| r.stage == s).count();
            n += c;
            o.push_str(&row(&[s.label().to_string(), c.to_string()]));
        }
        o.push_str(&row(&["**Total**".into(), format!("**{n}**")]));
        o.push('\n');
    }

    // 2. The gaps.
    o.push_str("## 2. Gaps found in the studies\n\n");
    let mut themes: BTreeMap<String, (u32, u32, BTreeSet<&str>)> = BTreeMap::new();
    for r in &mine {
        for b in &r.bottlenecks {
            let key = if b.category.is_empty() {
                "(no theme)".to_string()
            } else {
                label_of_category(&b.category)
            };
            let e = themes.entry(key).or_default();
            e.0 += 1;
            if b.severity == "high" {
                e.1 += 1;
            }
            e.2.insert(r.file.as_str());
        }
    }
    if themes.is_empty() {
        o.push_str("The studies record no bottleneck yet.\n\n");
    } else {
        o.push_str("**Table 3: Bottlenecks by theme**\n\n");
        o.push_str(&header(
            &["Theme", "Bottlenecks", "Of high severity", "% of clusters"],
            1,
        ));
        let mut rows: Vec<_> = themes.into_iter().collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
        let (mut all, mut high) = (0, 0);
        for (theme, (n, h, clusters)) in &rows {
            all += n;
            high += h;
            let pct = (clusters.len() * 100 + mine.len() / 2) / mine.len().max(1);
            o.push_str(&row(&[
                theme.clone(),
                n.to_string(),
                h.to_string(),
                format!("{pct}%"),
            ]));
        }
        o.push_str(&row(&[
            "**Total**".into(),
            format!("**{all}**"),
            format!("**{high}**"),
            String::new(),
        ]));
        o.push('\n');
    }

    // 3. The components.
    o.push_str("## 3. Components\n\n");
    let names: BTreeMap<&str, &StudyRow> = p.studies.iter().map(|r| (r.id.as_str(), r)).collect();
    for c in &plan.components {
        let total: i64 = c.budget.iter().map(|a| a.amount_rs.get()).sum();
        o.push_str(&format!("### {} {}\n\n", c.id, c.name));
        if !c.objective.is_empty() {
            o.push_str(&format!("{}\n\n", c.objective.trim()));
        }
        o.push_str(&format!("Outlay: Rs. {} crore.", crore(total)));
        if !c.clusters.is_empty() {
            let served: Vec<String> = c
                .clusters
                .iter()
                .map(|id| match names.get(id.as_str()) {
                    Some(r) => format!(
                        "{} ({}, {})",
                        r.cluster,
                        r.district,
                        in_sentence(r.stage.label())
                    ),
                    None => format!("{id} (no study in the portfolio)"),
                })
                .collect();
            o.push_str(&format!(" Clusters served: {}.", served.join("; ")));
        }
        o.push_str("\n\n");
    }

    // 4. The budget.
    o.push_str("## 4. Budget by year and source (Rs. in crore)\n\n");
    let years: Vec<String> = plan.years.iter().map(|y| y.to_string()).collect();
    let by_year = |f: &dyn Fn(&Amount) -> bool| -> Vec<i64> {
        plan.years
            .iter()
            .map(|y| {
                plan.components
                    .iter()
                    .flat_map(|c| &c.budget)
                    .filter(|a| a.year == *y && f(a))
                    .map(|a| a.amount_rs.get())
                    .sum()
            })
            .collect()
    };
    o.push_str("**Table 4: Budget by component and year**\n\n");
    let rows: Vec<(String, Vec<i64>)> = plan
        .components
        .iter()
        .map(|c| {
            let cells = plan
                .years
                .iter()
                .map(|y| {
                    c.budget
                        .iter()
                        .filter(|a| a.year == *y)
                        .map(|a| a.amount_rs.get())
                        .sum()
                })
                .collect();
            (format!("{} {}", c.id, c.name), cells)
        })
        .collect();
    money_table(&mut o, "Component", &years, &rows);
    o.push_str("\n**Table 5: Budget by source and year**\n\n");
    let rows: Vec<(String, Vec<i64>)> = plan
        .sources
        .iter()
        .map(|s| (s.name.clone(), by_year(&|a: &Amount| a.source == s.id)))
        .collect();
    money_table(&mut o, "Source", &years, &rows);
    o.push_str("\n**Table 6: Budget by component and source**\n\n");
    let source_names: Vec<String> = plan.sources.iter().map(|s| s.name.clone()).collect();
    let rows: Vec<(String, Vec<i64>)> = plan
        .components
        .iter()
        .map(|c| {
            let cells = plan
                .sources
                .iter()
                .map(|s| {
                    c.budget
                        .iter()
                        .filter(|a| a.source == s.id)
                        .map(|a| a.amount_rs.get())
                        .sum()
                })
                .collect();
            (format!("{} {}", c.id, c.name), cells)
        })
        .collect();
    money_table(&mut o, "Component", &source_names, &rows);
    o.push_str("\nThe figures are rounded together so that every row and column adds up as printed; the plan file holds them in whole rupees.\n\n");

    // 5. The results framework.
    o.push_str("## 5. Results framework\n\n");
    let targets: Vec<(&Component, &Target)> = plan
        .components
        .iter()
        .flat_map(|c| c.targets.iter().map(move |t| (c, t)))
        .collect();
    if targets.is_empty() {
        o.push_str("The plan file sets no targets yet.\n\n");
    } else {
        o.push_str("**Table 7: Targets by component**\n\n");
        o.push_str(&header(
            &["Component", "Indicator", "Unit", "Baseline", "Target", "By"],
            3,
        ));
        for (c, t) in targets {
            o.push_str(&row(&[
                c.id.clone(),
                t.indicator.clone(),
                t.unit.clone(),
                t.baseline.map(quantity).unwrap_or_else(|| "-".into()),
                quantity(t.target),
                t.by.map(|y| y.to_string()).unwrap_or_default(),
            ]));
        }
        o.push('\n');
    }
    let mut k = super::TrackCounts::default();
    for r in &mine {
        for i in &r.indicators {
            k.add(i.track);
        }
    }
    o.push_str(&format!(
        "The cluster projects' own indicators, as their progress sections report them: {}.\n\n",
        super::Track::ALL
            .iter()
            .map(|t| format!("{} {}", t.label().to_lowercase(), k.get(*t)))
            .collect::<Vec<_>>()
            .join(", ")
    ));

    // 6. Arrangements.
    o.push_str("## 6. Implementation and monitoring arrangements\n\n");
    if !plan.arrangements.trim().is_empty() {
        o.push_str(&format!("{}\n\n", plan.arrangements.trim()));
    }
    o.push_str("The clusters' progress is monitored through their study files: `cdstudy portfolio` reads them into the pipeline, the money as planned and as spent, and the projects that have not reported for two periods.\n");
    o
}

/// A count with Indian grouping (12,34,567).
fn count(n: u32) -> String {
    crate::model::money::group_indian(i64::from(n))
}

/// A figure of a target with its whole part grouped the Indian way: "25,000", "1,250.5".
fn quantity(q: crate::model::Quantity) -> String {
    let text = q.to_string();
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    match whole.parse::<i64>() {
        Ok(w) => match fraction {
            Some(f) => format!("{}.{f}", crate::model::money::group_indian(w)),
            None => crate::model::money::group_indian(w),
        },
        Err(_) => text,
    }
}

/// A label inside a sentence: "DPR" stays, "Under implementation" reads "under
/// implementation".
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => first
            .to_lowercase()
            .chain(label[first.len_utf8()..].chars())
            .collect(),
        _ => label.to_string(),
    }
}

fn label_of_category(word: &str) -> String {
    crate::model::Category::from_word(word)
        .map(|c| c.label().to_string())
        .unwrap_or_else(|| word.to_string())
}
