//! The command line as a user meets it: `new`, `check`, `fmt`, their exit codes, their
//! JSON, their help, and the upgrade of an older file.

use std::path::Path;
use std::process::Command;

fn cdstudy(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cdstudy"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run cdstudy");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.status.code().unwrap(), stdout, stderr)
}

#[test]
fn new_writes_a_study_that_checks_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (code, out, err) = cdstudy(
        d,
        &[
            "new",
            "guna.yaml",
            "--name",
            "Guna Brick",
            "--scheme",
            "mse-cdp",
            "--state",
            "Madhya Pradesh",
            "--district",
            "Guna",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("created guna.yaml"), "{out}");
    let text = std::fs::read_to_string(d.join("guna.yaml")).unwrap();
    assert!(text.starts_with("format: cdstudy/1\n"));
    assert!(
        text.contains("  name: Guna Brick\n  state: Madhya Pradesh\n  district: Guna\n"),
        "{text}"
    );

    // A fresh study has nothing wrong, only things still to do.
    let (code, out, _) = cdstudy(d, &["check", "guna.yaml"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("guna.yaml: 0 errors,"), "{out}");
    assert!(out.contains("no field visits recorded yet"), "{out}");

    let (code, _, err) = cdstudy(
        d,
        &["new", "guna.yaml", "--name", "Other", "--scheme", "sfurti"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(d.join("guna.yaml")).unwrap(), text);

    let (code, _, err) = cdstudy(d, &["new", "x.yaml", "--name", "X", "--scheme", "MSE CDP"]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a scheme id"), "{err}");
    assert!(!d.join("x.yaml").exists());
}

#[test]
fn check_exit_codes_take_the_worst_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("fine.yaml"), "format: cdstudy/1\n").unwrap();
    std::fs::write(
        d.join("errors.yaml"),
        "format: cdstudy/1\nbottlenecks:\n- id: b-1\n  title: x\n  units_affected_pct: 140\n",
    )
    .unwrap();
    std::fs::write(d.join("broken.yaml"), "format: cdstudy/1\nvision: [\n").unwrap();
    assert_eq!(cdstudy(d, &["check", "fine.yaml"]).0, 0);
    assert_eq!(cdstudy(d, &["check", "fine.yaml", "errors.yaml"]).0, 1);
    assert_eq!(
        cdstudy(d, &["check", "fine.yaml", "errors.yaml", "broken.yaml"]).0,
        2
    );
    assert_eq!(cdstudy(d, &["check", "missing.yaml"]).0, 2);
    assert_eq!(cdstudy(d, &["check"]).0, 2, "usage error");
}

#[test]
fn check_json_is_machine_readable() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("s.yaml"),
        "format: cdstudy/1\nbottlenecks:\n- id: b-1\n  title: x\n  stage: vc-4\n",
    )
    .unwrap();
    std::fs::write(d.join("broken.yaml"), "format: cdstudy/1\nvision: [\n").unwrap();
    let (code, out, _) = cdstudy(d, &["check", "--format", "json", "s.yaml", "broken.yaml"]);
    assert_eq!(code, 2);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let files = json["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    let s = &files[0];
    assert_eq!(s["file"], "s.yaml");
    assert_eq!(s["ok"], false);
    assert_eq!(s["errors"], 1);
    let dangling = s["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "dangling-reference")
        .expect("a dangling-reference finding");
    assert_eq!(dangling["severity"], "error");
    assert_eq!(dangling["section"], "bottlenecks");
    assert_eq!(dangling["path"], "bottlenecks[b-1].stage");
    assert_eq!(dangling["line"], 5);
    assert_eq!(s["sections"].as_array().unwrap().len(), 13);
    assert_eq!(s["sections"][6]["section"], "bottlenecks");
    assert_eq!(s["sections"][6]["progress"], "in-progress");
    let broken = &files[1];
    assert_eq!(broken["load_error"]["line"], 2);
    assert!(broken["load_error"]["message"]
        .as_str()
        .unwrap()
        .contains("unclosed bracket"));
    assert!(broken["findings"].as_array().unwrap().is_empty());
}

#[test]
fn fmt_rewrites_hand_edits_without_changing_content() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Hand-edited: keys out of order, flow style, amounts typed as people type them.
    let hand = "\
format: cdstudy/1
themes: [{id: t-1, title: Quality, addresses: [b-1]}]
bottlenecks:
  - title: 'No testing lab'
    id: b-1
    severity: high
action_plan:
  actions:
    - {id: a-1, theme: t-1, title: Exposure visit, cost: 4.5 lakh}
meta: {title: Ujjain, scheme: mse-cdp}
";
    std::fs::write(d.join("u.yaml"), hand).unwrap();
    let before = cdstudy::store::load(&d.join("u.yaml")).unwrap().study;

    let (code, out, _) = cdstudy(d, &["fmt", "--check", "u.yaml"]);
    assert_eq!(code, 1);
    assert!(out.contains("u.yaml: not in canonical form"), "{out}");
    assert_eq!(std::fs::read_to_string(d.join("u.yaml")).unwrap(), hand);

    let (code, out, err) = cdstudy(d, &["fmt", "u.yaml"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("formatted u.yaml"), "{out}");
    let after = cdstudy::store::load(&d.join("u.yaml")).unwrap();
    assert_eq!(after.study, before, "fmt changed the content");
    assert!(after.canonical);
    let text = std::fs::read_to_string(d.join("u.yaml")).unwrap();
    assert!(text.contains("    cost: 450000\n"), "{text}");
    assert!(text.find("meta:").unwrap() < text.find("bottlenecks:").unwrap());
    assert_eq!(std::fs::read_to_string(d.join("u.yaml.bak")).unwrap(), hand);

    assert_eq!(cdstudy(d, &["fmt", "--check", "u.yaml"]).0, 0);
}

#[test]
fn an_older_format_is_upgraded_and_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let v0 = "\
format: cdstudy/0
meta:
  title: Jabalpur Namkeen
  scheme: mse-cdp
cluster:
  name: Jabalpur Namkeen
  area_category: aspirational
themes:
- id: t-1
  title: Food safety
action_plan:
  actions:
  - id: a-1
    theme: t-1
    title: FSSAI awareness camp
    cost_rs: 75000
";
    std::fs::write(d.join("j.yaml"), v0).unwrap();
    let (code, out, _) = cdstudy(d, &["check", "j.yaml"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("older format cdstudy/0"), "{out}");
    let (code, _, err) = cdstudy(d, &["fmt", "j.yaml"]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(d.join("j.yaml")).unwrap();
    assert!(text.starts_with("format: cdstudy/1\n"));
    assert!(text.contains("    aspirational_district: true\n"), "{text}");
    assert!(text.contains("    cost: 75000\n"), "{text}");
}

#[test]
fn every_command_has_help_with_examples() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in ["new", "check", "fmt", "edit"] {
        let (code, out, _) = cdstudy(dir.path(), &[cmd, "--help"]);
        assert_eq!(code, 0);
        assert!(
            out.contains("Example"),
            "{cmd} --help has no examples:\n{out}"
        );
    }
    let (code, out, _) = cdstudy(dir.path(), &["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Exit codes"), "{out}");
}
