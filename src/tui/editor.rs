//! The field being edited: what is typed (a text editor, one line or many) or picked (a
//! choice, a picker of items), where its cursor is, why its last value was refused, and
//! its keys. It owns that state and answers a key with an `EditMsg`, what the app is to do
//! with the study (keep the value, drop the typing, go on to the next field); it never
//! reaches into the app, so its rules can be read (and tested) here alone.

use crate::i18n::Messages;
use crate::model::Id;
use crate::store::draft::DraftEntry;

use super::fields::Answer;
use super::input::TextEditor;
use super::keys::{self, Command, Mode};
use super::sections::Place;

/// A field being edited.
pub struct Editing {
    pub place: Place,
    /// "Bottlenecks › b-3 › Evidence", in English for the draft.
    pub label: String,
    /// The same in the screen's language, for the editor's title.
    pub title: String,
    pub path: String,
    pub kind: EditKind,
    /// Why the last attempt to keep the value was refused.
    pub error: Option<String>,
    /// Esc on a refused value: a second Esc drops the typing.
    esc_armed: bool,
    /// Quitting was refused for the refused value (and `error` says so).
    quit_refused: bool,
    /// The value the editor started from, to know whether anything was typed.
    original: String,
    /// A one-line value opened by Tab is selected whole, as in a browser's form: the
    /// first character typed replaces it, as typing on a selected field does; a cursor
    /// key or Backspace edits it instead.
    pub select_all: bool,
    /// For a file's path: the files it completes from (relative to the study's folder).
    pub files: Option<Vec<String>>,
}

pub enum EditKind {
    Text(TextEditor),
    Choose {
        options: Vec<(String, String)>,
        selected: usize,
        optional: bool,
        /// Letters typed so far: the choice they start (or are part of) is selected.
        query: String,
    },
    Pick {
        many: bool,
        /// (id, label) of every item of the kind.
        items: Vec<(Id, String)>,
        selected: usize,
        ticked: Vec<Id>,
        query: String,
    },
}

/// What completing a photograph's file name found, for the app to say in its language.
#[derive(Debug, Clone, PartialEq)]
pub enum Completion {
    /// The study's folder has no JPEG or PNG file.
    NoFiles,
    /// None fits what was typed.
    NoneFits(String),
    /// One file fits, and was put in.
    One(String),
    /// These fit (what they begin alike with was put in).
    Many(Vec<String>),
}

/// What the editor asks of the app after a key.
#[derive(Debug, Clone, PartialEq)]
pub enum EditMsg {
    /// The editor changed itself (a letter, the cursor, the selection), or the key does
    /// nothing here: nothing for the app to do.
    Stay,
    /// Keep the typed text, then open the field `then` fields on (0: stay on this one).
    Keep { then: i64 },
    /// Esc: keep the typed text; when it is refused, a second Esc drops it
    /// (`Editing::esc_on_refused` says which).
    KeepOrDrop,
    /// Drop what was typed; the field stays as it was.
    Drop,
    /// Keep the typed text and save now.
    KeepAndSave,
    /// Keep the typed text and quit; when it is refused, do not quit
    /// (`Editing::refuse_quit` says why).
    KeepAndQuit,
    /// Close a picker, nothing chosen.
    Cancel,
    /// A path was completed (or not): what to tell the person.
    Completed(Completion),
    /// The picker's answer; then open the next field (`next`).
    Answer { answer: Answer, next: bool },
}

impl Editing {
    /// A typed field's editor, opened on `text`.
    pub fn text(place: Place, label: String, path: String, text: &str, multiline: bool) -> Self {
        let kind = EditKind::Text(TextEditor::new(text, multiline));
        Editing {
            original: text.to_string(),
            ..Editing::new(place, label, path, kind)
        }
    }

    /// A field's editor of `kind` (a picker, or a text that starts empty).
    pub fn new(place: Place, label: String, path: String, kind: EditKind) -> Self {
        Editing {
            place,
            title: label.clone(),
            label,
            path,
            kind,
            error: None,
            esc_armed: false,
            quit_refused: false,
            original: String::new(),
            select_all: false,
            files: None,
        }
    }

