//! Documents as a consultant receives them: the example studies rendered in their schemes'
//! formats (compared with golden files a person has read), study text that stays text in
//! every format, a Word file that Word and LibreOffice can open, and no blank or "None"
//! where the study is still incomplete.
//!
//! Regenerate the goldens after a deliberate change with
//! `UPDATE_GOLDEN=1 cargo test --test render`, then read the diff in full before committing.

use std::io::Read;
use std::path::{Path, PathBuf};

use cdstudy::assets::Assets;
use cdstudy::i18n::DocLang;
use cdstudy::model::{Bottleneck, Id, Stakeholder, Study, SwotItem};
use cdstudy::render::{self, markdown::MISSING, DocKind, RenderError};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(name: &str) -> Study {
    cdstudy::store::load(&root().join("studies").join(format!("{name}.yaml")))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .study
}

fn render_md(study: &Study, doc: DocKind, scheme: Option<&str>) -> String {
    render::render(study, doc, scheme, &Assets::embedded())
        .unwrap_or_else(|e| panic!("{e}"))
        .markdown
}

fn golden(study: &str, doc: DocKind) {
    golden_in(study, doc, DocLang::En)
}

/// The golden of `doc` in `lang`: `NAME.dsr.md` in English, `NAME.dsr.hi.md` in Hindi,
/// `NAME.dsr.en+hi.md` in both.
fn golden_in(study: &str, doc: DocKind, lang: DocLang) {
    let assets = Assets::embedded();
    let words = render::words_of(&assets, lang).unwrap();
    let rendered = render::render_in(&load(study), doc, None, &assets, &words).unwrap();
    let md = rendered.markdown;
    let misses = words.messages.misses();
    assert!(
        misses.is_empty(),
        "{study} {} in {} printed these in English: {misses:?}",
        doc.word(),
        lang.code()
    );
    let suffix = match lang {
        DocLang::En => String::new(),
        other => format!(".{}", other.code()),
    };
    let path = root()
        .join("tests/golden")
        .join(format!("{study}.{}{suffix}.md", doc.word()));
    matches_golden(&path, &md);
}

/// The Ujjain DSR and DPR in Hindi and in both languages, read through as a department's
/// reader would before they were accepted: every fixed word from the catalogue.
#[test]
fn ujjain_in_hindi_and_bilingual_matches_its_goldens() {
    for lang in [DocLang::Hi, DocLang::EnHi] {
        for doc in DocKind::ALL {
            golden_in("ujjain-plastic", doc, lang);
        }
    }
}

