//! The financing engine against cases worked by hand from the guidelines
//! (shared/domain/schemes.md §1.2 worked examples, §1.10 Srikakulam, §2.2 SFURTI).
//! Amounts in comments are in lakh unless said; 1 crore = 100 lakh.

use cdstudy::finance::Rounding;
use cdstudy::model::Percent;
use cdstudy::model::{
    Action, ActionKind, Cfc, CfcCosts, Cost, Id, Loan, Machine, Member, Rate, Rupees, Spv, Study,
    LAKH,
};
use cdstudy::scheme::{
    financing, rule_words, Catalog, Category, Decision, Financing, FlagLevel, Outcome, Scheme,
};

fn scheme(id: &str) -> Scheme {
    Catalog::builtin()
        .unwrap_or_else(|e| panic!("{e}"))
        .get(id)
        .unwrap_or_else(|| panic!("no scheme {id}"))
        .clone()
}

fn lakh(v: f64) -> Rupees {
    Rupees((v * LAKH as f64).round() as i64)
}

fn action(id: &str, kind: ActionKind, component: &str, cost: Rupees) -> Action {
    Action {
        id: id.parse::<Id>().unwrap(),
        title: format!("action {id}"),
        kind: Some(kind),
        component: component.to_string(),
        cost: Some(Cost::Amount(cost)),
        ..Action::default()
    }
}

/// A CFC with the given heads (lakh): building, machinery, and the rest as misc. fixed
/// assets, and an SPV of 24 members.
fn cfc_study(land: f64, building: f64, machinery: f64, misc: f64) -> Study {
    let mut study = Study::new("Test", "mse-cdp");
    let total = land + building + machinery + misc;
    study.action_plan.actions = vec![action("a-1", ActionKind::Hard, "cfc", lakh(total))];
    study.cfc = Some(Cfc {
        costs: CfcCosts {
            land_rs: (land > 0.0).then(|| lakh(land)),
            building_rs: Some(lakh(building)),
            machinery: vec![Machine {
                item: "Plant".into(),
                quantity: Some(1),
                unit_cost_rs: Some(lakh(machinery)),
                supplier: String::new(),
            }],
            misc_fixed_assets_rs: (misc > 0.0).then(|| lakh(misc)),
            ..CfcCosts::default()
        },
        ..Cfc::default()
    });
    study.spv = Some(Spv {
        member_units: Some(24),
        ..Spv::default()
    });
    study
}

fn codes(f: &Financing) -> Vec<&'static str> {
    f.flags.iter().map(|f| f.code).collect()
}

/// Every row of the means-of-finance matrix adds up to its head, every column to its
/// source, and the whole to the project cost, to the rupee.
fn assert_matrix_reconciles(f: &Financing) {
    let cfc = f.cfc.as_ref().expect("a CFC");
    let m = cfc
        .means_of_finance
        .as_ref()
        .expect("a means-of-finance matrix");
    for row in &m.rows {
        assert_eq!(
            row.amounts_rs.iter().copied().sum::<Rupees>(),
            row.total_rs,
            "{}",
            row.label
        );
    }
    for (c, col) in m.columns.iter().enumerate() {
        let sum: Rupees = m.rows.iter().map(|r| r.amounts_rs[c]).sum();
        assert_eq!(sum, col.amount_rs, "{}", col.label);
    }
    assert_eq!(
        m.columns.iter().map(|c| c.amount_rs).sum::<Rupees>(),
        m.total_rs
    );
    assert_eq!(m.total_rs, cfc.project_cost_rs);
}

/// CFC of Rs 8.00 crore, general category (building 150, machinery 600, misc. 50):
/// bracket Rs 5–10 crore → GoI 70% = 560; State 20% = 160; SPV the rest = 80 (10%).
/// The grant fits within the heads other than land and building (650).
#[test]
fn cfc_8_crore_general() {
    let study = cfc_study(0.0, 150.0, 600.0, 50.0);
    let f = financing(&study, &scheme("mse-cdp"));
    assert_eq!(f.category, Category::General);
    assert!(
        f.category_reason.starts_with("general category"),
        "{}",
        f.category_reason
    );
    let cfc = f.component("cfc").unwrap();
    assert_eq!(cfc.cost_rs, lakh(800.0));
    assert_eq!(cfc.eligible_rs, lakh(800.0));
    assert_eq!(cfc.goi_pct.map(|p| p.to_string()), Some("70%".to_string()));
    assert_eq!(cfc.goi_rs, lakh(560.0));
    assert_eq!(cfc.state_rs, lakh(160.0));
    assert_eq!(cfc.beneficiary_rs, lakh(80.0));
    assert_eq!(cfc.other_rs, Rupees::ZERO);
    assert_eq!(cfc.gap_rs, Rupees::ZERO);
    assert!(f.flags.is_empty(), "{:#?}", f.flags);
    let rule = |code: &str| cfc.rules.iter().find(|r| r.code == code).unwrap();
    assert_eq!(rule("bracket").outcome, Outcome::Applied);
    assert!(rule("bracket")
        .name
        .contains("up to Rs. 1,000.00 lakh: GoI 70%"));
    assert_eq!(rule("grant-not-on-heads").outcome, Outcome::Met);
    // What was decided is data, figure by figure; the words are made from it.
    assert_eq!(
        rule("bracket").decision,
        Decision::Bracket {
            above_rs: Some(lakh(500.0)),
            up_to_rs: Some(lakh(1000.0)),
            goi_pct: Some(Percent::from_basis_points(7000)),
            category: Category::General,
        }
    );
    assert_eq!(rule("bracket").name, rule_words(&rule("bracket").decision));
    assert_eq!(
        rule("grant-not-on-heads").decision,
        Decision::GrantNotOnHeads {
            heads: vec!["land".into(), "site development".into(), "building".into()],
            room_rs: Some(lakh(650.0)),
            grant_rs: lakh(560.0),
        }
    );
    assert_eq!(
        rule("state-share").decision,
        Decision::UsualStateShare {
            payer: "State Government".into(),
            pct: Percent::from_basis_points(2000),
            eligible_rs: lakh(800.0),
            amount_rs: lakh(160.0),
        }
    );
    assert_matrix_reconciles(&f);
    // GoI sits on plant and machinery; the State takes the building first.
    let m = f.cfc.as_ref().unwrap().means_of_finance.as_ref().unwrap();
    let building = m
        .rows
        .iter()
        .find(|r| r.label == "Building and civil works")
        .unwrap();
    assert_eq!(
        building.amounts_rs,
        vec![Rupees::ZERO, lakh(150.0), Rupees::ZERO, Rupees::ZERO]
    );
    let plant = m
        .rows
        .iter()
        .find(|r| r.label == "Plant and machinery")
        .unwrap();
    assert_eq!(
        plant.amounts_rs,
        vec![lakh(560.0), lakh(10.0), lakh(30.0), Rupees::ZERO]
    );
    assert_eq!(
        m.columns[0].pct_of_cost.map(|p| p.to_string()),
        Some("70%".to_string())
    );
}

/// CFC of Rs 25.00 crore (building 300, machinery 2,200): bracket Rs 10–30 crore.
/// General: GoI 60% = 1,500; State 20% = 500; SPV 500 (20%).
/// Special (aspirational district): GoI 70% = 1,750. The State's share in the special
/// category is not confirmed, so it is flagged and not assumed: the SPV is shown with the
/// remaining 750 until the State's commitment is entered; with the State at 375, the
/// SPV brings 375.
#[test]
fn cfc_25_crore_general_and_special() {
    let mut study = cfc_study(0.0, 300.0, 2200.0, 0.0);
    let f = financing(&study, &scheme("mse-cdp"));
    let cfc = f.component("cfc").unwrap();
    assert_eq!(
        (cfc.goi_rs, cfc.state_rs, cfc.beneficiary_rs),
        (lakh(1500.0), lakh(500.0), lakh(500.0))
    );

    study.cluster.area.aspirational_district = true;
    let f = financing(&study, &scheme("mse-cdp"));
    assert_eq!(f.category, Category::Special);
    assert!(
        f.category_reason.contains("aspirational district"),
        "{}",
        f.category_reason
    );
    let cfc = f.component("cfc").unwrap();
    assert_eq!(cfc.goi_pct.map(|p| p.to_string()), Some("70%".to_string()));
    assert_eq!(cfc.goi_rs, lakh(1750.0));
    assert_eq!(cfc.state_rs, Rupees::ZERO);
    assert_eq!(cfc.beneficiary_rs, lakh(750.0));
    let flag = f
        .flags
        .iter()
        .find(|f| f.code == "unconfirmed-rule")
        .expect("flagged");
    assert_eq!(flag.path, "cfc.state_share_rs");
    assert!(flag.message.contains("not confirmed"));

    study.cfc.as_mut().unwrap().state_share_rs = Some(lakh(375.0));
    let f = financing(&study, &scheme("mse-cdp"));
    let cfc = f.component("cfc").unwrap();
    assert_eq!(
        (cfc.state_rs, cfc.beneficiary_rs),
        (lakh(375.0), lakh(375.0))
    );
    assert!(!codes(&f).contains(&"unconfirmed-rule"));
    assert_matrix_reconciles(&f);
}

/// CFC of Rs 40.00 crore (building 600, machinery 3,400), general: over the Rs 30 crore
/// ceiling, the grant is 60% of 3,000 = 1,800 (the cap is hit and said); State 20% of
/// the eligible 3,000 = 600; SPV the remaining 1,600.
#[test]
fn cfc_40_crore_over_the_ceiling() {
    let study = cfc_study(0.0, 600.0, 3400.0, 0.0);
    let f = financing(&study, &scheme("mse-cdp"));
    let cfc = f.component("cfc").unwrap();
    assert_eq!(cfc.cost_rs, lakh(4000.0));
    assert_eq!(cfc.eligible_rs, lakh(3000.0));
    assert_eq!(cfc.goi_rs, lakh(1800.0));
    assert_eq!(cfc.state_rs, lakh(600.0));
    assert_eq!(cfc.beneficiary_rs, lakh(1600.0));
    let ceiling = cfc.rules.iter().find(|r| r.code == "ceiling").unwrap();
    assert_eq!(ceiling.outcome, Outcome::CapHit);
    let flag = f.flags.iter().find(|f| f.code == "cap-hit").unwrap();
    assert!(
        flag.message.contains("Rs. 1,800.00 lakh"),
        "{}",
        flag.message
    );
    assert_matrix_reconciles(&f);
}

/// CFC of Rs 4.00 crore (building 100, machinery 300): below the lowest bracket of the
/// 2022 rules (Rs 5 crore). No rate is confirmed, so no grant is computed and the flag
/// says what the lowest bracket's 70% would give (Rs 2.80 crore); the SPV is shown with
/// the whole cost.
#[test]
fn cfc_4_crore_below_the_lowest_bracket() {
    let study = cfc_study(0.0, 100.0, 300.0, 0.0);
    let f = financing(&study, &scheme("mse-cdp"));
    let cfc = f.component("cfc").unwrap();
    assert_eq!(cfc.goi_rs, Rupees::ZERO);
    assert_eq!(cfc.goi_pct, None);
    assert_eq!(cfc.beneficiary_rs, lakh(400.0));
    let flag = f
        .flags
        .iter()
        .find(|f| f.code == "below-lowest-bracket")
        .unwrap();
    assert_eq!(flag.level, FlagLevel::Warning);
    assert!(flag.message.contains("Rs. 280.00 lakh"), "{}", flag.message);
    assert_eq!(
        cfc.rules
            .iter()
            .find(|r| r.code == "below-lowest-bracket")
            .unwrap()
            .outcome,
        Outcome::Flagged
    );
}

/// The Srikakulam food-processing CFC (Dec 2022; aspirational district, special
/// category). Heads: civil 435.00, plant 2,425.26 (the DPR prints 2,425.27; its own
/// heads round to a total one paisa-lakh off), contingency 57.21, professional charges
/// and preliminary 61.00, pre-operative 2.53, working-capital margin 13.00: total
/// 2,994.00. GoI 70% = 2,095.80. With the State's 449.00 fixed, the SPV brings
/// 2,994.00 − 2,095.80 − 449.00 = 449.20.
/// When the scheme rounds the grant down to a whole lakh, as the DPR did: 2,095.00
/// (69.97%), and the SPV brings 450.00 (15.03%) — the DPR's own figures.
#[test]
fn srikakulam_special_with_and_without_lakh_rounding() {
    let mut study = Study::new("Srikakulam Food Processing", "mse-cdp");
    study.cluster.area.aspirational_district = true;
    study.action_plan.actions = vec![action("a-1", ActionKind::Hard, "cfc", lakh(2994.0))];
    study.spv = Some(Spv {
        member_units: Some(24),
        ..Spv::default()
    });
    study.cfc = Some(Cfc {
        costs: CfcCosts {
            land_rs: Some(Rupees::ZERO),
            building_rs: Some(lakh(435.0)),
            machinery: vec![Machine {
                item: "Processing lines".into(),
                quantity: Some(1),
                unit_cost_rs: Some(lakh(2425.26)),
                supplier: String::new(),
            }],
            contingency_rs: Some(lakh(57.21)),
            preliminary_rs: Some(lakh(61.0)),
            pre_operative_rs: Some(lakh(2.53)),
            wc_margin_rs: Some(lakh(13.0)),
            ..CfcCosts::default()
        },
        state_share_rs: Some(lakh(449.0)),
        ..Cfc::default()
    });
    let mut rules = scheme("mse-cdp");
    let f = financing(&study, &rules);
    let cfc = f.component("cfc").unwrap();
    assert_eq!(cfc.cost_rs, lakh(2994.0));
    assert_eq!(cfc.goi_rs.lakh_figure(), "2,095.80");
    assert_eq!(cfc.state_rs.lakh_figure(), "449.00");
    assert_eq!(cfc.beneficiary_rs.lakh_figure(), "449.20");
    assert_matrix_reconciles(&f);

    rules.grant_rounding = Rounding::LakhDown;
    let f = financing(&study, &rules);
    let cfc = f.component("cfc").unwrap();
    assert_eq!(cfc.grant_before_rounding_rs.lakh_figure(), "2,095.80");
    assert_eq!(cfc.goi_rs.lakh_figure(), "2,095.00");
    assert_eq!(
        cfc.goi_share_pct.map(|p| p.to_string()),
        Some("69.97%".to_string())
    );
    assert_eq!(cfc.beneficiary_rs.lakh_figure(), "450.00");
    let m = f.cfc.as_ref().unwrap().means_of_finance.as_ref().unwrap();
    let pct: Vec<String> = m
        .columns
        .iter()
        .map(|c| c.pct_of_cost.unwrap().to_string())
        .collect();
    assert_eq!(pct, vec!["69.97%", "15%", "15.03%", "0%"]);
    assert!(cfc.rules.iter().any(|r| r.code == "rounding"));
    assert_matrix_reconciles(&f);
    // The whole grant sits on plant and machinery, as in the DPR.
    let plant = m
        .rows
        .iter()
        .find(|r| r.label == "Plant and machinery")
        .unwrap();
    assert_eq!(plant.amounts_rs[0], lakh(2095.0));
    assert!(f.flags.is_empty(), "{:#?}", f.flags);
}

