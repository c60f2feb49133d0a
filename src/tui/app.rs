//! The editor's state and its `update`: keys in, state changed, effects out. No I/O
//! happens here: saving, drafts, reloading and quitting are `Effect`s the runtime carries
//! out and reports back (`saved`, `reloaded` ...), so every behaviour can be tested by
//! feeding keys to an `App`.

use std::path::PathBuf;
use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use cdstudy::assets::Assets;
use cdstudy::check::{self, Finding, Report};
use cdstudy::model::{Id, Study};
use cdstudy::render::{self, DocKind, Document, Format};
use cdstudy::scheme::{appraise, Appraisal};
use cdstudy::store::draft::{Draft, DraftEntry};
use cdstudy::store::lock::Holder;
use cdstudy::store::{self, PathLines};
use cdstudy::store::{DiskState, LoadWarning, SaveError, WarningKind};

use super::dialogs;
pub use super::dialogs::{Choice, Dialog, DialogOption, Dialogs};
use super::fields::{short, Answer, Field, Input};
use super::history::History;
use super::input::TextEditor;
use super::keys::{self, Command, CommandInfo, Key, Mode};
pub use super::message::{Message, Tone};
pub use super::persistence::{Persistence, SaveState};
use super::sections::{self, ListDef, Part, Place, SectionDef};
use super::views::{self, ViewKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sidebar,
    List,
    Form,
    /// A view's own keys (the map, the budget ...).
    View,
}

#[derive(Debug, Clone, Default)]
pub struct PartState {
    /// The selected item of a list, or row of a view.
    pub item: usize,
    pub field: usize,
    /// A view's selected column (a SWOT quadrant).
    pub cell: usize,
    /// A scrolling view's first line, and how far it is shifted sideways.
    pub scroll: usize,
    pub shift: usize,
}

#[derive(Debug, Clone)]
pub struct SectionState {
    pub part: usize,
    pub parts: Vec<PartState>,
}

/// A field being edited.
pub struct Editing {
    pub place: Place,
    /// "Bottlenecks › b-3 › Evidence", for the editor's title and the draft.
    pub label: String,
    pub path: String,
    pub kind: EditKind,
    /// Why the last attempt to keep the value was refused.
    pub error: Option<String>,
    /// Esc on a refused value: a second Esc drops the typing.
    pub esc_armed: bool,
    /// The value the editor started from, to know whether anything was typed.
    pub original: String,
    pub typed_at: Instant,
    /// A one-line value opened by Tab is selected whole, as in a browser's form: the
    /// first character typed replaces it, as typing on a selected field does; a cursor
    /// key or Backspace edits it instead.
    pub select_all: bool,
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

/// What the runtime must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Save,
    SaveAs(PathBuf),
    Reload,
    /// Read the file as it is on disk now and hand it to `merge_with`.
    ReadForMerge,
    WriteDraft(Vec<DraftEntry>),
    RemoveDraft,
    KeepDraftAside(Box<Draft>),
    TakeOverLock,
    /// Write the study (unsaved edits and all) beside the file and quit.
    KeepUnsavedAndQuit,
    /// Write a rendered document (never the study file).
    WriteDocument {
        path: PathBuf,
        bytes: Vec<u8>,
    },
    Quit,
}

/// The document the preview shows, made from the study at `revision`.
pub struct Preview {
    pub doc: DocKind,
    pub revision: u64,
    pub result: Result<Document, String>,
    /// Where it was last written, this session.
    pub written: Option<PathBuf>,
}

pub struct App {
    pub path: PathBuf,
    pub study: Study,
    /// The file: what is on disk, saving, the draft journal.
    pub persist: Persistence,
    pub report: Report,
    /// The study's financing and CFC viability under its scheme (or why there is none),
    /// from the engine, recomputed with `report` on every edit.
    pub appraisal: Result<Appraisal, String>,
    /// Counts the edits, so that what is costly to make again (the preview) is made
    /// again only when the study changed.
    pub revision: u64,
    pub preview: Option<Preview>,
    pub preview_doc: DocKind,
    /// The file's line of every path, for the findings (made with the preview's rule).
    pub file_lines: Option<(u64, cdstudy::store::PathLines)>,
    /// Where Esc goes back to after a view opened an item (section, part).
    pub return_to: Option<(usize, usize)>,
    pub defs: Vec<SectionDef>,
    pub section: usize,
    pub focus: Focus,
    pub sections: Vec<SectionState>,
    pub editing: Option<Editing>,
    pub dialogs: Dialogs,
    pub help: Option<u16>,
    pub message: Option<Message>,
    /// The last message said, for F2 after it left the screen.
    pub last_message: Option<Message>,
    pub now: Instant,
    /// The terminal's size, for layouts that depend on it (wrapping in text areas).
    pub size: (u16, u16),
    history: History,
    effects: Vec<Effect>,
    /// The run's templates and scheme rules: what the checks, the budget and the preview
    /// are made under.
    pub workspace: Assets,
}

impl App {
    /// An app on the built-in templates (tests; the runtime gives its workspace).
    #[cfg(test)]
    pub fn new(path: PathBuf, study: Study, disk: DiskState) -> App {
        App::in_workspace(path, study, disk, Assets::embedded())
    }

    pub fn in_workspace(path: PathBuf, study: Study, disk: DiskState, workspace: Assets) -> App {
        super::fields::use_workspace(&workspace);
        // Screens under test must not change with the calendar: the examples' progress is
        // dated ahead of the day this was written, and check flags dates after today.
        #[cfg(test)]
        cdstudy::check::pin_today(chrono::NaiveDate::from_ymd_opt(2028, 6, 30).unwrap_or_default());
        let defs = sections::all();
        let sections = defs
            .iter()
            .map(|d| SectionState {
                part: 0,
                parts: vec![PartState::default(); d.parts.len()],
            })
            .collect();
        let report = check_in(&study, &workspace);
        let appraisal = appraisal_of(&study, &workspace);
        App {
            path,
            last_message: None,
            persist: Persistence::new(disk, study.clone()),
            study,
            report,
            appraisal,
            revision: 0,
            preview: None,
            preview_doc: DocKind::Dsr,
            file_lines: None,
            return_to: None,
            defs,
            section: 0,
            focus: Focus::Sidebar,
            sections,
            editing: None,
            dialogs: Dialogs::default(),
            help: None,
            message: None,
            now: Instant::now(),
            size: (80, 24),
            history: History::default(),
            effects: Vec::new(),
            workspace,
        }
    }

    // ----- what the screen shows -----

    pub fn mode(&self) -> Option<Mode> {
        if self.help.is_some() {
            return Some(Mode::Help);
        }
        if !self.dialogs.is_empty() {
            return None;
        }
        Some(match &self.editing {
            Some(e) => match &e.kind {
                EditKind::Text(t) if t.is_multiline() => Mode::EditProse,
                EditKind::Text(_) => Mode::EditLine,
                EditKind::Choose { .. } => Mode::Choose,
                EditKind::Pick { many: true, .. } => Mode::ChooseMany,
                EditKind::Pick { .. } => Mode::Choose,
            },
            None => self.browsing_mode(),
        })
    }

    /// The mode of where the keyboard is when nothing is being edited.
    pub fn browsing_mode(&self) -> Mode {
        match (self.focus, self.part()) {
            (Focus::Sidebar, _) => Mode::Sidebar,
            (Focus::List, _) => Mode::List,
            (Focus::Form, _) => Mode::Form,
            (Focus::View, Part::View(v)) => Mode::View(*v),
            (Focus::View, _) => Mode::Sidebar,
        }
    }

    /// The view shown, when the current part is one.
    pub fn view_kind(&self) -> Option<ViewKind> {
        match self.part() {
            Part::View(v) => Some(*v),
            _ => None,
        }
    }

    /// The commands that work now: the key bar and the help screen both show these.
    pub fn commands(&self) -> Vec<CommandInfo> {
        match (self.mode(), self.dialogs.front()) {
            (Some(mode), _) => keys::commands(mode),
            (None, Some(d)) => d.commands(),
            (None, None) => Vec::new(),
        }
    }

    pub fn def(&self) -> &SectionDef {
        &self.defs[self.section]
    }

    pub fn part_index(&self) -> usize {
        self.sections[self.section].part
    }

    pub fn part(&self) -> &Part {
        &self.def().parts[self.part_index()]
    }

    pub fn part_state(&self) -> &PartState {
        &self.sections[self.section].parts[self.part_index()]
    }

    pub(super) fn part_state_mut(&mut self) -> &mut PartState {
        let part = self.part_index();
        &mut self.sections[self.section].parts[part]
    }

    /// The address of the item holding the current list, or `None` when the list belongs
    /// to an item that does not exist yet (cost lines with no action).
    pub fn parent_at(&self) -> Option<Vec<usize>> {
        match self.part() {
            Part::List(list) => self.parent_of(self.section, list),
            Part::Form(_) | Part::View(_) => Some(Vec::new()),
        }
    }

    /// The address of the item holding part `part` of the current section.
    pub fn parent_of_part(&self, part: usize) -> Option<Vec<usize>> {
        match &self.def().parts[part] {
            Part::List(list) => self.parent_of(self.section, list),
            Part::Form(_) | Part::View(_) => Some(Vec::new()),
        }
    }

    fn parent_of(&self, section: usize, list: &ListDef) -> Option<Vec<usize>> {
        let Some(holder) = list.parent else {
            return Some(Vec::new());
        };
        let Part::List(holder_list) = &self.defs[section].parts[holder] else {
            return None;
        };
        let n = holder_list.ops.len(&self.study, &[]);
        let item = self.sections[section].parts[holder].item;
        (n > 0).then(|| vec![item.min(n - 1)])
    }

