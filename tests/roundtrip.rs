//! Round trips: what cdstudy writes, it reads back unchanged, and writes again byte for
//! byte. For every bundled study, and for generated studies full of the text that trips
//! YAML writers (YAML 1.1 words, leading and trailing spaces, CR, control characters,
//! Devanagari, block-scalar edge cases) and of every value type in the file.

use std::path::Path;

use cdstudy::model::*;
use cdstudy::store;
use chrono::NaiveDate;
use proptest::prelude::*;

#[test]
fn every_bundled_study_round_trips_byte_for_byte() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("studies");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        seen += 1;
        let bytes = std::fs::read(&path).unwrap();
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            loaded.warnings.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.warnings
        );
        let written = store::to_yaml(&loaded.study).unwrap();
        assert_eq!(
            written,
            String::from_utf8(bytes).unwrap(),
            "{} is not in canonical form (run cdstudy fmt)",
            path.display()
        );
        assert!(loaded.canonical);
    }
    assert!(
        seen >= 2,
        "expected the bundled example studies in studies/"
    );
}

fn tricky_text() -> impl Strategy<Value = String> {
    let words: Vec<String> = [
        "",
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "Y",
        "NO",
        "~",
        "null",
        "Null",
        "true",
        "False",
        "0755",
        "1:30",
        "12.5",
        "1e3",
        ".inf",
        "-.nan",
        "0x1F",
        "+1",
        "-",
        "- item",
        "#hash",
        "a # not a comment",
        "a: b",
        "key:",
        "@at",
        "`tick",
        "'quoted'",
        "\"double\"",
        "[x]",
        "{y}",
        "*alias",
        "&anchor",
        "!tag",
        "%pct",
        "| pipe",
        "> gt",
        "? q",
        "2026-04-15",
        "2026-04",
        "2024-25",
        " leading",
        " ",
        "trailing ",
        "line\nbreak",
        "two\n\nparas\n",
        "ends with newline\n",
        "ends with two\n\n",
        "\n starts with a break",
        "  indented\nblock",
        "tab\tinside",
        "\ttab first",
        "प्लास्टिक क्लस्टर, उज्जैन",
        "हिंदी\nदूसरी पंक्ति",
        "emoji 🙂 ok",
        "cr\rinside",
        "crlf\r\ninside",
        "\u{85}next line",
        "\u{2028}separator",
        "bell\u{7}",
        "nul\u{0}",
        "bom\u{feff}inside",
        "---",
        "...",
        "--- a",
        "=",
        "<<",
        "Rs. 4,50,000",
        "4.5 lakh",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    prop_oneof![
        4 => proptest::sample::select(words),
        2 => "[a-zA-Z0-9 ,.:#-]{0,30}",
        1 => any::<String>().prop_map(|s| s.chars().take(40).collect()),
        1 => proptest::collection::vec("[a-z ]{0,20}", 1..4).prop_map(|l| l.join("\n")),
    ]
}

fn id(prefix: &'static str) -> impl Strategy<Value = Id> {
    (1u32..40).prop_map(move |n| Id::new(prefix, n))
}

fn rupees() -> impl Strategy<Value = Rupees> {
    (-money::MAX_RUPEES..=money::MAX_RUPEES).prop_map(Rupees)
}

fn percent() -> impl Strategy<Value = Percent> {
    (-1_000_000i64..1_000_000).prop_map(Percent::from_basis_points)
}

fn quantity() -> impl Strategy<Value = Quantity> {
    (-1_000_000_000i64..1_000_000_000).prop_map(Quantity::from_hundredths)
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1990i32..2100, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn month() -> impl Strategy<Value = YearMonth> {
    (1990i32..2100, 1u32..=12).prop_map(|(y, m)| YearMonth::new(y, m).unwrap())
}

fn choice<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(proptest::sample::select(all))
}

fn cost() -> impl Strategy<Value = Option<Cost>> {
    let line = (
        tricky_text(),
        proptest::option::of(0u32..500),
        tricky_text(),
        proptest::option::of(rupees()),
    )
        .prop_map(|(item, quantity, unit, unit_cost_rs)| CostLine {
            item,
            quantity,
            unit,
            unit_cost_rs,
        });
    proptest::option::of(prop_oneof![
        rupees().prop_map(Cost::Amount),
        proptest::collection::vec(line, 0..3).prop_map(Cost::Lines),
    ])
}

prop_compose! {
    fn bottleneck()(id in id("b"), title in tricky_text(), title_hi in tricky_text(), category in choice(Category::ALL),
                    stage in proptest::option::of(id("vc")), severity in choice(Severity::ALL),
                    units_affected_pct in proptest::option::of(percent()),
                    evidence in tricky_text(), root_cause in tricky_text()) -> Bottleneck {
        Bottleneck { id, title, title_hi, category, stage, severity, units_affected_pct, evidence, root_cause }
    }
}

prop_compose! {
    fn action()(id in id("a"), theme in proptest::option::of(id("t")), title in tricky_text(),
                kind in choice(ActionKind::ALL), component in tricky_text(),
                start_month in proptest::option::of(0u32..100), months in proptest::option::of(0u32..100),
                responsible in tricky_text(), cost in cost(), funded_by in tricky_text(),
                indicators in proptest::collection::vec(id("k"), 0..3), notes in tricky_text(),
                after in proptest::collection::vec(id("a"), 0..2)) -> Action {
        Action { id, theme, title, kind, component, start_month, months, responsible, cost, funded_by, indicators, notes, after }
    }
}

prop_compose! {
    fn indicator()(id in id("k"), level in choice(Level::ALL), name in tricky_text(), unit in tricky_text(),
                   baseline in proptest::option::of(quantity()), target in proptest::option::of(quantity()),
                   source in tricky_text(), frequency in tricky_text()) -> Indicator {
        Indicator { id, level, name, unit, baseline, target, source, frequency }
    }
}

prop_compose! {
    fn cfc()(name in tricky_text(), land in proptest::option::of(rupees()),
             machine_cost in proptest::option::of(rupees()), qty in proptest::option::of(0u32..50),
             rate in proptest::option::of(percent()), utilisation in proptest::collection::vec(percent(), 0..4),
             capacity in proptest::option::of(0u64..10_000_000), start in proptest::option::of(month()),
             tenure in choice(LandTenure::ALL), phase in choice(RiskPhase::ALL)) -> Cfc {
        Cfc {
            name,
            land_tenure: tenure,
            costs: CfcCosts {
                land_rs: land,
                machinery: vec![Machine { item: "Injection moulding machine".into(), quantity: qty, unit_cost_rs: machine_cost, supplier: String::new() }],
                ..Default::default()
            },
            loan: Some(Loan { amount_rs: land, interest_pct: rate, repayment_years: qty, moratorium_months: None }),
            operations: Operations { capacity, utilisation_pct: utilisation, tax_pct: rate, ..Default::default() },
            schedule: vec![Milestone { activity: "Trial run".into(), start, end: start, after: Vec::new() }],
            risks: vec![Risk { phase, risk: "Power cuts".into(), mitigation: String::new() }],
            ..Default::default()
        }
    }
}

prop_compose! {
    fn profile()(title in tricky_text(), notes in tricky_text(), status in proptest::sample::select(Status::ALL),
                 from in proptest::option::of(date()), name in tricky_text(), history in tricky_text(),
                 products in proptest::collection::vec(tricky_text(), 0..3),
                 micro in proptest::option::of(any::<u32>()), artisans in proptest::option::of(any::<u32>()),
                 years in proptest::collection::vec((1990i32..2100, proptest::option::of(rupees())), 0..3),
                 flags in any::<[bool; 4]>()) -> Study {
        let mut s = Study::default();
        s.meta.title = title;
        s.meta.notes = notes;
        s.meta.status = status;
        s.meta.period.from = from;
        s.cluster.name = name;
        s.cluster.history = history;
        s.cluster.products = products;
        s.cluster.enterprises.micro = micro;
        s.cluster.artisans = artisans;
        s.cluster.economics = years.into_iter().map(|(y, t)| YearFigures { year: FinancialYear(y), turnover_rs: t, exports_rs: None }).collect();
        s.cluster.area = AreaFlags {
            ne_or_hill_state: flags[0], island_territory: flags[1], aspirational_district: flags[2], lwe_district: flags[3],
            // The block's category and the earlier projects, absent or any of their values.
            block_category: micro.map(|m| cdstudy::model::BlockCategory::ALL[m as usize % 4]),
            earlier_projects: artisans.map(|a| a % 7),
        };
        s
    }
}

prop_compose! {
    fn plan()(bottlenecks in proptest::collection::vec(bottleneck(), 0..4),
              actions in proptest::collection::vec(action(), 0..3),
              indicators in proptest::collection::vec(indicator(), 0..3),
              start in proptest::option::of(month()), vision in tricky_text())
              -> (Vec<Bottleneck>, ActionPlan, Vec<Indicator>, String) {
        (bottlenecks, ActionPlan { start, actions }, indicators, vision)
    }
}

prop_compose! {
    fn project()(cfc in proptest::option::of(cfc()), equity in proptest::option::of(rupees()),
                 legal in choice(LegalForm::ALL), registered in proptest::option::of(date()),
                 review_text in tricky_text(), resolved in any::<bool>(), last in proptest::option::of(1u32..100))
                 -> (Option<Cfc>, Option<Spv>, Vec<ReviewNote>, Option<u32>) {
        let spv = equity.map(|e| Spv {
            legal_form: legal,
            registered_on: registered,
            members: vec![Member { id: Id::new("m", 1), name: "Shree Polymers".into(), size: Some(UnitSize::Micro), equity_rs: Some(e) }],
            ..Default::default()
        });
        let review = vec![ReviewNote { id: Id::new("r", 1), on: "b-1".into(), by: "Reviewer".into(), date: registered, text: review_text, resolved }];
        (cfc, spv, review, last)
    }
}

prop_compose! {
    fn study()(mut s in profile(), (bottlenecks, plan, indicators, vision) in plan(),
               (cfc, spv, review, last) in project()) -> Study {
        s.bottlenecks = bottlenecks;
        // The Hindi beside the English: the same tricky text, reversed, so the two differ.
        s.vision_hi = vision.chars().rev().collect();
        s.vision = vision;
        s.action_plan = plan;
        s.indicators = indicators;
        s.cfc = cfc;
        s.spv = spv;
        s.review = review;
        if let Some(n) = last {
            s.last_ids.insert("b".into(), n);
        }
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_study_saves_and_loads_back_equal(study in study()) {
        let text = store::to_yaml(&study).unwrap();
        let parsed = store::parse_str(&text, Path::new("generated.yaml"))
            .unwrap_or_else(|e| panic!("{e}\n--- written:\n{text}"));
        prop_assert_eq!(&parsed.study, &study, "written:\n{}", text);
        prop_assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        // Saving what was loaded writes the very same bytes.
        prop_assert_eq!(store::to_yaml(&parsed.study).unwrap(), text);
    }
}

#[test]
fn saving_twice_gives_identical_bytes_and_no_second_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.yaml");
    let study = Study::new("Guna Brick", "mse-cdp");
    let first = store::save(&path, &study, store::Overwrite::OnlyNew).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let second = store::save(&path, &study, store::Overwrite::IfUnchanged(&first)).unwrap();
    assert_eq!(first, second);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    // Nothing changed, so nothing was written: no backup either.
    assert!(!store::backup_path(&path).exists());
}

#[test]
fn the_file_reads_well_in_a_diff() {
    let mut study = Study::new("Ujjain Plastic", "mse-cdp");
    study.vision =
        "A cluster that sells to organised retail.\nCertified, trusted, growing.\n".into();
    study.bottlenecks.push(Bottleneck {
        id: Id::new("b", 3),
        title: "no".into(),
        severity: Some(Severity::High),
        units_affected_pct: Some("62.5".parse().unwrap()),
        ..Default::default()
    });
    let text = store::to_yaml(&study).unwrap();
    assert!(text.starts_with("format: cdstudy/1\n"));
    assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
    assert!(!text.contains('\r'));
    // Multi-line text as a literal block, ids first in each item, plain enum words,
    // YAML 1.1 booleans quoted, exact percentages.
    assert!(text.contains("vision: |\n  A cluster that sells to organised retail.\n  Certified, trusted, growing.\n"), "{text}");
    assert!(
        text.contains("bottlenecks:\n- id: b-3\n  title: \"no\"\n"),
        "{text}"
    );
    assert!(text.contains("  severity: high\n"), "{text}");
    assert!(text.contains("  units_affected_pct: 62.5\n"), "{text}");
}
