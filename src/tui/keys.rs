//! The key map, as data: per mode, which keys run which command and what it does in a
//! few words. The key bar and the `?` help screen are both drawn from `commands()`, so
//! what the screen says a key does is what the key does.
//!
//! Typing is text. In a form no printable character is a command: a letter, digit, space
//! or sign typed on a field starts editing that field with it (see `notes`), so a word
//! typed a moment too early lands in the study instead of adding, deleting, undoing,
//! jumping or quitting. A form's commands are keys that are not text (Enter, Esc, Tab,
//! arrows, Delete, Insert, Ctrl-, Alt-, F-keys). The lists, the sections and the views,
//! reached from a form only by Esc, keep their one-letter commands too.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::input::TextEditor;
use super::views::ViewKind;
use crate::i18n::Messages;

/// A key as the map knows it: shifted letters are their capitals, Shift-Tab is BackTab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

const fn ch(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
        alt: false,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
        alt: false,
    }
}

const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
        alt: true,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: false,
        alt: false,
    }
}

const fn ctrl_code(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: true,
        alt: false,
    }
}

impl Key {
    pub fn of_event(e: &KeyEvent) -> Key {
        let ctrl = e.modifiers.contains(KeyModifiers::CONTROL);
        let alt = e.modifiers.contains(KeyModifiers::ALT);
        let code = match e.code {
            // Some terminals send Shift-Tab as Tab with SHIFT.
            KeyCode::Tab if e.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            KeyCode::Char(c) if ctrl || alt => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        Key { code, ctrl, alt }
    }

    /// A key that types text where text is typed: a character without Ctrl or Alt.
    pub fn is_text(&self) -> bool {
        matches!(self.code, KeyCode::Char(_)) && !self.ctrl && !self.alt
    }

    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.ctrl || self.alt => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Backspace => "Bksp".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Insert => "Ins".into(),
            KeyCode::F(n) => format!("F{n}"),
            _ => "?".into(),
        };
        match (self.ctrl, self.alt) {
            (true, _) => format!("Ctrl-{base}"),
            (false, true) => format!("Alt-{base}"),
            _ => base,
        }
    }
}

/// What a key asks for. The app decides what each command means where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Up,
    Down,
    /// Across, in a view (the previous stage, quadrant; sideways in a preview).
    Left,
    Right,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Into the section, the item, the field.
    Open,
    /// Back out: field → item list → sections.
    Back,
    NextPart,
    PrevPart,
    NextField,
    PrevField,
    Add,
    Delete,
    Clear,
    MoveUp,
    MoveDown,
    NextMissing,
    Undo,
    Redo,
    Help,
    /// The whole text of what is cut short on screen: the field's hint, the findings
    /// here, the last message.
    Details,
    Quit,
    SaveNow,
    SaveAs,
    // Typing
    Commit,
    Done,
    CommitNext,
    CommitPrev,
    CursorLeft,
    CursorRight,
    LineStart,
    LineEnd,
    DeleteBack,
    DeleteForward,
    ClearToStart,
    NewLine,
    /// Complete a file's path from the study's folder.
    Complete,
    // Pickers
    Choose,
    Toggle,
    ChooseNone,
    Cancel,
    // Views
    /// Compare the budget under another scheme, then switch or not.
    SwitchScheme,
    /// The preview shows the other document (DSR or DPR).
    OtherDocument,
    /// Write the document shown to a file beside the study.
    Render,
}

/// One binding: the keys, the command, a description, and whether the key bar shows it.
#[derive(Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    pub desc: &'static str,
    pub bar: bool,
}

/// Where the keyboard is, which decides what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Sidebar,
    List,
    Form,
    EditLine,
    /// Typing a file's path, which completes from the study's folder.
    EditPath,
    EditProse,
    Choose,
    ChooseMany,
    Help,
    /// A view of a section (the value-chain map, the budget ...).
    View(ViewKind),
    /// The start screen's list of studies.
    Start,
    /// The start screen's form for a new study.
    NewStudy,
}

impl Mode {
    /// Every mode, the views' included (for tests that walk them all).
    #[cfg(test)]
    pub fn all() -> Vec<Mode> {
        let views = ViewKind::ALL.iter().map(|&v| Mode::View(v));
        views
            .chain([
                Mode::Sidebar,
                Mode::List,
                Mode::Form,
                Mode::EditLine,
                Mode::EditPath,
                Mode::EditProse,
                Mode::Choose,
                Mode::ChooseMany,
                Mode::Help,
                Mode::Start,
                Mode::NewStudy,
            ])
            .collect()
    }

