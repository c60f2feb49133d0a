//! Documents: a study rendered in a scheme's format (its DSR or DPR) as Markdown through a
//! tera template, then written as `.md`, self-contained `.html` or editable `.docx`.
//!
//! This module owns the tera environment and its filters, the report context (the study,
//! its computed financing and viability, and its check findings, ready for templates), the
//! Markdown dialect the templates write, and the two writers. It computes no money: every
//! figure comes from the model, `scheme` or `finance`.
//!
//! ```text
//! Study ──context──▶ tera (templates/<scheme>/<doc>.md.tera) ──▶ Markdown ─┬─▶ .md
//!                                                                          ├─▶ .html
//!                                                                          └─▶ .docx
//! ```

mod abbreviations;
mod context;
mod docx;
mod figures;
mod filters;
mod html;
pub mod markdown;
mod mentions;
mod progress;
pub mod words;
pub mod workbook;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tera::Tera;

pub use context::{word_rules_as_tables_print, ReportContext};
pub use figures::raster::kind as photo_kind;
pub use figures::Pictures;
pub use progress::{
    monitoring_output, render_monitoring, render_monitoring_in, year_plan, MonitoringDoc, YearPlan,
};

use crate::assets::Assets;
use crate::i18n::DocLang;
use crate::model::Study;
use crate::scheme::FlagLevel;
pub use words::Words;

/// Which document of a scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// Diagnostic Study Report.
    Dsr,
    /// Detailed Project Report.
    Dpr,
}

impl DocKind {
    pub const ALL: [DocKind; 2] = [DocKind::Dsr, DocKind::Dpr];

    /// The word on the command line and in file names: `dsr`, `dpr`.
    pub fn word(self) -> &'static str {
        match self {
            DocKind::Dsr => "dsr",
            DocKind::Dpr => "dpr",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DocKind::Dsr => "Diagnostic Study Report",
            DocKind::Dpr => "Detailed Project Report",
        }
    }

    fn short(self) -> &'static str {
        match self {
            DocKind::Dsr => "DSR",
            DocKind::Dpr => "DPR",
        }
    }
}

/// The file a document is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Md,
    Html,
    Docx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }
}

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The scheme has no template for this kind of document.
    #[error("{}", no_template_message(.scheme, *.doc, .available))]
    NoTemplate {
        scheme: String,
        doc: DocKind,
        /// Every scheme with its documents, e.g. `("mse-cdp", [Dsr, Dpr])`.
        available: Vec<(String, Vec<DocKind>)>,
    },
    /// A template does not compile or fails while rendering (tera's message names the
    /// template, line and column).
    #[error("template {template}: {message}")]
    Template { template: String, message: String },
    /// The templates folder could not be read.
    #[error("cannot read the templates: {0}")]
    Assets(#[from] std::io::Error),
    /// A scheme's rules file does not load.
    #[error("{0}")]
    Scheme(String),
    /// The Word writer failed.
    #[error("cannot write the Word file: {0}")]
    Docx(String),
}

fn no_template_message(scheme: &str, doc: DocKind, available: &[(String, Vec<DocKind>)]) -> String {
    let has: Vec<&str> = available
        .iter()
        .filter(|(_, docs)| docs.contains(&doc))
        .map(|(s, _)| s.as_str())
        .collect();
    let own: Vec<&str> = available
        .iter()
        .find(|(s, _)| s == scheme)
        .map(|(_, docs)| docs.iter().map(|d| d.word()).collect())
        .unwrap_or_default();
    let mut msg = format!(
        "scheme '{scheme}' has no {} template (templates/{scheme}/{}.md.tera)",
        doc.short(),
        doc.word()
    );
    if own.is_empty() {
        msg.push_str(&format!("; '{scheme}' has no document templates at all"));
    } else {
        msg.push_str(&format!("; it has: {}", own.join(", ")));
    }
    if has.is_empty() {
        msg.push_str(&format!("; no scheme has a {}", doc.short()));
    } else {
        msg.push_str(&format!(
            "; schemes with a {}: {} (choose one with --scheme)",
            doc.short(),
            has.join(", ")
        ));
    }
    msg
}

