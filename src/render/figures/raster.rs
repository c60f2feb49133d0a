//! Pictures as PNG for Word and for the Markdown's image files: a figure's SVG rasterised
//! by resvg with the system's fonts, a photograph decoded (JPEG or PNG) and scaled down.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{self, FilterQuality, Pixmap, PixmapPaint, Transform};
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

/// A photograph's longer side is at most this many pixels in a document (about 190 dots
/// per inch across a 16 cm column): enough for print, far smaller than a camera's.
pub const PHOTO_MAX_SIDE: u32 = 1200;

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
    if h > BAND_ROWS {
        return in_bands(&tree, w, h);
    }
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

/// A figure taller than this many rows is drawn and encoded band by band. The schedule of
/// a plan of 5,000 actions is 1,360 × 180,000 pixels: 980 MB drawn whole, and as much
/// again for the copy `encode_png` makes to undo premultiplied alpha; a band is 11 MB.
const BAND_ROWS: u32 = 2048;

/// The figure drawn `BAND_ROWS` rows at a time onto white, each band's rows handed to the
/// PNG encoder as they are drawn. On an opaque background every pixel is opaque, so its
/// premultiplied colour is its colour and the rows go to the encoder as they are: the
/// same pixels as one picture drawn whole.
fn in_bands(tree: &usvg::Tree, w: u32, h: u32) -> Option<Png> {
    use std::io::Write;
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, w, h);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().ok()?;
        let mut rows = writer.stream_writer().ok()?;
        let mut band = Pixmap::new(w, BAND_ROWS)?;
        let mut top = 0;
        while top < h {
            let height = BAND_ROWS.min(h - top);
            band.fill(tiny_skia::Color::WHITE);
            resvg::render(
                tree,
                Transform::from_scale(FIGURE_SCALE, FIGURE_SCALE)
                    .post_translate(0.0, -(top as f32)),
                &mut band.as_mut(),
            );
            let len = w as usize * height as usize * 4;
            rows.write_all(&band.data()[..len]).ok()?;
            top += height;
        }
        rows.finish().ok()?;
    }
    Some(Png {
        bytes,
        width: w,
        height: h,
    })
}

/// Why a photograph cannot go into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoError {
    /// Neither JPEG nor PNG (by its first bytes).
    Unsupported,
    /// It says it is a JPEG or PNG and does not decode.
    Unreadable(String),
}

/// What kind of image `bytes` are, by their first bytes.
pub fn kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("jpeg")
    } else {
        None
    }
}

/// The photograph `bytes` (JPEG or PNG) decoded, scaled down so that its longer side is
/// at most [`PHOTO_MAX_SIDE`], as PNG.
pub fn photo(bytes: &[u8]) -> Result<Png, PhotoError> {
    let pixmap = decode(bytes)?;
    let (w, h) = (pixmap.width(), pixmap.height());
    let longer = w.max(h);
    let scale = if longer > PHOTO_MAX_SIDE {
        PHOTO_MAX_SIDE as f32 / longer as f32
    } else {
        1.0
    };
    let (nw, nh) = (
        ((w as f32 * scale).round() as u32).max(1),
        ((h as f32 * scale).round() as u32).max(1),
    );
    let scaled = if scale < 1.0 {
        let mut out =
            Pixmap::new(nw, nh).ok_or_else(|| PhotoError::Unreadable("too large".into()))?;
        let paint = PixmapPaint {
            quality: FilterQuality::Bicubic,
            ..Default::default()
        };
        out.draw_pixmap(
            0,
            0,
            pixmap.as_ref(),
            &paint,
            Transform::from_scale(scale, scale),
            None,
        );
        out
    } else {
        pixmap
    };
    let bytes = scaled
        .encode_png()
        .map_err(|e| PhotoError::Unreadable(e.to_string()))?;
    Ok(Png {
        bytes,
        width: nw,
        height: nh,
    })
}

/// The photograph's pixels.
fn decode(bytes: &[u8]) -> Result<Pixmap, PhotoError> {
    match kind(bytes) {
        Some("png") => Pixmap::decode_png(bytes).map_err(|e| PhotoError::Unreadable(e.to_string())),
        Some(_) => {
            use zune_jpeg::zune_core::{
                bytestream::ZCursor, colorspace::ColorSpace, options::DecoderOptions,
            };
            let options = DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::RGBA);
            let mut decoder =
                zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options);
            let pixels = decoder
                .decode()
                .map_err(|e| PhotoError::Unreadable(format!("{e:?}")))?;
            let (w, h) = decoder
                .dimensions()
                .ok_or_else(|| PhotoError::Unreadable("no size".into()))?;
            let size = tiny_skia::IntSize::from_wh(w as u32, h as u32)
                .ok_or_else(|| PhotoError::Unreadable("no size".into()))?;
            // JPEG has no transparency: its RGBA is already premultiplied as tiny-skia keeps it.
            Pixmap::from_vec(pixels, size).ok_or_else(|| PhotoError::Unreadable("bad size".into()))
        }
        None => Err(PhotoError::Unsupported),
    }
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