    /// The mode of the keyboard while this field is edited.
    pub fn mode(&self) -> Mode {
        match &self.kind {
            EditKind::Text(t) if t.is_multiline() => Mode::EditProse,
            EditKind::Text(_) if self.files.is_some() => Mode::EditPath,
            EditKind::Text(_) => Mode::EditLine,
            EditKind::Choose { .. } => Mode::Choose,
            EditKind::Pick { many: true, .. } => Mode::ChooseMany,
            EditKind::Pick { .. } => Mode::Choose,
        }
    }

    /// The text editor, when the field is typed.
    pub fn text_editor(&self) -> Option<&TextEditor> {
        match &self.kind {
            EditKind::Text(t) => Some(t),
            EditKind::Choose { .. } | EditKind::Pick { .. } => None,
        }
    }

    /// The one-line value is selected whole (a field opened by Tab).
    pub fn select_whole(&mut self) {
        self.select_all = matches!(&self.kind, EditKind::Text(t) if !t.is_multiline());
    }

    /// Typing on a selected one-line field replaces its value, as in a spreadsheet; a
    /// text area goes on after its text.
    pub fn replace_on_type(&mut self) {
        if let EditKind::Text(t) = &mut self.kind {
            if !t.is_multiline() {
                t.end();
                t.clear_to_start();
            }
        }
    }

    /// Backspace on a field not yet open: its editor, less the last character.
    pub fn backspace(&mut self) {
        if let EditKind::Text(t) = &mut self.kind {
            t.backspace();
        }
    }

    /// A printable character: typed into the text, or the picker's type-ahead.
    pub fn type_char(&mut self, c: char) {
        match &mut self.kind {
            EditKind::Text(t) => {
                if std::mem::take(&mut self.select_all) {
                    t.end();
                    t.clear_to_start();
                }
                t.insert_char(c);
                self.esc_armed = false;
            }
            kind => {
                if let Some(mut picker) = kind.picker() {
                    picker.type_ahead(c);
                }
            }
        }
    }

    /// Pasted text goes into the text (a picker takes none).
    pub fn paste(&mut self, text: &str) {
        if let EditKind::Text(t) = &mut self.kind {
            if std::mem::take(&mut self.select_all) {
                t.end();
                t.clear_to_start();
            }
            t.insert_str(text);
        }
    }

    /// The typing to keep in the draft journal: the text, when it differs from the value
    /// the editor opened with (`None` too for a picker).
    pub fn draft_entry(&self) -> Option<DraftEntry> {
        let t = self.text_editor()?;
        let text = t.text();
        (text != self.original).then(|| DraftEntry {
            path: self.path.clone(),
            label: self.label.clone(),
            text,
        })
    }

    /// A command while the field is edited; `width` is the text area's, for moving up and
    /// down by wrapped rows.
    pub fn key(&mut self, command: Command, width: u16) -> EditMsg {
        match self.kind {
            EditKind::Text(_) => self.text_key(command, width),
            EditKind::Choose { .. } | EditKind::Pick { .. } => self.pick_key(command),
        }
    }

    fn text_key(&mut self, command: Command, width: u16) -> EditMsg {
        use Command as C;
        if command == C::Complete {
            return self.complete();
        }
        let EditKind::Text(t) = &mut self.kind else {
            return EditMsg::Stay;
        };
        let typing = !matches!(
            command,
            C::Commit | C::Done | C::CommitNext | C::CommitPrev | C::Undo | C::SaveNow | C::Quit
        );
        if typing {
            self.esc_armed = false;
            // Deleting a selected value deletes it whole; moving the cursor keeps it.
            if std::mem::take(&mut self.select_all)
                && matches!(command, C::DeleteBack | C::DeleteForward)
            {
                t.end();
                t.clear_to_start();
                return EditMsg::Stay;
            }
        }
        if keys::edit_line(t, command) {
            return EditMsg::Stay;
        }
        match command {
            C::NewLine => t.newline(),
            C::Up => t.vertical(false, width),
            C::Down => t.vertical(true, width),
            C::Commit => return EditMsg::Keep { then: 0 },
            C::Done => return EditMsg::KeepOrDrop,
            C::CommitNext => return EditMsg::Keep { then: 1 },
            C::CommitPrev => return EditMsg::Keep { then: -1 },
            C::Undo => return EditMsg::Drop,
            C::SaveNow => return EditMsg::KeepAndSave,
            C::Quit => return EditMsg::KeepAndQuit,
            _ => {}
        }
        EditMsg::Stay
    }

