//! Command-line definitions and dispatch. Each command lives in its own module and returns
//! an [`Outcome`]; nothing here computes anything a library module could.
//!
//! Everything a command prints goes through `outln!`/`errln!` (study text must not steer
//! the terminal); the lints below keep a bare `println!` from slipping in.
#![deny(clippy::print_stdout, clippy::print_stderr)]

/// `println!` through [`emit`]: what a command prints is made safe for the terminal.
macro_rules! outln {
    () => {
        $crate::cli::emit("\n")
    };
    ($($arg:tt)*) => {
        $crate::cli::emit(&format!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` through [`emit_err`]: errors quote study text too.
macro_rules! errln {
    () => {
        $crate::cli::emit_err("\n")
    };
    ($($arg:tt)*) => {
        $crate::cli::emit_err(&format!("{}\n", format_args!($($arg)*)))
    };
}

mod budget;
mod check;
mod diff;
mod fmt;
mod git;
mod merge;
mod new;
mod plan;
mod portfolio;
pub(crate) mod render;
mod render_monitoring;
mod schema;
mod schemes;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use cdstudy::i18n::{Lang, Messages};

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

/// Writes to standard output, made safe for the terminal; a reader that stops early (a
/// pager quit, `| head`) is not an error worth a panic.
pub fn emit(text: &str) {
    emit_raw(&safe_for_terminal(text));
}

fn emit_raw(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

/// Writes to standard error, made safe for the terminal.
pub fn emit_err(text: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(safe_for_terminal(text).as_bytes());
}

/// Whether a character printed raw could steer the terminal rather than show: C0 controls
/// but newline and tab (ESC starts `\e[2J` and `\e]0;title\a`; CR overwrites a line), DEL,
/// C1 controls (U+009B is a one-character ESC [ for some terminals), and the bidi
/// embeddings, overrides and isolates that make text read in another order than it is.
fn steers_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character that could steer the terminal shown as its code
/// (`\u{1b}`), so a study file (from a pull request, say) cannot clear a reviewer's screen
/// or retitle the window through `check`, `diff` or an error message. The one place all
/// command output passes through.
pub fn safe_for_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(steers_terminal) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if steers_terminal(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// JSON text with the characters `serde_json` leaves raw (DEL, C1, bidi controls) written
/// as `\u` escapes (`\u001b`): the same JSON data, safe on a terminal. They can only occur inside
/// strings, where the escape means the same character.
fn json_safe_for_terminal(json: &str) -> std::borrow::Cow<'_, str> {
    if !json.chars().any(steers_terminal) {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if steers_terminal(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A text table: the first column left-aligned, the others right-aligned.
pub fn text_table(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let width: Vec<usize> = (0..header.len())
        .map(|c| {
            rows.iter()
                .map(|r| r.get(c).map_or(0, |s| s.chars().count()))
                .chain([header[c].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| {
        let mut l = String::from("  ");
        for (c, cell) in cells.iter().enumerate() {
            let pad = width[c].saturating_sub(cell.chars().count());
            if c == 0 {
                l.push_str(cell);
                l.push_str(&" ".repeat(pad));
            } else {
                l.push_str("  ");
                l.push_str(&" ".repeat(pad));
                l.push_str(cell);
            }
        }
        l.trim_end().to_string()
    };
    out.push_str(&line(header));
    out.push('\n');
    for r in rows {
        out.push_str(&line(r));
        out.push('\n');
    }
}

/// `value` as pretty JSON on standard output, the one way every `--format json` writes.
pub fn print_json<T: serde::Serialize>(command: &str, value: &T) -> Outcome {
    match serde_json::to_string_pretty(value) {
        Ok(s) => {
            emit_raw(&format!("{}\n", json_safe_for_terminal(&s)));
            Outcome::Fine
        }
        Err(e) => {
            // No catalogue here: JSON is for scripts, and this cannot happen with our types.
            errln!("cdstudy {command}: cannot write JSON: {e}");
            Outcome::Trouble
        }
    }
}

/// `error: WHAT` in the run's language: the frame of every error line a command prints
/// (what follows, a library's error, stays as the library words it).
pub(crate) fn error(m: &Messages, what: impl std::fmt::Display) {
    errln!(
        "{}",
        m.phrase(&cdstudy::phrase!("error: {what}", what = what.to_string()))
    );
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

Language: `--lang hi` before the command (or CDSTUDY_LANG=hi, else the locale) has every
command speak Hindi: its report, tables and errors. What scripts read stays English: JSON,
YAML, `fmt`'s files, CSV and SQLite exports. `render --lang` is the document's language,
not the messages'.

Exit codes: 0 fine (warnings allowed), 1 the study has errors (or fmt --check found files to
rewrite), 2 a file could not be read or parsed, or the command line is wrong.";

#[derive(Parser, Debug)]
#[command(name = "cdstudy", version, about = ABOUT, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A study to open in the terminal UI (the same as `cdstudy edit FILE`); without one,
    /// a start screen lists the studies here and offers a new one.
    file: Option<PathBuf>,
    /// A folder of templates (scheme rules and documents) over the built-in ones (default:
    /// the folder CDSTUDY_TEMPLATES names, else only the built-in).
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// The language cdstudy speaks in, given before the command: en (English) or hi
    /// (हिन्दी), for the terminal UI and every command's messages, tables and errors
    /// (default: the one CDSTUDY_LANG names, else the locale's, else English). Machine
    /// output (JSON, YAML, CSV) stays English; `render --lang` is the document's language.
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
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
    /// Every study under some folders in one view: pipeline, money, monitoring, ranking, data quality.
    #[command(after_help = portfolio::EXAMPLES)]
    Portfolio(portfolio::Args),
    /// Draft the state's plan (a RAMP Strategic Investment Plan) from its portfolio and a plan file.
    #[command(after_help = plan::EXAMPLES)]
    Plan(plan::Args),
    /// Open a study in the terminal UI.
    #[command(after_help = "Example:\n  cdstudy edit studies/ujjain-plastic.yaml")]
    Edit {
        /// The study file.
        file: PathBuf,
        /// A folder of templates (scheme rules and documents) over the built-in ones
        /// (default: the folder CDSTUDY_TEMPLATES names, else only the built-in).
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// The language of the terminal UI: en or hi (default: CDSTUDY_LANG, else the
        /// locale's, else English).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    // A study to open, or the UI's templates, go with no command: `cdstudy --lang hi check
    // FILE` is a command, `cdstudy FILE check` a mistake.
    // (`schemes` declares its --templates global, which clap copies up to the top level.)
    let templates_astray =
        cli.templates.is_some() && !matches!(cli.command, Some(Command::Schemes(_)));
    if cli.command.is_some() && (cli.file.is_some() || templates_astray) {
        use clap::CommandFactory;
        let what = if cli.file.is_some() {
            "a study file to open"
        } else {
            "--templates"
        };
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                format!("{what} goes without a command; give the command's own options after it"),
            )
            .exit();
    }
    let lang = cli.lang.clone();
    let (templates, own_lang) = match &cli.command {
        Some(c) => (c.templates(), c.lang()),
        None => (cli.templates.as_deref(), None),
    };
    let Some(m) = run_messages(
        templates,
        own_lang.or(lang.as_deref()),
        cli.command.as_ref(),
    ) else {
        return Outcome::Trouble.into();
    };
    let outcome = match cli.command {
        Some(Command::New(args)) => new::run(args, &m),
        Some(Command::Check(args)) => check::run(args, &m),
        Some(Command::Fmt(args)) => fmt::run(args, &m),
        Some(Command::Render(args)) => render::run(args, &m),
        Some(Command::Diff(args)) => diff::run(args, &m),
        Some(Command::Merge(args)) => merge::run(args, &m),
        Some(Command::GitSetup(args)) => git::setup(args, &m),
        Some(Command::GitDiff(args)) => git::git_diff(args, &m),
        Some(Command::Textconv(args)) => git::textconv(args),
        Some(Command::Schema) => schema::run(),
        Some(Command::Budget(args)) => budget::run(args, &m),
        Some(Command::Schemes(args)) => schemes::run(args, &m),
        Some(Command::Portfolio(args)) => portfolio::run(args, &m),
        Some(Command::Plan(args)) => plan::run(args, &m),
        Some(Command::Edit {
            file, templates, ..
        }) => edit(Some(file), templates, &m),
        None => edit(cli.file, cli.templates, &m),
    };
    outcome.into()
}

impl Command {
    /// The templates folder the command is given, whose `_i18n/` may correct a word.
    fn templates(&self) -> Option<&std::path::Path> {
        match self {
            Command::New(a) => a.templates.as_deref(),
            Command::Check(a) => a.templates.as_deref(),
            Command::Render(a) => a.templates.as_deref(),
            Command::Diff(a) => a.templates.as_deref(),
            Command::Budget(a) => a.templates.as_deref(),
            Command::Schemes(a) => a.templates.as_deref(),
            Command::Portfolio(a) => a.reading.templates.as_deref(),
            Command::Plan(a) => a.reading.templates.as_deref(),
            Command::Edit { templates, .. } => templates.as_deref(),
            _ => None,
        }
    }

    /// The command's name, as its errors begin (`cdstudy check: ...`).
    fn name(&self) -> &'static str {
        match self {
            Command::New(_) => "new",
            Command::Check(_) => "check",
            Command::Fmt(_) => "fmt",
            Command::Render(_) => "render",
            Command::Diff(_) => "diff",
            Command::Merge(_) => "merge",
            Command::GitSetup(_) => "git-setup",
            Command::GitDiff(_) => "git-diff",
            Command::Textconv(_) => "textconv",
            Command::Schema => "schema",
            Command::Budget(_) => "budget",
            Command::Schemes(_) => "schemes",
            Command::Portfolio(_) => "portfolio",
            Command::Plan(_) => "plan",
            Command::Edit { .. } => "edit",
        }
    }

    /// The language the command itself is given for its messages: `edit --lang` (not
    /// `render --lang`, which is the document's).
    fn lang(&self) -> Option<&str> {
        match self {
            Command::Edit { lang, .. } => lang.as_deref(),
            _ => None,
        }
    }
}

