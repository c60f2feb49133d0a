//! The templates see the study itself: every key a study file has reaches the report
//! context with the study's own value, and a study that leaves keys out (texts left out
//! when empty, optional sections) still gives the templates every key of the model. So a
//! field added to a model struct reaches the templates without a line in
//! `render/context.rs`; only what is computed about it (a label, a resolved name, a
//! rounded figure) is written there, under a name of its own beside the field.

use cdstudy::model::{self, Study};
use cdstudy::render::{DocKind, ReportContext};
use cdstudy::scheme::Catalog;
use serde_json::Value;

fn load(path: &str) -> Study {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    cdstudy::store::load(&root.join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .study
}

fn context(study: &Study, doc: DocKind) -> (ReportContext, Value) {
    let scheme = study.meta.scheme.clone();
    let catalog = Catalog::builtin().unwrap();
    let ctx = ReportContext::build(study, &scheme, doc, catalog.get(&scheme));
    let value = ctx.to_value().unwrap();
    (ctx, value)
}

/// Where `context` lacks a key of `study`, or holds another value for it (objects key by
/// key, lists item by item; the context may add keys of its own).
fn differences(study: &Value, context: &Value, path: &str, out: &mut Vec<String>) {
    match (study, context) {
        (Value::Object(s), Value::Object(c)) => {
            for (k, v) in s {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match c.get(k) {
                    Some(cv) => differences(v, cv, &p, out),
                    None => out.push(format!("{p} is missing")),
                }
            }
        }
        (Value::Array(s), Value::Array(c)) if s.len() == c.len() => {
            for (n, (v, cv)) in s.iter().zip(c).enumerate() {
                differences(v, cv, &format!("{path}[{n}]"), out);
            }
        }
        (s, c) if s == c => {}
        (s, c) => out.push(format!("{path}: the study has {s}, the context {c}")),
    }
}

/// Paths of `study`'s keys that `context` lacks, whatever their values (lists: the first
/// item of each stands for all, and an empty list in the context asks for nothing).
fn missing_keys(study: &Value, context: &Value, path: &str, out: &mut Vec<String>) {
    match (study, context) {
        (Value::Object(s), Value::Object(c)) => {
            for (k, v) in s {
                let p = format!("{path}.{k}");
                match c.get(k) {
                    Some(cv) => missing_keys(v, cv, &p, out),
                    None => out.push(p),
                }
            }
        }
        (Value::Array(s), Value::Array(c)) => {
            if let (Some(s), Some(c)) = (s.first(), c.first()) {
                missing_keys(s, c, &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

const STUDIES: &[&str] = &[
    "studies/ujjain-plastic.yaml",
    "studies/bokaro-bamboo.yaml",
    "tests/fixtures/srikakulam-cfc.yaml",
    "tests/fixtures/tui-study.yaml",
];

#[test]
fn every_key_of_the_study_reaches_the_templates_with_its_value() {
    for path in STUDIES {
        let study = load(path);
        let file_keys = serde_json::to_value(&study).unwrap();
        for doc in DocKind::ALL {
            let (ctx, value) = context(&study, doc);
            let mut problems = Vec::new();
            // Every key of the file, section by section (the documents read mentions of
            // visits and interviews resolved, so the values are those of the study as the
            // context holds it).
            missing_keys(&file_keys, &value, "", &mut problems);
            differences(
                &serde_json::to_value(&ctx.study).unwrap(),
                &value,
                "",
                &mut problems,
            );
            assert!(
                problems.is_empty(),
                "{path} {}:\n{}",
                doc.word(),
                problems.join("\n")
            );
        }
    }
}

#[test]
fn keys_a_file_leaves_out_still_reach_the_templates() {
    // A study holding every section, each empty: the file leaves out most of its keys
    // (empty texts, unset optional values, empty lists and records).
    let mut empty = Study::new("Empty", "mse-cdp");
    empty.spv = Some(model::Spv::default());
    let mut cfc = model::Cfc {
        performance: Some(model::Performance::default()),
        ..model::Cfc::default()
    };
    cfc.loan = Some(model::Loan::default());
    empty.cfc = Some(cfc);
    empty.field_work.validation = Some(model::Validation::default());
    let written = serde_json::to_value(&empty).unwrap();
    assert!(
        written.pointer("/cluster/state_scenario").is_none()
            && written.pointer("/spv/records").is_none(),
        "the file leaves empty texts and records out"
    );
    let (_, value) = context(&empty, DocKind::Dpr);
    // Every key the full example studies have is there, as the model's empty value.
    for path in STUDIES {
        let full = serde_json::to_value(load(path)).unwrap();
        let mut missing = Vec::new();
        missing_keys(&full, &value, "", &mut missing);
        // (A section the empty study does not have at all, the selection score or the
        // progress, is `null` there and asks for nothing.) The ids issued are a map whose
        // keys are the study's prefixes, not fields.
        missing.retain(|p| !p.starts_with(".last_ids."));
        assert!(
            missing.is_empty(),
            "keys of {path} the templates do not see for a study that leaves them out:\n{}",
            missing.join("\n")
        );
    }
    assert_eq!(
        value.pointer("/cluster/state_scenario"),
        Some(&Value::from(""))
    );
    assert_eq!(value.pointer("/spv/records/kyc"), Some(&Value::from("")));
    assert_eq!(value.pointer("/meta/date"), Some(&Value::Null));
    assert_eq!(
        value.pointer("/field_work/survey"),
        Some(&Value::Array(vec![]))
    );
    assert_eq!(value.pointer("/selection"), Some(&Value::Null));
}

#[test]
fn what_is_computed_sits_beside_the_fields_it_comes_from() {
    let study = load("studies/ujjain-plastic.yaml");
    let (_, value) = context(&study, DocKind::Dsr);
    let first = &value["bottlenecks"][0];
    // The model's word and the reader's label, the stage's id and its name.
    assert_eq!(
        first["category"],
        Value::from(study.bottlenecks[0].category.unwrap().word())
    );
    assert_eq!(
        first["category_label"],
        Value::from(study.bottlenecks[0].category.unwrap().label())
    );
    assert_eq!(first["number"], Value::from(1));
    let stage = study.bottlenecks[0].stage.as_ref().unwrap();
    let stage_name = &study
        .value_chain
        .stages
        .iter()
        .find(|s| &s.id == stage)
        .unwrap()
        .name;
    assert_eq!(first["stage_name"], Value::from(stage_name.as_str()));
    // The groupings hold the items as the context has them, computed keys included.
    let soft = value["action_plan"]["soft"].as_array().unwrap();
    assert!(!soft.is_empty());
    assert!(soft
        .iter()
        .all(|a| a["kind"] == "soft" && a.get("timing").is_some()));
}
