//! The rules `check` applies, section by section in study order, and how complete each
//! section is. Messages speak to the CDA: what is wrong or missing, and what to do.

use std::collections::{BTreeMap, BTreeSet};

use super::{Finding, Progress, Severity};
use crate::model::{
    ActionKind, Cost, Id, ItemKind, Percent, Rupees, Section, Status, Study, SwotItem,
};
use crate::phrase::{word, PhraseArg, Said};

/// Flagship themes are the few critical issues a project attacks, not everything.
const MAX_THEMES: usize = 5;
/// Ten years: no cluster plan runs longer; a duration or start past it is a mistyped unit.
const MAX_PLAN_MONTHS: u32 = 120;

struct Rules<'a> {
    study: &'a Study,
    out: Vec<Finding>,
    /// Missing things are warnings in a draft and errors in a study marked submitted.
    missing: Severity,
}

pub(super) fn all(study: &Study) -> Vec<Finding> {
    let missing = match study.meta.status {
        Status::Draft | Status::InReview => Severity::Warning,
        Status::Submitted | Status::Approved => Severity::Error,
    };
    let mut r = Rules {
        study,
        out: Vec::new(),
        missing,
    };
    r.ids();
    r.references();
    r.meta();
    r.cluster();
    r.field_work();
    r.stakeholders();
    r.value_chain();
    r.swot();
    r.bottlenecks();
    r.themes();
    r.action_plan();
    r.indicators();
    r.spv();
    r.cfc();
    r.printed();
    r.review();
    r.out
        .extend(super::progress::findings(study, super::today()));
    r.out.extend(super::schedule::findings(study));
    r.out
}

