//! `render --doc brief`: the one-page summary for a sanctioning committee, in every format,
//! for both example studies; the Word file is one A4 page (LibreOffice converts it to PDF
//! and the pages are counted; the test says it skipped when soffice is absent).

mod common;

use std::path::Path;
use std::process::Command;

use common::run;

fn copy_study(dir: &Path, name: &str) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("studies")
        .join(name);
    std::fs::copy(from, dir.join(name)).unwrap();
}

/// The number of pages of a PDF, from its page objects (`/Type/Page`, with or without a
/// space, and not `/Type/Pages`).
fn pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf).replace("/Type /", "/Type/");
    text.match_indices("/Type/Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .count()
}

#[test]
fn the_brief_says_what_a_committee_asks_on_one_page() {
    let dir = tempfile::tempdir().unwrap();
    for study in ["ujjain-plastic.yaml", "bokaro-bamboo.yaml"] {
        copy_study(dir.path(), study);
        for format in ["md", "html", "docx"] {
            let (code, _, err) = run(
                dir.path(),
                &["render", study, "--doc", "brief", "--format", format],
            );
            assert_eq!(code, 0, "{study} {format}: {err}");
        }
    }
    let md = std::fs::read_to_string(dir.path().join("ujjain-plastic.brief.md")).unwrap();
    for part in [
        "# Ujjain Plastic Cluster: proposal at a glance",
        "**The problem.**",
        "**Themes.**",
        "**Cost and who pays**",
        "viability** (meets every rule)",
        "**Key indicators**",
        "](ujjain-plastic.brief.files/fig-1.png)",
    ] {
        assert!(md.contains(part), "the brief lacks {part}:\n{md}");
    }
    let html = std::fs::read_to_string(dir.path().join("ujjain-plastic.brief.html")).unwrap();
    assert!(html.contains("<svg xmlns="), "the map is inline");

    if Command::new("soffice").arg("--version").output().is_err() {
        println!("skipped the page count: soffice (LibreOffice) is not installed");
        return;
    }
    let profile = dir.path().join("lo-profile");
    for study in ["ujjain-plastic", "bokaro-bamboo"] {
        let status = Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(dir.path())
            .arg(dir.path().join(format!("{study}.brief.docx")))
            .output()
            .expect("soffice runs");
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
        let pdf = std::fs::read(dir.path().join(format!("{study}.brief.pdf"))).unwrap();
        assert_eq!(pages(&pdf), 1, "{study}'s brief is one A4 page");
    }
}
