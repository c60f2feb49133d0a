//! A scheme's rules in words, for `cdstudy schemes show` and the terminal UI: what a
//! consultant needs to know before entering figures, with every rule's basis.

use crate::phrase;
use crate::phrase::{and_list, chained, listed, word, Joined, Phrase, PhraseArg, Said};
use serde::Serialize;

use super::decision::{Decision, Finding};
use super::engine::{Category, ConditionResult};
use super::rules::{Basis, Bracket, Component, Condition, Counted, Fact, Payer, Scheme};
use crate::finance::{percent_of, share_floor};
use crate::model::{LegalForm, Percent, Rupees};

/// A titled group of sentences, each said as a phrase (or as the rules file's own text),
/// so that every language words it; its English is what JSON and English print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    pub title: Said,
    pub lines: Vec<Said>,
}

/// The rules of a scheme in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub heading: String,
    pub parts: Vec<Part>,
}

/// A sentence of `schemes show`: its English with amounts in lakh, as every rule words
/// them ([`lakh_words`]), and its phrase for another language.
fn said(p: Phrase) -> Said {
    Said {
        english: p.english_with(&lakh_words),
        phrase: Some(p),
    }
}

/// Text of the rules file as it is (a summary, a source, a description).
fn as_written(text: impl Into<String>) -> Said {
    Said::from(text.into())
}

/// " (secondary source)" after a rule that is not confirmed; nothing after one that is.
fn mark(basis: Basis) -> PhraseArg {
    match basis {
        Basis::Confirmed => PhraseArg::Text(String::new()),
        other => basis_mark(other.word()),
    }
}

/// " (the basis)", the basis a word of the rules.
fn basis_mark(basis: &str) -> PhraseArg {
    PhraseArg::from(phrase!(" ({rule_basis})", rule_basis = word(basis)))
}

/// A rate, or "not confirmed" where the rules have none.
fn rate(p: Option<Percent>) -> PhraseArg {
    match p {
        Some(p) => PhraseArg::Figure(p.to_string()),
        None => word("not confirmed"),
    }
}

/// ": the note" after a line with a note (the rules file's text).
fn colon_note(note: &str) -> PhraseArg {
    if note.trim().is_empty() {
        PhraseArg::Text(String::new())
    } else {
        PhraseArg::Text(format!(": {}", note.trim()))
    }
}

pub fn explain(s: &Scheme) -> Explanation {
    let mut parts = Vec::new();
    let mut about = vec![
        said(phrase!(
            "Revision {revision}: {guideline}.",
            revision = &s.revision,
            guideline = &s.guideline
        )),
        said(phrase!(
            "Dated {date}.",
            date = s.dated.format("%d-%m-%Y").to_string()
        )),
    ];
    if !s.ministry.is_empty() {
        about.push(said(phrase!(
            "Ministry: {ministry}.",
            ministry = &s.ministry
        )));
    }
    if !s.summary.is_empty() {
        about.push(as_written(s.summary.trim()));
    }
    parts.push(Part {
        title: said(phrase!("The scheme")),
        lines: about,
    });

    let mut category = Vec::new();
    let rules = s.category_rules();
    let counted_any = rules.iter().any(|r| {
        r.when_any
            .iter()
            .chain(&r.when_all)
            .any(|c| c.basis.applies())
    });
    if !counted_any {
        category.push(said(phrase!(
            "No special category: every cluster is general."
        )));
    }
    let marked = |c: &Condition| {
        PhraseArg::from(phrase!(
            "{condition}{mark}",
            condition = condition_arg_of(c),
            mark = mark(c.basis)
        ))
    };
    for r in &rules {
        let counted: Vec<PhraseArg> = r
            .when_any
            .iter()
            .filter(|c| c.basis.applies())
            .map(marked)
            .collect();
        let also: Vec<PhraseArg> = r
            .when_all
            .iter()
            .filter(|c| c.basis.applies())
            .map(marked)
            .collect();
        let counted = match (counted.is_empty(), also.is_empty()) {
            (_, true) => counted,
            (true, false) => vec![chained(also, Joined::SemicolonAnd)],
            (false, false) => vec![PhraseArg::from(phrase!(
                "{counted}; and also {also}",
                counted = chained(counted, Joined::SemicolonOr),
                also = chained(also, Joined::SemicolonAnd)
            ))],
        };
        if counted.is_empty() {
            continue;
        }
        let conditions = chained(counted, Joined::SemicolonOr);
        if r.id == "special" {
            category.push(said(phrase!(
                "Special category ({name}): a cluster in {conditions}.",
                name = word(&r.name),
                conditions
            )));
        } else {
            category.push(said(phrase!(
                "Category {id} ({name}): a cluster in {conditions}.",
                id = &r.id,
                name = word(&r.name),
                conditions
            )));
        }
    }
    if counted_any {
        if rules.len() > 1 {
            category.push(said(phrase!(
                "The first of these a cluster meets, in this order, is its category."
            )));
        }
        category.push(said(phrase!(
            "Every other cluster is in the general category."
        )));
    }
    for c in rules
        .iter()
        .flat_map(|r| r.when_any.iter().chain(&r.when_all))
        .filter(|c| !c.basis.applies())
    {
        category.push(said(phrase!(
            "Not confirmed, so not counted (cdstudy flags it when a cluster has it): {condition}{note}.",
            condition = condition_arg_of(c),
            note = colon_note(&c.note)
        )));
    }
    parts.push(Part {
        title: said(phrase!("Category")),
        lines: category,
    });
    let who = eligibility_lines(s);
    if !who.is_empty() {
        parts.push(Part {
            title: said(phrase!("Who it is for")),
            lines: who,
        });
    }

    for c in &s.components {
        parts.push(Part {
            title: said(phrase!(
                "Component `{id}`: {name}",
                id = &c.id,
                name = &c.name
            )),
            lines: component_lines(s, c),
        });
    }
    if s.open_components {
        parts.push(Part {
            title: said(phrase!("Components")),
            lines: vec![said(phrase!(
                "No funding rules: actions may name any component; each is reported with its cost and paid for as the study says (funded_by)."
            ))],
        });
    }

    if let Some(cap) = &s.project_cap {
        parts.push(Part {
            title: said(phrase!("Cap on the project's grant")),
            lines: vec![said(phrase!(
                "GoI at most {cap} for the whole project{mark}; beyond it the cut falls on {from}, in that order.",
                cap = cap.goi_cap_rs,
                mark = mark(cap.basis),
                from = listed(cap.reduce_from.iter().map(word).collect(), Joined::Then)
            ))],
        });
    }

    if let Some(caps) = &s.cluster_caps {
        let mut lines: Vec<Said> = caps
            .tiers
            .iter()
            .map(|t| {
                said(phrase!(
                    "{tier}: GoI at most {cap} for the whole cluster{mark}.",
                    tier = word(&t.name),
                    cap = t.goi_cap_rs,
                    mark = mark(caps.basis)
                ))
            })
            .collect();
        lines.push(said(phrase!(
            "When the grants exceed the cap, the cut falls on {from}, in that order. The cap needs the number of artisans (cluster.artisans).",
            from = listed(caps.reduce_from.iter().map(word).collect(), Joined::Then)
        )));
        parts.push(Part {
            title: said(phrase!("Cap on the cluster's grant")),
            lines,
        });
    }

    if let Some(spv) = &s.spv {
        parts.push(Part {
            title: said(phrase!("SPV")),
            lines: vec![
                said(phrase!(
                    "At least {min} member units; {special} in the guidelines' special cases (record why in spv.special_case){mark}.",
                    min = spv.min_members,
                    special = spv.min_members_special_case,
                    mark = mark(spv.members_basis)
                )),
                said(phrase!(
                    "Brings at least {pct} of the CFC's cost (its own funds and the term loan it raises){mark}.",
                    pct = PhraseArg::Figure(spv.min_contribution_pct.to_string()),
                    mark = mark(spv.contribution_basis)
                )),
                said(phrase!(
                    "No member holds more than {pct} of the SPV's equity{mark}.",
                    pct = PhraseArg::Figure(spv.max_member_equity_pct.to_string()),
                    mark = mark(spv.equity_basis)
                )),
            ],
        });
    }
    if let Some(land) = &s.land {
        let pct = PhraseArg::Figure(land.max_pct.to_string());
        let line = if land.includes_site_development {
            phrase!(
                "Land, with its development, is at most {pct} of the project cost{mark}.",
                pct,
                mark = mark(land.basis)
            )
        } else {
            phrase!(
                "Land is at most {pct} of the project cost{mark}.",
                pct,
                mark = mark(land.basis)
            )
        };
        parts.push(Part {
            title: said(phrase!("Land")),
            lines: vec![said(line)],
        });
    }
    parts.push(Part {
        title: said(phrase!("Rounding")),
        lines: vec![said(phrase!(
            "Amounts in whole rupees; grants {how}.",
            how = word(s.grant_rounding.describe())
        ))],
    });
    parts.push(Part {
        title: said(phrase!("CFC viability")),
        lines: match &s.viability {
            Some(v) => vec![
                said(phrase!("From {source}:", source = &v.source)),
                said(phrase!(
                    "projection of {years} years; cumulative DSCR at least {dscr}; break-even below {break_even}% of installed capacity; ROCE above {roce}%; IRR above {irr}%; NPV at {rate} positive.",
                    years = PhraseArg::Figure(v.years.to_string()),
                    dscr = PhraseArg::Figure(format!("{:.2}", v.min_cumulative_dscr)),
                    break_even = PhraseArg::Figure(format!("{:.0}", v.max_break_even_pct)),
                    roce = PhraseArg::Figure(format!("{:.0}", v.min_roce_pct)),
                    irr = PhraseArg::Figure(format!("{:.0}", v.min_irr_pct)),
                    rate = PhraseArg::Figure(v.discount_rate_pct.to_string())
                )),
            ],
            None => vec![said(phrase!(
                "{scheme} sets no acceptance rules; cdstudy holds a CFC against those of the MSE-CDP guidelines of 24-05-2022 as a reference.",
                scheme = &s.name
            ))],
        },
    });
    if !s.required_sections.is_empty() {
        let mut lines = vec![said(phrase!(
            "A study needs: {sections}.",
            sections = s.required_sections.join(", ")
        ))];
        if !s.dpr_required_sections.is_empty() {
            lines.push(said(phrase!(
                "Once it describes a CFC (a DPR), also: {sections}.",
                sections = s.dpr_required_sections.join(", ")
            )));
        }
        parts.push(Part {
            title: said(phrase!("Sections")),
            lines,
        });
    }
    if !s.open_questions.is_empty() {
        parts.push(Part {
            title: said(phrase!(
                "Not confirmed (flagged by cdstudy where it matters, never assumed)"
            )),
            lines: s
                .open_questions
                .iter()
                .map(|q| as_written(format!("{q}.")))
                .collect(),
        });
    }
    parts.push(Part {
        title: said(phrase!("Sources")),
        lines: s.sources.iter().map(as_written).collect(),
    });
    Explanation {
        heading: format!("{} — {}", s.name, s.title),
        parts,
    }
}

