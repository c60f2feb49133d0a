//! The figures of the money: the means of finance (each component's cost split by who
//! pays) and the CFC's viability (DSCR by year against the rule, break-even against the
//! capacity used, and the sensitivity cases). Amounts are the engine's whole rupees,
//! shown in lakh as the documents print them.

use super::say;
use super::svg::{fit, width, wrap, Svg, FILLS, WIDTH};
use crate::finance::Viability;
use crate::i18n::DocLang;
use crate::model::{Rupees, LAKH};
use crate::render::words::{self, Arg};
use crate::scheme::Financing;

fn lakh(r: Rupees) -> f64 {
    r.get() as f64 / LAKH as f64
}

/// A figure with two decimals, as the tables print it.
fn two(v: f64) -> String {
    format!("{v:.2}")
}

/// A key of fills across the top: (fill, label) pairs; returns the height used.
fn key(svg: &mut Svg, y: f64, items: &[(&str, String)]) -> f64 {
    let mut x = 10.0;
    let mut row = 0.0;
    for (fill, label) in items {
        let w = 26.0 + width(label, 11.0) + 16.0;
        if x + w > WIDTH - 10.0 {
            x = 10.0;
            row += 18.0;
        }
        svg.rect(x, y + row, 18.0, 11.0, fill, 0.8);
        svg.text(x + 24.0, y + row + 10.0, 11.0, "start", false, label);
        x += w;
    }
    row + 18.0
}

/// Each component's cost as a bar split by source (GoI, state, the SPV or beneficiaries,
/// others, and what is not yet met), with its cost in lakh at the end. `None` without
/// components.
pub fn means_of_finance(financing: &Financing) -> Option<String> {
    let rows: Vec<_> = financing
        .components
        .iter()
        .filter(|c| c.cost_rs.get() > 0)
        .collect();
    if rows.is_empty() {
        return None;
    }
    let labels = &financing.labels;
    type Share = fn(&crate::scheme::ComponentFinancing) -> Rupees;
    let sources: [(String, Share); 5] = [
        (say("Government of India"), |c| c.goi_rs),
        (say(&labels.state), |c| c.state_rs),
        (say(&labels.beneficiary), |c| c.beneficiary_rs),
        (say(&labels.other), |c| c.other_rs),
        (say("Not yet met"), |c| Rupees(c.gap_rs.get().max(0))),
    ];
    let used: Vec<usize> = (0..sources.len())
        .filter(|&s| rows.iter().any(|c| (sources[s].1)(c).get() > 0))
        .collect();
    let mut svg = Svg::new();
    let items: Vec<(&str, String)> = used
        .iter()
        .map(|&s| (FILLS[s.min(FILLS.len() - 1)], sources[s].0.clone()))
        .collect();
    let mut y = 8.0 + key(&mut svg, 8.0, &items) + 6.0;
    let label_w = 190.0;
    let x0 = 10.0 + label_w;
    let bar_max = WIDTH - x0 - 90.0;
    let most = rows
        .iter()
        .map(|c| lakh(c.cost_rs))
        .fold(0.0, f64::max)
        .max(0.01);
    svg.text(WIDTH - 10.0, y + 2.0, 10.5, "end", true, &say("Rs. lakh"));
    y += 8.0;
    for c in &rows {
        // The component's name is the rules' words, in the document's language.
        let lines = wrap(&say(c.name.trim()), 11.0, label_w - 6.0, 2);
        let h = 22.0_f64.max(lines.len() as f64 * 13.0 + 6.0);
        for (k, line) in lines.iter().enumerate() {
            svg.text(10.0, y + 14.0 + k as f64 * 13.0, 11.0, "start", false, line);
        }
        let scale = bar_max / most;
        let mut x = x0;
        for &s in &used {
            let part = lakh((sources[s].1)(c));
            if part <= 0.0 {
                continue;
            }
            let w = part * scale;
            svg.rect(x, y + 3.0, w, h - 6.0, FILLS[s.min(FILLS.len() - 1)], 0.8);
            x += w;
        }
        svg.text(
            x + 6.0,
            y + h / 2.0 + 4.0,
            11.0,
            "start",
            true,
            &c.cost_rs.lakh_figure(),
        );
        y += h + 4.0;
    }
    let t = &financing.totals;
    // A State's own scheme: the grant is the State's.
    let amounts = |grant: Rupees| {
        [
            ("total", Arg::Text(t.cost_rs.lakh_figure())),
            ("grant", Arg::Text(grant.lakh_figure())),
        ]
    };
    let total = if financing.grants_goi {
        words::label_with(
            "Total Rs. {total} lakh, of which Government of India Rs. {grant} lakh",
            &amounts(t.goi_rs),
        )
    } else {
        // The State's name is the rules' words: in Hindi its Hindi, beside the English
        // of a bilingual figure the English.
        let grantor = match words::lang() {
            DocLang::Hi => say(&labels.state),
            _ => labels.state.clone(),
        };
        let [total, grant] = amounts(t.state_rs);
        words::label_with(
            "Total Rs. {total} lakh, of which {grantor} Rs. {grant} lakh",
            &[total, grant, ("grantor", Arg::Text(grantor))],
        )
    };
    svg.text(10.0, y + 14.0, 11.0, "start", true, &total);
    Some(svg.finish(&say("The means of finance by component"), 6.0))
}

