//! The value-chain map: the stages as boxes joined by arrows from raw material to market,
//! wrapping onto further rows on a narrow screen; each box names the stage's actors and
//! the count and highest severity of the bottlenecks tied to it. Below the map, the
//! selected stage's bottlenecks (Enter opens one) and what the stage adds and loses.
//!
//! The selected stage is the one selected on the Stages tab, so the two agree.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use crate::model::{Id, ItemKind, Severity as Weight, Study};

use super::{
    bold, dim, first_shown, highest, item_place, moved, plain, select_in, selected_in, weight_style,
};
use super::{Ctx, ViewMsg};
use crate::tui::keys::Command;
use crate::tui::nav::Nav;
use crate::tui::view::{fill, put, wrap};

pub struct StageBox {
    pub id: String,
    pub name: String,
    pub actors: Vec<String>,
    pub bottlenecks: usize,
    pub worst: Option<Weight>,
    /// The highest severity in words, in lower case.
    pub worst_word: String,
}

/// The map's fixed words, in the screen's language.
pub struct MapWords {
    /// No stages at all.
    pub empty: String,
    /// A stage without actors.
    pub no_actors: String,
    /// A stage without bottlenecks.
    pub none: String,
    /// The selected stage has no bottleneck.
    pub untied: String,
    /// "actors", after a count.
    pub actors: String,
    /// "Tied to no stage", before the bottlenecks so tied.
    pub unplaced: String,
}

pub struct MapView {
    pub stages: Vec<StageBox>,
    pub selected: usize,
    /// The selected stage's bottlenecks: (row, severity).
    pub rows: Vec<(String, Option<Weight>)>,
    pub row: usize,
    /// Under the bottlenecks, as room allows: actors, value added and lost, links.
    pub about: Vec<String>,
    /// Bottlenecks tied to no stage (or to one that is gone).
    pub unplaced: Vec<String>,
    pub words: MapWords,
}

/// The bottlenecks tied to stage `id`, as (index in the study, id, title, severity).
fn tied(study: &Study, id: &Id) -> Vec<usize> {
    study
        .bottlenecks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.stage.as_ref() == Some(id))
        .map(|(i, _)| i)
        .collect()
}

pub fn build(cx: &Ctx, nav: &Nav) -> MapView {
    let study = cx.study;
    let chain = &study.value_chain;
    let selected =
        selected_in(nav, study, ItemKind::Stage).min(chain.stages.len().saturating_sub(1));
    let stages = chain
        .stages
        .iter()
        .map(|s| {
            let ids = tied(study, &s.id);
            let worst = highest(ids.iter().map(|&i| study.bottlenecks[i].severity));
            StageBox {
                id: s.id.to_string(),
                name: s.name.clone(),
                actors: s.actors.clone(),
                bottlenecks: ids.len(),
                worst,
                worst_word: worst
                    .map(|w| cx.messages.label(w.label()).to_lowercase())
                    .unwrap_or_default(),
            }
        })
        .collect();
    let mut rows = Vec::new();
    let mut about = Vec::new();
    if let Some(stage) = chain.stages.get(selected) {
        let tied = tied(study, &stage.id);
        let id_w = tied
            .iter()
            .map(|&i| study.bottlenecks[i].id.as_str().len())
            .max()
            .unwrap_or(0);
        for i in tied {
            let b = &study.bottlenecks[i];
            let weight = b
                .severity
                .map(|w| cx.messages.label(w.label()))
                .unwrap_or("?".into());
            let id = b.id.as_str();
            let weight = super::cell(&weight, 6, false);
            rows.push((format!("{id:<id_w$}  {weight}  {}", b.title), b.severity));
        }
        let say = |p: crate::phrase::Phrase| cx.messages.phrase(&p);
        if !stage.actors.is_empty() {
            about.push(say(crate::phrase!(
                "Actors: {actors}",
                actors = stage.actors.join("; ")
            )));
        }
        if !stage.value_added.is_empty() {
            about.push(say(crate::phrase!(
                "Value added: {text}",
                text = &stage.value_added
            )));
        }
        if !stage.issues.is_empty() {
            about.push(say(crate::phrase!(
                "Value lost: {text}",
                text = &stage.issues
            )));
        }
        for link in chain
            .links
            .iter()
            .filter(|l| l.from == stage.id || l.to == stage.id)
        {
            about.push(say(crate::phrase!(
                "Link {from} → {to}: {note}",
                from = &link.from,
                to = &link.to,
                note = &link.note
            )));
        }
    }
    let known: Vec<&Id> = chain.stages.iter().map(|s| &s.id).collect();
    let unplaced = study
        .bottlenecks
        .iter()
        .filter(|b| b.stage.as_ref().is_none_or(|s| !known.contains(&s)))
        .map(|b| b.id.to_string())
        .collect();
    MapView {
        stages,
        selected,
        rows,
        row: nav.part_state().item,
        about,
        unplaced,
        words: MapWords {
            empty: cx
                .messages
                .label("No stages yet: a adds the first, from raw material to market.")
                .into_owned(),
            no_actors: cx.messages.label("no actors yet").into_owned(),
            actors: cx.messages.label("actors").into_owned(),
            unplaced: cx.messages.label("Tied to no stage").into_owned(),
            none: format!("✓ {}", cx.messages.label("none")),
            untied: cx
                .messages
                .label("No bottleneck is tied to this stage; Enter opens the stage.")
                .into_owned(),
        },
    }
}