/// Every bundled study's DSR, DPR, brief, progress report and utilisation certificates in
/// Hindi have a Hindi word for every fixed text.
#[test]
fn every_bundled_document_has_its_hindi_words() {
    let assets = Assets::embedded();
    let mut names: Vec<_> = std::fs::read_dir(root().join("studies"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    names.sort();
    assert!(names.len() >= 8);
    for path in names {
        let study = cdstudy::store::load(&path).unwrap().study;
        let words = render::words_of(&assets, DocLang::Hi).unwrap();
        for doc in DocKind::ALL {
            // A study without a facility has no DPR under some schemes: nothing to word.
            let _ = render::render_in(&study, doc, None, &assets, &words);
        }
        render::render_brief(&study, None, &assets, &words).unwrap();
        // The documents of monitoring, of a study that reports its progress: the report,
        // and the certificate of every year it has one for.
        if let Some(progress) = &study.progress {
            let monitoring = |doc, period| {
                render::render_monitoring_in(&study, doc, period, &assets, &words).unwrap();
            };
            monitoring(render::MonitoringDoc::Progress, None);
            for year in progress.certificates.iter().filter_map(|c| c.year) {
                monitoring(
                    render::MonitoringDoc::Uc,
                    Some(year.to_string().parse().unwrap()),
                );
            }
        }
        let misses = words.messages.misses();
        assert!(misses.is_empty(), "{}: {misses:?}", path.display());
    }
}

/// The documents of monitoring (the utilisation certificate of a year, the progress
/// report of every period) in `lang` against their goldens: `NAME.uc-2024-25.md`,
/// `NAME.progress.hi.md`; every fixed word from the catalogue.
fn monitoring_golden(study: &str, doc: render::MonitoringDoc, period: Option<&str>, lang: DocLang) {
    let assets = Assets::embedded();
    let words = render::words_of(&assets, lang).unwrap();
    let period = period.map(|p| p.parse().unwrap());
    let md = render::render_monitoring_in(&load(study), doc, period, &assets, &words)
        .unwrap()
        .markdown;
    let misses = words.messages.misses();
    assert!(
        misses.is_empty(),
        "{study} {} in {} printed these in English: {misses:?}",
        doc.word(),
        lang.code()
    );
    let suffix = match lang {
        DocLang::En => String::new(),
        other => format!(".{}", other.code()),
    };
    let name = render::monitoring_output(
        Path::new(&format!("{study}.yaml")),
        doc,
        period,
        render::Format::Md,
    );
    let name = name
        .to_string_lossy()
        .replace(".md", &format!("{suffix}.md"));
    let path = root().join("tests/golden").join(name);
    matches_golden(&path, &md);
}

/// The Ujjain certificate of 2024-25 and its progress report, in English, Hindi and both.
#[test]
fn ujjain_monitoring_matches_its_goldens() {
    for lang in [DocLang::En, DocLang::Hi, DocLang::EnHi] {
        monitoring_golden(
            "ujjain-plastic",
            render::MonitoringDoc::Uc,
            Some("2024-25"),
            lang,
        );
        monitoring_golden(
            "ujjain-plastic",
            render::MonitoringDoc::Progress,
            None,
            lang,
        );
    }
}

#[test]
fn ujjain_dsr_matches_its_golden() {
    golden("ujjain-plastic", DocKind::Dsr);
}

#[test]
fn ujjain_dpr_matches_its_golden() {
    golden("ujjain-plastic", DocKind::Dpr);
}

#[test]
fn bokaro_dpr_matches_its_golden() {
    golden("bokaro-bamboo", DocKind::Dpr);
}

#[test]
fn rendering_is_deterministic() {
    let study = load("ujjain-plastic");
    let a = render::render(&study, DocKind::Dpr, None, &Assets::embedded()).unwrap();
    let b = render::render(&study, DocKind::Dpr, None, &Assets::embedded()).unwrap();
    assert_eq!(a.markdown, b.markdown);
    assert_eq!(a.to_html(), b.to_html());
    assert_eq!(a.to_docx().unwrap(), b.to_docx().unwrap());
}

/// A study whose text tries every way of breaking out of being text.
fn hostile() -> Study {
    let mut study = Study::new("Hostile <script>alert('x')</script>", "mse-cdp");
    study.cluster.history =
        "# Not a heading\n\n| not | a table |\n\n<img src=x onerror=alert(1)>".into();
    study.stakeholders.push(Stakeholder {
        id: Id::new("st", 1),
        name: "Gas | Power Co".into(),
        role: "<script>steal()</script>".into(),
        ..Default::default()
    });
    study.bottlenecks.push(Bottleneck {
        id: Id::new("b", 1),
        title: "# Power cuts | voltage [link](javascript:alert(1))".into(),
        evidence: "1. not a list\n- nor this\n> nor a quote".into(),
        ..Default::default()
    });
    study.swot.strengths.push(SwotItem {
        id: Id::new("s", 1),
        text: "**not bold** & &amp; `not code`".into(),
        evidence: String::new(),
    });
    study
}

#[test]
fn study_text_is_escaped_in_html() {
    let doc = render::render(&hostile(), DocKind::Dsr, None, &Assets::embedded()).unwrap();
    let html = doc.to_html();
    assert!(!html.contains("<script"), "a script tag came through");
    assert!(!html.contains("<img"), "an img tag came through");
    assert!(
        !html.contains("href=\"javascript"),
        "a javascript link came through"
    );
    assert!(html.contains("&lt;script&gt;steal()&lt;/script&gt;"));
    assert!(html.contains("Hostile &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(
        html.contains("<td>Gas | Power Co</td>"),
        "the pipe split the cell"
    );
    assert!(html.contains("# Power cuts | voltage [link](javascript:alert(1))"));
    assert!(html.contains("**not bold** &amp; &amp;amp; `not code`"));
    assert!(html.contains("<p># Not a heading</p>"));
    assert!(!html.contains("<li>not a list"));
}

#[test]
fn study_text_makes_no_markdown_structure() {
    let md = render_md(&hostile(), DocKind::Dsr, None);
    // Every heading of the document is the template's: numbered, or the cover's.
    for line in md.lines().filter(|l| l.starts_with('#')) {
        let title = line.trim_start_matches('#').trim();
        assert!(
            title.starts_with(|c: char| c.is_ascii_digit())
                || [
                    "Diagnostic Study Report",
                    "Annexures",
                    "List of abbreviations",
                    "Declaration"
                ]
                .contains(&title)
                || title.starts_with("Hostile")
                || title.contains("district"),
            "a heading came from study text: {line}"
        );
    }
}

/// Every document of every scheme, rendered from a study with nothing filled in.
fn empty_documents() -> Vec<(String, String)> {
    let assets = Assets::embedded();
    let mut out = Vec::new();
    for (scheme, docs) in render::available(&assets) {
        for doc in docs {
            let mut study = Study::new("Empty", &scheme);
            // Even an SPV and a CFC with nothing in them.
            study.spv = Some(Default::default());
            study.cfc = Some(Default::default());
            for s in [study.clone(), Study::new("Empty", &scheme)] {
                let md = render_md(&s, doc, None);
                out.push((format!("{scheme} {}", doc.word()), md));
            }
        }
    }
    out
}

/// What no document may contain, whatever the study holds: captions glued to the
/// paragraph above, doubled full stops.
fn lint(name: &str, md: &str) {
    let lines: Vec<&str> = md.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("**Table ") {
            assert!(
                i == 0 || lines[i - 1].is_empty(),
                "{name}: the caption on line {} is glued to the line above",
                i + 1
            );
        }
        let doubled = line.match_indices("..").any(|(at, _)| {
            !line[at..].starts_with("...") && (at == 0 || !line[..at].ends_with('.'))
        });
        assert!(
            !doubled,
            "{name}: a doubled full stop on line {}: {line}",
            i + 1
        );
    }
}

#[test]
fn the_example_documents_pass_the_lint() {
    let mut names: Vec<String> = std::fs::read_dir(root().join("studies"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // Every bundled study's DSR, and its DPR where it proposes a facility.
    let docs: Vec<(String, DocKind)> = names
        .iter()
        .flat_map(|name| {
            let facility = load(name).cfc.is_some();
            [(name.clone(), DocKind::Dsr)]
                .into_iter()
                .chain(facility.then(|| (name.clone(), DocKind::Dpr)))
        })
        .collect();
    assert!(docs.len() >= 12, "{docs:?}");
    for (study, doc) in &docs {
        let (study, doc) = (study.as_str(), *doc);
        let md = render_md(&load(study), doc, None);
        lint(&format!("{study} {}", doc.word()), &md);
        for bad in ["{{", "{%"] {
            assert!(!md.contains(bad), "{study}: contains {bad:?}");
        }
        // A value the template failed to fill prints as Rust's or JSON's word for nothing,
        // a value of its own: a whole cell, or what follows a label. ("None to speak of"
        // in a study's own sentence is English.)
        for line in md.lines() {
            let cells = line.split('|').map(str::trim);
            let after_label = line.rsplit(":**").next().map(str::trim);
            for value in cells.chain(after_label) {
                assert!(
                    !matches!(value, "None" | "null" | "Some"),
                    "{study} {}: an empty value printed: {line}",
                    doc.word()
                );
            }
        }
    }
}

/// The tables' numbers ("Table 5.4") in a document's order.
fn table_numbers(md: &str) -> Vec<String> {
    md.lines()
        .filter_map(|l| l.strip_prefix("**Table "))
        .filter_map(|l| l.split(':').next())
        .map(str::to_string)
        .collect()
}

/// No two tables of a document share a number, whatever the study holds: every bundled
/// study's documents, and Bokaro's DPR with one agency fewer and one more (the SPV's
/// tables are numbered after however many agencies come before them).
#[test]
fn no_two_tables_share_a_number() {
    let mut names: Vec<String> = std::fs::read_dir(root().join("studies"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut docs: Vec<(String, String)> = Vec::new();
    for name in &names {
        let study = load(name);
        docs.push((format!("{name} dsr"), render_md(&study, DocKind::Dsr, None)));
        if study.cfc.is_some() {
            docs.push((format!("{name} dpr"), render_md(&study, DocKind::Dpr, None)));
        }
    }
    let bokaro = load("bokaro-bamboo");
    let mut fewer = bokaro.clone();
    fewer.agencies.pop();
    let mut more = bokaro.clone();
    let mut extra = more.agencies[0].clone();
    extra.name = "Jharkhand Bamboo Mission".into();
    more.agencies.push(extra);
    for (what, study) in [("one agency fewer", fewer), ("one agency more", more)] {
        docs.push((
            format!("bokaro dpr, {what}"),
            render_md(&study, DocKind::Dpr, None),
        ));
    }
    for (what, md) in &docs {
        let numbers = table_numbers(md);
        assert!(numbers.len() > 3, "{what}: {numbers:?}");
        let mut seen = std::collections::BTreeSet::new();
        for n in &numbers {
            assert!(seen.insert(n), "{what}: Table {n} twice in {numbers:?}");
        }
    }
}

#[test]
fn an_empty_study_shows_remarks_never_blanks() {
    let docs = empty_documents();
    assert!(
        docs.len() >= 8,
        "expected the DSRs and DPRs of several schemes"
    );
    for (name, md) in docs {
        lint(&name, &md);
        assert!(md.contains(MISSING), "{name}: no remark for missing data");
        for bad in ["None", "null", "{{", "{%", "[]", "\"\""] {
            assert!(!md.contains(bad), "{name}: contains {bad:?}");
        }
        let lines: Vec<&str> = md.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.starts_with('|') {
                continue;
            }
            // A header row must be followed by its rule and at least one body row.
            if lines.get(i + 1).is_some_and(|n| {
                n.starts_with("|--") || n.starts_with("|:-") || n.starts_with("|---")
            }) {
                assert!(
                    lines.get(i + 2).is_some_and(|n| n.starts_with('|')),
                    "{name}: a table without rows after line {}: {line}",
                    i + 1
                );
            }
            // No blank cell, except the first column of a grouped table.
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
            for (c, cell) in cells.iter().enumerate().skip(1) {
                assert!(
                    !cell.trim().is_empty(),
                    "{name}: blank cell {c} on line {}: {line}",
                    i + 1
                );
            }
        }
    }
}

#[test]
fn a_missing_document_names_what_exists() {
    let study = load("bokaro-bamboo");
    let err =
        render::render(&study, DocKind::Dpr, Some("generic"), &Assets::embedded()).unwrap_err();
    assert!(matches!(err, RenderError::NoTemplate { .. }));
    let message = err.to_string();
    assert!(message.contains("'generic' has no DPR"), "{message}");
    assert!(message.contains("mse-cdp"), "{message}");
    assert!(message.contains("sfurti"), "{message}");
}

#[test]
fn a_template_folder_overrides_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("mse-cdp")).unwrap();
    std::fs::write(
        dir.path().join("mse-cdp/dsr.md.tera"),
        "# Our own DSR for {{ cluster.name }}\n",
    )
    .unwrap();
    let doc = render::render(
        &load("ujjain-plastic"),
        DocKind::Dsr,
        None,
        &Assets::with_override(dir.path()),
    )
    .unwrap();
    assert_eq!(doc.markdown, "# Our own DSR for Ujjain Plastic\n");
}

#[test]
fn a_broken_template_says_where() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("mse-cdp")).unwrap();
    std::fs::write(
        dir.path().join("mse-cdp/dsr.md.tera"),
        "# {{ cluster.nme }}\n",
    )
    .unwrap();
    let err = render::render(
        &load("ujjain-plastic"),
        DocKind::Dsr,
        None,
        &Assets::with_override(dir.path()),
    )
    .unwrap_err();
    let message = err.to_string();
    assert!(message.contains("mse-cdp/dsr.md.tera"), "{message}");
    assert!(message.contains("nme"), "{message}");
}

fn docx_parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a valid zip");
    let mut parts = Vec::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let mut text = String::new();
        if file.name().ends_with(".xml") || file.name().ends_with(".rels") {
            file.read_to_string(&mut text).unwrap();
            parts.push((file.name().to_string(), text));
        }
    }
    parts
}

