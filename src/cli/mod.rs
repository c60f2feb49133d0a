//! Command-line definitions and dispatch. Each command lives in its own module and returns
//! an [`Outcome`]; nothing here computes anything a library module could.

mod budget;
mod check;
mod diff;
mod fmt;
mod git;
mod merge;
mod new;
pub(crate) mod render;
mod render_monitoring;
mod schema;
mod schemes;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// How a command ended, and so the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// 0: all is well (warnings allowed).
    Fine,
    /// 1: the study has errors, or (with --check) a file would change.
    Findings,
    /// 2: a file could not be read or parsed, or the usage is wrong.
    Trouble,
}

/// `--format` of the commands that print either words or JSON.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextOrJson {
    Text,
    Json,
}

/// Writes to standard output; a reader that stops early (a pager quit, `| head`) is not
/// an error worth a panic.
pub fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

/// `value` as pretty JSON on standard output, the one way every `--format json` writes.
pub fn print_json<T: serde::Serialize>(command: &str, value: &T) -> Outcome {
    match serde_json::to_string_pretty(value) {
        Ok(s) => {
            emit(&format!("{s}\n"));
            Outcome::Fine
        }
        Err(e) => {
            eprintln!("cdstudy {command}: cannot write JSON: {e}");
            Outcome::Trouble
        }
    }
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        ExitCode::from(match o {
            Outcome::Fine => 0,
            Outcome::Findings => 1,
            Outcome::Trouble => 2,
        })
    }
}

const ABOUT: &str =
    "Cluster diagnostic studies: study files, checks, scheme financing and DSR/DPR documents";

const EXAMPLES: &str = "\
Examples:
  cdstudy new studies/guna-brick.yaml --name \"Guna Brick\" --scheme mse-cdp --state \"Madhya Pradesh\" --district Guna
  cdstudy check studies/*.yaml
  cdstudy fmt --check studies/*.yaml
  cdstudy render studies/ujjain-plastic.yaml --doc dpr --format docx
  cdstudy diff old.yaml studies/guna-brick.yaml
  cdstudy git-setup
  cdstudy budget studies/ujjain-plastic.yaml
  cdstudy schemes show mse-cdp

Exit codes: 0 fine (warnings allowed), 1 the study has errors (or fmt --check found files to
rewrite), 2 a file could not be read or parsed, or the command line is wrong.";

#[derive(Parser, Debug)]
#[command(name = "cdstudy", version, about = ABOUT, after_help = EXAMPLES)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A study to open in the terminal UI (the same as `cdstudy edit FILE`); without one,
    /// a start screen lists the studies here and offers a new one.
    file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Write a fresh study file with the essentials filled in; never overwrites.
    #[command(after_help = new::EXAMPLES)]
    New(new::Args),
    /// Check studies: errors, warnings, what is missing, section by section.
    #[command(after_help = check::EXAMPLES)]
    Check(check::Args),
    /// Rewrite hand-edited studies in the canonical form, without changing their content.
    #[command(after_help = fmt::EXAMPLES)]
    Fmt(fmt::Args),
    /// Render a study as its scheme's DSR or DPR: Markdown, HTML or Word.
    #[command(after_help = render::EXAMPLES)]
    Render(render::Args),
    /// What changed between two versions of a study, item by item.
    #[command(after_help = diff::EXAMPLES)]
    Diff(diff::Args),
    /// Three-way merge of a study, item by item (git's merge driver).
    #[command(after_help = merge::EXAMPLES)]
    Merge(merge::Args),
    /// Make `git diff`, `git log -p` and merges of study files go through cdstudy.
    #[command(name = "git-setup", after_help = git::SETUP_EXAMPLES)]
    GitSetup(git::SetupArgs),
    /// Git's external diff driver for studies (set up by git-setup).
    #[command(name = "git-diff", hide = true)]
    GitDiff(git::DiffArgs),
    /// Git's textconv for studies: one line per field, naming its item (set up by git-setup).
    #[command(hide = true)]
    Textconv(git::TextconvArgs),
    /// Print the JSON Schema of the study file, for editors' completion and validation.
    #[command(after_help = schema::EXAMPLES)]
    Schema,
    /// A study's budget under its scheme: grant, shares, rules and caps, means of finance, viability.
    #[command(after_help = budget::EXAMPLES)]
    Budget(budget::Args),
    /// The schemes cdstudy knows; `schemes show ID` explains one's rules.
    #[command(after_help = schemes::EXAMPLES)]
    Schemes(schemes::Args),
    /// Open a study in the terminal UI.
    #[command(after_help = "Example:\n  cdstudy edit studies/ujjain-plastic.yaml")]
    Edit {
        /// The study file.
        file: PathBuf,
    },
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Some(Command::New(args)) => new::run(args),
        Some(Command::Check(args)) => check::run(args),
        Some(Command::Fmt(args)) => fmt::run(args),
        Some(Command::Render(args)) => render::run(args),
        Some(Command::Diff(args)) => diff::run(args),
        Some(Command::Merge(args)) => merge::run(args),
        Some(Command::GitSetup(args)) => git::setup(args),
        Some(Command::GitDiff(args)) => git::git_diff(args),
        Some(Command::Textconv(args)) => git::textconv(args),
        Some(Command::Schema) => schema::run(),
        Some(Command::Budget(args)) => budget::run(args),
        Some(Command::Schemes(args)) => schemes::run(args),
        Some(Command::Edit { file }) => edit(file),
        None => match cli.file {
            Some(file) => edit(file),
            None => outcome_of(crate::tui::start()),
        },
    };
    outcome.into()
}

/// Opens a study in the terminal UI.
fn edit(file: PathBuf) -> Outcome {
    outcome_of(crate::tui::edit(&file))
}

fn outcome_of(ok: bool) -> Outcome {
    if ok {
        Outcome::Fine
    } else {
        Outcome::Trouble
    }
}
