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
    pub message: String,
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
const SPLIT_HINT: &str = "the limit keeps a wrong file (a database dump, a video) or a \
    runaway paste from filling the memory; a real study this large can be split: one study \
    per cluster, with long annexes (survey transcripts, price lists) kept as files beside it \
    and named in `notes`";

/// The error for a file over `MAX_FILE_BYTES`.
pub(crate) fn too_large(file: &Path, len: u64) -> LoadError {
    LoadError::new(
        LoadErrorKind::TooLarge,
        file.to_path_buf(),
        format!(
            "the file is {:.1} MB; a study file is at most {} MB — is this the right file?",
            len as f64 / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576
        ),
    )
    .hint(SPLIT_HINT)
}

/// Parses the bytes of a study file. `file` is only used to name the file in messages.
pub fn parse_bytes(bytes: &[u8], file: &Path) -> Result<Parsed, LoadError> {
    let err = |kind, msg: String| LoadError::new(kind, file.to_path_buf(), msg);
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
            format!("byte 0x{byte:02X} is not UTF-8 text"),
        )
        .at(None, line, column)
        .hint("save the file as UTF-8 (Devanagari and other scripts need it); editors call it 'UTF-8'")
    })?;
    parse_str(text, file)
}

/// Parses the text of a study file.
pub fn parse_str(text: &str, file: &Path) -> Result<Parsed, LoadError> {
    let err = |kind, msg: &str| LoadError::new(kind, file.to_path_buf(), msg);
    let mut warnings = Vec::new();

    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            warnings.push(LoadWarning {
                kind: WarningKind::Encoding,
                line: 1,
                message:
                    "the file starts with a byte-order mark; a save writes plain UTF-8 without it"
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
            message: "the file has Windows (CRLF) line ends; a save writes LF line ends".into(),
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
        return Err(err(LoadErrorKind::Empty, "the file is empty")
            .at(None, 1, 1)
            .hint(format!(
                "a study file begins with `format: {FORMAT}`; `cdstudy new FILE --name NAME --scheme ID` writes one"
            )));
    }

    let conflicts = conflict_blocks(text);
    if let Some(first) = conflicts.first() {
        let (ours, theirs) = (first.ours.clone(), first.theirs.clone());
        let list = conflicts
            .iter()
            .map(ConflictBlock::describe)
            .collect::<Vec<_>>()
            .join("; ");
        let n = conflicts.len();
        return Err(err(
            LoadErrorKind::ConflictMarkers,
            &format!(
                "a git merge was left unfinished: {n} conflict{} between {ours} and {theirs}: {list}",
                if n == 1 { "" } else { "s" }
            ),
        )
        .at(Some(text), first.start, 1)
        .hint(format!(
            "between <<<<<<< and ======= is {ours}'s version, between ======= and >>>>>>> \
             {theirs}'s: keep what is right, delete the marker lines, then run `cdstudy check` \
             again. To have git merge studies item by item instead (a real conflict becomes a \
             review note on the item), run `cdstudy git-setup` once and redo this file's merge \
             with `git checkout -m FILE`"
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
    let probe: Probe = serde_saphyr::from_str_with_options(text, reader_options())
        .map_err(|e| from_saphyr(&e, LoadErrorKind::Syntax, text, file, None))?;
    let format_line = key_line(text, "format").unwrap_or(1);
    let version = match probe.format {
        None => {
            return Err(err(
                LoadErrorKind::UnknownFormat,
                "the file has no `format:` key",
            )
            .at(Some(text), 1, 1)
            .hint(format!(
                "a study file begins with `format: {FORMAT}`; add that line at the top"
            )))
        }
        Some(serde_json::Value::String(s)) => parse_format(&s).ok_or_else(|| {
            err(
                LoadErrorKind::UnknownFormat,
                &format!("`format: {s}` is not a cdstudy study format (expected {FORMAT})"),
            )
            .at(Some(text), format_line, 1)
        })?,
        Some(other) => {
            return Err(err(
                LoadErrorKind::UnknownFormat,
                &format!("`format: {other}` is not a cdstudy study format (expected {FORMAT})"),
            )
            .at(Some(text), format_line, 1))
        }
    };
    if version > FORMAT_VERSION {
        return Err(err(
            LoadErrorKind::NewerFormat,
            &format!(
                "the file is in format cdstudy/{version}, written by a newer cdstudy; this cdstudy \
                 ({}) reads {FORMAT} and older",
                env!("CARGO_PKG_VERSION")
            ),
        )
        .at(Some(text), format_line, 1)
        .hint("update cdstudy to open this file; it has not been changed"));
    }

    let (study, migrated_from) = if version == FORMAT_VERSION {
        (parse_yaml(text, file)?, None)
    } else {
        let mut tree: serde_json::Value =
            serde_saphyr::from_str_with_options(text, reader_options())
                .map_err(|e| from_saphyr(&e, LoadErrorKind::Syntax, text, file, None))?;
        migrate::upgrade(&mut tree, version).map_err(|m| {
            err(
                LoadErrorKind::Shape,
                &format!("cannot upgrade from cdstudy/{version}: {m}"),
            )
        })?;
        let study: Study = serde_path_to_error::deserialize(tree).map_err(|e| {
            let mut le = err(
                LoadErrorKind::Shape,
                &format!("after upgrading from cdstudy/{version}: {}", e.inner()),
            );
            le.study_path = Some(e.path().to_string());
            le
        })?;
        warnings.push(LoadWarning {
            kind: WarningKind::Migrated,
            line: format_line,
            message: format!(
                "the file is in the older format cdstudy/{version}; a save writes {FORMAT}"
            ),
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
    fn describe(&self) -> String {
        let mut out = format!("lines {}–{}", self.start, self.end);
        if let Some(section) = &self.section {
            out.push_str(&format!(" in {section}"));
        }
        if let Some(item) = &self.item {
            out.push_str(&format!(" (item {item})"));
        }
        out
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
    let (kind, mut message, hint) = match bare {
        serde_saphyr::Error::Budget { breach, .. } => {
            let what = match breach {
                BudgetBreach::Depth { .. } => format!("nested more than {MAX_DEPTH} levels deep"),
                BudgetBreach::ScalarBytes { .. } => format!(
                    "more than {} MB of text in its values",
                    MAX_TEXT_BYTES / 1_048_576
                ),
                BudgetBreach::Aliases { .. } | BudgetBreach::AliasAnchorRatio { .. } => {
                    "too many aliases (*name)".to_string()
                }
                BudgetBreach::Anchors { .. } => "too many anchors (&name)".to_string(),
                BudgetBreach::Documents { .. } => "more than one YAML document (---)".to_string(),
                _ => "more items than a study can hold".to_string(),
            };
            let hint = if matches!(breach, BudgetBreach::ScalarBytes { .. }) {
                SPLIT_HINT
            } else {
                "a study file is one document of plain keys and values; is this the right file?"
            };
            (
                LoadErrorKind::TooLarge,
                format!("the file has {what}"),
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
                    "the file's aliases (*name) expand to more than a study can hold".to_string(),
                    Some("a study file is plain keys and values; write the values out instead of using anchors and aliases"),
                )
            } else {
                let (message, hint) = plain_message(&rendered);
                (kind, message, hint)
            }
        }
    };
    if let Some(loc) = e.location() {
        let suffix = format!(" at line {}, column {}", loc.line(), loc.column());
        if let Some(stripped) = message.strip_suffix(&suffix) {
            message = stripped.to_string();
        }
    }
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

/// Rewords the YAML library's messages where a CDA would not follow them.
fn plain_message(rendered: &str) -> (String, Option<&'static str>) {
    let msg = rendered.trim().to_string();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        if let Some((key, expected)) = rest.split_once("`, expected one of ") {
            let loc_free = expected.split(" at line ").next().unwrap_or(expected);
            return (
                format!("unknown key `{key}`; the keys here are: {loc_free}"),
                Some("cdstudy keeps no key it does not know, so nothing is lost silently: check the spelling against the keys above; a remark with no key of its own can go in a review note (`review:`)"),
            );
        }
        if let Some((key, _)) = rest.split_once('`') {
            return (
                format!("unknown key `{key}`; nothing is allowed here"),
                None,
            );
        }
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        if let Some((word, expected)) = rest.split_once("`, expected one of ") {
            let loc_free = expected.split(" at line ").next().unwrap_or(expected);
            return (format!("`{word}` is not one of: {loc_free}"), None);
        }
    }
    for (lib, ours) in [
        (
            "expected sequence start",
            "expected a list here: one item per line, each starting with '- '",
        ),
        (
            "expected mapping start",
            "expected keys and values here (key: value)",
        ),
        ("invalid u32", "expected a whole number (0 or more)"),
        ("invalid u64", "expected a whole number (0 or more)"),
        ("invalid u8", "expected a whole number (0 or more)"),
        ("invalid bool", "expected true or false"),
        (
            "expected string scalar",
            "expected a single value (text), found a list or a set of keys",
        ),
    ] {
        if let Some(rest) = msg.strip_prefix(lib) {
            return (format!("{ours}{rest}"), None);
        }
    }
    if msg.contains("found a tab")
        || msg.contains("tab character")
        || msg.contains("tabs disallowed")
    {
        return (
            msg,
            Some("YAML does not allow tabs for indentation: indent with spaces"),
        );
    }
    (msg, None)
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
    let mut warn = |line: Option<usize>, message: &str| {
        if let Some(line) = line {
            out.push(LoadWarning {
                kind: WarningKind::NotKeptOnSave,
                line: line.max(1),
                message: message.to_string(),
            });
        }
    };
    warn(comment, "the file has comments (#); a save cannot keep them — move them into `notes` or a review note");
    warn(
        anchor,
        "the file uses anchors or aliases (&name, *name); a save writes each value out in full",
    );
    warn(
        merge,
        "the file uses merge keys (<<:); a save writes the merged keys out in full",
    );
    warn(
        tag,
        "the file uses YAML tags (!name); a save does not keep them",
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
        assert_eq!(blocks[0].describe(), "lines 6–10 in bottlenecks (item b-3)");
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
