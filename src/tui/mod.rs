//! The terminal UI: a CDA fills the study here, section by section, with the study saved
//! after every committed edit, typing kept in a draft journal, a warning rather than a
//! clobber when the file changed on disk, and undo.
//!
//! Parts: `app` (state and update, no I/O), composing parts that own their state:
//! `nav` (where the person is: section, tab, selections, focus), `editor` (the field
//! being edited, its keys answered with a message), `dialogs` (the
//! questions asked and their keys), `history` (undo and redo),
//! `persistence` (the file, saving and the draft journal), `message` (what the screen
//! says, and its tone); `keys` (the key map as data), `fields` and `sections` (what every
//! field is and how it is edited), `input` (the text editor), `view` (state → screen →
//! drawing), `views` (the map, the grid, the budget and the other views of a section),
//! `start` (the start screen), `writer` (saving on a thread of its own). This module
//! is the runtime: the terminal, the event loop, and the I/O that `update` asks for.

mod app;
mod dialogs;
mod editor;
mod fields;
mod history;
mod input;
mod keys;
mod message;
mod nav;
mod persistence;
mod sections;
mod start;
mod view;
mod views;
mod writer;

#[cfg(test)]
pub(crate) mod tests;

use std::io::{self, Stdout};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::Terminal;

use crate::assets::Assets;
use crate::i18n::Messages;
use crate::store::{self, draft, lock, Overwrite};

use app::{App, Effect};

type Term = Terminal<CrosstermBackend<Stdout>>;

/// How often the loop wakes without a key (for the draft journal's idle timer).
const TICK: Duration = Duration::from_millis(250);
/// How often it wakes while a save is on its way, to tell when it is done.
const SAVE_POLL: Duration = Duration::from_millis(20);

/// `cdstudy FILE`: opens the study. An error is what to tell the person on the way out
/// (the program prints it, made safe for the terminal).
pub fn edit(path: &Path, workspace: Assets, messages: &Messages) -> Result<Ended, String> {
    let mut term = enter().map_err(|e| format!("cdstudy: cannot use this terminal: {e}"))?;
    let result = open_and_run(&mut term, path, &workspace, messages);
    leave(&mut term);
    result
}

/// `cdstudy` alone: the start screen, then the study chosen or created there.
pub fn start(workspace: Assets, messages: &Messages) -> Result<Ended, String> {
    let mut term = enter().map_err(|e| format!("cdstudy: cannot use this terminal: {e}"))?;
    let result = match start::run(&mut term, &workspace, messages) {
        Ok(Some(path)) => open_and_run(&mut term, &path, &workspace, messages),
        Ok(None) => Ok(Ended::Quit),
        Err(e) => Err(e.to_string()),
    };
    leave(&mut term);
    result
}

/// How a session ended.
pub enum Ended {
    Quit,
    /// Quit after writing unsaved changes to this file.
    KeptIn(PathBuf),
}

fn enter() -> io::Result<Term> {
    enable_raw_mode()?;
    let mut stdout = io::stdout();
    execute!(stdout, EnterAlternateScreen, EnableBracketedPaste)?;
    // A panic must leave the terminal usable, or the person cannot read what happened.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = disable_raw_mode();
        let _ = execute!(io::stdout(), LeaveAlternateScreen, DisableBracketedPaste);
        previous(info);
    }));
    Terminal::new(CrosstermBackend::new(stdout))
}

fn leave(term: &mut Term) {
    let _ = disable_raw_mode();
    let _ = execute!(
        term.backend_mut(),
        LeaveAlternateScreen,
        DisableBracketedPaste
    );
    let _ = term.show_cursor();
}

fn open_and_run(
    term: &mut Term,
    path: &Path,
    workspace: &Assets,
    messages: &Messages,
) -> Result<Ended, String> {
    // Shown and used relative to the folder cdstudy runs in, as people name it.
    let cwd = std::env::current_dir().unwrap_or_default();
    let path = path.strip_prefix(&cwd).unwrap_or(path);
    let loaded = store::load_to_edit(path).map_err(|e| e.in_words(messages))?;
    let mut app = App::opening(
        path.to_path_buf(),
        loaded.study,
        loaded.disk,
        workspace.clone(),
    );
    app.speak(messages.clone());
    let mut held = match lock::acquire(path) {
        Ok(lock::Acquired::Held(l)) => Some(l),
        Ok(lock::Acquired::Busy(holder)) => {
            app.busy(&holder);
            None
        }
        // A folder we cannot write to: the save will say so; the lock is only a warning.
        Err(_) => None,
    };
    app.file_warnings(&loaded.warnings);
    match draft::read(path) {
        Ok(Some(d)) => {
            let same = d.matches(&app.persist.disk) && d.belongs_to(path);
            app.offer_draft(d, same);
        }
        Ok(None) => {}
        Err(e) => {
            app.message = Some(app::Message {
                text: e.to_string(),
                tone: app::Tone::Warn,
            })
        }
    }
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) && app.message.is_none() {
        // Saves refuse a read-only study (store::SaveError::ReadOnly); say so before the
        // first edit rather than after it.
        app.message = Some(app::Message {
            text: app
                .messages
                .label("This study file is read-only: edits are not saved over it (W saves under another name).")
                .into_owned(),
            tone: app::Tone::Warn,
        });
    }
    let mut journal = draft::Journal::new();
    let mut writer = writer::Writer::new();
    let ended = run(term, &mut app, &mut held, &mut journal, &mut writer);
    // Whatever ended the session, the save on its way reaches the file first.
    drop(writer);
    drop(journal);
    drop(held);
    ended
}

