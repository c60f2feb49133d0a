//! Reading a study file: bytes → checks a person would want first (encoding, emptiness,
//! conflict markers) → the format version → migration of older formats → the typed study,
//! with every error placed at its line, column and study path. Also finds what a save
//! would not keep (comments, anchors, merge keys, tags) so the caller can say so.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::budget::BudgetBreach;

use super::error::{LoadError, LoadErrorKind};
use super::locate::{self, Hazards};
use super::migrate;
use crate::model::{Study, FORMAT, FORMAT_VERSION};
use crate::phrase;
use crate::phrase::{semicolons, word, Phrase, PhraseArg, Said};

/// Study files are small (the worked examples are tens of kilobytes); anything this large
/// is the wrong file or a runaway paste.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;
/// At most this much text in all the values of a study
/// (a generated study of 16 MB holds about 15 MB of text; the file limit caps it anyway).
pub const MAX_TEXT_BYTES: usize = 28 * 1024 * 1024;
/// A study nests about six levels deep; this leaves room and stops pathological nesting.
pub const MAX_DEPTH: usize = 32;

/// Something in the file that loads fine but that a person should know about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadWarning {
    pub kind: WarningKind,
    /// 1-based line of the first occurrence.
    pub line: usize,
    pub message: Said,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningKind {
    /// Comments, anchors/aliases, merge keys or tags: a save writes the data they stand for,
    /// not them.
    NotKeptOnSave,
    /// A byte-order mark or CRLF line ends, which a save replaces.
    Encoding,
    /// An older format, which a save upgrades.
    Migrated,
}

/// A study read from text, with what the reader should be told about it.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub study: Study,
    pub warnings: Vec<LoadWarning>,
    /// The format version the file was written in, when older than this build's.
    pub migrated_from: Option<u32>,
}

/// What the size limits protect, and what to do about a study that is truly that large.
fn split_hint() -> Phrase {
    phrase!(
        "the limit keeps a wrong file (a database dump, a video) or a \
         runaway paste from filling the memory; a real study this large can be split: one study \
         per cluster, with long annexes (survey transcripts, price lists) kept as files beside it \
         and named in `notes`"
    )
}

/// The error for a file over `MAX_FILE_BYTES`.
pub(crate) fn too_large(file: &Path, len: u64) -> LoadError {
    LoadError::new(
        LoadErrorKind::TooLarge,
        file.to_path_buf(),
        phrase!(
            "the file is {size} MB; a study file is at most {limit} MB — is this the right file?",
            size = format!("{:.1}", len as f64 / 1_048_576.0),
            limit = MAX_FILE_BYTES / 1_048_576
        ),
    )
    .hint(split_hint())
}

/// Parses the bytes of a study file. `file` is only used to name the file in messages.
pub fn parse_bytes(bytes: &[u8], file: &Path) -> Result<Parsed, LoadError> {
    let err = |kind, msg: Phrase| LoadError::new(kind, file.to_path_buf(), msg);
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large(file, bytes.len() as u64));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        let byte = bytes[e.valid_up_to()];
        err(
            LoadErrorKind::NotUtf8,
            phrase!(
                "byte 0x{byte} is not UTF-8 text",
                byte = format!("{byte:02X}")
            ),
        )
        .at(None, line, column)
        .hint(phrase!(
            "save the file as UTF-8 (Devanagari and other scripts need it); editors call it 'UTF-8'"
        ))
    })?;
    parse_str(text, file)
}

