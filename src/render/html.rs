//! Markdown → one self-contained HTML page: styles inline (screen and print, A4 pages with
//! a page number), no scripts, no outside resources. Every piece of text is HTML-escaped
//! here, and raw HTML in the Markdown is never trusted: the page-break and contents markers
//! become their elements, comments vanish, anything else is printed as text.

use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};

use super::figures::{self, Pictures};
use super::markdown::{self, marker, parser, xml_safe, Caption, Marker};

const CSS: &str = r#"
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, "Noto Sans Devanagari", "Nirmala UI", Mangal, sans-serif;
       font-size: 11pt; line-height: 1.45; color: #111; margin: 0; background: #f4f4f4; }
main { max-width: 52em; margin: 2em auto; padding: 2.5em 3em; background: #fff; box-shadow: 0 0 6px #bbb; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 17pt; margin: 1.4em 0 0.6em; border-bottom: 1.5px solid #333; padding-bottom: 0.15em; }
h2 { font-size: 13.5pt; margin: 1.2em 0 0.5em; }
h3 { font-size: 12pt; margin: 1em 0 0.4em; }
h4 { font-size: 11pt; margin: 1em 0 0.3em; }
.cover { text-align: center; padding-top: 18vh; }
.cover .title { font-size: 24pt; border: none; margin-bottom: 0.8em; }
.cover .subtitle { font-size: 15pt; font-weight: normal; margin: 0.4em 0; }
.cover p { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.1em; font-size: 9.5pt; }
th, td { border: 1px solid #555; padding: 0.25em 0.45em; vertical-align: top; }
th { background: #e8e8e8; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.r { text-align: right; } .c { text-align: center; }
nav.toc ul { list-style: none; padding-left: 0; }
nav.toc li { margin: 0.15em 0; }
nav.toc .l2 { padding-left: 1.5em; } nav.toc .l3 { padding-left: 3em; } nav.toc .l4 { padding-left: 4.5em; }
nav.toc a { color: #111; text-decoration: none; }
.page-break { border-top: 1px dashed #bbb; margin: 2.5em -3em; }
blockquote { border-left: 3px solid #999; margin: 0.8em 0; padding: 0.1em 1em; color: #333; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.95em; }
p.caption { margin: 1em 0 0.3em; break-after: avoid; page-break-after: avoid; }
.figure svg, .figure img { display: block; max-width: 100%; height: auto; margin: 0.3em 0 1em; }
.figure img { max-height: 120mm; width: auto; }
.cover .facts p { margin: 0.35em 0; }
@page { size: A4; margin: 20mm 18mm 22mm;
        @bottom-center { content: "Page " counter(page); font-size: 9pt; } }
/* The cover carries no page number. */
@page :first { @bottom-center { content: none; } }
@media print {
  body { background: #fff; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .page-break { border: none; margin: 0; break-after: page; page-break-after: always; }
  /* The cover, the contents and the lists end with a page break of their own (the
     writer puts one after each); every chapter starts on a new page. */
  .cover { padding-top: 25%; }
  main > h1[id] { break-before: page; page-break-before: always; margin-top: 0; }
  /* A part title and its first chapter share a page. */
  main > h1[id] + h1[id] { break-before: avoid; page-break-before: avoid; }
  table, tr, img { break-inside: avoid-page; }
  table { break-inside: auto; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// The whole page for `markdown`, titled `title`, in language `lang`.
pub fn write(markdown: &str, title: &str, lang: &str, pictures: &Pictures) -> String {
    let markdown = xml_safe(markdown);
    let title = xml_safe(title);
    let title = title.as_ref();
    let events: Vec<Event> = parser(&markdown).collect();
    let headings = headings(&events);
    let captions = captions(&events);
    let figure_captions = figures::captions(&events);
    // Within a picture shown: its alternative text is not printed again.
    let mut in_picture = false;
    let mut out = String::with_capacity(markdown.len() * 2 + CSS.len() + 512);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    escape_into(&mut out, lang);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    escape_into(&mut out, title);
    out.push_str("</title>\n<style>");
    let words = &pictures.words;
    if words.page == "Page" {
        out.push_str(CSS);
    } else {
        // The footer's word in the document's language, as a CSS string.
        let page = words.page.replace('\\', "\\\\").replace('"', "\\\"");
        out.push_str(&CSS.replace("content: \"Page \"", &format!("content: \"{page} \"")));
    }
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    let has_toc = events
        .iter()
        .any(|e| matches!(e, Event::Html(h) if marker(h) == Marker::Toc));
    let mut in_cover = has_toc;
    if in_cover {
        out.push_str("<section class=\"cover\">\n");
    }
    let mut heading_index = 0;
    let mut table_alignments: Vec<Alignment> = Vec::new();
    let mut cell_index = 0;
    let mut in_head = false;
    for (index, event) in events.iter().enumerate() {
        match event {
            Event::Start(tag) => match tag {
                // The captions are in the order of their events.
                Tag::Paragraph => match captions.binary_search_by_key(&index, |(i, _)| *i) {
                    Ok(n) => out.push_str(&format!("<p class=\"caption\" id=\"t-{}\">", n + 1)),
                    Err(_) => match figure_captions.binary_search_by_key(&index, |(i, _)| *i) {
                        Ok(n) => out.push_str(&format!("<p class=\"caption\" id=\"f-{}\">", n + 1)),
                        Err(_) => out.push_str("<p>"),
                    },
                },
                Tag::Heading { level, .. } => {
                    if in_cover {
                        if *level == HeadingLevel::H1 {
                            out.push_str("<h1 class=\"title\">");
                        } else {
                            out.push_str("<p class=\"subtitle\">");
                        }
                    } else {
                        heading_index += 1;
                        out.push_str(&format!(
                            "<h{} id=\"s-{heading_index}\">",
                            level_number(*level)
                        ));
                    }
                }
                Tag::BlockQuote(_) => out.push_str("<blockquote>\n"),
                Tag::CodeBlock(_) => out.push_str("<pre><code>"),
                Tag::List(Some(1)) => out.push_str("<ol>\n"),
                Tag::List(Some(start)) => out.push_str(&format!("<ol start=\"{start}\">\n")),
                Tag::List(None) => out.push_str("<ul>\n"),
                Tag::Item => out.push_str("<li>"),
                Tag::Table(alignments) => {
                    table_alignments = alignments.clone();
                    out.push_str("<table>\n");
                }
                Tag::TableHead => {
                    in_head = true;
                    cell_index = 0;
                    out.push_str("<thead><tr>");
                }
                Tag::TableRow => {
                    cell_index = 0;
                    out.push_str("<tr>");
                }
                Tag::TableCell => {
                    let cell = if in_head { "th" } else { "td" };
                    let class = match table_alignments.get(cell_index) {
                        Some(Alignment::Right) => " class=\"r\"",
                        Some(Alignment::Center) => " class=\"c\"",
                        _ => "",
                    };
                    out.push('<');
                    out.push_str(cell);
                    out.push_str(class);
                    out.push('>');
                }
                Tag::Emphasis => out.push_str("<em>"),
                Tag::Strong => out.push_str("<strong>"),
                Tag::Strikethrough => out.push_str("<s>"),
                Tag::Image { dest_url, .. } => {
                    if let Some(picture) = pictures.html(dest_url) {
                        out.push_str(&picture);
                        in_picture = true;
                    }
                }
                Tag::Link { dest_url, .. } => {
                    if is_safe_link(dest_url) {
                        out.push_str("<a href=\"");
                        escape_into(&mut out, dest_url);
                        out.push_str("\">");
                    } else {
                        out.push_str("<a>");
                    }
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => out.push_str("</p>\n"),
                TagEnd::Heading(level) => {
                    if in_cover {
                        if *level == HeadingLevel::H1 {
                            out.push_str("</h1>\n");
                        } else {
                            out.push_str("</p>\n");
                        }
                    } else {
                        out.push_str(&format!("</h{}>\n", level_number(*level)));
                    }
                }
                TagEnd::BlockQuote(_) => out.push_str("</blockquote>\n"),
                TagEnd::CodeBlock => out.push_str("</code></pre>\n"),
                TagEnd::List(true) => out.push_str("</ol>\n"),
                TagEnd::List(false) => out.push_str("</ul>\n"),
                TagEnd::Item => out.push_str("</li>\n"),
                TagEnd::Table => out.push_str("</tbody></table>\n"),
                TagEnd::TableHead => {
                    in_head = false;
                    out.push_str("</tr></thead>\n<tbody>\n");
                }
                TagEnd::TableRow => out.push_str("</tr>\n"),
                TagEnd::TableCell => {
                    out.push_str(if in_head { "</th>" } else { "</td>" });
                    cell_index += 1;
                }
                TagEnd::Emphasis => out.push_str("</em>"),
                TagEnd::Strong => out.push_str("</strong>"),
                TagEnd::Strikethrough => out.push_str("</s>"),
                TagEnd::Link => out.push_str("</a>"),
                TagEnd::Image => in_picture = false,
                _ => {}
            },
            Event::Text(_) if in_picture => {}
            Event::Text(text) => escape_into(&mut out, text),
            Event::Code(code) => {
                out.push_str("<code>");
                escape_into(&mut out, code);
                out.push_str("</code>");
            }
            Event::Html(html) | Event::InlineHtml(html) => match marker(html) {
                Marker::PageBreak => out.push_str("<div class=\"page-break\"></div>\n"),
                Marker::Toc => {
                    if in_cover {
                        out.push_str("</section>\n<div class=\"page-break\"></div>\n");
                        in_cover = false;
                    }
                    toc_into(&mut out, &words.contents, &headings);
                    out.push_str("<div class=\"page-break\"></div>\n");
                }
                Marker::Tables => {
                    if !captions.is_empty() {
                        list_into(&mut out, &words.tables, "t", &captions);
                        out.push_str("<div class=\"page-break\"></div>\n");
                    }
                }
                Marker::Figures => {
                    if !figure_captions.is_empty() {
                        list_into(&mut out, &words.figures, "f", &figure_captions);
                        out.push_str("<div class=\"page-break\"></div>\n");
                    }
                }
                Marker::Comment => {}
                Marker::Other => escape_into(&mut out, html),
            },
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push_str("<br>\n"),
            Event::Rule => out.push_str("<hr>\n"),
            // Pictures are not part of these documents: an image's alternative text arrives
            // as text above and stands in for it.
            _ => {}
        }
    }
    if in_cover {
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// Headings after the contents marker, as (level, text), in order.
pub(super) fn headings(events: &[Event]) -> Vec<(u8, String)> {
    let mut found = Vec::new();
    let mut after_toc = !events
        .iter()
        .any(|e| matches!(e, Event::Html(h) if marker(h) == Marker::Toc));
    let mut current: Option<(u8, String)> = None;
    for event in events {
        match event {
            Event::Html(h) if marker(h) == Marker::Toc => after_toc = true,
            Event::Start(Tag::Heading { level, .. }) if after_toc => {
                current = Some((level_number(*level), String::new()))
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push_str(t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(h) = current.take() {
                    found.push(h);
                }
            }
            _ => {}
        }
    }
    found
}

/// The tables' captions after the contents marker: (index of the caption paragraph's start
/// event, its text). A caption is a paragraph of its own, starting "Table", that comes
/// right before its table (the walker is `markdown::captions`).
pub(super) fn captions(events: &[Event]) -> Vec<(usize, String)> {
    markdown::captions(events, Caption::Table)
}

/// A list of captions, each a link to the caption with the id `{prefix}-{n}`.
fn list_into(out: &mut String, title: &str, prefix: &str, captions: &[(usize, String)]) {
    out.push_str("<nav class=\"toc tables\">\n<h1>");
    escape_into(out, title);
    out.push_str("</h1>\n<ul>\n");
    for (n, (_, text)) in captions.iter().enumerate() {
        out.push_str(&format!(
            "<li class=\"l1\"><a href=\"#{prefix}-{}\">",
            n + 1
        ));
        escape_into(out, text);
        out.push_str("</a></li>\n");
    }
    out.push_str("</ul>\n</nav>\n");
}

fn toc_into(out: &mut String, title: &str, headings: &[(u8, String)]) {
    out.push_str("<nav class=\"toc\">\n<h1>");
    escape_into(out, title);
    out.push_str("</h1>\n<ul>\n");
    for (i, (level, text)) in headings.iter().enumerate() {
        if *level > 2 {
            continue;
        }
        out.push_str(&format!("<li class=\"l{level}\"><a href=\"#s-{}\">", i + 1));
        escape_into(out, text);
        out.push_str("</a></li>\n");
    }
    out.push_str("</ul>\n</nav>\n");
}

pub(super) fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with('#')
        || lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_in_markdown_is_printed_as_text() {
        let html = write(
            "<script>alert(1)</script>\n\nText <b>bold</b>\n",
            "T",
            "en",
            &Pictures::default(),
        );
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    #[test]
    fn markers_become_page_breaks_and_contents() {
        let md = "# Report\n\n<!-- toc -->\n\n# 1. One\n\n<!-- pagebreak -->\n\n## 1.1 Sub\n\n<!-- a note -->\n";
        let html = write(md, "Report", "en", &Pictures::default());
        assert!(html.contains("<h1 class=\"title\">Report</h1>"));
        assert!(html.contains("<a href=\"#s-1\">1. One</a>"));
        assert!(html.contains("<a href=\"#s-2\">1.1 Sub</a>"));
        assert!(html.contains("<h1 id=\"s-1\">1. One</h1>"));
        assert_eq!(html.matches("class=\"page-break\"").count(), 3);
        assert!(!html.contains("a note"));
    }

    #[test]
    fn the_writers_words_are_the_documents() {
        let md = "# Report\n\n<!-- toc -->\n\n<!-- tables -->\n\n# 1. One\n\n**तालिका 1.1: इकाइयाँ**\n\n| a |\n|---|\n| 1 |\n";
        let english = write(md, "Report", "en", &Pictures::default());
        assert!(english.contains("<h1>Contents</h1>"), "{english}");
        assert!(english.contains("content: \"Page \" counter(page)"));
        let mut pictures = Pictures::default();
        pictures.words = crate::render::words::WriterWords {
            contents: "विषय-सूची".into(),
            tables: "तालिकाओं की सूची".into(),
            figures: "चित्रों की सूची".into(),
            page: "पृष्ठ".into(),
        };
        let hindi = write(md, "Report", "hi", &pictures);
        assert!(hindi.contains("<h1>विषय-सूची</h1>"), "{hindi}");
        assert!(hindi.contains("<h1>तालिकाओं की सूची</h1>"), "{hindi}");
        assert!(
            hindi.contains("<a href=\"#t-1\">तालिका 1.1: इकाइयाँ</a>"),
            "{hindi}"
        );
        assert!(hindi.contains("content: \"पृष्ठ \" counter(page)"), "{hindi}");
        assert!(!hindi.contains("Contents"));
    }

    #[test]
    fn table_alignment_carries_over() {
        let html = write(
            "| a | b |\n|---|--:|\n| x | 1.00 |\n",
            "T",
            "en",
            &Pictures::default(),
        );
        assert!(html.contains("<td class=\"r\">1.00</td>"), "{html}");
        assert!(html.contains("<th>a</th>"));
    }
}