fn component_lines(s: &Scheme, c: &Component) -> Vec<Said> {
    let mut lines = Vec::new();
    if !c.description.trim().is_empty() {
        lines.push(as_written(c.description.trim()));
    }
    let rest = || word(c.rest_name(&s.labels));
    if !c.basis.applies() {
        lines.push(said(phrase!(
            "Its funding rule is not confirmed: cdstudy computes no grant and flags the component when a study uses it."
        )));
        return lines;
    }
    if !c.not_computed.trim().is_empty() {
        lines.push(said(phrase!(
            "cdstudy does not compute its grant: {why}; a study that uses it is flagged.",
            why = c.not_computed.trim()
        )));
        lines.push(said(phrase!(
            "The cost is shown under: {payer}.",
            payer = rest()
        )));
        return lines;
    }
    if !c.no_grant.trim().is_empty() {
        // Its own place name: "{why}" would take the id of the rule's "no GoI grant: {why}".
        lines.push(said(phrase!(
            "No GoI grant: {reason}.",
            reason = c.no_grant.trim()
        )));
        lines.push(said(phrase!(
            "The cost is met by: {payer}.",
            payer = rest()
        )));
        return lines;
    }
    if let Some(from) = c.from_rs {
        lines.push(said(phrase!(
            "Below {from}: no rate was found; cdstudy flags such a project and computes no grant.",
            from
        )));
    }
    let mut lower = c.from_rs;
    for b in &c.brackets {
        lines.push(said(bracket_line(s, lower, b)));
        lower = b.up_to_rs;
    }
    if let (Some(ceiling), Some(last)) = (c.ceiling(), c.brackets.last()) {
        // A State's own scheme: its share is the grant the ceiling limits.
        let (whose, rates) = match &last.state_pct {
            Some(state) if !s.grants_goi() => (
                PhraseArg::from(phrase!(
                    "the {state}'s share",
                    state = word(&s.labels.state)
                )),
                state,
            ),
            _ => (PhraseArg::from(phrase!("the grant")), &last.goi_pct),
        };
        let maxima: Vec<PhraseArg> = s
            .category_ids()
            .iter()
            .filter_map(|cat| {
                rates.get(cat).map(|p| {
                    PhraseArg::from(phrase!(
                        "{amount} {category}",
                        amount = share_floor(ceiling, p),
                        category = word(cat)
                    ))
                })
            })
            .collect();
        lines.push(said(phrase!(
            "Above {ceiling}: the project is considered, but {whose} is computed on {ceiling} (at most {maxima}).",
            ceiling,
            whose,
            maxima = chained(maxima, Joined::Comma)
        )));
    }
    if !c.grant_not_on.is_empty() {
        let heads: Vec<String> = c
            .grant_not_on
            .iter()
            .map(|h| h.in_words().to_string())
            .collect();
        lines.push(said(phrase!(
            "No GoI grant on {heads}: those heads are met by the State and the SPV{mark}.",
            heads = PhraseArg::Words(heads),
            mark = mark(c.grant_not_on_basis)
        )));
    }
    if let Some(cap) = c.grant_cap_rs {
        lines.push(said(phrase!(
            "The grant is at most {cap}{mark}.",
            cap,
            mark = mark(c.grant_cap_basis)
        )));
    }
    if let Some(sc) = &c.share_cap {
        lines.push(said(phrase!(
            "The grant is at most {pct} of the cost of `{of}`{mark}.",
            pct = PhraseArg::Figure(sc.pct.to_string()),
            of = &sc.of,
            mark = mark(sc.basis)
        )));
    }
    if let Some(pa) = &c.per_action {
        lines.push(said(phrase!(
            "At most {max_actions} actions count, each up to {ceiling}{mark}{note}.",
            max_actions = pa.max_actions,
            ceiling = pa.ceiling_rs,
            mark = mark(pa.basis),
            note = colon_note(&pa.note)
        )));
    }
    if let Some(pu) = &c.per_unit {
        let most = match pu.max_units {
            Some(m) => PhraseArg::from(phrase!(" for at most {m}", m)),
            None => PhraseArg::Text(String::new()),
        };
        lines.push(said(phrase!(
            "Assistance of {rate} per {unit}{most}, never more than the cost{mark}: the actions' cost lines with unit `{code}` count the units.",
            rate = pu.rate_rs,
            unit = word(&pu.unit),
            most,
            mark = mark(pu.basis),
            code = &pu.unit
        )));
    }
    for p in c.parties.iter().filter(|p| p.pct.is_some()) {
        lines.push(said(party_line(s, p)));
    }
    lines.push(said(phrase!(
        "The rest is met by: {payer}.",
        payer = rest()
    )));
    for cv in &c.caveats {
        lines.push(said(phrase!(
            "Note: {text}{mark}.",
            text = cv.text.trim(),
            mark = mark(cv.basis)
        )));
    }
    lines
}

/// A category condition of a rules file in words: "an aspirational district", "a block
/// of category C or D (cluster.area.block_category)".
fn condition_arg_of(c: &Condition) -> PhraseArg {
    match c.fact {
        Fact::BlockCategory => PhraseArg::from(phrase!(
            "a block of category {blocks} (cluster.area.block_category)",
            blocks = block_list(&c.any_of)
        )),
        Fact::EarlierProjects => PhraseArg::from(phrase!(
            "a State with fewer than {n} earlier projects under the scheme (cluster.area.earlier_projects)",
            n = c.fewer_than.unwrap_or(0)
        )),
        f => word(f.label()),
    }
}

/// A named party's share as `schemes show` says it: "The Implementing agency brings 10%
/// (general), 5% (special) of the eligible cost, or Rs. 50.00 lakh if less (secondary)."
fn party_line(s: &Scheme, p: &super::rules::Party) -> Phrase {
    let ids = s.category_ids();
    let by = p.pct.clone().unwrap_or_default();
    if by.0.is_empty() {
        let cap = match p.cap_rs {
            Some(cap) => PhraseArg::from(phrase!(", at most {cap}", cap)),
            None => PhraseArg::Text(String::new()),
        };
        return phrase!(
            "The {party}'s share is not known for any category{mark}: it is flagged and not assumed{cap}.",
            party = word(&p.name),
            mark = mark(p.basis),
            cap
        );
    }
    let cap = match p.cap_rs {
        Some(cap) => PhraseArg::from(phrase!(", or {cap} if less", cap)),
        None => PhraseArg::Text(String::new()),
    };
    phrase!(
        "The {party} brings {pct} of the eligible cost{cap}{mark}.",
        party = word(&p.name),
        pct = rates_words(&ids, &by),
        cap,
        mark = mark(p.basis)
    )
}

/// Rates by category as `schemes show` lists them: "70% (general), 80% (special)".
fn rates_listed(ids: &[String], by: &super::rules::ByCategory) -> PhraseArg {
    let rates = ids
        .iter()
        .map(|id| {
            PhraseArg::from(phrase!(
                "{rate} ({category})",
                rate = rate(by.get(id)),
                category = word(id)
            ))
        })
        .collect();
    chained(rates, Joined::Comma)
}

/// One rate when every category has it ("90%"), else the list.
fn rates_words(ids: &[String], by: &super::rules::ByCategory) -> PhraseArg {
    let first = ids.first().and_then(|id| by.get(id));
    if ids.iter().all(|id| by.get(id) == first) {
        rate(first)
    } else {
        rates_listed(ids, by)
    }
}

fn bracket_line(s: &Scheme, lower: Option<Rupees>, b: &Bracket) -> Phrase {
    // The span as a line begins with it (the same words as [`cost_span_phrase`]).
    let span = match (lower, b.up_to_rs) {
        (Some(lo), Some(hi)) => Some(phrase!("Project cost above {lo} up to {hi}", lo, hi)),
        (None, Some(hi)) => Some(phrase!("Project cost up to {hi}", hi)),
        (Some(lo), None) => Some(phrase!("Project cost above {lo}", lo)),
        (None, None) => None,
    };
    let ids = s.category_ids();
    if b.goi_pct.0.is_empty() && b.state_pct.is_none() {
        let mark = mark(b.basis);
        return match span {
            None => phrase!(
                "No rate known for any category{mark}: no grant is computed, and its use is flagged.",
                mark
            ),
            Some(span) => phrase!(
                "{span}: no rate known for any category{mark}: no grant is computed, and its use is flagged.",
                span,
                mark
            ),
        };
    }
    let none = ids
        .iter()
        .all(|id| b.goi_pct.get(id).is_some_and(|p| p.basis_points() == 0));
    let state = match &b.state_pct {
        None => PhraseArg::Text(String::new()),
        Some(by) => PhraseArg::from(phrase!(
            "; {state} {rates}{mark}",
            state = word(&s.labels.state),
            rates = rates_listed(&ids, by),
            mark = mark(b.state_basis)
        )),
    };
    let mark = mark(b.basis);
    let goi = rates_words(&ids, &b.goi_pct);
    match (span, none) {
        // A State's own scheme: the State's share is the grant.
        (None, true) => phrase!("No GoI share{mark}{state}.", mark, state),
        (Some(span), true) => phrase!("{span}: no GoI share{mark}{state}.", span, mark, state),
        (None, false) => phrase!("GoI {goi} of the cost{mark}{state}.", goi, mark, state),
        (Some(span), false) => phrase!(
            "{span}: GoI {goi} of the whole cost{mark}{state}.",
            span,
            goi,
            mark,
            state
        ),
    }
}

