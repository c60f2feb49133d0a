//! A scheme's rules in words, for `cdstudy schemes show` and the terminal UI: what a
//! consultant needs to know before entering figures, with every rule's basis.

use serde::Serialize;

use super::rules::{Basis, Bracket, Component, Payer, Scheme};
use crate::finance::{exact_words, share_floor};
use crate::model::{Percent, Rupees};

/// A titled group of sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    pub title: String,
    pub lines: Vec<String>,
}

/// The rules of a scheme in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub heading: String,
    pub parts: Vec<Part>,
}

fn rs(r: Rupees) -> String {
    exact_words(r)
}

/// " (secondary source)" after a rule that is not confirmed; nothing after one that is.
fn mark(basis: Basis) -> String {
    match basis {
        Basis::Confirmed => String::new(),
        other => format!(" ({})", other.word()),
    }
}

fn rate(p: Option<Percent>) -> String {
    p.map(|p| p.to_string())
        .unwrap_or_else(|| "not confirmed".to_string())
}

pub fn explain(s: &Scheme) -> Explanation {
    let mut parts = Vec::new();
    let mut about = vec![
        format!("Revision {}: {}.", s.revision, s.guideline),
        format!("Dated {}.", s.dated.format("%d-%m-%Y")),
    ];
    if !s.ministry.is_empty() {
        about.push(format!("Ministry: {}.", s.ministry));
    }
    if !s.summary.is_empty() {
        about.push(s.summary.trim().to_string());
    }
    parts.push(Part {
        title: "The scheme".to_string(),
        lines: about,
    });

    let counted: Vec<String> = s
        .special_category
        .when_any
        .iter()
        .filter(|c| c.basis.applies())
        .map(|c| format!("{}{}", c.fact.label(), mark(c.basis)))
        .collect();
    let mut category = Vec::new();
    if counted.is_empty() {
        category.push("No special category: every cluster is general.".to_string());
    } else {
        category.push(format!(
            "Special category ({}): a cluster in {}.",
            s.special_category.name,
            counted.join("; or ")
        ));
        category.push("Every other cluster is in the general category.".to_string());
    }
    for c in s
        .special_category
        .when_any
        .iter()
        .filter(|c| !c.basis.applies())
    {
        let note = if c.note.is_empty() {
            String::new()
        } else {
            format!(": {}", c.note)
        };
        category.push(format!(
            "Not confirmed, so not counted (cdstudy flags it when a cluster has it): {}{note}.",
            c.fact.label()
        ));
    }
    parts.push(Part {
        title: "Category".to_string(),
        lines: category,
    });

    for c in &s.components {
        parts.push(Part {
            title: format!("Component `{}`: {}", c.id, c.name),
            lines: component_lines(s, c),
        });
    }
    if s.open_components {
        parts.push(Part {
            title: "Components".to_string(),
            lines: vec![
                "No funding rules: actions may name any component; each is reported with its cost and paid for as the study says (funded_by).".to_string(),
            ],
        });
    }

    if let Some(caps) = &s.cluster_caps {
        let mut lines: Vec<String> = caps
            .tiers
            .iter()
            .map(|t| {
                format!(
                    "{}: GoI at most {} for the whole cluster{}.",
                    t.name,
                    rs(t.goi_cap_rs),
                    mark(caps.basis)
                )
            })
            .collect();
        lines.push(format!(
            "When the grants exceed the cap, the cut falls on {}, in that order. The cap needs the number of artisans (cluster.artisans).",
            caps.reduce_from.join(", then ")
        ));
        parts.push(Part {
            title: "Cap on the cluster's grant".to_string(),
            lines,
        });
    }

    if let Some(spv) = &s.spv {
        parts.push(Part {
            title: "SPV".to_string(),
            lines: vec![
                format!(
                    "At least {} member units; {} in the guidelines' special cases (record why in spv.special_case){}.",
                    spv.min_members,
                    spv.min_members_special_case,
                    mark(spv.members_basis)
                ),
                format!(
                    "Brings at least {} of the CFC's cost (its own funds and the term loan it raises){}.",
                    spv.min_contribution_pct,
                    mark(spv.contribution_basis)
                ),
                format!(
                    "No member holds more than {} of the SPV's equity{}.",
                    spv.max_member_equity_pct,
                    mark(spv.equity_basis)
                ),
            ],
        });
    }
    if let Some(land) = &s.land {
        let what = if land.includes_site_development {
            "Land, with its development,"
        } else {
            "Land"
        };
        parts.push(Part {
            title: "Land".to_string(),
            lines: vec![format!(
                "{what} is at most {} of the project cost{}.",
                land.max_pct,
                mark(land.basis)
            )],
        });
    }
    parts.push(Part {
        title: "Rounding".to_string(),
        lines: vec![format!(
            "Amounts in whole rupees; grants {}.",
            s.grant_rounding.describe()
        )],
    });
    parts.push(Part {
        title: "CFC viability".to_string(),
        lines: match &s.viability {
            Some(v) => vec![
                format!("From {}:", v.source),
                format!(
                    "projection of {} years; cumulative DSCR at least {:.2}; break-even below {:.0}% of installed capacity; ROCE above {:.0}%; IRR above {:.0}%; NPV at {} positive.",
                    v.years,
                    v.min_cumulative_dscr,
                    v.max_break_even_pct,
                    v.min_roce_pct,
                    v.min_irr_pct,
                    v.discount_rate_pct
                ),
            ],
            None => vec![format!(
                "{} sets no acceptance rules; cdstudy holds a CFC against those of the MSE-CDP guidelines of 24-05-2022 as a reference.",
                s.name
            )],
        },
    });
    if !s.required_sections.is_empty() {
        let mut lines = vec![format!(
            "A study needs: {}.",
            s.required_sections.join(", ")
        )];
        if !s.dpr_required_sections.is_empty() {
            lines.push(format!(
                "Once it describes a CFC (a DPR), also: {}.",
                s.dpr_required_sections.join(", ")
            ));
        }
        parts.push(Part {
            title: "Sections".to_string(),
            lines,
        });
    }
    if !s.open_questions.is_empty() {
        parts.push(Part {
            title: "Not confirmed (flagged by cdstudy where it matters, never assumed)".to_string(),
            lines: s.open_questions.iter().map(|q| format!("{q}.")).collect(),
        });
    }
    parts.push(Part {
        title: "Sources".to_string(),
        lines: s.sources.clone(),
    });
    Explanation {
        heading: format!("{} — {}", s.name, s.title),
        parts,
    }
}