    /// The number of items in the current list.
    pub fn list_len(&self) -> usize {
        match (self.part(), self.parent_at()) {
            (Part::List(list), Some(parent)) => list.ops.len(&self.study, &parent),
            _ => 0,
        }
    }

    /// The address of the selected item (empty for a form), or `None` for an empty list.
    pub fn current_at(&self) -> Option<Vec<usize>> {
        match self.part() {
            Part::View(_) => None,
            Part::Form(_) => Some(Vec::new()),
            Part::List(_) => {
                let n = self.list_len();
                let mut at = self.parent_at()?;
                (n > 0).then(|| {
                    at.push(self.part_state().item.min(n - 1));
                    at
                })
            }
        }
    }

    /// The fields of the current part.
    pub fn fields(&self) -> &[Field] {
        self.part().fields()
    }

    /// Where findings about the current item point (the form's section for a form).
    pub fn item_path(&self) -> Option<String> {
        let at = self.current_at()?;
        match self.part() {
            Part::List(list) => Some(list.ops.item_path(&self.study, &at)),
            Part::Form(_) | Part::View(_) => None,
        }
    }

    /// Where findings about field `i` of the current part point.
    pub fn field_path(&self, i: usize) -> Option<String> {
        let field = self.fields().get(i)?;
        match self.item_path() {
            Some(item) => Some(format!("{item}.{}", field.key)),
            None => Some(field.key.to_string()),
        }
    }

    /// Findings about field `i` of the current part.
    pub fn field_findings(&self, i: usize) -> Vec<&Finding> {
        let Some(path) = self.field_path(i) else {
            return Vec::new();
        };
        let scope = self.item_path();
        self.report
            .findings
            .iter()
            .filter(|f| {
                scope
                    .as_deref()
                    .is_none_or(|s| f.path.starts_with(s) && sections::concerns(s, &f.path))
            })
            .filter(|f| sections::concerns(&path, &f.path))
            .collect()
    }

    /// The study's findings, those about the current item (or form) first.
    pub fn findings_here_first(&self) -> Vec<&Finding> {
        let here: Vec<String> = match (self.focus, self.item_path()) {
            (Focus::Sidebar | Focus::View, _) => Vec::new(),
            (_, Some(item)) => vec![item],
            (_, None) => (0..self.fields().len())
                .filter_map(|i| self.field_path(i))
                .collect(),
        };
        let is_here = |f: &Finding| here.iter().any(|h| sections::concerns(h, &f.path));
        let mut out: Vec<&Finding> = self.report.findings.iter().filter(|f| is_here(f)).collect();
        out.extend(self.report.findings.iter().filter(|f| !is_here(f)));
        out
    }

    /// "Bottlenecks › b-3 › Evidence".
    fn place_label(&self, place: &Place) -> String {
        let Some(def) = self.defs.get(place.section) else {
            return String::new();
        };
        let mut parts = vec![def.section.label().to_string()];
        match def.parts.get(place.part) {
            Some(Part::List(list))
                if list.ops.len(&self.study, sections::split(&place.at).0) > 0 =>
            {
                let label = match list.ops.id(&self.study, &place.at) {
                    Some(id) => id.to_string(),
                    None => short(&list.ops.label(&self.study, &place.at), 30),
                };
                parts.push(label);
            }
            Some(part) if def.parts.len() > 1 => parts.push(part.title().to_string()),
            _ => {}
        }
        if let Some(f) = self.field_def(place) {
            parts.push(f.label.to_string());
        }
        parts.join(" › ")
    }

    pub(super) fn say(&mut self, tone: Tone, text: impl Into<String>) {
        let message = Message {
            text: text.into(),
            tone,
        };
        self.last_message = Some(message.clone());
        self.message = Some(message);
    }

    // ----- update -----

    /// Handles one key; returns what the runtime must do.
    pub fn key(&mut self, event: KeyEvent) -> Vec<Effect> {
        let effects = self.handle_key(event);
        self.refresh_views();
        effects
    }

    fn handle_key(&mut self, event: KeyEvent) -> Vec<Effect> {
        let key = Key::of_event(&event);
        if !self.dialogs.is_empty() && self.help.is_none() {
            if let Some((choice, typed)) = self.dialogs.key(key, &event) {
                self.choose(choice, typed);
            }
            return std::mem::take(&mut self.effects);
        }
        let Some(mode) = self.mode() else {
            return Vec::new();
        };
        match (keys::lookup(mode, key), event.code) {
            (Some(command), _) => self.command(mode, command),
            (None, KeyCode::Char(c)) if key.is_text() => {
                if mode == Mode::Form && self.editing.is_none() {
                    self.type_on_field(c);
                } else {
                    self.type_char(c);
                }
            }
            // A terminal sends Esc and a key typed right after it as Alt and that key
            // (tmux does, within its escape-time): do what the two keys do, so neither is
            // lost. (Two Escs in one read come from crossterm as one Esc: that one cannot
            // be told apart.)
            (None, code) if key.alt && !key.ctrl => {
                let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
                let mut effects = self.handle_key(esc);
                let rest = KeyEvent::new(code, event.modifiers - KeyModifiers::ALT);
                effects.extend(self.handle_key(rest));
                effects.extend(std::mem::take(&mut self.effects));
                return effects;
            }
            _ => {}
        }
        std::mem::take(&mut self.effects)
    }

    /// A printable key on a selected field that is not being edited: editing begins with
    /// it, so no key typed in a form is lost or taken for a command. A one-line value is
    /// replaced, as in a spreadsheet (typing 7000 over 1200 must not make 12007000); a
    /// text area goes on after its text, never wiped by a stray key; a picker opens with
    /// the key as its first letter; a tick box changes only by Space (a stray letter must
    /// not change the cluster's category).
    fn type_on_field(&mut self, c: char) {
        match self.current_input() {
            None => {}
            Some(Input::Toggle(_)) if c == ' ' => self.start_editing_here(),
            Some(Input::Toggle(_)) => self.say(
                Tone::Info,
                "A tick box: Space ticks or unticks it; letters never change it.",
            ),
            Some(Input::Pick { many: true, .. }) if c == ' ' => self.start_editing_here(),
            // The scheme is chosen in a dialog whose keys are letters and digits: the
            // letters typed on would be taken as its answers.
            Some(Input::ChooseScheme) => self.say(
                Tone::Info,
                "The scheme is chosen from a list: Enter opens it.",
            ),
            Some(_) => {
                self.start_editing_here();
                if let Some(Editing {
                    kind: EditKind::Text(t),
                    ..
                }) = &mut self.editing
                {
                    if !t.is_multiline() {
                        t.end();
                        t.clear_to_start();
                    }
                }
                self.type_char(c);
            }
        }
    }

    /// Pasted text goes into the open text field.
    pub fn paste(&mut self, text: &str) -> Vec<Effect> {
        if let Some(Editing {
            kind: EditKind::Text(t),
            typed_at,
            select_all,
            ..
        }) = &mut self.editing
        {
            if std::mem::take(select_all) {
                t.end();
                t.clear_to_start();
            }
            t.insert_str(text);
            *typed_at = self.now;
        }
        std::mem::take(&mut self.effects)
    }

    /// Time passes: typing not yet in the draft journal goes to it.
    pub fn tick(&mut self) -> Vec<Effect> {
        self.refresh_views();
        if let Some(entries) = self.draft_entries_due() {
            self.persist.draft_written = Some(entries.clone());
            self.effects.push(Effect::WriteDraft(entries));
        }
        std::mem::take(&mut self.effects)
    }

    fn draft_entries_due(&self) -> Option<Vec<DraftEntry>> {
        let mut entries = self.persist.unsaved_texts.clone();
        if let Some(e) = &self.editing {
            if let EditKind::Text(t) = &e.kind {
                let text = t.text();
                // Every change goes to the journal, which coalesces the writes
                // (store::draft::Journal): a kill loses at most about a second.
                if text != e.original {
                    entries.retain(|x| x.path != e.path);
                    entries.push(DraftEntry {
                        path: e.path.clone(),
                        label: e.label.clone(),
                        text,
                    });
                }
            }
        }
        if entries.is_empty() || self.persist.draft_written.as_ref() == Some(&entries) {
            return None;
        }
        Some(entries)
    }

    fn type_char(&mut self, c: char) {
        let now = self.now;
        match &mut self.editing {
            Some(Editing {
                kind: EditKind::Text(t),
                typed_at,
                esc_armed,
                select_all,
                ..
            }) => {
                if std::mem::take(select_all) {
                    t.end();
                    t.clear_to_start();
                }
                t.insert_char(c);
                *typed_at = now;
                *esc_armed = false;
            }
            Some(Editing { kind, .. }) => {
                if let Some(mut picker) = kind.picker() {
                    picker.type_ahead(c);
                }
            }
            None => {}
        }
    }

    fn command(&mut self, mode: Mode, command: Command) {
        if command == Command::Details {
            self.details();
            return;
        }
        if !matches!(command, Command::NextMissing) {
            self.message = None;
        }
        match mode {
            Mode::Help => self.help_command(command),
            Mode::EditLine | Mode::EditProse => self.edit_command(command),
            Mode::Choose | Mode::ChooseMany => self.pick_command(command),
            Mode::Sidebar | Mode::List | Mode::Form => self.browse_command(command),
            // A view handles what is its own; the rest (tabs, undo, help ...) is shared.
            Mode::View(kind) => {
                if !views::command(self, kind, command) {
                    self.browse_command(command);
                }
            }
            Mode::Start | Mode::NewStudy => {}
        }
    }

