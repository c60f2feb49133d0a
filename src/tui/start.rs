//! The start screen of `cdstudy` without a file: the studies found in `./studies` and the
//! current folder (name, cluster, scheme, status, last changed), and "new study", which
//! asks the essentials and creates the file. A study with a draft journal beside it
//! (typing that was never saved, after a crash) is marked, so the person opens it to get
//! the typing back rather than starting the same words again elsewhere.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use ratatui::crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use ratatui::layout::Position;
use ratatui::style::{Color, Modifier, Style};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use crate::assets::Assets;
use crate::i18n::Messages;
use crate::model::{slug, Essentials, Study};
use crate::store::{self, draft, Overwrite};

use super::input::TextEditor;
use super::keys::{self, Command, Key, Mode};
use super::view::{put, MIN_HEIGHT, MIN_WIDTH};
use super::Term;

/// A study file found on disk.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub path: PathBuf,
    pub title: String,
    pub cluster: String,
    pub scheme: String,
    pub status: String,
    pub changed: String,
    /// A draft journal of unsaved typing is beside it: opening it offers the typing back.
    pub draft: bool,
    /// Why it does not load, for the screen to word in its language (`status` has it
    /// in English).
    pub cannot_open: Option<crate::phrase::Said>,
}

/// Study files in `./studies` and `.`, newest first. Files that do not load are listed
/// with the reason, so a broken study is not silently missing.
pub fn find_studies(root: &Path) -> Vec<Found> {
    let mut out: Vec<(SystemTime, Found)> = Vec::new();
    for dir in [root.join("studies"), root.to_path_buf()] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let is_yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !is_yaml || name.starts_with('.') || !path.is_file() {
                continue;
            }
            let modified = entry
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            let changed = chrono::DateTime::<chrono::Local>::from(modified)
                .format("%Y-%m-%d %H:%M")
                .to_string();
            let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            let draft = draft::draft_path(&path).is_file();
            let found = match store::load_for_reading(&path) {
                Ok(l) => Found {
                    path: shown,
                    title: l.study.meta.title.clone(),
                    cluster: l.study.cluster.name.clone(),
                    scheme: l.study.meta.scheme.clone(),
                    status: l.study.meta.status.label().to_string(),
                    changed,
                    draft,
                    cannot_open: None,
                },
                Err(e) => Found {
                    path: shown,
                    title: String::new(),
                    cluster: String::new(),
                    scheme: String::new(),
                    // In English; the screen writes it in its language (`start-cannot-open`).
                    status: format!("cannot open: {}", e.message),
                    changed,
                    draft,
                    cannot_open: Some(e.message.clone()),
                },
            };
            out.push((modified, found));
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.path.cmp(&b.1.path)));
    out.into_iter().map(|(_, f)| f).collect()
}

/// The start screen's fixed texts, in English as the code writes them (for the labels a
/// translation must give).
#[cfg(test)]
pub(super) fn texts() -> Vec<&'static str> {
    let mut all = vec![
        TAGLINE,
        OPEN_OR_NEW,
        NEW_ROW,
        NONE_HERE,
        NEW_HEADING,
        SCHEME_EXAMPLES,
    ];
    all.extend(COLUMNS.iter().map(|c| c.1));
    all.extend(FIELDS.iter().flat_map(|f| [f.0, f.1]));
    all
}

const TAGLINE: &str = "cluster diagnostic studies";
const OPEN_OR_NEW: &str = "Open a study, or start a new one.";
const NEW_ROW: &str = "+ New study: asks the cluster's name, state, district, scheme and file name";
const NONE_HERE: &str = "No study files here yet (looked in ./studies and this folder).";
const NEW_HEADING: &str =
    "New study: the essentials; everything else is filled in the study itself.";
const SCHEME_EXAMPLES: &str = "like mse-cdp or sfurti.";
const COLUMNS: [(u16, &str); 5] = [
    (0, "Study file"),
    (28, "Cluster"),
    (50, "Scheme"),
    (60, "Status"),
    (72, "Last changed"),
];

const FIELDS: [(&str, &str); 5] = [
    ("Cluster name", "The cluster's name, e.g. Guna Brick."),
    ("State", "The state the cluster is in."),
    ("District", "The district."),
    ("Scheme", "The scheme the study is prepared for"),
    ("File", "Where the study is saved (a new .yaml file)."),
];
const NAME: usize = 0;
const STATE: usize = 1;
const DISTRICT: usize = 2;
const SCHEME: usize = 3;
const FILE: usize = 4;

