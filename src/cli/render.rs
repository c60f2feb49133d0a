//! `cdstudy render`: a study as a DSR or DPR in its scheme's format, written as Markdown,
//! HTML or Word beside the study (or where `-o` says), atomically.

use std::path::{Path, PathBuf};

use super::Outcome;
use cdstudy::assets::Assets;
use cdstudy::i18n::Messages;
use cdstudy::render::{self, DocKind, Format};
use cdstudy::store;

pub const EXAMPLES: &str = "\
Examples:
  cdstudy render studies/ujjain-plastic.yaml --doc dsr
  cdstudy render studies/ujjain-plastic.yaml --doc dpr --format docx
  cdstudy render studies/bokaro-bamboo.yaml --doc dpr --format html -o /tmp/bokaro.html
  cdstudy render studies/ujjain-plastic.yaml --doc dsr --templates my-templates/
  cdstudy render studies/ujjain-plastic.yaml --doc dpr --format docx --lang en+hi

The document goes beside the study (studies/ujjain-plastic.dsr.md) unless -o names a file.
Exit codes: 0 written, 1 the study does not fit the scheme given with --scheme (nothing is
written), 2 the study or the templates could not be read, or no such document.";

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    /// Diagnostic Study Report.
    Dsr,
    /// Detailed Project Report.
    Dpr,
    /// Utilisation certificate in Form GFR 12-A for one financial year (--period 2025-26).
    Uc,
    /// Progress report with the monitoring framework's tables (through --period, or all).
    Progress,
    /// The CFC's financial workbook (.xlsx, live formulas); the same as --doc dpr --format xlsx.
    Workbook,
    /// One-page summary for a sanctioning committee.
    Brief,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Markdown (diffable, the source of the other two).
    Md,
    /// One self-contained HTML page that prints well.
    Html,
    /// A Word file, editable in Word and LibreOffice.
    Docx,
    /// An Excel workbook: the DPR's financial annexures with live formulas.
    Xlsx,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The study file.
    pub file: PathBuf,
    /// Which document.
    #[arg(long, value_enum)]
    pub doc: Doc,
    /// The scheme whose format to use (default: the study's own, meta.scheme).
    #[arg(long)]
    pub scheme: Option<String>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Md)]
    pub format: OutputFormat,
    /// Where to write the document (default: beside the study); `-` writes it to standard
    /// output (Markdown then links its figures without writing their image files).
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// A folder of templates over the built-in ones (default: the folder CDSTUDY_TEMPLATES
    /// names, else only the built-in).
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// The document's language: en, hi (हिन्दी) or en+hi (both, Hindi first); default: the
    /// study's meta.language, else English. For every --doc.
    #[arg(long)]
    pub lang: Option<String>,
    /// For --doc uc and progress: the financial year (2025-26) or quarter (2025-26 Q1).
    #[arg(long)]
    pub period: Option<String>,
}

