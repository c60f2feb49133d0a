//! Writing a study: canonical bytes first (so a serialisation failure touches nothing), then
//! a temporary file beside the study, fsync, the file put in place by an exchange that
//! compares the version it replaces in the same step, the old version kept as `FILE.bak`,
//! fsync of the folder. A save never overwrites a file that changed on disk since it was
//! read (not even one changed during the save), unless the caller forces it; nor a
//! read-only study, unless the caller says so. Saves of cdstudy processes into one folder
//! take turns (a folder lock), and temporaries of killed saves are cleaned up.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

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
/// save. If the file already holds exactly these bytes, nothing is written. A read-only
/// study file is not written over (see `save_over_read_only`).
pub fn save(path: &Path, study: &Study, overwrite: Overwrite) -> Result<DiskState, SaveError> {
    let text = to_yaml(study)?;
    write_with(path, text.as_bytes(), overwrite, true, false)?;
    Ok(DiskState::of_bytes(text.as_bytes()))
}

/// `save`, also over a study file that is read-only (the person said so): the new file
/// keeps the read-only permissions.
pub fn save_over_read_only(
    path: &Path,
    study: &Study,
    overwrite: Overwrite,
) -> Result<DiskState, SaveError> {
    let text = to_yaml(study)?;
    write_with(path, text.as_bytes(), overwrite, true, true)?;
    Ok(DiskState::of_bytes(text.as_bytes()))
}

static TEMP_COUNTER: AtomicU32 = AtomicU32::new(0);

/// The atomic write under `save`, for any bytes.
pub fn write_atomic(
    path: &Path,
    bytes: &[u8],
    overwrite: Overwrite,
) -> Result<DiskState, SaveError> {
    write_with(path, bytes, overwrite, true, false)?;
    Ok(DiskState::of_bytes(bytes))
}

/// An atomic write that keeps no `FILE.bak`: for files another program owns, such as the
/// temporary file git hands a merge driver, and for files made from a study (documents),
/// where a backup would be litter. No disk state is returned: nothing guards such a file
/// against a later change, so its hash (a tenth of rendering a large document) is not
/// taken.
pub fn replace_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_with(path, bytes, Overwrite::Force, false, true)
}

fn write_with(
    path: &Path,
    bytes: &[u8],
    overwrite: Overwrite,
    keep_backup: bool,
    over_read_only: bool,
) -> Result<(), SaveError> {
    // Through a symlink, write the file it points to, so the link stays a link.
    let target = resolve_symlinks(path);
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // Another cdstudy saving into this folder waits for us, and we for it, from the
    // compare to the rename (an advisory lock: it does not stop git or an editor; the
    // exchange below catches those).
    let _folder = FolderLock::take(&dir);
    clean_stale_temporaries(&target);
    let current = match read_current(&target) {
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
    if current.as_deref() == Some(bytes) {
        return Ok(());
    }
    let meta = fs::metadata(&target).ok();
    if !over_read_only && meta.as_ref().is_some_and(|m| m.permissions().readonly()) {
        return Err(SaveError::ReadOnly {
            path: path.to_path_buf(),
        });
    }

    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "study.yaml".into());
    let (mut file, temp) = create_temp(&dir, &name)
        .map_err(|e| SaveError::io(path, "cannot create a temporary file beside it", e))?;

    let result = (|| {
        if let Some(meta) = &meta {
            // Keep the permissions the file had; a rename would otherwise reset them.
            let _ = file.set_permissions(meta.permissions());
        }
        file.write_all(bytes)
            .and_then(|_| file.flush())
            .map_err(|e| SaveError::io(path, "cannot write the temporary file", e))?;
        file.sync_all()
            .map_err(|e| SaveError::io(path, "cannot flush the temporary file to disk", e))?;
        drop(file);
        let expected = match overwrite {
            Overwrite::IfUnchanged(d) => Expect::Same(d),
            Overwrite::OnlyNew => Expect::Nothing,
            Overwrite::Force => Expect::Anything,
        };
        let replaced = replace_checked(&temp, &target, expected, keep_backup)
            .map_err(|(action, e)| SaveError::io(path, action, e))?;
        match replaced {
            Replaced::Done => {}
            Replaced::Changed => {
                return Err(SaveError::ChangedOnDisk {
                    path: path.to_path_buf(),
                })
            }
            Replaced::Created => {
                return Err(SaveError::AlreadyExists {
                    path: path.to_path_buf(),
                })
            }
        }
        sync_dir(&dir).map_err(|e| SaveError::io(path, "cannot flush the folder to disk", e))?;
        Ok(())
    })();
    let _ = fs::remove_file(&temp);
    result
}

