//! Upgrading older study formats to the current one. Each step takes the file's tree from
//! version n to n + 1, so a file of any older version climbs the same ladder; a new format
//! adds one step here and one test file under tests/.
//!
//! Format 0 is the draft shape of the design notes, which early studies were written in:
//! actions had `cost_rs` (now `cost`, which also takes cost lines) and the cluster had one
//! `area_category` word (now the `area` flags schemes read).

use serde_json::{Map, Value};

type Step = fn(&mut Value) -> Result<(), String>;

/// `STEPS[n]` upgrades version n to n + 1.
const STEPS: &[Step] = &[v0_to_v1];

/// Upgrades `tree` from `from` to the current format, in place.
pub fn upgrade(tree: &mut Value, from: u32) -> Result<(), String> {
    let start = from as usize;
    if start > STEPS.len() {
        return Err(format!("no upgrade is known from cdstudy/{from}"));
    }
    for (version, step) in STEPS.iter().enumerate().skip(start) {
        step(tree).map_err(|e| format!("cdstudy/{version} to cdstudy/{}: {e}", version + 1))?;
    }
    if let Some(map) = tree.as_object_mut() {
        map.insert(
            "format".into(),
            Value::String(crate::model::FORMAT.to_string()),
        );
    }
    Ok(())
}

fn v0_to_v1(tree: &mut Value) -> Result<(), String> {
    let root = tree
        .as_object_mut()
        .ok_or("the file is not a mapping of sections")?;
    if let Some(actions) = root
        .get_mut("action_plan")
        .and_then(|p| p.get_mut("actions"))
        .and_then(Value::as_array_mut)
    {
        for action in actions.iter_mut().filter_map(Value::as_object_mut) {
            rename_key(action, "cost_rs", "cost");
        }
    }
    if let Some(cluster) = root.get_mut("cluster").and_then(Value::as_object_mut) {
        if let Some(category) = cluster.remove("area_category") {
            let word = category.as_str().unwrap_or_default().to_lowercase();
            let flag = match word.as_str() {
                "" | "general" => None,
                "ne" | "hill" | "ne-hill" | "ne_or_hill_state" => Some("ne_or_hill_state"),
                "island" | "island_territory" => Some("island_territory"),
                "aspirational" | "aspirational_district" => Some("aspirational_district"),
                "lwe" | "lwe_district" => Some("lwe_district"),
                other => return Err(format!("unknown area_category `{other}`")),
            };
            let area = cluster
                .entry("area")
                .or_insert_with(|| Value::Object(Map::new()));
            if let (Some(flag), Some(area)) = (flag, area.as_object_mut()) {
                area.insert(flag.into(), Value::Bool(true));
            }
        }
    }
    Ok(())
}

/// Renames a key in place, keeping its position so the upgraded file reads in order.
fn rename_key(map: &mut Map<String, Value>, from: &str, to: &str) {
    if !map.contains_key(from) {
        return;
    }
    let old = std::mem::take(map);
    for (k, v) in old {
        if k == from {
            map.insert(to.to_string(), v);
        } else {
            map.insert(k, v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn v0_actions_and_area_are_upgraded() {
        let mut tree = json!({
            "format": "cdstudy/0",
            "cluster": {"name": "X", "area_category": "aspirational"},
            "action_plan": {"actions": [{"id": "a-1", "cost_rs": 450000, "title": "T"}]}
        });
        upgrade(&mut tree, 0).unwrap();
        assert_eq!(tree["format"], "cdstudy/1");
        assert_eq!(tree["cluster"]["area"]["aspirational_district"], true);
        assert!(tree["cluster"].get("area_category").is_none());
        let action = tree["action_plan"]["actions"][0].as_object().unwrap();
        assert_eq!(action["cost"], 450000);
        let keys: Vec<&String> = action.keys().collect();
        assert_eq!(keys, ["id", "cost", "title"]);
    }
}
