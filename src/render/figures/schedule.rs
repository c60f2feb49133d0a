//! The implementation schedule as a Gantt chart (the PERT chart Annexure-3 item 9 asks
//! for): the action plan's actions and the CFC's milestones by month, financial years
//! marked, and an arrow from each activity to those that wait for it (`after`).

use super::say;
use super::svg::{fit, width, Svg, WIDTH};
use crate::model::{Study, YearMonth};
use crate::render::words;
use crate::render::words::Arg;

/// The month's first letter in the chart's header, as Hindi calendars abbreviate
/// जनवरी … दिसंबर (English: J F M …).
const HINDI_INITIALS: [&str; 12] = [
    "ज", "फ़", "मा", "अ", "म", "जू", "जु", "अ", "सि", "अ", "न", "दि",
];

/// One bar of the chart.
struct Row {
    /// What the left column says: "a-3 Exposure visit", "CFC: Building".
    label: String,
    /// First and last month, counted from 0 at the chart's first month.
    from: u32,
    to: u32,
    /// A CFC milestone (drawn hatched) rather than an action (grey).
    milestone: bool,
    /// The action id, for dependencies.
    id: Option<String>,
    after: Vec<String>,
}

/// How many months a milestone month is after `base` (0 when before it).
fn offset(base: YearMonth, month: YearMonth) -> u32 {
    let index = |m: YearMonth| m.year as i64 * 12 + m.month as i64 - 1;
    (index(month) - index(base)).max(0) as u32
}

