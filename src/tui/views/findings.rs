//! Every finding of `check`, grouped by section in study order, with the line of the
//! study file it points to (for a reviewer reading the YAML); Enter goes to the item.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use crate::check::{Finding, Severity};
use crate::model::Section;

use super::{bold, dim, first_shown, moved, plain};
use super::{Ctx, ViewMsg};
use crate::tui::keys::Command;
use crate::tui::nav::Nav;
use crate::tui::view::{fill, finding_message, put, wrap};

pub enum Row {
    Heading(String),
    Finding {
        /// Its place among the findings (what is selected).
        index: usize,
        severity: Severity,
        text: String,
        line: Option<usize>,
    },
}

pub struct FindingsView {
    pub rows: Vec<Row>,
    pub selected: usize,
    pub summary: String,
    /// The selected finding in full.
    pub detail: String,
}

/// The findings in the order the view lists them: by section, errors first in each.
fn ordered<'a>(cx: &Ctx<'a>) -> Vec<&'a Finding> {
    let mut all: Vec<&Finding> = cx.report.findings.iter().collect();
    all.sort_by_key(|f| (section_rank(f.section), f.severity));
    all
}

fn section_rank(s: Section) -> usize {
    Section::ALL
        .iter()
        .position(|x| *x == s)
        .unwrap_or(usize::MAX)
}

pub fn build(cx: &Ctx, nav: &Nav) -> FindingsView {
    let findings = ordered(cx);
    let lines = cx
        .file_lines
        .filter(|(r, _)| *r == cx.revision)
        .map(|(_, l)| l);
    let mut rows = Vec::new();
    let mut section = None;
    for (index, f) in findings.iter().enumerate() {
        if section != Some(f.section) {
            section = Some(f.section);
            let n = findings.iter().filter(|g| g.section == f.section).count();
            let section = cx.messages.label(f.section.label());
            rows.push(Row::Heading(format!("{section} ({n})")));
        }
        rows.push(Row::Finding {
            index,
            severity: f.severity,
            text: format!("{}: {}", f.path, finding_message(f, cx.messages)),
            line: lines.and_then(|l| l.line_of(&f.path)),
        });
    }
    let selected = nav.part_state().item.min(findings.len().saturating_sub(1));
    let (errors, warnings) = (cx.report.errors(), cx.report.warnings());
    let summary = if findings.is_empty() {
        cx.messages
            .label("✓ check finds nothing: the study is complete for its scheme.")
            .into_owned()
    } else {
        cx.messages.with(
            "findings-summary",
            &[("errors", errors.into()), ("warnings", warnings.into())],
        )
    };
    let detail = findings
        .get(selected)
        .map(|f| {
            let message = finding_message(f, cx.messages);
            format!("{} ({}): {message}", f.path, f.code)
        })
        .unwrap_or_default();
    FindingsView {
        rows,
        selected,
        summary,
        detail,
    }
}

pub fn command(cx: &Ctx, nav: &mut Nav, command: Command) -> ViewMsg {
    let n = cx.report.findings.len();
    let row = nav.part_state().item.min(n.saturating_sub(1));
    match command {
        Command::Open => {
            if let Some(f) = ordered(cx).get(row) {
                return ViewMsg::OpenPath(f.path.clone());
            }
        }
        other => match moved(row, n, other, cx.layout.view_page()) {
            Some(to) => nav.part_state_mut().item = to,
            None => return ViewMsg::NotMine,
        },
    }
    ViewMsg::Done
}