/// Parses the text of a study file.
pub fn parse_str(text: &str, file: &Path) -> Result<Parsed, LoadError> {
    let err = |kind, msg: Phrase| LoadError::new(kind, file.to_path_buf(), msg);
    let mut warnings = Vec::new();

    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            warnings.push(LoadWarning {
                kind: WarningKind::Encoding,
                line: 1,
                message: Phrase::new(
                    "the file starts with a byte-order mark; a save writes plain UTF-8 without it",
                )
                .into(),
            });
            rest
        }
        None => text,
    };
    let normalised;
    let text = if let Some(first) = text.find("\r\n") {
        let line = text[..first].matches('\n').count() + 1;
        warnings.push(LoadWarning {
            kind: WarningKind::Encoding,
            line,
            message: Phrase::new(
                "the file has Windows (CRLF) line ends; a save writes LF line ends",
            )
            .into(),
        });
        normalised = text.replace("\r\n", "\n");
        normalised.as_str()
    } else {
        text
    };

    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(err(LoadErrorKind::Empty, phrase!("the file is empty"))
            .at(None, 1, 1)
            .hint(phrase!(
                "a study file begins with `format: {format}`; `cdstudy new FILE --name NAME --scheme ID` writes one",
                format = FORMAT
            )));
    }

    let conflicts = conflict_blocks(text);
    if let Some(first) = conflicts.first() {
        let (ours, theirs) = (side_arg(&first.ours), side_arg(&first.theirs));
        let list = semicolons(
            conflicts
                .iter()
                .map(|c| PhraseArg::from(c.describe()))
                .collect(),
        );
        let n = conflicts.len();
        let message = if n == 1 {
            phrase!(
                "a git merge was left unfinished: 1 conflict between {ours} and {theirs}: {list}",
                ours = ours.clone(),
                theirs = theirs.clone(),
                list
            )
        } else {
            phrase!(
                "a git merge was left unfinished: {n} conflicts between {ours} and {theirs}: {list}",
                n,
                ours = ours.clone(),
                theirs = theirs.clone(),
                list
            )
        };
        return Err(err(LoadErrorKind::ConflictMarkers, message)
            .at(Some(text), first.start, 1)
            .hint(phrase!(
                "between <<<<<<< and ======= is {ours}'s version, between ======= and >>>>>>> \
                 {theirs}'s: keep what is right, delete the marker lines, then run `cdstudy check` \
                 again. To have git merge studies item by item instead (a real conflict becomes a \
                 review note on the item), run `cdstudy git-setup` once and redo this file's merge \
                 with `git checkout -m FILE`",
                ours,
                theirs
            )));
    }

    // The common case, a file of this build's format, is read once for the study and once
    // for its lines (see `finish`). Anything else, including every file that does not load,
    // takes the careful way below, whose errors are the ones a person is shown: a file that
    // fails here is read again there, which costs only the files that do not load.
    // Without serde_path_to_error: the path it tracks is only read when the parse fails,
    // and such a parse is redone below. A fifth of the time of a load.
    // The fast reader takes the YAML cdstudy writes and gives up on anything else
    // (`fast`); serde-saphyr reads what it gives up on, as before.
    if let Some(study) = fast_reader()
        .then(|| super::fast::from_str::<Study>(text))
        .flatten()
    {
        if parse_format(&study.format) == Some(FORMAT_VERSION) && key_line(text, "format").is_some()
        {
            return Ok(finish(text, study, warnings, None));
        }
    }
    if let Ok(study) = serde_saphyr::from_str_with_options::<Study>(text, reader_options()) {
        if parse_format(&study.format) == Some(FORMAT_VERSION) {
            // A study without the key has the default format; the way below says so.
            if key_line(text, "format").is_some() {
                return Ok(finish(text, study, warnings, None));
            }
        }
    }

    // First pass: is it YAML at all, within limits, and which format is it?
    // Unknown keys are skipped here (but still parsed, so syntax errors surface now).
    #[derive(Deserialize)]
    struct Probe {
        format: Option<serde_json::Value>,
    }
    phrase::clear_refusal();
    let probe: Probe = serde_saphyr::from_str_with_options(text, reader_options())
        .map_err(|e| from_saphyr(&e, LoadErrorKind::Syntax, text, file, None))?;
    let format_line = key_line(text, "format").unwrap_or(1);
    let version = match probe.format {
        None => {
            return Err(err(
                LoadErrorKind::UnknownFormat,
                phrase!("the file has no `format:` key"),
            )
            .at(Some(text), 1, 1)
            .hint(phrase!(
                "a study file begins with `format: {format}`; add that line at the top",
                format = FORMAT
            )))
        }
        Some(serde_json::Value::String(s)) => parse_format(&s).ok_or_else(|| {
            err(
                LoadErrorKind::UnknownFormat,
                phrase!(
                    "`format: {s}` is not a cdstudy study format (expected {format})",
                    s = s.as_str(),
                    format = FORMAT
                ),
            )
            .at(Some(text), format_line, 1)
        })?,
        Some(other) => {
            return Err(err(
                LoadErrorKind::UnknownFormat,
                phrase!(
                    "`format: {s}` is not a cdstudy study format (expected {format})",
                    s = other.to_string(),
                    format = FORMAT
                ),
            )
            .at(Some(text), format_line, 1))
        }
    };
    if version > FORMAT_VERSION {
        return Err(err(
            LoadErrorKind::NewerFormat,
            phrase!(
                "the file is in format cdstudy/{version}, written by a newer cdstudy; this cdstudy \
                 ({release}) reads {format} and older",
                version,
                release = env!("CARGO_PKG_VERSION"),
                format = FORMAT
            ),
        )
        .at(Some(text), format_line, 1)
        .hint(phrase!(
            "update cdstudy to open this file; it has not been changed"
        )));
    }

    let (study, migrated_from) = if version == FORMAT_VERSION {
        (parse_yaml(text, file)?, None)
    } else {
        phrase::clear_refusal();
        let mut tree: serde_json::Value =
            serde_saphyr::from_str_with_options(text, reader_options())
                .map_err(|e| from_saphyr(&e, LoadErrorKind::Syntax, text, file, None))?;
        migrate::upgrade(&mut tree, version).map_err(|m| {
            err(
                LoadErrorKind::Shape,
                phrase!("cannot upgrade from cdstudy/{version}: {m}", version, m),
            )
        })?;
        phrase::clear_refusal();
        let study: Study = serde_path_to_error::deserialize(tree).map_err(|e| {
            let inner = e.inner().to_string();
            let what = match phrase::take_refusal(&inner) {
                Some(said) => PhraseArg::from(&said),
                None => PhraseArg::from(inner),
            };
            let mut le = err(
                LoadErrorKind::Shape,
                phrase!(
                    "after upgrading from cdstudy/{version}: {what}",
                    version,
                    what
                ),
            );
            le.study_path = Some(e.path().to_string());
            le
        })?;
        warnings.push(LoadWarning {
            kind: WarningKind::Migrated,
            line: format_line,
            message: crate::phrase!(
                "the file is in the older format cdstudy/{version}; a save writes {format}",
                version,
                format = FORMAT
            )
            .into(),
        });
        (study, Some(version))
    };

    Ok(finish(text, study, warnings, migrated_from))
}