pub fn command(cx: &Ctx, nav: &mut Nav, command: Command) -> ViewMsg {
    let stages = cx.study.value_chain.stages.len();
    let stage = selected_in(nav, cx.study, ItemKind::Stage).min(stages.saturating_sub(1));
    let ids = cx
        .study
        .value_chain
        .stages
        .get(stage)
        .map(|s| tied(cx.study, &s.id))
        .unwrap_or_default();
    match command {
        Command::Left | Command::Right if stages > 0 => {
            let to = if command == Command::Left {
                stage.saturating_sub(1)
            } else {
                (stage + 1).min(stages - 1)
            };
            select_in(nav, cx.study, ItemKind::Stage, to);
            nav.part_state_mut().item = 0;
        }
        // A new stage goes at the end of the chain, opened in its form to be named.
        Command::Add => {
            let Some((section, part)) = super::list_part(nav, cx.study, ItemKind::Stage) else {
                return ViewMsg::NotMine;
            };
            return ViewMsg::Add {
                section,
                part,
                open: true,
            };
        }
        Command::Open => {
            let row = nav.part_state().item.min(ids.len().saturating_sub(1));
            match ids.get(row) {
                Some(&b) => {
                    if let Some(place) = item_place(nav, cx.study, ItemKind::Bottleneck, b) {
                        return ViewMsg::Open(place);
                    }
                }
                // A stage without bottlenecks opens itself.
                None if stages > 0 => {
                    if let Some(place) = item_place(nav, cx.study, ItemKind::Stage, stage) {
                        return ViewMsg::Open(place);
                    }
                }
                None => {
                    return ViewMsg::Say(
                        crate::tui::message::Tone::Info,
                        cx.messages
                            .label("No stages yet: add them on the Stages tab (]).")
                            .into_owned(),
                    )
                }
            }
        }
        other => match moved(
            nav.part_state().item,
            ids.len(),
            other,
            cx.layout.view_page(),
        ) {
            Some(row) => nav.part_state_mut().item = row,
            None => return ViewMsg::NotMine,
        },
    }
    ViewMsg::Done
}

/// How the boxes fall on the screen: per row, box width.
struct Layout {
    per_row: usize,
    box_w: u16,
    box_h: u16,
}

/// Left of each row: room for the arrow coming in; right: for the arrow going on.
const LEFT: u16 = 2;
const RIGHT: u16 = 3;
const ARROW: u16 = 3;
const MIN_BOX: u16 = 14;
const MAX_BOX: u16 = 30;

/// As many boxes a row as fit, the rows evenly filled; the boxes as tall as the rows
/// leave room for (names and actors in full), keeping `detail` rows for the list below.
fn layout(n: usize, area: Rect, detail: u16) -> Layout {
    let room = area.width.saturating_sub(LEFT + RIGHT) + ARROW;
    let most = usize::from((room / (MIN_BOX + ARROW)).max(1));
    let rows = n.max(1).div_ceil(most);
    let per_row = n.max(1).div_ceil(rows);
    let box_w = ((room / per_row as u16).saturating_sub(ARROW)).clamp(MIN_BOX.min(room), MAX_BOX);
    // Each row of boxes but the last has a line under it for the arrow going on.
    let fit = (area.height.saturating_sub(detail) + 1) / rows as u16;
    Layout {
        per_row,
        box_w,
        box_h: fit.saturating_sub(1).clamp(6, 9),
    }
}

