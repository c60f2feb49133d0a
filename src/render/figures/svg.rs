//! A small SVG writer for the figures: shapes and text at fixed coordinates, every piece of
//! study text XML-escaped here (a stage named "<Dyeing & finishing>" stays those
//! characters), and a rough text measure for wrapping and fitting labels.
//!
//! The figures are drawn for paper in black and white: black strokes and text, greys and
//! hatching for fills, never colour alone to tell two things apart.

use std::fmt::Write as _;

/// The fonts of every figure, in order of preference: Noto Sans, then DejaVu Sans (both
/// found on the system by fontdb when rasterised; a browser uses its own), then Noto Sans
/// Devanagari for Hindi and Marathi text (Debian's fonts-noto-core has all three Noto).
pub const FONT: &str = "'Noto Sans', 'DejaVu Sans', 'Noto Sans Devanagari', sans-serif";

/// The fonts of Devanagari text in a figure.
pub const DEVANAGARI: &str =
    "'Noto Sans Devanagari', 'Noto Serif Devanagari', 'Noto Sans', 'DejaVu Sans', sans-serif";

fn is_devanagari(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{1CD0}'..='\u{1CFF}')
}

/// `text` cut into runs of Devanagari and of everything else, each with whether it is
/// Devanagari. Spaces and punctuation between the two go with the Latin run: a Devanagari
/// font may lack "&" or "(" and then resvg draws a box.
fn script_runs(text: &str) -> Vec<(bool, &str)> {
    let mut runs: Vec<(bool, &str)> = Vec::new();
    let mut start = 0;
    // The script of the run so far, and where its last letter ends.
    let mut current: Option<bool> = None;
    let mut last_end = 0;
    for (i, c) in text.char_indices() {
        let script = if is_devanagari(c) {
            Some(true)
        } else if c.is_alphanumeric() {
            Some(false)
        } else {
            None
        };
        if let (Some(now), Some(was)) = (script, current) {
            if now != was {
                let cut = if was { last_end } else { i };
                runs.push((was, &text[start..cut]));
                start = cut;
            }
        }
        if script.is_some() {
            current = script;
            last_end = i + c.len_utf8();
        }
    }
    match current {
        Some(true) if last_end < text.len() => {
            runs.push((true, &text[start..last_end]));
            runs.push((false, &text[last_end..]));
        }
        _ if start < text.len() => runs.push((current.unwrap_or(false), &text[start..])),
        _ => {}
    }
    runs
}

/// The width every figure is drawn at, in SVG units (CSS pixels): a page of A4 between the
/// margins is about this wide at 96 per inch, so 1 unit prints as about 1/96 inch.
pub const WIDTH: f64 = 680.0;

/// Fills for up to six series, legible in black and white: white, greys, hatching.
pub const FILLS: [&str; 6] = [
    "#ffffff",
    "#bdbdbd",
    "url(#hatch)",
    "#6e6e6e",
    "url(#dots)",
    "#262626",
];

/// An SVG document being written.
pub struct Svg {
    body: String,
    height: f64,
}

impl Svg {
    pub fn new() -> Svg {
        Svg {
            body: String::new(),
            height: 0.0,
        }
    }

    /// Makes sure the drawing is at least `y` high.
    pub fn reach(&mut self, y: f64) {
        if y > self.height {
            self.height = y;
        }
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str, stroke: f64) {
        let _ = write!(
            self.body,
            r##"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}" stroke="#000" stroke-width="{}"/>"##,
            n(x),
            n(y),
            n(w.max(0.0)),
            n(h.max(0.0)),
            n(stroke)
        );
        self.body.push('\n');
        self.reach(y + h);
    }

