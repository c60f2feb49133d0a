//! Git integration: the external diff driver (`git diff` shows the semantic diff), the
//! textconv (`git log -p` and `git show` show study lines that name their item and field),
//! and `git-setup`, which writes the `.gitattributes` entry and the repository's git config
//! for both and for the merge driver.
//!
//! A driver must never make git fail: a side that does not parse as a study falls back to
//! the error and a plain line diff (or the raw text, for textconv), and the exit code is 0.

use std::path::{Path, PathBuf};
use std::process::Command;

use similar::TextDiff;

use super::Outcome;
use cdstudy::diff;
use cdstudy::i18n::Messages;
use cdstudy::model::Study;
use cdstudy::store;

/// The name of the diff and merge drivers in git's config and in `.gitattributes`.
const DRIVER: &str = "cdstudy";
/// Study files, unless `git-setup --pattern` says otherwise.
const DEFAULT_PATTERN: &str = "studies/**/*.yaml";

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// What git passes an external diff driver: path old-file old-hex old-mode new-file
    /// new-hex new-mode (or only the path, for an unmerged file).
    #[arg(required = true, num_args = 1..=7)]
    pub git_args: Vec<String>,
}

/// Git runs the drivers with no flags of ours: the workspace is `CDSTUDY_TEMPLATES`'s folder
/// or the built-in tree. A folder named but absent falls back to the built-in rules (git
/// must always get a diff), and says so.
fn workspace() -> cdstudy::assets::Assets {
    cdstudy::assets::Assets::resolve(None).unwrap_or_else(|e| {
        errln!("cdstudy: {e}; the built-in scheme rules are used");
        cdstudy::assets::Assets::embedded()
    })
}

/// `cdstudy git-diff`: git's external diff driver.
pub fn git_diff(args: DiffArgs, m: &Messages) -> Outcome {
    let a = &args.git_args;
    if a.len() < 7 {
        super::emit(&format!("* Unmerged path {}\n", a[0]));
        return Outcome::Fine;
    }
    let (path, old_file, new_file) = (&a[0], &a[1], &a[4]);
    let mut out = format!("diff --cdstudy a/{path} b/{path}\n");
    let old = read_side(old_file, path);
    let new = read_side(new_file, path);
    match (&old, &new) {
        (Side::Study(o), Side::Study(n)) => match super::diff::compare(o, n, &workspace(), m) {
            Ok(changes) => {
                let label = |file: &str, side: &str| {
                    if file == "/dev/null" {
                        PathBuf::from("(no file)")
                    } else {
                        PathBuf::from(format!("{side}/{path}"))
                    }
                };
                out.push_str(&super::diff::text_report(
                    &label(old_file, "a"),
                    &label(new_file, "b"),
                    &changes,
                    m,
                ));
            }
            Err(e) => {
                out.push_str(&format!("cdstudy: {e}; the line diff follows\n"));
                out.push_str(&line_diff(path, &old, &new));
            }
        },
        _ => {
            for side in [&old, &new] {
                if let Side::Unreadable { error, .. } = side {
                    out.push_str(&format!("cdstudy: not compared as studies: {error}\n"));
                }
            }
            out.push_str(&format!("{}\n", m.label("The line diff follows.")));
            out.push_str(&line_diff(path, &old, &new));
        }
    }
    super::emit(&out);
    Outcome::Fine
}

enum Side {
    Study(Box<Study>),
    Unreadable { error: String, text: String },
}

impl Side {
    fn text(&self) -> String {
        match self {
            Side::Study(s) => store::to_yaml(s).unwrap_or_default(),
            Side::Unreadable { text, .. } => text.clone(),
        }
    }
}

/// One side of a git diff: `/dev/null` is "no study yet" (an added or deleted file).
fn read_side(file: &str, path: &str) -> Side {
    if file == "/dev/null" {
        return Side::Study(Box::default());
    }
    let bytes = match store::read_bounded(Path::new(file)) {
        Ok(b) => b,
        Err(e) => {
            return Side::Unreadable {
                error: format!("{path}: {}", e.message),
                text: String::new(),
            }
        }
    };
    match store::parse_bytes(&bytes, Path::new(path)) {
        Ok(parsed) => Side::Study(Box::new(parsed.study)),
        Err(e) => Side::Unreadable {
            error: e.to_string(),
            text: String::from_utf8_lossy(&bytes).into_owned(),
        },
    }
}