/// An amount as every rule and flag words it: in lakh with Indian grouping and two
/// decimals, rounded half up at Rs 1,000 as the documents' tables are ("Rs. 2,095.80
/// lakh"), so that a rule's figure reads as the table beside it. A document whose table
/// apportions a cell to another hundredth words its rules with that table's figures
/// ([`rule_words_with`]).
pub fn lakh_words(amount: Rupees) -> String {
    format!("Rs. {} lakh", amount.lakh_figure())
}

/// The block categories of a condition: "B or C" ([`block_list`] in English).
#[cfg(test)]
fn block_words(any_of: &[String]) -> String {
    let upper: Vec<String> = any_of.iter().map(|w| w.to_uppercase()).collect();
    crate::phrase::serial_list(&upper, "or")
}

/// A category condition as said of the cluster when it holds ("is in an aspirational
/// district", "is in a block of category D"), as a value of a phrase: a fixed clause of the rules as a word, one
/// with the rules' figures as a phrase.
fn condition_arg(c: &ConditionResult) -> PhraseArg {
    match c.fact {
        Fact::BlockCategory => PhraseArg::from(phrase!(
            "is in a block of category {blocks}",
            blocks = block_list(&c.any_of)
        )),
        Fact::EarlierProjects => match c.fewer_than {
            Some(n) => PhraseArg::from(phrase!(
                "is among the first {n} projects under the scheme in its State",
                n
            )),
            None => PhraseArg::from(phrase!(
                "is among the first projects under the scheme in its State"
            )),
        },
        f => crate::phrase::word(f.clause()),
    }
}

/// The block categories of a condition ("B or C", [`block_words`]) as a value of a phrase.
fn block_list(any_of: &[String]) -> PhraseArg {
    let upper = any_of
        .iter()
        .map(|w| PhraseArg::Text(w.to_uppercase()))
        .collect();
    listed(upper, Joined::Or)
}

/// The cluster's category and why, in one sentence, from the engine's verdicts on every
/// condition of every category rule ([`category_phrase`] in English).
pub fn category_words(category: &Category, results: &[ConditionResult], scheme: &str) -> String {
    category_phrase(category, results, scheme).english_with(&lakh_words)
}

/// The cluster's category and why, as a phrase every language words from its catalogue.
pub fn category_phrase(category: &Category, results: &[ConditionResult], scheme: &str) -> Phrase {
    let counted: Vec<&ConditionResult> = results.iter().filter(|r| r.counted).collect();
    if counted.is_empty() {
        return phrase!("there is no special category under {scheme}", scheme);
    }
    if !category.is_general() {
        let mine: Vec<&&ConditionResult> = counted
            .iter()
            .filter(|r| r.category == category.word() && r.holds == Some(true))
            .collect();
        let name = mine.first().map(|r| r.category_name.as_str()).unwrap_or("");
        let holding: Vec<PhraseArg> = mine.iter().map(|r| condition_arg(r)).collect();
        // An earlier category the study could not decide might have been the cluster's.
        let first = counted
            .iter()
            .position(|r| r.category == category.word())
            .unwrap_or(0);
        let open: Vec<PhraseArg> = counted[..first]
            .iter()
            .filter(|r| r.holds.is_none())
            .map(|r| condition_arg(r))
            .collect();
        let reason = if open.is_empty() {
            Phrase::new("{category} category ({name}): the cluster {holding}")
        } else {
            Phrase::new("{category} category ({name}): the cluster {holding}; the study does not say whether it {open}, which would come first")
                .with("open", listed(open, Joined::Or))
        };
        return reason
            .with("category", word(category.word()))
            .with("name", word(name))
            .with("holding", listed(holding, Joined::And));
    }
    let failing = || counted.iter().filter(|r| r.holds == Some(false));
    let places: Vec<PhraseArg> = failing().filter_map(|r| r.fact.place()).map(word).collect();
    let units: Vec<PhraseArg> = failing().filter_map(|r| r.fact.units()).map(word).collect();
    let others: Vec<PhraseArg> = failing()
        .filter_map(|r| match r.fact {
            Fact::EarlierProjects => Some(PhraseArg::from(phrase!(
                "is not among the first {n} projects under the scheme in its State",
                n = r.fewer_than.unwrap_or(0)
            ))),
            _ => None,
        })
        .collect();
    let unknown: Vec<PhraseArg> = counted
        .iter()
        .filter(|r| r.holds.is_none())
        .map(|r| condition_arg(r))
        .collect();
    let mut parts = Vec::new();
    if !places.is_empty() {
        parts.push(PhraseArg::from(phrase!(
            "is not in {places}",
            places = listed(places, Joined::Or)
        )));
    }
    if !units.is_empty() {
        parts.push(PhraseArg::from(phrase!(
            "does not have more than half of its units {units}",
            units = listed(units, Joined::Or)
        )));
    }
    let blocks: Vec<String> = failing()
        .filter(|r| r.fact == Fact::BlockCategory)
        .flat_map(|r| r.any_of.iter().cloned())
        .collect();
    if !blocks.is_empty() {
        parts.push(PhraseArg::from(phrase!(
            "is not in a block of category {blocks}",
            blocks = block_list(&blocks)
        )));
    }
    parts.extend(others);
    match (parts.is_empty(), unknown.is_empty()) {
        (true, true) => phrase!("general category"),
        (true, false) => phrase!(
            "general category; the study does not say whether it {unknown}",
            unknown = listed(unknown, Joined::Or)
        ),
        (false, true) => phrase!(
            "general category: the cluster {parts}",
            parts = listed(parts, Joined::And)
        ),
        (false, false) => phrase!(
            "general category: the cluster {parts}; the study does not say whether it {unknown}",
            parts = listed(parts, Joined::And),
            unknown = listed(unknown, Joined::Or)
        ),
    }
}

/// A rule the engine applied as a phrase (pattern and values), which every language words
/// from its catalogue; its amounts are [`Rupees`](PhraseArg::Rupees), printed by whoever
/// words it. English reads [`rule_words_with`].
pub fn rule_phrase(d: &Decision) -> Phrase {
    rule_phrase_with(d, &lakh_words)
}

