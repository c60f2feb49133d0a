//! Bottlenecks and themes together: a row per bottleneck, a column per theme, a mark
//! where the theme addresses it; the bottlenecks no theme addresses stand out, and so do
//! themes that address none. Enter opens the bottleneck.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use crate::model::{ItemKind, Severity as Weight};

use super::{bold, cell, dim, first_shown, item_place, moved, plain, weight_style};
use super::{Ctx, ViewMsg};
use crate::tui::keys::Command;
use crate::tui::message::Tone;
use crate::tui::nav::Nav;
use crate::tui::view::{fill, put, wrap};

/// A theme's column.
const COLUMN: usize = 5;

pub struct Row {
    pub id: String,
    pub title: String,
    pub weight: Option<Weight>,
    /// The severity in words ("?" when not given).
    pub weight_word: String,
    /// Per theme, whether it addresses this bottleneck.
    pub by: Vec<bool>,
}

pub struct CoverageView {
    pub themes: Vec<(String, String)>,
    pub rows: Vec<Row>,
    pub selected: usize,
    pub summary: (String, Tone),
    /// Themes that address no bottleneck.
    pub idle: Vec<String>,
    /// The column headings: id, weight, bottleneck, themes (in a list).
    pub heads: [String; 4],
    /// The mark of a bottleneck no theme addresses.
    pub no_theme: String,
    /// What addresses the selected bottleneck, in words.
    pub about: Option<String>,
    /// The line naming the themes that address no bottleneck.
    pub idle_line: String,
}

pub fn build(cx: &Ctx, nav: &Nav) -> CoverageView {
    let study = cx.study;
    let themes: Vec<(String, String)> = study
        .themes
        .iter()
        .map(|t| (t.id.to_string(), t.title.clone()))
        .collect();
    let rows: Vec<Row> = study
        .bottlenecks
        .iter()
        .map(|b| Row {
            id: b.id.to_string(),
            title: b.title.clone(),
            weight: b.severity,
            weight_word: b
                .severity
                .map(|w| cx.messages.label(w.label()).into_owned())
                .unwrap_or_else(|| "?".to_string()),
            by: study
                .themes
                .iter()
                .map(|t| t.addresses.contains(&b.id))
                .collect(),
        })
        .collect();
    let open: Vec<&str> = rows
        .iter()
        .filter(|r| !r.by.contains(&true))
        .map(|r| r.id.as_str())
        .collect();
    let summary = if rows.is_empty() {
        (
            cx.messages.label("No bottlenecks yet.").into_owned(),
            Tone::Warn,
        )
    } else if open.is_empty() {
        (
            cx.messages.phrase(&crate::phrase!(
                "✓ Each of the {n} bottlenecks is addressed by a theme.",
                n = rows.len()
            )),
            Tone::Info,
        )
    } else {
        (
            cx.messages.phrase(&crate::phrase!(
                "✗ {open} of {n} bottlenecks addressed by no theme: {ids}",
                open = open.len(),
                n = rows.len(),
                ids = open.join(", ")
            )),
            Tone::Warn,
        )
    };
    let idle: Vec<String> = study
        .themes
        .iter()
        .filter(|t| {
            !study
                .bottlenecks
                .iter()
                .any(|b| t.addresses.contains(&b.id))
        })
        .map(|t| t.id.to_string())
        .collect();
    let selected = nav.part_state().item.min(rows.len().saturating_sub(1));
    let about = rows.get(selected).map(|row| {
        let names: Vec<String> = themes
            .iter()
            .zip(&row.by)
            .filter(|(_, &b)| b)
            .map(|((id, title), _)| format!("{id} {title}"))
            .collect();
        cx.messages.phrase(&if names.is_empty() {
            crate::phrase!(
                "{id}: no theme addresses it (a theme's Addresses field picks it).",
                id = &row.id
            )
        } else {
            crate::phrase!(
                "{id} is addressed by {names}",
                id = &row.id,
                names = names.join("; ")
            )
        })
    });
    let idle_line = cx.messages.phrase(&crate::phrase!(
        "Themes that address no bottleneck: {ids}",
        ids = idle.join(", ")
    ));
    CoverageView {
        themes,
        selected,
        about,
        idle_line,
        rows,
        summary,
        idle,
        heads: ["id", "weight", "bottleneck", "themes"].map(|h| cx.messages.label(h).into_owned()),
        no_theme: cx.messages.label("no theme").into_owned(),
    }
}

