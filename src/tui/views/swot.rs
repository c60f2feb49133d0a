//! The SWOT grid: the four quadrants together, 2×2 where the screen is wide enough
//! (inside the cluster on top, outside below), stacked where it is not. Each quadrant
//! scrolls on its own; Enter edits the selected entry where it stands, `a` adds one.
//!
//! A quadrant is the list on its own tab seen from here: the selection is shared, and
//! adding, editing and deleting go through the same list and fields.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use crate::model::{ItemKind, Study, SwotItem};

use super::{dim, first_shown, list_part, moved, plain, select_in, selected_in};
use super::{Ctx, ViewMsg};
use crate::tui::editor::EditKind;
use crate::tui::input::TextEditor;
use crate::tui::keys::Command;
use crate::tui::message::Tone;
use crate::tui::nav::Nav;
use crate::tui::sections::Place;
use crate::tui::view::{fill, put, wrap};

const KINDS: [ItemKind; 4] = [
    ItemKind::Strength,
    ItemKind::Weakness,
    ItemKind::Opportunity,
    ItemKind::Threat,
];
const TITLES: [&str; 4] = ["Strengths", "Weaknesses", "Opportunities", "Threats"];
const COLOURS: [Color; 4] = [Color::Green, Color::Red, Color::Cyan, Color::Magenta];
/// A quadrant needs this many columns to stand beside another.
const SIDE_BY_SIDE: u16 = 34;

pub struct Quadrant {
    pub title: String,
    pub colour: Color,
    /// (id, text) of each entry.
    pub rows: Vec<(String, String)>,
    pub selected: usize,
    /// What an empty quadrant says.
    pub empty: String,
}

pub struct GridView {
    pub quadrants: Vec<Quadrant>,
    pub current: usize,
    /// An entry being edited here: its quadrant, the editor's title, the editor, a refusal.
    pub editor: Option<(usize, String, TextEditor, Option<String>)>,
    /// The selected entry in full: its text and evidence.
    pub detail: String,
}

fn entries(study: &Study, q: usize) -> &Vec<SwotItem> {
    let swot = &study.swot;
    match q {
        0 => &swot.strengths,
        1 => &swot.weaknesses,
        2 => &swot.opportunities,
        _ => &swot.threats,
    }
}

fn current(cx: &Ctx, nav: &Nav) -> usize {
    match editing_here(cx, nav) {
        Some(q) => q,
        None => nav.part_state().cell.min(3),
    }
}

/// The quadrant whose entry is being edited, if any.
pub fn editing_here(cx: &Ctx, nav: &Nav) -> Option<usize> {
    let e = cx.editing?;
    if !matches!(e.kind, EditKind::Text(_)) {
        return None;
    }
    (0..4).find(|&q| list_part(nav, cx.study, KINDS[q]) == Some((e.place.section, e.place.part)))
}

/// Where the quadrants and the detail go in `area`; the current quadrant gets the spare
/// rows when they are stacked.
fn layout(area: Rect, current: usize) -> ([Rect; 4], Rect) {
    let detail_h = if area.height >= 30 { 4 } else { 2 }.min(area.height / 4);
    let grid = Rect::new(area.x, area.y, area.width, area.height - detail_h);
    let detail = Rect::new(area.x, grid.bottom(), area.width, detail_h);
    // Two quadrants and the divider between them.
    if area.width > SIDE_BY_SIDE * 2 {
        let lw = (grid.width - 1) / 2;
        let rw = grid.width - lw - 1;
        let th = grid.height / 2;
        let bh = grid.height - th;
        let (l, r) = (grid.x, grid.x + lw + 1);
        let quads = [
            Rect::new(l, grid.y, lw, th),
            Rect::new(r, grid.y, rw, th),
            Rect::new(l, grid.y + th, lw, bh),
            Rect::new(r, grid.y + th, rw, bh),
        ];
        return (quads, detail);
    }
    let base = grid.height / 4;
    let mut y = grid.y;
    let mut quads = [Rect::default(); 4];
    for (q, rect) in quads.iter_mut().enumerate() {
        let h = if q == current {
            grid.height - 3 * base
        } else {
            base
        };
        *rect = Rect::new(grid.x, y, grid.width, h);
        y += h;
    }
    (quads, detail)
}

