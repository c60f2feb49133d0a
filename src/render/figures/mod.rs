//! Figures and photographs in the documents, from one source.
//!
//! This module owns the pictures a document holds: the figures drawn from the study as SVG
//! (the value-chain map, the implementation schedule, the means of finance, the CFC's
//! viability, the cluster at a glance) and the photographs a study attaches by path. A
//! template places a picture with a Markdown image whose address names it, after its
//! caption paragraph:
//!
//! ```text
//! **Figure 6.1: The value chain of the cluster**
//!
//! ![Figure 6.1: The value chain of the cluster](figure:value-chain)
//! ```
//!
//! and each writer turns the address into its own kind of picture: HTML inlines the SVG
//! (a photograph as a data address), Word embeds a PNG rasterised from the same SVG
//! (`raster`), and Markdown writes the PNG beside the document (`NAME.files/fig-3.png`)
//! and links it. A caption paragraph starting "Figure" right before its picture is listed
//! in the list of figures (the `<!-- figures -->` marker).

mod cluster;
mod finance;
pub mod raster;
mod schedule;
pub mod svg;
pub mod word;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pulldown_cmark::Event;

use super::markdown::{self, Caption};
use super::words;
use crate::model::Study;

/// A figure's fixed words in the document's language: the figures are drawn while the
/// document renders ([`Pictures::of_study`] is called inside `words::within`), so their
/// SVG holds the words of its language.
fn say(english: &str) -> String {
    words::label(english)
}

/// The address scheme of a figure in the templates' Markdown: `figure:value-chain`.
pub const FIGURE: &str = "figure:";

/// The address scheme of a photograph: `photo:3` is the study's third.
pub const PHOTO: &str = "photo:";

/// The figures a study can have, by the name a template gives them.
pub const NAMES: [&str; 8] = [
    "value-chain",
    "value-chain-compact",
    "glance",
    "schedule",
    "means-of-finance",
    "dscr",
    "break-even",
    "sensitivity",
];

/// The pictures of one document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pictures {
    /// Each figure the study has, by name, as SVG.
    figures: BTreeMap<String, String>,
    /// The photographs' paths, relative to the study's folder, in the study's order.
    photos: Vec<String>,
    /// The study's folder, once the caller says where the study is (`photos_from`):
    /// without it no photograph is read, and each shows as its caption alone.
    dir: Option<PathBuf>,
    /// The words the writers add (contents, lists, page), in the document's language.
    pub words: words::WriterWords,
}

impl Pictures {
    /// Every figure `study` has data for (the financing and viability as the document's
    /// appraisal computed them).
    pub fn of_study(
        study: &Study,
        financing: Option<&crate::scheme::Financing>,
        viability: Option<&crate::finance::Viability>,
    ) -> Pictures {
        let mut figures = BTreeMap::new();
        let mut put = |name: &str, svg: Option<String>| {
            if let Some(svg) = svg {
                figures.insert(name.to_string(), svg);
            }
        };
        put("value-chain", cluster::value_chain(study));
        put("value-chain-compact", cluster::value_chain_compact(study));
        put("glance", cluster::glance(study));
        put("schedule", schedule::gantt(study));
        put(
            "means-of-finance",
            financing.and_then(finance::means_of_finance),
        );
        put("dscr", viability.and_then(finance::dscr));
        put("break-even", viability.and_then(finance::break_even));
        put("sensitivity", viability.and_then(finance::sensitivity));
        Pictures {
            figures,
            photos: study
                .photos
                .iter()
                .map(|p| p.path.trim().to_string())
                .collect(),
            dir: None,
            words: words::WriterWords::current(),
        }
    }

    /// Reads the photographs relative to `dir`, the study's folder.
    pub fn photos_from(&mut self, dir: &Path) {
        self.dir = Some(dir.to_path_buf());
    }

    /// Photograph `url` (`photo:3`), decoded and scaled down; `None` when the address
    /// names none or its file cannot be embedded (`check` says why).
    fn photo(&self, url: &str) -> Option<raster::Png> {
        let n: usize = url.strip_prefix(PHOTO)?.parse().ok()?;
        let path = self.photos.get(n.checked_sub(1)?)?;
        let file = self.dir.as_ref()?.join(path);
        if Path::new(path).is_absolute() || crate::check::photos::problem(&file).is_some() {
            return None;
        }
        let bytes = std::fs::read(&file).ok()?;
        raster::photo(&bytes).ok()
    }