/// Axes of a vertical bar chart: the frame, a scale on the left from 0 to `top` with
/// `ticks` steps, labelled with `format`. Returns (x0, y0 bottom, width, height).
fn axes(
    svg: &mut Svg,
    y: f64,
    height: f64,
    top: f64,
    ticks: u32,
    unit: &str,
) -> (f64, f64, f64, f64) {
    let (x0, w) = (56.0, WIDTH - 56.0 - 14.0);
    let y0 = y + height;
    svg.line(x0, y, x0, y0, 1.0, "");
    svg.line(x0, y0, x0 + w, y0, 1.0, "");
    for t in 0..=ticks {
        let v = top * t as f64 / ticks as f64;
        let ty = y0 - height * t as f64 / ticks as f64;
        svg.line(x0 - 4.0, ty, x0, ty, 0.8, "");
        if t > 0 {
            svg.line(x0, ty, x0 + w, ty, 0.3, "2 3");
        }
        let label = if top >= 10.0 {
            format!("{v:.0}")
        } else {
            format!("{v:.1}")
        };
        svg.text(
            x0 - 7.0,
            ty + 4.0,
            10.0,
            "end",
            false,
            &format!("{label}{unit}"),
        );
    }
    (x0, y0, w, height)
}

/// A nice top for an axis over values up to `most`.
fn nice_top(most: f64) -> f64 {
    let most = most.max(0.1);
    let step = 10f64.powf(most.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if step * m >= most * 1.05 {
            return step * m;
        }
    }
    step * 10.0
}

/// DSCR by year of the projection, against the acceptance line (3.0 under MSE-CDP), with
/// the cumulative DSCR named. `None` without debt service.
pub fn dscr(v: &Viability) -> Option<String> {
    let years: Vec<(u32, f64)> = v
        .projection
        .iter()
        .filter_map(|y| Some((y.year, y.dscr?)))
        .filter(|(_, d)| d.is_finite())
        .collect();
    if years.is_empty() {
        return None;
    }
    let rule = v.acceptance.min_cumulative_dscr;
    let most = years.iter().map(|(_, d)| *d).fold(rule, f64::max);
    let top = nice_top(most);
    let mut svg = Svg::new();
    let mut y = 8.0;
    let rule_text = ("rule", Arg::Text(format!("{rule:.2}")));
    let heading = match v.figures.cumulative_dscr {
        Some(c) => words::label_with(
            "Cumulative DSCR {dscr}; the rule: at least {rule} (dashed line)",
            &[("dscr", Arg::Text(format!("{c:.2}"))), rule_text],
        ),
        None => words::label_with("the rule: at least {rule} (dashed line)", &[rule_text]),
    };
    svg.text(10.0, y + 12.0, 11.5, "start", true, &heading);
    y += 26.0;
    let (x0, y0, w, h) = axes(&mut svg, y, 190.0, top, 5, "");
    let slot = w / years.len() as f64;
    for (i, (year, d)) in years.iter().enumerate() {
        let bh = (d / top * h).clamp(0.0, h);
        let x = x0 + i as f64 * slot + slot * 0.2;
        let fill = if *d >= rule { "#bdbdbd" } else { "url(#hatch)" };
        svg.rect(x, y0 - bh, slot * 0.6, bh, fill, 0.8);
        svg.text(
            x + slot * 0.3,
            y0 - bh - 4.0,
            10.0,
            "middle",
            false,
            &two(*d),
        );
        svg.text(
            x + slot * 0.3,
            y0 + 14.0,
            10.5,
            "middle",
            false,
            &words::label_with("Year {year}", &[("year", Arg::Number(f64::from(*year)))]),
        );
    }
    let ry = y0 - (rule / top * h).clamp(0.0, h);
    svg.line(x0, ry, x0 + w, ry, 2.0, "7 4");
    let items = [
        ("#bdbdbd", say("Year meets the rule")),
        ("url(#hatch)", say("Year below the rule")),
    ];
    key(&mut svg, y0 + 24.0, &items);
    Some(svg.finish(&say("Debt service coverage ratio by year"), 6.0))
}