    /// Completes the typed path from the files: the one file it starts (or, failing that,
    /// is part of), or the longest start the files it fits share, and says which fit.
    fn complete(&mut self) -> EditMsg {
        let (Some(files), EditKind::Text(t)) = (&self.files, &mut self.kind) else {
            return EditMsg::Stay;
        };
        let typed = t.text().trim().to_string();
        let lower = typed.to_lowercase();
        let mut fits: Vec<&String> = files
            .iter()
            .filter(|f| f.to_lowercase().starts_with(&lower))
            .collect();
        if fits.is_empty() {
            fits = files
                .iter()
                .filter(|f| f.to_lowercase().contains(&lower))
                .collect();
        }
        let replace = |t: &mut TextEditor, text: &str| {
            t.end();
            t.clear_to_start();
            t.insert_str(text);
        };
        self.select_all = false;
        self.esc_armed = false;
        match fits.as_slice() {
            [] if files.is_empty() => EditMsg::Completed(Completion::NoFiles),
            [] => EditMsg::Completed(Completion::NoneFits(typed.to_string())),
            [one] => {
                let one = (*one).clone();
                replace(t, &one);
                EditMsg::Completed(Completion::One(one))
            }
            many => {
                let first = many[0].as_str();
                let common = many.iter().fold(first, |acc, f| {
                    let n = acc
                        .char_indices()
                        .zip(f.chars())
                        .take_while(|((_, a), b)| a == b)
                        .last()
                        .map_or(0, |((i, a), _)| i + a.len_utf8());
                    &acc[..n]
                });
                if common.len() > typed.len() {
                    let common = common.to_string();
                    replace(t, &common);
                }
                let names = many.iter().map(|f| f.to_string()).collect();
                EditMsg::Completed(Completion::Many(names))
            }
        }
    }

    fn pick_key(&mut self, command: Command) -> EditMsg {
        use Command as C;
        // Tab chooses and opens the next field, as it keeps a typed value and moves on.
        let (command, next) = match command {
            C::CommitNext => (C::Choose, true),
            other => (other, false),
        };
        if matches!(command, C::Up | C::Down) {
            if let Some(mut picker) = self.kind.picker() {
                picker.step(command == C::Up);
            }
            return EditMsg::Stay;
        }
        if command == C::Cancel {
            return EditMsg::Cancel;
        }
        let answer = match &mut self.kind {
            EditKind::Text(_) => return EditMsg::Stay,
            EditKind::Choose {
                options,
                selected,
                optional,
                ..
            } => match command {
                C::Choose => Answer::Choice(options.get(*selected).map(|(v, _)| v.clone())),
                C::ChooseNone if *optional => Answer::Choice(None),
                _ => return EditMsg::Stay,
            },
            EditKind::Pick {
                many,
                items,
                selected,
                ticked,
                ..
            } => match command {
                C::Toggle => {
                    if let Some((id, _)) = items.get(*selected) {
                        if let Some(pos) = ticked.iter().position(|t| t == id) {
                            ticked.remove(pos);
                        } else {
                            ticked.push(id.clone());
                        }
                    }
                    return EditMsg::Stay;
                }
                C::Choose if *many => {
                    // Ticked order: what was there keeps its place and new ones follow,
                    // so the file's diff shows only what was added or removed.
                    Answer::Ids(
                        ticked
                            .iter()
                            .filter(|id| items.iter().any(|(i, _)| i == *id))
                            .cloned()
                            .collect(),
                    )
                }
                C::Choose => Answer::Ids(
                    items
                        .get(*selected)
                        .map(|(id, _)| id.clone())
                        .into_iter()
                        .collect(),
                ),
                C::ChooseNone => Answer::Ids(Vec::new()),
                _ => return EditMsg::Stay,
            },
        };
        EditMsg::Answer { answer, next }
    }

    /// The value was refused: why, shown under the field until it is corrected.
    pub fn refused(&mut self, why: String) {
        self.error = Some(why);
        self.quit_refused = false;
    }

