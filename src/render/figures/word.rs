//! The Word side of the pictures: an embedded PNG in a run, the figure caption style with
//! its bookmarks, and the list of figures' field (built from that style, as the list of
//! tables is from the table caption style). Kept here so the Word writer only hooks in.

use docx_rs::{LineSpacing, Paragraph, Pic, Run, Style, StyleType};

use super::Pictures;

/// Bookmark ids of the figures' captions start here, above the tables' (100 000).
const BOOKMARKS: usize = 200_000;

/// The width of A4's text column between the Word margins (11 906 − 2 × 1 021 twips), in
/// EMU (635 a twip): a figure fills it.
const COLUMN_EMU: u32 = 9_864 * 635;
/// A photograph is at most this high (11 cm), so that it shares its page with its caption.
const PHOTO_MAX_HEIGHT_EMU: u32 = 11 * 360_000;

/// The figure caption paragraph style (named like Word's own "Caption" family so that a
/// consultant's own list of figures finds it too).
pub fn caption_style() -> Style {
    Style::new("FigureCaption", StyleType::Paragraph)
        .name("Figure Caption")
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .line_spacing(LineSpacing::new().before(160).after(60))
}

fn bookmark(n: usize) -> String {
    format!("_Fig{n:08}")
}

/// The caption paragraph of figure `n` (0-based) in its style, with its bookmark.
pub fn caption(p: Paragraph, n: usize) -> Paragraph {
    let id = BOOKMARKS + n + 1;
    p.style("FigureCaption")
        .keep_next(true)
        .add_bookmark_start(id, bookmark(n + 1))
        .add_bookmark_end(id)
}

/// The list's entries: (bookmark, style, text) as `field_list` takes them.
pub fn list_entries(captions: &[(usize, String)]) -> Vec<(String, &'static str, String)> {
    captions
        .iter()
        .enumerate()
        .map(|(n, (_, text))| (bookmark(n + 1), "TOC1", text.clone()))
        .collect()
}

/// A run holding the picture at `url` as an inline PNG: a figure as wide as the column,
/// a photograph at most that wide and 11 cm high. `n` counts the pictures placed so far:
/// it names the picture in the file (docx-rs would number them from a counter of the
/// whole process, and the same study would not make the same file twice). `None` when
/// the address names no picture (the alternative text is then written instead).
pub fn picture(pictures: &Pictures, url: &str, n: usize) -> Option<Run> {
    let png = pictures.png(url)?;
    let (w, h) = (png.width.max(1) as u64, png.height.max(1) as u64);
    let is_figure = url.starts_with(super::FIGURE);
    // A figure fills the column; a photograph is never blown up past its own size at 96
    // pixels an inch (a phone's scaled copy fills it anyway).
    let mut width = if is_figure {
        COLUMN_EMU as u64
    } else {
        (w * 9_525).min(COLUMN_EMU as u64)
    };
    let mut height = width * h / w;
    if !is_figure && height > PHOTO_MAX_HEIGHT_EMU as u64 {
        height = PHOTO_MAX_HEIGHT_EMU as u64;
        width = height * w / h;
    }
    let pic = Pic::new_with_dimensions(png.bytes, png.width, png.height)
        .id(format!("rIdPicture{n}"))
        .size(width as u32, height as u32);
    Some(Run::new().add_image(pic))
}
