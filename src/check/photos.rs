//! Checks of the photographs' files, which need the study's folder (the rest of `check`
//! looks at the study alone): each path names a readable JPEG or PNG of at most
//! [`MAX_BYTES`], relative to the study. A photograph that fails is left out of the
//! documents (its caption stays), so rendering still works.

use std::io::Read;
use std::path::Path;

use super::{Finding, Severity};
use crate::model::{Section, Study};
use crate::phrase::{Phrase, PhraseArg, Said};

/// The largest photograph a study may attach: a camera's full-size JPEG is 3-8 MB, and the
/// documents scale every photograph down anyway.
pub const MAX_BYTES: u64 = 15 * 1024 * 1024;

/// The findings on the photographs' files, relative to `dir` (the study's folder).
pub(super) fn findings(study: &Study, dir: &Path) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |severity, code, path: String, said: Said| {
        out.push(Finding::new(severity, code, Section::FieldWork, path, said))
    };
    for (i, photo) in study.photos.iter().enumerate() {
        let at = format!("photos[{i}]");
        if photo.caption.trim().is_empty() {
            push(
                Severity::Warning,
                "missing",
                format!("{at}.caption"),
                "the photograph has no caption: say what it shows".into(),
            );
        }
        let path = photo.path.trim();
        if path.is_empty() {
            push(
                Severity::Error,
                "photo-missing",
                format!("{at}.path"),
                "no file given for the photograph".into(),
            );
            continue;
        }
        if Path::new(path).is_absolute() {
            push(
                Severity::Error,
                "photo-path",
                format!("{at}.path"),
                crate::phrase!("{path} is an absolute path: write it relative to the study's folder, so the study and its photographs move together", path).into(),
            );
            continue;
        }
        match problem(&dir.join(path)) {
            None => {}
            Some((code, message)) => push(
                Severity::Error,
                code,
                format!("{at}.path"),
                crate::phrase!(
                    "{path}: {message}",
                    path,
                    message = PhraseArg::Phrase(Box::new(message))
                )
                .into(),
            ),
        }
    }
    out
}

/// What is wrong with the file at `file`, as (code, what); `None` when the documents can
/// embed it.
pub fn problem(file: &Path) -> Option<(&'static str, Phrase)> {
    let unreadable = |e: std::io::Error| {
        Some((
            "photo-unreadable",
            crate::phrase!("cannot be read: {error}", error = e.to_string()),
        ))
    };
    let meta = match std::fs::metadata(file) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Some((
                "photo-missing",
                Phrase::new(
                    "no such file beside the study; the documents show the caption without it",
                ),
            ))
        }
        Err(e) => return unreadable(e),
    };
    if !meta.is_file() {
        return Some(("photo-unreadable", Phrase::new("is not a file")));
    }
    if meta.len() > MAX_BYTES {
        return Some((
            "photo-too-large",
            crate::phrase!(
                "is {size} MB; the limit is {limit} MB: save a smaller copy (the documents print it at most 16 cm wide)",
                size = PhraseArg::Figure(format!("{:.1}", meta.len() as f64 / 1_048_576.0)),
                limit = MAX_BYTES / 1_048_576
            ),
        ));
    }
    let mut head = [0u8; 32];
    let read = std::fs::File::open(file).and_then(|mut f| f.read(&mut head));
    let n = match read {
        Ok(n) => n,
        Err(e) => return unreadable(e),
    };
    match crate::render::photo_kind(&head[..n]) {
        Some(_) => None,
        None => Some((
            "photo-format",
            Phrase::new(
                "is not a JPEG or PNG file, the formats the documents can embed: save it as JPEG",
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Photo;

    #[test]
    fn each_problem_with_a_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ok.png"), b"\x89PNG\r\n\x1a\n rest").unwrap();
        std::fs::write(dir.path().join("doc.pdf"), b"%PDF-1.4").unwrap();
        let mut study = Study::new("Test", "mse-cdp");
        for path in ["ok.png", "gone.jpg", "doc.pdf", ""] {
            study.photos.push(Photo {
                path: path.to_string(),
                caption: "A unit".to_string(),
                ..Default::default()
            });
        }
        let found = findings(&study, dir.path());
        let codes: Vec<(&str, &str)> = found.iter().map(|f| (f.path.as_str(), f.code)).collect();
        assert_eq!(
            codes,
            vec![
                ("photos[1].path", "photo-missing"),
                ("photos[2].path", "photo-format"),
                ("photos[3].path", "photo-missing"),
            ]
        );
        assert!(found[0].message.starts_with("gone.jpg: no such file"));
    }
}