/// A regular SFURTI cluster (400 artisans) with soft interventions of 30 and hard of
/// 200: soft is funded 100% but at most Rs 25 lakh and at most 10% of hard (20), so GoI 20 and
/// the implementing agency meets 10; hard 90% = 180, IA 20. Total GoI 200, within the
/// regular cluster's Rs 2.50 crore.
#[test]
fn sfurti_soft_above_ten_percent_of_hard() {
    let mut study = Study::new("Bamboo", "sfurti");
    study.cluster.artisans = Some(400);
    study.action_plan.actions = vec![
        action("a-1", ActionKind::Soft, "soft", lakh(18.0)),
        action("a-2", ActionKind::Soft, "soft", lakh(12.0)),
        action("a-3", ActionKind::Hard, "hard", lakh(200.0)),
    ];
    let f = financing(&study, &scheme("sfurti"));
    let soft = f.component("soft").unwrap();
    assert_eq!(soft.cost_rs, lakh(30.0));
    assert_eq!(soft.goi_rs, lakh(20.0));
    assert_eq!(soft.beneficiary_rs, lakh(10.0));
    let cap = soft.rules.iter().find(|r| r.code == "share-cap").unwrap();
    assert_eq!(cap.outcome, Outcome::CapHit);
    let hard = f.component("hard").unwrap();
    assert_eq!(
        (hard.goi_rs, hard.beneficiary_rs),
        (lakh(180.0), lakh(20.0))
    );
    assert_eq!(f.totals.goi_rs, lakh(200.0));
    assert_eq!(f.totals.cost_rs, lakh(230.0));
    assert!(f
        .rules
        .iter()
        .any(|r| r.code == "cluster-cap" && r.outcome == Outcome::Met));
    // Both caps bind, and each is reported by name: Rs 25 lakh, then 10% of hard.
    let grant_cap = soft.rules.iter().find(|r| r.code == "grant-cap").unwrap();
    assert_eq!(grant_cap.outcome, Outcome::CapHit);
    assert_eq!(codes(&f), vec!["cap-hit", "cap-hit"]);
}

/// Hard 260, soft 30: soft GoI = min(30, 10% of 260 = 26, 25) = 25 (the Rs 25 lakh cap);
/// hard 90% = 234; total 259 is above the regular cluster's 250, so hard is cut by 9 to
/// 225. In the North-East the hard share is 95% (247); soft 25; total 272, cut to 250.
#[test]
fn sfurti_cluster_cap_and_special_share() {
    let mut study = Study::new("Bamboo", "sfurti");
    study.cluster.artisans = Some(500);
    study.action_plan.actions = vec![
        action("a-1", ActionKind::Soft, "soft", lakh(30.0)),
        action("a-2", ActionKind::Hard, "hard", lakh(260.0)),
    ];
    let f = financing(&study, &scheme("sfurti"));
    assert_eq!(f.component("soft").unwrap().goi_rs, lakh(25.0));
    assert_eq!(f.component("hard").unwrap().goi_rs, lakh(225.0));
    assert_eq!(f.component("hard").unwrap().beneficiary_rs, lakh(35.0));
    assert_eq!(f.totals.goi_rs, lakh(250.0));

    study.cluster.area.ne_or_hill_state = true;
    let f = financing(&study, &scheme("sfurti"));
    assert_eq!(f.category, Category::Special);
    assert_eq!(
        f.component("hard").unwrap().goi_pct.map(|p| p.to_string()),
        Some("95%".to_string())
    );
    assert_eq!(f.totals.goi_rs, lakh(250.0));

    // A major cluster (more than 500 artisans) may have Rs 5 crore: nothing is cut.
    study.cluster.artisans = Some(501);
    let f = financing(&study, &scheme("sfurti"));
    assert_eq!(f.totals.goi_rs, lakh(272.0));
    // The count reads as the amounts beside it do, in Indian grouping.
    study.cluster.artisans = Some(5600);
    let f = financing(&study, &scheme("sfurti"));
    let cap = f.rules.iter().find(|r| r.code == "cluster-cap").unwrap();
    assert!(
        cap.name.starts_with("5,600 artisans: major cluster"),
        "{}",
        cap.name
    );

    // Without the artisan count the cap cannot be chosen: said, not guessed.
    study.cluster.artisans = None;
    let f = financing(&study, &scheme("sfurti"));
    let flag = f.flags.iter().find(|f| f.code == "missing-input").unwrap();
    assert_eq!(flag.path, "cluster.artisans");
}

/// Rs 10.10 crore, general: 60% = Rs 6.06 crore, less than the Rs 7.00 crore a Rs 10.00
/// crore project gets at 70%; the grant is larger again only above 7.00 / 0.60 = Rs
/// 11.67 crore. Rs 9.80 crore sits within 5% below the edge: a note.
#[test]
fn bracket_edges_are_warned() {
    let study = cfc_study(0.0, 110.0, 900.0, 0.0);
    let f = financing(&study, &scheme("mse-cdp"));
    assert_eq!(f.component("cfc").unwrap().goi_rs.crore_figure(), "6.06");
    let flag = f.flags.iter().find(|f| f.code == "bracket-edge").unwrap();
    assert_eq!(flag.level, FlagLevel::Warning);
    assert!(flag.message.contains("Rs. 700.00 lakh"), "{}", flag.message);
    assert!(
        flag.message.contains("above Rs. 1,166.67 lakh"),
        "{}",
        flag.message
    );

    let study = cfc_study(0.0, 100.0, 880.0, 0.0);
    let f = financing(&study, &scheme("mse-cdp"));
    assert_eq!(f.component("cfc").unwrap().goi_rs.lakh_figure(), "686.00");
    let flag = f.flags.iter().find(|f| f.code == "bracket-edge").unwrap();
    assert_eq!(flag.level, FlagLevel::Note);
}

/// Rs 8 crore with building 300 and land 100: the 70% grant (560) would exceed the
/// heads other than land and building (400), so it is cut to 400; the land (12.50%) is
/// within 25%. With land 250 (of 8 crore = 31.25%) the land rule fails.
#[test]
fn no_grant_on_land_and_building_and_the_land_limit() {
    let study = cfc_study(100.0, 300.0, 400.0, 0.0);
    let f = financing(&study, &scheme("mse-cdp"));
    let cfc = f.component("cfc").unwrap();
    assert_eq!(cfc.goi_rs, lakh(400.0));
    let rule = cfc
        .rules
        .iter()
        .find(|r| r.code == "grant-not-on-heads")
        .unwrap();
    assert_eq!(rule.outcome, Outcome::CapHit);
    assert!(f
        .rules
        .iter()
        .any(|r| r.code == "land-limit" && r.outcome == Outcome::Met));
    assert_matrix_reconciles(&f);
    // No GoI money on land or building in the matrix.
    let m = f.cfc.as_ref().unwrap().means_of_finance.as_ref().unwrap();
    for row in m
        .rows
        .iter()
        .filter(|r| r.label == "Land" || r.label.starts_with("Building"))
    {
        assert_eq!(row.amounts_rs[0], Rupees::ZERO, "{}", row.label);
    }

    let study = cfc_study(250.0, 100.0, 450.0, 0.0);
    let f = financing(&study, &scheme("mse-cdp"));
    let flag = f
        .flags
        .iter()
        .find(|f| f.code == "land-over-limit")
        .unwrap();
    assert_eq!(flag.level, FlagLevel::Error);
    assert!(flag.message.contains("31.25%"), "{}", flag.message);
}

/// The SPV: 12 members is too few (20, or 10 in special cases); with the special case
/// recorded it is enough. Its contribution must be at least 10% of the Rs 8 crore CFC
/// (80). A member with 15 of 100 equity is above the 10% cap.
#[test]
fn spv_rules() {
    let mut study = cfc_study(0.0, 150.0, 600.0, 50.0);
    study.spv.as_mut().unwrap().member_units = Some(12);
    let f = financing(&study, &scheme("mse-cdp"));
    let flag = f.flags.iter().find(|f| f.code == "spv-too-small").unwrap();
    assert_eq!(flag.path, "spv.member_units");
    assert!(
        flag.message.contains("spv.special_case"),
        "{}",
        flag.message
    );

    study.spv.as_mut().unwrap().special_case = "high-technology testing facility".into();
    let f = financing(&study, &scheme("mse-cdp"));
    assert!(!codes(&f).contains(&"spv-too-small"));

    // The term loan is the SPV's to repay, so it counts toward the SPV's 10% (80 = 20 of
    // own funds + 60 of loan): met, with a note that own funds alone are 2.50%.
    study.cfc.as_mut().unwrap().loan = Some(Loan {
        amount_rs: Some(lakh(60.0)),
        ..Loan::default()
    });
    let f = financing(&study, &scheme("mse-cdp"));
    let cfc = f.component("cfc").unwrap();
    assert_eq!((cfc.other_rs, cfc.beneficiary_rs), (lakh(60.0), lakh(20.0)));
    let note = f
        .flags
        .iter()
        .find(|f| f.code == "spv-contribution-low")
        .unwrap();
    assert_eq!(note.level, FlagLevel::Note);
    assert!(note.message.contains("2.50%"), "{}", note.message);
    assert_matrix_reconciles(&f);

    // A State share fixed at 200 leaves the SPV 40 (5.00%): below its 10%.
    study.cfc.as_mut().unwrap().loan = None;
    study.cfc.as_mut().unwrap().state_share_rs = Some(lakh(200.0));
    let f = financing(&study, &scheme("mse-cdp"));
    let low = f
        .flags
        .iter()
        .find(|f| f.code == "spv-contribution-low")
        .unwrap();
    assert_eq!(low.level, FlagLevel::Error);
    assert!(low.message.contains("5.00%"), "{}", low.message);

    study.cfc.as_mut().unwrap().state_share_rs = None;
    let spv = study.spv.as_mut().unwrap();
    spv.members = (1..=12)
        .map(|i| Member {
            id: format!("m-{i}").parse().unwrap(),
            name: format!("Unit {i}"),
            equity_rs: Some(lakh(if i == 1 { 15.0 } else { 85.0 / 11.0 })),
            ..Member::default()
        })
        .collect();
    let f = financing(&study, &scheme("mse-cdp"));
    let flag = f
        .flags
        .iter()
        .find(|f| f.code == "member-equity-over-cap")
        .unwrap();
    assert_eq!(flag.path, "spv.members[m-1].equity_rs");
}

/// A cluster with 260 of 400 units women-owned: special under the 2019 rules (90% CFC
/// grant on a Rs 8 crore CFC = 720); under the 2022 rules the criterion is not confirmed,
/// so the cluster stays general (560) and the engine says why.
#[test]
fn women_owned_majority_2019_and_2022() {
    let mut study = cfc_study(0.0, 150.0, 600.0, 50.0);
    study.cluster.enterprises.micro = Some(380);
    study.cluster.enterprises.small = Some(20);
    study.cluster.ownership.women_owned = Some(260);
    study.cluster.ownership.micro_village = Some(100);
    study.cluster.ownership.sc_owned = Some(40);
    let f = financing(&study, &scheme("mse-cdp-2019"));
    assert_eq!(f.category, Category::Special);
    assert!(
        f.category_reason.contains("women-owned"),
        "{}",
        f.category_reason
    );
    assert_eq!(f.component("cfc").unwrap().goi_rs, lakh(720.0));

    let f = financing(&study, &scheme("mse-cdp"));
    assert_eq!(f.category, Category::General);
    assert_eq!(f.component("cfc").unwrap().goi_rs, lakh(560.0));
    let flag = f
        .flags
        .iter()
        .find(|f| f.code == "unconfirmed-rule" && f.path == "cluster.ownership.women_owned")
        .unwrap();
    assert!(
        flag.message.contains("260 of 400 (65.00%)"),
        "{}",
        flag.message
    );
}

