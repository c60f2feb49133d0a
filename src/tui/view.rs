//! Drawing: the app's state is first turned into a `Screen` (every string and mark the
//! frame shows, nothing to compute later), and the `Screen` is drawn by plain functions of
//! it. Snapshot tests draw into ratatui's `TestBackend` without a terminal.
//!
//! Layout: a title bar (with the save state), the sections on the left, the current
//! section (hint, tabs, a strip of the engine's figures where the section has money in
//! it, then its list and form, or a view) on the right, two lines of problems from
//! `check`, and the key bar. Below 80×24 the screen asks for a larger window instead.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::Frame;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::check::{Progress, Severity};
use crate::i18n::Messages;

use super::app::{App, Dialog, SaveState, Tone};
use super::editor::EditKind;
use super::fields::short;
use super::input::TextEditor;
use super::keys::CommandInfo;
use super::nav::Focus;
use super::sections::Part;
use super::views::{self, ViewScreen};

pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Everything a frame shows.
pub struct Screen {
    /// The screen's fixed words that the drawing places itself (the sidebar's legend, the
    /// tabs' key, the form's field counter), in the screen's language.
    pub words: Words,
    pub title: String,
    pub file: String,
    pub save: (String, Tone),
    pub sidebar: Vec<SideRow>,
    pub sidebar_focused: bool,
    pub section_title: String,
    pub section_status: String,
    pub hint: String,
    pub tabs: Vec<(String, bool)>,
    /// The engine's figures that bear on this section (the budget in the action plan, the
    /// viability in the CFC), kept in view while its lists and forms are edited.
    pub strip: Vec<(String, Tone)>,
    /// `None` for a form part.
    pub list: Option<ListView>,
    pub form: FormView,
    /// The current part when it is a view.
    pub view: Option<ViewScreen>,
    pub problems: Vec<(String, Tone)>,
    pub keys: Vec<CommandInfo>,
    pub overlay: Option<Overlay>,
    /// Where this frame puts its parts, worked out once.
    pub layout: Layout,
}

/// Where one frame puts things, worked out once from the terminal's size and what the
/// head of the section holds: `screen` builds the views into it, `draw` draws by it and
/// hands it back, and the keys page by the rows it shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// The terminal's size it was made for.
    pub size: (u16, u16),
    /// The sections, left.
    pub sidebar: Rect,
    /// The current section: right of the sidebar, between the bars.
    pub main: Rect,
    /// Under the section's title, hint, tabs and strip: its list and form, or its view.
    pub body: Rect,
    /// The list's rows (none when the part is not a list).
    pub list: Rect,
    /// The form: its heading, its field rows, then the field's hint and finding.
    pub form: Rect,
    /// How many rows of a view's list the frame showed (known once it is drawn).
    pub view_rows: usize,
}

impl Layout {
    /// The layout for a terminal of `size` whose section head shows `hint`, a line of tabs
    /// when `tabs`, and `strip` lines of figures; `list` is the length of the part's list
    /// and whether it has the keyboard, `None` for a form or a view.
    pub fn new(
        size: (u16, u16),
        hint: &str,
        tabs: bool,
        strip: usize,
        list: Option<(usize, bool)>,
    ) -> Layout {
        let area = size_rect(size);
        let sidebar = Rect::new(
            area.x,
            area.y + 1,
            sidebar_width(area.width),
            area.height.saturating_sub(4),
        );
        let main = content_area(area);
        let top = head_height(main, hint, tabs, strip).min(main.height);
        let body = Rect::new(main.x, main.y + top, main.width, main.height - top);
        let (list, form) = match list {
            None => (Rect::new(body.x, body.y, body.width, 0), body),
            // Side by side when wide: the list is as tall as the body.
            Some(_) if body.width >= 90 => {
                let lw = body.width * 2 / 5;
                (
                    Rect::new(body.x, body.y, lw, body.height),
                    Rect::new(
                        body.x + lw + 2,
                        body.y,
                        body.width.saturating_sub(lw + 2),
                        body.height,
                    ),
                )
            }
            // Stacked: a few rows of the list (more while it has the keyboard) above the
            // form.
            Some((len, focused)) => {
                let wanted = (len.max(1) as u16).min(if focused { 6 } else { 4 });
                let lh = wanted.min(body.height / 2);
                (
                    Rect::new(body.x, body.y, body.width, lh),
                    Rect::new(
                        body.x,
                        body.y + lh,
                        body.width,
                        body.height.saturating_sub(lh),
                    ),
                )
            }
        };
        Layout {
            size,
            sidebar,
            main,
            body,
            list,
            form,
            view_rows: 0,
        }
    }

    /// How many rows of the sidebar, the list or the form the frame shows (at least one):
    /// what PgDn and PgUp move by.
    pub fn page(&self, focus: Focus) -> usize {
        let rows = match focus {
            // The last row is the legend's.
            Focus::Sidebar => self.sidebar.height.saturating_sub(1),
            Focus::List => self.list.height,
            // The heading above the fields, the hint and the finding below them.
            Focus::Form => self.form.height.saturating_sub(3),
            Focus::View => self.body.height,
        };
        usize::from(rows).max(1)
    }

    /// How many rows of a view's list PgDn and PgUp move by: as many as the frame showed,
    /// or before the view was drawn, its body's height.
    pub fn view_page(&self) -> usize {
        match self.view_rows {
            0 => usize::from(self.body.height).max(1),
            n => n,
        }
    }

    /// The width text areas are drawn at.
    pub fn prose_width(&self) -> u16 {
        self.main.width.saturating_sub(4).max(10)
    }
}

pub struct SideRow {
    pub mark: &'static str,
    pub title: String,
    pub count: String,
    pub tone: Tone,
    pub selected: bool,
}

pub struct ListView {
    /// The rows that can be on screen, from `first` on: a frame builds the labels of the
    /// visible rows only, so its cost does not grow with the list.
    pub rows: Vec<(String, Option<Severity>)>,
    /// The list position of `rows[0]`.
    pub first: usize,
    /// How many items the list has.
    pub len: usize,
    pub selected: usize,
    pub focused: bool,
    /// What to say when the list is empty.
    pub empty: String,
}

/// The fixed words the drawing places, already in the screen's language.
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub legend: String,
    pub tabs_key: String,
}

