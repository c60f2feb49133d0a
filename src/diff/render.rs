//! The change list in words: plain text for terminals and git, Markdown for pull-request
//! comments and review notes. Both read the same `StudyDiff`; JSON is its serde form.

use super::value::human_path;
use super::{Change, ItemTag, MoneyEffect, MoneyRow, SectionDiff, Shown, StudyDiff, WordOp};
use crate::model::Rupees;

/// Words of unchanged text kept on each side of a change in an inline word diff.
const CONTEXT_WORDS: usize = 6;

/// Markup of one rendering.
struct Style {
    markdown: bool,
}

impl Style {
    fn item(&self, tag: &ItemTag) -> String {
        let label = if tag.label.trim().is_empty() {
            String::new()
        } else if self.markdown {
            format!(" *{}*", escape_md(tag.label.trim()))
        } else {
            format!(" '{}'", tag.label.trim())
        };
        format!("{} {}{label}", tag.noun, tag.id)
    }

    fn text(&self, s: &str) -> String {
        if self.markdown {
            escape_md(s)
        } else {
            s.to_string()
        }
    }

    fn deleted(&self, s: &str) -> String {
        if self.markdown {
            around_words(&escape_md(s), "~~", "~~")
        } else {
            around_words(s, "[-", "-]")
        }
    }

    fn inserted(&self, s: &str) -> String {
        if self.markdown {
            around_words(&escape_md(s), "**", "**")
        } else {
            around_words(s, "{+", "+}")
        }
    }
}

/// The diff as text a person reads in a terminal or in `git diff`.
pub fn to_text(diff: &StudyDiff) -> String {
    render(diff, &Style { markdown: false })
}

/// The diff as Markdown (a pull-request comment, a review note).
pub fn to_markdown(diff: &StudyDiff) -> String {
    render(diff, &Style { markdown: true })
}

fn render(diff: &StudyDiff, style: &Style) -> String {
    let mut out = String::new();
    if diff.is_empty() {
        out.push_str("No changes to the study.\n");
        return out;
    }
    for (n, section) in diff.sections.iter().enumerate() {
        if style.markdown {
            if n > 0 {
                out.push('\n');
            }
            out.push_str(&format!("### {}\n\n", section.title));
        } else {
            out.push_str(&format!("{}\n", section.title));
        }
        render_section(section, style, &mut out);
    }
    if let Some(money) = &diff.money {
        render_money(money, style, &mut out);
    }
    out
}

/// `Soft interventions: cost Rs. 12.40 lakh → Rs. 13.10 lakh (+0.70 lakh); GoI grant ...`
fn render_money(money: &MoneyEffect, style: &Style, out: &mut String) {
    let title = format!("Money effect under {}", money.scheme);
    let bullet = if style.markdown {
        out.push_str(&format!("\n### {}\n\n", style.text(&title)));
        "- "
    } else {
        out.push_str(&format!("{title}\n"));
        "  "
    };
    for note in &money.notes {
        out.push_str(&format!("{bullet}{}\n", style.text(note)));
    }
    let row = |r: &MoneyRow| {
        let name = if style.markdown {
            format!("**{}**", style.text(&r.name))
        } else {
            r.name.clone()
        };
        format!(
            "{bullet}{name}: cost {}; GoI grant {}\n",
            before_after(r.cost_before_rs, r.cost_after_rs),
            before_after(r.goi_before_rs, r.goi_after_rs)
        )
    };
    for r in &money.components {
        out.push_str(&row(r));
    }
    out.push_str(&row(&money.total));
}

fn before_after(before: Rupees, after: Rupees) -> String {
    let lakh = |r: Rupees| format!("Rs. {} lakh", r.lakh_figure());
    if before == after {
        return format!("{} (unchanged)", lakh(after));
    }
    let delta = after - before;
    let sign = if delta.get() > 0 { "+" } else { "" };
    format!(
        "{} → {} ({sign}{} lakh)",
        lakh(before),
        lakh(after),
        delta.lakh_figure()
    )
}