/// The width of the text area of an entry edited in place.
pub fn editor_width(cx: &Ctx, nav: &Nav) -> Option<u16> {
    let q = editing_here(cx, nav)?;
    let (quads, _) = layout(cx.layout.body, q);
    Some(quads[q].width.saturating_sub(2).max(4))
}

pub fn build(cx: &Ctx, nav: &Nav, _area: Rect) -> GridView {
    let current = current(cx, nav);
    let quadrants = (0..4)
        .map(|q| Quadrant {
            title: format!(
                "{} ({})",
                cx.messages.label(TITLES[q]),
                entries(cx.study, q).len()
            ),
            colour: COLOURS[q],
            rows: entries(cx.study, q)
                .iter()
                .map(|x| (x.id.to_string(), x.text.replace('\n', " ")))
                .collect(),
            selected: selected_in(nav, cx.study, KINDS[q]),
            empty: cx.messages.label("none yet (a adds one)").into_owned(),
        })
        .collect();
    let editor = editing_here(cx, nav).and_then(|q| {
        let e = cx.editing?;
        let EditKind::Text(t) = &e.kind else {
            return None;
        };
        let title = cx.messages.phrase(&crate::phrase!(
            "{label} — Esc keeps it",
            label = e.title.clone()
        ));
        Some((q, title, t.clone(), e.error.clone()))
    });
    let detail = entries(cx.study, current)
        .get(selected_in(nav, cx.study, KINDS[current]))
        .map(|x| {
            let evidence = if x.evidence.trim().is_empty() {
                cx.messages.label("no evidence yet").into_owned()
            } else {
                x.evidence.replace('\n', " ")
            };
            cx.messages.phrase(&crate::phrase!(
                "{id}  {text} — Evidence: {evidence}",
                id = &x.id,
                text = x.text.replace('\n', " "),
                evidence
            ))
        })
        .unwrap_or_default();
    GridView {
        quadrants,
        current,
        editor,
        detail,
    }
}

pub fn command(cx: &Ctx, nav: &mut Nav, command: Command) -> ViewMsg {
    let q = current(cx, nav);
    let Some((section, part)) = list_part(nav, cx.study, KINDS[q]) else {
        return ViewMsg::NotMine;
    };
    let len = entries(cx.study, q).len();
    let row = selected_in(nav, cx.study, KINDS[q]).min(len.saturating_sub(1));
    match command {
        Command::Left => nav.part_state_mut().cell = (q + 3) % 4,
        Command::Right => nav.part_state_mut().cell = (q + 1) % 4,
        // An entry is edited in place, in its quadrant.
        Command::Open if len > 0 => {
            return ViewMsg::Edit(Place {
                section,
                part,
                at: vec![row],
                field: Some(0),
            })
        }
        Command::Open => {
            let noun = cx.messages.label(TITLES[q]).to_lowercase();
            let text = cx
                .messages
                .with("status-no-swot-yet", &[("noun", noun.into())]);
            return ViewMsg::Say(Tone::Info, text);
        }
        Command::Add => {
            return ViewMsg::Add {
                section,
                part,
                open: false,
            }
        }
        Command::Delete if len > 0 => {
            return ViewMsg::Delete {
                section,
                part,
                at: vec![row],
            }
        }
        Command::Delete => {}
        other => match moved(row, len, other, cx.layout.view_page()) {
            Some(to) => select_in(nav, cx.study, KINDS[q], to),
            None => return ViewMsg::NotMine,
        },
    }
    ViewMsg::Done
}

/// Draws the grid; returns the cursor of an entry edited in place, and how many entries
/// of the current quadrant are shown.
pub fn draw(buf: &mut Buffer, area: Rect, g: &GridView) -> (Option<(u16, u16)>, usize) {
    if area.height < 6 {
        return (None, 0);
    }
    let (quads, detail) = layout(area, g.current);
    let mut cursor = None;
    let mut shown = 0;
    for (q, rect) in quads.iter().enumerate() {
        let quadrant = &g.quadrants[q];
        let editor = g.editor.as_ref().filter(|(eq, ..)| *eq == q);
        let (at, rows) = draw_quadrant(buf, *rect, quadrant, q == g.current, editor);
        cursor = at.or(cursor);
        if q == g.current {
            shown = rows;
        }
    }
    if quads[0].x != quads[1].x {
        // The divider between the columns.
        for y in quads[0].y..quads[2].bottom() {
            put(buf, quads[0].right(), y, "│", 1, dim());
        }
    }
    for (i, line) in wrap(
        &g.detail,
        usize::from(detail.width),
        usize::from(detail.height),
    )
    .iter()
    .enumerate()
    {
        put(
            buf,
            detail.x,
            detail.y + i as u16,
            line,
            detail.width,
            Style::default().fg(Color::Cyan),
        );
    }
    (cursor, shown)
}

