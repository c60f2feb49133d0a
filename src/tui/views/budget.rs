//! The live budget: the engine's financing of the action plan (and the CFC) under the
//! study's scheme — per component and source, the category and why, every cap hit or
//! rule not met by its name, the flags, a bar chart of cost by component and source, and
//! the CFC's means of finance. Also the budget strip above the action plan's lists, and
//! the comparison shown before the study switches to another scheme.
//!
//! Every amount is a figure of `Financing` written the way the documents write it (in
//! lakh), and rounded the way they round it (`finance::apportion`): the table's cells,
//! its row and column totals and the strip's figures are rounded together, so that every
//! row and column on screen adds up as printed. The bars only scale the exact figures to
//! the screen.

use crate::phrase::Said;
use ratatui::style::{Color, Modifier, Style};

use crate::check::{Report, Severity};
use crate::finance::apportion::{self, Rounded};
use crate::model::Rupees;
use crate::scheme::{Appraisal, ComponentFinancing, Financing, FlagLevel, Outcome, Source};

use super::{bold, cell, dim, plain, span, wrapped, Line};
use crate::i18n::Messages;
use crate::tui::message::Tone;
use unicode_width::UnicodeWidthStr;

/// The sources of a budget row, in the order of the table and the bars.
const SOURCES: usize = 4;

/// How each source looks in the bars: a fill a monochrome screen tells apart, and a colour.
const FILLS: [(&str, Color); SOURCES + 1] = [
    ("█", Color::Green),
    ("▓", Color::Blue),
    ("▒", Color::Yellow),
    ("░", Color::Magenta),
    ("╳", Color::Red),
];

fn amounts(c: &ComponentFinancing) -> [Rupees; SOURCES + 1] {
    [
        c.goi_rs,
        c.state_rs,
        c.beneficiary_rs,
        c.other_rs,
        // What no source meets (shown only when the row does not reconcile).
        Rupees(c.gap_rs.get().max(0)),
    ]
}

/// The source headings, short enough for a column.
fn headings(f: &Financing, m: &Messages) -> [String; SOURCES] {
    [
        m.label("GoI").into_owned(),
        m.label("State").into_owned(),
        f.labels.beneficiary.clone(),
        m.label("Others").into_owned(),
    ]
}

/// One cell of a table in Rs. lakh: Rs. 1,000 (0.01 lakh), as the documents print it.
const LAKH_CELL: i64 = 1_000;

/// The budget by component and source as it is printed: each row is a component's four
/// sources and what no source meets, rounded together, so a row's cost is the sum of its
/// cells as printed and each column's total the sum of that column as printed
/// (`cdstudy budget` rounds its table the same way).
fn shown(f: &Financing) -> Rounded {
    let cells: Vec<Vec<i64>> = f
        .components
        .iter()
        .map(|c| {
            [c.goi_rs, c.state_rs, c.beneficiary_rs, c.other_rs, c.gap_rs]
                .map(Rupees::get)
                .to_vec()
        })
        .collect();
    apportion::table(&cells, LAKH_CELL)
}

/// The column totals of `shown` (cost first, then the four sources, then the gap), zero
/// where the table has no column (no component yet).
fn shown_totals(r: &Rounded) -> [Rupees; SOURCES + 2] {
    let column = |j: usize| Rupees(r.columns.get(j).copied().unwrap_or(0));
    [
        Rupees(r.total),
        column(0),
        column(1),
        column(2),
        column(3),
        column(4),
    ]
}

/// The short heading of a source's column.
fn heading_of(f: &Financing, m: &Messages, source: Source) -> String {
    let i = match source {
        Source::Goi => 0,
        Source::State => 1,
        Source::Beneficiary => 2,
        Source::Other => 3,
    };
    headings(f, m)[i].clone()
}

/// A rule the engine applied, in the screen's language.
fn rule_name(r: &crate::scheme::RuleResult, m: &Messages) -> String {
    m.said(&r.name, Some(&crate::scheme::rule_phrase(&r.decision)))
        .into_owned()
}

