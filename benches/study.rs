//! What a CDA waits for: opening a study, checking it (the UI does this after every edit),
//! appraising its money under the scheme (the live budget), and rendering its documents.
//! Run with `cargo bench`; tests never time anything.

use std::hint::black_box;
use std::path::Path;

use cdstudy::assets::Assets;
use cdstudy::render::{self, DocKind, Format};
use cdstudy::scheme::{appraise, Catalog};
use cdstudy::{check, store};
use criterion::{criterion_group, criterion_main, Criterion};

fn example(name: &str) -> (Vec<u8>, std::path::PathBuf) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("studies")
        .join(name);
    (std::fs::read(&path).expect("example study"), path)
}

fn study_paths(c: &mut Criterion) {
    let (bytes, path) = example("ujjain-plastic.yaml");
    let study = store::parse_bytes(&bytes, &path).expect("parses").study;
    let catalog = Catalog::builtin().expect("built-in schemes");
    let scheme = catalog.get("mse-cdp").expect("mse-cdp");
    let assets = Assets::embedded();

    c.bench_function("load ujjain (parse)", |b| {
        b.iter(|| store::parse_bytes(black_box(&bytes), &path))
    });
    c.bench_function("save ujjain (to canonical YAML)", |b| {
        b.iter(|| store::to_yaml(black_box(&study)))
    });
    c.bench_function("check ujjain (with scheme findings)", |b| {
        b.iter(|| check::check(black_box(&study)))
    });
    c.bench_function("appraise ujjain (financing and 10-year viability)", |b| {
        b.iter(|| appraise(black_box(&study), scheme))
    });
    c.bench_function("render ujjain DPR to Markdown", |b| {
        b.iter(|| render::render(black_box(&study), DocKind::Dpr, None, &assets))
    });
    let document = render::render(&study, DocKind::Dpr, None, &assets).expect("renders");
    c.bench_function("Markdown DPR to Word", |b| {
        b.iter(|| document.bytes(black_box(Format::Docx)))
    });
}

criterion_group!(benches, study_paths);
criterion_main!(benches);