    fn help_command(&mut self, command: Command) {
        let scroll = self.help.unwrap_or(0);
        // As many rows as the help box shows (the screen less the title, the key bar
        // and the box's border), so that End shows the last page, not one line of it.
        let page = self.size.1.saturating_sub(5).max(1);
        let rows = super::view::help_row_count(self) as u16;
        let last = rows.saturating_sub(page);
        self.help = match command {
            Command::Up => Some(scroll.saturating_sub(1)),
            Command::Down => Some(scroll.saturating_add(1).min(last)),
            Command::PageUp => Some(scroll.saturating_sub(page)),
            Command::PageDown => Some(scroll.saturating_add(page).min(last)),
            Command::Top => Some(0),
            Command::Bottom => Some(last),
            _ => None,
        };
    }

    fn browse_command(&mut self, command: Command) {
        use Command as C;
        match command {
            C::Up => self.step(-1),
            C::Down => self.step(1),
            C::PageUp => self.step(-10),
            C::PageDown => self.step(10),
            C::Top => self.step(-100_000),
            C::Bottom => self.step(100_000),
            C::Open => self.open(),
            C::Back => self.back(),
            C::NextPart => self.switch_part(1),
            C::PrevPart => self.switch_part(-1),
            // Tab opens the next field for typing, the same after a picker, a tick box
            // or a text field, and the same as Tab while typing.
            C::NextField | C::PrevField if self.focus == Focus::Form => {
                let here = self.here(Some(self.part_state().field));
                let by = if command == C::NextField { 1 } else { -1 };
                self.next_field_editor(&here, by);
            }
            C::NextField => self.step(1),
            C::PrevField => self.step(-1),
            // Backspace on a selected text field: its editor, less the last character.
            C::DeleteBack if self.focus == Focus::Form => {
                if matches!(self.current_input(), Some(Input::Text { .. })) {
                    self.start_editing_here();
                    if let Some(Editing {
                        kind: EditKind::Text(t),
                        ..
                    }) = &mut self.editing
                    {
                        t.backspace();
                    }
                }
            }
            C::Add => self.add(),
            C::Delete => self.ask_delete(),
            C::Clear => self.clear_field(),
            C::MoveUp => self.move_item(-1),
            C::MoveDown => self.move_item(1),
            C::NextMissing => self.next_missing(),
            C::Undo => self.undo(),
            C::Redo => self.redo(),
            C::Help => self.help = Some(0),
            C::Quit => self.quit(),
            C::SaveNow => self.save_now(),
            C::SaveAs => self.ask_save_as(),
            _ => {}
        }
    }

    fn step(&mut self, by: i64) {
        let moved = |i: usize, n: usize| -> usize {
            if n == 0 {
                return 0;
            }
            (i as i64 + by).clamp(0, n as i64 - 1) as usize
        };
        match self.focus {
            Focus::Sidebar => {
                self.section = moved(self.section, self.defs.len());
            }
            Focus::List => {
                let n = self.list_len();
                let s = self.part_state_mut();
                s.item = moved(s.item, n);
                s.field = 0;
            }
            Focus::Form => {
                let n = self.fields().len();
                let s = self.part_state_mut();
                s.field = moved(s.field, n);
            }
            Focus::View => {}
        }
        if self.focus == Focus::Sidebar {
            self.return_to = None;
        }
    }

    fn content_focus(&self) -> Focus {
        match self.part() {
            Part::List(_) => Focus::List,
            Part::Form(_) => Focus::Form,
            Part::View(_) => Focus::View,
        }
    }

    fn open(&mut self) {
        match self.focus {
            Focus::Sidebar => self.focus = self.content_focus(),
            Focus::List => {
                if self.current_at().is_some() {
                    self.focus = Focus::Form;
                } else if self.parent_at().is_none() {
                    self.say_missing_parent();
                } else if let Part::List(list) = self.part() {
                    let noun = list.noun;
                    self.say(Tone::Info, format!("No {noun} yet: press a to add one."));
                }
            }
            Focus::Form => self.start_editing_here(),
            Focus::View => {}
        }
    }

    fn say_missing_parent(&mut self) {
        if let Part::List(list) = self.part() {
            if let Some(holder) = list.parent {
                let holder = self.def().parts[holder].title();
                let noun = list.noun;
                self.say(
                    Tone::Info,
                    format!("Add to {holder} first: a {noun} belongs to one of them."),
                );
            }
        }
    }

    fn back(&mut self) {
        self.focus = match (self.focus, self.part()) {
            (Focus::Form, Part::List(_)) => Focus::List,
            // Out of what a view opened: back to the view.
            (Focus::List | Focus::Form, _) if self.return_to.is_some() => {
                if let Some((section, part)) = self.return_to.take() {
                    self.section = section;
                    self.sections[section].part = part;
                }
                Focus::View
            }
            _ => Focus::Sidebar,
        };
    }

    /// Opens the item or field at `path` (a `check` path) in its section's form; Esc comes
    /// back to the view.
    pub(super) fn open_path(&mut self, path: &str) {
        let Some(mut place) = sections::locate(&self.defs, &self.study, path) else {
            self.say(Tone::Warn, format!("{path} is not shown in any section."));
            return;
        };
        // A finding about a whole section (not a list named like it) opens the section on
        // what is missing first in it.
        if sections::is_section_path(path)
            && matches!(self.defs[place.section].parts[place.part], Part::Form(_))
        {
            let findings = self.report.findings.iter().map(|f| f.path.as_str());
            place = sections::section_start(&self.defs, &self.study, place.section, path, findings);
        }
        // An item opens on its form, at its first field.
        if place.field.is_none()
            && matches!(self.defs[place.section].parts[place.part], Part::List(_))
            && !place.at.is_empty()
        {
            place.field = Some(0);
        }
        self.open_place(&place);
    }

    /// Goes to `place` from a view; Esc comes back to the view.
    pub(super) fn open_place(&mut self, place: &Place) {
        let from = (self.section, self.part_index());
        self.go_to(place);
        self.return_to = Some(from);
    }

    fn switch_part(&mut self, by: i64) {
        let n = self.def().parts.len() as i64;
        if n <= 1 {
            return;
        }
        let part = (self.part_index() as i64 + by).rem_euclid(n) as usize;
        self.sections[self.section].part = part;
        if self.focus != Focus::Sidebar {
            self.focus = self.content_focus();
        }
    }

    fn add(&mut self) {
        let Part::List(_) = self.part() else {
            self.say(Tone::Info, "This tab is a form: its fields are all there is. Lists are on the other tabs (Ctrl-PgDn).");
            return;
        };
        let Some(parent) = self.parent_at() else {
            self.say_missing_parent();
            return;
        };
        match self.add_to(self.section, self.part_index(), parent) {
            Ok(i) => {
                let s = self.part_state_mut();
                s.item = i;
                s.field = 0;
                self.focus = Focus::Form;
                self.start_editing_here();
            }
            Err(e) => self.say(Tone::Error, e),
        }
    }

    /// Adds an item to the list of part `part` (held by the item at `parent`), as one
    /// undoable edit; its index.
    pub(super) fn add_to(
        &mut self,
        section: usize,
        part: usize,
        parent: Vec<usize>,
    ) -> Result<usize, String> {
        let noun = match &self.defs[section].parts[part] {
            Part::List(list) => list.noun,
            _ => return Err("only a list takes new items".into()),
        };
        let mut index = None;
        self.change(format!("add a {noun}"), |study, defs| {
            let Part::List(list) = &defs[section].parts[part] else {
                return Err("not a list".into());
            };
            index = list.ops.add(study, &parent);
            index
                .map(|_| ())
                .ok_or_else(|| "cannot add here".to_string())
        })?;
        index.ok_or_else(|| "cannot add here".to_string())
    }

    fn ask_delete(&mut self) {
        match self.part() {
            Part::List(_) => {
                if let Some(at) = self.current_at() {
                    self.ask_delete_item(self.section, self.part_index(), at);
                }
            }
            Part::View(_) => {}
            Part::Form(form) => match &form.optional {
                Some(opt) if (opt.present)(&self.study) => {
                    let noun = opt.noun;
                    self.dialogs.push_back(Dialog {
                        title: "Remove".into(),
                        body: vec![
                            format!("Remove {noun} from the study?"),
                            "Do this when the study proposes no common facility.".into(),
                            "Ctrl-Z undoes it afterwards.".into(),
                        ],
                        tone: Tone::Warn,
                        options: vec![
                            DialogOption {
                                key: '\n',
                                label: "remove".into(),
                                choice: Choice::RemoveOptional {
                                    section: self.section,
                                    part: self.part_index(),
                                },
                            },
                            DialogOption {
                                key: '\u{1b}',
                                label: "keep it".into(),
                                choice: Choice::Close,
                            },
                        ],
                        input: None,
                        back: None,
                    });
                }
                _ => self.say(Tone::Info, "Nothing to delete here: Delete clears a field."),
            },
        }
    }

