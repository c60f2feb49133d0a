//! Very large figures in a study (a capacity of billions of units, user charges and costs of
//! lakhs per unit) never make the appraisal or a document panic: money arithmetic
//! saturates or is carried wide, and an impossible figure is reported, not wrapped.

use std::path::PathBuf;

use cdstudy::assets::Assets;
use cdstudy::model::{Percent, Rate, Rupees, Study};
use cdstudy::render::{self, DocKind, Format, RenderError};
use proptest::prelude::*;

fn load(name: &str) -> Study {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("studies")
        .join(format!("{name}.yaml"));
    cdstudy::store::load(&path)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .study
}

/// The study with its CFC's operations and costs set to the given (large) figures.
fn with_large(mut study: Study, capacity: u64, charge: i64, cost: i64, fixed: i64) -> Study {
    if let Some(cfc) = study.cfc.as_mut() {
        let o = &mut cfc.operations;
        o.capacity = Some(capacity);
        o.charge_member_rs = Some(Rate::from_paise(charge));
        o.charge_other_rs = Some(Rate::from_paise(charge.saturating_mul(2)));
        for v in &mut o.variable_costs {
            v.amount_rs = Some(Rate::from_paise(cost));
        }
        for f in &mut o.fixed_costs {
            f.amount_rs = Some(Rupees(fixed));
        }
        // Utilisation and escalation far beyond sense, as a mistyped figure gives them.
        let pct = Percent::from_basis_points(fixed.rem_euclid(10_000_000));
        o.utilisation_pct = vec![pct];
        o.charge_escalation_pct = Some(pct);
        o.cost_escalation_pct = Some(pct);
        if let Some(loan) = cfc.loan.as_mut() {
            loan.amount_rs = Some(Rupees(fixed));
        }
        for m in &mut cfc.costs.machinery {
            m.unit_cost_rs = Some(Rupees(fixed));
        }
    }
    study
}

fn render_all(study: &Study) {
    let assets = Assets::embedded();
    let _ = cdstudy::scheme::cfc_viability(study, None);
    for scheme in ["mse-cdp", "sfurti", "generic"] {
        for doc in DocKind::ALL {
            let out = match render::render(study, doc, Some(scheme), &assets) {
                Ok(out) => out,
                Err(RenderError::NoTemplate { .. }) => continue,
                Err(_) => continue,
            };
            for f in [Format::Md, Format::Html, Format::Docx] {
                let _ = out.bytes(f);
            }
        }
    }
}

#[test]
fn a_million_of_everything_does_not_panic() {
    for name in ["ujjain-plastic", "bokaro-bamboo"] {
        let mut s = with_large(
            load(name),
            1_000_000_000_000,
            1_000_000 * 100,
            1_000_000 * 100,
            1_000_000_00_000,
        );
        if let Some(cfc) = s.cfc.as_mut() {
            cfc.operations.utilisation_pct = vec![Percent::from_basis_points(8_000)];
        }
        render_all(&s);
        // A year's income of Rs 10^18 is beyond any study: reported, not projected.
        let v = cdstudy::scheme::cfc_viability(&s, None);
        assert!(v.viability.is_none());
        assert!(
            v.missing.iter().any(|m| m.what.contains("would exceed")),
            "{:?}",
            v.missing
        );
    }
}

/// Amounts spread over every order of magnitude up to 10^`digits` (a uniform draw would
/// almost always land near the top and overflow every product at once).
fn big(digits: u32) -> impl Strategy<Value = i64> {
    (0..=digits, 1i64..10).prop_map(|(e, m)| m.saturating_mul(10i64.saturating_pow(e)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn large_random_inputs_never_panic(
        which in 0usize..2,
        capacity in big(19),
        charge in big(16),
        cost in big(16),
        fixed in big(14),
    ) {
        let name = ["ujjain-plastic", "bokaro-bamboo"][which];
        let cap = u64::try_from(capacity).unwrap_or(u64::MAX);
        render_all(&with_large(load(name), cap, charge, cost, fixed));
    }
}
