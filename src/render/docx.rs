//! Markdown → an editable Word file, from the pulldown-cmark event stream: named styles
//! (one default Normal, Title, Subtitle, Heading 1–4, TOC 1–2, Table Caption) so a
//! consultant restyles the whole file in one place; bordered tables with a shaded header
//! row; numbered and bulleted lists that restart where the Markdown restarts them; real
//! page breaks; a cover page without a page number and a "Page N" footer after it; the
//! document properties (title, author, company, dates) from the study.
//!
//! Page layout (what Word and LibreOffice do with the pages, which neither can be told
//! after the fact without a manual edit): every chapter of a document with contents (a
//! top-level heading after the contents) starts on a new page; a table's header row repeats
//! on every page it runs onto, no row splits across pages, and a short table stays on one
//! page with its caption (see `table`); a page break is always a property of the paragraph
//! that starts the new page, never a paragraph of its own, and no empty paragraph follows a
//! table except between two tables, so that nothing can spill alone onto a blank page.
//!
//! The contents and the list of tables are lists of entries, each a link to a bookmark on
//! its heading or caption followed by a dot leader and a `PAGEREF` field to that bookmark.
//! LibreOffice computes a page reference when it lays out the pages, so its view, its PDF
//! export and its headless conversion print the true page numbers with no update; Word
//! updates every field when it opens the file (`w:updateFields`, after asking). They are
//! not a Word `TOC` field on purpose: LibreOffice (7.4, and its source says so) shows a TOC
//! field's stored result as plain text, page references included, so a TOC field would
//! print stale or no page numbers there until Tools > Update > Update All. The price is
//! that a heading added in Word joins the contents only through References > Table of
//! Contents, which a Word user inserts in two clicks.

use std::io::Write;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, BuildXML, Docx, FieldCharType, Footer, Hyperlink,
    HyperlinkType, IndentLevel, InstrText, Level, LevelJc, LevelText, LineSpacing, NumberFormat,
    Numbering, NumberingId, PageMargin, PageNum, Paragraph, Run, RunFonts, Shading, ShdType,
    SpecialIndentType, Start, Style, StyleType, Tab, TabLeaderType, TabValueType, Table, TableCell,
    TableRow, WidthType,
};
use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};

use chrono::NaiveDate;

use super::figures::{self, Pictures};
use super::html::{captions, headings, level_number};
use super::markdown::{marker, parser, xml_safe, Marker};
use super::RenderError;

/// A4 in twentieths of a point, with 2 cm margins (1.8 cm left and right).
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const MARGIN_TOP_BOTTOM: i32 = 1134;
const MARGIN_SIDE: i32 = 1021;
const TEXT_WIDTH: usize = (PAGE_WIDTH as usize) - 2 * (MARGIN_SIDE as usize);
const BODY_FONT: &str = "Arial";
/// For Devanagari and the other complex scripts (Hindi study text). Nirmala UI ships with
/// every Windows since 8, so Word and LibreOffice on Windows (where these files are edited
/// and submitted) both have it, and it covers all the Indian scripts, where the older Mangal
/// covers Devanagari only; elsewhere both programs fall back to the system's Devanagari
/// font (Noto Sans Devanagari on Linux, Kohinoor on macOS) by the `cs` script slot.
const COMPLEX_FONT: &str = "Nirmala UI";
/// The body text size in half-points (10.5 pt).
const BODY_SIZE: usize = 21;
/// A table of at most this many rows (the header row included) is kept on one page with
/// its caption; a longer one keeps its caption, header row and first body row together and
/// then runs on, its header repeated. Twelve rows of 9-point text are about a third of a page.
const KEEP_TOGETHER_ROWS: usize = 12;

// docx-rs always writes a numbering of its own as abstract 1 / instance 1; ours start at 10.
const BULLET_ABSTRACT: usize = 10;
const DECIMAL_ABSTRACT: usize = 11;
const BULLET_NUM: usize = 10;

/// What the Word file says about itself (File > Properties), from the study.
#[derive(Debug, Clone, Default)]
pub struct Properties {
    pub title: String,
    /// The study's preparer: the author and last editor.
    pub author: String,
    /// The preparer's organisation: the company.
    pub organisation: String,
    /// The date of the report: created and modified. Left out when the study has none,
    /// rather than written as a made-up date.
    pub date: Option<NaiveDate>,
    /// The study's language (ISO 639-1).
    pub language: String,
}

/// The Word file for `markdown`.
pub fn write(
    markdown: &str,
    props: &Properties,
    pictures: &Pictures,
) -> Result<Vec<u8>, RenderError> {
    let markdown = xml_safe(markdown);
    let events: Vec<Event> = parser(&markdown).collect();
    let toc_entries = headings(&events);
    let table_captions = captions(&events);
    let has_toc = events
        .iter()
        .any(|e| matches!(e, Event::Html(h) if marker(h) == Marker::Toc));
    let mut w = Writer::new(toc_entries, table_captions, has_toc, pictures);
    w.figure_captions = figures::captions(&events);
    for (i, event) in events.iter().enumerate() {
        w.index = i;
        w.event(event);
    }
    w.finish();
    drop(events);
    let Writer {
        mut body,
        numberings,
        ..
    } = w;
    body.flush();
    let mut docx = base(has_toc, &pictures.words.page).add_style(figures::word::caption_style());
    for n in numberings {
        docx = docx.add_numbering(n);
    }
    // The blocks already written as XML go in where a placeholder paragraph of their own
    // stands (made after every other paragraph, so that no paragraph's id changes), the
    // live blocks in their places between them.
    let mut placeholders: Vec<(Vec<u8>, std::ops::Range<usize>)> = Vec::new();
    let mut at = 0;
    let live = std::mem::take(&mut body.live);
    let end = body.xml.len();
    for item in live.into_iter().map(Some).chain([None]) {
        let upto = item.as_ref().map_or(end, |(offset, _)| *offset);
        if upto > at {
            let p = Paragraph::new();
            placeholders.push((p.build(), at..upto));
            docx = docx.add_paragraph(p);
            at = upto;
        }
        docx = match item {
            Some((_, Block::Paragraph(p))) => docx.add_paragraph(*p),
            Some((_, Block::Table(t))) => docx.add_table(*t),
            None => docx,
        };
    }
    docx.document_rels.has_numberings |= body.has_numbering;
    let mut xml = docx.build();
    xml.document = repeat_header_rows(&xml.document);
    xml.styles = one_default_normal(&xml.styles, &language_tag(&props.language));
    xml.settings = update_fields_on_open(&xml.settings);
    xml.doc_props.core = core_properties(props).into_bytes();
    xml.doc_props.app = app_properties(props).into_bytes();
    pack(xml, &body.xml, &placeholders).map_err(|e| RenderError::Docx(e.to_string()))
}

