//! Checking a study: findings (error or warning, a path into the study, a message a CDA
//! understands, a stable code for CI) and a completeness summary per section.
//!
//! One mechanism serves every reader: what is missing is a finding like any other, so the
//! TUI's "next" goes to the first finding, the sidebar counts them per section, and CI reads
//! the same list as JSON. Missing things are warnings while a study is a draft or in
//! review, and errors once it is marked submitted or approved.

mod progress;
mod rules;
mod scheme;

static TODAY: std::sync::OnceLock<chrono::NaiveDate> = std::sync::OnceLock::new();

/// Fixes the date `check` takes as today for the rest of the process (the first pin
/// holds). Tests pin it, so that what is "after today" in the examples' progress does not
/// change with the calendar; the program never does.
pub fn pin_today(date: chrono::NaiveDate) {
    let _ = TODAY.set(date);
}

/// The date dates of progress are checked against: the machine's, unless pinned.
pub fn today() -> chrono::NaiveDate {
    TODAY
        .get()
        .copied()
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Who `cdstudy merge` signs its review notes as: an unresolved note by it is a merge
/// conflict still to settle, which `check` reports as an error.
pub const MERGE_NOTE_BY: &str = "cdstudy merge";

use serde::Serialize;

use crate::model::{Section, Study};
use crate::scheme::Catalog;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One thing `check` has to say about a study.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// A stable code for scripts and CI (`missing`, `dangling-reference`, ...).
    pub code: &'static str,
    /// The section the finding belongs to.
    pub section: Section,
    /// Where in the study: `bottlenecks[b-3].stage`.
    pub path: String,
    pub message: String,
}

/// How far a section has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Progress {
    /// Nothing entered yet.
    Empty,
    /// Something entered, something still missing.
    InProgress,
    /// Everything the method asks for is there.
    Complete,
    /// Not needed by this study (an SPV or CFC for a study that proposes none).
    NotNeeded,
}

impl Progress {
    pub fn label(self) -> &'static str {
        match self {
            Progress::Empty => "empty",
            Progress::InProgress => "in progress",
            Progress::Complete => "complete",
            Progress::NotNeeded => "not needed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionStatus {
    pub section: Section,
    pub title: &'static str,
    pub progress: Progress,
    pub errors: usize,
    pub warnings: usize,
}

/// Everything `check` found, in study order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub sections: Vec<SectionStatus>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    pub fn status(&self, section: Section) -> Option<&SectionStatus> {
        self.sections.iter().find(|s| s.section == section)
    }

    /// Findings about one item or field and everything under it (`bottlenecks[b-3]`).
    pub fn under<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| {
            f.path == path
                || f.path
                    .strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
    }
}

/// Checks a study against the method, against itself and against the rules of its scheme
/// as built into cdstudy.
pub fn check(study: &Study) -> Report {
    match Catalog::builtin() {
        Ok(schemes) => check_with(study, schemes),
        Err(e) => {
            let mut findings = rules::all(study);
            findings.push(Finding {
                severity: Severity::Error,
                code: "scheme-rules",
                section: Section::Meta,
                path: "meta.scheme".to_string(),
                message: format!("the built-in scheme rules cannot be read: {e}"),
            });
            report(study, findings)
        }
    }
}

/// Checks a study as [`check`] does, against the schemes of `schemes` (the built-in ones
/// with a `--templates` folder over them).
pub fn check_with(study: &Study, schemes: &Catalog) -> Report {
    let mut findings = rules::all(study);
    let from_scheme = scheme::findings(study, schemes, &findings);
    findings.extend(from_scheme);
    report(study, findings)
}

fn report(study: &Study, mut findings: Vec<Finding>) -> Report {
    // Errors first, then in study order (the order a person walks the study), and
    // otherwise the order the rules found them.
    findings.sort_by_key(|f| (f.severity, f.section));
    let sections = Section::ALL
        .iter()
        .map(|&section| {
            let of = |sev| {
                findings
                    .iter()
                    .filter(|f| f.section == section && f.severity == sev)
                    .count()
            };
            SectionStatus {
                section,
                title: section.label(),
                progress: rules::progress(study, section, &findings),
                errors: of(Severity::Error),
                warnings: of(Severity::Warning),
            }
        })
        .collect();
    Report { findings, sections }
}
