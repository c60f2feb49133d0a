//! Errors of loading and saving, written for the person who has to fix the file: the file,
//! the line and column, the path in the study, what was expected, and the lines around it.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::i18n::Messages;
use crate::phrase::Said;

/// What went wrong while loading a study file. Every variant leaves the file untouched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// The file could not be read at all.
    Unreadable,
    /// The file is not UTF-8 text.
    NotUtf8,
    /// Nothing but whitespace or comments.
    Empty,
    /// Git left conflict markers in the file.
    ConflictMarkers,
    /// The text is not valid YAML.
    Syntax,
    /// Valid YAML that does not fit the study: a wrong type, an unknown key, a bad value.
    Shape,
    /// The file is over one of the size limits (text, items, nesting, aliases).
    TooLarge,
    /// No `format:` key, or one this build does not know.
    UnknownFormat,
    /// Written by a newer cdstudy.
    NewerFormat,
}

/// A load error. Boxed so that results carrying it stay small; its fields are reached
/// through `Deref` (`err.line`, `err.message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError(Box<LoadErrorDetail>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadErrorDetail {
    pub kind: LoadErrorKind,
    pub file: PathBuf,
    /// 1-based line and column, where known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Where in the study, e.g. `bottlenecks[2].severity`.
    pub study_path: Option<String>,
    /// What is wrong: its English (what `Display` prints) and the phrase it was worded
    /// from, for [`LoadError::in_words`].
    pub message: Said,
    /// The lines around the error with a caret under the column.
    pub excerpt: Option<String>,
    /// What to do about it, where there is something specific to say.
    pub hint: Option<Said>,
}

impl std::ops::Deref for LoadError {
    type Target = LoadErrorDetail;
    fn deref(&self) -> &LoadErrorDetail {
        &self.0
    }
}

impl std::ops::DerefMut for LoadError {
    fn deref_mut(&mut self) -> &mut LoadErrorDetail {
        &mut self.0
    }
}

impl LoadError {
    pub(crate) fn new(kind: LoadErrorKind, file: PathBuf, message: impl Into<Said>) -> Self {
        LoadError(Box::new(LoadErrorDetail {
            kind,
            file,
            line: None,
            column: None,
            study_path: None,
            message: message.into(),
            excerpt: None,
            hint: None,
        }))
    }

    pub(crate) fn at(mut self, text: Option<&str>, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        if let Some(text) = text {
            self.excerpt = Some(excerpt(text, line, column));
        }
        self
    }

    pub(crate) fn hint(mut self, hint: impl Into<Said>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `file:line:column`, as compilers and editors read it.
    pub fn location(&self) -> String {
        let file = self.file.display();
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
            (Some(l), None) => format!("{file}:{l}"),
            _ => file.to_string(),
        }
    }