/// Draws the map; returns how many rows of its list of bottlenecks are shown.
pub fn draw(buf: &mut Buffer, area: Rect, m: &MapView) -> usize {
    if m.stages.is_empty() {
        let text = &m.words.empty;
        for (i, line) in wrap(text, usize::from(area.width), 2).iter().enumerate() {
            put(buf, area.x, area.y + i as u16, line, area.width, dim());
        }
        return 0;
    }
    // The list below takes what the map leaves, but never less than a few rows.
    let detail_min = if area.height >= 30 { 10 } else { 3 }.min(area.height / 3);
    let l = layout(m.stages.len(), area, detail_min);
    let band = l.box_h + 1;
    let rows = m.stages.len().div_ceil(l.per_row);
    let map_rows_room = usize::from((area.height.saturating_sub(detail_min) + 1) / band).max(1);
    let first_row = first_shown(m.selected / l.per_row, rows, map_rows_room);
    let shown_rows = rows.min(map_rows_room);
    // The last row shown needs no line under it.
    let map_h = (shown_rows as u16 * band - 1).min(area.height);
    for (r, row) in (first_row..first_row + shown_rows).enumerate() {
        let y = area.y + r as u16 * band;
        let stages = m
            .stages
            .iter()
            .enumerate()
            .skip(row * l.per_row)
            .take(l.per_row);
        let last_in_row = ((row + 1) * l.per_row).min(m.stages.len()) - 1;
        let continues = last_in_row + 1 < m.stages.len();
        for (k, (i, stage)) in stages.enumerate() {
            let x = area.x + LEFT + k as u16 * (l.box_w + ARROW);
            draw_box(buf, x, y, &l, stage, i == m.selected, &m.words);
            let arrow_y = y + 1;
            if i < last_in_row {
                put(buf, x + l.box_w, arrow_y, "──▶", ARROW, dim());
            } else if continues {
                // On to the next row: round the right edge and back along the gap.
                let ex = x + l.box_w;
                put(buf, ex, arrow_y, "──┐", 3, dim());
                for yy in arrow_y + 1..y + l.box_h {
                    put(buf, ex + 2, yy, "│", 1, dim());
                }
                let gap_y = y + l.box_h;
                if gap_y < area.bottom() && r + 1 < shown_rows {
                    let line = format!("┌{}┘", "─".repeat(usize::from(ex + 1 - area.x)));
                    put(buf, area.x, gap_y, &line, ex + 3 - area.x, dim());
                    put(buf, area.x, gap_y + 1, "│", 1, dim());
                    put(buf, area.x, gap_y + 2, "└▶", 2, dim());
                }
            }
        }
    }
    if first_row + shown_rows < rows {
        put(buf, area.right() - 1, area.y + map_h - 1, "▼", 1, dim());
    }
    if first_row > 0 {
        put(buf, area.right() - 1, area.y, "▲", 1, dim());
    }
    draw_detail(
        buf,
        Rect::new(area.x, area.y + map_h, area.width, area.height - map_h),
        m,
    )
}

