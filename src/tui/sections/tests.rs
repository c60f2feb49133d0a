//! Every value of a study is within reach of the UI: each leaf of the study's schema has a
//! field in some form (or is on the short list of what is deliberately left to the file
//! and the CLI), and every finding `check` makes is reached from the Findings view on the
//! field it names.

use std::collections::BTreeSet;
use std::path::PathBuf;

use cdstudy::model::Study;
use cdstudy::store::{self, DiskState};

use super::{all, Part, SectionDef};
use crate::tui::app::{App, Focus};

/// Leaves of the schema that no form edits, each for a reason. A path ending in `[].id`
/// stands for every item's id.
const CLI_ONLY: &[(&str, &str)] = &[
    // The file format's version: written by cdstudy on every save, never chosen.
    ("format", "written by every save"),
    // The id counters that keep ids from being reused: bookkeeping of `issue_id`.
    ("last_ids", "kept by cdstudy as it issues ids"),
    // An item's id is issued when the item is added and shown in its row; references
    // follow it, so it is never typed (renumbering is a job for the file, with care).
    ("[].id", "issued when the item is added"),
];

fn cli_only(path: &str) -> bool {
    CLI_ONLY
        .iter()
        .any(|(p, _)| path == *p || (p.starts_with('[') && path.ends_with(p)))
}

/// The leaves of the JSON Schema, as `cfc.costs.machinery[].item`: values, lists of
/// values (products, references) and, for a value of several forms (an action's cost as
/// one amount or as lines), the leaves of each form.
fn schema_leaves() -> BTreeSet<String> {
    let schema = cdstudy::schema::study_schema();
    let defs = schema["definitions"].clone();
    let mut out = BTreeSet::new();
    walk(&defs, &schema, "", &mut out);
    out
}

fn walk(
    defs: &serde_json::Value,
    node: &serde_json::Value,
    path: &str,
    out: &mut BTreeSet<String>,
) {
    if let Some(r) = node.get("$ref").and_then(|r| r.as_str()) {
        let name = r.rsplit('/').next().unwrap_or_default();
        return walk(defs, &defs[name], path, out);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(variants) = node.get(key).and_then(|v| v.as_array()) {
            for v in variants.iter().filter(|v| v["type"] != "null") {
                walk(defs, v, path, out);
            }
            return;
        }
    }
    if let Some(props) = node.get("properties").and_then(|p| p.as_object()) {
        for (k, v) in props {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            walk(defs, v, &p, out);
        }
        return;
    }
    if node["type"] == "array" {
        let items = resolve(defs, &node["items"]);
        if items.get("properties").is_some() {
            return walk(defs, &node["items"], &format!("{path}[]"), out);
        }
    }
    out.insert(path.to_string());
}

fn resolve<'a>(defs: &'a serde_json::Value, node: &'a serde_json::Value) -> &'a serde_json::Value {
    match node.get("$ref").and_then(|r| r.as_str()) {
        Some(r) => &defs[r.rsplit('/').next().unwrap_or_default()],
        None => node,
    }
}

/// `bottlenecks[b-3].stage` → `bottlenecks[].stage`.
fn generic(path: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in path.chars() {
        match c {
            '[' => {
                inside = true;
                out.push_str("[]");
            }
            ']' => inside = false,
            _ if inside => {}
            _ => out.push(c),
        }
    }
    out
}

/// A study with one item in every list the UI shows (and in every list inside an item),
/// added the way the UI adds them.
fn one_of_everything(defs: &[SectionDef]) -> Study {
    let mut study = Study::new("Everything", "mse-cdp");
    for pass in 0..2 {
        for def in defs {
            for part in &def.parts {
                let Part::List(list) = part else { continue };
                let parent = match list.parent {
                    None if pass == 0 => vec![],
                    Some(_) if pass == 1 => vec![0],
                    _ => continue,
                };
                assert!(
                    list.ops.add(&mut study, &parent).is_some(),
                    "{} adds an item",
                    list.title
                );
            }
        }
    }
    study
}