    /// A line; `dash` is an SVG dash array ("6 3") or empty for a solid line.
    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, width: f64, dash: &str) {
        let dash = if dash.is_empty() {
            String::new()
        } else {
            format!(r#" stroke-dasharray="{dash}""#)
        };
        let _ = writeln!(
            self.body,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#000" stroke-width="{}"{dash}/>"##,
            n(x1),
            n(y1),
            n(x2),
            n(y2),
            n(width)
        );
        self.reach(y1.max(y2));
    }

    /// A polyline ending in an arrowhead at its last point.
    pub fn arrow(&mut self, points: &[(f64, f64)]) {
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
            .collect();
        let _ = writeln!(
            self.body,
            r##"<polyline points="{}" fill="none" stroke="#000" stroke-width="1.2" marker-end="url(#arrow)"/>"##,
            pts.join(" ")
        );
    }

    /// Text at (x, y) (the baseline); `anchor` is start, middle or end.
    ///
    /// Devanagari is set in a Devanagari font. resvg shapes a whole `<text>` with each
    /// of its fonts and falls back glyph by glyph, which breaks Devanagari's conjuncts
    /// (fewer glyphs than characters) when a line mixes it with Latin; so a line of both
    /// is drawn as one `<text>` per script, placed one after the other by their measure.
    pub fn text(&mut self, x: f64, y: f64, size: f64, anchor: &str, bold: bool, text: &str) {
        let runs = script_runs(text);
        if runs.len() <= 1 {
            let devanagari = runs.first().is_some_and(|(d, _)| *d);
            self.text_run(x, y, size, anchor, bold, devanagari, text);
        } else {
            // One `<text>`, a `<tspan>` per run: the renderer sets each run after the one
            // before it by the fonts' own measure (placing runs by `width` left gaps and
            // overlaps), and anchors the line as a whole.
            let weight = if bold { r#" font-weight="bold""# } else { "" };
            let _ = write!(
                self.body,
                r#"<text x="{}" y="{}" font-size="{}" text-anchor="{anchor}"{weight} xml:space="preserve">"#,
                n(x),
                n(y),
                n(size)
            );
            for (devanagari, run) in runs {
                if devanagari {
                    let _ = write!(self.body, r#"<tspan font-family="{DEVANAGARI}">"#);
                } else {
                    self.body.push_str("<tspan>");
                }
                escape_into(&mut self.body, run);
                self.body.push_str("</tspan>");
            }
            self.body.push_str("</text>\n");
        }
        self.reach(y + size * 0.3);
    }

    #[allow(clippy::too_many_arguments)]
    fn text_run(
        &mut self,
        x: f64,
        y: f64,
        size: f64,
        anchor: &str,
        bold: bool,
        devanagari: bool,
        text: &str,
    ) {
        let weight = if bold { r#" font-weight="bold""# } else { "" };
        let family = if devanagari {
            format!(r#" font-family="{DEVANAGARI}""#)
        } else {
            String::new()
        };
        let _ = write!(
            self.body,
            r#"<text x="{}" y="{}" font-size="{}" text-anchor="{anchor}"{weight}{family}>"#,
            n(x),
            n(y),
            n(size)
        );
        escape_into(&mut self.body, text);
        self.body.push_str("</text>\n");
    }

    /// The finished document, `WIDTH` wide and as high as what was drawn plus `margin`,
    /// titled `title` for screen readers.
    pub fn finish(self, title: &str, margin: f64) -> String {
        let height = (self.height + margin).ceil();
        let mut out = String::with_capacity(self.body.len() + 900);
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {height}" width="{w}" height="{height}" font-family="{FONT}" role="img"><title>"#,
            w = n(WIDTH),
        );
        escape_into(&mut out, title);
        out.push_str("</title>\n");
        out.push_str(DEFS);
        let _ = writeln!(
            out,
            r##"<rect x="0" y="0" width="{}" height="{height}" fill="#fff"/>"##,
            n(WIDTH)
        );
        out.push_str(&self.body);
        out.push_str("</svg>\n");
        out
    }
}

/// The arrowhead and the two patterns the fills use.
const DEFS: &str = r##"<defs>
<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#000"/></marker>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="1.6"/></pattern>
<pattern id="dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#fff"/><circle cx="2.5" cy="2.5" r="1.1" fill="#000"/></pattern>
</defs>
"##;

/// A coordinate written short: at most two decimals, no trailing zeros.
fn n(v: f64) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// XML-escapes `text` into `out`, dropping the characters XML forbids.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if crate::render::markdown::xml_allows(c) => out.push(c),
            _ => {}
        }
    }
}

