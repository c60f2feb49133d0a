//! The draft journal: text typed into a study but not yet saved in it (a paragraph half
//! written when the battery dies). It lives beside the study as `.NAME.cdstudy-draft`,
//! written atomically, and belongs to one study file and to the version of it the typing
//! started from (path and hash), so a draft is never applied to the wrong file or the wrong
//! version without saying so (ODK's savepoint bugs came from drafts with no owner).
//!
//! Life cycle: written while someone types; offered, never applied silently, on the next
//! start; removed only after a save that holds the text succeeded, or when the person
//! discards it or keeps it aside as a text file.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::SaveError;
use super::save::{replace_atomic, DiskState};

/// What was being typed, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftEntry {
    /// Where in the study the text belongs: `bottlenecks[b-3].evidence`.
    pub path: String,
    /// How a person would name the place: `Bottlenecks › b-3 › Evidence`.
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The study file the draft belongs to, as an absolute path.
    pub study: PathBuf,
    /// The SHA-256 of the study file the typing started from.
    pub base_hash: String,
    /// When the draft was written, local time, RFC 3339.
    pub written: String,
    pub entries: Vec<DraftEntry>,
}

/// Why a draft could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("{path}: cannot read the draft: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{path}: the draft is damaged ({message}); it was left where it is")]
    Damaged { path: PathBuf, message: String },
}

impl Draft {
    /// A draft of `entries` for the study at `study`, whose file on disk is `base`.
    pub fn new(study: &Path, base: &DiskState, entries: Vec<DraftEntry>) -> Draft {
        Draft {
            study: absolute(study),
            base_hash: base.hash.clone(),
            written: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            entries,
        }
    }

    /// Whether the study file is still the version the typing started from.
    pub fn matches(&self, disk: &DiskState) -> bool {
        self.base_hash == disk.hash
    }

    /// Whether the draft was written for `study` (it may have been copied with its folder).
    pub fn belongs_to(&self, study: &Path) -> bool {
        self.study == absolute(study)
    }

    /// "2026-11-23 09:41", for the recovery prompt.
    pub fn written_label(&self) -> String {
        chrono::DateTime::parse_from_rfc3339(&self.written)
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_else(|_| self.written.clone())
    }

    /// The draft as text a person can read and copy from.
    pub fn as_text(&self) -> String {
        let mut out = format!(
            "Unsaved text typed into {} (draft written {}).\n",
            self.study.display(),
            self.written_label()
        );
        for e in &self.entries {
            out.push_str(&format!("\n== {} ({})\n{}\n", e.label, e.path, e.text));
        }
        out
    }
}

/// Where the draft of `study` is kept: `.NAME.cdstudy-draft` in the study's folder.
pub fn draft_path(study: &Path) -> PathBuf {
    beside(study, ".", ".cdstudy-draft")
}

/// Writes the draft atomically, replacing any earlier one.
pub fn write(study: &Path, draft: &Draft) -> Result<(), SaveError> {
    let text =
        serde_json::to_string_pretty(draft).map_err(|e| SaveError::Serialize(e.to_string()))?;
    replace_atomic(&draft_path(study), text.as_bytes()).map(|_| ())
}

/// The draft of `study`, if there is one.
pub fn read(study: &Path) -> Result<Option<Draft>, DraftError> {
    let path = draft_path(study);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(DraftError::Io { path, source }),
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| DraftError::Damaged {
            path,
            message: e.to_string(),
        })
}

/// Removes the draft of `study`; no draft is fine.
pub fn remove(study: &Path) -> io::Result<()> {
    match std::fs::remove_file(draft_path(study)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Keeps the draft as a plain text file beside the study (`NAME.draft-20261123-0941.txt`),
/// so that nothing typed is lost when the person wants both the file and the draft.
/// Returns the file written.
pub fn keep_aside(study: &Path, draft: &Draft) -> Result<PathBuf, SaveError> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let path = beside(study, "", &format!(".draft-{stamp}.txt"));
    replace_atomic(&path, draft.as_text().as_bytes())?;
    Ok(path)
}

/// `study`'s folder joined with `before + file name + after`.
fn beside(study: &Path, before: &str, after: &str) -> PathBuf {
    let name = study
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "study.yaml".into());
    study.with_file_name(format!("{before}{name}{after}"))
}

fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> DraftEntry {
        DraftEntry {
            path: "bottlenecks[b-1].evidence".into(),
            label: "Bottlenecks › b-1 › Evidence".into(),
            text: text.into(),
        }
    }

    #[test]
    fn a_draft_round_trips_and_is_bound_to_its_file_and_version() {
        let dir = tempfile::tempdir().unwrap();
        let study = dir.path().join("guna.yaml");
        std::fs::write(&study, "format: cdstudy/1\n").unwrap();
        let disk = DiskState::of_bytes(b"format: cdstudy/1\n");
        assert!(read(&study).unwrap().is_none());

        let draft = Draft::new(&study, &disk, vec![entry("भट्टे में कोयला महँगा है")]);
        write(&study, &draft).unwrap();
        assert_eq!(
            draft_path(&study),
            dir.path().join(".guna.yaml.cdstudy-draft")
        );
        let back = read(&study).unwrap().unwrap();
        assert_eq!(back, draft);
        assert!(back.belongs_to(&study));
        assert!(!back.belongs_to(&dir.path().join("other.yaml")));
        assert!(back.matches(&disk));
        assert!(!back.matches(&DiskState::of_bytes(b"format: cdstudy/1\nmeta: {}\n")));

        remove(&study).unwrap();
        assert!(read(&study).unwrap().is_none());
        remove(&study).unwrap();
    }

    #[test]
    fn a_damaged_draft_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let study = dir.path().join("guna.yaml");
        std::fs::write(draft_path(&study), "{ half a dra").unwrap();
        assert!(matches!(read(&study), Err(DraftError::Damaged { .. })));
        assert!(draft_path(&study).exists());
    }

    #[test]
    fn keeping_a_draft_aside_writes_readable_text() {
        let dir = tempfile::tempdir().unwrap();
        let study = dir.path().join("guna.yaml");
        let disk = DiskState::of_bytes(b"");
        let draft = Draft::new(&study, &disk, vec![entry("Coal costs rose 40%")]);
        let kept = keep_aside(&study, &draft).unwrap();
        let name = kept.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with("guna.yaml.draft-") && name.ends_with(".txt"),
            "{name}"
        );
        let text = std::fs::read_to_string(kept).unwrap();
        assert!(text.contains("Bottlenecks › b-1 › Evidence"));
        assert!(text.contains("Coal costs rose 40%"));
    }
}
