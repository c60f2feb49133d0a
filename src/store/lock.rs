//! The note that a study is open in a cdstudy (Vim's swap file as a lock): a second
//! cdstudy on the same file is warned before two people's edits collide. The note is only
//! a warning; what keeps a save from overwriting someone else's change is the `DiskState`
//! guard of every save.
//!
//! The note, `.NAME.cdstudy-lock` beside the study, holds the process id, the host and
//! when it was opened. A note left by a process that is gone (a crash, a killed terminal)
//! is stale and taken over without fuss.

use std::fs::OpenOptions;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::save::replace_atomic;

/// Who holds a study open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub pid: u32,
    pub host: String,
    /// Local time the study was opened, "2026-11-23 09:41".
    pub since: String,
}

impl Holder {
    fn me() -> Holder {
        Holder {
            pid: std::process::id(),
            host: host_name(),
            since: chrono::Local::now().format("%Y-%m-%d %H:%M").to_string(),
        }
    }

    /// Whether the holder may still be running. A process on another host cannot be
    /// seen from here, so it counts as alive.
    fn may_be_alive(&self) -> bool {
        if self.host != host_name() {
            return true;
        }
        if self.pid == std::process::id() {
            // Our own id in an old note: the process that wrote it is gone (ids are reused).
            return false;
        }
        process_exists(self.pid)
    }
}

/// A study held open by this process. Dropping it removes the note, if it is still ours.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    me: Holder,
}

/// What `acquire` found.
#[derive(Debug)]
pub enum Acquired {
    /// The study was free (or its note was stale); it is now held by us.
    Held(Lock),
    /// Another cdstudy that may still be running holds it.
    Busy(Holder),
}

/// Where the note for `study` is kept.
pub fn lock_path(study: &Path) -> PathBuf {
    let name = study
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "study.yaml".into());
    study.with_file_name(format!(".{name}.cdstudy-lock"))
}

/// Holds `study` open, unless another live cdstudy does.
pub fn acquire(study: &Path) -> io::Result<Acquired> {
    let path = lock_path(study);
    let me = Holder::me();
    let text = serde_json::to_string(&me).map_err(io::Error::other)?;
    match OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(mut f) => {
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            return Ok(Acquired::Held(Lock { path, me }));
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    match read_holder(&path) {
        Some(holder) if holder.may_be_alive() => Ok(Acquired::Busy(holder)),
        // Stale or unreadable: the note of a process that is gone.
        _ => take_over(study),
    }
}

/// Holds `study` open even though another cdstudy may have it (the person said so).
pub fn take_over(study: &Path) -> io::Result<Acquired> {
    let path = lock_path(study);
    let me = Holder::me();
    let text = serde_json::to_string(&me).map_err(io::Error::other)?;
    replace_atomic(&path, text.as_bytes()).map_err(io::Error::other)?;
    Ok(Acquired::Held(Lock { path, me }))
}

impl Lock {
    /// Moves the note to another study file (after "save under another name").
    pub fn move_to(self, study: &Path) -> io::Result<Acquired> {
        drop(self);
        acquire(study)
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Another cdstudy may have taken the study over ("open anyway"); its note stays.
        if read_holder(&self.path).is_some_and(|h| h == self.me) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

fn read_holder(path: &Path) -> Option<Holder> {
    // A note is a line of JSON; never read more than a note could be (a link to a device).
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > 4096 {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(4096)
        .read_to_end(&mut bytes)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn host_name() -> String {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_default()
}

/// Whether a process of this host with id `pid` is running (not a zombie).
pub(crate) fn process_alive(pid: u32) -> bool {
    process_exists(pid)
}

#[cfg(target_os = "linux")]
fn process_exists(pid: u32) -> bool {
    // A killed process stays a zombie until its parent reaps it: gone all the same.
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_none_or(|state| state != "Z" && state != "X"),
        Err(_) => false,
    }
}

#[cfg(all(unix, not(target_os = "linux")))]
fn process_exists(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only asks whether the process exists; nothing is sent.
    let answered = unsafe { libc::kill(pid, 0) } == 0;
    // EPERM: it exists, but belongs to someone else.
    answered || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_exists(_pid: u32) -> bool {
    // No way to ask here; err on the side of warning.
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn a_second_open_is_warned_and_the_note_goes_with_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let study = dir.path().join("guna.yaml");
        let Acquired::Held(first) = acquire(&study).unwrap() else {
            panic!("a free study was not acquired");
        };
        assert!(lock_path(&study).exists());
        // A note naming a live process of this host (the test runner's parent is alive).
        let other = Holder {
            pid: std::os::unix::process::parent_id(),
            host: host_name(),
            since: "2026-11-23 09:41".into(),
        };
        std::fs::write(lock_path(&study), serde_json::to_string(&other).unwrap()).unwrap();
        match acquire(&study).unwrap() {
            Acquired::Busy(h) => assert_eq!(h, other),
            Acquired::Held(_) => panic!("a held study was acquired twice"),
        }
        // The first lock no longer owns the note, so dropping it leaves the note alone.
        drop(first);
        assert!(lock_path(&study).exists());
    }

    #[test]
    fn a_stale_note_is_taken_over_and_removed_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let study = dir.path().join("guna.yaml");
        let gone = Holder {
            pid: u32::MAX - 7,
            host: host_name(),
            since: "2026-11-20 18:00".into(),
        };
        std::fs::write(lock_path(&study), serde_json::to_string(&gone).unwrap()).unwrap();
        let Acquired::Held(lock) = acquire(&study).unwrap() else {
            panic!("a stale note blocked the study");
        };
        drop(lock);
        assert!(!lock_path(&study).exists());
    }
}