/// Whether the fast reader is used: always, unless `CDSTUDY_YAML=general` asks for the
/// general parser alone (to measure the one against the other in the same build).
fn fast_reader() -> bool {
    static FAST: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *FAST.get_or_init(|| std::env::var_os("CDSTUDY_YAML").is_none_or(|v| v != "general"))
}

/// The study with what a save would drop.
fn finish(
    text: &str,
    study: Study,
    mut warnings: Vec<LoadWarning>,
    migrated_from: Option<u32>,
) -> Parsed {
    warnings.extend(not_kept_on_save(text));
    Parsed {
        study,
        warnings,
        migrated_from,
    }
}

pub(super) fn reader_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_total_scalar_bytes = MAX_TEXT_BYTES;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_nodes = 1_000_000;
    budget.max_events = 4_000_000;
    budget.max_documents = 1;
    serde_saphyr::options! { budget: Some(budget) }
}

/// Reads YAML text into any of our file types (a study, a scheme's rules) with the same
/// limits and the same errors: file, line, column, the path of the key, the lines around it.
/// Unknown keys are errors wherever the type denies them.
pub fn parse_yaml<T: serde::de::DeserializeOwned>(text: &str, file: &Path) -> Result<T, LoadError> {
    let mut study_path = None;
    phrase::clear_refusal();
    serde_saphyr::with_deserializer_from_str_with_options(text, reader_options(), |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            let p = e.path().to_string();
            if p != "." {
                study_path = Some(p);
            }
            e.into_inner()
        })
    })
    .map_err(|e| from_saphyr(&e, LoadErrorKind::Shape, text, file, study_path))
}

/// `cdstudy/1` → 1.
fn parse_format(s: &str) -> Option<u32> {
    let n = s.trim().strip_prefix("cdstudy/")?;
    // `cdstudy/01` is not a version this build wrote: only the plain number is.
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) || (n.len() > 1 && n.starts_with('0'))
    {
        return None;
    }
    n.parse().ok()
}

/// One region git marked as conflicting, and where in the study it is.
struct ConflictBlock {
    start: usize,
    end: usize,
    ours: String,
    theirs: String,
    /// The top-level key above it (`bottlenecks`) and the id of the item it is in, if any.
    section: Option<String>,
    item: Option<String>,
}

impl ConflictBlock {
    fn describe(&self) -> Phrase {
        let (start, end) = (self.start, self.end);
        match (&self.section, &self.item) {
            (Some(section), Some(item)) => phrase!(
                "lines {start}–{end} in {section} (item {item})",
                start,
                end,
                section,
                item
            ),
            (Some(section), None) => {
                phrase!("lines {start}–{end} in {section}", start, end, section)
            }
            (None, Some(item)) => phrase!("lines {start}–{end} (item {item})", start, end, item),
            (None, None) => phrase!("lines {start}–{end}", start, end),
        }
    }
}