fn component_lines(s: &Scheme, c: &Component) -> Vec<String> {
    let mut lines = Vec::new();
    if !c.description.trim().is_empty() {
        lines.push(c.description.trim().to_string());
    }
    if !c.basis.applies() {
        lines.push(
            "Its funding rule is not confirmed: cdstudy computes no grant and flags the component when a study uses it."
                .to_string(),
        );
        return lines;
    }
    if !c.not_computed.trim().is_empty() {
        lines.push(format!(
            "cdstudy does not compute its grant: {}; a study that uses it is flagged.",
            c.not_computed.trim()
        ));
        lines.push(format!("The cost is shown under: {}.", payer(s, c.rest_to)));
        return lines;
    }
    if !c.no_grant.trim().is_empty() {
        lines.push(format!("No GoI grant: {}.", c.no_grant.trim()));
        lines.push(format!("The cost is met by: {}.", payer(s, c.rest_to)));
        return lines;
    }
    if let Some(from) = c.from_rs {
        lines.push(format!(
            "Below {}: no rate was found; cdstudy flags such a project and computes no grant.",
            rs(from)
        ));
    }
    let mut lower = c.from_rs;
    for b in &c.brackets {
        lines.push(bracket_line(s, lower, b));
        lower = b.up_to_rs;
    }
    if let (Some(ceiling), Some(last)) = (c.ceiling(), c.brackets.last()) {
        let max = |p: Option<Percent>| p.map(|p| rs(share_floor(ceiling, p)));
        let maxima: Vec<String> = [
            ("general", max(last.goi_pct.general)),
            ("special", max(last.goi_pct.special)),
        ]
        .into_iter()
        .filter_map(|(cat, m)| m.map(|m| format!("{m} {cat}")))
        .collect();
        lines.push(format!(
            "Above {}: the project is considered, but the grant is computed on {} (at most {}).",
            rs(ceiling),
            rs(ceiling),
            maxima.join(", ")
        ));
    }
    if !c.grant_not_on.is_empty() {
        let heads: Vec<String> = c
            .grant_not_on
            .iter()
            .map(|h| h.word().replace('-', " "))
            .collect();
        lines.push(format!(
            "No GoI grant on {}: those heads are met by the State and the SPV{}.",
            heads.join(", "),
            mark(c.grant_not_on_basis)
        ));
    }
    if let Some(cap) = c.grant_cap_rs {
        lines.push(format!(
            "The grant is at most {}{}.",
            rs(cap),
            mark(c.grant_cap_basis)
        ));
    }
    if let Some(sc) = &c.share_cap {
        lines.push(format!(
            "The grant is at most {} of the cost of `{}`{}.",
            sc.pct,
            sc.of,
            mark(sc.basis)
        ));
    }
    if let Some(pa) = &c.per_action {
        lines.push(format!(
            "At most {} actions count, each up to {}{}{}.",
            pa.max_actions,
            rs(pa.ceiling_rs),
            mark(pa.basis),
            if pa.note.is_empty() {
                String::new()
            } else {
                format!(": {}", pa.note)
            }
        ));
    }
    lines.push(format!("The rest is met by: {}.", payer(s, c.rest_to)));
    for cv in &c.caveats {
        lines.push(format!("Note: {}{}.", cv.text.trim(), mark(cv.basis)));
    }
    lines
}

fn bracket_line(s: &Scheme, lower: Option<Rupees>, b: &Bracket) -> String {
    let span = match (lower, b.up_to_rs) {
        (Some(lo), Some(hi)) => format!("Project cost above {} up to {}: ", rs(lo), rs(hi)),
        (None, Some(hi)) => format!("Project cost up to {}: ", rs(hi)),
        (Some(lo), None) => format!("Project cost above {}: ", rs(lo)),
        (None, None) => String::new(),
    };
    let goi = if b.goi_pct.general == b.goi_pct.special {
        format!("GoI {}", rate(b.goi_pct.general))
    } else {
        format!(
            "GoI {} (general), {} (special)",
            rate(b.goi_pct.general),
            rate(b.goi_pct.special)
        )
    };
    let state = match &b.state_pct {
        None => String::new(),
        Some(by) => format!(
            "; {} {} (general), {} (special){}",
            s.labels.state,
            rate(by.general),
            rate(by.special),
            mark(b.state_basis)
        ),
    };
    let whole = if span.is_empty() {
        "the cost"
    } else {
        "the whole cost"
    };
    format!("{span}{goi} of {whole}{}{state}.", mark(b.basis))
}

fn payer(s: &Scheme, p: Payer) -> &str {
    match p {
        Payer::Beneficiary => &s.labels.beneficiary,
        Payer::State => &s.labels.state,
        Payer::Other => &s.labels.other,
    }
}