    /// Asks before deleting the item at `at` of list part `part`, naming what refers to it.
    pub(super) fn ask_delete_item(&mut self, section: usize, part: usize, at: Vec<usize>) {
        let Some(Part::List(list)) = self.defs.get(section).and_then(|d| d.parts.get(part)) else {
            return;
        };
        let label = list.ops.label(&self.study, &at);
        let noun = list.noun;
        let mut body = vec![
            format!("Delete this {noun}?"),
            format!("  {}", short(&label, 60)),
        ];
        if let Some(id) = list.ops.id(&self.study, &at) {
            let referrers = self.study.referrers(&id);
            if !referrers.is_empty() {
                body.push(String::new());
                body.push(format!(
                    "{} reference{} to {id} will be removed too:",
                    referrers.len(),
                    if referrers.len() == 1 { "" } else { "s" }
                ));
                for r in referrers.iter().take(8) {
                    let from = self
                        .study
                        .item(&r.from)
                        .map(|i| format!("{} {}", i.id, short(&i.label, 30)))
                        .unwrap_or_else(|| r.path.clone());
                    body.push(format!("  {from}  ({})", r.path));
                }
                if referrers.len() > 8 {
                    body.push(format!("  … and {} more", referrers.len() - 8));
                }
            }
        }
        body.push(String::new());
        body.push("Ctrl-Z undoes it afterwards.".into());
        let choice = Choice::DeleteItem { section, part, at };
        self.dialogs.push_back(Dialog {
            title: format!("Delete {noun}"),
            body,
            tone: Tone::Warn,
            options: vec![
                DialogOption {
                    key: '\n',
                    label: "delete".into(),
                    choice,
                },
                DialogOption {
                    key: '\u{1b}',
                    label: "keep it".into(),
                    choice: Choice::Close,
                },
            ],
            input: None,
            back: None,
        });
    }

    fn move_item(&mut self, by: i64) {
        let (Part::List(_), Some(at)) = (self.part(), self.current_at()) else {
            return;
        };
        let (parent, i) = sections::split(&at);
        let parent = parent.to_vec();
        let j = i as i64 + by;
        if j < 0 || j as usize >= self.list_len() {
            return;
        }
        let j = j as usize;
        let (section, part) = (self.section, self.part_index());
        let moved = self.change("move an item".into(), |study, defs| {
            if let Part::List(list) = &defs[section].parts[part] {
                list.ops.swap(study, &parent, i, j);
            }
            Ok(())
        });
        if moved.is_ok() {
            self.part_state_mut().item = j;
        }
    }

    fn clear_field(&mut self) {
        let Some(at) = self.current_at() else {
            return;
        };
        let i = self.part_state().field;
        let Some(field) = self.fields().get(i) else {
            return;
        };
        let answer = match field.ops.input(&self.study, &at) {
            Input::Text { .. } => Answer::Text(String::new()),
            Input::Choice {
                optional: false, ..
            } => {
                self.say(Tone::Warn, format!("{} cannot be empty.", field.label));
                return;
            }
            Input::Choice { .. } => Answer::Choice(None),
            Input::Pick { .. } => Answer::Ids(Vec::new()),
            Input::Toggle(_) => Answer::Toggle(false),
            Input::ChooseScheme => {
                self.say(
                    Tone::Warn,
                    "A study always names its scheme: Enter chooses another.",
                );
                return;
            }
        };
        let place = self.here(Some(i));
        if let Err(e) = self.apply_at(&place, &at, answer) {
            self.say(Tone::Error, e);
        }
    }

    fn here(&self, field: Option<usize>) -> Place {
        Place {
            section: self.section,
            part: self.part_index(),
            at: self.current_at().unwrap_or_default(),
            field,
        }
    }

    pub(super) fn field_def(&self, place: &Place) -> Option<&Field> {
        let part = self.defs.get(place.section)?.parts.get(place.part)?;
        part.fields().get(place.field?)
    }

    /// Writes an answer to a field as one undoable, saved edit.
    fn apply_at(&mut self, place: &Place, at: &[usize], answer: Answer) -> Result<bool, String> {
        let label = self.field_def(place).map(|f| f.label).unwrap_or("a field");
        let (section, part, field) = (place.section, place.part, place.field);
        let what = format!("change {label}");
        self.change_at(place.clone(), what, |study, defs| {
            let fields = defs[section].parts[part].fields();
            let field = fields.get(field.ok_or("no field")?).ok_or("no field")?;
            field.ops.apply(study, at, answer)
        })
    }

    /// Makes one edit of the study: kept for undo, checked again, saved. Returns whether
    /// anything changed; an edit that fails changes nothing.
    fn change(
        &mut self,
        what: String,
        edit: impl FnOnce(&mut Study, &[SectionDef]) -> Result<(), String>,
    ) -> Result<bool, String> {
        let field = (self.focus == Focus::Form).then(|| self.part_state().field);
        let place = self.here(field);
        self.change_at(place, what, edit)
    }

    /// `change`, made at `place` (a field a view edits in place, say).
    fn change_at(
        &mut self,
        place: Place,
        what: String,
        edit: impl FnOnce(&mut Study, &[SectionDef]) -> Result<(), String>,
    ) -> Result<bool, String> {
        let before = self.study.clone();
        if let Err(e) = edit(&mut self.study, &self.defs) {
            self.study = before;
            return Err(e);
        }
        if self.study == before {
            return Ok(false);
        }
        self.history.record(before, what, place);
        self.changed();
        Ok(true)
    }

    fn changed(&mut self) {
        self.derive();
        self.persist.unsaved = true;
        self.clamp();
        self.request_save();
    }

    fn request_save(&mut self) {
        if self.persist.save_allowed {
            self.effects.push(Effect::Save);
        } else {
            self.persist.save = SaveState::Held(
                "NOT SAVED: the file has comments a save would drop; Ctrl-S saves anyway, F12 saves under another name"
                    .into(),
            );
        }
    }

    /// Keeps selections inside their lists after items went away.
    fn clamp(&mut self) {
        for si in 0..self.defs.len() {
            for pi in 0..self.defs[si].parts.len() {
                let n = match &self.defs[si].parts[pi] {
                    Part::List(list) => match self.parent_of(si, list) {
                        Some(parent) => list.ops.len(&self.study, &parent),
                        None => 0,
                    },
                    Part::Form(f) => {
                        let nf = f.fields.len();
                        let s = &mut self.sections[si].parts[pi];
                        s.field = s.field.min(nf.saturating_sub(1));
                        continue;
                    }
                    // A view keeps its selection inside what it shows as it draws.
                    Part::View(_) => continue,
                };
                let s = &mut self.sections[si].parts[pi];
                s.item = s.item.min(n.saturating_sub(1));
            }
        }
        if self.focus == Focus::Form && self.current_at().is_none() {
            self.focus = Focus::List;
        }
    }

    fn undo(&mut self) {
        self.travel(false);
    }

    fn redo(&mut self) {
        self.travel(true);
    }

    /// One step back (or forward again) in the history of edits.
    fn travel(&mut self, forward: bool) {
        let Some((what, place)) = self.history.travel(forward, &mut self.study) else {
            let what = if forward { "redo" } else { "undo" };
            self.say(Tone::Info, format!("Nothing to {what}."));
            return;
        };
        self.editing = None;
        self.go_to(&place);
        let done = if forward { "Redone" } else { "Undone" };
        let label = self.place_label(&place);
        self.say(Tone::Info, format!("{done}: {what} ({label})."));
        self.changed();
    }

    /// Goes to the next thing `check` finds, after the current place, in study order.
    fn next_missing(&mut self) {
        let here = self.here(match self.focus {
            Focus::Form => Some(self.part_state().field),
            _ => None,
        });
        let key = |p: &Place| {
            (
                p.section,
                p.part,
                p.at.clone(),
                p.field.map_or(0, |f| f + 1),
            )
        };
        let current = key(&here);
        let mut first: Option<(Place, String)> = None;
        let mut after: Option<(Place, String)> = None;
        for f in &self.report.findings {
            let Some(place) = sections::locate(&self.defs, &self.study, &f.path) else {
                continue;
            };
            if first.is_none() {
                first = Some((place.clone(), f.message.clone()));
            }
            if key(&place) > current && after.as_ref().is_none_or(|(p, _)| key(&place) < key(p)) {
                after = Some((place, f.message.clone()));
            }
        }
        let Some((place, _)) = after.or(first) else {
            self.say(Tone::Info, "Nothing is missing: check finds no problems.");
            return;
        };
        self.go_to(&place);
    }

    pub fn go_to(&mut self, place: &Place) {
        self.section = place.section;
        self.sections[place.section].part = place.part;
        if let Part::List(list) = &self.defs[place.section].parts[place.part] {
            if let (Some(holder), Some(&first)) = (list.parent, place.at.first()) {
                self.sections[place.section].parts[holder].item = first;
            }
        }
        let state = &mut self.sections[place.section].parts[place.part];
        if let Some(&last) = place.at.last() {
            let holder_depth = match &self.defs[place.section].parts[place.part] {
                Part::List(l) if l.parent.is_some() => 2,
                _ => 1,
            };
            if place.at.len() >= holder_depth {
                state.item = last;
            }
        }
        if let Some(f) = place.field {
            state.field = f;
        }
        let has_item = !place.at.is_empty()
            && match &self.defs[place.section].parts[place.part] {
                Part::List(l) if l.parent.is_some() => place.at.len() >= 2,
                _ => true,
            };
        self.focus = match (
            &self.defs[place.section].parts[place.part],
            place.field,
            has_item,
        ) {
            (Part::View(_), _, _) => Focus::View,
            (Part::Form(_), _, _) => Focus::Form,
            (Part::List(_), Some(_), _) => Focus::Form,
            (Part::List(_), None, _) => Focus::List,
        };
    }

    // ----- editing a field -----

    /// Opens the selected field of the current form.
    /// How the selected field of the form is edited.
    fn current_input(&self) -> Option<Input> {
        self.current_at()?;
        let place = self.here(Some(self.part_state().field));
        let field = self.field_def(&place)?;
        Some(field.ops.input(&self.study, &place.at))
    }

    fn start_editing_here(&mut self) {
        if self.current_at().is_none() {
            return;
        }
        let place = self.here(Some(self.part_state().field));
        self.start_editing_at(place);
    }

