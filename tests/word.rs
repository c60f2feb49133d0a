//! Word files as Word and LibreOffice read them, checked by readers that are not docx-rs:
//! every generated .docx (both example studies, both documents, every scheme that renders
//! them) has exactly one `Normal` style, marked the default, every paragraph resolves to a
//! defined style, the contents and the list of tables give every heading's and caption's page
//! by a page reference and the settings ask for fields to be updated on opening, and the
//! properties name the title, author, company and dates.
//! Checked once by a structural reading here (quick-xml and zip) and once by python-docx
//! (skipped, saying so, where python-docx is not installed). And text pasted with control
//! characters makes a file an XML parser and LibreOffice accept.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use quick_xml::events::Event;

use cdstudy::assets::Assets;
use cdstudy::model::Study;
use cdstudy::render::{self, DocKind};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(name: &str) -> Study {
    cdstudy::store::load(&root().join("studies").join(format!("{name}.yaml")))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .study
}

/// Every Word file the examples make: (a name for messages, the bytes).
fn every_word_file() -> Vec<(String, Vec<u8>)> {
    let assets = Assets::embedded();
    let mut files = Vec::new();
    for study in ["ujjain-plastic", "bokaro-bamboo"] {
        let s = load(study);
        for (scheme, docs) in render::available(&assets) {
            for doc in docs {
                // A scheme whose rules cannot take the study refuses it: nothing written.
                let Ok(rendered) = render::render(&s, doc, Some(&scheme), &assets) else {
                    continue;
                };
                let bytes = rendered
                    .to_docx()
                    .unwrap_or_else(|e| panic!("{study} {scheme} {doc:?}: {e}"));
                files.push((format!("{study}.{scheme}.{}", doc.word()), bytes));
            }
        }
    }
    assert!(files.len() >= 4, "only {} Word files rendered", files.len());
    files
}

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|_| panic!("no {name}"))
        .read_to_string(&mut text)
        .expect("UTF-8 text");
    text
}

