//! Stable item ids (`b-7`, `vc-2`): what references, review notes, the semantic diff and
//! merges hold on to. An id is given once and never reused: a new one is one more than the
//! highest of its prefix ever issued (the study remembers the highest in `last_ids`, so
//! deleting `b-9` does not let a later bottleneck become `b-9` again).

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A short stable id: a lowercase prefix, a dash and a number without leading zeros.
/// The empty id (the default) stands for "no id yet", which `check` reports, so that a
/// hand-added item without one still loads.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(String);

/// The id prefix of each kind of item. One table, so that no two kinds share a prefix.
pub mod prefix {
    pub const VISIT: &str = "v";
    pub const INTERVIEW: &str = "iv";
    pub const STAKEHOLDER: &str = "st";
    pub const STAGE: &str = "vc";
    pub const STRENGTH: &str = "s";
    pub const WEAKNESS: &str = "w";
    pub const OPPORTUNITY: &str = "o";
    pub const THREAT: &str = "th";
    pub const BOTTLENECK: &str = "b";
    pub const THEME: &str = "t";
    pub const ACTION: &str = "a";
    pub const INDICATOR: &str = "k";
    pub const MEMBER: &str = "m";
    pub const REVIEW: &str = "r";
}

impl Id {
    pub fn new(prefix: &str, number: u32) -> Id {
        Id(format!("{prefix}-{number}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn prefix(&self) -> &str {
        self.0.split_once('-').map(|(p, _)| p).unwrap_or("")
    }

    pub fn number(&self) -> u32 {
        self.0
            .split_once('-')
            .and_then(|(_, n)| n.parse().ok())
            .unwrap_or(0)
    }

    fn validate(s: &str) -> Result<(), String> {
        let bad = || {
            crate::phrase!(
                "'{s}' is not an id: ids look like b-3 (a short lowercase prefix, a dash, a number)",
                s
            )
            .english()
        };
        let (p, n) = s.split_once('-').ok_or_else(bad)?;
        let prefix_ok = !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_lowercase());
        let number_ok = !n.is_empty()
            && n.len() <= 9
            && n.bytes().all(|b| b.is_ascii_digit())
            && !n.starts_with('0');
        if prefix_ok && number_ok {
            Ok(())
        } else {
            Err(bad())
        }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Id {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Id::validate(s)?;
        Ok(Id(s.to_string()))
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        if s.is_empty() {
            return Ok(Id::default());
        }
        if Id::validate(&s).is_ok() {
            return Ok(Id(s));
        }
        Err(crate::phrase::refused(crate::phrase!(
            "'{s}' is not an id: ids look like b-3 (a short lowercase prefix, a dash, a number)",
            s
        )))
    }
}

/// The highest id number ever issued per prefix. Kept in the study file so that ids are
/// never reused after a deletion, even across sessions and machines.
pub type IssuedIds = BTreeMap<String, u32>;

/// Gives the next id for `prefix`: one more than the highest number in use or ever issued,
/// and records it as issued.
pub fn issue_id<'a>(
    issued: &mut IssuedIds,
    prefix: &str,
    in_use: impl IntoIterator<Item = &'a Id>,
) -> Id {
    let highest_in_use = in_use
        .into_iter()
        .filter(|id| id.prefix() == prefix)
        .map(Id::number)
        .max()
        .unwrap_or(0);
    let highest_issued = issued.get(prefix).copied().unwrap_or(0);
    let next = highest_in_use.max(highest_issued).saturating_add(1);
    issued.insert(prefix.to_string(), next);
    Id::new(prefix, next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_and_split() {
        let id: Id = "vc-12".parse().unwrap();
        assert_eq!(id.prefix(), "vc");
        assert_eq!(id.number(), 12);
        for bad in [
            "",
            "b",
            "b-",
            "-3",
            "B-3",
            "b-03",
            "b-3a",
            "b 3",
            "bottleneckss-1",
        ] {
            assert!(bad.parse::<Id>().is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn issued_ids_are_never_reused() {
        let mut issued = IssuedIds::new();
        let existing: Vec<Id> = vec!["b-1".parse().unwrap(), "b-4".parse().unwrap()];
        assert_eq!(issue_id(&mut issued, "b", &existing).as_str(), "b-5");
        // b-5 was deleted before it was saved anywhere: still not given again.
        assert_eq!(issue_id(&mut issued, "b", &existing).as_str(), "b-6");
        assert_eq!(issue_id(&mut issued, "t", &existing).as_str(), "t-1");
    }
}