pub struct NewStudy {
    pub fields: Vec<TextEditor>,
    pub current: usize,
    /// The file name follows the cluster name until the person types one.
    pub file_typed: bool,
    pub error: Option<crate::phrase::Said>,
}

pub struct Start {
    pub root: PathBuf,
    pub studies: Vec<Found>,
    /// 0 is "new study"; 1.. are the studies.
    pub selected: usize,
    pub new: Option<NewStudy>,
    pub schemes: Vec<String>,
    /// The run's templates and scheme rules.
    workspace: Assets,
    /// The language the screen speaks.
    pub messages: Messages,
}

/// What the start screen wants next.
#[derive(Debug, PartialEq)]
pub enum Next {
    Stay,
    Open(PathBuf),
    Quit,
}

impl Start {
    #[cfg(test)]
    pub fn new(root: &Path) -> Start {
        Start::in_workspace(root, Assets::embedded())
    }

    pub fn in_workspace(root: &Path, workspace: Assets) -> Start {
        Start {
            root: root.to_path_buf(),
            studies: find_studies(root),
            selected: 0,
            new: None,
            schemes: workspace.scheme_ids(),
            workspace,
            messages: Messages::english(),
        }
    }

    pub fn mode(&self) -> Mode {
        if self.new.is_some() {
            Mode::NewStudy
        } else {
            Mode::Start
        }
    }

    pub fn key(&mut self, event: KeyEvent) -> Next {
        let key = Key::of_event(&event);
        let mode = self.mode();
        let command = keys::lookup(mode, key);
        if let Some(form) = &mut self.new {
            let editor = &mut form.fields[form.current];
            match command {
                Some(Command::Cancel) => self.new = None,
                Some(Command::NextField) => form.current = (form.current + 1) % FIELDS.len(),
                Some(Command::PrevField) => {
                    form.current = (form.current + FIELDS.len() - 1) % FIELDS.len()
                }
                Some(Command::Commit) if form.current + 1 < FIELDS.len() => form.current += 1,
                Some(Command::Commit) => return self.create(),
                Some(command) => {
                    keys::edit_line(editor, command);
                }
                None => {
                    if let ratatui::crossterm::event::KeyCode::Char(c) = event.code {
                        if !key.ctrl {
                            editor.insert_char(c);
                        }
                    }
                }
            }
            let suggestion = self
                .new
                .as_ref()
                .map(|f| self.suggested_file(&f.fields[NAME].text()));
            if let (Some(form), Some(suggestion)) = (&mut self.new, suggestion) {
                form.error = None;
                let navigating = matches!(
                    command,
                    Some(Command::NextField | Command::PrevField | Command::Commit)
                );
                if form.current == FILE && !navigating {
                    form.file_typed = true;
                }
                if !form.file_typed {
                    form.fields[FILE] = TextEditor::new(&suggestion, false);
                }
            }
            return Next::Stay;
        }
        match command {
            Some(Command::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Command::Down) => self.selected = (self.selected + 1).min(self.studies.len()),
            Some(Command::Open) if self.selected == 0 => self.open_form(),
            Some(Command::Open) => {
                if let Some(f) = self.studies.get(self.selected - 1) {
                    return Next::Open(self.root.join(&f.path));
                }
            }
            Some(Command::Add) => self.open_form(),
            Some(Command::Quit) => return Next::Quit,
            _ => {}
        }
        Next::Stay
    }

    fn suggested_file(&self, name: &str) -> String {
        let stem = match slug(name) {
            s if s.is_empty() => "new-study".to_string(),
            s => s,
        };
        if self.root.join("studies").is_dir() {
            format!("studies/{stem}.yaml")
        } else {
            format!("{stem}.yaml")
        }
    }

    fn open_form(&mut self) {
        let scheme = if self.schemes.iter().any(|s| s == "mse-cdp") {
            "mse-cdp".to_string()
        } else {
            self.schemes
                .first()
                .cloned()
                .unwrap_or_else(|| "mse-cdp".into())
        };
        let mut fields: Vec<TextEditor> = (0..FIELDS.len())
            .map(|_| TextEditor::new("", false))
            .collect();
        fields[SCHEME] = TextEditor::new(&scheme, false);
        fields[FILE] = TextEditor::new(&self.suggested_file(""), false);
        self.new = Some(NewStudy {
            fields,
            current: 0,
            file_typed: false,
            error: None,
        });
    }

