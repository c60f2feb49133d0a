//! Bad inputs: every one gets its exit code, a message that names the line, no panic, and
//! the file left exactly as it was — by `check` and by `fmt` alike.
//!
//! Small cases live in tests/bad/; large or binary ones (a 10 MB string, deep nesting,
//! bytes that are not UTF-8, a byte-order mark, CRLF line ends) are made here, so the
//! repository stays small and editors cannot "fix" them.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Case {
    file: &'static str,
    /// 1: the study loads but has errors; 2: it cannot be read or parsed; 0: it loads with
    /// warnings only.
    exit: i32,
    /// The line the message must name.
    line: usize,
    /// Words the message must contain.
    says: &'static str,
}

// One case a line, so the table reads as a table.
#[rustfmt::skip]
const CASES: &[Case] = &[
    Case { file: "malformed-flow.yaml", exit: 2, line: 8, says: "':' indicator" },
    Case { file: "wrong-type-count.yaml", exit: 2, line: 8, says: "cluster.enterprises.micro: expected a whole number" },
    Case { file: "wrong-type-list-for-text.yaml", exit: 2, line: 6, says: "vision: expected a single value" },
    Case { file: "mapping-where-list.yaml", exit: 2, line: 6, says: "bottlenecks: expected a list here" },
    Case { file: "unknown-top-key.yaml", exit: 2, line: 5, says: "unknown key `colour`" },
    Case { file: "unknown-item-key.yaml", exit: 2, line: 9, says: "bottlenecks[0].sevrity: unknown key `sevrity`" },
    Case { file: "unknown-enum.yaml", exit: 2, line: 8, says: "`hgh` is not one of: high, medium, low" },
    Case { file: "bad-id.yaml", exit: 2, line: 6, says: "'B-01' is not an id" },
    Case { file: "bad-date.yaml", exit: 2, line: 8, says: "'2026-13-45' is not a date" },
    Case { file: "bad-month.yaml", exit: 2, line: 6, says: "'April 2027' is not a month" },
    Case { file: "money-fraction.yaml", exit: 2, line: 8, says: "is not whole rupees" },
    Case { file: "money-words.yaml", exit: 2, line: 8, says: "'four lakh' is not an amount" },
    Case { file: "huge-number.yaml", exit: 2, line: 8, says: "larger than the Rs. 1,00,000 crore" },
    Case { file: "percent-three-decimals.yaml", exit: 2, line: 8, says: "more than two decimals" },
    Case { file: "tabs.yaml", exit: 2, line: 6, says: "indent with spaces" },
    Case { file: "empty.yaml", exit: 2, line: 1, says: "the file is empty" },
    Case { file: "only-comments.yaml", exit: 2, line: 1, says: "the file is empty" },
    Case { file: "newer-format.yaml", exit: 2, line: 1, says: "written by a newer cdstudy" },
    Case { file: "unknown-format.yaml", exit: 2, line: 1, says: "is not a cdstudy study format" },
    Case { file: "no-format.yaml", exit: 2, line: 1, says: "no `format:` key" },
    Case { file: "duplicate-key.yaml", exit: 2, line: 6, says: "duplicate mapping key `vision`" },
    Case { file: "two-documents.yaml", exit: 2, line: 5, says: "more than one YAML document" },
    Case { file: "scalar-document.yaml", exit: 2, line: 1, says: "expected keys and values" },
    Case { file: "alias-bomb.yaml", exit: 2, line: 9, says: "aliases (*name) expand to more than a study can hold" },
    Case { file: "conflict-markers.yaml", exit: 2, line: 7, says: "a git merge was left unfinished: 1 conflict between HEAD and field-visit-2: lines 7–11 in bottlenecks (item b-1)" },
    Case { file: "duplicate-ids.yaml", exit: 1, line: 8, says: "id b-1 is used twice" },
    Case { file: "dangling-reference.yaml", exit: 1, line: 13, says: "refers to b-9, which does not exist" },
    Case { file: "wrong-reference-kind.yaml", exit: 1, line: 13, says: "refers to vc-1, a value-chain stage; it must be a bottleneck" },
    Case { file: "negative-money.yaml", exit: 1, line: 8, says: "turnover is negative" },
    Case { file: "share-over-100.yaml", exit: 1, line: 8, says: "140%; a share lies between 0% and 100%" },
    Case { file: "women-more-than-all.yaml", exit: 1, line: 10, says: "women-owned units (120) are more than all units" },
    Case { file: "zero-duration.yaml", exit: 1, line: 13, says: "a duration of 0 months" },
    Case { file: "action-without-theme.yaml", exit: 1, line: 7, says: "the action is under no theme" },
    Case { file: "zero-cost.yaml", exit: 1, line: 13, says: "an action costs more than nothing" },
    Case { file: "money-grouping.yaml", exit: 2, line: 8, says: "'2,50,00,00' has its commas in the wrong places" },
    Case { file: "money-grouping-four.yaml", exit: 2, line: 8, says: "'25,0000' has its commas in the wrong places" },
    Case { file: "format-leading-zero.yaml", exit: 2, line: 1, says: "`format: cdstudy/01` is not a cdstudy study format" },
    Case { file: "months-implausible.yaml", exit: 0, line: 13, says: "a duration of 100000 months" },
    Case { file: "rate-three-decimals.yaml", exit: 2, line: 8, says: "0.905 has more than two decimals: a rate per unit is kept to the paisa" },
];