pub fn run(args: Args, m: &Messages) -> Outcome {
    if args.doc == Doc::Workbook || args.format == OutputFormat::Xlsx {
        return workbook(&args, m);
    }
    let doc = match args.doc {
        Doc::Dsr => DocKind::Dsr,
        Doc::Dpr | Doc::Workbook => DocKind::Dpr,
        Doc::Uc => return super::render_monitoring::run(args, render::MonitoringDoc::Uc, m),
        Doc::Progress => {
            return super::render_monitoring::run(args, render::MonitoringDoc::Progress, m)
        }
        Doc::Brief => return run_brief(args, m),
    };
    let (format, loaded, assets) = match prepare(&args, m) {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| render::default_output(&args.file, doc, format));
    if same_file(&output, &args.file) {
        itself(&output, m);
        return Outcome::Trouble;
    }
    if let Some(scheme) = args.scheme.as_deref() {
        let misfits = misfits(&loaded.study, scheme, &assets, m);
        if !misfits.is_empty() {
            super::error(
                m,
                m.phrase(&cdstudy::phrase!(
                    "{file} is a study for {own}, and its action plan does not fit {scheme}; nothing was written:",
                    file = args.file.display().to_string(),
                    own = &loaded.study.meta.scheme,
                    scheme
                )),
            );
            for misfit in &misfits {
                errln!("  {misfit}");
            }
            errln!(
                "{}",
                m.phrase(&cdstudy::phrase!(
                    "To render it under {scheme}, give these actions components of {scheme} (or leave component empty and name who pays in funded_by), or change meta.scheme.",
                    scheme
                ))
            );
            return Outcome::Findings;
        }
    }
    let words = match words(&args, &loaded, &assets, m) {
        Ok(w) => w,
        Err(outcome) => return outcome,
    };
    let mut document =
        match render::render_in(&loaded.study, doc, args.scheme.as_deref(), &assets, &words) {
            Ok(d) => d,
            Err(e) => {
                super::error(m, format!("{}: {e}", args.file.display()));
                return Outcome::Trouble;
            }
        };
    document.pictures.photos_from(&super::study_dir(&args.file));
    if let Err(outcome) = write(&document, format, &output, m) {
        return outcome;
    }
    for note in &document.notes {
        errln!("{} {note}", m.label("financing"));
    }
    words_missing(&words, m);
    // The document was made from this check; only the findings on files are added.
    let report = std::mem::take(&mut document.check);
    let report = cdstudy::check::with_files(report, &loaded.study, &super::study_dir(&args.file));
    let (errors, warnings) = (report.errors(), report.warnings());
    if errors + warnings > 0 {
        errln!(
            "{}",
            m.phrase(&cdstudy::phrase!(
                "note: the study has {errors} error(s) and {warnings} warning(s); gaps show in the document as \"[not yet filled in]\"; `cdstudy check {file}` lists them",
                errors,
                warnings,
                file = args.file.display().to_string()
            ))
        );
    }
    Outcome::Fine
}

/// `error: FILE is the study itself; ...`: the output would replace the study.
pub(super) fn itself(output: &Path, m: &Messages) {
    super::error(
        m,
        m.phrase(&cdstudy::phrase!(
            "{file} is the study itself; choose another output with -o",
            file = output.display().to_string()
        )),
    );
}

/// `render --doc brief`: the one-page summary, written beside the study as
/// `NAME.brief.FORMAT` unless `-o` says where.
fn run_brief(args: Args, m: &Messages) -> Outcome {
    let (format, loaded, assets) = match prepare(&args, m) {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let output = args.output.clone().unwrap_or_else(|| {
        let stem = args
            .file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "study".to_string());
        args.file
            .with_file_name(format!("{stem}.brief.{}", format.extension()))
    });
    if same_file(&output, &args.file) {
        itself(&output, m);
        return Outcome::Trouble;
    }
    let words = match words(&args, &loaded, &assets, m) {
        Ok(w) => w,
        Err(outcome) => return outcome,
    };
    let mut document =
        match render::render_brief(&loaded.study, args.scheme.as_deref(), &assets, &words) {
            Ok(d) => d,
            Err(e) => {
                super::error(m, format!("{}: {e}", args.file.display()));
                return Outcome::Trouble;
            }
        };
    document.pictures.photos_from(&super::study_dir(&args.file));
    match write(&document, format, &output, m) {
        Ok(()) => {
            words_missing(&words, m);
            Outcome::Fine
        }
        Err(outcome) => outcome,
    }
}

/// The fixed texts the document printed in English for want of a word in its language,
/// for whoever keeps the catalogue (`_i18n/hi.*.ftl`).
pub(super) fn words_missing(words: &render::Words, m: &Messages) {
    let misses = words.messages.misses();
    if misses.is_empty() {
        return;
    }
    errln!(
        "{}",
        m.phrase(&cdstudy::phrase!(
            "note: {n} fixed text(s) of the document have no {lang} words in the catalogue and are printed in English:",
            n = misses.len(),
            lang = words.messages.lang().code()
        ))
    );
    for m in &misses {
        errln!(
            "  t-{}  # {m}",
            cdstudy::i18n::label_id(m).trim_start_matches("t-")
        );
    }
}

