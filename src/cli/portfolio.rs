//! `cdstudy portfolio PATH...`: every study under the paths in one view — tables on the
//! terminal, JSON, CSV, or a self-contained HTML dashboard — and the same rows exported as
//! a SQLite database or CSV files. All figures come from `cdstudy::portfolio`; this module
//! only rounds for print (so that printed tables add up) and lays out.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::Outcome;
use cdstudy::finance::apportion;
use cdstudy::i18n::Messages;
use cdstudy::model::Rupees;
use cdstudy::portfolio::{
    self, export, Cache, MoneyRow, PipelineRow, Portfolio, Stage, StudyRow, Track,
};

pub const EXAMPLES: &str = "\
Examples:
  cdstudy portfolio studies/
  cdstudy portfolio ~/mp-clusters --format html -o dashboard.html
  cdstudy portfolio studies/ --format json > portfolio.json
  cdstudy portfolio studies/ --export portfolio.sqlite --export-csv portfolio-csv/

The rows of each study are cached under $XDG_CACHE_HOME/cdstudy/portfolio (else
~/.cache/cdstudy/portfolio), keyed by the file's content; delete the folder to clear it, or
run with --no-cache.

Exit codes: 0 every file found loaded, 1 some file did not load (listed under data quality),
2 the command line is wrong or an output could not be written.";

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Csv,
    Html,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Study files and folders (walked recursively for *.yaml and *.yml, hidden folders
    /// such as .git skipped).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Also write the rows as a SQLite database (tables studies, components, actions,
    /// indicators, progress, not_loaded).
    #[arg(long, value_name = "FILE.sqlite")]
    pub export: Option<PathBuf>,
    /// Also write the same tables as CSV files into this folder.
    #[arg(long, value_name = "DIR")]
    pub export_csv: Option<PathBuf>,
    #[command(flatten)]
    pub reading: Reading,
}

/// How a run over many studies reads them: `portfolio` and `plan` alike.
#[derive(clap::Args, Debug)]
pub struct Reading {
    /// The cache folder (default: $XDG_CACHE_HOME/cdstudy/portfolio).
    #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
    pub cache: Option<PathBuf>,
    /// Compute every study afresh and keep nothing.
    #[arg(long)]
    pub no_cache: bool,
    /// A folder of templates over the built-in ones (default: the folder CDSTUDY_TEMPLATES
    /// names, else only the built-in).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

/// A progress bar on standard error, drawn only when it is a terminal and only once the
/// run has taken a second, at most ten times a second.
struct Bar {
    start: Instant,
    last: Mutex<Option<Instant>>,
    shown: std::sync::atomic::AtomicBool,
}

impl Bar {
    fn new() -> Bar {
        Bar {
            start: Instant::now(),
            last: Mutex::new(None),
            shown: std::sync::atomic::AtomicBool::new(false),
        }
    }

    fn tell(&self, done: usize, of: usize) {
        use std::io::Write;
        let now = Instant::now();
        if now - self.start < Duration::from_secs(1) {
            return;
        }
        let Ok(mut last) = self.last.try_lock() else {
            return;
        };
        if last.is_some_and(|l| now - l < Duration::from_millis(100)) && done < of {
            return;
        }
        *last = Some(now);
        self.shown.store(true, std::sync::atomic::Ordering::Relaxed);
        let width = 30;
        let filled = (done * width).checked_div(of).unwrap_or(width);
        let line = format!(
            "\r  studies {done}/{of} [{}{}]",
            "#".repeat(filled),
            " ".repeat(width - filled)
        );
        let _ = std::io::stderr().write_all(line.as_bytes());
    }

