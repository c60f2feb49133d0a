//! The figures of the cluster itself: the value-chain map (the TUI's map drawn for paper)
//! and the cluster at a glance (units by size, employment, ownership).

use super::say;
use super::svg::{fit, width, wrap, Svg, FILLS, WIDTH};
use crate::model::{Severity, Study};
use crate::render::words;
use crate::render::words::Arg;

/// The value chain: its stages from raw material to market, left to right in rows of at
/// most four, with their actors and the count and highest severity of their bottlenecks
/// (the box's border is the thicker the worse). `None` without stages.
pub fn value_chain(study: &Study) -> Option<String> {
    let stages = &study.value_chain.stages;
    if stages.is_empty() {
        return None;
    }
    // At most four to a row, the rows as even as they can be (5 stages as 3 + 2, not 4 + 1).
    let rows = stages.len().div_ceil(4);
    let per_row = stages.len().div_ceil(rows);
    let (margin, gap) = (10.0, 34.0);
    let box_w = (WIDTH - 2.0 * margin - gap * (per_row as f64 - 1.0)) / per_row as f64;
    let inner = box_w - 10.0;
    // Each stage's lines first, so that every box of the map is as tall as the fullest.
    struct Drawn {
        name: Vec<String>,
        actors: Vec<String>,
        summary: String,
        worst: u8,
    }
    let drawn: Vec<Drawn> = stages
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let found: Vec<Option<Severity>> = study
                .bottlenecks
                .iter()
                .filter(|b| b.stage.as_ref() == Some(&stage.id))
                .map(|b| b.severity)
                .collect();
            let worst = found.iter().flatten().map(|s| s.rank()).max().unwrap_or(0);
            let name = if stage.name.trim().is_empty() {
                stage.id.as_str().to_string()
            } else {
                format!("{}. {}", i + 1, stage.name.trim())
            };
            let mut actors = Vec::new();
            let shown = stage.actors.len().min(4);
            for actor in stage.actors.iter().take(shown) {
                for (k, line) in wrap(actor.trim(), 10.0, inner - 10.0, 2)
                    .into_iter()
                    .enumerate()
                {
                    actors.push(if k == 0 {
                        format!("• {line}")
                    } else {
                        format!("   {line}")
                    });
                }
            }
            if stage.actors.len() > shown {
                let more = (stage.actors.len() - shown) as f64;
                actors.push(format!(
                    "   {}",
                    words::label_with("and {n} more", &[("n", Arg::Number(more))])
                ));
            }
            if stage.actors.is_empty() {
                actors.push(say("Actors not yet named"));
            }
            // One text for each count and severity, so that each language words it whole.
            let severity = match worst {
                3 => " (High)",
                2 => " (Medium)",
                1 => " (Low)",
                _ => "",
            };
            let summary = match found.len() {
                0 => say("No bottleneck"),
                1 => say(&format!("1 bottleneck{severity}")),
                n => words::label_with(
                    &format!("{{n}} bottlenecks{severity}"),
                    &[("n", Arg::Number(n as f64))],
                ),
            };
            Drawn {
                name: wrap(&name, 11.5, inner / BOLD, 3),
                actors,
                summary,
                worst,
            }
        })
        .collect();
    let head_h = drawn.iter().map(|d| d.name.len()).max().unwrap_or(1) as f64 * 14.0 + 10.0;
    let actors_h = drawn.iter().map(|d| d.actors.len()).max().unwrap_or(1) as f64 * 13.0 + 10.0;
    let box_h = head_h + actors_h + 24.0;
    let row_gap = 40.0;
    let mut svg = Svg::new();
    let mut top = 10.0;
    let legend = say("Border: thick = a bottleneck of high severity; medium = of medium severity; thin = low or none");
    svg.text(margin, top + 10.0, 11.0, "start", false, &legend);
    top += 22.0;
    let position = |i: usize| -> (f64, f64) {
        let (row, col) = (i / per_row, i % per_row);
        (
            margin + col as f64 * (box_w + gap),
            top + row as f64 * (box_h + row_gap),
        )
    };
    for (i, d) in drawn.iter().enumerate() {
        let (x, y) = position(i);
        let stroke = match d.worst {
            3 => 3.5,
            2 => 2.0,
            _ => 0.8,
        };
        svg.rect(x, y, box_w, box_h, "#fff", stroke);
        svg.rect(x, y, box_w, head_h, "#e0e0e0", stroke);
        for (k, line) in d.name.iter().enumerate() {
            svg.text(
                x + 5.0,
                y + 16.0 + k as f64 * 14.0,
                11.5,
                "start",
                true,
                line,
            );
        }
        for (k, line) in d.actors.iter().enumerate() {
            let ly = y + head_h + 15.0 + k as f64 * 13.0;
            svg.text(x + 5.0, ly, 10.0, "start", false, line);
        }
        svg.line(x, y + box_h - 22.0, x + box_w, y + box_h - 22.0, 0.6, "");
        let summary = fit(&d.summary, 10.5, inner / BOLD);
        svg.text(
            x + 5.0,
            y + box_h - 7.0,
            10.5,
            "start",
            d.worst > 0,
            &summary,
        );
    }
    for i in 1..stages.len() {
        let (px, py) = position(i - 1);
        let (x, y) = position(i);
        if (y - py).abs() < 1.0 {
            svg.arrow(&[(px + box_w, py + box_h / 2.0), (x - 2.0, y + box_h / 2.0)]);
        } else {
            let mid = py + box_h + row_gap / 2.0;
            svg.arrow(&[
                (px + box_w / 2.0, py + box_h),
                (px + box_w / 2.0, mid),
                (x + box_w / 2.0, mid),
                (x + box_w / 2.0, y - 2.0),
            ]);
        }
    }
    Some(svg.finish(&say("The value chain of the cluster"), 10.0))
}

