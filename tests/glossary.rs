//! The glossary of the field's Hindi terms (templates/_i18n/glossary.hi.yaml): it reads,
//! names no term twice, every quote holds its word, and, where the seed documents are at
//! hand (../shared/seeds, beside the repository), every quote marked confirmed is in the
//! Hindi edition of the Madhya Pradesh roadmap word for word.

use std::collections::HashSet;
use std::path::Path;

use cdstudy::assets::Assets;
use cdstudy::i18n::glossary::{Basis, Glossary};

fn glossary() -> Glossary {
    Glossary::load(&Assets::embedded(), "hi").unwrap()
}

/// Runs of white space as one space, as a quote copied from a PDF's text has them.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_glossary_reads_and_names_each_term_once() {
    let g = glossary();
    assert!(g.terms.len() >= 40, "only {} terms", g.terms.len());
    let mut seen = HashSet::new();
    for t in &g.terms {
        assert!(
            seen.insert(t.en.to_lowercase()),
            "{:?} is in the glossary twice",
            t.en
        );
        assert!(!t.word.trim().is_empty(), "{:?} has no Hindi word", t.en);
        match (t.basis, &t.seen) {
            (Basis::Confirmed, Some(q)) => assert!(
                squeeze(q).contains(&squeeze(&t.word)),
                "{:?}: the quote {q:?} does not hold {:?}",
                t.en,
                t.word
            ),
            (Basis::Confirmed, None) => panic!("{:?} is confirmed without a quote", t.en),
            (Basis::Inferred, _) => assert!(
                t.note.as_deref().is_some_and(|n| !n.trim().is_empty()),
                "{:?} is inferred without a note saying why",
                t.en
            ),
        }
    }
    assert!(g.word("DPR").is_some());
    assert_eq!(g.word("cluster"), Some("क्लस्टर"));
}

#[test]
fn every_confirmed_quote_is_in_the_hindi_roadmap() {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/003_0b9d28685f9914d7.txt");
    let Ok(text) = std::fs::read_to_string(&seed) else {
        eprintln!(
            "skipped: the Hindi roadmap's text is not at {} (the quotes are checked where the seeds are)",
            seed.display()
        );
        return;
    };
    let text = squeeze(&text);
    let missing: Vec<String> = glossary()
        .terms
        .iter()
        .filter(|t| t.basis == Basis::Confirmed)
        .filter_map(|t| t.seen.as_ref().map(|q| (t, q)))
        .filter(|(_, q)| !text.contains(&squeeze(q)))
        .map(|(t, q)| format!("{}: {q}", t.en))
        .collect();
    assert!(
        missing.is_empty(),
        "quotes not in the roadmap:\n{}",
        missing.join("\n")
    );
}
