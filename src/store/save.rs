//! Writing a study: canonical bytes first (so a serialisation failure touches nothing), then
//! a temporary file beside the study, fsync, the old version kept as `FILE.bak`, rename over
//! the study, fsync of the folder. A save never overwrites a file that changed on disk since
//! it was read, unless the caller forces it.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use sha2::{Digest, Sha256};

use super::error::SaveError;
use crate::model::Study;

/// What a study file looked like when it was last read or written by us: the guard against
/// overwriting someone else's change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskState {
    /// SHA-256 of the bytes, hex.
    pub hash: String,
    pub len: u64,
}

impl DiskState {
    pub fn of_bytes(bytes: &[u8]) -> DiskState {
        DiskState {
            hash: hex(&Sha256::digest(bytes)),
            len: bytes.len() as u64,
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How a save treats what is on disk.
#[derive(Debug, Clone, Copy)]
pub enum Overwrite<'a> {
    /// Only if the file is still as it was when we read it (the normal case for an edit).
    IfUnchanged(&'a DiskState),
    /// Only if there is no file yet (`cdstudy new`).
    OnlyNew,
    /// Whatever is there (the person said so).
    Force,
}

/// The canonical text of a study: the bytes every save writes. Deterministic: the same
/// study always gives the same bytes.
pub fn to_yaml(study: &Study) -> Result<String, SaveError> {
    let options = serde_saphyr::ser_options! {
        // Never fold long lines with `>`: a one-word edit would rewrap a paragraph in the
        // diff. Multi-line text is still written as `|` literal blocks.
        folded_wrap_chars: usize::MAX,
    };
    let mut text = serde_saphyr::to_string_with_options(study, options)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

/// Saves `study` to `path` atomically. Returns the new disk state, the guard for the next
/// save. If the file already holds exactly these bytes, nothing is written.
pub fn save(path: &Path, study: &Study, overwrite: Overwrite) -> Result<DiskState, SaveError> {
    let text = to_yaml(study)?;
    write_atomic(path, text.as_bytes(), overwrite)
}

static TEMP_COUNTER: AtomicU32 = AtomicU32::new(0);

/// The atomic write under `save`, for any bytes.
pub fn write_atomic(
    path: &Path,
    bytes: &[u8],
    overwrite: Overwrite,
) -> Result<DiskState, SaveError> {
    write_with(path, bytes, overwrite, true)
}

/// An atomic write that keeps no `FILE.bak`: for files another program owns, such as the
/// temporary file git hands a merge driver, and for files made from a study (documents),
/// where a backup would be litter.
pub fn replace_atomic(path: &Path, bytes: &[u8]) -> Result<DiskState, SaveError> {
    write_with(path, bytes, Overwrite::Force, false)
}

fn write_with(
    path: &Path,
    bytes: &[u8],
    overwrite: Overwrite,
    keep_backup: bool,
) -> Result<DiskState, SaveError> {
    // Through a symlink, write the file it points to, so the link stays a link.
    let target = resolve_symlinks(path);
    let current = match fs::read(&target) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(SaveError::io(path, "cannot read the current file", e)),
    };
    match (overwrite, &current) {
        (Overwrite::OnlyNew, Some(_)) => {
            return Err(SaveError::AlreadyExists {
                path: path.to_path_buf(),
            })
        }
        (Overwrite::IfUnchanged(expected), Some(bytes))
            if DiskState::of_bytes(bytes) != *expected =>
        {
            return Err(SaveError::ChangedOnDisk {
                path: path.to_path_buf(),
            })
        }
        (Overwrite::IfUnchanged(_), None) => {
            return Err(SaveError::RemovedOnDisk {
                path: path.to_path_buf(),
            })
        }
        _ => {}
    }
    let new_state = DiskState::of_bytes(bytes);
    if current.as_deref() == Some(bytes) {
        return Ok(new_state);
    }

    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "study.yaml".into());
    let temp = dir.join(format!(
        ".{name}.cdstudy-tmp-{}-{}",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));

    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(|e| SaveError::io(path, "cannot create a temporary file beside it", e))?;
        if current.is_some() {
            // Keep the permissions the file had; a rename would otherwise reset them.
            if let Ok(meta) = fs::metadata(&target) {
                let _ = file.set_permissions(meta.permissions());
            }
        }
        file.write_all(bytes)
            .and_then(|_| file.flush())
            .map_err(|e| SaveError::io(path, "cannot write the temporary file", e))?;
        file.sync_all()
            .map_err(|e| SaveError::io(path, "cannot flush the temporary file to disk", e))?;
        drop(file);
        if let Some(old) = current.as_ref().filter(|_| keep_backup) {
            write_backup(&target, old)
                .map_err(|e| SaveError::io(path, "cannot keep the previous version as .bak", e))?;
        }
        fs::rename(&temp, &target)
            .map_err(|e| SaveError::io(path, "cannot replace the file", e))?;
        sync_dir(&dir).map_err(|e| SaveError::io(path, "cannot flush the folder to disk", e))?;
        Ok(new_state)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// `FILE.bak`: the version before this save, itself written atomically.
fn write_backup(target: &Path, old: &[u8]) -> std::io::Result<()> {
    let bak = backup_path(target);
    let mut temp_name = bak.clone().into_os_string();
    temp_name.push(format!(".tmp-{}", std::process::id()));
    let temp = PathBuf::from(temp_name);
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        f.write_all(old)?;
        f.sync_all()?;
        fs::rename(&temp, &bak)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Where the previous version of `path` is kept.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

fn resolve_symlinks(path: &Path) -> PathBuf {
    // Follow the chain by hand so a dangling link still names the file to create.
    let mut current = path.to_path_buf();
    for _ in 0..32 {
        match fs::read_link(&current) {
            Ok(next) => {
                current = if next.is_absolute() {
                    next
                } else {
                    current.parent().map(|p| p.join(&next)).unwrap_or(next)
                };
            }
            Err(_) => break,
        }
    }
    current
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    // Windows has no directory fsync; rename there is already write-through enough.
    Ok(())
}