    fn finish(&self) {
        use std::io::Write;
        if self.shown.load(std::sync::atomic::Ordering::Relaxed) {
            let _ = std::io::stderr().write_all(format!("\r{}\r", " ".repeat(50)).as_bytes());
        }
    }
}

/// The portfolio of `paths` with the run's workspace and cache; `None` (said on stderr)
/// when the scheme rules cannot be read. For `plan` too.
pub fn load(
    paths: &[PathBuf],
    reading: &Reading,
    command: &str,
    m: &Messages,
) -> Option<Portfolio> {
    let ws = super::schemes::workspace(reading.templates.as_deref(), command, m)?;
    let catalog = super::schemes::rules(&ws)?;
    let today = cdstudy::check::today();
    let cache = if reading.no_cache {
        None
    } else {
        reading
            .cache
            .clone()
            .or_else(Cache::default_dir)
            .map(|dir| Cache::new(dir, &portfolio::context(catalog, today)))
    };
    let bar = Bar::new();
    let tell = |done: usize, of: usize| bar.tell(done, of);
    let terminal = std::io::stderr().is_terminal();
    let opts = portfolio::Options {
        catalog,
        cache: cache.as_ref(),
        progress: if terminal { Some(&tell) } else { None },
        today,
    };
    let p = portfolio::build(paths, &opts);
    bar.finish();
    Some(p)
}

pub fn run(args: Args, m: &Messages) -> Outcome {
    let Some(p) = load(&args.paths, &args.reading, "portfolio", m) else {
        return Outcome::Trouble;
    };
    let mut outcome = if p.not_loaded.is_empty() {
        Outcome::Fine
    } else {
        Outcome::Findings
    };
    let tables = (args.export.is_some() || args.export_csv.is_some()).then(|| export::tables(&p));
    if let (Some(path), Some(t)) = (&args.export, &tables) {
        if let Err(e) = export::write_sqlite(t, path) {
            errln!("cdstudy portfolio: cannot write the database {e}");
            outcome = Outcome::Trouble;
        }
    }
    if let (Some(dir), Some(t)) = (&args.export_csv, &tables) {
        if let Err(e) = export::write_csv(t, dir) {
            errln!("cdstudy portfolio: cannot write the CSV files: {e}");
            outcome = Outcome::Trouble;
        }
    }
    let text = match args.format {
        Format::Text => text(&p, m),
        Format::Json => match serde_json::to_string_pretty(&p) {
            Ok(s) => format!("{s}\n"),
            Err(e) => {
                errln!("cdstudy portfolio: cannot write JSON: {e}");
                return Outcome::Trouble;
            }
        },
        Format::Csv => export::csv(&export::tables(&p)[0]),
        Format::Html => {
            let base = args
                .output
                .as_deref()
                .and_then(Path::parent)
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."));
            html(&p, &base)
        }
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = cdstudy::store::replace_atomic(path, text.as_bytes()) {
                errln!("cdstudy portfolio: {}: {e}", path.display());
                return Outcome::Trouble;
            }
        }
        // JSON and CSV are data: written as they are (serde escapes controls in JSON);
        // the text tables go through the terminal-safe path.
        None if args.format == Format::Text => super::emit(&text),
        None if args.format == Format::Json => {
            let _ = super::print_json("portfolio", &p);
        }
        None => super::emit(&text),
    }
    if p.cache.hits + p.cache.misses > 0 {
        errln!(
            "cdstudy portfolio: {}",
            m.phrase(&cdstudy::phrase!(
                "{studies} ({hits} from the cache), {files} not loaded",
                studies = studies_counted(p.studies.len()),
                hits = p.cache.hits,
                files = files_counted(p.not_loaded.len())
            ))
        );
    }
    // The process ends here: freeing the rows of thousands of studies one by one took
    // about a fifth of a warm run's CPU over 6,000 studies (glibc consolidating its free
    // lists), for memory the exit gives back anyway.
    std::mem::forget(p);
    outcome
}

/// One cell of a table in Rs. lakh: Rs. 1,000 (0.01 lakh); in crore: Rs. 1,00,000.
const LAKH_CELL: i64 = 1_000;
const CRORE_CELL: i64 = 1_00_000;

/// Every study's figures (its sources and gap, and what was spent) rounded once, all
/// studies together by largest remainder, in a table's unit. Each money table sums these:
/// it adds up as printed, a cluster reads the same in every table, every table has the same
/// totals, and each study's figure is within one unit of its exact value.
struct StudyFigures {
    parts: Vec<[i64; 5]>,
    spent: Vec<i64>,
}

fn study_figures(studies: &[StudyRow], unit: i64) -> StudyFigures {
    let cells: Vec<Vec<i64>> = studies.iter().map(|r| r.planned.parts().to_vec()).collect();
    let t = apportion::table(&cells, unit);
    let spent: Vec<i64> = studies.iter().map(|r| r.spent.cost_rs).collect();
    let (spent, _) = apportion::column(&spent, unit);
    let parts = t
        .cells
        .iter()
        .map(|v| {
            let mut a = [0; 5];
            for (j, x) in v.iter().enumerate().take(5) {
                a[j] = *x;
            }
            a
        })
        .collect();
    StudyFigures { parts, spent }
}

impl StudyFigures {
    fn cost(&self, i: usize) -> i64 {
        self.parts.get(i).map_or(0, |p| p.iter().sum())
    }
}

/// A money table's figures: for each row (and the total) its cost, the sources and gap,
/// and what was spent, each the sum of its studies' rounded figures.
struct MoneyShown {
    cost: Vec<i64>,
    parts: Vec<[i64; 5]>,
    spent: Vec<i64>,
    total_cost: i64,
    total_parts: [i64; 5],
    total_spent: i64,
}