/// Rules that cut a figure or are not met: what the consultant must see first.
fn bites(f: &Financing, m: &Messages) -> Vec<(String, Outcome, String)> {
    let of_components = f.components.iter().flat_map(|c| {
        c.rules
            .iter()
            .map(move |r| (c.id.clone(), r.outcome, rule_name(r, m)))
    });
    let of_study = f
        .rules
        .iter()
        .map(|r| ("study".to_string(), r.outcome, rule_name(r, m)));
    of_components
        .chain(of_study)
        .filter(|(_, o, _)| matches!(o, Outcome::CapHit | Outcome::NotMet))
        .collect()
}

/// The budget view's lines at `width`.
pub fn lines(appraisal: &Result<Appraisal, Said>, width: u16, m: &Messages) -> Vec<Line> {
    // The last column is the scroll marks'.
    let w = usize::from(width).saturating_sub(1);
    let a = match appraisal {
        Ok(a) => a,
        Err(e) => {
            let mut out = wrapped(&m.say(e), w, 4, Style::default().fg(Color::Yellow));
            out.push(Vec::new());
            out.push(vec![span(m.label("s chooses the study's scheme."), dim())]);
            return out;
        }
    };
    let f = &a.financing;
    let mut out: Vec<Line> = Vec::new();
    out.push(vec![span(
        format!("{} ({})", f.scheme_name, f.revision),
        bold(),
    )]);
    // The reason starts with the category: "general category: the cluster is not ...".
    let reason = m.said(&f.category_reason, Some(&f.category_reason_phrase));
    out.extend(wrapped(&reason, w, 3, plain()));
    out.push(Vec::new());
    table(&mut out, f, w, m);
    out.push(Vec::new());

    let bites = bites(f, m);
    if bites.is_empty() {
        out.push(vec![span(
            m.label("✓ No cap is hit and no rule is broken."),
            Style::default().fg(Color::Green),
        )]);
    } else {
        out.push(vec![span(m.label("Caps hit and rules not met"), bold())]);
        for (component, outcome, name) in &bites {
            let text = format!("✗ {} {component}: {name}", m.outcome(*outcome));
            out.extend(wrapped(&text, w, 3, red()));
        }
    }
    if f.has_errors() {
        out.push(vec![span(
            m.label("✗ The budget has errors: see the flags below."),
            red(),
        )]);
    }
    out.push(Vec::new());
    chart(&mut out, f, w, m);
    rules(&mut out, f, w, m);
    let flags: Vec<_> = f.flags.iter().collect();
    if !flags.is_empty() {
        out.push(Vec::new());
        out.push(vec![span(m.label("Flags"), bold())]);
        for flag in flags {
            let (sym, style) = match flag.level {
                FlagLevel::Error => ("✗", red()),
                FlagLevel::Warning => ("•", Style::default().fg(Color::Yellow)),
                FlagLevel::Note => ("i", dim()),
            };
            out.extend(wrapped(
                &format!(
                    "{sym} {}: {}",
                    flag.path,
                    m.said(
                        &flag.message,
                        Some(&crate::scheme::finding_phrase(&flag.finding))
                    )
                ),
                w,
                4,
                style,
            ));
        }
    }
    if let Some(mf) = f.cfc.as_ref().and_then(|c| c.means_of_finance.as_ref()) {
        out.push(Vec::new());
        out.push(vec![span(
            m.label("Means of finance of the CFC (Rs. lakh)"),
            bold(),
        )]);
        let fig = if w >= 90 { 12 } else { 8 };
        let cols = mf.columns.len() + 1;
        let name_w = w.saturating_sub(fig * cols).clamp(8, 30);
        let mut head = vec![span(cell("", name_w, false), dim())];
        for c in &mf.columns {
            let label = heading_of(f, m, c.source);
            head.push(span(format!(" {}", cell(&label, fig - 1, true)), dim()));
        }
        head.push(span(cell(&m.label("Total"), fig, true), dim()));
        out.push(head);
        // Rounded together like the budget table, so each head's row and each source's
        // column add up as printed.
        let rows: Vec<_> = mf.rows.iter().filter(|r| !r.total_rs.is_zero()).collect();
        let cells: Vec<Vec<i64>> = rows
            .iter()
            .map(|r| r.amounts_rs.iter().map(|a| a.get()).collect())
            .collect();
        let shown = apportion::table(&cells, LAKH_CELL);
        let figure =
            |v: Option<&i64>| cell(&Rupees(v.copied().unwrap_or(0)).lakh_figure(), fig, true);
        for (i, r) in rows.iter().enumerate() {
            let mut line = vec![span(cell(&m.label(r.label), name_w, false), plain())];
            for j in 0..mf.columns.len() {
                line.push(span(figure(shown.cells[i].get(j)), plain()));
            }
            line.push(span(figure(shown.rows.get(i)), plain()));
            out.push(line);
        }
        let mut total = vec![span(cell(&m.label("Total"), name_w, false), bold())];
        for j in 0..mf.columns.len() {
            total.push(span(figure(shown.columns.get(j)), bold()));
        }
        total.push(span(figure(Some(&shown.total)), bold()));
        out.push(total);
        let mut share = vec![span(cell(&m.label("% of cost"), name_w, false), dim())];
        for c in &mf.columns {
            let pct = c.pct_of_cost.map(|p| p.to_string()).unwrap_or_default();
            share.push(span(cell(&pct, fig, true), dim()));
        }
        out.push(share);
    }
    out
}