/// The Word file's parts as docx-rs packs them (`XMLDocx::pack`: the same parts in the same
/// order with the same options), the document's body written from `body` in place of each
/// placeholder paragraph, so that the body's XML is held once, not a second time whole.
fn pack(
    xml: docx_rs::XMLDocx,
    body: &[u8],
    placeholders: &[(Vec<u8>, std::ops::Range<usize>)],
) -> zip::result::ZipResult<Vec<u8>> {
    use zip::write::SimpleFileOptions;
    let parts = [
        &xml.content_type,
        &xml.rels,
        &xml.doc_props.app,
        &xml.doc_props.core,
        &xml.doc_props.custom,
        &xml.document_rels,
        &xml.document,
        &xml.styles,
        &xml.settings,
        &xml.font_table,
        &xml.comments,
        &xml.numberings,
        &xml.comments_extended,
        &xml.footnotes,
    ];
    let size = parts.iter().map(|p| p.len()).sum::<usize>()
        + body.len()
        + xml.media.iter().map(|m| m.1.len()).sum::<usize>()
        + 4096;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(size)));
    let directory = SimpleFileOptions::default();
    for d in ["word/", "word/_rels", "_rels/", "docProps/"] {
        zip.add_directory(d, directory)?;
    }
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .unix_permissions(0o755);
    let file = |zip: &mut zip::ZipWriter<_>, name: &str, bytes: &[u8]| {
        zip.start_file(name, options)?;
        zip.write_all(bytes)?;
        Ok::<(), zip::result::ZipError>(())
    };
    file(&mut zip, "[Content_Types].xml", &xml.content_type)?;
    file(&mut zip, "_rels/.rels", &xml.rels)?;
    file(&mut zip, "docProps/app.xml", &xml.doc_props.app)?;
    file(&mut zip, "docProps/core.xml", &xml.doc_props.core)?;
    file(&mut zip, "docProps/custom.xml", &xml.doc_props.custom)?;
    file(&mut zip, "word/_rels/document.xml.rels", &xml.document_rels)?;
    zip.start_file("word/document.xml", options)?;
    let mut rest = xml.document.as_slice();
    for (needle, range) in placeholders {
        let Some(at) = find(rest, needle) else {
            return Err(zip::result::ZipError::Io(std::io::Error::other(
                "a placeholder of the document's body is missing",
            )));
        };
        zip.write_all(&rest[..at])?;
        zip.write_all(&body[range.clone()])?;
        rest = &rest[at + needle.len()..];
    }
    zip.write_all(rest)?;
    file(&mut zip, "word/styles.xml", &xml.styles)?;
    file(&mut zip, "word/settings.xml", &xml.settings)?;
    file(&mut zip, "word/fontTable.xml", &xml.font_table)?;
    file(&mut zip, "word/comments.xml", &xml.comments)?;
    file(&mut zip, "word/numbering.xml", &xml.numberings)?;
    file(
        &mut zip,
        "word/commentsExtended.xml",
        &xml.comments_extended,
    )?;
    file(&mut zip, "word/footnotes.xml", &xml.footnotes)?;
    for (part, bodies, all_rels) in [
        ("header", &xml.headers, &xml.header_rels),
        ("footer", &xml.footers, &xml.footer_rels),
    ] {
        for (i, body) in bodies.iter().enumerate() {
            file(&mut zip, &format!("word/{part}{}.xml", i + 1), body)?;
            if let Some(rels) = all_rels.get(i) {
                file(
                    &mut zip,
                    &format!("word/_rels/{part}{}.xml.rels", i + 1),
                    rels,
                )?;
            }
        }
    }
    if !xml.media.is_empty() {
        zip.add_directory("word/media/", directory)?;
        for (name, bytes) in &xml.media {
            file(&mut zip, &format!("word/media/{name}.png"), bytes)?;
        }
    }
    // Parts this writer never makes (task panes, custom XML) would be left out here.
    debug_assert!(xml.taskpanes.is_none() && xml.custom_items.is_empty());
    Ok(zip.finish()?.into_inner())
}

/// The one paragraph style every paragraph without a style of its own resolves to. docx-rs
/// always writes an empty `Normal` of its own and cannot mark a style as the default, so
/// every `Normal` it wrote is replaced by this one, right after the document defaults.
fn normal_style(lang: &str) -> String {
    format!(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">\
         <w:name w:val=\"Normal\" /><w:qFormat />\
         <w:pPr><w:spacing w:after=\"100\" w:line=\"264\" w:lineRule=\"auto\" /></w:pPr>\
         <w:rPr><w:rFonts w:ascii=\"{BODY_FONT}\" w:hAnsi=\"{BODY_FONT}\" w:eastAsia=\"{BODY_FONT}\" \
         w:cs=\"{COMPLEX_FONT}\" /><w:sz w:val=\"{BODY_SIZE}\" /><w:szCs w:val=\"{BODY_SIZE}\" />\
         <w:lang w:val=\"{lang}\" w:bidi=\"hi-IN\" /></w:rPr></w:style>"
    )
}

fn one_default_normal(styles: &[u8], lang: &str) -> Vec<u8> {
    const OPEN: &[u8] = b"<w:style w:type=\"paragraph\" w:styleId=\"Normal\">";
    const CLOSE: &[u8] = b"</w:style>";
    const AFTER: &[u8] = b"</w:docDefaults>";
    let mut out = Vec::with_capacity(styles.len() + 512);
    let mut rest = styles;
    while let Some(start) = find(rest, OPEN) {
        let Some(len) = find(&rest[start..], CLOSE) else {
            break;
        };
        out.extend_from_slice(&rest[..start]);
        rest = &rest[start + len + CLOSE.len()..];
    }
    out.extend_from_slice(rest);
    let normal = normal_style(lang);
    match find(&out, AFTER) {
        Some(at) => {
            let at = at + AFTER.len();
            out.splice(at..at, normal.bytes());
        }
        None => {
            if let Some(at) = find(&out, b"<w:style ") {
                out.splice(at..at, normal.bytes());
            }
        }
    }
    out
}