    /// Opens the editor of the field at `place` (a field of the current form, or one a
    /// view edits in place).
    pub(super) fn start_editing_at(&mut self, place: Place) {
        let at = place.at.clone();
        let Some(field) = self.field_def(&place) else {
            return;
        };
        let input = field.ops.input(&self.study, &at);
        let label = self.place_label(&place);
        let path = self.field_path_of(&place).unwrap_or_default();
        let kind = match input {
            Input::Toggle(v) => {
                if let Err(e) = self.apply_at(&place, &at, Answer::Toggle(!v)) {
                    self.say(Tone::Error, e);
                }
                return;
            }
            Input::Text { text, multiline } => {
                let original = text.clone();
                self.editing = Some(Editing {
                    place,
                    label,
                    path,
                    kind: EditKind::Text(TextEditor::new(&text, multiline)),
                    error: None,
                    esc_armed: false,
                    original,
                    typed_at: self.now,
                    select_all: false,
                });
                return;
            }
            Input::Choice {
                options,
                current,
                optional,
            } => EditKind::Choose {
                selected: current.unwrap_or(0),
                options,
                optional,
                query: String::new(),
            },
            Input::ChooseScheme => {
                self.ask_scheme();
                return;
            }
            Input::Pick {
                kind,
                many,
                current,
            } => {
                let items: Vec<(Id, String)> = self
                    .study
                    .items()
                    .into_iter()
                    .filter(|it| it.kind == kind && !it.id.is_empty())
                    .map(|it| (it.id, it.label))
                    .collect();
                if items.is_empty() {
                    self.say(
                        Tone::Info,
                        format!(
                            "No {} to pick yet: add one in {} first.",
                            kind.noun(),
                            kind.section().label()
                        ),
                    );
                    return;
                }
                let selected = current
                    .first()
                    .and_then(|c| items.iter().position(|(id, _)| id == c))
                    .unwrap_or(0);
                EditKind::Pick {
                    many,
                    items,
                    selected,
                    ticked: current,
                    query: String::new(),
                }
            }
        };
        self.editing = Some(Editing {
            place,
            label,
            path,
            kind,
            error: None,
            esc_armed: false,
            original: String::new(),
            typed_at: self.now,
            select_all: false,
        });
    }

    fn edit_command(&mut self, command: Command) {
        use Command as C;
        // Up and down move by wrapped rows, as wide as the text area is drawn.
        let width =
            views::inline_width(self).unwrap_or_else(|| super::view::prose_width(self.size));
        let Some(Editing {
            kind: EditKind::Text(t),
            typed_at,
            esc_armed,
            select_all,
            ..
        }) = &mut self.editing
        else {
            return;
        };
        let typing = !matches!(
            command,
            C::Commit | C::Done | C::CommitNext | C::CommitPrev | C::Undo | C::SaveNow | C::Quit
        );
        if typing {
            *typed_at = self.now;
            *esc_armed = false;
            // Deleting a selected value deletes it whole; moving the cursor keeps it.
            if std::mem::take(select_all) && matches!(command, C::DeleteBack | C::DeleteForward) {
                t.end();
                t.clear_to_start();
                return;
            }
        }
        if keys::edit_line(t, command) {
            return;
        }
        match command {
            C::NewLine => t.newline(),
            C::Up => t.vertical(false, width),
            C::Down => t.vertical(true, width),
            C::Commit => {
                self.finish_text(0);
            }
            C::Done => {
                let armed = *esc_armed;
                if !self.finish_text(0) {
                    if armed {
                        self.drop_typing();
                    } else if let Some(e) = self
                        .editing
                        .as_mut()
                        .filter(|e| !e.error.as_deref().unwrap_or("").contains("not quitting"))
                    {
                        e.esc_armed = true;
                        let why = e.error.clone().unwrap_or_default();
                        e.error = Some(format!("{why} — Esc again drops what you typed"));
                    }
                }
            }
            C::CommitNext => {
                self.finish_text(1);
            }
            C::CommitPrev => {
                self.finish_text(-1);
            }
            C::Undo => self.drop_typing(),
            C::SaveNow => {
                self.persist.save_allowed = true;
                self.finish_text(0);
            }
            C::Quit => {
                if self.finish_text(0) {
                    self.quit();
                } else if let Some(e) = self
                    .editing
                    .as_mut()
                    .filter(|e| !e.error.as_deref().unwrap_or("").contains("not quitting"))
                {
                    // Quitting would lose what was typed: say why nothing happened.
                    let why = e.error.clone().unwrap_or_default();
                    e.error = Some(format!(
                        "{why} — not quitting: correct it, or Esc twice drops it"
                    ));
                }
            }
            _ => {}
        }
    }

    /// Keeps the typed value; then moves `then` fields on (opening the next field's
    /// editor) or stays. Returns false when the value was refused.
    fn finish_text(&mut self, then: i64) -> bool {
        let Some(editing) = &self.editing else {
            return false;
        };
        let EditKind::Text(t) = &editing.kind else {
            return false;
        };
        let text = t.text();
        let place = editing.place.clone();
        let path = editing.path.clone();
        let label = editing.label.clone();
        match self.apply_at(&place, &place.at, Answer::Text(text.clone())) {
            Ok(changed) => {
                self.editing = None;
                // Until a save confirms it, the text lives only in memory.
                if changed {
                    self.persist.unsaved_texts.retain(|e| e.path != path);
                    self.persist
                        .unsaved_texts
                        .push(DraftEntry { path, label, text });
                }
                self.forget_draft_if_clean();
                if then != 0 {
                    self.next_field_editor(&place, then);
                }
                true
            }
            Err(e) => {
                // Keys typed next go on into this field: say so, or the next field's
                // words land here unnoticed.
                let e = if then == 0 {
                    e
                } else {
                    format!("{e} (still in this field: correct it, or Esc twice drops it)")
                };
                if let Some(editing) = &mut self.editing {
                    editing.error = Some(e);
                }
                false
            }
        }
    }

    /// Tab from a field: the next field's editor opens, except on a tick box or the scheme,
    /// which are only selected (Tab must never change a value by passing over it).
    fn next_field_editor(&mut self, from: &Place, by: i64) {
        let Some(n) = self
            .defs
            .get(from.section)
            .and_then(|d| d.parts.get(from.part))
            .map(|p| p.fields().len() as i64)
        else {
            return;
        };
        let i = from.field.unwrap_or(0) as i64 + by;
        if i < 0 || i >= n {
            let end = if by > 0 { "last" } else { "first" };
            self.say(
                Tone::Info,
                format!("That was the {end} field here; Esc goes back."),
            );
            return;
        }
        let place = Place {
            field: Some(i as usize),
            ..from.clone()
        };
        // The form follows the editor, unless a view edits in place.
        let here = from.section == self.section && from.part == self.part_index();
        if here {
            self.part_state_mut().field = i as usize;
        }
        let Some(field) = self.field_def(&place) else {
            return;
        };
        let input = field.ops.input(&self.study, &place.at);
        // Nor is the scheme's dialog opened by passing: its keys are letters and digits.
        if matches!(input, Input::Toggle(_) | Input::ChooseScheme) {
            if here {
                self.focus = Focus::Form;
            }
        } else {
            self.start_editing_at(place);
            if let Some(e) = &mut self.editing {
                e.select_all = matches!(&e.kind, EditKind::Text(t) if !t.is_multiline());
            }
        }
    }

    fn drop_typing(&mut self) {
        self.editing = None;
        self.say(
            Tone::Info,
            "Dropped what was typed; the field is as it was.",
        );
        self.forget_draft_if_clean();
    }

    /// With nothing left unsaved, the draft journal has served its purpose.
    fn forget_draft_if_clean(&mut self) {
        if self.persist.unsaved_texts.is_empty()
            && self.persist.draft_written.is_some()
            && !self.persist.unsaved
        {
            self.persist.draft_written = None;
            self.effects.push(Effect::RemoveDraft);
        }
    }

    fn pick_command(&mut self, command: Command) {
        use Command as C;
        let Some(editing) = &mut self.editing else {
            return;
        };
        let place = editing.place.clone();
        // Tab chooses and opens the next field, as it keeps a typed value and moves on.
        let (command, next) = match command {
            C::CommitNext => (C::Choose, true),
            other => (other, false),
        };
        if matches!(command, C::Up | C::Down) {
            if let Some(mut picker) = editing.kind.picker() {
                picker.step(command == C::Up);
            }
            return;
        }
        if command == C::Cancel {
            self.editing = None;
            return;
        }
        let answer = match &mut editing.kind {
            EditKind::Text(_) => return,
            EditKind::Choose {
                options,
                selected,
                optional,
                ..
            } => match command {
                C::Choose => Answer::Choice(options.get(*selected).map(|(v, _)| v.clone())),
                C::ChooseNone if *optional => Answer::Choice(None),
                _ => return,
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
                    return;
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
                _ => return,
            },
        };
        self.editing = None;
        match self.apply_at(&place, &place.at, answer) {
            // One rule for every kind of field: Enter keeps and stays, Tab keeps and
            // opens the next. (Enter moving on after a Tab-opened picker made Tab then
            // skip a field.)
            Ok(_) if next => self.next_field_editor(&place, 1),
            Ok(_) => {}
            Err(e) => self.say(Tone::Error, e),
        }
    }

    // ----- saving, quitting, dialogs -----

    fn save_now(&mut self) {
        self.persist.save_allowed = true;
        self.effects.push(Effect::Save);
    }

    /// Quits, unless something is truly not in the file. A value kept by the same key
    /// (Ctrl-Q while typing) is saved by the save just asked for: quitting waits for it
    /// rather than raising a false alarm.
    fn quit(&mut self) {
        if self.study == self.persist.on_disk {
            self.effects.push(Effect::Quit);
            return;
        }
        if self.persist.save_allowed && !matches!(self.persist.save, SaveState::Failed(_)) {
            if !self.effects.contains(&Effect::Save) {
                self.effects.push(Effect::Save);
            }
            self.persist.quit_after_save = true;
            return;
        }
        self.alarm();
    }