    pub fn title(self) -> &'static str {
        match self {
            Mode::Sidebar => "Sections",
            Mode::List => "A list of items",
            Mode::Form => "A form",
            Mode::EditLine => "Typing in a one-line field",
            Mode::EditPath => "Typing a photograph's file",
            Mode::EditProse => "Typing in a text area",
            Mode::Choose => "Choosing one",
            Mode::ChooseMany => "Choosing several",
            Mode::Help => "Help",
            Mode::View(v) => v.title(),
            Mode::Start => "Start screen",
            Mode::NewStudy => "New study",
        }
    }
}

use Command as C;
use KeyCode as K;

/// Carries out a cursor or deletion command on a line being typed, wherever it is typed
/// (a field, the new-study form, a dialog's answer); `false` when `command` is not one.
pub fn edit_line(editor: &mut TextEditor, command: Command) -> bool {
    match command {
        C::CursorLeft => editor.left(),
        C::CursorRight => editor.right(),
        C::LineStart => editor.home(),
        C::LineEnd => editor.end(),
        C::DeleteBack => editor.backspace(),
        C::DeleteForward => editor.delete(),
        C::ClearToStart => editor.clear_to_start(),
        _ => return false,
    }
    true
}

macro_rules! b {
    ([$($k:expr),+], $c:expr, $d:literal, $bar:literal) => {
        Binding { keys: &[$($k),+], command: $c, desc: $d, bar: $bar }
    };
}

// Moving by keys that are not text works everywhere one browses, forms included.
static MOVE: &[Binding] = &[
    b!([code(K::Up)], C::Up, "up", false),
    b!([code(K::Down)], C::Down, "down", false),
    b!([code(K::PageUp)], C::PageUp, "page up", false),
    b!([code(K::PageDown)], C::PageDown, "page down", false),
    b!([code(K::Home)], C::Top, "first", false),
    b!([code(K::End)], C::Bottom, "last", false),
];

/// The same with the vim keys, outside forms only: in a form j and k are letters of words.
static MOVE_LETTERS: &[Binding] = &[
    b!([code(K::Up), ch('k')], C::Up, "up", false),
    b!([code(K::Down), ch('j')], C::Down, "down", false),
    b!([code(K::PageUp)], C::PageUp, "page up", false),
    b!([code(K::PageDown)], C::PageDown, "page down", false),
    b!([code(K::Home), ch('g')], C::Top, "first", false),
    b!([code(K::End), ch('G')], C::Bottom, "last", false),
];

/// The commands of every browsing mode, by keys that are not text: what a form has.
static EVERYWHERE: &[Binding] = &[
    b!([ctrl('n')], C::NextMissing, "next to do", true),
    b!([ctrl_code(K::PageDown)], C::NextPart, "next tab", false),
    b!([ctrl_code(K::PageUp)], C::PrevPart, "previous tab", false),
    b!([ctrl('z')], C::Undo, "undo", true),
    b!([ctrl('y'), ctrl('r')], C::Redo, "redo", false),
    b!([ctrl('s')], C::SaveNow, "save now", false),
    b!(
        [code(K::F(12))],
        C::SaveAs,
        "save under another name",
        false
    ),
    b!([code(K::F(2))], C::Details, "read all", true),
    b!([code(K::F(1))], C::Help, "help", true),
    b!([ctrl('q'), ctrl('c')], C::Quit, "quit", true),
];

/// The same commands outside forms, where a letter is a command too (and shown first).
static EVERYWHERE_LETTERS: &[Binding] = &[
    b!([ch('n'), ctrl('n')], C::NextMissing, "next to do", true),
    b!(
        [ch(']'), ctrl_code(K::PageDown)],
        C::NextPart,
        "next tab",
        false
    ),
    b!(
        [ch('['), ctrl_code(K::PageUp)],
        C::PrevPart,
        "previous tab",
        false
    ),
    b!([ch('u'), ctrl('z')], C::Undo, "undo", true),
    b!([ctrl('y'), ctrl('r')], C::Redo, "redo", false),
    b!([ctrl('s')], C::SaveNow, "save now", false),
    b!(
        [ch('W'), code(K::F(12))],
        C::SaveAs,
        "save under another name",
        false
    ),
    b!([ch('i'), code(K::F(2))], C::Details, "read all", false),
    b!([ch('?'), code(K::F(1))], C::Help, "help", true),
    b!([ch('q'), ctrl('q'), ctrl('c')], C::Quit, "quit", true),
];

