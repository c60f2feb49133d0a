//! The editor's state and its `update`: keys in, state changed, effects out. No I/O
//! happens here: saving, drafts, reloading and quitting are `Effect`s the runtime carries
//! out and reports back (`saved`, `reloaded` ...; in `effects`), so every behaviour can be
//! tested by feeding keys to an `App`. App composes the parts that own their state (`nav`,
//! `editor`, `dialogs`, `history`, `persistence`) and holds the study and what the engine
//! made of it; every change is a `Msg` applied by `update`. The scheme and the documents
//! asked of the engine are in `engine`.

use std::path::PathBuf;
use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::assets::Assets;
use crate::check::{self, Finding, Report};
use crate::i18n::Messages;
use crate::model::{Id, Study};
use crate::phrase::{Phrase, Said};
use crate::render::{self, DocKind, Format};
use crate::scheme::Appraisal;
use crate::store::draft::{Draft, DraftEntry};
use crate::store::lock::Holder;
use crate::store::{self, PathLines};
use crate::store::{DiskState, LoadWarning, SaveError, WarningKind};

use super::dialogs;
pub use super::dialogs::{Choice, Dialog, DialogOption, Dialogs};
use super::editor::{EditKind, EditMsg, Editing};
use super::fields::{short, Answer, Input};
use super::history::History;
use super::keys::{self, Action, Command, CommandInfo, Key, Mode};
pub use super::message::{Message, Tone};
use super::nav::{Focus, Nav};
pub use super::persistence::{Persistence, SaveState};
use super::sections::{self, Part, Place, SectionDef};
use super::view::{finding_message, Layout};
use super::views::{self, appraisal_of, Preview, ViewKind, ViewMsg};

mod effects;
mod engine;

/// How long the keys must pause before the figures of what is typed are worked out.
pub const PAUSE: std::time::Duration = std::time::Duration::from_millis(120);

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
    /// Write a rendered document (never the study file), after the picture files its
    /// Markdown links.
    WriteDocument {
        path: PathBuf,
        bytes: Vec<u8>,
        files: Vec<(PathBuf, Vec<u8>)>,
    },
    Quit,
}

/// Everything that changes the app, whatever it came from; `App::update` applies it.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A key's action, in the mode the keyboard was in.
    Key(Mode, Action),
    /// A dialog's answer (and what was typed in it).
    Chose(Choice, Option<String>),
    Paste(String),
    /// Time passes.
    Tick,
    /// What the field being edited asks for.
    Edit(EditMsg),
    /// What a view's key asks for.
    View(ViewMsg),
}

pub struct App {
    pub path: PathBuf,
    pub study: Study,
    /// The file: what is on disk, saving, the draft journal.
    pub persist: Persistence,
    pub report: Report,
    /// Whether `report` and `appraisal` are of the study: false only from opening it to
    /// just after the first frame ([`App::opening`]).
    pub checked: bool,
    /// The study's financing and CFC viability under its scheme (or why there is none),
    /// from the engine, recomputed with `report` on every edit.
    pub appraisal: Result<Appraisal, Said>,
    /// Counts the edits, so that what is costly to make again (the preview) is made
    /// again only when the study changed.
    pub revision: u64,
    pub preview: Option<Preview>,
    pub preview_doc: DocKind,
    /// The figures the value being typed would give, worked out when the keys pause
    /// (`catch_up`), not on every key.
    pub typed: Option<views::Tentative>,
    /// When the last key came: the typed figures wait for a pause after it.
    pub last_key: Instant,
    /// The file's line of every path, for the findings (made with the preview's rule).
    pub file_lines: Option<(u64, crate::store::PathLines)>,
    /// Every scheme for the study, best first, made at a revision (for the schemes view).
    pub matches: Option<(u64, Vec<crate::scheme::Match>)>,
    /// Where the person is: section, tab, selections, focus.
    pub nav: Nav,
    pub editing: Option<Editing>,
    pub dialogs: Dialogs,
    pub help: Option<u16>,
    pub message: Option<Message>,
    /// The last message said, for F2 after it left the screen.
    pub last_message: Option<Message>,
    pub now: Instant,
    /// The terminal's size, for layouts that depend on it (wrapping in text areas).
    pub size: (u16, u16),
    /// The layout of the last frame drawn: the keys page by the rows it showed.
    pub frame: Option<Layout>,
    history: History,
    effects: Vec<Effect>,
    /// The run's templates and scheme rules: what the checks, the budget and the preview
    /// are made under.
    pub workspace: Assets,
    /// The language the screen speaks (English unless the run chose another).
    pub messages: Messages,
}

/// The views' context from an app's fields, in one place. A macro, not a method: it borrows
/// the fields one by one, so `view_parts` can lend `nav` mutably beside it, which a method
/// borrowing the whole app could not.
macro_rules! view_ctx {
    ($app:expr, $layout:expr) => {
        views::Ctx {
            study: &$app.study,
            report: &$app.report,
            appraisal: &$app.appraisal,
            editing: $app.editing.as_ref(),
            layout: $layout,
            revision: $app.revision,
            preview: $app.preview.as_ref(),
            preview_doc: $app.preview_doc,
            file_lines: $app.file_lines.as_ref(),
            workspace: &$app.workspace,
            typed: $app.typed.as_ref(),
            matches: $app.matches.as_ref(),
            messages: &$app.messages,
        }
    };
}

impl App {
    /// An app on the built-in templates (tests; the runtime gives its workspace).
    #[cfg(test)]
    pub fn new(path: PathBuf, study: Study, disk: DiskState) -> App {
        App::in_workspace(path, study, disk, Assets::embedded())
    }

