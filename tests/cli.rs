//! The command line as a user meets it: `new`, `check`, `fmt`, their exit codes, their
//! JSON, their help, and the upgrade of an older file.

use std::path::Path;

mod common;
use common::run as cdstudy;

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

    let (code, _, err) = cdstudy(d, &["new", "x.yaml", "--name", "X", "--scheme", "mse-cpd"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`mse-cpd` is not a scheme cdstudy knows; the schemes are: ayush-cluster, dsy, generic, handicrafts-cluster"),
        "{err}"
    );
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
    assert_eq!(s["sections"].as_array().unwrap().len(), 15);
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

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn json(stdout: &str) -> serde_json::Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// The Srikakulam CFC (special category, State's share fixed at 449.00 lakh): GoI 70% of
/// 2,994.00 = 2,095.80 lakh and the SPV the rest, 449.20; with a templates folder whose
/// mse-cdp rules round the grant down to a whole lakh: 2,095.00 and 450.00, the DPR's own
/// figures.
#[test]
fn budget_json_and_a_scheme_that_rounds_to_the_lakh() {
    let (code, out, err) = cdstudy(
        repo(),
        &[
            "budget",
            "tests/fixtures/srikakulam-cfc.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["scheme"], "mse-cdp");
    assert_eq!(v["category"], "special");
    let cfc = &v["components"][0];
    assert_eq!(cfc["id"], "cfc");
    assert_eq!(cfc["cost_rs"], 29_94_00_000);
    assert_eq!(cfc["eligible_rs"], 29_94_00_000);
    assert_eq!(cfc["goi_pct"], 70);
    assert_eq!(cfc["goi_rs"], 20_95_80_000);
    assert_eq!(cfc["state_rs"], 4_49_00_000);
    assert_eq!(cfc["beneficiary_rs"], 4_49_20_000);
    assert_eq!(cfc["other_rs"], 0);
    assert!(cfc["rules"].as_array().unwrap().len() >= 3);
    let t = &v["totals"];
    assert_eq!(t["cost_rs"], 29_94_00_000);
    assert_eq!(
        t["goi_rs"].as_i64().unwrap()
            + t["state_rs"].as_i64().unwrap()
            + t["beneficiary_rs"].as_i64().unwrap()
            + t["other_rs"].as_i64().unwrap(),
        29_94_00_000
    );
    // No operating figures in the fixture: the viability says what it lacks.
    assert!(v["viability"].is_null());
    assert!(!v["viability_missing"].as_array().unwrap().is_empty());

    let templates = tempfile::tempdir().unwrap();
    std::fs::create_dir(templates.path().join("mse-cdp")).unwrap();
    let rules = std::fs::read_to_string(repo().join("templates/mse-cdp/scheme.yaml")).unwrap();
    std::fs::write(
        templates.path().join("mse-cdp/scheme.yaml"),
        rules.replace("grant_rounding: rupee", "grant_rounding: lakh-down"),
    )
    .unwrap();
    let dir = templates.path().to_str().unwrap();
    let (code, out, err) = cdstudy(
        repo(),
        &[
            "budget",
            "tests/fixtures/srikakulam-cfc.yaml",
            "--templates",
            dir,
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["components"][0]["goi_rs"], 20_95_00_000);
    assert_eq!(v["components"][0]["goi_share_pct"], 69.97);
    assert_eq!(v["components"][0]["beneficiary_rs"], 4_50_00_000);

    // Text: the table in lakh, the category and why.
    let (code, out, _) = cdstudy(
        repo(),
        &[
            "budget",
            "tests/fixtures/srikakulam-cfc.yaml",
            "--templates",
            dir,
        ],
    );
    assert_eq!(code, 0);
    assert!(out.contains("(Rs. in lakh)"), "{out}");
    assert!(out.contains("2,994.00"), "{out}");
    assert!(out.contains("2,095.00"), "{out}");
    assert!(out.contains("Category: special category"), "{out}");
    assert!(out.contains("aspirational district"), "{out}");
    assert!(
        out.contains("Rs. 2,095.80 lakh → Rs. 2,095.00 lakh"),
        "{out}"
    );
}

/// A broken rules file stops the command and names the file, line and key.
#[test]
fn a_broken_rules_file_is_named() {
    let templates = tempfile::tempdir().unwrap();
    std::fs::create_dir(templates.path().join("mse-cdp")).unwrap();
    let rules = std::fs::read_to_string(repo().join("templates/mse-cdp/scheme.yaml")).unwrap();
    std::fs::write(
        templates.path().join("mse-cdp/scheme.yaml"),
        rules.replace("min_contribution_pct: 10", "min_contribution: 10"),
    )
    .unwrap();
    let dir = templates.path().to_str().unwrap();
    for command in [
        vec!["budget", "studies/ujjain-plastic.yaml", "--templates", dir],
        vec!["check", "studies/ujjain-plastic.yaml", "--templates", dir],
        vec!["schemes", "--templates", dir],
    ] {
        let (code, _, err) = cdstudy(repo(), &command);
        assert_eq!(code, 2, "{command:?}");
        assert!(err.contains("mse-cdp/scheme.yaml:"), "{err}");
        assert!(err.contains("min_contribution"), "{err}");
    }
}

#[test]
fn schemes_are_listed_and_explained() {
    let (code, out, _) = cdstudy(repo(), &["schemes"]);
    assert_eq!(code, 0);
    for id in ["generic", "mse-cdp", "mse-cdp-2019", "sfurti"] {
        assert!(out.lines().any(|l| l.starts_with(id)), "{out}");
    }
    let (code, out, _) = cdstudy(repo(), &["schemes", "show", "mse-cdp"]);
    assert_eq!(code, 0);
    assert!(out.contains("mse-cdp@2022-05-24"), "{out}");
    assert!(out.contains("GoI 70% (general), 80% (special)"), "{out}");
    assert!(
        out.contains("at most Rs. 1,800.00 lakh general, Rs. 2,100.00 lakh special"),
        "{out}"
    );
    assert!(out.contains("Not confirmed"), "{out}");
    let (code, out, _) = cdstudy(repo(), &["schemes", "show", "sfurti", "--format", "json"]);
    assert_eq!(code, 0);
    assert!(json(&out)["parts"].as_array().unwrap().len() > 3);
    let (code, _, err) = cdstudy(repo(), &["schemes", "show", "pmegp"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("generic, handicrafts-cluster, handloom-cluster, handloom-mega, haryana-mini-cluster, iius"),
        "{err}"
    );
}

/// `check` speaks for the scheme: an unknown scheme id, an SPV too small, a component the
/// scheme lacks.
#[test]
fn check_has_the_schemes_findings() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(repo().join("tests/fixtures/srikakulam-cfc.yaml")).unwrap();
    let write = |name: &str, text: &str| {
        std::fs::write(dir.path().join(name), text).unwrap();
        name.to_string()
    };
    let unknown = write(
        "unknown.yaml",
        &text.replace("scheme: mse-cdp", "scheme: mse-cpd"),
    );
    let (code, out, _) = cdstudy(dir.path(), &["check", &unknown, "--format", "json"]);
    assert_eq!(code, 1, "{out}");
    let v = json(&out);
    let findings = v["files"][0]["findings"].as_array().unwrap();
    let f = findings
        .iter()
        .find(|f| f["code"] == "unknown-scheme")
        .unwrap();
    assert_eq!(f["path"], "meta.scheme");
    assert!(f["message"]
        .as_str()
        .unwrap()
        .contains("mse-cdp, mse-cdp-2019"));

    let small = write(
        "small.yaml",
        &text.replace("member_units: 24", "member_units: 12"),
    );
    let (code, out, _) = cdstudy(dir.path(), &["check", &small]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("spv.member_units: the SPV has 12 member units"),
        "{out}"
    );

    // The fixture itself is a sketch (no themes, no field work) but meets the scheme.
    let (_, out, _) = cdstudy(
        repo(),
        &[
            "check",
            "tests/fixtures/srikakulam-cfc.yaml",
            "--format",
            "json",
        ],
    );
    let v = json(&out);
    let codes: Vec<&str> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    for code in [
        "spv-too-small",
        "does-not-reconcile",
        "cap-hit",
        "land-over-limit",
    ] {
        assert!(!codes.contains(&code), "{codes:?}");
    }
    assert!(codes.contains(&"scheme-section-empty"), "{codes:?}");
}

/// The bundled studies' budgets add up under their schemes' rules: no error flags, every
/// component's shares equal its cost, the totals equal the sum of the rows, and the CFC's
/// means of finance reconciles by head and by source.
#[test]
fn bundled_studies_budgets_add_up() {
    for entry in std::fs::read_dir(repo().join("studies")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        let file = path.to_str().unwrap();
        let (code, out, err) = cdstudy(repo(), &["budget", file, "--format", "json"]);
        assert_eq!(code, 0, "{file}: {err}{out}");
        let v = json(&out);
        let n = |x: &serde_json::Value| x.as_i64().unwrap();
        let mut sums = [0i64; 5];
        for c in v["components"].as_array().unwrap() {
            let shares =
                n(&c["goi_rs"]) + n(&c["state_rs"]) + n(&c["beneficiary_rs"]) + n(&c["other_rs"]);
            assert_eq!(shares, n(&c["cost_rs"]), "{file}: {}", c["id"]);
            for (i, key) in [
                "cost_rs",
                "goi_rs",
                "state_rs",
                "beneficiary_rs",
                "other_rs",
            ]
            .iter()
            .enumerate()
            {
                sums[i] += n(&c[key]);
            }
        }
        for (i, key) in [
            "cost_rs",
            "goi_rs",
            "state_rs",
            "beneficiary_rs",
            "other_rs",
        ]
        .iter()
        .enumerate()
        {
            assert_eq!(sums[i], n(&v["totals"][key]), "{file}: totals.{key}");
        }
        if let Some(m) = v["cfc"]["means_of_finance"].as_object() {
            let rows = m["rows"].as_array().unwrap();
            for r in rows {
                let sum: i64 = r["amounts_rs"].as_array().unwrap().iter().map(n).sum();
                assert_eq!(sum, n(&r["total_rs"]), "{file}: {}", r["label"]);
            }
            for (c, col) in m["columns"].as_array().unwrap().iter().enumerate() {
                let sum: i64 = rows.iter().map(|r| n(&r["amounts_rs"][c])).sum();
                assert_eq!(sum, n(&col["amount_rs"]), "{file}: {}", col["label"]);
            }
        }
    }
}

#[test]
fn new_makes_the_folder_it_is_asked_to_write_into() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (code, out, err) = cdstudy(
        d,
        &[
            "new",
            "studies/guna.yaml",
            "--name",
            "Guna Brick",
            "--scheme",
            "mse-cdp",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("created the folder studies"), "{out}");
    assert!(d.join("studies/guna.yaml").is_file());
}

#[test]
fn a_study_compared_with_itself_has_no_changes_even_with_an_id_used_twice() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = "format: cdstudy/1\nmeta:\n  title: Twice\n  scheme: generic\nbottlenecks:\n- id: b-1\n  title: One\n- id: b-1\n  title: Two\n";
    std::fs::write(d.join("dup.yaml"), text).unwrap();
    std::fs::write(d.join("copy.yaml"), text).unwrap();
    for other in ["dup.yaml", "copy.yaml"] {
        let (code, out, err) = cdstudy(d, &["diff", "--exit-code", "dup.yaml", other]);
        assert_eq!(code, 0, "diff dup.yaml {other}:\n{out}{err}");
    }
}

/// Study bytes never reach the terminal as controls: a title that would clear the screen
/// and retitle the window shows as codes in `diff`, and a raw escape in a file shows as a
/// code in the excerpt of `check`.
#[test]
fn what_commands_print_cannot_steer_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = "format: cdstudy/1\nmeta:\n  title: Plain\n  scheme: generic\n";
    std::fs::write(d.join("old.yaml"), base).unwrap();
    std::fs::write(
        d.join("new.yaml"),
        "format: cdstudy/1\nmeta:\n  title: \"\\e[2J\\e]0;pwned\\a\\u009b31m\\u202Eevil\\rX\"\n  scheme: generic\n",
    )
    .unwrap();
    let (_, out, err) = cdstudy(d, &["diff", "old.yaml", "new.yaml"]);
    let all = format!("{out}{err}");
    assert!(all.contains("\\u{1b}[2J"), "{all}");
    for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\r'] {
        assert!(!all.contains(c), "{c:?} reached the terminal:\n{all}");
    }
    // A raw escape byte in the file, quoted by check's excerpt.
    std::fs::write(
        d.join("raw.yaml"),
        "format: cdstudy/1\nmeta:\n  title: Plain\n  scheme: generic\ncolour: \"\u{1b}]0;pwned\u{7}\"\n",
    )
    .unwrap();
    let (code, out, err) = cdstudy(d, &["check", "raw.yaml"]);
    let all = format!("{out}{err}");
    assert_eq!(code, 2, "{all}");
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all}");
    assert!(all.contains("\\u{1b}"), "{all}");
    // JSON stays JSON: the same characters, as escapes.
    let (_, out, _) = cdstudy(d, &["check", "--format", "json", "raw.yaml"]);
    assert!(!out.contains('\u{1b}'), "{out}");
}

