//! The findings of `check` read in Hindi: each of a real study's, and of a copy of it with
//! problems of every kind the rules word with values (amounts, years, dates, ids), is
//! worded from the catalogue, with no place left unfilled and nothing missing.

use crate::assets::Assets;
use crate::i18n::{Lang, Messages};
use crate::model::{Id, Percent, Rupees, Study};

use super::Finding;

fn example() -> Study {
    crate::store::load_for_reading(std::path::Path::new("studies/ujjain-plastic.yaml"))
        .unwrap()
        .study
}

/// The findings of the rules of this module's parent (rules.rs), without those of the
/// progress and schedule checks it runs as well (theirs are another file's phrases).
fn rules_findings(study: &Study) -> Vec<Finding> {
    let others: Vec<Finding> = super::progress::findings(study, super::today())
        .into_iter()
        .chain(super::schedule::findings(study))
        .collect();
    super::rules::all(study)
        .into_iter()
        .filter(|f| !others.contains(f))
        .collect()
}

/// The example with a problem of each kind: a negative and a too small figure, years
/// twice and out of order, a visit before the period, a dangling and a wrong reference,
/// an id twice, a plan of centuries, a share past 100%.
fn broken() -> Study {
    let mut s = example();
    s.meta.language = "mr".into();
    let year = s.cluster.economics[0].clone();
    s.cluster.economics.push(year);
    s.cluster.economics[0].turnover_rs = Some(Rupees(-4_50_000));
    s.cluster.economics[1].exports_rs = Some(Rupees(99_00_00_000));
    s.cluster.economics[1].turnover_rs = Some(Rupees(12_00_000));
    s.cluster.ownership.women_owned = Some(1_000_000);
    if let (Some(from), Some(visit)) = (s.meta.period.from, s.field_work.visits.first_mut()) {
        visit.date = from.pred_opt();
    }
    s.bottlenecks[0].stage = Some("s-99".parse::<Id>().unwrap());
    let theme = s.themes[0].id.clone();
    s.bottlenecks[1].stage = Some(theme);
    let first = s.bottlenecks[0].id.clone();
    s.bottlenecks[2].id = first;
    let a = &mut s.action_plan.actions[0];
    a.start_month = Some(400);
    a.months = Some(300);
    if let Some(spv) = s.spv.as_mut() {
        spv.member_units = Some(0);
        if let Some(m) = spv.members.first_mut() {
            m.equity_rs = Some(Rupees(-1));
        }
    }
    if let Some(cfc) = s.cfc.as_mut() {
        cfc.operations
            .utilisation_pct
            .push("150".parse::<Percent>().unwrap());
        cfc.operations.tax_pct = Some("120".parse::<Percent>().unwrap());
        cfc.costs.land_rs = Some(Rupees(-10_000));
    }
    s
}

fn assert_worded_in_hindi(findings: &[Finding]) {
    let hi = Messages::load(&Assets::embedded(), Lang::Hi).unwrap();
    for f in findings {
        let said = hi.said(&f.message, f.phrase.as_ref());
        assert!(
            said.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
            "{} ({}): English in Hindi: {said}",
            f.path,
            f.code
        );
        assert!(
            !said.contains('{') && !said.contains('$'),
            "{}: a place left unfilled: {said}",
            f.path
        );
    }
    assert_eq!(hi.misses(), Vec::<String>::new(), "Hindi lacks these");
}

#[test]
fn the_example_s_findings_read_in_hindi() {
    assert_worded_in_hindi(&rules_findings(&example()));
}

#[test]
fn a_study_with_problems_of_every_kind_reads_in_hindi() {
    let study = broken();
    let findings = rules_findings(&study);
    assert!(!findings.is_empty());
    for code in [
        "impossible-number",
        "inconsistent",
        "dangling-reference",
        "wrong-reference",
        "duplicate-id",
        "implausible-number",
        "unknown-language",
    ] {
        assert!(
            findings.iter().any(|f| f.code == code),
            "no {code} finding: {findings:#?}"
        );
    }
    // The worded values: an amount in lakh the Hindi way, a year, a date as the study has it.
    let hi = Messages::load(&Assets::embedded(), Lang::Hi).unwrap();
    let said: Vec<String> = findings
        .iter()
        .map(|f| hi.said(&f.message, f.phrase.as_ref()).into_owned())
        .collect();
    assert!(
        said.iter()
            .any(|s| s.contains("कारोबार ऋणात्मक है (रु. -4,50,000)")),
        "{said:#?}"
    );
    assert!(said.iter().any(|s| s.contains("करोड़")), "{said:#?}");
    assert_worded_in_hindi(&findings);
}

#[test]
fn a_finding_s_english_is_its_phrase_s() {
    for f in rules_findings(&broken()) {
        if let Some(p) = &f.phrase {
            assert_eq!(p.english(), f.message);
        }
    }
}
