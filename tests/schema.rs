//! The editor schema (`cdstudy schema`) accepts every study the loader accepts — the
//! worked examples first — and rejects what the loader rejects, so an editor's red squiggle
//! means the same as a `cdstudy check` error.

use std::path::{Path, PathBuf};

use serde_json::Value;

const FIXTURE: &str = include_str!("data/review-study.yaml");

fn validator() -> jsonschema::Validator {
    let schema = cdstudy::schema::study_schema();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// A study file read as an editor's YAML support reads it: plain YAML data.
fn as_json(text: &str) -> Value {
    serde_saphyr::from_str(text).expect("the file is YAML")
}

fn errors(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    let value = as_json(text);
    validator
        .iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn example_studies() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("studies");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn every_example_study_validates() {
    let validator = validator();
    let problems = errors(&validator, FIXTURE);
    assert!(problems.is_empty(), "review fixture: {problems:#?}");
    for file in example_studies() {
        let text = std::fs::read_to_string(&file).unwrap();
        // Only what the loader takes is expected to validate.
        cdstudy::store::parse_str(&text, &file).expect("the example loads");
        let problems = errors(&validator, &text);
        assert!(problems.is_empty(), "{}: {problems:#?}", file.display());
    }
}

#[test]
fn what_people_type_by_hand_validates() {
    let validator = validator();
    let text = FIXTURE
        .replace("cost: 450000", "cost: \"4.5 lakh\"")
        .replace("units_affected_pct: 80", "units_affected_pct: \"80%\"")
        .replace("building_rs: 12000000", "building_rs: 1.2 cr")
        .replace("- year: 2024-25", "- year: FY 2024-25");
    let path = Path::new("hand.yaml");
    cdstudy::store::parse_str(&text, path).expect("the loader takes these forms");
    let problems = errors(&validator, &text);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_bad_file_is_rejected_where_the_loader_rejects_it() {
    let validator = validator();
    for (what, from, to, at) in [
        (
            "a misspelt key",
            "  severity: high\n  units_affected_pct: 80",
            "  severty: high\n  units_affected_pct: 80",
            "/bottlenecks/0",
        ),
        (
            "a word outside the list",
            "  category: quality",
            "  category: testing",
            "/bottlenecks/1/category",
        ),
        (
            "a malformed id",
            "- id: b-3",
            "- id: b-03",
            "/bottlenecks/2/id",
        ),
        (
            "an amount that is not one",
            "cost: 23500000",
            "cost: three lakh",
            "/action_plan/actions/2/cost",
        ),
        (
            "a month that is not one",
            "start: 2027-04",
            "start: April 2027",
            "/action_plan/start",
        ),
        (
            "a count that is text",
            "micro: 420",
            "micro: many",
            "/cluster/enterprises/micro",
        ),
    ] {
        assert!(FIXTURE.contains(from), "{what}: fixture changed");
        let bad = FIXTURE.replacen(from, to, 1);
        assert!(
            cdstudy::store::parse_str(&bad, Path::new("bad.yaml")).is_err(),
            "{what}: the loader should refuse it too"
        );
        let problems = errors(&validator, &bad);
        assert!(
            problems.iter().any(|p| p.starts_with(at)),
            "{what}: expected a problem at {at}, got {problems:#?}"
        );
    }
}

#[test]
fn the_schema_describes_fields_for_hover_text() {
    let schema = cdstudy::schema::study_schema();
    let bottleneck = &schema["definitions"]["Bottleneck"]["properties"];
    assert_eq!(
        bottleneck["stage"]["description"],
        "The value-chain stage where the problem bites."
    );
    let severity = &schema["definitions"]["Severity"];
    assert_eq!(
        severity["enum"],
        serde_json::json!(["high", "medium", "low"])
    );
}
