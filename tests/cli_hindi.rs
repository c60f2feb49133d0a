//! The command line in Hindi: `cdstudy --lang hi COMMAND` (or CDSTUDY_LANG=hi) words every
//! line a person reads from the catalogue: the report of `check`, the tables of `budget`,
//! `schemes`, the frame of an error. What a script reads (JSON) stays English.

mod common;

use std::path::{Path, PathBuf};

use common::run_with_env;

fn study(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("studies")
        .join(name)
}

fn hindi(args: &[&str]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["--lang", "hi"];
    all.extend_from_slice(args);
    run_with_env(dir.path(), &all, &[])
}

fn devanagari(text: &str) -> bool {
    text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

/// The English words of the frame that must not be left in a Hindi line.
fn assert_no_frame_english(text: &str, words: &[&str]) {
    for line in text.lines() {
        for w in words {
            assert!(
                !line.contains(w),
                "English {w:?} left in the Hindi line {line:?} of:\n{text}"
            );
        }
    }
}

#[test]
fn check_reports_in_hindi() {
    let file = study("ujjain-plastic.yaml");
    let (code, out, err) = hindi(&["check", file.to_str().unwrap()]);
    assert!(code <= 1, "{code}\n{out}\n{err}");
    assert!(devanagari(&out), "{out}");
    let first = out.lines().next().unwrap_or_default();
    assert!(
        first.contains("त्रुटि") && first.contains("चेतावनी"),
        "{first}"
    );
    assert_no_frame_english(
        &out,
        &[
            " error",
            " errors",
            " warning",
            "line ",
            " complete",
            "in progress",
            " empty",
            "not needed",
        ],
    );
    // The sections are named as the screen names them.
    assert!(out.contains("पूर्ण") || out.contains("जारी"), "{out}");
    // The same through the environment as through the flag.
    let dir = tempfile::tempdir().unwrap();
    let (_, by_env, _) = run_with_env(
        dir.path(),
        &["check", file.to_str().unwrap()],
        &[("CDSTUDY_LANG", "hi")],
    );
    assert_eq!(by_env, out);
    // JSON is for scripts: English whatever the language.
    let (_, json, _) = hindi(&["check", "--format", "json", file.to_str().unwrap()]);
    let (_, english_json, _) = run_with_env(
        dir.path(),
        &["check", "--format", "json", file.to_str().unwrap()],
        &[],
    );
    assert_eq!(json, english_json);
}

#[test]
fn budget_tables_are_in_hindi() {
    let file = study("ujjain-plastic.yaml");
    let (code, out, err) = hindi(&["budget", file.to_str().unwrap()]);
    assert!(code <= 1, "{code}\n{out}\n{err}");
    for heading in [
        "के अंतर्गत बजट",
        "घटकवार बजट (रु. लाख में)",
        "घटक",
        "लागत",
        "कुल",
        "लागू नियम",
    ] {
        assert!(out.contains(heading), "{heading:?} missing:\n{out}");
    }
    assert!(out.contains("श्रेणी: "), "{out}");
    assert_no_frame_english(
        &out,
        &[
            "Budget by component",
            "Component",
            "Rules applied",
            "The study as a whole",
            "Means of finance",
            "Flags",
            "Sensitivity",
            "Category:",
            "Total",
            "CAP HIT",
            "applied ",
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let (_, by_env, _) = run_with_env(
        dir.path(),
        &["budget", file.to_str().unwrap()],
        &[("CDSTUDY_LANG", "hi")],
    );
    assert_eq!(by_env, out);
}

#[test]
fn schemes_and_their_match_are_in_hindi() {
    let (code, out, _) = hindi(&["schemes"]);
    assert_eq!(code, 0);
    assert!(out.contains("किसी योजना के नियम समझाता है"), "{out}");
    assert_no_frame_english(&out, &["explains a scheme's rules"]);

    let file = study("ujjain-plastic.yaml");
    let (code, out, err) = hindi(&["schemes", "match", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("योजनाएँ जिनके लिए यह पात्र हो सकता है"), "{out}");
    assert!(out.contains("पात्र नहीं, या तुलना के लिए कुछ नहीं:"), "{out}");
    assert!(out.contains("पात्रता प्रत्येक योजना"), "{out}");
    assert_no_frame_english(
        &out,
        &[
            "schemes it may be eligible for",
            "Not eligible, or nothing",
            "Eligibility is decided",
            "of a cost of",
        ],
    );
}

#[test]
fn render_with_a_bad_flag_says_so_in_hindi() {
    let file = study("ujjain-plastic.yaml");
    let (code, _, err) = hindi(&[
        "render",
        file.to_str().unwrap(),
        "--doc",
        "dsr",
        "--lang",
        "xx",
        "-o",
        "-",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("त्रुटि: --lang भाषा \"xx\" माँगता है"), "{err}");
    assert_no_frame_english(&err, &["error:", "asks for the language"]);

    let (code, _, err) = hindi(&[
        "render",
        file.to_str().unwrap(),
        "--doc",
        "dsr",
        "--format",
        "xlsx",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("त्रुटि: --format xlsx केवल"), "{err}");
}

#[test]
fn a_file_that_does_not_load_is_framed_in_hindi() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("broken.yaml"),
        "format: cdstudy/1\nvision: [\n",
    )
    .unwrap();
    for command in [&["check"][..], &["budget"], &["schemes", "match"]] {
        let mut args = vec!["--lang", "hi"];
        args.extend_from_slice(command);
        args.push("broken.yaml");
        let (code, _, err) = run_with_env(dir.path(), &args, &[]);
        assert_eq!(code, 2, "{command:?}: {err}");
        // The frame is Hindi; the place and what was expected are the library's.
        assert!(err.starts_with("त्रुटि: broken.yaml"), "{command:?}: {err}");
        assert!(!err.starts_with("error"), "{err}");
    }
}

/// Why a file does not load is said in Hindi too, not only its frame: cdstudy's own
/// messages and hints, and a value the model refused (a date), from the same phrase the
/// form's field uses. The English run is the English of `tests/bad_inputs.rs`.
#[test]
fn why_a_file_does_not_load_is_said_in_hindi() {
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    let dir = tempfile::tempdir().unwrap();
    for (file, hindi_words, english) in [
        ("bad-date.yaml", "तिथि नहीं है", "is not a date"),
        ("unknown-top-key.yaml", "अज्ञात कुंजी `colour`", "unknown key"),
        (
            "mapping-where-list.yaml",
            "यहाँ सूची अपेक्षित है",
            "expected a list here",
        ),
        ("empty.yaml", "फ़ाइल खाली है", "the file is empty"),
        (
            "newer-format.yaml",
            "नए संस्करण",
            "written by a newer cdstudy",
        ),
    ] {
        let path = bad.join(file);
        let path = path.to_str().unwrap();
        let (code, _, err) = run_with_env(dir.path(), &["--lang", "hi", "check", path], &[]);
        assert_eq!(code, 2, "{file}: {err}");
        assert!(err.starts_with("त्रुटि: "), "{file}: {err}");
        assert!(err.contains(hindi_words), "{file}: {err}");
        assert!(!err.contains(english), "{file}: {err}");
        assert!(!err.contains("help:"), "{file}: {err}");
        let (code, _, en) = run_with_env(dir.path(), &["check", path], &[("CDSTUDY_LANG", "en")]);
        assert_eq!(code, 2, "{file}: {en}");
        assert!(en.starts_with("error: "), "{file}: {en}");
        assert!(en.contains(english), "{file}: {en}");
        assert!(!devanagari(&en), "{file}: {en}");
    }
}

#[test]
fn the_language_goes_before_the_command_and_english_stays_english() {
    let dir = tempfile::tempdir().unwrap();
    let file = study("ujjain-plastic.yaml");
    let (_, en, _) = run_with_env(
        dir.path(),
        &["--lang", "en", "check", file.to_str().unwrap()],
        &[("CDSTUDY_LANG", "hi")],
    );
    let (_, default, _) = run_with_env(dir.path(), &["check", file.to_str().unwrap()], &[]);
    assert_eq!(en, default);
    assert!(!devanagari(en.lines().next().unwrap_or_default()), "{en}");
    // A language cdstudy lacks is a usage error, said once.
    let (code, _, err) = run_with_env(
        dir.path(),
        &["--lang", "ta", "check", file.to_str().unwrap()],
        &[],
    );
    assert_eq!(code, 2);
    assert!(err.contains("\"ta\""), "{err}");
}

/// The runs of Latin text in `line` (words with the blanks and the punctuation between
/// them), split where a sentence of cdstudy's own puts a bracket or a backtick.
fn latin_runs(line: &str) -> Vec<String> {
    let latin = |c: char| c.is_ascii_alphanumeric() || " _.'/&,:;%-".contains(c);
    line.split(|c: char| !latin(c))
        .map(|run| {
            run.trim_start_matches(|c: char| !c.is_ascii_alphabetic())
                .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
                .to_string()
        })
        .filter(|run| run.len() > 1)
        .collect()
}

/// `schemes show` in Hindi: every heading and every sentence of cdstudy's own is Hindi; the
/// only English left is the rules file's own text (its names, summary, notes, sources, open
/// questions), the study file's paths and the components' ids.
#[test]
fn schemes_show_is_in_hindi_but_for_the_rules_own_text() {
    for id in ["mse-cdp", "sfurti", "mse-cdp-2019", "padma-infra"] {
        let (code, out, err) = hindi(&["schemes", "show", id]);
        assert_eq!(code, 0, "{id}: {err}");
        let rules = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("templates/{id}/scheme.yaml")),
        )
        .unwrap();
        let rules = rules
            .to_lowercase()
            .replace("''", "'")
            .replace('"', "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // A sentence wrapped over lines is one item.
        let mut items: Vec<String> = Vec::new();
        for line in out.lines().skip(1) {
            match (line.strip_prefix("  - "), line.strip_prefix("    ")) {
                (Some(first), _) => items.push(first.to_string()),
                (None, Some(more)) if !items.is_empty() => {
                    let last = items.last_mut().unwrap();
                    last.push(' ');
                    last.push_str(more.trim());
                }
                _ if !line.trim().is_empty() => items.push(line.to_string()),
                _ => {}
            }
        }
        for item in &items {
            for run in latin_runs(item) {
                let code = run == "cdstudy"
                    || (!run.contains(' ') && (run.contains('.') || run.contains('_')));
                assert!(
                    code || rules.contains(&run.to_lowercase()),
                    "{id}: English {run:?}, not the rules file's own text, in the Hindi line {item:?} of:\n{out}"
                );
            }
        }
        for english in [
            "Project cost",
            "at most",
            "Category",
            "The rest is met by",
            "The scheme",
            "Who it is for",
            "Rounding",
            "Sources",
            "whole rupees",
            "secondary source",
            "Rs. ",
            " lakh",
        ] {
            assert!(
                !items.iter().any(|i| i.starts_with(english))
                    && !out.contains(&format!("({english})")),
                "{id}: {english:?} left in:\n{out}"
            );
        }
        for heading in ["योजना", "श्रेणी", "पूर्णांकन", "स्रोत"]
        {
            assert!(out.lines().any(|l| l == heading), "{id}: {heading}\n{out}");
        }
    }
    let (_, out, _) = hindi(&["schemes", "show", "mse-cdp"]);
    for hindi in [
        "पात्रता",
        "एसपीवी धारा 8 कंपनी के रूप में पंजीकृत हो (spv.legal_form)",
        "रु. 5.00 करोड़ से अधिक एवं रु. 10.00 करोड़ तक की परियोजना लागत: संपूर्ण लागत का 70% (सामान्य), 80% (विशेष) भारत सरकार द्वारा",
        "(द्वितीयक स्रोत)",
        "शेष राशि का वहन: एसपीवी।",
    ] {
        let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(hindi), "{hindi:?} not in:\n{out}");
    }
}

/// `cdstudy portfolio` on a terminal in Hindi: its headings, columns and notes; the JSON
/// stays English, and the English run keeps its English headings.
#[test]
fn portfolio_tables_are_in_hindi() {
    let dir = tempfile::tempdir().unwrap();
    let studies = Path::new(env!("CARGO_MANIFEST_DIR")).join("studies");
    let studies = studies.to_str().unwrap();
    let (code, out, err) = hindi(&["portfolio", studies, "--no-cache"]);
    assert!(code <= 1, "{code}\n{out}\n{err}");
    for heading in [
        "पोर्टफोलियो: ",
        "चरणवार पाइपलाइन",
        "राज्यवार पाइपलाइन",
        "योजनावार राशि",
        "(रु. लाख में)",
        "निगरानी: ",
        "चयन क्रम",
        "डेटा की गुणवत्ता",
        "लोड न हुई फ़ाइलें",
        "कुल",
    ] {
        assert!(out.contains(heading), "{heading:?} missing in:\n{out}");
    }
    assert_no_frame_english(
        &out,
        &[
            "Portfolio:",
            "Pipeline by",
            "Money by",
            "Monitoring:",
            "Selection ranking",
            "Data quality",
            "Files not loaded",
            "Total",
            "(Rs. in lakh)",
        ],
    );
    let (_, json, _) = hindi(&["portfolio", studies, "--no-cache", "--format", "json"]);
    assert!(json.contains("\"pipeline\""), "{json}");
    let (_, en, _) = run_with_env(
        dir.path(),
        &["portfolio", studies, "--no-cache"],
        &[("CDSTUDY_LANG", "en")],
    );
    assert!(en.contains("Pipeline by stage"), "{en}");
    assert!(
        !en.contains("पोर्टफोलियो") && !en.contains("पाइपलाइन"),
        "{en}"
    );
}

/// What a save of a file would not keep (its comments) and other notes on a file that
/// loads (Windows line ends) are said in Hindi too, and stay English in English.
#[test]
fn notes_on_a_file_that_loads_are_said_in_hindi() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("crlf.yaml");
    std::fs::write(
        &file,
        "format: cdstudy/1\r\nmeta:\r\n  title: x # note\r\n  scheme: generic\r\n",
    )
    .unwrap();
    let (_, out, err) = hindi(&["check", file.to_str().unwrap()]);
    assert!(out.contains("पंक्ति-अंत"), "{out}\n{err}");
    assert!(out.contains("टिप्पणियाँ (#)"), "{out}");
    assert!(
        !out.contains("line ends") && !out.contains("a save cannot keep"),
        "{out}"
    );
}

/// A file the portfolio cannot read is named with why in Hindi: a study that does not load
/// (its load error in Hindi) and a YAML file that is no study.
#[test]
fn files_the_portfolio_does_not_load_are_said_in_hindi() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        root.join("tests/bad/bad-date.yaml"),
        dir.path().join("bad-date.yaml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("workflow.yaml"), "name: ci\non: push\n").unwrap();
    let folder = dir.path().to_str().unwrap();
    let (_, out, err) = hindi(&["portfolio", folder, "--no-cache"]);
    assert!(out.contains("तिथि नहीं है"), "{out}\n{err}");
    assert!(out.contains("(अध्ययन नहीं): अध्ययन फ़ाइल नहीं"), "{out}");
    assert!(
        !out.contains("is not a date") && !out.contains("not a study file"),
        "{out}"
    );
}
