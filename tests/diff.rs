//! The semantic diff as a reviewer reads it: every kind of change in every section of a
//! study, worded in the study's terms, with renumbering and reordering kept apart from
//! changes of content.

use std::path::Path;

use cdstudy::diff::{self, Change, StudyDiff};
use cdstudy::model::{
    Cost, CostLine, Machine, Member, Rupees, Section, Severity, Stakeholder, Status, Study,
    SwotItem, Visit,
};
use cdstudy::store;

mod common;
use common::{fixture, id};

fn compare(old: &Study, new: &Study) -> StudyDiff {
    diff::diff(old, new).expect("studies compare")
}

/// The diff of the fixture against itself edited by `edit`, flattened.
fn after(edit: impl FnOnce(&mut Study)) -> Vec<(Section, Change)> {
    let old = fixture();
    let mut new = old.clone();
    edit(&mut new);
    compare(&old, &new)
        .sections
        .into_iter()
        .flat_map(|s| s.changes.into_iter().map(move |c| (s.section, c)))
        .collect()
}

/// The text rendering of the diff of the fixture against its edit.
fn text_after(edit: impl FnOnce(&mut Study)) -> String {
    let old = fixture();
    let mut new = old.clone();
    edit(&mut new);
    diff::to_text(&compare(&old, &new))
}

fn only(changes: Vec<(Section, Change)>) -> (Section, Change) {
    assert_eq!(changes.len(), 1, "expected one change, got {changes:#?}");
    changes.into_iter().next().unwrap()
}

fn item_id(change: &Change) -> Option<&str> {
    change.item().map(|t| t.id.as_str())
}

#[test]
fn a_study_compared_with_itself_has_no_changes() {
    let study = fixture();
    let d = compare(&study, &study);
    assert!(d.is_empty());
    assert_eq!(diff::to_text(&d), "No changes to the study.\n");
}

#[test]
fn bookkeeping_is_not_a_change() {
    assert!(after(|s| {
        s.last_ids.insert("b".into(), 9);
    })
    .is_empty());
}

#[test]
fn an_older_format_is_upgraded_before_comparison() {
    let old = "format: cdstudy/0\ncluster:\n  name: Ujjain Plastic\n  area_category: aspirational\naction_plan:\n  actions:\n  - id: a-1\n    title: Exposure visit\n    cost_rs: 450000\n";
    let new = "format: cdstudy/1\ncluster:\n  name: Ujjain Plastic\n  area:\n    aspirational_district: true\naction_plan:\n  actions:\n  - id: a-1\n    title: Exposure visit\n    cost: 450000\n";
    let parse = |t: &str| store::parse_str(t, Path::new("s.yaml")).unwrap().study;
    assert!(compare(&parse(old), &parse(new)).is_empty());
    let newer = new.replace("cost: 450000", "cost: 500000");
    let (_, change) = only(
        compare(&parse(old), &parse(&newer))
            .sections
            .into_iter()
            .flat_map(|s| s.changes.into_iter().map(move |c| (s.section, c)))
            .collect(),
    );
    assert_eq!(item_id(&change), Some("a-1"));
}

// ---- Meta and cluster profile: fields outside id'd items ----

#[test]
fn meta_field() {
    let (section, change) = only(after(|s| s.meta.status = Status::InReview));
    assert_eq!(section, Section::Meta);
    assert!(matches!(&change, Change::Changed { item: None, field, .. } if field == "meta.status"));
    let text = text_after(|s| s.meta.status = Status::InReview);
    assert!(
        text.contains("Study\n  ~ status: draft → in-review"),
        "{text}"
    );
}

