//! `cdstudy check`: findings and section completeness for one or more studies, as text for
//! people, as JSON for scripts and CI (its shape is documented in the README and only ever
//! grows), or as GitHub Actions annotations (`--format github`): one workflow command per
//! finding, `::error file=F,line=L,title=cdstudy CODE::PATH: MESSAGE`, which GitHub shows on
//! the line of the changed file and other CI systems print as plain lines.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{print_json, Outcome};
use cdstudy::check::{self, Report};
use cdstudy::i18n::Messages;
use cdstudy::scheme::Catalog;
use cdstudy::store::{self, LoadError, LoadWarning};

pub const EXAMPLES: &str = "\
Examples:
  cdstudy check studies/ujjain-plastic.yaml
  cdstudy check studies/*.yaml --format json
  cdstudy check studies/*.yaml --format github     (annotations in GitHub Actions)

Exit codes: 0 no errors (warnings allowed), 1 a study has errors, 2 a file could not be read
or parsed. Missing things are warnings while a study is a draft or in review, and errors
once meta.status is submitted or approved.";

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    /// GitHub Actions workflow commands: each finding annotates its line.
    Github,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The study files to check.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// A folder of templates (scheme rules) over the built-in ones (default: the folder
    /// CDSTUDY_TEMPLATES names, else only the built-in).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

/// The result for one file, as the JSON output has it.
#[derive(Serialize)]
struct FileResult {
    file: String,
    /// Whether the study loaded and has no errors.
    ok: bool,
    errors: usize,
    warnings: usize,
    /// Set when the file could not be read or parsed; then there are no findings.
    load_error: Option<JsonLoadError>,
    /// Things about the file itself: comments a save would drop, CRLF line ends, ...
    file_warnings: Vec<JsonFileWarning>,
    findings: Vec<JsonFinding>,
    sections: Vec<check::SectionStatus>,
}

/// A finding with the line of its path in the file.
#[derive(Serialize)]
struct JsonFinding {
    #[serde(flatten)]
    finding: check::Finding,
    /// The line the path is on (or the nearest enclosing item's line).
    line: Option<usize>,
}

#[derive(Serialize)]
struct JsonLoadError {
    line: Option<usize>,
    column: Option<usize>,
    path: Option<String>,
    message: String,
    hint: Option<String>,
}

#[derive(Serialize)]
struct JsonFileWarning {
    line: usize,
    message: cdstudy::phrase::Said,
}

pub fn run(args: Args, m: &Messages) -> Outcome {
    let Some(ws) = super::schemes::workspace(args.templates.as_deref(), "check", m) else {
        return Outcome::Trouble;
    };
    let Some(schemes) = super::schemes::rules(&ws) else {
        return Outcome::Trouble;
    };
    let mut outcome = Outcome::Fine;
    let mut results = Vec::new();
    for (n, file) in args.files.iter().enumerate() {
        let result = check_file(file, schemes);
        let this = match (&result.load_error, result.errors) {
            (Some(_), _) => Outcome::Trouble,
            (None, 0) => Outcome::Fine,
            (None, _) => Outcome::Findings,
        };
        outcome = outcome.max(this);
        match args.format {
            Format::Text => {
                if n > 0 {
                    outln!();
                }
                print_text(file, &result, m);
            }
            Format::Github => print_github(file, &result),
            Format::Json => {}
        }
        results.push(result.json);
    }
    if args.format == Format::Json {
        #[derive(Serialize)]
        struct Output {
            files: Vec<FileResult>,
        }
        if print_json("check", &Output { files: results }) == Outcome::Trouble {
            return Outcome::Trouble;
        }
    }
    outcome
}

struct Checked {
    json: FileResult,
    load_error: Option<LoadError>,
    report: Option<Report>,
    errors: usize,
}

fn check_file(file: &Path, schemes: &Catalog) -> Checked {
    let name = file.display().to_string();
    match store::load_for_reading(file) {
        Err(e) => Checked {
            json: FileResult {
                file: name,
                ok: false,
                errors: 0,
                warnings: 0,
                load_error: Some(JsonLoadError {
                    line: e.line,
                    column: e.column,
                    path: e.study_path.clone(),
                    message: e.message.to_string(),
                    hint: e.hint.as_ref().map(|h| h.to_string()),
                }),
                file_warnings: Vec::new(),
                findings: Vec::new(),
                sections: Vec::new(),
            },
            load_error: Some(e),
            report: None,
            errors: 0,
        },
        Ok(loaded) => {
            let report = check::check_with(&loaded.study, schemes);
            let report = check::with_files(report, &loaded.study, &super::study_dir(file));
            let errors = report.errors();
            Checked {
                json: FileResult {
                    file: name,
                    ok: errors == 0,
                    errors,
                    warnings: report.warnings(),
                    load_error: None,
                    file_warnings: loaded.warnings.iter().map(file_warning).collect(),
                    findings: report
                        .findings
                        .iter()
                        .map(|f| JsonFinding {
                            finding: f.clone(),
                            line: loaded.lines.line_of(&f.path),
                        })
                        .collect(),
                    sections: report.sections.clone(),
                },
                load_error: None,
                report: Some(report),
                errors,
            }
        }
    }
}

fn file_warning(w: &LoadWarning) -> JsonFileWarning {
    JsonFileWarning {
        line: w.line,
        message: w.message.clone(),
    }
}

/// "1 error", "3 warnings" in the run's language.
pub(super) fn errors(m: &Messages, n: usize) -> String {
    m.phrase(&if n == 1 {
        cdstudy::phrase!("{n} error", n)
    } else {
        cdstudy::phrase!("{n} errors", n)
    })
}

pub(super) fn warnings(m: &Messages, n: usize) -> String {
    m.phrase(&if n == 1 {
        cdstudy::phrase!("{n} warning", n)
    } else {
        cdstudy::phrase!("{n} warnings", n)
    })
}

/// `text` padded with blanks to `width` characters (as `{:<width$}` pads, which counts
/// characters too: a Devanagari word pads as many as it has).
fn pad(text: &str, width: usize) -> String {
    format!("{text:<width$}")
}

/// A severity's word as the report's first column: "error", "warning" (English as
/// `Severity::word`, which the GitHub annotations keep).
fn severity(m: &Messages, s: check::Severity) -> String {
    m.label(s.word()).into_owned()
}

fn print_text(file: &Path, checked: &Checked, m: &Messages) {
    if let Some(e) = &checked.load_error {
        super::error(m, e.in_words(m));
        return;
    }
    let Some(report) = &checked.report else {
        return;
    };
    outln!(
        "{}: {}, {}",
        file.display(),
        errors(m, report.errors()),
        warnings(m, report.warnings())
    );
    // The first two columns are as wide as their longest word in this language.
    let line_of = |l: usize| m.phrase(&cdstudy::phrase!("line {l}", l));
    let word_width = [check::Severity::Error, check::Severity::Warning]
        .map(|s| severity(m, s).chars().count())
        .into_iter()
        .max()
        .unwrap_or(0)
        .max(7);
    let line_width = 9;
    for w in &checked.json.file_warnings {
        outln!(
            "  {}  {} {}",
            pad(&severity(m, check::Severity::Warning), word_width),
            pad(&line_of(w.line), line_width),
            m.say(&w.message)
        );
    }
    for jf in &checked.json.findings {
        let f = &jf.finding;
        let line = jf.line.map(line_of).unwrap_or_default();
        outln!(
            "  {}  {} {}: {}",
            pad(&severity(m, f.severity), word_width),
            pad(&line, line_width),
            f.path,
            m.said(&f.message, f.phrase.as_ref())
        );
    }
    outln!();
    let title = |s: &check::SectionStatus| m.label(s.title).into_owned();
    let width = report
        .sections
        .iter()
        .map(|s| title(s).chars().count())
        .max()
        .unwrap_or(0);
    let progress_width = report
        .sections
        .iter()
        .map(|s| m.label(s.progress.label()).chars().count())
        .max()
        .unwrap_or(0)
        .max(11);
    for s in &report.sections {
        let mut counts = Vec::new();
        if s.errors > 0 {
            counts.push(errors(m, s.errors));
        }
        if s.warnings > 0 {
            counts.push(warnings(m, s.warnings));
        }
        let line = format!(
            "  {}  {}  {}",
            pad(&title(s), width),
            pad(&m.label(s.progress.label()), progress_width),
            counts.join(", ")
        );
        outln!("{}", line.trim_end());
    }
}

/// GitHub Actions workflow commands, one per finding, then a summary line per file.
fn print_github(file: &Path, checked: &Checked) {
    let name = file.display().to_string();
    if let Some(e) = &checked.load_error {
        let mut place = format!("file={}", property(&name));
        if let Some(line) = e.line {
            place.push_str(&format!(",line={line}"));
        }
        if let Some(column) = e.column {
            place.push_str(&format!(",col={column}"));
        }
        let mut message = e.message.to_string();
        if let Some(hint) = &e.hint {
            message.push_str(&format!("\n{hint}"));
        }
        outln!(
            "::error {place},title={}::{}",
            property("cdstudy: the study cannot be read"),
            data(&message)
        );
        return;
    }
    let json = &checked.json;
    for w in &json.file_warnings {
        outln!(
            "::warning file={},line={},title={}::{}",
            property(&name),
            w.line,
            property("cdstudy file"),
            data(&w.message.english)
        );
    }
    for f in &json.findings {
        let finding = &f.finding;
        let line = f.line.map(|l| format!(",line={l}")).unwrap_or_default();
        outln!(
            "::{} file={}{line},title={}::{}",
            finding.severity.word(),
            property(&name),
            property(&format!("cdstudy {}", finding.code)),
            data(&format!("{}: {}", finding.path, finding.message))
        );
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    outln!(
        "{name}: {}, {}",
        plural(json.errors, "error"),
        plural(json.warnings, "warning")
    );
}

/// Escapes the message of a workflow command.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property (file, title) of a workflow command.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}