impl Rules<'_> {
    fn push(&mut self, severity: Severity, code: &'static str, path: String, said: Said) {
        let section = Section::of_path(&path).unwrap_or(Section::Meta);
        self.out
            .push(Finding::new(severity, code, section, path, said));
    }

    fn error(&mut self, code: &'static str, path: impl Into<String>, said: impl Into<Said>) {
        self.push(Severity::Error, code, path.into(), said.into());
    }

    fn warn(&mut self, code: &'static str, path: impl Into<String>, said: impl Into<Said>) {
        self.push(Severity::Warning, code, path.into(), said.into());
    }

    fn missing(&mut self, path: impl Into<String>, said: impl Into<Said>) {
        self.push(self.missing, "missing", path.into(), said.into());
    }

    fn missing_text(&mut self, value: &str, path: String, said: impl Into<Said>) {
        if value.trim().is_empty() {
            self.missing(path, said);
        }
    }

    fn money_not_negative(&mut self, value: Option<Rupees>, path: String, what: &str) {
        if let Some(v) = value.filter(|v| v.get() < 0) {
            self.error(
                "impossible-number",
                path,
                crate::phrase!(
                    "{what} is negative (Rs. {v}); amounts are whole rupees, 0 or more",
                    what = word(what),
                    v = PhraseArg::Figure(v.grouped()),
                ),
            );
        }
    }

    fn rate_not_negative(&mut self, value: Option<crate::model::Rate>, path: String, what: &str) {
        if let Some(v) = value.filter(|v| v.paise() < 0) {
            self.error(
                "impossible-number",
                path,
                crate::phrase!(
                    "{what} is negative (Rs. {v}); a rate is 0 or more",
                    what = word(what),
                    v = PhraseArg::Figure(rupees_figure(&v.inr())),
                ),
            );
        }
    }

    fn share_in_range(&mut self, value: Option<Percent>, path: String, what: &str) {
        if let Some(p) = value.filter(|&p| outside_a_share(p)) {
            self.error(
                "impossible-number",
                path,
                crate::phrase!(
                    "{what} is {p}; a share lies between 0% and 100%",
                    what = word(what),
                    p = PhraseArg::Figure(p.to_string()),
                ),
            );
        }
    }

    /// Every item has an id of its kind, and no id is used twice in the study.
    fn ids(&mut self) {
        let items = self.study.items();
        let mut seen: BTreeMap<&Id, String> = BTreeMap::new();
        for item in &items {
            let path = item.path();
            if item.id.is_empty() {
                self.error(
                    "bad-id",
                    path.clone(),
                    crate::phrase!(
                        "this {noun} has no id; give it the next free {prefix}- id",
                        noun = word(item.kind.noun()),
                        prefix = item.kind.prefix(),
                    ),
                );
                continue;
            }
            if item.id.prefix() != item.kind.prefix() {
                self.error(
                    "bad-id",
                    path.clone(),
                    crate::phrase!(
                        "`{id}` is not a {noun} id: {noun} ids start with {prefix}-",
                        id = item.id.to_string(),
                        noun = word(item.kind.noun()),
                        prefix = item.kind.prefix(),
                    ),
                );
            }
            // By position: both items have the same id, so an id path would name either.
            let at = format!("{}[{}]", item.kind.list_path(), item.index);
            if let Some(first) = seen.get(&item.id) {
                self.error(
                    "duplicate-id",
                    at,
                    crate::phrase!(
                        "id {id} is used twice: {first} has it too; give this {noun} a new id",
                        id = item.id.to_string(),
                        first,
                        noun = word(item.kind.noun()),
                    ),
                );
            } else {
                seen.insert(&item.id, format!("{at} '{}'", short(&item.label)));
            }
        }
    }

    /// Every reference points at an item that exists and is of the kind the field expects.
    fn references(&mut self) {
        let items = self.study.items();
        let kind_of: BTreeMap<&Id, ItemKind> = items.iter().map(|i| (&i.id, i.kind)).collect();
        // (the list field without its position, target): a target listed twice in one field.
        let mut seen_in_field: BTreeSet<(String, Id)> = BTreeSet::new();
        for r in self.study.references() {
            // A reference not chosen yet (a link just added) is missing, not dangling.
            if r.target.is_empty() {
                let what = r.expects.map_or("item", ItemKind::noun);
                self.missing(
                    r.path.clone(),
                    crate::phrase!("no {what} chosen yet: pick one", what = word(what)),
                );
                continue;
            }
            match (kind_of.get(&r.target), r.expects) {
                (None, Some(expects)) => self.error(
                    "dangling-reference",
                    r.path.clone(),
                    crate::phrase!(
                        "refers to {target}, which does not exist; pick an existing {noun}",
                        target = r.target.to_string(),
                        noun = word(expects.noun()),
                    ),
                ),
                (None, None) => self.error(
                    "dangling-reference",
                    r.path.clone(),
                    crate::phrase!(
                        "is about {target}, which does not exist",
                        target = r.target.to_string(),
                    ),
                ),
                (Some(&actual), Some(expects)) if actual != expects => self.error(
                    "wrong-reference",
                    r.path.clone(),
                    crate::phrase!(
                        "refers to {target}, a {actual}; it must be a {expects}",
                        target = r.target.to_string(),
                        actual = word(actual.noun()),
                        expects = word(expects.noun()),
                    ),
                ),
                _ => {}
            }
            let field = r
                .path
                .strip_suffix(']')
                .and_then(|p| p.rsplit_once('['))
                .map_or(r.path.as_str(), |(f, _)| f);
            if !seen_in_field.insert((field.to_string(), r.target.clone())) {
                self.warn(
                    "duplicate-reference",
                    r.path.clone(),
                    crate::phrase!("lists {target} twice", target = r.target.to_string()),
                );
            }
        }
        for (i, link) in self.study.value_chain.links.iter().enumerate() {
            if link.from == link.to && !link.from.is_empty() {
                self.warn(
                    "inconsistent",
                    format!("value_chain.links[{i}]"),
                    crate::phrase!(
                        "links stage {stage} to itself",
                        stage = link.from.to_string()
                    ),
                );
            }
        }
    }

    fn meta(&mut self) {
        let m = &self.study.meta;
        self.missing_text(&m.title, "meta.title".into(), "the study has no title");
        self.missing_text(
            &m.scheme,
            "meta.scheme".into(),
            "no scheme chosen: say which scheme the study is prepared for (mse-cdp, sfurti, generic ...)",
        );
        self.missing_text(
            &m.prepared_by.name,
            "meta.prepared_by.name".into(),
            "who prepared the study is not filled in",
        );
        if m.period.from.is_none() {
            self.missing(
                "meta.period.from",
                "the start of the study period is not filled in",
            );
        }
        // Every document's cover prints these three.
        self.missing_text(
            &m.submitted_to,
            "meta.submitted_to".into(),
            "whom the report is submitted to is not filled in (the cover names it)",
        );
        self.missing_text(
            &m.place,
            "meta.place".into(),
            "the place of the report is not filled in (the cover and the declaration give it)",
        );
        if !m.language.trim().is_empty() && crate::i18n::DocLang::of(&m.language).is_none() {
            self.warn(
                "unknown-language",
                "meta.language",
                crate::phrase!(
                    "cdstudy writes documents in en, hi or en+hi, not {language}: the documents of this study are in English",
                    language = format!("{:?}", m.language.trim()),
                ),
            );
        }
        if m.date.is_none() {
            self.missing(
                "meta.date",
                "the date of the report is not filled in (the cover and the declaration give it)",
            );
        }
        if let (Some(from), Some(to)) = (m.period.from, m.period.to) {
            if from > to {
                self.error(
                    "impossible-number",
                    "meta.period",
                    crate::phrase!(
                        "the study period ends ({to}) before it starts ({from})",
                        to = to.to_string(),
                        from = from.to_string(),
                    ),
                );
            }
        }
    }

    fn cluster(&mut self) {
        let c = &self.study.cluster;
        self.missing_text(&c.name, "cluster.name".into(), "the cluster has no name");
        self.missing_text(
            &c.state,
            "cluster.state".into(),
            "the state is not filled in",
        );
        self.missing_text(
            &c.district,
            "cluster.district".into(),
            "the district is not filled in",
        );
        if c.products.iter().all(|p| p.trim().is_empty()) {
            self.missing(
                "cluster.products",
                "no products listed: what does the cluster make?",
            );
        }
        self.missing_text(
            &c.history,
            "cluster.history".into(),
            "the cluster's history is not written: how and when it grew, and past interventions",
        );
        self.missing_text(
            &c.processes,
            "cluster.processes".into(),
            "products and production processes are not described",
        );
        self.missing_text(
            &c.scenario,
            "cluster.scenario".into(),
            "the national and international scenario of the industry is not written",
        );
        let total = c.total_units();
        if total.is_none() {
            self.missing(
                "cluster.enterprises",
                "the number of units by size (micro, small, medium) is not entered",
            );
        }
        if c.employment.direct().is_none() && c.employment.indirect.is_none() {
            self.missing(
                "cluster.employment",
                "employment (direct men and women, indirect) is not entered",
            );
        }
        if let Some(total) = total {
            let o = &c.ownership;
            for (field, label, value) in [
                ("women_owned", "women-owned units", o.women_owned),
                ("sc_owned", "SC-owned units", o.sc_owned),
                ("st_owned", "ST-owned units", o.st_owned),
                ("minority_owned", "minority-owned units", o.minority_owned),
                ("micro_village", "micro or village units", o.micro_village),
            ] {
                if let Some(v) = value.filter(|&v| v > total) {
                    self.error(
                        "impossible-number",
                        format!("cluster.ownership.{field}"),
                        crate::phrase!(
                            "{label} ({v}) are more than all units in the cluster ({total})",
                            label = word(label),
                            v,
                            total,
                        ),
                    );
                }
            }
            let owned_by_groups = [o.sc_owned, o.st_owned]
                .iter()
                .map(|v| v.unwrap_or(0))
                .sum::<u32>();
            if owned_by_groups > total {
                self.error(
                    "impossible-number",
                    "cluster.ownership",
                    crate::phrase!(
                        "SC- and ST-owned units together ({owned}) are more than all units ({total})",
                        owned = owned_by_groups,
                        total,
                    ),
                );
            }
        }
        if c.economics.is_empty() {
            self.missing(
                "cluster.economics",
                "no turnover figures: add the cluster's turnover (and exports) for recent years",
            );
        }
        let mut years = BTreeSet::new();
        let mut previous = None;
        for (i, y) in c.economics.iter().enumerate() {
            let path = format!("cluster.economics[{i}]");
            if !years.insert(y.year) {
                self.error(
                    "inconsistent",
                    path.clone(),
                    crate::phrase!("year {year} is entered twice", year = y.year.to_string()),
                );
            }
            if previous.is_some_and(|p| p > y.year) {
                self.warn(
                    "inconsistent",
                    path.clone(),
                    crate::phrase!(
                        "year {year} comes after a later year; keep the years oldest first",
                        year = y.year.to_string(),
                    ),
                );
            }
            previous = Some(y.year);
            // A year without its turnover is a row begun, not a figure.
            if y.turnover_rs.is_none() {
                self.missing(
                    format!("{path}.turnover_rs"),
                    crate::phrase!(
                        "no turnover for {year}: enter it, or remove the year",
                        year = y.year.to_string(),
                    ),
                );
            }
            self.money_not_negative(y.turnover_rs, format!("{path}.turnover_rs"), "turnover");
            self.money_not_negative(y.exports_rs, format!("{path}.exports_rs"), "exports");
            if let (Some(t), Some(e)) = (y.turnover_rs, y.exports_rs) {
                if e > t {
                    self.error(
                        "impossible-number",
                        format!("{path}.exports_rs"),
                        crate::phrase!(
                            "exports in {year} ({exports}) are more than turnover ({turnover})",
                            year = y.year.to_string(),
                            exports = e,
                            turnover = t,
                        ),
                    );
                }
            }
        }
    }

    fn field_work(&mut self) {
        let fw = &self.study.field_work;
        if fw.visits.is_empty() {
            self.missing("field_work.visits", "no field visits recorded yet");
        }
        if fw.interviews.is_empty() {
            self.missing(
                "field_work.interviews",
                "no enterprise interviews recorded yet",
            );
        }
        let period = &self.study.meta.period;
        for (i, v) in fw.visits.iter().enumerate() {
            let path = ItemKind::Visit.item_path(&v.id, i);
            if v.date.is_none() {
                self.missing(format!("{path}.date"), "the visit has no date");
            }
            self.missing_text(&v.place, format!("{path}.place"), "the visit has no place");
            if let (Some(d), Some(from)) = (v.date, period.from) {
                if d < from {
                    self.warn(
                        "inconsistent",
                        format!("{path}.date"),
                        crate::phrase!(
                            "the visit ({d}) is before the study period starts ({from})",
                            d = d.to_string(),
                            from = from.to_string(),
                        ),
                    );
                }
            }
            if let (Some(d), Some(to)) = (v.date, period.to) {
                if d > to {
                    self.warn(
                        "inconsistent",
                        format!("{path}.date"),
                        crate::phrase!(
                            "the visit ({d}) is after the study period ends ({to})",
                            d = d.to_string(),
                            to = to.to_string(),
                        ),
                    );
                }
            }
        }
        for (i, iv) in fw.interviews.iter().enumerate() {
            let path = ItemKind::Interview.item_path(&iv.id, i);
            self.missing_text(
                &iv.unit,
                format!("{path}.unit"),
                "the interview does not name the unit",
            );
            self.missing_text(
                &iv.problems,
                format!("{path}.problems"),
                "the problems the unit raised are not written",
            );
        }
    }

    fn stakeholders(&mut self) {
        if self.study.stakeholders.is_empty() {
            self.missing(
                "stakeholders",
                "no stakeholders yet: BMOs, banks, BDS providers, suppliers, buyers, institutions, government",
            );
        }
        for (i, s) in self.study.stakeholders.iter().enumerate() {
            let path = ItemKind::Stakeholder.item_path(&s.id, i);
            self.missing_text(
                &s.name,
                format!("{path}.name"),
                "the stakeholder has no name",
            );
            if s.kind.is_none() {
                self.missing(
                    format!("{path}.kind"),
                    "what kind of stakeholder this is is not chosen",
                );
            }
        }
    }

    fn value_chain(&mut self) {
        let stages = &self.study.value_chain.stages;
        match stages.len() {
            0 => self.missing(
                "value_chain.stages",
                "the value chain has no stages: map it from raw material to market",
            ),
            1 => self.missing(
                "value_chain.stages",
                "the value chain has one stage; map it from raw material to market",
            ),
            _ => {}
        }
        for (i, s) in stages.iter().enumerate() {
            let path = ItemKind::Stage.item_path(&s.id, i);
            self.missing_text(&s.name, format!("{path}.name"), "the stage has no name");
            if s.actors.iter().all(|a| a.trim().is_empty()) {
                self.missing(format!("{path}.actors"), "no actors named at this stage");
            }
        }
    }

    fn swot(&mut self) {
        let swot = &self.study.swot;
        // Each quadrant's sentences whole: Hindi words "no strengths" and "no threats"
        // differently (the verb agrees with the noun), so each is a fixed sentence.
        let quadrants: [(&str, &str, &str, ItemKind, &Vec<SwotItem>); 4] = [
            (
                "strengths",
                "no strengths entered",
                "this strength has no text",
                ItemKind::Strength,
                &swot.strengths,
            ),
            (
                "weaknesses",
                "no weaknesses entered",
                "this weakness has no text",
                ItemKind::Weakness,
                &swot.weaknesses,
            ),
            (
                "opportunities",
                "no opportunities entered",
                "this opportunity has no text",
                ItemKind::Opportunity,
                &swot.opportunities,
            ),
            (
                "threats",
                "no threats entered",
                "this threat has no text",
                ItemKind::Threat,
                &swot.threats,
            ),
        ];
        for (field, none, no_text, kind, items) in quadrants {
            if items.is_empty() {
                self.missing(format!("swot.{field}"), none);
            }
            for (i, item) in items.iter().enumerate() {
                self.missing_text(
                    &item.text,
                    format!("{}.text", kind.item_path(&item.id, i)),
                    no_text,
                );
            }
        }
    }

    fn bottlenecks(&mut self) {
        let study = self.study;
        if study.bottlenecks.is_empty() {
            self.missing(
                "bottlenecks",
                "no bottlenecks yet: list the critical problems, each tied to a value-chain stage",
            );
        }
        let addressed: BTreeSet<&Id> = study.themes.iter().flat_map(|t| &t.addresses).collect();
        for (i, b) in study.bottlenecks.iter().enumerate() {
            let path = ItemKind::Bottleneck.item_path(&b.id, i);
            self.missing_text(
                &b.title,
                format!("{path}.title"),
                "the bottleneck has no title",
            );
            if b.category.is_none() {
                self.missing(format!("{path}.category"), "the category is not chosen");
            }
            if b.stage.is_none() {
                self.missing(
                    format!("{path}.stage"),
                    "no value-chain stage: pick the stage where the problem bites",
                );
            }
            if b.severity.is_none() {
                self.missing(format!("{path}.severity"), "the severity is not chosen");
            }
            self.missing_text(
                &b.evidence,
                format!("{path}.evidence"),
                "no evidence: what was seen or heard that shows the problem?",
            );
            self.share_in_range(
                b.units_affected_pct,
                format!("{path}.units_affected_pct"),
                "the share of units affected",
            );
            if !b.id.is_empty() && !addressed.contains(&b.id) && !study.themes.is_empty() {
                self.warn(
                    "unaddressed-bottleneck",
                    path,
                    crate::phrase!(
                        "no theme addresses {id} '{title}'",
                        id = b.id.to_string(),
                        title = short(&b.title),
                    ),
                );
            }
        }
    }

    fn themes(&mut self) {
        let study = self.study;
        self.missing_text(
            &study.vision,
            "vision".into(),
            "no vision: where does the cluster want to be in five years?",
        );
        if study.themes.is_empty() {
            self.missing(
                "themes",
                "no flagship themes yet: the few critical issues the project will attack",
            );
        }
        if study.themes.len() > MAX_THEMES {
            self.warn(
                "too-many-themes",
                "themes",
                crate::phrase!(
                    "{count} flagship themes: a project attacks a few critical issues (at most {most}), not everything",
                    count = study.themes.len(),
                    most = MAX_THEMES,
                ),
            );
        }
        let carried: BTreeSet<&Id> = study
            .action_plan
            .actions
            .iter()
            .filter_map(|a| a.theme.as_ref())
            .collect();
        for (i, t) in study.themes.iter().enumerate() {
            let path = ItemKind::Theme.item_path(&t.id, i);
            self.missing_text(&t.title, format!("{path}.title"), "the theme has no title");
            self.missing_text(
                &t.objective,
                format!("{path}.objective"),
                "the theme has no objective",
            );
            if t.addresses.is_empty() {
                self.missing(
                    format!("{path}.addresses"),
                    "the theme addresses no bottleneck: pick the bottlenecks it attacks",
                );
            }
            if !t.id.is_empty() && !carried.contains(&t.id) && !study.action_plan.actions.is_empty()
            {
                self.warn(
                    "theme-without-action",
                    path,
                    crate::phrase!(
                        "no action carries theme {id} '{title}' yet",
                        id = t.id.to_string(),
                        title = short(&t.title),
                    ),
                );
            }
        }
    }

    fn action_plan(&mut self) {
        let plan = &self.study.action_plan;
        if plan.start.is_none() {
            self.missing("action_plan.start", "the month the plan starts is not set");
        }
        if plan.actions.is_empty() {
            self.missing(
                "action_plan.actions",
                "no actions yet: soft interventions first, hard ones only where needed",
            );
        }
        for (i, a) in plan.actions.iter().enumerate() {
            let path = ItemKind::Action.item_path(&a.id, i);
            self.missing_text(&a.title, format!("{path}.title"), "the action has no title");
            if a.theme.is_none() {
                self.error(
                    "action-without-theme",
                    format!("{path}.theme"),
                    "the action is under no theme: pick the flagship theme it serves",
                );
            }
            if a.kind.is_none() {
                self.missing(
                    format!("{path}.kind"),
                    "soft, hard or thematic is not chosen",
                );
            }
            match a.start_month {
                None => self.missing(format!("{path}.start_month"), "the start month is not set"),
                Some(0) => self.error(
                    "impossible-number",
                    format!("{path}.start_month"),
                    "start month 0: months of the plan count from 1",
                ),
                Some(m) if m > MAX_PLAN_MONTHS => self.warn(
                    "implausible-number",
                    format!("{path}.start_month"),
                    crate::phrase!(
                        "start month {m}, more than ten years into the plan: is it a typo?",
                        m,
                    ),
                ),
                Some(_) => {}
            }
            match a.months {
                None => self.missing(
                    format!("{path}.months"),
                    "the duration in months is not set",
                ),
                Some(0) => self.error(
                    "impossible-number",
                    format!("{path}.months"),
                    "a duration of 0 months: an action lasts at least a month",
                ),
                // A cluster plan runs three to five years; past ten, a unit was mistyped.
                Some(m) if m > MAX_PLAN_MONTHS => self.warn(
                    "implausible-number",
                    format!("{path}.months"),
                    crate::phrase!(
                        "a duration of {m} months ({years} years): a cluster plan runs a few years; are these weeks or days?",
                        m,
                        years = m / 12,
                    ),
                ),
                Some(_) => {}
            }
            self.missing_text(
                &a.responsible,
                format!("{path}.responsible"),
                "nobody is responsible for the action",
            );
            match &a.cost {
                None => self.missing(format!("{path}.cost"), "the action is not costed"),
                Some(cost) => self.cost(cost, format!("{path}.cost")),
            }
            if a.component.trim().is_empty() && a.funded_by.trim().is_empty() {
                self.missing(
                    format!("{path}.component"),
                    "no funding: name the scheme component, or who pays (funded_by)",
                );
            }
        }
        // Trust before concrete: the method puts soft interventions before hard ones.
        let first = |kind| {
            plan.actions
                .iter()
                .enumerate()
                .filter(|(_, a)| a.kind == Some(kind))
                .filter_map(|(i, a)| Some((a.start_month?, i)))
                .min()
        };
        if let (Some((soft, _)), Some((hard, i))) =
            (first(ActionKind::Soft), first(ActionKind::Hard))
        {
            if hard < soft {
                let a = &plan.actions[i];
                self.warn(
                    "sequence",
                    format!("{}.start_month", ItemKind::Action.item_path(&a.id, i)),
                    crate::phrase!(
                        "hard intervention {id} starts (month {hard}) before any soft one (month {soft}); trust building and soft interventions come first",
                        id = a.id.to_string(),
                        hard,
                        soft,
                    ),
                );
            }
        }
    }

    fn cost(&mut self, cost: &Cost, path: String) {
        match cost {
            Cost::Amount(r) if r.get() <= 0 => self.error(
                "impossible-number",
                path,
                crate::phrase!(
                    "the cost is Rs. {r}; an action costs more than nothing",
                    r = PhraseArg::Figure(r.grouped()),
                ),
            ),
            Cost::Amount(_) => {}
            Cost::Lines(lines) => {
                if lines.is_empty() {
                    self.missing(path.clone(), "the cost has no lines");
                }
                for (j, line) in lines.iter().enumerate() {
                    let lp = format!("{path}[{j}]");
                    self.missing_text(
                        &line.item,
                        format!("{lp}.item"),
                        "the cost line names no item",
                    );
                    // The documents print each line's quantity and unit: a gap there is
                    // a gap in the document.
                    if line.quantity.is_none() {
                        self.missing(format!("{lp}.quantity"), "the quantity is not given");
                    }
                    self.missing_text(
                        &line.unit,
                        format!("{lp}.unit"),
                        "what one unit is (day, batch, participant ...) is not given",
                    );
                    if line.quantity == Some(0) {
                        self.error(
                            "impossible-number",
                            format!("{lp}.quantity"),
                            "a quantity of 0: remove the line or give the quantity",
                        );
                    }
                    match line.unit_cost_rs {
                        None => {
                            self.missing(format!("{lp}.unit_cost_rs"), "the unit cost is not given")
                        }
                        Some(u) if u.get() <= 0 => self.error(
                            "impossible-number",
                            format!("{lp}.unit_cost_rs"),
                            crate::phrase!(
                                "the unit cost is Rs. {u}; it must be more than nothing",
                                u = PhraseArg::Figure(u.grouped()),
                            ),
                        ),
                        Some(_) => {}
                    }
                }
                if cost.total().is_none() {
                    self.error(
                        "impossible-number",
                        path,
                        "the cost lines add up to more than a study can hold",
                    );
                }
            }
        }
    }

    fn indicators(&mut self) {
        let study = self.study;
        if study.indicators.is_empty() {
            self.missing(
                "indicators",
                "no indicators yet: outputs, outcomes and impact, each with a baseline and a target",
            );
        } else if !study
            .indicators
            .iter()
            .any(|k| k.level == Some(crate::model::Level::Outcome))
        {
            self.warn(
                "missing",
                "indicators",
                "no outcome indicator: monitoring needs outcomes (turnover, jobs, savings), not only outputs",
            );
        }
        for (i, k) in study.indicators.iter().enumerate() {
            let path = ItemKind::Indicator.item_path(&k.id, i);
            self.missing_text(&k.name, format!("{path}.name"), "the indicator has no name");
            if k.level.is_none() {
                self.missing(
                    format!("{path}.level"),
                    "the level (output, outcome, impact, sustainability) is not chosen",
                );
            }
            self.missing_text(
                &k.unit,
                format!("{path}.unit"),
                "the unit of measure is not given",
            );
            if k.baseline.is_none() {
                self.missing(
                    format!("{path}.baseline"),
                    "no baseline: what is the figure today?",
                );
            }
            if k.target.is_none() {
                self.missing(format!("{path}.target"), "no target");
            }
            self.missing_text(
                &k.source,
                format!("{path}.source"),
                "no source: where will the figure come from?",
            );
        }
    }

    /// Whether the study proposes a hard intervention, and so needs an SPV and a CFC.
    fn proposes_hard(&self) -> bool {
        self.study
            .action_plan
            .actions
            .iter()
            .any(|a| a.kind == Some(ActionKind::Hard))
    }

    fn spv(&mut self) {
        let Some(spv) = &self.study.spv else {
            if self.study.cfc.is_some() || self.proposes_hard() {
                self.missing(
                    "spv",
                    "the study proposes a common facility but has no SPV: who will own and run it?",
                );
            }
            return;
        };
        self.missing_text(&spv.name, "spv.name".into(), "the SPV has no name");
        if spv.legal_form.is_none() {
            self.missing("spv.legal_form", "the SPV's legal form is not chosen");
        }
        match spv.member_units {
            None => self.missing(
                "spv.member_units",
                "the number of member units is not entered",
            ),
            Some(n) if (n as usize) < spv.members.len() => self.error(
                "inconsistent",
                "spv.member_units",
                crate::phrase!(
                    "{listed} members are listed but member_units says {n}",
                    listed = spv.members.len(),
                    n,
                ),
            ),
            Some(_) => {}
        }
        self.money_not_negative(
            spv.authorised_capital_rs,
            "spv.authorised_capital_rs".into(),
            "the authorised capital",
        );
        let mut equity = Rupees::ZERO;
        for (i, m) in spv.members.iter().enumerate() {
            let path = ItemKind::Member.item_path(&m.id, i);
            self.missing_text(&m.name, format!("{path}.name"), "the member has no name");
            self.money_not_negative(
                m.equity_rs,
                format!("{path}.equity_rs"),
                "the member's equity",
            );
            equity += m.equity_rs.unwrap_or_default();
        }
        if let Some(cap) = spv.authorised_capital_rs {
            if equity > cap && cap.get() > 0 {
                self.warn(
                    "inconsistent",
                    "spv.members",
                    crate::phrase!(
                        "members' equity adds up to {equity}, more than the authorised capital {cap}",
                        equity,
                        cap,
                    ),
                );
            }
        }
    }

    fn cfc(&mut self) {
        let Some(cfc) = &self.study.cfc else {
            if self.proposes_hard() {
                self.missing(
                    "cfc",
                    "the action plan has a hard intervention but the CFC project is not described",
                );
            }
            return;
        };
        self.missing_text(&cfc.name, "cfc.name".into(), "the CFC has no name");
        self.missing_text(
            &cfc.location,
            "cfc.location".into(),
            "the CFC's location is not given",
        );
        self.missing_text(
            &cfc.facilities,
            "cfc.facilities".into(),
            "the facilities proposed are not described",
        );
        let c = &cfc.costs;
        for (field, label, value) in [
            ("land_rs", "land", c.land_rs),
            (
                "site_development_rs",
                "site development",
                c.site_development_rs,
            ),
            ("building_rs", "building and civil works", c.building_rs),
            (
                "misc_fixed_assets_rs",
                "misc. fixed assets",
                c.misc_fixed_assets_rs,
            ),
            ("preliminary_rs", "preliminary expenses", c.preliminary_rs),
            (
                "pre_operative_rs",
                "pre-operative expenses",
                c.pre_operative_rs,
            ),
            ("contingency_rs", "contingency", c.contingency_rs),
            ("wc_margin_rs", "working-capital margin", c.wc_margin_rs),
        ] {
            self.money_not_negative(value, format!("cfc.costs.{field}"), label);
        }
        if c.machinery.is_empty() {
            self.missing("cfc.costs.machinery", "no plant and machinery listed");
        }
        for (i, m) in c.machinery.iter().enumerate() {
            let path = format!("cfc.costs.machinery[{i}]");
            self.missing_text(&m.item, format!("{path}.item"), "the machine is not named");
            if m.quantity == Some(0) {
                self.error(
                    "impossible-number",
                    format!("{path}.quantity"),
                    "a quantity of 0",
                );
            }
            match m.unit_cost_rs {
                None => self.missing(
                    format!("{path}.unit_cost_rs"),
                    "the machine's cost is not given",
                ),
                Some(u) if u.get() <= 0 => self.error(
                    "impossible-number",
                    format!("{path}.unit_cost_rs"),
                    crate::phrase!(
                        "the machine costs Rs. {u}; it must cost more than nothing",
                        u = PhraseArg::Figure(u.grouped()),
                    ),
                ),
                Some(_) => {}
            }
        }
        if let Some(loan) = &cfc.loan {
            self.money_not_negative(loan.amount_rs, "cfc.loan.amount_rs".into(), "the loan");
            if loan.amount_rs.is_some_and(|a| a.get() > 0) {
                if loan.interest_pct.is_none() {
                    self.missing(
                        "cfc.loan.interest_pct",
                        "the loan's interest rate is not given",
                    );
                }
                match loan.repayment_years {
                    None => self.missing(
                        "cfc.loan.repayment_years",
                        "the loan's repayment period is not given",
                    ),
                    Some(0) => self.error(
                        "impossible-number",
                        "cfc.loan.repayment_years",
                        "a repayment period of 0 years",
                    ),
                    Some(_) => {}
                }
            }
            self.share_in_range(
                loan.interest_pct,
                "cfc.loan.interest_pct".into(),
                "the interest rate",
            );
        }
        let o = &cfc.operations;
        match o.capacity {
            None => self.missing(
                "cfc.operations.capacity",
                "the installed capacity is not given",
            ),
            Some(0) => self.error(
                "impossible-number",
                "cfc.operations.capacity",
                "an installed capacity of 0",
            ),
            Some(_) => {}
        }
        self.missing_text(
            &o.capacity_unit,
            "cfc.operations.capacity_unit".into(),
            "the unit of capacity (tonnes a year, pieces a year ...) is not given",
        );
        if o.utilisation_pct.is_empty() {
            self.missing(
                "cfc.operations.utilisation_pct",
                "capacity utilisation by year is not given",
            );
        }
        for (i, &u) in o.utilisation_pct.iter().enumerate() {
            if outside_a_share(u) {
                self.error(
                    "impossible-number",
                    format!("cfc.operations.utilisation_pct[{i}]"),
                    crate::phrase!(
                        "utilisation in year {year} is {p}; a share lies between 0% and 100%",
                        year = i + 1,
                        p = PhraseArg::Figure(u.to_string()),
                    ),
                );
            }
        }
        self.share_in_range(
            o.member_share_pct,
            "cfc.operations.member_share_pct".into(),
            "the members' share of volume",
        );
        self.share_in_range(o.tax_pct, "cfc.operations.tax_pct".into(), "the tax rate");
        if o.charge_member_rs.is_none() {
            self.missing(
                "cfc.operations.charge_member_rs",
                "the user charge for members is not given",
            );
        }
        self.rate_not_negative(
            o.charge_member_rs,
            "cfc.operations.charge_member_rs".into(),
            "the members' user charge",
        );
        self.rate_not_negative(
            o.charge_other_rs,
            "cfc.operations.charge_other_rs".into(),
            "the others' user charge",
        );
        if o.fixed_costs.is_empty() {
            self.missing(
                "cfc.operations.fixed_costs",
                "fixed operating costs (salaries, maintenance ...) are not given",
            );
        }
        // The operating-cost breakdown names each item.
        for (list, items) in [
            (
                "fixed_costs",
                o.fixed_costs.iter().map(|c| &c.item).collect::<Vec<_>>(),
            ),
            (
                "variable_costs",
                o.variable_costs.iter().map(|c| &c.item).collect(),
            ),
        ] {
            for (i, item) in items.into_iter().enumerate() {
                self.missing_text(
                    item,
                    format!("cfc.operations.{list}[{i}].item"),
                    "the cost item is not named",
                );
            }
        }
        for (i, item) in o.fixed_costs.iter().enumerate() {
            self.money_not_negative(
                item.amount_rs,
                format!("cfc.operations.fixed_costs[{i}].amount_rs"),
                "the cost",
            );
        }
        for (i, item) in o.variable_costs.iter().enumerate() {
            self.rate_not_negative(
                item.amount_rs,
                format!("cfc.operations.variable_costs[{i}].amount_rs"),
                "the cost",
            );
        }
        for (field, value) in [
            ("building_life_years", o.building_life_years),
            ("machinery_life_years", o.machinery_life_years),
        ] {
            if value == Some(0) {
                self.error(
                    "impossible-number",
                    format!("cfc.operations.{field}"),
                    "a life of 0 years: depreciation needs at least a year",
                );
            }
        }
    }

    /// What the documents print as "not yet filled in" when it is empty, and the rules
    /// above do not already ask for: each is a finding on its own path, so that `check`
    /// and the documents agree on what is missing (tests/document_fields.rs holds both to
    /// it).
    fn printed(&mut self) {
        let study = self.study;
        let c = &study.cluster;
        self.missing_text(
            &study.meta.prepared_by.organisation,
            "meta.prepared_by.organisation".into(),
            "the organisation preparing the study is not named",
        );
        for (i, p) in c.products.iter().enumerate() {
            if c.products.len() > 1 {
                self.missing_text(
                    p,
                    format!("cluster.products[{i}]"),
                    "the product has no name",
                );
            }
        }
        if c.total_units().is_some() {
            let e = &c.enterprises;
            for (field, v, said) in [
                (
                    "micro",
                    e.micro,
                    "the number of micro units is not entered (0 if there are none)",
                ),
                (
                    "small",
                    e.small,
                    "the number of small units is not entered (0 if there are none)",
                ),
                (
                    "medium",
                    e.medium,
                    "the number of medium units is not entered (0 if there are none)",
                ),
            ] {
                if v.is_none() {
                    self.missing(format!("cluster.enterprises.{field}"), said);
                }
            }
        }
        let o = &c.ownership;
        for (field, v) in [
            ("women_owned", o.women_owned),
            ("sc_owned", o.sc_owned),
            ("st_owned", o.st_owned),
            ("minority_owned", o.minority_owned),
        ] {
            if v.is_none() {
                self.missing(
                    format!("cluster.ownership.{field}"),
                    "the number of units is not entered (0 if there are none)",
                );
            }
        }
        let m = &c.employment;
        if m.direct().is_some() || m.indirect.is_some() {
            for (field, v) in [
                ("direct_men", m.direct_men),
                ("direct_women", m.direct_women),
                ("indirect", m.indirect),
            ] {
                if v.is_none() {
                    self.missing(
                        format!("cluster.employment.{field}"),
                        "the number of people is not entered (0 if there are none)",
                    );
                }
            }
        }
        for (i, y) in c.economics.iter().enumerate() {
            if y.turnover_rs.is_none() {
                self.missing(
                    format!("cluster.economics[{i}].turnover_rs"),
                    crate::phrase!(
                        "the turnover of {year} is not entered",
                        year = y.year.to_string()
                    ),
                );
            }
            if y.exports_rs.is_none() {
                self.missing(
                    format!("cluster.economics[{i}].exports_rs"),
                    crate::phrase!(
                        "the exports of {year} are not entered (0 if there are none)",
                        year = y.year.to_string(),
                    ),
                );
            }
        }
        for (i, v) in study.field_work.visits.iter().enumerate() {
            let path = ItemKind::Visit.item_path(&v.id, i);
            self.missing_text(
                &v.purpose,
                format!("{path}.purpose"),
                "the visit's purpose is not written",
            );
        }
        for (i, iv) in study.field_work.interviews.iter().enumerate() {
            let path = ItemKind::Interview.item_path(&iv.id, i);
            if iv.size.is_none() {
                self.missing(format!("{path}.size"), "the unit's size is not chosen");
            }
            if iv.workers.is_none() {
                self.missing(
                    format!("{path}.workers"),
                    "the unit's workers are not entered",
                );
            }
            self.missing_text(
                &iv.products,
                format!("{path}.products"),
                "the unit's products are not written",
            );
        }
        for (i, f) in study.field_work.survey.iter().enumerate() {
            let path = format!("field_work.survey[{i}]");
            self.missing_text(
                &f.topic,
                format!("{path}.topic"),
                "the finding's topic is not given",
            );
            self.missing_text(
                &f.finding,
                format!("{path}.finding"),
                "the finding is not written",
            );
            if f.units.is_none() {
                self.missing(
                    format!("{path}.units"),
                    "how many units report it is not entered",
                );
            }
            if f.of.is_none() {
                self.missing(
                    format!("{path}.of"),
                    "how many units were asked is not entered",
                );
            }
            if let (Some(u), Some(of)) = (f.units, f.of) {
                if u > of {
                    self.error(
                        "impossible-number",
                        format!("{path}.units"),
                        crate::phrase!("{u} units report it, more than the {of} asked", u, of),
                    );
                }
            }
        }
        if let Some(v) = &study.field_work.validation {
            if v.date.is_none() {
                self.missing(
                    "field_work.validation.date",
                    "the date of the validation meeting is not given",
                );
            }
            for (field, text, said) in [
                (
                    "place",
                    &v.place,
                    "the validation meeting's place is not written",
                ),
                (
                    "participants",
                    &v.participants,
                    "the validation meeting's participants is not written",
                ),
                (
                    "summary",
                    &v.summary,
                    "the validation meeting's summary is not written",
                ),
                (
                    "changes",
                    &v.changes,
                    "the validation meeting's changes is not written",
                ),
            ] {
                self.missing_text(text, format!("field_work.validation.{field}"), said);
            }
        }
        for (i, st) in study.stakeholders.iter().enumerate() {
            let path = ItemKind::Stakeholder.item_path(&st.id, i);
            self.missing_text(
                &st.role,
                format!("{path}.role"),
                "the stakeholder's role in the cluster is not written",
            );
        }
        for (i, st) in study.value_chain.stages.iter().enumerate() {
            let path = ItemKind::Stage.item_path(&st.id, i);
            for (field, text, said) in [
                (
                    "activities",
                    &st.activities,
                    "the stage's activities is not written",
                ),
                (
                    "value_added",
                    &st.value_added,
                    "the stage's value added is not written",
                ),
                ("issues", &st.issues, "the stage's issues is not written"),
            ] {
                self.missing_text(text, format!("{path}.{field}"), said);
            }
        }
        for (i, l) in study.value_chain.links.iter().enumerate() {
            self.missing_text(
                &l.note,
                format!("value_chain.links[{i}].note"),
                "the linkage is not described",
            );
        }
        for (i, b) in study.bottlenecks.iter().enumerate() {
            let path = ItemKind::Bottleneck.item_path(&b.id, i);
            if b.units_affected_pct.is_none() {
                self.missing(
                    format!("{path}.units_affected_pct"),
                    "the share of units affected is not entered",
                );
            }
            self.missing_text(
                &b.root_cause,
                format!("{path}.root_cause"),
                "the root cause is not written",
            );
        }
        for (i, k) in study.indicators.iter().enumerate() {
            let path = ItemKind::Indicator.item_path(&k.id, i);
            self.missing_text(
                &k.frequency,
                format!("{path}.frequency"),
                "how often it is reported is not given",
            );
        }
        for (i, a) in study.action_plan.actions.iter().enumerate() {
            if a.component.trim().is_empty() {
                let path = ItemKind::Action.item_path(&a.id, i);
                self.missing_text(
                    &a.funded_by,
                    format!("{path}.funded_by"),
                    "the action names no scheme component and no one who pays for it",
                );
            }
        }
        // A selection score prints every criterion's score and evidence.
        for (i, c) in study.selection.iter().flat_map(|s| &s.scores).enumerate() {
            let path = format!("selection.scores[{i}]");
            if c.criterion.is_none() {
                self.missing(format!("{path}.criterion"), "the criterion is not chosen");
            }
            if c.score.is_none() {
                self.missing(format!("{path}.score"), "the score is not given");
            }
            self.missing_text(
                &c.evidence,
                format!("{path}.evidence"),
                "the evidence for the score is not written",
            );
        }
        if study.agencies.is_empty() && (study.cfc.is_some() || study.spv.is_some()) {
            self.missing(
                "agencies",
                "no implementing, technical or nodal agency is named (a DPR profiles each the scheme has)",
            );
        }
        for (i, a) in study.agencies.iter().enumerate() {
            let path = format!("agencies[{i}]");
            if a.role.is_none() {
                self.missing(format!("{path}.role"), "the agency's role is not chosen");
            }
            if a.legal_form.is_none() {
                self.missing(
                    format!("{path}.legal_form"),
                    "the agency's legal form is not chosen",
                );
            }
            for (field, text, said) in [
                ("name", &a.name, "the agency's name is not given"),
                (
                    "registration",
                    &a.registration,
                    "the agency's registration is not given",
                ),
                ("address", &a.address, "the agency's address is not given"),
                (
                    "experience",
                    &a.experience,
                    "the agency's experience is not given",
                ),
                ("contact", &a.contact, "the agency's contact is not given"),
            ] {
                self.missing_text(text, format!("{path}.{field}"), said);
            }
        }
        if let Some(spv) = &study.spv {
            if spv.registered_on.is_none() && spv.registration_pending.trim().is_empty() {
                self.missing(
                    "spv.registered_on",
                    "the date of registration is not given; if the SPV is not registered yet, say when it will be in registration_pending",
                );
            }
            self.missing_text(
                &spv.address,
                "spv.address".into(),
                "the SPV's address is not given",
            );
            self.missing_text(
                &spv.objectives,
                "spv.objectives".into(),
                "the SPV's objectives are not written",
            );
            if spv.authorised_capital_rs.is_none() {
                self.missing(
                    "spv.authorised_capital_rs",
                    "the authorised share capital is not entered",
                );
            }
            // Until the SPV is incorporated its records do not exist; the DPR says so.
            if spv.registered_on.is_some() {
                for (field, value) in spv.records.fields() {
                    self.missing_text(
                        value,
                        format!("spv.records.{field}"),
                        "the SPV is registered but this particular of its records is not given",
                    );
                }
            }
            for (i, m) in spv.members.iter().enumerate() {
                let path = ItemKind::Member.item_path(&m.id, i);
                if m.size.is_none() {
                    self.missing(format!("{path}.size"), "the member's size is not chosen");
                }
                if m.equity_rs.is_none() {
                    self.missing(
                        format!("{path}.equity_rs"),
                        "the member's equity is not entered",
                    );
                }
            }
        }
        let Some(cfc) = &study.cfc else {
            return;
        };
        self.missing_text(
            &c.state_scenario,
            "cluster.state_scenario".into(),
            "industrial growth and cluster development in the state is not written (the DPR's item 2.1.1)",
        );
        self.missing_text(
            &cfc.rationale,
            "cfc.rationale".into(),
            "why the cluster needs the centre is not written",
        );
        if cfc.land_tenure.is_none() {
            self.missing(
                "cfc.land_tenure",
                "the land's tenure (owned, leased, allotted) is not chosen",
            );
        }
        self.missing_text(
            &cfc.implementing_agency,
            "cfc.implementing_agency".into(),
            "how the centre is implemented (by whom, and who runs it after) is not written",
        );
        let k = &cfc.costs;
        for (field, value) in [
            ("land_rs", k.land_rs),
            ("site_development_rs", k.site_development_rs),
            ("building_rs", k.building_rs),
            ("misc_fixed_assets_rs", k.misc_fixed_assets_rs),
            ("preliminary_rs", k.preliminary_rs),
            ("pre_operative_rs", k.pre_operative_rs),
            ("contingency_rs", k.contingency_rs),
            ("wc_margin_rs", k.wc_margin_rs),
        ] {
            if value.is_none() {
                self.missing(
                    format!("cfc.costs.{field}"),
                    "the cost head is not entered (0 if the project has none)",
                );
            }
        }
        if let Some(loan) = &cfc.loan {
            if loan.amount_rs.is_none() {
                self.missing("cfc.loan.amount_rs", "the loan's amount is not entered");
            }
            if loan.moratorium_months.is_none() {
                self.missing(
                    "cfc.loan.moratorium_months",
                    "the loan's moratorium is not entered (0 if there is none)",
                );
            }
        }
        for (i, m) in cfc.costs.machinery.iter().enumerate() {
            if m.quantity.is_none() {
                self.missing(
                    format!("cfc.costs.machinery[{i}].quantity"),
                    "the number of machines is not entered",
                );
            }
        }
        if cfc.operations.charge_other_rs.is_none() {
            self.missing(
                "cfc.operations.charge_other_rs",
                "the user charge for other units is not given",
            );
        }
        let t = &cfc.technical;
        for (field, text, said) in [
            (
                "technology",
                &t.technology,
                "the technology of the centre is not described",
            ),
            (
                "innovation",
                &t.innovation,
                "the provision for Industry 4.0 and innovation of the centre is not described",
            ),
            (
                "raw_materials",
                &t.raw_materials,
                "the raw materials of the centre is not described",
            ),
            (
                "utilities",
                &t.utilities,
                "the utilities (power and water) of the centre is not described",
            ),
            (
                "effluent",
                &t.effluent,
                "effluent disposal of the centre is not described",
            ),
        ] {
            self.missing_text(text, format!("cfc.technical.{field}"), said);
        }
        if t.manpower.is_empty() {
            self.missing(
                "cfc.technical.manpower",
                "the centre's staff are not planned",
            );
        }
        for (i, st) in t.manpower.iter().enumerate() {
            self.missing_text(
                &st.role,
                format!("cfc.technical.manpower[{i}].role"),
                "the post is not named",
            );
            if st.number.is_none() {
                self.missing(
                    format!("cfc.technical.manpower[{i}].number"),
                    "the number of staff is not entered",
                );
            }
        }
        if cfc.schedule.is_empty() {
            self.missing("cfc.schedule", "the centre has no implementation schedule");
        }
        for (i, ms) in cfc.schedule.iter().enumerate() {
            let path = format!("cfc.schedule[{i}]");
            self.missing_text(
                &ms.activity,
                format!("{path}.activity"),
                "the activity is not named",
            );
            if ms.start.is_none() {
                self.missing(format!("{path}.start"), "the start month is not set");
            }
            if ms.end.is_none() {
                self.missing(format!("{path}.end"), "the completion month is not set");
            }
        }
        if cfc.approvals.is_empty() {
            self.missing(
                "cfc.approvals",
                "no approvals listed (pollution control consent, land use ...)",
            );
        }
        for (i, a) in cfc.approvals.iter().enumerate() {
            self.missing_text(
                &a.name,
                format!("cfc.approvals[{i}].name"),
                "the approval is not named",
            );
            self.missing_text(
                &a.status,
                format!("cfc.approvals[{i}].status"),
                "the approval's status is not given",
            );
        }
        for phase in crate::model::RiskPhase::ALL {
            if !cfc.risks.iter().any(|r| r.phase == Some(*phase)) {
                self.missing("cfc.risks", no_risks_recorded(*phase));
            }
        }
        for (i, r) in cfc.risks.iter().enumerate() {
            if r.phase.is_none() {
                self.missing(
                    format!("cfc.risks[{i}].phase"),
                    "the phase of the risk is not chosen",
                );
            }
            self.missing_text(
                &r.risk,
                format!("cfc.risks[{i}].risk"),
                "the risk is not described",
            );
            self.missing_text(
                &r.mitigation,
                format!("cfc.risks[{i}].mitigation"),
                "the mitigation is not described",
            );
        }
        let Some(p) = &cfc.performance else {
            self.missing(
                "cfc.performance",
                "the cluster's figures before the CFC and the targets after it are not entered",
            );
            return;
        };
        self.missing_text(
            &p.production_unit,
            "cfc.performance.production_unit".into(),
            "what production is counted in is not given",
        );
        for (side, f, said) in [
            (
                "before",
                &p.before,
                "the before figure is not entered (0 if there is none)",
            ),
            (
                "after",
                &p.after,
                "the after figure is not entered (0 if there is none)",
            ),
        ] {
            let counts = [
                ("units", f.units),
                ("sc_st_owned_units", f.sc_st_owned_units),
                ("women_owned_units", f.women_owned_units),
                ("minority_owned_units", f.minority_owned_units),
                ("employment", f.employment),
                ("patents", f.patents),
                ("quality_certified_units", f.quality_certified_units),
                ("zed_certified_units", f.zed_certified_units),
            ];
            let money = [
                ("exports_rs", f.exports_rs),
                ("import_substitution_rs", f.import_substitution_rs),
                ("investment_rs", f.investment_rs),
                ("turnover_rs", f.turnover_rs),
                ("profit_rs", f.profit_rs),
            ];
            let empty = counts
                .iter()
                .filter(|(_, v)| v.is_none())
                .map(|(k, _)| *k)
                .chain(money.iter().filter(|(_, v)| v.is_none()).map(|(k, _)| *k))
                .chain(f.production.is_none().then_some("production"));
            for field in empty {
                self.missing(format!("cfc.performance.{side}.{field}"), said);
            }
        }
    }

    fn review(&mut self) {
        for (i, note) in self.study.review.iter().enumerate() {
            let path = ItemKind::ReviewNote.item_path(&note.id, i);
            let on = note.on.trim();
            if on.is_empty() {
                self.missing(
                    format!("{path}.on"),
                    "the note does not say what it is about",
                );
            } else if on.parse::<Id>().is_err() && Section::of_path(on).is_none() {
                self.error(
                    "dangling-reference",
                    format!("{path}.on"),
                    crate::phrase!(
                        "the note is on `{on}`, which is neither an item id nor a section",
                        on,
                    ),
                );
            }
            self.missing_text(&note.text, format!("{path}.text"), "the note is empty");
            if note.by == super::MERGE_NOTE_BY && !note.resolved {
                self.error(
                    "merge-conflict",
                    path,
                    crate::phrase!("unresolved (on {on}): {text}", on, text = &note.text),
                );
            }
        }
    }
}