/// A side of a conflict as a value of a phrase: a branch's name as it is, or the words
/// cdstudy puts when git named none ("one side", "the other side"), which a language words.
fn side_arg(side: &str) -> PhraseArg {
    match side {
        "one side" | "the other side" => word(side),
        name => PhraseArg::from(name),
    }
}

/// The conflict regions of a file (a lone marker line counts as a region of one line).
fn conflict_blocks(text: &str) -> Vec<ConflictBlock> {
    let lines: Vec<&str> = text.lines().collect();
    let side = |line: &str| {
        let name = line.get(8..).unwrap_or_default().trim();
        if name.is_empty() {
            "one side".to_string()
        } else {
            name.to_string()
        }
    };
    let mut out: Vec<ConflictBlock> = Vec::new();
    let mut open: Option<ConflictBlock> = None;
    for (i, line) in lines.iter().enumerate() {
        if !is_conflict_marker(line) {
            continue;
        }
        let n = i + 1;
        if line.starts_with("<<<<<<<") {
            let (section, item) = context_above(&lines, i);
            open = Some(ConflictBlock {
                start: n,
                end: n,
                ours: side(line),
                theirs: "the other side".to_string(),
                section,
                item,
            });
        } else if line.starts_with(">>>>>>>") {
            let mut block = open.take().unwrap_or_else(|| {
                let (section, item) = context_above(&lines, i);
                ConflictBlock {
                    start: n,
                    end: n,
                    ours: "one side".to_string(),
                    theirs: String::new(),
                    section,
                    item,
                }
            });
            block.end = n;
            block.theirs = side(line);
            out.push(block);
        } else if open.is_none() {
            let (section, item) = context_above(&lines, i);
            out.push(ConflictBlock {
                start: n,
                end: n,
                ours: "one side".to_string(),
                theirs: "the other side".to_string(),
                section,
                item,
            });
        }
    }
    out.extend(open);
    out
}