/// A user charge of Rs 0.90 per brick and coal at Rs 0.35 per brick load, keep their
/// paise through fmt, and the totals made from them stay whole rupees.
#[test]
fn per_unit_rates_keep_their_paise() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("guna.yaml"),
        "format: cdstudy/1\nmeta:\n  title: Guna\n  scheme: generic\ncfc:\n  name: Brick testing centre\n  operations:\n    charge_member_rs: \"Rs 0.90\"\n    variable_costs:\n    - item: Coal\n      amount_rs: 0.35\n",
    )
    .unwrap();
    let (code, out, err) = cdstudy(d, &["fmt", "guna.yaml"]);
    assert_eq!(code, 0, "{out}{err}");
    let text = std::fs::read_to_string(d.join("guna.yaml")).unwrap();
    assert!(text.contains("charge_member_rs: 0.9\n"), "{text}");
    assert!(text.contains("amount_rs: 0.35\n"), "{text}");
    let study = cdstudy::store::load(&d.join("guna.yaml")).unwrap().study;
    let ops = &study.cfc.as_ref().unwrap().operations;
    assert_eq!(
        ops.charge_member_rs,
        Some(cdstudy::model::Rate::from_paise(90))
    );
    assert_eq!(
        ops.variable_costs[0].amount_rs,
        Some(cdstudy::model::Rate::from_paise(35))
    );
}