/// The phrase of a rule whose amounts `rs` will print: two amounts a rule compares that
/// `rs` prints alike, and a difference too small to show in lakh, are given in exact
/// rupees (as text), so that the rule reads true in every language.
pub fn rule_phrase_with(d: &Decision, rs: &dyn Fn(Rupees) -> String) -> Phrase {
    use PhraseArg::{Count, Exact, Figure, Rupees as Rs, Text, Word, Words};
    let pair = |a: Rupees, b: Rupees| -> (PhraseArg, PhraseArg) {
        if a != b && rs(a) == rs(b) {
            (Exact(a), Exact(b))
        } else {
            (Rs(a), Rs(b))
        }
    };
    let diff = |d: Rupees| -> PhraseArg {
        if !d.is_zero() && d.get().abs() < 500 {
            Exact(d)
        } else {
            Rs(d)
        }
    };
    let note_of = |note: &str| Text(noted(note));
    let cat = |c: &Category| Word(c.word().to_string());
    match d {
        Decision::Caveat { text } => Phrase::new("{text}").with("text", Text(text.clone())),
        Decision::UnconfirmedComponent {
            component,
            revision,
        } => Phrase::new(
            "the {component} rule under {revision} is not confirmed: no grant computed",
        )
        .with("component", Text(component.clone()))
        .with("revision", Text(revision.clone())),
        Decision::NotComputed { why } => {
            Phrase::new("grant not computed: {why}").with("why", Text(why.clone()))
        }
        Decision::NoGrant { why } => {
            Phrase::new("no GoI grant: {why}").with("why", Text(why.clone()))
        }
        Decision::PerActionLimit {
            max_actions,
            ceiling_rs,
            counted_rs,
            cost_rs,
            note,
        } => Phrase::new(
            "at most {max_actions} actions, each counted up to {ceiling}: {counted} of {cost} counts{note}",
        )
        .with("max_actions", Count(i64::from(*max_actions)))
        .with("ceiling", Rs(*ceiling_rs))
        .with("counted", Rs(*counted_rs))
        .with("cost", Rs(*cost_rs))
        .with("note", note_of(note)),
        Decision::PerUnit {
            rate_rs,
            unit,
            counted_units,
            units,
            max_units,
            cost_rs,
            grant_rs,
        } => {
            let full = i64::try_from(*units)
                .ok()
                .and_then(|u| rate_rs.times(u));
            let within = full.is_some_and(|full| *grant_rs < full);
            // A rate per unit below a lakh is read in rupees (Rs. 300 per artisan), not
            // as a lakh figure that would round it away.
            let rate = if rate_rs.get().abs() < crate::model::LAKH {
                Exact(*rate_rs)
            } else {
                Rs(*rate_rs)
            };
            let capped = max_units.filter(|max| counted_units > &u64::from(*max));
            let p = match (capped, within) {
                (Some(max), true) => Phrase::new("{rate} per {unit}: {counted_units} {unit}(s) in the cost lines, at most {max} counted → {grant}; at most the cost {cost}")
                    .with("counted_units", Count(i64::try_from(*counted_units).unwrap_or(i64::MAX)))
                    .with("max", Count(i64::from(max))),
                (Some(max), false) => Phrase::new("{rate} per {unit}: {counted_units} {unit}(s) in the cost lines, at most {max} counted → {grant}")
                    .with("counted_units", Count(i64::try_from(*counted_units).unwrap_or(i64::MAX)))
                    .with("max", Count(i64::from(max))),
                (None, true) => Phrase::new("{rate} per {unit}: {units} {unit}(s) in the cost lines → {grant}; at most the cost {cost}")
                    .with("units", Count(i64::try_from(*units).unwrap_or(i64::MAX))),
                (None, false) => Phrase::new("{rate} per {unit}: {units} {unit}(s) in the cost lines → {grant}")
                    .with("units", Count(i64::try_from(*units).unwrap_or(i64::MAX))),
            };
            p.with("rate", rate)
                .with("unit", Word(unit.clone()))
                .with("grant", Rs(*grant_rs))
                .with("cost", Rs(*cost_rs))
        }
        Decision::ProjectCap { cap_rs, total_rs } => {
            let (cap, total) = pair(*cap_rs, *total_rs);
            if total_rs > cap_rs {
                Phrase::new(
                    "the project's grant at most {cap}: the grants of {total} are cut by {cut}",
                )
                .with("cut", diff(*total_rs - *cap_rs))
            } else {
                Phrase::new("the project's grant at most {cap}: the grants of {total} are within it")
            }
            .with("cap", cap)
            .with("total", total)
        }
        Decision::BelowLowestBracket { cost_rs, from_rs } => {
            let (cost, from) = pair(*cost_rs, *from_rs);
            Phrase::new("project cost {cost} is below the lowest bracket ({from}): rate not confirmed, no grant computed")
                .with("cost", cost)
                .with("from", from)
        }
        Decision::Bracket {
            above_rs,
            up_to_rs,
            goi_pct,
            category,
        } => {
            let none = goi_pct.is_some_and(|p| p.basis_points() == 0);
            let p = match (above_rs, up_to_rs, goi_pct) {
                (Some(_), Some(_), Some(_)) if none => Phrase::new("project cost above {lo} up to {hi}: no GoI share ({category} category)"),
                (Some(_), Some(_), Some(_)) => Phrase::new("project cost above {lo} up to {hi}: GoI {pct} of the cost ({category} category)"),
                (Some(_), Some(_), None) => Phrase::new("project cost above {lo} up to {hi}: GoI share for the {category} category not confirmed"),
                (None, Some(_), Some(_)) if none => Phrase::new("project cost up to {hi}: no GoI share ({category} category)"),
                (None, Some(_), Some(_)) => Phrase::new("project cost up to {hi}: GoI {pct} of the cost ({category} category)"),
                (None, Some(_), None) => Phrase::new("project cost up to {hi}: GoI share for the {category} category not confirmed"),
                (Some(_), None, Some(_)) if none => Phrase::new("project cost above {lo}: no GoI share ({category} category)"),
                (Some(_), None, Some(_)) => Phrase::new("project cost above {lo}: GoI {pct} of the cost ({category} category)"),
                (Some(_), None, None) => Phrase::new("project cost above {lo}: GoI share for the {category} category not confirmed"),
                (None, None, Some(_)) if none => Phrase::new("no GoI share ({category} category)"),
                (None, None, Some(_)) => Phrase::new("GoI {pct} of the cost ({category} category)"),
                (None, None, None) => Phrase::new("GoI share for the {category} category not confirmed"),
            };
            let mut p = p;
            if let Some(lo) = above_rs {
                p = p.with("lo", Rs(*lo));
            }
            if let Some(hi) = up_to_rs {
                p = p.with("hi", Rs(*hi));
            }
            if let Some(pct) = goi_pct.filter(|_| !none) {
                p = p.with("pct", Figure(pct.to_string()));
            }
            p.with("category", cat(category))
        }
        Decision::Ceiling {
            ceiling_rs,
            above_rs,
        } => Phrase::new(
            "the grant is computed on at most {ceiling}; the {above} above it gets no grant",
        )
        .with("ceiling", Rs(*ceiling_rs))
        .with("above", diff(*above_rs)),
        Decision::GrantNotOnHeads {
            heads,
            room_rs,
            grant_rs,
        } => match room_rs {
            None => Phrase::new(
                "no GoI grant on {list}: not checked until the CFC's cost heads are described",
            ),
            Some(room) if grant_rs > room => {
                let (room, grant) = pair(*room, *grant_rs);
                Phrase::new("no GoI grant on {list}: the grant is limited to the other heads' {room} (instead of {grant})")
                    .with("room", room)
                    .with("grant", grant)
            }
            Some(room) => {
                Phrase::new("no GoI grant on {list}: the grant fits within the other heads' {room}")
                    .with("room", Rs(*room))
            }
        }
        .with("list", Words(heads.clone())),
        Decision::GrantCap { cap_rs, grant_rs } => {
            let (cap, grant) = pair(*cap_rs, *grant_rs);
            if grant_rs > cap_rs {
                Phrase::new("grant at most {cap}: the {grant} it would be is cut to it")
            } else {
                Phrase::new("grant at most {cap}: the grant of {grant} is within it")
            }
            .with("cap", cap)
            .with("grant", grant)
        }
        Decision::ShareCap {
            pct,
            of,
            other_cost_rs,
            cap_rs,
        } => Phrase::new("grant at most {pct} of the {of}' cost ({cap} of {cost})")
            .with("pct", Figure(pct.to_string()))
            .with("of", Word(of.clone()))
            .with("cap", Rs(*cap_rs))
            .with("cost", Rs(*other_cost_rs)),
        Decision::Rounding {
            how,
            before_rs,
            after_rs,
        } => {
            let (before, after) = pair(*before_rs, *after_rs);
            Phrase::new("grant {how}: {before} → {after}")
                .with("how", Word(how.clone()))
                .with("before", before)
                .with("after", after)
        }
        Decision::NoFundingRules { scheme } => Phrase::new(
            "{scheme} has no funding rules: the cost is met by the sources the study names for each action",
        )
        .with("scheme", Text(scheme.clone())),
        Decision::UnknownComponent { revision } => {
            Phrase::new("not a component of {revision}: no grant")
                .with("revision", Text(revision.clone()))
        }
        Decision::OutsideScheme { payers } => {
            let payers = match &payers.phrase {
                Some(p) => PhraseArg::Phrase(Box::new(p.clone())),
                None => Text(payers.english.clone()),
            };
            Phrase::new("funded by {payers}").with("payers", payers)
        }
        Decision::ClusterCapNotChecked { tiers } => {
            let tiers: Vec<PhraseArg> = tiers
                .iter()
                .map(|(name, cap)| {
                    PhraseArg::from(
                        Phrase::new("{tier}: at most {cap}")
                            .with("tier", Word(name.clone()))
                            .with("cap", Rs(*cap)),
                    )
                })
                .collect();
            Phrase::new(
                "cap on the cluster's grant by its artisans ({tiers}): not checked, artisans not entered",
            )
            .with("tiers", listed(tiers, Joined::Semicolon))
        }
        Decision::ClusterCap {
            artisans,
            tier,
            cap_rs,
            total_rs,
        } => {
            let (cap, total) = pair(*cap_rs, *total_rs);
            if total_rs > cap_rs {
                Phrase::new("{artisans} artisans: {tier}, GoI at most {cap}; the grant of {total} is cut by {cut}")
                    .with("cut", diff(*total_rs - *cap_rs))
            } else {
                Phrase::new("{artisans} artisans: {tier}, GoI at most {cap}; the grant of {total} is within it")
            }
            .with(
                "artisans",
                Figure(crate::model::money::group_indian(i64::from(*artisans))),
            )
            .with("tier", Word(tier.clone()))
            .with("cap", cap)
            .with("total", total)
        }
        Decision::ClusterCapCut { cut_rs, cap_rs } => {
            Phrase::new("cut by {cut} to keep the cluster within {cap}")
                .with("cut", diff(*cut_rs))
                .with("cap", Rs(*cap_rs))
        }
        Decision::Loan { amount_rs } => {
            Phrase::new("term loan {amount}").with("amount", Rs(*amount_rs))
        }
        Decision::FixedShare {
            payer,
            amount_rs,
            field,
            ..
        } => Phrase::new("{payer}'s share {amount} as fixed in the study ({field})")
            .with("payer", Word(payer.clone()))
            .with("amount", Rs(*amount_rs))
            .with("field", Text(field.clone())),
        Decision::UsualStateShare {
            payer,
            pct,
            eligible_rs,
            amount_rs,
        } => Phrase::new("{payer}'s usual share {pct} of the eligible {eligible}: {amount}")
            .with("payer", Word(payer.clone()))
            .with("pct", Figure(pct.to_string()))
            .with("eligible", Rs(*eligible_rs))
            .with("amount", Rs(*amount_rs)),
        Decision::StateShareUnconfirmed { payer, category } => Phrase::new(
            "{payer}'s share in the {category} category: not confirmed, not assumed",
        )
        .with("payer", Word(payer.clone()))
        .with("category", cat(category)),
        Decision::PartyShare {
            payer,
            pct,
            eligible_rs,
            cap_rs,
            amount_rs,
        } => match cap_rs {
            Some(cap) => Phrase::new("the {payer}'s share {pct} of the eligible {eligible} or {cap}, whichever is less: {amount}")
                .with("cap", Rs(*cap)),
            None => Phrase::new("the {payer}'s share {pct} of the eligible {eligible}: {amount}"),
        }
        .with("payer", Word(payer.clone()))
        .with("pct", Figure(pct.to_string()))
        .with("eligible", Rs(*eligible_rs))
        .with("amount", Rs(*amount_rs)),
        Decision::PartyShareUnconfirmed { payer, category } => Phrase::new(
            "the {payer}'s share in the {category} category: not confirmed, not assumed",
        )
        .with("payer", Word(payer.clone()))
        .with("category", cat(category)),
        Decision::MeetsTheRest {
            who,
            named,
            payer,
            amount_rs,
        } => match who {
            _ if *named => Phrase::new("the {payer} meets the rest: {amount}")
                .with("payer", Word(payer.clone())),
            Payer::Beneficiary => Phrase::new("the {payer} meets the rest: {amount}")
                .with("payer", Word(payer.clone())),
            Payer::State => Phrase::new(
                "the {payer} (through its implementing agency) meets the rest: {amount}",
            )
            .with("payer", Word(payer.clone())),
            Payer::Other => Phrase::new("met from {payer}: {amount}")
                .with("payer", Word(payer.to_lowercase())),
        }
        .with("amount", Rs(*amount_rs)),
        Decision::NothingLeft {
            who,
            payer,
            state,
            excess_rs,
        } => match who {
            Payer::Beneficiary => Phrase::new("the {payer} has nothing left to meet: the grant, the {state}'s share and the loan exceed the cost by {excess}")
                .with("state", Word(state.clone())),
            _ => Phrase::new("the {payer} has nothing left to meet: the grant and the other shares exceed the cost by {excess}"),
        }
        .with("payer", Word(payer.clone()))
        .with("excess", diff(*excess_rs)),
        Decision::LandLimit {
            with_development,
            max_pct,
            land_rs,
            share,
        } => if *with_development {
            Phrase::new("land with its development at most {max_pct} of the project cost: {land} is {shown}")
        } else {
            Phrase::new("land at most {max_pct} of the project cost: {land} is {shown}")
        }
        .with("max_pct", Figure(max_pct.to_string()))
        .with("land", Rs(*land_rs))
        .with("shown", Figure(share.map(Percent::two_decimals).unwrap_or_default())),
        Decision::PlanMatchesCfc {
            component,
            planned_rs,
            cost_rs,
        } if planned_rs == cost_rs => Phrase::new(
            "the action plan's actions under {component} add up to the CFC's cost {cost}",
        )
        .with("component", Text(component.clone()))
        .with("cost", Rs(*cost_rs)),
        Decision::PlanMatchesCfc {
            planned_rs,
            cost_rs,
            ..
        } => {
            let (planned, cost) = pair(*planned_rs, *cost_rs);
            Phrase::new("the action plan's {planned} equals the CFC's cost {cost}")
                .with("planned", planned)
                .with("cost", cost)
        }
        Decision::SpvMembers {
            min,
            min_special_case,
            members,
            special_case,
        } => match members {
            None => Phrase::new("SPV of at least {min} member units ({min_special_case} in special cases): not checked, the number of member units is not entered"),
            Some(n) if *special_case => Phrase::new("SPV of at least {min} member units ({min_special_case} in special cases): {n} members (special case)")
                .with("n", Figure(n.to_string())),
            Some(n) => Phrase::new("SPV of at least {min} member units ({min_special_case} in special cases): {n} members")
                .with("n", Figure(n.to_string())),
        }
        .with("min", Figure(min.to_string()))
        .with("min_special_case", Figure(min_special_case.to_string())),
        Decision::SpvContribution {
            min_pct,
            own_rs,
            loan_rs,
            share,
            excess_rs,
        } => match excess_rs {
            Some(excess) => Phrase::new("SPV's contribution at least {min_pct} of the CFC's cost: not checked, the means of finance exceed the cost by {excess}")
                .with("excess", diff(*excess)),
            None if loan_rs.is_zero() => Phrase::new("SPV's contribution at least {min_pct} of the CFC's cost: {total} is {share}"),
            None => Phrase::new("SPV's contribution at least {min_pct} of the CFC's cost: {total} (own funds {own} and term loan {loan}) is {share}")
                .with("own", Rs(*own_rs))
                .with("loan", Rs(*loan_rs)),
        }
        .with("min_pct", Figure(min_pct.two_decimals()))
        .with("total", Rs(*own_rs + *loan_rs))
        .with("share", Figure(share.map(Percent::two_decimals).unwrap_or_default())),
        Decision::MemberEquity {
            max_pct,
            entered,
            of,
            complete,
        } => match (entered, of) {
            (None, _) => Phrase::new("no member above {max_pct} of the SPV's equity: not checked, no member's equity is entered"),
            (Some(_), _) if *complete => Phrase::new("no member above {max_pct} of the SPV's equity"),
            (Some(1), Some(of)) => Phrase::new("no member above {max_pct} of the SPV's equity (so far: over the {n} member whose equity is entered, of {of})")
                .with("n", Count(1))
                .with("of", Figure(of.to_string())),
            (Some(1), None) => Phrase::new("no member above {max_pct} of the SPV's equity (so far: over the {n} member whose equity is entered, of a member count not entered yet)")
                .with("n", Count(1)),
            (Some(n), Some(of)) => Phrase::new("no member above {max_pct} of the SPV's equity (so far: over the {n} members whose equity is entered, of {of})")
                .with("n", Figure(n.to_string()))
                .with("of", Figure(of.to_string())),
            (Some(n), None) => Phrase::new("no member above {max_pct} of the SPV's equity (so far: over the {n} members whose equity is entered, of a member count not entered yet)")
                .with("n", Figure(n.to_string())),
        }
        .with("max_pct", Figure(max_pct.to_string())),
        Decision::EligibleSector {
            any_of,
            sectors,
            matching,
            note,
        } => if sectors.is_empty() {
            Phrase::new("for clusters of the {any_of} sector: not told (the study's cluster.sectors is empty){note}")
        } else if matching.is_empty() {
            Phrase::new("for clusters of the {any_of} sector: the cluster's sectors are {sectors}{note}")
                .with("sectors", Text(and_list(sectors)))
        } else {
            Phrase::new("for clusters of the {any_of} sector: the cluster works in {sectors}{note}")
                .with("sectors", Text(and_list(matching)))
        }
        .with(
            "any_of",
            listed(any_of.iter().map(word).collect(), Joined::Or),
        )
        .with("note", note_of(note)),
        Decision::EligibleCount {
            of,
            min,
            max,
            count,
            note,
        } => {
            let p = match (min, max, count) {
                (Some(_), Some(_), Some(_)) => Phrase::new("{lo} to {hi} {what}: {n} {what}{note}"),
                (Some(_), None, Some(_)) => Phrase::new("at least {lo} {what}: {n} {what}{note}"),
                (None, Some(_), Some(_)) => Phrase::new("at most {hi} {what}: {n} {what}{note}"),
                (None, None, Some(_)) => Phrase::new("{what}: {n} {what}{note}"),
                (Some(_), Some(_), None) => Phrase::new("{lo} to {hi} {what}: not told ({path} is not entered){note}"),
                (Some(_), None, None) => Phrase::new("at least {lo} {what}: not told ({path} is not entered){note}"),
                (None, Some(_), None) => Phrase::new("at most {hi} {what}: not told ({path} is not entered){note}"),
                (None, None, None) => Phrase::new("{what}: not told ({path} is not entered){note}"),
            };
            let mut p = p
                .with("what", Word(counted_words(*of).to_string()))
                .with("note", note_of(note));
            if let Some(lo) = min {
                p = p.with("lo", Figure(lo.to_string()));
            }
            if let Some(hi) = max {
                p = p.with("hi", Figure(hi.to_string()));
            }
            match count {
                Some(n) => p.with("n", Figure(n.to_string())),
                None => p.with("path", Text(of.path().to_string())),
            }
        }
        Decision::EligibleSpvForm {
            any_of,
            form,
            note,
        } => {
            let forms = any_of.iter().map(|&f| form_arg(f)).collect();
            match form {
                Some(LegalForm::Other) => Phrase::new("an SPV registered as {forms}: the study's SPV is registered in another legal form (spv.legal_form: other){note}"),
                Some(f) => Phrase::new("an SPV registered as {forms}: the study's SPV is {form}{note}")
                    .with("form", form_arg(*f)),
                None => Phrase::new("an SPV registered as {forms}: not told (spv.legal_form is not entered){note}"),
            }
            .with("forms", listed(forms, Joined::Or))
            .with("note", note_of(note))
        }
        Decision::EligibleLandArea {
            min_acres,
            category,
            acres,
            note,
        } => {
            let p = match (min_acres, category, acres) {
                (Some(_), Some(_), Some(_)) => Phrase::new("the CFC's land at least {min} acres in the {category} category: {acres} acres{note}"),
                (Some(_), None, Some(_)) => Phrase::new("the CFC's land at least {min} acres: {acres} acres{note}"),
                (None, Some(_), Some(_)) => Phrase::new("the CFC's least land in the {category} category is not in the rules: {acres} acres{note}"),
                (None, None, Some(_)) => Phrase::new("the CFC's least land is not in the rules: {acres} acres{note}"),
                (Some(_), Some(_), None) => Phrase::new("the CFC's land at least {min} acres in the {category} category: not told (cfc.land_acres is not entered){note}"),
                (Some(_), None, None) => Phrase::new("the CFC's land at least {min} acres: not told (cfc.land_acres is not entered){note}"),
                (None, Some(_), None) => Phrase::new("the CFC's least land in the {category} category is not in the rules: not told (cfc.land_acres is not entered){note}"),
                (None, None, None) => Phrase::new("the CFC's least land is not in the rules: not told (cfc.land_acres is not entered){note}"),
            };
            let mut p = p.with("note", note_of(note));
            if let Some(m) = min_acres {
                p = p.with("min", Figure(m.figure()));
            }
            if let Some(c) = category {
                p = p.with("category", Word(c.clone()));
            }
            if let Some(a) = acres {
                p = p.with("acres", Figure(a.figure()));
            }
            p
        }
        Decision::EligibleLandTenure {
            any_of,
            tenure,
            note,
        } => {
            let tenures = any_of.iter().map(|t| word(t.label().to_lowercase())).collect();
            match tenure {
                Some(t) => Phrase::new("the CFC's land {tenures}: {tenure}{note}")
                    .with("tenure", Word(t.label().to_lowercase())),
                None => Phrase::new("the CFC's land {tenures}: not told (cfc.land_tenure is not entered){note}"),
            }
            .with("tenures", listed(tenures, Joined::Or))
            .with("note", note_of(note))
        }
        Decision::EligibleLease {
            min_years,
            years,
            note,
        } => match years {
            Some(y) => Phrase::new("leased land on a lease of at least {min_years} years: {years} years{note}")
                .with("years", Figure(y.to_string())),
            None => Phrase::new("leased land on a lease of at least {min_years} years: not told (cfc.lease_years is not entered){note}"),
        }
        .with("min_years", Figure(min_years.to_string()))
        .with("note", note_of(note)),
    }
}

