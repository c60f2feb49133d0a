//! Id mentions in study text, made readable for a document. A CDA cites evidence by id
//! ("returns about 4% of sales (iv-1, iv-7)") because the editor shows ids; a reader of the
//! DSR has never seen them. Before the report context is built, every mention of an id
//! that names an item of the study becomes what the document shows of that item: its row
//! in a numbered table ("interview 1", "value-chain stage 2", "bottleneck 3") or its name.
//!
//! Only free text changes; ids and references stay as they are, so the rest of the
//! context resolves them as usual.

use std::collections::HashMap;

use serde_json::Value;

use super::DocKind;
use crate::model::{ItemKind, Study};

/// How a mention of one item reads, by what stands before it in the text.
#[derive(Debug, Clone, PartialEq)]
struct Mention {
    /// The word that names the item's kind ("interview"): a mention right after it (or
    /// its plural) drops the word, so "interviews iv-2, iv-4" reads "interviews 2, 4" and
    /// never "interviews interview 2".
    noun: &'static str,
    /// On its own: "interview 2".
    full: String,
    /// Right after the noun: "2".
    after_noun: String,
    /// Further on in a list that began after the noun ("iv-2, iv-4"): "4".
    listed: String,
}

/// The study with id mentions in its text replaced by readable references, for `doc`.
/// Every document numbers the value-chain stages and the bottlenecks in a table, so a
/// mention of one names its row; only the DSR has the table of interviews, so a DPR names
/// the enterprise interviewed instead.
pub fn readable(study: &Study, doc: DocKind) -> Study {
    let names = mention_names(study, doc);
    if names.is_empty() {
        return study.clone();
    }
    let Ok(mut tree) = serde_json::to_value(study) else {
        return study.clone();
    };
    rewrite(&mut tree, None, &names);
    serde_json::from_value(tree).unwrap_or_else(|_| study.clone())
}

/// What each id reads as in a document.
fn mention_names(study: &Study, doc: DocKind) -> HashMap<String, Mention> {
    let interviews_numbered = doc == DocKind::Dsr;
    let mut names = HashMap::new();
    for item in study.items() {
        if item.id.is_empty() {
            continue;
        }
        let position = item.index + 1;
        let label = item.label.trim();
        let name_or = |fallback: String| {
            if label.is_empty() {
                fallback
            } else {
                label.to_string()
            }
        };
        let row = |noun: &'static str, full_noun: &str| Mention {
            noun,
            full: format!("{full_noun} {position}"),
            after_noun: position.to_string(),
            listed: position.to_string(),
        };
        let named = |noun: &'static str| {
            let name = name_or(format!("{noun} {position}"));
            Mention {
                noun,
                full: name.clone(),
                after_noun: name.clone(),
                listed: name,
            }
        };
        let mention = match item.kind {
            // The DSR's tables number these rows; the number finds the row.
            ItemKind::Interview if interviews_numbered => row("interview", "interview"),
            ItemKind::Interview => {
                let unit = name_or(format!("enterprise {position}"));
                Mention {
                    noun: "interview",
                    full: format!("interview with {unit}"),
                    after_noun: format!("with {unit}"),
                    listed: unit,
                }
            }
            ItemKind::Stage => row("stage", "value-chain stage"),
            ItemKind::Bottleneck => row("bottleneck", "bottleneck"),
            ItemKind::Visit => match study.field_work.visits.get(item.index).and_then(|v| v.date) {
                Some(date) => {
                    let of = format!("of {}", date.format("%-d %B %Y"));
                    Mention {
                        noun: "visit",
                        full: format!("visit {of}"),
                        after_noun: of.clone(),
                        listed: of,
                    }
                }
                None => named("visit"),
            },
            ItemKind::Stakeholder => named("stakeholder"),
            ItemKind::Theme => named("theme"),
            ItemKind::Action => named("action"),
            ItemKind::Indicator => named("indicator"),
            ItemKind::Member => named("member"),
            ItemKind::Strength => row("strength", "strength"),
            ItemKind::Weakness => row("weakness", "weakness"),
            ItemKind::Opportunity => row("opportunity", "opportunity"),
            ItemKind::Threat => row("threat", "threat"),
            ItemKind::ReviewNote => row("note", "review note"),
        };
        names.insert(item.id.to_string(), mention);
    }
    names
}