/// Every field of the UI by its path, as `generic` writes it.
fn ui_fields(defs: &[SectionDef], study: &Study) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for def in defs {
        for part in &def.parts {
            match part {
                Part::Form(form) => out.extend(form.fields.iter().map(|f| f.key.to_string())),
                Part::List(list) => {
                    let at = if list.parent.is_some() {
                        vec![0, 0]
                    } else {
                        vec![0]
                    };
                    let item = list.ops.item_path(study, &at);
                    for f in &list.fields {
                        out.insert(generic(&format!("{item}.{}", f.key)));
                    }
                }
                Part::View(_) => {}
            }
        }
    }
    out
}

#[test]
fn every_leaf_of_the_schema_has_a_field_or_a_reason() {
    let defs = all();
    let study = one_of_everything(&defs);
    let fields = ui_fields(&defs, &study);
    let leaves = schema_leaves();
    let missing: Vec<&String> = leaves
        .iter()
        .filter(|l| !fields.contains(*l) && !cli_only(l))
        .collect();
    assert!(
        missing.is_empty(),
        "no field edits these values of the study (add fields, or list them in CLI_ONLY \
         with the reason): {missing:#?}"
    );
    // And no field points at something the file does not have.
    let stray: Vec<&String> = fields.iter().filter(|f| !leaves.contains(*f)).collect();
    assert!(
        stray.is_empty(),
        "fields whose path is not in the schema: {stray:#?}"
    );
    // The list of exceptions stays honest: each matches some leaf.
    for (p, _) in CLI_ONLY {
        assert!(
            leaves.iter().any(|l| l == p || l.ends_with(p)),
            "CLI_ONLY names {p}, which the schema does not have"
        );
    }
}

fn load(file: &str) -> Study {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(file);
    match store::load(&path) {
        Ok(l) => l.study,
        Err(e) => panic!("{file} does not load: {e}"),
    }
}

/// Studies to find findings in: the examples and the fixtures as they are, and each with
/// one value taken away at a time, so that `check` says what is then missing.
fn studies_with_findings() -> Vec<(String, Study)> {
    let mut out = Vec::new();
    for file in [
        "studies/ujjain-plastic.yaml",
        "studies/bokaro-bamboo.yaml",
        "tests/fixtures/tui-study.yaml",
        "tests/fixtures/srikakulam-cfc.yaml",
        "tests/data/review-study.yaml",
    ] {
        let study = load(file);
        let value = match serde_json::to_value(&study) {
            Ok(v) => v,
            Err(e) => panic!("{file}: {e}"),
        };
        let mut variants = Vec::new();
        without_each(&value, &mut Vec::new(), &value, &mut variants);
        out.push((file.to_string(), study));
        for (what, v) in variants {
            if let Ok(s) = serde_json::from_value::<Study>(v) {
                out.push((format!("{file} without {what}"), s));
            }
        }
    }
    out
}