/// A rule the engine applied, in words: the one place its decisions are worded.
pub fn rule_words(d: &Decision) -> String {
    rule_words_with(d, &lakh_words)
}

/// A rule in words with each amount printed by `rs`: a document passes the figures its
/// tables print (apportioned so that they add up), so that the rule repeats them.
pub fn rule_words_with(d: &Decision, rs: &dyn Fn(Rupees) -> String) -> String {
    rule_phrase_with(d, rs).english_with(rs)
}

/// A share of a cost with two decimals ("9.80%"), empty when there is no cost.
fn share_of(amount: Rupees, of: Rupees) -> String {
    percent_of(amount, of)
        .map(Percent::two_decimals)
        .unwrap_or_default()
}

/// What the engine found, in words: the one place a flag's message is worded
/// ([`finding_phrase`] in English, its amounts in lakh).
pub fn finding_words(f: &Finding) -> String {
    finding_phrase(f).english_with(&lakh_words)
}

/// What the engine found, as a phrase every language words from its catalogue: the
/// rules' words (payers, components, categories, facts) as words a catalogue has, the
/// study's and the rules' own texts (names, notes, evidence, ids) as they are.
pub fn finding_phrase(f: &Finding) -> Phrase {
    match f {
        Finding::StateNotTold { scheme, states } => phrase!(
            "{scheme} is for clusters in {states}; the study does not say the cluster's State",
            scheme,
            states = states.join(", "),
        ),
        Finding::OtherState {
            scheme,
            states,
            state,
        } => phrase!(
            "{scheme} is for clusters in {states}; this cluster is in {state}",
            scheme,
            states = states.join(", "),
            state,
        ),
        Finding::NotEligible { scheme, rule } => phrase!(
            "not eligible for {scheme}: {rule}",
            scheme,
            rule = rule_phrase(rule),
        ),
        Finding::CategoryNotTold {
            category,
            category_name,
            fact,
            evidence,
        } => phrase!(
            "{category} depends on {fact}, which cannot be told: {evidence}",
            category = category_named(category, category_name),
            fact = word(fact.label()),
            evidence,
        ),
        Finding::CaveatUnconfirmed { component, text } => phrase!(
            "{component}: {text} (not confirmed, not applied: confirm with the scheme's office)",
            component,
            text,
        ),
        Finding::CategoryUnconfirmed {
            category,
            category_name,
            fact,
            evidence,
            revision,
            note,
        } => {
            let puts = if category == "special" {
                phrase!("makes it special")
            } else {
                phrase!(
                    "puts it in {category}",
                    category = category_named(category, category_name)
                )
            };
            if note.is_empty() {
                phrase!(
                    "the cluster has {fact}: {evidence}. Whether that {puts} under {revision} is not confirmed, so it is not counted: confirm with the scheme's office",
                    fact = word(fact.label()),
                    evidence,
                    puts,
                    revision,
                )
            } else {
                phrase!(
                    "the cluster has {fact}: {evidence}. Whether that {puts} under {revision} is not confirmed ({note}), so it is not counted: confirm with the scheme's office",
                    fact = word(fact.label()),
                    evidence,
                    puts,
                    revision,
                    note,
                )
            }
        }
        Finding::UnknownComponent {
            word: named,
            revision,
            known,
        } => {
            if known.is_empty() {
                phrase!(
                    "`{word}` is not a component of {revision}. If the action is funded outside the scheme, leave component empty and say who pays in funded_by",
                    word = named,
                    revision,
                )
            } else {
                phrase!(
                    "`{word}` is not a component of {revision}; its components are: {known}. If the action is funded outside the scheme, leave component empty and say who pays in funded_by",
                    word = named,
                    revision,
                    known = known.join(", "),
                )
            }
        }
        Finding::ComponentUnconfirmed {
            component,
            id,
            what,
            payer,
        } => phrase!(
            "{component} ({id}): {what}. No GoI grant is computed; the cost is shown under {payer}",
            component,
            id,
            what,
            payer = word(payer),
        ),
        Finding::NotComputed {
            component,
            id,
            why,
            payer,
        } => phrase!(
            "{component} ({id}): cdstudy does not compute its grant: {why}. The cost is shown under {payer}; work the grant out by hand",
            component,
            id,
            why,
            payer = word(payer),
        ),
        Finding::NoUnitCounted {
            component,
            rate_rs,
            unit,
        } => phrase!(
            "{component}: the assistance is {rate} per {unit}, and no cost line of its actions counts a {unit} (give the action cost lines with unit: {unit}); no grant is computed",
            component,
            rate = *rate_rs,
            unit,
        ),
        Finding::PerActionCut {
            component,
            counted_rs,
            cost_rs,
            max_actions,
            ceiling_rs,
        } => phrase!(
            "{component}: only {counted} of the {cost} counts for the grant (at most {max_actions} actions, each up to {ceiling})",
            component,
            counted = *counted_rs,
            cost = *cost_rs,
            max_actions = *max_actions,
            ceiling = *ceiling_rs,
        ),
        Finding::BelowLowestBracket {
            component,
            cost_rs,
            from_rs,
            revision,
            lowest,
        } => match lowest {
            Some((pct, grant)) => phrase!(
                "the {component} costs {cost}, below the lowest bracket ({from}) of the {revision} rules: no rate for it was found, so no GoI grant is computed. At the lowest bracket's {pct} it would be {grant}; confirm with the scheme's office before counting on it.",
                component,
                cost = *cost_rs,
                from = *from_rs,
                revision,
                pct = PhraseArg::Figure(pct.to_string()),
                grant = *grant,
            ),
            None => phrase!(
                "the {component} costs {cost}, below the lowest bracket ({from}) of the {revision} rules: no rate for it was found, so no GoI grant is computed.",
                component,
                cost = *cost_rs,
                from = *from_rs,
                revision,
            ),
        },
        Finding::GoiShareUnconfirmed {
            component,
            category,
            revision,
            above_rs,
            up_to_rs,
        } => match cost_span_phrase(*above_rs, *up_to_rs) {
            Some(span) => phrase!(
                "{component}: the GoI share for the {category} category is not confirmed in the {revision} rules ({span}); no grant is computed",
                component,
                category = word(category.word()),
                revision,
                span,
            ),
            None => phrase!(
                "{component}: the GoI share for the {category} category is not confirmed in the {revision} rules; no grant is computed",
                component,
                category = word(category.word()),
                revision,
            ),
        },
        Finding::AboveCeiling {
            component,
            cost_rs,
            ceiling_rs,
            pct,
            grant_rs,
            beneficiary,
        } => phrase!(
            "{component} costs {cost}, above the {ceiling} on which the grant is computed: the grant is {pct} of {ceiling} = {grant}; the other {rest} must come from the State, the {beneficiary} or loans",
            component,
            cost = *cost_rs,
            ceiling = *ceiling_rs,
            pct = PhraseArg::Figure(pct.to_string()),
            grant = *grant_rs,
            rest = *cost_rs - *grant_rs,
            beneficiary = word(beneficiary),
        ),
        Finding::GrantNotOnHeadsCut {
            heads,
            excluded_rs,
            grant_rs,
            room_rs,
        } => phrase!(
            "no GoI grant may go to {heads}, which cost {excluded}: the grant is cut from {grant} to the {room} the other heads cost",
            heads = PhraseArg::Words(heads.clone()),
            excluded = *excluded_rs,
            grant = *grant_rs,
            room = *room_rs,
        ),
        Finding::GrantCapped {
            component,
            grant_rs,
            cap_rs,
        } => phrase!(
            "{component}: the grant would be {grant} but is capped at {cap}",
            component,
            grant = *grant_rs,
            cap = *cap_rs,
        ),
        Finding::ShareCapped {
            component,
            cost_rs,
            pct,
            of,
            other_cost_rs,
            grant_rs,
            cap_rs,
            payer,
        } => phrase!(
            "{component} ({cost}) exceed {pct} of the {of}' cost ({other_cost}): the grant is cut from {grant} to {cap}; the {above} above it falls to the {payer}",
            component,
            cost = *cost_rs,
            pct = PhraseArg::Figure(pct.to_string()),
            of = word(of),
            other_cost = *other_cost_rs,
            grant = *grant_rs,
            cap = *cap_rs,
            above = *cost_rs - *cap_rs,
            payer = word(payer),
        ),
        Finding::JustAboveEdge {
            component,
            cost_rs,
            edge_rs,
            pct_here,
            grant_rs,
            at_edge_rs,
            pct_below,
            even_rs,
        } => phrase!(
            "{component} costs {cost}, just above the {edge} bracket edge: at {pct_here} the grant is {grant}, less than the {at_edge} a project of {edge} gets at {pct_below}. The grant is larger at any cost up to {edge} or above {even}",
            component,
            cost = *cost_rs,
            edge = *edge_rs,
            pct_here = PhraseArg::Figure(pct_here.to_string()),
            grant = *grant_rs,
            at_edge = *at_edge_rs,
            pct_below = PhraseArg::Figure(pct_below.to_string()),
            even = *even_rs,
        ),
        Finding::NearEdge {
            component,
            cost_rs,
            within_pct,
            edge_rs,
            pct_here,
            pct_next,
        } => phrase!(
            "{component} costs {cost}, within {within_pct}% of the {edge} bracket edge: a cost increase past it (escalation, an added head) would lower the GoI share from {pct_here} to {pct_next}",
            component,
            cost = *cost_rs,
            within_pct = *within_pct,
            edge = *edge_rs,
            pct_here = PhraseArg::Figure(pct_here.to_string()),
            pct_next = PhraseArg::Figure(pct_next.to_string()),
        ),
        Finding::ArtisansNotEntered { tiers } => {
            let tiers: Vec<PhraseArg> = tiers
                .iter()
                .map(|(name, cap)| {
                    PhraseArg::from(phrase!(
                        "{tier}: at most {cap}",
                        tier = word(name),
                        cap = *cap
                    ))
                })
                .collect();
            phrase!(
                "the number of artisans is not entered; it sets the cap on the cluster's whole grant ({tiers}), which is not applied until it is",
                tiers = listed(tiers, Joined::Semicolon),
            )
        }
        Finding::ClusterCapHit {
            total_rs,
            cap_rs,
            tier,
            excess_rs,
            reduce_from,
        } => phrase!(
            "the grants add up to {total}, above the {cap} cap of a {tier}: cut by {excess} from {from}",
            total = *total_rs,
            cap = *cap_rs,
            tier = word(tier),
            excess = *excess_rs,
            from = listed(reduce_from.iter().map(word).collect(), Joined::Then),
        ),
        Finding::ProjectCapHit {
            total_rs,
            cap_rs,
            excess_rs,
            reduce_from,
        } => phrase!(
            "the grants add up to {total}, above the project's cap of {cap}: cut by {excess} from {from}",
            total = *total_rs,
            cap = *cap_rs,
            excess = *excess_rs,
            from = listed(reduce_from.iter().map(word).collect(), Joined::Then),
        ),
        Finding::OverFunded {
            component,
            goi_rs,
            state,
            state_rs,
            loan_rs,
            cost_rs,
        } => phrase!(
            "{component}: the grant ({goi}), the {state}'s share ({state_share}) and the loan ({loan}) add up to more than the cost ({cost}): lower the loan or the State's share",
            component,
            goi = *goi_rs,
            state = word(state),
            state_share = *state_rs,
            loan = *loan_rs,
            cost = *cost_rs,
        ),
        Finding::MeansDoNotAddUp {
            component,
            goi_rs,
            state,
            state_rs,
            beneficiary,
            beneficiary_rs,
            other,
            other_rs,
            cost_rs,
            gap_rs,
        } => {
            let means = |p: Phrase| {
                p.with("component", word(component))
                    .with("goi", PhraseArg::Rupees(*goi_rs))
                    .with("state", word(state))
                    .with("state_share", PhraseArg::Rupees(*state_rs))
                    .with("beneficiary", word(beneficiary))
                    .with("beneficiary_share", PhraseArg::Rupees(*beneficiary_rs))
                    .with("other", word(other))
                    .with("other_share", PhraseArg::Rupees(*other_rs))
                    .with("means", PhraseArg::Rupees(*cost_rs - *gap_rs))
                    .with("cost", PhraseArg::Rupees(*cost_rs))
            };
            if gap_rs.get() > 0 {
                means(Phrase::new(
                    "{component}: the means of finance (GoI {goi}, {state} {state_share}, {beneficiary} {beneficiary_share}, {other} {other_share}) add up to {means}, {gap} short of the cost {cost}; fix cfc.spv_share_rs or the other shares",
                ))
                .with("gap", PhraseArg::Rupees(*gap_rs))
            } else {
                means(Phrase::new(
                    "{component}: the means of finance (GoI {goi}, {state} {state_share}, {beneficiary} {beneficiary_share}, {other} {other_share}) add up to {means}, {gap} more than the cost {cost}; fix cfc.spv_share_rs or the other shares",
                ))
                .with("gap", PhraseArg::Rupees(Rupees(-gap_rs.get())))
            }
        }
        Finding::StateShareUnconfirmed {
            component,
            state,
            category,
            revision,
            field,
            beneficiary,
        } => phrase!(
            "{component}: the {state}'s share in the {category} category is not confirmed in the {revision} rules; enter the State's commitment in {field}. Until then the {beneficiary} is shown meeting everything the grant and the loan leave",
            component,
            state = word(state),
            category = word(category.word()),
            revision,
            field,
            beneficiary = word(beneficiary),
        ),
        Finding::PartyShareUnconfirmed {
            component,
            payer,
            category,
            revision,
            rest,
        } => phrase!(
            "{component}: the {payer}'s share in the {category} category is not given or not confirmed in the {revision} rules; it is not assumed, and the {rest} is shown meeting what the others leave",
            component,
            payer = word(payer),
            category = word(category.word()),
            revision,
            rest = word(rest),
        ),
        Finding::LandOverLimit {
            with_development,
            land_rs,
            share,
            cost_rs,
            max_pct,
            max_rs,
        } => {
            let share = PhraseArg::Figure(share.map(Percent::two_decimals).unwrap_or_default());
            let max_pct = PhraseArg::Figure(max_pct.to_string());
            if *with_development {
                phrase!(
                    "land with its development costs {land}, {share} of the project cost {cost}; the scheme allows at most {max_pct} ({max})",
                    land = *land_rs,
                    share,
                    cost = *cost_rs,
                    max_pct,
                    max = *max_rs,
                )
            } else {
                phrase!(
                    "land costs {land}, {share} of the project cost {cost}; the scheme allows at most {max_pct} ({max})",
                    land = *land_rs,
                    share,
                    cost = *cost_rs,
                    max_pct,
                    max = *max_rs,
                )
            }
        }
        Finding::CfcNotInPlan { cost_rs, component } => phrase!(
            "the CFC is described ({cost}) but no action in the action plan has component {component}: add it as a hard intervention so the plan's budget includes it",
            cost = *cost_rs,
            component,
        ),
        Finding::PlanDiffersFromCfc {
            planned_rs,
            component,
            cost_rs,
        } => {
            let diff = if planned_rs > cost_rs {
                *planned_rs - *cost_rs
            } else {
                *cost_rs - *planned_rs
            };
            phrase!(
                "the action plan puts {planned} under {component} but the CFC's cost heads add up to {cost} (a difference of {diff}): make them agree",
                planned = *planned_rs,
                component,
                cost = *cost_rs,
                diff,
            )
        }
        Finding::SpvTooSmall {
            members,
            revision,
            min,
            special_case_min,
        } => match special_case_min {
            Some(m) => phrase!(
                "the SPV has {members} member units; {revision} asks for at least {min}; if the guidelines' special case applies (a high-investment or high-technology project, a small cluster), say why in spv.special_case and {m} will do",
                members = *members,
                revision,
                min = *min,
                m = *m,
            ),
            None => phrase!(
                "the SPV has {members} member units; {revision} asks for at least {min}",
                members = *members,
                revision,
                min = *min,
            ),
        },
        Finding::SpvBringsTooLittle {
            own_rs,
            loan_rs,
            cost_rs,
            min_pct,
            floor_rs,
        } => {
            let brings = *own_rs + *loan_rs;
            let share = PhraseArg::Figure(share_of(brings, *cost_rs));
            let min_pct = PhraseArg::Figure(min_pct.two_decimals());
            if loan_rs.is_zero() {
                phrase!(
                    "the SPV brings {brings}, {share} of the CFC's cost {cost}; it must bring at least {min_pct} ({floor}): raise its share, or lower the State's share",
                    brings,
                    share,
                    cost = *cost_rs,
                    min_pct,
                    floor = *floor_rs,
                )
            } else {
                phrase!(
                    "the SPV brings {brings} (own funds {own} and term loan {loan}), {share} of the CFC's cost {cost}; it must bring at least {min_pct} ({floor}): raise its share, or lower the State's share",
                    brings,
                    own = *own_rs,
                    loan = *loan_rs,
                    share,
                    cost = *cost_rs,
                    min_pct,
                    floor = *floor_rs,
                )
            }
        }
        Finding::SpvOwnFundsBelowFloor {
            own_rs,
            loan_rs,
            cost_rs,
            min_pct,
            floor_rs,
        } => phrase!(
            "the SPV's {min_pct} contribution counts its term loan of {loan}; its own funds alone ({own}) are {share} of the CFC's cost. If the appraising bank or the State counts only own funds toward the {min_pct} floor, the SPV must bring {floor}",
            min_pct = PhraseArg::Figure(min_pct.two_decimals()),
            loan = *loan_rs,
            own = *own_rs,
            share = PhraseArg::Figure(share_of(*own_rs, *cost_rs)),
            floor = *floor_rs,
        ),
        Finding::MemberEquityOverCap {
            member,
            equity_rs,
            total_rs,
            max_pct,
            entered,
            of,
            complete,
        } => {
            let share = PhraseArg::Figure(share_of(*equity_rs, *total_rs));
            let max_pct = PhraseArg::Figure(max_pct.to_string());
            if *complete {
                return phrase!(
                    "{member} holds {equity} of the {total} equity entered ({share}); no member may hold more than {max_pct}",
                    member,
                    equity = *equity_rs,
                    total = *total_rs,
                    share,
                    max_pct,
                );
            }
            let of = match of {
                Some(n) => PhraseArg::from(*n),
                None => PhraseArg::from(phrase!("a member count not entered yet")),
            };
            let scope = if *entered == 1 {
                phrase!(
                    "so far: over the {entered} member whose equity is entered, of {of}",
                    entered = *entered,
                    of,
                )
            } else {
                phrase!(
                    "so far: over the {entered} members whose equity is entered, of {of}",
                    entered = *entered,
                    of,
                )
            };
            phrase!(
                "{member} holds {equity} of the {total} equity entered ({share}); no member may hold more than {max_pct} ({scope})",
                member,
                equity = *equity_rs,
                total = *total_rs,
                share,
                max_pct,
                scope,
            )
        }
    }
}

