//! The cost of an action: either one rupee amount or lines of quantity × unit cost. One
//! field in the file (`cost:`) holds either form, so there is a single source of truth
//! for what an action costs.

use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::money::Rupees;

#[derive(Debug, Clone, PartialEq)]
pub enum Cost {
    /// `cost: 450000`
    Amount(Rupees),
    /// `cost:` followed by a list of lines.
    Lines(Vec<CostLine>),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct CostLine {
    pub item: String,
    pub quantity: Option<u32>,
    /// What one unit is (day, batch, participant ...).
    pub unit: String,
    pub unit_cost_rs: Option<Rupees>,
}

impl CostLine {
    /// quantity × unit cost; a missing quantity counts as one, a missing unit cost as zero.
    pub fn total(&self) -> Option<Rupees> {
        self.unit_cost_rs
            .unwrap_or_default()
            .times(self.quantity.unwrap_or(1) as i64)
    }
}

impl Cost {
    /// The action's cost, or `None` if the lines multiply past what a study can hold.
    pub fn total(&self) -> Option<Rupees> {
        match self {
            Cost::Amount(r) => Some(*r),
            Cost::Lines(lines) => lines
                .iter()
                .try_fold(Rupees::ZERO, |sum, line| Some(sum + line.total()?)),
        }
    }
}

impl Serialize for Cost {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Cost::Amount(r) => r.serialize(serializer),
            Cost::Lines(lines) => lines.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Cost {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CostVisitor;
        impl<'de> Visitor<'de> for CostVisitor {
            type Value = Cost;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a cost: an amount in whole rupees (450000 or \"4.5 lakh\"), \
                     or a list of lines with item, quantity, unit and unit_cost_rs",
                )
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Cost, E> {
                Rupees::deserialize(de::value::I64Deserializer::new(v)).map(Cost::Amount)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Cost, E> {
                Rupees::deserialize(de::value::U64Deserializer::new(v)).map(Cost::Amount)
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Cost, E> {
                Rupees::deserialize(de::value::I128Deserializer::new(v)).map(Cost::Amount)
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Cost, E> {
                Rupees::deserialize(de::value::U128Deserializer::new(v)).map(Cost::Amount)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Cost, E> {
                Rupees::deserialize(de::value::F64Deserializer::new(v)).map(Cost::Amount)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Cost, E> {
                v.parse::<Rupees>()
                    .map(Cost::Amount)
                    .map_err(|e| crate::phrase::refused(e.said()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Cost, A::Error> {
                Vec::<CostLine>::deserialize(de::value::SeqAccessDeserializer::new(seq))
                    .map(Cost::Lines)
            }
            fn visit_map<A: MapAccess<'de>>(self, _map: A) -> Result<Cost, A::Error> {
                Err(crate::phrase::refused(crate::phrase!(
                    "a cost is an amount or a list of lines; to give lines, start each with '- item:'"
                )))
            }
        }
        deserializer.deserialize_any(CostVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_multiply_and_add() {
        let cost = Cost::Lines(vec![
            CostLine {
                item: "Trainer fees".into(),
                quantity: Some(5),
                unit: "day".into(),
                unit_cost_rs: Some(Rupees(15_000)),
            },
            CostLine {
                item: "Hall".into(),
                quantity: None,
                unit: String::new(),
                unit_cost_rs: Some(Rupees(20_000)),
            },
        ]);
        assert_eq!(cost.total(), Some(Rupees(95_000)));
    }
}