fn line_diff(path: &str, old: &Side, new: &Side) -> String {
    let (o, n) = (old.text(), new.text());
    TextDiff::from_lines(&o, &n)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

#[derive(clap::Args, Debug)]
pub struct TextconvArgs {
    /// The file git hands over.
    pub file: PathBuf,
}

/// `cdstudy textconv FILE`: the line view of a study for git's textconv.
pub fn textconv(args: TextconvArgs) -> Outcome {
    let bytes = match store::read_bounded(&args.file) {
        Ok(b) => b,
        Err(e) => {
            errln!("cdstudy textconv: {e}");
            return Outcome::Trouble;
        }
    };
    let raw = || String::from_utf8_lossy(&bytes).into_owned();
    let view = store::parse_bytes(&bytes, &args.file)
        .map_err(|e| e.to_string())
        .and_then(|parsed| {
            let ws = workspace();
            diff::line_view(&parsed.study, ws.catalog().ok()).map_err(|e| e.to_string())
        });
    match view {
        Ok(text) => super::emit(&text),
        Err(e) => {
            let first = e.lines().next().unwrap_or_default().to_string();
            super::emit(&format!(
                "(cdstudy: not read as a study: {first}; the file as it is follows)\n{}",
                raw()
            ));
        }
    }
    Outcome::Fine
}

pub const SETUP_EXAMPLES: &str = "\
Examples:
  cdstudy git-setup                          (in the repository that holds the studies)
  cdstudy git-setup --repo ../dsr-reviews --pattern '*.yaml'

Writes, once (running it again changes nothing):
  .gitattributes   studies/**/*.yaml diff=cdstudy merge=cdstudy
  .git/config      diff.cdstudy.command   = cdstudy git-diff      (git diff: the semantic diff)
                   diff.cdstudy.textconv  = cdstudy textconv      (git log -p, git show)
                   diff.cdstudy.xfuncname = ^== (.*) ==$          (hunk headers name the section)
                   merge.cdstudy.driver   = cdstudy merge %O %A %B --path %P
Commit .gitattributes so everyone's git knows which files are studies; each clone runs
git-setup once for its own config (git never takes commands from a repository).
`git log -p --ext-diff` shows the full semantic diff in the log too.";

#[derive(clap::Args, Debug)]
pub struct SetupArgs {
    /// The repository (any folder inside it); the current folder by default.
    #[arg(long, default_value = ".")]
    pub repo: PathBuf,
    /// Which files are studies, as .gitattributes patterns (may be given more than once).
    #[arg(long = "pattern", default_value = DEFAULT_PATTERN)]
    pub patterns: Vec<String>,
    /// The command git should run; by default `cdstudy` if that is this program on PATH,
    /// else this program's full path.
    #[arg(long)]
    pub command: Option<String>,
}

/// `cdstudy git-setup`: the `.gitattributes` lines and the git config, idempotently.
pub fn setup(args: SetupArgs, m: &Messages) -> Outcome {
    let top = match git(&args.repo, &["rev-parse", "--show-toplevel"]) {
        Ok(out) => PathBuf::from(out.trim()),
        Err(e) => {
            errln!(
                "cdstudy git-setup: {}",
                m.phrase(&cdstudy::phrase!(
                    "{folder} is not in a git repository: {e}",
                    folder = args.repo.display().to_string(),
                    e = e.to_string()
                ))
            );
            return Outcome::Trouble;
        }
    };
    let command = match args.command.clone().map_or_else(own_command, Ok) {
        Ok(c) => c,
        Err(e) => {
            errln!("cdstudy git-setup: {e}");
            return Outcome::Trouble;
        }
    };

    let attributes = top.join(".gitattributes");
    let mut text = match std::fs::read_to_string(&attributes) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            errln!(
                "cdstudy git-setup: {}",
                m.phrase(&cdstudy::phrase!(
                    "cannot read {file}: {e}",
                    file = attributes.display().to_string(),
                    e = e.to_string()
                ))
            );
            return Outcome::Trouble;
        }
    };
    let mut added = Vec::new();
    for pattern in &args.patterns {
        let line = format!("{pattern} diff={DRIVER} merge={DRIVER}");
        if text.lines().any(|l| l.trim() == line) {
            outln!(
                "{}",
                m.phrase(&cdstudy::phrase!(
                    "{file}: already has `{line}`",
                    file = attributes.display().to_string(),
                    line = &line
                ))
            );
            continue;
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&line);
        text.push('\n');
        added.push(line);
    }
    if !added.is_empty() {
        // No .bak beside it: .gitattributes is in git already, a copy would be litter.
        if let Err(e) = store::replace_atomic(&attributes, text.as_bytes()) {
            errln!("cdstudy git-setup: {e}");
            return Outcome::Trouble;
        }
        for line in &added {
            outln!(
                "{}",
                m.phrase(&cdstudy::phrase!(
                    "{file}: added `{line}`",
                    file = attributes.display().to_string(),
                    line
                ))
            );
        }
    }

    let settings = [
        (
            format!("diff.{DRIVER}.command"),
            format!("{command} git-diff"),
        ),
        (
            format!("diff.{DRIVER}.textconv"),
            format!("{command} textconv"),
        ),
        // Hunk headers name the section of the line view the change is in.
        (
            format!("diff.{DRIVER}.xfuncname"),
            "^== (.*) ==$".to_string(),
        ),
        (
            format!("merge.{DRIVER}.name"),
            "cdstudy: merge studies item by item".to_string(),
        ),
        (
            format!("merge.{DRIVER}.driver"),
            format!("{command} merge %O %A %B --path %P"),
        ),
    ];
    for (key, value) in &settings {
        let current = git(&top, &["config", "--local", "--get", key]).ok();
        if current.as_deref().map(str::trim) == Some(value.as_str()) {
            outln!(
                "{}",
                m.phrase(&cdstudy::phrase!(
                    "git config {key}: already `{value}`",
                    key,
                    value
                ))
            );
            continue;
        }
        if let Err(e) = git(&top, &["config", "--local", key, value]) {
            errln!(
                "cdstudy git-setup: {}",
                m.phrase(&cdstudy::phrase!(
                    "cannot set {key}: {e}",
                    key,
                    e = e.to_string()
                ))
            );
            return Outcome::Trouble;
        }
        outln!("git config {key} = {value}");
    }
    if let Err(e) = ignore_leftovers(&top) {
        errln!("cdstudy git-setup: {e}");
        return Outcome::Trouble;
    }
    let studies = matching_files(&top);
    if studies == Some(0) {
        outln!(
            "{}",
            m.phrase(&cdstudy::phrase!(
                "No file in the repository matches {patterns} yet: nothing goes through cdstudy until a study does (check the pattern, e.g. --pattern 'studies/*.yaml').",
                patterns = args.patterns.join(", ")
            ))
        );
    } else {
        outln!(
            "{}",
            m.label("Commit .gitattributes and .gitignore; `git diff`, `git log -p` and merges of study files now go through cdstudy.")
        );
    }
    Outcome::Fine
}