fn money_shown(rows: &[MoneyRow], total: &MoneyRow, f: &StudyFigures) -> MoneyShown {
    let sum = |members: &[usize]| {
        let mut parts = [0i64; 5];
        let mut spent = 0;
        for &i in members {
            if let Some(p) = f.parts.get(i) {
                for (a, b) in parts.iter_mut().zip(p) {
                    *a += b;
                }
            }
            spent += f.spent.get(i).copied().unwrap_or(0);
        }
        (parts, spent)
    };
    let mut shown = MoneyShown {
        cost: Vec::with_capacity(rows.len()),
        parts: Vec::with_capacity(rows.len()),
        spent: Vec::with_capacity(rows.len()),
        total_cost: 0,
        total_parts: [0; 5],
        total_spent: 0,
    };
    for r in rows {
        let (parts, spent) = sum(&r.members);
        shown.cost.push(parts.iter().sum());
        shown.parts.push(parts);
        shown.spent.push(spent);
    }
    let (parts, spent) = sum(&total.members);
    shown.total_cost = parts.iter().sum();
    shown.total_parts = parts;
    shown.total_spent = spent;
    shown
}

fn lakh(v: i64) -> String {
    Rupees(v).lakh_figure()
}

fn crore(v: i64) -> String {
    Rupees(v).crore_figure()
}

const STAGE_SHORT: [&str; 8] = ["Sel", "Diag", "DSR", "Soft", "DPR", "Sanct", "Impl", "Done"];

/// Fixed words of the tables in the run's language.
fn labels(m: &Messages, s: &[&str]) -> Vec<String> {
    s.iter().map(|s| m.label(s).into_owned()).collect()
}

fn pipeline_table(
    out: &mut String,
    m: &Messages,
    (title, first): (&str, &str),
    rows: &[PipelineRow],
    total: Option<&PipelineRow>,
) {
    out.push_str(&format!("\n{}\n", m.label(title)));
    let mut header = vec![m.label(first).into_owned()];
    header.extend(STAGE_SHORT.iter().map(|s| s.to_string()));
    header.push(m.label("Total").into_owned());
    let row = |key: String, r: &PipelineRow| {
        let mut row = vec![key];
        row.extend(r.stages.iter().map(|n| n.to_string()));
        row.push(r.total.to_string());
        row
    };
    let mut body: Vec<Vec<String>> = rows.iter().map(|r| row(r.key.clone(), r)).collect();
    // The total's key is the data's English "Total"; its row is named in the run's language.
    body.extend(total.map(|t| row(m.label("Total").into_owned(), t)));
    if body.is_empty() {
        body.push(vec![m.label("(none)").into_owned()]);
    }
    super::text_table(out, &header, &body);
}

fn money_table(
    out: &mut String,
    m: &Messages,
    (title, first): (&str, &str),
    rows: &[MoneyRow],
    total: &MoneyRow,
    figures: &StudyFigures,
) {
    let title = m.phrase(&cdstudy::phrase!(
        "{title} (Rs. in lakh)",
        title = cdstudy::phrase::word(title)
    ));
    out.push_str(&format!("\n{title}\n"));
    let s = money_shown(rows, total, figures);
    let header = labels(
        m,
        &[
            first, "Studies", "Cost", "GoI", "State", "SPV", "Others", "Gap", "Spent",
        ],
    );
    let mut body: Vec<Vec<String>> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut row = vec![r.key.clone(), r.studies.to_string(), lakh(s.cost[i])];
            row.extend(s.parts[i].iter().map(|v| lakh(*v)));
            row.push(lakh(s.spent[i]));
            row
        })
        .collect();
    let mut t = vec![
        m.label("Total").into_owned(),
        total.studies.to_string(),
        lakh(s.total_cost),
    ];
    t.extend(s.total_parts.iter().map(|v| lakh(*v)));
    t.push(lakh(s.total_spent));
    body.push(t);
    super::text_table(out, &header, &body);
}

