//! `cdstudy render --doc uc|progress`: the documents of a project after sanction, from the
//! study's `progress` section, through the shared templates of any scheme.

use super::render::Args;
use super::Outcome;
use cdstudy::model::ReportPeriod;
use cdstudy::render::{self, MonitoringDoc};

pub fn run(args: Args, doc: MonitoringDoc) -> Outcome {
    let period: Option<ReportPeriod> = match args.period.as_deref().map(str::parse) {
        None => None,
        Some(Ok(p)) => Some(p),
        Some(Err(e)) => {
            errln!("error: --period: {e}");
            return Outcome::Trouble;
        }
    };
    let (format, loaded, assets) = match super::render::prepare(&args) {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| render::monitoring_output(&args.file, doc, period, format));
    if super::render::same_file(&output, &args.file) {
        errln!(
            "error: {} is the study itself; choose another output with -o",
            output.display()
        );
        return Outcome::Trouble;
    }
    let words = match super::render::words(&args, &loaded, &assets) {
        Ok(w) => w,
        Err(outcome) => return outcome,
    };
    let document = match render::render_monitoring_in(&loaded.study, doc, period, &assets, &words) {
        Ok(d) => d,
        Err(e) => {
            errln!("error: {}: {e}", args.file.display());
            return Outcome::Trouble;
        }
    };
    if let Err(outcome) = super::render::write(&document, format, &output) {
        return outcome;
    }
    super::render::words_missing(&words);
    let report = cdstudy::check::check(&loaded.study);
    let progress = report
        .findings
        .iter()
        .filter(|f| f.section == cdstudy::model::Section::Progress)
        .count();
    if progress > 0 {
        errln!(
            "note: check has {progress} finding(s) on the progress section; `cdstudy check {}` lists them",
            args.file.display()
        );
    }
    Outcome::Fine
}