/// The DPR's totals must agree: actions under `cfc` adding to 750 against cost heads of
/// 800 do not reconcile; a component the scheme lacks is an error; fixing the SPV's share
/// so that the shares exceed the cost leaves no matrix.
#[test]
fn totals_that_do_not_reconcile() {
    let mut study = cfc_study(0.0, 150.0, 600.0, 50.0);
    study.action_plan.actions[0].cost = Some(Cost::Amount(lakh(750.0)));
    study
        .action_plan
        .actions
        .push(action("a-2", ActionKind::Hard, "hard", lakh(40.0)));
    let f = financing(&study, &scheme("mse-cdp"));
    let reconcile = f
        .flags
        .iter()
        .find(|f| f.code == "does-not-reconcile")
        .unwrap();
    assert_eq!(reconcile.path, "action_plan.actions[a-1].cost");
    assert!(
        reconcile.message.contains("Rs. 50.00 lakh"),
        "{}",
        reconcile.message
    );
    let unknown = f
        .flags
        .iter()
        .find(|f| f.code == "unknown-component")
        .unwrap();
    assert_eq!(unknown.path, "action_plan.actions[a-2].component");
    assert!(unknown
        .message
        .contains("cfc, id-new, id-upgradation, soft"));
    let row = f.component("hard").unwrap();
    assert_eq!((row.goi_rs, row.other_rs), (Rupees::ZERO, lakh(40.0)));

    study.action_plan.actions.truncate(1);
    study.action_plan.actions[0].cost = Some(Cost::Amount(lakh(800.0)));
    study.cfc.as_mut().unwrap().spv_share_rs = Some(lakh(100.0));
    let f = financing(&study, &scheme("mse-cdp"));
    let cfc = f.component("cfc").unwrap();
    assert_eq!(cfc.gap_rs, lakh(-20.0));
    assert!(f.has_errors());
    assert!(f.cfc.as_ref().unwrap().means_of_finance.is_none());
}

/// 2019 thematic interventions: 50% of at most five interventions, each counted up to
/// Rs 2 lakh. Six actions of 3 lakh each: five count, 2 lakh each = 10; grant 5.
#[test]
fn thematic_2019_per_action_limits() {
    let mut study = Study::new("Test", "mse-cdp-2019");
    study.action_plan.actions = (1..=6)
        .map(|i| {
            action(
                &format!("a-{i}"),
                ActionKind::Thematic,
                "thematic",
                lakh(3.0),
            )
        })
        .collect();
    let f = financing(&study, &scheme("mse-cdp-2019"));
    let t = f.component("thematic").unwrap();
    assert_eq!(t.cost_rs, lakh(18.0));
    assert_eq!(t.eligible_rs, lakh(10.0));
    assert_eq!(t.goi_rs, lakh(5.0));
    assert_eq!(t.beneficiary_rs, lakh(13.0));
}

/// Unconfirmed components (SFURTI's technical agency) are shown without a grant and
/// flagged; soft interventions under the 2022 MSE-CDP carry no grant; actions without a
/// component are funded outside the scheme; the generic scheme applies no rules.
#[test]
fn unconfirmed_no_grant_outside_and_generic() {
    let mut study = Study::new("Test", "sfurti");
    study.cluster.artisans = Some(300);
    study.action_plan.actions = vec![
        action("a-1", ActionKind::Hard, "hard", lakh(100.0)),
        action("a-2", ActionKind::Soft, "technical-agency", lakh(8.0)),
    ];
    let mut outside = action("a-3", ActionKind::Soft, "", lakh(2.0));
    outside.funded_by = "District Industries Centre".into();
    study.action_plan.actions.push(outside);
    let f = financing(&study, &scheme("sfurti"));
    let ta = f.component("technical-agency").unwrap();
    assert_eq!((ta.goi_rs, ta.other_rs), (Rupees::ZERO, lakh(8.0)));
    assert!(f.flags.iter().any(
        |f| f.code == "unconfirmed-rule" && f.component.as_deref() == Some("technical-agency")
    ));
    let out = f.component("outside").unwrap();
    assert_eq!(out.other_rs, lakh(2.0));
    assert!(out.rules[0].name.contains("District Industries Centre"));
    assert_eq!(f.totals.cost_rs, lakh(110.0));
    assert_eq!(
        f.totals.cost_rs,
        f.totals.goi_rs + f.totals.state_rs + f.totals.beneficiary_rs + f.totals.other_rs
    );

    let mut study = Study::new("Test", "mse-cdp");
    study.action_plan.actions = vec![action("a-1", ActionKind::Soft, "soft", lakh(12.0))];
    let f = financing(&study, &scheme("mse-cdp"));
    let soft = f.component("soft").unwrap();
    assert_eq!((soft.goi_rs, soft.other_rs), (Rupees::ZERO, lakh(12.0)));
    assert!(f.flags.is_empty(), "{:#?}", f.flags);

    let mut study = Study::new("Test", "generic");
    study.action_plan.actions = vec![
        action("a-1", ActionKind::Soft, "soft", lakh(5.0)),
        action("a-2", ActionKind::Hard, "hard", lakh(50.0)),
    ];
    let f = financing(&study, &scheme("generic"));
    assert_eq!(f.components.len(), 2);
    assert_eq!(f.totals.goi_rs, Rupees::ZERO);
    assert_eq!(f.totals.other_rs, lakh(55.0));
    assert!(f.flags.is_empty());
}

/// The 2019 support to State innovative programmes is a confirmed rule cdstudy cannot
/// compute (it matches the State programme's own share): shown without a grant, flagged,
/// the State meeting the cost.
#[test]
fn a_rule_that_is_not_computed_is_flagged() {
    let mut study = Study::new("Test", "mse-cdp-2019");
    study.action_plan.actions = vec![action(
        "a-1",
        ActionKind::Hard,
        "state-innovative",
        lakh(300.0),
    )];
    let f = financing(&study, &scheme("mse-cdp-2019"));
    let c = f.component("state-innovative").unwrap();
    assert_eq!((c.goi_rs, c.state_rs), (Rupees::ZERO, lakh(300.0)));
    assert!(codes(&f).contains(&"not-computed"));
    // Without unit counts the 2019 category cannot be told for sure: said, not guessed.
    assert_eq!(f.category, Category::General);
    assert!(
        f.category_reason
            .contains("the study does not say whether it has more than half of its units"),
        "{}",
        f.category_reason
    );
    assert!(f
        .flags
        .iter()
        .any(|f| f.code == "missing-input" && f.path == "cluster.ownership.women_owned"));
}

/// The 2019 special category for "more than half micro or village units", decided from
/// what the study holds. 118 micro units of 142 (83.10%), with no micro-or-village count:
/// micro or village units are at least the micro units, so the cluster is special. A CFC
/// of Rs 15.00 crore (building 300 + machinery 1,100 + misc. 100 = 1,500 lakh) gets 90% =
/// 1,350.00 lakh, not the general 70% = 1,050.00 (Rs 3.00 crore less). With 60 micro units
/// of 142 (42.25%) and no micro-or-village count, village units could still make it more
/// than half: not decided, and said so.
#[test]
fn micro_units_decide_the_2019_micro_majority() {
    let mut study = cfc_study(0.0, 300.0, 1100.0, 100.0);
    study.meta.scheme = "mse-cdp-2019".into();
    study.cluster.enterprises.micro = Some(118);
    study.cluster.enterprises.small = Some(24);
    study.cluster.ownership.women_owned = Some(10);
    study.cluster.ownership.sc_owned = Some(5);
    let f = financing(&study, &scheme("mse-cdp-2019"));
    assert_eq!(f.category, Category::Special, "{}", f.category_reason);
    assert_eq!(f.component("cfc").unwrap().goi_rs, lakh(1350.0));
    let micro = f
        .conditions
        .iter()
        .find(|c| c.fact == cdstudy::scheme::Fact::MajorityMicroVillage)
        .unwrap();
    assert_eq!(micro.holds, Some(true));
    assert!(
        micro
            .evidence
            .starts_with("micro units: 118 of 142 (83.10%), from cluster.enterprises.micro"),
        "{}",
        micro.evidence
    );
    assert!(!f
        .flags
        .iter()
        .any(|f| f.code == "missing-input" && f.path == "cluster.ownership.micro_village"));

    // A micro-or-village count below the micro units is not believed over them.
    study.cluster.ownership.micro_village = Some(50);
    let f = financing(&study, &scheme("mse-cdp-2019"));
    assert_eq!(f.category, Category::Special);

    // 60 micro units of 142 and no micro-or-village count: open, and said.
    study.cluster.ownership.micro_village = None;
    study.cluster.enterprises.micro = Some(60);
    study.cluster.enterprises.small = Some(82);
    let f = financing(&study, &scheme("mse-cdp-2019"));
    assert_eq!(f.category, Category::General);
    assert_eq!(f.component("cfc").unwrap().goi_rs, lakh(1050.0));
    let flag = f
        .flags
        .iter()
        .find(|f| f.code == "missing-input" && f.path == "cluster.ownership.micro_village")
        .expect("the open question is flagged");
    assert!(
        flag.message.contains("60 of 142 (42.25%)"),
        "{}",
        flag.message
    );
}

/// A CFC whose loan exceeds what the SPV would bring: Rs 8.00 crore, GoI 70% = 560, State
/// 20% = 160, term loan 100; the rest would be 800 − 560 − 160 − 100 = −20. No figure is
/// negative: the SPV's share is 0, the 20 over the cost is the row's excess (an error),
/// and no rule is met on figures that do not add up.
#[test]
fn an_over_funded_cfc_shows_no_negative_share_and_no_rule_met_on_it() {
    let mut study = cfc_study(0.0, 150.0, 600.0, 50.0);
    study.cfc.as_mut().unwrap().loan = Some(Loan {
        amount_rs: Some(lakh(100.0)),
        ..Loan::default()
    });
    let f = financing(&study, &scheme("mse-cdp"));
    let c = f.component("cfc").unwrap();
    assert_eq!(
        (c.goi_rs, c.state_rs, c.other_rs, c.beneficiary_rs),
        (lakh(560.0), lakh(160.0), lakh(100.0), Rupees::ZERO)
    );
    assert_eq!(c.gap_rs, lakh(-20.0));
    for r in c.rules.iter().chain(&f.rules) {
        assert!(!r.name.contains("Rs. -"), "a negative figure: {}", r.name);
    }
    let share = c
        .rules
        .iter()
        .find(|r| r.code == "beneficiary-share")
        .unwrap();
    assert_eq!(share.outcome, Outcome::NotMet);
    assert!(
        share.name.contains("exceed the cost by Rs. 20.00 lakh"),
        "{}",
        share.name
    );
    let contribution = f
        .rules
        .iter()
        .find(|r| r.code == "spv-contribution")
        .unwrap();
    assert_eq!(
        contribution.outcome,
        Outcome::NotChecked,
        "{}",
        contribution.name
    );
    let error = f
        .flags
        .iter()
        .find(|f| f.code == "does-not-reconcile")
        .unwrap();
    assert_eq!(error.level, FlagLevel::Error);
    assert!(
        error.message.contains("add up to more than the cost"),
        "{}",
        error.message
    );
    assert!(f.cfc.as_ref().unwrap().means_of_finance.is_none());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Whatever the cost heads, the State's share, the loan and the category: the
        /// shares add up to the cost to the rupee; when they do without a gap, the means
        /// of finance exists and reconciles, and no GoI money sits on land or building;
        /// the grant never exceeds 80% of the eligible cost.
        #[test]
        fn mse_cdp_cfc_always_reconciles(
            land in 0i64..300,
            building in 0i64..800,
            machinery in 1i64..4000,
            misc in 0i64..200,
            wc in 0i64..100,
            state in proptest::option::of(0i64..600),
            loan in 0i64..400,
            special in any::<bool>(),
        ) {
            let mut study = cfc_study(land as f64, building as f64, machinery as f64, misc as f64);
            study.cluster.area.aspirational_district = special;
            let cfc = study.cfc.as_mut().unwrap();
            cfc.costs.wc_margin_rs = Some(lakh(wc as f64));
            cfc.state_share_rs = state.map(|s| lakh(s as f64));
            cfc.loan = (loan > 0).then(|| Loan { amount_rs: Some(lakh(loan as f64)), ..Loan::default() });
            let total = land + building + machinery + misc + wc;
            study.action_plan.actions[0].cost = Some(Cost::Amount(lakh(total as f64)));
            let f = financing(&study, &scheme("mse-cdp"));
            let c = f.component("cfc").unwrap();
            prop_assert_eq!(c.cost_rs, lakh(total as f64));
            prop_assert_eq!(c.goi_rs + c.state_rs + c.beneficiary_rs + c.other_rs + c.gap_rs, c.cost_rs);
            prop_assert!(c.goi_rs.get() * 100 <= c.eligible_rs.get() * 80);
            for share in [c.goi_rs, c.state_rs, c.beneficiary_rs, c.other_rs] {
                prop_assert!(share.get() >= 0, "a negative share: {:?}", c);
            }
            if c.beneficiary_rs.get() >= 0 && c.gap_rs.is_zero() {
                assert_matrix_reconciles(&f);
                let m = f.cfc.as_ref().unwrap().means_of_finance.as_ref().unwrap();
                for row in &m.rows {
                    if matches!(row.label, "Land" | "Land / site development" | "Building and civil works") {
                        prop_assert_eq!(row.amounts_rs[0], Rupees::ZERO);
                    }
                }
            } else {
                prop_assert!(f.has_errors());
            }
        }
    }
}