fn draw_quadrant(
    buf: &mut Buffer,
    rect: Rect,
    quadrant: &Quadrant,
    current: bool,
    editor: Option<&(usize, String, TextEditor, Option<String>)>,
) -> (Option<(u16, u16)>, usize) {
    if rect.height == 0 {
        return (None, 0);
    }
    let head = Style::default()
        .fg(quadrant.colour)
        .add_modifier(Modifier::BOLD);
    let head = if current {
        head.add_modifier(Modifier::REVERSED)
    } else {
        head
    };
    let body = Rect::new(rect.x, rect.y + 1, rect.width, rect.height - 1);
    if let Some((_, label, text, error)) = editor {
        put(buf, rect.x, rect.y, &format!(" {label} "), rect.width, head);
        let style = Style::default().bg(Color::DarkGray).fg(Color::White);
        fill(buf, body, style);
        let text_h = body
            .height
            .saturating_sub(u16::from(error.is_some()))
            .max(1);
        let (rows, (cx, cy)) = text.view(body.width.saturating_sub(2).max(4), text_h);
        for (i, row) in rows.iter().enumerate() {
            put(
                buf,
                body.x + 1,
                body.y + i as u16,
                row,
                body.width - 1,
                style,
            );
        }
        if let Some(e) = error {
            put(
                buf,
                body.x,
                body.bottom() - 1,
                &format!("✗ {e}"),
                body.width,
                Style::default().fg(Color::Red).bg(Color::DarkGray),
            );
        }
        return (
            Some((
                body.x + 1 + cx.min(body.width.saturating_sub(2)),
                body.y + cy,
            )),
            0,
        );
    }
    put(
        buf,
        rect.x,
        rect.y,
        &format!(" {} ", quadrant.title),
        rect.width,
        head,
    );
    let room = usize::from(body.height);
    if quadrant.rows.is_empty() {
        if room > 0 {
            put(buf, body.x + 1, body.y, &quadrant.empty, body.width, dim());
        }
        return (None, 0);
    }
    // Entries take up to three lines each where the quadrant has the room for all.
    let len = quadrant.rows.len();
    let per = (room / len).clamp(1, 3);
    let shown = (room / per).max(1);
    let selected = quadrant.selected.min(len - 1);
    let first = first_shown(selected, len, shown);
    // The last column is kept for the scroll marks.
    let text_w = body.width.saturating_sub(2);
    let mut y = body.y;
    let id_w = quadrant
        .rows
        .iter()
        .map(|(id, _)| id.len())
        .max()
        .unwrap_or(0)
        + 2;
    for (i, (id, text)) in quadrant.rows.iter().enumerate().skip(first).take(shown) {
        let on = i == selected;
        let style = match (on, current) {
            (true, true) => Style::default().add_modifier(Modifier::REVERSED),
            (true, false) => Style::default().add_modifier(Modifier::BOLD),
            _ => plain(),
        };
        // The text hangs beside the id.
        let lines = wrap(text, usize::from(text_w).saturating_sub(id_w).max(8), per);
        for (k, line) in lines.iter().enumerate() {
            if y >= body.bottom() {
                break;
            }
            fill(buf, Rect::new(body.x, y, body.width, 1), style);
            let pointer = if on && k == 0 { "›" } else { " " };
            put(buf, body.x, y, pointer, 1, style);
            let lead = if k == 0 { id.as_str() } else { "" };
            put(
                buf,
                body.x + 1,
                y,
                &format!("{lead:<id_w$}{line}"),
                text_w,
                style,
            );
            y += 1;
        }
    }
    if first + shown < len {
        put(buf, rect.right() - 1, body.bottom() - 1, "▼", 1, dim());
    }
    if first > 0 {
        put(buf, rect.right() - 1, body.y, "▲", 1, dim());
    }
    (None, shown)
}
