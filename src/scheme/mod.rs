//! Scheme rules as data and the financing engine.
//!
//! A scheme's funding rules live in `templates/<scheme>/scheme.yaml` beside its document
//! templates ([`rules`] is their shape, [`load`] reads and validates them): adding a
//! scheme is adding a folder. The engine applies one scheme to one study: the category,
//! each component's cost, eligible cost, GoI grant and the shares of the State, the SPV
//! (or beneficiaries) and others, every rule applied or cap hit by name, the CFC's
//! means-of-finance matrix, and flags for whatever the rules leave open. [`appraise`]
//! adds the CFC's viability from `finance`, so documents and the terminal UI read one
//! value per study.

mod appraisal;
mod decision;
mod engine;
mod explain;
mod load;
mod matching;
mod matrix;
pub mod rules;

pub use appraisal::{appraise, cfc_viability, Appraisal, CfcViability};
pub use decision::{Decision, Finding};
pub use engine::{
    financing, Category, CfcFinancing, ComponentFinancing, ConditionResult, Financing, Flag,
    FlagLevel, Outcome, RuleResult, Totals,
};
pub use explain::{
    category_phrase, category_words, explain, finding_phrase, finding_words, lakh_words,
    rule_phrase, rule_phrase_with, rule_words, rule_words_with, Explanation, Part,
};
pub use load::{parse, Catalog, SchemeError};
pub use matching::{match_schemes, Match};
pub use matrix::{MatrixRow, MeansOfFinance, Source, SourceColumn};
pub use rules::{Basis, Component, CostFrom, Fact, Payer, Scheme};
