//! Every value of a study is within reach of the UI: each leaf of the study's schema has a
//! field in some form (or is on the short list of what is deliberately left to the file
//! and the CLI), and every finding `check` makes is reached from the Findings view on the
//! field it names.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::model::Study;
use crate::store::{self, DiskState};

use super::{all, Part, SectionDef};
use crate::tui::app::App;
use crate::tui::nav::Focus;

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
    let schema = crate::schema::study_schema();
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
    // The files of tests/bad that load (with the findings they were written for).
    let bad = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&bad)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    for path in files {
        if let Ok(loaded) = store::load(&path) {
            out.push((path.display().to_string(), loaded.study));
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
    match (app.nav.focus, app.nav.part()) {
        (Focus::Form, _) => app
            .field_path(app.nav.part_state().field)
            .unwrap_or_default(),
        (Focus::List, Part::List(list)) => app.item_path().unwrap_or_else(|| {
            list.ops.list_path(
                &app.study,
                &app.nav.parent_at(&app.study).unwrap_or_default(),
            )
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
    let catalog = match crate::scheme::Catalog::builtin() {
        Ok(c) => c,
        Err(e) => panic!("the built-in schemes: {e}"),
    };
    for (name, study) in studies_with_findings() {
        let report = crate::check::check_with(&study, catalog);
        // Each path once (by its shape: `bottlenecks[b-1].stage` as `bottlenecks[].stage`),
        // where it is first found.
        let findings: Vec<String> = report
            .findings
            .iter()
            .map(|f| f.path.clone())
            // A value without a field yet (CLI_ONLY) has nowhere to land.
            .filter(|p| !cli_only(generic(p).trim_end_matches("[]")))
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
    for def in &app.nav.defs {
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

fn find_list<'a>(defs: &'a [SectionDef], title: &str) -> &'a super::ListDef {
    defs.iter()
        .flat_map(|d| &d.parts)
        .find_map(|p| match p {
            Part::List(l) if l.title == title => Some(l),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no list {title}"))
}

fn find_field<'a>(defs: &'a [SectionDef], list: &str, key: &str) -> &'a crate::tui::fields::Field {
    find_list(defs, list)
        .fields
        .iter()
        .find(|f| f.key == key)
        .unwrap_or_else(|| panic!("no field {key} in {list}"))
}

#[test]
fn a_turnover_history_grows_backwards_from_the_oldest_year() {
    let defs = all();
    let years = find_list(&defs, "Turnover by year");
    let mut study = load("studies/ujjain-plastic.yaml");
    let oldest = study
        .cluster
        .economics
        .iter()
        .map(|y| y.year)
        .min()
        .unwrap();
    assert_eq!(years.ops.add(&mut study, &[]), Some(0));
    assert_eq!(study.cluster.economics[0].year.0, oldest.0 - 1);
    // Oldest first still, as check asks.
    let report = crate::check::check(&study);
    assert!(!report
        .findings
        .iter()
        .any(|f| f.message.contains("comes after a later year")));
}

#[test]
fn a_year_without_its_turnover_leaves_the_profile_incomplete() {
    let mut study = load("studies/bokaro-bamboo.yaml");
    let profile = |s: &Study| {
        crate::check::check(s)
            .sections
            .iter()
            .find(|x| x.section == crate::model::Section::Cluster)
            .map(|x| x.progress)
    };
    let before = profile(&study);
    study.cluster.economics[0].turnover_rs = None;
    let report = crate::check::check(&study);
    assert!(report
        .findings
        .iter()
        .any(|f| f.path == "cluster.economics[0].turnover_rs"));
    assert_eq!(before, Some(crate::check::Progress::Complete));
    assert_eq!(profile(&study), Some(crate::check::Progress::InProgress));
}

#[test]
fn the_first_cost_line_is_the_lump_sum_so_the_cost_never_doubles() {
    use crate::model::Cost;
    let defs = all();
    let lines = find_list(&defs, "Cost lines");
    let mut study = load("studies/ujjain-plastic.yaml");
    let a = study
        .action_plan
        .actions
        .iter()
        .position(|a| matches!(a.cost, Some(Cost::Amount(_))))
        .unwrap();
    let before = study.action_plan.actions[a]
        .cost
        .as_ref()
        .and_then(Cost::total);
    assert_eq!(lines.ops.add(&mut study, &[a]), Some(0));
    let cost = study.action_plan.actions[a].cost.clone();
    let Some(Cost::Lines(l)) = &cost else {
        panic!("{cost:?}")
    };
    assert_eq!(l.len(), 1, "one line, holding the amount: {l:?}");
    assert_eq!(cost.as_ref().and_then(Cost::total), before);
    // The line the person now fills in is that line: typing the amount keeps the total.
    let unit = find_field(&defs, "Cost lines", "unit_cost_rs");
    let typed = before.map(|r| r.get().to_string()).unwrap();
    unit.ops
        .apply(&mut study, &[a, 0], crate::tui::fields::Answer::Text(typed))
        .unwrap();
    assert_eq!(
        study.action_plan.actions[a]
            .cost
            .as_ref()
            .and_then(Cost::total),
        before
    );
    // A second line adds to it, empty.
    assert_eq!(lines.ops.add(&mut study, &[a]), Some(1));
    assert_eq!(
        study.action_plan.actions[a]
            .cost
            .as_ref()
            .and_then(Cost::total),
        before
    );
}

#[test]
fn picked_references_show_names_in_forms_and_lists() {
    let defs = all();
    let study = load("studies/ujjain-plastic.yaml");
    // A theme's bottlenecks, in its form.
    let addresses = find_field(&defs, "Themes", "addresses");
    let shown = addresses.ops.show(&study, &[0]);
    let first = &study.themes[0].addresses[0];
    let name = &study.item(first).unwrap().label;
    assert!(
        shown.starts_with(&format!(
            "{first} {}",
            name.chars().take(10).collect::<String>()
        )),
        "{shown}"
    );
    // A link of the value chain, in its list.
    let links = find_list(&defs, "Links");
    let row = links
        .ops
        .label(&study, &[0], &crate::i18n::Messages::english());
    let from = &study.value_chain.links[0].from;
    let stage = &study.item(from).unwrap().label;
    assert!(
        row.starts_with(&format!(
            "{from} {}",
            stage.chars().take(8).collect::<String>()
        )),
        "{row}"
    );
}

#[test]
fn a_review_note_names_what_it_is_about() {
    let defs = all();
    let notes = find_list(&defs, "Notes");
    let study = load("studies/bokaro-bamboo.yaml");
    for (i, note) in study.review.iter().enumerate() {
        let row = notes
            .ops
            .label(&study, &[i], &crate::i18n::Messages::english());
        let named = match study.items().into_iter().find(|x| x.id.as_str() == note.on) {
            Some(item) => format!(
                "on {} {}",
                item.id,
                item.label.chars().take(8).collect::<String>()
            ),
            None => format!(
                "on {}",
                crate::model::Section::from_word(&note.on)
                    .map(|s| s.label())
                    .unwrap_or_default()
            ),
        };
        assert!(row.contains(&named), "{row} (expected {named})");
    }
}

#[test]
fn a_new_link_is_not_chosen_yet_not_dangling() {
    let defs = all();
    let links = find_list(&defs, "Links");
    let mut study = load("studies/ujjain-plastic.yaml");
    let i = links.ops.add(&mut study, &[]).unwrap();
    assert!(links
        .ops
        .label(&study, &[i], &crate::i18n::Messages::english())
        .contains("(not chosen)"));
    let report = crate::check::check(&study);
    let about: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.path.starts_with(&format!("value_chain.links[{i}]")))
        .collect();
    assert!(!about.is_empty());
    // Its ends say they are not chosen yet; its note, empty too, is asked for as any
    // empty note is (check asks for every link's note since the documents print it).
    let ends = format!("value_chain.links[{i}].");
    let mut on_ends = 0;
    for f in about {
        assert!(!f.message.contains("does not exist"), "{}", f.message);
        assert_ne!(f.code, "dangling-reference", "{}", f.message);
        let field = f.path.strip_prefix(&ends).unwrap_or_default();
        if field == "from" || field == "to" {
            on_ends += 1;
            assert!(f.message.contains("chosen yet"), "{}", f.message);
        }
    }
    assert_eq!(on_ends, 2, "both ends are asked for");
}

#[test]
fn every_tab_of_the_cfc_is_named_at_80x24_and_the_verdict_from_the_first() {
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;
    let study = load("studies/ujjain-plastic.yaml");
    let disk = match store::to_yaml(&study) {
        Ok(y) => DiskState::of_bytes(y.as_bytes()),
        Err(e) => panic!("{e}"),
    };
    let mut app = App::new(PathBuf::from("study.yaml"), study, disk);
    let section = app
        .nav
        .defs
        .iter()
        .position(|d| d.section == crate::model::Section::Cfc)
        .unwrap_or_default();
    let parts = app.nav.defs[section].parts.len();
    for part in 0..parts {
        app.nav.go_to(&super::Place {
            section,
            part,
            at: vec![],
            field: None,
        });
        app.size = (80, 24);
        let mut term = match Terminal::new(TestBackend::new(80, 24)) {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        let screen = crate::tui::view::screen(&app);
        if let Err(e) = term.draw(|f| {
            crate::tui::view::draw(f, &screen);
        }) {
            panic!("{e}");
        }
        let buffer = term.backend().buffer();
        let row = |y: u16| -> String { (0..80).map(|x| buffer[(x, y)].symbol()).collect() };
        let title = app.nav.defs[section].parts[part].title();
        let strip = (0..24)
            .map(row)
            .find(|r| r.contains(" Project ") || r.contains('«'))
            .unwrap_or_default();
        assert!(strip.contains(title), "tab {part} {title}: {strip}");
        if part == 0 {
            assert!(strip.contains("Viability"), "{strip}");
        }
        if part + 1 < parts && !strip.contains("Risks") {
            assert!(strip.trim_end().ends_with('»'), "{strip}");
        }
        if part > 0 && !strip.contains(" Project ") {
            assert!(strip.contains('«'), "{strip}");
        }
    }
}

/// A finding about a whole section ("the study proposes a common facility but has no
/// SPV") opens the section on what is missing first in it, whatever tab and field were
/// selected there before.
#[test]
fn a_finding_about_a_whole_section_opens_it_on_what_is_missing_first() {
    use crate::model::Section;
    let app_for = |study: Study| {
        let disk = match store::to_yaml(&study) {
            Ok(y) => DiskState::of_bytes(y.as_bytes()),
            Err(e) => panic!("{e}"),
        };
        App::new(PathBuf::from("study.yaml"), study, disk)
    };
    let section_of = |app: &App, s: Section| {
        app.nav
            .defs
            .iter()
            .position(|d| d.section == s)
            .unwrap_or_else(|| panic!("no section {s:?}"))
    };
    // Without SPV and CFC, check asks for each as a whole.
    let mut study = load("studies/ujjain-plastic.yaml");
    study.spv = None;
    study.cfc = None;
    let mut app = app_for(study);
    for (path, section, first) in [
        ("spv", Section::Spv, "spv.name"),
        ("cfc", Section::Cfc, "cfc.name"),
    ] {
        assert!(
            app.report.findings.iter().any(|f| f.path == path),
            "check asks for {path}"
        );
        let si = section_of(&app, section);
        // Somewhere else in the section first: the last tab's list, then the first form's
        // third field.
        let last = app.nav.defs[si].parts.len() - 1;
        app.nav.go_to(&super::Place {
            section: si,
            part: last,
            at: vec![],
            field: None,
        });
        app.nav.go_to(&super::Place {
            section: si,
            part: 0,
            at: vec![],
            field: Some(2),
        });
        app.nav.go_to(&super::Place {
            section: si,
            part: last,
            at: vec![],
            field: None,
        });
        app.open_path(path);
        assert_eq!(landing(&app), first, "{path}");
        assert_eq!(app.nav.section, si);
    }
    // An SPV with a name but no legal form: the SPV as a whole opens on its legal form,
    // the first of its fields check finds missing.
    let mut study = load("studies/ujjain-plastic.yaml");
    if let Some(spv) = study.spv.as_mut() {
        spv.legal_form = None;
    }
    let mut app = app_for(study);
    let si = section_of(&app, Section::Spv);
    app.nav.go_to(&super::Place {
        section: si,
        part: 0,
        at: vec![],
        field: Some(4),
    });
    app.open_path("spv");
    assert_eq!(landing(&app), "spv.legal_form");
}
