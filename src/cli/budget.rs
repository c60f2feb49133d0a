//! `cdstudy budget`: a study's financing under its scheme — the budget by component and
//! source in lakh, the category and why, every rule applied or cap hit, the CFC's means of
//! finance and viability, and the flags — as text for a consultant or JSON for scripts.

use std::path::PathBuf;

use serde::Serialize;

use super::{Outcome, TextOrJson};
use cdstudy::finance::{Missing, Viability};
use cdstudy::model::Rupees;
use cdstudy::scheme::{appraise, Appraisal, Financing};
use cdstudy::store;

pub const EXAMPLES: &str = "\
Examples:
  cdstudy budget studies/ujjain-plastic.yaml
  cdstudy budget studies/ujjain-plastic.yaml --scheme mse-cdp-2019
  cdstudy budget studies/bokaro-bamboo.yaml --format json

Exit codes: 0 the budget adds up under the scheme's rules (warnings allowed), 1 it breaks a
rule or does not reconcile (see the flags), 2 the study or the scheme rules could not be
read, or the scheme is unknown.";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The study file.
    pub file: PathBuf,
    /// The scheme to apply (default: the study's own, meta.scheme).
    #[arg(long, value_name = "ID")]
    pub scheme: Option<String>,
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
    /// A folder of templates over the built-in ones (default: the folder CDSTUDY_TEMPLATES
    /// names, else only the built-in).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

pub fn run(args: Args) -> Outcome {
    let Some(ws) = super::schemes::workspace(args.templates.as_deref(), "budget") else {
        return Outcome::Trouble;
    };
    let Some(catalog) = super::schemes::rules(&ws) else {
        return Outcome::Trouble;
    };
    let loaded = match store::load(&args.file) {
        Ok(l) => l,
        Err(e) => {
            errln!("error: {e}");
            return Outcome::Trouble;
        }
    };
    let study = &loaded.study;
    let id = args
        .scheme
        .as_deref()
        .unwrap_or(study.meta.scheme.trim())
        .to_string();
    if id.is_empty() {
        errln!(
            "cdstudy budget: {} names no scheme (meta.scheme); give one with --scheme ID ({})",
            args.file.display(),
            catalog.ids().join(", ")
        );
        return Outcome::Trouble;
    }
    let scheme = match catalog.require(&id) {
        Ok(s) => s,
        Err(e) => {
            errln!("cdstudy budget: {e}");
            return Outcome::Trouble;
        }
    };
    let appraisal = appraise(study, scheme);
    let outcome = if appraisal.financing.has_errors() {
        Outcome::Findings
    } else {
        Outcome::Fine
    };
    match args.format {
        TextOrJson::Json => {
            // The financing's keys at the top (scheme, category, components, totals ...),
            // then the CFC's viability.
            #[derive(Serialize)]
            struct Output<'a> {
                file: String,
                #[serde(flatten)]
                financing: &'a Financing,
                viability: &'a Option<Viability>,
                viability_missing: &'a [Missing],
                acceptance_note: &'a Option<String>,
            }
            let printed = super::print_json(
                "budget",
                &Output {
                    file: args.file.display().to_string(),
                    financing: &appraisal.financing,
                    viability: &appraisal.viability,
                    viability_missing: &appraisal.viability_missing,
                    acceptance_note: &appraisal.acceptance_note,
                },
            );
            outcome.max(printed)
        }
        TextOrJson::Text => {
            print_text(&study.cluster.name, &appraisal);
            outcome
        }
    }
}

fn lakh(r: Rupees) -> String {
    r.lakh_figure()
}