/// `w:updateFields`: Word (after asking) and LibreOffice rebuild the contents, the list of
/// tables and the page references when the file is opened. Its place in the settings is
/// just before `w:compat`, as the schema orders them.
fn update_fields_on_open(settings: &[u8]) -> Vec<u8> {
    const SETTING: &[u8] = b"<w:updateFields w:val=\"true\" />";
    let mut out = settings.to_vec();
    let at = find(&out, b"<w:compat").or_else(|| find(&out, b"</w:settings>"));
    if let Some(at) = at {
        out.splice(at..at, SETTING.iter().copied());
    }
    out
}

/// `en` → `en-IN`: the language Word checks spelling in.
fn language_tag(language: &str) -> String {
    let code = language.trim();
    if code.is_empty() {
        "en-IN".to_string()
    } else if code.contains('-') {
        code.to_string()
    } else {
        format!("{code}-IN")
    }
}

fn core_properties(props: &Properties) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
    );
    let mut element = |name: &str, value: &str| {
        let value = value.trim();
        if !value.is_empty() {
            xml.push_str(&format!("<{name}>{}</{name}>", xml_text(value)));
        }
    };
    element("dc:title", &props.title);
    element("dc:creator", &props.author);
    element("cp:lastModifiedBy", &props.author);
    element("dc:language", &language_tag(&props.language));
    element("cp:revision", "1");
    if let Some(date) = props.date {
        let stamp = format!("{date}T00:00:00Z");
        for name in ["dcterms:created", "dcterms:modified"] {
            xml.push_str(&format!(
                "<{name} xsi:type=\"dcterms:W3CDTF\">{stamp}</{name}>"
            ));
        }
    }
    xml.push_str("</cp:coreProperties>");
    xml
}

fn app_properties(props: &Properties) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <Properties \
         xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>cdstudy</Application>",
    );
    let company = props.organisation.trim();
    if !company.is_empty() {
        xml.push_str(&format!("<Company>{}</Company>", xml_text(company)));
    }
    xml.push_str("</Properties>");
    xml
}

/// Text for an XML element of our own (docx-rs escapes what it writes itself).
fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in xml_safe(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// Marks the first row of every table as a header row that Word and LibreOffice repeat at
/// the top of each page the table runs onto (docx-rs has no such row property). Every
/// table here comes from Markdown, whose tables have exactly one header row.
fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    const TABLE: &[u8] = b"<w:tbl>";
    const ROW_PROPERTIES: &[u8] = b"<w:trPr>";
    const HEADER: &[u8] = b"<w:tblHeader />";
    let mut out = Vec::with_capacity(document.len() + 1024);
    let mut rest = document;
    while let Some(t) = find(rest, TABLE) {
        let after_table = t + TABLE.len();
        let Some(p) = find(&rest[after_table..], ROW_PROPERTIES) else {
            break;
        };
        let insert_at = after_table + p + ROW_PROPERTIES.len();
        out.extend_from_slice(&rest[..insert_at]);
        out.extend_from_slice(HEADER);
        rest = &rest[insert_at..];
    }
    out.extend_from_slice(rest);
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The document with its page set-up, styles, list definitions and footer; with a cover
/// (`has_cover`), its first page has a footer of its own, empty: no page number on a cover.
/// `page` is the word before the page's number ("Page").
fn base(has_cover: bool, page: &str) -> Docx {
    let fonts = || {
        RunFonts::new()
            .ascii(BODY_FONT)
            .hi_ansi(BODY_FONT)
            .cs(COMPLEX_FONT)
    };
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .fonts(fonts())
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(240).after(120))
    };
    let toc = |id: &str, name: &str, indent: i32| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .indent(Some(indent), None, None, None)
            .line_spacing(LineSpacing::new().before(40).after(40))
    };
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .style("Normal")
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text(format!("{page} ")).size(18))
            .add_page_num(PageNum::new()),
    );
    let docx = if has_cover {
        Docx::new()
            .title_pg()
            .first_footer(Footer::new().add_paragraph(Paragraph::new().style("Normal")))
    } else {
        Docx::new()
    };
    docx.page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP_BOTTOM)
                .bottom(MARGIN_TOP_BOTTOM)
                .left(MARGIN_SIDE)
                .right(MARGIN_SIDE)
                .header(567)
                .footer(567),
        )
        .default_fonts(fonts())
        .default_size(BODY_SIZE)
        .default_line_spacing(LineSpacing::new().after(100).line(264))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .q_format(true)
                .bold()
                .size(44)
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(2400).after(480)),
        )
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph)
                .name("Subtitle")
                .based_on("Normal")
                .q_format(true)
                .size(30)
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(120).after(240)),
        )
        .add_style(
            Style::new("CoverText", StyleType::Paragraph)
                .name("Cover Text")
                .based_on("Normal")
                .size(24)
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(100).after(100)),
        )
        .add_style(heading("Heading1", "heading 1", 32, 0))
        .add_style(heading("Heading2", "heading 2", 26, 1))
        .add_style(heading("Heading3", "heading 3", 23, 2))
        .add_style(heading("Heading4", "heading 4", 21, 3))
        .add_style(
            Style::new("TOCHeading", StyleType::Paragraph)
                .name("TOC Heading")
                .based_on("Normal")
                .bold()
                .size(32)
                .line_spacing(LineSpacing::new().after(240)),
        )
        .add_style(toc("TOC1", "toc 1", 0))
        .add_style(toc("TOC2", "toc 2", 440))
        .add_style(toc("TOC3", "toc 3", 880))
        .add_style(
            Style::new("TableCaption", StyleType::Paragraph)
                .name("Table Caption")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .line_spacing(LineSpacing::new().before(120).after(60)),
        )
        .add_style(
            Style::new("TableText", StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .size(18)
                .line_spacing(LineSpacing::new().before(20).after(20).line(240)),
        )
        .add_abstract_numbering(list_definition(BULLET_ABSTRACT, "bullet", &["•", "◦", "▪"]))
        .add_abstract_numbering(list_definition(
            DECIMAL_ABSTRACT,
            "decimal",
            &["%1.", "%2.", "%3."],
        ))
        .add_numbering(Numbering::new(BULLET_NUM, BULLET_ABSTRACT))
        .footer(footer)
}

fn list_definition(id: usize, format: &str, texts: &[&str]) -> AbstractNumbering {
    let mut def = AbstractNumbering::new(id);
    for (level, text) in texts.iter().enumerate() {
        let indent = 360 * (level as i32 + 1);
        def = def.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(format),
                LevelText::new(*text),
                LevelJc::new("left"),
            )
            .indent(
                Some(indent),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        );
    }
    def
}

enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

#[derive(Default, Clone, Copy)]
struct InlineStyle {
    bold: u32,
    italic: u32,
    code: bool,
}

struct ListState {
    num_id: usize,
    /// Whether the item being written has had its numbered first paragraph.
    item_started: bool,
}

struct TableState {
    alignments: Vec<Alignment>,
    rows: Vec<Vec<Vec<Paragraph>>>,
    /// Plain text per cell, for the column widths.
    texts: Vec<Vec<String>>,
    header_rows: usize,
    in_head: bool,
}

/// The document's body as it is written: every block but the last already turned into its
/// XML (a block is changed only while it is the last one: a caption keeps with the table
/// after it), so that the whole body is never held as docx-rs's tree and then again as
/// text. A block holding a picture or a link out of the file is kept as a block in its
/// place ("live"), for docx-rs's own build to file the image or the address in the package.
#[derive(Default)]
struct Body {
    /// The XML of the blocks written so far, in order.
    xml: Vec<u8>,
    /// The live blocks, each with the length `xml` had where it stands.
    live: Vec<(usize, Block)>,
    /// The last block, still open to change, and whether it is live.
    last: Option<(Block, bool)>,
    /// Whether a block written as XML is a list item (docx-rs files the numbering part
    /// in the package only when a block it sees is one).
    has_numbering: bool,
}

impl Body {
    fn push(&mut self, block: Block, live: bool) {
        self.flush();
        self.last = Some((block, live));
    }

    /// The last block written out.
    fn flush(&mut self) {
        match self.last.take() {
            Some((block, true)) => self.live.push((self.xml.len(), block)),
            Some((Block::Paragraph(p), false)) => {
                self.has_numbering |= p.has_numbering;
                self.xml.extend_from_slice(&p.build());
            }
            Some((Block::Table(t), false)) => {
                self.has_numbering |= t.has_numbering;
                self.xml.extend_from_slice(&repeat_header_rows(&t.build()));
            }
            None => {}
        }
    }

    fn last(&self) -> Option<&Block> {
        self.last.as_ref().map(|(b, _)| b)
    }

    fn last_mut(&mut self) -> Option<&mut Block> {
        self.last.as_mut().map(|(b, _)| b)
    }

    fn is_empty(&self) -> bool {
        self.last.is_none() && self.xml.is_empty() && self.live.is_empty()
    }
}

struct Writer<'p> {
    body: Body,
    /// Whether the block being written holds a picture or a link out of the file.
    live: bool,
    numberings: Vec<Numbering>,
    next_num_id: usize,
    current: Option<Paragraph>,
    current_has_content: bool,
    /// Whether every word of the paragraph so far is bold: a run-in heading
    /// ("**Effluent disposal.**") that must not be left alone at the foot of a page.
    current_all_bold: bool,
    /// The last character written to the paragraph that is not a space: a paragraph that
    /// ends in a colon introduces what follows (a list) and keeps with it.
    current_last: Option<char>,
    style: InlineStyle,
    lists: Vec<ListState>,
    table: Option<TableState>,
    cell_text: String,
    page_break_pending: bool,
    in_front_matter: bool,
    /// Whether every chapter starts on a new page: in a document with contents.
    chapters_on_new_pages: bool,
    /// Whether the last block written is a table (see `push_paragraph` and `push_table`).
    after_table: bool,
    heading_count: usize,
    toc_entries: Vec<(u8, String)>,
    /// The tables' captions: the index of the caption paragraph's start event, its text.
    captions: Vec<(usize, String)>,
    /// The index of the event being written.
    index: usize,
    /// Within a link: its runs go into a hyperlink.
    link: Option<Hyperlink>,
    /// The figures' captions, as `captions`, and the pictures the images name.
    figure_captions: Vec<(usize, String)>,
    pictures: &'p Pictures,
    /// Within a picture shown: its alternative text is not written again.
    in_picture: bool,
    pictures_placed: usize,
}

