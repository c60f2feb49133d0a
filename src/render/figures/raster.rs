//! Pictures as PNG for Word and for the Markdown's image files: a figure's SVG rasterised
//! by resvg with the system's fonts.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{self, Pixmap, Transform};
use resvg::usvg;

/// A picture as PNG, with its size in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Png {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Figures are rasterised at this many pixels per SVG unit: a 680-unit figure printed
/// 16 cm wide comes out at about 215 dots per inch.
const FIGURE_SCALE: f32 = 2.0;

/// The system's fonts, found once per process (fontdb reads the font folders; the figures
/// ask for Noto Sans, DejaVu Sans and Noto Sans Devanagari by name, and resvg falls back
/// to any font that has a character).
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_system_fonts();
            for family in ["Noto Sans", "DejaVu Sans"] {
                if db
                    .faces()
                    .any(|f| f.families.iter().any(|(n, _)| n == family))
                {
                    db.set_sans_serif_family(family);
                    break;
                }
            }
            Arc::new(db)
        })
        .clone()
}

/// The face to draw `c` with when the figure's font lacks it (Devanagari in Noto Sans):
/// the first face that has it and matches the text's style and weight, preferring the
/// figures' own families in their order, then any face of that style and weight, then any
/// face at all. (resvg's own choice takes the first face with the character, so a bold
/// label could come out in an italic font.)
fn fallback(
    c: char,
    exclude: &[usvg::fontdb::ID],
    db: &mut Arc<usvg::fontdb::Database>,
) -> Option<usvg::fontdb::ID> {
    let base = db.face(*exclude.first()?)?;
    let (style, weight) = (base.style, base.weight);
    let has = |id| {
        db.with_face_data(id, |data, index| {
            skrifa::FontRef::from_index(data, index)
                .ok()
                .and_then(|font| skrifa::MetadataProvider::charmap(&font).map(c))
                .is_some()
        })
        .unwrap_or(false)
    };
    let usable = |f: &&usvg::fontdb::FaceInfo| !exclude.contains(&f.id) && has(f.id);
    let same = |f: &&usvg::fontdb::FaceInfo| f.style == style && f.weight == weight;
    for family in ["Noto Sans", "DejaVu Sans", "Noto Sans Devanagari"] {
        if let Some(f) = db
            .faces()
            .filter(usable)
            .filter(same)
            .find(|f| f.families.iter().any(|(n, _)| n == family))
        {
            return Some(f.id);
        }
    }
    let near = |f: &&usvg::fontdb::FaceInfo| f.style == style;
    db.faces()
        .filter(usable)
        .find(same)
        .or_else(|| db.faces().filter(usable).find(near))
        .or_else(|| db.faces().find(usable))
        .map(|f| f.id)
}

/// The figure `svg` as PNG; `None` when resvg cannot read it (it is our own SVG, so that
/// would be a bug, and the document then shows the caption without the picture).
pub fn figure(svg: &str) -> Option<Png> {
    let options = usvg::Options {
        fontdb: fonts(),
        font_resolver: usvg::FontResolver {
            select_fallback: Box::new(fallback),
            ..Default::default()
        },
        ..Default::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).ok()?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * FIGURE_SCALE).ceil() as u32,
        (size.height() * FIGURE_SCALE).ceil() as u32,
    );
    let mut pixmap = Pixmap::new(w.max(1), h.max(1))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        Transform::from_scale(FIGURE_SCALE, FIGURE_SCALE),
        &mut pixmap.as_mut(),
    );
    Some(Png {
        bytes: pixmap.encode_png().ok()?,
        width: w,
        height: h,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_rasterises_at_twice_its_size() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20"><text x="2" y="15" font-size="12" font-family="'Noto Sans Devanagari'">कच्चा माल</text></svg>"#;
        let png = figure(svg).unwrap();
        assert_eq!((png.width, png.height), (200, 40));
    }
}
