//! Views: parts of a section that show the study at a glance rather than field by field —
//! the value-chain map, the SWOT grid, which themes cover which bottlenecks, the live
//! budget and the timeline of the action plan, the CFC's viability, every finding of
//! `check`, and a preview of the documents.
//!
//! Each view is a module with the same three pieces as the rest of the UI: `build` turns
//! the app's state into a view model (every string the view shows, nothing left to
//! compute), `draw` puts a model on the screen, and `command` is what the view's keys do
//! (the keys themselves are data in `keys`). Items are opened, added and edited through
//! the same lists, forms and editors as everywhere else; money comes from the engine
//! (`App::appraisal`), never from here.
//!
//! The strip is the one-to-three-line summary of the engine's figures that the action
//! plan (the budget) and the CFC (its viability) keep above their lists and forms, with
//! the figures a value being typed would give, marked as not yet kept.

pub mod budget;
mod coverage;
mod findings;
mod map;
mod preview;
mod swot;
mod timeline;
mod viability;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use unicode_width::UnicodeWidthStr;

use cdstudy::model::{ItemKind, Section, Severity as Weight};

use super::app::{App, EditKind, Tone};
use super::fields::Answer;
use super::keys::Command;
use super::sections::{Part, Place};
use super::view::{self, put};

/// Which view a part shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Map,
    Swot,
    Coverage,
    Timeline,
    Budget,
    Viability,
    Findings,
    Preview,
}

impl ViewKind {
    #[cfg(test)]
    pub const ALL: [ViewKind; 8] = [
        ViewKind::Map,
        ViewKind::Swot,
        ViewKind::Coverage,
        ViewKind::Timeline,
        ViewKind::Budget,
        ViewKind::Viability,
        ViewKind::Findings,
        ViewKind::Preview,
    ];

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            ViewKind::Map => "Map",
            ViewKind::Swot => "Grid",
            ViewKind::Coverage => "Coverage",
            ViewKind::Timeline => "Timeline",
            ViewKind::Budget => "Budget",
            ViewKind::Viability => "Viability",
            ViewKind::Findings => "Findings",
            ViewKind::Preview => "Preview",
        }
    }

    /// What the view shows and how to use it, in place of the section's hint; one line
    /// at 80 columns, so that the view keeps the rows.
    pub fn hint(self) -> &'static str {
        match self {
            ViewKind::Map => "←→ a stage · ↑↓ its bottlenecks · Enter opens one",
            ViewKind::Swot => "←→ a quadrant · ↑↓ an entry · Enter edits it here",
            ViewKind::Coverage => "Which themes address each bottleneck: Enter opens it",
            ViewKind::Timeline => "The actions month by month: Enter opens one",
            ViewKind::Budget => "The budget as the scheme's rules apply to the plan now",
            ViewKind::Viability => "The CFC against the scheme's acceptance rules, now",
            ViewKind::Findings => "Everything check finds, by section: Enter goes to it",
            ViewKind::Preview => "The document as cdstudy render makes it from the study",
        }
    }
}

/// A view's model, ready to draw.
pub enum ViewScreen {
    Map(map::MapView),
    Swot(swot::GridView),
    Coverage(coverage::CoverageView),
    Timeline(timeline::TimelineView),
    /// The budget and the viability: text that scrolls.
    Lines(Lines),
    Findings(findings::FindingsView),
    Preview(preview::PreviewView),
}

/// Where the current view is drawn (the same rectangle `draw` gets).
pub fn area(app: &App) -> Rect {
    let kind = app.view_kind().unwrap_or(ViewKind::Budget);
    view::body_area(app.size, kind.hint(), app.def().parts.len() > 1, 0)
}

pub fn build(app: &App, kind: ViewKind, area: Rect) -> ViewScreen {
    match kind {
        ViewKind::Map => ViewScreen::Map(map::build(app)),
        ViewKind::Swot => ViewScreen::Swot(swot::build(app, area)),
        ViewKind::Coverage => ViewScreen::Coverage(coverage::build(app)),
        ViewKind::Timeline => ViewScreen::Timeline(timeline::build(app)),
        ViewKind::Budget => ViewScreen::Lines(scrolled(app, budget::lines(app, area.width), area)),
        ViewKind::Viability => {
            ViewScreen::Lines(scrolled(app, viability::lines(app, area.width), area))
        }
        ViewKind::Findings => ViewScreen::Findings(findings::build(app)),
        ViewKind::Preview => ViewScreen::Preview(preview::build(app, area.width)),
    }
}

