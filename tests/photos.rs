//! Photographs from the field: a study attaches JPEG and PNG files by path; the documents
//! embed them where they belong and in the photographs annexure, in HTML and in Word, and
//! write them beside the Markdown; a missing file is a clear `check` finding and the
//! documents still render; `diff` shows a photograph added or removed.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};

use common::run;

/// A copy of the fixture (a small study with three tiny photographs) in a fresh folder.
fn fixture() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/photos");
    std::fs::create_dir(dir.path().join("photos")).unwrap();
    for name in ["workshop.jpg", "moulding.jpg", "site.png"] {
        std::fs::copy(
            from.join("photos").join(name),
            dir.path().join("photos").join(name),
        )
        .unwrap();
    }
    let study = dir.path().join("study.yaml");
    std::fs::copy(from.join("study.yaml"), &study).unwrap();
    (dir, study)
}

/// The names of the pictures in a Word file.
fn media(docx: &Path) -> Vec<String> {
    let file = std::fs::File::open(docx).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut names = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        if entry.name().starts_with("word/media/") && !entry.name().ends_with('/') {
            let mut head = [0u8; 4];
            entry.read_exact(&mut head).unwrap();
            assert_eq!(&head, b"\x89PNG", "{} is a PNG", entry.name());
            names.push(entry.name().to_string());
        }
    }
    names
}

#[test]
fn three_photographs_go_into_both_formats() {
    let (dir, _) = fixture();
    let (code, _, err) = run(dir.path(), &["check", "study.yaml"]);
    assert!(!err.contains("photos["), "{err}");
    assert_eq!(code, 0);
    for format in ["html", "docx", "md"] {
        let (code, _, err) = run(
            dir.path(),
            &["render", "study.yaml", "--doc", "dsr", "--format", format],
        );
        assert_eq!(code, 0, "{err}");
    }
    let html = std::fs::read_to_string(dir.path().join("study.dsr.html")).unwrap();
    // Each in its place (the visit's and the stage's; the study proposes no CFC, so the
    // site's has none) and again in the annexure.
    assert_eq!(html.matches("<img src=\"data:image/png;base64,").count(), 5);
    assert!(html.contains("Annexure 4: Photographs of the cluster"));
    assert!(html
        .contains("Photograph 3: The plot offered for the common facility centre (9 July 2026)"));
    // The figures and the three photographs (a photograph placed twice is stored once).
    let figures = html.matches("<svg xmlns=").count();
    assert_eq!(media(&dir.path().join("study.dsr.docx")).len(), figures + 3);
    let md = std::fs::read_to_string(dir.path().join("study.dsr.md")).unwrap();
    assert!(md.contains("](study.dsr.files/photo-2.png)"), "{md}");
    for n in 1..=3 {
        let png = std::fs::read(dir.path().join(format!("study.dsr.files/photo-{n}.png"))).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
    }
    // The study holds only the paths.
    let study = std::fs::read_to_string(dir.path().join("study.yaml")).unwrap();
    assert!(study.contains("path: photos/moulding.jpg"));
}

#[test]
fn a_missing_photograph_is_a_finding_and_the_documents_still_render() {
    let (dir, _) = fixture();
    std::fs::remove_file(dir.path().join("photos/site.png")).unwrap();
    std::fs::write(
        dir.path().join("photos/moulding.jpg"),
        b"%PDF-1.4 not a photo",
    )
    .unwrap();
    let (code, out, _) = run(dir.path(), &["check", "study.yaml"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("photos[2].path: photos/site.png: no such file beside the study"),
        "{out}"
    );
    assert!(
        out.contains("photos[1].path: photos/moulding.jpg: is not a JPEG or PNG"),
        "{out}"
    );
    let (code, _, err) = run(
        dir.path(),
        &["render", "study.yaml", "--doc", "dsr", "--format", "html"],
    );
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(dir.path().join("study.dsr.html")).unwrap();
    // The first is embedded twice; the other two keep their captions without a picture.
    assert_eq!(html.matches("<img src=\"data:").count(), 2);
    assert!(html.contains("Photograph 3: The plot offered for the common facility centre"));
}

#[test]
fn an_oversized_photograph_names_the_limit() {
    let (dir, _) = fixture();
    let big = std::fs::File::create(dir.path().join("photos/site.png")).unwrap();
    big.set_len(cdstudy::check::photos::MAX_BYTES + 1).unwrap();
    let (code, out, _) = run(dir.path(), &["check", "study.yaml"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("photos/site.png: is 15.0 MB; the limit is 15 MB"),
        "{out}"
    );
}

#[test]
fn diff_shows_a_photograph_added_and_removed() {
    let (dir, study) = fixture();
    let text = std::fs::read_to_string(&study).unwrap();
    let start = text.find("- path: photos/site.png").unwrap();
    let end = text.find("\nreview:").unwrap();
    let fewer = format!("{}{}", text[..start].trim_end_matches('\n'), &text[end..]);
    std::fs::write(dir.path().join("fewer.yaml"), fewer).unwrap();
    let (_, out, _) = run(dir.path(), &["diff", "fewer.yaml", "study.yaml"]);
    assert!(out.contains("photos: added path: photos/site.png"), "{out}");
    let (_, out, _) = run(dir.path(), &["diff", "study.yaml", "fewer.yaml"]);
    assert!(
        out.contains("photos: removed path: photos/site.png"),
        "{out}"
    );
}