    /// For the templates: which figures the study has (`figures["value-chain"]` is true).
    pub fn available(&self) -> BTreeMap<&'static str, bool> {
        NAMES
            .iter()
            .map(|n| (*n, self.figures.contains_key(*n)))
            .collect()
    }

    /// The SVG of figure `name`.
    pub fn svg(&self, name: &str) -> Option<&str> {
        self.figures.get(name).map(String::as_str)
    }

    /// What HTML shows for the picture at `url`: the figure's SVG inline; `None` for an
    /// address that names no picture (the writer then prints the alternative text).
    pub fn html(&self, url: &str) -> Option<String> {
        if url.starts_with(PHOTO) {
            use base64::Engine as _;
            let png = self.photo(url)?;
            let data = base64::engine::general_purpose::STANDARD.encode(&png.bytes);
            return Some(format!(
                "<span class=\"figure\"><img src=\"data:image/png;base64,{data}\" width=\"{}\" height=\"{}\" alt=\"\"></span>",
                png.width, png.height
            ));
        }
        let name = url.strip_prefix(FIGURE)?;
        let svg = self.svg(name)?;
        Some(format!("<span class=\"figure\">{svg}</span>"))
    }

    /// The picture at `url` as PNG, for Word and the Markdown's files.
    pub fn png(&self, url: &str) -> Option<raster::Png> {
        if url.starts_with(PHOTO) {
            return self.photo(url);
        }
        let name = url.strip_prefix(FIGURE)?;
        raster::figure(self.svg(name)?)
    }

    /// The Markdown for a document written to `output`, with each picture's address
    /// changed to an image file in the folder beside it (`NAME.files/fig-3.png`, numbered
    /// in the order the document shows them), and those files. A picture that cannot be
    /// made keeps its address, so its alternative text still shows.
    pub fn markdown_files(
        &self,
        markdown: &str,
        output: &Path,
    ) -> (String, Vec<(PathBuf, Vec<u8>)>) {
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "document.md".to_string());
        let stem = name.strip_suffix(".md").unwrap_or(&name);
        let folder = format!("{stem}.files");
        let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
        let mut done: BTreeMap<String, String> = BTreeMap::new();
        let mut out = String::with_capacity(markdown.len());
        let mut rest = markdown;
        let mut figure_count = 0;
        while let Some(at) = rest.find("](") {
            let (before, after) = rest.split_at(at + 2);
            out.push_str(before);
            let end = after.find(')').unwrap_or(after.len());
            let url = &after[..end];
            let replaced = match done.get(url) {
                Some(file) => Some(file.clone()),
                None if url.starts_with(FIGURE) || url.starts_with(PHOTO) => {
                    self.png(url).map(|png| {
                        let file = match url.strip_prefix(PHOTO) {
                            Some(n) => format!("{folder}/photo-{n}.png"),
                            None => {
                                figure_count += 1;
                                format!("{folder}/fig-{figure_count}.png")
                            }
                        };
                        files.push((output.with_file_name(&file), png.bytes));
                        done.insert(url.to_string(), file.clone());
                        file
                    })
                }
                None => None,
            };
            out.push_str(replaced.as_deref().unwrap_or(url));
            rest = &after[end..];
        }
        out.push_str(rest);
        (out, files)
    }
}

/// A photograph as the templates see it (`photos`), numbered in the study's order.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PhotoView {
    pub n: usize,
    pub caption: String,
    pub date: Option<chrono::NaiveDate>,
    pub visit: Option<String>,
    pub stage: Option<String>,
    pub cfc_site: bool,
    pub machine: String,
    /// What it shows, in words: "Visit v-2", "CFC site", "Machine: CNC milling".
    pub shows: String,
}

/// The study's photographs for the templates.
pub fn photo_list(study: &Study) -> Vec<PhotoView> {
    study
        .photos
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let visit = p.visit.as_ref().map(|v| v.as_str().to_string());
            let stage = p.stage.as_ref().map(|v| v.as_str().to_string());
            let mut shows = Vec::new();
            if let Some(v) = &p.visit {
                let on = study.field_work.visits.iter().position(|x| &x.id == v);
                shows.push(match on {
                    Some(k) => format!("field visit {}", k + 1),
                    None => format!("field visit {v}"),
                });
            }
            if let Some(s) = &p.stage {
                match study.value_chain.stages.iter().position(|x| &x.id == s) {
                    Some(k) => shows.push(format!(
                        "value-chain stage {}, {}",
                        k + 1,
                        study.value_chain.stages[k].name.trim()
                    )),
                    None => shows.push(format!("value-chain stage {s}")),
                }
            }
            if p.cfc_site {
                shows.push("the CFC's site".to_string());
            }
            if !p.machine.trim().is_empty() {
                shows.push(format!("machine: {}", p.machine.trim()));
            }
            PhotoView {
                n: i + 1,
                caption: p.caption.trim().to_string(),
                date: p.date,
                visit,
                stage,
                cfc_site: p.cfc_site,
                machine: p.machine.trim().to_string(),
                shows: shows.join("; "),
            }
        })
        .collect()
}