const MINIMAL: &str = "format: cdstudy/1\nmeta:\n  title: Minimal\n  scheme: generic\n";

fn cdstudy(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cdstudy"))
        .env("CDSTUDY_LANG", "en")
        .args(args)
        .output()
        .expect("run cdstudy");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !text.contains("panicked"),
        "cdstudy {args:?} panicked:\n{text}"
    );
    (out.status.code().expect("exited, not killed"), text)
}

/// Runs check and fmt on `path` and asserts the outcome; returns the check output.
fn assert_case(path: &Path, exit: i32, line: usize, says: &str) -> String {
    let before = std::fs::read(path).unwrap();
    let p = path.to_str().unwrap();
    let (code, text) = cdstudy(&["check", p]);
    assert_eq!(code, exit, "check {p}: exit code\n{text}");
    assert!(
        text.contains(says),
        "check {p}: expected «{says}» in\n{text}"
    );
    let names_line =
        text.contains(&format!("{p}:{line}:")) || text.contains(&format!("line {line} "));
    assert!(names_line, "check {p}: expected line {line} in\n{text}");
    assert_eq!(std::fs::read(path).unwrap(), before, "check changed {p}");

    let (fmt_code, fmt_text) = cdstudy(&["fmt", p]);
    if exit == 2 {
        assert_eq!(fmt_code, 2, "fmt {p}\n{fmt_text}");
        assert_eq!(
            std::fs::read(path).unwrap(),
            before,
            "fmt changed a file it could not read: {p}"
        );
    }
    text
}

fn bad_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad")
}

#[test]
fn every_bad_file_in_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    for case in CASES {
        // Work on a copy so fmt on a loadable file cannot touch the corpus.
        let path = dir.path().join(case.file);
        std::fs::copy(bad_dir().join(case.file), &path).unwrap();
        assert_case(&path, case.exit, case.line, case.says);
    }
}

#[test]
fn the_corpus_has_a_case_for_every_file() {
    let mut on_disk: Vec<String> = std::fs::read_dir(bad_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|c| c.file.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn sixteen_megabytes_of_text_load_and_twenty_nine_are_refused() {
    // A generated study of 16 MB is real; the text limit is against abuse, above it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yaml");
    let text = format!("{MINIMAL}vision: {}\n", "x".repeat(16 * 1024 * 1024));
    std::fs::write(&path, text).unwrap();
    let (code, out) = cdstudy(&["check", path.to_str().unwrap()]);
    assert_ne!(code, 2, "{}", &out[..out.len().min(2000)]);

    let path = dir.path().join("huge-string.yaml");
    let text = format!("{MINIMAL}vision: {}\n", "x".repeat(29 * 1024 * 1024));
    std::fs::write(&path, text).unwrap();
    let out = assert_case(&path, 2, 5, "more than 28 MB of text");
    assert!(out.contains("can be split"), "{out}");
}

#[test]
fn deep_nesting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.yaml");
    let text = format!("{MINIMAL}vision: {}{}\n", "[".repeat(200), "]".repeat(200));
    std::fs::write(&path, text).unwrap();
    assert_case(&path, 2, 5, "nested more than 32 levels deep");
}

#[test]
fn bytes_that_are_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.yaml");
    let mut bytes = MINIMAL.as_bytes().to_vec();
    bytes.extend_from_slice(b"vision: caf\xe9\n");
    std::fs::write(&path, bytes).unwrap();
    let text = assert_case(&path, 2, 5, "byte 0xE9 is not UTF-8");
    assert!(text.contains(":5:12:"), "{text}");
}

#[test]
fn binary_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.yaml");
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe").unwrap();
    assert_case(&path, 2, 1, "is not UTF-8");
}

#[test]
fn byte_order_mark_loads_with_a_warning_and_fmt_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.yaml");
    std::fs::write(&path, format!("\u{feff}{MINIMAL}")).unwrap();
    assert_case(&path, 0, 1, "byte-order mark");
    let p = path.to_str().unwrap();
    let (code, _) = cdstudy(&["fmt", p]);
    assert_eq!(code, 0);
    assert!(!std::fs::read(&path)
        .unwrap()
        .starts_with("\u{feff}".as_bytes()));
}

#[test]
fn crlf_line_ends_load_with_a_warning_and_fmt_writes_lf() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crlf.yaml");
    std::fs::write(&path, MINIMAL.replace('\n', "\r\n")).unwrap();
    assert_case(&path, 0, 1, "CRLF");
    let (code, _) = cdstudy(&["fmt", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(!std::fs::read_to_string(&path).unwrap().contains('\r'));
}

#[test]
fn comments_are_reported_and_fmt_keeps_them_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("commented.yaml");
    let text = format!("{MINIMAL}# agreed with the BMO on 12 May\nvision: A cluster that sells to organised retail\n");
    std::fs::write(&path, &text).unwrap();
    let p = path.to_str().unwrap();
    let (code, out) = cdstudy(&["check", p]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("line 5    the file has comments"), "{out}");

    let (code, out) = cdstudy(&["fmt", p]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not rewritten, so nothing is lost"), "{out}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);

    let (code, out) = cdstudy(&["fmt", "--force", p]);
    assert_eq!(code, 0, "{out}");
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(!after.contains('#'));
    assert!(after.contains("vision: A cluster that sells to organised retail"));
    // The commented version is kept beside it.
    let bak = std::fs::read_to_string(dir.path().join("commented.yaml.bak")).unwrap();
    assert_eq!(bak, text);
}