/// Break-even by year as a share of installed capacity, beside the capacity the year
/// uses, against the acceptance line (below 60% under MSE-CDP). `None` when no year
/// breaks even.
pub fn break_even(v: &Viability) -> Option<String> {
    let years: Vec<(u32, f64, Option<f64>)> = v
        .projection
        .iter()
        .map(|y| {
            (
                y.year,
                y.utilisation_pct.basis_points() as f64 / 100.0,
                y.break_even_pct.filter(|b| b.is_finite()),
            )
        })
        .collect();
    if years.iter().all(|(_, _, b)| b.is_none()) {
        return None;
    }
    let rule = v.acceptance.max_break_even_pct;
    let mut svg = Svg::new();
    let mut y = 8.0;
    let heading = words::label_with(
        "Share of installed capacity; the rule: break-even below {rule}% (dashed line)",
        &[("rule", Arg::Text(format!("{rule:.0}")))],
    );
    svg.text(10.0, y + 12.0, 11.5, "start", true, &heading);
    y += 18.0;
    let items = [
        ("#ffffff", say("Capacity used")),
        ("#6e6e6e", say("Break-even")),
    ];
    y += key(&mut svg, y, &items) + 6.0;
    let (x0, y0, w, h) = axes(&mut svg, y, 180.0, 100.0, 5, "%");
    let slot = w / years.len() as f64;
    for (i, (year, used, be)) in years.iter().enumerate() {
        let x = x0 + i as f64 * slot + slot * 0.12;
        let bw = slot * 0.36;
        let uh = (used / 100.0 * h).clamp(0.0, h);
        svg.rect(x, y0 - uh, bw, uh, "#ffffff", 0.9);
        match be {
            Some(b) => {
                let bh = (b / 100.0 * h).clamp(0.0, h);
                svg.rect(x + bw, y0 - bh, bw, bh, "#6e6e6e", 0.9);
                svg.text(
                    x + bw * 1.5,
                    y0 - bh - 4.0,
                    9.5,
                    "middle",
                    false,
                    &format!("{b:.0}"),
                );
            }
            None => svg.text(x + bw * 1.5, y0 - 4.0, 9.5, "middle", false, &say("none")),
        }
        svg.text(
            x + bw,
            y0 + 14.0,
            10.5,
            "middle",
            false,
            &words::label_with("Year {year}", &[("year", Arg::Number(f64::from(*year)))]),
        );
    }
    let ry = y0 - (rule / 100.0 * h).clamp(0.0, h);
    svg.line(x0, ry, x0 + w, ry, 2.0, "7 4");
    Some(svg.finish(&say("Break-even against capacity"), 6.0))
}

/// The sensitivity cases: the cumulative DSCR of the base case and of each case as a
/// horizontal bar, against the acceptance line, with each case's verdict. `None` without
/// a term loan.
pub fn sensitivity(v: &Viability) -> Option<String> {
    let mut cases: Vec<(String, Option<f64>, Option<bool>)> = Vec::new();
    let verdict = |checks: &[crate::finance::KeyFigure]| -> Option<bool> {
        let applied: Vec<bool> = checks.iter().filter_map(|c| c.passes).collect();
        (!applied.is_empty()).then(|| applied.iter().all(|p| *p))
    };
    cases.push((
        say("Base case"),
        v.figures.cumulative_dscr,
        verdict(&v.checks),
    ));
    for c in &v.sensitivity {
        cases.push((say(&c.name), c.figures.cumulative_dscr, verdict(&c.checks)));
    }
    if cases.iter().all(|(_, d, _)| d.is_none()) {
        return None;
    }
    let rule = v.acceptance.min_cumulative_dscr;
    let most = cases.iter().filter_map(|(_, d, _)| *d).fold(rule, f64::max);
    let top = nice_top(most);
    let mut svg = Svg::new();
    let mut y = 8.0;
    let heading = words::label_with(
        "Cumulative DSCR of each case; the rule: at least {rule} (dashed line)",
        &[("rule", Arg::Text(format!("{rule:.2}")))],
    );
    svg.text(10.0, y + 12.0, 11.5, "start", true, &heading);
    y += 26.0;
    let label_w = 230.0;
    let x0 = 10.0 + label_w;
    let bar_max = WIDTH - x0 - 150.0;
    let top_y = y;
    for (name, d, pass) in &cases {
        svg.text(
            10.0,
            y + 14.0,
            11.0,
            "start",
            false,
            &fit(name, 11.0, label_w - 8.0),
        );
        let verdict = say(match pass {
            Some(true) => "every rule met",
            Some(false) => "a rule not met",
            None => "verdict waits",
        });
        match d {
            Some(d) => {
                let w = (d / top * bar_max).clamp(0.0, bar_max);
                let fill = if *d >= rule { "#bdbdbd" } else { "url(#hatch)" };
                svg.rect(x0, y + 3.0, w, 15.0, fill, 0.8);
                let text = format!("{} ({verdict})", two(*d));
                svg.text(x0 + w + 6.0, y + 14.5, 11.0, "start", true, &text);
            }
            None => svg.text(x0, y + 14.5, 11.0, "start", false, &say("n/a")),
        }
        y += 22.0;
    }
    let rx = x0 + (rule / top * bar_max).clamp(0.0, bar_max);
    svg.line(rx, top_y - 2.0, rx, y, 2.0, "7 4");
    svg.line(x0, top_y - 2.0, x0, y, 1.0, "");
    svg.text(rx, y + 13.0, 10.0, "middle", false, &format!("{rule:.2}"));
    svg.text(x0, y + 13.0, 10.0, "middle", false, "0");
    Some(svg.finish(&say("Sensitivity of the viability"), 10.0))
}
