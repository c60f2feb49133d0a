//! The Markdown dialect of the document templates, shared by the three writers: how study
//! text is escaped so that it stays text, the characters no document may hold, the marker
//! lines for page breaks, the table of contents, the list of tables and the list of
//! abbreviations, the remark for missing data, and the parser options the writers agree on.
//!
//! Study text is data, never markup. Every value a template prints goes through
//! [`escape_inline`] (tera's autoescape calls it), so a bottleneck titled "# Power cuts" or a
//! cell holding "gas | power" or "<script>" comes out as those characters, not as a heading,
//! a table column or HTML. The writers then escape again for their own format.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Printed wherever the study has nothing yet: a remark a consultant cannot miss, never an
/// empty cell, "None" or "null".
pub const MISSING: &str = "*\\[not yet filled in\\]*";

/// The words of [`MISSING`] as a reader sees them, for tests and checks.
pub const MISSING_TEXT: &str = "[not yet filled in]";

/// A line of its own in a template: the next content starts on a new page.
pub const PAGE_BREAK: &str = "<!-- pagebreak -->";

/// A line of its own in a template: the table of contents goes here. Headings above it are
/// the cover (title and subtitle); headings below it are listed.
pub const TOC: &str = "<!-- toc -->";

/// A line of its own in a template: the list of tables goes here (every table whose caption,
/// a paragraph of its own starting "Table", comes right before it). Nothing when the
/// document has no such table.
pub const TABLES: &str = "<!-- tables -->";

/// A line of its own in a template: the list of figures goes here (every picture whose
/// caption, a paragraph of its own starting "Figure", comes right before it; see
/// `figures`). Nothing when the document has no such figure.
pub const FIGURES: &str = "<!-- figures -->";

/// A line of its own in a template: the list of the abbreviations the document uses goes
/// here, in every format (see `abbreviations`).
pub const ABBREVIATIONS: &str = "<!-- abbreviations -->";

/// What a raw HTML block of the template means to the writers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    PageBreak,
    Toc,
    Tables,
    Figures,
    /// Any other HTML comment: a note for template authors, shown nowhere.
    Comment,
    /// Anything else: the writers print it as text rather than trust it as markup.
    Other,
}

/// Classifies the text of an HTML event from the parser.
pub fn marker(html: &str) -> Marker {
    let t = html.trim();
    if t == PAGE_BREAK {
        Marker::PageBreak
    } else if t == TOC {
        Marker::Toc
    } else if t == TABLES {
        Marker::Tables
    } else if t == FIGURES {
        Marker::Figures
    } else if t.starts_with("<!--") && t.ends_with("-->") {
        Marker::Comment
    } else {
        Marker::Other
    }
}

/// Whether XML 1.0 allows `c` in a document: tab, line feed, carriage return and the
/// characters from U+0020 on, except the surrogates (which a `char` never is) and U+FFFE
/// and U+FFFF. Text pasted from PDFs and Word files brings the others (U+0001, U+0008, the
/// escape U+001B, U+FFFE) into studies; one of them makes a Word file that no program opens.
pub fn xml_allows(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `text` without the characters XML 1.0 forbids: the one filter every writer applies to
/// what it writes, so that none reaches a document. `check` reports them in the study.
pub fn xml_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(xml_allows) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.chars().filter(|c| xml_allows(*c)).collect())
    }
}

/// The parser every writer uses: CommonMark with tables, nothing else (no smart quotes, no
/// strikethrough, no footnotes), so the `.md` output means the same in any viewer.
pub fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(markdown, Options::ENABLE_TABLES)
}

