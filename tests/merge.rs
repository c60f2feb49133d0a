//! Three-way merges of a study: clean merges of different items and fields, true conflicts
//! recorded where a person will see them, and ids taken on both sides renumbered with their
//! references.

use std::path::Path;
use std::process::Command;

use cdstudy::check::{self, MERGE_NOTE_BY};
use cdstudy::diff::{self, ConflictKind};
use cdstudy::model::{Bottleneck, Category, Severity, Theme};
use cdstudy::store;
use chrono::NaiveDate;

mod common;
use common::{fixture, id, write_study as write};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn bottleneck(n: &str, title: &str) -> Bottleneck {
    Bottleneck {
        id: id(n),
        title: title.into(),
        category: Some(Category::Environment),
        severity: Some(Severity::High),
        ..Default::default()
    }
}

#[test]
fn changes_to_different_items_and_fields_merge_cleanly() {
    let base = fixture();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.bottlenecks[1].severity = Some(Severity::Medium);
    ours.cluster.enterprises.micro = Some(450);
    theirs.bottlenecks[1].evidence = "Samples go to CIPET Bhopal; results take three weeks.".into();
    theirs.action_plan.actions[0].theme = Some(id("t-1"));
    theirs.themes[0].addresses.push(id("b-1"));
    ours.themes[0].addresses.push(id("b-3"));

    let merged = diff::merge(&base, &ours, &theirs, today()).unwrap();
    assert!(merged.is_clean(), "{:#?}", merged.conflicts);
    let s = &merged.study;
    assert_eq!(s.bottlenecks[1].severity, Some(Severity::Medium));
    assert!(s.bottlenecks[1].evidence.starts_with("Samples go to CIPET"));
    assert_eq!(s.cluster.enterprises.micro, Some(450));
    assert_eq!(s.action_plan.actions[0].theme, Some(id("t-1")));
    // Reference lists merge as sets: both additions are in.
    assert_eq!(s.themes[0].addresses, vec![id("b-2"), id("b-3"), id("b-1")]);
    assert!(s.review.iter().all(|n| n.by != MERGE_NOTE_BY));
}

#[test]
fn a_deletion_on_one_side_and_no_edit_on_the_other_deletes() {
    let base = fixture();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.swot.strengths.clear();
    theirs.swot.threats[0].text = "Ban on single-use plastics from 2027".into();
    let merged = diff::merge(&base, &ours, &theirs, today()).unwrap();
    assert!(merged.is_clean());
    assert!(merged.study.swot.strengths.is_empty());
    assert!(merged.study.swot.threats[0].text.ends_with("2027"));
}

#[test]
fn the_same_field_changed_both_ways_is_a_conflict_on_that_field() {
    let base = fixture();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.bottlenecks[1].severity = Some(Severity::Medium);
    theirs.bottlenecks[1].severity = Some(Severity::Low);
    theirs.bottlenecks[1].units_affected_pct = Some("45".parse().unwrap());

    let merged = diff::merge(&base, &ours, &theirs, today()).unwrap();
    assert_eq!(merged.conflicts.len(), 1, "{:#?}", merged.conflicts);
    let c = &merged.conflicts[0];
    assert_eq!(c.kind, ConflictKind::BothChanged);
    assert_eq!(c.item.as_ref().unwrap().id, "b-2");
    assert_eq!(c.field, "severity");
    // Ours is kept, their other field merged in.
    let b = &merged.study.bottlenecks[1];
    assert_eq!(b.severity, Some(Severity::Medium));
    assert_eq!(b.units_affected_pct, Some("45".parse().unwrap()));
    // The conflict is a review note on the item, and check reports it as an error.
    let note = merged.study.review.last().unwrap();
    assert_eq!(note.on, "b-2");
    assert_eq!(note.by, MERGE_NOTE_BY);
    assert!(!note.resolved);
    assert_eq!(note.date, Some(today()));
    assert!(
        note.text
            .contains("severity: ours medium, theirs low (before both: high)"),
        "{}",
        note.text
    );
    let report = check::check(&merged.study);
    let finding = report
        .findings
        .iter()
        .find(|f| f.code == "merge-conflict")
        .expect("check reports the conflict");
    assert_eq!(finding.path, format!("review[{}]", note.id));
    assert!(finding.message.contains("unresolved (on b-2)"));
    // Settling it clears the error.
    let mut settled = merged.study.clone();
    settled.review.last_mut().unwrap().resolved = true;
    assert!(!check::check(&settled)
        .findings
        .iter()
        .any(|f| f.code == "merge-conflict"));
}