/// `check` tells the consultant when the CFC fails the scheme's own acceptance rules, and
/// is silent when it meets them.
#[test]
fn check_reports_a_cfc_that_fails_the_acceptance_rules() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("studies/ujjain-plastic.yaml");
    let mut study = cdstudy::store::load(&path).unwrap().study;
    let viability = |s: &Study| {
        cdstudy::check::check(s)
            .findings
            .into_iter()
            .filter(|f| f.code == "viability")
            .collect::<Vec<_>>()
    };
    assert!(viability(&study).is_empty());

    // User charges cut to about half: the centre no longer pays its way.
    let ops = &mut study.cfc.as_mut().unwrap().operations;
    ops.charge_member_rs = Some(Rate::rupees(700));
    ops.charge_other_rs = Some(Rate::rupees(800));
    let failed = viability(&study);
    assert!(!failed.is_empty());
    assert!(failed.iter().all(|f| f.path == "cfc.operations"));
    assert!(
        failed
            .iter()
            .any(|f| f.message.starts_with("Internal rate of return: ")
                && f.message
                    .ends_with("the acceptance rule of MSE-CDP is above 10.00%")),
        "{failed:#?}"
    );
}

/// A SFURTI DPR tables the core (scheme-funded) project before the converged one: the
/// engine gives both totals, so no template adds money up itself. Soft 20, hard 200 and a
/// converged action of 5 (funded by another programme): core 220 with GoI 20 + 180 = 200;
/// whole project 225 with the 5 under "other".
#[test]
fn scheme_totals_leave_out_actions_funded_outside_the_scheme() {
    let mut study = Study::new("Bamboo", "sfurti");
    study.cluster.artisans = Some(400);
    let mut converged = action("a-3", ActionKind::Soft, "", lakh(5.0));
    converged.funded_by = "National Bamboo Mission".into();
    study.action_plan.actions = vec![
        action("a-1", ActionKind::Soft, "soft", lakh(20.0)),
        action("a-2", ActionKind::Hard, "hard", lakh(200.0)),
        converged,
    ];
    let f = financing(&study, &scheme("sfurti"));
    assert_eq!(f.scheme_totals.cost_rs, lakh(220.0));
    assert_eq!(f.scheme_totals.goi_rs, lakh(200.0));
    assert_eq!(f.scheme_totals.other_rs, lakh(0.0));
    assert_eq!(f.totals.cost_rs, lakh(225.0));
    assert_eq!(f.totals.goi_rs, lakh(200.0));
    assert_eq!(f.totals.other_rs, lakh(5.0));
}

/// The CFC's viability is held against the scheme's own acceptance rules; where it sets
/// none, or no scheme rules apply at all, against the MSE-CDP 2022 ones, and it says so.
#[test]
fn viability_names_the_rules_it_is_held_against() {
    let study = cdstudy::store::load(std::path::Path::new("studies/ujjain-plastic.yaml"))
        .unwrap()
        .study;
    let own = cdstudy::scheme::cfc_viability(&study, Some(&scheme("mse-cdp")));
    assert!(own.viability.is_some());
    assert_eq!(own.acceptance_note, None);
    let reference = cdstudy::scheme::cfc_viability(&study, Some(&scheme("sfurti")));
    let note = reference.acceptance_note.unwrap().english;
    assert!(
        note.starts_with("SFURTI sets no acceptance rules"),
        "{note}"
    );
    let none = cdstudy::scheme::cfc_viability(&study, None);
    let note = none.acceptance_note.unwrap().english;
    assert!(note.starts_with("No scheme rules apply"), "{note}");
    // The same projection whichever way it is reached: the rules only judge it.
    assert_eq!(
        own.viability.unwrap().figures,
        none.viability.unwrap().figures
    );
}

/// While the members are being entered, the first one holds all the equity entered: the
/// cap is a warning ("so far") until as many members as the SPV counts have their equity,
/// and an error from then on.
#[test]
fn member_equity_is_an_error_only_once_the_members_are_complete() {
    let member = |i: u32, equity: f64| Member {
        id: format!("m-{i}").parse().unwrap(),
        name: format!("Unit {i}"),
        equity_rs: Some(lakh(equity)),
        ..Member::default()
    };
    let over = |study: &Study| {
        financing(study, &scheme("mse-cdp"))
            .flags
            .into_iter()
            .filter(|f| f.code == "member-equity-over-cap")
            .collect::<Vec<_>>()
    };
    let mut study = cfc_study(0.0, 150.0, 600.0, 50.0);
    // The first of 24 members entered.
    study.spv.as_mut().unwrap().members = vec![member(1, 5.0)];
    let flags = over(&study);
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].level, FlagLevel::Warning);
    assert!(flags[0].message.contains("so far"), "{}", flags[0].message);
    // No member count yet: the members cannot be complete.
    study.spv.as_mut().unwrap().member_units = None;
    assert_eq!(over(&study)[0].level, FlagLevel::Warning);
    // All 24 entered, one above a tenth: the rule is broken.
    let spv = study.spv.as_mut().unwrap();
    spv.member_units = Some(24);
    spv.members = (1..=24)
        .map(|i| member(i, if i == 1 { 30.0 } else { 70.0 / 23.0 }))
        .collect();
    let flags = over(&study);
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].level, FlagLevel::Error);
    assert!(!flags[0].message.contains("so far"), "{}", flags[0].message);
}

// ----- the schemes added from shared/domain/schemes.md §3 and §4 -----

/// The rows of a CFC under `id`: (GoI, State, SPV/beneficiaries, loans/others) in lakh.
fn cfc_shares(study: &Study, id: &str) -> (f64, f64, f64, f64) {
    let f = financing(study, &scheme(id));
    let c = f.component("cfc").unwrap();
    let l = |r: Rupees| r.get() as f64 / LAKH as f64;
    (
        l(c.goi_rs),
        l(c.state_rs),
        l(c.beneficiary_rs),
        l(c.other_rs),
    )
}

/// An action whose cost is one line of `quantity` `unit`s at `unit_cost`.
fn per_unit_action(id: &str, component: &str, quantity: u32, unit: &str, unit_cost: i64) -> Action {
    Action {
        cost: Some(Cost::Lines(vec![cdstudy::model::CostLine {
            item: format!("{unit}s"),
            quantity: Some(quantity),
            unit: unit.to_string(),
            unit_cost_rs: Some(Rupees(unit_cost)),
        }])),
        ..action(id, ActionKind::Soft, component, Rupees::ZERO)
    }
}

/// DSY, by the unit: 400 artisans surveyed at a cost of Rs 375 each (1,50,000) get Rs 300
/// each = 1,20,000, the implementing agency the other 30,000. Project management for 4
/// years at Rs 6 lakh: Rs 5 lakh a year for at most 3 years = 15 lakh (the cap), the
/// agency 9 lakh. No special category. Without cost lines in artisans, no grant, flagged.
#[test]
fn dsy_per_unit_assistance_and_its_caps() {
    let mut study = Study::new("Test", "dsy");
    study.action_plan.actions = vec![
        per_unit_action("a-1", "mobilisation", 400, "artisans", 375),
        per_unit_action("a-2", "project-management", 4, "year", 6 * LAKH),
    ];
    let f = financing(&study, &scheme("dsy"));
    assert_eq!(f.category, Category::General);
    assert_eq!(f.category_reason, "there is no special category under DSY");
    let m = f.component("mobilisation").unwrap();
    assert_eq!(
        (m.cost_rs, m.goi_rs, m.beneficiary_rs),
        (Rupees(1_50_000), Rupees(1_20_000), Rupees(30_000))
    );
    let rule = m.rules.iter().find(|r| r.code == "per-unit").unwrap();
    assert_eq!(rule.outcome, Outcome::Applied);
    assert_eq!(
        rule.name,
        "Rs. 300 per artisan: 400 artisan(s) in the cost lines → Rs. 1.20 lakh"
    );
    let p = f.component("project-management").unwrap();
    assert_eq!(
        (p.cost_rs, p.goi_rs, p.beneficiary_rs),
        (lakh(24.0), lakh(15.0), lakh(9.0))
    );
    let rule = p.rules.iter().find(|r| r.code == "per-unit").unwrap();
    assert_eq!(rule.outcome, Outcome::CapHit);
    assert!(
        rule.name
            .contains("4 year(s) in the cost lines, at most 3 counted"),
        "{}",
        rule.name
    );

    // A mobilisation costed as one amount counts no artisan: no grant, and said why.
    study.action_plan.actions = vec![action(
        "a-1",
        ActionKind::Soft,
        "mobilisation",
        Rupees(1_50_000),
    )];
    let f = financing(&study, &scheme("dsy"));
    assert_eq!(f.component("mobilisation").unwrap().goi_rs, Rupees::ZERO);
    assert!(codes(&f).contains(&"missing-input"));
}

/// Haryana's State Mini Cluster scheme: the State 90%, the SPV the rest, no GoI. A CFC of
/// Rs 4.00 crore: State 360, SPV 40. Of Rs 6.00 crore: the 90% is computed on Rs 5.00
/// crore (read from "project cost up to Rs 5 crore", inferred) = 450, the SPV 150. No
/// special category.
#[test]
fn haryana_mini_cluster_state_grant_and_its_ceiling() {
    let study = cfc_study(0.0, 100.0, 280.0, 20.0);
    assert_eq!(
        cfc_shares(&study, "haryana-mini-cluster"),
        (0.0, 360.0, 40.0, 0.0)
    );
    let study = cfc_study(0.0, 150.0, 400.0, 50.0);
    assert_eq!(
        cfc_shares(&study, "haryana-mini-cluster"),
        (0.0, 450.0, 150.0, 0.0)
    );
    let f = financing(&study, &scheme("haryana-mini-cluster"));
    assert_eq!(f.category, Category::General);
    let c = f.component("cfc").unwrap();
    assert_eq!(c.eligible_rs, lakh(500.0));
    assert!(c
        .rules
        .iter()
        .any(|r| r.code == "ceiling" && r.outcome == Outcome::CapHit));
    assert_matrix_reconciles(&f);
}

/// AYUSH clusters: 60% of the cost, at most Rs 15.00 crore; the SPV (15 members at least)
/// 40%. Rs 20.00 crore: 1,200 and SPV 800 (40.00%, met). Rs 30.00 crore: 60% = 1,800 is
/// capped at 1,500, the SPV 1,500. No special category. An SPV of 12 is too small.
#[test]
fn ayush_cluster_share_cap_and_spv() {
    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    assert_eq!(
        cfc_shares(&study, "ayush-cluster"),
        (1200.0, 0.0, 800.0, 0.0)
    );
    let f = financing(&study, &scheme("ayush-cluster"));
    assert_eq!(f.category, Category::General);
    let contribution = f
        .rules
        .iter()
        .find(|r| r.code == "spv-contribution")
        .unwrap();
    assert_eq!(contribution.outcome, Outcome::Met);
    assert!(
        !f.rules.iter().any(|r| r.code == "member-equity"),
        "an unconfirmed rule is not checked"
    );
    let study30 = cfc_study(0.0, 800.0, 2000.0, 200.0);
    assert_eq!(
        cfc_shares(&study30, "ayush-cluster"),
        (1500.0, 0.0, 1500.0, 0.0)
    );
    study.spv.as_mut().unwrap().member_units = Some(12);
    assert!(codes(&financing(&study, &scheme("ayush-cluster"))).contains(&"spv-too-small"));
}

/// CDP for the pharma sector: 70% (90% in difficult and backward regions, read as NE and
/// hill States), at most Rs 20.00 crore. Rs 20.00 crore: 1,400 general, 1,800 in a hill
/// State. Rs 30.00 crore in a hill State: 90% = 2,700, capped at 2,000. The DPR: 50% of
/// Rs 12 lakh = 6, capped at Rs 5 lakh.
#[test]
fn pharma_cdp_category_and_caps() {
    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    assert_eq!(cfc_shares(&study, "pharma-cdp").0, 1400.0);
    study.cluster.area.ne_or_hill_state = true;
    let f = financing(&study, &scheme("pharma-cdp"));
    assert_eq!(f.category, Category::Special, "{}", f.category_reason);
    assert_eq!(cfc_shares(&study, "pharma-cdp").0, 1800.0);
    let mut study30 = cfc_study(0.0, 800.0, 2000.0, 200.0);
    study30.cluster.area.ne_or_hill_state = true;
    assert_eq!(cfc_shares(&study30, "pharma-cdp").0, 2000.0);
    // An aspirational district alone is not counted (unconfirmed), and flagged.
    study.cluster.area.ne_or_hill_state = false;
    study.cluster.area.aspirational_district = true;
    let f = financing(&study, &scheme("pharma-cdp"));
    assert_eq!(f.category, Category::General);
    assert!(codes(&f).contains(&"unconfirmed-rule"));
    let mut dpr = Study::new("Test", "pharma-cdp");
    dpr.action_plan.actions = vec![action("a-1", ActionKind::Soft, "dpr", lakh(12.0))];
    let f = financing(&dpr, &scheme("pharma-cdp"));
    assert_eq!(f.component("dpr").unwrap().goi_rs, lakh(5.0));
}

/// Mega food parks: 50% (75% hilly), at most Rs 50.00 crore, no grant on land,
/// pre-operative expenses and the margin money. Rs 80.00 crore with land 500: 4,000
/// general; 75% = 6,000 in a hill State, capped at 5,000.
#[test]
fn mega_food_park_category_and_cap() {
    let mut study = cfc_study(500.0, 1500.0, 5500.0, 500.0);
    assert_eq!(cfc_shares(&study, "mega-food-park").0, 4000.0);
    study.cluster.area.ne_or_hill_state = true;
    let f = financing(&study, &scheme("mega-food-park"));
    assert_eq!(f.category, Category::Special);
    assert_eq!(f.component("cfc").unwrap().goi_rs, lakh(5000.0));
    assert_matrix_reconciles(&f);
    let m = f.cfc.as_ref().unwrap().means_of_finance.as_ref().unwrap();
    let land = m.rows.iter().find(|r| r.label == "Land").unwrap();
    assert_eq!(land.amounts_rs[0], Rupees::ZERO, "no grant on land");
}

