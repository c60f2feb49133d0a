//! Loading every scheme's rules from the templates tree and validating them beyond their
//! shape, so that a broken rules file stops the program at start with the file and the
//! key to fix, instead of giving wrong money later.

use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use super::rules::{Component, CostFrom, Fact, Payer, Scheme};
use crate::assets::Assets;
use crate::model::{slug, BlockCategory, Percent, Section, SelectionRules};
use crate::store::{self, LoadError};

/// Why the schemes could not be loaded.
#[derive(Debug, Clone)]
pub enum SchemeError {
    /// The file could not be read.
    Read { file: String, message: String },
    /// The YAML is broken or does not fit the rules' shape (with line, column and key).
    Parse(LoadError),
    /// The file parses but a rule is wrong: the file, the key and what is wrong.
    Invalid {
        file: String,
        key: String,
        message: String,
    },
}

impl fmt::Display for SchemeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemeError::Read { file, message } => write!(f, "{file}: cannot read: {message}"),
            SchemeError::Parse(e) => write!(f, "{e}"),
            SchemeError::Invalid { file, key, message } => write!(f, "{file}: {key}: {message}"),
        }
    }
}

impl std::error::Error for SchemeError {}

/// Every scheme the templates tree holds, validated, in id order.
#[derive(Debug, Clone)]
pub struct Catalog {
    schemes: Vec<Scheme>,
    /// The department's rules of cluster selection (`_shared/selection.yaml`), loaded
    /// with the schemes so that `check` scores against the same file `render` prints.
    selection: Option<SelectionRules>,
}

impl Catalog {
    /// Loads and validates `<id>/scheme.yaml` for every scheme folder of `assets`.
    pub fn load(assets: &Assets) -> Result<Catalog, SchemeError> {
        let mut schemes = Vec::new();
        for id in assets.scheme_ids() {
            let name = format!("{id}/scheme.yaml");
            let asset = assets
                .read(&name)
                .map_err(|e| SchemeError::Read {
                    file: name.clone(),
                    message: e.to_string(),
                })?
                .ok_or_else(|| SchemeError::Read {
                    file: name.clone(),
                    message: "no such file".to_string(),
                })?;
            schemes.push(parse(&id, &asset.text, &asset.origin)?);
        }
        let name = "_shared/selection.yaml";
        let selection = match assets.read(name) {
            Ok(Some(asset)) => Some(SelectionRules::parse(&asset.text).map_err(|message| {
                SchemeError::Invalid {
                    file: asset.origin.clone(),
                    key: "selection".to_string(),
                    message,
                }
            })?),
            Ok(None) => None,
            Err(e) => {
                return Err(SchemeError::Read {
                    file: name.to_string(),
                    message: e.to_string(),
                })
            }
        };
        Ok(Catalog { schemes, selection })
    }

    /// The rules of cluster selection, when the templates have them.
    pub fn selection(&self) -> Option<&SelectionRules> {
        self.selection.as_ref()
    }

    /// The schemes built into the binary, loaded once.
    pub fn builtin() -> Result<&'static Catalog, SchemeError> {
        static BUILTIN: OnceLock<Result<Catalog, SchemeError>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Catalog::load(&Assets::embedded()))
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn get(&self, id: &str) -> Option<&Scheme> {
        self.schemes.iter().find(|s| s.id == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.schemes.iter().map(|s| s.id.as_str()).collect()
    }

    /// The scheme `id` names, or a message a person can act on: which schemes exist and
    /// how one is added.
    pub fn require(&self, id: &str) -> Result<&Scheme, String> {
        self.get(id).ok_or_else(|| {
            format!(
                "`{id}` is not a scheme cdstudy knows; the schemes are: {} (a folder templates/<id>/scheme.yaml, built in or under --templates, adds one)",
                self.ids().join(", ")
            )
        })
    }

    pub fn iter(&self) -> impl Iterator<Item = &Scheme> {
        self.schemes.iter()
    }
}

/// Parses and validates one rules file; `origin` names it in errors.
pub fn parse(folder: &str, text: &str, origin: &str) -> Result<Scheme, SchemeError> {
    let scheme: Scheme = store::parse_yaml(text, Path::new(origin)).map_err(|mut e| {
        // The store's hint speaks of studies; a rules file has its own keys.
        if e.message.english.starts_with("unknown key") {
            e.hint = Some(
                crate::phrase!("a rules file has only the keys cdstudy knows: check the spelling against the keys above (templates/README.md describes them)")
                    .into(),
            );
        }
        SchemeError::Parse(e)
    })?;
    validate(folder, &scheme).map_err(|(key, message)| SchemeError::Invalid {
        file: match line_of(text, &key) {
            Some(line) => format!("{origin}:{line}"),
            None => origin.to_string(),
        },
        key,
        message,
    })?;
    Ok(scheme)
}