fn well_formed(name: &str, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i64;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name} is not well-formed XML: {e}"),
        }
    }
    assert_eq!(depth, 0, "{name}: unbalanced elements");
}

#[test]
fn the_word_file_is_structurally_sound() {
    let doc = render::render(
        &load("ujjain-plastic"),
        DocKind::Dpr,
        None,
        &Assets::embedded(),
    )
    .unwrap();
    let parts = docx_parts(&doc.to_docx().unwrap());
    let part = |name: &str| {
        parts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
            .unwrap_or_else(|| panic!("no {name} in the Word file"))
    };
    for (name, xml) in &parts {
        well_formed(name, xml);
    }
    let styles = part("word/styles.xml");
    for style in ["Title", "Heading1", "Heading2", "Heading3", "TOC1", "TOC2"] {
        assert!(
            styles.contains(&format!("w:styleId=\"{style}\"")),
            "style {style} missing"
        );
    }
    assert!(
        styles.contains("w:val=\"heading 1\""),
        "Heading 1 is not named as Word names it"
    );
    let body = part("word/document.xml");
    assert!(body.contains("<w:pStyle w:val=\"Heading1\" />"));
    assert!(body.contains("<w:pStyle w:val=\"Title\" />"));
    assert!(body.contains("<w:tblBorders>"), "tables have no borders");
    // Every table's first row repeats on each page the table runs onto, and no row is
    // split across a page break.
    let tables = body.matches("<w:tbl>").count();
    assert!(tables > 10);
    assert_eq!(body.matches("<w:tblHeader />").count(), tables);
    assert_eq!(
        body.matches("<w:trPr>").count(),
        body.matches("<w:cantSplit />").count()
    );
    assert!(body.contains("<w:pageBreakBefore"), "no page breaks");
    assert!(
        body.contains(" PAGEREF _Toc00000001 \\h "),
        "the contents gives no page for its first entry"
    );
    assert!(body.contains("<w:hyperlink w:anchor=\"_Toc00000001\""));
    assert!(body.contains("<w:bookmarkStart w:id=\"1\" w:name=\"_Toc00000001\" />"));
    // The contents lists the first section by its title.
    assert!(body.contains("1. Proposal under consideration"));
    assert!(body.contains("<w:numPr>"), "lists are not numbered lists");
    let numbering = part("word/numbering.xml");
    // Our bullet and decimal list definitions.
    assert!(numbering.contains("w:abstractNumId=\"10\""), "{numbering}");
    assert!(numbering.contains("w:abstractNumId=\"11\""));
    // Two footers: the body's with the page number, and the cover's, without.
    let footers: Vec<&str> = parts
        .iter()
        .filter(|(n, _)| n.starts_with("word/footer"))
        .map(|(_, xml)| xml.as_str())
        .collect();
    assert_eq!(footers.len(), 2);
    assert_eq!(
        footers.iter().filter(|f| f.contains("PAGE")).count(),
        1,
        "the footer has no page number, or the cover has one"
    );
}