/// About how wide `text` is at `size`: a Latin or Devanagari letter is about half to
/// six tenths of the size wide in Noto Sans; of Devanagari's vowel signs those written
/// beside the letter (ा ि ी ो ौ) take about a third, those above or below it none, and a
/// virama joins two letters into a conjunct narrower than the two.
pub fn width(text: &str, size: f64) -> f64 {
    let mut w = 0.0;
    for c in text.chars() {
        w += match c {
            '\u{093E}'..='\u{0940}' | '\u{0949}'..='\u{094C}' | '\u{094E}' | '\u{094F}' => 0.3,
            '\u{094D}' => -0.2,
            '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}' => 0.05,
            '\u{0900}'..='\u{097F}' => 0.62,
            'i' | 'l' | 'j' | 't' | 'f' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.3,
            ' ' => 0.28,
            'm' | 'w' | 'M' | 'W' => 0.85,
            c if c.is_uppercase() => 0.66,
            c if c.is_ascii_digit() => 0.57,
            _ => 0.54,
        };
    }
    w * size
}

/// `text` broken into lines of at most `max` wide at `size`, at most `lines` of them (the
/// last ends in "…" when the text does not fit).
pub fn wrap(text: &str, size: f64, max: f64, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if width(&candidate, size) <= max || current.is_empty() {
            current = candidate;
        } else {
            out.push(std::mem::take(&mut current));
            current = word.to_string();
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            last.push('…');
        }
    }
    for line in out.iter_mut() {
        if width(line, size) > max {
            *line = fit(line, size, max);
        }
    }
    out
}

/// `text` cut to fit `max` at `size`, ending in "…" when cut.
pub fn fit(text: &str, size: f64, max: f64) -> String {
    if width(text, size) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if width(&out, size) + width("…", size) > max {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn study_text_is_escaped() {
        let mut svg = Svg::new();
        svg.text(0.0, 10.0, 12.0, "start", false, "<Dyeing & \"finishing\">");
        let out = svg.finish("A & B", 0.0);
        assert!(out.contains("&lt;Dyeing &amp; &quot;finishing&quot;&gt;"));
        assert!(out.contains("<title>A &amp; B</title>"));
        assert!(!out.contains("<Dyeing"));
    }

    #[test]
    fn devanagari_is_a_span_of_its_own() {
        assert_eq!(
            script_runs("1. कच्चा माल & Raw"),
            vec![(false, "1. "), (true, "कच्चा माल"), (false, " & Raw")]
        );
        assert_eq!(
            script_runs("माल (स्रोत)"),
            vec![(true, "माल (स्रोत"), (false, ")")]
        );
        assert_eq!(script_runs("Raw"), vec![(false, "Raw")]);
        assert_eq!(script_runs("कच्चा"), vec![(true, "कच्चा")]);
        let mut svg = Svg::new();
        svg.text(0.0, 10.0, 12.0, "start", false, "माल <x>");
        assert!(svg
            .body
            .contains(&format!(r#"<tspan font-family="{DEVANAGARI}">माल</tspan>"#)));
        assert!(svg.body.contains("<tspan> &lt;x&gt;</tspan></text>"));
    }

    #[test]
    fn wrapping_keeps_to_the_lines_given() {
        let lines = wrap("one two three four five six seven eight", 12.0, 60.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert_eq!(n(1.50), "1.5");
        assert_eq!(n(-0.001), "0");
    }
}