/// The document's language (`--lang`, else the study's) and its words.
pub(super) fn words(
    args: &Args,
    loaded: &store::Loaded,
    assets: &Assets,
    m: &Messages,
) -> Result<render::Words, Outcome> {
    let lang = cdstudy::i18n::DocLang::resolve(args.lang.as_deref(), &loaded.study.meta.language)
        .map_err(|e| {
        // The library's sentence in English, the same in the run's language.
        let asked = args.lang.as_deref().unwrap_or_default();
        let phrase = cdstudy::phrase!(
            "--lang asks for the language {asked}; documents are written in en (English), hi (हिन्दी) or en+hi (both)",
            asked = format!("{asked:?}")
        );
        super::error(m, m.said(&e, Some(&phrase)));
        Outcome::Trouble
    })?;
    render::words_of(assets, lang).map_err(|e| {
        super::error(m, e);
        Outcome::Trouble
    })
}

/// What every `render` needs before its document: the output format, the study loaded and
/// the templates; a problem is printed here and its outcome returned.
pub(super) fn prepare(
    args: &Args,
    m: &Messages,
) -> Result<(Format, store::Loaded, Assets), Outcome> {
    let format = match args.format {
        OutputFormat::Md => Format::Md,
        OutputFormat::Html => Format::Html,
        OutputFormat::Docx => Format::Docx,
        // `run` sends a workbook to `workbook` before this.
        OutputFormat::Xlsx => {
            super::error(
                m,
                m.label("--format xlsx is for --doc dpr or --doc workbook"),
            );
            return Err(Outcome::Trouble);
        }
    };
    let loaded = store::load_for_reading(&args.file).map_err(|e| {
        super::error(m, e.in_words(m));
        Outcome::Trouble
    })?;
    let assets = super::schemes::workspace(args.templates.as_deref(), "render", m)
        .ok_or(Outcome::Trouble)?;
    Ok((format, loaded, assets))
}

/// `--doc workbook` (or `--doc dpr --format xlsx`): the CFC's financial workbook, beside
/// the study as `NAME.dpr.xlsx` unless `-o` names a file.
fn workbook(args: &Args, m: &Messages) -> Outcome {
    if !matches!(args.doc, Doc::Dpr | Doc::Workbook) {
        super::error(
            m,
            m.label(
                "--format xlsx is for --doc dpr or --doc workbook (the CFC's financial workbook)",
            ),
        );
        return Outcome::Trouble;
    }
    let (_, loaded, assets) = match prepare(
        &Args {
            format: OutputFormat::Md,
            file: args.file.clone(),
            output: None,
            templates: args.templates.clone(),
            scheme: None,
            period: None,
            lang: args.lang.clone(),
            doc: Doc::Dpr,
        },
        m,
    ) {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| args.file.with_extension("dpr.xlsx"));
    if same_file(&output, &args.file) {
        itself(&output, m);
        return Outcome::Trouble;
    }
    let words = match words(args, &loaded, &assets, m) {
        Ok(w) => w,
        Err(outcome) => return outcome,
    };
    let bytes =
        match render::render_workbook(&loaded.study, args.scheme.as_deref(), &assets, &words) {
            Ok(b) => b,
            Err(e) => {
                super::error(m, format!("{}: {e}", args.file.display()));
                return Outcome::Trouble;
            }
        };
    match put(&output, &bytes, &m.label("the CFC's financial workbook"), m) {
        Ok(()) => {
            words_missing(&words, m);
            Outcome::Fine
        }
        Err(outcome) => outcome,
    }
}

/// Writes `document` in `format` to `output` and says so. A document is made from the
/// study and can be made again: no .bak beside it.
pub(super) fn write(
    document: &render::Document,
    format: Format,
    output: &std::path::Path,
    m: &Messages,
) -> Result<(), Outcome> {
    let bytes = if format == Format::Md && to_stdout(output) {
        document.markdown.clone().into_bytes()
    } else if format == Format::Md {
        // Markdown links its pictures as image files in a folder beside it.
        let (markdown, files) = document.markdown_files(output);
        for (path, bytes) in &files {
            if let Some(folder) = path.parent() {
                if let Err(e) = std::fs::create_dir_all(folder) {
                    super::error(
                        m,
                        m.phrase(&cdstudy::phrase!(
                            "cannot make {folder}: {e}",
                            folder = folder.display().to_string(),
                            e = e.to_string()
                        )),
                    );
                    return Err(Outcome::Trouble);
                }
            }
            if let Err(e) = store::replace_atomic(path, bytes) {
                cannot_write(path, &e, m);
                return Err(Outcome::Trouble);
            }
        }
        markdown.into_bytes()
    } else {
        document.bytes(format).map_err(|e| {
            super::error(m, e);
            Outcome::Trouble
        })?
    };
    put(output, &bytes, &document.template, m)
}