/// Draws the view; returns how many rows of its list are shown.
pub fn draw(buf: &mut Buffer, area: Rect, v: &FindingsView) -> usize {
    if area.height < 4 {
        return 0;
    }
    let tone = if v.rows.is_empty() {
        Style::default().fg(Color::Green)
    } else {
        Style::default().fg(Color::Yellow)
    };
    put(
        buf,
        area.x,
        area.y,
        &v.summary,
        area.width,
        tone.add_modifier(Modifier::BOLD),
    );
    let detail_h: u16 = if area.height >= 30 { 3 } else { 2 };
    let room = usize::from(area.height.saturating_sub(1 + detail_h));
    let at = v
        .rows
        .iter()
        .position(|r| matches!(r, Row::Finding { index, .. } if *index == v.selected))
        .unwrap_or(0);
    let mut first = first_shown(at, v.rows.len(), room);
    // The first finding of a section brings its heading into view with it.
    if first == at && at > 0 && room > 1 && matches!(v.rows[at - 1], Row::Heading(_)) {
        first -= 1;
    }
    for (i, row) in v.rows.iter().enumerate().skip(first).take(room) {
        let y = area.y + 1 + (i - first) as u16;
        match row {
            Row::Heading(h) => put(buf, area.x, y, h, area.width, bold().fg(Color::Cyan)),
            Row::Finding {
                index,
                severity,
                text,
                line,
            } => {
                let on = *index == v.selected;
                let style = if on {
                    Style::default().add_modifier(Modifier::REVERSED)
                } else {
                    plain()
                };
                fill(buf, Rect::new(area.x, y, area.width, 1), style);
                let (sym, colour) = match severity {
                    Severity::Error => ("✗", Color::Red),
                    Severity::Warning => ("•", Color::Yellow),
                };
                put(buf, area.x, y, if on { "›" } else { " " }, 1, style);
                put(buf, area.x + 1, y, sym, 1, style.fg(colour));
                let line = line.map(|l| format!(" l.{l}")).unwrap_or_default();
                let lw = line.chars().count() as u16;
                put(
                    buf,
                    area.x + 3,
                    y,
                    text,
                    area.width.saturating_sub(3 + lw),
                    style,
                );
                put(buf, area.right() - lw, y, &line, lw, dim().patch(style));
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

#[cfg(test)]
mod tests {
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    use crate::check::{Finding, Report, Severity};
    use crate::i18n::{label_id, Messages};
    use crate::model::{Section, Study};
    use crate::store::{self, DiskState};
    use crate::tui::app::App;
    use crate::tui::view;

    /// In Hindi a fixed finding is drawn in Hindi; one with figures in it stays English
    /// and is not counted as a label Hindi lacks.
    #[test]
    fn a_fixed_finding_is_drawn_in_hindi_and_one_with_figures_stays_english() {
        let hindi = crate::tui::tests::hindi();
        let study = Study::new("Guna Brick", "mse-cdp");
        let disk = DiskState::of_bytes(store::to_yaml(&study).unwrap().as_bytes());
        let mut app = App::new("guna.yaml".into(), study, disk);
        app.speak(hindi.clone());
        let fixed = "the start of the study period is not filled in";
        let figures = "done on 2027-05-01, before it started on 2027-06-01";
        let finding = |message: &str| {
            Finding::new(
                Severity::Warning,
                "missing",
                Section::Meta,
                "meta.period.from".into(),
                message,
            )
        };
        let mut report = Report::default();
        report.findings = vec![finding(fixed), finding(figures)];
        app.report = report;
        app.size = (80, 24);
        let screen = view::screen(&app);
        let problems: Vec<&str> = screen.problems.iter().map(|(l, _)| l.as_str()).collect();
        assert!(
            problems[0].contains("अध्ययन अवधि का आरंभ नहीं भरा"),
            "{problems:?}"
        );
        assert!(!problems[0].contains(fixed), "{problems:?}");
        assert!(problems[1].contains("done on 2027-05-01"), "{problems:?}");
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
        term.draw(|f| {
            view::draw(f, &screen);
        })
        .unwrap();
        let drawn = crate::tui::tests::text_of(&term);
        assert!(drawn.contains("meta.period.from: अध्ययन अवधि"), "{drawn}");
        assert!(
            drawn.contains("meta.period.from: done on 2027-05-01"),
            "{drawn}"
        );
        let misses = hindi.misses();
        assert!(
            !misses.iter().any(|m| m == figures || m == fixed),
            "{misses:?}"
        );
        // English is as `check` wrote it.
        assert_eq!(Messages::english().said(fixed, None), fixed);
    }

    /// Every message of hi.ui-findings.ftl is keyed on the English sentence in the comment
    /// above it, so that a sentence corrected in the comment cannot keep a stale id.
    #[test]
    fn the_hindi_findings_are_keyed_on_their_english() {
        let file = include_str!("../../../templates/_i18n/hi.ui-findings.ftl");
        let mut english: Option<&str> = None;
        let mut n = 0;
        for line in file.lines() {
            if let Some(e) = line.strip_prefix("# ") {
                english = Some(e);
            } else if let Some((id, _)) = line.split_once(" = ") {
                let e = english
                    .take()
                    .unwrap_or_else(|| panic!("{id} has no English"));
                assert_eq!(id, label_id(e), "{e}");
                n += 1;
            }
        }
        assert!(n > 100, "{n}");
    }
}