/// The value chain in one row, for the one-page brief: each stage's name and the count and
/// highest severity of its bottlenecks, the border as thick as on the full map.
pub fn value_chain_compact(study: &Study) -> Option<String> {
    let stages = &study.value_chain.stages;
    if stages.is_empty() {
        return None;
    }
    let n = stages.len();
    let (margin, gap) = (6.0, 16.0);
    let box_w = (WIDTH - 2.0 * margin - gap * (n as f64 - 1.0)) / n as f64;
    let size = if box_w < 90.0 { 9.5 } else { 10.5 };
    let box_h = 74.0;
    let mut svg = Svg::new();
    let y = 6.0;
    for (i, stage) in stages.iter().enumerate() {
        let x = margin + i as f64 * (box_w + gap);
        let found: Vec<Option<Severity>> = study
            .bottlenecks
            .iter()
            .filter(|b| b.stage.as_ref() == Some(&stage.id))
            .map(|b| b.severity)
            .collect();
        let worst = found.iter().flatten().map(|s| s.rank()).max().unwrap_or(0);
        let stroke = match worst {
            3 => 3.0,
            2 => 1.8,
            _ => 0.8,
        };
        svg.rect(x, y, box_w, box_h, "#fff", stroke);
        let name = format!("{}. {}", i + 1, stage.name.trim());
        for (k, line) in wrap(&name, size, (box_w - 8.0) / BOLD, 3)
            .iter()
            .enumerate()
        {
            svg.text(
                x + 4.0,
                y + 14.0 + k as f64 * (size + 2.0),
                size,
                "start",
                true,
                line,
            );
        }
        let count = match found.len() {
            0 => say("No bottleneck"),
            1 => say("1 bottleneck"),
            c => words::label_with("{n} bottlenecks", &[("n", Arg::Number(c as f64))]),
        };
        let worst_word = match worst {
            3 => say("worst: High"),
            2 => say("worst: Medium"),
            1 => say("worst: Low"),
            _ => String::new(),
        };
        let room = box_w - 8.0;
        svg.text(
            x + 4.0,
            y + box_h - 19.0,
            size,
            "start",
            false,
            &fit(&count, size, room),
        );
        svg.text(
            x + 4.0,
            y + box_h - 6.0,
            size,
            "start",
            worst == 3,
            &fit(&worst_word, size * BOLD, room),
        );
        if i > 0 {
            svg.arrow(&[(x - gap, y + box_h / 2.0), (x - 1.5, y + box_h / 2.0)]);
        }
    }
    Some(svg.finish(&say("The value chain of the cluster"), 4.0))
}

/// Bold text is about this much wider than regular.
const BOLD: f64 = 1.1;

/// The cluster at a glance: three groups of horizontal bars (enterprises by size,
/// employment, ownership), each bar labelled with its count. `None` when the study has
/// none of these figures.
pub fn glance(study: &Study) -> Option<String> {
    let c = &study.cluster;
    type Bars = Vec<(&'static str, Option<u32>)>;
    let groups: [(&str, Bars); 3] = [
        (
            "Enterprises by size",
            vec![
                ("Micro", c.enterprises.micro),
                ("Small", c.enterprises.small),
                ("Medium", c.enterprises.medium),
            ],
        ),
        (
            "Employment",
            vec![
                ("Direct, men", c.employment.direct_men),
                ("Direct, women", c.employment.direct_women),
                ("Indirect", c.employment.indirect),
            ],
        ),
        (
            "Ownership of enterprises",
            vec![
                ("Women-owned", c.ownership.women_owned),
                ("SC-owned", c.ownership.sc_owned),
                ("ST-owned", c.ownership.st_owned),
                ("Minority-owned", c.ownership.minority_owned),
            ],
        ),
    ];
    if groups
        .iter()
        .all(|(_, bars)| bars.iter().all(|(_, v)| v.is_none()))
    {
        return None;
    }
    let mut svg = Svg::new();
    // The labels' column is as wide as the longest needs (a Hindi or bilingual label may
    // be longer than the English, which fit in 130).
    let groups = groups.map(|(title, bars)| {
        let bars: Vec<(String, Option<u32>)> = bars.into_iter().map(|(l, v)| (say(l), v)).collect();
        (say(title), bars)
    });
    let longest = groups
        .iter()
        .flat_map(|(_, bars)| bars.iter().map(|(l, _)| width(l, 11.0) + 10.0))
        .fold(0.0, f64::max);
    let (label_w, left) = (longest.max(130.0), 10.0);
    let bar_x = left + label_w;
    let bar_max = WIDTH - bar_x - 80.0;
    let mut y = 10.0;
    for (g, (title, bars)) in groups.iter().enumerate() {
        svg.text(left, y + 12.0, 12.5, "start", true, title);
        y += 22.0;
        let most = bars
            .iter()
            .filter_map(|(_, v)| *v)
            .max()
            .unwrap_or(0)
            .max(1) as f64;
        for (label, value) in bars {
            svg.text(left, y + 13.0, 11.0, "start", false, label);
            match value {
                Some(v) => {
                    let w = (*v as f64 / most * bar_max).max(1.0);
                    svg.rect(bar_x, y + 2.0, w, 14.0, FILLS[g + 1], 0.8);
                    let shown = crate::model::money::group_indian(*v as i64);
                    svg.text(bar_x + w + 5.0, y + 13.0, 11.0, "start", false, &shown);
                }
                None => svg.text(
                    bar_x,
                    y + 13.0,
                    11.0,
                    "start",
                    false,
                    &say("not yet filled in"),
                ),
            }
            y += 20.0;
        }
        y += 12.0;
    }
    Some(svg.finish(&say("The cluster at a glance"), 4.0))
}