#[test]
fn deleted_on_one_side_and_edited_on_the_other_keeps_the_edit_and_says_so() {
    let base = fixture();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.indicators.clear();
    ours.action_plan.actions[0].indicators.clear();
    theirs.indicators[0].target = Some("75".parse().unwrap());
    let merged = diff::merge(&base, &ours, &theirs, today()).unwrap();
    assert_eq!(merged.conflicts.len(), 1, "{:#?}", merged.conflicts);
    let c = &merged.conflicts[0];
    assert_eq!(c.kind, ConflictKind::DeletedByOursEditedByTheirs);
    assert_eq!(c.item.as_ref().unwrap().id, "k-1");
    assert_eq!(merged.study.indicators.len(), 1);
    assert_eq!(
        merged.study.indicators[0].target,
        Some("75".parse().unwrap())
    );
    assert!(merged
        .study
        .review
        .last()
        .unwrap()
        .text
        .contains("ours deleted this indicator, theirs edited it"));

    // And the other way round.
    let merged = diff::merge(&base, &theirs, &ours, today()).unwrap();
    assert_eq!(
        merged.conflicts[0].kind,
        ConflictKind::EditedByOursDeletedByTheirs
    );
    assert_eq!(merged.study.indicators.len(), 1);
}

#[test]
fn a_reference_to_an_item_the_other_side_deleted_is_a_conflict() {
    let base = fixture();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.bottlenecks.retain(|b| b.id != id("b-1"));
    ours.themes.retain(|t| t.id != id("t-3"));
    ours.action_plan.actions.retain(|a| a.id != id("a-3"));
    ours.field_work.interviews[0].bottlenecks.clear();
    theirs.themes[1].addresses.push(id("b-1"));
    let merged = diff::merge(&base, &ours, &theirs, today()).unwrap();
    let c = merged
        .conflicts
        .iter()
        .find(|c| c.kind == ConflictKind::ReferenceToDeleted)
        .expect("the dangling reference is a conflict");
    assert_eq!(c.item.as_ref().unwrap().id, "t-2");
    assert!(c
        .text
        .contains("bottleneck b-1 'Polymer bought at retail prices'"));
}

#[test]
fn ids_taken_on_both_sides_are_renumbered_on_theirs_with_their_references() {
    let base = fixture();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let b = ours.issue_id(cdstudy::model::ItemKind::Bottleneck);
    assert_eq!(b, id("b-4"));
    ours.bottlenecks
        .push(bottleneck("b-4", "No effluent treatment"));
    ours.themes[0].addresses.push(id("b-4"));

    let b = theirs.issue_id(cdstudy::model::ItemKind::Bottleneck);
    assert_eq!(b, id("b-4"));
    theirs
        .bottlenecks
        .push(bottleneck("b-4", "Power cuts in summer"));
    let t = theirs.issue_id(cdstudy::model::ItemKind::Theme);
    theirs.themes.push(Theme {
        id: t.clone(),
        title: "Energy".into(),
        addresses: vec![id("b-4")],
        ..Default::default()
    });
    theirs.review.push(cdstudy::model::ReviewNote {
        id: id("r-2"),
        on: "b-4".into(),
        by: "State DIC".into(),
        text: "How many hours a day?".into(),
        ..Default::default()
    });

    let merged = diff::merge(&base, &ours, &theirs, today()).unwrap();
    assert!(merged.is_clean(), "{:#?}", merged.conflicts);
    assert_eq!(merged.renumbered.len(), 1);
    let r = &merged.renumbered[0];
    assert_eq!((r.from.as_str(), r.to.as_str()), ("b-4", "b-5"));
    assert_eq!(r.references, 2);
    let s = &merged.study;
    let titles: Vec<(&str, &str)> = s
        .bottlenecks
        .iter()
        .map(|b| (b.id.as_str(), b.title.as_str()))
        .collect();
    assert_eq!(
        titles[3..],
        [
            ("b-4", "No effluent treatment"),
            ("b-5", "Power cuts in summer")
        ]
    );
    // Their theme and their review note follow the renumbering; ours keep b-4.
    assert_eq!(s.themes[0].addresses.last(), Some(&id("b-4")));
    assert_eq!(s.themes[3].addresses, vec![id("b-5")]);
    assert_eq!(s.review.last().unwrap().on, "b-5");
    // No id is ever reused: last_ids is the highest issued on either side.
    assert_eq!(s.last_ids.get("b"), Some(&5));
    let mut next = s.clone();
    assert_eq!(
        next.issue_id(cdstudy::model::ItemKind::Bottleneck),
        id("b-6")
    );
    // Nothing about ids or references is wrong after the merge.
    let report = check::check(s);
    let broken: Vec<_> = report
        .findings
        .iter()
        .filter(|f| {
            [
                "duplicate-id",
                "dangling-reference",
                "bad-id",
                "merge-conflict",
            ]
            .contains(&f.code)
        })
        .collect();
    assert!(broken.is_empty(), "{broken:#?}");
}

