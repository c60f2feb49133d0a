//! Views: parts of a section that show the study at a glance rather than field by field —
//! the value-chain map, the SWOT grid, which themes cover which bottlenecks, the live
//! budget and the timeline of the action plan, the CFC's viability, every finding of
//! `check`, and a preview of the documents.
//!
//! Each view is a module with the same three pieces as the rest of the UI: `build` turns
//! what it reads (`Ctx`: the study, what the engine made of it, the field being edited,
//! the frame's layout) and where the person is (`Nav`) into a view model (every string
//! the view shows, nothing left to compute), `draw` puts a model on the screen, and
//! `command` is what the view's keys do (the keys themselves are data in `keys`): it moves
//! the view's own selection and answers with a `ViewMsg` for whatever else is to happen.
//! No view sees the app. Items are opened, added and edited through the same lists,
//! forms and editors as everywhere else; money comes from the engine (the appraisal),
//! never from here.
//!
//! The strip is the one-to-three-line summary of the engine's figures that the action
//! plan (the budget) and the CFC (its viability) keep above their lists and forms, with
//! the figures a value being typed would give, marked as not yet kept.

pub mod budget;
mod coverage;
mod findings;
mod map;
mod preview;
mod schemes;
mod swot;
mod timeline;
mod viability;

use crate::phrase::Said;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use unicode_width::UnicodeWidthStr;

use crate::assets::Assets;
use crate::check::Report;
use crate::model::{ItemKind, Section, Severity as Weight, Study};
use crate::render::DocKind;
use crate::scheme::{appraise, Appraisal, Match};
use crate::store::PathLines;

use super::editor::Editing;
use super::fields::Answer;
use super::keys::Command;
use super::message::Tone;
use super::nav::Nav;
use super::sections::{Part, Place};
use super::view::{self, put, Layout};
pub use preview::Preview;

/// What a view reads to be built or to answer a key. Where the person is (`Nav`) goes
/// beside it, to be read, or moved by the view's keys.
pub struct Ctx<'a> {
    pub study: &'a Study,
    pub report: &'a Report,
    pub appraisal: &'a Result<Appraisal, Said>,
    pub editing: Option<&'a Editing>,
    /// The frame's layout (the last one drawn, for keys).
    pub layout: Layout,
    /// Counts the edits: what was made for an older revision is stale.
    pub revision: u64,
    pub preview: Option<&'a Preview>,
    pub preview_doc: DocKind,
    /// The file's line of every path, made at a revision.
    pub file_lines: Option<&'a (u64, PathLines)>,
    /// The run's templates and scheme rules.
    pub workspace: &'a Assets,
    /// The figures a value being typed would give, as last worked out (`Tentative`).
    pub typed: Option<&'a Tentative>,
    /// Every scheme for the study, best first, made at a revision (for the schemes view).
    pub matches: Option<&'a (u64, Vec<Match>)>,
    /// The screen's language: a view's fixed words go through `messages.label`.
    pub messages: &'a crate::i18n::Messages,
}

/// The appraisal the value being typed would give (`tentative`), for the text it was
/// worked out for: made when the keys pause, not on every key (it appraises a copy of the
/// whole study), and shown marked as updating while the text has moved on since.
#[derive(Debug, Clone, PartialEq)]
pub struct Tentative {
    pub revision: u64,
    pub place: Place,
    pub text: String,
    /// None when the typed value does not parse or changes no figure.
    pub appraisal: Option<Appraisal>,
}

impl Tentative {
    /// Whether this was worked out for what is being typed now.
    pub fn is_for(&self, cx: &Ctx) -> bool {
        match cx.editing.and_then(|e| Some((e, e.draft_entry()?.text))) {
            Some((e, text)) => {
                self.revision == cx.revision && self.place == e.place && self.text == text
            }
            None => false,
        }
    }

    /// Whether it was worked out for the field being edited (for older text, perhaps).
    fn is_for_field(&self, cx: &Ctx) -> bool {
        cx.editing.is_some_and(|e| self.place == e.place)
    }
}