/// A rendered document, as Markdown, ready to be written in any [`Format`].
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The one Markdown every format is made from.
    pub markdown: String,
    /// The document title (from the study), for the HTML title and the Word properties.
    pub title: String,
    /// The study's language (ISO 639-1), for the HTML `lang` attribute.
    pub language: String,
    /// Who prepared it and for which organisation, for the Word properties.
    pub author: String,
    pub organisation: String,
    /// The date of the report: the study's report date, else the end of the study period,
    /// else its start. For the Word properties; `None` when the study has no date at all.
    pub date: Option<chrono::NaiveDate>,
    /// The template it came from: `mse-cdp/dsr.md.tera`.
    pub template: String,
    /// What the consultant should see before submitting and the document does not say:
    /// the errors and warnings of the scheme's financing ("the SPV's contribution is below
    /// 10% of the project cost"), one line each.
    pub notes: Vec<String>,
    /// The figures and photographs the Markdown's images name (`figure:value-chain`).
    pub pictures: Pictures,
    /// The study's check against the workspace's schemes, as the document was made from
    /// it (without the findings on files, which need the study's folder).
    pub check: crate::check::Report,
}

impl Document {
    /// The self-contained HTML page (styles inline, print CSS, no scripts).
    pub fn to_html(&self) -> String {
        html::write(&self.markdown, &self.title, &self.language, &self.pictures)
    }

    /// The Word file.
    pub fn to_docx(&self) -> Result<Vec<u8>, RenderError> {
        docx::write(
            &self.markdown,
            &docx::Properties {
                title: self.title.clone(),
                author: self.author.clone(),
                organisation: self.organisation.clone(),
                date: self.date,
                language: self.language.clone(),
            },
            &self.pictures,
        )
    }

    /// The Markdown as written to `output`, its pictures linked as image files in the
    /// folder beside it (`NAME.files/fig-3.png`), with those files to write.
    pub fn markdown_files(&self, output: &Path) -> (String, Vec<(PathBuf, Vec<u8>)>) {
        self.pictures.markdown_files(&self.markdown, output)
    }

    /// The bytes of the document in `format`.
    pub fn bytes(&self, format: Format) -> Result<Vec<u8>, RenderError> {
        match format {
            Format::Md => Ok(self.markdown.clone().into_bytes()),
            Format::Html => Ok(self.to_html().into_bytes()),
            Format::Docx => self.to_docx(),
        }
    }
}

/// Renders `doc` of `scheme` (the study's own scheme when `None`) as Markdown in the
/// study's language (`meta.language`): the call the CLI and the TUI preview share.
/// Deterministic: the same study and templates always give the same text (no dates of
/// today; only what the study holds).
pub fn render(
    study: &Study,
    doc: DocKind,
    scheme: Option<&str>,
    assets: &Assets,
) -> Result<Document, RenderError> {
    render_in(study, doc, scheme, assets, &words_of_study(study, assets)?)
}

/// The words of the study's own document language (`meta.language`; English when unset).
pub(crate) fn words_of_study(study: &Study, assets: &Assets) -> Result<Words, RenderError> {
    words_of(
        assets,
        DocLang::of(&study.meta.language).unwrap_or_default(),
    )
}

/// [`render`] in the language `words` holds (`render --lang`).
pub fn render_in(
    study: &Study,
    doc: DocKind,
    scheme: Option<&str>,
    assets: &Assets,
    words: &Words,
) -> Result<Document, RenderError> {
    let scheme = scheme.unwrap_or(&study.meta.scheme).trim().to_string();
    let template = template_name(assets, &scheme, doc)?;
    render_template(study, doc, &scheme, template, assets, words)
}

/// The words of a document in `lang`, from the workspace's catalogues.
/// The built-in catalogues are read once per process (the TUI's preview renders on every
/// refresh); a templates folder's afresh, as its templates are.
pub fn words_of(assets: &Assets, lang: DocLang) -> Result<Words, RenderError> {
    use crate::i18n::{Lang, Messages};
    let load = |l: Lang| Messages::load_documents(assets, l).map_err(|e| e.to_string());
    let messages = if assets.is_embedded() {
        static BUILTIN: [OnceLock<Result<Messages, String>>; 2] =
            [OnceLock::new(), OnceLock::new()];
        let l = lang.messages_lang();
        BUILTIN[usize::from(l == Lang::Hi)]
            .get_or_init(|| load(l))
            .as_ref()
            .map(Messages::recording_afresh)
            .map_err(Clone::clone)
    } else {
        load(lang.messages_lang())
    };
    let messages = messages.map_err(RenderError::Scheme)?;
    Ok(Words { lang, messages })
}