impl Words {
    fn of(m: &Messages) -> Words {
        Words {
            legend: m.label(LEGEND).into_owned(),
            tabs_key: m.label(TABS_KEY).into_owned(),
        }
    }
}

const LEGEND: &str = "✓ done ◐ begun ○ empty";
// Ctrl-PgDn, not ]: in a form ] is text.
const TABS_KEY: &str = "^PgDn tabs";
const FIELD: &str = "field";

/// The words of [`Words`] in English (for the list of labels a translation gives).
#[cfg(test)]
pub(super) const WORDS: [&str; 3] = [LEGEND, TABS_KEY, FIELD];

pub struct FormView {
    /// "field", in the screen's language: the counter reads "field 3/30".
    pub field_word: String,
    /// "b-3 Lack of testing", or the form's title.
    pub heading: String,
    pub rows: Vec<FieldRow>,
    pub selected: usize,
    pub focused: bool,
    pub hint: String,
    pub finding: Option<(String, Tone)>,
    /// What to say instead of fields (an empty list).
    pub empty: Option<String>,
    /// The item's place in its list (1-based) and the list's length.
    pub position: Option<(usize, usize)>,
}

pub struct FieldRow {
    pub label: String,
    pub value: String,
    pub mark: Option<Severity>,
    /// An open one-line editor on this row.
    pub editor: Option<TextEditor>,
    /// Its value is selected whole (opened by Tab): typing replaces it.
    pub select_all: bool,
    pub error: Option<String>,
}

pub enum Overlay {
    Prose {
        title: String,
        editor: TextEditor,
        hint: String,
        error: Option<String>,
    },
    Choose {
        title: String,
        rows: Vec<(String, Option<bool>)>,
        selected: usize,
    },
    Dialog {
        title: String,
        body: Vec<String>,
        tone: Tone,
        input: Option<TextEditor>,
    },
    Help {
        title: String,
        rows: Vec<CommandInfo>,
        scroll: u16,
    },
}

fn mark_of(p: Progress) -> &'static str {
    match p {
        Progress::Complete => "✓",
        Progress::InProgress => "◐",
        Progress::Empty => "○",
        Progress::NotNeeded => "–",
    }
}

fn worst(severities: impl Iterator<Item = Severity>) -> Option<Severity> {
    severities.min()
}