/// The nearest top-level key above line `index` and the nearest `- id:` below that key.
fn context_above(lines: &[&str], index: usize) -> (Option<String>, Option<String>) {
    let mut item = None;
    for line in lines[..index].iter().rev() {
        if item.is_none() {
            if let Some(id) = line.trim_start().strip_prefix("- id:") {
                item = Some(id.trim().trim_matches(['"', '\'']).to_string());
            }
        }
        let top_key = line
            .split_once(':')
            .map(|(k, _)| k)
            .filter(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
        if let Some(key) = top_key {
            return (Some(key.to_string()), item);
        }
    }
    (None, item)
}

fn is_conflict_marker(line: &str) -> bool {
    let starts = |m: &str| line.starts_with(m) && (line.len() == 7 || line.as_bytes()[7] == b' ');
    starts("<<<<<<<") || starts(">>>>>>>") || starts("|||||||") || line == "======="
}

/// The line of a top-level key, for errors about it.
fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

/// Turns a YAML library error into one for people.
fn from_saphyr(
    e: &serde_saphyr::Error,
    kind: LoadErrorKind,
    text: &str,
    file: &Path,
    study_path: Option<String>,
) -> LoadError {
    let bare = e.without_snippet();
    let (kind, message, hint): (LoadErrorKind, Said, Option<Phrase>) = match bare {
        serde_saphyr::Error::Budget { breach, .. } => {
            let what = match breach {
                BudgetBreach::Depth { .. } => {
                    phrase!("nested more than {depth} levels deep", depth = MAX_DEPTH)
                }
                BudgetBreach::ScalarBytes { .. } => phrase!(
                    "more than {size} MB of text in its values",
                    size = MAX_TEXT_BYTES / 1_048_576
                ),
                BudgetBreach::Aliases { .. } | BudgetBreach::AliasAnchorRatio { .. } => {
                    phrase!("too many aliases (*name)")
                }
                BudgetBreach::Anchors { .. } => phrase!("too many anchors (&name)"),
                BudgetBreach::Documents { .. } => phrase!("more than one YAML document (---)"),
                _ => phrase!("more items than a study can hold"),
            };
            let hint = if matches!(breach, BudgetBreach::ScalarBytes { .. }) {
                split_hint()
            } else {
                phrase!(
                    "a study file is one document of plain keys and values; is this the right file?"
                )
            };
            (
                LoadErrorKind::TooLarge,
                phrase!("the file has {what}", what).into(),
                Some(hint),
            )
        }
        _ => {
            let formatter = serde_saphyr::UserMessageFormatter;
            let rendered = bare.render_with_options(serde_saphyr::render_options! {
                formatter: &formatter,
                snippets: serde_saphyr::SnippetMode::Off,
            });
            if rendered.contains("too large or too complex") || rendered.contains("limits breached")
            {
                // Alias expansion limits, reported by the library in its own terms.
                (
                    LoadErrorKind::TooLarge,
                    phrase!("the file's aliases (*name) expand to more than a study can hold")
                        .into(),
                    Some(phrase!("a study file is plain keys and values; write the values out instead of using anchors and aliases")),
                )
            } else {
                // The library's words end with the place, which the error gives apart.
                let mut rendered = rendered.trim().to_string();
                if let Some(loc) = e.location() {
                    let suffix = format!(" at line {}, column {}", loc.line(), loc.column());
                    if let Some(stripped) = rendered.strip_suffix(&suffix) {
                        rendered = stripped.to_string();
                    }
                }
                let (message, hint) = plain_message(&rendered);
                (kind, message, hint)
            }
        }
    };
    let mut le = LoadError::new(kind, file.to_path_buf(), message);
    le.study_path = study_path;
    if let Some(loc) = e.location() {
        let line = loc.line() as usize;
        if line > 0 {
            le = le.at(Some(text), line, (loc.column() as usize).max(1));
        }
    }
    if let Some(h) = hint {
        le = le.hint(h);
    }
    le
}

/// Rewords the YAML library's messages where a CDA would not follow them. A refusal of a
/// value by the model's own parsing (a date, an amount, an id) is its phrase as it was
/// raised (see [`phrase::refused`]); the library's own words that cdstudy does not reword
/// (a syntax error) stay as the library has them.
fn plain_message(rendered: &str) -> (Said, Option<Phrase>) {
    let msg = rendered.trim().to_string();
    if let Some(said) = phrase::take_refusal(&msg) {
        return (said, None);
    }
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        if let Some((key, expected)) = rest.split_once("`, expected one of ") {
            let keys = expected.split(" at line ").next().unwrap_or(expected);
            return (
                phrase!("unknown key `{key}`; the keys here are: {keys}", key, keys).into(),
                Some(phrase!("cdstudy keeps no key it does not know, so nothing is lost silently: check the spelling against the keys above; a remark with no key of its own can go in a review note (`review:`)")),
            );
        }
        if let Some((key, _)) = rest.split_once('`') {
            return (
                phrase!("unknown key `{key}`; nothing is allowed here", key).into(),
                None,
            );
        }
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        if let Some((word, expected)) = rest.split_once("`, expected one of ") {
            let words = expected.split(" at line ").next().unwrap_or(expected);
            return (
                phrase!("`{word}` is not one of: {words}", word, words).into(),
                None,
            );
        }
    }
    let ours = |lib: &str| -> Option<Phrase> {
        Some(match lib {
            "expected sequence start" => {
                phrase!("expected a list here: one item per line, each starting with '- '")
            }
            "expected mapping start" => phrase!("expected keys and values here (key: value)"),
            "invalid u32" | "invalid u64" | "invalid u8" => {
                phrase!("expected a whole number (0 or more)")
            }
            "invalid bool" => phrase!("expected true or false"),
            "expected string scalar" => {
                phrase!("expected a single value (text), found a list or a set of keys")
            }
            _ => return None,
        })
    };
    for lib in [
        "expected sequence start",
        "expected mapping start",
        "invalid u32",
        "invalid u64",
        "invalid u8",
        "invalid bool",
        "expected string scalar",
    ] {
        if let (Some(rest), Some(ours)) = (msg.strip_prefix(lib), ours(lib)) {
            let said = if rest.is_empty() {
                ours.into()
            } else {
                // What the library says after its words (what it found) stays its own.
                phrase!("{ours}{rest}", ours, rest).into()
            };
            return (said, None);
        }
    }
    if msg.contains("found a tab")
        || msg.contains("tab character")
        || msg.contains("tabs disallowed")
    {
        return (
            msg.into(),
            Some(phrase!(
                "YAML does not allow tabs for indentation: indent with spaces"
            )),
        );
    }
    (msg.into(), None)
}