/// Study text for a place inside a line (a table cell, a list item, a sentence): every
/// character that Markdown could read as structure is backslash-escaped, and line breaks
/// become spaces so the text cannot leave the line (or the table row) it was put in.
/// Empty text becomes the [`MISSING`] remark.
pub fn escape_inline(text: &str) -> String {
    let collapsed = collapse_whitespace(text);
    if collapsed.is_empty() {
        return MISSING.to_string();
    }
    let mut out = String::with_capacity(collapsed.len() + 8);
    let chars: Vec<char> = collapsed.chars().collect();
    // At the start of the value anything that opens a block (heading, quote, list, rule,
    // code fence, setext underline) is escaped: the template may have put it at the start
    // of a line.
    let leading_digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    for (i, &c) in chars.iter().enumerate() {
        let at_start = i == 0;
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' => true,
            '#' | '-' | '+' | '=' | '~' => at_start,
            // "1. " or "2024) " would open an ordered list; "26.46" is just a figure.
            '.' | ')' => {
                i == leading_digits
                    && leading_digits > 0
                    && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            }
            // An entity such as &amp; or &#60; would be decoded; a lone & stays as it is.
            '&' => chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#'),
            '!' => chars.get(i + 1) == Some(&'['),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Study text for a block of its own (a field of several paragraphs): paragraphs are
/// separated by blank lines as the author wrote them; inside a paragraph, single line
/// breaks are joined with spaces (people wrap long lines in YAML) and each paragraph is
/// escaped as by [`escape_inline`]. Empty text becomes the [`MISSING`] remark.
pub fn escape_paragraphs(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in normalised.split('\n') {
        if line.trim().is_empty() {
            if !current.trim().is_empty() {
                paragraphs.push(escape_inline(&current));
            }
            current.clear();
        } else {
            current.push(' ');
            current.push_str(line);
        }
    }
    if !current.trim().is_empty() {
        paragraphs.push(escape_inline(&current));
    }
    if paragraphs.is_empty() {
        MISSING.to_string()
    } else {
        paragraphs.join("\n\n")
    }
}

fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// What a caption stands before: its table, or the paragraph that holds its picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caption {
    /// A paragraph of its own starting "Table" (or its Hindi, "तालिका"), right before its
    /// table.
    Table,
    /// A paragraph of its own starting "Figure", holding no picture itself, right before a
    /// paragraph that holds one.
    Figure,
}

impl Caption {
    /// The words a table's caption starts with, in each language a document is written in
    /// ("Table 3.1:", "तालिका 3.1:"; a bilingual caption starts with the Hindi).
    const TABLE: [&'static str; 2] = ["Table", "तालिका"];
    /// The words a figure's caption starts with ("Figure 6.1:", "चित्र 6.1:").
    const FIGURE: [&'static str; 2] = ["Figure", "चित्र"];

    /// Whether a paragraph (its text, whether it holds a picture, the events after its end)
    /// is a caption of this kind.
    fn is(self, text: &str, holds_picture: bool, after: &[Event]) -> bool {
        match self {
            Caption::Table => {
                Caption::TABLE.iter().any(|w| text.starts_with(w))
                    && matches!(after.first(), Some(Event::Start(Tag::Table(_))))
            }
            Caption::Figure => {
                !holds_picture
                    && Caption::FIGURE.iter().any(|w| text.starts_with(w))
                    && matches!(
                        after,
                        [
                            Event::Start(Tag::Paragraph),
                            Event::Start(Tag::Image { .. }),
                            ..
                        ]
                    )
            }
        }
    }
}

/// The captions of one kind after the contents marker: (index of the caption paragraph's
/// start event, its text). Only paragraphs at the top level count, not those in a list or a
/// quote. The walker lives here, with the markers, because what makes a caption is part of
/// the templates' Markdown dialect that every writer reads alike (HTML and Word list tables
/// and figures from it), not of tables or figures alone.
pub fn captions(events: &[Event], kind: Caption) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut after_toc = !events
        .iter()
        .any(|e| matches!(e, Event::Html(h) if marker(h) == Marker::Toc));
    // The paragraph being read: its start event's index, its text, whether it holds a picture.
    let mut current: Option<(usize, String, bool)> = None;
    let mut depth = 0usize;
    for (i, event) in events.iter().enumerate() {
        match event {
            Event::Html(h) if marker(h) == Marker::Toc => after_toc = true,
            Event::Start(Tag::List(_) | Tag::BlockQuote(_) | Tag::Table(_)) => depth += 1,
            Event::End(TagEnd::List(_) | TagEnd::BlockQuote(_) | TagEnd::Table) => {
                depth = depth.saturating_sub(1)
            }
            Event::Start(Tag::Paragraph) if after_toc && depth == 0 => {
                current = Some((i, String::new(), false));
            }
            Event::Start(Tag::Image { .. }) => {
                if let Some((_, _, picture)) = current.as_mut() {
                    *picture = true;
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text, _)) = current.as_mut() {
                    text.push_str(t);
                }
            }
            Event::SoftBreak => {
                if let Some((_, text, _)) = current.as_mut() {
                    text.push(' ');
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some((start, text, picture)) = current.take() {
                    if kind.is(&text, picture, &events[i + 1..]) {
                        found.push((start, text));
                    }
                }
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, Tag, TagEnd};

    /// The text a reader sees, and whether the parser found any structure other than a
    /// paragraph.
    fn read_back(md: &str) -> (String, bool) {
        let mut text = String::new();
        let mut structure = false;
        for event in parser(md) {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => {}
                _ => structure = true,
            }
        }
        (text, structure)
    }

    #[test]
    fn study_text_stays_text() {
        for raw in [
            "# Power cuts",
            "## not a heading",
            "- not a list",
            "+ not a list",
            "* not a list",
            "1. not a list",
            "2024) not a list",
            "7.",
            "26.46 is a figure",
            "> not a quote",
            "---",
            "===",
            "~~~ not a fence",
            "```",
            "    four spaces are not code",
            "gas | power",
            "<script>alert(1)</script>",
            "a *b* _c_ `d` [e](f) ![g](h)",
            "R&D &amp; &#60;",
            "back\\slash",
            "line one\n# line two\n\n- line three",
        ] {
            let (text, structure) = read_back(&escape_inline(raw));
            let expected = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(text, expected, "escaped form of {raw:?}");
            assert!(!structure, "{raw:?} was read as Markdown structure");
        }
    }

    #[test]
    fn pipes_stay_inside_their_table_cell() {
        let md = format!(
            "| a | b |\n|---|---|\n| {} | {} |\n",
            escape_inline("gas | power"),
            escape_inline("x")
        );
        let cells: Vec<String> = {
            let mut cells = Vec::new();
            let mut in_body = false;
            for event in parser(&md) {
                match event {
                    Event::End(TagEnd::TableHead) => in_body = true,
                    Event::Start(Tag::TableCell) if in_body => cells.push(String::new()),
                    Event::Text(t) if in_body => cells.last_mut().unwrap().push_str(&t),
                    _ => {}
                }
            }
            cells
        };
        assert_eq!(cells, vec!["gas | power", "x"]);
    }

    #[test]
    fn figures_are_not_escaped() {
        assert_eq!(escape_inline("26.46"), "26.46");
        assert_eq!(escape_inline("Rs. 659.07 lakh"), "Rs. 659.07 lakh");
        assert_eq!(escape_inline("1. a list"), "1\\. a list");
    }

    #[test]
    fn empty_text_is_a_visible_remark() {
        assert_eq!(escape_inline(""), MISSING);
        assert_eq!(escape_inline("  \n "), MISSING);
        assert_eq!(escape_paragraphs("\n\n"), MISSING);
        assert_eq!(read_back(MISSING).0, MISSING_TEXT);
    }

    #[test]
    fn paragraphs_keep_blank_lines_and_join_wrapped_lines() {
        let md = escape_paragraphs("First line\nwrapped here.\n\n# Second\n");
        assert_eq!(md, "First line wrapped here.\n\n\\# Second");
    }

    #[test]
    fn forbidden_characters_are_dropped_and_the_rest_kept() {
        let text = "a\u{1}b\u{8}c\u{1b}d\u{fffe}e\u{ffff}f\tg\nh\u{85}ि\u{1F600}";
        assert_eq!(xml_safe(text), "abcdef\tg\nh\u{85}ि\u{1F600}");
        assert!(matches!(xml_safe("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn markers_are_recognised() {
        assert_eq!(marker("<!-- pagebreak -->\n"), Marker::PageBreak);
        assert_eq!(marker(TOC), Marker::Toc);
        assert_eq!(marker(TABLES), Marker::Tables);
        assert_eq!(marker("<!-- a note -->"), Marker::Comment);
        assert_eq!(marker("<b>"), Marker::Other);
    }
}
