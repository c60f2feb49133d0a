//! The CFC's viability panel: the key figures (DSCR, break-even, ROCE, IRR, NPV, payback)
//! against the scheme's acceptance rules, the sensitivity cases, and what the projection
//! assumed; or what it still needs. Also the CFC's strip: its cost, grant and verdict,
//! kept in view while its inputs are edited.
//!
//! The figures are the engine's (`finance::viability` through `scheme::appraise`), shown
//! as it writes them.

use crate::phrase::Said;
use std::borrow::Cow;

use ratatui::style::{Color, Modifier, Style};

use crate::finance::KeyFigure;
use crate::i18n::Messages;
use crate::model::Study;
use crate::scheme::Appraisal;

use super::{bold, cell, dim, plain, span, wrapped, Line};
use crate::tui::message::Tone;

/// The short name of a figure, for narrow columns.
fn short_name<'a>(k: &'a KeyFigure, m: &Messages) -> Cow<'a, str> {
    match k.code {
        "dscr" => m.label("Cumulative DSCR"),
        "break-even" => m.label("Break-even"),
        "roce" => "ROCE".into(),
        "irr" => "IRR".into(),
        "npv" => "NPV".into(),
        _ => Cow::Borrowed(&k.name),
    }
}

/// Whether a figure meets its rule, as far as the study is held to it: a scheme without
/// acceptance rules of its own (SFURTI) is compared with a benchmark and never passes or
/// fails, as the documents and `cdstudy budget` say.
fn held(a: &Appraisal, k: &KeyFigure) -> Option<bool> {
    if a.acceptance_note.is_some() {
        None
    } else {
        k.passes
    }
}

fn verdict(a: &Appraisal, k: &KeyFigure, m: &Messages) -> (String, Style) {
    if a.acceptance_note.is_some() {
        return (String::new(), dim());
    }
    let (word, style) = match k.passes {
        Some(true) => ("✓ meets", Style::default().fg(Color::Green)),
        Some(false) => (
            "✗ does not meet",
            Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        ),
        None => ("– no rule", dim()),
    };
    (m.label(word).into_owned(), style)
}