/// The chart; `None` when no action and no milestone has its months.
pub fn gantt(study: &Study) -> Option<String> {
    let milestones: Vec<_> = study
        .cfc
        .iter()
        .flat_map(|c| &c.schedule)
        .filter_map(|m| Some((m, m.start?, m.end.or(m.start)?)))
        .collect();
    // The plan's first month; without one, the first milestone's, and the actions' months
    // counted from there.
    let base = study
        .action_plan
        .start
        .or_else(|| milestones.iter().map(|(_, s, _)| *s).min());
    let mut rows: Vec<Row> = Vec::new();
    for a in &study.action_plan.actions {
        let (Some(start), Some(end)) = (a.start_month, a.end_month()) else {
            continue;
        };
        rows.push(Row {
            label: format!("{} {}", a.id.as_str(), a.title.trim()),
            from: start.saturating_sub(1),
            to: end.saturating_sub(1),
            milestone: false,
            id: Some(a.id.as_str().to_string()),
            after: a.after.iter().map(|i| i.as_str().to_string()).collect(),
        });
    }
    if let Some(base) = base {
        for (m, start, end) in &milestones {
            rows.push(Row {
                label: words::label_with(
                    "CFC: {activity}",
                    &[("activity", Arg::Text(m.activity.trim().to_string()))],
                ),
                from: offset(base, *start),
                to: offset(base, *end).max(offset(base, *start)),
                milestone: true,
                id: None,
                after: m.after.iter().map(|i| i.as_str().to_string()).collect(),
            });
        }
    }
    if rows.is_empty() {
        return None;
    }
    let months = rows
        .iter()
        .map(|r| r.to + 1)
        .max()
        .unwrap_or(1)
        .clamp(1, 240);
    let (left, label_w) = (6.0, 230.0);
    let x0 = left + label_w + 4.0;
    let chart_w = WIDTH - x0 - 8.0;
    let per_month = chart_w / months as f64;
    let x_of = |m: u32| x0 + m as f64 * per_month;
    let row_h = 18.0;
    let mut svg = Svg::new();
    // The header: financial years (with calendar months) or plain month numbers.
    let header_top = 4.0;
    let body_top = header_top + 36.0;
    let body_bottom = body_top + rows.len() as f64 * row_h;
    match base {
        Some(base) => {
            let mut m = 0;
            while m < months {
                let month = base.plus_months(m);
                let fy = month.financial_year();
                let left_in_fy = (12 + 3 - month.month) % 12 + 1;
                let end = (m + left_in_fy).min(months);
                svg.rect(
                    x_of(m),
                    header_top,
                    x_of(end) - x_of(m),
                    16.0,
                    "#e0e0e0",
                    0.8,
                );
                let label = words::label_with("FY {fy}", &[("fy", Arg::Text(fy.to_string()))]);
                let room = x_of(end) - x_of(m) - 4.0;
                let shown = if super::svg::width(&label, 10.5) <= room {
                    label
                } else {
                    fit(&fy.to_string(), 10.5, room)
                };
                svg.text(
                    (x_of(m) + x_of(end)) / 2.0,
                    header_top + 12.0,
                    10.5,
                    "middle",
                    true,
                    &shown,
                );
                if m > 0 {
                    svg.line(x_of(m), header_top, x_of(m), body_bottom, 1.2, "");
                }
                m = end;
            }
            if per_month >= 8.0 {
                for m in 0..months {
                    let month = base.plus_months(m);
                    let english = month.label();
                    let letter = match words::lang() {
                        // A figure of a bilingual document is drawn in Hindi.
                        crate::i18n::DocLang::Hi | crate::i18n::DocLang::EnHi => {
                            HINDI_INITIALS[(month.month as usize + 11) % 12]
                        }
                        crate::i18n::DocLang::En => &english[..1],
                    };
                    svg.text(
                        x_of(m) + per_month / 2.0,
                        header_top + 30.0,
                        9.0,
                        "middle",
                        false,
                        letter,
                    );
                }
            }
        }
        None => {
            let step = if per_month >= 14.0 {
                1
            } else if per_month >= 5.0 {
                3
            } else {
                6
            };
            for m in (0..months).step_by(step) {
                svg.text(
                    x_of(m) + per_month / 2.0,
                    header_top + 30.0,
                    9.0,
                    "middle",
                    false,
                    &format!("{}", m + 1),
                );
            }
            svg.text(
                x0,
                header_top + 12.0,
                10.5,
                "start",
                true,
                &say("Month of the plan"),
            );
        }
    }
    // Light month lines, then the rows.
    for m in 0..=months {
        svg.line(x_of(m), body_top, x_of(m), body_bottom, 0.25, "");
    }
    for (i, row) in rows.iter().enumerate() {
        let y = body_top + i as f64 * row_h;
        if i % 2 == 1 {
            svg.rect(left, y, WIDTH - left - 8.0, row_h, "#f2f2f2", 0.0);
        }
        let bold = row.milestone;
        let measure = if bold { 10.5 * 1.1 } else { 10.5 };
        svg.text(
            left + 2.0,
            y + 13.0,
            10.5,
            "start",
            bold,
            &fit(&row.label, measure, label_w - 4.0),
        );
        let fill = if row.milestone {
            "url(#hatch)"
        } else {
            "#9e9e9e"
        };
        svg.rect(
            x_of(row.from),
            y + 3.5,
            x_of(row.to + 1) - x_of(row.from),
            row_h - 7.0,
            fill,
            0.9,
        );
    }
    svg.line(left, body_top, WIDTH - 8.0, body_top, 0.8, "");
    svg.line(left, body_bottom, WIDTH - 8.0, body_bottom, 0.8, "");
    // Dependencies: from the end of what comes first to the start of what waits for it.
    for (i, row) in rows.iter().enumerate() {
        for before in &row.after {
            let Some(j) = rows
                .iter()
                .position(|r| r.id.as_deref() == Some(before.as_str()))
            else {
                continue;
            };
            let (yi, yj) = (
                body_top + i as f64 * row_h + row_h / 2.0,
                body_top + j as f64 * row_h + row_h / 2.0,
            );
            let xe = x_of(rows[j].to + 1);
            let xs = x_of(row.from);
            let bend = (xe + 4.0).min(xs - 1.0).max(xe);
            svg.arrow(&[(xe, yj), (bend, yj), (bend, yi), (xs.max(bend + 3.0), yi)]);
        }
    }
    // The key; each entry moves right when the words before it need the room (in Hindi).
    let ky = body_bottom + 8.0;
    let (action, milestone) = (say("Action of the plan"), say("CFC milestone"));
    let second = (left + 160.0).max(left + 30.0 + width(&action, 10.5) + 12.0);
    let third = (left + 300.0).max(second + 28.0 + width(&milestone, 10.5) + 12.0);
    svg.rect(left + 2.0, ky, 22.0, 10.0, "#9e9e9e", 0.9);
    svg.text(left + 30.0, ky + 9.0, 10.5, "start", false, &action);
    svg.rect(second, ky, 22.0, 10.0, "url(#hatch)", 0.9);
    svg.text(second + 28.0, ky + 9.0, 10.5, "start", false, &milestone);
    svg.arrow(&[(third, ky + 5.0), (third + 24.0, ky + 5.0)]);
    svg.text(
        third + 30.0,
        ky + 9.0,
        10.5,
        "start",
        false,
        &say("must finish before"),
    );
    Some(svg.finish(&say("The implementation schedule"), 6.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_count_from_the_base() {
        let base = YearMonth::new(2026, 4).unwrap();
        assert_eq!(offset(base, YearMonth::new(2027, 3).unwrap()), 11);
        assert_eq!(offset(base, YearMonth::new(2026, 1).unwrap()), 0);
    }
}