fn red() -> Style {
    Style::default().fg(Color::Red).add_modifier(Modifier::BOLD)
}

/// The budget by component (rows) and source (columns), in lakh, with the totals.
fn table(out: &mut Vec<Line>, f: &Financing, w: usize, m: &Messages) {
    let wide = w >= 90;
    let fig = if wide { 12 } else { 9 };
    let name_w = w.saturating_sub(fig * (SOURCES + 1)).clamp(7, 40);
    let mut head = vec![span(cell(&m.label("Rs. lakh"), name_w, false), dim())];
    head.push(span(cell(&m.label("Cost"), fig, true), bold()));
    for (i, h) in headings(f, m).iter().enumerate() {
        head.push(span(cell(h, fig, true), Style::default().fg(FILLS[i].1)));
    }
    out.push(head);
    let shown = shown(f);
    for (i, c) in f.components.iter().enumerate() {
        let name = if wide { &c.name } else { &c.id };
        let mut line = vec![span(cell(name, name_w, false), plain())];
        let cost = Rupees(shown.rows.get(i).copied().unwrap_or(0));
        line.push(span(cell(&cost.lakh_figure(), fig, true), plain()));
        for j in 0..SOURCES {
            let a = shown.cells.get(i).and_then(|r| r.get(j)).copied();
            line.push(span(
                cell(&Rupees(a.unwrap_or(0)).lakh_figure(), fig, true),
                plain(),
            ));
        }
        out.push(line);
    }
    let t = &f.totals;
    let totals = shown_totals(&shown);
    let mut total = vec![span(cell(&m.label("Total"), name_w, false), bold())];
    for a in &totals[..=SOURCES] {
        total.push(span(cell(&a.lakh_figure(), fig, true), bold()));
    }
    out.push(total);
    let share = t
        .goi_share_pct
        .map(|p| {
            m.phrase(&crate::phrase!(
                "GoI grant {pct} of the cost",
                pct = p.to_string()
            ))
        })
        .unwrap_or_default();
    let mut notes = vec![span(share, dim())];
    if !t.gap_rs.is_zero() {
        notes.push(span(
            m.phrase(&crate::phrase!(
                " · ✗ not met by the shares: {amount}",
                amount = totals[SOURCES + 1]
            )),
            red(),
        ));
    }
    out.push(notes);
    if !wide {
        let labels = m.phrase(&crate::phrase!(
            "State: {state} · Others: {others}",
            state = crate::phrase::word(&f.labels.state),
            others = crate::phrase::word(&f.labels.other)
        ));
        out.extend(wrapped(&labels, w, 2, dim()));
    }
}

