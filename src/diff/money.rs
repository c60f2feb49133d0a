//! The money effect of a change: each study financed under its scheme by the financing
//! engine (`scheme::financing`, which owns every rule), and the figures set side by side —
//! cost and GoI grant per component and in total, before → after. Nothing is computed
//! here but the comparison.

use serde::Serialize;

use crate::model::{Rupees, Study};
use crate::scheme::{self, Catalog, Financing};

/// Cost and grant of one component (or the total) before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoneyRow {
    /// The component id (`soft`, `cfc`), or `total`.
    pub id: String,
    pub name: String,
    pub cost_before_rs: Rupees,
    pub cost_after_rs: Rupees,
    pub goi_before_rs: Rupees,
    pub goi_after_rs: Rupees,
}

impl MoneyRow {
    pub fn changed(&self) -> bool {
        self.cost_before_rs != self.cost_after_rs || self.goi_before_rs != self.goi_after_rs
    }
}

/// What a change does to the money under the study's scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoneyEffect {
    /// The scheme as the new study names it (`MSE-CDP (mse-cdp@2022-05-24)`), or as the
    /// old one did if the new one has none the catalogue knows.
    pub scheme: String,
    /// Changes that move every figure: another scheme, another category.
    pub notes: Vec<String>,
    /// The components whose cost or grant changed.
    pub components: Vec<MoneyRow>,
    pub total: MoneyRow,
}

impl MoneyEffect {
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty() && !self.total.changed() && self.components.is_empty()
    }
}

/// The money effect of going from `old` to `new`, `None` when neither study names a
/// scheme in `catalog` or when no figure moved.
pub fn money_effect(old: &Study, new: &Study, catalog: &Catalog) -> Option<MoneyEffect> {
    let finance = |s: &Study| {
        catalog
            .get(&s.meta.scheme)
            .map(|scheme| scheme::financing(s, scheme))
    };
    let (before, after) = (finance(old), finance(new));
    let named = after.as_ref().or(before.as_ref())?;
    let scheme = format!("{} ({})", named.scheme_name, named.revision);

    let mut notes = Vec::new();
    match (&before, &after) {
        (Some(b), Some(a)) if b.scheme != a.scheme => notes.push(format!(
            "scheme: {} ({}) → {} ({})",
            b.scheme_name, b.revision, a.scheme_name, a.revision
        )),
        (None, Some(a)) => notes.push(format!(
            "scheme: `{}` (not a scheme cdstudy knows) → {}",
            old.meta.scheme, a.scheme_name
        )),
        (Some(b), None) => notes.push(format!(
            "scheme: {} → `{}` (not a scheme cdstudy knows; no grant computed)",
            b.scheme_name, new.meta.scheme
        )),
        _ => {}
    }
    if let (Some(b), Some(a)) = (&before, &after) {
        if b.category != a.category {
            notes.push(format!(
                "category: {} → {} ({})",
                b.category.word(),
                a.category.word(),
                a.category_reason
            ));
        }
    }

    let mut ids: Vec<(String, String)> = Vec::new();
    for f in [&after, &before].into_iter().flatten() {
        for c in &f.components {
            if !ids.iter().any(|(id, _)| id == &c.id) {
                ids.push((c.id.clone(), c.name.clone()));
            }
        }
    }
    let figures = |f: &Option<Financing>, id: &str| {
        f.as_ref()
            .and_then(|f| f.component(id))
            .map_or((Rupees::ZERO, Rupees::ZERO), |c| (c.cost_rs, c.goi_rs))
    };
    let components: Vec<MoneyRow> = ids
        .into_iter()
        .map(|(id, name)| {
            let (cost_before_rs, goi_before_rs) = figures(&before, &id);
            let (cost_after_rs, goi_after_rs) = figures(&after, &id);
            MoneyRow {
                id,
                name,
                cost_before_rs,
                cost_after_rs,
                goi_before_rs,
                goi_after_rs,
            }
        })
        .filter(MoneyRow::changed)
        .collect();
    let totals = |f: &Option<Financing>| {
        f.as_ref().map_or((Rupees::ZERO, Rupees::ZERO), |f| {
            (f.totals.cost_rs, f.totals.goi_rs)
        })
    };
    let ((cost_before_rs, goi_before_rs), (cost_after_rs, goi_after_rs)) =
        (totals(&before), totals(&after));
    let effect = MoneyEffect {
        scheme,
        notes,
        components,
        total: MoneyRow {
            id: "total".into(),
            name: "Total".into(),
            cost_before_rs,
            cost_after_rs,
            goi_before_rs,
            goi_after_rs,
        },
    };
    (!effect.is_empty()).then_some(effect)
}

/// The financing of one study as lines for the line view (`git log -p`): cost and grant
/// per component and in total.
pub fn money_lines(study: &Study, catalog: &Catalog) -> Vec<String> {
    let Some(scheme) = catalog.get(&study.meta.scheme) else {
        return Vec::new();
    };
    let f = scheme::financing(study, scheme);
    let mut out = vec![format!(
        "money › scheme: {} ({}), {} category",
        f.scheme_name,
        f.revision,
        f.category.word()
    )];
    for c in &f.components {
        out.push(format!(
            "money › {} › cost: {}, GoI grant: {}",
            c.name,
            c.cost_rs.inr(),
            c.goi_rs.inr()
        ));
    }
    out.push(format!(
        "money › total › cost: {}, GoI grant: {}",
        f.totals.cost_rs.inr(),
        f.totals.goi_rs.inr()
    ));
    out
}
