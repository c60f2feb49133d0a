//! Every field of a study that a document has a place for is printed by the documents,
//! and `check` and the documents agree on what is missing.
//!
//! The example studies are varied one field at a time (the first item of every list
//! standing for all of them): a text becomes a unique marker, which must then appear in
//! one of the study's documents (its scheme's DSR and DPR); a number, choice, date or tick
//! takes another value, which must change a document. A field no document prints is listed
//! in `NOT_PRINTED` with the reason: a decision, not an accident. Then each field is
//! emptied (a text blanked, an optional value set to `null`): where a document then says
//! "not yet filled in" where it did not before, `check` must report that field missing.
//!
//! The templates see the study itself (`render/context.rs` copies no field; tests/context.rs
//! proves every key reaches them), so what this test holds to account is the templates:
//! that each field the model has is one a document prints.

use std::collections::{BTreeMap, BTreeSet};

use cdstudy::assets::Assets;
use cdstudy::i18n::DocLang;
use cdstudy::model::Study;
use cdstudy::render::{self, DocKind};
use serde_json::Value;

/// Fields no document prints, by path (`[]` for any item of a list; a path covers the
/// fields inside it), with the reason.
const NOT_PRINTED: &[(&str, &str)] = &[
    ("format", "the file format's version, for the loader"),
    ("last_ids", "bookkeeping of the ids issued, for the editor"),
    ("meta.id", "the study's slug, for file names; documents carry the title"),
    (
        "meta.title",
        "the study's working title in the editor; a document's title is its kind and the cluster",
    ),
    ("meta.scheme", "chooses the format itself, which names the scheme in words"),
    ("meta.language", "sets the document's language attribute, not its text"),
    ("meta.notes", "the consultant's own notes on the study"),
    (
        "meta.period",
        "the period of the field work, for the editor; visits carry their dates",
    ),
    (
        "cluster.ownership.micro_village",
        "decides the special category (a financing flag), printed through it",
    ),
    ("cluster.area", "printed only when set, as special area conditions"),
    (
        "cluster.sectors",
        "decides eligibility by sector (schemes match, the financing's eligibility and flags)",
    ),
    (
        "cluster.looms",
        "decides eligibility by the number of looms (schemes match, the financing's flags)",
    ),
    (
        "cfc.land_acres",
        "decides eligibility by land area (schemes match, the financing's flags)",
    ),
    (
        "field_work.visits[].notes",
        "field notes; the findings they support are cited in the evidence of bottlenecks and SWOT",
    ),
    (
        "field_work.interviews[].date",
        "interview dates stay in the study; the interview table names the enterprise",
    ),
    (
        "field_work.interviews[].bottlenecks",
        "references, printed through the bottlenecks' evidence",
    ),
    (
        "stakeholders[].contact",
        "contact persons of stakeholders are for the consultant; agencies print theirs",
    ),
    ("review", "review notes are between the consultant and the reviewers"),
    (
        "action_plan.actions[].notes",
        "working notes on an action; its title, timing, cost and funding are printed",
    ),
    (
        "action_plan.actions[].indicators",
        "references to indicators, which have their own table",
    ),
    (
        "action_plan.actions[].cost[].item",
        "cost lines are the working of an action's cost, which is printed",
    ),
    ("action_plan.actions[].cost[].unit", "as action_plan.actions[].cost[].item"),
    (
        "cfc.operations.variable_costs[].item",
        "the names of operating-cost items belong in the operating-cost breakdown of the financial annexures (not written yet); their amounts reach the projection",
    ),
    ("cfc.operations.fixed_costs[].item", "as cfc.operations.variable_costs[].item"),
];

/// A finding on the second path answers for the first: the SPV's pending registration
/// stands in for its date of registration.
const ANSWERED_BY: &[(&str, &str)] = &[("spv.registration_pending", "spv.registered_on")];

/// Words of the model's choices (every enumeration in the study's schema, so a choice
/// added to the model is varied too), to vary a choice with.
fn choice_words() -> Vec<String> {
    fn collect(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Array(words)) = map.get("enum") {
                    for w in words.iter().filter_map(Value::as_str) {
                        if !out.iter().any(|o| o == w) {
                            out.push(w.to_string());
                        }
                    }
                }
                map.values().for_each(|x| collect(x, out));
            }
            Value::Array(items) => items.iter().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    collect(&cdstudy::schema::study_schema(), &mut out);
    out
}

