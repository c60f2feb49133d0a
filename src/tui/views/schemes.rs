//! The scheme finder in the terminal: every scheme of the workspace for this study, as
//! `cdstudy schemes match` lists them (the ones it may be eligible for first, by the grant
//! each would give, then the superseded revisions, then the others with where the first
//! reason why not points), the selected one's reasons whole below, wrapped; Enter shows
//! what switching the study to it would change. The list is the engine's
//! (`scheme::match_schemes`), made again by the app when the study changed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use crate::scheme::Match;

use super::{bold, dim, first_shown, moved, plain};
use super::{Ctx, ViewMsg};
use crate::tui::keys::Command;
use crate::tui::nav::Nav;
use crate::tui::view::{fill, put, wrap};

pub enum Row {
    Heading(String),
    Scheme {
        /// Its place among the schemes (what is selected).
        index: usize,
        id: String,
        /// The grant in lakh, or why there is none, in a few words.
        figure: String,
        eligible: bool,
        now: bool,
        /// Where the first reason why not points (`cluster.sectors`), for a scheme the
        /// study is not eligible for; the reason itself is read whole in the detail below.
        why: String,
    },
}

pub struct SchemesView {
    pub rows: Vec<Row>,
    pub selected: usize,
    pub summary: String,
    /// The selected scheme: its name, revision, category and reasons.
    pub detail: String,
    /// The detail says why the selected scheme does not fit: shown whole where the view
    /// allows.
    pub detail_whole: bool,
    /// The mark of the study's own scheme.
    pub now: String,
}

/// The matches the app made for this revision of the study, if any.
fn matches<'a>(cx: &Ctx<'a>) -> &'a [Match] {
    cx.matches
        .filter(|(r, _)| *r == cx.revision)
        .map(|(_, m)| m.as_slice())
        .unwrap_or(&[])
}

pub fn build(cx: &Ctx, nav: &Nav) -> SchemesView {
    let all = matches(cx);
    let current = cx.study.meta.scheme.trim();
    let mut rows = Vec::new();
    let eligible = all.iter().filter(|m| m.ranked()).count();
    let in_group = |g: u8| all.iter().filter(|m| m.group() == g).count();
    let mut group = None;
    for (index, m) in all.iter().enumerate() {
        if group != Some(m.group()) {
            group = Some(m.group());
            let n = in_group(m.group());
            rows.push(Row::Heading(cx.messages.phrase(&match m.group() {
                0 => crate::phrase!("May be eligible ({n}), grant in lakh", n),
                1 => crate::phrase!("Superseded, not ranked ({n})", n),
                _ => crate::phrase!("Not eligible, or nothing to compare ({n})", n),
            })));
        }
        let figure = if m.eligible {
            m.grant_rs.lakh_figure()
        } else {
            "—".to_string()
        };
        rows.push(Row::Scheme {
            index,
            id: m.scheme.clone(),
            figure,
            eligible: m.eligible,
            now: m.scheme == current,
            why: match (m.superseded_by.as_deref(), m.eligible) {
                (Some(by), _) => cx.messages.phrase(&crate::phrase!("by {by}", by)),
                (None, true) if !m.inferred.is_empty() => {
                    cx.messages.label("rate inferred").into_owned()
                }
                (None, true) => String::new(),
                // A field's path as it is; what it is in a few words, in words.
                (None, false) if m.at.contains(' ') => cx.messages.label(&m.at).into_owned(),
                (None, false) => m.at.clone(),
            },
        });
    }
    let selected = nav.part_state().item.min(all.len().saturating_sub(1));
    let summary = if all.is_empty() {
        cx.messages
            .label("The schemes are being compared…")
            .into_owned()
    } else {
        cx.messages.phrase(&crate::phrase!(
            "{eligible} of {all} schemes may fit this study",
            eligible,
            all = all.len()
        ))
    };
    let said =
        |r: &crate::phrase::Said| cx.messages.said(&r.english, r.phrase.as_ref()).into_owned();
    let detail = all
        .get(selected)
        .map(|m| {
            // Why not first, whole: the other reasons are in F2.
            let shown = if m.ranked() { m.reasons.len() } else { 2 };
            let reasons: Vec<String> = m.reasons.iter().take(shown).map(said).collect();
            format!("{}: {}", summary_of(m, cx.messages), reasons.join("; "))
        })
        .unwrap_or_default();
    SchemesView {
        rows,
        selected,
        summary,
        detail,
        detail_whole: all.get(selected).is_some_and(|m| !m.ranked()),
        now: cx.messages.label("← now").into_owned(),
    }
}