/// Builds what the frame shows from the app's state.
pub fn screen(app: &App) -> Screen {
    let study = &app.study;
    let m = &app.messages;
    let title = if study.cluster.name.trim().is_empty() {
        study.meta.title.clone()
    } else {
        m.with(
            "title-cluster",
            &[("name", study.cluster.name.trim().into())],
        )
    };
    let save = match &app.persist.save {
        SaveState::Saved(Some(at)) if !app.persist.unsaved => (
            m.with("save-saved-at", &[("time", at.as_str().into())]),
            Tone::Info,
        ),
        SaveState::Saved(_) if !app.persist.unsaved => (m.text("save-saved").into(), Tone::Info),
        SaveState::Saved(_) => (m.text("save-unsaved").into(), Tone::Warn),
        SaveState::Saving => (m.text("save-saving").into(), Tone::Warn),
        SaveState::Failed(e) => (format!("✗ {e}"), Tone::Error),
        SaveState::Held(e) => (format!("✗ {e}"), Tone::Error),
    };

    let sidebar = app
        .nav
        .defs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let status = app.report.status(d.section);
            let (mark, count, tone) = match status {
                Some(s) => {
                    let n = s.errors + s.warnings;
                    let tone = if s.errors > 0 {
                        Tone::Error
                    } else if s.warnings > 0 {
                        Tone::Warn
                    } else {
                        Tone::Info
                    };
                    (
                        mark_of(s.progress),
                        if n > 0 { n.to_string() } else { String::new() },
                        tone,
                    )
                }
                // Not checked yet (the first frame of a study): no mark rather than a wrong one.
                None if !app.checked => (" ", String::new(), Tone::Info),
                None => ("○", String::new(), Tone::Info),
            };
            SideRow {
                mark,
                title: m.label(d.section.label()).into_owned(),
                count,
                tone,
                selected: i == app.nav.section,
            }
        })
        .collect();

    let def = app.nav.def();
    let status = app.report.status(def.section);
    let section_status = match status {
        Some(s) => {
            let mut bits = vec![m.label(s.progress.label()).into_owned()];
            if s.errors > 0 {
                bits.push(m.with("status-errors", &[("count", s.errors.into())]));
            }
            if s.warnings > 0 {
                bits.push(m.with("status-to-do", &[("count", s.warnings.into())]));
            }
            bits.join(" · ")
        }
        None => String::new(),
    };
    let tabs = if def.parts.len() > 1 {
        def.parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let n = match p {
                    Part::List(l) if l.parent.is_none() => {
                        format!(" ({})", l.ops.len(study, &[]))
                    }
                    // A list inside an item names the item it belongs to.
                    Part::List(l) => match (l.parent, app.nav.parent_of_part(&app.study, i)) {
                        (Some(holder), Some(at)) => match &def.parts[holder] {
                            Part::List(h) => h
                                .ops
                                .id(study, &at)
                                .map(|id| m.with("tab-of-item", &[("id", id.to_string().into())]))
                                .unwrap_or_default(),
                            Part::Form(_) | Part::View(_) => String::new(),
                        },
                        _ => String::new(),
                    },
                    Part::Form(_) | Part::View(_) => String::new(),
                };
                (
                    format!("{}{n}", m.label(p.title())),
                    i == app.nav.part_index(),
                )
            })
            .collect()
    } else {
        Vec::new()
    };

    let at = app.nav.current_at(&app.study);
    let list = match app.nav.part() {
        Part::List(l) => {
            let len = app
                .nav
                .parent_at(&app.study)
                .map_or(0, |p| l.ops.len(study, &p));
            let selected = app.nav.part_state().item;
            // No list is drawn taller than the terminal, and draw_list scrolls so that the
            // selected row is in view: only rows this near it can show. Before the first
            // draw the size is unknown, and every row is built.
            let reach = match usize::from(app.size.1) {
                0 => len,
                h => h,
            };
            let first = (selected + 1).saturating_sub(reach).min(len);
            let end = (selected + 1).max(reach).min(len);
            let rows = match app.nav.parent_at(&app.study) {
                Some(parent) => (first..end)
                    .map(|i| {
                        let mut a = parent.clone();
                        a.push(i);
                        let path = l.ops.item_path(study, &a);
                        let sev = worst(app.report.under(&path).map(|f| f.severity));
                        (super::sections::shown(l.ops.label(study, &a, m), m), sev)
                    })
                    .collect(),
                None => Vec::new(),
            };
            let empty = app
                .messages
                .phrase(&match (app.nav.parent_at(&app.study), l.parent) {
                    (None, Some(holder)) => crate::phrase!(
                        "Add to {list} first: each {noun} belongs to one.",
                        list = crate::phrase::word(def.parts[holder].title()),
                        noun = crate::phrase::word(l.noun)
                    ),
                    _ => crate::phrase!(
                        "No {noun} yet. Press a to add one.",
                        noun = crate::phrase::word(l.noun)
                    ),
                });
            Some(ListView {
                rows,
                first,
                len,
                selected,
                focused: app.nav.focus == Focus::List,
                empty,
            })
        }
        Part::Form(_) | Part::View(_) => None,
    };

    let editing_here = app
        .editing
        .as_ref()
        .filter(|e| e.place.section == app.nav.section && e.place.part == app.nav.part_index());
    let fields = app.nav.fields();
    let selected = app
        .nav
        .part_state()
        .field
        .min(fields.len().saturating_sub(1));
    let rows = match &at {
        Some(at) => fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let findings = app.field_findings(i);
                let editor = editing_here.and_then(|e| match &e.kind {
                    EditKind::Text(t) if !t.is_multiline() && e.place.field == Some(i) => {
                        Some(t.clone())
                    }
                    _ => None,
                });
                let error = editing_here
                    .filter(|e| e.place.field == Some(i))
                    .and_then(|e| e.error.clone());
                let select_all =
                    editing_here.is_some_and(|e| e.place.field == Some(i) && e.select_all);
                FieldRow {
                    label: m.label(f.label).into_owned(),
                    // A choice's or a tick's value is a fixed word ("yes", "draft").
                    value: match (f.fixed_choices, f.ops.input(study, at)) {
                        (Some(_), _) | (None, crate::tui::fields::Input::Toggle(_)) => {
                            m.label(&f.ops.show(study, at)).into_owned()
                        }
                        (None, _) => f.ops.show_in(study, at, m),
                    },
                    mark: worst(findings.iter().map(|f| f.severity)),
                    editor,
                    select_all,
                    error,
                }
            })
            .collect(),
        None => Vec::new(),
    };
    let heading = match (app.nav.part(), &at) {
        (Part::List(l), Some(at)) => {
            short(&super::sections::shown(l.ops.label(study, at, m), m), 70)
        }
        (Part::List(_), None) => String::new(),
        (Part::Form(f), _) => m.label(f.title).into_owned(),
        (Part::View(_), _) => String::new(),
    };
    let field_findings = app.field_findings(selected);
    let finding = field_findings.first().map(|f| {
        (
            finding_message(f, m).into_owned(),
            if f.severity == Severity::Error {
                Tone::Error
            } else {
                Tone::Warn
            },
        )
    });
    let form = FormView {
        field_word: m.label(FIELD).into_owned(),
        heading,
        rows,
        selected,
        focused: app.nav.focus == Focus::Form,
        hint: fields
            .get(selected)
            .map(|f| m.label(f.hint).into_owned())
            .unwrap_or_default(),
        finding,
        empty: at.is_none().then(String::new),
        position: match (app.nav.part(), &at) {
            (Part::List(_), Some(at)) => at.last().map(|i| (i + 1, app.nav.list_len(&app.study))),
            _ => None,
        },
    };

    let mut problems = Vec::new();
    if let Some(m) = &app.message {
        let lines = if m.tone == Tone::Error { 2 } else { 1 };
        let width = usize::from(app.size.0.saturating_sub(2)).max(10);
        for line in wrap(&m.text, width, lines) {
            problems.push((line, m.tone));
        }
    }
    let room = 2usize.saturating_sub(problems.len());
    let findings = app.findings_here_first();
    let total = findings.len();
    let mut lines: Vec<(String, Tone)> = findings
        .iter()
        .take(room)
        .map(|f| {
            let (sym, tone) = match f.severity {
                Severity::Error => ("✗", Tone::Error),
                Severity::Warning => ("•", Tone::Warn),
            };
            let message = finding_message(f, m);
            (format!("{sym} {}: {message}", f.path), tone)
        })
        .collect();
    if let Some(last) = lines.last_mut() {
        last.0 = m.with(
            "problems-more",
            &[("shown", last.0.clone().into()), ("total", total.into())],
        );
    }
    if total == 0 && room > 0 {
        lines.push((m.text("problems-none").into_owned(), Tone::Info));
    }
    problems.extend(lines);

    let overlay = overlay(app);
    let (layout, strip) = layout_and_strip(app);
    let view_kind = app.nav.view_kind();
    let hint = m
        .label(view_kind.map_or(def.hint, |v| v.hint()))
        .into_owned();
    let cx = app.view_ctx_in(layout);
    let view = view_kind.map(|kind| views::build(&cx, &app.nav, kind, layout.body));
    Screen {
        words: Words::of(m),
        title,
        file: app.path.display().to_string(),
        save,
        sidebar,
        sidebar_focused: app.nav.focus == Focus::Sidebar,
        section_title: m.label(def.section.label()).into_owned(),
        section_status,
        hint,
        tabs,
        strip,
        list,
        form,
        view,
        problems,
        keys: app.commands(),
        overlay,
        layout,
    }
}

/// The layout of the frame the app's state makes, and the strip of figures in its head
/// (whose lines it depends on).
fn layout_and_strip(app: &App) -> (Layout, Vec<(String, Tone)>) {
    let view_kind = app.nav.view_kind();
    let def = app.nav.def();
    let hint = app.messages.label(view_kind.map_or(def.hint, |v| v.hint()));
    let strip = if view_kind.is_none() {
        // The strip reads no layout: the layout is made from it.
        let cx = app.view_ctx_in(Layout::default());
        views::strip(&cx, &app.nav, content_area(size_rect(app.size)).width)
    } else {
        Vec::new()
    };
    let list = match app.nav.part() {
        Part::List(_) => Some((app.nav.list_len(&app.study), app.nav.focus == Focus::List)),
        Part::Form(_) | Part::View(_) => None,
    };
    let layout = Layout::new(app.size, &hint, def.parts.len() > 1, strip.len(), list);
    (layout, strip)
}