/// Plastic parks: 50%, at most Rs 40.00 crore. Rs 60.00 crore: 3,000; Rs 100.00 crore:
/// 5,000 capped at 4,000. No special category.
#[test]
fn plastic_park_cap() {
    let study = cfc_study(0.0, 1000.0, 4500.0, 500.0);
    assert_eq!(
        cfc_shares(&study, "plastic-park"),
        (3000.0, 0.0, 3000.0, 0.0)
    );
    let study = cfc_study(0.0, 2000.0, 7000.0, 1000.0);
    let f = financing(&study, &scheme("plastic-park"));
    assert_eq!(f.category, Category::General);
    let c = f.component("cfc").unwrap();
    assert_eq!(c.goi_rs, lakh(4000.0));
    assert!(c
        .rules
        .iter()
        .any(|r| r.code == "grant-cap" && r.outcome == Outcome::CapHit));
}

/// "Or Rs y, whichever is less" for a whole project: the pharma rules with a project cap of
/// Rs 10.00 crore (a test's own, not the scheme's). CFC Rs 20.00 crore: 70% = 1,400; the
/// DPR 50% of 12 lakh = 6, capped at 5; together 1,405, cut by 405 from the CFC to 995.
#[test]
fn a_project_cap_cuts_the_components_in_order() {
    let mut rules = scheme("pharma-cdp");
    rules.project_cap = Some(cdstudy::scheme::rules::ProjectCap {
        goi_cap_rs: lakh(1000.0),
        reduce_from: vec!["cfc".into(), "dpr".into()],
        basis: cdstudy::scheme::Basis::Confirmed,
    });
    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    study
        .action_plan
        .actions
        .push(action("a-2", ActionKind::Soft, "dpr", lakh(12.0)));
    let f = financing(&study, &rules);
    assert_eq!(f.component("cfc").unwrap().goi_rs, lakh(995.0));
    assert_eq!(f.component("dpr").unwrap().goi_rs, lakh(5.0));
    assert_eq!(f.totals.goi_rs, lakh(1000.0));
    let rule = f.rules.iter().find(|r| r.code == "project-cap").unwrap();
    assert_eq!(rule.outcome, Outcome::CapHit);
    assert_eq!(
        rule.name,
        "the project's grant at most Rs. 1,000.00 lakh: the grants of Rs. 1,405.00 lakh are cut by Rs. 405.00 lakh"
    );
    // The SPV meets what the cut leaves: 2,000 − 995 = 1,005.
    assert_eq!(f.component("cfc").unwrap().beneficiary_rs, lakh(1005.0));
}

/// SITP: 40% (90% for the first two projects in NE and hill States), at most Rs 40.00
/// crore. Rs 80.00 crore: 3,200; Rs 120.00 crore: 4,800 capped at 4,000; Rs 40.00 crore in
/// a hill State that has had no park yet: 90% = 3,600; the same State's third park (two
/// before it): general, 40% = 1,600; earlier parks not entered: general, and said so.
#[test]
fn sitp_cap_and_category() {
    let study = cfc_study(0.0, 2000.0, 5500.0, 500.0);
    assert_eq!(cfc_shares(&study, "sitp").0, 3200.0);
    let study = cfc_study(0.0, 3000.0, 8000.0, 1000.0);
    assert_eq!(cfc_shares(&study, "sitp").0, 4000.0);
    let mut study = cfc_study(0.0, 1000.0, 2800.0, 200.0);
    study.cluster.area.ne_or_hill_state = true;
    study.cluster.area.earlier_projects = Some(0);
    let f = financing(&study, &scheme("sitp"));
    assert_eq!(f.category, Category::Special, "{}", f.category_reason);
    assert_eq!(f.component("cfc").unwrap().goi_rs, lakh(3600.0));
    assert_eq!(
        f.category_reason,
        "special category (the first two projects in the North-East and hill States): the cluster is in a North-East or hill State and is among the first 2 projects under the scheme in its State"
    );
    study.cluster.area.earlier_projects = Some(2);
    let f = financing(&study, &scheme("sitp"));
    assert_eq!(f.category, Category::General);
    assert_eq!(f.component("cfc").unwrap().goi_rs, lakh(1600.0));
    assert_eq!(
        f.category_reason,
        "general category: the cluster is not among the first 2 projects under the scheme in its State"
    );
    study.cluster.area.earlier_projects = None;
    let f = financing(&study, &scheme("sitp"));
    assert_eq!(f.category, Category::General);
    assert!(f
        .flags
        .iter()
        .any(|g| g.code == "missing-input" && g.path == "cluster.area.earlier_projects"));
}

/// PADMA Cluster Infrastructure in a Haryana block of `block`: the block decides the
/// category, with its reason; `below` acres (one less than the block's minimum) are refused
/// on `cfc.land_acres`, and one acre more is eligible, with no error. The financing then.
fn padma_infra_land_edge(
    study: &mut Study,
    block: cdstudy::model::BlockCategory,
    below: i64,
) -> Financing {
    use cdstudy::model::Quantity;
    study.cluster.state = "Haryana".into();
    study.cluster.area.block_category = Some(block);
    study.cfc.as_mut().unwrap().land_acres = Some(Quantity::whole(below));
    let f = financing(study, &scheme("padma-infra"));
    let id = block.word();
    assert_eq!(f.category, Category::new(id));
    let upper = id.to_uppercase();
    assert_eq!(
        f.category_reason,
        format!("{id} category (a {upper}-category block): the cluster is in a block of category {upper}")
    );
    assert!(f
        .flags
        .iter()
        .any(|g| g.code == "not-eligible" && g.path == "cfc.land_acres"));
    study.cfc.as_mut().unwrap().land_acres = Some(Quantity::whole(below + 1));
    let f = financing(study, &scheme("padma-infra"));
    assert!(!f.has_errors(), "{:?}", f.flags);
    f
}

/// PADMA Cluster Infrastructure: the category is the block's (B, C, D); the land at least
/// 25 acres in B and C blocks, 15 in D (secondary). A D block with 14 acres is not
/// eligible, with 15 it is; a B block with 20 acres is not (25). The rate for each category
/// was not found: no grant in any category, flagged, the implementing agency shown
/// meeting the whole Rs 20.00 crore. An A block (or none entered) is general, whose land
/// minimum is not known: flagged, not applied.
#[test]
fn padma_infra_category_by_block_and_land_minimum() {
    use cdstudy::model::{BlockCategory, Quantity};
    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    let f = padma_infra_land_edge(&mut study, BlockCategory::D, 14);
    let c = f.component("cfc").unwrap();
    assert_eq!(c.goi_rs, Rupees::ZERO);
    assert_eq!(c.beneficiary_rs, lakh(2000.0));
    assert!(f
        .flags
        .iter()
        .any(|g| g.code == "unconfirmed-rule" && g.message.contains("d category")));
    study.cluster.area.block_category = Some(BlockCategory::B);
    study.cfc.as_mut().unwrap().land_acres = Some(Quantity::whole(20));
    let f = financing(&study, &scheme("padma-infra"));
    assert_eq!(f.category, Category::new("b"));
    assert!(f.has_errors());
    study.cluster.area.block_category = Some(BlockCategory::A);
    let f = financing(&study, &scheme("padma-infra"));
    assert_eq!(f.category, Category::General);
    assert_eq!(
        f.category_reason,
        "general category: the cluster is not in a block of category B, C, or D"
    );
    let land = f
        .eligibility
        .iter()
        .find(|r| r.code == "eligible-land-area")
        .expect("the land test");
    assert_eq!(land.outcome, Outcome::Flagged);
    study.cluster.area.block_category = None;
    let f = financing(&study, &scheme("padma-infra"));
    assert_eq!(f.category, Category::General);
    assert!(f
        .flags
        .iter()
        .any(|g| g.code == "missing-input" && g.path == "cluster.area.block_category"));
}

/// Mega leather clusters: GoI up to 50% of the project. Rs 20.00 crore: 1,000, the SPV
/// 1,000; Rs 7.00 crore: 350 and 350. The limit by land area was not found: flagged on
/// every use, never applied. A cluster not in leather is not eligible.
#[test]
fn mega_leather_half_and_land_limit_flagged() {
    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    study.cluster.sectors = vec!["leather".into()];
    assert_eq!(
        cfc_shares(&study, "mega-leather"),
        (1000.0, 0.0, 1000.0, 0.0)
    );
    let f = financing(&study, &scheme("mega-leather"));
    assert_eq!(f.category, Category::General);
    assert!(f
        .flags
        .iter()
        .any(|g| g.code == "unconfirmed-rule" && g.message.contains("land area")));
    assert!(!f.has_errors(), "{:?}", f.flags);
    let mut study = cfc_study(0.0, 200.0, 450.0, 50.0);
    study.cluster.sectors = vec!["leather".into()];
    assert_eq!(cfc_shares(&study, "mega-leather"), (350.0, 0.0, 350.0, 0.0));
    study.cluster.sectors = vec!["food processing".into()];
    assert!(financing(&study, &scheme("mega-leather")).has_errors());
}

/// Modified IIUS: the Centre 50%, at most Rs 50.00 crore; the State agency 25%; the
/// industries the rest. Rs 60.00 crore: 3,000 / 1,500 / 1,500. Rs 120.00 crore: 6,000
/// capped at 5,000, the agency 3,000, the industries 4,000. No special category.
#[test]
fn iius_shares_and_cap() {
    let study = cfc_study(0.0, 1000.0, 4500.0, 500.0);
    assert_eq!(cfc_shares(&study, "iius"), (3000.0, 1500.0, 1500.0, 0.0));
    let study = cfc_study(0.0, 3000.0, 8000.0, 1000.0);
    assert_eq!(cfc_shares(&study, "iius"), (5000.0, 3000.0, 4000.0, 0.0));
    assert_eq!(
        financing(&study, &scheme("iius")).category,
        Category::General
    );
}

/// CPCDS: 60 : 40, the Government's share at most Rs 50.00 crore (inferred reading).
/// Rs 40.00 crore: 2,400 and industry 1,600; Rs 100.00 crore: 6,000 capped at 5,000.
#[test]
fn powerloom_cluster_share_and_cap() {
    let study = cfc_study(0.0, 1000.0, 2800.0, 200.0);
    assert_eq!(
        cfc_shares(&study, "powerloom-cluster"),
        (2400.0, 0.0, 1600.0, 0.0)
    );
    let study = cfc_study(0.0, 2000.0, 7000.0, 1000.0);
    let f = financing(&study, &scheme("powerloom-cluster"));
    assert_eq!(f.category, Category::General);
    assert_eq!(f.component("cfc").unwrap().goi_rs, lakh(5000.0));
}

/// MSME LEAN: 90% of the implementation cost, 95% in the North-East or for a cluster of
/// mostly women-owned units. Rs 5.00 lakh: 4.50 general, 4.75 special.
#[test]
fn lean_rate_by_category() {
    let mut study = Study::new("Test", "lean");
    study.action_plan.actions = vec![action("a-1", ActionKind::Soft, "lean", lakh(5.0))];
    let f = financing(&study, &scheme("lean"));
    assert_eq!(f.category, Category::General);
    assert_eq!(f.component("lean").unwrap().goi_rs, lakh(4.5));
    assert_eq!(f.component("lean").unwrap().beneficiary_rs, lakh(0.5));
    study.cluster.enterprises.micro = Some(30);
    study.cluster.ownership.women_owned = Some(20);
    let f = financing(&study, &scheme("lean"));
    assert_eq!(f.category, Category::Special, "{}", f.category_reason);
    assert_eq!(f.component("lean").unwrap().goi_rs, lakh(4.75));
}

/// Mini tool rooms: Centre-PPP 40% or Rs 9.00 crore, whichever is less (Rs 15.00 crore:
/// 600; Rs 30.00 crore: 1,200 capped at 900); State-PPP 90% of machinery of Rs 12.00
/// crore = 1,080 capped at 900, the State the rest (300).
#[test]
fn mini_tool_room_caps() {
    let mut study = Study::new("Test", "mini-tool-room");
    study.action_plan.actions = vec![action("a-1", ActionKind::Hard, "centre-ppp", lakh(1500.0))];
    let f = financing(&study, &scheme("mini-tool-room"));
    assert_eq!(f.category, Category::General);
    assert_eq!(f.component("centre-ppp").unwrap().goi_rs, lakh(600.0));
    study.action_plan.actions = vec![
        action("a-1", ActionKind::Hard, "centre-ppp", lakh(3000.0)),
        action("a-2", ActionKind::Hard, "state-ppp-machinery", lakh(1200.0)),
    ];
    let f = financing(&study, &scheme("mini-tool-room"));
    assert_eq!(f.component("centre-ppp").unwrap().goi_rs, lakh(900.0));
    let m = f.component("state-ppp-machinery").unwrap();
    assert_eq!((m.goi_rs, m.state_rs), (lakh(900.0), lakh(300.0)));
}