#[test]
fn cluster_counts_lists_and_years() {
    let text = text_after(|s| {
        s.cluster.enterprises.micro = Some(450);
        s.cluster.products.push("toys".into());
        s.cluster.products.retain(|p| p != "household ware");
        s.cluster.employment.direct_women = Some(1_100);
    });
    assert!(text.contains("~ enterprises › micro: 420 → 450"), "{text}");
    assert!(
        text.contains("~ products: added toys; removed 'household ware'"),
        "{text}"
    );
    assert!(
        text.contains("~ employment › direct women: 900 → 1,100"),
        "{text}"
    );

    let changes = after(|s| s.cluster.economics[0].turnover_rs = Some(Rupees(1_95_00_00_000)));
    let (section, change) = only(changes);
    assert_eq!(section, Section::Cluster);
    match change {
        Change::Changed {
            field, old, new, ..
        } => {
            assert_eq!(field, "cluster.economics[2024-25].turnover_rs");
            assert_eq!(old.text, "Rs. 1,85,00,00,000");
            assert_eq!(new.text, "Rs. 1,95,00,00,000");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn long_text_gets_a_word_diff() {
    let text = text_after(|s| {
        s.cluster.history = s.cluster.history.replace("from 1985", "from 1982");
    });
    assert!(
        text.contains(
            "~ history: … the Maksi Road industrial area from [-1985-]{+1982+}. Most are family firms run …\n"
        ),
        "{text}"
    );
}

// ---- Id'd items: added, removed, changed, reordered, renumbered, in every section ----

#[test]
fn field_work_visits_and_interviews() {
    let changes = after(|s| {
        s.field_work.visits.push(Visit {
            id: id("v-2"),
            place: "Dewas Road".into(),
            met: vec![id("st-2")],
            ..Default::default()
        });
        s.field_work.interviews[0].bottlenecks.push(id("b-2"));
    });
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert!(changes.iter().all(|(s, _)| *s == Section::FieldWork));
    match &changes[0].1 {
        Change::Added { item, fields } => {
            assert_eq!((item.noun, item.id.as_str()), ("visit", "v-2"));
            assert!(fields
                .iter()
                .any(|f| f.field == "met" && f.text == "st-2 'Bank of India, Freeganj branch'"));
        }
        other => panic!("{other:?}"),
    }
    let text = text_after(|s| s.field_work.interviews[0].bottlenecks.push(id("b-2")));
    assert!(
        text.contains("~ interview iv-1 'Shree Polymers': bottlenecks: added b-2 'No testing lab'"),
        "{text}"
    );
    let (_, removed) = only(after(|s| s.field_work.visits.clear()));
    assert!(matches!(removed, Change::Removed { item } if item.id == "v-1"));
}

#[test]
fn stakeholders_added_changed_and_reordered() {
    let (_, added) = only(after(|s| {
        s.stakeholders.push(Stakeholder {
            id: id("st-3"),
            name: "CIPET Bhopal".into(),
            ..Default::default()
        })
    }));
    assert!(matches!(added, Change::Added { ref item, .. } if item.id == "st-3"));

    let (_, reordered) = only(after(|s| s.stakeholders.swap(0, 1)));
    match reordered {
        Change::Reordered { item, after } => {
            // One of the two moved; the other stayed in the longest common order.
            assert!(item.id == "st-1" || item.id == "st-2");
            let _ = after;
        }
        other => panic!("{other:?}"),
    }
    let text = text_after(|s| s.stakeholders.swap(0, 1));
    assert!(text.contains("moved in the list"), "{text}");
    assert!(text.contains("content unchanged"), "{text}");
}

#[test]
fn value_chain_stages_and_links() {
    let changes = after(|s| {
        s.value_chain.stages[1].name = "Injection moulding".into();
        s.value_chain.links[0].note = "Granules bought for cash".into();
    });
    assert_eq!(changes.len(), 2);
    assert!(changes.iter().all(|(s, _)| *s == Section::ValueChain));
    let text = text_after(|s| s.value_chain.links[0].note = "Granules bought for cash".into());
    assert!(
        text.contains("~ links 'vc-1 → vc-2' › note: 'Granules bought on credit' → 'Granules bought for cash'"),
        "{text}"
    );
}

#[test]
fn swot_items() {
    let changes = after(|s| {
        s.swot.strengths.push(SwotItem {
            id: id("s-2"),
            text: "Cheap power".into(),
            ..Default::default()
        });
        s.swot.weaknesses.clear();
        s.swot.threats[0].text = "Ban on single-use plastics from 2027".into();
    });
    let kinds: Vec<(&str, &str)> = changes
        .iter()
        .map(|(_, c)| {
            let kind = match c {
                Change::Added { .. } => "added",
                Change::Removed { .. } => "removed",
                Change::Changed { .. } => "changed",
                _ => "other",
            };
            (kind, item_id(c).unwrap_or_default())
        })
        .collect();
    assert_eq!(
        kinds,
        vec![("added", "s-2"), ("removed", "w-1"), ("changed", "th-1")]
    );
    assert!(changes.iter().all(|(s, _)| *s == Section::Swot));
}

#[test]
fn bottleneck_severity_in_the_studys_words() {
    let text = text_after(|s| s.bottlenecks[1].severity = Some(Severity::Medium));
    assert!(
        text.contains(
            "Bottlenecks\n  ~ bottleneck b-2 'No testing lab': severity: high → medium\n"
        ),
        "{text}"
    );
}

#[test]
fn bottleneck_moved_to_another_stage() {
    let (_, change) = only(after(|s| s.bottlenecks[1].stage = Some(id("vc-1"))));
    match change {
        Change::Moved {
            item,
            field,
            from,
            to,
        } => {
            assert_eq!(item.id, "b-2");
            assert_eq!(field, "stage");
            assert_eq!(from.unwrap().id, "vc-2");
            assert_eq!(to.unwrap().label, "Raw material procurement");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn bottleneck_evidence_word_diff() {
    let text = text_after(|s| {
        s.bottlenecks[0].evidence = s.bottlenecks[0].evidence.replace("Indore", "Dewas");
    });
    assert!(
        text.contains(
            "evidence: Units buy granules from [-Indore-]{+Dewas+} traders in small lots at 8 …\n"
        ),
        "{text}"
    );
}

#[test]
fn renumbered_items_with_their_references_are_one_renumbering() {
    let old = fixture();
    let mut new = old.clone();
    new.rename_id(&id("b-3"), &id("b-4"));
    let changes = compare(&old, &new);
    assert_eq!(changes.count(), 1, "{changes:#?}");
    match &changes.sections[0].changes[0] {
        Change::Renumbered { item, from } => {
            assert_eq!((item.id.as_str(), from.as_str()), ("b-4", "b-3"));
        }
        other => panic!("{other:?}"),
    }
    // A renumbered item that also changed shows both.
    new.bottlenecks[2].severity = Some(Severity::High);
    new.bottlenecks[2].title = "Weak market linkages outside the state".into();
    let changes = compare(&old, &new);
    assert!(changes.count() >= 2, "{changes:#?}");
}

#[test]
fn reordering_is_not_a_change_of_content() {
    let changes = after(|s| s.bottlenecks.reverse());
    assert!(!changes.is_empty());
    assert!(
        changes
            .iter()
            .all(|(_, c)| matches!(c, Change::Reordered { .. })),
        "{changes:#?}"
    );
    // Three reversed: two of them moved, one is the fixed point.
    assert_eq!(changes.len(), 2);
}

#[test]
fn themes_vision_and_addresses() {
    let changes = after(|s| {
        s.vision = "Tested, branded furniture from Ujjain across India by 2031.".into();
        s.themes[0].addresses.push(id("b-1"));
        s.themes.remove(2);
    });
    assert!(changes.iter().all(|(s, _)| *s == Section::Themes));
    assert!(changes
        .iter()
        .any(|(_, c)| matches!(c, Change::Removed { item } if item.id == "t-3")));
    assert!(changes
        .iter()
        .any(|(_, c)| matches!(c, Change::Changed { item: None, field, .. } if field == "vision")));
    assert!(changes.iter().any(|(_, c)| matches!(c,
        Change::ListChanged { item: Some(t), field, added, .. }
            if t.id == "t-1" && field == "addresses" && added == &vec!["b-1 'Polymer bought at retail prices'".to_string()])));
}

#[test]
fn action_moved_to_another_theme() {
    let text = text_after(|s| s.action_plan.actions[0].theme = Some(id("t-1")));
    assert!(
        text.contains("> action a-1 'Exposure visit to Ahmedabad' moved from theme t-2 'Markets' to theme t-1 'Quality'"),
        "{text}"
    );
}

#[test]
fn action_recosted_in_lines_and_amounts() {
    let text = text_after(|s| {
        s.action_plan.actions[0].cost = Some(Cost::Amount(Rupees(5_20_000)));
        if let Some(Cost::Lines(lines)) = &mut s.action_plan.actions[1].cost {
            lines[0].quantity = Some(6);
            lines.push(CostLine {
                item: "Course material".into(),
                quantity: Some(30),
                unit: "participant".into(),
                unit_cost_rs: Some(Rupees(500)),
            });
        }
        s.action_plan.start = Some("2027-07".parse().unwrap());
    });
    assert!(text.contains("~ start: 2027-04 → 2027-07"), "{text}");
    assert!(
        text.contains(
            "~ action a-1 'Exposure visit to Ahmedabad': cost: Rs. 4,50,000 → Rs. 5,20,000"
        ),
        "{text}"
    );
    assert!(
        text.contains("      cost: Rs. 95,000 in 2 lines → Rs. 1,25,000 in 3 lines\n"),
        "{text}"
    );
    assert!(
        text.contains("cost lines 'Trainer fees' › quantity: 5 → 6"),
        "{text}"
    );
    assert!(text.contains("cost lines: added item: 'Course material', quantity: 30, unit: participant, unit cost: Rs. 500"), "{text}");
}

#[test]
fn indicators() {
    let text = text_after(|s| s.indicators[0].target = Some("75".parse().unwrap()));
    assert!(
        text.contains("~ indicator k-1 'Units selling outside Madhya Pradesh': target: 60 → 75"),
        "{text}"
    );
}

#[test]
fn spv_fields_and_members() {
    let changes = after(|s| {
        let spv = s.spv.as_mut().unwrap();
        spv.member_units = Some(31);
        spv.members.push(Member {
            id: id("m-2"),
            name: "Avantika Plast".into(),
            ..Default::default()
        });
    });
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert!(changes.iter().all(|(s, _)| *s == Section::Spv));
    let (_, removed) = only(after(|s| s.spv.as_mut().unwrap().members.clear()));
    assert!(matches!(removed, Change::Removed { item } if item.noun == "SPV member"));
}

#[test]
fn cfc_cost_heads_machines_and_utilisation() {
    let text = text_after(|s| {
        let cfc = s.cfc.as_mut().unwrap();
        cfc.costs.building_rs = Some(Rupees(1_35_00_000));
        cfc.costs.machinery[1].quantity = Some(3);
        cfc.costs.machinery.push(Machine {
            item: "Melt flow indexer".into(),
            quantity: Some(1),
            unit_cost_rs: Some(Rupees(3_50_000)),
            supplier: String::new(),
        });
        cfc.operations.utilisation_pct = vec!["55".parse().unwrap(), "65".parse().unwrap()];
    });
    assert!(text.contains("CFC project\n"), "{text}");
    assert!(
        text.contains("~ costs › building: Rs. 1,20,00,000 → Rs. 1,35,00,000"),
        "{text}"
    );
    assert!(
        text.contains("~ costs › machinery 'CNC milling machine' › quantity: 2 → 3"),
        "{text}"
    );
    assert!(
        text.contains("~ costs › machinery: added item: 'Melt flow indexer'"),
        "{text}"
    );
    assert!(
        text.contains("~ operations › utilisation: 50%, 60%, 70% → 55%, 65%"),
        "{text}"
    );
}

#[test]
fn review_note_resolved() {
    let text = text_after(|s| s.review[0].resolved = true);
    assert!(text.contains("Review\n  ~ review note r-1 'Confirm the number of units that test outside the state.': resolved: no → yes"), "{text}");
}

#[test]
fn markdown_and_json_render_the_same_changes() {
    let old = fixture();
    let mut new = old.clone();
    new.bottlenecks[1].severity = Some(Severity::Medium);
    new.action_plan.actions[0].theme = Some(id("t-1"));
    let d = compare(&old, &new);
    let md = diff::to_markdown(&d);
    assert!(md.contains("### Bottlenecks"), "{md}");
    assert!(
        md.contains("- **changed** bottleneck b-2 *No testing lab*: severity: high → medium"),
        "{md}"
    );
    assert!(md.contains("- **moved** action a-1 *Exposure visit to Ahmedabad* from theme t-2 *Markets* to theme t-1 *Quality*"), "{md}");
    let json = serde_json::to_value(&d).unwrap();
    let first = &json["sections"][0];
    assert_eq!(first["section"], "bottlenecks");
    let change = &first["changes"][0];
    assert_eq!(change["change"], "changed");
    assert_eq!(change["item"]["id"], "b-2");
    assert_eq!(change["item"]["noun"], "bottleneck");
    assert_eq!(change["field"], "severity");
    assert_eq!(change["old"]["value"], "high");
    assert_eq!(change["new"]["text"], "medium");
    assert_eq!(json["sections"][1]["changes"][0]["change"], "moved");
}

#[test]
fn the_line_view_names_item_and_field_on_every_line() {
    let view = diff::line_view(&fixture(), None).unwrap();
    assert!(view.contains("== Bottlenecks ==\n"), "{view}");
    assert!(view.contains("bottleneck b-2 › severity: high\n"), "{view}");
    assert!(
        view.contains("theme t-1 › addresses: b-2 'No testing lab'\n"),
        "{view}"
    );
    assert!(
        view.contains("action a-2 › cost › line 'Trainer fees' › quantity: 5\n"),
        "{view}"
    );
    // Reordering a list does not change the view; a field change changes one line.
    let mut reordered = fixture();
    reordered.bottlenecks.reverse();
    assert_eq!(diff::line_view(&reordered, None).unwrap(), view);
}

// ---- The money effect, from the financing engine ----

const UJJAIN: &str = include_str!("../studies/ujjain-plastic.yaml");
const BOKARO: &str = include_str!("../studies/bokaro-bamboo.yaml");

fn example(text: &str) -> Study {
    store::parse_str(text, Path::new("example.yaml"))
        .expect("the example loads")
        .study
}

#[test]
fn recosting_the_cfc_shows_cost_and_grant_per_component_before_and_after() {
    use cdstudy::scheme::{financing, Catalog};
    let catalog = Catalog::builtin().unwrap();
    let old = example(UJJAIN);
    let mut new = old.clone();
    let machines = &mut new.cfc.as_mut().unwrap().costs.machinery;
    machines[0].quantity = Some(2);
    let d = diff::diff_under(&old, &new, catalog).unwrap();
    let money = d.money.as_ref().expect("a recosted CFC moves the money");

    // The figures are the engine's, side by side.
    let scheme = catalog.get("mse-cdp").unwrap();
    let (before, after) = (financing(&old, scheme), financing(&new, scheme));
    let cfc = money.components.iter().find(|r| r.id == "cfc").unwrap();
    let engine_cfc = |f: &cdstudy::scheme::Financing| {
        let c = f.component("cfc").unwrap();
        (c.cost_rs, c.goi_rs)
    };
    assert_eq!((cfc.cost_before_rs, cfc.goi_before_rs), engine_cfc(&before));
    assert_eq!((cfc.cost_after_rs, cfc.goi_after_rs), engine_cfc(&after));
    assert_eq!(cfc.cost_after_rs - cfc.cost_before_rs, Rupees(62_00_000));
    assert_eq!(money.total.cost_after_rs, after.totals.cost_rs);
    assert_eq!(money.total.goi_before_rs, before.totals.goi_rs);
    // Only the rows that moved are listed.
    assert!(money.components.iter().all(|r| r.changed()));
    assert!(money.scheme.starts_with("MSE-CDP"), "{}", money.scheme);

    let text = diff::to_text(&d);
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{}:", cfc.name)))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        line.contains(&format!(
            "cost Rs. {} lakh → Rs. {} lakh (+62.00 lakh)",
            cfc.cost_before_rs.lakh_figure(),
            cfc.cost_after_rs.lakh_figure()
        )),
        "{line}"
    );
    assert!(text.contains("Money effect under MSE-CDP"), "{text}");
}

#[test]
fn a_change_of_words_has_no_money_effect() {
    let catalog = cdstudy::scheme::Catalog::builtin().unwrap();
    let old = example(BOKARO);
    let mut new = old.clone();
    new.bottlenecks[0].severity = Some(Severity::Low);
    let d = diff::diff_under(&old, &new, catalog).unwrap();
    assert!(d.money.is_none());
    assert!(!diff::to_text(&d).contains("Money effect"));
}

#[test]
fn an_action_recosted_under_sfurti_moves_its_component() {
    let catalog = cdstudy::scheme::Catalog::builtin().unwrap();
    let old = example(BOKARO);
    let mut new = old.clone();
    let soft = new
        .action_plan
        .actions
        .iter_mut()
        .find(|a| a.component == "soft")
        .unwrap();
    let before = soft.cost.as_ref().and_then(Cost::total).unwrap();
    soft.cost = Some(Cost::Amount(before + Rupees(1_00_000)));
    let d = diff::diff_under(&old, &new, catalog).unwrap();
    let money = d.money.expect("money moved");
    let row = money.components.iter().find(|r| r.id == "soft").unwrap();
    assert_eq!(row.cost_after_rs - row.cost_before_rs, Rupees(1_00_000));
    let json = serde_json::to_value(&money).unwrap();
    assert_eq!(json["components"][0]["id"], "soft");
    assert!(json["total"]["goi_after_rs"].is_i64());
}

#[test]
fn moving_a_study_to_another_scheme_says_so() {
    let catalog = cdstudy::scheme::Catalog::builtin().unwrap();
    let old = example(UJJAIN);
    let mut new = old.clone();
    new.meta.scheme = "mse-cdp-2019".into();
    let d = diff::diff_under(&old, &new, catalog).unwrap();
    let money = d.money.expect("the scheme decides the grant");
    assert!(
        money.notes.iter().any(|n| n.starts_with("scheme: ")),
        "{:?}",
        money.notes
    );
}

/// Progress entries have no ids: the diff names them by their period and by the action or
/// indicator they are about, so a change in one period's figures reads as that.
#[test]
fn progress_entries_are_named_by_period_and_action() {
    let old =
        store::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("studies/ujjain-plastic.yaml"))
            .expect("the example loads")
            .study;
    let mut new = old.clone();
    let progress = new.progress.as_mut().expect("the example has progress");
    let a7 = progress.periods[1]
        .actions
        .iter_mut()
        .find(|a| a.action == Some(id("a-7")))
        .expect("a-7 is reported in 2024-25");
    a7.spent.state_rs = Some(Rupees(4_70_000));
    let text = diff::to_text(&compare(&old, &new));
    assert!(
        text.contains("periods '2024-25' › actions 'a-7' › spent › state"),
        "{text}"
    );
}

#[test]
fn a_choice_reads_as_the_tui_names_it_not_as_its_word_in_the_file() {
    let text = text_after(|s| {
        s.cluster.area.block_category = Some(cdstudy::model::BlockCategory::D);
    });
    assert!(
        text.contains("block category: (not set) → D: an industrially backward block"),
        "{text}"
    );
}
