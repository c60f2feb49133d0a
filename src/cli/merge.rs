//! `cdstudy merge BASE OURS THEIRS`: the three-way merge of a study, item by item, as
//! git's merge driver (`%O %A %B`): the result replaces OURS, exit 0 when clean and 1 when
//! conflicts are left for a person (as review notes that `cdstudy check` reports).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Serialize;

use super::{print_json, Outcome, TextOrJson};
use cdstudy::diff::{self, Conflict, Merged, Renumbering};
use cdstudy::i18n::Messages;
use cdstudy::model::Study;
use cdstudy::store;

pub const EXAMPLES: &str = "\
Examples:
  cdstudy merge base.yaml ours.yaml theirs.yaml      (the result replaces ours.yaml)
  git config merge.cdstudy.driver 'cdstudy merge %O %A %B --path %P'   (cdstudy git-setup does this)

Changes to different items, or different fields of one item, merge cleanly. A field changed
both ways, or an item deleted on one side and edited on the other, keeps our value (or the
edited item) and adds an unresolved review note by \"cdstudy merge\" on the item with both
values; `cdstudy check` reports each as an error until the note is resolved. New items that
took the same id on both sides keep it on our side; theirs are renumbered, with every
reference on their side following. If a side is not a study cdstudy can read, the merge falls
back to git's line merge with conflict markers.

Exit codes: 0 merged cleanly, 1 conflicts to settle, 2 a file could not be read or written.";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The common ancestor (git's %O).
    pub base: PathBuf,
    /// Our version (git's %A); the merged study is written here.
    pub ours: PathBuf,
    /// Their version (git's %B).
    pub theirs: PathBuf,
    /// The study's path in the repository, for messages (git's %P).
    #[arg(long)]
    pub path: Option<String>,
    /// How to report the merge (on standard output for json, standard error for text).
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
}

pub fn run(args: Args, m: &Messages) -> Outcome {
    let name = args
        .path
        .clone()
        .unwrap_or_else(|| args.ours.display().to_string());
    let sides: Vec<Result<Study, String>> = [&args.base, &args.ours, &args.theirs]
        .iter()
        .map(|file| read(file, &name, m))
        .collect();
    let (base, ours, theirs) = match (&sides[0], &sides[1], &sides[2]) {
        (Ok(b), Ok(o), Ok(t)) => (b, o, t),
        _ => {
            for e in sides.iter().filter_map(|s| s.as_ref().err()) {
                errln!("cdstudy merge: {e}");
            }
            errln!(
                "cdstudy merge: {name}: {}",
                m.label("merging line by line instead, with conflict markers where lines clash")
            );
            return line_merge(&args, &name, m);
        }
    };
    let today = chrono::Local::now().date_naive();
    let merged = match diff::merge(base, ours, theirs, today) {
        Ok(m) => m,
        Err(e) => {
            errln!("cdstudy merge: {name}: {e}");
            return line_merge(&args, &name, m);
        }
    };
    let text = match store::to_yaml(&merged.study) {
        Ok(t) => t,
        Err(e) => {
            errln!("cdstudy merge: {name}: {e}");
            return Outcome::Trouble;
        }
    };
    if let Err(e) = store::replace_atomic(&args.ours, text.as_bytes()) {
        errln!("cdstudy merge: {e}");
        return Outcome::Trouble;
    }
    report(&args, &name, &merged, m);
    if merged.is_clean() {
        Outcome::Fine
    } else {
        Outcome::Findings
    }
}

fn read(file: &Path, name: &str, m: &Messages) -> Result<Study, String> {
    let bytes = store::read_bounded(file).map_err(|e| e.in_words(m))?;
    store::parse_bytes(&bytes, Path::new(name))
        .map(|p| p.study)
        .map_err(|e| e.in_words(m))
}

fn report(args: &Args, name: &str, merged: &Merged, m: &Messages) {
    if args.format == TextOrJson::Json {
        #[derive(Serialize)]
        struct Output<'a> {
            file: &'a str,
            clean: bool,
            renumbered: &'a [Renumbering],
            conflicts: &'a [Conflict],
        }
        let out = Output {
            file: name,
            clean: merged.is_clean(),
            renumbered: &merged.renumbered,
            conflicts: &merged.conflicts,
        };
        print_json("merge", &out);
        return;
    }
    for r in &merged.renumbered {
        let references = match r.references {
            0 => m.label("nothing referred to it yet").into_owned(),
            1 => m.label("1 reference updated").into_owned(),
            n => m.phrase(&cdstudy::phrase!("{n} references updated", n)),
        };
        errln!(
            "cdstudy merge: {name}: {}",
            m.phrase(&cdstudy::phrase!(
                "both sides added a {noun} as {from}; theirs ('{label}') is now {to} ({references})",
                noun = cdstudy::phrase::word(r.noun),
                from = r.from.to_string(),
                label = &r.label,
                to = r.to.to_string(),
                references
            ))
        );
    }
    if merged.is_clean() {
        errln!("cdstudy merge: {name}: {}", m.label("merged cleanly"));
        return;
    }
    let n = merged.conflicts.len();
    errln!(
        "cdstudy merge: {name}: {}",
        m.phrase(&if n == 1 {
            cdstudy::phrase!("{n} conflict to settle, each recorded as a review note:", n)
        } else {
            cdstudy::phrase!(
                "{n} conflicts to settle, each recorded as a review note:",
                n
            )
        })
    );
    for c in &merged.conflicts {
        let on = c
            .item
            .as_ref()
            .map(|t| format!("{} {} '{}'", t.noun, t.id, t.label))
            .unwrap_or_else(|| m.label(c.section.label()).into_owned());
        errln!("  {} on {on}: {}", c.note, c.text);
    }
    errln!(
        "{}",
        m.phrase(&cdstudy::phrase!(
            "Settle each in the study (keep or change the value, then set `resolved: true` on its note), \
             check with `cdstudy check {name}`, then `git add {name}`.",
            name
        ))
    );
}

/// Git's own line merge, for sides that are not studies cdstudy can read.
fn line_merge(args: &Args, name: &str, m: &Messages) -> Outcome {
    let status = Command::new("git")
        .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
        .arg(&args.ours)
        .arg(&args.base)
        .arg(&args.theirs)
        .status();
    match status.map(|s| s.code()) {
        Ok(Some(0)) => Outcome::Fine,
        Ok(Some(n)) if n > 0 => {
            errln!(
                "cdstudy merge: {name}: {}",
                m.phrase(&if n == 1 {
                    cdstudy::phrase!("{n} conflicting region marked in the file", n)
                } else {
                    cdstudy::phrase!("{n} conflicting regions marked in the file", n)
                })
            );
            Outcome::Findings
        }
        Ok(_) => Outcome::Trouble,
        Err(e) => {
            errln!("cdstudy merge: cannot run git merge-file: {e}");
            Outcome::Trouble
        }
    }
}