/// `root` with one value of an object (anywhere) removed, for every such value.
fn without_each(
    root: &serde_json::Value,
    at: &mut Vec<serde_json::Value>,
    node: &serde_json::Value,
    out: &mut Vec<(String, serde_json::Value)>,
) {
    use serde_json::Value;
    match node {
        Value::Object(map) => {
            for (k, v) in map {
                if at.is_empty() && (k == "format" || k == "last_ids") {
                    continue;
                }
                at.push(Value::String(k.clone()));
                let mut copy = root.clone();
                if remove_at(&mut copy, at) {
                    out.push((describe(at), copy));
                }
                without_each(root, at, v, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                at.push(Value::from(i));
                without_each(root, at, v, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn remove_at(value: &mut serde_json::Value, at: &[serde_json::Value]) -> bool {
    let Some((last, parents)) = at.split_last() else {
        return false;
    };
    let mut node = value;
    for step in parents {
        node = match step {
            serde_json::Value::String(k) => &mut node[k.as_str()],
            serde_json::Value::Number(n) => &mut node[n.as_u64().unwrap_or(0) as usize],
            _ => return false,
        };
    }
    match (node, last) {
        (serde_json::Value::Object(map), serde_json::Value::String(k)) => map.remove(k).is_some(),
        _ => false,
    }
}

fn describe(at: &[serde_json::Value]) -> String {
    at.iter()
        .map(|s| match s {
            serde_json::Value::String(k) => k.clone(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Where the app stands, as a path of the study: the selected field of a form or of an
/// item, the selected item of a list, or the list.
fn landing(app: &App) -> String {
    match (app.focus, app.part()) {
        (Focus::Form, _) => app.field_path(app.part_state().field).unwrap_or_default(),
        (Focus::List, Part::List(list)) => app.item_path().unwrap_or_else(|| {
            list.ops
                .list_path(&app.study, &app.parent_at().unwrap_or_default())
        }),
        _ => String::new(),
    }
}

/// Whether `path` is `place` or lies inside it (`cluster.products[2]` in `cluster.products`).
fn within(path: &str, place: &str) -> bool {
    path == place
        || path
            .strip_prefix(place)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

#[test]
fn go_to_from_findings_lands_on_the_field_the_finding_names() {
    let mut seen = BTreeSet::new();
    let mut failures = Vec::new();
    let mut on_fields = 0;
    let catalog = match cdstudy::scheme::Catalog::builtin() {
        Ok(c) => c,
        Err(e) => panic!("the built-in schemes: {e}"),
    };
    for (name, study) in studies_with_findings() {
        let report = cdstudy::check::check_with(&study, catalog);
        // Each path once (by its shape: `bottlenecks[b-1].stage` as `bottlenecks[].stage`),
        // where it is first found.
        let findings: Vec<String> = report
            .findings
            .iter()
            .map(|f| f.path.clone())
            .filter(|p| seen.insert(generic(p)))
            .collect();
        if findings.is_empty() {
            continue;
        }
        let disk = match store::to_yaml(&study) {
            Ok(y) => DiskState::of_bytes(y.as_bytes()),
            Err(e) => panic!("{name}: {e}"),
        };
        let mut app = App::new(PathBuf::from("study.yaml"), study.clone(), disk);
        // Every field of this study, to know which finding names one.
        let fields = study_fields(&app);
        for path in findings {
            app.open_path(&path);
            let landed = landing(&app);
            let named = fields
                .iter()
                .filter(|f| within(&path, f))
                .max_by_key(|f| f.len());
            let ok = match named {
                Some(field) => {
                    on_fields += 1;
                    landed == *field
                }
                // About an item, a list or a section as a whole: the place holds it.
                None => landed.is_empty() || within(&path, &landed) || within(&landed, &path),
            };
            if !ok {
                failures.push(format!("{name}: {path} → {landed:?} (field {named:?})"));
            }
        }
    }
    assert!(on_fields > 50, "only {on_fields} findings named a field");
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The paths of every field of every item of `app`'s study.
fn study_fields(app: &App) -> Vec<String> {
    let study = &app.study;
    let mut out = Vec::new();
    for def in &app.defs {
        for part in &def.parts {
            match part {
                Part::Form(form) => out.extend(form.fields.iter().map(|f| f.key.to_string())),
                Part::List(list) => {
                    let parents: Vec<Vec<usize>> = match list.parent {
                        None => vec![vec![]],
                        Some(holder) => match &def.parts[holder] {
                            Part::List(h) => (0..h.ops.len(study, &[])).map(|i| vec![i]).collect(),
                            _ => vec![],
                        },
                    };
                    for parent in parents {
                        for i in 0..list.ops.len(study, &parent) {
                            let mut at = parent.clone();
                            at.push(i);
                            let item = list.ops.item_path(study, &at);
                            out.extend(list.fields.iter().map(|f| format!("{item}.{}", f.key)));
                        }
                    }
                }
                Part::View(_) => {}
            }
        }
    }
    out
}