/// Every rule the engine applied, by component, with what became of it: the headroom
/// under a cap that is not hit yet is here too.
fn rules(out: &mut Vec<Line>, f: &Financing, w: usize, m: &Messages) {
    out.push(Vec::new());
    out.push(vec![span(m.label("Rules applied"), bold())]);
    let groups = f
        .components
        .iter()
        .map(|c| (c.id.as_str(), &c.rules))
        .chain(std::iter::once(("study", &f.rules)));
    for (id, rules) in groups {
        for r in rules {
            let style = match r.outcome {
                Outcome::Applied => plain(),
                Outcome::CapHit | Outcome::NotMet => red(),
                Outcome::Met => Style::default().fg(Color::Green),
                Outcome::NotChecked | Outcome::Flagged => Style::default().fg(Color::Yellow),
                Outcome::Note => dim(),
            };
            let text = format!("{id}: {}: {}", m.outcome(r.outcome), rule_name(r, m));
            out.extend(wrapped(&text, w, 3, style));
        }
    }
}

/// Cost by component, each bar split by source; scaled to the largest component.
fn chart(out: &mut Vec<Line>, f: &Financing, w: usize, m: &Messages) {
    out.push(vec![span(m.label("Cost by component and source"), bold())]);
    let rows: Vec<&ComponentFinancing> = f
        .components
        .iter()
        .filter(|c| c.cost_rs.get() > 0)
        .collect();
    let Some(largest) = rows.iter().map(|c| c.cost_rs.get()).max() else {
        out.push(vec![span(m.label("No costed action yet."), dim())]);
        return;
    };
    let name_w = rows
        .iter()
        .map(|c| c.id.len())
        .max()
        .unwrap_or(4)
        .clamp(4, 12);
    let fig_w = 10;
    let bar_w = w.saturating_sub(name_w + fig_w + 2).max(4) as i128;
    for c in rows {
        let mut line = vec![span(format!("{} ", cell(&c.id, name_w, false)), plain())];
        let mut drawn = 0i128;
        let mut sum = 0i128;
        for (i, a) in amounts(c).iter().enumerate() {
            sum += a.get().max(0) as i128;
            // Each segment ends where the running sum falls on the bar: the segments add up
            // to the bar's length exactly.
            let end = (sum * bar_w + largest as i128 / 2) / largest as i128;
            let n = (end - drawn).max(0) as usize;
            if n > 0 {
                line.push(span(FILLS[i].0.repeat(n), Style::default().fg(FILLS[i].1)));
            }
            drawn = end.max(drawn);
        }
        line.push(span(format!(" {}", c.cost_rs.lakh_figure()), plain()));
        out.push(line);
    }
    let mut legend = Vec::new();
    for (i, h) in headings(f, m).iter().enumerate() {
        legend.push(span(
            format!("{} {h}  ", FILLS[i].0),
            Style::default().fg(FILLS[i].1),
        ));
    }
    if f.components.iter().any(|c| c.gap_rs.get() > 0) {
        legend.push(span(format!("{} not met", FILLS[SOURCES].0), red()));
    }
    out.push(legend);
    // The bars (and the narrow table) carry component ids to fit; say once what each is.
    let names: Vec<String> = f
        .components
        .iter()
        .map(|c| format!("{}: {}", c.id, c.name))
        .collect();
    out.extend(wrapped(&names.join(" · "), w, 2, dim()));
}

/// The budget strip above the action plan's lists: the totals, and the first cap hit by
/// its rule's name. `typed`: the figures are those of a value not yet kept (Some(false):
/// of what was typed before the last keys, being worked out again).
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
    let f = &a.financing;
    let [cost, goi, state, beneficiary, other, _] = shown_totals(&shown(f));
    let lead = m.label(match typed {
        Some(true) => "If kept (typed, not saved):",
        Some(false) => "If kept (updating…):",
        None => "Budget, lakh:",
    });
    let bites = bites(f, m);
    let mut text = m.with(
        "budget-strip",
        &[
            ("lead", lead.into_owned().into()),
            ("cost", cost.lakh_figure().into()),
            ("goi", goi.lakh_figure().into()),
            ("state", state.lakh_figure().into()),
            ("party", m.label(&f.labels.beneficiary).into_owned().into()),
            ("beneficiary", beneficiary.lakh_figure().into()),
            ("others", other.lakh_figure().into()),
        ],
    );
    if bites.is_empty() {
        text.push_str(" · ");
        text.push_str(&m.label("✓ no cap hit"));
    }
    let tone = if typed.is_some() {
        Tone::Warn
    } else {
        Tone::Info
    };
    let mut out: Vec<(String, Tone)> = super::view::wrap(&text, w, 2)
        .into_iter()
        .map(|l| (l, tone))
        .collect();
    if let Some((component, _, name)) = bites.first() {
        let more = match bites.len() {
            1 => String::new(),
            n => format!(" (+{} more: Budget tab)", n - 1),
        };
        out.push((
            super::view::fit(&format!("✗ {component}: {name}{more}"), w),
            Tone::Error,
        ));
    }
    out
}