/// `render` quotes study text and file names in its errors and notes: an action title
/// that would clear the screen and retitle the window, and a file named with an escape,
/// reach the terminal as codes.
#[test]
fn what_render_prints_cannot_steer_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let study = "format: cdstudy/1\nmeta:\n  title: \"\\e[2J\\e]0;pwned\\a Plain\"\n  scheme: mse-cdp\n\
                 action_plan:\n  actions:\n  - id: a-1\n    title: \"\\e[2J\\e]0;pwned\\a Kiln\"\n    kind: hard\n    component: cfc\n";
    std::fs::write(d.join("esc.yaml"), study).unwrap();
    let clean = |all: &str| {
        for c in ['\u{1b}', '\u{7}'] {
            assert!(!all.contains(c), "{c:?} reached the terminal:\n{all}");
        }
    };
    // An error: the action does not fit the other scheme, and is named.
    let (code, out, err) = cdstudy(
        d,
        &["render", "esc.yaml", "--doc", "dsr", "--scheme", "sfurti"],
    );
    let all = format!("{out}{err}");
    assert_eq!(code, 1, "{all}");
    assert!(all.contains("\\u{1b}[2J"), "{all}");
    clean(&all);
    // A note: the file's name, with an escape in it, in "wrote" and "`cdstudy check`".
    let name = "t\u{1b}]0;pwned\u{7}.yaml";
    std::fs::write(d.join(name), study).unwrap();
    let (code, out, err) = cdstudy(d, &["render", name, "--doc", "dsr"]);
    let all = format!("{out}{err}");
    assert_eq!(code, 0, "{all}");
    assert!(all.contains("wrote") && all.contains("note:"), "{all}");
    assert!(all.contains("\\u{1b}]0;pwned\\u{7}"), "{all}");
    clean(&all);
}