/// Draws a view; returns where the cursor goes (an editor in place).
pub fn draw(buf: &mut Buffer, area: Rect, screen: &ViewScreen) -> Option<(u16, u16)> {
    match screen {
        ViewScreen::Map(m) => map::draw(buf, area, m),
        ViewScreen::Swot(g) => return swot::draw(buf, area, g),
        ViewScreen::Coverage(c) => coverage::draw(buf, area, c),
        ViewScreen::Timeline(t) => timeline::draw(buf, area, t),
        ViewScreen::Lines(l) => draw_lines(buf, area, l),
        ViewScreen::Findings(f) => findings::draw(buf, area, f),
        ViewScreen::Preview(p) => preview::draw(buf, area, p),
    }
    None
}

/// What a view's key does; false when the key is not the view's own (tabs, undo, help
/// ... are shared with the rest of the UI).
pub fn command(app: &mut App, kind: ViewKind, command: Command) -> bool {
    match kind {
        ViewKind::Map => map::command(app, command),
        ViewKind::Swot => swot::command(app, command),
        ViewKind::Coverage => coverage::command(app, command),
        ViewKind::Timeline => timeline::command(app, command),
        ViewKind::Budget => match command {
            Command::SwitchScheme => {
                app.ask_scheme();
                true
            }
            other => scroll(app, other, budget::lines(app, area(app).width).len()),
        },
        ViewKind::Viability => {
            let n = viability::lines(app, area(app).width).len();
            scroll(app, command, n)
        }
        ViewKind::Findings => findings::command(app, command),
        ViewKind::Preview => preview::command(app, command),
    }
}

/// The finding the findings view has selected, in full (for F2).
pub fn selected_finding(app: &App) -> Option<String> {
    Some(findings::build(app).detail).filter(|d| !d.is_empty())
}

/// The strip of the current section: the budget in the action plan, the viability and
/// cost of the CFC; empty elsewhere.
pub fn strip(app: &App, width: u16) -> Vec<(String, Tone)> {
    let tentative = tentative(app);
    let (appraisal, typed) = match &tentative {
        Some(a) => (Ok(a), true),
        None => (app.appraisal.as_ref(), false),
    };
    match app.def().section {
        Section::ActionPlan => budget::strip(appraisal, typed, usize::from(width)),
        Section::Cfc if app.study.cfc.is_some() => {
            viability::strip(appraisal, typed, usize::from(width))
        }
        _ => Vec::new(),
    }
}

/// The appraisal the value being typed would give, when a one-line field of the action
/// plan or the CFC holds a value that parses and changes the figures. Computed by the
/// engine on a copy of the study; nothing is kept or saved.
fn tentative(app: &App) -> Option<cdstudy::scheme::Appraisal> {
    let e = app.editing.as_ref()?;
    let EditKind::Text(editor) = &e.kind else {
        return None;
    };
    let section = app.defs.get(e.place.section)?.section;
    if editor.is_multiline()
        || !matches!(section, Section::ActionPlan | Section::Cfc)
        || editor.text() == e.original
    {
        return None;
    }
    let field = app.field_def(&e.place)?;
    let mut study = app.study.clone();
    field
        .ops
        .apply(&mut study, &e.place.at, Answer::Text(editor.text()))
        .ok()?;
    // Typing a title changes no figure: nothing to mark.
    super::app::appraisal_of(&study, &app.workspace)
        .ok()
        .filter(|a| app.appraisal.as_ref().ok() != Some(a))
}

/// Whether the current view draws the open editor itself (SWOT edits in place).
pub fn edits_inline(app: &App) -> bool {
    app.view_kind() == Some(ViewKind::Swot) && swot::editing_here(app).is_some()
}

/// The width a text area is drawn at when a view edits in place.
pub fn inline_width(app: &App) -> Option<u16> {
    if !edits_inline(app) {
        return None;
    }
    swot::editor_width(app)
}

// ----- shared by the views -----

/// A piece of a line in its own style.
pub type Span = (String, Style);
pub type Line = Vec<Span>;

/// Lines that scroll, with the first one shown.
pub struct Lines {
    pub lines: Vec<Line>,
    pub scroll: usize,
}

fn scrolled(app: &App, lines: Vec<Line>, area: Rect) -> Lines {
    let room = usize::from(area.height).max(1);
    let scroll = app
        .part_state()
        .scroll
        .min(lines.len().saturating_sub(room));
    Lines { lines, scroll }
}

/// Scrolling keys for a view of `n` lines; false for other keys.
fn scroll(app: &mut App, command: Command, n: usize) -> bool {
    let page = usize::from(area(app).height).max(1);
    let last = n.saturating_sub(page);
    let s = app.part_state().scroll.min(last);
    let to = match command {
        Command::Up => s.saturating_sub(1),
        Command::Down => (s + 1).min(last),
        Command::PageUp => s.saturating_sub(page.saturating_sub(1).max(1)),
        Command::PageDown => (s + page.saturating_sub(1).max(1)).min(last),
        Command::Top => 0,
        Command::Bottom => last,
        _ => return false,
    };
    app.part_state_mut().scroll = to;
    true
}

