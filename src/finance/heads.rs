//! The cost heads of a CFC project in the order of the 2022 DPR format, read from the
//! study's `cfc.costs`: one place that knows which field is which head, so the financing
//! matrix, the depreciation and the land rule all add up the same amounts.

use serde::{Deserialize, Serialize};

use crate::model::{CfcCosts, Rupees};

/// A cost head of the CFC project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Head {
    Land,
    SiteDevelopment,
    Building,
    Machinery,
    MiscFixedAssets,
    Preliminary,
    PreOperative,
    Contingency,
    WcMargin,
}

impl Head {
    pub const ALL: [Head; 9] = [
        Head::Land,
        Head::SiteDevelopment,
        Head::Building,
        Head::Machinery,
        Head::MiscFixedAssets,
        Head::Preliminary,
        Head::PreOperative,
        Head::Contingency,
        Head::WcMargin,
    ];

    /// How DPR tables name the head.
    pub fn label(self) -> &'static str {
        match self {
            Head::Land => "Land",
            Head::SiteDevelopment => "Land / site development",
            Head::Building => "Building and civil works",
            Head::Machinery => "Plant and machinery",
            Head::MiscFixedAssets => "Misc. fixed assets",
            Head::Preliminary => "Preliminary expenses",
            Head::PreOperative => "Pre-operative expenses",
            Head::Contingency => "Contingency",
            Head::WcMargin => "Margin money for working capital",
        }
    }

    /// The word of the head in scheme files (`site-development`).
    pub fn word(self) -> &'static str {
        match self {
            Head::Land => "land",
            Head::SiteDevelopment => "site-development",
            Head::Building => "building",
            Head::Machinery => "machinery",
            Head::MiscFixedAssets => "misc-fixed-assets",
            Head::Preliminary => "preliminary",
            Head::PreOperative => "pre-operative",
            Head::Contingency => "contingency",
            Head::WcMargin => "wc-margin",
        }
    }

    /// The head in a sentence ("no GoI grant on land, pre-operative expenses, and the
    /// working-capital margin").
    pub fn in_words(self) -> &'static str {
        match self {
            Head::Land => "land",
            Head::SiteDevelopment => "site development",
            Head::Building => "building",
            Head::Machinery => "machinery",
            Head::MiscFixedAssets => "miscellaneous fixed assets",
            Head::Preliminary => "preliminary expenses",
            Head::PreOperative => "pre-operative expenses",
            Head::Contingency => "contingency",
            Head::WcMargin => "the working-capital margin",
        }
    }

    /// Where the head is in the study file.
    pub fn path(self) -> &'static str {
        match self {
            Head::Land => "cfc.costs.land_rs",
            Head::SiteDevelopment => "cfc.costs.site_development_rs",
            Head::Building => "cfc.costs.building_rs",
            Head::Machinery => "cfc.costs.machinery",
            Head::MiscFixedAssets => "cfc.costs.misc_fixed_assets_rs",
            Head::Preliminary => "cfc.costs.preliminary_rs",
            Head::PreOperative => "cfc.costs.pre_operative_rs",
            Head::Contingency => "cfc.costs.contingency_rs",
            Head::WcMargin => "cfc.costs.wc_margin_rs",
        }
    }
}

/// The amount of every head of one CFC project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CostHeads {
    amounts: Vec<(Head, Rupees)>,
}

impl CostHeads {
    /// The heads of `costs`. A machine without a cost counts as nothing here (`check`
    /// reports it as missing); negative amounts count as nothing (`check` reports them).
    pub fn of(costs: &CfcCosts) -> CostHeads {
        let pos = |v: Option<Rupees>| v.filter(|r| r.get() > 0).unwrap_or_default();
        let machinery: Rupees = costs
            .machinery
            .iter()
            .map(|m| pos(m.cost()))
            .sum::<Rupees>();
        let amounts = Head::ALL
            .iter()
            .map(|&head| {
                let amount = match head {
                    Head::Land => pos(costs.land_rs),
                    Head::SiteDevelopment => pos(costs.site_development_rs),
                    Head::Building => pos(costs.building_rs),
                    Head::Machinery => machinery,
                    Head::MiscFixedAssets => pos(costs.misc_fixed_assets_rs),
                    Head::Preliminary => pos(costs.preliminary_rs),
                    Head::PreOperative => pos(costs.pre_operative_rs),
                    Head::Contingency => pos(costs.contingency_rs),
                    Head::WcMargin => pos(costs.wc_margin_rs),
                };
                (head, amount)
            })
            .collect();
        CostHeads { amounts }
    }

    /// Heads built from amounts in head order (for tests and for callers without a study).
    pub fn from_amounts(amounts: &[(Head, Rupees)]) -> CostHeads {
        let amounts = Head::ALL
            .iter()
            .map(|&h| {
                let sum = amounts
                    .iter()
                    .filter(|(head, _)| *head == h)
                    .map(|(_, a)| *a)
                    .sum();
                (h, sum)
            })
            .collect();
        CostHeads { amounts }
    }

    pub fn get(&self, head: Head) -> Rupees {
        self.amounts
            .iter()
            .find(|(h, _)| *h == head)
            .map(|(_, a)| *a)
            .unwrap_or_default()
    }

    /// The project cost: every head together.
    pub fn total(&self) -> Rupees {
        self.amounts.iter().map(|(_, a)| *a).sum()
    }

    /// The heads in DPR order with their amounts.
    pub fn iter(&self) -> impl Iterator<Item = (Head, Rupees)> + '_ {
        self.amounts.iter().copied()
    }

    /// Land with its development, as the land rule counts it (OM of 21-09-2023).
    pub fn land_with_development(&self) -> Rupees {
        self.get(Head::Land) + self.get(Head::SiteDevelopment)
    }
}