/// `-o -` writes the document to standard output, the bytes and nothing else, and no file
/// named "-".
#[test]
fn render_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(repo().join("studies/bokaro-bamboo.yaml"), d.join("b.yaml")).unwrap();
    let (code, out, err) = cdstudy(d, &["render", "b.yaml", "--doc", "dsr", "-o", "-"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("# Diagnostic Study Report"), "{out}");
    assert!(!out.contains("wrote"), "{out}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cdstudy"))
        .env("CDSTUDY_LANG", "en")
        .current_dir(d)
        .args([
            "render", "b.yaml", "--doc", "dpr", "--format", "docx", "-o", "-",
        ])
        .env_remove("CDSTUDY_TEMPLATES")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stdout.starts_with(b"PK"),
        "a zip (Word file) on standard output"
    );
    assert!(!d.join("-").exists());
    assert!(!d.join("b.dpr.docx").exists());
}

/// `budget` gives the viability's figures but no verdict while the CFC has no running
/// costs, and names the field (the engine's rule, the same the TUI and documents follow).
#[test]
fn budget_gives_no_verdict_without_running_costs() {
    let loaded = cdstudy::store::load(&repo().join("studies/ujjain-plastic.yaml")).unwrap();
    let mut study = loaded.study;
    let cfc = study.cfc.as_mut().unwrap();
    cfc.operations.fixed_costs.clear();
    cfc.operations.variable_costs.clear();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("no-costs.yaml");
    std::fs::write(&file, cdstudy::store::to_yaml(&study).unwrap()).unwrap();
    let (code, out, err) = cdstudy(repo(), &["budget", file.to_str().unwrap()]);
    assert!(code == 0 || code == 1, "{err}");
    assert!(out.contains("No verdict yet"), "{out}");
    assert!(out.contains("cfc.operations.fixed_costs"), "{out}");
    assert!(
        !out.contains("Every acceptance rule that applies is met"),
        "{out}"
    );
    // No figure's line ends in a pass or a fail.
    assert!(
        !out.lines()
            .any(|l| l.trim_end().ends_with("meets") || l.contains("DOES NOT MEET")),
        "{out}"
    );
}

