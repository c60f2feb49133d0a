//! The report context: what a document template sees. The study itself, serialized as the
//! model is (every key the file format has, those the file leaves out filled in empty from
//! the study's schema), so that a field added to the model reaches the templates without a
//! line here. Laid over its items, under names of their own beside the fields they come
//! from, what the documents compute about them ([`Computed`]): a choice's label beside its
//! word (`category` "raw-material", `category_label` "Raw material"), the names a reference
//! resolves to (`stage_name`, `met_names`, `addresses_names`), an item's `number` in its
//! list, an action's `timing`, `funding` and cost totals. Beside the study: the lists
//! grouped the way the formats group them (`bottleneck_categories`, `action_plan.soft` ...,
//! `agency.implementing`, `cfc.risks_operations`), holding the items as above; the figures
//! computed by `scheme` and `finance`; and the check findings. Values the study does not
//! have yet stay `null` (or empty), and the filters print them as the "not yet filled in"
//! remark.
//!
//! Nothing here computes money beyond what the model itself offers (an action's or a
//! machine's cost); totals, shares and viability come from the engine's outputs.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;
use serde_json::Value;

use super::words::{self, Arg, Kind};
use super::DocKind;
use crate::check;
use crate::finance;
use crate::i18n::DocLang;
use crate::model::{self, Cost, Id, Study, YearMonth};
use crate::scheme;

/// Everything a template can print: [`ReportContext::to_value`] lays `computed` over the
/// study and the other fields beside it.
#[derive(Debug, Clone, Serialize)]
pub struct ReportContext {
    /// The study as the documents read it (mentions of visits and interviews resolved).
    #[serde(skip)]
    pub study: Study,
    /// What is computed about the study's own items, in the study's shape.
    #[serde(skip)]
    pub computed: Computed,
    /// What the lists of the study's items hold grouped the way the formats group them
    /// (the bottlenecks by category, the actions by kind), picked from the items as
    /// `to_value` has them.
    #[serde(skip)]
    pub groups: Groups,
    pub doc: DocInfo,
    /// The themes the hard interventions (the CFC among them) belong to, in study order,
    /// with the titles of the bottlenecks each takes up: what the DPR says the facility
    /// answers.
    pub hard_themes: Vec<HardTheme>,
    pub findings: Findings,
    /// The CFC's cost heads as `finance` totals them; `None` without a CFC.
    pub project_cost: Option<ProjectCost>,
    /// The CFC's ten-year projection and appraisal (`finance::viability`); `None` without
    /// a CFC or while `viability_missing` lists inputs the study lacks.
    pub viability: Option<finance::Viability>,
    /// The rules the viability's figures are held to, as one list in the document's
    /// language: "Cumulative DSCR at least 3.00; Break-even below 60.00%; …" (empty when
    /// none applies).
    pub viability_rules: String,
    /// What the projection still needs from the study.
    pub viability_missing: Vec<finance::Missing>,
    /// The projected statements (balance sheet, cash flow, depreciation, working capital,
    /// operating costs, discounted cash flows) of the viability's base case, financed as
    /// the means of finance sets it; `None` without a viability or a means of finance.
    pub statements: Option<finance::Statements>,
    /// The CFC's funds by financial year of implementation and source (Annexure-3 item 11);
    /// `None` without a means of finance or a schedule with months.
    pub phasing: Option<Phasing>,
    /// How the statements take the centre's financing when the scheme has no means of
    /// finance for it (SFURTI: the shares of the component the centre belongs to).
    pub statements_basis: Option<String>,
    /// The study's financing under the document's scheme (`scheme::financing`): the
    /// budget by component and source, rules applied, caps hit, the CFC's means of
    /// finance. `None` when the templates folder has no rules for the scheme.
    pub financing: Option<scheme::Financing>,
    /// Set when the scheme has no acceptance rules of its own and the viability is held
    /// against the MSE-CDP 2022 rules as a reference, in words.
    pub acceptance_note: Option<String>,
    /// The scheme's rules as loaded (its name, revision, guideline), when it has them.
    pub rules: Option<scheme::Scheme>,
    /// Who pays for the actions funded outside the scheme, as each action names its
    /// funder, with what they pay: the budget's row "Funded outside the scheme" split so
    /// that every source of funds has a row of its own.
    pub outside_funders: Vec<OutsideFunder>,
    /// The scheme's rules a document quotes, in words, so that no template keeps a figure
    /// of its own that editing the rules would leave wrong.
    pub scheme_terms: SchemeTerms,
}

