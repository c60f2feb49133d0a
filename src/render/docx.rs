//! Markdown → an editable Word file, from the pulldown-cmark event stream: named styles
//! (Title, Subtitle, Heading 1–4, TOC 1–2) so a consultant restyles the whole file in one
//! place; bordered tables with a shaded header row; numbered and bulleted lists that restart
//! where the Markdown restarts them; real page breaks; a "Page N" footer; and a table of
//! contents that is filled in already (entries with page references to bookmarks on the
//! headings), so that it shows in LibreOffice, which does not build a TOC field itself,
//! and Word updates it like its own.

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, FieldCharType, Footer, Hyperlink,
    HyperlinkType, IndentLevel, InstrPAGEREF, InstrText, Level, LevelJc, LevelText, LineSpacing,
    NumberFormat, Numbering, NumberingId, PageMargin, PageNum, Paragraph, Run, RunFonts, Shading,
    ShdType, SpecialIndentType, Start, Style, StyleType, Tab, TabLeaderType, TabValueType, Table,
    TableCell, TableRow, WidthType,
};
use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};

use super::html::{headings, level_number};
use super::markdown::{marker, parser, Marker};
use super::RenderError;

/// A4 in twentieths of a point, with 2 cm margins (1.8 cm left and right).
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const MARGIN_TOP_BOTTOM: i32 = 1134;
const MARGIN_SIDE: i32 = 1021;
const TEXT_WIDTH: usize = (PAGE_WIDTH as usize) - 2 * (MARGIN_SIDE as usize);
const BODY_FONT: &str = "Arial";
/// For Devanagari and other complex scripts (Hindi study text).
const COMPLEX_FONT: &str = "Nirmala UI";

// docx-rs always writes a numbering of its own as abstract 1 / instance 1; ours start at 10.
const BULLET_ABSTRACT: usize = 10;
const DECIMAL_ABSTRACT: usize = 11;
const BULLET_NUM: usize = 10;

/// The Word file for `markdown`.
pub fn write(markdown: &str, title: &str) -> Result<Vec<u8>, RenderError> {
    let events: Vec<Event> = parser(markdown).collect();
    let toc_entries = headings(&events);
    let has_toc = events
        .iter()
        .any(|e| matches!(e, Event::Html(h) if marker(h) == Marker::Toc));
    let mut w = Writer::new(toc_entries, has_toc);
    for event in &events {
        w.event(event);
    }
    w.finish_paragraph();
    let mut docx = base(title);
    for n in &w.numberings {
        docx = docx.add_numbering(n.clone());
    }
    for block in w.blocks {
        docx = match block {
            Block::Paragraph(p) => docx.add_paragraph(*p),
            Block::Table(t) => docx.add_table(*t),
        };
    }
    let mut xml = docx.build();
    xml.document = repeat_header_rows(&xml.document);
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|e| RenderError::Docx(e.to_string()))?;
    Ok(bytes.into_inner())
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

/// The document with its page set-up, styles, list definitions and footer.
fn base(title: &str) -> Docx {
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
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text("Page ").size(18))
            .add_page_num(PageNum::new()),
    );
    Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
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
        .default_size(21)
        .default_line_spacing(LineSpacing::new().after(100).line(264))
        .custom_property("title", title)
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .q_format(true)
                .fonts(fonts())
                .size(21),
        )
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
                .line_spacing(LineSpacing::new().before(60).after(60)),
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

struct Writer {
    blocks: Vec<Block>,
    numberings: Vec<Numbering>,
    next_num_id: usize,
    current: Option<Paragraph>,
    current_has_content: bool,
    style: InlineStyle,
    lists: Vec<ListState>,
    table: Option<TableState>,
    cell_text: String,
    page_break_pending: bool,
    in_front_matter: bool,
    heading_count: usize,
    toc_entries: Vec<(u8, String)>,
    /// Within a link: its runs go into a hyperlink.
    link: Option<Hyperlink>,
}

impl Writer {
    fn new(toc_entries: Vec<(u8, String)>, has_toc: bool) -> Writer {
        Writer {
            blocks: Vec::new(),
            numberings: Vec::new(),
            next_num_id: BULLET_NUM + 1,
            current: None,
            current_has_content: false,
            style: InlineStyle::default(),
            lists: Vec::new(),
            table: None,
            cell_text: String::new(),
            page_break_pending: false,
            // Everything above the contents marker is the cover; with no marker there is none.
            in_front_matter: has_toc,
            heading_count: 0,
            toc_entries,
            link: None,
        }
    }