/// A SFURTI study's CFC has no acceptance rules of its own scheme: `budget` shows its
/// figures beside MSE-CDP's as a benchmark, named, with no verdict, as the documents do;
/// an MSE-CDP study's CFC is still held to its rules.
#[test]
fn budget_gives_no_verdict_against_another_schemes_rules() {
    let (code, out, err) = cdstudy(repo(), &["budget", "studies/bokaro-bamboo.yaml"]);
    assert_eq!(code, 0, "{err}");
    let viability = out
        .split("CFC viability")
        .nth(1)
        .and_then(|s| s.split("Sensitivity").next())
        .unwrap_or_else(|| panic!("no viability in: {out}"));
    assert!(
        viability.contains("(benchmark for comparison: MSE-CDP guidelines of 24-05-2022"),
        "{viability}"
    );
    assert!(
        viability.contains("shown for comparison only"),
        "{viability}"
    );
    for verdict in ["DOES NOT MEET", "meets", "rule is met", "not met"] {
        assert!(!viability.contains(verdict), "{verdict} in: {viability}");
    }
    let (code, out, err) = cdstudy(repo(), &["budget", "studies/ujjain-plastic.yaml"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("(held against: MSE-CDP guidelines"), "{out}");
    assert!(
        out.contains("Every acceptance rule that applies is met."),
        "{out}"
    );
}