    /// Esc on a refused value: true when it was the second Esc (drop the typing); a first
    /// one says that a second drops it.
    pub fn esc_on_refused(&mut self, m: &Messages) -> bool {
        if self.esc_armed {
            return true;
        }
        if !self.quit_refused {
            self.esc_armed = true;
            let why = self.error.clone().unwrap_or_default();
            self.error = Some(m.phrase(&crate::phrase!(
                "{why} — Esc again drops what you typed",
                why
            )));
        }
        false
    }

    /// Quitting would lose what was typed: say why nothing happened.
    pub fn refuse_quit(&mut self, m: &Messages) {
        if self.quit_refused {
            return;
        }
        self.quit_refused = true;
        let why = self.error.clone().unwrap_or_default();
        self.error = Some(m.phrase(&crate::phrase!(
            "{why} — not quitting: correct it, or Esc twice drops it",
            why
        )));
    }
}

/// The list a picker moves through, whichever kind it is: what each entry is searched
/// by (its file word or id, then its label), the selection and the letters typed.
struct PickerCursor<'a> {
    search: Vec<String>,
    selected: &'a mut usize,
    query: &'a mut String,
}

impl PickerCursor<'_> {
    fn type_ahead(&mut self, c: char) {
        let labels: Vec<&str> = self.search.iter().map(String::as_str).collect();
        if let Some(i) = type_ahead(self.query, c, &labels) {
            *self.selected = i;
        }
    }

    fn step(&mut self, up: bool) {
        *self.selected = if up {
            self.selected.saturating_sub(1)
        } else {
            (*self.selected + 1).min(self.search.len().saturating_sub(1))
        };
        self.query.clear();
    }
}

impl EditKind {
    /// The picker's cursor; `None` for text.
    fn picker(&mut self) -> Option<PickerCursor<'_>> {
        match self {
            EditKind::Text(_) => None,
            // The file word too, so the acronyms people use ("bmo", "bds") find their
            // choice, and typing the label works as before.
            EditKind::Choose {
                options,
                selected,
                query,
                ..
            } => Some(PickerCursor {
                search: options.iter().map(|(w, l)| format!("{w} {l}")).collect(),
                selected,
                query,
            }),
            EditKind::Pick {
                items,
                selected,
                query,
                ..
            } => Some(PickerCursor {
                search: items.iter().map(|(id, l)| format!("{id} {l}")).collect(),
                selected,
                query,
            }),
        }
    }
}

/// Type-ahead in a list of choices: adds `c` to what was typed and returns the first
/// label that starts with it, else the first that contains it (so "bu" finds "Buyer",
/// "test" finds "b-2 No testing laboratory"). When nothing matches, the letter starts a
/// new search.
fn type_ahead(query: &mut String, c: char, labels: &[&str]) -> Option<usize> {
    let find = |q: &str| {
        let lower: Vec<String> = labels.iter().map(|l| l.to_lowercase()).collect();
        lower
            .iter()
            .position(|l| l.starts_with(q))
            .or_else(|| lower.iter().position(|l| l.contains(q)))
    };
    query.extend(c.to_lowercase());
    if let Some(i) = find(query) {
        return Some(i);
    }
    query.clear();
    query.extend(c.to_lowercase());
    find(query)
}

#[cfg(test)]
mod tests {
    use super::type_ahead;

    fn typed(text: &str, labels: &[&str]) -> Option<usize> {
        let mut query = String::new();
        text.chars()
            .fold(None, |_, c| type_ahead(&mut query, c, labels))
    }

    #[test]
    fn choices_are_found_by_label_and_by_their_file_word() {
        let kinds = [
            "bmo Business membership organisation",
            "bank-fi Bank / financial institution",
            "bds-provider BDS provider",
            "supplier Supplier",
            "buyer Buyer",
            "other Other",
        ];
        assert_eq!(typed("bmo", &kinds), Some(0));
        assert_eq!(typed("busi", &kinds), Some(0));
        assert_eq!(typed("bu", &kinds), Some(4));
        assert_eq!(typed("bank", &kinds), Some(1));
        assert_eq!(typed("bds", &kinds), Some(2));
        assert_eq!(typed("financial", &kinds), Some(1));
        assert_eq!(typed("oth", &kinds), Some(5));
    }
}
