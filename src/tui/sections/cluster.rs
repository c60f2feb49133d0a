//! The cluster profile: product, place, history, units by size, ownership, employment,
//! turnover and exports by year.

use crate::i18n::Messages;
use crate::model::{BlockCategory, FinancialYear, Rupees, Section, Study, YearFigures};

use super::{form, split, ListDef, ListOps, Part, SectionDef};
use crate::tui::fields::{at, Field};

pub fn def() -> SectionDef {
    SectionDef {
        section: Section::Cluster,
        hint: "Product, location and history of the cluster; the number of units by size and \
               who owns them; employment (men, women, indirect); turnover and exports for \
               recent years; associations go under Stakeholders.",
        parts: vec![
            form(
                "Profile",
                vec![
                    Field::line::<String>(
                        "cluster.name",
                        "Cluster",
                        "The cluster's name, e.g. Ujjain Plastic.",
                        at!(cluster.name),
                    ),
                    Field::line::<String>("cluster.state", "State", "", at!(cluster.state)),
                    Field::line::<String>(
                        "cluster.district",
                        "District",
                        "",
                        at!(cluster.district),
                    ),
                    Field::line::<String>(
                        "cluster.block",
                        "Block",
                        "The block or town, where it helps.",
                        at!(cluster.block),
                    ),
                    Field::prose::<Vec<String>>(
                        "cluster.products",
                        "Products",
                        "What the cluster makes, one product per line.",
                        at!(cluster.products),
                    ),
                    Field::prose::<Vec<String>>(
                        "cluster.sectors",
                        "Sectors",
                        "The cluster's sectors, one per line (bamboo, handloom, plastics, food processing ...): schemes for some sectors only are decided from these.",
                        at!(cluster.sectors),
                    ),
                    Field::prose::<String>(
                        "cluster.history",
                        "History",
                        "How and when the cluster grew.",
                        at!(cluster.history),
                    ),
                    Field::prose::<String>(
                        "cluster.processes",
                        "Processes",
                        "Products and production processes as the units run them today.",
                        at!(cluster.processes),
                    ),
                    Field::prose::<String>(
                        "cluster.scenario",
                        "Industry scenario",
                        "The national and international scenario of the industry.",
                        at!(cluster.scenario),
                    ),
                    Field::prose::<String>(
                        "cluster.state_scenario",
                        "State scenario",
                        "Industrial growth and cluster development in the cluster's state.",
                        at!(cluster.state_scenario),
                    ),
                    Field::prose::<String>(
                        "cluster.past_interventions",
                        "Past programmes",
                        "Earlier programmes in the cluster and what came of them.",
                        at!(cluster.past_interventions),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.enterprises.micro",
                        "Micro units",
                        "Number of micro enterprises.",
                        at!(cluster.enterprises.micro),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.enterprises.small",
                        "Small units",
                        "",
                        at!(cluster.enterprises.small),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.enterprises.medium",
                        "Medium units",
                        "",
                        at!(cluster.enterprises.medium),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.ownership.women_owned",
                        "Women-owned",
                        "Units owned by women.",
                        at!(cluster.ownership.women_owned),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.ownership.sc_owned",
                        "SC-owned",
                        "",
                        at!(cluster.ownership.sc_owned),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.ownership.st_owned",
                        "ST-owned",
                        "",
                        at!(cluster.ownership.st_owned),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.ownership.minority_owned",
                        "Minority-owned",
                        "",
                        at!(cluster.ownership.minority_owned),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.ownership.micro_village",
                        "Micro/village",
                        "Micro or village-industry units (special category above half).",
                        at!(cluster.ownership.micro_village),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.employment.direct_men",
                        "Workers (men)",
                        "Direct employment, men.",
                        at!(cluster.employment.direct_men),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.employment.direct_women",
                        "Workers (women)",
                        "Direct employment, women.",
                        at!(cluster.employment.direct_women),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.employment.indirect",
                        "Indirect jobs",
                        "",
                        at!(cluster.employment.indirect),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.artisans",
                        "Artisans",
                        "Artisans in the cluster (SFURTI counts these).",
                        at!(cluster.artisans),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.looms",
                        "Looms",
                        "Handlooms or powerlooms in the cluster (textile schemes count these).",
                        at!(cluster.looms),
                    ),
                    Field::toggle(
                        "cluster.area.ne_or_hill_state",
                        "NE/hill state",
                        "In a north-eastern or hill state (special category).",
                        at!(cluster.area.ne_or_hill_state),
                    ),
                    Field::toggle(
                        "cluster.area.island_territory",
                        "Island territory",
                        "",
                        at!(cluster.area.island_territory),
                    ),
                    Field::toggle(
                        "cluster.area.aspirational_district",
                        "Aspirational dist.",
                        "In an aspirational district.",
                        at!(cluster.area.aspirational_district),
                    ),
                    Field::toggle(
                        "cluster.area.lwe_district",
                        "LWE district",
                        "In a left-wing-extremism affected district.",
                        at!(cluster.area.lwe_district),
                    ),
                    Field::choice::<Option<BlockCategory>>(
                        "cluster.area.block_category",
                        "Block category",
                        "The State's category of the block (Haryana: A developed to D backward); PADMA's rates and minimum land go by it.",
                        at!(cluster.area.block_category),
                    ),
                    Field::line::<Option<u32>>(
                        "cluster.area.earlier_projects",
                        "Earlier projects",
                        "Projects the State has had under the scheme before this one (\"the first two projects\" rules).",
                        at!(cluster.area.earlier_projects),
                    ),
                    Field::line::<String>(
                        "cluster.name_hi",
                        "Cluster in Hindi",
                        "The cluster's name in Hindi, e.g. उज्जैन प्लास्टिक. For documents in Hindi or in both languages (render --lang hi, en+hi).",
                        at!(cluster.name_hi),
                    ),
                ],
            ),
            Part::List(ListDef {
                title: "Turnover by year",
                noun: "year",
                parent: None,
                fields: vec![
                    Field::line::<FinancialYear>(
                        "year",
                        "Year",
                        "The financial year: 2025-26.",
                        (
                            |s: &Study, at: &[usize]| {
                                s.cluster.economics.get(*at.first()?).map(|y| &y.year)
                            },
                            |s: &mut Study, at: &[usize]| {
                                s.cluster
                                    .economics
                                    .get_mut(*at.first()?)
                                    .map(|y| &mut y.year)
                            },
                        ),
                    ),
                    Field::line::<Option<Rupees>>(
                        "turnover_rs",
                        "Turnover",
                        "The cluster's turnover that year: 450 cr, 4.5 lakh, 450000.",
                        (
                            |s: &Study, at: &[usize]| {
                                s.cluster
                                    .economics
                                    .get(*at.first()?)
                                    .map(|y| &y.turnover_rs)
                            },
                            |s: &mut Study, at: &[usize]| {
                                s.cluster
                                    .economics
                                    .get_mut(*at.first()?)
                                    .map(|y| &mut y.turnover_rs)
                            },
                        ),
                    ),
                    Field::line::<Option<Rupees>>(
                        "exports_rs",
                        "Exports",
                        "Exports that year, if any.",
                        (
                            |s: &Study, at: &[usize]| {
                                s.cluster.economics.get(*at.first()?).map(|y| &y.exports_rs)
                            },
                            |s: &mut Study, at: &[usize]| {
                                s.cluster
                                    .economics
                                    .get_mut(*at.first()?)
                                    .map(|y| &mut y.exports_rs)
                            },
                        ),
                    ),
                ],
                ops: Box::new(Years),
            }),
        ],
    }
}