/// The schemes whose rates were not found compute no grant and say why: PADMA's cluster
/// infrastructure (its rate by block category and land) and PADMA's block clusters (no
/// pattern of their own). A cluster outside Haryana is not
/// eligible for Haryana's schemes.
#[test]
fn schemes_whose_rates_were_not_found_compute_no_grant_and_say_so() {
    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    study.cluster.state = "Haryana".into();
    for (id, code) in [
        ("padma-infra", "unconfirmed-rule"),
        ("padma-block", "unconfirmed-rule"),
    ] {
        let f = financing(&study, &scheme(id));
        let c = f.component("cfc").unwrap();
        assert_eq!(c.goi_rs, Rupees::ZERO, "{id}");
        assert!(codes(&f).contains(&code), "{id}: {:?}", codes(&f));
        assert!(!f.has_errors(), "{id}: {:?}", f.flags);
    }
    study.cluster.state = "Madhya Pradesh".into();
    let f = financing(&study, &scheme("padma-infra"));
    assert!(codes(&f).contains(&"not-eligible"));
}

/// CHCDS technology upgradation: 30% of each unit's cost, at most Rs 60 lakh a unit (its
/// cost counted up to Rs 2.00 crore). Units of 150 and 300 lakh: 45 + 60 = 105. The
/// handloom block cluster's shares were not found: no grant, flagged.
#[test]
fn handicrafts_per_unit_cap_and_handloom_not_computed() {
    let mut study = Study::new("Test", "handicrafts-cluster");
    study.action_plan.actions = vec![
        action(
            "a-1",
            ActionKind::Hard,
            "technology-upgradation",
            lakh(150.0),
        ),
        action(
            "a-2",
            ActionKind::Hard,
            "technology-upgradation",
            lakh(300.0),
        ),
    ];
    let f = financing(&study, &scheme("handicrafts-cluster"));
    assert_eq!(f.category, Category::General);
    let c = f.component("technology-upgradation").unwrap();
    assert_eq!((c.goi_rs, c.beneficiary_rs), (lakh(105.0), lakh(345.0)));
    assert!(codes(&f).contains(&"cap-hit"));
    let mut study = Study::new("Test", "handloom-cluster");
    study.action_plan.actions = vec![action(
        "a-1",
        ActionKind::Hard,
        "cluster-project",
        lakh(150.0),
    )];
    let f = financing(&study, &scheme("handloom-cluster"));
    assert_eq!(f.component("cluster-project").unwrap().goi_rs, Rupees::ZERO);
    assert!(codes(&f).contains(&"not-computed"));
}

/// Eligibility by sector, decided from `cluster.sectors`: a bamboo cluster is not for the
/// pharma CDP (an error naming the sectors); a pharma cluster is; a study that names no
/// sector is "not told" (not checked, no error, never assumed either way).
#[test]
fn eligibility_by_sector_is_decided_from_the_study_or_not_told() {
    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    let pharma = scheme("pharma-cdp");
    let f = financing(&study, &pharma);
    assert_eq!(f.eligibility[0].outcome, Outcome::NotChecked);
    assert!(
        f.eligibility[0].name.contains("not told"),
        "{}",
        f.eligibility[0].name
    );
    assert!(!codes(&f).contains(&"not-eligible"));

    study.cluster.sectors = vec!["bamboo".into(), "Handicrafts".into()];
    let f = financing(&study, &pharma);
    assert_eq!(f.eligibility[0].outcome, Outcome::NotMet);
    let flag = f.flags.iter().find(|fl| fl.code == "not-eligible").unwrap();
    assert_eq!(flag.level, FlagLevel::Error);
    assert_eq!(flag.path, "cluster.sectors");
    assert!(
        flag.message.starts_with(
            "not eligible for CDP-PS: for clusters of the pharma sector: the cluster's sectors are bamboo and Handicrafts"
        ),
        "{}",
        flag.message
    );

    // Sector words are compared without case.
    study.cluster.sectors = vec!["Pharma".into()];
    let f = financing(&study, &pharma);
    assert_eq!(f.eligibility[0].outcome, Outcome::Met);
    assert!(!f.has_errors(), "{:?}", f.flags);
}

/// Counts, land and the SPV's form. CPCDS: at least 5,000 powerlooms (4,999 fails, 5,000
/// passes) and an SPV under the Companies Act (a society fails); a mega food park's central
/// processing centre on at least 50 acres (49.5 fails, 50 passes); the handloom cluster's
/// "100 handlooms preferred" is unconfirmed, so 40 looms is flagged, not refused.
#[test]
fn eligibility_by_counts_land_and_spv_form() {
    use cdstudy::model::{LegalForm, Quantity};
    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    study.cluster.sectors = vec!["powerloom".into()];
    let cpcds = scheme("powerloom-cluster");
    let outcome = |f: &Financing, code: &str| {
        f.eligibility
            .iter()
            .find(|r| r.code == code)
            .map(|r| r.outcome)
    };
    let f = financing(&study, &cpcds);
    assert_eq!(outcome(&f, "eligible-count"), Some(Outcome::NotChecked));
    study.cluster.looms = Some(4_999);
    let f = financing(&study, &cpcds);
    assert_eq!(outcome(&f, "eligible-count"), Some(Outcome::NotMet));
    assert!(codes(&f).contains(&"not-eligible"));
    study.cluster.looms = Some(5_000);
    let f = financing(&study, &cpcds);
    assert_eq!(outcome(&f, "eligible-count"), Some(Outcome::Met));
    assert_eq!(
        f.eligibility
            .iter()
            .find(|r| r.code == "eligible-count")
            .unwrap()
            .name,
        "at least 5000 looms: 5000 looms (clusters of at least 5,000 powerlooms (MP roadmap Annex-4))"
    );
    study.spv.as_mut().unwrap().legal_form = Some(LegalForm::Society);
    let f = financing(&study, &cpcds);
    assert_eq!(outcome(&f, "eligible-spv-form"), Some(Outcome::NotMet));
    study.spv.as_mut().unwrap().legal_form = Some(LegalForm::PrivateLimited);
    let f = financing(&study, &cpcds);
    assert_eq!(outcome(&f, "eligible-spv-form"), Some(Outcome::Met));
    assert!(!f.has_errors(), "{:?}", f.flags);

    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    study.cluster.sectors = vec!["food-processing".into()];
    let park = scheme("mega-food-park");
    let f = financing(&study, &park);
    assert_eq!(outcome(&f, "eligible-land-area"), Some(Outcome::NotChecked));
    study.cfc.as_mut().unwrap().land_acres = Some("49.5".parse::<Quantity>().unwrap());
    let f = financing(&study, &park);
    assert_eq!(outcome(&f, "eligible-land-area"), Some(Outcome::NotMet));
    let flag = f.flags.iter().find(|fl| fl.code == "not-eligible").unwrap();
    assert_eq!(flag.path, "cfc.land_acres");
    assert!(
        flag.message
            .contains("the CFC's land at least 50 acres: 49.5 acres"),
        "{}",
        flag.message
    );
    study.cfc.as_mut().unwrap().land_acres = Some(Quantity::whole(50));
    let f = financing(&study, &park);
    assert_eq!(outcome(&f, "eligible-land-area"), Some(Outcome::Met));

    let mut study = Study::new("Test", "handloom-cluster");
    study.cluster.sectors = vec!["handloom".into()];
    study.cluster.looms = Some(40);
    let f = financing(&study, &scheme("handloom-cluster"));
    assert_eq!(outcome(&f, "eligible-sector"), Some(Outcome::Met));
    assert_eq!(outcome(&f, "eligible-count"), Some(Outcome::Flagged));
    assert!(!codes(&f).contains(&"not-eligible"));
}

/// The finder on the bundled studies names what a consultant would expect. Bokaro's bamboo
/// and handicrafts cluster: SFURTI first (221.76 lakh); pharma, AYUSH, plastic and food
/// parks, leather, powerloom and SITP not eligible by sector; MSE-CDP not for its producer
/// company. Ujjain's plastics cluster: MSE-CDP 2022 first (831.15 lakh); the plastic park
/// may be eligible (its sector fits; 50% of 923.50 = 461.75 lakh, within Rs 40 crore);
/// SFURTI, pharma and AYUSH not eligible by sector.
#[test]
fn the_finder_names_the_expected_schemes_for_the_bundled_studies() {
    let catalog = Catalog::builtin().unwrap();
    let load = |name: &str| {
        cdstudy::store::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name))
            .unwrap()
            .study
    };
    let bokaro = cdstudy::scheme::match_schemes(&load("studies/bokaro-bamboo.yaml"), catalog);
    assert_eq!(bokaro[0].scheme, "sfurti");
    assert_eq!(bokaro[0].grant_rs, Rupees(2_21_75_500));
    let eligible = |ms: &[cdstudy::scheme::Match], id: &str| {
        ms.iter().find(|m| m.scheme == id).unwrap().eligible
    };
    for id in [
        "pharma-cdp",
        "ayush-cluster",
        "plastic-park",
        "mega-food-park",
        "mega-leather",
        "powerloom-cluster",
        "sitp",
        "mse-cdp",
    ] {
        assert!(!eligible(&bokaro, id), "bokaro: {id}");
    }
    let ujjain = cdstudy::scheme::match_schemes(&load("studies/ujjain-plastic.yaml"), catalog);
    assert_eq!(ujjain[0].scheme, "mse-cdp");
    assert_eq!(ujjain[0].grant_rs, Rupees(8_31_15_000));
    let park = ujjain.iter().find(|m| m.scheme == "plastic-park").unwrap();
    assert!(park.eligible);
    assert_eq!(park.goi_rs, Rupees(4_61_75_000));
    assert!(
        park.reasons
            .iter()
            .any(|r| r.english
                == "for clusters of the plastics sector: the cluster works in plastics")
    );
    for id in ["sfurti", "pharma-cdp", "ayush-cluster", "mega-food-park"] {
        assert!(!eligible(&ujjain, id), "ujjain: {id}");
    }
}

// ----- every scheme's cap and category, worked by hand from its rules file -----
//
// Each case below is worked from the figures of templates/<id>/scheme.yaml (and
// shared/domain/schemes.md §1.2, §1.3, §3, §4), amounts in lakh, and asserts all four
// columns of the component: GoI, State, SPV / beneficiaries / agency, loans and others.

/// (GoI, State, SPV or beneficiaries, loans and others).
type Parties = (Rupees, Rupees, Rupees, Rupees);

/// A component's parties, exact to the rupee.
fn parties(f: &Financing, id: &str) -> Parties {
    let c = f
        .component(id)
        .unwrap_or_else(|| panic!("no component {id}"));
    assert!(c.gap_rs.is_zero(), "{id}: a gap of {:?}", c.gap_rs);
    (c.goi_rs, c.state_rs, c.beneficiary_rs, c.other_rs)
}

/// The four shares of a row, given in lakh.
fn in_lakh(goi: f64, state: f64, beneficiary: f64, other: f64) -> Parties {
    (lakh(goi), lakh(state), lakh(beneficiary), lakh(other))
}

fn outcome_of(c: &cdstudy::scheme::ComponentFinancing, code: &str) -> Option<Outcome> {
    c.rules.iter().find(|r| r.code == code).map(|r| r.outcome)
}

/// MSE-CDP 2022 Infrastructure Development, implemented by a State agency that meets the
/// rest (`rest_to: state-agency`, the State implementing agency in the State's column).
/// New estate or flatted factory complex (id-new): 60%, special 70%, the cost considered up
/// to Rs 15 crore; upgradation (id-upgradation): 50%, special 60%, up to Rs 10 crore
/// (schemes.md §1.2).
/// - general, new estate of Rs 20.00 crore: 60% of the 1,500 considered = 900 (the general
///   maximum of Rs 9.00 crore, [I]); the State 2,000 − 900 = 1,100;
/// - general, upgradation of Rs 8.00 crore: 50% of 800 = 400; the State 400;
/// - special (aspirational district), new estate of Rs 20.00 crore: 70% of 1,500 = 1,050,
///   PIB's maximum of Rs 10.50 crore [C]; the State 950;
/// - special, upgradation of Rs 12.00 crore: 60% of the 1,000 considered = 600, PIB's
///   maximum of Rs 6.00 crore [C]; the State 1,200 − 600 = 600.
#[test]
fn mse_cdp_infrastructure_development_ceilings_and_special_maxima() {
    let mut study = Study::new("Test", "mse-cdp");
    study.action_plan.actions = vec![
        action("a-1", ActionKind::Hard, "id-new", lakh(2000.0)),
        action("a-2", ActionKind::Hard, "id-upgradation", lakh(800.0)),
    ];
    let f = financing(&study, &scheme("mse-cdp"));
    assert_eq!(f.category, Category::General);
    assert_eq!(parties(&f, "id-new"), in_lakh(900.0, 1100.0, 0.0, 0.0));
    let new = f.component("id-new").unwrap();
    assert_eq!(new.eligible_rs, lakh(1500.0));
    assert_eq!(outcome_of(new, "ceiling"), Some(Outcome::CapHit));
    assert_eq!(
        parties(&f, "id-upgradation"),
        in_lakh(400.0, 400.0, 0.0, 0.0)
    );
    assert_eq!(
        outcome_of(f.component("id-upgradation").unwrap(), "ceiling"),
        None
    );

    study.cluster.area.aspirational_district = true;
    study.action_plan.actions[1].cost = Some(Cost::Amount(lakh(1200.0)));
    let f = financing(&study, &scheme("mse-cdp"));
    assert_eq!(f.category, Category::Special);
    assert_eq!(parties(&f, "id-new"), in_lakh(1050.0, 950.0, 0.0, 0.0));
    assert_eq!(
        parties(&f, "id-upgradation"),
        in_lakh(600.0, 600.0, 0.0, 0.0)
    );
    let up = f.component("id-upgradation").unwrap();
    assert_eq!(up.eligible_rs, lakh(1000.0));
    assert_eq!(outcome_of(up, "ceiling"), Some(Outcome::CapHit));
    assert_eq!(f.totals.goi_rs, lakh(1650.0));
}