static SIDEBAR: &[Binding] = &[b!(
    [code(K::Enter), code(K::Right), ch('l'), code(K::Tab)],
    C::Open,
    "open section",
    true
)];

static LIST: &[Binding] = &[
    b!(
        [code(K::Enter), code(K::Right), ch('l'), code(K::Tab)],
        C::Open,
        "edit item",
        true
    ),
    b!([ch('a'), code(K::Insert)], C::Add, "add", true),
    b!([ch('d'), code(K::Delete)], C::Delete, "delete", true),
    b!([ch('K')], C::MoveUp, "move item up", false),
    b!([ch('J')], C::MoveDown, "move item down", false),
    b!(
        [code(K::Esc), code(K::Left), ch('h')],
        C::Back,
        "sections",
        false
    ),
];

// Not one printable character here or in what a form shares: typing is text (see the
// module's comment, and `no_printable_character_is_a_command_in_a_form`).
static FORM: &[Binding] = &[
    b!([code(K::Enter)], C::Open, "edit", true),
    b!([code(K::Tab)], C::NextField, "next field", false),
    b!([code(K::BackTab)], C::PrevField, "previous field", false),
    b!([code(K::Delete)], C::Clear, "clear field", false),
    b!(
        [code(K::Backspace)],
        C::DeleteBack,
        "edit, deleting the last character",
        false
    ),
    b!([code(K::Insert), alt('a')], C::Add, "add item", false),
    b!([alt('d')], C::Delete, "delete item", false),
    b!([code(K::Esc), code(K::Left)], C::Back, "back", true),
];

static EDIT_LINE: &[Binding] = &[
    b!([code(K::Enter)], C::Commit, "keep", true),
    b!([code(K::Esc)], C::Done, "done", false),
    b!([code(K::Tab)], C::CommitNext, "keep, next field", true),
];

// Tab keeps its meaning (keep, next field) in every field; completion has its own key.
static EDIT_PATH: &[Binding] = &[
    b!([code(K::Enter)], C::Commit, "keep", true),
    b!([code(K::Esc)], C::Done, "done", false),
    b!([ctrl('t')], C::Complete, "complete the file", true),
    b!([code(K::Tab)], C::CommitNext, "keep, next field", true),
];

static EDIT_PROSE: &[Binding] = &[
    b!([code(K::Esc)], C::Done, "done", true),
    b!([code(K::Tab)], C::CommitNext, "keep, next field", true),
    b!([code(K::Enter)], C::NewLine, "new line", true),
    b!([code(K::Up)], C::Up, "line up", false),
    b!([code(K::Down)], C::Down, "line down", false),
];

/// What one-line fields and text areas share.
static TYPING: &[Binding] = &[
    b!(
        [code(K::BackTab)],
        C::CommitPrev,
        "keep, previous field",
        false
    ),
    b!([code(K::Left)], C::CursorLeft, "cursor left", false),
    b!([code(K::Right)], C::CursorRight, "cursor right", false),
    b!(
        [code(K::Home), ctrl('a')],
        C::LineStart,
        "line start",
        false
    ),
    b!([code(K::End), ctrl('e')], C::LineEnd, "line end", false),
    b!([code(K::Backspace)], C::DeleteBack, "delete back", false),
    b!([code(K::Delete)], C::DeleteForward, "delete forward", false),
    b!([ctrl('u')], C::ClearToStart, "delete to line start", false),
    b!([ctrl('z')], C::Undo, "undo (drops this typing)", false),
    b!([ctrl('s')], C::SaveNow, "keep and save", false),
    b!([code(K::F(2))], C::Details, "read all", false),
    b!([code(K::F(1))], C::Help, "help", false),
    b!([ctrl('q'), ctrl('c')], C::Quit, "keep and quit", false),
];

// In the pickers letters find a choice by typing ahead, so the vim keys j and k are not
// movement there: typing "bank" or "kiln" must reach the choice, not move past it.
static CHOOSE: &[Binding] = &[
    b!([code(K::Up)], C::Up, "up", false),
    b!([code(K::Down)], C::Down, "down", false),
    b!([code(K::Enter)], C::Choose, "choose", true),
    b!([code(K::Tab)], C::CommitNext, "choose, next field", false),
    b!(
        [code(K::Backspace), code(K::Delete)],
        C::ChooseNone,
        "none",
        true
    ),
    b!([code(K::Esc)], C::Cancel, "cancel", true),
];

