//! Several parties' shares and who pays the remainder: a rules file names parties beside
//! the GoI, the State and the scheme's own contributor (an implementing agency, the
//! beneficiaries, a private investor), each with a rate by category and a cap ("x% or Rs
//! y, whichever is less"), and `rest_to` names who meets what the others leave. Cases
//! worked by hand; amounts in lakh.

use cdstudy::model::{
    Action, ActionKind, Cfc, CfcCosts, Cost, Id, Loan, Machine, Rupees, Study, LAKH,
};
use cdstudy::scheme::{financing, parse, Catalog, Financing, FlagLevel, Outcome, Payer, Scheme};

fn lakh(v: f64) -> Rupees {
    Rupees((v * LAKH as f64).round() as i64)
}

/// A scheme of one CFC component: GoI 60% (special 70%), the State 20%, an implementing
/// agency 10% at most Rs 50 lakh, and the beneficiaries the rest; `extra` is appended to
/// the component.
fn rules_text(extra: &str) -> String {
    format!(
        r#"id: test-parties
name: Parties test
title: A scheme of several parties
revision: test-parties@2026-01-01
guideline: written for the test
dated: 2026-01-01
ministry: none
summary: GoI, State, an implementing agency and the beneficiaries.
sources: ["the test"]
grant_rounding: rupee
labels: {{state: State Government, beneficiary: SPV, other: Bank loan / others}}
special_category:
  name: NE and hill States
  when_any:
    - fact: ne-or-hill-state
components:
  - id: cfc
    name: Common Facility Centre
    cost_from: cfc-project
    brackets:
      - goi_pct: {{general: 60, special: 70}}
        state_pct: {{general: 20, special: 20}}
    parties:
      - id: implementing-agency
        name: Implementing agency
        pct: {{general: 10, special: 5}}
        cap_rs: 50 lakh
        basis: secondary
      - id: beneficiaries
        name: Beneficiary units
{extra}required_sections: [cluster]
"#
    )
}

