//! The draft journal: text typed into a study but not yet saved in it (a paragraph half
//! written when the battery dies). It lives beside the study as `.NAME.cdstudy-draft`,
//! and belongs to one study file and to the version of it the typing started from (path
//! and hash), so a draft is never applied to the wrong file or the wrong version without
//! saying so (ODK's savepoint bugs came from drafts with no owner).
//!
//! The file is a journal of JSON lines: a first line naming the study and its version,
//! then one line per field whose text changed (its path and whole current text); a later
//! line for a field replaces an earlier one. While someone types, `Journal` appends at
//! most every `WRITE_EVERY` and fsyncs at most every `SYNC_EVERY`, so a kill loses at
//! most about a second of typing and a long paragraph costs a few small writes a second,
//! never a rewrite of the study. A journal that grew well past what it holds is rewritten
//! whole, atomically. A kill in the middle of an append leaves a torn last line: reading
//! ignores it and keeps every complete line.
//!
//! Life cycle: written while someone types; offered, never applied silently, on the next
//! start; removed only after a save that holds the text succeeded, or when the person
//! discards it or keeps it aside as a text file.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::error::SaveError;
use super::save::{replace_atomic, DiskState};

/// Typing is appended to the journal at most this often while it goes on.
pub const WRITE_EVERY: Duration = Duration::from_millis(500);
/// Appended typing is flushed to the disk (fsync) at most this often: a power cut loses at
/// most this much more than a kill does.
pub const SYNC_EVERY: Duration = Duration::from_secs(1);
/// A journal is rewritten whole once it is this large and four times what it holds.
const COMPACT_AT: u64 = 64 * 1024;
/// A draft is typing, not a study: a journal larger than this is not read.
const MAX_JOURNAL: u64 = 64 * 1024 * 1024;

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
    /// When the draft was last written, local time, RFC 3339.
    pub written: String,
    pub entries: Vec<DraftEntry>,
}

