//! The dialogs: the questions the editor asks over the screen (confirmations of what
//! cannot be taken back, the changed-on-disk dialog, the draft found at start, save-as,
//! the scheme and document pickers ...), queued, and their keys. A dialog changes nothing
//! itself: its keys pick an option, and `Dialogs::key` returns the `Choice` (and the
//! typed answer) for `App` to carry out. Only going between a dialog and the
//! confirmation asked from it is handled here.
//!
//! A choice that loses work (deleting, reloading over changes, discarding a draft) is
//! confirmed with Enter and cancelled with Esc, never with a letter: a dialog can open
//! while a person types on, and "dye" typed in a list must not delete the item.

use crate::i18n::Messages;
use std::collections::VecDeque;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::render::{DocKind, Format};
use crate::store::draft::Draft;
use crate::store::lock::Holder;

use super::fields::short;
use super::input::TextEditor;
use super::keys::{self, CommandInfo, Key, Mode};
use super::message::Tone;

/// What a dialog's option does.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    DeleteItem {
        section: usize,
        part: usize,
        at: Vec<usize>,
    },
    RemoveOptional {
        section: usize,
        part: usize,
    },
    Recover,
    /// Ask, with Enter, before discarding the draft: a letter typed on must not lose it.
    AskDiscardDraft,
    DiscardDraft,
    KeepDraftAside,
    AllowSaving,
    HoldSaving,
    OpenAnyway,
    QuitNow,
    /// Make it the study's scheme (one undoable edit).
    SwitchScheme(String),
    /// Write the document to a file beside the study.
    Render(DocKind, Format),
    Reload,
    /// Ask before a reload that drops what is not in the file.
    AskReload,
    /// Merge the file changed on disk with the study here.
    Merge,
    AskSaveAs,
    SaveAs,
    KeepUnsavedAndQuit,
    /// Back to the dialog a confirmation was asked from.
    Back,
    Close,
}

pub struct DialogOption {
    pub key: char,
    /// In English, a fixed label or a phrase; the screen words it in its language.
    pub label: crate::phrase::Said,
    pub choice: Choice,
}

pub struct Dialog {
    /// In English, a fixed label or a phrase; the screen words it in its language.
    pub title: crate::phrase::Said,
    pub body: Vec<String>,
    pub tone: Tone,
    pub options: Vec<DialogOption>,
    /// A typed answer (a file name), confirmed with Enter as the first option.
    pub input: Option<TextEditor>,
    /// The dialog this confirmation was asked from: `Choice::Back` returns to it.
    pub back: Option<Box<Dialog>>,
}

impl Dialog {
    /// A dialog that only tells: one "understood" answer on Enter.
    pub fn notice(title: impl Into<crate::phrase::Said>, body: Vec<String>, tone: Tone) -> Dialog {
        Dialog {
            title: title.into(),
            body,
            tone,
            options: vec![DialogOption {
                key: '\n',
                label: "understood".into(),
                choice: Choice::Close,
            }],
            input: None,
            back: None,
        }
    }

    /// Its options, as the key bar and the help screen show commands.
    pub fn commands(&self, messages: &Messages) -> Vec<CommandInfo> {
        self.options
            .iter()
            .map(|o| CommandInfo {
                keys: if o.key == '\n' {
                    "Enter".into()
                } else if o.key == '\u{1b}' {
                    "Esc".into()
                } else {
                    o.key.to_string()
                },
                desc: messages.label_of(&o.label),
                bar: true,
            })
            .collect()
    }
}

/// The dialogs waiting to be answered; the first is on the screen.
#[derive(Default)]
pub struct Dialogs {
    queue: VecDeque<Dialog>,
}

impl Dialogs {
    pub fn front(&self) -> Option<&Dialog> {
        self.queue.front()
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// Every dialog waiting, the one on the screen first.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = &Dialog> {
        self.queue.iter()
    }

    /// Asks after what is already asked.
    pub fn push_back(&mut self, dialog: Dialog) {
        self.queue.push_back(dialog);
    }

    /// Asks before anything else.
    pub fn push_front(&mut self, dialog: Dialog) {
        self.queue.push_front(dialog);
    }