/// What changes when the study switches scheme: category, budget, caps and findings, now
/// and after, for the question before the switch.
pub fn comparison(
    before: (&Result<Appraisal, Said>, &Report),
    after: (&Result<Appraisal, Said>, &Report),
    m: &Messages,
) -> Vec<String> {
    // The id, not the name: names run past the column, and the dialog's title names
    // the scheme being considered in full.
    let name = |a: &Result<Appraisal, Said>| match a {
        Ok(a) => a.financing.scheme.clone(),
        Err(_) => m.label("no scheme").into_owned(),
    };
    let mut rows: Vec<(String, String, String)> = vec![(
        m.label("Scheme").into_owned(),
        name(before.0),
        name(after.0),
    )];
    let figure = |a: &Result<Appraisal, Said>, pick: &dyn Fn(&Financing) -> String| match a {
        Ok(a) => pick(&a.financing),
        Err(_) => "—".to_string(),
    };
    let category = |f: &Financing| m.label(f.category.word()).into_owned();
    let flags = |f: &Financing| {
        let errors = f
            .flags
            .iter()
            .filter(|x| x.level == FlagLevel::Error)
            .count();
        format!("{} ({errors})", f.flags.len())
    };
    let bitten = |f: &Financing| bites(f, &Messages::english()).len().to_string();
    let total = |i: usize| move |f: &Financing| shown_totals(&shown(f))[i].lakh_figure();
    type Pick<'a> = &'a dyn Fn(&Financing) -> String;
    let lines: [(&str, Pick); 8] = [
        ("Category", &category),
        ("Cost", &total(0)),
        ("GoI grant", &total(1)),
        ("State", &total(2)),
        ("SPV / beneficiaries", &total(3)),
        ("Others", &total(4)),
        ("Caps hit, rules unmet", &bitten),
        ("Flags (errors)", &flags),
    ];
    for (label, pick) in lines {
        rows.push((
            m.label(label).into_owned(),
            figure(before.0, pick),
            figure(after.0, pick),
        ));
    }
    let findings = |r: &Report| {
        let errors = r
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        m.phrase(&crate::phrase!(
            "{count} ({errors} errors)",
            count = r.findings.len(),
            errors
        ))
    };
    rows.push((
        m.label("Findings of check").into_owned(),
        findings(before.1),
        findings(after.1),
    ));
    // Rows start with a word (the dialog's wrapping drops leading spaces), and are
    // narrow enough for the dialog at 80 columns: 20 + 15 + 15 + 2, in columns of the
    // screen (a Devanagari label is fewer columns than chars).
    let pad = |text: &str, width: usize| " ".repeat(width.saturating_sub(text.width()));
    let row = |label: &str, now: &str, then: &str| {
        format!(
            "{label}{}{}{now}{}{then}",
            pad(label, 20),
            pad(now, 15),
            pad(then, 15)
        )
    };
    let mut out = vec![row(
        &m.label("Amounts in lakh"),
        &m.label("currently"),
        &m.label("if switched"),
    )];
    for (label, now, then) in rows {
        let mark = if now == then { "" } else { " ←" };
        out.push(format!("{}{mark}", row(&label, &now, &then)));
    }
    out.push(String::new());
    out.push(
        m.label(
            "← marks what changes. Accepting changes the study's scheme (meta.scheme) in one \
             edit that Ctrl-Z undoes.",
        )
        .into_owned(),
    );
    out
}