fn draw_lines(buf: &mut Buffer, area: Rect, l: &Lines) {
    let h = usize::from(area.height);
    for (i, line) in l.lines.iter().skip(l.scroll).take(h).enumerate() {
        // The last column is kept for the scroll marks.
        put_line(
            buf,
            area.x,
            area.y + i as u16,
            area.width.saturating_sub(1),
            line,
        );
    }
    scroll_marks(buf, area, l.scroll, l.lines.len());
}

/// Writes the spans of a line one after the other, within `width` cells.
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, width: u16, line: &[Span]) {
    let mut cx = x;
    let end = x + width;
    for (text, style) in line {
        if cx >= end {
            break;
        }
        let w = (text.width() as u16).min(end - cx);
        put(buf, cx, y, text, end - cx, *style);
        cx += w;
    }
}

/// ▲ and ▼ at the right edge when there is more above or below.
fn scroll_marks(buf: &mut Buffer, area: Rect, first: usize, total: usize) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let x = area.right() - 1;
    let style = Style::default()
        .fg(Color::Cyan)
        .add_modifier(Modifier::BOLD);
    if first > 0 {
        put(buf, x, area.y, "▲", 1, style);
    }
    if first + usize::from(area.height) < total {
        put(buf, x, area.bottom() - 1, "▼", 1, style);
    }
}

/// The first of `len` rows to show in `room` rows so that row `selected` is visible.
fn first_shown(selected: usize, len: usize, room: usize) -> usize {
    if room == 0 || len <= room {
        return 0;
    }
    (selected + 1).saturating_sub(room).min(len - room)
}

pub fn plain() -> Style {
    Style::default()
}

pub fn dim() -> Style {
    Style::default().fg(Color::DarkGray)
}

pub fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

fn span(text: impl Into<String>, style: Style) -> Span {
    (text.into(), style)
}

/// How a bottleneck's severity looks: high red, medium yellow, low green.
fn weight_style(w: Option<Weight>) -> Style {
    match w {
        Some(Weight::High) => Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        Some(Weight::Medium) => Style::default().fg(Color::Yellow),
        Some(Weight::Low) => Style::default().fg(Color::Green),
        None => dim(),
    }
}

/// The highest of some severities.
fn highest(weights: impl Iterator<Item = Option<Weight>>) -> Option<Weight> {
    weights.flatten().max_by_key(|w| w.rank())
}

/// The section and part of the list that holds items of `kind`.
fn list_part(app: &App, kind: ItemKind) -> Option<(usize, usize)> {
    let path = kind.list_path();
    app.defs.iter().enumerate().find_map(|(si, def)| {
        def.parts
            .iter()
            .enumerate()
            .find_map(|(pi, part)| match part {
                Part::List(l) if l.parent.is_none() && l.ops.list_path(&app.study, &[]) == path => {
                    Some((si, pi))
                }
                _ => None,
            })
    })
}

/// The place of field 0 of item `index` of the list holding `kind`.
fn item_place(app: &App, kind: ItemKind, index: usize) -> Option<Place> {
    let (section, part) = list_part(app, kind)?;
    Some(Place {
        section,
        part,
        at: vec![index],
        field: Some(0),
    })
}

/// The selected item of the list holding `kind` (views share it with the list's tab).
fn selected_in(app: &App, kind: ItemKind) -> usize {
    list_part(app, kind)
        .map(|(s, p)| app.sections[s].parts[p].item)
        .unwrap_or(0)
}

fn select_in(app: &mut App, kind: ItemKind, index: usize) {
    if let Some((s, p)) = list_part(app, kind) {
        app.sections[s].parts[p].item = index;
        app.sections[s].parts[p].field = 0;
    }
}

/// Moves a selection of `len` rows by an Up/Down/Page/Top/Bottom command; `None` for
/// other commands.
fn moved(selected: usize, len: usize, command: Command) -> Option<usize> {
    let last = len.saturating_sub(1);
    let s = selected.min(last);
    Some(match command {
        Command::Up => s.saturating_sub(1),
        Command::Down => (s + 1).min(last),
        Command::PageUp => s.saturating_sub(10),
        Command::PageDown => (s + 10).min(last),
        Command::Top => 0,
        Command::Bottom => last,
        _ => return None,
    })
}

/// Wraps `text` to `width` in at most `max` lines, each in `style`.
fn wrapped(text: &str, width: usize, max: usize, style: Style) -> Vec<Line> {
    view::wrap(text, width.max(1), max)
        .into_iter()
        .map(|l| vec![(l, style)])
        .collect()
}

/// `text` padded with spaces (or cut) to exactly `width` cells, right-aligned figures
/// when `right`.
fn cell(text: &str, width: usize, right: bool) -> String {
    let t = view::fit(text, width);
    let pad = " ".repeat(width.saturating_sub(t.width()));
    if right {
        format!("{pad}{t}")
    } else {
        format!("{t}{pad}")
    }
}
