//! The study file on disk: loading with errors a person can act on (file, line, column,
//! study path, what was expected), the format version and upgrades of older formats,
//! canonical and deterministic YAML, and atomic saves that never clobber a file that
//! changed underneath and keep the previous version as `FILE.bak`. Beside a study it also
//! keeps the draft journal of unsaved typing (`draft`) and the note that the study is open
//! (`lock`).
//!
//! The YAML library is serde-saphyr (pure Rust, no `unsafe`): its errors carry positions
//! for duplicate keys and alias bombs too, it enforces size budgets, and it quotes strings
//! that YAML 1.1 readers would misread (`"no"`, `"0755"`) when writing.

pub mod draft;
mod error;
mod load;
mod locate;
pub mod lock;
mod migrate;
mod save;

use std::path::Path;

pub use error::{LoadError, LoadErrorKind, SaveError};
pub use load::{
    not_kept_on_save, parse_bytes, parse_str, parse_yaml, LoadWarning, Parsed, WarningKind,
};
pub use locate::PathLines;
pub use save::{backup_path, replace_atomic, save, to_yaml, write_atomic, DiskState, Overwrite};

use crate::model::Study;

/// A study read from disk, with the guard for saving it back and what the reader should
/// be told about the file.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub study: Study,
    pub disk: DiskState,
    pub warnings: Vec<LoadWarning>,
    pub migrated_from: Option<u32>,
    /// Whether a save of the loaded study would write different bytes (a hand-edited or
    /// older file); `cdstudy fmt` rewrites such files.
    pub canonical: bool,
    /// The line of each study path in the file, for findings.
    pub lines: PathLines,
}

/// Reads and parses a study file.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| {
        let what = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ if path.is_dir() => "it is a folder, not a study file".to_string(),
            _ => e.to_string(),
        };
        LoadError::new(
            LoadErrorKind::Unreadable,
            path.to_path_buf(),
            format!("cannot read: {what}"),
        )
    })?;
    let parsed = parse_bytes(&bytes, path)?;
    // parse_bytes has checked the bytes are UTF-8; a BOM does not shift lines.
    let lines = PathLines::from_text(&String::from_utf8_lossy(&bytes));
    let canonical = to_yaml(&parsed.study)
        .map(|t| t.as_bytes() == bytes.as_slice())
        .unwrap_or(false);
    Ok(Loaded {
        study: parsed.study,
        disk: DiskState::of_bytes(&bytes),
        warnings: parsed.warnings,
        migrated_from: parsed.migrated_from,
        canonical,
        lines,
    })
}