/// Turnover by financial year, oldest first. A year has no empty value, so a new row takes
/// the year before the oldest one, at the top: a history is filled in going back from the
/// last full financial year (the first row), whose figures are known.
struct Years;

impl ListOps for Years {
    fn len(&self, study: &Study, _: &[usize]) -> usize {
        study.cluster.economics.len()
    }
    fn label(&self, study: &Study, at: &[usize], m: &Messages) -> String {
        let Some(y) = study.cluster.economics.get(split(at).1) else {
            return String::new();
        };
        let money = |r: Option<Rupees>| r.map(|r| m.amount(r)).unwrap_or_else(|| "—".into());
        m.phrase(&crate::phrase!(
            "{year}  turnover {turnover}  exports {exports}",
            year = y.year.to_string(),
            turnover = money(y.turnover_rs),
            exports = money(y.exports_rs)
        ))
    }
    fn id(&self, _: &Study, _: &[usize]) -> Option<crate::model::Id> {
        None
    }
    fn list_path(&self, _: &Study, _: &[usize]) -> String {
        "cluster.economics".into()
    }
    fn item_path(&self, _: &Study, at: &[usize]) -> String {
        format!("cluster.economics[{}]", split(at).1)
    }
    fn add(&self, study: &mut Study, _: &[usize]) -> Option<usize> {
        let years = &mut study.cluster.economics;
        let year = match years.iter().map(|y| y.year).min() {
            Some(oldest) => FinancialYear(oldest.0 - 1),
            None => FinancialYear(FinancialYear::of_date(chrono::Local::now().date_naive()).0 - 1),
        };
        years.insert(
            0,
            YearFigures {
                year,
                turnover_rs: None,
                exports_rs: None,
            },
        );
        Some(0)
    }
    fn remove(&self, study: &mut Study, at: &[usize]) {
        let i = split(at).1;
        if i < study.cluster.economics.len() {
            study.cluster.economics.remove(i);
        }
    }
    fn swap(&self, study: &mut Study, _: &[usize], a: usize, b: usize) {
        let years = &mut study.cluster.economics;
        if a < years.len() && b < years.len() {
            years.swap(a, b);
        }
    }
}