/// The line (from 1) where a key of a rules file is written, found by walking the key's
/// parts down the file: `components[cfc].brackets[0].goi_pct.e` is the first `e:` after
/// the first `goi_pct:` after ... `id: cfc` after `components:`. `None` when a part is not
/// found as written (a key given by a shorthand).
fn line_of(text: &str, key: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut at = 0;
    let find = |from: usize, needle: &str| -> Option<usize> {
        (from..lines.len()).find(|&i| {
            let l = lines[i].trim_start().trim_start_matches("- ");
            l.starts_with(needle)
        })
    };
    for part in key.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((n, rest)) => (n, Some(rest.trim_end_matches(']'))),
            None => (part, None),
        };
        // A key of an inline map (`goi_pct: {general: 70, e: 80}`) is on the line found.
        let inline = lines.get(at).is_some_and(|l| {
            l.contains(&format!("{{{name}:")) || l.contains(&format!(", {name}:"))
        });
        if !inline {
            at = find(at, &format!("{name}:"))?;
        }
        if let Some(idx) = index.filter(|i| i.parse::<usize>().is_err()) {
            at = find(at, &format!("id: {idx}"))?;
        }
    }
    Some(at + 1)
}

/// Whether a rate's category is one of the scheme's: `general` or a category rule's id.
fn category_ok(s: &Scheme, id: &str, key: String) -> Result<(), Invalid> {
    let ids = s.category_ids();
    if ids.iter().any(|k| k == id) {
        return Ok(());
    }
    Err(bad(
        key,
        format!(
            "`{id}` is not a category of this scheme; its categories are: {} (a category is added under categories: with its conditions)",
            ids.join(", ")
        ),
    ))
}

