//! One workspace everywhere: a scheme copied into a templates folder and changed is known
//! to every command, whether the folder is given with `--templates` or named by
//! `CDSTUDY_TEMPLATES`, and the built-in rules alone do not know it. (The terminal UI's
//! side is in src/tui/tests.rs.)

use std::path::{Path, PathBuf};

mod common;
use common::{run as cdstudy, run_with_env};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `templates/mse-cdp` copied to `DIR/my-cdp` as scheme `my-cdp` ("My CDP"), whose first
/// CFC bracket gives GoI 68% instead of 70%.
fn folder_scheme() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("my-cdp");
    std::fs::create_dir(&to).unwrap();
    for entry in std::fs::read_dir(repo().join("templates/mse-cdp")).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if path.ends_with("scheme.yaml") {
            let rules = text
                .replace("id: mse-cdp\n", "id: my-cdp\n")
                .replace("name: MSE-CDP\n", "name: My CDP\n")
                .replace("revision: mse-cdp@", "revision: my-cdp@")
                .replacen(
                    "goi_pct: {general: 70, special: 80}",
                    "goi_pct: {general: 68, special: 80}",
                    1,
                );
            assert_ne!(rules, text, "the copy changed nothing");
            text = rules;
        }
        std::fs::write(to.join(path.file_name().unwrap()), text).unwrap();
    }
    dir
}

/// The Ujjain example prepared for `scheme`, written to `dir/name`.
fn ujjain_under(dir: &Path, name: &str, scheme: &str) -> PathBuf {
    let text = std::fs::read_to_string(repo().join("studies/ujjain-plastic.yaml")).unwrap();
    let text = text.replacen("  scheme: mse-cdp\n", &format!("  scheme: {scheme}\n"), 1);
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_folder_scheme_works_in_new_check_budget_render_and_diff() {
    let templates = folder_scheme();
    let dir = templates.path().to_str().unwrap();
    let work = tempfile::tempdir().unwrap();
    let w = work.path();

    // new: refused on the built-in rules alone, written with the folder.
    let new = [
        "new",
        "g.yaml",
        "--name",
        "Guna Brick",
        "--scheme",
        "my-cdp",
    ];
    let (code, _, err) = cdstudy(w, &new);
    assert_eq!(code, 2);
    assert!(
        err.contains("`my-cdp` is not a scheme cdstudy knows"),
        "{err}"
    );
    let (code, out, err) = cdstudy(w, &[&new[..], &["--templates", dir]].concat());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("(scheme my-cdp)"), "{out}");

    let study = ujjain_under(w, "u.yaml", "my-cdp");
    let study = study.to_str().unwrap();
    // check: the scheme is known, by the flag and by the environment alike.
    let (code, out, _) = cdstudy(w, &["check", study]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not a scheme cdstudy knows"), "{out}");
    let (code, out, err) = cdstudy(w, &["check", study, "--templates", dir]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("not a scheme"), "{out}");
    let env = [("CDSTUDY_TEMPLATES", dir)];
    let (code, out, err) = run_with_env(w, &["check", study], &env);
    assert_eq!(code, 0, "{out}{err}");

    // budget: the changed rule gives its money, 68% of Rs. 923.50 lakh = 627.98 lakh.
    let (code, out, err) = cdstudy(
        w,
        &["budget", study, "--templates", dir, "--format", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["scheme"], "my-cdp");
    assert_eq!(v["components"][0]["goi_rs"], 6_27_98_000);
    let (code, out, err) = run_with_env(w, &["budget", study], &env);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("budget under My CDP (my-cdp@"), "{out}");
    assert!(out.contains("627.98"), "{out}");

    // render: the folder's templates and rules make the document.
    let md = w.join("u.dpr.md");
    let (code, _, err) = cdstudy(
        w,
        &[
            "render",
            study,
            "--doc",
            "dpr",
            "--templates",
            dir,
            "-o",
            md.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(
        text.contains("627.98"),
        "the DPR has the folder scheme's grant"
    );
    assert!(!err.contains("not a scheme"), "{err}");

    // diff: the money effect of moving the study from MSE-CDP to the folder scheme.
    let before = ujjain_under(w, "before.yaml", "mse-cdp");
    let (code, out, err) = run_with_env(w, &["diff", before.to_str().unwrap(), study], &env);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("646.45") && out.contains("627.98"), "{out}");

    // A folder named but absent is an error, not the built-in rules in silence.
    let env = [("CDSTUDY_TEMPLATES", "/no/such/folder")];
    let (code, _, err) = run_with_env(w, &["check", study], &env);
    assert_eq!(code, 2);
    assert!(
        err.contains("CDSTUDY_TEMPLATES /no/such/folder: no such folder"),
        "{err}"
    );
}

/// The finder on both examples: Ujjain (CFC Rs 923.50 lakh, general, Madhya Pradesh) is
/// best under MSE-CDP 2022, GoI 646.45 + State 184.70 = 831.15 lakh, and not eligible for
/// Haryana's State scheme; Bokaro's bamboo cluster (SFURTI, 465 artisans) is best under
/// SFURTI at 221.755 lakh, and MSE-CDP 2022 is not for its producer company.
#[test]
fn schemes_match_names_the_schemes_with_their_grants_best_first() {
    let (code, out, err) = cdstudy(
        repo(),
        &[
            "schemes",
            "match",
            "studies/ujjain-plastic.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let schemes = v["schemes"].as_array().unwrap();
    assert_eq!(schemes[0]["scheme"], "mse-cdp");
    assert_eq!(schemes[0]["eligible"], true);
    assert_eq!(schemes[0]["grant_rs"], 8_31_15_000);
    let by = |id: &str| schemes.iter().find(|s| s["scheme"] == id).unwrap().clone();
    let haryana = by("haryana-mini-cluster");
    assert_eq!(haryana["eligible"], false);
    assert!(haryana["reasons"][0]
        .as_str()
        .unwrap()
        .contains("this cluster is in Madhya Pradesh"));
    // Eligible ones in force come first, by grant (those on an inferred rate after those
    // the sources state); a superseded revision is listed after them, not ranked.
    let grants: Vec<(bool, std::cmp::Reverse<i64>)> = schemes
        .iter()
        .filter(|s| s["eligible"] == true && s["superseded_by"].is_null())
        .map(|s| {
            let inferred = !s["inferred"].as_array().unwrap().is_empty();
            (inferred, std::cmp::Reverse(s["grant_rs"].as_i64().unwrap()))
        })
        .collect();
    assert!(grants.windows(2).all(|w| w[0] <= w[1]), "{grants:?}");

    let (code, out, _) = cdstudy(repo(), &["schemes", "match", "studies/bokaro-bamboo.yaml"]);
    assert_eq!(code, 0);
    let first = out
        .lines()
        .find(|l| l.starts_with("  ") && l.contains("grant"))
        .unwrap();
    assert!(
        first.starts_with("  sfurti (sfurti@2022-09-09): grant 221.76"),
        "{out}"
    );
    // MSE-CDP 2022 asks for a Section 8 company; Bokaro's SPV is a producer company: the
    // first reason, an error, before its CFC being below the lowest bracket.
    assert!(
        out.contains("  - mse-cdp: not eligible for MSE-CDP: an SPV registered as a section 8"),
        "{out}"
    );
}