/// Prints `text` wrapped to 96 columns, the first line after `first`, the others after
/// `rest`.
pub fn print_wrapped(text: &str, first: &str, rest: &str) {
    const WIDTH: usize = 96;
    let mut line = String::from(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            outln!("{line}");
            line = String::from(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    outln!("{line}");
}

/// A table with a left-aligned first column and right-aligned figures.
fn print_table(header: &[String], rows: &[Vec<String>]) {
    let mut out = String::new();
    super::text_table(&mut out, header, rows);
    for line in out.lines() {
        outln!("{line}");
    }
}

fn print_text(cluster: &str, a: &Appraisal) {
    let f = &a.financing;
    outln!("{cluster}: budget under {} ({})", f.scheme_name, f.revision);
    print_wrapped(&f.category_reason, "Category: ", "          ");
    outln!();
    print_budget(f);
    print_rules(f);
    if let Some(cfc) = &f.cfc {
        outln!();
        match &cfc.means_of_finance {
            Some(m) => {
                outln!("Means of finance of the CFC (Rs. in lakh)");
                let mut header = vec!["Cost head".to_string()];
                header.extend(m.columns.iter().map(|c| c.label.clone()));
                header.push("Total".to_string());
                header.push("% of cost".to_string());
                let mut rows: Vec<Vec<String>> = m
                    .rows
                    .iter()
                    .filter(|r| !r.total_rs.is_zero())
                    .map(|r| {
                        let mut row = vec![r.label.to_string()];
                        row.extend(r.amounts_rs.iter().map(|a| lakh(*a)));
                        row.push(lakh(r.total_rs));
                        row.push(r.pct_of_cost.map_or_else(|| "-".to_string(), |p| p.two_decimals()));
                        row
                    })
                    .collect();
                let mut total = vec!["Total".to_string()];
                total.extend(m.columns.iter().map(|c| lakh(c.amount_rs)));
                total.push(lakh(m.total_rs));
                total.push("100.00%".to_string());
                rows.push(total);
                let mut share = vec!["% of project cost".to_string()];
                share.extend(m.columns.iter().map(|c| c.pct_of_cost.map_or_else(|| "-".to_string(), |p| p.two_decimals())));
                rows.push(share);
                print_table(&header, &rows);
            }
            None => outln!(
                "Means of finance of the CFC: not drawn up, the shares do not add up to the cost (see the flags)."
            ),
        }
    }
    if let Some(v) = &a.viability {
        outln!();
        print_viability(v, a.acceptance_note.as_deref());
    } else if !a.viability_missing.is_empty() {
        outln!();
        outln!("CFC viability: not computed; the study lacks:");
        for m in &a.viability_missing {
            outln!("  {}: {}", m.path, m.what);
        }
    }
    outln!();
    if f.flags.is_empty() {
        outln!("Flags: none.");
    } else {
        outln!("Flags");
        for flag in &f.flags {
            let word = flag.level.word();
            print_wrapped(
                &format!("{}: {}", flag.path, flag.message),
                &format!("  {word:<7}  "),
                "           ",
            );
        }
    }
}

/// One cell of a table in Rs. lakh: Rs. 1,000 (0.01 lakh).
const LAKH_CELL: i64 = 1_000;

fn print_budget(f: &Financing) {
    outln!("Budget by component (Rs. in lakh)");
    let header: Vec<String> = [
        "Component",
        "Cost",
        "Eligible",
        "GoI rate",
        "GoI",
        &f.labels.state,
        &f.labels.beneficiary,
        &f.labels.other,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // The cells are rounded together, as in the documents, so that every row and column
    // adds up as printed: a component's cost is its sources plus any gap, and the
    // eligible column is rounded with its own total.
    let cell = |r: Rupees| r.get();
    let sources: Vec<Vec<i64>> = f
        .components
        .iter()
        .map(|c| {
            [c.goi_rs, c.state_rs, c.beneficiary_rs, c.other_rs, c.gap_rs]
                .map(cell)
                .to_vec()
        })
        .collect();
    let shown = cdstudy::finance::apportion::table(&sources, LAKH_CELL);
    let eligible: Vec<i64> = f.components.iter().map(|c| cell(c.eligible_rs)).collect();
    let (eligible, eligible_total) = cdstudy::finance::apportion::column(&eligible, LAKH_CELL);
    let money = |v: i64| lakh(Rupees(v));
    let mut rows: Vec<Vec<String>> = f
        .components
        .iter()
        .enumerate()
        .map(|(i, c)| {
            vec![
                format!("{} ({})", c.name, c.id),
                money(shown.rows[i]),
                money(eligible[i]),
                c.goi_pct
                    .map_or_else(|| "-".to_string(), |p| p.two_decimals()),
                money(shown.cells[i][0]),
                money(shown.cells[i][1]),
                money(shown.cells[i][2]),
                money(shown.cells[i][3]),
            ]
        })
        .collect();
    let column = |j: usize| shown.columns.get(j).copied().unwrap_or(0);
    rows.push(vec![
        "Total".to_string(),
        money(shown.total),
        money(eligible_total),
        String::new(),
        money(column(0)),
        money(column(1)),
        money(column(2)),
        money(column(3)),
    ]);
    // A State's own scheme gives no GoI grant: no rate and amount columns of zeros, as in
    // the documents.
    let (header, rows) = if f.grants_goi {
        (header, rows)
    } else {
        let drop_goi = |cells: &Vec<String>| -> Vec<String> {
            cells
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != 3 && *i != 4)
                .map(|(_, c)| c.clone())
                .collect()
        };
        (drop_goi(&header), rows.iter().map(drop_goi).collect())
    };
    if f.components.is_empty() {
        outln!("  no costed actions yet");
    } else {
        print_table(&header, &rows);
        print_parties(f);
        if !f.totals.gap_rs.is_zero() {
            outln!(
                "  The shares leave Rs. {} lakh of the cost unmet (negative: they exceed it).",
                money(column(4))
            );
        }
    }
}

/// The parties a column counts beside its own payer, as the rules name them: "Of the
/// SPV column: Implementing agency 50.00, Beneficiary units 110.00; the SPV's own 0.00."
fn print_parties(f: &Financing) {
    use cdstudy::scheme::Payer;
    for column in [Payer::State, Payer::Beneficiary, Payer::Other] {
        let named: Vec<String> = f
            .totals
            .parties
            .iter()
            .filter(|p| p.column == column)
            .map(|p| format!("{} {}", p.name, lakh(p.amount_rs)))
            .collect();
        if named.is_empty() {
            continue;
        }
        let label = f.labels.of(column);
        outln!(
            "  Of the {label} column: {}; the {label}'s own {}.",
            named.join(", "),
            lakh(f.totals.own_rs(column))
        );
    }
}

/// Each rule with what became of it, and its basis where it is not confirmed.
fn print_rule_list(rules: &[cdstudy::scheme::RuleResult]) {
    for r in rules {
        let basis = match r.basis {
            cdstudy::scheme::Basis::Confirmed => String::new(),
            other => format!(" [{}]", other.word()),
        };
        print_wrapped(
            &format!("{}{basis}", r.name),
            &format!("    {:<11}  ", r.outcome.label()),
            "                 ",
        );
    }
}

fn print_rules(f: &Financing) {
    if f.rules.is_empty() && f.components.iter().all(|c| c.rules.is_empty()) {
        return;
    }
    outln!();
    outln!("Rules applied");
    for c in &f.components {
        if !c.rules.is_empty() {
            outln!("  {} ({})", c.name, c.id);
            print_rule_list(&c.rules);
        }
    }
    if !f.rules.is_empty() {
        outln!("  The study as a whole");
        print_rule_list(&f.rules);
    }
}

/// The CFC's viability as the documents show it: held against the scheme's own
/// acceptance rules with a verdict on each figure; where the scheme has none (`note` names
/// the benchmark), the figures beside the benchmark and no verdict at all.
fn print_viability(v: &Viability, note: Option<&str>) {
    let reference = note.is_some();
    if reference {
        outln!(
            "CFC viability over {} years (benchmark for comparison: {})",
            v.years,
            v.acceptance.source
        );
    } else {
        outln!(
            "CFC viability over {} years (held against: {})",
            v.years,
            v.acceptance.source
        );
    }
    if let Some(note) = note {
        print_wrapped(
            &format!(
                "{note}. The figures are shown for comparison only: none is held to pass or fail."
            ),
            "  ",
            "  ",
        );
    }
    let rows: Vec<Vec<String>> = v
        .checks
        .iter()
        .map(|k| {
            vec![
                k.name.clone(),
                k.shown.clone(),
                k.rule.clone(),
                match k.passes {
                    _ if reference => String::new(),
                    Some(true) => "meets".to_string(),
                    Some(false) => "DOES NOT MEET".to_string(),
                    None => "-".to_string(),
                },
            ]
        })
        .collect();
    let rows: Vec<Vec<String>> = if reference {
        rows.into_iter()
            .map(|mut r| {
                r.truncate(3);
                r
            })
            .collect()
    } else {
        rows
    };
    let mut heads = vec![
        "Figure".to_string(),
        "Value".to_string(),
        if reference { "Benchmark" } else { "Rule" }.to_string(),
    ];
    if !reference {
        heads.push(String::new());
    }
    print_table(&heads, &rows);
    if let Some(p) = v.figures.payback_years {
        outln!("  Payback: {p:.2} years");
    }
    if reference {
        // No verdict, as the documents: the scheme sets no rule to hold the figures to.
        if !v.needs.is_empty() {
            outln!("  The figures wait for the study to give");
        }
    } else {
        outln!(
            "  {}",
            if !v.needs.is_empty() {
                "No verdict yet: the figures are not held to their rules until the study gives"
            } else if v.accepted {
                "Every acceptance rule that applies is met."
            } else {
                "Not every acceptance rule is met."
            }
        );
    }
    for m in &v.needs {
        outln!("    {}: {}", m.path, m.what);
    }
    outln!();
    outln!("Sensitivity");
    let mut rows = vec![case_row("Base case", &v.figures)];
    rows.extend(v.sensitivity.iter().map(|c| case_row(&c.name, &c.figures)));
    print_table(
        &[
            "Case".to_string(),
            "Avg revenue".to_string(),
            "Avg PAT".to_string(),
            "DSCR".to_string(),
            "BEP".to_string(),
            "ROCE".to_string(),
            "IRR".to_string(),
            "NPV".to_string(),
        ],
        &rows,
    );
    outln!("  (amounts in Rs. lakh; `--format json` has the year-by-year projection)");
    for a in &v.assumptions {
        print_wrapped(a, "  assumed: ", "           ");
    }
}

fn case_row(name: &str, f: &cdstudy::finance::Figures) -> Vec<String> {
    let opt =
        |v: Option<f64>, suffix: &str| v.map_or("-".to_string(), |v| format!("{v:.2}{suffix}"));
    vec![
        name.to_string(),
        lakh(f.average_revenue_rs),
        lakh(f.average_profit_after_tax_rs),
        opt(f.cumulative_dscr, ""),
        opt(f.break_even_pct, "%"),
        opt(f.roce_pct, "%"),
        opt(f.irr.rate_pct, "%"),
        f.npv_rs.map_or("-".to_string(), lakh),
    ]
}