fn rules(extra: &str) -> Scheme {
    parse(
        "test-parties",
        &rules_text(extra),
        "test-parties/scheme.yaml",
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn cfc_study(cost_lakh: f64) -> Study {
    let mut study = Study::new("Test", "test-parties");
    study.action_plan.actions = vec![Action {
        id: "a-1".parse::<Id>().unwrap(),
        title: "The CFC".into(),
        kind: Some(ActionKind::Hard),
        component: "cfc".into(),
        cost: Some(Cost::Amount(lakh(cost_lakh))),
        ..Action::default()
    }];
    study.cfc = Some(Cfc {
        costs: CfcCosts {
            building_rs: Some(lakh(cost_lakh * 0.25)),
            machinery: vec![Machine {
                item: "Plant".into(),
                quantity: Some(1),
                unit_cost_rs: Some(lakh(cost_lakh * 0.75)),
                supplier: String::new(),
            }],
            ..CfcCosts::default()
        },
        ..Cfc::default()
    });
    study
}

fn party(f: &Financing, id: &str) -> Rupees {
    let c = f.component("cfc").unwrap();
    c.parties
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.amount_rs)
        .unwrap_or_else(|| panic!("no party {id}"))
}

/// Every column and party adds up to the cost, and no share is negative.
fn assert_adds_up(f: &Financing) {
    for c in &f.components {
        for a in [c.goi_rs, c.state_rs, c.beneficiary_rs, c.other_rs] {
            assert!(a.get() >= 0, "{}: negative share {a:?}", c.id);
        }
        assert_eq!(
            c.goi_rs + c.state_rs + c.beneficiary_rs + c.other_rs + c.gap_rs,
            c.cost_rs
        );
        for p in &c.parties {
            assert!(p.amount_rs.get() >= 0);
        }
    }
}

#[test]
fn the_rest_falls_to_the_party_rest_to_names_after_each_rate_and_cap() {
    let rest = "    rest_to: beneficiaries\n";
    // Rs 8.00 crore: GoI 60% = 480.00; State 20% = 160.00; the agency 10% = 80.00, capped
    // at 50.00 (whichever is less); the beneficiaries the rest: 800 − 480 − 160 − 50 = 110.
    let f = financing(&cfc_study(800.0), &rules(rest));
    let c = f.component("cfc").unwrap();
    assert_eq!(c.goi_rs, lakh(480.0));
    assert_eq!(c.state_rs, lakh(160.0));
    assert_eq!(party(&f, "implementing-agency"), lakh(50.0));
    assert_eq!(party(&f, "beneficiaries"), lakh(110.0));
    // Both are the beneficiary column's; the SPV itself brings nothing.
    assert_eq!(c.beneficiary_rs, lakh(160.0));
    assert_eq!(c.own_rs(Payer::Beneficiary), Rupees::ZERO);
    assert!(c.gap_rs.is_zero());
    assert_adds_up(&f);
    let words: Vec<&str> = c.rules.iter().map(|r| r.name.as_str()).collect();
    assert!(
        words.contains(&"the Implementing agency's share 10% of the eligible Rs. 800.00 lakh or Rs. 50.00 lakh, whichever is less: Rs. 50.00 lakh"),
        "{words:#?}"
    );
    assert!(
        words.contains(&"the Beneficiary units meets the rest: Rs. 110.00 lakh"),
        "{words:#?}"
    );
    let capped = c.rules.iter().find(|r| r.code == "party-share").unwrap();
    assert_eq!(capped.outcome, Outcome::CapHit);
    // The totals name each party.
    let names: Vec<(&str, Rupees)> = f
        .totals
        .parties
        .iter()
        .map(|p| (p.name.as_str(), p.amount_rs))
        .collect();
    assert_eq!(
        names,
        [
            ("Implementing agency", lakh(50.0)),
            ("Beneficiary units", lakh(110.0))
        ]
    );

    // Rs 3.00 crore: GoI 180.00; State 60.00; the agency 10% = 30.00, under its cap; the
    // beneficiaries 300 − 180 − 60 − 30 = 30.00.
    let f = financing(&cfc_study(300.0), &rules(rest));
    assert_eq!(party(&f, "implementing-agency"), lakh(30.0));
    assert_eq!(party(&f, "beneficiaries"), lakh(30.0));
    let c = f.component("cfc").unwrap();
    let share = c.rules.iter().find(|r| r.code == "party-share").unwrap();
    assert_eq!(share.outcome, Outcome::Applied);
    assert_adds_up(&f);
}

#[test]
fn a_category_changes_each_partys_rate() {
    // Special (a hill State), Rs 8.00 crore: GoI 70% = 560.00; State 20% = 160.00; the
    // agency 5% = 40.00 (under the cap); the beneficiaries 800 − 560 − 160 − 40 = 40.00.
    let mut study = cfc_study(800.0);
    study.cluster.area.ne_or_hill_state = true;
    let f = financing(&study, &rules("    rest_to: beneficiaries\n"));
    let c = f.component("cfc").unwrap();
    assert_eq!(c.goi_rs, lakh(560.0));
    assert_eq!(party(&f, "implementing-agency"), lakh(40.0));
    assert_eq!(party(&f, "beneficiaries"), lakh(40.0));
    assert_adds_up(&f);
}

#[test]
fn the_scheme_contributor_meets_the_rest_when_rest_to_names_the_column() {
    // rest_to: beneficiary (the SPV): 800 − 480 − 160 − 50 = 110 is the SPV's own; the
    // named beneficiaries, with no rate, bring nothing.
    let f = financing(&cfc_study(800.0), &rules("    rest_to: beneficiary\n"));
    let c = f.component("cfc").unwrap();
    assert_eq!(c.own_rs(Payer::Beneficiary), lakh(110.0));
    assert_eq!(party(&f, "beneficiaries"), Rupees::ZERO);
    assert_eq!(c.beneficiary_rs, lakh(160.0));
    // The means of finance: one column per payer, the agency beside the SPV.
    let m = f.cfc.as_ref().unwrap().means_of_finance.as_ref().unwrap();
    let columns: Vec<(&str, Rupees)> = m
        .columns
        .iter()
        .map(|c| (c.label.as_str(), c.amount_rs))
        .collect();
    assert_eq!(
        columns,
        [
            ("GoI grant", lakh(480.0)),
            ("State Government", lakh(160.0)),
            ("SPV", lakh(110.0)),
            ("Implementing agency", lakh(50.0)),
            ("Bank loan / others", Rupees::ZERO),
        ]
    );
    for row in &m.rows {
        assert_eq!(row.amounts_rs.iter().copied().sum::<Rupees>(), row.total_rs);
    }
    for (i, col) in m.columns.iter().enumerate() {
        assert_eq!(
            m.rows.iter().map(|r| r.amounts_rs[i]).sum::<Rupees>(),
            col.amount_rs
        );
    }
}

#[test]
fn a_named_state_agency_meets_the_rest_of_an_infrastructure_project() {
    // MSE-CDP 2022, a new industrial estate of Rs 10.00 crore: GoI 60% = 600.00; the
    // State implementing agency the rest, 400.00, in the State's column.
    let mut study = Study::new("Test", "mse-cdp");
    study.action_plan.actions = vec![Action {
        id: "a-1".parse::<Id>().unwrap(),
        title: "Industrial estate".into(),
        kind: Some(ActionKind::Hard),
        component: "id-new".into(),
        cost: Some(Cost::Amount(lakh(1000.0))),
        ..Action::default()
    }];
    let scheme = Catalog::builtin().unwrap().get("mse-cdp").unwrap().clone();
    let f = financing(&study, &scheme);
    let c = f.component("id-new").unwrap();
    assert_eq!(c.goi_rs, lakh(600.0));
    assert_eq!(c.state_rs, lakh(400.0));
    assert_eq!(c.parties.len(), 1);
    assert_eq!(c.parties[0].name, "State implementing agency");
    assert_eq!(c.parties[0].amount_rs, lakh(400.0));
    assert_eq!(c.own_rs(Payer::State), Rupees::ZERO);
    let rest = c.rules.iter().find(|r| r.code == "state-share").unwrap();
    assert_eq!(
        rest.name,
        "the State implementing agency meets the rest: Rs. 400.00 lakh"
    );
}

#[test]
fn when_the_others_exceed_the_cost_the_rest_payer_brings_nothing_and_it_is_an_error() {
    // Rs 3.00 crore with a loan of 100.00: GoI 180 + State 60 + agency 30 + loan 100 = 370,
    // 70.00 more than the cost. The beneficiaries bring nothing (never −70), and the row
    // is over-funded.
    let mut study = cfc_study(300.0);
    if let Some(cfc) = study.cfc.as_mut() {
        cfc.loan = Some(Loan {
            amount_rs: Some(lakh(100.0)),
            ..Loan::default()
        });
    }
    let f = financing(&study, &rules("    rest_to: beneficiaries\n"));
    let c = f.component("cfc").unwrap();
    assert_eq!(party(&f, "beneficiaries"), Rupees::ZERO);
    assert_eq!(c.gap_rs, lakh(-70.0));
    assert!(c
        .rules
        .iter()
        .any(|r| r.outcome == Outcome::NotMet && r.name.contains("nothing left")));
    assert!(f
        .flags
        .iter()
        .any(|fl| fl.level == FlagLevel::Error && fl.code == "does-not-reconcile"));
    assert_adds_up(&f);
}

#[test]
fn an_unconfirmed_party_rate_is_flagged_and_not_assumed() {
    let text = rules_text("    rest_to: beneficiaries\n").replace(
        "        cap_rs: 50 lakh\n        basis: secondary",
        "        cap_rs: 50 lakh\n        basis: unconfirmed",
    );
    let scheme = parse("test-parties", &text, "t").unwrap();
    // The agency brings nothing; the beneficiaries 800 − 480 − 160 = 160.
    let f = financing(&cfc_study(800.0), &scheme);
    assert_eq!(party(&f, "implementing-agency"), Rupees::ZERO);
    assert_eq!(party(&f, "beneficiaries"), lakh(160.0));
    assert!(f
        .flags
        .iter()
        .any(|fl| fl.level == FlagLevel::Warning && fl.message.contains("Implementing agency")));
}

#[test]
fn a_wrong_party_rule_names_the_file_the_line_and_the_key() {
    let cases = [
        (
            rules_text("    rest_to: investor\n"),
            "components[cfc].rest_to: `investor` is not a payer of this component; it may be: beneficiary, state, other, implementing-agency, beneficiaries",
        ),
        (
            rules_text("    rest_to: implementing-agency\n"),
            "components[cfc].rest_to: `implementing-agency` has a rate (pct); the payer of the rest has none",
        ),
        (
            rules_text("    rest_to: beneficiaries\n").replace("id: beneficiaries", "id: implementing-agency"),
            "components[cfc].parties[1].id: this party id is used twice",
        ),
        (
            rules_text("    rest_to: beneficiaries\n").replace("{general: 10, special: 5}", "{general: 10, hill: 5}"),
            "components[cfc].parties[0].pct.hill: `hill` is not a category of this scheme",
        ),
        (
            rules_text("    rest_to: beneficiaries\n").replace("id: beneficiaries", "id: state"),
            "components[cfc].parties[1].id: a party id is lowercase words joined by dashes",
        ),
    ];
    for (text, expected) in cases {
        let err = parse("test-parties", &text, "t/test-parties/scheme.yaml")
            .expect_err(expected)
            .to_string();
        assert!(err.starts_with("t/test-parties/scheme.yaml:"), "{err}");
        assert!(err.contains(expected), "{err}\nexpected: {expected}");
    }
}

mod property {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// For any cost, loan and rates, each column and party is never negative, the
        /// columns and the gap add up to the cost, and a named party's amount is within
        /// its column.
        #[test]
        fn shares_add_up_for_any_amounts(
            cost in 1i64..5_000_00_00_000,
            loan in 0i64..5_000_00_00_000,
            ia_pct in 0u32..=40,
            cap in 1i64..1_000_00_00_000,
            special in any::<bool>(),
        ) {
            let text = rules_text("    rest_to: beneficiaries\n")
                .replace("{general: 10, special: 5}", &format!("{{general: {ia_pct}, special: {ia_pct}}}"))
                .replace("cap_rs: 50 lakh", &format!("cap_rs: {cap}"));
            let scheme = parse("test-parties", &text, "t").unwrap();
            let mut study = cfc_study(cost as f64 / LAKH as f64);
            if let Some(c) = study.cfc.as_mut() {
                c.loan = (loan > 0).then(|| Loan { amount_rs: Some(Rupees(loan)), ..Loan::default() });
            }
            study.cluster.area.ne_or_hill_state = special;
            let f = financing(&study, &scheme);
            let c = f.component("cfc").unwrap();
            for a in [c.goi_rs, c.state_rs, c.beneficiary_rs, c.other_rs] {
                prop_assert!(a.get() >= 0);
            }
            prop_assert_eq!(c.goi_rs + c.state_rs + c.beneficiary_rs + c.other_rs + c.gap_rs, c.cost_rs);
            let ia = party(&f, "implementing-agency");
            prop_assert!(ia <= Rupees(cap));
            prop_assert!(ia + party(&f, "beneficiaries") <= c.beneficiary_rs);
            // Either the row adds up, or the others exceed the cost and it is an error.
            prop_assert!(c.gap_rs.get() <= 0);
            if c.gap_rs.get() < 0 {
                prop_assert!(f.flags.iter().any(|fl| fl.level == FlagLevel::Error));
            }
        }
    }
}