pub fn command(cx: &Ctx, nav: &mut Nav, command: Command) -> ViewMsg {
    let n = cx.study.bottlenecks.len();
    let row = nav.part_state().item.min(n.saturating_sub(1));
    match command {
        Command::Open if n > 0 => {
            if let Some(place) = item_place(nav, cx.study, ItemKind::Bottleneck, row) {
                return ViewMsg::Open(place);
            }
        }
        Command::Open => {}
        other => match moved(row, n, other, cx.layout.view_page()) {
            Some(to) => nav.part_state_mut().item = to,
            None => return ViewMsg::NotMine,
        },
    }
    ViewMsg::Done
}

/// Draws the view; returns how many rows of its list are shown.
pub fn draw(buf: &mut Buffer, area: Rect, c: &CoverageView) -> usize {
    if area.height < 4 {
        return 0;
    }
    let tone = match c.summary.1 {
        Tone::Info => Style::default().fg(Color::Green),
        _ => Style::default()
            .fg(Color::Yellow)
            .add_modifier(Modifier::BOLD),
    };
    put(buf, area.x, area.y, &c.summary.0, area.width, tone);
    let w = usize::from(area.width);
    // A column per theme while they leave the titles half the width; else a list.
    let matrix = c.themes.len() * COLUMN <= w / 2;
    let marks_w = if matrix {
        c.themes.len() * COLUMN
    } else {
        w / 3
    };
    // The row: pointer, id, weight, then the title up to the marks.
    let title_w = w.saturating_sub(marks_w + 16);
    let hy = area.y + 1;
    put(buf, area.x + 2, hy, &c.heads[0], 5, dim());
    put(buf, area.x + 8, hy, &c.heads[1], 7, dim());
    put(buf, area.x + 15, hy, &c.heads[2], title_w as u16, dim());
    let mx = area.x + 15 + title_w as u16;
    let themes = if matrix {
        c.themes
            .iter()
            .map(|(id, _)| cell(id, COLUMN, true))
            .collect()
    } else {
        cell(&c.heads[3], marks_w, true)
    };
    put(
        buf,
        mx,
        hy,
        &themes,
        area.right().saturating_sub(mx),
        bold(),
    );
    // Two lines at the bottom: the selected bottleneck's themes in words, idle themes.
    let bottom = 2u16;
    let room = usize::from(area.height.saturating_sub(2 + bottom));
    let first = first_shown(c.selected, c.rows.len(), room);
    for (i, row) in c.rows.iter().enumerate().skip(first).take(room) {
        let y = area.y + 2 + (i - first) as u16;
        let on = i == c.selected;
        let open = !row.by.contains(&true);
        let base = if open {
            Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD)
        } else {
            plain()
        };
        let style = if on {
            base.add_modifier(Modifier::REVERSED)
        } else {
            base
        };
        fill(buf, Rect::new(area.x, y, area.width, 1), style);
        put(buf, area.x, y, if on { "›" } else { " " }, 1, style);
        put(buf, area.x + 2, y, &cell(&row.id, 5, false), 6, style);
        put(
            buf,
            area.x + 8,
            y,
            &cell(&row.weight_word, 6, false),
            7,
            weight_style(row.weight).patch(if on {
                Style::default().add_modifier(Modifier::REVERSED)
            } else {
                Style::default()
            }),
        );
        put(buf, area.x + 15, y, &row.title, title_w as u16, style);
        let marks = if open {
            c.no_theme.clone()
        } else if matrix {
            row.by
                .iter()
                .map(|&b| cell(if b { "●" } else { "·" }, COLUMN, true))
                .collect()
        } else {
            c.themes
                .iter()
                .zip(&row.by)
                .filter(|(_, &b)| b)
                .map(|((id, _), _)| id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let marks = if open {
            cell(&marks, marks_w, true)
        } else {
            marks
        };
        put(buf, mx, y, &marks, area.right().saturating_sub(mx), style);
    }
    let by_y = area.bottom() - bottom;
    if let Some(text) = &c.about {
        let lines = wrap(text, w, if c.idle.is_empty() { 2 } else { 1 });
        for (i, line) in lines.iter().enumerate() {
            put(
                buf,
                area.x,
                by_y + i as u16,
                line,
                area.width,
                Style::default().fg(Color::Cyan),
            );
        }
    }
    if !c.idle.is_empty() {
        put(
            buf,
            area.x,
            area.bottom() - 1,
            &c.idle_line,
            area.width,
            Style::default().fg(Color::Yellow),
        );
    }
    room
}