/// MSE-CDP 2019: a CFC's cost is considered up to Rs 20 crore at 70% (90% special); PIB's
/// release of 16-03-2023 gives the old maxima as Rs 18 crore for a CFC (90% of 20) and Rs 8
/// crore and Rs 12 crore for ID (80% of 10 and of 15) [C] (schemes.md §1.3).
/// - CFC of Rs 25.00 crore (building 300, machinery 2,100, misc. 100), general: 70% of the
///   2,000 considered = 1,400; the State's usual 10% (GoI 70 : State 10 : SPV 20 up to Rs 20
///   crore, haryanaindustries [S]) of the 2,000 considered = 200; the SPV the rest, 2,500 −
///   1,400 − 200 = 900 (36%, above its 10%);
/// - the same CFC in a hill State: 90% of 2,000 = 1,800 (the Rs 18 crore maximum); the
///   State's special share is not known: flagged, not assumed, the SPV shown with 700;
/// - industrial estate of Rs 12.00 crore (considered up to Rs 10 crore): general 60% of
///   1,000 = 600, the State the rest, 600; special 80% of 1,000 = 800 (Rs 8 crore), the
///   State 400;
/// - flatted factory complex of Rs 15.00 crore (up to Rs 15 crore): general 60% = 900, the
///   State 600; special 80% = 1,200 (Rs 12 crore), the State 300;
/// - marketing hub of Rs 12.00 crore: 60% of the 1,000 considered = 600 in either category
///   (the women entrepreneurs' 80% is a caveat, not applied); the association (SPV) 600.
#[test]
fn mse_cdp_2019_cfc_and_id_maxima() {
    let mut study = cfc_study(0.0, 300.0, 2100.0, 100.0);
    study.meta.scheme = "mse-cdp-2019".into();
    study.action_plan.actions.extend([
        action("a-2", ActionKind::Hard, "id-estate", lakh(1200.0)),
        action("a-3", ActionKind::Hard, "id-ffc", lakh(1500.0)),
        action("a-4", ActionKind::Hard, "marketing-hub", lakh(1200.0)),
    ]);
    let rules = scheme("mse-cdp-2019");
    let f = financing(&study, &rules);
    assert_eq!(f.category, Category::General);
    assert_eq!(parties(&f, "cfc"), in_lakh(1400.0, 200.0, 900.0, 0.0));
    let cfc = f.component("cfc").unwrap();
    assert_eq!(cfc.eligible_rs, lakh(2000.0));
    assert_eq!(outcome_of(cfc, "ceiling"), Some(Outcome::CapHit));
    assert_eq!(parties(&f, "id-estate"), in_lakh(600.0, 600.0, 0.0, 0.0));
    assert_eq!(parties(&f, "id-ffc"), in_lakh(900.0, 600.0, 0.0, 0.0));
    assert_eq!(
        parties(&f, "marketing-hub"),
        in_lakh(600.0, 0.0, 600.0, 0.0)
    );
    assert_matrix_reconciles(&f);

    study.cluster.area.ne_or_hill_state = true;
    let f = financing(&study, &rules);
    assert_eq!(f.category, Category::Special, "{}", f.category_reason);
    assert_eq!(parties(&f, "cfc"), in_lakh(1800.0, 0.0, 700.0, 0.0));
    assert!(f
        .flags
        .iter()
        .any(|g| g.code == "unconfirmed-rule" && g.path == "cfc.state_share_rs"));
    assert_eq!(parties(&f, "id-estate"), in_lakh(800.0, 400.0, 0.0, 0.0));
    assert_eq!(
        outcome_of(f.component("id-estate").unwrap(), "ceiling"),
        Some(Outcome::CapHit)
    );
    assert_eq!(parties(&f, "id-ffc"), in_lakh(1200.0, 300.0, 0.0, 0.0));
    assert_eq!(
        parties(&f, "marketing-hub"),
        in_lakh(600.0, 0.0, 600.0, 0.0)
    );
    assert!(f
        .rules
        .iter()
        .any(|r| r.code == "spv-contribution" && r.outcome == Outcome::Met));
}

/// SITP's 90% for a first park in a hill State is "within the same Rs 40 crore": a park of
/// Rs 60.00 crore (building 1,500, machinery 4,000, misc. 500) in a hill State with one park
/// before it: 90% = 5,400, capped at 4,000; the SPV 2,000. The same State's third park is
/// general: 40% = 2,400, within the cap; the SPV 3,600.
#[test]
fn sitp_special_rate_within_the_same_cap() {
    let mut study = cfc_study(0.0, 1500.0, 4000.0, 500.0);
    study.cluster.area.ne_or_hill_state = true;
    study.cluster.area.earlier_projects = Some(1);
    let f = financing(&study, &scheme("sitp"));
    assert_eq!(f.category, Category::Special, "{}", f.category_reason);
    assert_eq!(parties(&f, "cfc"), in_lakh(4000.0, 0.0, 2000.0, 0.0));
    assert_eq!(
        outcome_of(f.component("cfc").unwrap(), "grant-cap"),
        Some(Outcome::CapHit)
    );
    assert_matrix_reconciles(&f);
    study.cluster.area.earlier_projects = Some(2);
    let f = financing(&study, &scheme("sitp"));
    assert_eq!(f.category, Category::General);
    assert_eq!(parties(&f, "cfc"), in_lakh(2400.0, 0.0, 3600.0, 0.0));
    assert_eq!(
        outcome_of(f.component("cfc").unwrap(), "grant-cap"),
        Some(Outcome::Met)
    );
}

/// PADMA's block clusters have no funding pattern of their own: both components are
/// `basis: unconfirmed`, so neither gets a grant, each is flagged, and the payer its rules
/// name meets the cost. A CFC of Rs 4.20 crore (building 100, machinery 300, misc. 20): the
/// SPV 420; a BDS hub of Rs 30.00 lakh: the Government of Haryana (`rest_to: state`) 30.
/// There is no category (no special category found). Outside Haryana: not eligible.
#[test]
fn padma_block_computes_no_grant_on_either_component() {
    let mut study = cfc_study(0.0, 100.0, 300.0, 20.0);
    study.cluster.state = "Haryana".into();
    study
        .action_plan
        .actions
        .push(action("a-2", ActionKind::Soft, "bds-hub", lakh(30.0)));
    let f = financing(&study, &scheme("padma-block"));
    assert_eq!(f.category, Category::General);
    assert_eq!(
        f.category_reason,
        "there is no special category under PADMA block cluster"
    );
    assert_eq!(parties(&f, "cfc"), in_lakh(0.0, 0.0, 420.0, 0.0));
    assert_eq!(parties(&f, "bds-hub"), in_lakh(0.0, 30.0, 0.0, 0.0));
    for id in ["cfc", "bds-hub"] {
        let c = f.component(id).unwrap();
        assert_eq!(c.goi_pct, None, "{id}");
        assert_eq!(
            outcome_of(c, "unconfirmed-component"),
            Some(Outcome::Flagged)
        );
        assert!(
            f.flags
                .iter()
                .any(|g| g.code == "unconfirmed-rule" && g.component.as_deref() == Some(id)),
            "{id}: {:?}",
            f.flags
        );
    }
    assert!(!f.has_errors(), "{:?}", f.flags);
    study.cluster.state = "Punjab".into();
    assert!(codes(&financing(&study, &scheme("padma-block"))).contains(&"not-eligible"));
}

/// PADMA Cluster Infrastructure in a C block, its third category: the land at least 25
/// acres (24 refused, 25 eligible). The rate table is not known for any category, so even
/// a Rs 60.00 crore project (building 1,500, machinery 4,000, misc. 500), whose grant at the
/// top of the 50%-85% range (5,100) would be over the Rs 45 crore cap, gets no grant: the
/// cap cannot bind, the Government of Haryana is shown with nothing and the implementing
/// agency with the whole 6,000, and the flag names the c category.
#[test]
fn padma_infra_c_block_and_no_rate_to_cap() {
    use cdstudy::model::BlockCategory;
    let mut study = cfc_study(0.0, 1500.0, 4000.0, 500.0);
    let f = padma_infra_land_edge(&mut study, BlockCategory::C, 24);
    assert_eq!(parties(&f, "cfc"), in_lakh(0.0, 0.0, 6000.0, 0.0));
    let c = f.component("cfc").unwrap();
    // A State scheme: no GoI share; the Government of Haryana's share (a party in the
    // State's column, at most Rs 45 crore) has no rate, so it is flagged, not applied.
    assert_eq!(c.goi_pct, Some(Percent::from_basis_points(0)));
    assert_eq!(
        outcome_of(c, "party-share"),
        Some(Outcome::Flagged),
        "no rate, so no cap to bind"
    );
    assert_eq!(outcome_of(c, "grant-cap"), None);
    assert!(f
        .flags
        .iter()
        .any(|g| g.code == "unconfirmed-rule" && g.message.contains("c category")));
}

/// AYUSH clusters give the grant "only for physical infrastructure, civil works, building,
/// plant, machinery and equipment" (read as no grant on land, preliminary and pre-operative
/// expenses and the margin money, inferred). A CFC of Rs 10.00 crore with land 500,
/// building 200, machinery 250, misc. 50: 60% = 600, but the heads other than land cost
/// 500, so the grant is cut to 500 (within the Rs 15 crore cap); the SPV 500 (50%, above
/// its 40%).
#[test]
fn ayush_cluster_no_grant_on_land() {
    let study = cfc_study(500.0, 200.0, 250.0, 50.0);
    let f = financing(&study, &scheme("ayush-cluster"));
    assert_eq!(parties(&f, "cfc"), in_lakh(500.0, 0.0, 500.0, 0.0));
    let c = f.component("cfc").unwrap();
    assert_eq!(outcome_of(c, "grant-not-on-heads"), Some(Outcome::CapHit));
    assert_eq!(outcome_of(c, "grant-cap"), Some(Outcome::Met));
    // The heads read as words in a sentence, listed "a, b, and c".
    let cut = f.flags.iter().find(|g| g.path == "cfc.costs").unwrap();
    assert_eq!(
        cut.message,
        "no GoI grant may go to land, preliminary expenses, pre-operative expenses, and the working-capital margin, which cost Rs. 500.00 lakh: the grant is cut from Rs. 600.00 lakh to the Rs. 500.00 lakh the other heads cost"
    );
    let shown = cdstudy::scheme::explain(&scheme("ayush-cluster"));
    assert!(
        shown.parts.iter().flat_map(|p| &p.lines).any(|l| l.english.starts_with(
            "No GoI grant on land, preliminary expenses, pre-operative expenses, and the working-capital margin: "
        )),
        "{shown:#?}"
    );
    assert!(f
        .rules
        .iter()
        .any(|r| r.code == "spv-contribution" && r.outcome == Outcome::Met));
    assert_matrix_reconciles(&f);
}

/// DSY's other two components. Forming a producer company, 5 years costed at Rs 1.20 lakh:
/// at most Rs 1 lakh a year for at most 3 years = 3.00 (the cap), the implementing agency
/// 6.00 − 3.00 = 3.00. Preparing the DSR/DPR, 6 moderator-years at Rs 1.50 lakh = 9.00:
/// Rs 2 lakh each would be 12.00, more than the cost, so the grant is the cost, 9.00, and
/// the agency brings nothing. In a North-East State the same: DSY has no category.
#[test]
fn dsy_producer_company_and_dsr_dpr_caps() {
    let mut study = Study::new("Test", "dsy");
    study.action_plan.actions = vec![
        per_unit_action("a-1", "producer-company", 5, "year", lakh(1.2).get()),
        per_unit_action("a-2", "dsr-dpr", 6, "moderator-years", lakh(1.5).get()),
    ];
    study.cluster.area.ne_or_hill_state = true;
    let f = financing(&study, &scheme("dsy"));
    assert_eq!(f.category, Category::General);
    assert_eq!(parties(&f, "producer-company"), in_lakh(3.0, 0.0, 3.0, 0.0));
    assert_eq!(parties(&f, "dsr-dpr"), in_lakh(9.0, 0.0, 0.0, 0.0));
    for id in ["producer-company", "dsr-dpr"] {
        assert_eq!(
            outcome_of(f.component(id).unwrap(), "per-unit"),
            Some(Outcome::CapHit),
            "{id}"
        );
    }
    assert_eq!(f.totals.goi_rs, lakh(12.0));
}

/// CHCDS: a unit costing exactly Rs 2.00 crore gets the full Rs 60 lakh (30%), one of 80
/// lakh 24; the units 140 + 56 = 196. In a hill State the same (no category). The handloom
/// block cluster computes no grant (its share of each intervention was not found): the
/// weavers / SPV are shown meeting the whole 150, flagged.
#[test]
fn handicrafts_at_the_unit_ceiling_and_handloom_shares() {
    let mut study = Study::new("Test", "handicrafts-cluster");
    study.cluster.area.ne_or_hill_state = true;
    study.action_plan.actions = vec![
        action(
            "a-1",
            ActionKind::Hard,
            "technology-upgradation",
            lakh(200.0),
        ),
        action(
            "a-2",
            ActionKind::Hard,
            "technology-upgradation",
            lakh(80.0),
        ),
    ];
    let f = financing(&study, &scheme("handicrafts-cluster"));
    assert_eq!(f.category, Category::General);
    assert_eq!(
        parties(&f, "technology-upgradation"),
        in_lakh(84.0, 0.0, 196.0, 0.0)
    );
    assert_eq!(
        outcome_of(
            f.component("technology-upgradation").unwrap(),
            "per-action-limit"
        ),
        Some(Outcome::Applied),
        "no unit is over Rs 2 crore"
    );
    assert!(!codes(&f).contains(&"cap-hit"));

    let mut study = Study::new("Test", "handloom-cluster");
    study.action_plan.actions = vec![action(
        "a-1",
        ActionKind::Hard,
        "cluster-project",
        lakh(150.0),
    )];
    let f = financing(&study, &scheme("handloom-cluster"));
    assert_eq!(f.category, Category::General);
    assert_eq!(
        parties(&f, "cluster-project"),
        in_lakh(0.0, 0.0, 150.0, 0.0)
    );
    assert!(codes(&f).contains(&"not-computed"));
}