/// How complete a section is, from what it holds and what was found in it.
pub(super) fn progress(study: &Study, section: Section, findings: &[Finding]) -> Progress {
    let has_findings = findings.iter().any(|f| f.section == section);
    let finish = |entered: bool| match (entered, has_findings) {
        (false, _) => Progress::Empty,
        (true, true) => Progress::InProgress,
        (true, false) => Progress::Complete,
    };
    let c = &study.cluster;
    match section {
        Section::Meta => finish(
            !study.meta.title.is_empty()
                || !study.meta.prepared_by.name.is_empty()
                || study.meta.period.from.is_some(),
        ),
        Section::Cluster => finish(
            !c.name.is_empty()
                || !c.state.is_empty()
                || !c.products.is_empty()
                || c.total_units().is_some(),
        ),
        Section::FieldWork => {
            finish(!study.field_work.visits.is_empty() || !study.field_work.interviews.is_empty())
        }
        Section::Stakeholders => finish(!study.stakeholders.is_empty()),
        Section::ValueChain => finish(!study.value_chain.stages.is_empty()),
        Section::Swot => {
            let s = &study.swot;
            finish(
                !(s.strengths.is_empty()
                    && s.weaknesses.is_empty()
                    && s.opportunities.is_empty()
                    && s.threats.is_empty()),
            )
        }
        Section::Bottlenecks => finish(!study.bottlenecks.is_empty()),
        Section::Themes => finish(!study.themes.is_empty() || !study.vision.is_empty()),
        Section::ActionPlan => finish(!study.action_plan.actions.is_empty()),
        Section::Indicators => finish(!study.indicators.is_empty()),
        Section::Spv => match &study.spv {
            Some(_) => finish(true),
            None if has_findings => Progress::Empty,
            None => Progress::NotNeeded,
        },
        Section::Cfc => match &study.cfc {
            Some(_) => finish(true),
            None if has_findings => Progress::Empty,
            None => Progress::NotNeeded,
        },
        Section::Selection => match &study.selection {
            Some(_) => finish(true),
            None if has_findings => Progress::Empty,
            None => Progress::NotNeeded,
        },
        Section::Progress => match &study.progress {
            Some(_) => finish(true),
            None if has_findings => Progress::Empty,
            None => Progress::NotNeeded,
        },
        Section::Review => {
            if study.review.is_empty() {
                Progress::NotNeeded
            } else if study.review.iter().any(|r| !r.resolved) || has_findings {
                Progress::InProgress
            } else {
                Progress::Complete
            }
        }
    }
}