/// The tables for a terminal, in the run's language (the figures, names and files as
/// they are; the stages' short codes stay, the line under the first table says them).
pub fn text(p: &Portfolio, m: &Messages) -> String {
    let mut out = String::new();
    out.push_str(&m.phrase(&cdstudy::phrase!(
        "Portfolio: {studies}, {files} not loaded (as of {date})",
        studies = studies_counted(p.studies.len()),
        files = files_counted(p.not_loaded.len()),
        date = p.today.to_string()
    )));
    out.push('\n');
    out.push_str(&format!("\n{}\n", m.label("Pipeline by stage")));
    let mut rows: Vec<Vec<String>> = Stage::ALL
        .iter()
        .map(|s| {
            vec![
                m.label(s.label()).into_owned(),
                p.pipeline.total.stages[s.index()].to_string(),
            ]
        })
        .collect();
    rows.push(vec![
        m.label("Total").into_owned(),
        p.pipeline.total.total.to_string(),
    ]);
    super::text_table(&mut out, &labels(m, &["Stage", "Clusters"]), &rows);
    out.push_str(&format!(
        "  ({} = {})\n",
        STAGE_SHORT.join(", "),
        Stage::ALL
            .iter()
            .map(|s| m.label(s.label()))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    pipeline_table(
        &mut out,
        m,
        ("Pipeline by state", "State"),
        &p.pipeline.by_state,
        Some(&p.pipeline.total),
    );
    pipeline_table(
        &mut out,
        m,
        ("Pipeline by scheme", "Scheme"),
        &p.pipeline.by_scheme,
        Some(&p.pipeline.total),
    );
    pipeline_table(
        &mut out,
        m,
        ("Pipeline by district", "District"),
        &p.pipeline.by_district,
        Some(&p.pipeline.total),
    );
    pipeline_table(
        &mut out,
        m,
        (
            "Pipeline by sector, or by product where a study names no sector (a cluster of two counts under each)",
            "Sector or product",
        ),
        &p.pipeline.by_product,
        None,
    );
    let figures = study_figures(&p.studies, LAKH_CELL);
    money_table(
        &mut out,
        m,
        ("Money by scheme, as planned and as spent", "Scheme"),
        &p.money_by_scheme,
        &p.money_total,
        &figures,
    );
    money_table(
        &mut out,
        m,
        ("Money by district", "District"),
        &p.money_by_district,
        &p.money_total,
        &figures,
    );

    out.push_str(&format!(
        "\n{}\n",
        m.label("Monitoring: budget and activities by year, plan against done (projects under way; Rs. in lakh)")
    ));
    let y = &p.monitoring.years;
    let (budget, budget_total) = apportion::column(
        &y.iter().map(|r| r.budget_rs).collect::<Vec<_>>(),
        LAKH_CELL,
    );
    let (used, used_total) = apportion::column(
        &y.iter().map(|r| r.utilised_rs).collect::<Vec<_>>(),
        LAKH_CELL,
    );
    let pct = |a: i64, b: i64| {
        if b > 0 {
            format!("{}%", (a * 100 + b / 2) / b)
        } else {
            "-".into()
        }
    };
    let mut rows: Vec<Vec<String>> = y
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                r.year.to_string(),
                lakh(budget[i]),
                lakh(used[i]),
                pct(r.utilised_rs, r.budget_rs),
                r.planned.to_string(),
                r.done.to_string(),
            ]
        })
        .collect();
    let (planned, done): (u32, u32) = y
        .iter()
        .fold((0, 0), |(a, b), r| (a + r.planned, b + r.done));
    let exact_budget: i64 = y.iter().map(|r| r.budget_rs).sum();
    let exact_used: i64 = y.iter().map(|r| r.utilised_rs).sum();
    rows.push(vec![
        m.label("Total").into_owned(),
        lakh(budget_total),
        lakh(used_total),
        pct(exact_used, exact_budget),
        planned.to_string(),
        done.to_string(),
    ]);
    super::text_table(
        &mut out,
        &labels(
            m,
            &[
                "FY",
                "Budget",
                "Used",
                "% used",
                "Activities planned",
                "Done",
            ],
        ),
        &rows,
    );
    let k = &p.monitoring.indicators;
    let list = Track::ALL
        .iter()
        .map(|t| {
            // "met 3": English lowercases the label; another language has words of its
            // own for how an indicator stands ("Met" alone is also "whom the team met").
            let word = match m.lang() {
                cdstudy::i18n::Lang::En => t.label().to_lowercase(),
                _ => m.label(&format!("indicator: {}", t.label())).into_owned(),
            };
            format!("{word} {}", k.get(*t))
        })
        .collect::<Vec<_>>()
        .join(", ");
    out.push('\n');
    out.push_str(&m.phrase(&cdstudy::phrase!(
        "Indicators of projects under way: {list}",
        list
    )));
    out.push('\n');
    // One line per project: which of its indicators are behind (the JSON lists each).
    let mut by_study: Vec<(&str, &str, Vec<&str>)> = Vec::new();
    for b in &p.monitoring.behind {
        match by_study.last_mut() {
            Some((file, _, ids)) if *file == b.file => ids.push(&b.indicator),
            _ => by_study.push((&b.file, &b.cluster, vec![&b.indicator])),
        }
    }
    for (file, cluster, ids) in by_study {
        let behind = m.phrase(&cdstudy::phrase!(
            "behind  {cluster} ({file}): {ids}",
            cluster,
            file,
            ids = ids.join(", ")
        ));
        out.push_str(&format!("  {behind}\n"));
    }
    out.push_str(&format!(
        "\n{}\n",
        m.label("Projects with no progress reported for two periods or more")
    ));
    if p.monitoring.silent.is_empty() {
        out.push_str(&format!("  {}\n", m.label("none")));
    } else {
        let rows: Vec<Vec<String>> = p
            .monitoring
            .silent
            .iter()
            .map(|s| {
                vec![
                    s.cluster.clone(),
                    m.label(s.stage.label()).into_owned(),
                    s.last_period
                        .clone()
                        .unwrap_or_else(|| m.label("never").into_owned()),
                    s.periods_without_report.to_string(),
                    s.file.clone(),
                ]
            })
            .collect();
        super::text_table(
            &mut out,
            &labels(
                m,
                &["Cluster", "Stage", "Last report", "Periods since", "File"],
            ),
            &rows,
        );
    }
    out.push_str(&format!(
        "\n{}\n",
        m.label("Selection ranking (the department's criteria, _shared/selection.yaml)")
    ));
    if p.ranking.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            m.label("no study has a selection score")
        ));
    } else {
        let rows: Vec<Vec<String>> = p
            .ranking
            .iter()
            .map(|r| {
                vec![
                    r.rank.to_string(),
                    r.score.clone(),
                    match r.passes {
                        Some(true) => m.label("passes").into_owned(),
                        Some(false) => m.label("below").into_owned(),
                        None => String::new(),
                    },
                    r.cluster.clone(),
                    r.district.clone(),
                    r.state.clone(),
                    m.label(r.stage.label()).into_owned(),
                ]
            })
            .collect();
        super::text_table(
            &mut out,
            &labels(
                m,
                &[
                    "Rank",
                    "Score",
                    "Threshold",
                    "Cluster",
                    "District",
                    "State",
                    "Stage",
                ],
            ),
            &rows,
        );
    }
    out.push_str(&format!(
        "\n{}\n",
        m.label("Data quality (cdstudy check on each study's content)")
    ));
    let with: Vec<_> = p
        .studies
        .iter()
        .filter(|r| r.errors > 0 || r.warnings > 0)
        .collect();
    let (errors, warnings): (u32, u32) = p
        .studies
        .iter()
        .fold((0, 0), |(e, w), r| (e + r.errors, w + r.warnings));
    let quality = m.phrase(&cdstudy::phrase!(
        "{with} of {all} studies have findings: {errors} errors, {warnings} warnings in all",
        with = with.len(),
        all = p.studies.len(),
        errors,
        warnings
    ));
    out.push_str(&format!("  {quality}\n"));
    let rows: Vec<Vec<String>> = with
        .iter()
        .map(|r| vec![r.file.clone(), r.errors.to_string(), r.warnings.to_string()])
        .collect();
    if !rows.is_empty() {
        super::text_table(&mut out, &labels(m, &["File", "Errors", "Warnings"]), &rows);
    }
    let no_budget: Vec<_> = p
        .studies
        .iter()
        .filter(|r| r.scheme_name.is_none())
        .collect();
    if !no_budget.is_empty() {
        let files = no_budget
            .iter()
            .map(|r| r.file.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let none = m.phrase(&cdstudy::phrase!(
            "{n} studies have no budget (no scheme, or one cdstudy does not know): {files}",
            n = no_budget.len(),
            files
        ));
        out.push_str(&format!("  {none}\n"));
    }
    out.push_str(&format!("\n{}\n", m.label("Files not loaded")));
    if p.not_loaded.is_empty() {
        out.push_str(&format!("  {}\n", m.label("none")));
    }
    for n in &p.not_loaded {
        let why = match (&n.cause, n.kind) {
            (Some(e), _) => e.in_words(m),
            (None, "not-a-study") => m.label(cdstudy::portfolio::NOT_A_STUDY).into_owned(),
            (None, _) => n.error.clone(),
        };
        out.push_str(&format!(
            "  {} ({}): {}\n",
            n.file,
            kind_word(m, n.kind),
            why.replace('\n', "\n    ")
        ));
    }
    out
}