/// Keys whose values are ids or references, which are never varied on their own: an id
/// changed breaks the references to it, and a reference changed points elsewhere.
const REFERENCES: &[&str] = &[
    "id",
    "met",
    "addresses",
    "stage",
    "theme",
    "from",
    "to",
    "on",
    "component",
];

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(name: &str) -> Study {
    cdstudy::store::load(&root().join("studies").join(format!("{name}.yaml")))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .study
}

/// The study's documents, joined: its scheme's DSR and DPR, in English or, for the
/// study's Hindi texts (`*_hi`), in Hindi, the only documents that print them.
fn documents(study: &Study, assets: &Assets) -> String {
    documents_in(study, assets, DocLang::En)
}

fn documents_in(study: &Study, assets: &Assets, lang: DocLang) -> String {
    let words = render::words_of(assets, lang).unwrap();
    DocKind::ALL
        .iter()
        .filter_map(|doc| render::render_in(study, *doc, None, assets, &words).ok())
        .map(|d| d.markdown)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A leaf of the study's JSON: its pointer and its path with list positions as `[]`.
struct Leaf {
    pointer: String,
    path: String,
}

fn leaves(value: &Value, pointer: String, path: String, out: &mut Vec<Leaf>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if REFERENCES.contains(&k.as_str()) {
                    continue;
                }
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                leaves(v, format!("{pointer}/{k}"), p, out);
            }
        }
        // The first item stands for all of them.
        Value::Array(items) => {
            if let Some(first) = items.first() {
                leaves(first, format!("{pointer}/0"), format!("{path}[]"), out);
            }
        }
        _ => out.push(Leaf { pointer, path }),
    }
}

/// `bottlenecks[b-3].evidence` → `bottlenecks[].evidence`.
fn normal(path: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '[' => {
                depth += 1;
                out.push('[');
            }
            ']' => {
                depth -= 1;
                out.push(']');
            }
            _ if depth > 0 => {}
            c => out.push(c),
        }
    }
    out
}

fn with(tree: &Value, pointer: &str, value: Value) -> Option<Study> {
    let mut t = tree.clone();
    *t.pointer_mut(pointer)? = value;
    serde_json::from_value(t).ok()
}

/// Another value for a leaf, of a kind the model takes there, and whether it is the marker.
fn varied(tree: &Value, leaf: &Leaf, marker: &str, words: &[String]) -> Option<(Study, bool)> {
    let current = tree.pointer(&leaf.pointer)?;
    let mut candidates: Vec<(Value, bool)> = Vec::new();
    match current {
        Value::String(_) | Value::Null => {
            candidates.push((Value::String(marker.to_string()), true));
        }
        Value::Number(n) => {
            // Money large enough to show in lakh; counts and shares one more.
            let f = n.as_f64().unwrap_or(0.0);
            // (Large values in the projection's inputs overflow its sums: a finding of its
            // own, reported, not this test's.)
            if let Some(i) = n.as_i64() {
                if leaf.path.ends_with("_rs") {
                    candidates.push((Value::from(i * 3 + 1_234_567), false));
                }
                candidates.push((Value::from(i + 1), false));
            }
            candidates.push((Value::from((f * 50.0).round() / 100.0 + 3.0), false));
        }
        Value::Bool(b) => candidates.push((Value::Bool(!b), false)),
        _ => {}
    }
    if matches!(current, Value::String(_) | Value::Null) {
        // Words of a choice, dates and months: other values of their kind.
        for w in words
            .iter()
            .map(String::as_str)
            .chain(["2031-02-17", "2031-02", "2031-32"])
        {
            if current.as_str() != Some(w) {
                candidates.push((Value::from(w), false));
            }
        }
        if current.is_null() {
            candidates.push((Value::from(1_234_567), false));
            candidates.push((Value::from(7), false));
        }
    }
    candidates
        .into_iter()
        .find_map(|(v, is_marker)| with(tree, &leaf.pointer, v).map(|s| (s, is_marker)))
}

/// The leaf emptied: a text blanked, an optional value `null`.
fn emptied(tree: &Value, leaf: &Leaf) -> Option<Study> {
    match tree.pointer(&leaf.pointer)? {
        Value::String(s) if !s.is_empty() => {
            with(tree, &leaf.pointer, Value::String(String::new()))
                .or_else(|| with(tree, &leaf.pointer, Value::Null))
        }
        Value::Number(_) => with(tree, &leaf.pointer, Value::Null),
        _ => None,
    }
}

fn missing_count(text: &str) -> usize {
    // Both the filters' remark and any placeholder a template might write.
    text.matches("not yet filled in").count() + text.matches("to be filled in").count()
}