    /// The whole error worded in `m`'s language, laid out as `Display` lays out the
    /// English (which it is, byte for byte, in English): the place, the study path, what
    /// is wrong, the lines around it and what to do. The place, the path and the lines
    /// are the file's own and stay as they are.
    pub fn in_words(&self, m: &Messages) -> String {
        let mut out = format!("{}: ", self.location());
        if let Some(path) = &self.study_path {
            out.push_str(&format!("{path}: "));
        }
        out.push_str(&m.say(&self.message));
        if let Some(excerpt) = &self.excerpt {
            out.push_str(&format!("\n{excerpt}"));
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!("\n{}: {}", m.label("help"), m.say(hint)));
        }
        out
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.location())?;
        if let Some(path) = &self.study_path {
            write!(f, "{path}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(excerpt) = &self.excerpt {
            write!(f, "\n{excerpt}")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\nhelp: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Up to two lines before the error line, the line itself and a caret under the column.
pub(crate) fn excerpt(text: &str, line: usize, column: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if line == 0 || line > lines.len().max(1) {
        return String::new();
    }
    let first = line.saturating_sub(2).max(1);
    let width = line.to_string().len();
    let mut out = String::new();
    for n in first..=line {
        let content = lines.get(n - 1).copied().unwrap_or("");
        // Tabs would throw the caret off; show them as one space each, like the column count.
        let shown: String = truncate_chars(content, 120).replace('\t', " ");
        out.push_str(&format!("{n:>width$} | {shown}\n"));
    }
    let pad = " ".repeat(column.saturating_sub(1).min(120));
    out.push_str(&format!("{:>width$} | {pad}^", ""));
    out
}

fn truncate_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// Why a save did not happen. In every case the file on disk is as it was. The message is
/// "FILE: not saved: REASON"; [`SaveError::reason`] is the reason alone, for a screen that
/// already names the file.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{path}: not saved: {}", self.reason(), path = path.display())]
    ChangedOnDisk { path: PathBuf },
    #[error("{path}: not saved: {}", self.reason(), path = path.display())]
    RemovedOnDisk { path: PathBuf },
    #[error("{path}: not saved: {}", self.reason(), path = path.display())]
    Io {
        path: PathBuf,
        action: String,
        #[source]
        source: io::Error,
        hint: String,
    },
    #[error("not saved: {}", self.reason())]
    Serialize(String),
    #[error("{path}: not created: {}", self.reason(), path = path.display())]
    AlreadyExists { path: PathBuf },
    #[error("{path}: not saved: {}", self.reason(), path = path.display())]
    ReadOnly { path: PathBuf },
}

impl SaveError {
    /// Why, without the file's name.
    pub fn reason(&self) -> String {
        match self {
            SaveError::ChangedOnDisk { .. } => "the file changed on disk since it was opened \
                (another editor, or a git pull); reload it, or save under another name"
                .to_string(),
            SaveError::RemovedOnDisk { .. } => {
                "the file was removed since it was opened; save again to recreate it".to_string()
            }
            SaveError::Io {
                action,
                source,
                hint,
                ..
            } => format!("{action}: {source}{hint}"),
            SaveError::Serialize(e) => format!("the study could not be written as YAML: {e}"),
            SaveError::AlreadyExists { .. } => "a file of that name already exists".to_string(),
            SaveError::ReadOnly { .. } => "the study file is read-only (its permissions say so); \
                make it writable (chmod u+w) to save over it, or save under another name"
                .to_string(),
        }
    }

    pub(crate) fn io(path: &std::path::Path, action: impl Into<String>, source: io::Error) -> Self {
        let hint = match source.kind() {
            io::ErrorKind::PermissionDenied => {
                " (is the folder read-only? save under another name in a folder you can write to)"
                    .to_string()
            }
            io::ErrorKind::StorageFull => {
                " (the disk is full: free some space and save again)".to_string()
            }
            _ => String::new(),
        };
        SaveError::Io {
            path: path.to_path_buf(),
            action: action.into(),
            source,
            hint,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reason_is_the_message_without_the_file() {
        let e = SaveError::ChangedOnDisk {
            path: PathBuf::from("studies/a.yaml"),
        };
        assert_eq!(
            e.to_string(),
            format!("studies/a.yaml: not saved: {}", e.reason())
        );
        let e = SaveError::Serialize("bad".into());
        assert_eq!(
            e.to_string(),
            "not saved: the study could not be written as YAML: bad"
        );
        assert_eq!(e.reason(), "the study could not be written as YAML: bad");
    }

    #[test]
    fn in_english_the_worded_error_is_its_display() {
        let e = LoadError::new(
            LoadErrorKind::Empty,
            PathBuf::from("a.yaml"),
            crate::phrase!("the file is empty"),
        )
        .at(Some("x: 1\n"), 1, 1)
        .hint(crate::phrase!(
            "update cdstudy to open this file; it has not been changed"
        ));
        assert_eq!(e.in_words(&Messages::english()), e.to_string());
        assert!(e
            .to_string()
            .ends_with("\nhelp: update cdstudy to open this file; it has not been changed"));
    }

    #[test]
    fn excerpt_points_at_the_column() {
        let text = "a: 1\nb: 2\nc: oops\nd: 4\n";
        assert_eq!(
            excerpt(text, 3, 4),
            "1 | a: 1\n2 | b: 2\n3 | c: oops\n  |    ^"
        );
    }
}