/// The one-page summary for a sanctioning committee (`--doc brief`): the scheme's own
/// `brief.md.tera` if it has one, else the shared `_shared/brief.md.tera`, from the same
/// context as the DPR.
pub fn render_brief(
    study: &Study,
    scheme: Option<&str>,
    assets: &Assets,
    words: &Words,
) -> Result<Document, RenderError> {
    let scheme = scheme.unwrap_or(&study.meta.scheme).trim().to_string();
    let own = format!("{scheme}/brief.md.tera");
    let usable = !scheme.is_empty() && !scheme.contains(['/', '\\']) && !scheme.starts_with('.');
    let template = if usable && assets.read(&own)?.is_some() {
        own
    } else {
        "_shared/brief.md.tera".to_string()
    };
    render_template(study, DocKind::Dpr, &scheme, template, assets, words)
}

/// `doc` of `study` under `scheme` through `template`.
fn render_template(
    study: &Study,
    doc: DocKind,
    scheme: &str,
    template: String,
    assets: &Assets,
    words: &Words,
) -> Result<Document, RenderError> {
    words::within(words, || {
        render_template_here(study, doc, scheme, template, assets, words)
    })
}

fn render_template_here(
    study: &Study,
    doc: DocKind,
    scheme: &str,
    template: String,
    assets: &Assets,
    words: &Words,
) -> Result<Document, RenderError> {
    let (lang, messages) = (words.lang, &words.messages);
    let scheme = scheme.to_string();
    // The built-in templates are compiled once per process (the TUI's preview renders on
    // every refresh); a templates folder's are read afresh, so that edits to a template
    // show on the next render. Its rules are the workspace's, read once (below).
    let built;
    let tera = if assets.is_embedded() {
        builtin_environment()?
    } else {
        built = environment(assets)?;
        &built
    };
    // The rules are the workspace's, read once for the run (a broken file stops at start).
    let catalog = assets
        .catalog()
        .map_err(|e| RenderError::Scheme(e.to_string()))?;
    let report = crate::check::check_with(study, catalog);
    // The study is checked as written and printed in the document's language.
    let study = &*words::study_in(study, lang);
    let ctx = ReportContext::build_checked(study, &scheme, doc, catalog.get(&scheme), &report);
    let mut context = ctx.to_context().map_err(|e| RenderError::Template {
        template: template.clone(),
        message: format!("cannot pass the study to the template: {e}"),
    })?;
    context.insert("selection", &selection_score(study, assets)?);
    // A figure of a bilingual document speaks Hindi alone: its labels sit in boxes and keys
    // with no room for two languages (the caption above it has both, and the table beside
    // it the English).
    let draw = || Pictures::of_study(study, ctx.financing.as_ref(), ctx.viability.as_ref());
    let pictures = if lang == DocLang::EnHi {
        let hindi = Words {
            lang: DocLang::Hi,
            messages: messages.clone(),
        };
        words::within(&hindi, draw)
    } else {
        draw()
    };
    context.insert("figures", &pictures.available());
    context.insert("photos", &figures::photo_list(study));
    let markdown = tera
        .render(&template, &context)
        .map_err(|e| template_error(&template, e))?;
    // Characters XML forbids (pasted from PDFs) are dropped here for every format; the
    // writers drop them again for Markdown that did not come through here.
    // Bilingual labels travel through the templates as pairs; the document has them joined.
    let markdown = words::join_pairs(&markdown);
    let mut markdown = abbreviations::expand(&markdown::xml_safe(&markdown));
    tidy(&mut markdown);
    let notes = ctx
        .financing
        .iter()
        .flat_map(|f| &f.flags)
        .filter(|f| f.level != FlagLevel::Note)
        .map(|f| format!("{}: {} ({})", f.level.word(), f.message, f.path))
        .collect();
    let mut document = Document::of_study(study, markdown, &ctx.doc.title, template, notes);
    let written_in = DocLang::of(&document.language);
    if lang != DocLang::En || matches!(written_in, Some(DocLang::Hi | DocLang::EnHi)) {
        document.language = lang.tag().to_string();
    }
    document.pictures = pictures;
    document.check = report;
    Ok(document)
}

impl Document {
    /// A document of `study`: its properties (title, author, organisation, date, language)
    /// taken from the study in one place for every kind of document.
    pub(crate) fn of_study(
        study: &Study,
        markdown: String,
        title: &str,
        template: String,
        notes: Vec<String>,
    ) -> Document {
        let meta = &study.meta;
        Document {
            notes,
            pictures: Pictures::default(),
            check: crate::check::Report::default(),
            markdown,
            title: markdown::xml_safe(title).into_owned(),
            author: meta.prepared_by.name.trim().to_string(),
            organisation: meta.prepared_by.organisation.trim().to_string(),
            date: meta.date.or(meta.period.to).or(meta.period.from),
            language: if meta.language.trim().is_empty() {
                "en".to_string()
            } else {
                meta.language.trim().to_string()
            },
            template,
        }
    }
}