    fn event(&mut self, event: &Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
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
                    self.toc();
                    self.page_break_pending = true;
                    self.in_front_matter = false;
                }
                Marker::Comment => {}
                Marker::Other => self.text(html),
            },
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.push_run(Run::new().add_break(BreakType::TextWrapping)),
            Event::Rule => {
                self.finish_paragraph();
                let p = self.new_paragraph().add_run(Run::new().add_text("* * *"));
                self.blocks
                    .push(Block::Paragraph(Box::new(p.align(AlignmentType::Center))));
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
            }
            Tag::Heading { level, .. } => {
                self.finish_paragraph();
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
                    if self.page_break_pending {
                        self.page_break_pending = false;
                        self.blocks.push(Block::Paragraph(Box::new(
                            Paragraph::new().add_run(Run::new().add_break(BreakType::Page)),
                        )));
                    }
                    // A table's caption stays on the page where the table starts.
                    if let Some(Block::Paragraph(caption)) = self.blocks.pop() {
                        self.blocks
                            .push(Block::Paragraph(Box::new(caption.keep_next(true))));
                    }
                    self.blocks.push(Block::Table(Box::new(table(t))));
                    // Word needs a paragraph between two tables, and a little air helps.
                    self.blocks.push(Block::Paragraph(Box::new(
                        Paragraph::new().line_spacing(LineSpacing::new().after(60)),
                    )));
                }
            }
            TagEnd::Emphasis => self.style.italic = self.style.italic.saturating_sub(1),
            TagEnd::Strong => self.style.bold = self.style.bold.saturating_sub(1),
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
            Paragraph::new()
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
    }

    fn finish_paragraph(&mut self) {
        if self.table.is_some() {
            return;
        }
        if let Some(p) = self.current.take() {
            self.blocks.push(Block::Paragraph(Box::new(p)));
        }
        self.current_has_content = false;
    }

    fn text(&mut self, text: &str) {
        if self.table.is_some() {
            self.cell_text.push_str(text);
        }
        let mut run = Run::new().add_text(text);
        if self.style.bold > 0 {
            run = run.bold();
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

    /// The contents, filled in: one entry per heading of level 1 and 2 below the marker,
    /// each a link to the heading's bookmark with a PAGEREF field for its page. Not wrapped
    /// in a TOC field: LibreOffice keeps a TOC field's cached text (every page "1"), while
    /// it computes PAGEREF fields as it lays out the pages; Word updates them on printing
    /// or with F9, and References > Table of Contents replaces the list with its own.
    fn toc(&mut self) {
        let heading = self
            .new_paragraph()
            .style("TOCHeading")
            .add_run(Run::new().add_text("Contents"));
        self.blocks.push(Block::Paragraph(Box::new(heading)));
        let entries: Vec<(usize, u8, String)> = self
            .toc_entries
            .iter()
            .enumerate()
            .filter(|(_, (level, _))| *level <= 2)
            .map(|(i, (level, text))| (i + 1, *level, text.clone()))
            .collect();
        let tab = Tab::new()
            .val(TabValueType::Right)
            .leader(TabLeaderType::Dot)
            .pos(TEXT_WIDTH);
        for (n, level, text) in entries {
            let mut p = Paragraph::new()
                .style(if level == 1 { "TOC1" } else { "TOC2" })
                .add_tab(tab.clone());
            let page_ref = Run::new()
                .add_field_char(FieldCharType::Begin, false)
                .add_instr_text(InstrText::PAGEREF(
                    InstrPAGEREF::new(bookmark(n)).hyperlink(),
                ))
                .add_field_char(FieldCharType::Separate, false)
                .add_text("1")
                .add_field_char(FieldCharType::End, false);
            p = p.add_hyperlink(
                Hyperlink::new(bookmark(n), HyperlinkType::Anchor)
                    .add_run(Run::new().add_text(text))
                    .add_run(Run::new().add_tab())
                    .add_run(page_ref),
            );
            self.blocks.push(Block::Paragraph(Box::new(p)));
        }
    }
}

/// The bookmark on heading `n`, in Word's own naming for TOC targets.
fn bookmark(n: usize) -> String {
    format!("_Toc{n:08}")
}

/// A bordered table whose columns are as wide as their text needs, within the page.
fn table(t: TableState) -> Table {
    let columns = t.rows.iter().map(|r| r.len()).max().unwrap_or(1).max(1);
    let widths = column_widths(&t.texts, columns);
    let rows: Vec<TableRow> = t
        .rows
        .into_iter()
        .enumerate()
        .map(|(r, cells)| {
            let header = r < t.header_rows;
            let mut out: Vec<TableCell> = cells
                .into_iter()
                .enumerate()
                .map(|(c, paragraphs)| {
                    let mut cell =
                        TableCell::new().width(widths[c.min(columns - 1)], WidthType::Dxa);
                    for p in paragraphs {
                        cell = cell.add_paragraph(p);
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
                        .add_paragraph(Paragraph::new().style("TableText")),
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
            "T",
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