/// For each example study: the fields its documents do not print, and the fields whose
/// emptying shows in a document as "not yet filled in" without a `check` finding.
/// A study's fields that no document prints, those whose emptying check does not flag,
/// and every field it has.
fn survey(name: &str) -> (Vec<String>, Vec<String>, BTreeSet<String>) {
    let assets = Assets::embedded();
    let study = load(name);
    let tree = serde_json::to_value(&study).unwrap();
    let base = documents(&study, &assets);
    assert_eq!(
        missing_count(&base),
        0,
        "{name}: check finds nothing missing, so no document may say \"not yet filled in\""
    );
    let mut all = Vec::new();
    leaves(&tree, String::new(), String::new(), &mut all);
    let words = choice_words();
    let mut not_printed = Vec::new();
    let mut unflagged = Vec::new();
    for (n, leaf) in all.iter().enumerate() {
        let marker = format!("zqmark{n}zq");
        let hindi = leaf.path.ends_with("_hi");
        match varied(&tree, leaf, &marker, &words) {
            Some((s, true)) if hindi => {
                if !documents_in(&s, &assets, DocLang::Hi).contains(&marker) {
                    not_printed.push(leaf.path.clone());
                }
            }
            Some((s, true)) => {
                if !documents(&s, &assets).contains(&marker) {
                    not_printed.push(leaf.path.clone());
                }
            }
            Some((s, false)) => {
                if documents(&s, &assets) == base {
                    not_printed.push(leaf.path.clone());
                }
            }
            // An optional section the study does not have (Bokaro's loan): the other
            // study has it.
            None if tree.pointer(&leaf.pointer).is_some_and(Value::is_null) => {}
            None => not_printed.push(format!("{} (cannot vary)", leaf.path)),
        }
        if let Some(s) = emptied(&tree, leaf) {
            if missing_count(&documents(&s, &assets)) > 0 {
                let report = cdstudy::check::check(&s);
                let answering = ANSWERED_BY
                    .iter()
                    .find(|(path, _)| *path == leaf.path)
                    .map(|(_, by)| by.to_string())
                    .unwrap_or_else(|| leaf.path.clone());
                let flagged = report.findings.iter().any(|f| {
                    let p = normal(&f.path);
                    answering == p
                        || leaf.path == p
                        || leaf.path.starts_with(&format!("{p}."))
                        || leaf.path.starts_with(&format!("{p}["))
                });
                if !flagged {
                    unflagged.push(leaf.path.clone());
                }
            }
        }
    }
    let has = all.into_iter().map(|l| l.path).collect();
    (not_printed, unflagged, has)
}

#[test]
fn every_field_a_document_has_a_place_for_is_printed_and_check_agrees_on_gaps() {
    let listed: BTreeMap<&str, &str> = NOT_PRINTED.iter().copied().collect();
    let is_listed = |path: &str| {
        listed.keys().any(|k| {
            path == *k || path.starts_with(&format!("{k}.")) || path.starts_with(&format!("{k}["))
        })
    };
    let mut problems = Vec::new();
    // A field is printed when a document of either study prints it: a study without a
    // loan, or whose first action is funded by a scheme component, cannot show them all.
    // Only Ujjain has Hindi texts: one its Hindi documents miss is missed.
    let mut not_printed: Option<BTreeSet<String>> = None;
    let mut hindi_not_printed: BTreeSet<String> = BTreeSet::new();
    for name in ["ujjain-plastic", "bokaro-bamboo"] {
        let (missed, unflagged, has) = survey(name);
        let missed: BTreeSet<String> = missed.into_iter().collect();
        hindi_not_printed.extend(missed.iter().filter(|p| p.ends_with("_hi")).cloned());
        assert!(
            name != "ujjain-plastic" || has.iter().filter(|p| p.ends_with("_hi")).count() >= 5,
            "the Ujjain study holds its main texts in Hindi too"
        );
        not_printed = Some(match not_printed {
            None => missed,
            Some(before) => before.intersection(&missed).cloned().collect(),
        });
        for path in &unflagged {
            problems.push(format!(
                "{name}: emptying {path} makes a document say \"not yet filled in\", but check reports nothing missing there"
            ));
        }
    }
    for path in &not_printed
        .unwrap_or_default()
        .union(&hindi_not_printed)
        .collect::<Vec<_>>()
    {
        if !is_listed(path) {
            problems.push(format!(
                "no document of either example study prints {path}; print it, or list it in NOT_PRINTED with the reason"
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