/// The scheme's category rules: ids well formed and unique, conditions complete.
fn categories_ok(s: &Scheme) -> Result<(), Invalid> {
    if s.special_category.is_some() && !s.categories.is_empty() {
        return Err(bad(
            "categories",
            "give special_category or categories, not both (special_category is a list of one category, `special`)",
        ));
    }
    let mut seen: Vec<&str> = Vec::new();
    for (i, r) in s.categories.iter().enumerate() {
        let key = format!("categories[{i}]");
        if r.id.trim().is_empty() || slug(&r.id) != r.id || r.id == super::rules::GENERAL {
            return Err(bad(
                format!("{key}.id"),
                "a category id is lowercase words joined by dashes (special, b, first-two), and not `general`, the category of every other cluster",
            ));
        }
        if seen.contains(&r.id.as_str()) {
            return Err(bad(format!("{key}.id"), "this category id is used twice"));
        }
        seen.push(r.id.as_str());
    }
    let rules = s.category_rules();
    for (i, r) in rules.iter().enumerate() {
        let key = if s.categories.is_empty() {
            "special_category".to_string()
        } else {
            format!("categories[{i}]")
        };
        let all = r
            .when_all
            .iter()
            .enumerate()
            .map(|(j, c)| ("when_all", j, c));
        for (list, j, c) in r
            .when_any
            .iter()
            .enumerate()
            .map(|(j, c)| ("when_any", j, c))
            .chain(all)
        {
            let ckey = format!("{key}.{list}[{j}]");
            match c.fact {
                Fact::BlockCategory => {
                    if c.any_of.is_empty() {
                        return Err(bad(
                            format!("{ckey}.any_of"),
                            "block-category needs the block categories that meet it (any_of: [c, d])",
                        ));
                    }
                    for w in &c.any_of {
                        if BlockCategory::from_word(w).is_none() {
                            return Err(bad(
                                format!("{ckey}.any_of"),
                                format!("`{w}` is not a block category (a, b, c, d)"),
                            ));
                        }
                    }
                }
                Fact::EarlierProjects => {
                    if c.fewer_than.is_none_or(|n| n == 0) {
                        return Err(bad(
                            format!("{ckey}.fewer_than"),
                            "earlier-projects needs fewer_than, more than zero (2: the first two projects)",
                        ));
                    }
                }
                _ => {
                    if !c.any_of.is_empty() || c.fewer_than.is_some() {
                        return Err(bad(
                            ckey,
                            "any_of and fewer_than belong to block-category and earlier-projects",
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

type Invalid = (String, String);

/// A component's named parties: ids well formed, unique and not a column's; rates by the
/// scheme's categories; and `rest_to` a column or one of them.
fn parties_ok(s: &Scheme, c: &Component, key: &str) -> Result<(), Invalid> {
    for (i, p) in c.parties.iter().enumerate() {
        let pkey = format!("{key}.parties[{i}]");
        if slug(&p.id) != p.id || Payer::of_id(&p.id).is_some() {
            return Err(bad(
                format!("{pkey}.id"),
                "a party id is lowercase words joined by dashes (implementing-agency, private-investor), and not beneficiary, state or other, the columns' own payers",
            ));
        }
        if c.parties[..i].iter().any(|q| q.id == p.id) {
            return Err(bad(format!("{pkey}.id"), "this party id is used twice"));
        }
        if p.name.trim().is_empty() {
            return Err(bad(format!("{pkey}.name"), "is empty"));
        }
        for (id, pct) in p.pct.iter().flat_map(|by| by.iter()) {
            category_ok(s, id, format!("{pkey}.pct.{id}"))?;
            percent_ok(pct, format!("{pkey}.pct.{id}"))?;
        }
        if p.cap_rs.is_some_and(|cap| cap.get() <= 0) {
            return Err(bad(format!("{pkey}.cap_rs"), "must be more than zero"));
        }
        if p.cap_rs.is_some() && p.pct.is_none() {
            return Err(bad(
                format!("{pkey}.cap_rs"),
                "a cap limits a share by rate (pct); a party that only meets the rest has none",
            ));
        }
    }
    let rest = &c.rest_to.0;
    if Payer::of_id(rest).is_none() && c.rest_party().is_none() {
        let mut ids = vec!["beneficiary", "state", "other"];
        ids.extend(c.parties.iter().map(|p| p.id.as_str()));
        return Err(bad(
            format!("{key}.rest_to"),
            format!(
                "`{rest}` is not a payer of this component; it may be: {}",
                ids.join(", ")
            ),
        ));
    }
    if let Some(p) = c.rest_party() {
        if p.pct.is_some() {
            return Err(bad(
                format!("{key}.rest_to"),
                format!(
                    "`{}` has a rate (pct); the payer of the rest has none",
                    p.id
                ),
            ));
        }
    }
    Ok(())
}

fn bad(key: impl Into<String>, message: impl Into<String>) -> Invalid {
    (key.into(), message.into())
}

fn percent_ok(p: Percent, key: String) -> Result<(), Invalid> {
    if p < Percent::ZERO || p > Percent::HUNDRED {
        return Err(bad(key, format!("{p} is not a share between 0% and 100%")));
    }
    Ok(())
}

fn validate(folder: &str, s: &Scheme) -> Result<(), Invalid> {
    if s.id != folder {
        return Err(bad(
            "id",
            format!(
                "the id `{}` differs from its folder `{folder}`; a scheme's id is its folder's name",
                s.id
            ),
        ));
    }
    if slug(&s.id) != s.id {
        return Err(bad(
            "id",
            "a scheme id is lowercase words joined by dashes, like mse-cdp",
        ));
    }
    let base = s.id.split("-20").next().unwrap_or(&s.id);
    let (rev_scheme, rev_date) = s.revision.split_once('@').unwrap_or(("", ""));
    if rev_scheme.is_empty() || rev_date.is_empty() || !s.id.starts_with(rev_scheme) {
        return Err(bad(
            "revision",
            format!(
                "`{}` does not name the revision as `{base}@DATE` (the guideline's date)",
                s.revision
            ),
        ));
    }
    for (key, value) in [
        ("name", &s.name),
        ("title", &s.title),
        ("guideline", &s.guideline),
    ] {
        if value.trim().is_empty() {
            return Err(bad(key, "is empty"));
        }
    }
    if s.sources.is_empty() {
        return Err(bad(
            "sources",
            "no sources: every rules file names where its rules come from",
        ));
    }
    if s.components.is_empty() && !s.open_components {
        return Err(bad(
            "components",
            "no components: list the scheme's components, or set open_components: true for a scheme without funding rules",
        ));
    }
    categories_ok(s)?;
    if let Some(land) = &s.eligibility.land {
        for id in land.min_acres_by_category.keys() {
            category_ok(
                s,
                id,
                format!("eligibility.land.min_acres_by_category.{id}"),
            )?;
        }
    }
    let mut seen = Vec::new();
    for (i, c) in s.components.iter().enumerate() {
        let key = format!("components[{i}]");
        if c.id.trim().is_empty() || slug(&c.id) != c.id {
            return Err(bad(
                format!("{key}.id"),
                "a component id is lowercase words joined by dashes, like cfc or id-new",
            ));
        }
        let key = format!("components[{}]", c.id);
        if seen.contains(&c.id.as_str()) {
            return Err(bad(key, "this component id is used twice"));
        }
        seen.push(c.id.as_str());
        if c.basis.applies()
            && c.no_grant.trim().is_empty()
            && c.not_computed.trim().is_empty()
            && c.brackets.is_empty()
            && c.per_unit.is_none()
        {
            return Err(bad(
                format!("{key}.brackets"),
                "no brackets: give the GoI share (a bracket without up_to_rs for a flat rate), or no_grant with the reason",
            ));
        }
        let mut previous = c.from_rs;
        for (j, b) in c.brackets.iter().enumerate() {
            let bkey = format!("{key}.brackets[{j}]");
            match (b.up_to_rs, j + 1 == c.brackets.len()) {
                (None, false) => {
                    return Err(bad(
                        format!("{bkey}.up_to_rs"),
                        "only the last bracket may be open-ended",
                    ))
                }
                (Some(top), _) => {
                    if let Some(prev) = previous {
                        if top <= prev {
                            return Err(bad(
                                format!("{bkey}.up_to_rs"),
                                format!(
                                    "brackets must rise: {} is not above {}",
                                    top.human(),
                                    prev.human()
                                ),
                            ));
                        }
                    }
                    previous = Some(top);
                }
                (None, true) => {}
            }
            // A bracket gives the general share unless its rate is unconfirmed as a
            // whole (a table not found: every category is then flagged, none assumed).
            if b.goi_pct.general().is_none() && b.basis.applies() {
                return Err(bad(
                    format!("{bkey}.goi_pct.general"),
                    "the general-category GoI share is missing (mark the bracket basis: unconfirmed when the rate is not known)",
                ));
            }
            for (id, p) in b.goi_pct.iter() {
                category_ok(s, id, format!("{bkey}.goi_pct.{id}"))?;
                percent_ok(p, format!("{bkey}.goi_pct.{id}"))?;
            }
            if let Some(state) = &b.state_pct {
                for (id, p) in state.iter() {
                    category_ok(s, id, format!("{bkey}.state_pct.{id}"))?;
                    percent_ok(p, format!("{bkey}.state_pct.{id}"))?;
                }
            }
        }
        if !c.grant_not_on.is_empty() && c.cost_from != CostFrom::CfcProject {
            return Err(bad(
                format!("{key}.grant_not_on"),
                "cost heads exist only for a component funded from the CFC project (cost_from: cfc-project)",
            ));
        }
        if let Some(cap) = &c.share_cap {
            if cap.of == c.id || !s.components.iter().any(|o| o.id == cap.of) {
                return Err(bad(
                    format!("{key}.share_cap.of"),
                    format!("`{}` is not another component of this scheme", cap.of),
                ));
            }
            percent_ok(cap.pct, format!("{key}.share_cap.pct"))?;
        }
        if let Some(pu) = &c.per_unit {
            if pu.rate_rs.get() <= 0 || pu.unit.trim().is_empty() || pu.max_units == Some(0) {
                return Err(bad(
                    format!("{key}.per_unit"),
                    "rate_rs must be more than zero, unit named (artisan, year ...), max_units more than zero",
                ));
            }
            if !c.brackets.is_empty() {
                return Err(bad(
                    format!("{key}.per_unit"),
                    "a component is funded per unit or by brackets of its cost, not both",
                ));
            }
        }
        if let Some(pa) = &c.per_action {
            if pa.max_actions == 0 || pa.ceiling_rs.get() <= 0 {
                return Err(bad(
                    format!("{key}.per_action"),
                    "max_actions and ceiling_rs must be more than zero",
                ));
            }
        }
        parties_ok(s, c, &key)?;
    }
    if s.components
        .iter()
        .filter(|c| c.cost_from == CostFrom::CfcProject)
        .count()
        > 1
    {
        return Err(bad(
            "components",
            "only one component can be funded from the CFC project (cost_from: cfc-project)",
        ));
    }
    if let Some(caps) = &s.cluster_caps {
        if caps.tiers.is_empty() {
            return Err(bad("cluster_caps.tiers", "no tiers"));
        }
        let mut previous = None;
        for (i, t) in caps.tiers.iter().enumerate() {
            let last = i + 1 == caps.tiers.len();
            match (t.max_artisans, last) {
                (None, false) => {
                    return Err(bad(
                        format!("cluster_caps.tiers[{i}].max_artisans"),
                        "only the last tier may be open-ended",
                    ))
                }
                (Some(m), _) if previous.is_some_and(|p| m <= p) => {
                    return Err(bad(
                        format!("cluster_caps.tiers[{i}].max_artisans"),
                        "tiers must rise",
                    ))
                }
                (m, _) => previous = m.or(previous),
            }
        }
        for id in &caps.reduce_from {
            if s.component(id).is_none() {
                return Err(bad(
                    "cluster_caps.reduce_from",
                    format!("`{id}` is not a component of this scheme"),
                ));
            }
        }
    }
    if let Some(cap) = &s.project_cap {
        for id in &cap.reduce_from {
            if s.component(id).is_none() {
                return Err(bad(
                    "project_cap.reduce_from",
                    format!("`{id}` is not a component of this scheme"),
                ));
            }
        }
    }
    if let Some(spv) = &s.spv {
        percent_ok(spv.min_contribution_pct, "spv.min_contribution_pct".into())?;
        percent_ok(
            spv.max_member_equity_pct,
            "spv.max_member_equity_pct".into(),
        )?;
        if spv.min_members_special_case > spv.min_members {
            return Err(bad(
                "spv.min_members_special_case",
                "the special-case minimum is above the usual minimum",
            ));
        }
    }
    if let Some(land) = &s.land {
        percent_ok(land.max_pct, "land.max_pct".into())?;
    }
    let el = &s.eligibility;
    if let Some(t) = &el.sectors {
        if t.any_of.iter().all(|w| w.trim().is_empty()) {
            return Err(bad(
                "eligibility.sectors.any_of",
                "names no sector: list the sector words the scheme is for (pharma, handloom ...)",
            ));
        }
    }
    if el.spv_forms.as_ref().is_some_and(|t| t.any_of.is_empty()) {
        return Err(bad("eligibility.spv_forms.any_of", "names no legal form"));
    }
    for (i, t) in el.counts.iter().enumerate() {
        let key = format!("eligibility.counts[{i}]");
        match (t.min, t.max) {
            (None, None) => return Err(bad(key, "gives neither min nor max")),
            (Some(lo), Some(hi)) if lo > hi => {
                return Err(bad(key, format!("min {lo} is above max {hi}")))
            }
            _ => {}
        }
    }
    for (key, list) in [
        ("required_sections", &s.required_sections),
        ("dpr_required_sections", &s.dpr_required_sections),
    ] {
        for word in list {
            if Section::from_word(word).is_none() {
                let known: Vec<&str> = Section::ALL.iter().map(|s| s.word()).collect();
                return Err(bad(
                    key,
                    format!(
                        "`{word}` is not a section of a study; the sections are: {}",
                        known.join(", ")
                    ),
                ));
            }
        }
    }
    if let Some(v) = &s.viability {
        if !(1..=30).contains(&v.years) {
            return Err(bad("viability.years", "between 1 and 30 years"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_schemes_load() {
        let catalog = Catalog::builtin().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            catalog.ids(),
            vec![
                "ayush-cluster",
                "dsy",
                "generic",
                "handicrafts-cluster",
                "handloom-cluster",
                "handloom-mega",
                "haryana-mini-cluster",
                "iius",
                "lean",
                "mega-food-park",
                "mega-leather",
                "mini-tool-room",
                "mse-cdp",
                "mse-cdp-2019",
                "padma-block",
                "padma-infra",
                "pharma-cdp",
                "plastic-park",
                "powerloom-cluster",
                "sfurti",
                "sitp"
            ]
        );
        let mse = catalog.get("mse-cdp").unwrap();
        assert_eq!(mse.revision, "mse-cdp@2022-05-24");
        assert_eq!(mse.cfc_component().map(|c| c.id.as_str()), Some("cfc"));
    }

    fn builtin_text(id: &str) -> String {
        Assets::embedded()
            .read(&format!("{id}/scheme.yaml"))
            .unwrap()
            .unwrap()
            .text
    }

    #[test]
    fn an_unknown_key_names_file_line_and_key() {
        let text = builtin_text("mse-cdp").replace("grant_not_on_basis:", "grant_not_onbasis:");
        let err = parse("mse-cdp", &text, "templates/mse-cdp/scheme.yaml").unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.starts_with("templates/mse-cdp/scheme.yaml:"),
            "{shown}"
        );
        assert!(shown.contains("grant_not_onbasis"), "{shown}");
        let SchemeError::Parse(e) = err else {
            panic!("expected a parse error")
        };
        assert!(e.line.is_some());
        assert!(
            e.hint
                .as_ref()
                .is_some_and(|h| h.english.contains("rules file")),
            "{shown}"
        );
    }

    /// An error's words without the line number after the file name.
    fn without_line(shown: &str) -> String {
        let (file, rest) = shown.split_once(": ").unwrap();
        let file = match file.rsplit_once(':') {
            Some((f, n)) if n.chars().all(|c| c.is_ascii_digit()) => f,
            _ => file,
        };
        format!("{file}: {rest}")
    }

    #[test]
    fn an_unknown_category_names_file_line_and_key() {
        let text = builtin_text("mse-cdp");
        let line = text
            .lines()
            .position(|l| l.contains("goi_pct: {general: 70, special: 80}"))
            .unwrap()
            + 1;
        let text = text.replacen(
            "goi_pct: {general: 70, special: 80}",
            "goi_pct: {general: 70, speical: 80}",
            1,
        );
        let err = parse("mse-cdp", &text, "t/mse-cdp/scheme.yaml").unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.starts_with(&format!("t/mse-cdp/scheme.yaml:{line}: ")),
            "{shown}"
        );
        assert!(
            shown.ends_with("goi_pct.speical: `speical` is not a category of this scheme; its categories are: general, special (a category is added under categories: with its conditions)"),
            "{shown}"
        );
        // A land minimum by a category the scheme does not have.
        let text = builtin_text("padma-infra").replace("{b: 25, c: 25, d: 15}", "{b: 25, e: 15}");
        let err = parse("padma-infra", &text, "p/scheme.yaml").unwrap_err();
        assert!(
            err.to_string()
                .contains("min_acres_by_category.e: `e` is not a category of this scheme; its categories are: general, b, c, d"),
            "{err}"
        );
        // A block category that does not exist.
        let text = builtin_text("padma-infra").replace("any_of: [d]", "any_of: [e]");
        let err = parse("padma-infra", &text, "p/scheme.yaml").unwrap_err();
        assert!(
            err.to_string().contains("`e` is not a block category"),
            "{err}"
        );
    }

    #[test]
    fn a_wrong_rule_names_file_and_key() {
        let text = builtin_text("mse-cdp").replace("up_to_rs: 30 crore", "up_to_rs: 8 crore");
        let err = parse("mse-cdp", &text, "my/mse-cdp/scheme.yaml").unwrap_err();
        assert_eq!(
            without_line(&err.to_string()),
            "my/mse-cdp/scheme.yaml: components[cfc].brackets[1].up_to_rs: brackets must rise: Rs. 8.00 crore is not above Rs. 10.00 crore"
        );
        let text = builtin_text("sfurti").replace("of: hard", "of: hardware");
        let err = parse("sfurti", &text, "sfurti/scheme.yaml").unwrap_err();
        assert_eq!(
            without_line(&err.to_string()),
            "sfurti/scheme.yaml: components[soft].share_cap.of: `hardware` is not another component of this scheme"
        );
        let text = builtin_text("generic");
        let err = parse("generic-state", &text, "generic-state/scheme.yaml").unwrap_err();
        assert!(err.to_string().contains("differs from its folder"));
    }

    #[test]
    fn an_override_folder_adds_a_scheme() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("state-mini")).unwrap();
        let text = builtin_text("generic")
            .replace("id: generic", "id: state-mini")
            .replace("revision: generic@2006", "revision: state-mini@2021-06-08");
        std::fs::write(dir.path().join("state-mini/scheme.yaml"), text).unwrap();
        let catalog = Catalog::load(&Assets::with_override(dir.path())).unwrap();
        assert!(catalog.get("state-mini").is_some());
        assert!(catalog.get("mse-cdp").is_some());
    }
}