impl<'p> Writer<'p> {
    fn new(
        toc_entries: Vec<(u8, String)>,
        captions: Vec<(usize, String)>,
        has_toc: bool,
        pictures: &'p Pictures,
    ) -> Writer<'p> {
        Writer {
            body: Body::default(),
            live: false,
            numberings: Vec::new(),
            next_num_id: BULLET_NUM + 1,
            current: None,
            current_has_content: false,
            current_all_bold: true,
            current_last: None,
            style: InlineStyle::default(),
            lists: Vec::new(),
            table: None,
            cell_text: String::new(),
            page_break_pending: false,
            // Everything above the contents marker is the cover; with no marker there is none.
            in_front_matter: has_toc,
            chapters_on_new_pages: has_toc,
            after_table: false,
            heading_count: 0,
            toc_entries,
            captions,
            index: 0,
            link: None,
            figure_captions: Vec::new(),
            pictures,
            in_picture: false,
            pictures_placed: 0,
        }
    }

    fn event(&mut self, event: &Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(_) if self.in_picture => {}
            Event::Text(t) => self.text(t),
            Event::Code(t) => {
                let saved = self.style;
                self.style.code = true;
                self.text(t);
                self.style = saved;
            }
            Event::Html(html) | Event::InlineHtml(html) => match marker(html) {
                Marker::PageBreak => {
                    self.finish_paragraph();
                    self.page_break_pending = true;
                }
                Marker::Toc => {
                    self.finish_paragraph();
                    self.page_break_pending = true;
                    self.in_front_matter = false;
                    self.toc();
                    self.page_break_pending = true;
                }
                Marker::Tables => {
                    self.finish_paragraph();
                    if !self.captions.is_empty() {
                        self.page_break_pending = true;
                        self.list_of_tables();
                        self.page_break_pending = true;
                    }
                }
                Marker::Figures => {
                    self.finish_paragraph();
                    if !self.figure_captions.is_empty() {
                        self.page_break_pending = true;
                        let entries = figures::word::list_entries(&self.figure_captions);
                        let title = self.pictures.words.figures.clone();
                        self.contents_list(&title, entries);
                        self.page_break_pending = true;
                    }
                }
                Marker::Comment => {}
                Marker::Other => self.text(html),
            },
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.push_run(Run::new().add_break(BreakType::TextWrapping)),
            Event::Rule => {
                self.finish_paragraph();
                let p = self.new_paragraph().add_run(Run::new().add_text("* * *"));
                self.push_paragraph(p.align(AlignmentType::Center));
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: &Tag) {
        match tag {
            Tag::Paragraph => {
                let in_item = self.lists.last().is_some_and(|l| !l.item_started);
                if !(in_item && self.current.is_some()) {
                    self.begin_paragraph(None);
                }
                // A table's caption: in the caption style (the list of tables is built from
                // it) with a bookmark for the list's page reference.
                if let Some(n) = self.captions.iter().position(|(i, _)| *i == self.index) {
                    if let Some(p) = self.current.take() {
                        let id = CAPTION_BOOKMARKS + n + 1;
                        self.current = Some(
                            p.style("TableCaption")
                                .add_bookmark_start(id, caption_bookmark(n + 1))
                                .add_bookmark_end(id),
                        );
                    }
                }
                if let Some(n) = self
                    .figure_captions
                    .iter()
                    .position(|(i, _)| *i == self.index)
                {
                    if let Some(p) = self.current.take() {
                        self.current = Some(figures::word::caption(p, n));
                    }
                }
            }
            Tag::Heading { level, .. } => {
                self.finish_paragraph();
                // A chapter starts on a new page; not the first block of a file, and not a
                // chapter right below a heading (a part's title shares its first page).
                if *level == HeadingLevel::H1
                    && self.chapters_on_new_pages
                    && !self.in_front_matter
                    && !self.body.is_empty()
                    && !self.last_is_heading()
                {
                    self.page_break_pending = true;
                }
                let n = level_number(*level);
                let style = if self.in_front_matter {
                    if *level == HeadingLevel::H1 {
                        "Title".to_string()
                    } else {
                        "Subtitle".to_string()
                    }
                } else {
                    format!("Heading{}", n.min(4))
                };
                let mut p = self.new_paragraph().style(&style).keep_next(true);
                if !self.in_front_matter {
                    self.heading_count += 1;
                    p = p.add_bookmark_start(self.heading_count, bookmark(self.heading_count));
                }
                self.current = Some(p);
                self.current_has_content = false;
            }
            Tag::List(start) => {
                self.finish_paragraph();
                let num_id = match start {
                    None => BULLET_NUM,
                    Some(first) => {
                        // A fresh list instance, so every numbered list starts again.
                        let id = self.next_num_id;
                        self.next_num_id += 1;
                        self.numberings.push(
                            Numbering::new(id, DECIMAL_ABSTRACT).add_override(
                                docx_rs::LevelOverride::new(0).start(*first as usize),
                            ),
                        );
                        id
                    }
                };
                self.lists.push(ListState {
                    num_id,
                    item_started: false,
                });
            }
            Tag::Item => {
                self.finish_paragraph();
                let depth = self.lists.len().saturating_sub(1);
                if let Some(list) = self.lists.last_mut() {
                    list.item_started = false;
                    let num = list.num_id;
                    self.begin_paragraph(Some((num, depth)));
                }
            }
            Tag::Table(alignments) => {
                self.finish_paragraph();
                self.table = Some(TableState {
                    alignments: alignments.clone(),
                    rows: Vec::new(),
                    texts: Vec::new(),
                    header_rows: 0,
                    in_head: false,
                });
            }
            Tag::TableHead => {
                if let Some(t) = self.table.as_mut() {
                    t.in_head = true;
                    t.rows.push(Vec::new());
                    t.texts.push(Vec::new());
                    t.header_rows += 1;
                }
            }
            Tag::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    t.rows.push(Vec::new());
                    t.texts.push(Vec::new());
                }
            }
            Tag::TableCell => {
                self.cell_text.clear();
                let (align, bold) = match self.table.as_ref() {
                    Some(t) => {
                        let col = t.rows.last().map(|r| r.len()).unwrap_or(0);
                        (t.alignments.get(col).copied(), t.in_head)
                    }
                    None => (None, false),
                };
                let mut p = Paragraph::new().style("TableText");
                p = match align {
                    Some(Alignment::Right) => p.align(AlignmentType::Right),
                    Some(Alignment::Center) => p.align(AlignmentType::Center),
                    _ => p,
                };
                self.current = Some(p);
                self.current_has_content = false;
                if bold {
                    self.style.bold += 1;
                }
            }
            Tag::Emphasis => self.style.italic += 1,
            Tag::Strong => self.style.bold += 1,
            Tag::Link { dest_url, .. } => {
                if let Some(anchor) = dest_url.strip_prefix('#') {
                    self.link = Some(Hyperlink::new(anchor, HyperlinkType::Anchor));
                } else if dest_url.starts_with("http://") || dest_url.starts_with("https://") {
                    self.link = Some(Hyperlink::new(dest_url.as_ref(), HyperlinkType::External));
                    self.live = true;
                }
            }
            Tag::Image { dest_url, .. } => {
                let n = self.pictures_placed + 1;
                if let Some(run) = figures::word::picture(self.pictures, dest_url, n) {
                    self.pictures_placed = n;
                    self.live = true;
                    self.push_run(run);
                    self.in_picture = true;
                }
            }
            Tag::BlockQuote(_) | Tag::CodeBlock(_) => self.begin_paragraph(None),
            _ => {}
        }
    }

    fn end(&mut self, tag: &TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                if let Some(list) = self.lists.last_mut() {
                    list.item_started = true;
                }
                self.finish_paragraph();
            }
            TagEnd::Heading(_) => {
                if !self.in_front_matter {
                    if let Some(p) = self.current.take() {
                        self.current = Some(p.add_bookmark_end(self.heading_count));
                    }
                }
                self.finish_paragraph();
            }
            TagEnd::Item => {
                self.finish_paragraph();
                if let Some(list) = self.lists.last_mut() {
                    list.item_started = true;
                }
            }
            TagEnd::List(_) => {
                self.finish_paragraph();
                self.lists.pop();
            }
            TagEnd::TableCell => {
                let head = self.table.as_ref().is_some_and(|t| t.in_head);
                if head {
                    self.style.bold = self.style.bold.saturating_sub(1);
                }
                let p = self.current.take().unwrap_or_default();
                self.current_has_content = false;
                let text = std::mem::take(&mut self.cell_text);
                if let Some(t) = self.table.as_mut() {
                    if let Some(row) = t.rows.last_mut() {
                        row.push(vec![p]);
                    }
                    if let Some(row) = t.texts.last_mut() {
                        row.push(text);
                    }
                }
            }
            TagEnd::TableHead => {
                if let Some(t) = self.table.as_mut() {
                    t.in_head = false;
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.push_table(table(t));
                }
            }
            TagEnd::Emphasis => self.style.italic = self.style.italic.saturating_sub(1),
            TagEnd::Strong => self.style.bold = self.style.bold.saturating_sub(1),
            TagEnd::Image => self.in_picture = false,
            TagEnd::Link => {
                if let Some(link) = self.link.take() {
                    if self.current.is_none() {
                        self.begin_paragraph(None);
                    }
                    if let Some(p) = self.current.take() {
                        self.current = Some(p.add_hyperlink(link));
                    }
                }
            }
            TagEnd::BlockQuote(_) | TagEnd::CodeBlock => self.finish_paragraph(),
            _ => {}
        }
    }

    fn new_paragraph(&mut self) -> Paragraph {
        let p = if self.in_front_matter {
            Paragraph::new().style("CoverText")
        } else {
            Paragraph::new().style("Normal")
        };
        if self.page_break_pending {
            self.page_break_pending = false;
            p.page_break_before(true)
        } else {
            p
        }
    }

    fn begin_paragraph(&mut self, numbering: Option<(usize, usize)>) {
        self.finish_paragraph();
        let mut p = self.new_paragraph();
        if let Some((num, depth)) = numbering {
            p = p.numbering(NumberingId::new(num), IndentLevel::new(depth.min(2)));
        } else if !self.lists.is_empty() {
            // A later paragraph of a list item: indented like the item's text.
            let indent = 360 * self.lists.len() as i32;
            p = p.indent(Some(indent), None, None, None);
        }
        self.current = Some(p);
        self.current_has_content = false;
        self.current_all_bold = true;
        self.current_last = None;
    }

    fn finish_paragraph(&mut self) {
        if self.table.is_some() {
            return;
        }
        if let Some(mut p) = self.current.take() {
            if self.current_has_content && (self.current_all_bold || self.current_last == Some(':'))
            {
                p = p.keep_next(true);
            }
            self.push_paragraph(p);
        }
        self.current_has_content = false;
    }

    /// Adds a paragraph. Right after a table it gets the air between them as space before
    /// it: an empty paragraph there would be one more line that can fall alone onto the
    /// next page, which a page break before the next chapter then leaves blank.
    fn push_paragraph(&mut self, mut p: Paragraph) {
        if std::mem::take(&mut self.after_table) {
            let heading = p
                .property
                .style
                .as_ref()
                .is_some_and(|s| s.val.starts_with("Heading") || s.val == "TOCHeading");
            if !heading && p.property.line_spacing.is_none() {
                p = p.line_spacing(LineSpacing::new().before(160));
            }
        }
        let live = std::mem::take(&mut self.live);
        self.body.push(Block::Paragraph(Box::new(p)), live);
    }

    /// Adds a table after its caption. A pending page break goes on an empty paragraph of
    /// its own above the table (a table cannot carry one) and two tables in a row get an
    /// empty paragraph between them, which Word needs; otherwise the table follows its
    /// caption, which keeps with it so that it never ends a page alone.
    fn push_table(&mut self, t: Table) {
        let live = std::mem::take(&mut self.live);
        if self.page_break_pending {
            self.page_break_pending = false;
            self.push_paragraph(spacer().page_break_before(true));
        } else if self.after_table {
            self.push_paragraph(spacer());
        }
        if let Some(Block::Paragraph(caption)) = self.body.last_mut() {
            let p = std::mem::take(caption.as_mut());
            **caption = p.keep_next(true);
        }
        self.body.push(Block::Table(Box::new(t)), live);
        self.after_table = true;
    }

    fn last_is_heading(&self) -> bool {
        matches!(self.body.last(), Some(Block::Paragraph(p))
            if p.property.style.as_ref().is_some_and(|s| s.val.starts_with("Heading")))
    }

    /// The end of the file: Word wants the body to end in a paragraph, not a table.
    fn finish(&mut self) {
        self.finish_paragraph();
        if self.after_table {
            self.push_paragraph(spacer());
        }
    }

    fn text(&mut self, text: &str) {
        if self.table.is_some() {
            self.cell_text.push_str(text);
        }
        if let Some(last) = text.trim_end().chars().last() {
            self.current_last = Some(last);
        }
        let mut run = Run::new().add_text(text);
        if self.style.bold > 0 {
            run = run.bold();
        } else if !text.trim().is_empty() {
            self.current_all_bold = false;
        }
        if self.style.italic > 0 {
            run = run.italic();
        }
        if self.style.code {
            run = run.fonts(RunFonts::new().ascii("Courier New").hi_ansi("Courier New"));
        }
        self.push_run(run);
    }

    fn push_run(&mut self, run: Run) {
        if let Some(link) = self.link.take() {
            self.link = Some(link.add_run(run));
            return;
        }
        if self.current.is_none() {
            self.begin_paragraph(None);
        }
        if let Some(p) = self.current.take() {
            self.current = Some(p.add_run(run));
            self.current_has_content = true;
        }
    }

    /// The contents: the headings of levels 1–3 below the marker, each with its page.
    fn toc(&mut self) {
        let entries: Vec<(String, &'static str, String)> = self
            .toc_entries
            .iter()
            .enumerate()
            .filter(|(_, (level, _))| *level <= 3)
            .map(|(i, (level, text))| {
                let style = match level {
                    1 => "TOC1",
                    2 => "TOC2",
                    _ => "TOC3",
                };
                (bookmark(i + 1), style, text.clone())
            })
            .collect();
        let title = self.pictures.words.contents.clone();
        self.contents_list(&title, entries);
    }

    /// The list of tables: every caption, with its page.
    fn list_of_tables(&mut self) {
        let entries = self
            .captions
            .iter()
            .enumerate()
            .map(|(n, (_, text))| (caption_bookmark(n + 1), "TOC1", text.clone()))
            .collect();
        let title = self.pictures.words.tables.clone();
        self.contents_list(&title, entries);
    }

    /// A heading, then one paragraph per entry (bookmark, style, text): the text as a link
    /// to the bookmark, a dot leader to the right margin and the bookmark's page (see the
    /// module's top comment for why these are page references and not a TOC field).
    fn contents_list(&mut self, title: &str, entries: Vec<(String, &str, String)>) {
        let heading = self
            .new_paragraph()
            .style("TOCHeading")
            .add_run(Run::new().add_text(title));
        self.push_paragraph(heading);
        for (target, style, text) in entries {
            let p = Paragraph::new()
                .style(style)
                .add_tab(
                    Tab::new()
                        .val(TabValueType::Right)
                        .leader(TabLeaderType::Dot)
                        .pos(TEXT_WIDTH),
                )
                .add_hyperlink(
                    Hyperlink::new(&target, HyperlinkType::Anchor)
                        .add_run(Run::new().add_text(text)),
                )
                .add_run(Run::new().add_tab());
            self.push_paragraph(page_reference(p, &target));
        }
    }
}