    /// What differs from the file, in words, for the alarm.
    fn unsaved_changes(&self) -> Vec<String> {
        let Ok(d) = cdstudy::diff::diff(&self.persist.on_disk, &self.study) else {
            return vec!["(what changed cannot be listed)".into()];
        };
        let text = cdstudy::diff::to_text(&d);
        let lines: Vec<String> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .flat_map(|l| super::view::wrap(l, 66, 3))
            .collect();
        let mut out: Vec<String> = lines.iter().take(8).cloned().collect();
        if lines.len() > 8 {
            out.push(format!("  … and {} more lines", lines.len() - 8));
        }
        out
    }

    /// The study differs from the file and cannot be saved now: say what and why, and
    /// offer to keep it.
    fn alarm(&mut self) {
        let why = match &self.persist.save {
            SaveState::Failed(e) | SaveState::Held(e) => e.clone(),
            _ => "These changes are not in the file:".into(),
        };
        let mut body = vec![why, String::new(), "Not in the file:".into()];
        body.extend(self.unsaved_changes());
        body.push(String::new());
        body.push("k writes the whole study, changes and all, to a new file beside this one and quits; nothing you typed is lost.".into());
        self.dialogs.push_back(Dialog {
            title: "Your last changes are NOT saved".into(),
            body,
            tone: Tone::Error,
            options: vec![
                DialogOption {
                    key: 'k',
                    label: "keep them in a new file and quit".into(),
                    choice: Choice::KeepUnsavedAndQuit,
                },
                DialogOption {
                    key: 'w',
                    label: "save under another name".into(),
                    choice: Choice::AskSaveAs,
                },
                DialogOption {
                    key: 'c',
                    label: "go back".into(),
                    choice: Choice::Close,
                },
            ],
            input: None,
            back: None,
        });
    }

    /// F2: the whole text of what the screen cuts short at 80 columns: the refusal of the
    /// value being typed, the field's hint, the findings here (the selected one in the
    /// findings view), and the last message.
    fn details(&mut self) {
        let mut body = Vec::new();
        let place = match &self.editing {
            Some(e) => Some(e.place.clone()),
            None if self.focus == Focus::Form => Some(self.here(Some(self.part_state().field))),
            None => None,
        };
        let title = match &place {
            Some(p) => self.place_label(p),
            None => self.def().section.label().to_string(),
        };
        if let Some(error) = self.editing.as_ref().and_then(|e| e.error.clone()) {
            body.push(format!("✗ Refused: {error}"));
            body.push(String::new());
        }
        if let Some(f) = place.as_ref().and_then(|p| self.field_def(p)) {
            body.push(format!("{}: {}", f.label, f.hint));
        }
        let here = place
            .as_ref()
            .is_some_and(|p| p.section == self.section && p.part == self.part_index());
        let findings: Vec<String> = match (&place, self.focus) {
            (_, Focus::View) if self.view_kind() == Some(ViewKind::Findings) => {
                views::selected_finding(self).into_iter().collect()
            }
            (Some(p), _) if here => p
                .field
                .map(|i| self.field_findings(i))
                .unwrap_or_default()
                .iter()
                .map(|f| format!("{}: {}", f.path, f.message))
                .collect(),
            (None, Focus::List) => {
                let item = self.item_path().unwrap_or_default();
                self.report
                    .findings
                    .iter()
                    .filter(|f| !item.is_empty() && sections::concerns(&item, &f.path))
                    .map(|f| format!("{}: {}", f.path, f.message))
                    .collect()
            }
            _ => {
                let section = self.def().section;
                self.report
                    .findings
                    .iter()
                    .filter(|f| f.section == section)
                    .map(|f| format!("{}: {}", f.path, f.message))
                    .collect()
            }
        };
        if let Some(m) = &self.last_message {
            body.push(String::new());
            body.push(format!("Last message: {}", m.text));
        }
        for f in &findings {
            body.push(String::new());
            body.push(format!("• {f}"));
        }
        if body.is_empty() {
            body.push("Nothing more to read here.".into());
        }
        // Wrapped here to the dialog's width, so that no line is cut however long.
        let width = usize::from(self.size.0.saturating_sub(8).min(76).saturating_sub(4)).max(20);
        let mut body: Vec<String> = body
            .iter()
            .flat_map(|l| {
                if l.is_empty() {
                    vec![String::new()]
                } else {
                    super::view::wrap(l, width, usize::MAX)
                }
            })
            .collect();
        // What the dialog has room for (the screen less its margins, its border and its
        // line of options): the findings at the end give way, and say where they are.
        let room = usize::from(self.size.1.saturating_sub(4 + 2 + 2)).max(3);
        if body.len() > room {
            body.truncate(room - 1);
            body.push("… more: the Findings view (Review section) lists every finding.".into());
        }
        self.dialogs.push_back(Dialog {
            title,
            body,
            tone: Tone::Info,
            options: vec![DialogOption {
                key: '\u{1b}',
                label: "close".into(),
                choice: Choice::Close,
            }],
            input: None,
            back: None,
        });
    }

    /// The changed-on-disk dialog pops up by itself, after a save, while the person may
    /// be typing on: a letter must not drop their changes. Reloading is confirmed with
    /// Enter, a key that is not text, after saying what it drops.
    fn ask_reload(&mut self) {
        if self.study == self.persist.on_disk {
            self.effects.push(Effect::Reload);
            return;
        }
        let mut body = vec!["Reloading DROPS these changes, which are not in the file:".into()];
        body.extend(self.unsaved_changes());
        self.dialogs.push_back(Dialog {
            title: "Reload from disk?".into(),
            body,
            tone: Tone::Error,
            options: vec![
                DialogOption {
                    key: '\n',
                    label: "reload, dropping them".into(),
                    choice: Choice::Reload,
                },
                DialogOption {
                    key: '\u{1b}',
                    label: "keep them".into(),
                    choice: Choice::Close,
                },
            ],
            input: None,
            back: None,
        });
    }

    fn ask_save_as(&mut self) {
        let suggestion = self.path.with_extension("copy.yaml").display().to_string();
        self.dialogs.push_back(dialogs::save_as(&suggestion));
    }

    fn choose(&mut self, choice: Choice, typed: Option<String>) {
        match choice {
            Choice::Close | Choice::Back | Choice::AskDiscardDraft => {}
            Choice::DeleteItem { section, part, at } => {
                let noun = match &self.defs[section].parts[part] {
                    Part::List(l) => l.noun,
                    Part::Form(_) | Part::View(_) => "item",
                };
                let _ = self.change(format!("delete a {noun}"), |study, defs| {
                    if let Part::List(list) = &defs[section].parts[part] {
                        list.ops.remove(study, &at);
                    }
                    Ok(())
                });
                self.say(
                    Tone::Info,
                    format!("Deleted the {noun}; Ctrl-Z brings it back."),
                );
            }
            Choice::RemoveOptional { section, part } => {
                let _ = self.change("remove a section".into(), |study, defs| {
                    if let Part::Form(f) = &defs[section].parts[part] {
                        if let Some(opt) = &f.optional {
                            (opt.remove)(study);
                        }
                    }
                    Ok(())
                });
            }
            Choice::Recover => self.recover(),
            Choice::DiscardDraft => {
                self.persist.found_draft = None;
                self.effects.push(Effect::RemoveDraft);
                self.say(Tone::Info, "The draft was discarded.");
            }
            Choice::KeepDraftAside => {
                if let Some(d) = self.persist.found_draft.take() {
                    self.effects.push(Effect::KeepDraftAside(Box::new(d)));
                }
            }
            Choice::AllowSaving => {
                self.persist.save_allowed = true;
                if self.persist.unsaved {
                    self.effects.push(Effect::Save);
                }
            }
            Choice::HoldSaving => {
                self.persist.save_allowed = false;
                self.persist.save = SaveState::Held(
                    "NOT SAVING (the file has comments): Ctrl-S saves anyway, F12 under another name"
                        .into(),
                );
            }
            Choice::OpenAnyway => self.effects.push(Effect::TakeOverLock),
            Choice::CompareScheme(id) => self.compare_scheme(&id),
            Choice::SwitchScheme(id) => self.switch_scheme(id),
            Choice::Render(doc, format) => self.render_document(doc, format),
            Choice::QuitNow => self.effects.push(Effect::Quit),
            Choice::Reload => self.effects.push(Effect::Reload),
            Choice::AskReload => self.ask_reload(),
            Choice::Merge => self.effects.push(Effect::ReadForMerge),
            Choice::AskSaveAs => self.ask_save_as(),
            Choice::SaveAs => {
                let name = typed.unwrap_or_default();
                let name = name.trim();
                if name.is_empty() {
                    self.say(Tone::Warn, "No file name given; nothing was saved.");
                } else {
                    self.effects.push(Effect::SaveAs(PathBuf::from(name)));
                }
            }
            Choice::KeepUnsavedAndQuit => self.effects.push(Effect::KeepUnsavedAndQuit),
        }
    }