    /// A key for the dialog on the screen: the choice picked, with the typed answer of a
    /// dialog that has one, for `App` to carry out; `None` when the key picks nothing.
    pub fn key(
        &mut self,
        key: Key,
        event: &KeyEvent,
        m: &Messages,
    ) -> Option<(Choice, Option<String>)> {
        let dialog = self.queue.front_mut()?;
        let pressed = match key.code {
            KeyCode::Enter => Some('\n'),
            KeyCode::Esc => Some('\u{1b}'),
            KeyCode::Char(c) if dialog.input.is_none() && !key.ctrl => Some(c.to_ascii_lowercase()),
            _ => None,
        };
        if let Some(input) = &mut dialog.input {
            // The same keys as in any typed field (Ctrl-U, Ctrl-A ... too).
            let edited = keys::lookup(Mode::EditLine, key)
                .is_some_and(|command| keys::edit_line(input, command));
            if let (false, KeyCode::Char(c)) = (edited, event.code) {
                if !key.ctrl {
                    input.insert_char(c);
                }
            }
        }
        let pressed = pressed?;
        // Enter picks the first option of a dialog without its own Enter key.
        let choice = dialog
            .options
            .iter()
            .find(|o| o.key == pressed)
            .or_else(|| (pressed == '\n').then(|| dialog.options.first()).flatten())
            .map(|o| o.choice.clone())?;
        let typed = dialog.input.as_ref().map(TextEditor::text);
        let asked = self.queue.pop_front()?;
        match choice {
            Choice::AskDiscardDraft => {
                self.queue.push_front(confirm_discard_draft(asked, m));
                None
            }
            Choice::Back => {
                if let Some(back) = asked.back {
                    self.queue.push_front(*back);
                }
                None
            }
            choice => Some((choice, typed)),
        }
    }
}

/// Discarding the draft loses its typing for good: it is confirmed with Enter, a key no
/// one typing a word presses next; Esc goes back to the draft's dialog.
fn confirm_discard_draft(asked: Dialog, m: &Messages) -> Dialog {
    Dialog {
        title: "Discard the draft?".into(),
        body: vec![
            m.text("dialog-discard-lost").into_owned(),
            String::new(),
            m.text("dialog-discard-keep-both").into_owned(),
        ],
        tone: Tone::Error,
        options: vec![
            DialogOption {
                key: '\n',
                label: "discard it".into(),
                choice: Choice::DiscardDraft,
            },
            DialogOption {
                key: '\u{1b}',
                label: "go back".into(),
                choice: Choice::Back,
            },
        ],
        input: None,
        back: Some(Box::new(asked)),
    }
}

/// Save-as: the file name typed, `suggestion` to begin with.
pub fn save_as(suggestion: &str, m: &Messages) -> Dialog {
    Dialog {
        title: "Save under another name".into(),
        body: vec![
            m.text("dialog-save-as-body").into_owned(),
            m.text("dialog-save-as-never-overwrites").into_owned(),
        ],
        tone: Tone::Info,
        options: vec![
            DialogOption {
                key: '\n',
                label: "save".into(),
                choice: Choice::SaveAs,
            },
            DialogOption {
                key: '\u{1b}',
                label: "cancel".into(),
                choice: Choice::Close,
            },
        ],
        input: Some(TextEditor::new(suggestion, false)),
        back: None,
    }
}

/// Another cdstudy holds the study open.
pub fn busy(holder: &Holder, m: &Messages) -> Dialog {
    let host = match holder.host.is_empty() {
        true => m.text("dialog-busy-this-computer").into_owned(),
        false => holder.host.clone(),
    };
    Dialog {
        title: "Open in another cdstudy".into(),
        body: vec![
            m.with(
                "dialog-busy-body",
                &[
                    ("pid", holder.pid.to_string().into()),
                    ("host", host.into()),
                    ("since", holder.since.to_string().into()),
                ],
            ),
            m.text("dialog-busy-collide").into_owned(),
        ],
        tone: Tone::Warn,
        options: vec![
            DialogOption {
                key: 'q',
                label: "quit".into(),
                choice: Choice::QuitNow,
            },
            DialogOption {
                key: 'o',
                label: "open anyway".into(),
                choice: Choice::OpenAnyway,
            },
        ],
        input: None,
        back: None,
    }
}

/// The draft of unsaved typing found at start: what it holds and when, and whether the
/// file changed since (`same_version`).
pub fn draft_found(draft: &Draft, same_version: bool, m: &Messages) -> Dialog {
    let mut body = vec![m.with(
        "dialog-draft-found",
        &[("when", draft.written_label().into())],
    )];
    for e in draft.entries.iter().take(4) {
        body.push(format!("  {}:", e.label));
        body.push(format!("    \"{}\"", short(&e.text.replace('\n', " "), 60)));
    }
    if draft.entries.len() > 4 {
        body.push(m.with(
            "dialog-and-more-fields",
            &[("count", (draft.entries.len() - 4).into())],
        ));
    }
    if !same_version {
        body.push(String::new());
        body.push(m.text("dialog-draft-file-changed").into_owned());
    }
    body.push(String::new());
    body.push(m.text("dialog-draft-keep-both").into_owned());
    Dialog {
        title: "Unsaved typing found".into(),
        body,
        tone: Tone::Warn,
        options: vec![
            DialogOption {
                key: 'r',
                label: "recover it".into(),
                choice: Choice::Recover,
            },
            DialogOption {
                key: 'k',
                label: "keep both".into(),
                choice: Choice::KeepDraftAside,
            },
            DialogOption {
                key: 'd',
                label: "discard it…".into(),
                choice: Choice::AskDiscardDraft,
            },
        ],
        input: None,
        back: None,
    }
}
