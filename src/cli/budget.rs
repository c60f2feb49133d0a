//! `cdstudy budget`: a study's financing under its scheme — the budget by component and
//! source in lakh, the category and why, every rule applied or cap hit, the CFC's means of
//! finance and viability, and the flags — as text for a consultant or JSON for scripts.

use std::path::PathBuf;

use serde::Serialize;

use super::{Outcome, TextOrJson};
use cdstudy::finance::{Missing, Viability};
use cdstudy::i18n::Messages;
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

pub fn run(args: Args, m: &Messages) -> Outcome {
    let Some(ws) = super::schemes::workspace(args.templates.as_deref(), "budget", m) else {
        return Outcome::Trouble;
    };
    let Some(catalog) = super::schemes::rules(&ws) else {
        return Outcome::Trouble;
    };
    let loaded = match store::load(&args.file) {
        Ok(l) => l,
        Err(e) => {
            super::error(m, e.in_words(m));
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
            "cdstudy budget: {}",
            m.phrase(&cdstudy::phrase!(
                "{file} names no scheme (meta.scheme); give one with --scheme ID ({ids})",
                file = args.file.display().to_string(),
                ids = catalog.ids().join(", ")
            ))
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
                acceptance_note: &'a Option<cdstudy::phrase::Said>,
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
            print_text(&study.cluster.name, &appraisal, m);
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

/// Blanks as wide as `text`: the indent of a wrapped line under its lead.
fn under(text: &str) -> String {
    " ".repeat(text.chars().count())
}

/// What a flag of the rules says, in the run's language: the one place a flag is worded.
pub(super) fn flag_words(m: &Messages, flag: &cdstudy::scheme::Flag) -> String {
    let phrase = cdstudy::scheme::finding_phrase(&flag.finding);
    m.said(&flag.message, Some(&phrase)).into_owned()
}

/// What became of a rule ("applied", "CAP HIT"), in the run's language. Its English is
/// `Outcome::label`; another language keys on "outcome: " and it, since a word alone
/// ("met") means other things on other screens.
pub(super) fn outcome_word(m: &Messages, o: cdstudy::scheme::Outcome) -> String {
    m.outcome(o)
}

/// A table with a left-aligned first column and right-aligned figures.
fn print_table(header: &[String], rows: &[Vec<String>]) {
    let mut out = String::new();
    super::text_table(&mut out, header, rows);
    for line in out.lines() {
        outln!("{line}");
    }
}

fn print_text(cluster: &str, a: &Appraisal, words: &Messages) {
    let f = &a.financing;
    outln!(
        "{}",
        words.phrase(&cdstudy::phrase!(
            "{cluster}: budget under {scheme} ({revision})",
            cluster,
            scheme = &f.scheme_name,
            revision = &f.revision
        ))
    );
    let lead = format!("{}: ", words.label("Category"));
    print_wrapped(
        &words.said(&f.category_reason, Some(&f.category_reason_phrase)),
        &lead,
        &under(&lead),
    );
    outln!();
    print_budget(f, words);
    print_rules(f, words);
    if let Some(cfc) = &f.cfc {
        outln!();
        match &cfc.means_of_finance {
            Some(m) => {
                outln!("{}", words.label("Means of finance of the CFC (Rs. in lakh)"));
                let mut header = vec![words.label("Cost head").into_owned()];
                header.extend(m.columns.iter().map(|c| words.label(&c.label).into_owned()));
                header.push(words.label("Total").into_owned());
                header.push(words.label("% of cost").into_owned());
                let mut rows: Vec<Vec<String>> = m
                    .rows
                    .iter()
                    .filter(|r| !r.total_rs.is_zero())
                    .map(|r| {
                        let mut row = vec![words.label(r.label).into_owned()];
                        row.extend(r.amounts_rs.iter().map(|a| lakh(*a)));
                        row.push(lakh(r.total_rs));
                        row.push(r.pct_of_cost.map_or_else(|| "-".to_string(), |p| p.two_decimals()));
                        row
                    })
                    .collect();
                let mut total = vec![words.label("Total").into_owned()];
                total.extend(m.columns.iter().map(|c| lakh(c.amount_rs)));
                total.push(lakh(m.total_rs));
                total.push("100.00%".to_string());
                rows.push(total);
                let mut share = vec![words.label("% of project cost").into_owned()];
                share.extend(m.columns.iter().map(|c| c.pct_of_cost.map_or_else(|| "-".to_string(), |p| p.two_decimals())));
                rows.push(share);
                print_table(&header, &rows);
            }
            None => outln!(
                "{}",
                words.label("Means of finance of the CFC: not drawn up, the shares do not add up to the cost (see the flags).")
            ),
        }
    }
    if let Some(v) = &a.viability {
        outln!();
        print_viability(v, a.acceptance_note.as_ref(), words);
    } else if !a.viability_missing.is_empty() {
        outln!();
        outln!(
            "{}",
            words.label("CFC viability: not computed; the study lacks:")
        );
        for m in &a.viability_missing {
            outln!("  {}: {}", m.path, words.finding(&m.what));
        }
    }
    outln!();
    if f.flags.is_empty() {
        outln!("{}", words.label("Flags: none."));
    } else {
        outln!("{}", words.label("Flags"));
        let width = f
            .flags
            .iter()
            .map(|flag| words.label(flag.level.word()).chars().count())
            .max()
            .unwrap_or(0)
            .max(7);
        for flag in &f.flags {
            let word = words.label(flag.level.word());
            let lead = format!("  {word:<width$}  ");
            print_wrapped(
                &format!("{}: {}", flag.path, flag_words(words, flag)),
                &lead,
                &" ".repeat(width + 4),
            );
        }
    }
}

/// One cell of a table in Rs. lakh: Rs. 1,000 (0.01 lakh).
const LAKH_CELL: i64 = 1_000;

fn print_budget(f: &Financing, words: &Messages) {
    outln!("{}", words.label("Budget by component (Rs. in lakh)"));
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
    .map(|s| words.label(s).into_owned())
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
                format!("{} ({})", words.finding(&c.name), c.id),
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
        words.label("Total").into_owned(),
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
        outln!("  {}", words.label("no costed actions yet"));
    } else {
        print_table(&header, &rows);
        print_parties(f, words);
        if !f.totals.gap_rs.is_zero() {
            outln!(
                "  {}",
                words.phrase(&cdstudy::phrase!(
                    "The shares leave Rs. {gap} lakh of the cost unmet (negative: they exceed it).",
                    gap = money(column(4))
                ))
            );
        }
    }
}

/// The parties a column counts beside its own payer, as the rules name them: "Of the
/// SPV column: Implementing agency 50.00, Beneficiary units 110.00; the SPV's own 0.00."
fn print_parties(f: &Financing, words: &Messages) {
    use cdstudy::scheme::Payer;
    for column in [Payer::State, Payer::Beneficiary, Payer::Other] {
        let named: Vec<String> = f
            .totals
            .parties
            .iter()
            .filter(|p| p.column == column)
            .map(|p| format!("{} {}", words.label(&p.name), lakh(p.amount_rs)))
            .collect();
        if named.is_empty() {
            continue;
        }
        let label = f.labels.of(column);
        outln!(
            "  {}",
            words.phrase(&cdstudy::phrase!(
                "Of the {label} column: {named}; the {label}'s own {own}.",
                label = cdstudy::phrase::word(label),
                named = named.join(", "),
                own = lakh(f.totals.own_rs(column))
            ))
        );
    }
}

/// Each rule with what became of it, and its basis where it is not confirmed.
fn print_rule_list(rules: &[cdstudy::scheme::RuleResult], words: &Messages) {
    let width = rules
        .iter()
        .map(|r| outcome_word(words, r.outcome).chars().count())
        .max()
        .unwrap_or(0)
        .max(11);
    for r in rules {
        let basis = match r.basis {
            cdstudy::scheme::Basis::Confirmed => String::new(),
            other => format!(" [{}]", words.label(other.word())),
        };
        print_wrapped(
            &format!(
                "{}{basis}",
                words.said(&r.name, Some(&cdstudy::scheme::rule_phrase(&r.decision)))
            ),
            &format!("    {:<width$}  ", outcome_word(words, r.outcome)),
            &" ".repeat(width + 6),
        );
    }
}

fn print_rules(f: &Financing, words: &Messages) {
    if f.rules.is_empty() && f.components.iter().all(|c| c.rules.is_empty()) {
        return;
    }
    outln!();
    outln!("{}", words.label("Rules applied"));
    for c in &f.components {
        if !c.rules.is_empty() {
            outln!("  {} ({})", words.finding(&c.name), c.id);
            print_rule_list(&c.rules, words);
        }
    }
    if !f.rules.is_empty() {
        outln!("  {}", words.label("The study as a whole"));
        print_rule_list(&f.rules, words);
    }
}

/// The CFC's viability as the documents show it: held against the scheme's own
/// acceptance rules with a verdict on each figure; where the scheme has none (`note` names
/// the benchmark), the figures beside the benchmark and no verdict at all.
fn print_viability(v: &Viability, note: Option<&cdstudy::phrase::Said>, words: &Messages) {
    let reference = note.is_some();
    let (years, source) = (v.years, v.acceptance.source.as_str());
    outln!(
        "{}",
        words.phrase(&if reference {
            cdstudy::phrase!(
                "CFC viability over {years} years (benchmark for comparison: {source})",
                years,
                source
            )
        } else {
            cdstudy::phrase!(
                "CFC viability over {years} years (held against: {source})",
                years,
                source
            )
        })
    );
    if let Some(note) = note {
        print_wrapped(
            &words.phrase(&cdstudy::phrase!(
                "{note}. The figures are shown for comparison only: none is held to pass or fail.",
                note = words.say(note)
            )),
            "  ",
            "  ",
        );
    }
    let rows: Vec<Vec<String>> = v
        .checks
        .iter()
        .map(|k| {
            vec![
                words.label(&k.name).into_owned(),
                words.say(&k.shown),
                words.say(&k.rule),
                match k.passes {
                    _ if reference => String::new(),
                    Some(true) => words.label("meets").into_owned(),
                    Some(false) => words.label("DOES NOT MEET").into_owned(),
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
        words.label("Figure").into_owned(),
        words.label("Value").into_owned(),
        words
            .label(if reference { "Benchmark" } else { "Rule" })
            .into_owned(),
    ];
    if !reference {
        heads.push(String::new());
    }
    print_table(&heads, &rows);
    if let Some(p) = v.figures.payback_years {
        outln!(
            "  {}",
            words.phrase(&cdstudy::phrase!(
                "Payback: {years} years",
                years = format!("{p:.2}")
            ))
        );
    }
    if reference {
        // No verdict, as the documents: the scheme sets no rule to hold the figures to.
        if !v.needs.is_empty() {
            outln!(
                "  {}",
                words.label("The figures wait for the study to give")
            );
        }
    } else {
        outln!(
            "  {}",
            words.label(if !v.needs.is_empty() {
                "No verdict yet: the figures are not held to their rules until the study gives"
            } else if v.accepted {
                "Every acceptance rule that applies is met."
            } else {
                "Not every acceptance rule is met."
            })
        );
    }
    for m in &v.needs {
        outln!("    {}: {}", m.path, words.finding(&m.what));
    }
    outln!();
    outln!("{}", words.label("Sensitivity"));
    let mut rows = vec![case_row(&words.label("Base case"), &v.figures)];
    rows.extend(
        v.sensitivity
            .iter()
            .map(|c| case_row(&words.finding(&c.name), &c.figures)),
    );
    let heads: Vec<String> = [
        "Case",
        "Avg revenue",
        "Avg PAT",
        "DSCR",
        "BEP",
        "ROCE",
        "IRR",
        "NPV",
    ]
    .iter()
    .map(|h| words.label(h).into_owned())
    .collect();
    print_table(&heads, &rows);
    outln!(
        "  {}",
        words.label("(amounts in Rs. lakh; `--format json` has the year-by-year projection)")
    );
    let lead = format!("  {} ", words.label("assumed:"));
    for a in &v.assumptions {
        print_wrapped(&words.finding(a), &lead, &under(&lead));
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