    /// Puts the draft's text back into its fields, as edits that are saved (and undone
    /// with u). Text whose field is gone is kept aside in a file instead.
    fn recover(&mut self) {
        let Some(draft) = self.persist.found_draft.take() else {
            return;
        };
        let mut recovered = Vec::new();
        let mut orphans = Vec::new();
        for entry in &draft.entries {
            let place = sections::locate(&self.defs, &self.study, &entry.path).filter(|p| {
                p.field.is_some() && self.field_path_of(p).as_deref() == Some(entry.path.as_str())
            });
            let Some(place) = place else {
                orphans.push(entry.clone());
                continue;
            };
            let at = place.at.clone();
            match self.apply_at(&place, &at, Answer::Text(entry.text.clone())) {
                Ok(_) => {
                    self.go_to(&place);
                    recovered.push(entry.label.clone());
                }
                Err(_) => orphans.push(entry.clone()),
            }
        }
        if !orphans.is_empty() {
            let mut aside = draft.clone();
            aside.entries = orphans;
            self.effects.push(Effect::KeepDraftAside(Box::new(aside)));
        }
        if recovered.is_empty() {
            self.say(
                Tone::Warn,
                "The draft's fields are gone; its text was kept in a file beside the study.",
            );
        } else {
            // The draft stays until the save that holds its text succeeds.
            self.persist.draft_written = Some(draft.entries.clone());
            self.say(
                Tone::Info,
                format!("Recovered: {} (Ctrl-Z undoes it).", recovered.join("; ")),
            );
        }
    }

    fn field_path_of(&self, place: &Place) -> Option<String> {
        let part = self.defs.get(place.section)?.parts.get(place.part)?;
        match part {
            Part::Form(f) => Some(f.fields.get(place.field?)?.key.to_string()),
            Part::List(l) => {
                let item = l.ops.item_path(&self.study, &place.at);
                Some(format!("{item}.{}", l.fields.get(place.field?)?.key))
            }
            Part::View(_) => None,
        }
    }

    // ----- what the engine says, and what the views show -----

    /// Checks the study again and asks the engine for its figures: after every edit, so
    /// that every screen shows the study as it is now.
    fn derive(&mut self) {
        self.report = check_in(&self.study, &self.workspace);
        self.appraisal = appraisal_of(&self.study, &self.workspace);
        self.revision += 1;
    }

    /// Makes again what the current view shows and is too costly to make on every frame
    /// (the rendered document, the file's line of each path), once the study changed.
    fn refresh_views(&mut self) {
        match self.view_kind() {
            Some(ViewKind::Preview) => {
                let doc = self.preview_doc;
                let fresh = self
                    .preview
                    .as_ref()
                    .is_some_and(|p| p.revision == self.revision && p.doc == doc);
                if !fresh {
                    let written = self
                        .preview
                        .take()
                        .filter(|p| p.doc == doc)
                        .and_then(|p| p.written);
                    let result = render::render(&self.study, doc, None, &self.workspace)
                        .map_err(|e| e.to_string());
                    self.preview = Some(Preview {
                        doc,
                        revision: self.revision,
                        result,
                        written,
                    });
                }
            }
            Some(ViewKind::Findings)
                if self
                    .file_lines
                    .as_ref()
                    .is_none_or(|(r, _)| *r != self.revision) =>
            {
                self.file_lines = store::to_yaml(&self.study)
                    .ok()
                    .map(|yaml| (self.revision, PathLines::from_text(&yaml)));
            }
            _ => {}
        }
    }

    /// The schemes to choose from; choosing one shows what would change.
    pub(super) fn ask_scheme(&mut self) {
        let catalog = match self.workspace.catalog() {
            Ok(c) => c,
            Err(e) => {
                self.say(Tone::Error, format!("The scheme rules cannot be read: {e}"));
                return;
            }
        };
        let current = self.study.meta.scheme.trim().to_string();
        let mut body = vec![
            "Which scheme is the study prepared for? You see what changes before anything does."
                .to_string(),
            String::new(),
        ];
        // Enter keeps the scheme: a stray Enter must not start a switch to whichever
        // scheme happens to be listed first.
        let mut options = vec![DialogOption {
            key: '\n',
            label: format!("keep {current}"),
            choice: Choice::Close,
        }];
        // 1-9, then letters: more schemes than digits (the catalog has ten and grows).
        const KEYS: &str = "123456789bdefghijklmnopqrstuvwxyz";
        for (scheme, key) in catalog.iter().zip(KEYS.chars()) {
            let now = if scheme.id == current {
                "  ← now"
            } else {
                ""
            };
            body.push(format!("{key}  {}: {}{now}", scheme.id, scheme.title));
            options.push(DialogOption {
                key,
                label: scheme.id.clone(),
                choice: Choice::CompareScheme(scheme.id.clone()),
            });
        }
        options.push(DialogOption {
            key: '\u{1b}',
            label: "cancel".into(),
            choice: Choice::Close,
        });
        self.dialogs.push_back(Dialog {
            title: "Scheme".into(),
            body,
            tone: Tone::Info,
            options,
            input: None,
            back: None,
        });
    }

    /// What the budget and the findings would be under scheme `id`, and the question.
    fn compare_scheme(&mut self, id: &str) {
        let Some(scheme) = self.workspace.catalog().ok().and_then(|c| c.get(id)) else {
            self.say(
                Tone::Error,
                format!("'{id}' is not a scheme cdstudy knows."),
            );
            return;
        };
        if self.study.meta.scheme.trim() == id {
            self.say(
                Tone::Info,
                format!("The study is already prepared for {}.", scheme.name),
            );
            return;
        }
        let mut after = self.study.clone();
        after.meta.scheme = id.to_string();
        let body = views::budget::comparison(
            (&self.appraisal, &self.report),
            (
                &appraisal_of(&after, &self.workspace),
                &check_in(&after, &self.workspace),
            ),
        );
        self.dialogs.push_back(Dialog {
            title: format!("Prepare the study for {}?", scheme.name),
            body,
            tone: Tone::Warn,
            options: vec![
                DialogOption {
                    key: 'a',
                    label: format!("accept: switch to {id}"),
                    choice: Choice::SwitchScheme(id.to_string()),
                },
                DialogOption {
                    key: 'c',
                    label: "cancel".into(),
                    choice: Choice::Close,
                },
            ],
            input: None,
            back: None,
        });
    }

    fn switch_scheme(&mut self, id: String) {
        let what = format!("switch the scheme to {id}");
        match self.change(what, |study, _| {
            study.meta.scheme = id.clone();
            Ok(())
        }) {
            Ok(_) => self.say(
                Tone::Info,
                format!("The study is now prepared for {id}; Ctrl-Z undoes it."),
            ),
            Err(e) => self.say(Tone::Error, e),
        }
    }

    /// Asks which format to write the previewed document in.
    pub(super) fn ask_render(&mut self) {
        let doc = self.preview_doc;
        let mut body = vec![format!(
            "The {} is written beside the study (an older one of the same name is replaced):",
            doc.label()
        )];
        let mut options = Vec::new();
        for (key, format, what) in [
            ('m', Format::Md, "Markdown"),
            ('h', Format::Html, "HTML (prints to PDF)"),
            ('w', Format::Docx, "Word"),
        ] {
            let path = render::default_output(&self.path, doc, format);
            body.push(format!("{key}  {what}: {}", path.display()));
            options.push(DialogOption {
                key,
                label: format.extension().to_string(),
                choice: Choice::Render(doc, format),
            });
        }
        options.push(DialogOption {
            key: '\u{1b}',
            label: "cancel".into(),
            choice: Choice::Close,
        });
        self.dialogs.push_back(Dialog {
            title: format!("Render the {}", doc.label()),
            body,
            tone: Tone::Info,
            options,
            input: None,
            back: None,
        });
    }

    /// Makes the document; the runtime writes it.
    fn render_document(&mut self, doc: DocKind, format: Format) {
        // Named after the study with the document and format added, so never the study.
        let path = render::default_output(&self.path, doc, format);
        let made =
            render::render(&self.study, doc, None, &self.workspace).and_then(|d| d.bytes(format));
        match made {
            Ok(bytes) if path != self.path => {
                self.say(Tone::Info, format!("Writing {}…", path.display()));
                self.effects.push(Effect::WriteDocument { path, bytes });
            }
            Ok(_) => self.say(
                Tone::Error,
                format!(
                    "{} is the study itself; nothing was written.",
                    path.display()
                ),
            ),
            Err(e) => self.say(
                Tone::Error,
                format!("The {} could not be made: {e}", doc.label()),
            ),
        }
    }

