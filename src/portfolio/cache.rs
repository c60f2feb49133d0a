//! The portfolio's cache: each study's computed row, kept in a folder under the key of the
//! file's content (XXH3-128 of its bytes) and of everything else the row depends on (the
//! program's version, the scheme rules, the day: `check` and the monitoring figures read
//! the date). A warm run with nothing changed reads each row without reading the study
//! files: a stat index (one file in the folder, as git's index) remembers each file's
//! content hash with its size, inode, and modification and change times, and a file whose
//! metadata is exactly as recorded is not read again. Only files that had settled (not
//! touched in the two seconds before they were hashed) are recorded, so a write in the
//! same instant as a run cannot hide behind an unchanged time; any other change of the
//! file changes its change time, which no program can set back.
//!
//! The folder is `$XDG_CACHE_HOME/cdstudy/portfolio`, else `~/.cache/cdstudy/portfolio`;
//! deleting it is always safe (the next run is cold). Rows of files that no longer exist
//! stay until it is deleted. A row that cannot be written is simply not cached.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_128;

use super::row::StudyRow;

/// Bumped whenever [`StudyRow`] or its computation changes, so old rows are never read.
const FORMAT: &str = "portfolio-row/2";

/// The stat index's file in the cache folder.
const INDEX: &str = "stat-index-1.json";

/// A file's metadata as the stat index compares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Stat {
    len: u64,
    inode: u64,
    device: u64,
    modified_ns: i128,
    changed_ns: i128,
}

impl Stat {
    #[cfg(unix)]
    fn of(meta: &std::fs::Metadata) -> Option<Stat> {
        use std::os::unix::fs::MetadataExt;
        let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
        Some(Stat {
            len: meta.len(),
            inode: meta.ino(),
            device: meta.dev(),
            modified_ns: ns(meta.mtime(), meta.mtime_nsec()),
            changed_ns: ns(meta.ctime(), meta.ctime_nsec()),
        })
    }

    /// Without a change time the index could be fooled by a reset modification time.
    #[cfg(not(unix))]
    fn of(_meta: &std::fs::Metadata) -> Option<Stat> {
        None
    }
}

/// One file in the stat index: its metadata and the XXH3-128 of its bytes (hex).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Seen {
    stat: Stat,
    content: String,
}

#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    context: u128,
    index: Mutex<Index>,
}

#[derive(Debug, Default)]
struct Index {
    files: HashMap<String, Seen>,
    changed: bool,
}

/// A file not touched for this long before it was hashed has settled.
const SETTLED_NS: i128 = 2_000_000_000;

impl Cache {
    /// The default folder, from the environment; `None` when there is no home to put it.
    pub fn default_dir() -> Option<PathBuf> {
        let base = match std::env::var_os("XDG_CACHE_HOME") {
            Some(x) if !x.is_empty() => PathBuf::from(x),
            _ => PathBuf::from(std::env::var_os("HOME")?).join(".cache"),
        };
        Some(base.join("cdstudy").join("portfolio"))
    }

    /// A cache in `dir` for rows computed under `context` (the scheme rules' and the
    /// day's fingerprint, with the program's version added here).
    pub fn new(dir: PathBuf, context: &[u8]) -> Cache {
        let mut all = Vec::with_capacity(context.len() + 64);
        all.extend_from_slice(FORMAT.as_bytes());
        all.push(0);
        all.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
        all.push(0);
        all.extend_from_slice(context);
        let files = std::fs::read(dir.join(INDEX))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Cache {
            dir,
            context: xxh3_128(&all),
            index: Mutex::new(Index {
                files,
                changed: false,
            }),
        }
    }

    /// The content hash of `file` as the stat index recorded it, if its metadata (taken
    /// before reading it) is exactly as it was then.
    pub fn known_content(&self, file: &Path, meta: &std::fs::Metadata) -> Option<u128> {
        let stat = Stat::of(meta)?;
        let index = self.index.lock().ok()?;
        let seen = index.files.get(file.to_string_lossy().as_ref())?;
        if seen.stat != stat {
            return None;
        }
        u128::from_str_radix(&seen.content, 16).ok()
    }

    /// Records that `file`, with the metadata taken before its bytes were read, holds
    /// bytes of hash `content`; a file touched in the last two seconds is not recorded.
    pub fn note(&self, file: &Path, meta: &std::fs::Metadata, content: u128) {
        let Some(stat) = Stat::of(meta) else {
            return;
        };
        let now = match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => d.as_nanos() as i128,
            Err(_) => return,
        };
        if now - stat.modified_ns.max(stat.changed_ns) < SETTLED_NS {
            return;
        }
        let seen = Seen {
            stat,
            content: format!("{content:032x}"),
        };
        if let Ok(mut index) = self.index.lock() {
            let name = file.to_string_lossy().into_owned();
            if index.files.get(&name) != Some(&seen) {
                index.files.insert(name, seen);
                index.changed = true;
            }
        }
    }

    /// Writes the stat index back if the run changed it (whole, to a temporary file that
    /// is renamed). Whether it worked does not matter to the run.
    pub fn save_index(&self) {
        let Ok(index) = self.index.lock() else {
            return;
        };
        if !index.changed || std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        let Ok(bytes) = serde_json::to_vec(&index.files) else {
            return;
        };
        let tmp = self
            .dir
            .join(format!(".{INDEX}.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, bytes).is_err()
            || std::fs::rename(&tmp, self.dir.join(INDEX)).is_err()
        {
            let _ = std::fs::remove_file(&tmp);
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The hash of a file's bytes, as the stat index keeps it.
    pub fn content(bytes: &[u8]) -> u128 {
        xxh3_128(bytes)
    }

    /// The key of a file's bytes under this cache's context.
    pub fn key(&self, bytes: &[u8]) -> String {
        self.key_of(xxh3_128(bytes))
    }

    /// The key of a file whose bytes hash to `content`.
    pub fn key_of(&self, content: u128) -> String {
        let mut both = [0u8; 32];
        both[..16].copy_from_slice(&self.context.to_le_bytes());
        both[16..].copy_from_slice(&content.to_le_bytes());
        format!("{:032x}", xxh3_128(&both))
    }

    fn path(&self, key: &str) -> PathBuf {
        // Two letters of the key per subfolder keep any one folder small.
        let (head, _) = key.split_at(2.min(key.len()));
        self.dir.join(head).join(format!("{key}.json"))
    }

    /// The row kept under `key`, if any and readable.
    pub fn get(&self, key: &str) -> Option<StudyRow> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Keeps `row` under `key`, written whole to a temporary file and renamed, so a reader
    /// never sees half a row. Whether it worked does not matter to the run.
    pub fn put(&self, key: &str, row: &StudyRow) -> bool {
        let path = self.path(key);
        let Some(parent) = path.parent() else {
            return false;
        };
        if std::fs::create_dir_all(parent).is_err() {
            return false;
        }
        let Ok(bytes) = serde_json::to_vec(row) else {
            return false;
        };
        let tmp = parent.join(format!(
            ".{key}.{}.{:?}.tmp",
            std::process::id(),
            std::thread::current().id()
        ));
        if std::fs::write(&tmp, bytes).is_err() {
            let _ = std::fs::remove_file(&tmp);
            return false;
        }
        if std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
            return false;
        }
        true
    }
}
