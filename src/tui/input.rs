//! The text editor every typed field uses, one line or many: the cursor moves by grapheme
//! cluster and is placed by display width, never by bytes or chars, so Devanagari (a
//! consonant with its vowel sign is one cluster), CJK (two cells wide) and emoji edit and
//! display with the cursor where the eye expects it.
//!
//! One editor for both kinds of field keeps one behaviour to learn and test. Backspace
//! removes the last code point of the cluster before the cursor (the way Indic input is
//! corrected: कि then Backspace leaves क), Delete removes a whole cluster.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEditor {
    lines: Vec<String>,
    /// Cursor line.
    row: usize,
    /// Cursor byte offset in its line, always on a grapheme boundary.
    col: usize,
    multiline: bool,
}

/// One row on screen of a (possibly wrapped) line: `lines[line][start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisualRow {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

impl TextEditor {
    pub fn new(text: &str, multiline: bool) -> TextEditor {
        let lines: Vec<String> = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace('\n', " ")]
        };
        let row = lines.len() - 1;
        let col = lines[row].len();
        TextEditor {
            lines,
            row,
            col,
            multiline,
        }
    }

    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    pub fn insert_char(&mut self, c: char) {
        if c == '\n' {
            self.newline();
            return;
        }
        if c.is_control() {
            return;
        }
        self.lines[self.row].insert(self.col, c);
        self.col += c.len_utf8();
        self.snap_to_boundary();
    }

    /// Pasted text: line breaks become new lines in a text area and spaces in a one-line field.
    pub fn insert_str(&mut self, s: &str) {
        for c in s.replace("\r\n", "\n").chars() {
            match c {
                '\n' if !self.multiline => self.insert_char(' '),
                '\t' => self.insert_char(' '),
                c => self.insert_char(c),
            }
        }
    }

    pub fn newline(&mut self) {
        if !self.multiline {
            return;
        }
        let rest = self.lines[self.row].split_off(self.col);
        self.lines.insert(self.row + 1, rest);
        self.row += 1;
        self.col = 0;
    }

    pub fn backspace(&mut self) {
        if self.col == 0 {
            if self.row > 0 {
                let line = self.lines.remove(self.row);
                self.row -= 1;
                self.col = self.lines[self.row].len();
                self.lines[self.row].push_str(&line);
            }
            return;
        }
        let line = &mut self.lines[self.row];
        if let Some((i, _)) = line[..self.col].char_indices().next_back() {
            line.replace_range(i..self.col, "");
            self.col = i;
        }
        self.snap_to_boundary();
    }

    pub fn delete(&mut self) {
        let len = self.lines[self.row].len();
        if self.col == len {
            if self.row + 1 < self.lines.len() {
                let next = self.lines.remove(self.row + 1);
                self.lines[self.row].push_str(&next);
            }
            return;
        }
        let end = self.next_boundary();
        self.lines[self.row].replace_range(self.col..end, "");
    }

    /// Removes everything before the cursor on its line (Ctrl-U, as in shells).
    pub fn clear_to_start(&mut self) {
        self.lines[self.row].replace_range(..self.col, "");
        self.col = 0;
    }

    pub fn left(&mut self) {
        if self.col > 0 {
            self.col = self.lines[self.row][..self.col]
                .grapheme_indices(true)
                .next_back()
                .map_or(0, |(i, _)| i);
        } else if self.row > 0 {
            self.row -= 1;
            self.col = self.lines[self.row].len();
        }
    }

    pub fn right(&mut self) {
        if self.col < self.lines[self.row].len() {
            self.col = self.next_boundary();
        } else if self.row + 1 < self.lines.len() {
            self.row += 1;
            self.col = 0;
        }
    }

    pub fn home(&mut self) {
        self.col = 0;
    }

    pub fn end(&mut self) {
        self.col = self.lines[self.row].len();
    }

    /// Moves one visual row up or down in a text `width` cells wide, keeping the column.
    pub fn vertical(&mut self, down: bool, width: u16) {
        let rows = self.visual_rows(width);
        let (r, x) = self.cursor_in(&rows);
        let target = if down {
            if r + 1 >= rows.len() {
                return;
            }
            r + 1
        } else {
            if r == 0 {
                return;
            }
            r - 1
        };
        let vr = rows[target];
        let line = &self.lines[vr.line];
        let mut col = vr.start;
        let mut acc = 0;
        for (i, g) in line[vr.start..vr.end].grapheme_indices(true) {
            let w = g.width();
            if acc + w > x {
                break;
            }
            acc += w;
            col = vr.start + i + g.len();
        }
        // The end of a wrapped row is the start of the next one; stay on this row.
        let wraps_on = rows.get(target + 1).is_some_and(|n| n.line == vr.line);
        if col == vr.end && wraps_on && col > vr.start {
            col = line[vr.start..col]
                .grapheme_indices(true)
                .next_back()
                .map_or(vr.start, |(i, _)| vr.start + i);
        }
        self.row = vr.line;
        self.col = col;
    }

    /// The screen rows of the text wrapped at `width` cells: at a space where one fits,
    /// else at a grapheme boundary. A one-line field does not wrap (it scrolls sideways).
    pub fn visual_rows(&self, width: u16) -> Vec<VisualRow> {
        let width = usize::from(width.max(1));
        let mut out = Vec::new();
        for (n, line) in self.lines.iter().enumerate() {
            if !self.multiline {
                out.push(VisualRow {
                    line: n,
                    start: 0,
                    end: line.len(),
                });
                continue;
            }
            let mut start = 0;
            let mut used = 0;
            let mut last_space: Option<usize> = None;
            let mut pushed_any = false;
            for (i, g) in line.grapheme_indices(true) {
                let w = g.width();
                if used + w > width && i > start {
                    let cut = match last_space {
                        Some(s) if s > start => s,
                        _ => i,
                    };
                    out.push(VisualRow {
                        line: n,
                        start,
                        end: cut,
                    });
                    pushed_any = true;
                    start = cut;
                    used = line[start..i].width();
                    last_space = None;
                }
                used += w;
                if g == " " {
                    last_space = Some(i + 1);
                }
            }
            if start < line.len() || !pushed_any {
                out.push(VisualRow {
                    line: n,
                    start,
                    end: line.len(),
                });
            }
        }
        out
    }

    /// The cursor's visual row (in `rows`) and cell column.
    fn cursor_in(&self, rows: &[VisualRow]) -> (usize, usize) {
        let mut found = (0, 0);
        for (r, vr) in rows.iter().enumerate() {
            if vr.line == self.row && vr.start <= self.col && self.col <= vr.end {
                found = (r, self.lines[self.row][vr.start..self.col].width());
                // At a wrap point the cursor belongs to the start of the next row.
                if self.col < vr.end || rows.get(r + 1).is_none_or(|n| n.line != self.row) {
                    return found;
                }
            }
        }
        found
    }

    /// What to draw in a box of `width` × `height` cells: the visible text rows, and the
    /// cursor's cell within the box. Shows the top of the text, scrolled just enough to
    /// keep the cursor in view.
    pub fn view(&self, width: u16, height: u16) -> (Vec<String>, (u16, u16)) {
        let height = usize::from(height.max(1));
        if !self.multiline {
            // Scroll sideways so the cursor and a little of what precedes it show.
            let line = &self.lines[0];
            let before = line[..self.col].width();
            let w = usize::from(width.max(1));
            let mut skip_cells = before.saturating_sub(w.saturating_sub(1));
            let mut start = 0;
            for (i, g) in line.grapheme_indices(true) {
                if skip_cells == 0 {
                    start = i;
                    break;
                }
                skip_cells = skip_cells.saturating_sub(g.width());
                start = i + g.len();
            }
            let shown = &line[start..];
            let x = line[start..self.col].width();
            return (vec![shown.to_string()], (x as u16, 0));
        }
        let rows = self.visual_rows(width);
        let (r, x) = self.cursor_in(&rows);
        let scroll = (r + 1).saturating_sub(height);
        let shown = rows
            .iter()
            .skip(scroll)
            .take(height)
            .map(|vr| self.lines[vr.line][vr.start..vr.end].to_string())
            .collect();
        (shown, (x as u16, (r - scroll) as u16))
    }

    fn next_boundary(&self) -> usize {
        let line = &self.lines[self.row];
        line[self.col..]
            .graphemes(true)
            .next()
            .map_or(line.len(), |g| self.col + g.len())
    }

    /// After an insertion inside a cluster (a vowel sign typed after a consonant), keep the
    /// cursor after the whole cluster it now ends in.
    fn snap_to_boundary(&mut self) {
        let line = &self.lines[self.row];
        let mut boundary = 0;
        for (i, g) in line.grapheme_indices(true) {
            if i >= self.col {
                break;
            }
            boundary = i + g.len();
        }
        if boundary > self.col || !line.is_char_boundary(self.col) {
            self.col = boundary;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextEditor {
        let mut e = TextEditor::new("", true);
        for c in s.chars() {
            e.insert_char(c);
        }
        e
    }

    #[test]
    fn devanagari_moves_by_cluster_and_places_the_cursor_by_width() {
        // कि is क + ि: one cluster, and the cursor never stops inside it.
        let mut e = typed("कि");
        assert_eq!(e.text(), "कि");
        e.left();
        assert_eq!(e.col, 0);
        e.right();
        assert_eq!(e.col, "कि".len());
        // Backspace corrects the vowel sign, the way Indic input is fixed.
        e.backspace();
        assert_eq!(e.text(), "क");
        let mut e = typed("नमस्ते भारत");
        e.home();
        e.right();
        e.right();
        let (_, (x, _)) = e.view(40, 3);
        assert_eq!(usize::from(x), "नम".width());
        e.delete();
        assert_eq!(e.text(), "नम भारत");
    }

    #[test]
    fn wide_characters_take_two_cells() {
        let mut e = TextEditor::new("宽字符", false);
        let (_, (x, _)) = e.view(20, 1);
        assert_eq!(x, 6);
        e.left();
        let (_, (x, _)) = e.view(20, 1);
        assert_eq!(x, 4);
    }

    #[test]
    fn prose_wraps_at_spaces_and_the_cursor_follows() {
        let mut e = typed("the coal price rose forty percent");
        let rows = e.visual_rows(12);
        let shown: Vec<&str> = rows
            .iter()
            .map(|r| &e.lines[r.line][r.start..r.end])
            .collect();
        assert_eq!(shown, ["the coal ", "price rose ", "forty ", "percent"]);
        let (_, cursor) = e.view(12, 2);
        assert_eq!(cursor, (7, 1));
        e.vertical(false, 12);
        let (text, cursor) = e.view(12, 2);
        assert_eq!(text, ["price rose ", "forty "]);
        assert_eq!(cursor, (5, 1));
    }

    #[test]
    fn one_line_fields_scroll_sideways_and_refuse_newlines() {
        let mut e = TextEditor::new("", false);
        e.insert_str("line one\nline two");
        assert_eq!(e.text(), "line one line two");
        let (text, (x, _)) = e.view(10, 1);
        assert_eq!(x, 9);
        assert!(text[0].ends_with("two"));
    }

    #[test]
    fn lines_join_and_split() {
        let mut e = typed("ab");
        e.left();
        e.newline();
        assert_eq!(e.text(), "a\nb");
        e.backspace();
        assert_eq!(e.text(), "ab");
        e.end();
        e.clear_to_start();
        assert_eq!(e.text(), "");
    }
}