/// `error: cannot write FILE: WHY`.
fn cannot_write(path: &Path, e: &dyn std::fmt::Display, m: &Messages) {
    super::error(
        m,
        m.phrase(&cdstudy::phrase!(
            "cannot write {file}: {e}",
            file = path.display().to_string(),
            e = e.to_string()
        )),
    );
}

/// Whether `-o -` asked for standard output.
fn to_stdout(output: &Path) -> bool {
    output == Path::new("-")
}

/// Writes `bytes` to `output` atomically and says so, or to standard output for `-` (then
/// silently, the bytes being the output; a Word file or workbook is not sent to a terminal).
fn put(output: &Path, bytes: &[u8], what: &str, m: &Messages) -> Result<(), Outcome> {
    use std::io::{IsTerminal, Write};
    if to_stdout(output) {
        let mut out = std::io::stdout().lock();
        // On a terminal the study's text must not steer it (escapes are shown, as in every
        // other output), and a binary file is refused.
        let shown;
        let bytes = match (out.is_terminal(), std::str::from_utf8(bytes)) {
            (false, _) => bytes,
            (true, Ok(text)) => {
                shown = super::safe_for_terminal(text).into_owned();
                shown.as_bytes()
            }
            (true, Err(_)) => {
                super::error(
                    m,
                    m.phrase(&cdstudy::phrase!(
                        "{what} is a binary file: redirect standard output to a file, or give -o FILE",
                        what
                    )),
                );
                return Err(Outcome::Trouble);
            }
        };
        return match out.write_all(bytes).and_then(|()| out.flush()) {
            Ok(()) => Ok(()),
            Err(e) => {
                super::error(
                    m,
                    m.phrase(&cdstudy::phrase!(
                        "cannot write to standard output: {e}",
                        e = e.to_string()
                    )),
                );
                Err(Outcome::Trouble)
            }
        };
    }
    if let Err(e) = store::replace_atomic(output, bytes) {
        cannot_write(output, &e, m);
        return Err(Outcome::Trouble);
    }
    outln!(
        "{}",
        m.phrase(&cdstudy::phrase!(
            "wrote {file} ({what})",
            file = output.display().to_string(),
            what
        ))
    );
    Ok(())
}

/// The actions whose component the scheme `scheme` does not have, one line each ("a-15
/// (Common Facility Centre): `cfc` is not a component of SFURTI; it has soft, hard ..."),
/// when `scheme` is not the study's own: a document under another scheme would show them
/// as "(not a component)" rows with no grant. Empty when every action fits, when the
/// scheme takes any component (generic), or when it has no rules to say.
fn misfits(
    study: &cdstudy::model::Study,
    scheme: &str,
    assets: &Assets,
    m: &Messages,
) -> Vec<String> {
    if scheme.trim() == study.meta.scheme.trim() {
        return Vec::new();
    }
    let Ok(catalog) = assets.catalog() else {
        return Vec::new();
    };
    let Some(rules) = catalog.get(scheme.trim()) else {
        return Vec::new();
    };
    if rules.open_components {
        return Vec::new();
    }
    let known: Vec<&str> = rules.components.iter().map(|c| c.id.as_str()).collect();
    study
        .action_plan
        .actions
        .iter()
        .filter(|a| !a.component.trim().is_empty() && rules.component(a.component.trim()).is_none())
        .map(|a| {
            m.phrase(&cdstudy::phrase!(
                "{id} ({title}): `{component}` is not a component of {scheme}; its components are {known}",
                id = a.id.to_string(),
                title = a.title.trim(),
                component = a.component.trim(),
                scheme = &rules.name,
                known = known.join(", ")
            ))
        })
        .collect()
}

/// Whether two paths name the same file (the output must never replace the study).
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}