fn render_section(section: &SectionDiff, style: &Style, out: &mut String) {
    let (bullet, indent) = if style.markdown {
        ("- ", "  - ")
    } else {
        ("  ", "      ")
    };
    let changes = &section.changes;
    let mut i = 0;
    while i < changes.len() {
        let change = &changes[i];
        match change {
            Change::Added { item, fields } => {
                out.push_str(&format!(
                    "{bullet}{} {}\n",
                    mark(style, "+", "added"),
                    style.item(item)
                ));
                // The label is in the heading already.
                for f in fields.iter().filter(|f| f.text != item.label.trim()) {
                    if f.text.contains('\n') {
                        // Multi-line text as a block under its field, as in the file.
                        out.push_str(&format!("{indent}{}:\n", f.field));
                        let block = if style.markdown { "    " } else { "  " };
                        for line in f.text.lines() {
                            out.push_str(&format!("{indent}{block}{}\n", style.text(line)));
                        }
                    } else {
                        out.push_str(&format!("{indent}{}: {}\n", f.field, style.text(&f.text)));
                    }
                }
            }
            Change::Removed { item } => {
                out.push_str(&format!(
                    "{bullet}{} {}\n",
                    mark(style, "-", "removed"),
                    style.item(item)
                ));
            }
            Change::Renumbered { item, from } => {
                let verb = if style.markdown { "" } else { " renumbered" };
                out.push_str(&format!(
                    "{bullet}{} {}{verb} from {from}; its references follow\n",
                    mark(style, "#", "renumbered"),
                    style.item(item)
                ));
            }
            Change::Moved {
                item,
                field,
                from,
                to,
            } => {
                let name = |t: &Option<ItemTag>| t.as_ref().map(|t| style.item(t));
                let words = match (name(from), name(to)) {
                    (Some(f), Some(t)) => format!("from {f} to {t}"),
                    (None, Some(t)) => format!("under {t}"),
                    (Some(f), None) => format!("out of {f} (no {field} now)"),
                    (None, None) => format!("to another {field}"),
                };
                let verb = if style.markdown { "" } else { " moved" };
                out.push_str(&format!(
                    "{bullet}{} {}{verb} {words}\n",
                    mark(style, ">", "moved"),
                    style.item(item)
                ));
            }
            Change::Reordered { item, after } => {
                let place = match after {
                    Some(id) => format!("now after {id}"),
                    None => "now first".to_string(),
                };
                let verb = if style.markdown {
                    ""
                } else {
                    " moved in the list"
                };
                out.push_str(&format!(
                    "{bullet}{} {}{verb} ({place}); content unchanged\n",
                    mark(style, "^", "reordered"),
                    style.item(item)
                ));
            }
            Change::Changed { item, .. } | Change::ListChanged { item, .. } => {
                // Field changes of one item are grouped under it.
                let mut end = i + 1;
                if item.is_some() {
                    while end < changes.len()
                        && matches!(
                            &changes[end],
                            Change::Changed { .. } | Change::ListChanged { .. }
                        )
                        && changes[end].item() == item.as_ref()
                    {
                        end += 1;
                    }
                }
                let lines: Vec<String> = changes[i..end]
                    .iter()
                    .map(|c| field_line(c, section, style))
                    .collect();
                let sign = mark(style, "~", "changed");
                match item {
                    Some(tag) if lines.len() == 1 => {
                        out.push_str(&format!(
                            "{bullet}{sign} {}: {}\n",
                            style.item(tag),
                            lines[0]
                        ));
                    }
                    Some(tag) => {
                        out.push_str(&format!("{bullet}{sign} {}\n", style.item(tag)));
                        for line in &lines {
                            out.push_str(&format!("{indent}{line}\n"));
                        }
                    }
                    None => {
                        for line in &lines {
                            out.push_str(&format!("{bullet}{sign} {line}\n"));
                        }
                    }
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
}

fn mark(style: &Style, sign: &str, word: &str) -> String {
    if style.markdown {
        format!("**{word}**")
    } else {
        sign.to_string()
    }
}

/// One field change: `severity: high → medium`, or the inline word diff of long text.
fn field_line(change: &Change, section: &SectionDiff, style: &Style) -> String {
    match change {
        Change::Changed {
            item,
            field,
            old,
            new,
            words,
        } => {
            let name = field_name(field, item.is_some(), section);
            match words {
                Some(ops) => format!("{name}: {}", inline(ops, style)),
                None => format!("{name}: {} → {}", shown(old, style), shown(new, style)),
            }
        }
        Change::ListChanged {
            item,
            field,
            added,
            removed,
        } => {
            let name = field_name(field, item.is_some(), section);
            let mut parts = Vec::new();
            if !added.is_empty() {
                let list: Vec<String> = added.iter().map(|a| style.text(a)).collect();
                parts.push(format!("added {}", list.join("; ")));
            }
            if !removed.is_empty() {
                let list: Vec<String> = removed.iter().map(|a| style.text(a)).collect();
                parts.push(format!("removed {}", list.join("; ")));
            }
            format!("{name}: {}", parts.join("; "))
        }
        _ => String::new(),
    }
}

fn shown(s: &Shown, style: &Style) -> String {
    style.text(&s.text.replace('\n', " ¶ "))
}

/// A field's name for people; outside items the section's own key is left out
/// (`cluster.enterprises.micro` under "Cluster profile" reads `enterprises › micro`).
fn field_name(field: &str, in_item: bool, section: &SectionDiff) -> String {
    let word = section.section.word();
    let path = if in_item {
        field
    } else {
        field
            .strip_prefix(word)
            .and_then(|rest| rest.strip_prefix('.'))
            .unwrap_or(field)
    };
    human_path(path)
}

/// The word diff on one line: changed runs marked, long unchanged runs cut to a few words
/// on each side, paragraph breaks shown as ¶.
fn inline(ops: &[WordOp], style: &Style) -> String {
    let mut out = String::new();
    let last = ops.len().saturating_sub(1);
    for (n, op) in ops.iter().enumerate() {
        match op {
            WordOp::Equal(text) => out.push_str(&style.text(&context(text, n == 0, n == last))),
            WordOp::Delete(text) => out.push_str(&style.deleted(&flat(text))),
            WordOp::Insert(text) => out.push_str(&style.inserted(&flat(text))),
        }
    }
    out.trim().to_string()
}

fn flat(text: &str) -> String {
    text.replace('\n', " ¶ ")
}

/// An unchanged run, cut to the words next to the changes.
fn context(text: &str, first: bool, last: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let keep_before = if first { 0 } else { CONTEXT_WORDS };
    let keep_after = if last { 0 } else { CONTEXT_WORDS };
    if words.len() <= keep_before + keep_after + 1 {
        return flat(text);
    }
    let lead = if text.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let trail = if text.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let mut parts = Vec::new();
    if keep_before > 0 {
        parts.push(words[..keep_before].join(" "));
    }
    parts.push("…".to_string());
    if keep_after > 0 {
        parts.push(words[words.len() - keep_after..].join(" "));
    }
    format!("{lead}{}{trail}", parts.join(" "))
}

/// Marks a run, leaving its edge whitespace outside the marks (Markdown needs that).
fn around_words(s: &str, open: &str, close: &str) -> String {
    let core = s.trim();
    if core.is_empty() {
        return s.to_string();
    }
    let lead = &s[..s.len() - s.trim_start().len()];
    let trail = &s[s.trim_end().len()..];
    format!("{lead}{open}{core}{close}{trail}")
}

fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '#' | '|' | '`'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
