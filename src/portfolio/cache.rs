//! The portfolio's cache: each study's computed row, kept in a folder under the key of the
//! file's content (XXH3-128 of its bytes) and of everything else the row depends on (the
//! program's version, the scheme rules, the day: `check` and the monitoring figures read
//! the date). A warm run with nothing changed hashes each file and reads its row.
//!
//! The folder is `$XDG_CACHE_HOME/cdstudy/portfolio`, else `~/.cache/cdstudy/portfolio`;
//! deleting it is always safe (the next run is cold). Rows of files that no longer exist
//! stay until it is deleted. A row that cannot be written is simply not cached.

use std::path::{Path, PathBuf};

use xxhash_rust::xxh3::xxh3_128;

use super::row::StudyRow;

/// Bumped whenever [`StudyRow`] or its computation changes, so old rows are never read.
const FORMAT: &str = "portfolio-row/2";

#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    context: u128,
}

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
        Cache {
            dir,
            context: xxh3_128(&all),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of a file's bytes under this cache's context.
    pub fn key(&self, bytes: &[u8]) -> String {
        let content = xxh3_128(bytes);
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
