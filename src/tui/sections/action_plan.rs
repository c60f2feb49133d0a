//! The costed action plan: soft interventions first, hard ones only where needed; each
//! action with its theme, timing, responsibility, cost and funding. An action's cost is
//! one amount, or lines of quantity × unit cost on the "Cost lines" tab.

use crate::i18n::Messages;
use crate::model::{
    Action, ActionKind, Cost, CostLine, Id, ItemKind, Rupees, Section, Study, YearMonth,
};

use super::{form, id_item, id_label, id_list, split, ListDef, ListOps, Part, SectionDef};
use crate::tui::fields::{at, scheme_components, short, Field};
use crate::tui::views::ViewKind;

id_item!(Action, |x, m| {
    let cost = x
        .cost
        .as_ref()
        .and_then(Cost::total)
        .map(|c| format!("  {}", m.amount(c)))
        .unwrap_or_default();
    id_label(&x.id, &format!("{}{cost}", x.title))
});

/// Accessors of a field of cost line `at[1]` of action `at[0]`.
macro_rules! line_at {
    ($f:ident) => {
        (
            |s: &Study, at: &[usize]| match s
                .action_plan
                .actions
                .get(*at.first()?)?
                .cost
                .as_ref()?
            {
                Cost::Lines(lines) => lines.get(*at.get(1)?).map(|l| &l.$f),
                Cost::Amount(_) => None,
            },
            |s: &mut Study, at: &[usize]| match s
                .action_plan
                .actions
                .get_mut(*at.first()?)?
                .cost
                .as_mut()?
            {
                Cost::Lines(lines) => lines.get_mut(*at.get(1)?).map(|l| &mut l.$f),
                Cost::Amount(_) => None,
            },
        )
    };
}

/// The tab of the action list; cost lines belong to its selected action.
const ACTIONS: usize = 0;

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::ActionPlan,
        hint: "Soft interventions first (awareness, trust building, exposure visits, training, \
               BDS linkages), hard ones (CFC, infrastructure) only where needed. Each action \
               serves a theme and has its timing, who is responsible, its cost and who pays.",
        parts: vec![
            id_list::<Action>(
                ItemKind::Action,
                "Actions",
                at!(action_plan.actions),
                vec![
                    Field::line::<String>("title", "Action", "", at!(action_plan.actions[].title)),
                    Field::pick::<Option<Id>>(
                        "theme",
                        "Theme",
                        "The flagship theme the action serves.",
                        ItemKind::Theme,
                        at!(action_plan.actions[].theme),
                    ),
                    Field::choice::<Option<ActionKind>>(
                        "kind",
                        "Kind",
                        "Soft first; hard only where needed.",
                        at!(action_plan.actions[].kind),
                    ),
                    Field::choice_from(
                        "component",
                        "Component",
                        "The scheme's component that funds it; none (Backspace) when it is \
                         funded outside the scheme, and Funded by says who pays.",
                        scheme_components,
                        at!(action_plan.actions[].component),
                    ),
                    Field::line::<Option<u32>>(
                        "start_month",
                        "Start month",
                        "The plan's month it starts in; 1 is the first.",
                        at!(action_plan.actions[].start_month),
                    ),
                    Field::line::<Option<u32>>(
                        "months",
                        "Months",
                        "How many months it runs.",
                        at!(action_plan.actions[].months),
                    ),
                    Field::line::<String>(
                        "responsible",
                        "Responsible",
                        "Who carries it out.",
                        at!(action_plan.actions[].responsible),
                    ),
                    Field::line::<Option<Cost>>(
                        "cost",
                        "Cost",
                        "4.5 lakh, 4.5L, 2 cr or 450000; or itemise it on the Cost lines tab (Ctrl-PgDn).",
                        at!(action_plan.actions[].cost),
                    ),
                    Field::line::<String>(
                        "funded_by",
                        "Funded by",
                        "Who pays when the scheme does not.",
                        at!(action_plan.actions[].funded_by),
                    ),
                    Field::pick::<Vec<Id>>(
                        "indicators",
                        "Indicators",
                        "The indicators that measure it.",
                        ItemKind::Indicator,
                        at!(action_plan.actions[].indicators),
                    ),
                    Field::prose::<String>("notes", "Notes", "", at!(action_plan.actions[].notes)),
                    Field::pick::<Vec<Id>>(
                        "after",
                        "After",
                        "The actions that must finish before this one starts: the arrows of \
                         the implementation schedule's chart.",
                        ItemKind::Action,
                        at!(action_plan.actions[].after),
                    ),
                ],
            ),
            Part::List(ListDef {
                title: "Cost lines",
                noun: "cost line",
                parent: Some(ACTIONS),
                fields: vec![
                    Field::line::<String>(
                        "item",
                        "Item",
                        "Trainer fees, hall, travel ...",
                        line_at!(item),
                    ),
                    Field::line::<Option<u32>>(
                        "quantity",
                        "Quantity",
                        "How many units (empty counts as one).",
                        line_at!(quantity),
                    ),
                    Field::line::<String>(
                        "unit",
                        "Unit",
                        "Day, batch, participant ...",
                        line_at!(unit),
                    ),
                    Field::line::<Option<Rupees>>(
                        "unit_cost_rs",
                        "Unit cost",
                        "15000, 1.5 lakh ...",
                        line_at!(unit_cost_rs),
                    ),
                ],
                ops: Box::new(CostLines),
            }),
            form(
                "Plan",
                vec![Field::line::<Option<YearMonth>>(
                    "action_plan.start",
                    "Plan starts",
                    "The month the plan starts, as 2027-04; actions count their months from it.",
                    at!(action_plan.start),
                )],
            ),
            Part::View(ViewKind::Timeline),
            Part::View(ViewKind::Budget),
            Part::View(ViewKind::Schemes),
        ],
    }
}