fn draw_box(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    l: &Layout,
    s: &StageBox,
    selected: bool,
    words: &MapWords,
) {
    let w = l.box_w;
    let border = if selected {
        Style::default()
            .fg(Color::Cyan)
            .add_modifier(Modifier::BOLD)
    } else {
        dim()
    };
    let inner = w.saturating_sub(2);
    let top = format!("┌{}┐", "─".repeat(usize::from(inner)));
    put(buf, x, y, &top, w, border);
    let id_style = if selected {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        bold()
    };
    put(buf, x + 1, y, &format!(" {} ", s.id), inner, id_style);
    let body = l.box_h - 2;
    for k in 0..body {
        let yy = y + 1 + k;
        put(buf, x, yy, "│", 1, border);
        fill(buf, Rect::new(x + 1, yy, inner, 1), plain());
        put(buf, x + w - 1, yy, "│", 1, border);
    }
    put(
        buf,
        x,
        y + l.box_h - 1,
        &format!("└{}┘", "─".repeat(usize::from(inner))),
        w,
        border,
    );
    let iw = usize::from(inner);
    // The name first (up to three lines), the actors in the lines left above the
    // bottlenecks' line.
    let room = usize::from(body) - 1;
    let name_lines = wrap(&s.name, iw, 3).len().min(room - 1).max(1);
    let name_style = if selected { bold() } else { plain() };
    for (k, line) in wrap(&s.name, iw, name_lines).iter().enumerate() {
        put(buf, x + 1, y + 1 + k as u16, line, inner, name_style);
    }
    let actor_lines = room - name_lines;
    let all = s.actors.join("; ");
    let actors = match s.actors.len() {
        0 => vec![words.no_actors.clone()],
        _ if wrap(&all, iw, usize::MAX).len() <= actor_lines => wrap(&all, iw, actor_lines),
        1 => wrap(&all, iw, actor_lines),
        n if actor_lines > 1 => {
            let mut lines = vec![format!("{n} {}:", words.actors)];
            lines.extend(wrap(&all, iw, actor_lines - 1));
            lines
        }
        n => vec![format!("{n} {}", words.actors)],
    };
    for (k, line) in actors.iter().enumerate() {
        put(
            buf,
            x + 1,
            y + 1 + (name_lines + k) as u16,
            line,
            inner,
            dim(),
        );
    }
    let (text, style) = match (s.bottlenecks, s.worst) {
        (0, _) => (words.none.clone(), Style::default().fg(Color::Green)),
        (n, w) => {
            let sym = if w == Some(Weight::High) {
                "✗"
            } else {
                "•"
            };
            (format!("{sym} {n} · {}", s.worst_word), weight_style(w))
        }
    };
    put(buf, x + 1, y + body, &text, inner, style);
}

fn draw_detail(buf: &mut Buffer, area: Rect, m: &MapView) -> usize {
    if area.height == 0 {
        return 0;
    }
    let Some(stage) = m.stages.get(m.selected) else {
        return 0;
    };
    let head = format!(
        "── {} {} · {} bottleneck{} ",
        stage.id,
        stage.name,
        stage.bottlenecks,
        if stage.bottlenecks == 1 { "" } else { "s" }
    );
    put(
        buf,
        area.x,
        area.y,
        &head,
        area.width,
        bold().fg(Color::DarkGray),
    );
    let mut y = area.y + 1;
    let unplaced_h = u16::from(!m.unplaced.is_empty());
    let room = usize::from(area.bottom().saturating_sub(y + unplaced_h));
    let list_room = m.rows.len().min(room);
    let first = first_shown(m.row, m.rows.len(), list_room);
    if m.rows.is_empty() && room > 0 {
        put(buf, area.x, y, &m.words.untied, area.width, dim());
        y += 1;
    }
    for (i, (label, weight)) in m.rows.iter().enumerate().skip(first).take(list_room) {
        let selected = i == m.row.min(m.rows.len() - 1);
        let style = if selected {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            plain()
        };
        fill(buf, Rect::new(area.x, y, area.width, 1), style);
        put(buf, area.x, y, if selected { "›" } else { " " }, 1, style);
        let sym = if *weight == Some(Weight::High) {
            "✗"
        } else {
            "•"
        };
        put(
            buf,
            area.x + 1,
            y,
            sym,
            1,
            weight_style(*weight).patch(style),
        );
        put(
            buf,
            area.x + 3,
            y,
            label,
            area.width.saturating_sub(3),
            style,
        );
        y += 1;
    }
    // What the stage is about, each in two lines where there is room for all of them.
    let left = usize::from(area.bottom().saturating_sub(y + unplaced_h));
    let each = if left >= m.about.len() * 2 { 2 } else { 1 };
    for text in &m.about {
        for line in wrap(text, usize::from(area.width), each) {
            if y + unplaced_h >= area.bottom() {
                break;
            }
            put(buf, area.x, y, &line, area.width, dim());
            y += 1;
        }
    }
    if !m.unplaced.is_empty() && y < area.bottom() {
        let text = format!("{}: {}", m.words.unplaced, m.unplaced.join(", "));
        put(
            buf,
            area.x,
            area.bottom() - 1,
            &text,
            area.width,
            Style::default().fg(Color::Yellow),
        );
    }
    list_room
}