/// The CFC's financial workbook (`workbook`): the projection under the study's scheme's
/// acceptance rules (MSE-CDP 2022's when it has none), financed as the DPR's statements
/// take it.
pub fn render_workbook(
    study: &Study,
    scheme: Option<&str>,
    assets: &Assets,
    words: &Words,
) -> Result<Vec<u8>, RenderError> {
    words::within(words, || workbook_here(study, scheme, assets))
}

fn workbook_here(
    study: &Study,
    scheme: Option<&str>,
    assets: &Assets,
) -> Result<Vec<u8>, RenderError> {
    let scheme = scheme.unwrap_or(&study.meta.scheme).trim().to_string();
    let catalog = assets
        .catalog()
        .map_err(|e| RenderError::Scheme(e.to_string()))?;
    let report = crate::check::check_with(study, catalog);
    let ctx =
        ReportContext::build_checked(study, &scheme, DocKind::Dpr, catalog.get(&scheme), &report);
    let fail = |message: String| RenderError::Template {
        template: "workbook".into(),
        message,
    };
    let Some(v) = &ctx.viability else {
        let needs: Vec<String> = ctx
            .viability_missing
            .iter()
            .map(|m| format!("{} ({})", m.what, m.path))
            .collect();
        return Err(fail(if study.cfc.is_none() {
            "the study has no CFC (cfc): the workbook is the CFC's financial annexures".into()
        } else {
            format!("the projection needs {}", needs.join("; "))
        }));
    };
    let loan = v.loan.first().map_or(0, |l| l.opening_rs.get());
    // Months of working capital as the statements hold them (the study's, else the norm).
    let months = ctx.statements.as_ref().map_or(
        study
            .cfc
            .as_ref()
            .and_then(|c| c.operations.working_capital_months)
            .unwrap_or(crate::finance::WORKING_CAPITAL_MONTHS),
        |s| s.working_capital_months,
    );
    let mof = match ctx
        .statements
        .as_ref()
        .and_then(|s| s.balance_sheet.first())
    {
        Some(b) => workbook::Finance {
            grants_rs: b.capital_reserve_rs.get(),
            equity_rs: b.equity_rs.get(),
            loan_rs: b.loan_rs.get(),
            working_capital_months: months,
        },
        // Without a means of finance the SPV is taken to bring what the loan does not.
        None => workbook::Finance {
            grants_rs: 0,
            equity_rs: v.project_cost_rs.get() - loan,
            loan_rs: loan,
            working_capital_months: months,
        },
    };
    workbook::workbook(study, v, mof).map_err(|e| fail(e.to_string()))
}

/// The study's selection score under the department's rules (`_shared/selection.yaml`),
/// when the study scores the cluster.
fn selection_score(
    study: &Study,
    assets: &Assets,
) -> Result<Option<crate::model::SelectionScore>, RenderError> {
    let Some(selection) = &study.selection else {
        return Ok(None);
    };
    let name = "_shared/selection.yaml";
    let text = assets
        .read(name)?
        .map(|a| a.text)
        .ok_or_else(|| RenderError::Scheme(format!("{name} is missing")))?;
    let rules = crate::model::SelectionRules::parse(&text)
        .map_err(|e| RenderError::Scheme(format!("{name}: {e}")))?;
    Ok(Some(selection.score(&rules)))
}

/// Where a document goes when no output is given: beside the study, named after it and the
/// document (`studies/ujjain-plastic.dsr.html`).
pub fn default_output(study_file: &Path, doc: DocKind, format: Format) -> PathBuf {
    let stem = study_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "study".to_string());
    study_file.with_file_name(format!("{stem}.{}.{}", doc.word(), format.extension()))
}

/// The schemes that have document templates, with the documents each has.
pub fn available(assets: &Assets) -> Vec<(String, Vec<DocKind>)> {
    template_folders(assets)
        .into_iter()
        .filter_map(|scheme| {
            let docs: Vec<DocKind> = DocKind::ALL
                .into_iter()
                .filter(|d| {
                    matches!(
                        assets.read(&format!("{scheme}/{}.md.tera", d.word())),
                        Ok(Some(_))
                    )
                })
                .collect();
            (!docs.is_empty()).then_some((scheme, docs))
        })
        .collect()
}