/// MSME LEAN: 95% in the North-East and for a cluster of mostly SC/ST-owned units. Rs 6.00
/// lakh: 90% = 5.40 general, the units 0.60; in the North-East 95% = 5.70, the units 0.30;
/// 25 of 40 units SC- or ST-owned (15 + 10, 62.50%): 5.70 and 0.30.
#[test]
fn lean_special_by_place_and_by_ownership() {
    let mut study = Study::new("Test", "lean");
    study.action_plan.actions = vec![action("a-1", ActionKind::Soft, "lean", lakh(6.0))];
    let f = financing(&study, &scheme("lean"));
    assert_eq!(f.category, Category::General);
    assert_eq!(parties(&f, "lean"), in_lakh(5.4, 0.0, 0.6, 0.0));
    study.cluster.area.ne_or_hill_state = true;
    let f = financing(&study, &scheme("lean"));
    assert_eq!(f.category, Category::Special);
    assert_eq!(parties(&f, "lean"), in_lakh(5.7, 0.0, 0.3, 0.0));
    study.cluster.area.ne_or_hill_state = false;
    study.cluster.enterprises.micro = Some(40);
    study.cluster.ownership.sc_owned = Some(15);
    study.cluster.ownership.st_owned = Some(10);
    let f = financing(&study, &scheme("lean"));
    assert_eq!(f.category, Category::Special, "{}", f.category_reason);
    assert!(
        f.category_reason.contains("SC/ST-owned"),
        "{}",
        f.category_reason
    );
    assert_eq!(parties(&f, "lean"), in_lakh(5.7, 0.0, 0.3, 0.0));
}

/// Mega food parks: no grant on land, pre-operative expenses and the margin money. Rs 10.00
/// crore with land 600, building 250, machinery 100, misc. 50: 50% = 500, but the other
/// heads cost 400, so the grant is 400 and the SPV 600. The Rs 80.00 crore park of the
/// earlier case in full: general 4,000 and the SPV 4,000; in a hill State 75% = 6,000,
/// capped at 5,000, the SPV 3,000.
#[test]
fn mega_food_park_heads_and_shares() {
    let study = cfc_study(600.0, 250.0, 100.0, 50.0);
    let f = financing(&study, &scheme("mega-food-park"));
    assert_eq!(parties(&f, "cfc"), in_lakh(400.0, 0.0, 600.0, 0.0));
    assert_eq!(
        outcome_of(f.component("cfc").unwrap(), "grant-not-on-heads"),
        Some(Outcome::CapHit)
    );
    assert_matrix_reconciles(&f);
    let mut study = cfc_study(500.0, 1500.0, 5500.0, 500.0);
    let f = financing(&study, &scheme("mega-food-park"));
    assert_eq!(parties(&f, "cfc"), in_lakh(4000.0, 0.0, 4000.0, 0.0));
    study.cluster.area.ne_or_hill_state = true;
    let f = financing(&study, &scheme("mega-food-park"));
    assert_eq!(parties(&f, "cfc"), in_lakh(5000.0, 0.0, 3000.0, 0.0));
    assert_eq!(
        outcome_of(f.component("cfc").unwrap(), "grant-cap"),
        Some(Outcome::CapHit)
    );
}

/// CDP for the pharma sector, every column: Rs 20.00 crore general 1,400 and the SPV 600;
/// in a hill State 1,800 and 200; Rs 30.00 crore in a hill State 2,000 (capped) and 1,000.
/// The DPR: 50% of Rs 8 lakh = 4, within its Rs 5 lakh, the SPV 4; of Rs 12 lakh 6, capped
/// at 5, the SPV 7.
#[test]
fn pharma_cdp_every_column() {
    let mut study = cfc_study(0.0, 500.0, 1400.0, 100.0);
    study
        .action_plan
        .actions
        .push(action("a-2", ActionKind::Soft, "dpr", lakh(8.0)));
    let f = financing(&study, &scheme("pharma-cdp"));
    assert_eq!(parties(&f, "cfc"), in_lakh(1400.0, 0.0, 600.0, 0.0));
    assert_eq!(parties(&f, "dpr"), in_lakh(4.0, 0.0, 4.0, 0.0));
    assert_eq!(
        outcome_of(f.component("dpr").unwrap(), "grant-cap"),
        Some(Outcome::Met)
    );
    study.cluster.area.ne_or_hill_state = true;
    study.action_plan.actions[1].cost = Some(Cost::Amount(lakh(12.0)));
    let f = financing(&study, &scheme("pharma-cdp"));
    assert_eq!(f.category, Category::Special);
    assert_eq!(parties(&f, "cfc"), in_lakh(1800.0, 0.0, 200.0, 0.0));
    assert_eq!(parties(&f, "dpr"), in_lakh(5.0, 0.0, 7.0, 0.0));
    let mut study30 = cfc_study(0.0, 800.0, 2000.0, 200.0);
    study30.cluster.area.ne_or_hill_state = true;
    let f = financing(&study30, &scheme("pharma-cdp"));
    assert_eq!(parties(&f, "cfc"), in_lakh(2000.0, 0.0, 1000.0, 0.0));
}

/// The schemes with no category of their own keep their general rate wherever the cluster
/// is: each here in a hill State and an aspirational district (the facts other schemes
/// count), every column worked from its rules file.
/// - AYUSH, Rs 20.00 crore: 60% = 1,200; the SPV 800.
/// - Plastic parks, Rs 100.00 crore: 50% = 5,000, capped at 4,000; the SPV 6,000.
/// - CPCDS, Rs 100.00 crore: 60% = 6,000, capped at 5,000; industry 5,000.
/// - Modified IIUS, Rs 60.00 crore: 50% = 3,000; the State agency 25% = 1,500; the
///   industries 1,500.
/// - Mega leather, Rs 20.00 crore: 50% = 1,000; the SPV 1,000.
/// - Haryana Mini Cluster, Rs 4.20 crore in a D block (PADMA's backward blocks get no
///   special terms that were found): the State 90% = 378; the SPV 42.
/// - Mini tool rooms, Centre-PPP Rs 15.00 crore: 40% = 600, the private partner 900; Rs
///   30.00 crore: 1,200 capped at 900, the partner 2,100; State-PPP machinery Rs 12.00
///   crore: 90% = 1,080 capped at 900, the State 300.
/// - Generic: no grant; the 55 of actions from their own payers.
#[test]
fn schemes_without_categories_keep_their_rate_anywhere() {
    use cdstudy::model::BlockCategory;
    let anywhere = |mut s: Study| {
        s.cluster.area.ne_or_hill_state = true;
        s.cluster.area.aspirational_district = true;
        s
    };
    let cases = [
        (
            "ayush-cluster",
            cfc_study(0.0, 500.0, 1400.0, 100.0),
            in_lakh(1200.0, 0.0, 800.0, 0.0),
            Some(Outcome::Met),
        ),
        (
            "plastic-park",
            cfc_study(0.0, 2000.0, 7000.0, 1000.0),
            in_lakh(4000.0, 0.0, 6000.0, 0.0),
            Some(Outcome::CapHit),
        ),
        (
            "powerloom-cluster",
            cfc_study(0.0, 2000.0, 7000.0, 1000.0),
            in_lakh(5000.0, 0.0, 5000.0, 0.0),
            Some(Outcome::CapHit),
        ),
        (
            "iius",
            cfc_study(0.0, 1000.0, 4500.0, 500.0),
            in_lakh(3000.0, 1500.0, 1500.0, 0.0),
            Some(Outcome::Met),
        ),
        (
            "mega-leather",
            cfc_study(0.0, 500.0, 1400.0, 100.0),
            in_lakh(1000.0, 0.0, 1000.0, 0.0),
            None,
        ),
    ];
    for (id, study, expected, cap) in cases {
        let f = financing(&anywhere(study), &scheme(id));
        assert_eq!(f.category, Category::General, "{id}");
        assert!(
            f.category_reason
                .starts_with("there is no special category under"),
            "{id}: {}",
            f.category_reason
        );
        assert_eq!(parties(&f, "cfc"), expected, "{id}");
        assert_eq!(
            outcome_of(f.component("cfc").unwrap(), "grant-cap"),
            cap,
            "{id}"
        );
        assert_matrix_reconciles(&f);
    }

    let mut study = anywhere(cfc_study(0.0, 100.0, 300.0, 20.0));
    study.cluster.state = "Haryana".into();
    study.cluster.area.block_category = Some(BlockCategory::D);
    let f = financing(&study, &scheme("haryana-mini-cluster"));
    assert_eq!(f.category, Category::General);
    assert_eq!(parties(&f, "cfc"), in_lakh(0.0, 378.0, 42.0, 0.0));

    let mut study = anywhere(Study::new("Test", "mini-tool-room"));
    study.action_plan.actions = vec![action("a-1", ActionKind::Hard, "centre-ppp", lakh(1500.0))];
    let f = financing(&study, &scheme("mini-tool-room"));
    assert_eq!(f.category, Category::General);
    assert_eq!(parties(&f, "centre-ppp"), in_lakh(600.0, 0.0, 900.0, 0.0));
    study.action_plan.actions = vec![
        action("a-1", ActionKind::Hard, "centre-ppp", lakh(3000.0)),
        action("a-2", ActionKind::Hard, "state-ppp-machinery", lakh(1200.0)),
    ];
    let f = financing(&study, &scheme("mini-tool-room"));
    assert_eq!(parties(&f, "centre-ppp"), in_lakh(900.0, 0.0, 2100.0, 0.0));
    assert_eq!(
        parties(&f, "state-ppp-machinery"),
        in_lakh(900.0, 300.0, 0.0, 0.0)
    );

    let mut study = anywhere(Study::new("Test", "generic"));
    study.action_plan.actions = vec![
        action("a-1", ActionKind::Soft, "soft", lakh(5.0)),
        action("a-2", ActionKind::Hard, "hard", lakh(50.0)),
    ];
    let f = financing(&study, &scheme("generic"));
    assert_eq!(f.category, Category::General);
    assert_eq!(
        f.category_reason,
        "there is no special category under Generic (UNIDO method)"
    );
    assert_eq!(
        (
            f.totals.goi_rs,
            f.totals.state_rs,
            f.totals.beneficiary_rs,
            f.totals.other_rs
        ),
        in_lakh(0.0, 0.0, 0.0, 55.0)
    );
}

/// CHCDS mega handloom clusters: the Government's share of each intervention was not found,
/// so a Rs 3.00 crore plan gets no grant, flagged, and the weavers' column shows the whole
/// 300; in a hill State the same (no category). Who it is for: handloom weavers (a
/// bamboo cluster is refused), and the common facility's land owned or leased for at least
/// 15 years (a lease of 10 years is refused, 15 met).
#[test]
fn handloom_mega_cluster_not_computed_and_its_eligibility() {
    use cdstudy::model::LandTenure;
    let mega = scheme("handloom-mega");
    let mut study = Study::new("Test", "handloom-mega");
    study.cluster.sectors = vec!["handloom".into()];
    study.action_plan.actions = vec![action(
        "a-1",
        ActionKind::Hard,
        "cluster-project",
        lakh(300.0),
    )];
    let f = financing(&study, &mega);
    assert_eq!(f.category, Category::General);
    assert_eq!(
        parties(&f, "cluster-project"),
        in_lakh(0.0, 0.0, 300.0, 0.0)
    );
    assert!(codes(&f).contains(&"not-computed"));
    assert!(!f.has_errors(), "{:?}", f.flags);
    study.cluster.area.ne_or_hill_state = true;
    let f = financing(&study, &mega);
    assert_eq!(f.category, Category::General);
    assert_eq!(
        parties(&f, "cluster-project"),
        in_lakh(0.0, 0.0, 300.0, 0.0)
    );

    let outcome = |f: &Financing, code: &str| {
        f.eligibility
            .iter()
            .find(|r| r.code == code)
            .map(|r| r.outcome)
    };
    study.cluster.sectors = vec!["bamboo".into()];
    let f = financing(&study, &mega);
    assert_eq!(outcome(&f, "eligible-sector"), Some(Outcome::NotMet));
    assert!(codes(&f).contains(&"not-eligible"));

    let mut study = cfc_study(0.0, 100.0, 150.0, 50.0);
    study.meta.scheme = "handloom-mega".into();
    study.cluster.sectors = vec!["handloom".into()];
    if let Some(cfc) = study.cfc.as_mut() {
        cfc.land_tenure = Some(LandTenure::Leased);
        cfc.lease_years = Some(10);
    }
    let f = financing(&study, &mega);
    assert_eq!(outcome(&f, "eligible-lease"), Some(Outcome::NotMet));
    study.cfc.as_mut().unwrap().lease_years = Some(15);
    let f = financing(&study, &mega);
    assert_eq!(outcome(&f, "eligible-lease"), Some(Outcome::Met));
}