fn now_label() -> String {
    chrono::Local::now().format("%H:%M").to_string()
}

fn run(
    term: &mut Term,
    app: &mut App,
    held: &mut Option<lock::Lock>,
    journal: &mut draft::Journal,
    writer: &mut writer::Writer,
) -> Result<Ended, String> {
    loop {
        draw(term, app)?;
        // The first frame is up: now the check and the figures, then the frame with them.
        if !app.checked {
            app.finish_opening();
            continue;
        }
        // While a save is on its way, wake often enough to tell when it is done.
        // Figures that wait for the keys to pause are worked out after one.
        let wait = if writer.busy() {
            SAVE_POLL
        } else if app.behind() {
            app::PAUSE
        } else {
            TICK
        };
        let mut effects = if event::poll(wait).map_err(|e| e.to_string())? {
            app.now = Instant::now();
            match event::read().map_err(|e| e.to_string())? {
                Event::Key(k) if k.kind != KeyEventKind::Release => app.key(k),
                Event::Paste(text) => app.paste(&text),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        app.now = Instant::now();
        if let Some(done) = writer.finished() {
            app.written(done.result, now_label(), done.study);
            effects.extend(app.take_effects());
        }
        effects.extend(app.tick());
        if let Err(e) = journal.tick() {
            journal_failed(app, &e);
        }
        // Effects can ask for more (a save that succeeded removes the draft).
        while !effects.is_empty() {
            let mut next = Vec::new();
            for effect in effects {
                if let Some(ended) = perform(app, held, journal, writer, effect)? {
                    return Ok(ended);
                }
                next.extend(app.take_effects());
            }
            effects = next;
        }
    }
}

fn draw(term: &mut Term, app: &mut App) -> Result<(), String> {
    let size = term.size().map_err(|e| e.to_string())?;
    app.size = (size.width, size.height);
    let screen = view::screen(app);
    let mut layout = None;
    term.draw(|f| layout = Some(view::draw(f, &screen)))
        .map_err(|e| e.to_string())?;
    app.frame = layout;
    Ok(())
}

fn journal_failed(app: &mut App, e: &store::SaveError) {
    app.message = Some(app::Message {
        text: app.messages.phrase(&crate::phrase!(
            "The draft journal cannot be written ({error}); commit your typing with Enter or Esc.",
            error = e.to_string()
        )),
        tone: app::Tone::Error,
    });
}

/// Writes a rendered document atomically; the app shows where, or why not.
fn write_document(app: &mut App, path: PathBuf, bytes: &[u8], files: &[(PathBuf, Vec<u8>)]) {
    // A document is made from the study and can be made again: no .bak beside it.
    let pictures = files.iter().try_for_each(|(file, data)| {
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        store::replace_atomic(file, data)
            .map(|_| ())
            .map_err(|e| format!("{}: {e}", file.display()))
    });
    let result = pictures.and_then(|()| {
        store::replace_atomic(&path, bytes)
            .map(|_| ())
            .map_err(|e| e.to_string())
    });
    app.document_written(path, result);
}

/// Hands the study to the writer. One save at a time: one asked for while another is on
/// its way is made when that one is done (`App::written`), with the study as it is then.
fn start_save(app: &mut App, writer: &mut writer::Writer) {
    app.saving();
    if !writer.busy() {
        let started = writer.start(
            app.path.clone(),
            app.study.clone(),
            app.persist.disk.clone(),
        );
        if let Some(done) = started {
            app.written(done.result, now_label(), done.study);
        }
    }
}

/// Waits for the save on its way, if any, and tells the app how it went (before what
/// must follow it: a save elsewhere, reading the file again, quitting).
fn settle_save(app: &mut App, writer: &mut writer::Writer) {
    if let Some(done) = writer.wait() {
        app.written(done.result, now_label(), done.study);
    }
}

fn perform(
    app: &mut App,
    held: &mut Option<lock::Lock>,
    journal: &mut draft::Journal,
    writer: &mut writer::Writer,
    effect: Effect,
) -> Result<Option<Ended>, String> {
    if !matches!(
        effect,
        Effect::Save | Effect::WriteDraft(_) | Effect::WriteDocument { .. }
    ) {
        settle_save(app, writer);
    }
    match effect {
        Effect::Save => start_save(app, writer),
        Effect::SaveAs(path) => {
            let result = store::save(&path, &app.study, Overwrite::OnlyNew);
            let ok = result.is_ok();
            let old = app.path.clone();
            app.saved_as(path.clone(), result, now_label());
            if ok {
                // The typing is in the new file now; the note of being open moves with us.
                let _ = journal.remove(&old);
                if let Some(l) = held.take() {
                    if let Ok(lock::Acquired::Held(l)) = l.move_to(&path) {
                        *held = Some(l);
                    }
                }
            }
        }
        Effect::ReadForMerge => match store::load_to_edit(&app.path) {
            Ok(loaded) => app.merge_with(loaded.study, loaded.disk),
            Err(e) => {
                app.message = Some(app::Message {
                    text: app.messages.phrase(&crate::phrase!(
                        "Cannot read the file to merge: {e}",
                        e = e.to_string()
                    )),
                    tone: app::Tone::Error,
                })
            }
        },
        Effect::Reload => match store::load_to_edit(&app.path) {
            Ok(loaded) => app.reloaded(loaded.study, loaded.disk),
            Err(e) => {
                app.message = Some(app::Message {
                    text: app
                        .messages
                        .phrase(&crate::phrase!("Cannot reload: {e}", e = e.to_string())),
                    tone: app::Tone::Error,
                })
            }
        },
        Effect::WriteDraft(entries) => {
            if let Err(e) = journal.record(&app.path, &app.persist.disk, entries) {
                journal_failed(app, &e);
            }
        }
        Effect::RemoveDraft => {
            let _ = journal.remove(&app.path);
        }
        Effect::KeepDraftAside(d) => {
            let result = draft::keep_aside(&app.path, &d).map_err(|e| e.to_string());
            app.draft_kept(result);
        }
        Effect::TakeOverLock => {
            if let Ok(lock::Acquired::Held(l)) = lock::take_over(&app.path) {
                *held = Some(l);
            }
        }
        Effect::KeepUnsavedAndQuit => {
            let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
            let name = format!(
                "{}.unsaved-{stamp}.yaml",
                app.path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default()
            );
            let path = app.path.with_file_name(name);
            match store::save(&path, &app.study, Overwrite::OnlyNew) {
                Ok(_) => return Ok(Some(Ended::KeptIn(path))),
                Err(e) => {
                    app.message = Some(app::Message {
                        text: app.messages.phrase(&crate::phrase!(
                            "Could not keep the changes in a new file either: {e}",
                            e = e.to_string()
                        )),
                        tone: app::Tone::Error,
                    })
                }
            }
        }
        Effect::WriteDocument { path, bytes, files } => write_document(app, path, &bytes, &files),
        Effect::Quit => return Ok(Some(Ended::Quit)),
    }
    Ok(None)
}

/// A session drawn into ratatui's test backend rather than a terminal, driven by keys:
/// what `benches/tui.rs` measures (start to first frame, a key's update and drawing).
/// The effects keys ask for (saves, the draft journal) are not carried out.
pub struct Headless {
    app: App,
    term: Terminal<ratatui::backend::TestBackend>,
}

impl Headless {
    /// Opens the study at `path` on the built-in templates, as `cdstudy FILE` does, and
    /// draws the first frame at `width` × `height`: the study before its check and
    /// figures are made, as the editor first shows it.
    pub fn first_frame(path: &Path, width: u16, height: u16) -> Result<Headless, String> {
        let loaded = store::load_to_edit(path).map_err(|e| e.to_string())?;
        let app = App::opening(
            path.to_path_buf(),
            loaded.study,
            loaded.disk,
            Assets::embedded(),
        );
        let backend = ratatui::backend::TestBackend::new(width, height);
        let term = Terminal::new(backend).map_err(|e| e.to_string())?;
        let mut session = Headless { app, term };
        session.draw()?;
        Ok(session)
    }

    /// [`Headless::first_frame`], then the check and the figures and the frame with them,
    /// as the editor goes on to do before the first key.
    pub fn open(path: &Path, width: u16, height: u16) -> Result<Headless, String> {
        let mut session = Headless::first_frame(path, width, height)?;
        session.app.finish_opening();
        session.draw()?;
        Ok(session)
    }

    /// Goes to the first list or form of the section named `word` (`action_plan`, say), as
    /// Enter on it in the sidebar does. False when there is no such section.
    pub fn open_section(&mut self, word: &str) -> bool {
        let Some(i) = self
            .app
            .nav
            .defs
            .iter()
            .position(|d| d.section.word() == word)
        else {
            return false;
        };
        self.app.editing = None;
        self.app.nav.section = i;
        self.app.nav.focus = nav::Focus::Sidebar;
        self.key(event::KeyEvent::from(event::KeyCode::Enter));
        true
    }

    /// Opens the editor of field `key` of the item selected, as Enter on it in the form
    /// does. False when the part has no such field.
    pub fn edit_field(&mut self, key: &str) -> bool {
        self.app.nav.focus = nav::Focus::Form;
        let Some(i) = self.app.nav.fields().iter().position(|f| f.key == key) else {
            return false;
        };
        let part = self.app.nav.part_index();
        let section = self.app.nav.section;
        self.app.nav.sections[section].parts[part].field = i;
        self.key(event::KeyEvent::from(event::KeyCode::Enter));
        self.app.editing.is_some()
    }

    /// One key, as the event loop hands it to the app (its effects dropped).
    pub fn key(&mut self, key: event::KeyEvent) {
        self.app.now = Instant::now();
        let _ = self.app.key(key);
        let _ = self.app.take_effects();
    }

    /// What the loop does when no key came: time passes (its effects dropped).
    pub fn tick(&mut self) {
        self.app.now = Instant::now();
        let _ = self.app.tick();
    }

    /// Draws the frame the app's state makes, as the event loop does before each key.
    pub fn draw(&mut self) -> Result<(), String> {
        let size = self.term.size().map_err(|e| e.to_string())?;
        self.app.size = (size.width, size.height);
        let screen = view::screen(&self.app);
        let mut layout = None;
        self.term
            .draw(|f| layout = Some(view::draw(f, &screen)))
            .map_err(|e| e.to_string())?;
        self.app.frame = layout;
        Ok(())
    }

    /// The screen last drawn, as text, a line per row.
    pub fn text(&self) -> String {
        let buffer = self.term.backend().buffer();
        let width = usize::from(buffer.area.width.max(1));
        let mut out = String::new();
        for (i, cell) in buffer.content.iter().enumerate() {
            out.push_str(cell.symbol());
            if (i + 1) % width == 0 {
                out.push('\n');
            }
        }
        out
    }
}

/// Every fixed label the screen shows through [`Messages::label`]: sections, their hints,
/// tabs, fields and their hints, keys, modes, views and the help's notes. What another
/// language's catalogue must give (the test of missing translations reads this).
#[cfg(test)]
pub(crate) fn labels() -> Vec<&'static str> {
    use crate::check::Progress;
    let mut all: Vec<&'static str> = Vec::new();
    for def in sections::all() {
        all.push(def.section.label());
        all.push(def.hint);
        for part in &def.parts {
            all.push(part.title());
            for f in part.fields() {
                all.push(f.label);
                all.push(f.hint);
                all.extend(f.fixed_choices.map(|labels| labels()).unwrap_or_default());
            }
        }
    }
    for p in [
        Progress::Empty,
        Progress::InProgress,
        Progress::Complete,
        Progress::NotNeeded,
    ] {
        all.push(p.label());
    }
    for view in views::ViewKind::ALL {
        all.push(view.title());
        all.push(view.hint());
    }
    for mode in keys::Mode::all() {
        all.push(mode.title());
        all.extend(keys::notes(mode).iter().copied());
        all.extend(keys::bindings(mode).iter().map(|b| b.desc));
    }
    all.extend(start::texts());
    all.extend(view::WORDS);
    let mut seen = std::collections::HashSet::new();
    all.retain(|l| !l.is_empty() && seen.insert(*l));
    all
}

#[cfg(test)]
mod language_tests {
    use crate::assets::Assets;
    use crate::i18n::{Lang, Messages};

    /// The list a translator works from: every label of the screen that Hindi lacks. It is
    /// empty: the Hindi UI shows no English label.
    #[test]
    fn hindi_has_every_label_of_the_screen() {
        let hi = Messages::load(&Assets::embedded(), Lang::Hi).unwrap();
        let missing: Vec<String> = super::labels()
            .into_iter()
            .filter(|l| !hi.has_label(l))
            .map(|l| format!("{} = {l}", crate::i18n::label_id(l)))
            .collect();
        assert!(
            missing.is_empty(),
            "hi.ftl lacks {} labels:\n{}",
            missing.len(),
            missing.join("\n")
        );
    }
}
