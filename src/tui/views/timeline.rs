//! The timeline of the action plan: a row per action, a column per month from the plan's
//! start (several months a column when the plan is long), a bar where the action runs,
//! and the financial years (April to March) marked. The selected action is the one
//! selected on the Actions tab; Enter opens it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use crate::model::{ActionKind, Cost, ItemKind, YearMonth};

use super::{bold, dim, first_shown, item_place, moved, plain, select_in, selected_in};
use super::{Ctx, ViewMsg};
use crate::tui::keys::Command;
use crate::tui::nav::Nav;
use crate::tui::view::{fill, put, wrap};
use unicode_width::UnicodeWidthStr;

pub struct Bar {
    pub label: String,
    /// First month (1 is the plan's first) and how many, when both are known.
    pub span: Option<(u32, u32)>,
    pub kind: Option<ActionKind>,
}

pub struct TimelineView {
    pub start: Option<YearMonth>,
    /// Months the plan spans.
    pub months: u32,
    pub bars: Vec<Bar>,
    pub selected: usize,
    pub detail: String,
    pub words: TimelineWords,
}

/// The timeline's fixed words, in the screen's language.
pub struct TimelineWords {
    /// No actions at all.
    pub empty: String,
    /// An action without its months.
    pub no_timing: String,
    /// The legend: soft, hard, thematic.
    pub kinds: [String; 3],
    /// The legend of the ┊ marks.
    pub year_begins: String,
}

pub fn build(cx: &Ctx, nav: &Nav) -> TimelineView {
    let plan = &cx.study.action_plan;
    let bars: Vec<Bar> = plan
        .actions
        .iter()
        .map(|a| Bar {
            label: format!("{} {}", a.id, a.title),
            span: match (a.start_month, a.months) {
                (Some(s), Some(m)) if s > 0 => Some((s, m.max(1))),
                _ => None,
            },
            kind: a.kind,
        })
        .collect();
    let months = plan
        .actions
        .iter()
        .filter_map(|a| a.end_month())
        .max()
        .unwrap_or(0)
        .max(12);
    let selected = selected_in(nav, cx.study, ItemKind::Action).min(bars.len().saturating_sub(1));
    let detail = plan
        .actions
        .get(selected)
        .map(|a| {
            let mut bits = vec![format!("{} {}", a.id, a.title)];
            match (a.start_month, a.end_month()) {
                (Some(s), Some(e)) => {
                    let say = |p: crate::phrase::Phrase| cx.messages.phrase(&p);
                    let months = if s == e {
                        say(crate::phrase!("month {s}", s))
                    } else {
                        say(crate::phrase!("months {s}–{e}", s, e))
                    };
                    match plan.start {
                        Some(start) => {
                            let (from, to) = (start.plus_months(s - 1), start.plus_months(e - 1));
                            bits.push(say(crate::phrase!(
                                "{months}: {from} to {to}",
                                months,
                                from = from.label(),
                                to = to.label()
                            )));
                            let (fa, fb) = (from.financial_year(), to.financial_year());
                            bits.push(if fa == fb {
                                say(crate::phrase!("FY {fa}", fa = fa.to_string()))
                            } else {
                                say(crate::phrase!(
                                    "FY {fa} to {fb}",
                                    fa = fa.to_string(),
                                    fb = fb.to_string()
                                ))
                            });
                        }
                        None => bits.push(months),
                    }
                }
                _ => bits.push(
                    cx.messages
                        .label("no timing yet (start month and months)")
                        .into_owned(),
                ),
            }
            if let Some(total) = a.cost.as_ref().and_then(Cost::total) {
                bits.push(cx.messages.amount(total));
            }
            bits.join(" · ")
        })
        .unwrap_or_default();
    TimelineView {
        start: plan.start,
        months,
        bars,
        selected,
        detail,
        words: TimelineWords {
            empty: cx
                .messages
                .label("No actions yet: add them on the Actions tab.")
                .into_owned(),
            no_timing: cx.messages.label("no timing").into_owned(),
            kinds: ["soft", "hard", "thematic"].map(|k| cx.messages.label(k).into_owned()),
            year_begins: cx.messages.label("┊ a financial year begins").into_owned(),
        },
    }
}

pub fn command(cx: &Ctx, nav: &mut Nav, command: Command) -> ViewMsg {
    let n = cx.study.action_plan.actions.len();
    let row = selected_in(nav, cx.study, ItemKind::Action).min(n.saturating_sub(1));
    match command {
        Command::Open if n > 0 => {
            if let Some(place) = item_place(nav, cx.study, ItemKind::Action, row) {
                return ViewMsg::Open(place);
            }
        }
        Command::Open => {}
        other => match moved(row, n, other, cx.layout.view_page()) {
            Some(to) => select_in(nav, cx.study, ItemKind::Action, to),
            None => return ViewMsg::NotMine,
        },
    }
    ViewMsg::Done
}

fn colour(kind: Option<ActionKind>) -> Color {
    match kind {
        Some(ActionKind::Soft) => Color::Green,
        Some(ActionKind::Hard) => Color::Blue,
        Some(ActionKind::Thematic) => Color::Magenta,
        None => Color::Gray,
    }
}

/// Whether month `m` (1-based) begins a financial year.
fn begins_year(start: Option<YearMonth>, m: u32) -> bool {
    start.is_some_and(|s| s.plus_months(m - 1).month == 4)
}