/// The viability view's lines at `width`.
pub fn lines(
    study: &Study,
    appraisal: &Result<Appraisal, Said>,
    width: u16,
    m: &Messages,
) -> Vec<Line> {
    // The last column is the scroll marks'.
    let w = usize::from(width).saturating_sub(1);
    let a = match appraisal {
        Ok(a) => a,
        Err(e) => return wrapped(&m.say(e), w, 4, Style::default().fg(Color::Yellow)),
    };
    let mut out: Vec<Line> = Vec::new();
    if study.cfc.is_none() {
        out.extend(wrapped(
            &m.label(
                "The study proposes no Common Facility Centre, so there is no viability to \
                 appraise. A CFC is described on the other tabs of this section.",
            ),
            w,
            4,
            dim(),
        ));
        return out;
    }
    // The engine says what a verdict still waits for (`Viability::needs`).
    let v = match &a.viability {
        Some(v) if v.needs.is_empty() => v,
        _ => {
            return not_yet(a, w, m);
        }
    };
    out.push(if a.acceptance_note.is_some() {
        vec![span(
            m.phrase(&crate::phrase!(
                "Compared with a benchmark, no verdict ({years} years)",
                years = v.years
            )),
            Style::default().fg(Color::Yellow),
        )]
    } else if v.accepted {
        vec![span(
            m.phrase(&crate::phrase!(
                "✓ Meets every acceptance rule that applies ({years} years)",
                years = v.years
            )),
            Style::default()
                .fg(Color::Green)
                .add_modifier(Modifier::BOLD),
        )]
    } else {
        vec![span(
            m.phrase(&crate::phrase!(
                "✗ Fails an acceptance rule ({years} years): see ✗ below",
                years = v.years
            )),
            Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        )]
    });
    let wide = w >= 80;
    let value_w = if wide { 16 } else { 18 };
    let rule_w = 14;
    // Wide: the figures' full names, and the verdict in words.
    let name_w = if wide {
        w.saturating_sub(value_w + rule_w + 19).clamp(16, 60)
    } else {
        16
    };
    out.push(vec![
        span(cell(&m.label("Figure"), name_w, false), dim()),
        span(
            format!(" {}", cell(&m.label("Value"), value_w, true)),
            dim(),
        ),
        span(
            format!(
                "  {}",
                cell(
                    &m.label(if a.acceptance_note.is_some() {
                        "Benchmark"
                    } else {
                        "Rule"
                    }),
                    rule_w,
                    false
                )
            ),
            dim(),
        ),
    ]);
    for k in &v.checks {
        // The full name where it fits, else the short one.
        let name = if k.name.chars().count() <= name_w {
            Cow::Borrowed(k.name.as_str())
        } else {
            short_name(k, m)
        };
        let (word, style) = verdict(a, k, m);
        // Narrow: the mark alone; the words where there is room.
        let word = if wide {
            word
        } else {
            word[..word.find(' ').unwrap_or(word.len())].to_string()
        };
        out.push(vec![
            span(cell(&name, name_w, false), plain()),
            span(
                format!(" {}", cell(&m.say(&k.shown), value_w, true)),
                bold(),
            ),
            span(
                format!("  {} ", cell(&m.say(&k.rule), rule_w, false)),
                plain(),
            ),
            span(word, style),
        ]);
    }
    let payback = match v.figures.payback_years {
        Some(y) => m.phrase(&crate::phrase!("{y} years", y = format!("{y:.2}"))),
        None => m.phrase(&crate::phrase!("not within {years} years", years = v.years)),
    };
    out.push(vec![
        span(cell(&m.label("Payback"), name_w, false), plain()),
        span(format!(" {}", cell(&payback, value_w, true)), bold()),
    ]);
    out.push(vec![
        span(cell(&m.label("Project cost"), name_w, false), plain()),
        span(
            format!(" {}", cell(&m.amount(v.project_cost_rs), value_w, true)),
            plain(),
        ),
    ]);
    out.extend(wrapped(
        &format!(
            "{}: {}",
            m.label(if a.acceptance_note.is_some() {
                "Benchmark for comparison"
            } else {
                "Held against"
            }),
            v.acceptance.source
        ),
        w,
        2,
        dim(),
    ));
    if let Some(note) = &a.acceptance_note {
        out.extend(wrapped(
            &m.say(note),
            w,
            3,
            Style::default().fg(Color::Yellow),
        ));
    }

    out.push(Vec::new());
    out.push(vec![span(m.label("Sensitivity"), bold())]);
    let npv_lakh = m.label("NPV lakh");
    let codes: &[(&str, &str)] = if wide {
        &[
            ("dscr", "DSCR"),
            ("break-even", "BEP"),
            ("roce", "ROCE"),
            ("irr", "IRR"),
            ("npv", &npv_lakh),
        ]
    } else {
        &[("roce", "ROCE"), ("irr", "IRR"), ("npv", &npv_lakh)]
    };
    let fig = 9usize;
    let case_w = w.saturating_sub(fig * codes.len()).clamp(10, 40);
    let mut head = vec![span(cell(&m.label("Case"), case_w, false), dim())];
    for (_, label) in codes {
        head.push(span(cell(label, fig, true), dim()));
    }
    out.push(head);
    let base_case = m.label("Base case");
    let base = (&*base_case, &v.checks);
    let cases = v.sensitivity.iter().map(|c| (c.name.as_str(), &c.checks));
    for (name, checks) in std::iter::once(base).chain(cases) {
        let mut line = vec![span(cell(name, case_w, false), plain())];
        for (code, _) in codes {
            let k = checks.iter().find(|k| k.code == *code);
            // NPV in lakh, as the column says; the others as the engine writes them.
            let shown = match k {
                Some(k) if k.code == "npv" => k
                    .amount_rs
                    .map(|r| r.lakh_figure())
                    .unwrap_or_else(|| "-".into()),
                Some(k) if k.value.is_some() => m.say(&k.shown),
                _ => "-".into(),
            };
            let style = match k.and_then(|k| held(a, k)) {
                Some(false) => Style::default().fg(Color::Red),
                _ => plain(),
            };
            line.push(span(cell(&shown, fig, true), style));
        }
        out.push(line);
    }
    if !v.assumptions.is_empty() {
        out.push(Vec::new());
        out.push(vec![span(m.label("What the projection assumed"), bold())]);
        for a in &v.assumptions {
            out.extend(wrapped(&format!("· {a}"), w, 3, dim()));
        }
    }
    out
}

/// No verdict: what the projection, or a verdict on it, still needs.
fn not_yet(a: &Appraisal, w: usize, m: &Messages) -> Vec<Line> {
    let mut out = vec![vec![span(
        m.label(if a.viability.is_some() {
            "No verdict yet: the figures need"
        } else {
            "Not computed yet: the projection needs"
        }),
        Style::default()
            .fg(Color::Yellow)
            .add_modifier(Modifier::BOLD),
    )]];
    let needs = a.viability.iter().flat_map(|v| &v.needs);
    let missing = a
        .viability_missing
        .iter()
        .chain(needs)
        .map(|m| (m.path.as_str(), m.what.as_str()));
    for (path, what) in missing {
        out.extend(wrapped(
            &format!("• {path}: {what}"),
            w,
            3,
            Style::default().fg(Color::Yellow),
        ));
    }
    out.push(Vec::new());
    out.extend(wrapped(
        &m.label("Ctrl-N goes to each in turn."),
        w,
        1,
        dim(),
    ));
    out
}