static CHOOSE_MANY: &[Binding] = &[
    b!([code(K::Up)], C::Up, "up", false),
    b!([code(K::Down)], C::Down, "down", false),
    b!([ch(' ')], C::Toggle, "tick / untick", true),
    b!([code(K::Enter)], C::Choose, "done", true),
    b!([code(K::Tab)], C::CommitNext, "done, next field", false),
    b!([code(K::Esc)], C::Cancel, "cancel", true),
];

static HELP: &[Binding] = &[
    b!([code(K::Up), ch('k')], C::Up, "scroll up", false),
    b!([code(K::Down), ch('j')], C::Down, "scroll down", false),
    b!([code(K::PageUp)], C::PageUp, "page up", false),
    b!(
        [code(K::PageDown), ch(' ')],
        C::PageDown,
        "page down",
        false
    ),
    b!([code(K::Home), ch('g')], C::Top, "top", false),
    b!([code(K::End), ch('G')], C::Bottom, "end", false),
    b!(
        [code(K::Esc), ch('?'), ch('q'), code(K::F(1))],
        C::Cancel,
        "close help",
        true
    ),
];

/// Every view: out to the sections (← too, where the view does not move across);
/// ↑↓ and the global keys come from MOVE and EVERYWHERE.
static VIEW: &[Binding] = &[b!([code(K::Esc)], C::Back, "sections", false)];
static VIEW_LEFT: &[Binding] = &[b!([code(K::Left), ch('h')], C::Back, "sections", false)];

static MAP: &[Binding] = &[
    b!([code(K::Enter)], C::Open, "open bottleneck", true),
    b!([ch('a')], C::Add, "add a stage", true),
    b!(
        [code(K::Right), ch('l'), code(K::Tab)],
        C::Right,
        "next stage",
        true
    ),
    b!(
        [code(K::Left), ch('h'), code(K::BackTab)],
        C::Left,
        "previous stage",
        false
    ),
];

static SWOT: &[Binding] = &[
    b!([code(K::Enter), ch('e')], C::Open, "edit here", true),
    b!([ch('a')], C::Add, "add", true),
    b!([ch('d'), code(K::Delete)], C::Delete, "delete", false),
    b!(
        [code(K::Right), ch('l'), code(K::Tab)],
        C::Right,
        "next quadrant",
        true
    ),
    b!(
        [code(K::Left), ch('h'), code(K::BackTab)],
        C::Left,
        "previous quadrant",
        false
    ),
];

static COVERAGE: &[Binding] = &[b!([code(K::Enter)], C::Open, "open bottleneck", true)];

static TIMELINE: &[Binding] = &[b!([code(K::Enter)], C::Open, "open action", true)];

static BUDGET: &[Binding] = &[b!([ch('s')], C::SwitchScheme, "other scheme…", true)];

static VIABILITY: &[Binding] = &[];

static FINDINGS: &[Binding] = &[b!([code(K::Enter)], C::Open, "go to it", true)];
static SCHEMES: &[Binding] = &[b!(
    [code(K::Enter)],
    C::Open,
    "what switching changes",
    true
)];

static PREVIEW: &[Binding] = &[
    b!([ch('o')], C::OtherDocument, "DSR ⇄ DPR", true),
    b!([ch('r')], C::Render, "render to a file…", true),
    b!([code(K::Right), ch('l')], C::Right, "scroll right", false),
    b!([code(K::Left), ch('h')], C::Left, "scroll left", false),
];

static START: &[Binding] = &[
    b!([code(K::Up), ch('k')], C::Up, "up", false),
    b!([code(K::Down), ch('j')], C::Down, "down", false),
    b!([code(K::Enter)], C::Open, "open", true),
    b!([ch('n')], C::Add, "new study", true),
    b!(
        [ch('q'), ctrl('q'), ctrl('c'), code(K::Esc)],
        C::Quit,
        "quit",
        true
    ),
];

static NEW_STUDY: &[Binding] = &[
    b!([code(K::Enter)], C::Commit, "next / create", true),
    b!(
        [code(K::Tab), code(K::Down)],
        C::NextField,
        "next field",
        true
    ),
    b!(
        [code(K::BackTab), code(K::Up)],
        C::PrevField,
        "previous field",
        false
    ),
    b!([code(K::Esc)], C::Cancel, "cancel", true),
    b!([code(K::Left)], C::CursorLeft, "cursor left", false),
    b!([code(K::Right)], C::CursorRight, "cursor right", false),
    b!(
        [code(K::Home), ctrl('a')],
        C::LineStart,
        "line start",
        false
    ),
    b!([code(K::End), ctrl('e')], C::LineEnd, "line end", false),
    b!([code(K::Backspace)], C::DeleteBack, "delete back", false),
    b!([code(K::Delete)], C::DeleteForward, "delete forward", false),
    b!([ctrl('u')], C::ClearToStart, "delete to line start", false),
];

