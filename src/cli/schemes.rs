//! `cdstudy schemes`: the schemes cdstudy knows (built in, or added under --templates),
//! and `schemes show ID`: one scheme's rules in words. Also the loading of the schemes
//! that `budget` and `check` share.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{print_json, Outcome, TextOrJson};
use cdstudy::assets::Assets;
use cdstudy::i18n::Messages;
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
pub fn workspace(templates: Option<&Path>, command: &str, m: &Messages) -> Option<Assets> {
    let ws = match Assets::resolve(templates) {
        Ok(ws) => ws,
        Err(e) => {
            errln!("cdstudy {command}: {e}");
            return None;
        }
    };
    if let Err(e) = ws.catalog() {
        errln!(
            "cdstudy {command}: {}\n{e}",
            m.label("the scheme rules cannot be used:")
        );
        return None;
    }
    Some(ws)
}

/// The rules of a workspace [`workspace`] has already read (so never an error here; one
/// that came would have been printed there).
pub fn rules(ws: &Assets) -> Option<&Catalog> {
    ws.catalog().ok()
}

pub fn run(args: Args, m: &Messages) -> Outcome {
    let Some(ws) = workspace(args.templates.as_deref(), "schemes", m) else {
        return Outcome::Trouble;
    };
    let Some(catalog) = rules(&ws) else {
        return Outcome::Trouble;
    };
    match args.action {
        None => list(catalog, args.format, m),
        Some(Action::Show { id }) => show(catalog, &id, args.format, m),
        Some(Action::Match { file }) => find(catalog, &file, args.format, m),
    }
}

/// `schemes match FILE`: the finder.
fn find(catalog: &Catalog, file: &Path, format: TextOrJson, m: &Messages) -> Outcome {
    let loaded = match cdstudy::store::load(file) {
        Ok(l) => l,
        Err(e) => {
            super::error(m, e.in_words(m));
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
        "{}",
        m.phrase(&cdstudy::phrase!(
            "{file}: schemes it may be eligible for, best first (grants in Rs. lakh)",
            file = file.display().to_string()
        ))
    );
    let figures = |s: &cdstudy::scheme::Match| {
        m.phrase(&cdstudy::phrase!(
            "grant {grant} (GoI {goi}, State {state}) of a cost of {cost}, {category} category",
            grant = lakh(s.grant_rs),
            goi = lakh(s.goi_rs),
            state = lakh(s.state_rs),
            cost = lakh(s.cost_rs),
            category = cdstudy::phrase::word(s.category.word())
        ))
    };
    // A reason in the run's language.
    let said = |r: &cdstudy::phrase::Said| m.said(&r.english, r.phrase.as_ref()).into_owned();
    let reason =
        |s: &cdstudy::scheme::Match, i: usize| s.reasons.get(i).map(said).unwrap_or_default();
    for s in matches.iter().filter(|s| s.ranked()) {
        outln!();
        outln!("  {} ({}): {}", s.scheme, s.revision, figures(s));
        for r in &s.reasons {
            super::budget::print_wrapped(&said(r), "    - ", "      ");
        }
    }
    if !matches.iter().any(|s| s.ranked()) {
        outln!("  {}", m.label("none"));
    }
    let superseded: Vec<_> = matches.iter().filter(|s| s.group() == 1).collect();
    if !superseded.is_empty() {
        outln!();
        outln!(
            "{}",
            m.label("Superseded revisions, not ranked (kept for studies made under them):")
        );
        for s in superseded {
            let first = reason(s, 0);
            let then = if s.eligible { figures(s) } else { reason(s, 1) };
            super::budget::print_wrapped(
                &format!("{} ({}): {first}; {then}", s.scheme, s.revision),
                "  - ",
                "    ",
            );
        }
    }
    outln!();
    outln!("{}", m.label("Not eligible, or nothing to compare:"));
    for s in matches.iter().filter(|s| s.group() == 2) {
        let why = reason(s, 0);
        super::budget::print_wrapped(&format!("{}: {why}", s.scheme), "  - ", "    ");
    }
    outln!();
    outln!("{}", m.label("Eligibility is decided from the rules each scheme's file states (\"not told\": the study lacks the fact); read each guideline before choosing."));
    Outcome::Fine
}

fn list(catalog: &Catalog, format: TextOrJson, m: &Messages) -> Outcome {
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
    outln!(
        "{}",
        m.label("`cdstudy schemes show ID` explains a scheme's rules.")
    );
    Outcome::Fine
}

fn show(catalog: &Catalog, id: &str, format: TextOrJson, m: &Messages) -> Outcome {
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
        // The engine's explanation of the rules, each heading and line worded from its
        // phrase in the run's language; the rules file's own text as written.
        outln!(
            "{}",
            m.said(&part.title.english, part.title.phrase.as_ref())
        );
        for line in &part.lines {
            super::budget::print_wrapped(
                &m.said(&line.english, line.phrase.as_ref()),
                "  - ",
                "    ",
            );
        }
    }
    Outcome::Fine
}
