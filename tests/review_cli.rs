//! The reviewer's commands as a script or CI runs them: exit codes and output formats of
//! `diff`, `check --format github` and `schema`.

use std::path::Path;
use std::process::{Command, Output};

use cdstudy::model::{Severity, Study};
use cdstudy::store;

mod common;
use common::{fixture as study, FIXTURE};

fn cdstudy(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cdstudy"))
        .env("CDSTUDY_LANG", "en")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn write(dir: &Path, name: &str, study: &Study) {
    common::write_study(dir, name, study);
}

#[test]
fn diff_exit_codes_for_ci() {
    let dir = tempfile::tempdir().unwrap();
    let old = study();
    let mut new = old.clone();
    new.bottlenecks[1].severity = Some(Severity::Medium);
    write(dir.path(), "old.yaml", &old);
    write(dir.path(), "new.yaml", &new);
    write(dir.path(), "same.yaml", &old);

    let out = cdstudy(&["diff", "old.yaml", "new.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Study changes old.yaml → new.yaml: 1 change\n"),
        "{text}"
    );
    let out = cdstudy(&["diff", "old.yaml", "new.yaml", "--exit-code"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let out = cdstudy(
        &["diff", "old.yaml", "same.yaml", "--exit-code"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 changes"));
    let out = cdstudy(&["diff", "old.yaml", "missing.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.yaml"));

    let out = cdstudy(
        &["diff", "old.yaml", "new.yaml", "--format", "json"],
        dir.path(),
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["old"], "old.yaml");
    assert_eq!(json["changes"], 1);
    assert_eq!(json["sections"][0]["changes"][0]["new"]["value"], "medium");

    let out = cdstudy(
        &["diff", "old.yaml", "new.yaml", "--format", "md"],
        dir.path(),
    );
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.starts_with("## Changes to the study: old.yaml → new.yaml\n\n### Bottlenecks\n"),
        "{md}"
    );
}

#[test]
fn check_annotations_point_at_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = study();
    s.bottlenecks[1].stage = Some("vc-9".parse().unwrap());
    write(dir.path(), "s.yaml", &s);
    let out = cdstudy(&["check", "s.yaml", "--format", "github"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let yaml = std::fs::read_to_string(dir.path().join("s.yaml")).unwrap();
    let line = yaml
        .lines()
        .position(|l| l == "  stage: vc-9")
        .map(|i| i + 1)
        .unwrap();
    let expected = format!(
        "::error file=s.yaml,line={line},title=cdstudy dangling-reference::bottlenecks[b-2].stage: "
    );
    assert!(text.contains(&expected), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("::warning file=s.yaml,line=")),
        "{text}"
    );
    assert!(text.ends_with("s.yaml: 1 error, 69 warnings\n"), "{text}");

    // A file that cannot be read is one annotation at its line, message and hint escaped.
    std::fs::write(
        dir.path().join("bad.yaml"),
        "format: cdstudy/1\nmeta:\n  titel: x\n",
    )
    .unwrap();
    let out = cdstudy(&["check", "bad.yaml", "--format", "github"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(
            "::error file=bad.yaml,line=3,col=3,title=cdstudy%3A the study cannot be read::"
        ),
        "{text}"
    );
    assert_eq!(text.lines().count(), 1, "{text}");
}

#[test]
fn schema_prints_json_for_editors() {
    let dir = tempfile::tempdir().unwrap();
    let out = cdstudy(&["schema"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["title"], "cdstudy study file");
    assert_eq!(schema["additionalProperties"], false);
    let validator = jsonschema::validator_for(&schema).unwrap();
    let study: serde_json::Value = serde_saphyr::from_str(FIXTURE).unwrap();
    assert!(validator.is_valid(&study));
}

/// The money effect follows a `--templates` folder's rules, as `budget` and `check` do.
#[test]
fn diff_money_effect_follows_a_templates_folder() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let old = store::load(&repo.join("studies/ujjain-plastic.yaml"))
        .unwrap()
        .study;
    let mut new = old.clone();
    let machine = &mut new.cfc.as_mut().unwrap().costs.machinery[0];
    machine.unit_cost_rs = machine
        .unit_cost_rs
        .map(|r| r + cdstudy::model::Rupees(8_00_000));
    write(dir.path(), "old.yaml", &old);
    write(dir.path(), "new.yaml", &new);

    let out = cdstudy(&["diff", "old.yaml", "new.yaml"], dir.path());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("GoI grant Rs. 646.45 lakh → Rs. 652.05 lakh"),
        "{text}"
    );

    // Rules that round the grant down to a whole lakh, as real DPRs request it.
    let templates = dir.path().join("rules");
    std::fs::create_dir_all(templates.join("mse-cdp")).unwrap();
    let rules = std::fs::read_to_string(repo.join("templates/mse-cdp/scheme.yaml")).unwrap();
    std::fs::write(
        templates.join("mse-cdp/scheme.yaml"),
        rules.replace("grant_rounding: rupee", "grant_rounding: lakh-down"),
    )
    .unwrap();
    let out = cdstudy(
        &["diff", "old.yaml", "new.yaml", "--templates", "rules"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("GoI grant Rs. 646.00 lakh → Rs. 652.00 lakh"),
        "{text}"
    );

    let out = cdstudy(
        &["diff", "old.yaml", "new.yaml", "--templates", "nowhere"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--templates nowhere: no such folder"));
}