/// The cost lines of one action. The first line added to an action costed as one amount
/// is that amount (its unit cost, to be described and split), so the total does not
/// change and is never counted twice; removing the last line leaves the action uncosted.
struct CostLines;

fn lines<'a>(study: &'a Study, parent: &[usize]) -> Option<&'a Vec<CostLine>> {
    match study
        .action_plan
        .actions
        .get(*parent.first()?)?
        .cost
        .as_ref()?
    {
        Cost::Lines(lines) => Some(lines),
        Cost::Amount(_) => None,
    }
}

impl ListOps for CostLines {
    fn len(&self, study: &Study, parent: &[usize]) -> usize {
        lines(study, parent).map_or(0, Vec::len)
    }
    fn label(&self, study: &Study, at: &[usize], m: &Messages) -> String {
        let (parent, i) = split(at);
        let Some(line) = lines(study, parent).and_then(|l| l.get(i)) else {
            return String::new();
        };
        let qty = line
            .quantity
            .map(|q| format!("{q} {} × ", line.unit))
            .unwrap_or_default();
        let unit = line
            .unit_cost_rs
            .map(|r| m.amount(r))
            .unwrap_or_else(|| "?".into());
        let total = line.total().map(|r| m.amount(r)).unwrap_or_default();
        format!("{}  {qty}{unit} = {total}", short(&line.item, 40))
    }
    fn id(&self, _: &Study, _: &[usize]) -> Option<Id> {
        None
    }
    fn list_path(&self, study: &Study, parent: &[usize]) -> String {
        let Some(&i) = parent.first() else {
            return "action_plan.actions".into();
        };
        let id = study
            .action_plan
            .actions
            .get(i)
            .map(|a| a.id.clone())
            .unwrap_or_default();
        format!("{}.cost", ItemKind::Action.item_path(&id, i))
    }
    fn item_path(&self, study: &Study, at: &[usize]) -> String {
        let (parent, i) = split(at);
        format!("{}[{i}]", self.list_path(study, parent))
    }
    fn add(&self, study: &mut Study, parent: &[usize]) -> Option<usize> {
        let action = study.action_plan.actions.get_mut(*parent.first()?)?;
        let (lines, index) = match action.cost.take() {
            Some(Cost::Lines(mut lines)) => {
                lines.push(CostLine::default());
                let index = lines.len() - 1;
                (lines, index)
            }
            Some(Cost::Amount(amount)) => (
                vec![CostLine {
                    unit_cost_rs: Some(amount),
                    ..CostLine::default()
                }],
                0,
            ),
            None => (vec![CostLine::default()], 0),
        };
        action.cost = Some(Cost::Lines(lines));
        Some(index)
    }
    fn remove(&self, study: &mut Study, at: &[usize]) {
        let (parent, i) = split(at);
        let Some(action) = parent
            .first()
            .and_then(|&a| study.action_plan.actions.get_mut(a))
        else {
            return;
        };
        if let Some(Cost::Lines(lines)) = &mut action.cost {
            if i < lines.len() {
                lines.remove(i);
            }
            if lines.is_empty() {
                action.cost = None;
            }
        }
    }
    fn swap(&self, study: &mut Study, parent: &[usize], a: usize, b: usize) {
        let Some(action) = parent
            .first()
            .and_then(|&i| study.action_plan.actions.get_mut(i))
        else {
            return;
        };
        if let Some(Cost::Lines(lines)) = &mut action.cost {
            if a < lines.len() && b < lines.len() {
                lines.swap(a, b);
            }
        }
    }
}
