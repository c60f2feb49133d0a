//! `cdstudy fmt`: rewrites hand-edited studies in the canonical form (key order, quoting,
//! block text, money as whole rupees) without changing their content.

use std::path::PathBuf;

use super::Outcome;
use cdstudy::i18n::Messages;
use cdstudy::store::{self, Overwrite, WarningKind};

pub const EXAMPLES: &str = "\
Examples:
  cdstudy fmt studies/ujjain-plastic.yaml
  cdstudy fmt --check studies/*.yaml     (CI: exit 1 and name the files that would change)

A file with comments, anchors, merge keys or tags is left alone, since a rewrite cannot keep
them; move comments into `notes` or review notes, or pass --force to rewrite anyway. The
previous version is kept as FILE.bak. A read-only study file is not rewritten unless
--overwrite-read-only is given.";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The study files to format.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Change nothing; exit 1 and name the files that are not in canonical form.
    #[arg(long)]
    pub check: bool,
    /// Rewrite even when comments, anchors, merge keys or tags would be lost.
    #[arg(long)]
    pub force: bool,
    /// Rewrite a study file even though it is read-only (its permissions stay read-only).
    /// Without it a read-only study is left as it is.
    #[arg(long)]
    pub overwrite_read_only: bool,
}

pub fn run(args: Args, m: &Messages) -> Outcome {
    let mut outcome = Outcome::Fine;
    for file in &args.files {
        let loaded = match store::load(file) {
            Ok(l) => l,
            Err(e) => {
                super::error(m, e.in_words(m));
                outcome = outcome.max(Outcome::Trouble);
                continue;
            }
        };
        if loaded.canonical {
            continue;
        }
        if args.check {
            outln!("{}: {}", file.display(), m.label("not in canonical form"));
            outcome = outcome.max(Outcome::Findings);
            continue;
        }
        let lossy: Vec<_> = loaded
            .warnings
            .iter()
            .filter(|w| w.kind == WarningKind::NotKeptOnSave)
            .collect();
        if !lossy.is_empty() && !args.force {
            for w in &lossy {
                errln!("{}:{}: {}", file.display(), w.line, m.say(&w.message));
            }
            errln!(
                "{}: {}",
                file.display(),
                m.label("not rewritten, so nothing is lost; move comments into `notes`, or pass --force")
            );
            outcome = outcome.max(Outcome::Findings);
            continue;
        }
        let save = if args.overwrite_read_only {
            store::save_over_read_only
        } else {
            store::save
        };
        match save(file, &loaded.study, Overwrite::IfUnchanged(&loaded.disk)) {
            Ok(_) => outln!(
                "{}",
                m.phrase(&cdstudy::phrase!(
                    "formatted {file} (previous version in {backup})",
                    file = file.display().to_string(),
                    backup = store::backup_path(file).display().to_string()
                ))
            ),
            Err(e) => {
                super::error(m, &e);
                if matches!(e, store::SaveError::ReadOnly { .. }) {
                    errln!(
                        "{}",
                        m.label("help: `cdstudy fmt --overwrite-read-only` rewrites it anyway and keeps it read-only")
                    );
                }
                outcome = outcome.max(Outcome::Trouble);
            }
        }
    }
    outcome
}