/// The layout of the frame the app's state makes now (for keys before the first frame).
pub fn layout_now(app: &App) -> Layout {
    layout_and_strip(app).0
}

fn overlay(app: &App) -> Option<Overlay> {
    if let Some(scroll) = app.help {
        return Some(Overlay::Help {
            title: app.messages.text("help-title").into(),
            rows: app_help_rows(app),
            scroll,
        });
    }
    if let Some(d) = app.dialogs.front() {
        return Some(dialog_overlay(d, &app.messages));
    }
    let e = app.editing.as_ref()?;
    // A view that edits in place draws the editor itself.
    if views::edits_inline(&app.view_ctx_in(Layout::default()), &app.nav) {
        return None;
    }
    let hint = app
        .nav
        .field_def(&e.place)
        .map(|f| app.messages.label(f.hint).into_owned())
        .unwrap_or_default();
    match &e.kind {
        EditKind::Text(t) if t.is_multiline() => Some(Overlay::Prose {
            title: app.place_label_in(&e.place, true),
            editor: t.clone(),
            hint,
            error: e.error.clone(),
        }),
        EditKind::Text(_) => None,
        EditKind::Choose {
            options, selected, ..
        } => Some(Overlay::Choose {
            title: app.place_label_in(&e.place, true),
            rows: {
                // The words of a fixed list are translated; items of the study are not.
                let fixed = app
                    .nav
                    .field_def(&e.place)
                    .is_some_and(|f| f.fixed_choices.is_some());
                options
                    .iter()
                    .map(|(_, l)| match fixed {
                        true => (app.messages.label(l).into_owned(), None),
                        false => (l.clone(), None),
                    })
                    .collect()
            },
            selected: *selected,
        }),
        EditKind::Pick {
            items,
            selected,
            ticked,
            many,
            ..
        } => Some(Overlay::Choose {
            title: app.place_label_in(&e.place, true),
            rows: items
                .iter()
                .map(|(id, label)| {
                    (
                        format!("{id}  {}", short(label, 60)),
                        many.then(|| ticked.contains(id)),
                    )
                })
                .collect(),
            selected: *selected,
        }),
    }
}

/// How many rows the help screen has (for scrolling to its end).
pub(super) fn help_row_count(app: &App) -> usize {
    app_help_rows(app).len()
}

/// The help screen: the keys of where you are, then those of typing and choosing, each
/// mode with its notes (what typing does in a form). A row without keys is a mode's
/// heading when it is `bar`, a line of its notes when not.
fn app_help_rows(app: &App) -> Vec<CommandInfo> {
    use super::keys::{commands, notes, Mode};
    let here = match &app.editing {
        Some(_) => None,
        None => Some(app.nav.browsing_mode()),
    };
    let mut rows = Vec::new();
    let modes = [
        Mode::Sidebar,
        Mode::List,
        Mode::Form,
        Mode::EditLine,
        Mode::EditPath,
        Mode::EditProse,
        Mode::Choose,
        Mode::ChooseMany,
    ];
    let order = here
        .into_iter()
        .chain(modes.into_iter().filter(|m| Some(*m) != here));
    for mode in order {
        rows.push(CommandInfo {
            keys: String::new(),
            desc: app.messages.label(mode.title()).into_owned(),
            bar: true,
        });
        rows.extend(notes(mode).iter().map(|n| CommandInfo {
            keys: String::new(),
            desc: app.messages.label(n).into_owned(),
            bar: false,
        }));
        rows.extend(commands(mode, &app.messages));
    }
    rows
}

/// A dialog over the screen. Its title and its options are shown in the screen's language
/// (its lines, which name items and figures, are still in English).
fn dialog_overlay(d: &Dialog, m: &Messages) -> Overlay {
    let mut body = d.body.clone();
    if d.input.is_none() {
        body.push(String::new());
        let options: Vec<String> = d
            .options
            .iter()
            .map(|o| {
                let label = m.label_of(&o.label);
                match o.key {
                    '\n' => format!("[Enter] {label}"),
                    '\u{1b}' => format!("[Esc] {label}"),
                    k => format!("[{k}] {label}"),
                }
            })
            .collect();
        body.push(options.join("   "));
    }
    Overlay::Dialog {
        title: m.label_of(&d.title),
        body,
        tone: d.tone,
        input: d.input.clone(),
    }
}

// ----- drawing -----

pub(super) fn tone_style(t: Tone) -> Style {
    match t {
        Tone::Info => Style::default().fg(Color::Green),
        Tone::Warn => Style::default().fg(Color::Yellow),
        Tone::Error => Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
    }
}

pub(super) fn sev_style(s: Option<Severity>) -> (&'static str, Style) {
    match s {
        Some(Severity::Error) => ("✗", Style::default().fg(Color::Red)),
        Some(Severity::Warning) => ("•", Style::default().fg(Color::Yellow)),
        None => (" ", Style::default()),
    }
}

/// `s` cut to `width` display cells, with … when cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A finding's message (of `check`, or a flag of the scheme's rules) as the screen shows
/// it: in the screen's language where the catalogue has the sentence
/// (`_i18n/hi.ui-findings.ftl`), else as `check` wrote it. Every place that draws a
/// finding goes through here.
pub fn finding_message<'a>(
    f: &'a crate::check::Finding,
    m: &Messages,
) -> std::borrow::Cow<'a, str> {
    m.said(&f.message, f.phrase.as_ref())
}

/// Words of `s` wrapped to `width`, at most `max` lines (the last cut with …).
pub fn wrap(s: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for para in s.split('\n') {
        let mut line = String::new();
        for word in para.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if candidate.width() > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line = word.to_string();
            } else {
                line = candidate;
            }
        }
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            *last = fit(&format!("{} …", last.trim_end()), width);
        }
    }
    lines.into_iter().map(|l| fit(&l, width)).collect()
}