/// The figures' captions after the contents marker: (index of the caption paragraph's
/// start event, its text). A caption is a paragraph of its own starting "Figure" right
/// before a paragraph that holds a picture (the walker is `markdown::captions`).
pub fn captions(events: &[Event]) -> Vec<(usize, String)> {
    markdown::captions(events, Caption::Figure)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Hindi words from a catalogue of `entries`, in `lang`.
    pub(crate) fn hindi(lang: crate::i18n::DocLang, entries: &str) -> words::Words {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("_i18n")).unwrap();
        // The built-in catalogues are emptied, so that only `entries` give Hindi.
        for asset in crate::assets::Assets::embedded().files_in("_i18n").unwrap() {
            if asset.name.ends_with(".ftl") {
                std::fs::write(dir.path().join(&asset.name), "").unwrap();
            }
        }
        std::fs::write(dir.path().join("_i18n/en.ftl"), "a = one\n").unwrap();
        std::fs::write(dir.path().join("_i18n/hi.ftl"), "a = एक\n").unwrap();
        std::fs::write(dir.path().join("_i18n/hi.doc-rust.ftl"), entries).unwrap();
        let assets = crate::assets::Assets::with_override(dir.path());
        let messages =
            crate::i18n::Messages::load_documents(&assets, crate::i18n::Lang::Hi).unwrap();
        words::Words { lang, messages }
    }

    #[test]
    fn a_figure_speaks_the_language_of_its_document() {
        use crate::i18n::DocLang;
        let mut study = Study::default();
        study.cluster.enterprises.micro = Some(118);
        let english = Pictures::of_study(&study, None, None);
        let svg = english.svg("glance").unwrap();
        assert!(svg.contains(">Enterprises by size<"), "{svg}");
        assert_eq!(english.words, words::WriterWords::default());
        let entries =
            "t-enterprises-by-size = आकार के अनुसार उद्यम\nt-micro = सूक्ष्म\nt-contents = विषय-सूची\n";
        let hi = words::within(&hindi(DocLang::Hi, entries), || {
            Pictures::of_study(&study, None, None)
        });
        let svg = hi.svg("glance").unwrap();
        assert!(svg.contains(">आकार के अनुसार उद्यम</text>"), "{svg}");
        assert!(svg.contains(">सूक्ष्म</text>"), "{svg}");
        assert!(!svg.contains("Enterprises by size"), "{svg}");
        // A word the catalogue lacks stays English; the writers' words are taken too.
        assert!(svg.contains(">Small</text>"), "{svg}");
        assert_eq!(hi.words.contents, "विषय-सूची");
        assert_eq!(hi.words.tables, "List of tables");
        // Bilingual: both, the Hindi first, in one line set as one text of two scripts.
        let both = words::within(&hindi(DocLang::EnHi, entries), || {
            Pictures::of_study(&study, None, None)
        });
        let svg = both.svg("glance").unwrap();
        assert!(svg.contains("सूक्ष्म</tspan><tspan> / Micro</tspan>"), "{svg}");
        // And English again once the document is done.
        assert_eq!(Pictures::of_study(&study, None, None), english);
    }

    #[test]
    fn a_caption_before_a_picture_is_listed() {
        let md = "<!-- toc -->\n\n**Figure 1.1: The map**\n\n![Figure 1.1: The map](figure:value-chain)\n\n**Figure about nothing**\n\ntext\n";
        let events: Vec<Event> = super::super::markdown::parser(md).collect();
        let found = captions(&events);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "Figure 1.1: The map");
        // A Hindi caption is a caption too, and a bilingual one starts with the Hindi.
        let md = "<!-- toc -->\n\n**चित्र 1.1: मानचित्र / Figure 1.1: The map**\n\n![x](figure:value-chain)\n\n**तालिका 1.1: इकाइयाँ**\n\n| a |\n|---|\n| 1 |\n";
        let events: Vec<Event> = super::super::markdown::parser(md).collect();
        assert_eq!(
            captions(&events)[0].1,
            "चित्र 1.1: मानचित्र / Figure 1.1: The map"
        );
        let tables = markdown::captions(&events, Caption::Table);
        assert_eq!(tables[0].1, "तालिका 1.1: इकाइयाँ");
    }

    #[test]
    fn markdown_links_each_picture_to_its_file() {
        let mut pictures = Pictures::default();
        pictures.figures.insert(
            "glance".to_string(),
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>"#.to_string(),
        );
        let md = "![a](figure:glance) and ![b](figure:none) and [link](https://x.invalid) ![c](figure:glance)\n";
        let (out, files) = pictures.markdown_files(md, Path::new("/tmp/x/ujjain.dpr.md"));
        assert_eq!(
            out,
            "![a](ujjain.dpr.files/fig-1.png) and ![b](figure:none) and [link](https://x.invalid) ![c](ujjain.dpr.files/fig-1.png)\n"
        );
        assert_eq!(files.len(), 1);
        assert_eq!(
            files[0].0,
            PathBuf::from("/tmp/x/ujjain.dpr.files/fig-1.png")
        );
        assert!(files[0].1.starts_with(&[0x89, b'P', b'N', b'G']));
    }
}
