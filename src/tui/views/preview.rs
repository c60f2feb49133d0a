//! The preview of the study's DSR or DPR: the Markdown that `cdstudy render --format md`
//! writes, made from the study as it is now (again after each edit), wrapped to the
//! screen; tables are not wrapped but move sideways with ←→. `o` shows the other
//! document, `r` writes the one shown to a file beside the study.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::render::{DocKind, Document};

use super::{dim, plain, scroll_marks};
use super::{Ctx, ViewMsg};
use crate::tui::keys::Command;
use crate::tui::nav::Nav;
use crate::tui::view::{put, wrap};

/// The document the preview shows, made from the study at `revision`.
pub struct Preview {
    pub doc: DocKind,
    pub revision: u64,
    pub result: Result<Document, String>,
    /// Where it was last written, this session.
    pub written: Option<PathBuf>,
}

/// How far ← and → move a table.
const SHIFT: usize = 8;

pub struct PreviewView {
    /// What is shown and where it was last written; `Err` when it could not be made.
    pub heading: Result<String, String>,
    pub lines: Vec<(String, Style)>,
    pub scroll: usize,
}

fn is_table(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// The document's lines as the screen shows them at `width`: prose wrapped, tables cut
/// `shift` cells in from their left.
fn screen_lines(markdown: &str, width: usize, shift: usize) -> Vec<(String, Style)> {
    let mut out = Vec::new();
    for line in markdown.lines() {
        if is_table(line) {
            let shifted: String = line.graphemes(true).skip(shift).collect();
            out.push((shifted, plain()));
            continue;
        }
        let style = if line.starts_with('#') {
            Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD)
        } else {
            plain()
        };
        if line.width() <= width {
            out.push((line.to_string(), style));
        } else {
            let rows = wrap(line, width.max(1), usize::MAX);
            out.extend(rows.into_iter().map(|r| (r, style)));
        }
    }
    out
}

pub fn build(cx: &Ctx, nav: &Nav, width: u16) -> PreviewView {
    let state = nav.part_state();
    let Some(preview) = cx.preview.filter(|p| p.doc == cx.preview_doc) else {
        return PreviewView {
            heading: Ok(cx.messages.phrase(&crate::phrase!(
                "{doc}: being made…",
                doc = crate::phrase::word(cx.preview_doc.label())
            ))),
            lines: Vec::new(),
            scroll: 0,
        };
    };
    match &preview.result {
        Ok(doc) => {
            let lines = screen_lines(&doc.markdown, usize::from(width), state.shift);
            let written = match &preview.written {
                Some(path) => cx.messages.phrase(&crate::phrase!(
                    " · written to {path}",
                    path = path.display().to_string()
                )),
                None => String::new(),
            };
            PreviewView {
                heading: Ok(cx.messages.phrase(&crate::phrase!(
                    "{doc} · {template} · {lines} lines{written}",
                    doc = preview.doc.word().to_uppercase(),
                    template = &doc.template,
                    lines = doc.markdown.lines().count(),
                    written
                ))),
                scroll: state.scroll.min(lines.len().saturating_sub(1)),
                lines,
            }
        }
        Err(e) => PreviewView {
            heading: Err(cx.messages.phrase(&crate::phrase!(
                "The {doc} cannot be made: {e}",
                doc = crate::phrase::word(preview.doc.label()),
                e = e.to_string()
            ))),
            lines: Vec::new(),
            scroll: 0,
        },
    }
}

pub fn command(cx: &Ctx, nav: &mut Nav, command: Command) -> ViewMsg {
    let area = cx.layout.body;
    let page = usize::from(area.height.saturating_sub(1)).max(1);
    let n = build(cx, nav, area.width).lines.len();
    let last = n.saturating_sub(page);
    let state = nav.part_state_mut();
    let s = state.scroll.min(last);
    match command {
        Command::OtherDocument => {
            state.scroll = 0;
            state.shift = 0;
            return ViewMsg::ShowDocument(match cx.preview_doc {
                DocKind::Dsr => DocKind::Dpr,
                DocKind::Dpr => DocKind::Dsr,
            });
        }
        Command::Render => return ViewMsg::AskRender,
        Command::Left => state.shift = state.shift.saturating_sub(SHIFT),
        Command::Right => state.shift += SHIFT,
        Command::Up => state.scroll = s.saturating_sub(1),
        Command::Down => state.scroll = (s + 1).min(last),
        Command::PageUp => state.scroll = s.saturating_sub(page.saturating_sub(1).max(1)),
        Command::PageDown => state.scroll = (s + page.saturating_sub(1).max(1)).min(last),
        Command::Top => state.scroll = 0,
        Command::Bottom => state.scroll = last,
        _ => return ViewMsg::NotMine,
    }
    ViewMsg::Done
}

pub fn draw(buf: &mut Buffer, area: Rect, p: &PreviewView) {
    if area.height < 2 {
        return;
    }
    let (heading, style) = match &p.heading {
        Ok(h) => (h.as_str(), dim().add_modifier(Modifier::BOLD)),
        Err(e) => (
            e.as_str(),
            Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        ),
    };
    put(buf, area.x, area.y, heading, area.width, style);
    let body = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
    for (i, (line, style)) in p
        .lines
        .iter()
        .skip(p.scroll)
        .take(usize::from(body.height))
        .enumerate()
    {
        put(buf, body.x, body.y + i as u16, line, body.width, *style);
    }
    scroll_marks(buf, body, p.scroll, p.lines.len());
}