/// Comments, anchors and aliases, merge keys and tags load fine, but a save writes the data
/// they stand for and not them. Finds the first of each so the person can be told before
/// anything is written.
pub fn not_kept_on_save(text: &str) -> Vec<LoadWarning> {
    // Each of them needs one of these characters where a token can begin; most studies
    // have none, and then the text is not parsed a second time.
    if !may_have_hazards(text) {
        return Vec::new();
    }
    hazard_warnings(locate::scan(text, false).1)
}

/// Whether `text` can hold a comment, anchor, alias, tag or merge key: a `#` after a space
/// or at a line's start (YAML needs the space), a `&` or `*` that begins a token and has a
/// name after it, a `!` that begins a token, or `<<`. Prose ("Jain Mehta & Co.", "Hello!")
/// has none of them, so a study with such text is not walked a second time. Any answer
/// of yes is only a reason to look: the walk decides.
fn may_have_hazards(text: &str) -> bool {
    let bytes = text.as_bytes();
    // What can stand before a token: nothing, white space, or a flow indicator or `:`/`?`.
    let starts_token = |i: usize| {
        i == 0
            || matches!(
                bytes[i - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',' | b':' | b'?' | b'-'
            )
    };
    let named = |i: usize| {
        bytes
            .get(i + 1)
            .is_some_and(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    };
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'#' => i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r'),
        b'&' | b'*' => starts_token(i) && named(i),
        b'!' => starts_token(i),
        b'<' => bytes.get(i + 1) == Some(&b'<'),
        _ => false,
    })
}

fn hazard_warnings(hazards: Hazards) -> Vec<LoadWarning> {
    let Hazards {
        comment,
        anchor,
        merge,
        tag,
    } = hazards;
    let mut out = Vec::new();
    let mut warn = |line: Option<usize>, message: Phrase| {
        if let Some(line) = line {
            out.push(LoadWarning {
                kind: WarningKind::NotKeptOnSave,
                line: line.max(1),
                message: message.into(),
            });
        }
    };
    warn(comment, Phrase::new("the file has comments (#); a save cannot keep them — move them into `notes` or a review note"));
    warn(
        anchor,
        Phrase::new(
            "the file uses anchors or aliases (&name, *name); a save writes each value out in full",
        ),
    );
    warn(
        merge,
        Phrase::new("the file uses merge keys (<<:); a save writes the merged keys out in full"),
    );
    warn(
        tag,
        Phrase::new("the file uses YAML tags (!name); a save does not keep them"),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(parse_format("cdstudy/1"), Some(1));
        assert_eq!(parse_format("cdstudy/12"), Some(12));
        assert_eq!(parse_format("cdstudy/"), None);
        assert_eq!(parse_format("cdstudy/1.0"), None);
        assert_eq!(parse_format("other/1"), None);
    }

    #[test]
    fn conflict_regions_name_their_section_and_item() {
        let text = "format: cdstudy/1\nbottlenecks:\n- id: b-1\n  title: One\n- id: b-3\n<<<<<<< HEAD\n  severity: medium\n=======\n  severity: low\n>>>>>>> field-visit\n";
        let blocks = conflict_blocks(text);
        assert_eq!(blocks.len(), 1);
        assert_eq!(
            blocks[0].describe().english(),
            "lines 6–10 in bottlenecks (item b-3)"
        );
        assert_eq!(
            (blocks[0].ours.as_str(), blocks[0].theirs.as_str()),
            ("HEAD", "field-visit")
        );
    }

    #[test]
    fn conflict_markers() {
        assert!(is_conflict_marker("<<<<<<< HEAD"));
        assert!(is_conflict_marker("======="));
        assert!(is_conflict_marker(">>>>>>> theirs"));
        assert!(!is_conflict_marker("<<<<<<<<"));
        assert!(!is_conflict_marker("  <<<<<<< HEAD"));
    }

    #[test]
    fn prose_is_not_taken_for_hazards() {
        assert!(!may_have_hazards(
            "a: Jain Mehta & Co.\nb: Hello! 5 * 3 = 15, item#2\n"
        ));
        for text in [
            "a: 1 # note\n",
            "# top\n",
            "a: &m 1\n",
            "b: *m\n",
            "c: !tag x\n",
            "d: [&m 1, *m]\n",
            "<<: *m\n",
            "e: ! x\n",
        ] {
            assert!(may_have_hazards(text), "{text}");
        }
    }

    #[test]
    fn hazards_are_found_with_lines() {
        let text = "format: cdstudy/1\n# a note\nmeta: &m\n  id: x\nvision: *m\n";
        let w = not_kept_on_save(text);
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].line, 2);
        assert_eq!(w[1].line, 3);
    }
}
