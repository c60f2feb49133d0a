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
mod fast;
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
pub(crate) use save::sync_dir;
pub use save::{
    backup_path, clean_stale_temporaries, replace_atomic, save, save_over_read_only, to_yaml,
    write_atomic, DiskState, Overwrite,
};

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

/// Reads and parses a study file, and compares it with what a save of it would write
/// (`canonical`, for `fmt` and the tests). Stale temporary files of killed saves of it
/// are cleaned up on the way.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    load_inner(path, Purpose::Format)
}

/// Reads a study to edit and save it, as [`load`] does (stale temporaries cleaned up)
/// but without the comparison, which only `fmt` asks for: on a large study it is a whole
/// write of the study to YAML before the editor's first frame.
pub fn load_to_edit(path: &Path) -> Result<Loaded, LoadError> {
    load_inner(path, Purpose::Edit)
}

/// Reads and parses a study file as [`load`] does, every error and warning the same, but
/// does not write the study out again to compare it with the file: `canonical` is `false`
/// whatever the file holds, and the folder is not searched for stale temporaries (a read
/// of each of 6,000 studies in one folder would list the folder 6,000 times). For runs
/// that only read (check, render, a portfolio of thousands of studies), to which that
/// comparison is a tenth of a load; whatever saves or reformats calls [`load`].
pub fn load_for_reading(path: &Path) -> Result<Loaded, LoadError> {
    load_inner(path, Purpose::Read)
}

/// What a load is for, which decides the work beside the parse.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// Only read: no cleaning, no comparison.
    Read,
    /// Edited and saved: stale temporaries cleaned.
    Edit,
    /// Reformatted: cleaned, and compared with a save of it.
    Format,
}

fn load_inner(path: &Path, purpose: Purpose) -> Result<Loaded, LoadError> {
    let bytes = read_bounded(path)?;
    if purpose != Purpose::Read {
        save::clean_stale_temporaries(path);
    }
    let parsed = parse_bytes(&bytes, path)?;
    let canonical = purpose == Purpose::Format
        && to_yaml(&parsed.study)
            .map(|t| t.as_bytes() == bytes.as_slice())
            .unwrap_or(false);
    Ok(Loaded {
        study: parsed.study,
        disk: DiskState::of_bytes(&bytes),
        warnings: parsed.warnings,
        migrated_from: parsed.migrated_from,
        canonical,
        // The bytes are UTF-8 (parse_bytes said so); a BOM or CRLF does not shift lines.
        lines: PathLines::of(
            String::from_utf8(bytes)
                .unwrap_or_default()
                .into_boxed_str(),
        ),
    })
}

/// The bytes of a study file, never more than `MAX_FILE_BYTES` of them: the size is
/// checked before reading, the read stops one byte past the limit (a file that grows, or
/// lies about its size), and anything but a regular file (a device, a pipe, a socket) is
/// refused before it is opened, and again after (it may have been swapped meanwhile).
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    read_bounded_into(path, &mut bytes)?;
    Ok(bytes)
}

/// [`read_bounded`] into a buffer the caller keeps: a run over thousands of files reuses
/// one per thread instead of asking the system for fresh pages for each file (in a warm
/// portfolio run, faulting in new pages was a fifth of the time).
pub fn read_bounded_into(path: &Path, bytes: &mut Vec<u8>) -> Result<(), LoadError> {
    use std::io::Read;
    bytes.clear();
    let unreadable = |what: crate::phrase::PhraseArg| {
        LoadError::new(
            LoadErrorKind::Unreadable,
            path.to_path_buf(),
            crate::phrase!("cannot read: {what}", what),
        )
    };
    // The system's own words for a rarer failure stay as the system gives them.
    let io_what = |e: &std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => crate::phrase!("no such file").into(),
        std::io::ErrorKind::PermissionDenied => crate::phrase!("permission denied").into(),
        _ => crate::phrase::PhraseArg::from(e.to_string()),
    };
    let not_a_file = |meta: &std::fs::Metadata| {
        if meta.is_dir() {
            Some(crate::phrase!("it is a folder, not a study file").into())
        } else if !meta.is_file() {
            Some(
                crate::phrase!(
                    "it is not a regular file (a device, a pipe or a socket); a study is a file"
                )
                .into(),
            )
        } else {
            None
        }
    };
    let meta = std::fs::metadata(path).map_err(|e| unreadable(io_what(&e)))?;
    if let Some(what) = not_a_file(&meta) {
        return Err(unreadable(what));
    }
    if meta.len() > load::MAX_FILE_BYTES as u64 {
        return Err(load::too_large(path, meta.len()));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // A pipe swapped in after the check must not block the open.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| unreadable(io_what(&e)))?;
    let meta = file.metadata().map_err(|e| unreadable(io_what(&e)))?;
    if let Some(what) = not_a_file(&meta) {
        return Err(unreadable(what));
    }
    bytes.reserve(meta.len().min(load::MAX_FILE_BYTES as u64) as usize);
    file.take(load::MAX_FILE_BYTES as u64 + 1)
        .read_to_end(bytes)
        .map_err(|e| unreadable(io_what(&e)))?;
    if bytes.len() > load::MAX_FILE_BYTES {
        return Err(load::too_large(path, bytes.len() as u64));
    }
    Ok(())
}