    /// Speaks `messages` from now on, in the fields' pickers too.
    pub fn speak(&mut self, messages: Messages) {
        super::fields::use_messages(&messages);
        self.messages = messages;
    }

    /// An app with its check and figures made (tests; the editor opens in two steps).
    #[cfg(test)]
    pub fn in_workspace(path: PathBuf, study: Study, disk: DiskState, workspace: Assets) -> App {
        let mut app = App::opening(path, study, disk, workspace);
        app.finish_opening();
        app
    }

    /// An app whose check and figures are not made yet: the editor draws its first frame
    /// with it and then calls [`App::finish_opening`], so that a large study shows at
    /// once instead of after its whole check and appraisal.
    pub fn opening(path: PathBuf, study: Study, disk: DiskState, workspace: Assets) -> App {
        super::fields::use_messages(&Messages::english());
        super::fields::use_workspace(&workspace);
        super::fields::use_study_dir(&study_folder(&path));
        // Screens under test must not change with the calendar: the examples' progress is
        // dated ahead of the day this was written, and check flags dates after today.
        #[cfg(test)]
        crate::check::pin_today(chrono::NaiveDate::from_ymd_opt(2028, 6, 30).unwrap_or_default());
        App {
            path,
            last_message: None,
            persist: Persistence::new(disk, study.clone()),
            study,
            report: Report::default(),
            appraisal: Err(Phrase::new("working out the figures…").into()),
            checked: false,
            revision: 0,
            preview: None,
            preview_doc: DocKind::Dsr,
            typed: None,
            last_key: Instant::now(),
            file_lines: None,
            matches: None,
            nav: Nav::new(),
            editing: None,
            dialogs: Dialogs::default(),
            help: None,
            message: None,
            now: Instant::now(),
            size: (80, 24),
            frame: None,
            history: History::default(),
            effects: Vec::new(),
            workspace,
            messages: Messages::english(),
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
            Some(e) => e.mode(),
            None => self.nav.browsing_mode(),
        })
    }

    /// The commands that work now: the key bar and the help screen both show these.
    pub fn commands(&self) -> Vec<CommandInfo> {
        match (self.mode(), self.dialogs.front()) {
            (Some(mode), _) => keys::commands(mode, &self.messages),
            (None, Some(d)) => d.commands(&self.messages),
            (None, None) => Vec::new(),
        }
    }

    /// What the views read: the study and what the engine made of it, the field being
    /// edited, the layout the keys go by.
    pub fn view_ctx(&self) -> views::Ctx<'_> {
        self.view_ctx_in(self.layout())
    }

    /// What the views read, in a frame of `layout` (the one being made, while a frame is
    /// built).
    pub fn view_ctx_in(&self, layout: Layout) -> views::Ctx<'_> {
        view_ctx!(self, layout)
    }

    /// What a view reads, and where the person is, for a view's keys to move.
    fn view_parts(&mut self) -> (views::Ctx<'_>, &mut super::nav::Nav) {
        let layout = self.layout();
        let cx = view_ctx!(self, layout);
        (cx, &mut self.nav)
    }

    /// Carries out what a view's key asked for.
    fn viewed(&mut self, msg: ViewMsg) {
        match msg {
            ViewMsg::NotMine | ViewMsg::Done => {}
            ViewMsg::Say(tone, text) => self.say(tone, text),
            ViewMsg::Open(place) => self.open_place(&place),
            ViewMsg::OpenPath(path) => self.open_path(&path),
            ViewMsg::Edit(place) => self.start_editing_at(place),
            ViewMsg::Add {
                section,
                part,
                open,
            } => match self.add_to(section, part, Vec::new()) {
                Ok(i) => {
                    self.nav.select(section, part, i);
                    let place = Place {
                        section,
                        part,
                        at: vec![i],
                        field: Some(0),
                    };
                    if open {
                        self.open_place(&place);
                    }
                    self.start_editing_at(place);
                }
                Err(e) => self.say(Tone::Error, e),
            },
            ViewMsg::Delete { section, part, at } => self.ask_delete_item(section, part, at),
            ViewMsg::AskScheme => self.ask_scheme(),
            ViewMsg::AskRender => self.ask_render(),
            ViewMsg::ShowDocument(doc) => self.preview_doc = doc,
            ViewMsg::CompareScheme(id) => self.compare_scheme(&id),
        }
    }

    /// The layout the keys go by: the last frame's, or (before the first frame, or when
    /// the terminal was resized since) the one the next frame will have.
    pub fn layout(&self) -> Layout {
        match self.frame {
            Some(l) if l.size == self.size => l,
            _ => super::view::layout_now(self),
        }
    }

    /// Where findings about the current item point (the form's section for a form).
    pub fn item_path(&self) -> Option<String> {
        let at = self.nav.current_at(&self.study)?;
        match self.nav.part() {
            Part::List(list) => Some(list.ops.item_path(&self.study, &at)),
            Part::Form(_) | Part::View(_) => None,
        }
    }

    /// Where findings about field `i` of the current part point.
    pub fn field_path(&self, i: usize) -> Option<String> {
        let field = self.nav.fields().get(i)?;
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
        let here: Vec<String> = match (self.nav.focus, self.item_path()) {
            (Focus::Sidebar | Focus::View, _) => Vec::new(),
            (_, Some(item)) => vec![item],
            (_, None) => (0..self.nav.fields().len())
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
        self.place_label_in(place, false)
    }

    /// `place_label`, in the screen's language when `shown` (for the status line and the
    /// editor's title; the draft journal keeps the English).
    pub(super) fn place_label_in(&self, place: &Place, shown: bool) -> String {
        let word = |english: &str| match shown {
            true => self.messages.label(english).into_owned(),
            false => english.to_string(),
        };
        let Some(def) = self.nav.defs.get(place.section) else {
            return String::new();
        };
        let mut parts = vec![word(def.section.label())];
        match def.parts.get(place.part) {
            Some(Part::List(list))
                if list.ops.len(&self.study, sections::split(&place.at).0) > 0 =>
            {
                let label = match list.ops.id(&self.study, &place.at) {
                    Some(id) => id.to_string(),
                    None => short(&list.ops.label(&self.study, &place.at, &self.messages), 30),
                };
                parts.push(label);
            }
            Some(part) if def.parts.len() > 1 => parts.push(word(part.title())),
            _ => {}
        }
        if let Some(f) = self.nav.field_def(place) {
            parts.push(word(f.label));
        }
        parts.join(" › ")
    }

    /// The message `id` of the catalogue, with `args`, on the status line.
    pub(super) fn tell(
        &mut self,
        tone: Tone,
        id: &str,
        args: &[(&str, fluent_bundle::FluentValue<'_>)],
    ) {
        let text = self.messages.with(id, args);
        self.say(tone, text);
    }

    /// What the engine said (a refused value, an edit that cannot be made) in the screen's
    /// language.
    pub(super) fn words(&self, said: &Said) -> String {
        self.messages.say(said)
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
        self.last_key = self.now;
        self.key_event(event);
        self.refresh_views();
        std::mem::take(&mut self.effects)
    }

    /// A key becomes a message: a dialog's answer, or the key's action in the mode the
    /// keyboard is in (`keys::action`).
    fn key_event(&mut self, event: KeyEvent) {
        if !self.dialogs.is_empty() && self.help.is_none() {
            let key = Key::of_event(&event);
            if let Some((choice, typed)) = self.dialogs.key(key, &event, &self.messages) {
                self.update(Msg::Chose(choice, typed));
            }
            return;
        }
        let Some(mode) = self.mode() else {
            return;
        };
        if let Some(action) = keys::action(mode, &event) {
            self.update(Msg::Key(mode, action));
        }
    }

    /// The one place where the app changes: every message, from a key, a paste, the
    /// clock, a dialog, the editor or a view, is applied here.
    pub fn update(&mut self, msg: Msg) {
        match msg {
            Msg::Key(mode, Action::Command(command)) => self.command(mode, command),
            Msg::Key(mode, Action::Type(c)) => {
                if mode == Mode::Form && self.editing.is_none() {
                    self.type_on_field(c);
                } else {
                    self.type_char(c);
                }
            }
            // The Esc first, then the key in the mode the Esc leaves.
            Msg::Key(_, Action::EscThen(rest)) => {
                self.key_event(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
                self.key_event(rest);
            }
            Msg::Chose(choice, typed) => self.choose(choice, typed),
            Msg::Paste(text) => {
                if let Some(e) = &mut self.editing {
                    e.paste(&text);
                }
            }
            Msg::Tick => {
                self.refresh_views();
                if self.now.saturating_duration_since(self.last_key) >= PAUSE {
                    self.catch_up();
                }
                if let Some(entries) = self.draft_entries_due() {
                    self.persist.draft_written = Some(entries.clone());
                    self.effects.push(Effect::WriteDraft(entries));
                }
            }
            Msg::Edit(msg) => self.edited(msg),
            Msg::View(msg) => self.viewed(msg),
        }
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
            Some(Input::Toggle(_)) => self.tell(Tone::Info, "status-tick-box", &[]),
            Some(Input::Pick { many: true, .. }) if c == ' ' => self.start_editing_here(),
            // The scheme is chosen in a dialog whose keys are letters and digits: the
            // letters typed on would be taken as its answers.
            Some(Input::ChooseScheme) => self.tell(Tone::Info, "status-scheme-from-list", &[]),
            Some(_) => {
                self.start_editing_here();
                if let Some(e) = &mut self.editing {
                    e.replace_on_type();
                }
                self.type_char(c);
            }
        }
    }

    /// Pasted text goes into the open text field.
    pub fn paste(&mut self, text: &str) -> Vec<Effect> {
        self.update(Msg::Paste(text.to_string()));
        std::mem::take(&mut self.effects)
    }

    /// Time passes: typing not yet in the draft journal goes to it.
    pub fn tick(&mut self) -> Vec<Effect> {
        self.update(Msg::Tick);
        std::mem::take(&mut self.effects)
    }

    fn draft_entries_due(&self) -> Option<Vec<DraftEntry>> {
        let mut entries = self.persist.unsaved_texts.clone();
        // Every change goes to the journal, which coalesces the writes
        // (store::draft::Journal): a kill loses at most about a second.
        if let Some(entry) = self.editing.as_ref().and_then(Editing::draft_entry) {
            entries.retain(|x| x.path != entry.path);
            entries.push(entry);
        }
        if entries.is_empty() || self.persist.draft_written.as_ref() == Some(&entries) {
            return None;
        }
        Some(entries)
    }

    fn type_char(&mut self, c: char) {
        if let Some(e) = &mut self.editing {
            e.type_char(c);
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
            Mode::EditLine | Mode::EditPath | Mode::EditProse => self.edit_command(command),
            Mode::Choose | Mode::ChooseMany => self.edit_command(command),
            Mode::Sidebar | Mode::List | Mode::Form => self.browse_command(command),
            // A view handles what is its own; the rest (tabs, undo, help ...) is shared.
            Mode::View(kind) => {
                let (cx, nav) = self.view_parts();
                match views::command(&cx, nav, kind, command) {
                    ViewMsg::NotMine => self.browse_command(command),
                    msg => self.update(Msg::View(msg)),
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
            C::Up => self.nav.step(&self.study, -1),
            C::Down => self.nav.step(&self.study, 1),
            // A page is as many rows as the frame shows where the keyboard is.
            C::PageUp => {
                let page = self.layout().page(self.nav.focus) as i64;
                self.nav.step(&self.study, -page)
            }
            C::PageDown => {
                let page = self.layout().page(self.nav.focus) as i64;
                self.nav.step(&self.study, page)
            }
            C::Top => self.nav.step(&self.study, -100_000),
            C::Bottom => self.nav.step(&self.study, 100_000),
            C::Open => self.open(),
            C::Back => self.nav.back(),
            C::NextPart => self.nav.switch_part(1),
            C::PrevPart => self.nav.switch_part(-1),
            // Tab opens the next field for typing, the same after a picker, a tick box
            // or a text field, and the same as Tab while typing.
            C::NextField | C::PrevField if self.nav.focus == Focus::Form => {
                let here = self.here(Some(self.nav.part_state().field));
                let by = if command == C::NextField { 1 } else { -1 };
                self.next_field_editor(&here, by);
            }
            C::NextField => self.nav.step(&self.study, 1),
            C::PrevField => self.nav.step(&self.study, -1),
            // Backspace on a selected text field: its editor, less the last character.
            C::DeleteBack if self.nav.focus == Focus::Form => {
                if matches!(self.current_input(), Some(Input::Text { .. })) {
                    self.start_editing_here();
                    if let Some(e) = &mut self.editing {
                        e.backspace();
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

    fn open(&mut self) {
        match self.nav.focus {
            Focus::Sidebar => self.nav.focus = self.nav.content_focus(),
            Focus::List => {
                if self.nav.current_at(&self.study).is_some() {
                    self.nav.focus = Focus::Form;
                } else if self.nav.parent_at(&self.study).is_none() {
                    self.say_missing_parent();
                } else if let Part::List(list) = self.nav.part() {
                    let noun = self.messages.label(list.noun).into_owned();
                    self.tell(Tone::Info, "status-no-items-yet", &[("noun", noun.into())]);
                }
            }
            Focus::Form => self.start_editing_here(),
            Focus::View => {}
        }
    }

    fn say_missing_parent(&mut self) {
        if let Part::List(list) = self.nav.part() {
            if let Some(holder) = list.parent {
                let m = &self.messages;
                let holder = m.label(self.nav.def().parts[holder].title()).into_owned();
                let noun = m.label(list.noun).into_owned();
                let text = m.with(
                    "status-add-to-holder-first",
                    &[("holder", holder.into()), ("noun", noun.into())],
                );
                self.say(Tone::Info, text);
            }
        }
    }

    /// Opens the item or field at `path` (a `check` path) in its section's form; Esc comes
    /// back to the view.
    pub(super) fn open_path(&mut self, path: &str) {
        let Some(mut place) = sections::locate(&self.nav.defs, &self.study, path) else {
            self.tell(
                Tone::Warn,
                "status-path-not-shown",
                &[("path", path.into())],
            );
            return;
        };
        // A finding about a whole section (not a list named like it) opens the section on
        // what is missing first in it.
        if sections::is_section_path(path)
            && matches!(
                self.nav.defs[place.section].parts[place.part],
                Part::Form(_)
            )
        {
            let findings = self.report.findings.iter().map(|f| f.path.as_str());
            place =
                sections::section_start(&self.nav.defs, &self.study, place.section, path, findings);
        }
        // An item opens on its form, at its first field.
        if place.field.is_none()
            && matches!(
                self.nav.defs[place.section].parts[place.part],
                Part::List(_)
            )
            && !place.at.is_empty()
        {
            place.field = Some(0);
        }
        self.open_place(&place);
    }

    /// Goes to `place` from a view; Esc comes back to the view.
    pub(super) fn open_place(&mut self, place: &Place) {
        let from = (self.nav.section, self.nav.part_index());
        self.nav.go_to(place);
        self.nav.return_to = Some(from);
    }

    fn add(&mut self) {
        let Part::List(_) = self.nav.part() else {
            self.tell(Tone::Info, "status-tab-is-form", &[]);
            return;
        };
        let Some(parent) = self.nav.parent_at(&self.study) else {
            self.say_missing_parent();
            return;
        };
        match self.add_to(self.nav.section, self.nav.part_index(), parent) {
            Ok(i) => {
                let s = self.nav.part_state_mut();
                s.item = i;
                s.field = 0;
                self.nav.focus = Focus::Form;
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
        let not_a_list = || self.messages.text("status-not-a-list").into_owned();
        let noun = match &self.nav.defs[section].parts[part] {
            Part::List(list) => list.noun,
            _ => return Err(not_a_list()),
        };
        let (not_a_list, cannot) = (
            not_a_list(),
            self.messages.text("status-cannot-add-here").into_owned(),
        );
        let mut index = None;
        let noun = self.messages.label(noun).into_owned();
        let what = self.messages.with("edit-add", &[("noun", noun.into())]);
        self.change(what, |study, defs| {
            let Part::List(list) = &defs[section].parts[part] else {
                return Err(not_a_list.into());
            };
            index = list.ops.add(study, &parent);
            index.map(|_| ()).ok_or_else(|| cannot.clone().into())
        })
        .map_err(|e| self.words(&e))?;
        index.ok_or(cannot)
    }

    fn ask_delete(&mut self) {
        match self.nav.part() {
            Part::List(_) => {
                if let Some(at) = self.nav.current_at(&self.study) {
                    self.ask_delete_item(self.nav.section, self.nav.part_index(), at);
                }
            }
            Part::View(_) => {}
            Part::Form(form) => match &form.optional {
                Some(opt) if (opt.present)(&self.study) => {
                    let m = &self.messages;
                    let noun = m.label(opt.noun).into_owned();
                    let body = vec![
                        m.with("dialog-remove-body", &[("noun", noun.into())]),
                        m.text("dialog-remove-when").into_owned(),
                        m.text("dialog-undo-afterwards").into_owned(),
                    ];
                    self.dialogs.push_back(Dialog {
                        title: "Remove".into(),
                        body,
                        tone: Tone::Warn,
                        options: vec![
                            DialogOption {
                                key: '\n',
                                label: "remove".into(),
                                choice: Choice::RemoveOptional {
                                    section: self.nav.section,
                                    part: self.nav.part_index(),
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
                _ => self.tell(Tone::Info, "status-nothing-to-delete", &[]),
            },
        }
    }

    /// Asks before deleting the item at `at` of list part `part`, naming what refers to it.
    pub(super) fn ask_delete_item(&mut self, section: usize, part: usize, at: Vec<usize>) {
        let Some(Part::List(list)) = self.nav.defs.get(section).and_then(|d| d.parts.get(part))
        else {
            return;
        };
        let label = sections::shown(
            list.ops.label(&self.study, &at, &self.messages),
            &self.messages,
        );
        let noun = list.noun;
        let m = &self.messages;
        let mut body = vec![
            m.with("dialog-delete-body", &[("noun", m.label(noun).into())]),
            format!("  {}", short(&label, 60)),
        ];
        if let Some(id) = list.ops.id(&self.study, &at) {
            let referrers = self.study.referrers(&id);
            if !referrers.is_empty() {
                body.push(String::new());
                body.push(m.with(
                    "dialog-delete-references",
                    &[
                        ("count", referrers.len().into()),
                        ("id", id.to_string().into()),
                    ],
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
                    body.push(m.with(
                        "dialog-and-more",
                        &[("count", (referrers.len() - 8).into())],
                    ));
                }
            }
        }
        body.push(String::new());
        body.push(m.text("dialog-undo-afterwards").into_owned());
        let choice = Choice::DeleteItem { section, part, at };
        self.dialogs.push_back(Dialog {
            title: crate::phrase!("Delete {noun}", noun = crate::phrase::word(noun)).into(),
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
        let (Part::List(_), Some(at)) = (self.nav.part(), self.nav.current_at(&self.study)) else {
            return;
        };
        let (parent, i) = sections::split(&at);
        let parent = parent.to_vec();
        let j = i as i64 + by;
        if j < 0 || j as usize >= self.nav.list_len(&self.study) {
            return;
        }
        let j = j as usize;
        let (section, part) = (self.nav.section, self.nav.part_index());
        let what = self.messages.text("edit-move").into_owned();
        let moved = self.change(what, |study, defs| {
            if let Part::List(list) = &defs[section].parts[part] {
                list.ops.swap(study, &parent, i, j);
            }
            Ok(())
        });
        if moved.is_ok() {
            self.nav.part_state_mut().item = j;
        }
    }

    fn clear_field(&mut self) {
        let Some(at) = self.nav.current_at(&self.study) else {
            return;
        };
        let i = self.nav.part_state().field;
        let Some(field) = self.nav.fields().get(i) else {
            return;
        };
        let answer = match field.ops.input(&self.study, &at) {
            Input::Text { .. } => Answer::Text(String::new()),
            Input::Choice {
                optional: false, ..
            } => {
                let label = self.messages.label(field.label).into_owned();
                self.tell(
                    Tone::Warn,
                    "status-cannot-be-empty",
                    &[("field", label.into())],
                );
                return;
            }
            Input::Choice { .. } => Answer::Choice(None),
            Input::Pick { .. } => Answer::Ids(Vec::new()),
            Input::Toggle(_) => Answer::Toggle(false),
            Input::ChooseScheme => {
                self.tell(Tone::Warn, "status-scheme-required", &[]);
                return;
            }
        };
        let place = self.here(Some(i));
        if let Err(e) = self.apply_at(&place, &at, answer) {
            self.say(Tone::Error, self.words(&e));
        }
    }

    fn here(&self, field: Option<usize>) -> Place {
        Place {
            section: self.nav.section,
            part: self.nav.part_index(),
            at: self.nav.current_at(&self.study).unwrap_or_default(),
            field,
        }
    }

    /// Writes an answer to a field as one undoable, saved edit.
    fn apply_at(&mut self, place: &Place, at: &[usize], answer: Answer) -> Result<bool, Said> {
        let label = match self.nav.field_def(place) {
            Some(f) => self.messages.label(f.label).into_owned(),
            None => self.messages.text("edit-a-field").into_owned(),
        };
        let (section, part, field) = (place.section, place.part, place.field);
        let what = self
            .messages
            .with("edit-change", &[("field", label.into())]);
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
        edit: impl FnOnce(&mut Study, &[SectionDef]) -> Result<(), Said>,
    ) -> Result<bool, Said> {
        let field = (self.nav.focus == Focus::Form).then(|| self.nav.part_state().field);
        let place = self.here(field);
        self.change_at(place, what, edit)
    }

    /// `change`, made at `place` (a field a view edits in place, say).
    fn change_at(
        &mut self,
        place: Place,
        what: String,
        edit: impl FnOnce(&mut Study, &[SectionDef]) -> Result<(), Said>,
    ) -> Result<bool, Said> {
        let before = self.study.clone();
        if let Err(e) = edit(&mut self.study, &self.nav.defs) {
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
        self.nav.clamp(&self.study);
        self.request_save();
    }

    fn request_save(&mut self) {
        if self.persist.save_allowed {
            self.effects.push(Effect::Save);
        } else {
            self.persist.save =
                SaveState::Held(self.messages.text("save-held-comments").into_owned());
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
            let id = if forward {
                "status-nothing-to-redo"
            } else {
                "status-nothing-to-undo"
            };
            self.tell(Tone::Info, id, &[]);
            return;
        };
        self.editing = None;
        self.nav.go_to(&place);
        let id = if forward {
            "status-redone"
        } else {
            "status-undone"
        };
        let label = self.place_label_in(&place, true);
        self.tell(
            Tone::Info,
            id,
            &[("what", what.into()), ("place", label.into())],
        );
        self.changed();
    }

    /// Goes to the next thing `check` finds, after the current place, in study order.
    fn next_missing(&mut self) {
        let here = self.here(match self.nav.focus {
            Focus::Form => Some(self.nav.part_state().field),
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
            let Some(place) = sections::locate(&self.nav.defs, &self.study, &f.path) else {
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
            self.tell(Tone::Info, "status-nothing-missing", &[]);
            return;
        };
        self.nav.go_to(&place);
    }

    // ----- editing a field -----

    /// Opens the selected field of the current form.
    /// How the selected field of the form is edited.
    fn current_input(&self) -> Option<Input> {
        self.nav.current_at(&self.study)?;
        let place = self.here(Some(self.nav.part_state().field));
        let field = self.nav.field_def(&place)?;
        Some(field.ops.input(&self.study, &place.at))
    }

    fn start_editing_here(&mut self) {
        if self.nav.current_at(&self.study).is_none() {
            return;
        }
        let place = self.here(Some(self.nav.part_state().field));
        self.start_editing_at(place);
    }

    /// Opens the editor of the field at `place` (a field of the current form, or one a
    /// view edits in place).
    pub(super) fn start_editing_at(&mut self, place: Place) {
        let at = place.at.clone();
        let Some(field) = self.nav.field_def(&place) else {
            return;
        };
        let input = field.ops.input(&self.study, &at);
        let label = self.place_label(&place);
        let path = self.field_path_of(&place).unwrap_or_default();
        let kind = match input {
            Input::Toggle(v) => {
                if let Err(e) = self.apply_at(&place, &at, Answer::Toggle(!v)) {
                    self.say(Tone::Error, self.words(&e));
                }
                return;
            }
            Input::Text { text, multiline } => {
                let files = field.ops.completions();
                let title = self.place_label_in(&place, true);
                let mut editing = Editing::text(place, label, path, &text, multiline);
                editing.title = title;
                editing.files = files;
                self.editing = Some(editing);
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
                    let m = &self.messages;
                    let text = m.with(
                        "status-nothing-to-pick",
                        &[
                            ("noun", m.label(kind.noun()).into()),
                            ("section", m.label(kind.section().label()).into()),
                        ],
                    );
                    self.say(Tone::Info, text);
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
        let title = self.place_label_in(&place, true);
        let mut editing = Editing::new(place, label, path, kind);
        editing.title = title;
        self.editing = Some(editing);
    }

    /// A key while a field is edited: the editor answers it, and what it asks of the
    /// study is done here.
    fn edit_command(&mut self, command: Command) {
        // Up and down move by wrapped rows, as wide as the text area is drawn.
        let width = views::inline_width(&self.view_ctx(), &self.nav)
            .unwrap_or_else(|| self.layout().prose_width());
        let Some(editing) = &mut self.editing else {
            return;
        };
        let msg = editing.key(command, width);
        self.update(Msg::Edit(msg));
    }

    /// Carries out what the editor asked for.
    fn edited(&mut self, msg: EditMsg) {
        match msg {
            EditMsg::Stay => {}
            EditMsg::Keep { then } => {
                self.finish_text(then);
            }
            EditMsg::KeepOrDrop => {
                let refused = !self.finish_text(0);
                let messages = &self.messages;
                if refused
                    && self
                        .editing
                        .as_mut()
                        .is_some_and(|e| e.esc_on_refused(messages))
                {
                    self.drop_typing();
                }
            }
            EditMsg::Drop => self.drop_typing(),
            EditMsg::KeepAndSave => {
                self.persist.save_allowed = true;
                self.finish_text(0);
            }
            EditMsg::KeepAndQuit => {
                if self.finish_text(0) {
                    self.quit();
                } else if let Some(e) = &mut self.editing {
                    e.refuse_quit(&self.messages);
                }
            }
            EditMsg::Cancel => self.editing = None,
            EditMsg::Completed(found) => {
                use super::editor::Completion as C;
                let m = &self.messages;
                let text = match found {
                    C::NoFiles => m.text("status-no-photo-files").into_owned(),
                    C::NoneFits(typed) => {
                        m.with("status-no-photo-fits", &[("typed", typed.into())])
                    }
                    C::One(file) => m.with("status-photo-fits", &[("file", file.into())]),
                    C::Many(files) => m.with(
                        "status-photos-fit",
                        &[
                            ("count", files.len().into()),
                            ("files", files.join(", ").into()),
                        ],
                    ),
                };
                self.say(Tone::Info, text);
            }
            EditMsg::Answer { answer, next } => {
                let Some(editing) = self.editing.take() else {
                    return;
                };
                let place = editing.place;
                match self.apply_at(&place, &place.at, answer) {
                    // One rule for every kind of field: Enter keeps and stays, Tab keeps
                    // and opens the next. (Enter moving on after a Tab-opened picker made
                    // Tab then skip a field.)
                    Ok(_) if next => self.next_field_editor(&place, 1),
                    Ok(_) => {}
                    Err(e) => self.say(Tone::Error, self.words(&e)),
                }
            }
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
                let e = self.words(&e);
                let e = if then == 0 {
                    e
                } else {
                    self.messages.phrase(&crate::phrase!(
                        "{e} (still in this field: correct it, or Esc twice drops it)",
                        e
                    ))
                };
                if let Some(editing) = &mut self.editing {
                    editing.refused(e);
                }
                false
            }
        }
    }

    /// Tab from a field: the next field's editor opens, except on a tick box or the scheme,
    /// which are only selected (Tab must never change a value by passing over it).
    fn next_field_editor(&mut self, from: &Place, by: i64) {
        let Some(n) = self
            .nav
            .defs
            .get(from.section)
            .and_then(|d| d.parts.get(from.part))
            .map(|p| p.fields().len() as i64)
        else {
            return;
        };
        let i = from.field.unwrap_or(0) as i64 + by;
        if i < 0 || i >= n {
            let id = if by > 0 {
                "status-last-field"
            } else {
                "status-first-field"
            };
            self.tell(Tone::Info, id, &[]);
            return;
        }
        let place = Place {
            field: Some(i as usize),
            ..from.clone()
        };
        // The form follows the editor, unless a view edits in place.
        let here = from.section == self.nav.section && from.part == self.nav.part_index();
        if here {
            self.nav.part_state_mut().field = i as usize;
        }
        let Some(field) = self.nav.field_def(&place) else {
            return;
        };
        let input = field.ops.input(&self.study, &place.at);
        // Nor is the scheme's dialog opened by passing: its keys are letters and digits.
        if matches!(input, Input::Toggle(_) | Input::ChooseScheme) {
            if here {
                self.nav.focus = Focus::Form;
            }
        } else {
            self.start_editing_at(place);
            if let Some(e) = &mut self.editing {
                e.select_whole();
            }
        }
    }

    fn drop_typing(&mut self) {
        self.editing = None;
        self.tell(Tone::Info, "status-typing-dropped", &[]);
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
        let Ok(d) = crate::diff::diff(&self.persist.on_disk, &self.study) else {
            return vec![self.messages.text("dialog-changes-unlisted").into_owned()];
        };
        let text = crate::diff::to_text(&d);
        let lines: Vec<String> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .flat_map(|l| super::view::wrap(l, 66, 3))
            .collect();
        let mut out: Vec<String> = lines.iter().take(8).cloned().collect();
        if lines.len() > 8 {
            out.push(self.messages.with(
                "dialog-and-more-lines",
                &[("count", (lines.len() - 8).into())],
            ));
        }
        out
    }

    /// The study differs from the file and cannot be saved now: say what and why, and
    /// offer to keep it.
    fn alarm(&mut self) {
        let why = match &self.persist.save {
            SaveState::Failed(e) | SaveState::Held(e) => e.clone(),
            _ => self
                .messages
                .text("dialog-changes-not-in-file")
                .into_owned(),
        };
        let not_in_file = self.messages.text("dialog-not-in-file").into_owned();
        let mut body = vec![why, String::new(), not_in_file];
        body.extend(self.unsaved_changes());
        body.push(String::new());
        body.push(self.messages.text("dialog-keep-unsaved").into_owned());
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
            None if self.nav.focus == Focus::Form => {
                Some(self.here(Some(self.nav.part_state().field)))
            }
            None => None,
        };
        let title = match &place {
            Some(p) => self.place_label(p),
            None => self.nav.def().section.label().to_string(),
        };
        if let Some(error) = self.editing.as_ref().and_then(|e| e.error.clone()) {
            body.push(
                self.messages
                    .with("dialog-refused", &[("error", error.into())]),
            );
            body.push(String::new());
        }
        if let Some(f) = place.as_ref().and_then(|p| self.nav.field_def(p)) {
            let m = &self.messages;
            body.push(format!("{}: {}", m.label(f.label), m.label(f.hint)));
        }
        let here = place
            .as_ref()
            .is_some_and(|p| p.section == self.nav.section && p.part == self.nav.part_index());
        let findings: Vec<String> = match (&place, self.nav.focus) {
            (_, Focus::View) if self.nav.view_kind() == Some(ViewKind::Findings) => {
                views::selected_finding(&self.view_ctx(), &self.nav)
                    .into_iter()
                    .collect()
            }
            (_, Focus::View) if self.nav.view_kind() == Some(ViewKind::Schemes) => {
                views::selected_scheme(&self.view_ctx(), &self.nav)
            }
            (Some(p), _) if here => p
                .field
                .map(|i| self.field_findings(i))
                .unwrap_or_default()
                .iter()
                .map(|f| format!("{}: {}", f.path, finding_message(f, &self.messages)))
                .collect(),
            (None, Focus::List) => {
                let item = self.item_path().unwrap_or_default();
                self.report
                    .findings
                    .iter()
                    .filter(|f| !item.is_empty() && sections::concerns(&item, &f.path))
                    .map(|f| format!("{}: {}", f.path, finding_message(f, &self.messages)))
                    .collect()
            }
            _ => {
                let section = self.nav.def().section;
                self.report
                    .findings
                    .iter()
                    .filter(|f| f.section == section)
                    .map(|f| format!("{}: {}", f.path, finding_message(f, &self.messages)))
                    .collect()
            }
        };
        if let Some(m) = &self.last_message {
            body.push(String::new());
            let text = m.text.clone();
            body.push(
                self.messages
                    .with("dialog-last-message", &[("text", text.into())]),
            );
        }
        for f in &findings {
            body.push(String::new());
            body.push(format!("• {f}"));
        }
        if body.is_empty() {
            body.push(self.messages.text("dialog-nothing-more").into_owned());
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
            body.push(self.messages.text("dialog-more-in-findings").into_owned());
        }
        self.dialogs.push_back(Dialog {
            title: title.into(),
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
        let mut body = vec![self.messages.text("dialog-reload-drops").into_owned()];
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
        self.dialogs
            .push_back(dialogs::save_as(&suggestion, &self.messages));
    }

    fn choose(&mut self, choice: Choice, typed: Option<String>) {
        match choice {
            Choice::Close | Choice::Back | Choice::AskDiscardDraft => {}
            Choice::DeleteItem { section, part, at } => {
                let noun = match &self.nav.defs[section].parts[part] {
                    Part::List(l) => l.noun,
                    Part::Form(_) | Part::View(_) => "item",
                };
                let noun = self.messages.label(noun).into_owned();
                let what = self
                    .messages
                    .with("edit-delete", &[("noun", noun.clone().into())]);
                let _ = self.change(what, |study, defs| {
                    if let Part::List(list) = &defs[section].parts[part] {
                        list.ops.remove(study, &at);
                    }
                    Ok(())
                });
                self.tell(Tone::Info, "status-deleted", &[("noun", noun.into())]);
            }
            Choice::RemoveOptional { section, part } => {
                let what = self.messages.text("edit-remove-section").into_owned();
                let _ = self.change(what, |study, defs| {
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
                self.tell(Tone::Info, "status-draft-discarded", &[]);
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
                self.persist.save =
                    SaveState::Held(self.messages.text("save-not-saving-comments").into_owned());
            }
            Choice::OpenAnyway => self.effects.push(Effect::TakeOverLock),
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
                    self.tell(Tone::Warn, "status-no-file-name", &[]);
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
            let place = sections::locate(&self.nav.defs, &self.study, &entry.path).filter(|p| {
                p.field.is_some() && self.field_path_of(p).as_deref() == Some(entry.path.as_str())
            });
            let Some(place) = place else {
                orphans.push(entry.clone());
                continue;
            };
            let at = place.at.clone();
            match self.apply_at(&place, &at, Answer::Text(entry.text.clone())) {
                Ok(_) => {
                    self.nav.go_to(&place);
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
            self.tell(Tone::Warn, "status-draft-fields-gone", &[]);
        } else {
            // The draft stays until the save that holds its text succeeds.
            self.persist.draft_written = Some(draft.entries.clone());
            self.tell(
                Tone::Info,
                "status-recovered",
                &[("fields", recovered.join("; ").into())],
            );
        }
    }

    fn field_path_of(&self, place: &Place) -> Option<String> {
        let part = self.nav.defs.get(place.section)?.parts.get(place.part)?;
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

    /// Checks the study as opened and works out its figures, once (see [`App::opening`]).
    pub fn finish_opening(&mut self) {
        if !self.checked {
            self.report = check_in(&self.study, &self.workspace);
            self.appraisal = appraisal_of(&self.study, &self.workspace);
            self.checked = true;
        }
    }

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
        match self.nav.view_kind() {
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
            Some(ViewKind::Schemes)
                if self
                    .matches
                    .as_ref()
                    .is_none_or(|(r, _)| *r != self.revision) =>
            {
                self.matches = self.workspace.catalog().ok().map(|catalog| {
                    (
                        self.revision,
                        crate::scheme::match_schemes(&self.study, catalog),
                    )
                });
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

    /// Whether the screen shows figures that wait for the keys to pause.
    pub fn behind(&self) -> bool {
        let cx = self.view_ctx_in(Layout::default());
        views::tentative_due(&cx, &self.nav) && !self.typed.as_ref().is_some_and(|t| t.is_for(&cx))
    }

    /// Works out what waits for a pause in the keys: the figures the value being typed
    /// would give (an appraisal of a copy of the whole study, too costly for every key).
    pub fn catch_up(&mut self) {
        let cx = self.view_ctx_in(Layout::default());
        if self.typed.as_ref().is_some_and(|t| t.is_for(&cx)) {
            return;
        }
        let fresh = views::tentative(&cx, &self.nav);
        self.typed = fresh;
    }

    /// Effects that results of effects asked for (removing the draft after keeping it).
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }
}

/// The folder a study's photographs are relative to: the one its file is in.
pub(super) fn study_folder(path: &std::path::Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The study checked under the workspace's schemes, with the findings on its photographs'
/// files (relative to the study's folder), as `cdstudy check` reports them.
pub(super) fn check_in(study: &Study, workspace: &Assets) -> check::Report {
    let report = match workspace.catalog() {
        Ok(catalog) => check::check_with(study, catalog),
        Err(_) => check::check(study),
    };
    check::with_files(report, study, &super::fields::study_dir())
}