    /// Creates the study from the form; the same essentials `cdstudy new` takes.
    fn create(&mut self) -> Next {
        let Some(form) = &mut self.new else {
            return Next::Stay;
        };
        let value = |i: usize| form.fields[i].text().trim().to_string();
        let name = value(NAME);
        let scheme = value(SCHEME);
        let file = value(FILE);
        let refuse = |form: &mut NewStudy, at: usize, why: crate::phrase::Said| {
            form.current = at;
            form.error = Some(why);
            Next::Stay
        };
        if name.is_empty() {
            return refuse(form, NAME, "Give the cluster's name.".into());
        }
        let known = match self.workspace.catalog() {
            Ok(catalog) => catalog.require(&scheme).map(|_| ()),
            Err(e) => Err(e.to_string()),
        };
        if let Err(message) = known {
            return refuse(form, SCHEME, message.into());
        }
        if file.is_empty() {
            return refuse(form, FILE, "Give a file name.".into());
        }
        let mut path = self.root.join(&file);
        if path.extension().is_none() {
            path.set_extension("yaml");
        }
        let study = Study::begin(
            &Essentials {
                name,
                scheme,
                state: value(STATE),
                district: value(DISTRICT),
                ..Essentials::default()
            },
            chrono::Local::now().date_naive(),
        );
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() && !dir.is_dir() {
                let dir = dir.display().to_string();
                return refuse(
                    form,
                    FILE,
                    crate::phrase!("There is no folder {dir}.", dir).into(),
                );
            }
        }
        match store::save(&path, &study, Overwrite::OnlyNew) {
            Ok(_) => Next::Open(path),
            Err(e) => refuse(form, FILE, e.to_string().into()),
        }
    }
}

/// Runs the start screen; the study to open, or `None` to quit.
pub fn run(
    term: &mut Term,
    workspace: &Assets,
    messages: &Messages,
) -> std::io::Result<Option<PathBuf>> {
    let root = std::env::current_dir()?;
    let mut start = Start::in_workspace(&root, workspace.clone());
    start.messages = messages.clone();
    loop {
        term.draw(|f| draw(f, &start))?;
        if !event::poll(Duration::from_millis(500))? {
            continue;
        }
        if let Event::Key(k) = event::read()? {
            if k.kind == KeyEventKind::Release {
                continue;
            }
            match start.key(k) {
                Next::Stay => {}
                Next::Open(p) => return Ok(Some(p)),
                Next::Quit => return Ok(None),
            }
        }
    }
}

