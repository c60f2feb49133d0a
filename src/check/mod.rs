//! Checking a study: findings (error or warning, a path into the study, a message a CDA
//! understands, a stable code for CI) and a completeness summary per section.
//!
//! One mechanism serves every reader: what is missing is a finding like any other, so the
//! TUI's "next" goes to the first finding, the sidebar counts them per section, and CI reads
//! the same list as JSON. Missing things are warnings while a study is a draft or in
//! review, and errors once it is marked submitted or approved.

#[cfg(test)]
mod hindi_tests;
pub mod photos;
mod progress;
mod rules;
mod schedule;
mod scheme;
mod selection;
mod text;

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
use crate::phrase::{Phrase, Said};
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
    /// What it says, in English as printed (the JSON's and the CLI's).
    pub message: String,
    /// The sentence as data where it has values in it, so that another language words it
    /// ([`crate::i18n::Messages::said`]); `None` for a fixed sentence, its own key.
    #[serde(skip)]
    pub phrase: Option<Phrase>,
}

impl Finding {
    pub fn new(
        severity: Severity,
        code: &'static str,
        section: Section,
        path: String,
        said: impl Into<Said>,
    ) -> Finding {
        let Said { english, phrase } = said.into();
        Finding {
            severity,
            code,
            section,
            path,
            message: english,
            phrase,
        }
    }
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub sections: Vec<SectionStatus>,
    /// The findings under each path, built on the first question (see [`Report::under`]).
    #[serde(skip)]
    by_path: PathIndex,
}

/// For every path a finding is at or under (`bottlenecks`, `bottlenecks[b-3]`,
/// `bottlenecks[b-3].stage`), the positions of those findings in the report, in order. A
/// list of 5,000 actions asks for each visible row; scanning every finding for each would
/// make a keystroke's cost grow with the study.
#[derive(Debug, Clone, Default)]
struct PathIndex(std::sync::OnceLock<std::collections::HashMap<String, Vec<usize>>>);

impl PartialEq for PathIndex {
    /// Derived from the findings, which the report compares.
    fn eq(&self, _: &PathIndex) -> bool {
        true
    }
}

impl Eq for PathIndex {}

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
    /// Looked up, not searched: the report's index of paths is built once.
    pub fn under<'a>(&'a self, path: &str) -> impl Iterator<Item = &'a Finding> + 'a {
        let index = self.by_path.0.get_or_init(|| {
            let mut index: std::collections::HashMap<String, Vec<usize>> =
                std::collections::HashMap::new();
            for (i, f) in self.findings.iter().enumerate() {
                // Every cut before a `.` or `[` is a path the finding is under.
                let cuts = f.path.match_indices(['.', '[']).map(|(at, _)| at);
                for end in cuts.chain(std::iter::once(f.path.len())) {
                    let at = index.entry(f.path[..end].to_string()).or_default();
                    if at.last() != Some(&i) {
                        at.push(i);
                    }
                }
            }
            index
        });
        index
            .get(path)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(|&i| self.findings.get(i))
    }
}

/// Checks a study against the method, against itself and against the rules of its scheme
/// as built into cdstudy.
pub fn check(study: &Study) -> Report {
    match Catalog::builtin() {
        Ok(schemes) => check_with(study, schemes),
        Err(e) => {
            let mut findings = rules::all(study);
            findings.extend(text::control_characters(study));
            findings.push(Finding::new(
                Severity::Error,
                "scheme-rules",
                Section::Meta,
                "meta.scheme".to_string(),
                crate::phrase!(
                    "the built-in scheme rules cannot be read: {e}",
                    e = e.to_string()
                ),
            ));
            report(study, findings)
        }
    }
}

/// Checks a study as [`check`] does, against the schemes of `schemes` (the built-in ones
/// with a `--templates` folder over them).
pub fn check_with(study: &Study, schemes: &Catalog) -> Report {
    let mut findings = rules::all(study);
    findings.extend(text::control_characters(study));
    let from_scheme = scheme::findings(study, schemes, &findings);
    findings.extend(from_scheme);
    findings.extend(selection::findings(study, schemes.selection()));
    report(study, findings)
}

/// `report` with the findings on the files the study names (its photographs), relative to
/// `dir`, the study's folder: what only a check that can see the disk finds.
pub fn with_files(report_so_far: Report, study: &Study, dir: &std::path::Path) -> Report {
    let mut findings = report_so_far.findings;
    findings.extend(photos::findings(study, dir));
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
    Report {
        findings,
        sections,
        by_path: PathIndex::default(),
    }
}