/// The bindings of a mode, its own first; the browsing modes share the global ones.
pub fn bindings(mode: Mode) -> Vec<&'static Binding> {
    let (own, shared): (&[Binding], &[&[Binding]]) = match mode {
        Mode::Sidebar => (SIDEBAR, &[MOVE_LETTERS, EVERYWHERE_LETTERS]),
        Mode::List => (LIST, &[MOVE_LETTERS, EVERYWHERE_LETTERS]),
        Mode::Form => (FORM, &[MOVE, EVERYWHERE]),
        Mode::EditLine => (EDIT_LINE, &[TYPING]),
        Mode::EditPath => (EDIT_PATH, &[TYPING]),
        Mode::EditProse => (EDIT_PROSE, &[TYPING]),
        Mode::Choose => (CHOOSE, &[]),
        Mode::ChooseMany => (CHOOSE_MANY, &[]),
        Mode::Help => (HELP, &[]),
        Mode::View(v) => {
            let own = match v {
                ViewKind::Map => MAP,
                ViewKind::Swot => SWOT,
                ViewKind::Coverage => COVERAGE,
                ViewKind::Timeline => TIMELINE,
                ViewKind::Budget => BUDGET,
                ViewKind::Viability => VIABILITY,
                ViewKind::Findings => FINDINGS,
                ViewKind::Schemes => SCHEMES,
                ViewKind::Preview => PREVIEW,
            };
            let across = own.iter().any(|b| b.command == C::Left);
            return own
                .iter()
                .chain(VIEW)
                .chain(if across { &[] } else { VIEW_LEFT })
                .chain(MOVE_LETTERS)
                .chain(EVERYWHERE_LETTERS)
                .collect();
        }
        Mode::Start => (START, &[]),
        Mode::NewStudy => (NEW_STUDY, &[]),
    };
    own.iter()
        .chain(shared.iter().flat_map(|s| s.iter()))
        .collect()
}

/// What a key does in a mode: the one place where keys become actions, by the same
/// bindings the key bar and the help are made from.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Command(Command),
    /// A printable character: typed (in a form, it begins editing the selected field).
    Type(char),
    /// Esc, then this key. A terminal sends Esc and a key typed right after it as Alt and
    /// that key (tmux does, within its escape-time): both are meant, so neither is lost.
    /// (Two Escs in one read come from crossterm as one Esc: that one cannot be told
    /// apart.)
    EscThen(KeyEvent),
}

/// The action of `event` in `mode`; `None` when the key does nothing there.
pub fn action(mode: Mode, event: &KeyEvent) -> Option<Action> {
    let key = Key::of_event(event);
    match (lookup(mode, key), event.code) {
        (Some(command), _) => Some(Action::Command(command)),
        (None, KeyCode::Char(c)) if key.is_text() => Some(Action::Type(c)),
        (None, code) if key.alt && !key.ctrl => Some(Action::EscThen(KeyEvent::new(
            code,
            event.modifiers - KeyModifiers::ALT,
        ))),
        _ => None,
    }
}

/// The command `key` runs in `mode`; the mode's own bindings win over shared ones.
pub fn lookup(mode: Mode, key: Key) -> Option<Command> {
    bindings(mode)
        .into_iter()
        .find(|b| b.keys.contains(&key))
        .map(|b| b.command)
}

/// What the help says about a mode besides its keys: in a form, what typing does on each
/// kind of field.
pub fn notes(mode: Mode) -> &'static [&'static str] {
    match mode {
        Mode::Form => &[
            "Typing on a field starts editing it; no letter is a command here:",
            "  one-line field (name, number, amount, date): what you type replaces",
            "    the value, as in a spreadsheet; Enter first to change it instead",
            "  text area: opens it, and what you type goes on after its text",
            "  choice, or a list to pick from: opens it; letters find the choice",
            "  tick box: Space or Enter ticks or unticks it; letters never do",
            "Tab opens the next field, whatever the kind of the last one; a",
            "  one-line value it opens is selected: typing replaces it, ← edits it.",
            "Esc goes to the list, where letters are commands: a adds, q quits ...",
        ],
        Mode::EditPath => &[
            "Ctrl-T completes the path from the JPEG and PNG files in the study's",
            "folder: what you typed may be its start or a part of its name.",
        ],
        Mode::EditLine | Mode::EditProse => &[
            "A refused value stays open with the reason: correct it, or Esc twice",
            "drops it. Keys typed after a refusal go on into this field.",
        ],
        _ => &[],
    }
}

