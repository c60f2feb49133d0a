//! Writes a portfolio of N studies into a folder, for `cdstudy portfolio`'s benchmark and
//! tests: copies of the bundled Ujjain (three in four) and Bokaro examples, spread over
//! states and districts (a folder per state and district, as a department might keep
//! them), schemes, the eight stages of the pipeline, CFC sizes and selection scores, and a
//! few broken files (one in 500, and at least one from 10 studies up) that must be listed
//! without stopping the run.
//!
//! ```text
//! cargo run --release --example gen_portfolio -- --studies 6000 --out /tmp/portfolio
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cdstudy::model::{ActionStatus, Status, Study};

const UJJAIN: &str = include_str!("../studies/ujjain-plastic.yaml");
const BOKARO: &str = include_str!("../studies/bokaro-bamboo.yaml");

/// States with some of their districts.
const PLACES: [(&str, [&str; 4]); 6] = [
    (
        "Madhya Pradesh",
        ["Ujjain", "Indore", "Gwalior", "Jabalpur"],
    ),
    ("Jharkhand", ["Bokaro", "Ranchi", "Dhanbad", "Hazaribagh"]),
    (
        "Jammu and Kashmir",
        ["Srinagar", "Jammu", "Anantnag", "Baramulla"],
    ),
    ("Haryana", ["Panipat", "Karnal", "Rohtak", "Hisar"]),
    ("Uttar Pradesh", ["Moradabad", "Kanpur", "Agra", "Varanasi"]),
    ("Tamil Nadu", ["Tiruppur", "Coimbatore", "Madurai", "Salem"]),
];

const SCHEMES: [&str; 3] = ["mse-cdp", "mse-cdp", "sfurti"];

#[allow(dead_code)]
fn main() -> ExitCode {
    let mut n = 100usize;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let Some(value) = args.next() else {
            eprintln!("gen_portfolio: {flag} needs a value");
            return ExitCode::from(2);
        };
        match flag.as_str() {
            "--studies" => match value.parse() {
                Ok(v) => n = v,
                Err(_) => {
                    eprintln!("gen_portfolio: --studies: '{value}' is not a count");
                    return ExitCode::from(2);
                }
            },
            "--out" => out = Some(PathBuf::from(value)),
            _ => {
                eprintln!("gen_portfolio: unknown option {flag} (--studies N --out DIR)");
                return ExitCode::from(2);
            }
        }
    }
    let Some(out) = out else {
        eprintln!("gen_portfolio: give the folder to write with --out DIR");
        return ExitCode::from(2);
    };
    match generate(&out, n) {
        Ok(written) => {
            eprintln!("gen_portfolio: {written} files in {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_portfolio: {e}");
            ExitCode::from(2)
        }
    }
}

fn slug(s: &str) -> String {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Study `i` of a generated portfolio.
pub fn study(i: usize) -> Result<Study, String> {
    let bokaro = i % 4 == 1;
    let text = if bokaro { BOKARO } else { UJJAIN };
    let mut s = cdstudy::store::parse_str(text, Path::new("template.yaml"))
        .map_err(|e| e.to_string())?
        .study;
    let (state, districts) = PLACES[i % PLACES.len()];
    let district = districts[(i / PLACES.len()) % districts.len()];
    s.meta.id = format!("{}-{i}", slug(district));
    s.cluster.state = state.to_string();
    s.cluster.district = district.to_string();
    s.cluster.name = format!("{} cluster {i}", s.cluster.name);
    if !bokaro {
        s.meta.scheme = SCHEMES[(i / 7) % SCHEMES.len()].to_string();
    }
    // Sizes: the CFC's machines in larger or smaller numbers.
    if let Some(cfc) = s.cfc.as_mut() {
        let k = 1 + (i % 3) as u32;
        for m in &mut cfc.costs.machinery {
            m.quantity = Some(m.quantity.unwrap_or(1) * k);
        }
    }
    if let Some(sel) = s.selection.as_mut() {
        for (j, c) in sel.scores.iter_mut().enumerate() {
            c.score = Some(((i * 7 + j * 3) % 5 + 1) as u32);
        }
    }
    // The stage: each of the eight in turn, by what the study holds.
    match i % 8 {
        0 => {
            s.field_work = Default::default();
            s.value_chain = Default::default();
            s.bottlenecks.clear();
            s.cfc = None;
            s.progress = None;
            s.meta.status = Status::Draft;
        }
        1 => {
            s.cfc = None;
            s.progress = None;
            s.meta.status = Status::Draft;
        }
        2 => {
            s.cfc = None;
            s.progress = None;
            s.meta.status = Status::Submitted;
        }
        3 => s.cfc = None,
        4 => s.progress = None,
        5 => {
            if s.progress.is_none() {
                s.meta.status = Status::Approved;
            }
            if let Some(p) = s.progress.as_mut() {
                p.periods.clear();
            }
        }
        6 => {}
        _ => {
            if let Some(p) = s.progress.as_mut() {
                if let Some(last) = p.periods.last_mut() {
                    for a in &mut last.actions {
                        a.status = Some(ActionStatus::Done);
                    }
                    let reported: Vec<_> = last
                        .actions
                        .iter()
                        .filter_map(|a| a.action.clone())
                        .collect();
                    for a in &s.action_plan.actions {
                        if !reported.contains(&a.id) {
                            last.actions.push(cdstudy::model::ActionProgress {
                                action: Some(a.id.clone()),
                                status: Some(ActionStatus::Done),
                                ..Default::default()
                            });
                        }
                    }
                }
            }
        }
    }
    Ok(s)
}

/// Whether file `i` of `n` is written broken.
pub fn broken(i: usize, n: usize) -> bool {
    (i % 500 == 499) || (n >= 10 && i == 5)
}

/// Writes `n` studies under `out`; returns how many files.
pub fn generate(out: &Path, n: usize) -> Result<usize, String> {
    for i in 0..n {
        let s = study(i)?;
        let dir = out
            .join(slug(&s.cluster.state))
            .join(slug(&s.cluster.district));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = dir.join(format!("{}.yaml", s.meta.id));
        let mut yaml = cdstudy::store::to_yaml(&s).map_err(|e| e.to_string())?;
        if broken(i, n) {
            // A key the format does not have, as a hand edit might leave.
            yaml = yaml.replacen("meta:\n", "meta:\n  budget_head: 12\n", 1);
        }
        std::fs::write(&path, yaml).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(n)
}
