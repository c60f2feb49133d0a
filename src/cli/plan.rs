//! `cdstudy plan PORTFOLIO-PATH... --doc ramp-sip --plan PLAN.yaml`: the state's plan drafted
//! from its portfolio and a plan file, as Markdown, HTML or Word through the documents'
//! writers. The drafting is `cdstudy::portfolio::plan`'s.

use std::path::PathBuf;

use super::Outcome;
use cdstudy::i18n::Messages;
use cdstudy::portfolio::plan::{ramp_sip, Plan};

pub const EXAMPLES: &str = "\
Examples:
  cdstudy plan examples/ramp-sip/studies --doc ramp-sip --plan examples/ramp-sip/plan.yaml
  cdstudy plan studies/ --doc ramp-sip --plan sip.yaml --format docx -o sip.docx

Exit codes: 0 drafted, 1 drafted but some study files did not load, 2 the plan file or the
command line is wrong, or the output could not be written.";

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    /// A RAMP Strategic Investment Plan.
    RampSip,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanFormat {
    Md,
    Html,
    Docx,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The portfolio: study files and folders.
    #[arg(required = true, value_name = "PORTFOLIO-PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum)]
    pub doc: Doc,
    /// The plan file: the state's components, budgets by year and source, and targets.
    #[arg(long, value_name = "PLAN.yaml")]
    pub plan: PathBuf,
    #[arg(long, value_enum, default_value_t = PlanFormat::Md)]
    pub format: PlanFormat,
    /// Write to this file (default: standard output for Markdown, else PLAN.sip.html/.docx
    /// beside the plan file).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub reading: super::portfolio::Reading,
}

pub fn run(args: Args, m: &Messages) -> Outcome {
    let Doc::RampSip = args.doc;
    let text = match std::fs::read_to_string(&args.plan) {
        Ok(t) => t,
        Err(e) => {
            errln!("cdstudy plan: {}: {e}", args.plan.display());
            return Outcome::Trouble;
        }
    };
    let plan = match Plan::parse(&text, &args.plan) {
        Ok(p) => p,
        Err(e) => {
            errln!("cdstudy plan: {e}");
            return Outcome::Trouble;
        }
    };
    let Some(p) = super::portfolio::load(&args.paths, &args.reading, "plan", m) else {
        return Outcome::Trouble;
    };
    let read_from = args
        .paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let markdown = ramp_sip(&plan, &p, &read_from);
    let outcome = if p.not_loaded.is_empty() {
        Outcome::Fine
    } else {
        errln!(
            "cdstudy plan: {}",
            m.phrase(&cdstudy::phrase!(
                "{n} files did not load; `cdstudy portfolio` lists them",
                n = p.not_loaded.len()
            ))
        );
        Outcome::Findings
    };
    let document = cdstudy::render::Document {
        markdown: markdown.clone(),
        title: plan.title.clone(),
        language: "en".into(),
        author: plan.prepared_by.clone(),
        organisation: plan.prepared_by.clone(),
        date: None,
        template: "ramp-sip (built in)".into(),
        notes: Vec::new(),
        pictures: Default::default(),
        check: Default::default(),
    };
    let (bytes, ext) = match args.format {
        PlanFormat::Md => (markdown.into_bytes(), "md"),
        PlanFormat::Html => (document.to_html().into_bytes(), "html"),
        PlanFormat::Docx => match document.to_docx() {
            Ok(b) => (b, "docx"),
            Err(e) => {
                errln!(
                    "cdstudy plan: {} {e}",
                    m.label("cannot write the Word file:")
                );
                return Outcome::Trouble;
            }
        },
    };
    let output = match (&args.output, args.format) {
        (Some(o), _) => o.clone(),
        (None, PlanFormat::Md) => {
            super::emit(&String::from_utf8_lossy(&bytes));
            return outcome;
        }
        (None, _) => args.plan.with_extension(format!("sip.{ext}")),
    };
    if let Err(e) = cdstudy::store::replace_atomic(&output, &bytes) {
        errln!("cdstudy plan: {}: {e}", output.display());
        return Outcome::Trouble;
    }
    errln!(
        "cdstudy plan: {}",
        m.phrase(&cdstudy::phrase!(
            "wrote {file}",
            file = output.display().to_string()
        ))
    );
    outcome
}
