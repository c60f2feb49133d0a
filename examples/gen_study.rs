//! Writes a study of any size, for benchmarks and for trying the UI on a large study.
//!
//! The items are copies of the Ujjain example's, renumbered, with every reference rewired
//! to an item that exists (a bottleneck's stage, a theme's bottlenecks, an action's theme
//! and indicators, an interview's bottlenecks, a visit's stakeholders, a link's stages), so
//! `cdstudy check` loads the result without errors and its findings are about content,
//! not about broken references.
//!
//! ```text
//! cargo run --release --example gen_study -- --stakeholders 200 --stages 60 \
//!     --bottlenecks 1000 --themes 200 --actions 5000 --indicators 500 --interviews 100 \
//!     --out /tmp/large.yaml
//! ```
//! Without `--out` the study is written to standard output.

use std::io::Write;
use std::process::ExitCode;

use cdstudy::model::{Id, Study};

const TEMPLATE: &str = include_str!("../studies/ujjain-plastic.yaml");

#[derive(Debug, Clone, Copy)]
struct Scale {
    stakeholders: usize,
    stages: usize,
    bottlenecks: usize,
    themes: usize,
    actions: usize,
    indicators: usize,
    interviews: usize,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_study: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut scale = Scale {
        stakeholders: 200,
        stages: 60,
        bottlenecks: 1000,
        themes: 200,
        actions: 5000,
        indicators: 500,
        interviews: 100,
    };
    let mut out: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let n = || {
            value
                .parse::<usize>()
                .map_err(|_| format!("{flag}: '{value}' is not a count"))
                .map(|n| n.max(1))
        };
        match flag.as_str() {
            "--stakeholders" => scale.stakeholders = n()?,
            "--stages" => scale.stages = n()?,
            "--bottlenecks" => scale.bottlenecks = n()?,
            "--themes" => scale.themes = n()?,
            "--actions" => scale.actions = n()?,
            "--indicators" => scale.indicators = n()?,
            "--interviews" => scale.interviews = n()?,
            "--out" => out = Some(value),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    let study = generate(scale)?;
    let yaml = cdstudy::store::to_yaml(&study).map_err(|e| e.to_string())?;
    match out {
        Some(path) => std::fs::write(&path, yaml).map_err(|e| format!("{path}: {e}")),
        None => std::io::stdout()
            .write_all(yaml.as_bytes())
            .map_err(|e| e.to_string()),
    }
}

/// The `i`-th copy (0-based) of a template list, cycling through it.
fn pick<T: Clone>(items: &[T], i: usize) -> Result<T, String> {
    items
        .get(i % items.len().max(1))
        .cloned()
        .ok_or_else(|| "the template has an empty list".to_string())
}

fn generate(s: Scale) -> Result<Study, String> {
    let template = cdstudy::store::parse_str(TEMPLATE, std::path::Path::new("template"))
        .map_err(|e| e.to_string())?
        .study;
    let mut study = template.clone();
    let id = |p: &str, i: usize| Id::new(p, (i + 1) as u32);
    // The i-th item of a list of n, as a reference (1-based ids).
    let nth = |p: &str, i: usize, n: usize| Id::new(p, (i % n + 1) as u32);

    study.stakeholders = (0..s.stakeholders)
        .map(|i| {
            let mut x = pick(&template.stakeholders, i)?;
            x.id = id("st", i);
            x.name = format!("{} {}", x.name, i + 1);
            Ok(x)
        })
        .collect::<Result<_, String>>()?;
    for (v, visit) in study.field_work.visits.iter_mut().enumerate() {
        visit.met = (0..3)
            .map(|k| nth("st", v * 3 + k, s.stakeholders))
            .collect();
    }
    study.value_chain.stages = (0..s.stages)
        .map(|i| {
            let mut x = pick(&template.value_chain.stages, i)?;
            x.id = id("vc", i);
            x.name = format!("{} {}", x.name, i + 1);
            Ok(x)
        })
        .collect::<Result<_, String>>()?;
    let link = pick(&template.value_chain.links, 0)?;
    study.value_chain.links = (1..s.stages)
        .map(|i| {
            let mut l = link.clone();
            l.from = id("vc", i - 1);
            l.to = id("vc", i);
            l
        })
        .collect();
    study.bottlenecks = (0..s.bottlenecks)
        .map(|i| {
            let mut x = pick(&template.bottlenecks, i)?;
            x.id = id("b", i);
            x.title = format!("{} ({})", x.title, i + 1);
            x.stage = Some(nth("vc", i, s.stages));
            Ok(x)
        })
        .collect::<Result<_, String>>()?;
    study.themes = (0..s.themes)
        .map(|i| {
            let mut x = pick(&template.themes, i)?;
            x.id = id("t", i);
            x.title = format!("{} ({})", x.title, i + 1);
            // Every bottleneck is addressed by some theme.
            x.addresses = (i..s.bottlenecks.max(i + 1))
                .step_by(s.themes)
                .map(|b| nth("b", b, s.bottlenecks))
                .collect();
            Ok(x)
        })
        .collect::<Result<_, String>>()?;
    study.indicators = (0..s.indicators)
        .map(|i| {
            let mut x = pick(&template.indicators, i)?;
            x.id = id("k", i);
            x.name = format!("{} ({})", x.name, i + 1);
            Ok(x)
        })
        .collect::<Result<_, String>>()?;
    study.action_plan.actions = (0..s.actions)
        .map(|i| {
            let mut x = pick(&template.action_plan.actions, i)?;
            x.id = id("a", i);
            x.title = format!("{} ({})", x.title, i + 1);
            x.theme = Some(nth("t", i, s.themes));
            x.indicators = vec![nth("k", i, s.indicators)];
            // Only the template's own actions fund the scheme's components: copies of them
            // would put the CFC's cost in the plan many times over.
            if i >= template.action_plan.actions.len() {
                x.component = String::new();
            }
            Ok(x)
        })
        .collect::<Result<_, String>>()?;
    study.field_work.interviews = (0..s.interviews)
        .map(|i| {
            let mut x = pick(&template.field_work.interviews, i)?;
            x.id = id("iv", i);
            x.unit = format!("{} {}", x.unit, i + 1);
            x.bottlenecks = (0..3).map(|k| nth("b", i * 3 + k, s.bottlenecks)).collect();
            Ok(x)
        })
        .collect::<Result<_, String>>()?;
    // Review notes about items that may no longer exist are pointed at sections.
    for note in &mut study.review {
        if !study_has(&template, &note.on) {
            continue;
        }
        note.on = "swot".into();
    }
    for (prefix, n) in [
        ("st", s.stakeholders),
        ("vc", s.stages),
        ("b", s.bottlenecks),
        ("t", s.themes),
        ("a", s.actions),
        ("k", s.indicators),
        ("iv", s.interviews),
    ] {
        let entry = study.last_ids.entry(prefix.to_string()).or_insert(0);
        *entry = (*entry).max(n as u32);
    }
    Ok(study)
}

fn study_has(study: &Study, on: &str) -> bool {
    on.parse::<Id>().is_ok_and(|id| study.has_item(&id))
}