#[test]
fn the_html_page_is_self_contained() {
    let doc = render::render(
        &load("bokaro-bamboo"),
        DocKind::Dpr,
        None,
        &Assets::embedded(),
    )
    .unwrap();
    let html = doc.to_html();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>") && html.contains("@media print"));
    for outside in ["<script", "<link", "@import"] {
        assert!(!html.contains(outside), "the page refers to {outside}");
    }
    // The figures' fills name patterns of their own SVG (url(#hatch)) and photographs come
    // as data addresses: nothing is fetched from anywhere else.
    for (at, _) in html.match_indices("url(") {
        assert!(
            html[at..].starts_with("url(#"),
            "the page refers to {}",
            &html[at..at + 40]
        );
    }
    for (at, _) in html.match_indices("src=") {
        assert!(
            html[at..].starts_with("src=\"data:"),
            "the page refers to {}",
            &html[at..at + 40]
        );
    }
    assert!(html.contains("<svg xmlns="), "the figures are inline");
    assert!(html.contains("<nav class=\"toc\">"));
}

#[test]
fn the_cli_writes_beside_the_study_and_never_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let study = dir.path().join("ujjain-plastic.yaml");
    std::fs::copy(root().join("studies/ujjain-plastic.yaml"), &study).unwrap();
    let bin = env!("CARGO_BIN_EXE_cdstudy");
    let run = |args: &[&str]| {
        std::process::Command::new(bin)
            .env("CDSTUDY_LANG", "en")
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&[
        "render",
        study.to_str().unwrap(),
        "--doc",
        "dsr",
        "--format",
        "html",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("ujjain-plastic.dsr.html").is_file());
    let before = std::fs::read(&study).unwrap();
    let out = run(&[
        "render",
        study.to_str().unwrap(),
        "--doc",
        "dsr",
        "-o",
        study.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read(&study).unwrap(),
        before,
        "the study was overwritten"
    );
    let out = run(&[
        "render",
        study.to_str().unwrap(),
        "--doc",
        "dpr",
        "--scheme",
        "generic",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no DPR"));
    let _ = Path::new("");
}

/// A study rendered under a scheme whose components its action plan does not use is
/// refused with what to change, and nothing is written; a scheme that takes any
/// component (generic) renders it.
#[test]
fn rendering_under_a_scheme_the_study_does_not_fit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let study = dir.path().join("ujjain-plastic.yaml");
    std::fs::copy(root().join("studies/ujjain-plastic.yaml"), &study).unwrap();
    let bin = env!("CARGO_BIN_EXE_cdstudy");
    let out_file = dir.path().join("out.md");
    let run = |scheme: &str| {
        std::process::Command::new(bin)
            .env("CDSTUDY_LANG", "en")
            .args(["render", study.to_str().unwrap(), "--doc", "dsr"])
            .args(["--scheme", scheme, "-o", out_file.to_str().unwrap()])
            .output()
            .unwrap()
    };
    let out = run("sfurti");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!out_file.exists(), "a document was written");
    assert!(err.contains("`cfc` is not a component of SFURTI"), "{err}");
    assert!(err.contains("meta.scheme"), "{err}");
    let out = run("generic");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = std::fs::read_to_string(&out_file).unwrap();
    assert!(!md.contains("GoI grant sought under Generic"), "{md}");
    assert!(!md.contains("not a component"), "{md}");
}

/// A CFC without running costs gets its figures but no verdict, in every document that
/// holds it to rules (the engine's `Viability::needs`, the same the TUI and `budget` show).
#[test]
fn no_verdict_without_running_costs() {
    let mut study = load("ujjain-plastic");
    let before = render_md(&study, DocKind::Dpr, None);
    assert!(before.contains("Meets the rule"));
    let cfc = study.cfc.as_mut().unwrap();
    cfc.operations.fixed_costs.clear();
    cfc.operations.variable_costs.clear();
    for doc in [DocKind::Dpr, DocKind::Dsr] {
        let md = render_md(&study, doc, None);
        assert!(!md.contains("Meets the rule"), "{}", doc.word());
        // (The study's own text may say so; the documents' sentences must not.)
        assert!(
            !md.contains("years meets every acceptance rule of the guidelines"),
            "{}",
            doc.word()
        );
        assert!(
            !md.contains("recommended for consideration"),
            "{}",
            doc.word()
        );
    }
    let md = render_md(&study, DocKind::Dpr, None);
    assert!(md.contains("Not yet judged"));
    assert!(md.contains("not yet held to the acceptance rules"));
}

/// The months of working capital the study sets reach the assessment, with their basis.
#[test]
fn the_working_capital_months_are_the_studys() {
    let mut study = load("ujjain-plastic");
    if let Some(cfc) = study.cfc.as_mut() {
        cfc.operations.working_capital_months = Some(2);
    }
    let md = render_md(&study, DocKind::Dpr, None);
    assert!(md.contains("Working capital needed (2 months)"));
    assert!(md.contains(
        "2 months of the year's operating costs (variable and fixed), as the study sets it"
    ));
}

/// `md` is the golden at `path` (written there instead with UPDATE_GOLDEN set); a
/// difference names its first line.
fn matches_golden(path: &Path, md: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, md).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run UPDATE_GOLDEN=1 cargo test --test render",
            path.display()
        )
    });
    if md != expected {
        let line = md
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map(|i| i + 1)
            .unwrap_or_else(|| md.lines().count().min(expected.lines().count()) + 1);
        panic!(
            "{} differs from the rendering at line {line}; if the change is meant, \
             regenerate with UPDATE_GOLDEN=1 and read the diff",
            path.display()
        );
    }
}