/// A line of the key bar or the help screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandInfo {
    pub keys: String,
    pub desc: String,
    pub bar: bool,
}

/// The commands of a mode, for the key bar and the help screen alike.
pub fn commands(mode: Mode, messages: &Messages) -> Vec<CommandInfo> {
    bindings(mode)
        .into_iter()
        .map(|b| CommandInfo {
            keys: b.keys.iter().map(Key::label).collect::<Vec<_>>().join("/"),
            desc: messages.label(b.desc).into_owned(),
            bar: b.bar,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_means_two_things_in_one_mode() {
        for mode in Mode::all() {
            let mut seen: Vec<(Key, Command)> = Vec::new();
            for b in bindings(mode) {
                for k in b.keys {
                    if let Some((_, other)) = seen.iter().find(|(s, _)| s == k) {
                        panic!(
                            "{mode:?}: {} is bound to {other:?} and {:?}",
                            k.label(),
                            b.command
                        );
                    }
                    seen.push((*k, b.command));
                }
            }
        }
    }

    /// Item 1 of the field test: typing "Government buyers ... quality" on a selected field
    /// went to the last item (G), added a bottleneck (a) and quit (q). In a form no
    /// printable character may be a command, so that what is typed is always text.
    #[test]
    fn no_printable_character_is_a_command_in_a_form() {
        let printable = (' '..='~').chain("₹।०९अकि€£éß中😀".chars());
        for c in printable {
            assert_eq!(
                lookup(Mode::Form, ch(c)),
                None,
                "{c:?} is a command in a form"
            );
        }
        for b in bindings(Mode::Form) {
            for k in b.keys {
                assert!(
                    !k.is_text(),
                    "{} is text, bound to {:?}",
                    k.label(),
                    b.command
                );
            }
        }
        // What a form lacks in letters it has in keys that are not text.
        for command in [
            C::Add,
            C::Delete,
            C::Clear,
            C::Undo,
            C::Redo,
            C::NextMissing,
        ] {
            assert!(
                bindings(Mode::Form).iter().any(|b| b.command == command),
                "{command:?} cannot be reached from a form"
            );
        }
        for command in [
            C::NextPart,
            C::PrevPart,
            C::Quit,
            C::Help,
            C::Details,
            C::SaveAs,
        ] {
            assert!(bindings(Mode::Form).iter().any(|b| b.command == command));
        }
    }

    #[test]
    fn arrows_move_everywhere_and_vim_keys_outside_forms() {
        for mode in [Mode::Sidebar, Mode::List, Mode::Form] {
            assert_eq!(lookup(mode, code(K::Down)), Some(C::Down));
        }
        for mode in [Mode::Sidebar, Mode::List] {
            assert_eq!(lookup(mode, ch('j')), Some(C::Down));
            assert_eq!(lookup(mode, ch('k')), Some(C::Up));
        }
        assert_eq!(lookup(Mode::Form, ch('j')), None);
        assert_eq!(lookup(Mode::List, ch('h')), Some(C::Back));
        // Letters are text while typing.
        assert_eq!(lookup(Mode::EditLine, ch('j')), None);
        assert_eq!(lookup(Mode::EditProse, ch('q')), None);
    }

    /// The help box is 72 columns wide at 80×24: its notes are read whole there.
    #[test]
    fn the_notes_fit_the_help_at_80_columns() {
        for mode in [Mode::Form, Mode::EditLine, Mode::EditPath, Mode::EditProse] {
            for n in notes(mode) {
                assert!(n.chars().count() <= 70, "{n:?} is cut at 80 columns");
            }
        }
    }

    #[test]
    fn help_and_key_bar_come_from_the_same_list() {
        let all = commands(Mode::List, &Messages::english());
        assert!(all
            .iter()
            .any(|c| c.desc == "add" && c.keys == "a/Ins" && c.bar));
        assert!(all.iter().any(|c| c.desc == "move item up" && !c.bar));
    }
}