pub fn command(cx: &Ctx, nav: &mut Nav, command: Command) -> ViewMsg {
    let all = matches(cx);
    let row = nav.part_state().item.min(all.len().saturating_sub(1));
    match command {
        Command::Open => match all.get(row) {
            Some(m) => ViewMsg::CompareScheme(m.scheme.clone()),
            None => ViewMsg::Done,
        },
        other => match moved(row, all.len(), other, cx.layout.view_page()) {
            Some(to) => {
                nav.part_state_mut().item = to;
                ViewMsg::Done
            }
            None => ViewMsg::NotMine,
        },
    }
}

/// The selected scheme for F2: its figures, then each reason on its own.
pub fn reasons(cx: &Ctx, nav: &Nav) -> Vec<String> {
    let all = matches(cx);
    let Some(m) = all.get(nav.part_state().item.min(all.len().saturating_sub(1))) else {
        return Vec::new();
    };
    let mut out = vec![summary_of(m, cx.messages)];
    out.extend(
        m.reasons
            .iter()
            .map(|r| cx.messages.said(&r.english, r.phrase.as_ref()).into_owned()),
    );
    out
}

/// A scheme's name and revision, and its grant where it may be eligible.
fn summary_of(m: &Match, messages: &crate::i18n::Messages) -> String {
    let mut text = format!("{} ({})", m.name, m.revision);
    if m.eligible {
        text.push_str(&messages.phrase(&crate::phrase!(
            ": grant {grant} (GoI {goi}, State {state}) of a cost of {cost} lakh",
            grant = m.grant_rs.lakh_figure(),
            goi = m.goi_rs.lakh_figure(),
            state = m.state_rs.lakh_figure(),
            cost = m.cost_rs.lakh_figure()
        )));
    }
    text
}

/// Where scheme `id` is in the list the view shows (to select the study's own on arrival).
pub fn position(cx: &Ctx, id: &str) -> Option<usize> {
    matches(cx).iter().position(|m| m.scheme == id)
}

/// Draws the view; returns how many rows of its list are shown.
pub fn draw(buf: &mut Buffer, area: Rect, v: &SchemesView) -> usize {
    if area.height < 4 {
        return 0;
    }
    put(
        buf,
        area.x,
        area.y,
        &v.summary,
        area.width,
        bold().fg(Color::Cyan),
    );
    // The selected scheme's reasons, whole where they fit: at least 3 lines; why a scheme
    // does not fit up to half the view, a ranked one's reasons 4 lines, so that the list
    // stays in view (F2 reads every reason).
    let needed = wrap(&v.detail, usize::from(area.width), usize::MAX).len();
    let most = if v.detail_whole {
        usize::from(area.height.saturating_sub(1) / 2).clamp(3, 10)
    } else {
        4
    };
    let detail_h = needed.clamp(3, most) as u16;
    let room = usize::from(area.height.saturating_sub(1 + detail_h));
    let at = v
        .rows
        .iter()
        .position(|r| matches!(r, Row::Scheme { index, .. } if *index == v.selected))
        .unwrap_or(0);
    let mut first = first_shown(at, v.rows.len(), room);
    // The first scheme under a heading brings the heading into view with it.
    if first == at && at > 0 && room > 1 && matches!(v.rows[at - 1], Row::Heading(_)) {
        first -= 1;
    }
    for (i, row) in v.rows.iter().enumerate().skip(first).take(room) {
        let y = area.y + 1 + (i - first) as u16;
        match row {
            Row::Heading(h) => put(buf, area.x, y, h, area.width, bold()),
            Row::Scheme {
                index,
                id,
                figure,
                eligible,
                now,
                why,
            } => {
                let on = *index == v.selected;
                let style = if on {
                    Style::default().add_modifier(Modifier::REVERSED)
                } else if *eligible {
                    plain()
                } else {
                    dim()
                };
                fill(buf, Rect::new(area.x, y, area.width, 1), style);
                put(buf, area.x, y, if on { "›" } else { " " }, 1, style);
                let mark = match (*now, why.is_empty()) {
                    (true, true) => v.now.clone(),
                    (true, false) => format!("{} · {why}", v.now),
                    (false, _) => why.clone(),
                };
                let line = format!(" {id:<22}{figure:>10}  {mark}");
                // `why` is a field path or a few words; the reason is read below.
                put(
                    buf,
                    area.x + 1,
                    y,
                    &line,
                    area.width.saturating_sub(1),
                    style,
                );
            }
        }
    }
    let dy = area.bottom() - detail_h;
    for (i, line) in wrap(&v.detail, usize::from(area.width), usize::from(detail_h))
        .iter()
        .enumerate()
    {
        put(
            buf,
            area.x,
            dy + i as u16,
            line,
            area.width,
            Style::default().fg(Color::Cyan),
        );
    }
    room
}
