//! Checks of the schedule's dependencies (`after` on actions and CFC milestones): an
//! action that waits, through others, for itself can never start. An `after` naming no
//! action is a dangling reference, found with every other reference in `rules`.

use std::collections::BTreeMap;

use super::{Finding, Severity};
use crate::model::Section;
use crate::model::{ItemKind, Study};

/// One finding for each action on a cycle of `after`, naming the cycle.
pub(super) fn findings(study: &Study) -> Vec<Finding> {
    let actions = &study.action_plan.actions;
    let index: BTreeMap<&str, usize> = actions
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut out = Vec::new();
    for (start, a) in actions.iter().enumerate() {
        // A depth-first walk from each action along `after`; the path back to the start,
        // if any, is the cycle it is on. Studies hold tens of actions: this is cheap.
        let mut stack: Vec<(usize, Vec<usize>)> = vec![(start, vec![start])];
        let mut seen = vec![false; actions.len()];
        let mut cycle = None;
        while let Some((at, path)) = stack.pop() {
            for before in &actions[at].after {
                let Some(&next) = index.get(before.as_str()) else {
                    continue;
                };
                if next == start {
                    cycle = Some(path.clone());
                    break;
                }
                if !seen[next] {
                    seen[next] = true;
                    let mut longer = path.clone();
                    longer.push(next);
                    stack.push((next, longer));
                }
            }
            if cycle.is_some() {
                break;
            }
        }
        if let Some(path) = cycle {
            let names: Vec<&str> = path
                .iter()
                .chain(std::iter::once(&start))
                .map(|&i| actions[i].id.as_str())
                .collect();
            let at = format!("{}.after", ItemKind::Action.item_path(&a.id, start));
            let section = Section::of_path(&at).unwrap_or(Section::ActionPlan);
            out.push(Finding::new(
                Severity::Error,
                "schedule-cycle",
                section,
                at,
                crate::phrase!(
                    "waits for itself: {names} (each waits for the next); remove one of these from after",
                    names = names.join(" after ")
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Id};

    fn action(id: &str, after: &[&str]) -> Action {
        Action {
            id: id.parse::<Id>().unwrap(),
            after: after.iter().map(|a| a.parse().unwrap()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_cycle_is_named_and_a_chain_is_not() {
        let mut study = Study::new("Test", "mse-cdp");
        study.action_plan.actions = vec![action("a-1", &[]), action("a-2", &["a-1"])];
        assert!(findings(&study).is_empty());
        study.action_plan.actions = vec![
            action("a-1", &["a-3"]),
            action("a-2", &["a-1"]),
            action("a-3", &["a-2"]),
            action("a-4", &["a-1"]),
        ];
        let found = findings(&study);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].code, "schedule-cycle");
        assert!(
            found[0]
                .message
                .contains("a-1 after a-3 after a-2 after a-1"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn an_unknown_action_in_after_is_a_dangling_reference() {
        let mut study = Study::new("Test", "mse-cdp");
        study.action_plan.actions = vec![action("a-1", &["a-9"])];
        let report = crate::check::check(&study);
        assert!(report
            .findings
            .iter()
            .any(|f| f.code == "dangling-reference" && f.path.ends_with(".after[0]")));
    }
}