/// `p` with a `PAGEREF` field to `bookmark` at its end. Its stored result is empty: the
/// page is not known before layout, and both programs compute it (see the module's top
/// comment); an empty result reads better than a made-up number in any other reader.
fn page_reference(p: Paragraph, bookmark: &str) -> Paragraph {
    p.add_run(
        Run::new()
            .add_field_char(FieldCharType::Begin, false)
            .add_instr_text(InstrText::Unsupported(format!(" PAGEREF {bookmark} \\h ")))
            .add_field_char(FieldCharType::Separate, false),
    )
    .add_run(Run::new().add_field_char(FieldCharType::End, false))
}

/// An empty paragraph, as little as Word allows: between two tables, or above a table that
/// starts a page.
fn spacer() -> Paragraph {
    Paragraph::new()
        .style("Normal")
        .line_spacing(LineSpacing::new().before(0).after(60))
}

/// Bookmark ids of the captions start here, above any heading's.
const CAPTION_BOOKMARKS: usize = 100_000;

/// The bookmark on the caption of table `n`.
fn caption_bookmark(n: usize) -> String {
    format!("_Tab{n:08}")
}

/// The bookmark on heading `n`, in Word's own naming for TOC targets.
fn bookmark(n: usize) -> String {
    format!("_Toc{n:08}")
}

