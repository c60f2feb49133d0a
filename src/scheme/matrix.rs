//! The CFC's means of finance: a cost head × source matrix whose rows add up to the heads,
//! whose columns add up to the sources, and whose total is the project cost, to the rupee.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::finance::{percent_of, CostHeads, Head};
use crate::model::{Percent, Rupees};

/// A source of the CFC's means of finance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    Goi,
    State,
    Beneficiary,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceColumn {
    pub source: Source,
    pub label: String,
    pub amount_rs: Rupees,
    pub pct_of_cost: Option<Percent>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatrixRow {
    pub head: Head,
    pub label: &'static str,
    /// One amount per column, in the order of `columns`.
    pub amounts_rs: Vec<Rupees>,
    pub total_rs: Rupees,
    pub pct_of_cost: Option<Percent>,
}

/// The CFC's means of finance: cost head × source, every row and column adding up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeansOfFinance {
    pub columns: Vec<SourceColumn>,
    pub rows: Vec<MatrixRow>,
    pub total_rs: Rupees,
}

/// Fills the head × source matrix: each source in turn takes what its priority heads
/// still need (GoI first, on the heads the scheme lets it fund; then the State, on land
/// and building first; then the loan, on plant and building first; the SPV last, on all
/// that is left). `None` when the sources do not add up to the cost.
pub(super) fn means_of_finance(
    heads: &CostHeads,
    sources: &[(Source, String, Rupees)],
    grant_not_on: &[Head],
) -> Option<MeansOfFinance> {
    use Head::*;
    let total = heads.total();
    if sources.iter().any(|(_, _, a)| a.get() < 0)
        || sources.iter().map(|(_, _, a)| *a).sum::<Rupees>() != total
    {
        return None;
    }
    let priority = |s: Source| -> Vec<Head> {
        match s {
            Source::Goi => [
                Machinery,
                MiscFixedAssets,
                Contingency,
                PreOperative,
                Preliminary,
                WcMargin,
                Building,
                SiteDevelopment,
                Land,
            ]
            .into_iter()
            .filter(|h| !grant_not_on.contains(h))
            .collect(),
            Source::State => vec![
                Land,
                SiteDevelopment,
                Building,
                Machinery,
                MiscFixedAssets,
                Contingency,
                PreOperative,
                Preliminary,
                WcMargin,
            ],
            Source::Other => vec![
                Machinery,
                MiscFixedAssets,
                Building,
                SiteDevelopment,
                Contingency,
                PreOperative,
                Preliminary,
                Land,
                WcMargin,
            ],
            Source::Beneficiary => Head::ALL.to_vec(),
        }
    };
    let mut remaining: Vec<(Head, Rupees)> = heads.iter().collect();
    let mut cells: BTreeMap<(Head, usize), Rupees> = BTreeMap::new();
    // Fill order: GoI, State, loan, then the SPV and the parties beside it take the rest.
    let rank = |s: Source| match s {
        Source::Goi => 0,
        Source::State => 1,
        Source::Other => 2,
        Source::Beneficiary => 3,
    };
    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by_key(|&c| rank(sources[c].0));
    for col in order {
        let (source, _, amount) = &sources[col];
        let mut left = *amount;
        for head in priority(*source) {
            if left.is_zero() {
                break;
            }
            let Some(slot) = remaining.iter_mut().find(|(h, _)| *h == head) else {
                continue;
            };
            let take = left.min(slot.1);
            slot.1 = slot.1 - take;
            left = left - take;
            *cells.entry((head, col)).or_default() += take;
        }
        if !left.is_zero() {
            return None;
        }
    }
    if remaining.iter().any(|(_, r)| !r.is_zero()) {
        return None;
    }
    let columns = sources
        .iter()
        .map(|(source, label, amount)| SourceColumn {
            source: *source,
            label: label.clone(),
            amount_rs: *amount,
            pct_of_cost: percent_of(*amount, total),
        })
        .collect();
    let rows = heads
        .iter()
        .map(|(head, amount)| MatrixRow {
            head,
            label: head.label(),
            amounts_rs: (0..sources.len())
                .map(|c| cells.get(&(head, c)).copied().unwrap_or_default())
                .collect(),
            total_rs: amount,
            pct_of_cost: percent_of(amount, total),
        })
        .collect();
    Some(MeansOfFinance {
        columns,
        rows,
        total_rs: total,
    })
}