/// A category as a flag names it: "the special category", "the d category (D blocks)".
fn category_named(id: &str, name: &str) -> Phrase {
    if id == "special" {
        crate::phrase!("the special category")
    } else {
        crate::phrase!(
            "the {id} category ({name})",
            id,
            name = crate::phrase::word(name)
        )
    }
}

/// A bracket's range of project cost as a phrase: "project cost above Rs. 500.00 lakh up to
/// Rs. 1,000.00 lakh"; `None` for a bracket without either end.
fn cost_span_phrase(above: Option<Rupees>, up_to: Option<Rupees>) -> Option<Phrase> {
    match (above, up_to) {
        (Some(lo), Some(hi)) => Some(phrase!("project cost above {lo} up to {hi}", lo, hi)),
        (None, Some(hi)) => Some(phrase!("project cost up to {hi}", hi)),
        (Some(lo), None) => Some(phrase!("project cost above {lo}", lo)),
        (None, None) => None,
    }
}

/// The scheme's eligibility tests in words, each with its basis; an unconfirmed one is
/// said not to be applied.
fn eligibility_lines(s: &Scheme) -> Vec<Said> {
    let mark_of = |basis: Basis| {
        if basis.applies() {
            mark(basis)
        } else {
            basis_mark("not confirmed, so not applied")
        }
    };
    let mut lines = Vec::new();
    if !s.states.is_empty() {
        lines.push(said(phrase!(
            "Clusters in {states} (cluster.state).",
            states = listed(s.states.iter().map(word).collect(), Joined::Or)
        )));
    }
    let el = &s.eligibility;
    if let Some(t) = &el.sectors {
        lines.push(said(phrase!(
            "The {sectors} sector (cluster.sectors){mark}{note}.",
            sectors = listed(t.any_of.iter().map(word).collect(), Joined::Or),
            mark = mark_of(t.basis),
            note = colon_note(&t.note)
        )));
    }
    for t in &el.counts {
        let what = word(counted_words(t.of));
        let (mark, note, path) = (mark_of(t.basis), colon_note(&t.note), t.of.path());
        lines.push(said(match (t.min, t.max) {
            (Some(lo), Some(hi)) => phrase!(
                "{lo} to {hi} {what} ({path}){mark}{note}.",
                lo,
                hi,
                what,
                path,
                mark,
                note
            ),
            (Some(lo), None) => phrase!(
                "At least {lo} {what} ({path}){mark}{note}.",
                lo,
                what,
                path,
                mark,
                note
            ),
            (None, Some(hi)) => phrase!(
                "At most {hi} {what} ({path}){mark}{note}.",
                hi,
                what,
                path,
                mark,
                note
            ),
            (None, None) => continue,
        }));
    }
    if let Some(t) = &el.spv_forms {
        lines.push(said(phrase!(
            "The SPV {forms} (spv.legal_form){mark}{note}.",
            forms = listed(t.any_of.iter().map(|&f| form_arg(f)).collect(), Joined::Or),
            mark = mark_of(t.basis),
            note = colon_note(&t.note)
        )));
    }
    if let Some(t) = &el.land {
        if let Some(m) = t.min_acres {
            lines.push(said(phrase!(
                "The CFC's land at least {acres} acres (cfc.land_acres){mark}{note}.",
                acres = PhraseArg::Figure(m.figure()),
                mark = mark_of(t.basis),
                note = colon_note(&t.note)
            )));
        }
        for (category, m) in &t.min_acres_by_category {
            lines.push(said(phrase!(
                "In the {category} category, the CFC's land at least {acres} acres (cfc.land_acres){mark}.",
                category = word(category),
                acres = PhraseArg::Figure(m.figure()),
                mark = mark_of(t.basis)
            )));
        }
        if !t.tenure_any_of.is_empty() {
            let tenures = t
                .tenure_any_of
                .iter()
                .map(|x| word(x.label().to_lowercase()))
                .collect();
            lines.push(said(phrase!(
                "The CFC's land {tenures} (cfc.land_tenure){mark}.",
                tenures = listed(tenures, Joined::Or),
                mark = mark_of(t.basis)
            )));
        }
        if let Some(y) = t.min_lease_years {
            lines.push(said(phrase!(
                "Leased land on a lease of at least {years} years (cfc.lease_years){mark}.",
                years = PhraseArg::Figure(y.to_string()),
                mark = mark_of(t.basis)
            )));
        }
    }
    lines
}