/// Why a file was not loaded, in a word: the code itself in English (`missing`,
/// `not-a-study`, `error`, as the JSON has it), a word of the catalogue otherwise.
fn kind_word(m: &Messages, kind: &str) -> String {
    if m.lang() == cdstudy::i18n::Lang::En {
        return kind.to_string();
    }
    m.label(match kind {
        "missing" => "file not loaded: missing",
        "not-a-study" => "file not loaded: not a study",
        _ => "file not loaded: error",
    })
    .into_owned()
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// A cell sorting by a number (`data-v`), printed as `shown`.
fn num_td(v: i64, shown: &str) -> String {
    format!("<td class=n data-v=\"{v}\">{}</td>", esc(shown))
}

fn td(s: &str) -> String {
    format!("<td>{}</td>", esc(s))
}

fn html_table(out: &mut String, header: &[&str], rows: &[String], foot: Option<String>) {
    out.push_str("<table class=sortable><thead><tr>");
    for h in header {
        out.push_str(&format!("<th>{}</th>", esc(h)));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        out.push_str(&format!("<tr>{r}</tr>"));
    }
    out.push_str("</tbody>");
    if let Some(f) = foot {
        out.push_str(&format!("<tfoot><tr>{f}</tr></tfoot>"));
    }
    out.push_str("</table>\n");
}

fn html_pipeline(
    out: &mut String,
    title: &str,
    first: &str,
    rows: &[PipelineRow],
    total: Option<&PipelineRow>,
) {
    out.push_str(&format!("<h3>{}</h3>", esc(title)));
    let mut header = vec![first];
    header.extend(Stage::ALL.iter().map(|s| s.label()));
    header.push("Total");
    let line = |r: &PipelineRow| {
        let mut s = td(&r.key);
        for n in r.stages {
            s.push_str(&num_td(i64::from(n), &n.to_string()));
        }
        s.push_str(&num_td(i64::from(r.total), &r.total.to_string()));
        s
    };
    let body: Vec<String> = rows.iter().map(line).collect();
    html_table(out, &header, &body, total.map(line));
}

fn html_money(
    out: &mut String,
    (title, first): (&str, &str),
    rows: &[MoneyRow],
    total: &MoneyRow,
    figures: &StudyFigures,
) {
    out.push_str(&format!("<h3>{} (Rs. in crore)</h3>", esc(title)));
    let s = money_shown(rows, total, figures);
    let header = [
        first, "Studies", "Cost", "GoI", "State", "SPV", "Others", "Gap", "Spent",
    ];
    let body: Vec<String> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut row = td(&r.key);
            row.push_str(&num_td(i64::from(r.studies), &r.studies.to_string()));
            row.push_str(&num_td(s.cost[i], &crore(s.cost[i])));
            for v in s.parts[i] {
                row.push_str(&num_td(v, &crore(v)));
            }
            row.push_str(&num_td(s.spent[i], &crore(s.spent[i])));
            row
        })
        .collect();
    let mut foot = td("Total");
    foot.push_str(&num_td(
        i64::from(total.studies),
        &total.studies.to_string(),
    ));
    foot.push_str(&num_td(s.total_cost, &crore(s.total_cost)));
    for v in s.total_parts {
        foot.push_str(&num_td(v, &crore(v)));
    }
    foot.push_str(&num_td(s.total_spent, &crore(s.total_spent)));
    html_table(out, &header, &body, Some(foot));
}