/// Keys whose values are ids, references or words of the file, never prose.
const NOT_PROSE: &[&str] = &[
    "format",
    "id",
    "scheme",
    "language",
    "component",
    "on",
    "stage",
    "theme",
    "addresses",
    "met",
    "after",
    "visit",
    "path",
    "from",
    "to",
    // The progress section's entries name their action or indicator by id.
    "action",
    "indicator",
    "last_ids",
];

fn rewrite(value: &mut Value, key: Option<&str>, names: &HashMap<String, Mention>) {
    if key.is_some_and(|k| NOT_PROSE.contains(&k)) {
        return;
    }
    match value {
        Value::String(s) => {
            if let Some(new) = replace_mentions(s, names) {
                *s = new;
            }
        }
        Value::Array(items) => {
            // An interview's `bottlenecks` or an action's `indicators` is a list of ids;
            // the study's own `bottlenecks` and `indicators` are lists of items.
            if items.iter().all(Value::is_string)
                && matches!(key, Some("bottlenecks" | "indicators"))
            {
                return;
            }
            for item in items {
                rewrite(item, None, names);
            }
        }
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                rewrite(v, Some(k), names);
            }
        }
        _ => {}
    }
}

/// Replaces whole-word id mentions (`iv-7`, not `iv-77` or `kiv-7`) that name an item.
/// A mention right after its kind's noun ("interviews iv-2") drops the noun, and so do
/// the mentions listed after it ("iv-2, iv-4 and iv-6"). `None` when the text mentions
/// none.
fn replace_mentions(text: &str, names: &HashMap<String, Mention>) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut changed = false;
    // The noun of the list of mentions being written, while one is.
    let mut listing: Option<&'static str> = None;
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !is_word_byte(bytes[i - 1]);
        if starts_word && bytes[i].is_ascii_lowercase() {
            let prefix_end = i + bytes[i..]
                .iter()
                .take_while(|b| b.is_ascii_lowercase())
                .count();
            if bytes.get(prefix_end) == Some(&b'-') {
                let digits = bytes[prefix_end + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                let end = prefix_end + 1 + digits;
                let ends_word = end == bytes.len() || !is_word_byte(bytes[end]);
                if digits > 0 && ends_word {
                    if let Some(m) = names.get(&text[i..end]) {
                        let between = &text[last..i];
                        // "Dealer, Indore (st-15)" where st-15 is that dealer: the name is
                        // already there, so the parenthesis goes.
                        if let Some(before) = between.strip_suffix('(') {
                            let said = format!("{out}{before}").trim_end().to_string();
                            if bytes.get(end) == Some(&b')')
                                && said.to_lowercase().ends_with(&m.full.to_lowercase())
                            {
                                out = said;
                                last = end + 1;
                                changed = true;
                                listing = None;
                                i = end + 1;
                                continue;
                            }
                        }
                        let continues = listing == Some(m.noun) && is_list_separator(between);
                        out.push_str(between);
                        if continues {
                            out.push_str(&m.listed);
                        } else if ends_with_noun(&out, m.noun) {
                            out.push_str(&m.after_noun);
                            listing = Some(m.noun);
                        } else {
                            out.push_str(&m.full);
                            listing = None;
                        }
                        last = end;
                        changed = true;
                        i = end;
                        continue;
                    }
                }
            }
            i = prefix_end.max(i + 1);
            continue;
        }
        i += 1;
    }
    changed.then(|| {
        out.push_str(&text[last..]);
        out
    })
}

/// Whether the text between two mentions only separates items of a list.
fn is_list_separator(between: &str) -> bool {
    matches!(
        between.trim(),
        "," | ";" | "and" | ", and" | "or" | "&" | "/"
    )
}