/// What a count test counts, in words.
fn counted_words(of: Counted) -> &'static str {
    match of {
        Counted::Units => "units",
        Counted::Looms => "looms",
        Counted::Artisans => "artisans",
        Counted::SpvMembers => "SPV member units",
    }
}

/// " (the note)" after a rule with a note.
fn noted(note: &str) -> String {
    if note.trim().is_empty() {
        String::new()
    } else {
        format!(" ({})", note.trim())
    }
}

/// An SPV's legal form with its article, as a value of a phrase: "a trust", "a section 8
/// company"; `other` is "another legal form", never "an other". The form is a word of the
/// rules, so that another language names it.
fn form_arg(form: LegalForm) -> PhraseArg {
    let lower = match form {
        LegalForm::Other => return PhraseArg::from(phrase!("another legal form")),
        f => f.label().to_lowercase(),
    };
    PhraseArg::from(if lower.starts_with(['a', 'e', 'i', 'o', 'u']) {
        phrase!("an {legal_form}", legal_form = word(lower))
    } else {
        phrase!("a {legal_form}", legal_form = word(lower))
    })
}

/// A legal form in English ([`form_arg`]).
#[cfg(test)]
fn form_words(form: LegalForm) -> String {
    match form_arg(form) {
        PhraseArg::Phrase(p) => p.english(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrase::serial_list;

    #[test]
    fn amounts_read_as_the_tables_print_them() {
        // Half up at Rs 1,000, two decimals, as every table's cells.
        assert_eq!(lakh_words(Rupees(22_30_500)), "Rs. 22.31 lakh");
        assert_eq!(lakh_words(Rupees(22_30_499)), "Rs. 22.30 lakh");
        assert_eq!(lakh_words(Rupees(20_95_80_000)), "Rs. 2,095.80 lakh");
        // A document passes its table's apportioned figure, and the rule repeats it.
        let d = Decision::MeetsTheRest {
            who: Payer::Beneficiary,
            named: false,
            payer: "IA / SPV".to_string(),
            amount_rs: Rupees(22_30_500),
        };
        let table = |r: Rupees| lakh_words(Rupees(r.get() - 500));
        assert_eq!(
            rule_words_with(&d, &table),
            "the IA / SPV meets the rest: Rs. 22.30 lakh"
        );
    }

    #[test]
    fn a_cap_that_rounds_alike_is_compared_in_rupees() {
        let cut = rule_words(&Decision::GrantCap {
            cap_rs: Rupees(22_30_000),
            grant_rs: Rupees(22_30_400),
        });
        assert_eq!(
            cut,
            "grant at most Rs. 22,30,000: the Rs. 22,30,400 it would be is cut to it"
        );
        let within = rule_words(&Decision::GrantCap {
            cap_rs: Rupees(25_00_000),
            grant_rs: Rupees(21_01_000),
        });
        assert_eq!(
            within,
            "grant at most Rs. 25.00 lakh: the grant of Rs. 21.01 lakh is within it"
        );
        let cluster = rule_words(&Decision::ClusterCap {
            artisans: 465,
            tier: "regular".to_string(),
            cap_rs: Rupees(2_50_00_000),
            total_rs: Rupees(2_50_00_300),
        });
        assert!(
            cluster.ends_with(
                "GoI at most Rs. 2,50,00,000; the grant of Rs. 2,50,00,300 is cut by Rs. 300"
            ),
            "{cluster}"
        );
    }

    /// Two heads read "a and b", never "a, and b"; three or more keep the comma before
    /// "and" that every other list of the file prints.
    #[test]
    fn a_flag_lists_two_heads_without_a_comma() {
        let cut = |heads: &[&str]| {
            finding_words(&Finding::GrantNotOnHeadsCut {
                heads: heads.iter().map(|h| h.to_string()).collect(),
                excluded_rs: Rupees(5_00_00_000),
                grant_rs: Rupees(6_00_00_000),
                room_rs: Rupees(5_00_00_000),
            })
        };
        assert_eq!(
            cut(&["land", "building"]),
            "no GoI grant may go to land and building, which cost Rs. 500.00 lakh: the grant is cut from Rs. 600.00 lakh to the Rs. 500.00 lakh the other heads cost"
        );
        assert!(
            cut(&["land", "site development", "building"])
                .starts_with("no GoI grant may go to land, site development, and building, "),
            "{}",
            cut(&["land", "site development", "building"])
        );
        assert_eq!(
            cut(&["land"]).split(',').next(),
            Some("no GoI grant may go to land")
        );
        // The category's reasons list alike.
        let two = ["women-owned".to_string(), "SC/ST-owned".to_string()];
        assert_eq!(serial_list(&two, "or"), "women-owned or SC/ST-owned");
        assert_eq!(and_list(&two[..1]), "women-owned");
        let three = ["B".to_string(), "C".to_string(), "D".to_string()];
        assert_eq!(block_words(&three), "B, C, or D");
    }

    /// An SPV whose legal form is `other` is "registered in another legal form", never
    /// "an other"; the forms a scheme names keep their articles.
    #[test]
    fn an_spv_of_another_legal_form_is_worded_as_such() {
        let test = |form| {
            rule_words(&Decision::EligibleSpvForm {
                any_of: vec![LegalForm::PrivateLimited, LegalForm::Section8Company],
                form,
                note: String::new(),
            })
        };
        assert_eq!(
            test(Some(LegalForm::Other)),
            "an SPV registered as a private limited company or a section 8 company: the study's SPV is registered in another legal form (spv.legal_form: other)"
        );
        assert_eq!(
            test(Some(LegalForm::Society)),
            "an SPV registered as a private limited company or a section 8 company: the study's SPV is a registered society"
        );
        assert_eq!(form_words(LegalForm::Other), "another legal form");
        assert_eq!(form_words(LegalForm::Cooperative), "a co-operative society");
        assert!(!test(Some(LegalForm::Other)).contains("an other"));
    }
}
