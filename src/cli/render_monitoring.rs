//! `cdstudy render --doc uc|progress`: the documents of a project after sanction, from the
//! study's `progress` section, through the shared templates of any scheme.

use super::render::Args;
use super::Outcome;
use cdstudy::i18n::Messages;
use cdstudy::model::ReportPeriod;
use cdstudy::render::{self, MonitoringDoc};

pub fn run(args: Args, doc: MonitoringDoc, m: &Messages) -> Outcome {
    let period: Option<ReportPeriod> = match args.period.as_deref().map(str::parse) {
        None => None,
        Some(Ok(p)) => Some(p),
        Some(Err(e)) => {
            super::error(m, format!("--period: {e}"));
            return Outcome::Trouble;
        }
    };
    let (format, loaded, assets) = match super::render::prepare(&args, m) {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| render::monitoring_output(&args.file, doc, period, format));
    if super::render::same_file(&output, &args.file) {
        super::render::itself(&output, m);
        return Outcome::Trouble;
    }
    let words = match super::render::words(&args, &loaded, &assets, m) {
        Ok(w) => w,
        Err(outcome) => return outcome,
    };
    let document = match render::render_monitoring_in(&loaded.study, doc, period, &assets, &words) {
        Ok(d) => d,
        Err(e) => {
            super::error(m, format!("{}: {e}", args.file.display()));
            return Outcome::Trouble;
        }
    };
    if let Err(outcome) = super::render::write(&document, format, &output, m) {
        return outcome;
    }
    super::render::words_missing(&words, m);
    let report = cdstudy::check::check(&loaded.study);
    let progress = report
        .findings
        .iter()
        .filter(|f| f.section == cdstudy::model::Section::Progress)
        .count();
    if progress > 0 {
        errln!(
            "{}",
            m.phrase(&cdstudy::phrase!(
                "note: check has {progress} finding(s) on the progress section; `cdstudy check {file}` lists them",
                progress,
                file = args.file.display().to_string()
            ))
        );
    }
    Outcome::Fine
}