pub fn draw(frame: &mut Frame, s: &Start) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = s.messages.phrase(&crate::phrase!(
            "Please enlarge the window to at least {width}×{height}.",
            width = MIN_WIDTH.to_string(),
            height = MIN_HEIGHT.to_string()
        ));
        put(
            buf,
            0,
            area.height / 2,
            &msg,
            area.width,
            Style::default().add_modifier(Modifier::BOLD),
        );
        return;
    }
    let bar = Style::default()
        .bg(Color::Blue)
        .fg(Color::White)
        .add_modifier(Modifier::BOLD);
    put(
        buf,
        0,
        0,
        &format!(
            " cdstudy │ {} │ {}{}",
            s.messages.label(TAGLINE),
            s.root.display(),
            " ".repeat(usize::from(area.width))
        ),
        area.width,
        bar,
    );
    let w = area.width - 4;
    let dim = Style::default().fg(Color::DarkGray);
    match &s.new {
        None => {
            put(
                buf,
                2,
                2,
                &s.messages.label(OPEN_OR_NEW),
                w,
                Style::default().add_modifier(Modifier::BOLD),
            );
            let cols = COLUMNS;
            let scale = |x: u16| x * w / 92;
            for (x, h) in cols {
                put(buf, 2 + scale(x), 4, &s.messages.label(h), w, dim);
            }
            let drafts = s.studies.iter().filter(|f| f.draft).count();
            let rows_h = usize::from(area.height - 8 - u16::from(drafts > 0));
            let first = (s.selected + 1).saturating_sub(rows_h);
            let new_row = s.messages.label(NEW_ROW).into_owned();
            let mut rows: Vec<Vec<String>> = vec![vec![new_row]];
            for f in &s.studies {
                let mark = if f.draft { "✎ " } else { "" };
                rows.push(vec![
                    format!("{mark}{}", f.path.display()),
                    f.cluster.clone(),
                    f.scheme.clone(),
                    match &f.cannot_open {
                        Some(why) => s
                            .messages
                            .with("start-cannot-open", &[("why", s.messages.say(why).into())]),
                        None => s.messages.label(&f.status).into_owned(),
                    },
                    f.changed.clone(),
                ]);
            }
            for (i, row) in rows.iter().enumerate().skip(first).take(rows_h) {
                let y = 5 + (i - first) as u16;
                let style = if i == s.selected {
                    Style::default().add_modifier(Modifier::REVERSED)
                } else {
                    Style::default()
                };
                put(buf, 1, y, &" ".repeat(usize::from(w + 2)), w + 2, style);
                if row.len() == 1 {
                    put(buf, 2, y, &row[0], w, style.add_modifier(Modifier::BOLD));
                    continue;
                }
                for (c, text) in row.iter().enumerate() {
                    let x = scale(cols[c].0);
                    let next = cols.get(c + 1).map_or(w, |n| scale(n.0));
                    put(buf, 2 + x, y, text, next.saturating_sub(x + 1), style);
                }
            }
            if drafts > 0 {
                let line = s.messages.with("start-drafts", &[("count", drafts.into())]);
                put(
                    buf,
                    2,
                    area.height - 3,
                    &line,
                    w,
                    Style::default()
                        .fg(Color::Yellow)
                        .add_modifier(Modifier::BOLD),
                );
            }
            if s.studies.is_empty() {
                put(buf, 2, 7, &s.messages.label(NONE_HERE), w, dim);
            }
        }
        Some(form) => {
            put(
                buf,
                2,
                2,
                &s.messages.label(NEW_HEADING),
                w,
                Style::default().add_modifier(Modifier::BOLD),
            );
            let mut cursor = None;
            for (i, (label, hint)) in FIELDS.iter().enumerate() {
                let y = 4 + i as u16 * 2;
                let on = i == form.current;
                put(
                    buf,
                    2,
                    y,
                    &s.messages.label(label),
                    14,
                    if on {
                        Style::default().add_modifier(Modifier::BOLD)
                    } else {
                        Style::default()
                    },
                );
                let fw = w.saturating_sub(16);
                let style = if on {
                    Style::default().bg(Color::DarkGray).fg(Color::White)
                } else {
                    Style::default().add_modifier(Modifier::UNDERLINED)
                };
                let (text, (cx, _)) = form.fields[i].view(fw.saturating_sub(1), 1);
                put(buf, 17, y, &" ".repeat(usize::from(fw)), fw, style);
                put(
                    buf,
                    17,
                    y,
                    text.first().map(String::as_str).unwrap_or(""),
                    fw,
                    style,
                );
                if on {
                    cursor = Some((17 + cx, y));
                    let mut hint = s.messages.label(hint).into_owned();
                    if i == SCHEME && !s.schemes.is_empty() {
                        hint = format!("{hint}: {}.", s.schemes.join(", "));
                    } else if i == SCHEME {
                        hint = format!("{hint}, {}", s.messages.label(SCHEME_EXAMPLES));
                    }
                    put(buf, 17, y + 1, &hint, fw, Style::default().fg(Color::Cyan));
                }
            }
            if let Some(e) = &form.error {
                put(
                    buf,
                    2,
                    15,
                    &format!("✗ {}", s.messages.said(&e.english, e.phrase.as_ref())),
                    w,
                    Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
                );
            }
            if let Some((x, y)) = cursor {
                frame.set_cursor_position(Position::new(x, y));
            }
        }
    }
    let buf = frame.buffer_mut();
    let y = area.height - 1;
    let style = Style::default().bg(Color::DarkGray).fg(Color::White);
    put(
        buf,
        0,
        y,
        &" ".repeat(usize::from(area.width)),
        area.width,
        style,
    );
    let mut x = 1;
    for c in keys::commands(s.mode(), &s.messages)
        .iter()
        .filter(|c| c.bar)
    {
        let key = c.keys.split('/').next().unwrap_or("");
        let text = format!("{key} {}", c.desc);
        put(buf, x, y, &text, area.width.saturating_sub(x), style);
        x += text.width() as u16 + 3;
    }
}