/// A horizontal bar chart as inline SVG: one bar per label, its value printed beside it.
fn bars(title: &str, items: &[(String, i64, String)], colour: &str) -> String {
    let max = items.iter().map(|i| i.1).max().unwrap_or(0).max(1);
    let row = 22;
    let label_w = 190;
    let bar_w = 420;
    let h = items.len() * row + 30;
    let mut s = format!(
        "<figure><figcaption>{}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{h}\" role=\"img\">",
        esc(title),
        label_w + bar_w + 120
    );
    for (i, (label, v, shown)) in items.iter().enumerate() {
        let y = 10 + i * row;
        let w = (v.max(&0) * bar_w as i64 / max) as usize;
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{}</text><rect x=\"{}\" y=\"{y}\" width=\"{w}\" height=\"16\" fill=\"{colour}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            label_w - 6,
            y + 12,
            esc(label),
            label_w,
            label_w + w + 4,
            y + 12,
            esc(shown)
        ));
    }
    s.push_str("</svg></figure>");
    s
}

/// A relative link from the folder `base` (where the dashboard is written) to `target`,
/// or the target as given when the two share no root.
fn relative(base: &Path, target: &Path) -> String {
    let (Ok(b), Ok(t)) = (base.canonicalize(), target.canonicalize()) else {
        return target.display().to_string();
    };
    let bc: Vec<_> = b.components().collect();
    let tc: Vec<_> = t.components().collect();
    let common = bc.iter().zip(&tc).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); bc.len() - common];
    parts.extend(
        tc[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// The documents rendered beside a study (`ujjain.dsr.html`, `ujjain.progress.md`, ...):
/// files in its folder named after it with a document's extension.
fn documents(
    file: &Path,
    listing: &mut std::collections::HashMap<PathBuf, Vec<String>>,
) -> Vec<PathBuf> {
    let dir = super::study_dir(file);
    let names = listing.entry(dir.clone()).or_insert_with(|| {
        std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| {
                        [".html", ".md", ".docx", ".xlsx", ".pdf"]
                            .iter()
                            .any(|x| n.ends_with(x))
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    let Some(stem) = file
        .file_stem()
        .map(|s| format!("{}.", s.to_string_lossy()))
    else {
        return Vec::new();
    };
    let mut docs: Vec<PathBuf> = names
        .iter()
        .filter(|n| n.starts_with(&stem))
        .map(|n| dir.join(n))
        .collect();
    docs.sort();
    docs
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:24px;color:#222}h1{font-size:22px}h2{margin-top:32px;border-bottom:2px solid #2a6f97}table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}th,td{border:1px solid #ccc;padding:3px 7px}th{background:#e8f1f7;cursor:pointer;user-select:none}th:after{content:' \\2195';color:#999}td.n{text-align:right;font-variant-numeric:tabular-nums}tfoot td{font-weight:bold;background:#f4f4f4}.cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #ccc;border-radius:6px;padding:10px 14px;min-width:150px}.card b{display:block;font-size:22px}figure{margin:8px 0}figcaption{font-weight:bold;font-size:13px}.bad{color:#a00}";

/// Sorts a table by a clicked header: numbers by `data-v`, words alphabetically; a second
/// click reverses. The footer (totals) stays.
const SCRIPT: &str = "document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){var t=th.closest('table'),b=t.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th),d=th.dataset.d==='a'?'d':'a';th.dataset.d=d;var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var p=x.cells[i],q=y.cells[i];if(!p||!q)return 0;var a=p.dataset.v,c=q.dataset.v;var r=(a!==undefined&&c!==undefined)?(Number(a)-Number(c)):p.textContent.localeCompare(q.textContent);return d==='a'?r:-r;});rows.forEach(function(r){b.appendChild(r);});});});";

/// The dashboard: one self-contained page. Links to the documents are relative to `base`,
/// the folder the page is written in.
pub fn html(p: &Portfolio, base: &Path) -> String {
    let mut o = String::new();
    o.push_str(
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Cluster portfolio</title>",
    );
    o.push_str(&format!("<style>{STYLE}</style></head><body>"));
    o.push_str(&format!(
        "<h1>Cluster portfolio</h1><p>{} read, {} not loaded; as of {}. Amounts in Rs. crore: each study's figures rounded once, all together (largest remainder), and every table summing them, so that each adds up as printed and a cluster reads the same in every table.</p>",
        counted(p.studies.len(), "study", "studies"),
        counted(p.not_loaded.len(), "file", "files"),
        p.today
    ));
    let t = &p.money_total;
    let under_way = p.pipeline.total.stages[Stage::UnderImplementation.index()]
        + p.pipeline.total.stages[Stage::SoftInterventions.index()];
    o.push_str("<div class=cards>");
    for (label, value) in [
        ("Clusters studied", p.studies.len().to_string()),
        ("Projects under way", under_way.to_string()),
        ("Project cost, Rs. crore", crore(t.planned.cost_rs)),
        ("GoI grant, Rs. crore", crore(t.planned.goi_rs)),
        ("Spent so far, Rs. crore", crore(t.spent.cost_rs)),
        ("Files not loaded", p.not_loaded.len().to_string()),
    ] {
        o.push_str(&format!(
            "<div class=card>{}<b>{}</b></div>",
            esc(label),
            esc(&value)
        ));
    }
    o.push_str("</div>");

    o.push_str("<h2>Pipeline</h2>");
    let items: Vec<(String, i64, String)> = Stage::ALL
        .iter()
        .map(|s| {
            let n = p.pipeline.total.stages[s.index()];
            (s.label().to_string(), i64::from(n), n.to_string())
        })
        .collect();
    o.push_str(&bars("Clusters by stage", &items, "#2a6f97"));
    html_pipeline(
        &mut o,
        "By state",
        "State",
        &p.pipeline.by_state,
        Some(&p.pipeline.total),
    );
    html_pipeline(
        &mut o,
        "By scheme",
        "Scheme",
        &p.pipeline.by_scheme,
        Some(&p.pipeline.total),
    );
    html_pipeline(
        &mut o,
        "By district",
        "District",
        &p.pipeline.by_district,
        Some(&p.pipeline.total),
    );
    html_pipeline(
        &mut o,
        "By sector, or by product where a study names no sector (a cluster of two counts under each)",
        "Sector or product",
        &p.pipeline.by_product,
        None,
    );

    o.push_str("<h2>Money</h2>");
    let figures = study_figures(&p.studies, CRORE_CELL);
    let shown = money_shown(&p.money_by_scheme, &p.money_total, &figures);
    let items: Vec<(String, i64, String)> = p
        .money_by_scheme
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                r.key.clone(),
                shown.cost[i],
                format!("{} cr", crore(shown.cost[i])),
            )
        })
        .collect();
    o.push_str(&bars(
        "Project cost by scheme (Rs. crore)",
        &items,
        "#468faf",
    ));
    html_money(
        &mut o,
        ("By scheme, as planned and as spent", "Scheme"),
        &p.money_by_scheme,
        &p.money_total,
        &figures,
    );
    html_money(
        &mut o,
        ("By district", "District"),
        &p.money_by_district,
        &p.money_total,
        &figures,
    );

    o.push_str("<h2>Monitoring</h2><h3>Budget and activities by year, plan against done (projects under way; Rs. in crore)</h3>");
    let y = &p.monitoring.years;
    let (budget, budget_total) = apportion::column(
        &y.iter().map(|r| r.budget_rs).collect::<Vec<_>>(),
        CRORE_CELL,
    );
    let (used, used_total) = apportion::column(
        &y.iter().map(|r| r.utilised_rs).collect::<Vec<_>>(),
        CRORE_CELL,
    );
    let body: Vec<String> = y
        .iter()
        .enumerate()
        .map(|(i, r)| {
            format!(
                "{}{}{}{}{}",
                td(&r.year.to_string()),
                num_td(budget[i], &crore(budget[i])),
                num_td(used[i], &crore(used[i])),
                num_td(i64::from(r.planned), &r.planned.to_string()),
                num_td(i64::from(r.done), &r.done.to_string())
            )
        })
        .collect();
    let (planned, done): (u32, u32) = y
        .iter()
        .fold((0, 0), |(a, b), r| (a + r.planned, b + r.done));
    html_table(
        &mut o,
        &[
            "Financial year",
            "Budget",
            "Used",
            "Activities planned",
            "Done",
        ],
        &body,
        Some(format!(
            "{}{}{}{}{}",
            td("Total"),
            num_td(budget_total, &crore(budget_total)),
            num_td(used_total, &crore(used_total)),
            num_td(i64::from(planned), &planned.to_string()),
            num_td(i64::from(done), &done.to_string())
        )),
    );
    let items: Vec<(String, i64, String)> = Track::ALL
        .iter()
        .map(|t| {
            let n = p.monitoring.indicators.get(*t);
            (t.label().to_string(), i64::from(n), n.to_string())
        })
        .collect();
    o.push_str(&bars("Indicators of projects under way", &items, "#61a5c2"));
    o.push_str("<h3>Projects with no progress reported for two periods or more</h3>");
    let body: Vec<String> = p
        .monitoring
        .silent
        .iter()
        .map(|s| {
            format!(
                "{}{}{}{}{}",
                td(&s.cluster),
                td(s.stage.label()),
                td(s.last_period.as_deref().unwrap_or("never")),
                num_td(
                    i64::from(s.periods_without_report),
                    &s.periods_without_report.to_string()
                ),
                td(&s.file)
            )
        })
        .collect();
    html_table(
        &mut o,
        &["Cluster", "Stage", "Last report", "Periods since", "File"],
        &body,
        None,
    );

    o.push_str("<h2>Selection ranking</h2>");
    let body: Vec<String> = p
        .ranking
        .iter()
        .map(|r| {
            format!(
                "{}{}{}{}{}{}",
                num_td(i64::from(r.rank), &r.rank.to_string()),
                num_td(r.score_x100, &r.score),
                td(match r.passes {
                    Some(true) => "passes",
                    Some(false) => "below",
                    None => "",
                }),
                td(&r.cluster),
                td(&format!("{}, {}", r.district, r.state)),
                td(r.stage.label())
            )
        })
        .collect();
    html_table(
        &mut o,
        &["Rank", "Score", "Threshold", "Cluster", "District", "Stage"],
        &body,
        None,
    );

    o.push_str("<h2>Studies</h2>");
    let mut listing = std::collections::HashMap::new();
    let cost_shown: Vec<i64> = (0..p.studies.len()).map(|i| figures.cost(i)).collect();
    let cost_total: i64 = cost_shown.iter().sum();
    let body: Vec<String> = p
        .studies
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let docs = documents(Path::new(&r.file), &mut listing);
            let links: Vec<String> = docs
                .iter()
                .map(|d| {
                    let name = d
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    format!("<a href=\"{}\">{}</a>", esc(&relative(base, d)), esc(&name))
                })
                .collect();
            format!(
                "{}{}{}{}{}{}{}{}<td>{}</td>",
                td(&r.cluster),
                td(&r.district),
                td(&r.state),
                td(&r.scheme),
                td(r.stage.label()),
                num_td(cost_shown[i], &crore(cost_shown[i])),
                num_td(i64::from(r.errors), &r.errors.to_string()),
                num_td(i64::from(r.warnings), &r.warnings.to_string()),
                if links.is_empty() {
                    esc(&r.file)
                } else {
                    format!("{}<br>{}", esc(&r.file), links.join(" "))
                }
            )
        })
        .collect();
    let (e, w): (u32, u32) = p
        .studies
        .iter()
        .fold((0, 0), |(e, w), r| (e + r.errors, w + r.warnings));
    html_table(
        &mut o,
        &[
            "Cluster",
            "District",
            "State",
            "Scheme",
            "Stage",
            "Cost",
            "Errors",
            "Warnings",
            "File and documents",
        ],
        &body,
        Some(format!(
            "{}<td></td><td></td><td></td><td></td>{}{}{}<td></td>",
            td("Total"),
            num_td(cost_total, &crore(cost_total)),
            num_td(i64::from(e), &e.to_string()),
            num_td(i64::from(w), &w.to_string())
        )),
    );
    o.push_str("<h2>Files not loaded</h2>");
    let body: Vec<String> = p
        .not_loaded
        .iter()
        .map(|n| {
            format!(
                "{}{}<td class=bad>{}</td>",
                td(&n.file),
                td(n.kind),
                esc(&n.error)
            )
        })
        .collect();
    html_table(&mut o, &["File", "Kind", "Error"], &body, None);
    o.push_str(&format!("<script>{SCRIPT}</script></body></html>\n"));
    o
}

/// "1 study", "2 studies" as a phrase, for the run's language.
fn studies_counted(n: usize) -> cdstudy::phrase::Phrase {
    match n {
        1 => cdstudy::phrase!("1 study"),
        n => cdstudy::phrase!("{n} studies", n),
    }
}

/// "1 file", "2 files" as a phrase, for the run's language.
fn files_counted(n: usize) -> cdstudy::phrase::Phrase {
    match n {
        1 => cdstudy::phrase!("1 file"),
        n => cdstudy::phrase!("{n} files", n),
    }
}

/// "1 study", "2 studies": a count with its noun.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
