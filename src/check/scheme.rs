//! What a study's scheme adds to `check`: an unknown scheme id, sections the scheme's
//! documents need left empty, the financing engine's flags (caps exceeded, an SPV too
//! small, land above its limit, totals that do not reconcile, unconfirmed rules), and a CFC
//! that fails the scheme's own acceptance rules for viability.

use super::{rules, Finding, Progress, Severity};
use crate::finance;
use crate::model::{Section, Status, Study};
use crate::phrase::Said;
use crate::scheme::{financing, Catalog, FlagLevel};

pub(super) fn findings(study: &Study, schemes: &Catalog, existing: &[Finding]) -> Vec<Finding> {
    let id = study.meta.scheme.trim();
    if id.is_empty() {
        return Vec::new(); // the meta rule asks for a scheme
    }
    let finding = |severity, code, path: String, said: Said| {
        let section = Section::of_path(&path).unwrap_or(Section::Meta);
        Finding::new(severity, code, section, path, said)
    };
    let scheme = match schemes.require(id) {
        Ok(scheme) => scheme,
        Err(message) => {
            return vec![finding(
                Severity::Error,
                "unknown-scheme",
                "meta.scheme".to_string(),
                message.into(),
            )]
        }
    };
    let missing = match study.meta.status {
        Status::Draft | Status::InReview => Severity::Warning,
        Status::Submitted | Status::Approved => Severity::Error,
    };
    // Already said by the study's own rules: a second finding on the same path adds nothing.
    let said = |path: &str| existing.iter().any(|f| f.path == path);
    let mut out = Vec::new();

    let mut needed: Vec<&String> = scheme.required_sections.iter().collect();
    if study.cfc.is_some() {
        needed.extend(&scheme.dpr_required_sections);
    }
    for word in needed {
        let Some(section) = Section::from_word(word) else {
            continue;
        };
        let empty = match section {
            Section::Spv => study.spv.is_none(),
            Section::Cfc => study.cfc.is_none(),
            _ => rules::progress(study, section, &[]) == Progress::Empty,
        };
        if empty && !said(section.word()) {
            out.push(finding(
                missing,
                "scheme-section-empty",
                section.word().to_string(),
                crate::phrase!(
                    "{scheme} ({revision}) needs the section '{section}', which is empty",
                    scheme = &scheme.name,
                    revision = &scheme.revision,
                    section = crate::phrase::word(section.label())
                )
                .into(),
            ));
        }
    }

    for flag in financing(study, scheme).flags {
        let severity = match flag.level {
            FlagLevel::Error => Severity::Error,
            FlagLevel::Warning if flag.code == "missing-input" => {
                if said(&flag.path) {
                    continue;
                }
                missing
            }
            FlagLevel::Warning => Severity::Warning,
            FlagLevel::Note => continue,
        };
        let said = Said {
            phrase: Some(crate::scheme::finding_phrase(&flag.finding)),
            english: flag.message,
        };
        out.push(finding(severity, flag.code, flag.path, said));
    }

    // A DPR whose CFC fails the scheme's acceptance rules will not be approved; a consultant
    // must know before submitting. A scheme with no rules of its own is compared with
    // MSE-CDP's only as a reference, which the documents show and `check` does not judge.
    if let (Some(rules), Some(cfc)) = (&scheme.viability, &study.cfc) {
        if let Ok(v) = finance::viability(cfc, rules) {
            for figure in v.checks.iter().filter(|k| k.passes == Some(false)) {
                out.push(finding(
                    missing,
                    "viability",
                    "cfc.operations".to_string(),
                    crate::phrase!(
                        "{figure}: {shown} — the acceptance rule of {scheme} is {rule}",
                        figure = crate::phrase::word(&figure.name),
                        shown = &figure.shown,
                        scheme = &scheme.name,
                        rule = &figure.rule
                    )
                    .into(),
                ));
            }
        }
    }
    out
}