/// What a view's key asks of the app, beyond moving the view's own selection.
#[derive(Debug, Clone, PartialEq)]
pub enum ViewMsg {
    /// Not the view's key: the keys shared with the rest of the UI have it.
    NotMine,
    /// Done: the view moved its own selection, or the key does nothing here.
    Done,
    Say(Tone, String),
    /// Go to a place (its item's form); Esc comes back to the view.
    Open(Place),
    /// Go to what a `check` path names; Esc comes back to the view.
    OpenPath(String),
    /// Edit a field in place, without leaving the view.
    Edit(Place),
    /// Add an item to the list of `part` of `section`, select it and edit its first
    /// field: in its form (`open`) or in place.
    Add {
        section: usize,
        part: usize,
        open: bool,
    },
    /// Ask before deleting the item at `at`.
    Delete {
        section: usize,
        part: usize,
        at: Vec<usize>,
    },
    AskScheme,
    /// What switching the study to this scheme would change, and the question.
    CompareScheme(String),
    AskRender,
    /// The preview shows this document.
    ShowDocument(DocKind),
}

/// Which view a part shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Map,
    Swot,
    Coverage,
    Timeline,
    Budget,
    Schemes,
    Viability,
    Findings,
    Preview,
}

impl ViewKind {
    #[cfg(test)]
    pub const ALL: [ViewKind; 9] = [
        ViewKind::Map,
        ViewKind::Swot,
        ViewKind::Coverage,
        ViewKind::Timeline,
        ViewKind::Budget,
        ViewKind::Schemes,
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
            ViewKind::Schemes => "Schemes",
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
            ViewKind::Schemes => "Every scheme for this plan, best grant first: Enter compares",
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
    Schemes(schemes::SchemesView),
    Preview(preview::PreviewView),
}

pub fn build(cx: &Ctx, nav: &Nav, kind: ViewKind, area: Rect) -> ViewScreen {
    match kind {
        ViewKind::Map => ViewScreen::Map(map::build(cx, nav)),
        ViewKind::Swot => ViewScreen::Swot(swot::build(cx, nav, area)),
        ViewKind::Coverage => ViewScreen::Coverage(coverage::build(cx, nav)),
        ViewKind::Timeline => ViewScreen::Timeline(timeline::build(cx, nav)),
        ViewKind::Budget => {
            let lines = budget::lines(cx.appraisal, area.width, cx.messages);
            ViewScreen::Lines(scrolled(nav, lines, area))
        }
        ViewKind::Viability => {
            let lines = viability::lines(cx.study, cx.appraisal, area.width, cx.messages);
            ViewScreen::Lines(scrolled(nav, lines, area))
        }
        ViewKind::Findings => ViewScreen::Findings(findings::build(cx, nav)),
        ViewKind::Schemes => ViewScreen::Schemes(schemes::build(cx, nav)),
        ViewKind::Preview => ViewScreen::Preview(preview::build(cx, nav, area.width)),
    }
}

/// Draws a view; returns where the cursor goes (an editor in place), and how many rows
/// of the view's list are shown (what PgDn and PgUp move by; 0 for a view that scrolls
/// by its body).
pub fn draw(buf: &mut Buffer, area: Rect, screen: &ViewScreen) -> (Option<(u16, u16)>, usize) {
    let rows = match screen {
        ViewScreen::Map(m) => map::draw(buf, area, m),
        ViewScreen::Swot(g) => return swot::draw(buf, area, g),
        ViewScreen::Coverage(c) => coverage::draw(buf, area, c),
        ViewScreen::Timeline(t) => timeline::draw(buf, area, t),
        ViewScreen::Lines(l) => {
            draw_lines(buf, area, l);
            0
        }
        ViewScreen::Findings(f) => findings::draw(buf, area, f),
        ViewScreen::Schemes(s) => schemes::draw(buf, area, s),
        ViewScreen::Preview(p) => {
            preview::draw(buf, area, p);
            0
        }
    };
    (None, rows)
}

/// What a view's key does: the view moves its own selection and says what else is to
/// happen (`ViewMsg::NotMine` when the key is not the view's own: tabs, undo, help ... are
/// shared with the rest of the UI).
pub fn command(cx: &Ctx, nav: &mut Nav, kind: ViewKind, command: Command) -> ViewMsg {
    let width = cx.layout.body.width;
    match kind {
        ViewKind::Map => map::command(cx, nav, command),
        ViewKind::Swot => swot::command(cx, nav, command),
        ViewKind::Coverage => coverage::command(cx, nav, command),
        ViewKind::Timeline => timeline::command(cx, nav, command),
        ViewKind::Budget => match command {
            Command::SwitchScheme => ViewMsg::AskScheme,
            other => {
                let n = budget::lines(cx.appraisal, width, cx.messages).len();
                scroll(cx, nav, other, n)
            }
        },
        ViewKind::Viability => {
            let n = viability::lines(cx.study, cx.appraisal, width, cx.messages).len();
            scroll(cx, nav, command, n)
        }
        ViewKind::Findings => findings::command(cx, nav, command),
        ViewKind::Schemes => schemes::command(cx, nav, command),
        ViewKind::Preview => preview::command(cx, nav, command),
    }
}

/// The scheme the schemes view has selected: its figures, then each reason (for F2).
pub fn selected_scheme(cx: &Ctx, nav: &Nav) -> Vec<String> {
    schemes::reasons(cx, nav)
}

/// Where scheme `id` is in the schemes view's list, once the list is made.
pub fn scheme_position(cx: &Ctx, id: &str) -> Option<usize> {
    schemes::position(cx, id)
}

/// The finding the findings view has selected, in full (for F2).
pub fn selected_finding(cx: &Ctx, nav: &Nav) -> Option<String> {
    Some(findings::build(cx, nav).detail).filter(|d| !d.is_empty())
}

/// The strip of the current section: the budget in the action plan, the viability and
/// cost of the CFC; empty elsewhere.
pub fn strip(cx: &Ctx, nav: &Nav, width: u16) -> Vec<(String, Tone)> {
    // What typing would give, as last worked out for this field; marked as updating when
    // the text has changed since (the keys have not paused yet).
    let typed = cx
        .typed
        .filter(|t| t.is_for_field(cx))
        .and_then(|t| Some((t.appraisal.as_ref()?, t.is_for(cx))));
    let (appraisal, typed) = match typed {
        Some((a, fresh)) => (Ok(a), Some(fresh)),
        None => (cx.appraisal.as_ref(), None),
    };
    match nav.def().section {
        Section::ActionPlan => budget::strip(appraisal, typed, usize::from(width), cx.messages),
        Section::Cfc if cx.study.cfc.is_some() => {
            viability::strip(appraisal, typed, usize::from(width), cx.messages)
        }
        _ => Vec::new(),
    }
}

/// Whether `tentative` has figures to work out: a one-line field of the action plan or
/// the CFC is being typed in.
pub fn tentative_due(cx: &Ctx, nav: &Nav) -> bool {
    let Some(e) = cx.editing else {
        return false;
    };
    let in_figures = nav
        .defs
        .get(e.place.section)
        .is_some_and(|d| matches!(d.section, Section::ActionPlan | Section::Cfc));
    in_figures && e.text_editor().is_some_and(|t| !t.is_multiline()) && e.draft_entry().is_some()
}

/// The appraisal the value being typed would give, when a one-line field of the action
/// plan or the CFC holds a value that parses and changes the figures. Computed by the
/// engine on a copy of the study; nothing is kept or saved. None when nothing is being
/// typed there.
pub fn tentative(cx: &Ctx, nav: &Nav) -> Option<Tentative> {
    let e = cx.editing?;
    let section = nav.defs.get(e.place.section)?.section;
    if e.text_editor()?.is_multiline() || !matches!(section, Section::ActionPlan | Section::Cfc) {
        return None;
    }
    let text = e.draft_entry()?.text;
    let field = nav.field_def(&e.place)?;
    let mut study = cx.study.clone();
    let appraisal = field
        .ops
        .apply(&mut study, &e.place.at, Answer::Text(text.clone()))
        .ok()
        .and_then(|()| appraisal_of(&study, cx.workspace).ok())
        // Typing a title changes no figure: nothing to mark.
        .filter(|a| cx.appraisal.as_ref().ok() != Some(a));
    Some(Tentative {
        revision: cx.revision,
        place: e.place.clone(),
        text,
        appraisal,
    })
}

/// The study's appraisal under its own scheme, or why there is none.
pub fn appraisal_of(study: &Study, workspace: &Assets) -> Result<Appraisal, Said> {
    let catalog = workspace.catalog().map_err(|e| {
        crate::phrase!(
            "the scheme rules cannot be read: {error}",
            error = e.to_string()
        )
    })?;
    let id = study.meta.scheme.trim();
    let known = || catalog.ids().join(", ");
    if id.is_empty() {
        return Err(crate::phrase!(
            "The study names no scheme yet (Study › Scheme): choose one of {known}.",
            known = known()
        )
        .into());
    }
    let scheme = catalog.get(id).ok_or_else(|| {
        crate::phrase!(
            "'{id}' is not a scheme cdstudy knows (Study › Scheme): choose one of {known}.",
            id,
            known = known()
        )
    })?;
    let mut appraisal = appraise(study, scheme);
    // The budget view prints the tables apportioned as the documents do; its rules quote them.
    crate::render::word_rules_as_tables_print(study, &mut appraisal.financing);
    Ok(appraisal)
}

/// Whether the current view draws the open editor itself (SWOT edits in place).
pub fn edits_inline(cx: &Ctx, nav: &Nav) -> bool {
    nav.view_kind() == Some(ViewKind::Swot) && swot::editing_here(cx, nav).is_some()
}

/// The width a text area is drawn at when a view edits in place.
pub fn inline_width(cx: &Ctx, nav: &Nav) -> Option<u16> {
    if !edits_inline(cx, nav) {
        return None;
    }
    swot::editor_width(cx, nav)
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

fn scrolled(nav: &Nav, lines: Vec<Line>, area: Rect) -> Lines {
    let room = usize::from(area.height).max(1);
    let scroll = nav
        .part_state()
        .scroll
        .min(lines.len().saturating_sub(room));
    Lines { lines, scroll }
}

/// Scrolling keys for a view of `n` lines; false for other keys.
fn scroll(cx: &Ctx, nav: &mut Nav, command: Command, n: usize) -> ViewMsg {
    let page = usize::from(cx.layout.body.height).max(1);
    let last = n.saturating_sub(page);
    let s = nav.part_state().scroll.min(last);
    let to = match command {
        Command::Up => s.saturating_sub(1),
        Command::Down => (s + 1).min(last),
        Command::PageUp => s.saturating_sub(page.saturating_sub(1).max(1)),
        Command::PageDown => (s + page.saturating_sub(1).max(1)).min(last),
        Command::Top => 0,
        Command::Bottom => last,
        _ => return ViewMsg::NotMine,
    };
    nav.part_state_mut().scroll = to;
    ViewMsg::Done
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
fn list_part(nav: &Nav, study: &Study, kind: ItemKind) -> Option<(usize, usize)> {
    let path = kind.list_path();
    nav.defs.iter().enumerate().find_map(|(si, def)| {
        def.parts
            .iter()
            .enumerate()
            .find_map(|(pi, part)| match part {
                Part::List(l) if l.parent.is_none() && l.ops.list_path(study, &[]) == path => {
                    Some((si, pi))
                }
                _ => None,
            })
    })
}

/// The place of field 0 of item `index` of the list holding `kind`.
fn item_place(nav: &Nav, study: &Study, kind: ItemKind, index: usize) -> Option<Place> {
    let (section, part) = list_part(nav, study, kind)?;
    Some(Place {
        section,
        part,
        at: vec![index],
        field: Some(0),
    })
}

/// The selected item of the list holding `kind` (views share it with the list's tab).
fn selected_in(nav: &Nav, study: &Study, kind: ItemKind) -> usize {
    list_part(nav, study, kind)
        .map(|(s, p)| nav.sections[s].parts[p].item)
        .unwrap_or(0)
}

fn select_in(nav: &mut Nav, study: &Study, kind: ItemKind, index: usize) {
    if let Some((s, p)) = list_part(nav, study, kind) {
        nav.select(s, p, index);
    }
}

/// Moves a selection of `len` rows by an Up/Down/Page/Top/Bottom command, a page being
/// `page` rows; `None` for other commands.
fn moved(selected: usize, len: usize, command: Command, page: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    let s = selected.min(last);
    let page = page.max(1);
    Some(match command {
        Command::Up => s.saturating_sub(1),
        Command::Down => (s + 1).min(last),
        Command::PageUp => s.saturating_sub(page),
        Command::PageDown => (s + page).min(last),
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