/// The run's messages, resolved once for every command: `--lang`, `CDSTUDY_LANG`, the
/// locale; the catalogue of the command's templates folder when it has one that exists
/// (a folder that does not is the command's own error to report, in the run's language).
fn run_messages(
    templates: Option<&std::path::Path>,
    lang: Option<&str>,
    command: Option<&Command>,
) -> Option<Messages> {
    let ws = cdstudy::assets::Assets::resolve(templates)
        .unwrap_or_else(|_| cdstudy::assets::Assets::embedded());
    let name = command.map_or("edit", Command::name);
    messages(&ws, lang, name)
}

/// Opens a study in the terminal UI, or the start screen without one, in the workspace
/// resolved here once.
fn edit(file: Option<PathBuf>, templates: Option<PathBuf>, messages: &Messages) -> Outcome {
    let Some(ws) = schemes::workspace(templates.as_deref(), "edit", messages) else {
        return Outcome::Trouble;
    };
    outcome_of(match file {
        Some(file) => crate::tui::edit(&file, ws, messages),
        None => crate::tui::start(ws, messages),
    })
}

/// The run's language and its messages, resolved once (`--lang`, `CDSTUDY_LANG`, the
/// locale); `None` after saying why they cannot be had.
pub(crate) fn messages(
    ws: &cdstudy::assets::Assets,
    flag: Option<&str>,
    command: &str,
) -> Option<Messages> {
    let lang = match Lang::resolve(flag) {
        Ok(lang) => lang,
        Err(e) => {
            errln!("cdstudy {command}: {e}");
            return None;
        }
    };
    match Messages::load(ws, lang) {
        Ok(m) => Some(m),
        Err(e) => {
            errln!("cdstudy {command}: {e}");
            None
        }
    }
}