/// Draws the view; returns how many rows of its list are shown.
pub fn draw(buf: &mut Buffer, area: Rect, t: &TimelineView) -> usize {
    if area.height < 5 {
        return 0;
    }
    if t.bars.is_empty() {
        put(buf, area.x, area.y, &t.words.empty, area.width, dim());
        return 0;
    }
    let label_w = (area.width / 3).clamp(10, 28);
    let chart_x = area.x + label_w + 1;
    let chart_w = u32::from(area.width.saturating_sub(label_w + 1)).max(1);
    // Months per column, so that the whole plan fits.
    let per = t.months.div_ceil(chart_w).max(1);
    let columns = t.months.div_ceil(per);
    let month_of = |c: u32| c * per + 1;
    // A short plan on a wide screen: up to three cells a month.
    let cell_w = if per == 1 {
        (chart_w / t.months.max(1)).clamp(1, 3)
    } else {
        1
    };
    let x_of = |c: u32| chart_x + (c * cell_w) as u16;

    // Header: the financial years, then the months.
    let mut y = area.y;
    match t.start {
        Some(start) => {
            // Each year's label starts at its first column, as much of its name as the
            // columns up to the next year hold (the ┊ marks show where each begins).
            let starts: Vec<u32> = (0..columns)
                .filter(|&c| c == 0 || (0..per).any(|k| begins_year(t.start, month_of(c) + k)))
                .collect();
            for (i, &c) in starts.iter().enumerate() {
                let end = starts.get(i + 1).copied().unwrap_or(columns);
                let room = ((end - c) * cell_w) as usize;
                let m = month_of(c);
                let april = (0..per).find(|&k| begins_year(t.start, m + k)).unwrap_or(0);
                let full = start
                    .plus_months(m - 1 + april)
                    .financial_year()
                    .to_string();
                let text = [
                    format!("│FY {full}"),
                    format!("│{full}"),
                    format!("│{}", &full[full.len().saturating_sub(5)..]),
                    "│".to_string(),
                ]
                .into_iter()
                .find(|t| t.chars().count() <= room)
                .unwrap_or_default();
                put(buf, x_of(c), y, &text, room as u16, bold());
            }
            y += 1;
            if per == 1 {
                let initials: String = (0..columns)
                    .map(|c| {
                        let ym = start.plus_months(month_of(c) - 1);
                        let initial = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]
                            [(ym.month as usize - 1) % 12];
                        format!("{initial:<w$}", w = cell_w as usize)
                    })
                    .collect();
                put(buf, chart_x, y, &initials, (columns * cell_w) as u16, dim());
            } else {
                put(
                    buf,
                    chart_x,
                    y,
                    &format!("{per} months a column, from {}", start.label()),
                    chart_w as u16,
                    dim(),
                );
            }
            put(
                buf,
                area.x,
                y,
                &format!("from {}", start.label()),
                label_w,
                dim(),
            );
        }
        None => {
            put(
                buf,
                chart_x,
                y,
                &format!("months 1–{} (no start month: Plan tab)", t.months),
                chart_w as u16,
                dim(),
            );
            y += 1;
        }
    }
    y += 1;

    // Two lines at the bottom: the legend and the selected action.
    let bottom = 2;
    let room = usize::from(area.bottom().saturating_sub(y + bottom));
    let first = first_shown(t.selected, t.bars.len(), room);
    for (i, bar) in t.bars.iter().enumerate().skip(first).take(room) {
        let on = i == t.selected;
        let style = if on {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            plain()
        };
        fill(buf, Rect::new(area.x, y, label_w, 1), style);
        put(buf, area.x, y, &bar.label, label_w, style);
        let fill_style = Style::default().fg(colour(bar.kind));
        for c in 0..columns {
            let m = month_of(c);
            let runs = bar
                .span
                .is_some_and(|(s, n)| (m..m + per).any(|k| k >= s && k < s + n));
            let (first, rest, style) = if runs {
                ("█", "█", fill_style)
            } else if (0..per).any(|k| begins_year(t.start, m + k)) {
                ("┊", " ", dim())
            } else {
                ("·", " ", dim())
            };
            let text = format!("{first}{}", rest.repeat(cell_w as usize - 1));
            put(buf, x_of(c), y, &text, cell_w as u16, style);
        }
        if bar.span.is_none() {
            put(
                buf,
                chart_x,
                y,
                &format!(" {} ", t.words.no_timing),
                11,
                dim(),
            );
        }
        y += 1;
    }
    let legend_y = area.bottom() - 2;
    let mut x = area.x;
    let kinds = [
        Some(ActionKind::Soft),
        Some(ActionKind::Hard),
        Some(ActionKind::Thematic),
    ];
    for (word, kind) in t.words.kinds.iter().zip(kinds) {
        let text = format!("█ {word}  ");
        put(
            buf,
            x,
            legend_y,
            &text,
            area.right() - x,
            Style::default().fg(colour(kind)),
        );
        x += text.width() as u16;
    }
    if t.start.is_some() {
        put(
            buf,
            x,
            legend_y,
            &t.words.year_begins,
            area.right().saturating_sub(x),
            dim(),
        );
    }
    if let Some(line) = wrap(&t.detail, usize::from(area.width), 1).first() {
        put(
            buf,
            area.x,
            area.bottom() - 1,
            line,
            area.width,
            Style::default().fg(Color::Cyan),
        );
    }
    room
}