/// What cdstudy leaves beside a study that must not be committed: the previous version,
/// temporaries of a save that was killed, the draft of unsaved typing, the note that the
/// study is open.
const IGNORED: &[&str] = &[
    "*.yaml.bak",
    "*.cdstudy-tmp-*",
    "*.bak.tmp-*",
    ".*.cdstudy-draft",
    ".*.cdstudy-lock",
];

/// Adds the lines of `IGNORED` that `.gitignore` does not have yet.
fn ignore_leftovers(top: &Path) -> Result<(), String> {
    let path = top.join(".gitignore");
    let mut text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let missing: Vec<&str> = IGNORED
        .iter()
        .copied()
        .filter(|p| !text.lines().any(|l| l.trim() == *p))
        .collect();
    if missing.is_empty() {
        outln!(
            "{}: already ignores cdstudy's backups and temporaries",
            path.display()
        );
        return Ok(());
    }
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("# cdstudy: previous versions, temporaries of saves, drafts, open-study notes\n");
    for p in &missing {
        text.push_str(p);
        text.push('\n');
    }
    store::replace_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())?;
    outln!("{}: added {}", path.display(), missing.join(" "));
    Ok(())
}

/// How many files of the repository (committed or not, but not ignored) git now gives
/// the cdstudy diff driver; None when git cannot tell.
fn matching_files(top: &Path) -> Option<usize> {
    let files = git(
        top,
        &["ls-files", "--cached", "--others", "--exclude-standard"],
    )
    .ok()?;
    let files: Vec<&str> = files.lines().filter(|l| !l.is_empty()).collect();
    if files.is_empty() {
        return Some(0);
    }
    let mut count = 0;
    // In chunks, so a large repository stays within the command line's limits.
    for chunk in files.chunks(500) {
        let mut args = vec!["check-attr", "diff", "--"];
        args.extend(chunk.iter().copied());
        let out = git(top, &args).ok()?;
        count += out
            .lines()
            .filter(|l| l.ends_with(&format!(": diff: {DRIVER}")))
            .count();
    }
    Some(count)
}

/// How git should call this program: plain `cdstudy` when that is what PATH finds,
/// otherwise the full path, quoted for the shell git runs drivers in.
fn own_command() -> Result<String, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot tell where cdstudy is: {e}"))?;
    let exe = exe.canonicalize().unwrap_or(exe);
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("cdstudy"))
            .find(|candidate| candidate.is_file())
    });
    if on_path.and_then(|p| p.canonicalize().ok()).as_deref() == Some(exe.as_path()) {
        return Ok("cdstudy".to_string());
    }
    let text = exe.to_string_lossy();
    Ok(format!("'{}'", text.replace('\'', r"'\''")))
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}