/// Writes `s` at (x, y) in at most `width` cells.
///
/// One cell per code point that takes space, with zero-width marks joined to the cell
/// before: the way terminals (tmux, xterm, VTE) lay text out by wcwidth. Ratatui's own
/// writer puts a whole grapheme cluster in one cell, so a Devanagari syllable such as ना
/// (two columns on the terminal, one cell in the buffer plus a hidden one) leaves stale
/// marks behind when the screen changes; cell per code point keeps buffer and terminal
/// in step.
pub(super) fn put(buf: &mut Buffer, x: u16, y: u16, s: &str, width: u16, style: Style) {
    if width == 0 || y < buf.area.top() || y >= buf.area.bottom() {
        return;
    }
    let end = x.saturating_add(width).min(buf.area.right());
    let mut cx = x;
    let mut last: Option<u16> = None;
    for c in fit(s, usize::from(width)).chars() {
        if c.is_control() {
            continue;
        }
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) as u16;
        if w == 0 {
            if let Some(cell) = last.and_then(|lx| buf.cell_mut(Position::new(lx, y))) {
                let joined = format!("{}{c}", cell.symbol());
                cell.set_symbol(&joined);
            }
            continue;
        }
        if cx + w > end {
            break;
        }
        if let Some(cell) = buf.cell_mut(Position::new(cx, y)) {
            cell.set_char(c).set_style(style);
        }
        for k in 1..w {
            if let Some(cell) = buf.cell_mut(Position::new(cx + k, y)) {
                cell.reset();
            }
        }
        last = Some(cx);
        cx += w;
    }
}

pub(super) fn fill(buf: &mut Buffer, area: Rect, style: Style) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(c) = buf.cell_mut(Position::new(x, y)) {
                // reset first: set_style only adds to a cell's style, so the highlight of
                // the row under a popup would show through it.
                c.reset();
                c.set_style(style);
            }
        }
    }
}

fn size_rect(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}

/// The rows the section's title, hint, tabs and strip take at the top of `area`.
fn head_height(area: Rect, hint: &str, tabs: bool, strip: usize) -> u16 {
    let hint_lines = if area.height >= 30 { 4 } else { 2 };
    let hint_h = wrap(hint, usize::from(area.width), hint_lines).len();
    (1 + hint_h + usize::from(tabs) + strip) as u16
}

fn sidebar_width(w: u16) -> u16 {
    if w >= 110 {
        28
    } else {
        24
    }
}

/// Where the current section is drawn: right of the sidebar, between the bars.
fn content_area(area: Rect) -> Rect {
    let sw = sidebar_width(area.width);
    Rect::new(
        area.x + sw + 1,
        area.y + 1,
        area.width.saturating_sub(sw + 1),
        area.height.saturating_sub(4),
    )
}

/// Draws the frame by the screen's layout, and hands the layout back: the rows it shows
/// are what the keys page by.
pub fn draw(frame: &mut Frame, s: &Screen) -> Layout {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame.buffer_mut(), area);
        return s.layout;
    }
    // The screen was built for the terminal's size; should the terminal have changed
    // in between, this frame is laid out for the size it has.
    let layout = if s.layout.size == (area.width, area.height) {
        s.layout
    } else {
        let list = s.list.as_ref().map(|l| (l.len, l.focused));
        let tabs = !s.tabs.is_empty();
        Layout::new(
            (area.width, area.height),
            &s.hint,
            tabs,
            s.strip.len(),
            list,
        )
    };
    let buf = frame.buffer_mut();
    draw_title(buf, Rect::new(area.x, area.y, area.width, 1), s);
    let side = layout.sidebar;
    draw_sidebar(buf, side, s);
    for y in side.top()..side.bottom() {
        put(
            buf,
            side.right(),
            y,
            "│",
            1,
            Style::default().fg(Color::DarkGray),
        );
    }
    let (cursor, view_rows) = draw_main(buf, &layout, s);
    draw_problems(buf, Rect::new(area.x, area.bottom() - 3, area.width, 2), s);
    draw_keys(
        buf,
        Rect::new(area.x, area.bottom() - 1, area.width, 1),
        &s.keys,
    );
    let overlay_cursor = match &s.overlay {
        Some(o) => draw_overlay(buf, area, layout.main, o),
        None => None,
    };
    if let Some((x, y)) = overlay_cursor.or(cursor) {
        frame.set_cursor_position(Position::new(x, y));
    }
    Layout {
        view_rows,
        ..layout
    }
}

fn too_small(buf: &mut Buffer, area: Rect) {
    let text = format!(
        "This window is {}×{}. cdstudy needs at least {MIN_WIDTH}×{MIN_HEIGHT}: please enlarge the window. Your work is safe.",
        area.width, area.height
    );
    let lines = wrap(
        &text,
        usize::from(area.width.max(1)),
        usize::from(area.height.max(1)),
    );
    let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
    for (i, line) in lines.iter().enumerate() {
        let y = top + i as u16;
        if y >= area.bottom() {
            break;
        }
        let x = area.x + area.width.saturating_sub(line.width() as u16) / 2;
        put(
            buf,
            x,
            y,
            line,
            area.width,
            Style::default().add_modifier(Modifier::BOLD),
        );
    }
}

fn draw_title(buf: &mut Buffer, area: Rect, s: &Screen) {
    let failed = s.save.1 == Tone::Error;
    let base = if failed {
        Style::default()
            .bg(Color::Red)
            .fg(Color::White)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::default().bg(Color::Blue).fg(Color::White)
    };
    fill(buf, area, base);
    let right = format!(" {} ", s.save.0);
    let right_w = (right.width() as u16).min(area.width.saturating_sub(20).max(area.width / 2));
    let left = format!(" cdstudy │ {} │ {}", s.title, s.file);
    put(
        buf,
        area.x,
        area.y,
        &left,
        area.width.saturating_sub(right_w + 1),
        base.add_modifier(Modifier::BOLD),
    );
    let save_style = if failed {
        base
    } else {
        match s.save.1 {
            Tone::Info => base.fg(Color::LightGreen),
            _ => base.fg(Color::Yellow),
        }
    };
    put(
        buf,
        area.right() - right_w,
        area.y,
        &right,
        right_w,
        save_style,
    );
}