#[test]
fn the_same_item_added_on_both_sides_is_kept_once() {
    let base = fixture();
    let mut ours = base.clone();
    ours.bottlenecks
        .push(bottleneck("b-4", "No effluent treatment"));
    let theirs = ours.clone();
    let merged = diff::merge(&base, &ours, &theirs, today()).unwrap();
    assert!(merged.is_clean());
    assert!(merged.renumbered.is_empty());
    assert_eq!(merged.study.bottlenecks.len(), 4);
}

// ---- the command, as git runs it ----

fn cdstudy() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cdstudy"));
    cmd.env("CDSTUDY_LANG", "en");
    cmd
}

#[test]
fn the_merge_driver_writes_the_result_over_ours_and_exits_by_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let base = fixture();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.bottlenecks[1].severity = Some(Severity::Medium);
    theirs.cluster.enterprises.micro = Some(450);
    let (b, o, t) = (
        write(dir.path(), "base.yaml", &base),
        write(dir.path(), "ours.yaml", &ours),
        write(dir.path(), "theirs.yaml", &theirs),
    );
    let out = cdstudy()
        .args(["merge"])
        .args([&b, &o, &t])
        .args(["--path", "studies/ujjain.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("studies/ujjain.yaml: merged cleanly"));
    let result = store::load(&o).unwrap();
    assert_eq!(result.study.cluster.enterprises.micro, Some(450));
    assert_eq!(result.study.bottlenecks[1].severity, Some(Severity::Medium));
    assert!(result.canonical);
    // No backup or temporary file is left beside git's file.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");

    // A conflict: exit 1, the file loads, check names the conflict.
    let mut theirs2 = base.clone();
    theirs2.bottlenecks[1].severity = Some(Severity::Low);
    write(dir.path(), "ours.yaml", &ours);
    let t2 = write(dir.path(), "theirs.yaml", &theirs2);
    let out = cdstudy()
        .args(["merge"])
        .args([&b, &o, &t2])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("1 conflict to settle"), "{stderr}");
    assert!(
        stderr.contains("on bottleneck b-2 'No testing lab'"),
        "{stderr}"
    );
    let check = cdstudy().arg("check").arg(&o).output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(
        text.contains("review[r-2]: unresolved (on b-2): Merge conflict on severity"),
        "{text}"
    );
}

#[test]
fn a_side_that_is_not_a_study_falls_back_to_a_line_merge() {
    let dir = tempfile::tempdir().unwrap();
    let b = dir.path().join("base.yaml");
    let o = dir.path().join("ours.yaml");
    let t = dir.path().join("theirs.yaml");
    std::fs::write(&b, "name: a\nlist: [1]\n").unwrap();
    std::fs::write(&o, "name: b\nlist: [1]\n").unwrap();
    std::fs::write(&t, "name: c\nlist: [1]\n").unwrap();
    let out = cdstudy().arg("merge").args([&b, &o, &t]).output().unwrap();
    if Command::new("git").arg("--version").output().is_err() {
        return;
    }
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let merged = std::fs::read_to_string(&o).unwrap();
    assert!(merged.contains("<<<<<<< ours"), "{merged}");
    // And such a file, loaded as a study, says where the conflict is and what to do.
    let err = store::parse_str(&merged, Path::new("ours.yaml")).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains(
            "a git merge was left unfinished: 1 conflict between ours and theirs: lines 1–5"
        ),
        "{text}"
    );
    assert!(text.contains("cdstudy git-setup"), "{text}");
}