/// One line of the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "snake_case")]
enum Record {
    /// The first line: whose typing this is.
    Start {
        study: PathBuf,
        base_hash: String,
        written: String,
    },
    /// A field's whole current text.
    Text {
        path: String,
        label: String,
        text: String,
        written: String,
    },
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

/// Writes the draft whole and atomically, replacing any earlier journal.
pub fn write(study: &Path, draft: &Draft) -> Result<(), SaveError> {
    replace_atomic(&draft_path(study), &journal_bytes(draft)?).map(|_| ())
}

/// The journal holding exactly `draft`: its start line and one line per entry.
fn journal_bytes(draft: &Draft) -> Result<Vec<u8>, SaveError> {
    let mut out = line(&Record::Start {
        study: draft.study.clone(),
        base_hash: draft.base_hash.clone(),
        written: draft.written.clone(),
    })?;
    for e in &draft.entries {
        out.extend(line(&text_record(e, &draft.written))?);
    }
    Ok(out)
}

fn text_record(e: &DraftEntry, written: &str) -> Record {
    Record::Text {
        path: e.path.clone(),
        label: e.label.clone(),
        text: e.text.clone(),
        written: written.to_string(),
    }
}

/// A record as one line: JSON escapes every newline inside the text.
fn line(record: &Record) -> Result<Vec<u8>, SaveError> {
    let mut bytes = serde_json::to_vec(record).map_err(|e| SaveError::Serialize(e.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// The draft of `study`, if there is one.
pub fn read(study: &Path) -> Result<Option<Draft>, DraftError> {
    let path = draft_path(study);
    let mut bytes = Vec::new();
    let read = File::open(&path).and_then(|f| f.take(MAX_JOURNAL + 1).read_to_end(&mut bytes));
    match read {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(DraftError::Io { path, source }),
    }
    if bytes.len() as u64 > MAX_JOURNAL {
        return Err(DraftError::Damaged {
            path,
            message: format!("it is larger than {} MB", MAX_JOURNAL >> 20),
        });
    }
    // A draft written whole as one JSON object, before drafts were journals.
    if let Ok(draft) = serde_json::from_slice::<Draft>(&bytes) {
        return Ok(Some(draft));
    }
    replay(&bytes).map_err(|message| DraftError::Damaged { path, message })
}

/// The draft a journal holds: its start line, then the last text of each field. The part
/// after the last newline is a record torn by a kill and is ignored; so is a complete
/// line that cannot be read (a torn record that a later append was joined to), since the
/// field's next record holds its whole text again.
fn replay(bytes: &[u8]) -> Result<Option<Draft>, String> {
    let complete = match bytes.iter().rposition(|&b| b == b'\n') {
        Some(end) => &bytes[..end],
        // Not even the start line is whole: a kill while the journal was begun.
        None => return Ok(None),
    };
    let mut lines = complete.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or_default();
    let mut draft = match serde_json::from_slice::<Record>(first) {
        Ok(Record::Start {
            study,
            base_hash,
            written,
        }) => Draft {
            study,
            base_hash,
            written,
            entries: Vec::new(),
        },
        Ok(Record::Text { .. }) => return Err("it does not say which study it is for".into()),
        Err(e) => return Err(e.to_string()),
    };
    for l in lines {
        if let Ok(Record::Text {
            path,
            label,
            text,
            written,
        }) = serde_json::from_slice::<Record>(l)
        {
            draft.written = written;
            let entry = DraftEntry { path, label, text };
            match draft.entries.iter_mut().find(|e| e.path == entry.path) {
                Some(old) => *old = entry,
                None => draft.entries.push(entry),
            }
        }
    }
    Ok((!draft.entries.is_empty()).then_some(draft))
}

/// Removes the draft of `study`; no draft is fine.
pub fn remove(study: &Path) -> io::Result<()> {
    match std::fs::remove_file(draft_path(study)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// The writer of one study's journal while it is being edited: it appends what changed,
/// coalesces typing to one write per `WRITE_EVERY`, and fsyncs per `SYNC_EVERY`. Call
/// `tick` often (the terminal UI does, every quarter second and after each key).
#[derive(Debug, Default)]
pub struct Journal {
    open: Option<Open>,
    /// Entries recorded but not yet written (typing inside `WRITE_EVERY`).
    pending: Option<Pending>,
}

#[derive(Debug)]
struct Pending {
    study: PathBuf,
    base_hash: String,
    entries: Vec<DraftEntry>,
}

/// The journal file as it is on disk.
#[derive(Debug)]
struct Open {
    study: PathBuf,
    base_hash: String,
    /// What the journal holds, replayed.
    entries: Vec<DraftEntry>,
    file: File,
    len: u64,
    /// The length it had when last written whole.
    compact_len: u64,
    written_at: Instant,
    synced: bool,
    synced_at: Instant,
}

impl Journal {
    pub fn new() -> Journal {
        Journal::default()
    }

    /// Notes that `entries` is the unsaved typing of `study`, whose file on disk is
    /// `base`. Written at once unless the journal was written less than `WRITE_EVERY`
    /// ago; then `tick` writes it.
    pub fn record(
        &mut self,
        study: &Path,
        base: &DiskState,
        entries: Vec<DraftEntry>,
    ) -> Result<(), SaveError> {
        self.pending = Some(Pending {
            study: study.to_path_buf(),
            base_hash: base.hash.clone(),
            entries,
        });
        self.tick()
    }

    /// Writes what is pending once `WRITE_EVERY` has passed, and fsyncs what was written
    /// once `SYNC_EVERY` has.
    pub fn tick(&mut self) -> Result<(), SaveError> {
        let now = Instant::now();
        let write_due = self
            .open
            .as_ref()
            .is_none_or(|o| now.duration_since(o.written_at) >= WRITE_EVERY);
        if self.pending.is_some() && write_due {
            self.write_pending()?;
        }
        match &mut self.open {
            Some(o) if !o.synced && now.duration_since(o.synced_at) >= SYNC_EVERY => o.sync(),
            _ => Ok(()),
        }
    }

    /// Writes what is pending and fsyncs it, whatever the time (before quitting).
    pub fn flush(&mut self) -> Result<(), SaveError> {
        self.write_pending()?;
        match &mut self.open {
            Some(o) if !o.synced => o.sync(),
            _ => Ok(()),
        }
    }

    /// Removes the journal of `study` (its text is saved, or was discarded).
    pub fn remove(&mut self, study: &Path) -> io::Result<()> {
        self.pending = None;
        self.open = None;
        remove(study)
    }

    fn write_pending(&mut self) -> Result<(), SaveError> {
        let Some(p) = self.pending.take() else {
            return Ok(());
        };
        let result = self.write(&p);
        if result.is_err() {
            // Start over with a whole journal at the next record: the file may hold a
            // torn line. Not retried every tick, which would only repeat the error.
            self.open = None;
        }
        result
    }

    fn write(&mut self, p: &Pending) -> Result<(), SaveError> {
        let written = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
        if let Some(o) = self.open.as_mut().filter(|o| o.can_append(p)) {
            let mut bytes = Vec::new();
            for e in &p.entries {
                if !o.entries.contains(e) {
                    bytes.extend(line(&text_record(e, &written))?);
                }
            }
            if bytes.is_empty() {
                return Ok(());
            }
            // One write of whole lines; a kill inside it tears only the last line.
            o.file
                .write_all(&bytes)
                .map_err(|e| SaveError::io(&draft_path(&p.study), "cannot add to the draft", e))?;
            o.len += bytes.len() as u64;
            o.entries = p.entries.clone();
            o.written_at = Instant::now();
            o.synced = false;
            return Ok(());
        }
        // A new journal, another study or version, a field dropped, or too long: whole.
        let draft = Draft {
            study: absolute(&p.study),
            base_hash: p.base_hash.clone(),
            written,
            entries: p.entries.clone(),
        };
        let bytes = journal_bytes(&draft)?;
        let path = draft_path(&p.study);
        replace_atomic(&path, &bytes)?;
        let file = OpenOptions::new()
            .append(true)
            .open(&path)
            .map_err(|e| SaveError::io(&path, "cannot open the draft to add to it", e))?;
        let now = Instant::now();
        self.open = Some(Open {
            study: p.study.clone(),
            base_hash: p.base_hash.clone(),
            entries: p.entries.clone(),
            file,
            len: bytes.len() as u64,
            compact_len: bytes.len() as u64,
            written_at: now,
            synced: true,
            synced_at: now,
        });
        Ok(())
    }
}

impl Open {
    fn can_append(&self, p: &Pending) -> bool {
        self.study == p.study
            && self.base_hash == p.base_hash
            && self
                .entries
                .iter()
                .all(|e| p.entries.iter().any(|n| n.path == e.path))
            && (self.len < COMPACT_AT || self.len < 4 * self.compact_len)
    }

    fn sync(&mut self) -> Result<(), SaveError> {
        self.file
            .sync_data()
            .map_err(|e| SaveError::io(&draft_path(&self.study), "cannot flush the draft", e))?;
        self.synced = true;
        self.synced_at = Instant::now();
        Ok(())
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        // Quitting: what was typed in the last half second goes to the disk too.
        let _ = self.flush();
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
        std::fs::write(draft_path(&study), "{ half a dra\n").unwrap();
        assert!(matches!(read(&study), Err(DraftError::Damaged { .. })));
        assert!(draft_path(&study).exists());
    }

    fn entry_at(path: &str, text: &str) -> DraftEntry {
        DraftEntry {
            path: path.into(),
            label: path.into(),
            text: text.into(),
        }
    }

    #[test]
    fn a_torn_last_record_is_ignored_and_every_complete_one_kept() {
        let dir = tempfile::tempdir().unwrap();
        let study = dir.path().join("guna.yaml");
        let disk = DiskState::of_bytes(b"format: cdstudy/1\n");
        let draft = Draft::new(
            &study,
            &disk,
            vec![entry_at("a.notes", "one"), entry_at("b.notes", "two")],
        );
        let mut bytes = journal_bytes(&draft).unwrap();
        let later = line(&text_record(&entry_at("a.notes", "one more\nline"), "x")).unwrap();
        bytes.extend(&later);
        let whole = bytes.clone();
        // Every cut inside the last record (a kill in the middle of its write).
        let torn = line(&text_record(&entry_at("b.notes", "two and thr"), "y")).unwrap();
        for cut in 0..torn.len() {
            let mut b = whole.clone();
            b.extend(&torn[..cut]);
            std::fs::write(draft_path(&study), &b).unwrap();
            let back = read(&study).unwrap().unwrap();
            assert_eq!(
                back.entries,
                vec![
                    entry_at("a.notes", "one more\nline"),
                    entry_at("b.notes", "two")
                ],
                "cut at {cut}"
            );
            assert_eq!(back.base_hash, disk.hash);
        }
        // A torn start line alone: no draft, and no error either.
        std::fs::write(draft_path(&study), &whole[..20]).unwrap();
        assert!(read(&study).unwrap().is_none());
        // A torn record that a later append was joined to is skipped; the rest replays.
        let mut b = whole.clone();
        b.extend(&torn[..9]);
        b.extend(line(&text_record(&entry_at("c.notes", "three"), "z")).unwrap());
        std::fs::write(draft_path(&study), &b).unwrap();
        let back = read(&study).unwrap().unwrap();
        assert_eq!(back.entries.len(), 2, "{back:?}");
    }

    #[test]
    fn a_draft_written_whole_before_journals_is_still_read() {
        let dir = tempfile::tempdir().unwrap();
        let study = dir.path().join("guna.yaml");
        let draft = Draft::new(&study, &DiskState::of_bytes(b""), vec![entry("old")]);
        std::fs::write(
            draft_path(&study),
            serde_json::to_string_pretty(&draft).unwrap(),
        )
        .unwrap();
        assert_eq!(read(&study).unwrap().unwrap(), draft);
    }

    #[test]
    fn the_journal_appends_coalesces_and_rewrites_when_it_must() {
        let dir = tempfile::tempdir().unwrap();
        let study = dir.path().join("guna.yaml");
        let disk = DiskState::of_bytes(b"format: cdstudy/1\n");
        let mut journal = Journal::new();
        journal
            .record(&study, &disk, vec![entry_at("a.notes", "C")])
            .unwrap();
        // The first keystroke is on disk at once.
        assert_eq!(read(&study).unwrap().unwrap().entries[0].text, "C");
        let first_len = std::fs::metadata(draft_path(&study)).unwrap().len();
        // The next ones, within WRITE_EVERY, wait for a tick...
        journal
            .record(&study, &disk, vec![entry_at("a.notes", "Coal")])
            .unwrap();
        assert_eq!(read(&study).unwrap().unwrap().entries[0].text, "C");
        journal.tick().unwrap();
        assert_eq!(read(&study).unwrap().unwrap().entries[0].text, "C");
        // ... and go as one appended line once it has passed.
        std::thread::sleep(WRITE_EVERY);
        journal.tick().unwrap();
        let back = read(&study).unwrap().unwrap();
        assert_eq!(back.entries, vec![entry_at("a.notes", "Coal")]);
        let text = std::fs::read_to_string(draft_path(&study)).unwrap();
        assert_eq!(text.lines().count(), 3, "{text}");
        assert!(std::fs::metadata(draft_path(&study)).unwrap().len() > first_len);

        // Another version of the study: the journal starts over, whole.
        let newer = DiskState::of_bytes(b"format: cdstudy/1\nmeta: {}\n");
        journal
            .record(&study, &newer, vec![entry_at("b.notes", "x")])
            .unwrap();
        journal.flush().unwrap();
        let back = read(&study).unwrap().unwrap();
        assert_eq!(back.base_hash, newer.hash);
        assert_eq!(back.entries, vec![entry_at("b.notes", "x")]);

        // A long paragraph typed on and on: the journal stays a few times what it holds.
        let mut text = String::new();
        for i in 0..400 {
            text.push_str("भट्टे में कोयला महँगा है। ");
            journal
                .record(&study, &newer, vec![entry_at("b.notes", &text)])
                .unwrap();
            journal.flush().unwrap();
            if i % 50 == 0 {
                assert_eq!(read(&study).unwrap().unwrap().entries[0].text, text);
            }
        }
        let len = std::fs::metadata(draft_path(&study)).unwrap().len();
        assert!(len < 5 * text.len() as u64 + COMPACT_AT, "{len}");
        assert_eq!(read(&study).unwrap().unwrap().entries[0].text, text);

        journal.remove(&study).unwrap();
        assert!(!draft_path(&study).exists());
        drop(journal);
        assert!(!draft_path(&study).exists(), "dropping writes nothing back");
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