fn attr(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// The paragraph styles of styles.xml: (ids, the ids named Normal, the ids marked default).
fn paragraph_styles(xml: &str) -> (BTreeSet<String>, Vec<String>, Vec<String>) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut ids, mut normal, mut default) = (BTreeSet::new(), Vec::new(), Vec::new());
    let mut current: Option<String> = None;
    loop {
        match reader.read_event().expect("styles.xml is well-formed") {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"w:style" if attr(&e, b"w:type").as_deref() == Some("paragraph") => {
                    let id = attr(&e, b"w:styleId").unwrap_or_default();
                    if attr(&e, b"w:default").as_deref() == Some("1") {
                        default.push(id.clone());
                    }
                    ids.insert(id.clone());
                    current = Some(id);
                }
                b"w:style" => current = None,
                b"w:name" => {
                    if let (Some(id), Some("Normal")) =
                        (current.as_ref(), attr(&e, b"w:val").as_deref())
                    {
                        normal.push(id.clone());
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    (ids, normal, default)
}

/// Every paragraph's style id (`None`: no `w:pStyle`, so the default style).
fn paragraph_style_ids(xml: &str) -> Vec<Option<String>> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut in_p = false;
    loop {
        match reader.read_event().expect("document.xml is well-formed") {
            Event::Start(e) if e.name().as_ref() == b"w:p" => {
                in_p = true;
                out.push(None);
            }
            Event::Empty(e) if e.name().as_ref() == b"w:p" => out.push(None),
            Event::Start(e) | Event::Empty(e) if in_p && e.name().as_ref() == b"w:pStyle" => {
                if let Some(last) = out.last_mut() {
                    *last = attr(&e, b"w:val");
                }
            }
            Event::End(e) if e.name().as_ref() == b"w:p" => in_p = false,
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn every_word_file_has_one_default_normal_pages_in_its_contents_and_its_properties() {
    for (name, docx) in every_word_file() {
        let (ids, normal, default) = paragraph_styles(&part(&docx, "word/styles.xml"));
        assert_eq!(normal, vec!["Normal".to_string()], "{name}: Normal styles");
        assert_eq!(
            default,
            vec!["Normal".to_string()],
            "{name}: default styles"
        );
        let styles = part(&docx, "word/styles.xml");
        assert!(
            styles.contains("w:cs=\"Nirmala UI\""),
            "{name}: no Devanagari font"
        );
        let body = part(&docx, "word/document.xml");
        let paragraphs = paragraph_style_ids(&body);
        assert!(
            paragraphs.len() > 100,
            "{name}: {} paragraphs",
            paragraphs.len()
        );
        for style in paragraphs.iter().flatten() {
            assert!(ids.contains(style), "{name}: style {style} is not defined");
        }
        // The contents and the list of tables: every heading's and every caption's
        // bookmark has one entry, which gives its page by a page reference (no TOC field,
        // whose stored result LibreOffice would print as it is).
        for (prefix, what) in [("_Toc", "heading"), ("_Tab", "caption")] {
            let bookmarks = body.matches(&format!("w:name=\"{prefix}")).count();
            let references = body.matches(&format!(" PAGEREF {prefix}")).count();
            assert!(bookmarks > 0, "{name}: no {what} bookmarks");
            assert_eq!(bookmarks, references, "{name}: {what}s without a page");
        }
        assert!(!body.contains("> TOC "), "{name}: a TOC field");
        assert_eq!(
            body.matches("w:fldCharType=\"begin\"").count(),
            body.matches("w:fldCharType=\"end\"").count(),
            "{name}: unbalanced fields"
        );
        let settings = part(&docx, "word/settings.xml");
        assert!(
            settings.contains("<w:updateFields w:val=\"true\" /><w:compat>"),
            "{name}: {settings}"
        );
        let core = part(&docx, "docProps/core.xml");
        for filled in [
            "<dc:title>",
            "<dc:creator>",
            "<dcterms:created",
            "<dcterms:modified",
        ] {
            assert!(core.contains(filled), "{name}: no {filled} in {core}");
        }
        for placeholder in ["1970-01-01", "unknown"] {
            assert!(!core.contains(placeholder), "{name}: {core}");
        }
        let app = part(&docx, "docProps/app.xml");
        assert!(app.contains("<Company>"), "{name}: {app}");
        // The cover's page has a footer of its own, without a page number.
        let document_settings = &body[body.rfind("<w:sectPr").unwrap_or(0)..];
        assert!(document_settings.contains("<w:titlePg"), "{name}");
        assert!(document_settings.contains("w:type=\"first\""), "{name}");
    }
    let ujjain = &every_word_file()[0].1;
    let core = part(ujjain, "docProps/core.xml");
    assert!(
        core.contains("<dc:creator>Anjali Trivedi</dc:creator>"),
        "{core}"
    );
    assert!(
        core.contains(">2023-11-20T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    assert!(part(ujjain, "docProps/app.xml").contains(
        "<Company>Malwa Enterprise Development Foundation (cluster development agent)</Company>"
    ));
}

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

const PYTHON_CHECK: &str = r#"
import sys, docx
from docx.enum.style import WD_STYLE_TYPE
bad = []
for path in sys.argv[1:]:
    d = docx.Document(path)
    normals = [s for s in d.styles if s.name == "Normal"]
    default = d.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    if len(normals) != 1 or default is None or default.name != "Normal":
        bad.append(f"{path}: {len(normals)} Normal styles, default {default}")
    # The body's paragraphs and those in table cells (python-docx lists them apart).
    paragraphs = list(d.paragraphs)
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    unstyled = [p.text for p in paragraphs if p.style is None]
    if unstyled:
        bad.append(f"{path}: {len(unstyled)} paragraphs without a style: {unstyled[:3]}")
    cp = d.core_properties
    dates = [cp.created, cp.modified]
    if not cp.title or not cp.author or any(t is None or t.year < 2000 for t in dates):
        bad.append(f"{path}: properties {cp.title!r} {cp.author!r} {dates}")
    xml = d.element.body.xml
    if 'PAGEREF _Toc' not in xml:
        bad.append(f"{path}: the contents gives no pages")
    if d.settings.element.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}updateFields') is None:
        bad.append(f"{path}: no updateFields")
print("\n".join(bad))
sys.exit(1 if bad else 0)
"#;

#[test]
fn python_docx_reads_every_paragraph_with_a_style() {
    let python_docx = have("python3")
        && Command::new("python3")
            .args(["-c", "import docx"])
            .output()
            .is_ok_and(|o| o.status.success());
    if !python_docx {
        println!("skipped: python-docx is not installed (pip install python-docx)");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut paths = Vec::new();
    for (name, bytes) in every_word_file() {
        let path = dir.path().join(format!("{name}.docx"));
        std::fs::write(&path, bytes).expect("written");
        paths.push(path);
    }
    let out = Command::new("python3")
        .arg("-c")
        .arg(PYTHON_CHECK)
        .args(&paths)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python-docx: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The Ujjain study with text as it comes pasted from PDFs and Word files.
fn with_control_characters() -> Study {
    let mut study = load("ujjain-plastic");
    study.cluster.history = format!(
        "Start\u{1} of\u{8} the\u{1b} text\u{fffe}. {}",
        study.cluster.history
    );
    study.cluster.name = "Ujjain\u{1b}[0m Plastic\u{7}".to_string();
    if let Some(b) = study.bottlenecks.first_mut() {
        b.title.push_str(" \u{c}(form feed)\u{ffff}");
    }
    study
}

fn forbidden(c: char) -> bool {
    !cdstudy::render::markdown::xml_allows(c)
}

#[test]
fn control_characters_never_reach_a_document() {
    let study = with_control_characters();
    let assets = Assets::embedded();
    let dir = tempfile::tempdir().expect("a temporary folder");
    for doc in DocKind::ALL {
        let rendered = render::render(&study, doc, None, &assets).expect("renders");
        assert!(!rendered.markdown.chars().any(forbidden));
        assert!(rendered.markdown.contains("Ujjain\\[0m Plastic"));
        let html = rendered.to_html();
        assert!(!html.chars().any(forbidden), "{doc:?}: the HTML holds one");
        let docx = rendered.to_docx().expect("a Word file");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx.as_slice())).expect("zip");
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).expect("a part");
            let mut text = String::new();
            if file.read_to_string(&mut text).is_err() {
                continue;
            }
            assert!(!text.chars().any(forbidden), "{}: {doc:?}", file.name());
            let mut reader = quick_xml::Reader::from_str(&text);
            loop {
                match reader.read_event() {
                    Ok(Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{} is not well-formed: {e}", file.name()),
                }
            }
        }
        let path = dir.path().join(format!("pasted.{}.docx", doc.word()));
        std::fs::write(&path, &docx).expect("written");
        // Python's XML parser (expat) rejects what XML 1.0 forbids, unlike quick-xml.
        if have("python3") {
            let check = "import sys, zipfile, xml.dom.minidom as m\n\
                         z = zipfile.ZipFile(sys.argv[1])\n\
                         [m.parseString(z.read(n)) for n in z.namelist() if n.endswith('.xml')]";
            let out = Command::new("python3")
                .args(["-c", check])
                .arg(&path)
                .output()
                .expect("python3 runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        } else {
            println!("skipped the expat check: python3 is not installed");
        }
    }
    if !have("soffice") {
        println!("skipped: LibreOffice (soffice) is not installed, so no conversion to PDF");
        return;
    }
    let profile = dir.path().join("profile");
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(dir.path().join("pasted.dpr.docx"))
        .output()
        .expect("soffice runs");
    let pdf: &Path = &dir.path().join("pasted.dpr.pdf");
    assert!(
        pdf.exists() && std::fs::metadata(pdf).is_ok_and(|m| m.len() > 10_000),
        "LibreOffice did not convert the file: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The text of each page of `pdf` (pdftotext separates pages by form feeds).
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// The entries of the contents and the list of tables: (title, page). An entry that wraps
/// has its first lines without a leader; they join the line with the page.
fn contents_entries(page: &str) -> Vec<(String, usize)> {
    let mut entries = Vec::new();
    let mut prefix = String::new();
    for line in page.lines().map(str::trim) {
        if line.is_empty() || line.starts_with("Page ") || line == "Contents" {
            continue;
        }
        if line == "List of tables" {
            continue;
        }
        let Some(dots) = line.find("....") else {
            prefix = format!("{prefix} {line}");
            continue;
        };
        let number = line.trim_end_matches(|c: char| c.is_ascii_digit());
        let page: usize = line[number.len()..].parse().unwrap_or(0);
        let title = format!("{prefix} {}", &line[..dots]).trim().to_string();
        entries.push((title, page));
        prefix.clear();
    }
    entries
}

/// Laid out by LibreOffice as it comes (a headless conversion, no update of anything): the
/// contents and the list of tables give every heading's and caption's true page, every
/// chapter starts a page, and no page is blank.
#[test]
fn libreoffice_prints_true_pages_in_the_contents_and_starts_chapters_on_new_pages() {
    if !have("soffice") || !have("pdftotext") {
        println!("skipped: LibreOffice (soffice) or pdftotext is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let assets = Assets::embedded();
    let mut names = Vec::new();
    for study in ["ujjain-plastic", "bokaro-bamboo"] {
        let rendered = render::render(&load(study), DocKind::Dpr, None, &assets).expect("renders");
        let name = format!("{study}.dpr");
        std::fs::write(
            dir.path().join(format!("{name}.docx")),
            rendered.to_docx().expect("a Word file"),
        )
        .expect("written");
        names.push(name);
    }
    let profile = dir.path().join("profile");
    let mut convert = Command::new("soffice");
    convert
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path());
    for name in &names {
        convert.arg(dir.path().join(format!("{name}.docx")));
    }
    let out = convert.output().expect("soffice runs");
    for name in &names {
        let pdf = dir.path().join(format!("{name}.pdf"));
        assert!(
            pdf.exists(),
            "{name}: not converted: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let pages = pdf_pages(&pdf);
        let lists: Vec<usize> = (0..pages.len())
            .filter(|&i| {
                let first = pages[i].trim_start();
                first.starts_with("Contents") || first.starts_with("List of tables")
            })
            .collect();
        let entries: Vec<(String, usize)> = lists
            .iter()
            .flat_map(|&i| contents_entries(&pages[i]))
            .collect();
        assert!(entries.len() > 40, "{name}: {} entries", entries.len());
        for (title, page) in &entries {
            let key: String = title.chars().take(50).collect();
            let found = (0..pages.len())
                .filter(|i| !lists.contains(i))
                .find(|&i| pages[i].lines().any(|l| l.trim().starts_with(key.as_str())));
            assert_eq!(
                found.map(|i| i + 1),
                Some(*page),
                "{name}: \"{title}\" is listed on page {page}"
            );
            // A numbered chapter starts its page: above it, at most another heading (the
            // title of a part).
            let chapter = title
                .split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok());
            if chapter {
                let above: Vec<&str> = pages[page - 1]
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .take_while(|l| !l.starts_with(key.as_str()))
                    .collect();
                assert!(
                    above
                        .iter()
                        .all(|l| entries.iter().any(|(t, _)| t.starts_with(l))),
                    "{name}: chapter \"{title}\" does not start page {page}: {above:?}"
                );
            }
        }
        for (i, page) in pages.iter().enumerate() {
            let text: String = page
                .lines()
                .filter(|l| !l.trim().starts_with("Page "))
                .collect();
            assert!(!text.trim().is_empty(), "{name}: page {} is blank", i + 1);
        }
    }
}