fn template_name(assets: &Assets, scheme: &str, doc: DocKind) -> Result<String, RenderError> {
    let name = format!("{scheme}/{}.md.tera", doc.word());
    let usable = !scheme.is_empty() && !scheme.contains(['/', '\\']) && !scheme.starts_with('.');
    if usable && assets.read(&name)?.is_some() {
        return Ok(name);
    }
    Err(RenderError::NoTemplate {
        scheme: scheme.to_string(),
        doc,
        available: available(assets),
    })
}

/// Folders that may hold document templates: every top folder but `_shared` (a scheme's,
/// or `generic` for a study under no particular scheme).
fn template_folders(assets: &Assets) -> Vec<String> {
    assets
        .folders()
        .into_iter()
        .filter(|f| !f.starts_with('_') && !f.starts_with('.'))
        .collect()
}

/// The environment of the built-in templates, compiled on first use.
fn builtin_environment() -> Result<&'static Tera, RenderError> {
    static BUILTIN: OnceLock<Result<Tera, (String, String)>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| {
            environment(&Assets::embedded()).map_err(|e| match e {
                RenderError::Template { template, message } => (template, message),
                other => ("templates".to_string(), other.to_string()),
            })
        })
        .as_ref()
        .map_err(|(template, message)| RenderError::Template {
            template: template.clone(),
            message: message.clone(),
        })
}

/// The tera environment: filters, then every template of `_shared/` and of every scheme
/// folder (so templates may include or extend one another), checked as they are added.
fn environment(assets: &Assets) -> Result<Tera, RenderError> {
    let mut tera = Tera::new();
    filters::register(&mut tera);
    // Everything a template prints is Markdown-escaped (study text is data), except what a
    // filter has already made safe.
    tera.autoescape_on([".tera"]);
    tera.set_escape_fn(|s, out| out.write_all(markdown::escape_inline(s).as_bytes()));
    let mut sources = Vec::new();
    for folder in std::iter::once("_shared".to_string()).chain(template_folders(assets)) {
        for asset in assets.files_in(&folder)? {
            if asset.name.ends_with(".tera") {
                sources.push(asset);
            }
        }
    }
    let pairs: Vec<(String, String)> = sources
        .iter()
        .map(|a| (a.name.clone(), a.text.clone()))
        .collect();
    tera.add_raw_templates(pairs).map_err(|e| {
        let template = e
            .source_template()
            .and_then(|name| sources.iter().find(|a| a.name == name))
            .map(|a| a.origin.clone())
            .unwrap_or_else(|| "templates".to_string());
        RenderError::Template {
            template,
            message: error_text(&e),
        }
    })?;
    Ok(tera)
}

trait SourceTemplate {
    fn source_template(&self) -> Option<String>;
}

impl SourceTemplate for tera::Error {
    /// The template an error points into, when tera says.
    fn source_template(&self) -> Option<String> {
        let text = error_text(self);
        let start = text.find("--> ")? + 4;
        let rest = &text[start..];
        let end = rest.find(':')?;
        Some(rest[..end].to_string())
    }
}

fn template_error(template: &str, e: tera::Error) -> RenderError {
    RenderError::Template {
        template: e.source_template().unwrap_or_else(|| template.to_string()),
        message: error_text(&e),
    }
}

/// tera's whole message, with the chain of causes (the rustc-style snippet is in there).
fn error_text(e: &tera::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let more = s.to_string();
        if !text.contains(&more) {
            text.push('\n');
            text.push_str(&more);
        }
        source = s.source();
    }
    text
}

/// Template whitespace made tidy: no trailing spaces, at most one blank line in a row, one
/// final newline. The `.md` output is diffed and read, so it should look written.
fn tidy(markdown: &mut String) {
    let mut out = String::with_capacity(markdown.len());
    let mut blank = 0;
    for line in markdown.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    *markdown = out;
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_sits_beside_the_study() {
        assert_eq!(
            default_output(
                Path::new("studies/ujjain-plastic.yaml"),
                DocKind::Dsr,
                Format::Html
            ),
            PathBuf::from("studies/ujjain-plastic.dsr.html")
        );
    }

    #[test]
    fn tidy_squeezes_blank_lines() {
        let mut s = "\n\n# A  \n\n\n\ntext\n\n\n".to_string();
        tidy(&mut s);
        assert_eq!(s, "# A\n\ntext\n");
    }
}