/// Whether row `r` of a table of `rows` rows (`header_rows` of them the header) keeps with
/// the row after it: every row but the last of a short table (`short`), so that the table
/// and its caption share a page; in a long one the header row and the first body row, so
/// that the caption and header never end a page with one row or none below them.
fn keeps_with_next(r: usize, rows: usize, header_rows: usize, short: bool) -> bool {
    if short {
        r + 1 < rows
    } else {
        r < header_rows + 1
    }
}

/// Whether a table is short enough to keep on one page with its caption: at most
/// `KEEP_TOGETHER_ROWS` rows and, by an estimate of its rows' heights from their text and
/// the column widths, at most 40% of a page. A table of few but tall rows (a list of
/// visits with long notes) kept whole would leave most of a page empty, or, taller than
/// what is left of any page, part from its caption.
fn is_short(texts: &[Vec<String>], widths: &[usize]) -> bool {
    /// About one character of 9-point text, and a line with the cell's spacing, in twips.
    const CHAR: usize = 110;
    const LINE: usize = 260;
    const TEXT_HEIGHT: usize = (PAGE_HEIGHT as usize) - 2 * (MARGIN_TOP_BOTTOM as usize);
    if texts.len() > KEEP_TOGETHER_ROWS {
        return false;
    }
    let height: usize = texts
        .iter()
        .map(|row| {
            let lines = row
                .iter()
                .zip(widths)
                .map(|(text, w)| {
                    let per_line = (w.saturating_sub(200) / CHAR).max(1);
                    text.chars().count().div_ceil(per_line).max(1)
                })
                .max()
                .unwrap_or(1);
            lines * LINE + 60
        })
        .sum();
    height * 10 <= TEXT_HEIGHT * 4
}