/// Whether a percentage is outside 0% to 100%, as no share can be.
fn outside_a_share(p: Percent) -> bool {
    p < Percent::ZERO || p > Percent::HUNDRED
}

/// An amount printed "Rs. 1,250.50" without its "Rs. ", which the phrase writes itself (so
/// that Hindi writes रु.).
fn rupees_figure(inr: &str) -> String {
    inr.strip_prefix("Rs. ").unwrap_or(inr).to_string()
}

/// That a phase has no risk, whole: "no risks recorded during implementation".
fn no_risks_recorded(phase: crate::model::RiskPhase) -> &'static str {
    use crate::model::RiskPhase;
    match phase {
        RiskPhase::Implementation => "no risks recorded during implementation",
        RiskPhase::Operations => "no risks recorded during operations",
    }
}

/// A title cut to fit in a message.
fn short(s: &str) -> String {
    const MAX: usize = 48;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX - 1).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Study;

    fn language_findings(language: &str) -> Vec<String> {
        let mut s = Study::default();
        s.meta.language = language.to_string();
        crate::check::check(&s)
            .findings
            .into_iter()
            .filter(|f| f.code == "unknown-language")
            .map(|f| f.message)
            .collect()
    }

    /// The sentences spelt out whole for Hindi's sake read as the words they stand for.
    #[test]
    fn a_sentence_spelt_out_reads_as_its_words() {
        for phase in crate::model::RiskPhase::ALL {
            assert_eq!(
                super::no_risks_recorded(*phase),
                format!("no risks recorded {}", phase.label().to_lowercase())
            );
        }
    }

    #[test]
    fn a_language_the_documents_cannot_be_written_in_is_a_warning() {
        for ok in ["", "en", "hi", "en+hi", "HI"] {
            assert!(language_findings(ok).is_empty(), "{ok}");
        }
        let said = language_findings("mr");
        assert_eq!(said.len(), 1);
        assert!(
            said[0].contains("\"mr\"") && said[0].contains("English"),
            "{said:?}"
        );
    }
}
