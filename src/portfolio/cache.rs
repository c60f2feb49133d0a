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
//! The rows are kept in one pack file (`rows-1.pack`): its table (each row's key, place,
//! length and hash) is read when the cache is opened, and each row read from it when it is
//! wanted, on the worker that wants it. A new pack is written at most once per run, and
//! only when the run changed it: to a temporary file (each computed row appended as it
//! comes, the rows kept from the old pack, the table and the header at the end), flushed to
//! the disk, renamed over the old pack, and the folder flushed, as a save of a study is.
//! Two runs at the same time each write their own temporary file and the last rename wins;
//! a reader keeps the pack it opened whole. A pack that is truncated, torn, of another
//! format or of another context (another day, other scheme rules) fails its header, its
//! length or its table's checksum and is taken as empty; a row whose bytes do not match
//! their hash is not read (computed again, and written again). A rewrite keeps the rows
//! this run used, and of the rest only the rows of files outside the paths this run walked
//! that still exist, so rows of removed or edited files are dropped and the pack stays the
//! size of the studies it serves.
//!
//! The folder is `$XDG_CACHE_HOME/cdstudy/portfolio`, else `~/.cache/cdstudy/portfolio`;
//! deleting it is always safe (the next run is cold). The one-file-per-row folders of the
//! earlier format are removed when a pack is written. A pack that cannot be written is
//! simply not kept: the run's figures never depend on the cache.

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, RwLock};

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

use super::row::StudyRow;

/// Bumped whenever [`StudyRow`] or its computation changes, so old rows are never read.
const FORMAT: &str = "portfolio-row/2";

/// The stat index's file in the cache folder.
const INDEX: &str = "stat-index-1.json";

/// The pack of rows in the cache folder.
const PACK: &str = "rows-1.pack";

/// The first bytes of a pack: its layout's version. Then the context (u128), the length of
/// the table and of the rows (u64 each), and the XXH3-128 of the table, all little-endian;
/// then the rows (each the JSON of a [`StudyRow`]), then the table (JSON: each row's key,
/// place among the rows, length, XXH3-64 and files). The rows go first so that a run
/// writes each as it is computed; the table and header are written last.
const MAGIC: &[u8; 16] = b"cdstudy-pack-1\n\0";
const HEADER: usize = 16 + 16 + 8 + 8 + 16;

/// A temporary file older than this was left by a run that was killed: removed.
const STALE_TEMP_SECS: u64 = 3600;

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

/// One row in a pack's table: its key, where its bytes are among the rows, and the files
/// (absolute paths) it was last the row of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Packed {
    #[serde(rename = "k")]
    key: String,
    #[serde(rename = "at")]
    at: u64,
    #[serde(rename = "n")]
    len: u64,
    #[serde(rename = "h")]
    hash: u64,
    #[serde(rename = "f")]
    files: Vec<String>,
}

/// The pack as opened: its file (read row by row) and its table by key.
#[derive(Debug, Default)]
struct Pack {
    file: Option<File>,
    /// Where the rows start in the file.
    base: u64,
    table: HashMap<String, Packed>,
}

impl Pack {
    /// The bytes of row `p` into `buf`, if they read and match their hash.
    fn read(&self, p: &Packed, buf: &mut Vec<u8>) -> Option<()> {
        let file = self.file.as_ref()?;
        buf.clear();
        buf.resize(usize::try_from(p.len).ok()?, 0);
        read_at(file, buf, self.base.checked_add(p.at)?).ok()?;
        (xxh3_64(buf) == p.hash).then_some(())
    }
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, at)
}

#[cfg(not(unix))]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> std::io::Result<()> {
    use std::io::{Seek, SeekFrom};
    // Without positioned reads, a clone of the handle shares the position: one at a time.
    static ONE: Mutex<()> = Mutex::new(());
    let _one = ONE.lock();
    let mut f = file.try_clone()?;
    f.seek(SeekFrom::Start(at))?;
    f.read_exact(buf)
}