#[derive(Debug, Clone, Serialize)]
pub struct Phasing {
    /// The sources, as the means of finance names them, in its order.
    pub columns: Vec<String>,
    /// The financial years ("2027-28") with each source's amount, in `columns` order.
    pub years: Vec<PhasingYear>,
    /// The months of the schedule ("Oct 2027 to Apr 2029").
    pub period: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhasingYear {
    pub year: String,
    pub months: u32,
    pub amounts_rs: Vec<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutsideFunder {
    /// The funder as the actions name it ("Department of MSME, Government of Madhya
    /// Pradesh"), or a remark when an action names none.
    pub name: String,
    pub cost_rs: i64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SchemeTerms {
    /// "GoI grant of 60%, 70% or 80% of the cost of a project of at most Rs. 30.00
    /// crore": the CFC component's rates and ceiling. Empty without such a component.
    pub cfc_grant: String,
    /// "25%": the most of the project cost that land may take. Empty without the rule.
    pub land_max_pct: String,
}

impl SchemeTerms {
    fn of(rules: Option<&scheme::Scheme>) -> SchemeTerms {
        let Some(rules) = rules else {
            return SchemeTerms::default();
        };
        let cfc_grant = rules
            .components
            .iter()
            .find(|c| c.cost_from == scheme::CostFrom::CfcProject && !c.brackets.is_empty())
            .map(|c| {
                let mut rates: Vec<model::Percent> = c
                    .brackets
                    .iter()
                    .flat_map(|b| b.goi_pct.iter().map(|(_, p)| p))
                    .collect();
                rates.sort();
                rates.dedup();
                let figures: Vec<String> =
                    rates.iter().map(|p| format!("{}%", p.figure())).collect();
                let rates = match figures.split_last() {
                    Some((last, [])) => last.clone(),
                    Some((last, rest)) => words::phrase_with(
                        "{list} or {last}",
                        &[
                            ("list", Arg::Text(rest.join(", "))),
                            ("last", Arg::Text(last.clone())),
                        ],
                    ),
                    None => String::new(),
                };
                let rates = ("rates", Arg::Text(rates));
                match c.brackets.last().and_then(|b| b.up_to_rs) {
                    Some(r) => words::label_with(
                        "GoI grant of {rates} of the cost of a project of at most Rs. {crore} crore",
                        &[rates, ("crore", Arg::Text(r.crore_figure()))],
                    ),
                    None => words::label_with("GoI grant of {rates} of the cost of a project", &[rates]),
                }
            })
            .unwrap_or_default();
        SchemeTerms {
            cfc_grant,
            land_max_pct: rules
                .land
                .as_ref()
                .map(|l| format!("{}%", l.max_pct.figure()))
                .unwrap_or_default(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ProjectCost {
    pub heads: Vec<CostHead>,
    pub total_rs: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct CostHead {
    pub head: &'static str,
    pub label: &'static str,
    pub amount_rs: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocInfo {
    /// `dsr` or `dpr`.
    pub kind: &'static str,
    /// "Diagnostic Study Report".
    pub label: &'static str,
    /// The scheme the document is written for (`mse-cdp`).
    pub scheme: String,
    /// The document's title: its kind and the cluster.
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HardTheme {
    pub title: String,
    pub bottlenecks: Vec<String>,
}

/// The rows of the before-and-after table (Annexure-3 item 15), laid over the study's
/// `cfc.performance`.
#[derive(Debug, Clone, Serialize)]
pub struct PerformanceRows {
    pub rows: Vec<PerformanceRow>,
}

/// One parameter of the before-and-after table. `money` rows hold whole rupees (printed in
/// lakh); the others counts or quantities.
#[derive(Debug, Clone, Serialize)]
pub struct PerformanceRow {
    pub parameter: &'static str,
    pub unit: String,
    pub money: bool,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub before_rs: Option<i64>,
    pub after_rs: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Findings {
    pub errors: usize,
    pub warnings: usize,
    pub list: Vec<FindingLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingLine {
    pub severity: &'static str,
    pub section: &'static str,
    pub path: String,
    pub message: String,
}

/// What the documents compute about the study's own items, in the study's shape: each
/// struct below is laid over the study's object of the same place, adding keys the model
/// does not have (a choice's label beside its word, a reference's name beside its id).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Computed {
    pub meta: MetaLabels,
    pub cluster: ClusterTotals,
    pub field_work: FieldWorkNames,
    pub stakeholders: Vec<StakeholderLabels>,
    pub value_chain: ValueChainNames,
    pub swot: SwotAny,
    pub bottlenecks: Vec<BottleneckNames>,
    pub themes: Vec<ThemeNames>,
    pub action_plan: ActionPlanNames,
    pub indicators: Vec<IndicatorLabels>,
    pub agencies: Vec<AgencyLabels>,
    pub spv: Option<SpvNames>,
    pub cfc: Option<CfcFigures>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct MetaLabels {
    /// "Draft", "In review" ...
    pub status_label: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ClusterTotals {
    /// Micro, small and medium enterprises added up; `null` when none is known.
    pub total_units: Option<u32>,
    /// Direct employment, men and women added up.
    pub direct_employment: Option<u32>,
    /// The special conditions of the place ("Aspirational district"), empty when none.
    pub special_areas: Vec<&'static str>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct FieldWorkNames {
    pub visits: Vec<VisitNames>,
    pub interviews: Vec<InterviewNames>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct VisitNames {
    /// Names of the stakeholders met, joined.
    pub met_names: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct InterviewNames {
    pub size_label: &'static str,
    /// Titles of the bottlenecks the interview is evidence for, joined.
    pub bottlenecks_names: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct StakeholderLabels {
    pub kind_label: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ValueChainNames {
    pub stages: Vec<StageNames>,
    pub links: Vec<LinkNames>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct StageNames {
    /// The stage's place in the chain, from 1.
    pub number: usize,
    /// The actors, joined.
    pub actors_names: String,
    /// Titles of the bottlenecks placed at this stage, joined.
    pub bottlenecks: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct LinkNames {
    pub from_name: String,
    pub to_name: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SwotAny {
    /// Whether any of the four has an entry.
    pub any: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct BottleneckNames {
    /// The bottleneck's number in the inventory, from 1.
    pub number: usize,
    pub category_label: &'static str,
    /// The name of its value-chain stage.
    pub stage_name: String,
    pub severity_label: &'static str,
    /// Titles of the themes that take it up, joined; empty when none does.
    pub themes: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ThemeNames {
    pub number: usize,
    /// Titles of the bottlenecks it attacks, joined.
    pub addresses_names: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ActionPlanNames {
    pub actions: Vec<ActionNames>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ActionNames {
    pub number: usize,
    /// The title of its theme.
    pub theme_name: String,
    pub kind_label: &'static str,
    /// Who funds it, in words: the scheme's component ("Soft interventions (SFURTI)") or
    /// the funder outside the scheme.
    pub funding: String,
    /// "Apr 2027 – Sep 2027" when the plan has a start month and the action its timing;
    /// "months 1–6" when only the timing is known.
    pub timing: String,
    /// The financial year the action starts in ("2027-28").
    pub start_fy: String,
    /// The cost, added up from its lines where it has them.
    pub cost_rs: Option<i64>,
    /// Each cost line's quantity × unit cost, laid over the lines (none for an amount).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cost: Vec<LineTotal>,
    /// Names of the indicators it reports on, joined.
    pub indicators_names: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct LineTotal {
    pub total_rs: Option<i64>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct IndicatorLabels {
    pub level_label: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct AgencyLabels {
    pub role_label: &'static str,
    pub legal_form_label: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SpvNames {
    pub legal_form_label: &'static str,
    /// How the registration stands while it is pending; empty once the SPV is registered
    /// (a date of registration given), whatever `registration_pending` still says.
    pub awaiting_registration: String,
    pub members: Vec<MemberLabels>,
    /// The members' equity added up (of those whose equity is known).
    pub members_equity_rs: i64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct MemberLabels {
    pub size_label: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CfcFigures {
    pub land_tenure_label: &'static str,
    pub costs: MachineryCosts,
    pub operations: Utilisation,
    /// The before-and-after table; `None` when the study has none.
    pub performance: Option<PerformanceRows>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct MachineryCosts {
    pub machinery: Vec<MachineCost>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct MachineCost {
    /// Quantity × unit cost.
    pub cost_rs: Option<i64>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Utilisation {
    /// "40%, 55%, 65%" for years 1, 2, 3 ...
    pub utilisation: String,
}

/// The lists the formats group the study's items into, as positions in the study's lists.
#[derive(Debug, Clone, Default)]
pub struct Groups {
    /// The bottlenecks by category, in the method's order of categories (raw material,
    /// technology, quality ...), categories without any left out; bottlenecks without a
    /// category come last under "Category not yet set".
    pub bottleneck_categories: Vec<(&'static str, Vec<usize>)>,
    /// The actions by kind (`soft`, `hard`, `thematic`, `unclassified`: kind not set yet)
    /// and `converged`: those paid for outside the scheme (no component, a funder named),
    /// the convergence with other programmes.
    pub actions: Vec<(&'static str, Vec<usize>)>,
    /// The CFC's risks by phase (`risks_implementation`, `risks_operations`).
    pub risks: Vec<(&'static str, Vec<usize>)>,
    /// The first agency of each role (`implementing`, `technical`, `nodal`), when the study
    /// names one, for the templates that profile one role in its own chapter.
    pub agency: Vec<(&'static str, Option<usize>)>,
}

impl Groups {
    fn of(study: &Study) -> Groups {
        let of_category = |category: Option<model::Category>| {
            study
                .bottlenecks
                .iter()
                .enumerate()
                .filter(|(_, b)| b.category == category)
                .map(|(n, _)| n)
                .collect::<Vec<_>>()
        };
        let mut bottleneck_categories: Vec<(&'static str, Vec<usize>)> = model::Category::ALL
            .iter()
            .map(|c| (c.label(), of_category(Some(*c))))
            .filter(|(_, list)| !list.is_empty())
            .collect();
        let unset = of_category(None);
        if !unset.is_empty() {
            bottleneck_categories.push(("Category not yet set", unset));
        }
        let actions = &study.action_plan.actions;
        let which = |keep: &dyn Fn(&model::Action) -> bool| {
            actions
                .iter()
                .enumerate()
                .filter(|(_, a)| keep(a))
                .map(|(n, _)| n)
                .collect::<Vec<_>>()
        };
        let kind = |k: Option<model::ActionKind>| which(&|a: &model::Action| a.kind == k);
        Groups {
            bottleneck_categories,
            actions: vec![
                ("soft", kind(Some(model::ActionKind::Soft))),
                ("hard", kind(Some(model::ActionKind::Hard))),
                ("thematic", kind(Some(model::ActionKind::Thematic))),
                ("unclassified", kind(None)),
                (
                    "converged",
                    which(&|a: &model::Action| {
                        a.component.trim().is_empty() && !a.funded_by.trim().is_empty()
                    }),
                ),
            ],
            risks: study
                .cfc
                .iter()
                .flat_map(|c| {
                    let phase = |p: model::RiskPhase| {
                        c.risks
                            .iter()
                            .enumerate()
                            .filter(|(_, r)| r.phase == Some(p))
                            .map(|(n, _)| n)
                            .collect::<Vec<_>>()
                    };
                    [
                        (
                            "risks_implementation",
                            phase(model::RiskPhase::Implementation),
                        ),
                        ("risks_operations", phase(model::RiskPhase::Operations)),
                    ]
                })
                .collect(),
            agency: [
                ("implementing", model::AgencyRole::Implementing),
                ("technical", model::AgencyRole::Technical),
                ("nodal", model::AgencyRole::Nodal),
            ]
            .into_iter()
            .map(|(key, role)| {
                (
                    key,
                    study.agencies.iter().position(|a| a.role == Some(role)),
                )
            })
            .collect(),
        }
    }

    /// Adds the groups to the context, each item as the context has it.
    fn add_to(&self, value: &mut Value) {
        let pick = |list: Option<&Value>, at: &[usize]| {
            Value::Array(
                at.iter()
                    .filter_map(|&n| list.and_then(|l| l.get(n)).cloned())
                    .collect(),
            )
        };
        let categories: Vec<Value> = self
            .bottleneck_categories
            .iter()
            .map(|(label, at)| {
                serde_json::json!({
                    "category": label,
                    "bottlenecks": pick(value.get("bottlenecks"), at),
                })
            })
            .collect();
        let plan = value.get("action_plan");
        let lists: Vec<(&str, Value)> = self
            .actions
            .iter()
            .map(|(key, at)| (*key, pick(plan.and_then(|p| p.get("actions")), at)))
            .collect();
        if let Some(Value::Object(plan)) = value.get_mut("action_plan") {
            plan.extend(lists.into_iter().map(|(k, v)| (k.to_string(), v)));
        }
        let cfc = value.get("cfc");
        let risks: Vec<(&str, Value)> = self
            .risks
            .iter()
            .map(|(key, at)| (*key, pick(cfc.and_then(|c| c.get("risks")), at)))
            .collect();
        if let Some(Value::Object(cfc)) = value.get_mut("cfc") {
            cfc.extend(risks.into_iter().map(|(k, v)| (k.to_string(), v)));
        }
        let agency: serde_json::Map<String, Value> = self
            .agency
            .iter()
            .map(|(key, at)| {
                let item = at.and_then(|n| value.get("agencies").and_then(|a| a.get(n)));
                (key.to_string(), item.cloned().unwrap_or(Value::Null))
            })
            .collect();
        if let Value::Object(map) = value {
            map.insert("bottleneck_categories".into(), Value::Array(categories));
            map.insert("agency".into(), Value::Object(agency));
        }
    }
}

/// Each action's cost lines with their totals, as `cost_lines` (empty for an amount), so
/// that a template asks one key whichever way the cost is given.
fn add_cost_lines(value: &mut Value) {
    let Some(Value::Array(actions)) = value.pointer_mut("/action_plan/actions") else {
        return;
    };
    for a in actions {
        let lines = match a.get("cost") {
            Some(Value::Array(lines)) => lines.clone(),
            _ => Vec::new(),
        };
        if let Value::Object(a) = a {
            a.insert("cost_lines".into(), Value::Array(lines));
        }
    }
}

impl Computed {
    fn of(study: &Study, names: &Names) -> Computed {
        let c = &study.cluster;
        let mut special_areas = Vec::new();
        if c.area.ne_or_hill_state {
            special_areas.push("North-Eastern or hill state");
        }
        if c.area.island_territory {
            special_areas.push("Island territory");
        }
        if c.area.aspirational_district {
            special_areas.push("Aspirational district");
        }
        if c.area.lwe_district {
            special_areas.push("District affected by left-wing extremism");
        }
        Computed {
            meta: MetaLabels {
                status_label: study.meta.status.label(),
            },
            cluster: ClusterTotals {
                total_units: c.total_units(),
                direct_employment: c.employment.direct(),
                special_areas,
            },
            field_work: FieldWorkNames {
                visits: study
                    .field_work
                    .visits
                    .iter()
                    .map(|v| VisitNames {
                        met_names: names.join(&v.met),
                    })
                    .collect(),
                interviews: study
                    .field_work
                    .interviews
                    .iter()
                    .map(|i| InterviewNames {
                        size_label: i.size.map(|s| s.label()).unwrap_or_default(),
                        bottlenecks_names: names.join(&i.bottlenecks),
                    })
                    .collect(),
            },
            stakeholders: study
                .stakeholders
                .iter()
                .map(|s| StakeholderLabels {
                    kind_label: s.kind.map(|k| k.label()).unwrap_or_default(),
                })
                .collect(),
            value_chain: ValueChainNames {
                stages: study
                    .value_chain
                    .stages
                    .iter()
                    .enumerate()
                    .map(|(n, s)| StageNames {
                        number: n + 1,
                        actors_names: join_words(&s.actors),
                        bottlenecks: join_words(
                            &study
                                .bottlenecks
                                .iter()
                                .filter(|b| b.stage.as_ref() == Some(&s.id))
                                .map(|b| b.title.clone())
                                .collect::<Vec<_>>(),
                        ),
                    })
                    .collect(),
                links: study
                    .value_chain
                    .links
                    .iter()
                    .map(|l| LinkNames {
                        from_name: names.name(&l.from),
                        to_name: names.name(&l.to),
                    })
                    .collect(),
            },
            swot: SwotAny {
                any: !(study.swot.strengths.is_empty()
                    && study.swot.weaknesses.is_empty()
                    && study.swot.opportunities.is_empty()
                    && study.swot.threats.is_empty()),
            },
            bottlenecks: study
                .bottlenecks
                .iter()
                .enumerate()
                .map(|(n, b)| BottleneckNames {
                    number: n + 1,
                    category_label: b.category.map(|c| c.label()).unwrap_or_default(),
                    stage_name: b.stage.as_ref().map(|s| names.name(s)).unwrap_or_default(),
                    severity_label: b.severity.map(|s| s.label()).unwrap_or_default(),
                    themes: join_words(
                        &study
                            .themes
                            .iter()
                            .filter(|t| t.addresses.contains(&b.id))
                            .map(|t| t.title.clone())
                            .collect::<Vec<_>>(),
                    ),
                })
                .collect(),
            themes: study
                .themes
                .iter()
                .enumerate()
                .map(|(n, t)| ThemeNames {
                    number: n + 1,
                    addresses_names: names.join(&t.addresses),
                })
                .collect(),
            action_plan: ActionPlanNames {
                actions: study
                    .action_plan
                    .actions
                    .iter()
                    .enumerate()
                    .map(|(n, a)| action(a, n + 1, study.action_plan.start, names))
                    .collect(),
            },
            indicators: study
                .indicators
                .iter()
                .map(|k| IndicatorLabels {
                    level_label: k.level.map(|l| l.label()).unwrap_or_default(),
                })
                .collect(),
            agencies: study
                .agencies
                .iter()
                .map(|a| AgencyLabels {
                    role_label: a.role.map(|r| r.label()).unwrap_or_default(),
                    legal_form_label: a.legal_form.map(|f| f.label()).unwrap_or_default(),
                })
                .collect(),
            spv: study.spv.as_ref().map(|s| SpvNames {
                legal_form_label: s.legal_form.map(|f| f.label()).unwrap_or_default(),
                awaiting_registration: if s.registered_on.is_some() {
                    String::new()
                } else {
                    s.registration_pending.clone()
                },
                members: s
                    .members
                    .iter()
                    .map(|m| MemberLabels {
                        size_label: m.size.map(|x| x.label()).unwrap_or_default(),
                    })
                    .collect(),
                members_equity_rs: s
                    .members
                    .iter()
                    .filter_map(|m| m.equity_rs)
                    .map(|r| r.get())
                    .sum(),
            }),
            cfc: study.cfc.as_ref().map(|c| CfcFigures {
                land_tenure_label: c.land_tenure.map(|t| t.label()).unwrap_or_default(),
                costs: MachineryCosts {
                    machinery: c
                        .costs
                        .machinery
                        .iter()
                        .map(|m| MachineCost {
                            cost_rs: m.cost().map(|r| r.get()),
                        })
                        .collect(),
                },
                operations: Utilisation {
                    utilisation: c
                        .operations
                        .utilisation_pct
                        .iter()
                        .map(|p| format!("{}%", p.figure()))
                        .collect::<Vec<_>>()
                        .join(", "),
                },
                performance: c.performance.as_ref().map(performance),
            }),
        }
    }
}

fn action(
    a: &model::Action,
    number: usize,
    start: Option<YearMonth>,
    names: &Names,
) -> ActionNames {
    let timing = match (a.start_month, a.end_month(), start) {
        (Some(first), Some(last), Some(plan)) if first >= 1 => {
            let from = plan.plus_months(first - 1);
            let to = plan.plus_months(last - 1);
            Some(if from == to {
                month_label(from)
            } else {
                format!("{} – {}", month_label(from), month_label(to))
            })
        }
        (Some(first), Some(last), None) if first >= 1 => Some(if first == last {
            words::label_with("month {n}", &[("n", Arg::Number(f64::from(first)))])
        } else {
            words::label_with(
                "months {first}–{last}",
                &[
                    ("first", Arg::Number(f64::from(first))),
                    ("last", Arg::Number(f64::from(last))),
                ],
            )
        }),
        _ => None,
    };
    let start_fy = match (a.start_month, start) {
        (Some(first), Some(plan)) if first >= 1 => {
            Some(plan.plus_months(first - 1).financial_year().to_string())
        }
        _ => None,
    };
    let cost = match &a.cost {
        Some(Cost::Lines(lines)) => lines
            .iter()
            .map(|l| LineTotal {
                total_rs: l.total().map(|r| r.get()),
            })
            .collect(),
        _ => Vec::new(),
    };
    ActionNames {
        number,
        theme_name: a.theme.as_ref().map(|t| names.name(t)).unwrap_or_default(),
        kind_label: a.kind.map(|k| k.label()).unwrap_or_default(),
        funding: names.funding(a),
        timing: timing.unwrap_or_default(),
        start_fy: start_fy.unwrap_or_default(),
        cost_rs: a.cost.as_ref().and_then(|c| c.total()).map(|r| r.get()),
        cost,
        indicators_names: names.join(&a.indicators),
    }
}

/// The study's JSON schema, for the keys a file may leave out (generated once).
fn study_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(crate::schema::study_schema)
}

/// `schema` with its reference (`$ref`, or an `allOf` of one) followed.
fn resolved<'a>(schema: &'a Value, root: &'a Value) -> &'a Value {
    let mut s = schema;
    // A few steps at most: the model's definitions refer to one another, not in a loop.
    for _ in 0..8 {
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            // `#/$defs/Action`: followed key by key (a JSON pointer without building one).
            match r
                .strip_prefix("#/")
                .and_then(|path| path.split('/').try_fold(root, |at, key| at.get(key)))
            {
                Some(target) => s = target,
                None => return s,
            }
        } else if let Some([one]) = s.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
            s = one;
        } else {
            break;
        }
    }
    s
}

/// The alternatives a schema allows (`anyOf`, `oneOf`), or the schema itself.
fn alternatives<'a>(schema: &'a Value, root: &'a Value) -> Vec<&'a Value> {
    let s = resolved(schema, root);
    match s
        .get("anyOf")
        .or_else(|| s.get("oneOf"))
        .and_then(Value::as_array)
    {
        Some(alts) => alts.iter().map(|a| resolved(a, root)).collect(),
        None => vec![s],
    }
}

/// What a key the file leaves out reads as: `null` for an optional value, an empty text,
/// list or set of keys otherwise (the model's own defaults); `None` when the schema does
/// not say.
fn empty_of(schema: &Value, root: &Value) -> Option<Value> {
    let alts = alternatives(schema, root);
    let has_type = |t: &str| {
        alts.iter().any(|a| match a.get("type") {
            Some(Value::String(s)) => s == t,
            Some(Value::Array(types)) => types.iter().any(|x| x == t),
            _ => false,
        })
    };
    if has_type("null") {
        Some(Value::Null)
    } else if has_type("string") {
        Some(Value::String(String::new()))
    } else if has_type("array") {
        Some(Value::Array(Vec::new()))
    } else if has_type("boolean") {
        Some(Value::Bool(false))
    } else if alts.iter().any(|a| a.get("properties").is_some()) {
        let mut v = Value::Object(serde_json::Map::new());
        complete(&mut v, schema, root);
        Some(v)
    } else {
        None
    }
}

/// Adds to `value` every key its schema has that the file leaves out (a text left out
/// when empty, an optional section), so that templates see every field of the model.
fn complete(value: &mut Value, schema: &Value, root: &Value) {
    for alt in alternatives(schema, root) {
        match value {
            Value::Object(map) => {
                let Some(props) = alt.get("properties").and_then(Value::as_object) else {
                    continue;
                };
                for (key, prop) in props {
                    match map.get_mut(key) {
                        Some(v) => complete(v, prop, root),
                        None => {
                            if let Some(e) = empty_of(prop, root) {
                                map.insert(key.clone(), e);
                            }
                        }
                    }
                }
            }
            Value::Array(items) => {
                if let Some(item) = alt.get("items") {
                    items.iter_mut().for_each(|v| complete(v, item, root));
                }
            }
            _ => {}
        }
    }
}

/// Lays `over` onto `base`: keys of an object added, lists item by item. The computed keys
/// are named apart from the model's, so none replaces a field of the study.
fn lay_over(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(existing @ (Value::Object(_) | Value::Array(_))) => lay_over(existing, v),
                    Some(Value::Null) if v.is_null() => {}
                    Some(_) => debug_assert!(false, "computed key {k} would hide the study's"),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (Value::Array(b), Value::Array(o)) => {
            for (existing, v) in b.iter_mut().zip(o) {
                lay_over(existing, v);
            }
        }
        _ => {}
    }
}

impl ReportContext {
    /// The context as the templates see it: the study, every key of the model present,
    /// with what is computed about its items laid over them, and beside it the rest.
    pub fn to_value(&self) -> Result<Value, serde_json::Error> {
        let mut value = serde_json::to_value(&self.study)?;
        let schema = study_schema();
        complete(&mut value, schema, schema);
        lay_over(&mut value, serde_json::to_value(&self.computed)?);
        add_cost_lines(&mut value);
        self.groups.add_to(&mut value);
        if let (Value::Object(map), Value::Object(rest)) = (&mut value, serde_json::to_value(self)?)
        {
            for (key, v) in rest {
                debug_assert!(!map.contains_key(&key), "{key} would hide the study's");
                map.insert(key, v);
            }
        }
        Ok(value)
    }

    /// The context as tera takes it: the same values as [`ReportContext::to_value`], made
    /// tera's values in one pass (no second copy through serde), and the groups' lists
    /// sharing their items with the lists they are picked from (tera's lists and maps are
    /// shared, not copied, when a value is cloned).
    pub fn to_context(&self) -> Result<tera::Context, serde_json::Error> {
        let mut value = serde_json::to_value(&self.study)?;
        let schema = study_schema();
        complete(&mut value, schema, schema);
        lay_over(&mut value, serde_json::to_value(&self.computed)?);
        add_cost_lines(&mut value);
        let mut context = tera::Context::new();
        let Value::Object(mut top) = value else {
            return Ok(context);
        };
        fn take(map: &mut serde_json::Map<String, Value>, key: &str) -> tera::Value {
            map.remove(key)
                .map(tera_value)
                .unwrap_or_else(tera::Value::none)
        }
        let bottlenecks = take(&mut top, "bottlenecks");
        let agencies = take(&mut top, "agencies");
        let g = &self.groups;
        let categories: Vec<tera::Value> = g
            .bottleneck_categories
            .iter()
            .map(|(label, at)| {
                let mut m = tera::Map::new();
                m.insert("category".into(), (*label).into());
                m.insert("bottlenecks".into(), pick(&bottlenecks, at));
                tera::Value::from(m)
            })
            .collect();
        let agency: tera::Map = g
            .agency
            .iter()
            .map(|(key, at)| {
                let item = at
                    .and_then(|n| agencies.as_array().and_then(|a| a.get(n)).cloned())
                    .unwrap_or_else(tera::Value::none);
                ((*key).into(), item)
            })
            .collect();
        for (key, at, list) in [
            ("action_plan", &g.actions, "actions"),
            ("cfc", &g.risks, "risks"),
        ] {
            match top.remove(key) {
                Some(Value::Object(mut map)) => {
                    let items = take(&mut map, list);
                    let mut m: tera::Map = map
                        .into_iter()
                        .map(|(k, v)| (k.into(), tera_value(v)))
                        .collect();
                    for (name, at) in at {
                        m.insert((*name).into(), pick(&items, at));
                    }
                    m.insert(list.into(), items);
                    context.insert_value(key, tera::Value::from(m));
                }
                Some(other) => context.insert_value(key, tera_value(other)),
                None => {}
            }
        }
        for (key, v) in top {
            context.insert_value(key, tera_value(v));
        }
        context.insert_value("bottlenecks", bottlenecks);
        context.insert_value("agencies", agencies);
        context.insert_value("bottleneck_categories", tera::Value::from(categories));
        context.insert_value("agency", tera::Value::from(agency));
        if let Value::Object(rest) = serde_json::to_value(self)? {
            for (key, v) in rest {
                debug_assert!(!context.contains_key(&key), "{key} would hide the study's");
                context.insert_value(key, tera_value(v));
            }
        }
        Ok(context)
    }

    /// The context for `doc` of `scheme` from `study`.
    pub fn build(
        study: &Study,
        scheme: &str,
        doc: DocKind,
        rules: Option<&scheme::Scheme>,
    ) -> ReportContext {
        Self::build_checked(study, scheme, doc, rules, &check::check(study))
    }

    /// `build` with the study's check already made (against the workspace's schemes), so
    /// that a render checks the study once.
    pub fn build_checked(
        study: &Study,
        scheme: &str,
        doc: DocKind,
        rules: Option<&scheme::Scheme>,
        report: &check::Report,
    ) -> ReportContext {
        // Evidence cites visits and interviews by id; the document by row and name.
        let readable = super::mentions::readable(study, doc);
        let study = &readable;
        let names = Names::of(study, rules);
        let cluster_name = study.cluster.name.trim();
        let title = if cluster_name.is_empty() {
            doc.label().to_string()
        } else {
            format!("{}: {} Cluster", doc.label(), cluster_name)
        };
        // One appraisal per study, as `cdstudy budget` shows it: the financing, and the
        // CFC's viability against the scheme's acceptance rules (or the MSE-CDP 2022 ones
        // as a reference). A template folder without rules still gets the viability.
        let (financing, viability, viability_missing, acceptance_note) = match rules {
            Some(r) => {
                let a = scheme::appraise(study, r);
                (
                    Some(a.financing),
                    a.viability,
                    a.viability_missing,
                    a.acceptance_note,
                )
            }
            None => {
                let cfc = scheme::cfc_viability(study, None);
                (None, cfc.viability, cfc.missing, cfc.acceptance_note)
            }
        };
        let mut viability = viability;
        let lakh = |r: model::Rupees| scheme::lakh_words(r);
        let viability_rules = viability
            .as_ref()
            .and_then(rules_held_to)
            .map(|p| match words::lang() {
                DocLang::En => p.english_with(&lakh),
                _ => phrase_words(&p, &lakh),
            })
            .unwrap_or_default();
        if let Some(v) = viability.as_mut().filter(|_| words::lang() != DocLang::En) {
            v.comments = v
                .comment_phrases
                .iter()
                .map(|p| phrase_words(p, &lakh))
                .collect();
            // The figures and their rules, as the tables print them in this language.
            let reword = |said: &mut crate::phrase::Said| {
                if let Some(p) = &said.phrase {
                    *said = phrase_words(p, &lakh).into();
                }
            };
            let cases = v.sensitivity.iter_mut().flat_map(|c| c.checks.iter_mut());
            for k in v.checks.iter_mut().chain(cases) {
                reword(&mut k.shown);
                reword(&mut k.rule);
            }
            if let Some(note) = v.figures.irr.note.as_mut() {
                reword(note);
            }
        }
        let outside = outside_funders(study);
        let mut financing = financing;
        if let Some(f) = financing.as_mut() {
            word_rules_as_printed(f, &outside);
        }
        let project_cost = study.cfc.as_ref().map(|cfc| {
            let heads = finance::CostHeads::of(&cfc.costs);
            ProjectCost {
                heads: heads
                    .iter()
                    .map(|(head, amount)| CostHead {
                        head: head.word(),
                        label: head.label(),
                        amount_rs: amount.get(),
                    })
                    .collect(),
                total_rs: heads.total().get(),
            }
        });
        let hard_themes = study
            .themes
            .iter()
            .filter(|t| {
                study.action_plan.actions.iter().any(|a| {
                    a.kind == Some(model::ActionKind::Hard) && a.theme.as_ref() == Some(&t.id)
                })
            })
            .map(|t| HardTheme {
                title: t.title.clone(),
                bottlenecks: t.addresses.iter().map(|id| names.name(id)).collect(),
            })
            .collect();
        let (statements, statements_basis) = match (&study.cfc, &viability, &financing) {
            (Some(cfc), Some(v), Some(f)) => {
                match f.cfc.as_ref().and_then(|c| c.means_of_finance.as_ref()) {
                    Some(mof) => (Some(finance::statements(cfc, v, sources(mof, v))), None),
                    None => match cfc_component(study, f) {
                        Some(comp) => (
                            Some(finance::statements(cfc, v, shares_of(comp, v))),
                            Some(format!(
                                "The scheme sets no means of finance for the centre alone, so the centre is taken as financed in the shares of its component, {}: grants (GoI and State) {} of its cost{}",
                                comp.name,
                                finance::percent_of(comp.goi_rs + comp.state_rs, comp.cost_rs)
                                    .map(|p| format!("{}%", p.figure()))
                                    .unwrap_or_else(|| "none".to_string()),
                                if v.loan.is_empty() { ", no term loan" } else { ", the term loan as the study gives it, the SPV the rest" }
                            )),
                        ),
                        None => (None, None),
                    },
                }
            }
            _ => (None, None),
        };
        let phasing = study.cfc.as_ref().and_then(|cfc| {
            let mof = financing
                .as_ref()?
                .cfc
                .as_ref()?
                .means_of_finance
                .as_ref()?;
            phasing(cfc, mof)
        });
        let computed = Computed::of(study, &names);
        let groups = Groups::of(study);
        ReportContext {
            computed,
            groups,
            // The readable copy is the context's own: no second copy of the study.
            study: readable,
            phasing,
            statements,
            statements_basis,
            outside_funders: outside,
            financing,
            acceptance_note: acceptance_note.map(|note| match (&note.phrase, words::lang()) {
                (Some(p), DocLang::Hi | DocLang::EnHi) => phrase_words(p, &lakh),
                _ => note.english,
            }),
            hard_themes,
            rules: rules.cloned(),
            scheme_terms: SchemeTerms::of(rules),
            project_cost,
            viability,
            viability_rules,
            viability_missing,
            doc: DocInfo {
                kind: doc.word(),
                label: doc.label(),
                scheme: scheme.to_string(),
                title,
            },
            findings: Findings {
                errors: report.errors(),
                warnings: report.warnings(),
                list: report
                    .findings
                    .iter()
                    .map(|f| FindingLine {
                        severity: f.severity.word(),
                        section: f.section.label(),
                        path: f.path.clone(),
                        message: f.message.clone(),
                    })
                    .collect(),
            },
        }
    }
}

/// `value` as tera's value, as `tera::Context::from_serialize` would make it.
fn tera_value(value: Value) -> tera::Value {
    match value {
        Value::Null => tera::Value::none(),
        Value::Bool(b) => b.into(),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => u.into(),
            (None, Some(i), _) => i.into(),
            (None, None, f) => f.unwrap_or(f64::NAN).into(),
        },
        Value::String(s) => s.as_str().into(),
        Value::Array(items) => items.into_iter().map(tera_value).collect::<Vec<_>>().into(),
        Value::Object(map) => map
            .into_iter()
            .map(|(k, v)| (tera::value::Key::from(k), tera_value(v)))
            .collect::<tera::Map>()
            .into(),
    }
}

/// The items of `list` at `at`, shared with it.
fn pick(list: &tera::Value, at: &[usize]) -> tera::Value {
    let items = list.as_array().unwrap_or_default();
    at.iter()
        .filter_map(|&n| items.get(n).cloned())
        .collect::<Vec<_>>()
        .into()
}

/// Names of the study's items by id, for printing references.
struct Names<'a> {
    /// Each item's name or title, by id, from the model's one list of items.
    labels: HashMap<Id, String>,
    rules: Option<&'a scheme::Scheme>,
}

impl<'a> Names<'a> {
    fn of(study: &Study, rules: Option<&'a scheme::Scheme>) -> Self {
        let labels = study
            .items()
            .into_iter()
            .map(|item| (item.id, item.label))
            .collect();
        Names { labels, rules }
    }

    /// How an action's funding reads: the scheme component's name ("Common Facility
    /// Centre"), the word the study gives when the scheme does not know it, or who pays
    /// outside the scheme.
    fn funding(&self, action: &model::Action) -> String {
        let component = action.component.trim();
        if component.is_empty() {
            return action.funded_by.trim().to_string();
        }
        match self.rules.and_then(|r| r.component(component)) {
            Some(c) => format!(
                "{} ({})",
                words::label(&c.name),
                self.rules.map(|r| r.name.as_str()).unwrap_or("")
            ),
            None => component.to_string(),
        }
    }

    /// What a reader calls the item: its name or title; the id itself when the item has
    /// neither (or does not exist), so a broken reference is visible rather than blank.
    fn name(&self, id: &Id) -> String {
        match self.labels.get(id) {
            Some(n) if !n.trim().is_empty() => n.clone(),
            _ => id.to_string(),
        }
    }

    fn join(&self, ids: &[Id]) -> String {
        join_words(&ids.iter().map(|id| self.name(id)).collect::<Vec<_>>())
    }
}

/// The rules the figures of `v` that are judged are held to, "{figure} {rule}; …", or
/// `None` when no figure is judged.
fn rules_held_to(v: &finance::Viability) -> Option<crate::phrase::Phrase> {
    use crate::phrase::{semicolons, word, PhraseArg};
    let items: Vec<PhraseArg> = v
        .checks
        .iter()
        .filter(|c| c.passes.is_some())
        .map(|c| {
            PhraseArg::from(crate::phrase!(
                "{figure} {rule}",
                figure = word(c.short),
                rule = &c.rule
            ))
        })
        .collect();
    match semicolons(items) {
        PhraseArg::Phrase(p) => Some(*p),
        _ => None,
    }
}

/// A sentence of the engine's ([`crate::phrase::Phrase`]: a rule, a comment on viability)
/// in the document's language, its amounts printed by `rs` (in lakh, as the tables print
/// them) and then written the language's way. In a bilingual document each word and
/// amount goes in as a pair, so that the Hindi sentence takes the Hindi and the English
/// the English.
fn phrase_words(p: &crate::phrase::Phrase, rs: &dyn Fn(model::Rupees) -> String) -> String {
    use crate::phrase::{and_list, PhraseArg};
    let lang = words::lang();
    let pair = |hi: String, en: String| match lang {
        DocLang::Hi => hi,
        DocLang::EnHi if hi != en => format!("{hi}{}{en}", words::PAIR),
        _ => en,
    };
    let amount = |r: model::Rupees| {
        let en = rs(r);
        let hi = match en.strip_prefix("Rs. ") {
            Some(rest) => format!(
                "रु. {}",
                rest.replace(" lakh", " लाख").replace(" crore", " करोड़")
            ),
            None => en.clone(),
        };
        pair(hi, en)
    };
    let word = |w: &str| words::translate_in(w, None, &[], Kind::Label);
    let args: Vec<(String, Arg)> = p
        .args
        .iter()
        .map(|(name, arg)| {
            let arg = match arg {
                PhraseArg::Count(n) => Arg::Number(*n as f64),
                PhraseArg::Figure(t) | PhraseArg::Text(t) => Arg::Text(t.clone()),
                PhraseArg::Rupees(r) => Arg::Text(amount(*r)),
                PhraseArg::Exact(r) => Arg::Text(pair(crate::i18n::numbers::exact(*r), r.inr())),
                PhraseArg::Word(w) => Arg::Text(word(w)),
                PhraseArg::Words(list) => {
                    // Each word's Hindi (the Hindi half of a bilingual word's pair).
                    let hindi_of = |w: &String| {
                        let here = word(w);
                        match here.split_once(words::PAIR) {
                            Some((hi, _)) => hi.to_string(),
                            None => here,
                        }
                    };
                    let hi: Vec<String> = list.iter().map(hindi_of).collect();
                    let hi = crate::i18n::and_list(crate::i18n::Lang::Hi, &hi);
                    Arg::Text(pair(hi, and_list(list)))
                }
                PhraseArg::Phrase(inner) => Arg::Text(phrase_words(inner, rs)),
            };
            (name.to_string(), arg)
        })
        .collect();
    words::translate_in(p.pattern, None, &args, Kind::Label)
}

/// A month of a schedule: "Oct 2027"; in a Hindi document "अक्टूबर 2027" (a bilingual one
/// prints months the English way, as it prints dates).
fn month_label(m: YearMonth) -> String {
    if words::lang() == DocLang::Hi {
        crate::i18n::numbers::month(m.year, m.month)
    } else {
        m.label()
    }
}

/// "a; b; c" — a semicolon, because names themselves often hold commas.
fn join_words(words: &[String]) -> String {
    words
        .iter()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The component that pays for the CFC when the scheme keeps no means of finance for it:
/// that of the study's costliest hard intervention.
fn cfc_component<'f>(
    study: &Study,
    f: &'f scheme::Financing,
) -> Option<&'f scheme::ComponentFinancing> {
    let action = study
        .action_plan
        .actions
        .iter()
        .filter(|a| a.kind == Some(model::ActionKind::Hard) && !a.component.trim().is_empty())
        .max_by_key(|a| {
            a.cost
                .as_ref()
                .and_then(|c| c.total())
                .map_or(0, |r| r.get())
        })?;
    f.component(action.component.trim())
        .filter(|c| c.cost_rs.get() > 0)
}

/// The centre financed in its component's shares: grants as the component's GoI and State
/// share of its cost, the term loan as the projection draws it, the SPV the rest.
fn shares_of(c: &scheme::ComponentFinancing, v: &finance::Viability) -> finance::Sources {
    let cost = v.project_cost_rs;
    let loan = v.loan.first().map(|l| l.opening_rs).unwrap_or_default();
    let grants = finance::apportion::split(
        cost.get(),
        &[
            (c.goi_rs + c.state_rs).get(),
            (c.cost_rs - c.goi_rs - c.state_rs).get(),
        ],
    );
    let grants = model::Rupees(grants[0].min((cost - loan).get()).max(0));
    finance::Sources {
        grants_rs: grants,
        equity_rs: cost - loan - grants,
        loan_rs: loan,
        printed: None,
    }
}

/// The CFC's means of finance spread over its implementation schedule by financial year:
/// each year's share of the cost in proportion to its months of work, met first by the
/// State's and the SPV's contributions (brought in upfront), then the term loan (drawn
/// as the plant is installed), and the GoI grant last (released against what is spent).
fn phasing(cfc: &model::Cfc, mof: &scheme::MeansOfFinance) -> Option<Phasing> {
    let first = cfc.schedule.iter().filter_map(|m| m.start).min()?;
    let last = cfc
        .schedule
        .iter()
        .filter_map(|m| m.end.or(m.start))
        .max()?;
    if last < first {
        return None;
    }
    let mut years: Vec<(model::FinancialYear, u32)> = Vec::new();
    let mut m = first;
    while m <= last {
        let fy = m.financial_year();
        match years.last_mut() {
            Some((y, n)) if *y == fy => *n += 1,
            _ => years.push((fy, 1)),
        }
        m = m.plus_months(1);
    }
    let rank = |s: scheme::Source| match s {
        scheme::Source::State => 0,
        scheme::Source::Beneficiary => 1,
        scheme::Source::Other => 2,
        scheme::Source::Goi => 3,
    };
    let mut order: Vec<usize> = (0..mof.columns.len()).collect();
    order.sort_by_key(|&i| rank(mof.columns[i].source));
    let sources: Vec<i64> = order
        .iter()
        .map(|&i| mof.columns[i].amount_rs.get())
        .collect();
    let weights: Vec<i64> = years.iter().map(|(_, n)| i64::from(*n)).collect();
    let rows = finance::apportion::phasing(&weights, &sources);
    Some(Phasing {
        columns: mof.columns.iter().map(|c| c.label.clone()).collect(),
        period: words::phrase_with(
            "{from} to {to}",
            &[
                ("from", Arg::Text(month_label(first))),
                ("to", Arg::Text(month_label(last))),
            ],
        ),
        years: years
            .iter()
            .zip(rows)
            .map(|((fy, n), row)| {
                let mut amounts = vec![0i64; order.len()];
                for (k, &i) in order.iter().enumerate() {
                    amounts[i] = row[k];
                }
                PhasingYear {
                    year: fy.to_string(),
                    months: *n,
                    amounts_rs: amounts,
                }
            })
            .collect(),
    })
}

/// The means of finance as the books take it: grants (GoI and State) as the capital
/// reserve, the term loan as the projection draws it, and everything else the SPV and
/// others bring as equity.
fn sources(mof: &scheme::MeansOfFinance, v: &finance::Viability) -> finance::Sources {
    let of = |s: scheme::Source| {
        mof.columns
            .iter()
            .filter(|c| c.source == s)
            .map(|c| c.amount_rs)
            .sum::<model::Rupees>()
    };
    let loan = v.loan.first().map(|l| l.opening_rs).unwrap_or_default();
    // The column totals as the means of finance table prints them (the template's
    // `round_table` over its rows is this call), which the books then repeat. The "other"
    // column is the CFC's term loan; should the projection draw another amount, the
    // loan is rounded on its own and the SPV's equity takes the difference.
    let exact: Vec<Vec<i64>> = mof
        .rows
        .iter()
        .map(|r| r.amounts_rs.iter().map(|a| a.get()).collect())
        .collect();
    let shown = finance::apportion::table(&exact, finance::PRINT_UNIT);
    let printed_of = |s: scheme::Source| {
        model::Rupees(
            mof.columns
                .iter()
                .zip(&shown.columns)
                .filter(|(c, _)| c.source == s)
                .map(|(_, a)| *a)
                .sum(),
        )
    };
    let printed_loan = if of(scheme::Source::Other) == loan {
        printed_of(scheme::Source::Other)
    } else {
        model::Rupees(finance::apportion::round_to(
            loan.get(),
            finance::PRINT_UNIT,
        ))
    };
    finance::Sources {
        grants_rs: of(scheme::Source::Goi) + of(scheme::Source::State),
        equity_rs: of(scheme::Source::Beneficiary) + of(scheme::Source::Other) - loan,
        loan_rs: loan,
        printed: Some(finance::PrintedSources {
            grants_rs: printed_of(scheme::Source::Goi) + printed_of(scheme::Source::State),
            equity_rs: printed_of(scheme::Source::Beneficiary) + printed_of(scheme::Source::Other)
                - printed_loan,
            loan_rs: printed_loan,
        }),
    }
}

/// Rewords a study's financing rules with the figures its budget tables print, for a
/// reader that shows those tables outside a document (the TUI's budget view), so that a
/// rule never quotes 22.31 beside a table printing 22.30.
pub fn word_rules_as_tables_print(study: &Study, f: &mut scheme::Financing) {
    word_rules_as_printed(f, &outside_funders(study));
}

/// Rewords the engine's rules with the figures the document's tables print: the budget
/// table and the CFC's means of finance are apportioned so that they add up (a cell may
/// print 22.30 where its exact Rs 22,30,500 would round to 22.31), and a rule quoting
/// that amount repeats the table's figure. An amount the tables print two ways, or not
/// at all, is rounded on its own, as `lakh_words` does.
fn word_rules_as_printed(f: &mut scheme::Financing, outside: &[OutsideFunder]) {
    let mut tables: Vec<Vec<Vec<i64>>> = Vec::new();
    // The budget table as the template's `budget` component rounds it (study.md.tera).
    let has_outside = f.components.iter().any(|c| c.id == "outside");
    let mut budget: Vec<Vec<i64>> = f
        .components
        .iter()
        .filter(|c| c.id != "outside")
        .map(|c| {
            vec![
                c.goi_rs.get(),
                c.state_rs.get(),
                c.beneficiary_rs.get(),
                c.other_rs.get(),
                0,
                c.gap_rs.get(),
            ]
        })
        .collect();
    if has_outside {
        budget.extend(outside.iter().map(|o| vec![0, 0, 0, 0, o.cost_rs, 0]));
    }
    tables.push(budget);
    if let Some(mof) = f.cfc.as_ref().and_then(|c| c.means_of_finance.as_ref()) {
        tables.push(
            mof.rows
                .iter()
                .map(|r| r.amounts_rs.iter().map(|a| a.get()).collect())
                .collect(),
        );
    }
    // exact amount → the one figure the tables print for it (None: printed two ways).
    let mut printed: HashMap<i64, Option<i64>> = HashMap::new();
    let mut note = |exact: i64, shown: i64| {
        printed
            .entry(exact)
            .and_modify(|p| {
                if *p != Some(shown) {
                    *p = None
                }
            })
            .or_insert(Some(shown));
    };
    for exact in &tables {
        let shown = finance::apportion::table(exact, finance::PRINT_UNIT);
        for (er, sr) in exact.iter().zip(&shown.cells) {
            for (e, s) in er.iter().zip(sr) {
                note(*e, *s);
            }
        }
        let row_exact = exact.iter().map(|r| r.iter().sum::<i64>());
        for (e, s) in row_exact.zip(&shown.rows) {
            note(e, *s);
        }
        let width = exact.iter().map(Vec::len).max().unwrap_or(0);
        for (j, s) in shown.columns.iter().enumerate().take(width) {
            note(exact.iter().filter_map(|r| r.get(j)).sum(), *s);
        }
        note(exact.iter().flatten().sum(), shown.total);
    }
    let words = |r: model::Rupees| match printed.get(&r.get()) {
        Some(Some(shown)) => scheme::lakh_words(model::Rupees(*shown)),
        _ => scheme::lakh_words(r),
    };
    // A rule the engine words as a phrase reads in the document's language; the others
    // stay in the engine's English.
    let reword = |rules: &mut Vec<scheme::RuleResult>| {
        for r in rules.iter_mut() {
            r.name = if words::lang() != DocLang::En {
                phrase_words(&scheme::rule_phrase_with(&r.decision, &words), &words)
            } else {
                scheme::rule_words_with(&r.decision, &words)
            };
        }
    };
    reword(&mut f.rules);
    for c in f.components.iter_mut() {
        reword(&mut c.rules);
    }
    if words::lang() != DocLang::En {
        // The reason is the engine's phrase, worded in the document's language (its words
        // kept as pairs in a bilingual document); the scheme's name is the rules' own, not
        // a word to translate.
        let mut reason = f.category_reason_phrase.clone();
        for (_, arg) in reason.args.iter_mut() {
            if let crate::phrase::PhraseArg::Text(t) = arg {
                *t = super::markdown::escape_inline(t);
            }
        }
        f.category_reason = phrase_words(&reason, &words);
    }
}

/// The actions without a scheme component (the budget's row funded outside the scheme),
/// by the funders each names, in the order they first appear. An action paid by several,
/// written "Department of MSME (75%); participating units (25%)", gives each its share
/// (exact rupees, largest remainder); the same name in several actions is one funder.
fn outside_funders(study: &Study) -> Vec<OutsideFunder> {
    let mut out: Vec<OutsideFunder> = Vec::new();
    for a in &study.action_plan.actions {
        if !a.component.trim().is_empty() {
            continue;
        }
        let cost = a
            .cost
            .as_ref()
            .and_then(|c| c.total())
            .map_or(0, |r| r.get());
        let payers = payers(&a.funded_by);
        let weights: Vec<i64> = payers.iter().map(|(_, bp)| *bp).collect();
        let shares = finance::apportion::split(cost, &weights);
        for ((name, _), share) in payers.into_iter().zip(shares) {
            match out.iter_mut().find(|f| f.name == name) {
                Some(f) => f.cost_rs += share,
                None => out.push(OutsideFunder {
                    name,
                    cost_rs: share,
                }),
            }
        }
    }
    out
}

/// Who pays, with their shares in basis points: "A (75%); B (25%)" gives A 7500 and B
/// 2500; a text without shares for every part is one payer who pays it all.
fn payers(funded_by: &str) -> Vec<(String, i64)> {
    let whole = funded_by.trim();
    if whole.is_empty() {
        return vec![("Funder not yet named".to_string(), 10_000)];
    }
    let parts: Option<Vec<(String, i64)>> = whole
        .split(';')
        .map(|part| {
            let part = part.trim();
            let open = part.rfind('(')?;
            let inner = part[open + 1..].strip_suffix(')')?.trim();
            let pct: model::Percent = inner.strip_suffix('%')?.trim().parse().ok()?;
            let name = part[..open].trim();
            (!name.is_empty()).then(|| (capitalised(name), pct.basis_points()))
        })
        .collect();
    match parts {
        Some(p) if p.len() > 1 && p.iter().map(|(_, bp)| bp).sum::<i64>() == 10_000 => p,
        _ => vec![(whole.to_string(), 10_000)],
    }
}

/// "participating units" as a row of its own: "Participating units".
fn capitalised(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The rows of the before-and-after table, in the order of the MSE-CDP 2022 format's
/// item 15.
fn performance(p: &model::Performance) -> PerformanceRows {
    let (b, a) = (&p.before, &p.after);
    let count =
        |parameter: &'static str, unit: &str, x: Option<u32>, y: Option<u32>| PerformanceRow {
            parameter,
            unit: unit.to_string(),
            money: false,
            before: x.map(f64::from),
            after: y.map(f64::from),
            before_rs: None,
            after_rs: None,
        };
    let money = |parameter: &'static str, x: Option<model::Rupees>, y: Option<model::Rupees>| {
        PerformanceRow {
            parameter,
            unit: "Rs. lakh a year".to_string(),
            money: true,
            before: None,
            after: None,
            before_rs: x.map(|r| r.get()),
            after_rs: y.map(|r| r.get()),
        }
    };
    let mut rows = vec![
        count("Units in the cluster", "units", b.units, a.units),
        count(
            "Units owned by SC/ST entrepreneurs",
            "units",
            b.sc_st_owned_units,
            a.sc_st_owned_units,
        ),
        count(
            "Units owned by women",
            "units",
            b.women_owned_units,
            a.women_owned_units,
        ),
        count(
            "Units owned by minorities",
            "units",
            b.minority_owned_units,
            a.minority_owned_units,
        ),
        count("Employment", "persons", b.employment, a.employment),
        PerformanceRow {
            parameter: "Production",
            unit: p.production_unit.clone(),
            money: false,
            before: b.production.map(|q| q.as_f64()),
            after: a.production.map(|q| q.as_f64()),
            before_rs: None,
            after_rs: None,
        },
    ];
    rows.extend([
        money("Turnover", b.turnover_rs, a.turnover_rs),
        money("Profit", b.profit_rs, a.profit_rs),
        money("Exports", b.exports_rs, a.exports_rs),
        money(
            "Import substitution",
            b.import_substitution_rs,
            a.import_substitution_rs,
        ),
        PerformanceRow {
            unit: "Rs. lakh".to_string(),
            ..money(
                "Investment in plant and machinery",
                b.investment_rs,
                a.investment_rs,
            )
        },
        count("Patents", "number", b.patents, a.patents),
        count(
            "Units with a quality certification",
            "units",
            b.quality_certified_units,
            a.quality_certified_units,
        ),
        count(
            "ZED-certified units",
            "units",
            b.zed_certified_units,
            a.zed_certified_units,
        ),
    ]);
    PerformanceRows { rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_in_hindi_and_english_unchanged() {
        let loan = scheme::Decision::Loan {
            amount_rs: model::Rupees(38_00_000),
        };
        let english = scheme::rule_words_with(&loan, &scheme::lakh_words);
        assert_eq!(english, "term loan Rs. 38.00 lakh");
        let phrase = scheme::rule_phrase(&loan);
        // Outside a render the phrase reads as the engine's English.
        assert_eq!(phrase_words(&phrase, &scheme::lakh_words), english);
        let entries = "t-term-loan-amount = सावधि ऋण { $amount }\n";
        for (lang, expected) in [
            (DocLang::Hi, "सावधि ऋण रु. 38.00 लाख"),
            // Each half of a bilingual rule has its own language's amount.
            (
                DocLang::EnHi,
                "सावधि ऋण रु. 38.00 लाख / term loan Rs. 38.00 lakh",
            ),
        ] {
            let w = super::super::figures::tests::hindi(lang, entries);
            words::within(&w, || {
                let here = phrase_words(&phrase, &scheme::lakh_words);
                assert_eq!(words::join_pairs(&here), expected);
            });
        }
        let w = super::super::figures::tests::hindi(DocLang::Hi, "");
        words::within(&w, || {
            assert_eq!(
                month_label(YearMonth {
                    year: 2027,
                    month: 10
                }),
                "अक्टूबर 2027"
            )
        });
        assert_eq!(
            month_label(YearMonth {
                year: 2027,
                month: 10
            }),
            "Oct 2027"
        );
    }
}
