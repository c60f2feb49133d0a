//! What a CDA waits for: opening a study, checking it (the UI does this after every edit),
//! appraising its money under the scheme (the live budget), and rendering its documents.
//! Run with `cargo bench`; tests never time anything.
//!
//! The same work on a large study, when one is named: write one with
//! `cargo run --release --example gen_study -- --out /tmp/large.yaml` (4 MB by default)
//! and run `CDSTUDY_BENCH_LARGE=/tmp/large.yaml cargo bench -- --sample-size 10`.

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

/// Load, check, appraise and render (Markdown, HTML, Word) of the study at `path`, under
/// `name`; each as the CLI does it, from bytes.
fn paths_of(c: &mut Criterion, name: &str, path: &Path) {
    let bytes = std::fs::read(path).expect("study file");
    let study = store::parse_bytes(&bytes, path).expect("parses").study;
    let catalog = Catalog::builtin().expect("built-in schemes");
    let scheme = catalog.get(&study.meta.scheme).expect("the study's scheme");
    let assets = Assets::embedded();
    let mut group = c.benchmark_group(name);
    group.bench_function("load", |b| b.iter(|| store::load(black_box(path))));
    group.bench_function("check", |b| b.iter(|| check::check(black_box(&study))));
    group.bench_function("appraise", |b| {
        b.iter(|| appraise(black_box(&study), scheme))
    });
    group.bench_function("render dsr md", |b| {
        b.iter(|| render::render(black_box(&study), DocKind::Dsr, None, &assets))
    });
    let document = render::render(&study, DocKind::Dsr, None, &assets).expect("renders");
    group.bench_function("dsr md to html", |b| {
        b.iter(|| document.bytes(black_box(Format::Html)))
    });
    group.bench_function("dsr md to docx", |b| {
        b.iter(|| document.bytes(black_box(Format::Docx)))
    });
    group.bench_function("load + check + render html", |b| {
        b.iter(|| {
            let loaded = store::load(black_box(path)).expect("loads");
            let report = check::check(&loaded.study);
            let doc = render::render(&loaded.study, DocKind::Dsr, None, &assets).expect("renders");
            (report, doc.bytes(Format::Html))
        })
    });
    group.finish();
}

fn sizes(c: &mut Criterion) {
    let (_, ujjain) = example("ujjain-plastic.yaml");
    paths_of(c, "ujjain", &ujjain);
    if let Some(large) = std::env::var_os("CDSTUDY_BENCH_LARGE") {
        paths_of(c, "large", Path::new(&large));
    }
}

criterion_group!(benches, study_paths, sizes);
criterion_main!(benches);