/// Whether `text` ends with `noun` or its plural as a word, then a space ("Interviews ").
fn ends_with_noun(text: &str, noun: &str) -> bool {
    let Some(head) = text.strip_suffix(' ') else {
        return false;
    };
    let lower = head.to_lowercase();
    let word = lower
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()
        .unwrap_or_default();
    word == noun || word.strip_suffix('s') == Some(noun) || word.strip_suffix("es") == Some(noun)
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bottleneck, Id, Interview, Visit};

    fn study() -> Study {
        let mut s = Study::default();
        s.field_work.visits.push(Visit {
            id: Id::new("v", 2),
            date: chrono::NaiveDate::from_ymd_opt(2026, 6, 26),
            place: "Maksi Road".into(),
            ..Default::default()
        });
        for n in [1, 7] {
            s.field_work.interviews.push(Interview {
                id: Id::new("iv", n),
                unit: format!("Unit {n}"),
                bottlenecks: vec![Id::new("b", 1)],
                ..Default::default()
            });
        }
        s.bottlenecks.push(Bottleneck {
            id: Id::new("b", 1),
            title: "Poor granules".into(),
            evidence: "Confirmed in v-2; returns about 4% (iv-1, iv-7). Not iv-77, kiv-7 or iv-7a; b-9 is no item.".into(),
            ..Default::default()
        });
        s
    }

    #[test]
    fn mentions_read_as_the_document_shows_them() {
        let r = readable(&study(), DocKind::Dsr);
        assert_eq!(
            r.bottlenecks[0].evidence,
            "Confirmed in visit of 26 June 2026; returns about 4% (interview 1, interview 2). \
             Not iv-77, kiv-7 or iv-7a; b-9 is no item."
        );
    }

    #[test]
    fn a_mention_after_its_noun_drops_the_noun() {
        let mut s = study();
        s.bottlenecks[0].evidence =
            "Interviews iv-1, iv-7 and iv-1 agree; Visit v-2 found it; see interview iv-7.".into();
        let dsr = readable(&s, DocKind::Dsr);
        assert_eq!(
            dsr.bottlenecks[0].evidence,
            "Interviews 1, 2 and 1 agree; Visit of 26 June 2026 found it; see interview 2."
        );
        let dpr = readable(&s, DocKind::Dpr);
        assert_eq!(
            dpr.bottlenecks[0].evidence,
            "Interviews with Unit 1, Unit 7 and Unit 1 agree; Visit of 26 June 2026 found it; \
             see interview with Unit 7."
        );
    }

    #[test]
    fn a_name_is_not_repeated_in_parentheses() {
        let mut s = study();
        s.stakeholders.push(crate::model::Stakeholder {
            id: Id::new("st", 15),
            name: "Machine dealer, Indore".into(),
            ..Default::default()
        });
        s.bottlenecks[0].evidence =
            "In v-2, quoted by the machine dealer, Indore (st-15); see st-15.".into();
        let r = readable(&s, DocKind::Dpr);
        assert_eq!(
            r.bottlenecks[0].evidence,
            "In visit of 26 June 2026, quoted by the machine dealer, Indore; see Machine dealer, Indore."
        );
    }

    #[test]
    fn a_dpr_names_what_it_has_no_table_of() {
        let mut s = study();
        s.bottlenecks[0].evidence = "As iv-7 said (b-1).".into();
        let r = readable(&s, DocKind::Dpr);
        assert_eq!(
            r.bottlenecks[0].evidence,
            "As interview with Unit 7 said (bottleneck 1)."
        );
    }

    #[test]
    fn ids_and_references_are_left_alone() {
        let r = readable(&study(), DocKind::Dsr);
        assert_eq!(r.bottlenecks[0].id, Id::new("b", 1));
        assert_eq!(
            r.field_work.interviews[1].bottlenecks,
            vec![Id::new("b", 1)]
        );
        assert_eq!(r.field_work.interviews[1].id, Id::new("iv", 7));
    }
}
