//! `cdstudy portfolio` over a generated folder of studies: cold (no cache, every study
//! loaded, checked and appraised on all cores) and warm (nothing changed: every file hashed
//! and its row read from the cache). Run with `cargo bench --bench portfolio`; the number of
//! studies is `CDSTUDY_BENCH_STUDIES` (default 60). The goal is 6,000 Ujjain-size
//! studies in 5 s cold and 0.5 s warm on 2 cores; the README gives the figures measured.

#[path = "../examples/gen_portfolio.rs"]
#[allow(dead_code)]
mod gen;

use std::hint::black_box;

use cdstudy::portfolio::{self, Cache, Options};
use cdstudy::scheme::Catalog;
use criterion::{criterion_group, criterion_main, Criterion};

fn portfolio_runs(c: &mut Criterion) {
    let n: usize = std::env::var("CDSTUDY_BENCH_STUDIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let studies = dir.path().join("studies");
    gen::generate(&studies, n).expect("the studies are written");
    let catalog = Catalog::builtin().expect("built-in schemes");
    let today = cdstudy::check::today();
    let paths = vec![studies];
    let mut group = c.benchmark_group(format!("portfolio of {n} studies"));
    group.sample_size(10);
    group.bench_function("cold (no cache)", |b| {
        b.iter(|| {
            let opts = Options {
                catalog,
                cache: None,
                progress: None,
                today,
            };
            black_box(portfolio::build(&paths, &opts))
        })
    });
    let cache = Cache::new(
        dir.path().join("cache"),
        &portfolio::context(catalog, today),
    );
    let opts = Options {
        catalog,
        cache: Some(&cache),
        progress: None,
        today,
    };
    portfolio::build(&paths, &opts);
    group.bench_function("warm (nothing changed)", |b| {
        b.iter(|| black_box(portfolio::build(&paths, &opts)))
    });
    group.finish();
}

criterion_group!(benches, portfolio_runs);
criterion_main!(benches);