/// A row this run used: the files it was the row of, and where it is in the next pack's
/// temporary file if it was computed now (else it is in the pack read, and copied from
/// there when a new pack is written).
#[derive(Debug, Default)]
struct Used {
    files: Vec<String>,
    new: Option<NewRow>,
}

/// A row computed this run, as written to the next pack: its place among the rows, its
/// length and its XXH3-64.
#[derive(Debug, Clone, Copy)]
struct NewRow {
    at: u64,
    len: u64,
    hash: u64,
}

/// The next pack while this run writes it: its temporary file, to which computed rows are
/// appended as they come (so that they are not all held in memory), the header left zero
/// until the end; or not started yet, or given up (the run goes on without it).
#[derive(Debug, Default)]
enum Writing {
    #[default]
    NotYet,
    Open {
        temp: PathBuf,
        out: std::io::BufWriter<File>,
        /// The bytes of rows written so far.
        len: u64,
    },
    Failed,
}

#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    context: u128,
    /// Where relative paths are, for the absolute paths the pack records.
    cwd: PathBuf,
    index: Mutex<Index>,
    pack: RwLock<Pack>,
    used: Mutex<HashMap<String, Used>>,
    writing: Mutex<Writing>,
}

impl Drop for Cache {
    /// A pack started and never finished (no [`Cache::save`]) leaves no temporary file.
    fn drop(&mut self) {
        if let Ok(Writing::Open { temp, .. }) = self.writing.get_mut() {
            let _ = std::fs::remove_file(temp);
        }
    }
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
    /// day's fingerprint, with the program's version added here). Reads the stat index
    /// and the pack; either, if missing or unreadable, is taken as empty.
    pub fn new(dir: PathBuf, context: &[u8]) -> Cache {
        let mut all = Vec::with_capacity(context.len() + 64);
        all.extend_from_slice(FORMAT.as_bytes());
        all.push(0);
        all.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
        all.push(0);
        all.extend_from_slice(context);
        let context = xxh3_128(&all);
        let files = std::fs::read(dir.join(INDEX))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        let pack = read_pack(&dir.join(PACK), context).unwrap_or_default();
        Cache {
            dir,
            context,
            cwd: std::env::current_dir().unwrap_or_default(),
            index: Mutex::new(Index {
                files,
                changed: false,
            }),
            pack: RwLock::new(pack),
            used: Mutex::new(HashMap::new()),
            writing: Mutex::new(Writing::NotYet),
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

    fn absolute(&self, file: &Path) -> String {
        if file.is_absolute() {
            file.to_string_lossy().into_owned()
        } else {
            self.cwd.join(file).to_string_lossy().into_owned()
        }
    }

    /// Notes that this run used the row under `key` for `file` (with where it was written
    /// when it was computed now), so the next pack keeps it.
    fn use_row(&self, key: &str, file: &Path, new: Option<NewRow>) {
        let name = self.absolute(file);
        if let Ok(mut used) = self.used.lock() {
            let u = used.entry(key.to_string()).or_default();
            if !u.files.contains(&name) {
                u.files.push(name);
            }
            if new.is_some() {
                u.new = new;
            }
        }
    }

    /// The row kept under `key`, if the pack has it and it reads, used for `file`.
    pub fn get(&self, key: &str, file: &Path) -> Option<StudyRow> {
        let row = ROW_BUFFER.with(|buf| {
            let mut buf = buf.try_borrow_mut().ok()?;
            let pack = self.pack.read().ok()?;
            pack.read(pack.table.get(key)?, &mut buf)?;
            serde_json::from_slice(&buf).ok()
        })?;
        self.use_row(key, file, None);
        Some(row)
    }

    /// Keeps `row`, computed for `file`, under `key` for the pack this run writes.
    /// Whether it is ever written does not matter to the run.
    pub fn put(&self, key: &str, file: &Path, row: &StudyRow) -> bool {
        let Ok(bytes) = serde_json::to_vec(row) else {
            return false;
        };
        let hash = xxh3_64(&bytes);
        let Some(at) = self.append(&bytes) else {
            return false;
        };
        let len = bytes.len() as u64;
        self.use_row(key, file, Some(NewRow { at, len, hash }));
        true
    }

    /// Appends a row's bytes to the next pack's temporary file (started on the first row):
    /// where among the rows they are, or `None` once writing has failed.
    fn append(&self, bytes: &[u8]) -> Option<u64> {
        let mut writing = self.writing.lock().ok()?;
        if matches!(*writing, Writing::NotYet) {
            *writing = self.start();
        }
        let Writing::Open { temp, out, len } = &mut *writing else {
            return None;
        };
        if out.write_all(bytes).is_err() {
            let _ = std::fs::remove_file(temp);
            *writing = Writing::Failed;
            return None;
        }
        let at = *len;
        *len += bytes.len() as u64;
        Some(at)
    }

    /// A new temporary file for the next pack, its header zero for now.
    fn start(&self) -> Writing {
        if std::fs::create_dir_all(&self.dir).is_err() {
            return Writing::Failed;
        }
        let temp = temp_path(&self.dir, PACK);
        let opened = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map(|f| std::io::BufWriter::with_capacity(1 << 20, f))
            .and_then(|mut out| out.write_all(&[0u8; HEADER]).map(|_| out));
        match opened {
            Ok(out) => Writing::Open { temp, out, len: 0 },
            Err(_) => {
                let _ = std::fs::remove_file(&temp);
                Writing::Failed
            }
        }
    }

    /// After a run over `roots` that found `files`: writes the stat index and the pack if
    /// the run changed them, dropping what belongs to files under `roots` the run did not
    /// find (or whose content changed) and to files elsewhere that no longer exist. Whether
    /// it worked does not matter to the run.
    pub fn save(&self, roots: &[PathBuf], files: &[PathBuf]) {
        let index = self.prune_index(roots, files);
        let used = match self.used.lock() {
            Ok(mut u) => std::mem::take(&mut *u),
            Err(_) => return,
        };
        let mut writing = match self.writing.lock() {
            Ok(mut w) => std::mem::take(&mut *w),
            Err(_) => return,
        };
        let Ok(pack) = self.pack.read() else {
            return;
        };
        let next = self.next_pack(&pack, used, roots);
        if next.is_some() && matches!(writing, Writing::NotYet) {
            // Only rows dropped or moved: a pack to write all the same.
            writing = self.start();
        }
        let mut wrote = false;
        if let Some(bytes) = index {
            if std::fs::create_dir_all(&self.dir).is_ok() {
                wrote |= write_atomic(&self.dir, INDEX, |f| f.write_all(&bytes)).is_ok();
            }
        }
        match (next, writing) {
            (Some(rows), Writing::Open { temp, out, len }) => {
                let done = self.finish(&pack, rows, out, len, &temp);
                if done.is_err() {
                    let _ = std::fs::remove_file(&temp);
                }
                wrote |= done.is_ok();
            }
            (None, Writing::Open { temp, .. }) => {
                let _ = std::fs::remove_file(&temp);
            }
            _ => {}
        }
        drop(pack);
        if wrote {
            let _ = crate::store::sync_dir(&self.dir);
            clean(&self.dir);
            // The next run of this cache (a benchmark's) reads the pack as it now is.
            if let Ok(mut pack) = self.pack.write() {
                *pack = read_pack(&self.dir.join(PACK), self.context).unwrap_or_default();
            }
        }
    }

    /// The stat index's bytes if it is to be written: entries of files under `roots` that
    /// were not found this run are dropped, and when writing, entries elsewhere whose file
    /// is gone.
    fn prune_index(&self, roots: &[PathBuf], files: &[PathBuf]) -> Option<Vec<u8>> {
        let mut index = self.index.lock().ok()?;
        let found: HashSet<String> = files
            .iter()
            .map(|f| f.to_string_lossy().into_owned())
            .collect();
        let before = index.files.len();
        index.files.retain(|name, _| {
            let p = Path::new(name);
            !roots.iter().any(|r| p.starts_with(r)) || found.contains(name)
        });
        if index.files.len() != before {
            index.changed = true;
        }
        if !index.changed {
            return None;
        }
        index.files.retain(|name, _| {
            let p = Path::new(name);
            roots.iter().any(|r| p.starts_with(r)) || p.exists()
        });
        index.changed = false;
        serde_json::to_vec(&index.files).ok()
    }

    /// The next pack if this run changed it: the rows this run used (with the files they
    /// were used for, and those found elsewhere before that still exist) and the rows of
    /// files elsewhere that still exist.
    fn next_pack(
        &self,
        pack: &Pack,
        used: HashMap<String, Used>,
        roots: &[PathBuf],
    ) -> Option<Vec<(Packed, Source)>> {
        let roots: Vec<PathBuf> = roots
            .iter()
            .map(|r| PathBuf::from(self.absolute(r)))
            .collect();
        // Of a row's files, those other runs' paths found that are still there.
        let elsewhere = |files: &[String]| -> Vec<String> {
            files
                .iter()
                .filter(|f| {
                    let p = Path::new(f.as_str());
                    !roots.iter().any(|r| p.starts_with(r)) && p.exists()
                })
                .cloned()
                .collect()
        };
        let mut changed = false;
        let mut rows: Vec<(Packed, Source)> = Vec::with_capacity(used.len().max(pack.table.len()));
        for (key, old) in &pack.table {
            if used.contains_key(key) {
                continue;
            }
            let files = elsewhere(&old.files);
            if files != old.files {
                changed = true;
            }
            if !files.is_empty() {
                rows.push((packed(key, files, old.len, old.hash), Source::Old(old.at)));
            }
        }
        for (key, u) in used {
            let old = pack.table.get(&key);
            let mut files = u.files;
            if let Some(old) = old {
                files.extend(elsewhere(&old.files));
            }
            files.sort();
            files.dedup();
            if old.is_none_or(|o| o.files != files) {
                changed = true;
            }
            let (entry, source) = match (u.new, old) {
                (Some(n), _) => {
                    changed = true;
                    let mut entry = packed(&key, files, n.len, n.hash);
                    entry.at = n.at;
                    (entry, Source::New)
                }
                (None, Some(old)) => (packed(&key, files, old.len, old.hash), Source::Old(old.at)),
                (None, None) => continue,
            };
            rows.push((entry, source));
        }
        if !changed {
            return None;
        }
        rows.sort_by(|a, b| a.0.key.cmp(&b.0.key));
        Some(rows)
    }

    /// Finishes the next pack in `temp`, whose rows so far are the `len` bytes written to
    /// `out`: the old rows it keeps copied from `old` (checked against their hash again),
    /// the table, the header, then flushed to the disk and renamed over the pack.
    fn finish(
        &self,
        old: &Pack,
        rows: Vec<(Packed, Source)>,
        mut out: std::io::BufWriter<File>,
        mut len: u64,
        temp: &Path,
    ) -> std::io::Result<()> {
        let mut buf = Vec::new();
        let mut table = Vec::with_capacity(rows.len());
        for (mut p, source) in rows {
            if let Source::Old(at) = source {
                let was = Packed { at, ..p.clone() };
                if old.read(&was, &mut buf).is_none() {
                    // Torn since it was read: zeros, which fail the hash and are not read,
                    // rather than no pack at all.
                    buf.clear();
                    buf.resize(usize::try_from(p.len).unwrap_or(0), 0);
                }
                out.write_all(&buf)?;
                p.at = len;
                len += buf.len() as u64;
            }
            table.push(p);
        }
        let table = serde_json::to_vec(&table).map_err(std::io::Error::other)?;
        out.write_all(&table)?;
        let mut f = out.into_inner().map_err(|e| e.into_error())?;
        f.seek(SeekFrom::Start(0))?;
        f.write_all(&header(self.context, &table, len))?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(temp, self.dir.join(PACK))
    }
}

/// Where a row of the next pack comes from.
enum Source {
    /// Computed this run: already in the temporary file.
    New,
    /// In the pack read: where.
    Old(u64),
}

thread_local! {
    /// Each worker's buffer for the row it reads from the pack.
    static ROW_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn packed(key: &str, files: Vec<String>, len: u64, hash: u64) -> Packed {
    Packed {
        key: key.to_string(),
        at: 0,
        len,
        hash,
        files,
    }
}

fn header(context: u128, table: &[u8], rows_len: u64) -> Vec<u8> {
    let mut h = Vec::with_capacity(HEADER);
    h.extend_from_slice(MAGIC);
    h.extend_from_slice(&context.to_le_bytes());
    h.extend_from_slice(&(table.len() as u64).to_le_bytes());
    h.extend_from_slice(&rows_len.to_le_bytes());
    h.extend_from_slice(&xxh3_128(table).to_le_bytes());
    h
}

/// The pack at `path` if its header, length and table are whole, of this layout and of
/// this `context`; `None` for a missing, truncated, torn or foreign file (read no further
/// than its header then). Each row is checked against its hash when it is read.
fn read_pack(path: &Path, context: u128) -> Option<Pack> {
    let mut file = File::open(path).ok()?;
    let mut head = [0u8; HEADER];
    file.read_exact(&mut head).ok()?;
    let word = |at: usize| -> Option<u64> {
        Some(u64::from_le_bytes(head.get(at..at + 8)?.try_into().ok()?))
    };
    let wide = |at: usize| -> Option<u128> {
        Some(u128::from_le_bytes(head.get(at..at + 16)?.try_into().ok()?))
    };
    if head.get(..16)? != MAGIC || wide(16)? != context {
        return None;
    }
    let table_len = word(32)?;
    let rows_len = word(40)?;
    let sum = wide(48)?;
    let whole = (HEADER as u64)
        .checked_add(table_len)?
        .checked_add(rows_len)?;
    if file.metadata().ok()?.len() != whole {
        return None;
    }
    let mut table = vec![0u8; usize::try_from(table_len).ok()?];
    read_at(&file, &mut table, (HEADER as u64).checked_add(rows_len)?).ok()?;
    if xxh3_128(&table) != sum {
        return None;
    }
    let table: Vec<Packed> = serde_json::from_slice(&table).ok()?;
    if table
        .iter()
        .any(|p| p.at.checked_add(p.len).is_none_or(|end| end > rows_len))
    {
        return None;
    }
    Some(Pack {
        file: Some(file),
        base: HEADER as u64,
        table: table.into_iter().map(|p| (p.key.clone(), p)).collect(),
    })
}

static TEMP_COUNTER: AtomicU32 = AtomicU32::new(0);

/// A temporary file beside `name` in `dir` that no other run or write uses.
fn temp_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!(
        ".{name}.{}-{}.tmp",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ))
}

/// Writes the file `name` in `dir` by `write`: to a temporary file of this process, flushed
/// to the disk, then renamed over `name`; the temporary is removed if anything fails.
fn write_atomic(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let temp = temp_path(dir, name);
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        write(&mut f)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&temp, dir.join(name))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Removes what the folder no longer needs: the earlier format's folders of one file per
/// row (two hex digits, holding `KEY.json` and their temporaries; anything else in them is
/// left, and so is the folder then), and temporary files of killed runs.
fn clean(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && name.len() == 2 && name.bytes().all(|b| b.is_ascii_hexdigit()) {
            clean_row_folder(&entry.path());
        } else if kind.is_file() && is_temporary(&name) {
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > STALE_TEMP_SECS);
            if stale {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// A temporary file a write of the cache leaves until its rename: `.NAME.tmp`.
fn is_temporary(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(".tmp")
}

fn clean_row_folder(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let row = name
            .strip_suffix(".json")
            .is_some_and(|k| k.len() == 32 && k.bytes().all(|b| b.is_ascii_hexdigit()));
        if row || is_temporary(&name) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let _ = std::fs::remove_dir(folder);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The row of the bundled Ujjain study, with `id` set apart.
    fn row(id: &str) -> StudyRow {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("studies/ujjain-plastic.yaml");
        let study = crate::store::load(&path).unwrap().study;
        let mut r = StudyRow::of(&study, crate::scheme::Catalog::builtin().unwrap());
        r.id = id.into();
        r
    }

    /// A folder with a cache and a folder `studies` of `n` (empty) files, named `s0.yaml`...
    fn setup(n: usize) -> (tempfile::TempDir, PathBuf, Vec<PathBuf>) {
        let dir = tempfile::tempdir().unwrap();
        let studies = dir.path().join("studies");
        std::fs::create_dir(&studies).unwrap();
        let files = (0..n)
            .map(|i| {
                let f = studies.join(format!("s{i}.yaml"));
                std::fs::write(&f, format!("{i}")).unwrap();
                f
            })
            .collect();
        (dir, studies, files)
    }

    #[test]
    fn a_pack_survives_a_round_trip() {
        let (dir, studies, files) = setup(3);
        let cache_dir = dir.path().join("cache");
        let c = Cache::new(cache_dir.clone(), b"today");
        for (i, f) in files.iter().enumerate() {
            assert!(c.get(&c.key(&[i as u8]), f).is_none());
            assert!(c.put(&c.key(&[i as u8]), f, &row(&format!("r{i}"))));
        }
        c.save(std::slice::from_ref(&studies), &files);
        assert!(cache_dir.join(PACK).is_file());
        let again = Cache::new(cache_dir.clone(), b"today");
        for (i, f) in files.iter().enumerate() {
            assert_eq!(
                again.get(&again.key(&[i as u8]), f),
                Some(row(&format!("r{i}")))
            );
        }
        // Nothing changed: the pack is not written again.
        let written = std::fs::metadata(cache_dir.join(PACK))
            .unwrap()
            .modified()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        again.save(std::slice::from_ref(&studies), &files);
        let now = std::fs::metadata(cache_dir.join(PACK))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(written, now);
        // Another context (another day) reads none of it.
        let other = Cache::new(cache_dir, b"tomorrow");
        assert!(other.get(&other.key(&[0]), &files[0]).is_none());
    }

    /// Rows go to a temporary file as they are computed; a cache dropped without saving
    /// (a run that stopped) leaves nothing behind, and a save leaves only the pack.
    #[test]
    fn a_pack_not_finished_leaves_no_temporary_file() {
        let (dir, studies, files) = setup(2);
        let cache_dir = dir.path().join("cache");
        let names = || -> Vec<String> {
            let mut n: Vec<String> = std::fs::read_dir(&cache_dir)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            n.sort();
            n
        };
        let c = Cache::new(cache_dir.clone(), b"today");
        c.put(&c.key(b"0"), &files[0], &row("r"));
        assert_eq!(names().len(), 1, "the temporary file: {:?}", names());
        drop(c);
        assert!(names().is_empty(), "{:?}", names());
        let c = Cache::new(cache_dir.clone(), b"today");
        c.put(&c.key(b"0"), &files[0], &row("r"));
        c.save(std::slice::from_ref(&studies), &files);
        assert_eq!(names(), vec![PACK.to_string()]);
    }

    #[test]
    fn a_torn_or_foreign_pack_is_taken_as_empty() {
        let (dir, studies, files) = setup(2);
        let cache_dir = dir.path().join("cache");
        let c = Cache::new(cache_dir.clone(), b"today");
        for (i, f) in files.iter().enumerate() {
            c.put(&c.key(&[i as u8]), f, &row("r"));
        }
        c.save(std::slice::from_ref(&studies), &files);
        let good = std::fs::read(cache_dir.join(PACK)).unwrap();
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        let mut longer = good.clone();
        longer.push(b'\n');
        let bads: Vec<Vec<u8>> = vec![
            Vec::new(),
            good[..10].to_vec(),
            good[..HEADER].to_vec(),
            good[..good.len() / 2].to_vec(),
            good[..good.len() - 1].to_vec(),
            longer,
            flipped,
            b"{\"not\": \"a pack\"}".to_vec(),
            vec![0xff; 4096],
        ];
        for bad in bads {
            std::fs::write(cache_dir.join(PACK), &bad).unwrap();
            let c = Cache::new(cache_dir.clone(), b"today");
            // Not both rows read: a flipped byte fails the hash of the row it is in.
            let read = (0..2u8)
                .filter(|&i| c.get(&c.key(&[i]), &files[usize::from(i)]).is_some())
                .count();
            assert!(read < 2, "{}", bad.len());
            // And the next save writes a good pack again.
            c.put(&c.key(&[0]), &files[0], &row("again"));
            c.save(std::slice::from_ref(&studies), &files[..1]);
            let c = Cache::new(cache_dir.clone(), b"today");
            assert_eq!(c.get(&c.key(&[0]), &files[0]), Some(row("again")));
        }
        // A folder in the pack's place: nothing is cached, nothing fails.
        std::fs::remove_file(cache_dir.join(PACK)).unwrap();
        std::fs::create_dir(cache_dir.join(PACK)).unwrap();
        let c = Cache::new(cache_dir.clone(), b"today");
        c.put(&c.key(&[0]), &files[0], &row("r"));
        c.save(std::slice::from_ref(&studies), &files);
        assert!(Cache::new(cache_dir, b"today")
            .get(&c.key(&[0]), &files[0])
            .is_none());
    }

    #[test]
    fn rows_of_files_not_found_are_dropped_and_rows_of_other_folders_kept() {
        let (dir, studies, files) = setup(3);
        let elsewhere = dir.path().join("elsewhere.yaml");
        std::fs::write(&elsewhere, "x").unwrap();
        let gone = dir.path().join("gone.yaml");
        std::fs::write(&gone, "y").unwrap();
        let cache_dir = dir.path().join("cache");
        let c = Cache::new(cache_dir.clone(), b"today");
        for (i, f) in files.iter().enumerate() {
            c.put(&c.key(&[i as u8]), f, &row("r"));
        }
        c.put(&c.key(b"x"), &elsewhere, &row("x"));
        c.put(&c.key(b"y"), &gone, &row("y"));
        c.save(&[studies.clone(), elsewhere.clone(), gone.clone()], &files);
        std::fs::remove_file(&gone).unwrap();
        std::fs::remove_file(&files[2]).unwrap();

        // A run over `studies` alone that finds two of its three files.
        let c = Cache::new(cache_dir.clone(), b"today");
        for (i, f) in files[..2].iter().enumerate() {
            assert!(c.get(&c.key(&[i as u8]), f).is_some());
        }
        c.save(std::slice::from_ref(&studies), &files[..2]);
        let c = Cache::new(cache_dir.clone(), b"today");
        let pack = c.pack.read().unwrap();
        assert_eq!(pack.table.len(), 3, "{:?}", pack.table);
        assert!(
            pack.table.contains_key(&c.key(b"x")),
            "another folder's row is kept"
        );
        assert!(
            !pack.table.contains_key(&c.key(b"y")),
            "a removed file's row is dropped"
        );
        assert!(
            !pack.table.contains_key(&c.key(&[2])),
            "a row not found is dropped"
        );
    }

    #[test]
    fn the_earlier_formats_row_folders_and_stale_temporaries_are_removed() {
        let (dir, studies, files) = setup(1);
        let cache_dir = dir.path().join("cache");
        let old = cache_dir.join("ab");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(old.join(format!("{}.json", "ab".repeat(16))), "{}").unwrap();
        std::fs::write(old.join(".abab.1.ThreadId(2).tmp"), "{}").unwrap();
        let kept = cache_dir.join("cd");
        std::fs::create_dir_all(&kept).unwrap();
        std::fs::write(kept.join("notes.txt"), "mine").unwrap();
        let stale = cache_dir.join(".rows-1.pack.1-0.tmp");
        std::fs::write(&stale, "").unwrap();
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        File::options()
            .write(true)
            .open(&stale)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
        let fresh = cache_dir.join(".rows-1.pack.2-0.tmp");
        std::fs::write(&fresh, "").unwrap();
        let c = Cache::new(cache_dir.clone(), b"today");
        c.put(&c.key(b"0"), &files[0], &row("r"));
        c.save(&[studies], &files);
        assert!(!old.exists());
        assert!(kept.join("notes.txt").exists());
        assert!(!stale.exists());
        assert!(fresh.exists(), "another run may be writing it");
    }
}