fn draw_sidebar(buf: &mut Buffer, area: Rect, s: &Screen) {
    for (i, row) in s.sidebar.iter().enumerate() {
        let y = area.y + i as u16;
        if y >= area.bottom() {
            break;
        }
        let style = if row.selected && s.sidebar_focused {
            Style::default().add_modifier(Modifier::REVERSED)
        } else if row.selected {
            Style::default().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        fill(buf, Rect::new(area.x, y, area.width, 1), style);
        let pointer = if row.selected { "›" } else { " " };
        put(buf, area.x, y, pointer, 1, style);
        put(
            buf,
            area.x + 1,
            y,
            row.mark,
            1,
            style
                .patch(tone_style(if row.mark == "✓" {
                    Tone::Info
                } else {
                    Tone::Warn
                }))
                .remove_modifier(Modifier::BOLD),
        );
        let count_w = row.count.width() as u16;
        put(
            buf,
            area.x + 3,
            y,
            &row.title,
            area.width.saturating_sub(5 + count_w),
            style,
        );
        if count_w > 0 {
            put(
                buf,
                area.right() - count_w - 1,
                y,
                &row.count,
                count_w,
                style.patch(tone_style(row.tone)),
            );
        }
    }
    let legend_y = area.bottom().saturating_sub(1);
    if s.sidebar.len() as u16 + 1 < area.height {
        put(
            buf,
            area.x + 1,
            legend_y,
            &s.words.legend,
            area.width - 1,
            Style::default().fg(Color::DarkGray),
        );
    }
}

/// Draws the section; returns where the terminal cursor goes (a one-line editor).
/// Draws the current section; returns where the cursor goes, and how many rows of a
/// view's list are shown.
fn draw_main(buf: &mut Buffer, layout: &Layout, s: &Screen) -> (Option<(u16, u16)>, usize) {
    let area = layout.main;
    let w = area.width;
    let mut y = area.y;
    let title_style = Style::default().add_modifier(Modifier::BOLD);
    put(buf, area.x, y, &s.section_title, w, title_style);
    let tw = s.section_title.width() as u16;
    put(
        buf,
        area.x + tw + 2,
        y,
        &s.section_status,
        w.saturating_sub(tw + 2),
        Style::default().fg(Color::DarkGray),
    );
    y += 1;
    let hint_lines = if area.height >= 30 { 4 } else { 2 };
    for line in wrap(&s.hint, usize::from(w), hint_lines) {
        put(buf, area.x, y, &line, w, Style::default().fg(Color::Cyan));
        y += 1;
    }
    if !s.tabs.is_empty() {
        draw_tabs(buf, Rect::new(area.x, y, w, 1), &s.tabs, &s.words.tabs_key);
        y += 1;
    }
    for (text, tone) in &s.strip {
        put(buf, area.x, y, text, w, tone_style(*tone));
        y += 1;
    }
    debug_assert_eq!(y, layout.body.y.min(area.bottom()));
    if let Some(view) = &s.view {
        return views::draw(buf, layout.body, view);
    }
    let cursor = match &s.list {
        None => draw_form(buf, layout.form, &s.form),
        Some(list) => {
            draw_list(buf, layout.list, list);
            // Side by side: a rule between the list and the form.
            if layout.form.y == layout.list.y {
                for yy in layout.list.top()..layout.list.bottom() {
                    put(
                        buf,
                        layout.list.right(),
                        yy,
                        "│",
                        1,
                        Style::default().fg(Color::DarkGray),
                    );
                }
            }
            draw_form(buf, layout.form, &s.form)
        }
    };
    (cursor, 0)
}

/// The tabs that fit in `width` around the current one: the first and last shown. The
/// current tab is always among them; the window starts as far left as it can.
fn tab_window(widths: &[u16], current: usize, width: u16) -> (usize, usize) {
    // A tab takes its width and a separator; « and » take a column each when shown.
    let fits = |first: usize, last: usize| {
        let marks = u16::from(first > 0) + u16::from(last + 1 < widths.len());
        widths[first..=last].iter().sum::<u16>() + marks <= width
    };
    let mut first = 0;
    while first < current && !fits(first, current) {
        first += 1;
    }
    let mut last = current;
    while last + 1 < widths.len() && fits(first, last + 1) {
        last += 1;
    }
    (first, last)
}

/// The section's tabs on one line. When they do not all fit (the CFC has thirteen), the
/// line scrolls with the current tab, always shown, and « » say that more lie either way;
/// `[` and `]` move through them. One line rather than two keeps the form's rows at 24
/// lines, and scrolling works at any width, where two lines would still not hold thirteen
/// names beside the sidebar at 80 columns.
fn draw_tabs(buf: &mut Buffer, area: Rect, tabs: &[(String, bool)], tail: &str) {
    if tabs.is_empty() || area.width == 0 {
        return;
    }
    let widths: Vec<u16> = tabs.iter().map(|(t, _)| t.width() as u16 + 3).collect();
    let current = tabs.iter().position(|(_, on)| *on).unwrap_or(0);
    let (first, last) = tab_window(&widths, current, area.width);
    let mark = Style::default().fg(Color::DarkGray);
    let mut x = area.x;
    if first > 0 {
        put(buf, x, area.y, "«", 1, mark);
        x += 1;
    }
    for (i, (title, on)) in tabs.iter().enumerate().take(last + 1).skip(first) {
        let text = format!(" {title} ");
        let tw = (text.width() as u16).min(area.right().saturating_sub(x));
        let style = if *on {
            Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::default().fg(Color::Gray)
        };
        put(buf, x, area.y, &text, tw, style);
        x += tw;
        if i + 1 < tabs.len() && x < area.right() {
            put(buf, x, area.y, "│", 1, mark);
            x += 1;
        }
    }
    if last + 1 < tabs.len() {
        put(buf, area.right() - 1, area.y, "»", 1, mark);
        return;
    }
    let tail_w = tail.width() as u16;
    if x + tail_w + 2 <= area.right() {
        put(buf, area.right() - tail_w, area.y, tail, tail_w, mark);
    }
}

fn draw_list(buf: &mut Buffer, area: Rect, list: &ListView) {
    if area.height == 0 {
        return;
    }
    if list.len == 0 {
        put(
            buf,
            area.x,
            area.y,
            &list.empty,
            area.width,
            Style::default().fg(Color::DarkGray),
        );
        return;
    }
    let h = usize::from(area.height);
    let first = (list.selected + 1).saturating_sub(h);
    let shown = list
        .rows
        .iter()
        .enumerate()
        .map(|(k, row)| (k + list.first, row));
    for (i, (label, sev)) in shown.skip_while(|(i, _)| *i < first).take(h) {
        let y = area.y + (i - first) as u16;
        let selected = i == list.selected;
        let style = match (selected, list.focused) {
            (true, true) => Style::default().add_modifier(Modifier::REVERSED),
            (true, false) => Style::default().add_modifier(Modifier::BOLD),
            _ => Style::default(),
        };
        fill(buf, Rect::new(area.x, y, area.width, 1), style);
        let (sym, sym_style) = sev_style(*sev);
        put(buf, area.x, y, if selected { "›" } else { " " }, 1, style);
        put(buf, area.x + 1, y, sym, 1, sym_style.patch(style));
        put(
            buf,
            area.x + 3,
            y,
            label,
            area.width.saturating_sub(3),
            style,
        );
    }
}

fn draw_form(buf: &mut Buffer, area: Rect, form: &FormView) -> Option<(u16, u16)> {
    if area.height < 2 {
        return None;
    }
    if form.empty.is_some() {
        return None;
    }
    let mut cursor = None;
    // Rows for the fields; two lines at the bottom for the field's hint and finding.
    let rows_h = usize::from(area.height.saturating_sub(3));
    // The heading names the item; on the right, where in the list and the form we are.
    let mut counters = Vec::new();
    if let Some((i, n)) = form.position {
        counters.push(format!("{i}/{n}"));
    }
    if form.rows.len() > rows_h && rows_h > 0 {
        counters.push(format!(
            "{} {}/{}",
            form.field_word,
            form.selected + 1,
            form.rows.len()
        ));
    }
    let right = counters.join(" · ");
    let right_w = right.width() as u16;
    let heading_style = Style::default()
        .fg(Color::DarkGray)
        .add_modifier(Modifier::BOLD);
    let heading_w = area.width.saturating_sub(right_w + 1);
    put(
        buf,
        area.x,
        area.y,
        &format!("── {} ", form.heading),
        heading_w,
        heading_style,
    );
    if right_w > 0 && right_w < area.width {
        put(
            buf,
            area.right() - right_w,
            area.y,
            &right,
            right_w,
            heading_style,
        );
    }
    let first = (form.selected + 1).saturating_sub(rows_h);
    let label_w: u16 = if area.width >= 70 { 21 } else { 18 };
    for (i, row) in form.rows.iter().enumerate().skip(first).take(rows_h) {
        let y = area.y + 1 + (i - first) as u16;
        let selected = i == form.selected;
        let style = match (selected, form.focused) {
            (true, true) => Style::default().add_modifier(Modifier::REVERSED),
            (true, false) => Style::default().add_modifier(Modifier::BOLD),
            _ => Style::default(),
        };
        let (sym, sym_style) = sev_style(row.mark);
        put(buf, area.x, y, if selected { "›" } else { " " }, 1, style);
        put(buf, area.x + 1, y, sym, 1, sym_style);
        put(buf, area.x + 2, y, &row.label, label_w - 2, style);
        let vx = area.x + label_w + 1;
        let vw = area.width.saturating_sub(label_w + 1);
        if let Some(editor) = &row.editor {
            let (text, (cx, _)) = editor.view(vw.saturating_sub(1), 1);
            let edit_style = Style::default().bg(Color::DarkGray).fg(Color::White);
            fill(buf, Rect::new(vx, y, vw, 1), edit_style);
            // A value selected whole shows as selected text does: typing replaces it.
            let text_style = if row.select_all {
                Style::default().bg(Color::Blue).fg(Color::White)
            } else {
                edit_style
            };
            put(
                buf,
                vx,
                y,
                text.first().map(String::as_str).unwrap_or(""),
                vw,
                text_style,
            );
            cursor = Some((vx + cx.min(vw.saturating_sub(1)), y));
        } else if row.value.is_empty() {
            put(buf, vx, y, "—", vw, Style::default().fg(Color::DarkGray));
        } else {
            let first_line = row.value.lines().next().unwrap_or("");
            let more = if row.value.contains('\n') { " …" } else { "" };
            put(
                buf,
                vx,
                y,
                &format!("{first_line}{more}"),
                vw,
                Style::default(),
            );
        }
    }
    let hint_y = area.bottom() - 2;
    let error = form.rows.get(form.selected).and_then(|r| r.error.clone());
    match error {
        Some(e) => {
            for (i, line) in wrap(&format!("✗ {e}"), usize::from(area.width), 2)
                .iter()
                .enumerate()
            {
                put(
                    buf,
                    area.x,
                    hint_y + i as u16,
                    line,
                    area.width,
                    tone_style(Tone::Error),
                );
            }
        }
        None => {
            put(
                buf,
                area.x,
                hint_y,
                &form.hint,
                area.width,
                Style::default().fg(Color::Cyan),
            );
            if let Some((f, tone)) = &form.finding {
                put(
                    buf,
                    area.x,
                    hint_y + 1,
                    &format!("{} {f}", if *tone == Tone::Error { "✗" } else { "•" }),
                    area.width,
                    tone_style(*tone),
                );
            }
        }
    }
    cursor
}

fn draw_problems(buf: &mut Buffer, area: Rect, s: &Screen) {
    put(
        buf,
        area.x,
        area.y.saturating_sub(0),
        "",
        0,
        Style::default(),
    );
    for (i, (text, tone)) in s.problems.iter().enumerate().take(2) {
        let y = area.y + i as u16;
        fill(
            buf,
            Rect::new(area.x, y, area.width, 1),
            Style::default().bg(Color::Black),
        );
        put(
            buf,
            area.x + 1,
            y,
            text,
            area.width - 1,
            tone_style(*tone).bg(Color::Black),
        );
    }
}

fn draw_keys(buf: &mut Buffer, area: Rect, keys: &[CommandInfo]) {
    fill(buf, area, Style::default().bg(Color::DarkGray));
    let mut x = area.x + 1;
    for c in keys.iter().filter(|c| c.bar) {
        // Ctrl-Z as ^Z, as nano shows it: the bar has 80 columns for a form's commands.
        let key = c.keys.split('/').next().unwrap_or("").replace("Ctrl-", "^");
        let key = key.as_str();
        let kw = key.width() as u16;
        let dw = c.desc.width() as u16;
        if x + kw + dw + 3 > area.right() {
            break;
        }
        put(
            buf,
            x,
            area.y,
            key,
            kw,
            Style::default()
                .bg(Color::DarkGray)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
        );
        put(
            buf,
            x + kw + 1,
            area.y,
            &c.desc,
            dw,
            Style::default().bg(Color::DarkGray).fg(Color::Gray),
        );
        x += kw + dw + 3;
    }
}

pub(super) fn boxed(buf: &mut Buffer, area: Rect, title: &str, style: Style) -> Rect {
    fill(buf, area, Style::default());
    let w = area.width;
    if w < 2 || area.height < 2 {
        return area;
    }
    let horizontal = "─".repeat(usize::from(w - 2));
    put(buf, area.x, area.y, &format!("┌{horizontal}┐"), w, style);
    put(
        buf,
        area.x,
        area.bottom() - 1,
        &format!("└{horizontal}┘"),
        w,
        style,
    );
    for y in area.y + 1..area.bottom() - 1 {
        put(buf, area.x, y, "│", 1, style);
        put(buf, area.right() - 1, y, "│", 1, style);
    }
    put(
        buf,
        area.x + 2,
        area.y,
        &format!(" {title} "),
        w.saturating_sub(4),
        style.add_modifier(Modifier::BOLD),
    );
    Rect::new(area.x + 2, area.y + 1, w.saturating_sub(4), area.height - 2)
}

fn draw_overlay(buf: &mut Buffer, screen: Rect, main: Rect, o: &Overlay) -> Option<(u16, u16)> {
    match o {
        Overlay::Prose {
            title,
            editor,
            hint,
            error,
        } => {
            let area = Rect::new(
                main.x,
                main.y + 1,
                main.width,
                main.height.saturating_sub(1),
            );
            let inner = boxed(buf, area, title, Style::default().fg(Color::Cyan));
            let text_h = inner.height.saturating_sub(2);
            let (rows, (cx, cy)) = editor.view(inner.width, text_h);
            for (i, row) in rows.iter().enumerate() {
                put(
                    buf,
                    inner.x,
                    inner.y + i as u16,
                    row,
                    inner.width,
                    Style::default(),
                );
            }
            let (note, style) = match error {
                Some(e) => (format!("✗ {e}"), tone_style(Tone::Error)),
                None => (hint.clone(), Style::default().fg(Color::Cyan)),
            };
            put(buf, inner.x, inner.bottom() - 1, &note, inner.width, style);
            Some((
                inner.x + cx.min(inner.width.saturating_sub(1)),
                inner.y + cy,
            ))
        }
        Overlay::Choose {
            title,
            rows,
            selected,
        } => {
            let h = (rows.len() as u16 + 2)
                .min(main.height.saturating_sub(1))
                .max(3);
            let area = Rect::new(main.x + 2, main.y + 1, main.width.saturating_sub(4), h);
            let inner = boxed(buf, area, title, Style::default().fg(Color::Cyan));
            let ih = usize::from(inner.height);
            let first = (selected + 1).saturating_sub(ih);
            for (i, (label, ticked)) in rows.iter().enumerate().skip(first).take(ih) {
                let y = inner.y + (i - first) as u16;
                let style = if i == *selected {
                    Style::default().add_modifier(Modifier::REVERSED)
                } else {
                    Style::default()
                };
                let tick = match ticked {
                    Some(true) => "[x] ",
                    Some(false) => "[ ] ",
                    None => "",
                };
                fill(buf, Rect::new(inner.x, y, inner.width, 1), style);
                put(
                    buf,
                    inner.x,
                    y,
                    &format!("{tick}{label}"),
                    inner.width,
                    style,
                );
            }
            None
        }
        Overlay::Dialog {
            title,
            body,
            tone,
            input,
        } => {
            let w = screen.width.saturating_sub(8).min(76);
            let text_w = usize::from(w.saturating_sub(4));
            let lines: Vec<String> = body.iter().flat_map(|l| wrap(l, text_w, 4)).collect();
            let h = (lines.len() as u16 + 2 + u16::from(input.is_some()) * 2)
                .min(screen.height.saturating_sub(4));
            let area = Rect::new(
                screen.x + (screen.width - w) / 2,
                screen.y + (screen.height.saturating_sub(h + 1)) / 2,
                w,
                h,
            );
            let inner = boxed(buf, area, title, tone_style(*tone));
            for (i, line) in lines.iter().enumerate() {
                let y = inner.y + i as u16;
                if y >= inner.bottom() {
                    break;
                }
                put(buf, inner.x, y, line, inner.width, Style::default());
            }
            input.as_ref().map(|editor| {
                let y = inner.bottom() - 1;
                let (text, (cx, _)) = editor.view(inner.width.saturating_sub(1), 1);
                let style = Style::default().bg(Color::DarkGray).fg(Color::White);
                fill(buf, Rect::new(inner.x, y, inner.width, 1), style);
                put(
                    buf,
                    inner.x,
                    y,
                    text.first().map(String::as_str).unwrap_or(""),
                    inner.width,
                    style,
                );
                (inner.x + cx, y)
            })
        }
        Overlay::Help {
            title,
            rows,
            scroll,
        } => {
            let area = Rect::new(
                screen.x + 2,
                screen.y + 1,
                screen.width - 4,
                screen.height - 3,
            );
            let inner = boxed(buf, area, title, Style::default().fg(Color::Cyan));
            let keys_w = 22u16.min(inner.width / 2);
            for (i, c) in rows
                .iter()
                .skip(usize::from(*scroll))
                .take(usize::from(inner.height))
                .enumerate()
            {
                let y = inner.y + i as u16;
                if c.keys.is_empty() && !c.bar {
                    put(buf, inner.x + 1, y, &c.desc, inner.width, Style::default());
                } else if c.keys.is_empty() {
                    put(
                        buf,
                        inner.x,
                        y,
                        &c.desc,
                        inner.width,
                        Style::default()
                            .add_modifier(Modifier::BOLD)
                            .fg(Color::Cyan),
                    );
                } else {
                    put(
                        buf,
                        inner.x + 1,
                        y,
                        &c.keys,
                        keys_w,
                        Style::default().add_modifier(Modifier::BOLD),
                    );
                    put(
                        buf,
                        inner.x + keys_w + 2,
                        y,
                        &c.desc,
                        inner.width.saturating_sub(keys_w + 2),
                        Style::default(),
                    );
                }
            }
            None
        }
    }
}
