//! `cdstudy render --doc uc|progress`: the documents of a project after sanction, from the
//! study's `progress` section, through the shared templates of any scheme.

use super::render::{Args, OutputFormat};
use super::Outcome;
use cdstudy::assets::Assets;
use cdstudy::model::ReportPeriod;
use cdstudy::render::{self, Format, MonitoringDoc};
use cdstudy::store;

pub fn run(args: Args, doc: MonitoringDoc) -> Outcome {
    let format = match args.format {
        OutputFormat::Md => Format::Md,
        OutputFormat::Html => Format::Html,
        OutputFormat::Docx => Format::Docx,
    };
    let period: Option<ReportPeriod> = match args.period.as_deref().map(str::parse) {
        None => None,
        Some(Ok(p)) => Some(p),
        Some(Err(e)) => {
            errln!("error: --period: {e}");
            return Outcome::Trouble;
        }
    };
    let loaded = match store::load(&args.file) {
        Ok(l) => l,
        Err(e) => {
            errln!("error: {e}");
            return Outcome::Trouble;
        }
    };
    let assets = match &args.templates {
        Some(dir) if !dir.is_dir() => {
            errln!("error: --templates {}: no such folder", dir.display());
            return Outcome::Trouble;
        }
        Some(dir) => Assets::with_override(dir),
        None => Assets::embedded(),
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
    let document = match render::render_monitoring(&loaded.study, doc, period, &assets) {
        Ok(d) => d,
        Err(e) => {
            errln!("error: {}: {e}", args.file.display());
            return Outcome::Trouble;
        }
    };
    let bytes = match document.bytes(format) {
        Ok(b) => b,
        Err(e) => {
            errln!("error: {e}");
            return Outcome::Trouble;
        }
    };
    if let Err(e) = store::replace_atomic(&output, &bytes) {
        errln!("error: cannot write {}: {e}", output.display());
        return Outcome::Trouble;
    }
    outln!("wrote {} ({})", output.display(), document.template);
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
