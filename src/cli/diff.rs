//! `cdstudy diff OLD NEW`: what changed in a study, item by item, as text, Markdown or JSON.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{emit, print_json, Outcome};
use cdstudy::assets::Assets;
use cdstudy::diff::{self, StudyDiff};
use cdstudy::i18n::Messages;
use cdstudy::model::Study;
use cdstudy::store;

pub const EXAMPLES: &str = "\
Examples:
  cdstudy diff old/ujjain-plastic.yaml studies/ujjain-plastic.yaml
  cdstudy diff a.yaml b.yaml --format md > review-comment.md
  cdstudy diff a.yaml b.yaml --format json --exit-code     (CI: exit 1 when they differ)

Items are matched by id in every section: added, removed, renumbered, moved (an action to
another theme, a bottleneck to another stage) and changed items, field by field, with a
word-level diff of long text. Reordering a list is named once per moved item and is not a
change of content. Files of older formats are upgraded before they are compared.

Exit codes: 0 compared (with --exit-code: the studies are the same), 1 with --exit-code: the
studies differ, 2 a file could not be read or parsed.";

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Md,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The study before.
    pub old: PathBuf,
    /// The study after.
    pub new: PathBuf,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Exit 1 when the studies differ (for CI and scripts).
    #[arg(long)]
    pub exit_code: bool,
    /// A folder of templates (scheme rules) over the built-in ones, for the money effect
    /// (default: the folder CDSTUDY_TEMPLATES names, else only the built-in).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

pub fn run(args: Args, m: &Messages) -> Outcome {
    let (old, new) = match (load(&args.old, m), load(&args.new, m)) {
        (Some(o), Some(n)) => (o, n),
        _ => return Outcome::Trouble,
    };
    let Some(ws) = super::schemes::workspace(args.templates.as_deref(), "diff", m) else {
        return Outcome::Trouble;
    };
    let changes = compare(&old, &new, &ws, m);
    let changes = match changes {
        Ok(d) => d,
        Err(e) => {
            errln!("cdstudy diff: {e}");
            return Outcome::Trouble;
        }
    };
    match args.format {
        Format::Text => emit(&text_report(&args.old, &args.new, &changes, m)),
        Format::Md => emit(&format!(
            "## {}\n\n{}",
            m.phrase(&cdstudy::phrase!(
                "Changes to the study: {old} → {new}",
                old = args.old.display().to_string(),
                new = args.new.display().to_string()
            )),
            diff::to_markdown(&changes)
        )),
        Format::Json => {
            #[derive(Serialize)]
            struct Output<'a> {
                old: String,
                new: String,
                changes: usize,
                #[serde(flatten)]
                diff: &'a StudyDiff,
            }
            let out = Output {
                old: args.old.display().to_string(),
                new: args.new.display().to_string(),
                changes: changes.count(),
                diff: &changes,
            };
            if print_json("diff", &out) == Outcome::Trouble {
                return Outcome::Trouble;
            }
        }
    }
    if args.exit_code && !changes.is_empty() {
        Outcome::Findings
    } else {
        Outcome::Fine
    }
}

/// The text form with a one-line heading, as `cdstudy diff` and git's diff driver print it.
pub fn text_report(old: &Path, new: &Path, changes: &StudyDiff, m: &Messages) -> String {
    let n = changes.count();
    let (old, new) = (old.display().to_string(), new.display().to_string());
    let mut out = m.phrase(&if n == 1 {
        cdstudy::phrase!("Study changes {old} → {new}: {n} change", old, new, n)
    } else {
        cdstudy::phrase!("Study changes {old} → {new}: {n} changes", old, new, n)
    });
    out.push('\n');
    if !changes.is_empty() {
        out.push('\n');
        out.push_str(&diff::to_text(changes));
    }
    out
}

/// The semantic diff with the money effect under the studies' schemes (the workspace's
/// rules; without them — a broken rules file — the diff still comes, without money).
pub fn compare(
    old: &Study,
    new: &Study,
    ws: &Assets,
    m: &Messages,
) -> Result<StudyDiff, diff::DiffError> {
    // Equal studies have no changes, whatever their ids: items are matched by id, and a
    // file with an id used twice would otherwise show changes against itself.
    if old == new {
        return Ok(StudyDiff::default());
    }
    match ws.catalog() {
        Ok(catalog) => diff::diff_under(old, new, catalog),
        Err(e) => {
            errln!(
                "cdstudy: {} {e}",
                m.label("scheme rules not available, no money effect:")
            );
            diff::diff(old, new)
        }
    }
}

fn load(path: &Path, m: &Messages) -> Option<Study> {
    match store::load(path) {
        Ok(loaded) => Some(loaded.study),
        Err(e) => {
            super::error(m, e.in_words(m));
            None
        }
    }
}
