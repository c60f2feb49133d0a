//! One value per study for documents and the terminal UI: the financing under the study's
//! scheme, and the CFC's viability held against the scheme's acceptance rules.

use crate::phrase::{Phrase, Said};
use serde::Serialize;

use super::engine::{financing, Financing};
use super::rules::Scheme;
use crate::finance::{viability, Acceptance, Missing, Viability};
use crate::model::Study;

/// Everything money-related a document or screen shows for a study.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Appraisal {
    pub financing: Financing,
    /// The CFC's viability; `None` when the study describes no CFC or lacks inputs for it
    /// (then `viability_missing` says which).
    pub viability: Option<Viability>,
    pub viability_missing: Vec<Missing>,
    /// Set when the scheme sets no acceptance rules of its own, so those of the MSE-CDP
    /// guidelines of 2022 are used as a reference.
    pub acceptance_note: Option<Said>,
}

/// The financing of `study` under `scheme` and, when it describes a CFC, its viability.
pub fn appraise(study: &Study, scheme: &Scheme) -> Appraisal {
    let cfc = cfc_viability(study, Some(scheme));
    Appraisal {
        financing: financing(study, scheme),
        viability: cfc.viability,
        viability_missing: cfc.missing,
        acceptance_note: cfc.acceptance_note,
    }
}

/// The CFC's viability, apart from the financing.
#[derive(Debug, Clone, PartialEq)]
pub struct CfcViability {
    pub viability: Option<Viability>,
    pub missing: Vec<Missing>,
    pub acceptance_note: Option<Said>,
}

/// The viability of the study's CFC held against `scheme`'s acceptance rules; where the
/// scheme sets none, or there are no scheme rules at all (a template folder of its own),
/// against the MSE-CDP 2022 rules as a reference, and the note says so.
pub fn cfc_viability(study: &Study, scheme: Option<&Scheme>) -> CfcViability {
    let (acceptance, acceptance_note) = match scheme {
        Some(Scheme {
            viability: Some(rules),
            ..
        }) => (rules.clone(), None),
        Some(scheme) => (
            Acceptance::default(),
            Some(
                crate::phrase!(
                    "{scheme} sets no acceptance rules for a CFC's viability; the rules of the MSE-CDP guidelines of 24-05-2022 are used as a reference",
                    scheme = &scheme.name
                )
                .into(),
            ),
        ),
        None => (
            Acceptance::default(),
            Some(
                Phrase::new(
                    "No scheme rules apply; the acceptance rules of the MSE-CDP guidelines of 24-05-2022 are used as a reference",
                )
                .into(),
            ),
        ),
    };
    let (viability, missing) = match &study.cfc {
        None => (None, Vec::new()),
        Some(cfc) => match viability(cfc, &acceptance) {
            Ok(v) => (Some(v), Vec::new()),
            Err(missing) => (None, missing),
        },
    };
    CfcViability {
        viability,
        missing,
        acceptance_note,
    }
}