    /// The runtime wrote (or failed to write) a document.
    pub fn document_written(&mut self, path: PathBuf, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.say(Tone::Info, format!("Written: {}", path.display()));
                if let Some(p) = &mut self.preview {
                    p.written = Some(path);
                }
            }
            Err(e) => self.say(Tone::Error, format!("NOT written: {}: {e}", path.display())),
        }
    }

    // ----- results of effects -----

    pub fn saving(&mut self) {
        self.persist.save = SaveState::Saving;
    }

    pub fn saved(&mut self, result: Result<DiskState, SaveError>, at: String) {
        match result {
            Ok(disk) => {
                self.persist.disk = disk;
                self.persist.unsaved = false;
                self.persist.on_disk = self.study.clone();
                self.persist.save = SaveState::Saved(Some(at));
                self.persist.unsaved_texts.clear();
                self.forget_draft_if_clean();
                if std::mem::take(&mut self.persist.quit_after_save) {
                    self.effects.push(Effect::Quit);
                }
            }
            Err(SaveError::ChangedOnDisk { .. }) => {
                self.persist.quit_after_save = false;
                self.persist.save = SaveState::Failed("NOT SAVED: the file changed on disk".into());
                self.keep_committed_text_in_draft();
                self.dialogs.push_back(Dialog {
                    title: "The file changed on disk".into(),
                    body: vec![
                        format!(
                            "{} was changed by something else since it was opened (a git pull, another editor). Your edit was not written over it.",
                            self.path.display()
                        ),
                        String::new(),
                        "m merges the two (changes to different fields both kept; where both changed one field, yours is kept and a review note records the other); w saves your version under another name (nothing is lost); r reloads the file from disk and DROPS your unsaved changes.".into(),
                    ],
                    tone: Tone::Error,
                    options: vec![
                        DialogOption { key: 'm', label: "merge the two".into(), choice: Choice::Merge },
                        DialogOption { key: 'w', label: "save mine under another name".into(), choice: Choice::AskSaveAs },
                        DialogOption { key: 'r', label: "reload from disk…".into(), choice: Choice::AskReload },
                        DialogOption { key: 'c', label: "keep editing (not saved)".into(), choice: Choice::Close },
                    ],
                    input: None,
                    back: None,
                });
            }
            Err(e) => {
                self.persist.save = SaveState::Failed("NOT SAVED".into());
                if std::mem::take(&mut self.persist.quit_after_save) {
                    self.alarm();
                }
                self.keep_committed_text_in_draft();
                let why = e.reason();
                self.say(
                    Tone::Error,
                    format!(
                        "NOT SAVED: {why}. Your edit is kept here: Ctrl-S tries again, F12 saves under another name."
                    ),
                );
            }
        }
    }

    /// After a failed save the last typed text lives only in memory: note it in the draft
    /// so that a crash now still loses nothing.
    fn keep_committed_text_in_draft(&mut self) {
        let mut entries = self.persist.unsaved_texts.clone();
        if let Some(d) = &self.persist.draft_written {
            for e in d {
                if !entries.iter().any(|x| x.path == e.path) {
                    entries.push(e.clone());
                }
            }
        }
        self.persist.unsaved_texts = entries;
        if !self.persist.unsaved_texts.is_empty()
            && self.persist.draft_written.as_ref() != Some(&self.persist.unsaved_texts)
        {
            self.persist.draft_written = Some(self.persist.unsaved_texts.clone());
            self.effects
                .push(Effect::WriteDraft(self.persist.unsaved_texts.clone()));
        }
    }

    pub fn saved_as(&mut self, path: PathBuf, result: Result<DiskState, SaveError>, at: String) {
        match result {
            Ok(disk) => {
                self.path = path;
                self.persist.disk = disk;
                self.persist.unsaved = false;
                self.persist.on_disk = self.study.clone();
                self.persist.save_allowed = true;
                self.persist.save = SaveState::Saved(Some(at));
                self.persist.unsaved_texts.clear();
                self.say(
                    Tone::Info,
                    format!("Saved as {}; you are now editing it.", self.path.display()),
                );
            }
            Err(e) => {
                self.say(Tone::Error, format!("Not saved under the new name: {e}"));
            }
        }
    }

    pub fn reloaded(&mut self, study: Study, disk: DiskState) {
        self.persist.on_disk = study.clone();
        self.study = study;
        self.persist.disk = disk;
        self.persist.unsaved = false;
        self.persist.unsaved_texts.clear();
        self.history.clear();
        self.editing = None;
        self.derive();
        self.clamp();
        self.refresh_views();
        self.persist.save = SaveState::Saved(None);
        self.say(Tone::Info, "Reloaded from disk.");
    }

    /// The file changed on disk (`theirs`, with its state `disk`): merged three ways with
    /// the study here, from the version this session last had in the file. The merge is
    /// one undoable edit, saved over the file it was made with; the dialog says what came
    /// in from the file and what conflicted.
    pub fn merge_with(&mut self, theirs: Study, disk: DiskState) {
        let today = chrono::Local::now().date_naive();
        let merged = match cdstudy::diff::merge(&self.persist.on_disk, &self.study, &theirs, today)
        {
            Ok(m) => m,
            Err(e) => {
                self.say(Tone::Error, format!("The two could not be merged: {e}. Nothing changed; w saves yours under another name."));
                return;
            }
        };
        let came_in = cdstudy::diff::diff(&self.study, &merged.study)
            .map(|d| cdstudy::diff::to_text(&d))
            .unwrap_or_default();
        self.persist.disk = disk;
        self.persist.on_disk = theirs;
        self.editing = None;
        let mut body = vec![format!("Merged {} with your changes.", self.path.display())];
        let place = self.here(None);
        let study = merged.study;
        if let Err(e) = self.change_at(place, "merge with the file on disk".into(), |s, _| {
            *s = study;
            Ok(())
        }) {
            self.say(Tone::Error, e);
            return;
        }
        // Saving waits for nothing: the disk state is the file merged with.
        if !self.effects.contains(&Effect::Save) {
            self.request_save();
        }
        body.push(String::new());
        let lines: Vec<&str> = came_in.lines().filter(|l| !l.trim().is_empty()).collect();
        if lines.is_empty() || came_in.starts_with("No changes") {
            body.push("Nothing came in from the file that you did not have.".into());
        } else {
            body.push("From the file:".into());
            body.extend(lines.iter().take(8).map(|l| short(l, 70)));
            if lines.len() > 8 {
                body.push(format!("  … and {} more lines", lines.len() - 8));
            }
        }
        body.push(String::new());
        if merged.conflicts.is_empty() {
            body.push("No conflicts.".into());
        } else {
            body.push(format!(
                "{} conflict{}: yours is kept, and a review note records the other value (the Review section; check lists them):",
                merged.conflicts.len(),
                if merged.conflicts.len() == 1 { "" } else { "s" }
            ));
            for c in merged.conflicts.iter().take(5) {
                body.push(format!("  {}", short(&c.text, 70)));
            }
        }
        body.push("Ctrl-Z undoes the merge.".into());
        self.dialogs.push_back(Dialog {
            title: "Merged with the file on disk".into(),
            body,
            tone: if merged.conflicts.is_empty() {
                Tone::Info
            } else {
                Tone::Warn
            },
            options: vec![DialogOption {
                key: '\n',
                label: "understood".into(),
                choice: Choice::Close,
            }],
            input: None,
            back: None,
        });
    }

    // ----- what the runtime found at start -----

    /// Tells about what a save would change in the file, and holds saving until the
    /// person agrees when comments (or anchors, tags) would be lost.
    pub fn file_warnings(&mut self, warnings: &[LoadWarning]) {
        if warnings.is_empty() {
            return;
        }
        let lossy = warnings
            .iter()
            .any(|w| w.kind == WarningKind::NotKeptOnSave);
        let mut body: Vec<String> = warnings
            .iter()
            .map(|w| format!("line {}: {}", w.line, w.message))
            .collect();
        if lossy {
            self.persist.save_allowed = false;
            self.persist.save =
                SaveState::Held("NOT SAVING until you say so (the file has comments)".into());
            body.push(String::new());
            body.push(
                "cdstudy saves after every edit; saving rewrites the file without these.".into(),
            );
            self.dialogs.push_back(Dialog {
                title: "Before the first save".into(),
                body,
                tone: Tone::Warn,
                options: vec![
                    // Keys that are not text, as for every answer that loses something:
                    // a word typed at the start cannot drop the comments.
                    DialogOption {
                        key: '\n',
                        label: "save as I edit (drop them)".into(),
                        choice: Choice::AllowSaving,
                    },
                    DialogOption {
                        key: '\u{1b}',
                        label: "don't save this file".into(),
                        choice: Choice::HoldSaving,
                    },
                ],
                input: None,
                back: None,
            });
        } else {
            body.push(String::new());
            body.push("The next save writes the file in the current form.".into());
            self.dialogs.push_back(Dialog {
                title: "About this file".into(),
                body,
                tone: Tone::Info,
                options: vec![DialogOption {
                    key: '\n',
                    label: "understood".into(),
                    choice: Choice::Close,
                }],
                input: None,
                back: None,
            });
        }
    }

    /// Another cdstudy holds the study open.
    pub fn busy(&mut self, holder: &Holder) {
        self.dialogs.push_front(dialogs::busy(holder));
    }

    /// A draft of unsaved typing was found: say what it holds and when, and ask.
    pub fn offer_draft(&mut self, draft: Draft, same_version: bool) {
        self.dialogs
            .push_back(dialogs::draft_found(&draft, same_version));
        self.persist.found_draft = Some(draft);
    }

    pub fn draft_kept(&mut self, result: Result<PathBuf, String>) {
        match result {
            Ok(path) => {
                self.effects.push(Effect::RemoveDraft);
                self.say(
                    Tone::Info,
                    format!("The draft's text is in {}.", path.display()),
                );
            }
            Err(e) => self.say(
                Tone::Error,
                format!("The draft could not be kept aside ({e}); it stays where it was."),
            ),
        }
    }

    /// Effects that results of effects asked for (removing the draft after keeping it).
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }
}

/// The study checked under the workspace's schemes.
fn check_in(study: &Study, workspace: &Assets) -> check::Report {
    match workspace.catalog() {
        Ok(catalog) => check::check_with(study, catalog),
        Err(_) => check::check(study),
    }
}

/// The study's appraisal under its own scheme, or why there is none.
pub fn appraisal_of(study: &Study, workspace: &Assets) -> Result<Appraisal, String> {
    let catalog = workspace
        .catalog()
        .map_err(|e| format!("the scheme rules cannot be read: {e}"))?;
    let id = study.meta.scheme.trim();
    let known = || catalog.ids().join(", ");
    if id.is_empty() {
        return Err(format!(
            "The study names no scheme yet (Study › Scheme): choose one of {}.",
            known()
        ));
    }
    let scheme = catalog.get(id).ok_or_else(|| {
        format!(
            "'{id}' is not a scheme cdstudy knows (Study › Scheme): choose one of {}.",
            known()
        )
    })?;
    Ok(appraise(study, scheme))
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
mod type_ahead_tests {
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