/// The file a save replaces, for the compare and the `.bak`: only a regular file, and
/// never more of it than any file cdstudy writes could hold (a path that leads to a
/// device or a pipe would otherwise be read for ever).
fn read_current(target: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    const LIMIT: u64 = 256 * 1024 * 1024;
    let meta = fs::metadata(target)?;
    if !meta.is_file() {
        return Err(std::io::Error::other(
            "it is not a regular file (a folder, a device or a pipe)",
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(LIMIT) as usize);
    File::open(target)?
        .take(LIMIT + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > LIMIT {
        return Err(std::io::Error::other(
            "it is larger than any study or document",
        ));
    }
    Ok(bytes)
}

/// A new temporary file beside the study, `.NAME.cdstudy-tmp-PID-N`. This process never
/// gave out the name before, so a file already there was left by an earlier process with
/// the same id (ids are reused): it is removed and the name used.
fn create_temp(dir: &Path, name: &str) -> std::io::Result<(File, PathBuf)> {
    let temp = dir.join(format!(
        ".{name}{TEMP_MARK}{}-{}",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let create = || OpenOptions::new().write(true).create_new(true).open(&temp);
    let file = match create() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let _ = fs::remove_file(&temp);
            create()?
        }
        other => other?,
    };
    Ok((file, temp))
}

const TEMP_MARK: &str = ".cdstudy-tmp-";
const BAK_TEMP_MARK: &str = ".bak.tmp-";

/// What the file being replaced must be.
#[derive(Clone, Copy)]
enum Expect<'a> {
    Same(&'a DiskState),
    Nothing,
    Anything,
}

enum Replaced {
    /// The new file is in place (and the old one in `.bak`, if asked for).
    Done,
    /// The file changed since it was read: it is back as it was, nothing replaced.
    Changed,
    /// A file appeared where there was none: left alone.
    Created,
}

const REPLACE: &str = "cannot replace the file";
const BACKUP: &str = "cannot keep the previous version as .bak";

/// Puts `temp` in place of `target`, comparing what it replaces in the same step, so that
/// a write by another program (a git pull) just before the rename is never lost. On Linux
/// the two files are exchanged atomically and the one taken out is compared: if it is not
/// the expected version, they are exchanged back. Elsewhere the file is read again right
/// before the rename, which leaves a window of microseconds instead of the whole save.
/// The `.bak` is written from the very version replaced; if it cannot be, nothing is.
fn replace_checked(
    temp: &Path,
    target: &Path,
    expected: Expect,
    keep_backup: bool,
) -> Result<Replaced, (&'static str, std::io::Error)> {
    let replace = |e| (REPLACE, e);
    let backup = |e| (BACKUP, e);
    match expected {
        Expect::Anything => {
            if keep_backup {
                if let Ok(old) = read_current(target) {
                    write_backup(target, &old).map_err(backup)?;
                }
            }
            fs::rename(temp, target).map_err(replace)?;
            Ok(Replaced::Done)
        }
        Expect::Nothing => match rename_noreplace(temp, target) {
            Ok(()) => Ok(Replaced::Done),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(Replaced::Created),
            Err(e) => Err(replace(e)),
        },
        Expect::Same(state) => match exchange(temp, target) {
            Ok(true) => {
                // `temp` now holds what was the study.
                let old = match read_current(temp) {
                    Ok(b) => b,
                    Err(e) => {
                        let _ = exchange(temp, target);
                        return Err(replace(e));
                    }
                };
                if DiskState::of_bytes(&old) != *state {
                    exchange(temp, target).map_err(replace)?;
                    return Ok(Replaced::Changed);
                }
                if keep_backup {
                    if let Err(e) = write_backup(target, &old) {
                        exchange(temp, target).map_err(replace)?;
                        return Err(backup(e));
                    }
                }
                Ok(Replaced::Done)
            }
            Ok(false) => {
                let old = match read_current(target) {
                    Ok(b) => b,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        return Ok(Replaced::Changed)
                    }
                    Err(e) => return Err(replace(e)),
                };
                if DiskState::of_bytes(&old) != *state {
                    return Ok(Replaced::Changed);
                }
                if keep_backup {
                    write_backup(target, &old).map_err(backup)?;
                }
                fs::rename(temp, target).map_err(replace)?;
                Ok(Replaced::Done)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Replaced::Changed),
            Err(e) => Err(replace(e)),
        },
    }
}

/// Exchanges two files atomically; `Ok(false)` where the system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use std::os::unix::ffi::OsStrExt;
    let (Ok(a), Ok(b)) = (
        std::ffi::CString::new(a.as_os_str().as_bytes()),
        std::ffi::CString::new(b.as_os_str().as_bytes()),
    ) else {
        return Ok(false);
    };
    // SAFETY: two valid NUL-terminated paths, relative to the current folder.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        return Ok(true);
    }
    let e = std::io::Error::last_os_error();
    match e.raw_os_error() {
        // Not supported by this kernel or file system: fall back to compare-then-rename.
        Some(libc::EINVAL) | Some(libc::ENOSYS) | Some(libc::EOPNOTSUPP) => Ok(false),
        _ => Err(e),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<bool> {
    Ok(false)
}

/// Renames `temp` to `target` only if `target` does not exist.
fn rename_noreplace(temp: &Path, target: &Path) -> std::io::Result<()> {
    // A hard link fails if the name is taken, atomically; the temporary then goes.
    match fs::hard_link(temp, target) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        // A file system without hard links: check, then rename.
        Err(_) if !target.exists() => fs::rename(temp, target),
        Err(_) => Err(std::io::ErrorKind::AlreadyExists.into()),
    }
}

/// Removes temporary files of earlier saves of `target` that were killed halfway: only
/// names cdstudy makes (`.NAME.cdstudy-tmp-PID-N`, `NAME.bak.tmp-PID`, and those of the
/// draft and lock notes beside it), and only when their process is gone or they are
/// older than any save takes. A person's own files never match.
pub fn clean_stale_temporaries(target: &Path) {
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    let prefixes = [
        format!(".{name}{TEMP_MARK}"),
        format!("..{name}.cdstudy-draft{TEMP_MARK}"),
        format!("..{name}.cdstudy-lock{TEMP_MARK}"),
        format!("{name}{BAK_TEMP_MARK}"),
    ];
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = prefixes.iter().find_map(|p| file.strip_prefix(p.as_str())) else {
            continue;
        };
        // PID-N or PID, digits only: anything else is not ours.
        let mut parts = rest.splitn(2, '-');
        let pid = parts.next().and_then(|p| p.parse::<u32>().ok());
        let counter_ok = parts.next().is_none_or(|n| n.parse::<u32>().is_ok());
        let (Some(pid), true) = (pid, counter_ok) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.is_file() {
            continue;
        }
        let age = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .unwrap_or_default();
        let gone = pid != std::process::id() && !super::lock::process_alive(pid);
        if (gone && age > Duration::from_secs(2)) || age > Duration::from_secs(600) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// An exclusive advisory lock on a folder while one save runs (flock; released when
/// dropped). Where it cannot be taken (no such call, an odd file system) the save goes on:
/// the exchange still guards against lost writes.
struct FolderLock(#[allow(dead_code)] Option<File>);

impl FolderLock {
    #[cfg(unix)]
    fn take(dir: &Path) -> FolderLock {
        use std::os::fd::AsRawFd;
        let Ok(f) = File::open(dir) else {
            return FolderLock(None);
        };
        // A save holds it for milliseconds; one that waits longer than a few seconds goes
        // on without it rather than hang the terminal UI behind a stuck process.
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        loop {
            // SAFETY: flock on a descriptor we own; it is released when the file closes.
            if unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
                return FolderLock(Some(f));
            }
            if std::time::Instant::now() >= deadline {
                return FolderLock(None);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[cfg(not(unix))]
    fn take(_dir: &Path) -> FolderLock {
        FolderLock(None)
    }
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

/// Flushes a folder's entries (a rename into it) to disk.
#[cfg(unix)]
pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
pub(crate) fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    // Windows has no directory fsync; rename there is already write-through enough.
    Ok(())
}
