//! `cdstudy schemes`: the schemes cdstudy knows (built in, or added under --templates),
//! and `schemes show ID`: one scheme's rules in words. Also the loading of the schemes
//! that `budget` and `check` share.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{print_json, Outcome, TextOrJson};
use cdstudy::assets::Assets;
use cdstudy::scheme::{explain, match_schemes, Catalog};

pub const EXAMPLES: &str = "\
Examples:
  cdstudy schemes
  cdstudy schemes show mse-cdp
  cdstudy schemes show sfurti --format json
  cdstudy schemes match studies/ujjain-plastic.yaml
  cdstudy schemes --templates my-templates/

A scheme is a folder templates/<id>/ with a scheme.yaml of its funding rules; a folder of the
same shape given with --templates adds schemes or overrides the built-in ones.";

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<Action>,
    /// A folder of templates over the built-in ones (default: the folder CDSTUDY_TEMPLATES
    /// names, else only the built-in).
    #[arg(long, value_name = "DIR", global = true)]
    pub templates: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = TextOrJson::Text, global = true)]
    pub format: TextOrJson,
}

#[derive(clap::Subcommand, Debug)]
pub enum Action {
    /// Explain one scheme's rules in words.
    Show {
        /// The scheme's id, e.g. mse-cdp.
        id: String,
    },
    /// The schemes a study may be eligible for, with the grant each would give, best
    /// first, and those it is not, with the first reason why.
    Match {
        /// The study file.
        file: PathBuf,
    },
}

/// The run's workspace (`templates`, else `CDSTUDY_TEMPLATES`, else the built-in tree)
/// with its scheme rules read and validated; says why not, on stderr, when they cannot
/// be used. Every command starts here, so that all see the same schemes.
pub fn workspace(templates: Option<&Path>, command: &str) -> Option<Assets> {
    let ws = match Assets::resolve(templates) {
        Ok(ws) => ws,
        Err(e) => {
            errln!("cdstudy {command}: {e}");
            return None;
        }
    };
    if let Err(e) = ws.catalog() {
        errln!("cdstudy {command}: the scheme rules cannot be used:\n{e}");
        return None;
    }
    Some(ws)
}

/// The rules of a workspace [`workspace`] has already read (so never an error here; one
/// that came would have been printed there).
pub fn rules(ws: &Assets) -> Option<&Catalog> {
    ws.catalog().ok()
}

pub fn run(args: Args) -> Outcome {
    let Some(ws) = workspace(args.templates.as_deref(), "schemes") else {
        return Outcome::Trouble;
    };
    let Some(catalog) = rules(&ws) else {
        return Outcome::Trouble;
    };
    match args.action {
        None => list(catalog, args.format),
        Some(Action::Show { id }) => show(catalog, &id, args.format),
        Some(Action::Match { file }) => find(catalog, &file, args.format),
    }
}

/// `schemes match FILE`: the finder.
fn find(catalog: &Catalog, file: &Path, format: TextOrJson) -> Outcome {
    let loaded = match cdstudy::store::load(file) {
        Ok(l) => l,
        Err(e) => {
            errln!("error: {e}");
            return Outcome::Trouble;
        }
    };
    let matches = match_schemes(&loaded.study, catalog);
    if format == TextOrJson::Json {
        return print_json(
            "schemes",
            &serde_json::json!({ "file": file.display().to_string(), "schemes": matches }),
        );
    }
    let lakh = |r: cdstudy::model::Rupees| r.lakh_figure();
    outln!(
        "{}: schemes it may be eligible for, best first (grants in Rs. lakh)",
        file.display()
    );
    let figures = |m: &cdstudy::scheme::Match| {
        format!(
            "grant {} (GoI {}, State {}) of a cost of {}, {} category",
            lakh(m.grant_rs),
            lakh(m.goi_rs),
            lakh(m.state_rs),
            lakh(m.cost_rs),
            m.category.word()
        )
    };
    for m in matches.iter().filter(|m| m.ranked()) {
        outln!();
        outln!("  {} ({}): {}", m.scheme, m.revision, figures(m));
        for r in &m.reasons {
            super::budget::print_wrapped(r, "    - ", "      ");
        }
    }
    if !matches.iter().any(|m| m.ranked()) {
        outln!("  none");
    }
    let superseded: Vec<_> = matches.iter().filter(|m| m.group() == 1).collect();
    if !superseded.is_empty() {
        outln!();
        outln!("Superseded revisions, not ranked (kept for studies made under them):");
        for m in superseded {
            let first = m.reasons.first().map(String::as_str).unwrap_or_default();
            let then = if m.eligible {
                figures(m)
            } else {
                m.reasons.get(1).cloned().unwrap_or_default()
            };
            super::budget::print_wrapped(
                &format!("{} ({}): {first}; {then}", m.scheme, m.revision),
                "  - ",
                "    ",
            );
        }
    }
    outln!();
    outln!("Not eligible, or nothing to compare:");
    for m in matches.iter().filter(|m| m.group() == 2) {
        let why = m.reasons.first().map(String::as_str).unwrap_or_default();
        super::budget::print_wrapped(&format!("{}: {why}", m.scheme), "  - ", "    ");
    }
    outln!();
    outln!("Eligibility is decided from the rules each scheme's file states (\"not told\": the study lacks the fact); read each guideline before choosing.");
    Outcome::Fine
}

fn list(catalog: &Catalog, format: TextOrJson) -> Outcome {
    #[derive(Serialize)]
    struct Entry<'a> {
        id: &'a str,
        name: &'a str,
        title: &'a str,
        revision: &'a str,
        dated: String,
        guideline: &'a str,
    }
    let entries: Vec<Entry> = catalog
        .iter()
        .map(|s| Entry {
            id: &s.id,
            name: &s.name,
            title: &s.title,
            revision: &s.revision,
            dated: s.dated.format("%d-%m-%Y").to_string(),
            guideline: &s.guideline,
        })
        .collect();
    if format == TextOrJson::Json {
        return print_json("schemes", &serde_json::json!({ "schemes": entries }));
    }
    let width = entries.iter().map(|e| e.id.len()).max().unwrap_or(0);
    for e in &entries {
        outln!(
            "{:<width$}  {} ({}, {})",
            e.id,
            e.title,
            e.revision,
            e.dated
        );
    }
    outln!();
    outln!("`cdstudy schemes show ID` explains a scheme's rules.");
    Outcome::Fine
}

fn show(catalog: &Catalog, id: &str, format: TextOrJson) -> Outcome {
    let scheme = match catalog.require(id) {
        Ok(s) => s,
        Err(e) => {
            errln!("cdstudy schemes show: {e}");
            return Outcome::Trouble;
        }
    };
    let explanation = explain(scheme);
    if format == TextOrJson::Json {
        return print_json("schemes", &explanation);
    }
    outln!("{}", explanation.heading);
    for part in &explanation.parts {
        outln!();
        outln!("{}", part.title);
        for line in &part.lines {
            super::budget::print_wrapped(line, "  - ", "    ");
        }
    }
    Outcome::Fine
}