fn outcome_of(ok: bool) -> Outcome {
    if ok {
        Outcome::Fine
    } else {
        Outcome::Trouble
    }
}

/// The folder a study's relative paths (its photographs) are read from: the study file's.
pub(crate) fn study_dir(file: &std::path::Path) -> std::path::PathBuf {
    match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_shown_as_codes_and_text_is_left_alone() {
        let plain = "Guna ईंट भट्टे\n\tRs 4,50,000 — “quoted”";
        assert!(matches!(
            safe_for_terminal(plain),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(
            safe_for_terminal("a\u{1b}[2J\u{1b}]0;t\u{7}b\rc\u{7f}\u{9b}d\u{202e}e\u{2066}"),
            "a\\u{1b}[2J\\u{1b}]0;t\\u{7}b\\u{d}c\\u{7f}\\u{9b}d\\u{202e}e\\u{2066}"
        );
        assert_eq!(
            json_safe_for_terminal("{\"t\":\"a\u{9b}\u{202e}\"}"),
            "{\"t\":\"a\\u009b\\u202e\"}"
        );
        let back: serde_json::Value =
            serde_json::from_str(&json_safe_for_terminal("{\"t\":\"a\u{9b}\"}")).unwrap();
        assert_eq!(back["t"], "a\u{9b}");
    }
}