/// A bordered table whose columns are as wide as their text needs, within the page. Word
/// and LibreOffice keep a row with the next when its paragraphs keep with the next and the
/// row cannot split (`keeps_with_next`).
fn table(t: TableState) -> Table {
    let columns = t.rows.iter().map(|r| r.len()).max().unwrap_or(1).max(1);
    let widths = column_widths(&t.texts, columns);
    let row_count = t.rows.len();
    let short = is_short(&t.texts, &widths);
    let rows: Vec<TableRow> = t
        .rows
        .into_iter()
        .enumerate()
        .map(|(r, cells)| {
            let header = r < t.header_rows;
            let keep = keeps_with_next(r, row_count, t.header_rows, short);
            let mut out: Vec<TableCell> = cells
                .into_iter()
                .enumerate()
                .map(|(c, paragraphs)| {
                    let mut cell =
                        TableCell::new().width(widths[c.min(columns - 1)], WidthType::Dxa);
                    for p in paragraphs {
                        cell = cell.add_paragraph(if keep { p.keep_next(true) } else { p });
                    }
                    if header {
                        cell = cell.shading(Shading::new().shd_type(ShdType::Clear).fill("E7E6E6"));
                    }
                    cell
                })
                .collect();
            while out.len() < columns {
                out.push(
                    TableCell::new()
                        .width(widths[out.len()], WidthType::Dxa)
                        .add_paragraph({
                            let p = Paragraph::new().style("TableText");
                            if keep {
                                p.keep_next(true)
                            } else {
                                p
                            }
                        }),
                );
            }
            // A row never breaks across pages: half a row at the top of a page reads as
            // an empty one.
            TableRow::new(out).cant_split()
        })
        .collect();
    Table::new(rows)
        .set_grid(widths)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// Widths in twips. Every column first gets room for its longest word (so that no word is
/// broken across lines, as "Workers" or "Rs. 1,00,000" would be in a narrow column); the
/// rest of the text width is shared in proportion to how much text each column holds
/// (bounded, so one long paragraph does not squeeze the columns of figures).
fn column_widths(texts: &[Vec<String>], columns: usize) -> Vec<usize> {
    /// About one character of the 9-point table text (bold, as in the header row), and
    /// the cell's side margins.
    const CHAR: usize = 120;
    const PADDING: usize = 260;
    const MAX_CHARS: usize = 60;
    let mut longest_word = vec![3usize; columns];
    let mut amount = vec![1usize; columns];
    for row in texts {
        for (c, text) in row.iter().enumerate().take(columns) {
            let word = text
                .split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
            longest_word[c] = longest_word[c].max(word);
            amount[c] = amount[c].max(text.chars().count().min(MAX_CHARS));
        }
    }
    let mut widths: Vec<usize> = longest_word.iter().map(|w| w * CHAR + PADDING).collect();
    let minimum: usize = widths.iter().sum();
    if minimum >= TEXT_WIDTH {
        // Too many columns for the page: shrink all alike.
        widths = widths.iter().map(|w| w * TEXT_WIDTH / minimum).collect();
    } else {
        let spare = TEXT_WIDTH - minimum;
        // Columns whose text is longer than their minimum want more.
        let want: Vec<usize> = amount
            .iter()
            .zip(&longest_word)
            .map(|(a, w)| a.saturating_sub(*w))
            .collect();
        let total_want: usize = want.iter().sum();
        for (width, w) in widths.iter_mut().zip(&want) {
            *width += (spare * w)
                .checked_div(total_want)
                .unwrap_or(spare / columns);
        }
    }
    let used: usize = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += TEXT_WIDTH.saturating_sub(used);
    }
    widths
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn part(docx: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut text = String::new();
        zip.by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    #[test]
    fn every_numbered_list_starts_again_and_bullets_stay_bullets() {
        let docx = write(
            "1. one
2. two

para

1. again

- dot
",
            &Properties::default(),
            &Pictures::default(),
        )
        .unwrap();
        let body = part(&docx, "word/document.xml");
        let numbering = part(&docx, "word/numbering.xml");
        // Two ordered lists, two list instances, each restarting at 1.
        assert_eq!(
            body.matches("<w:numId w:val=\"11\" />").count(),
            2,
            "{body}"
        );
        assert_eq!(body.matches("<w:numId w:val=\"12\" />").count(), 1);
        assert_eq!(body.matches("<w:numId w:val=\"10\" />").count(), 1);
        assert!(
            numbering.contains("<w:startOverride w:val=\"1\" />"),
            "{numbering}"
        );
        assert!(numbering.contains("w:val=\"bullet\""));
    }

    /// A study's document in miniature: a cover, the contents, two chapters under a part,
    /// one ending in a table, and the list of tables.
    const PAGED: &str = "# Report\n\ncover text\n\n<!-- toc -->\n\n<!-- tables -->\n\n\
        # Part I: The cluster\n\n# 1. First\n\nText.\n\nTable 1.1: Short\n\n\
        | a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n# 2. Second\n\nText follows:\n\n- one\n- two\n";

    #[test]
    fn chapters_start_pages_and_nothing_empty_follows_a_table() {
        let body = part(
            &write(PAGED, &Properties::default(), &Pictures::default()).unwrap(),
            "word/document.xml",
        );
        let paragraph_of = |text: &str| {
            let at = body.rfind(text).unwrap_or_else(|| panic!("no {text}"));
            let start = body[..at].rfind("<w:p ").unwrap();
            body[start..at].to_string()
        };
        // The part's title starts a page; chapter 1 right below it shares that page.
        assert!(paragraph_of(">Part I: The cluster<").contains("<w:pageBreakBefore />"));
        assert!(!paragraph_of(">1. First<").contains("<w:pageBreakBefore />"));
        assert!(paragraph_of(">2. Second<").contains("<w:pageBreakBefore />"));
        // The table ends straight into the next chapter: no empty paragraph between them
        // to spill onto a page of its own.
        let table_end = body.rfind("</w:tbl>").unwrap();
        let next = &body[table_end..];
        assert!(
            next[..next.find("</w:p>").unwrap()].contains("2. Second"),
            "{next}"
        );
        // A paragraph that ends in a colon keeps with what it introduces.
        assert!(paragraph_of(">Text follows:<").contains("<w:keepNext />"));
        assert!(!paragraph_of(">Text.<").contains("<w:keepNext />"));
        // No page break is a paragraph of its own.
        assert!(!body.contains("w:type=\"page\""), "{body}");
    }

    #[test]
    fn the_contents_gives_each_heading_and_caption_its_page() {
        let body = part(
            &write(PAGED, &Properties::default(), &Pictures::default()).unwrap(),
            "word/document.xml",
        );
        for n in 1..=3 {
            let target = bookmark(n);
            assert!(body.contains(&format!("w:name=\"{target}\"")));
            assert!(body.contains(&format!("<w:hyperlink w:anchor=\"{target}\"")));
            assert!(body.contains(&format!(" PAGEREF {target} \\h ")), "{body}");
        }
        assert!(body.contains(&format!(" PAGEREF {} \\h ", caption_bookmark(1))));
        assert!(body.contains("w:leader=\"dot\""));
        assert!(!body.contains("> TOC "), "a TOC field");
    }

    #[test]
    fn short_tables_keep_together_and_long_ones_keep_their_head() {
        // Four rows: all but the last keep with the next.
        assert!((0..3).all(|r| keeps_with_next(r, 4, 1, true)));
        assert!(!keeps_with_next(3, 4, 1, true));
        // A long one: the header and the first body row only.
        assert!(keeps_with_next(0, 30, 1, false) && keeps_with_next(1, 30, 1, false));
        assert!((2..30).all(|r| !keeps_with_next(r, 30, 1, false)));
        // Thirty rows are long; so are ten rows of long notes; ten of figures are short.
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let widths = [2000, TEXT_WIDTH - 2000];
        let figures: Vec<Vec<String>> = (0..10).map(|_| row(&["2024-25", "142.00"])).collect();
        assert!(is_short(&figures, &widths));
        assert!(!is_short(&vec![row(&["1", "2"]); 30], &widths));
        let notes =
            "Met the district administration, the bank and the artisans' groups. ".repeat(4);
        let tall: Vec<Vec<String>> = (0..10).map(|_| row(&["6 October", &notes])).collect();
        assert!(!is_short(&tall, &widths));
        let body = part(
            &write(PAGED, &Properties::default(), &Pictures::default()).unwrap(),
            "word/document.xml",
        );
        let table = &body[body.find("<w:tbl>").unwrap()..body.find("</w:tbl>").unwrap()];
        // Two cells in each of the three rows but the last keep with the next.
        assert_eq!(table.matches("<w:keepNext />").count(), 4, "{table}");
        assert_eq!(table.matches("<w:cantSplit />").count(), 3);
        assert_eq!(table.matches("<w:tblHeader />").count(), 1);
    }

    #[test]
    fn short_columns_keep_their_words_whole() {
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let long = "A long description of the problems the unit raised, ".repeat(3);
        let texts = vec![
            row(&["S. No.", "Size", "Workers", "Problems raised"]),
            row(&["1", "Small", "62", &long]),
        ];
        let widths = column_widths(&texts, 4);
        assert_eq!(widths.iter().sum::<usize>(), TEXT_WIDTH);
        assert!(widths[2] >= 7 * 120 + 260, "{widths:?}");
        assert!(widths[3] > widths[0] + widths[1] + widths[2], "{widths:?}");
    }
}