/// The CFC's strip: its cost and grant, then the viability figure by figure, in at most
/// two lines. `typed` as for the budget's strip.
pub fn strip(
    appraisal: Result<&Appraisal, &Said>,
    typed: Option<bool>,
    w: usize,
    m: &Messages,
) -> Vec<(String, Tone)> {
    let a = match appraisal {
        Ok(a) => a,
        Err(e) => return vec![(super::view::fit(&m.say(e), w), Tone::Warn)],
    };
    let mut bits = Vec::new();
    match typed {
        Some(true) => bits.push(m.label("If kept (typed, not saved):").into_owned()),
        Some(false) => bits.push(m.label("If kept (updating…):").into_owned()),
        None => {}
    }
    let f = &a.financing;
    if let Some(cfc) = &f.cfc {
        let grant = f
            .component(&cfc.component)
            .map(|c| m.phrase(&crate::phrase!(", GoI grant {amount}", amount = c.goi_rs)))
            .unwrap_or_default();
        bits.push(m.phrase(&crate::phrase!(
            "CFC {cost}{grant}",
            cost = cfc.project_cost_rs,
            grant
        )));
    } else if let Some(v) = &a.viability {
        // A scheme that funds the CFC as one of its components, not as a project.
        bits.push(m.phrase(&crate::phrase!("CFC {cost}", cost = v.project_cost_rs)));
    }
    let mut tone = Tone::Info;
    match &a.viability {
        Some(v) if !v.needs.is_empty() => {
            tone = Tone::Warn;
            bits.push(
                m.label("no verdict yet: no running costs (Viability tab)")
                    .into_owned(),
            );
        }
        Some(v) => {
            if !v.accepted && a.acceptance_note.is_none() {
                tone = Tone::Error;
            }
            for k in &v.checks {
                let mark = match held(a, k) {
                    Some(true) => "✓",
                    Some(false) => "✗",
                    // Compared with a benchmark: the figure alone, as no rule holds it.
                    None if a.acceptance_note.is_some() => "",
                    None => "–",
                };
                let name = match k.code {
                    "break-even" => "BEP",
                    "dscr" => "DSCR",
                    "roce" => "ROCE",
                    "irr" => "IRR",
                    "npv" => "NPV",
                    _ => k.name.as_str(),
                };
                // Money reads shorter in lakh; the ratios as the engine writes them.
                let shown = match k.amount_rs {
                    Some(r) => r.lakh_figure() + " L",
                    None => m.say(&k.shown).split(' ').next().unwrap_or("").to_string(),
                };
                bits.push(format!("{name} {shown} {mark}").trim_end().to_string());
            }
            if a.acceptance_note.is_some() {
                bits.push(m.label("for comparison only").into_owned());
            }
        }
        None if !a.viability_missing.is_empty() => {
            tone = Tone::Warn;
            let n = a.viability_missing.len();
            bits.push(m.with("strip-viability-inputs-missing", &[("count", n.into())]));
        }
        None => {}
    }
    if typed.is_some() {
        tone = Tone::Warn;
    }
    super::view::wrap(&bits.join(" · "), w, 2)
        .into_iter()
        .map(|l| (l, tone))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::store::{self, DiskState};

    use super::*;
    use crate::tui::app::App;

    fn text(lines: &[Line]) -> String {
        lines
            .iter()
            .map(|l| l.iter().map(|(t, _)| t.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn no_verdict_without_running_costs() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("studies/ujjain-plastic.yaml");
        let mut study = match store::load(&path) {
            Ok(l) => l.study,
            Err(e) => panic!("{e}"),
        };
        let app = |study: &crate::model::Study| {
            let disk = DiskState::of_bytes(b"");
            App::new(path.clone(), study.clone(), disk)
        };
        let a = app(&study);
        let en = crate::i18n::Messages::english();
        let with_costs = text(&lines(&a.study, &a.appraisal, 80, &en));
        assert!(with_costs.contains("✓ Meets"), "{with_costs}");
        let cfc = study.cfc.as_mut().unwrap();
        cfc.operations.fixed_costs.clear();
        cfc.operations.variable_costs.clear();
        let a = app(&study);
        let shown = text(&lines(&a.study, &a.appraisal, 80, &en));
        assert!(!shown.contains('✓'), "{shown}");
        assert!(shown.contains("No verdict yet"), "{shown}");
        assert!(shown.contains("cfc.operations.fixed_costs"), "{shown}");
        let strip = strip(a.appraisal.as_ref(), None, 200, &en);
        let strip: String = strip.into_iter().map(|(t, _)| t).collect();
        assert!(!strip.contains('✓'), "{strip}");
        assert!(strip.contains("no verdict yet"), "{strip}");
    }
}
